"""Files the program writes for the user (documents, exports, bundles, case files): all or nothing.

A file is written under a hidden temporary name in its own folder, flushed to disk and then renamed over
the target, so a crash, a full disk or an error half-way leaves the old file (or none) and never a
half-written one, and no temporary file stays behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from rpl_desktop.domain.errors import RplError


@contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write that appears at ``path`` only if the block ends without an error.

    OSError (a folder that cannot be created, a full disk...) is passed on; see :func:`write_failed`.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing (OSError is passed on)."""
    with atomic_file(path) as out:
        out.write(data)


def write_failed(path: str | os.PathLike[str], exc: OSError, what: str = "") -> RplError:
    """The message for a file that could not be written: which, why, and what to do."""
    target = Path(path)
    name = what or target.name
    return RplError(
        f"{name} could not be written in {target.parent}: {exc.strerror or exc}. "
        "Check that the folder exists and has free space, or choose another folder."
    )
