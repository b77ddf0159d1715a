"""CSV files the program writes for people to open in a spreadsheet.

Every cell goes through :func:`rpl_desktop.domain.text.neutralise_cell`, so a name such as
``=HYPERLINK(...)`` or ``+47 22 00 00 00`` is shown as text and never run as a formula. The file is
UTF-8 with a byte-order mark (so Excel reads æøå), ``;`` between cells (the Nordic default, where ``,``
is the decimal sign), CRLF line ends, and it appears only when complete.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.text import neutralise_cell


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ";") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ";",
    bom: bool = True,
) -> Path:
    """Write the table to ``path`` (atomically). Raises RplError when the folder cannot be written."""
    data = (("\ufeff" if bom else "") + csv_text(header, rows, delimiter=delimiter)).encode("utf-8")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise RplError(
            f"Cannot write to {path.parent}: {exc.strerror or exc}. Choose another folder."
        ) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RplError(
            f"Cannot write {path.name}: {exc.strerror or exc}. Check the folder and free space."
        ) from exc
    return path
