"""One zip file handed to someone outside the program: a candidate's data, an appeal bundle.

:class:`BundleWriter` collects the members (JSON, text, PDFs, attachments) in a zip and writes it
either as it is or, with a passphrase, inside :func:`rpl_desktop.store.crypto.write_with_passphrase`
(AES-256-GCM, scrypt; the kind label is authenticated, so the file cannot be passed off as another
kind). The target appears only when complete: the bytes go to a hidden temporary name in the same
folder, are flushed to disk, and are then renamed. With a passphrase no plaintext is written to the
target folder at all: the zip is built in memory (spilling to the system's temporary folder only past
256 MiB of attachments) and encrypted while it is written.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.files import atomic_file, write_failed
from rpl_desktop.store.crypto import read_with_passphrase, write_with_passphrase

SPOOL_BYTES = 256 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def jsonable(value: Any) -> Any:
    """A database value as JSON: dates as ISO text, decimals as text, bytes left out (None)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return value


def row_dict(row: Mapping[str, Any], *, leave_out: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        k: jsonable(v)
        for k, v in row.items()
        if k not in leave_out and not isinstance(v, (bytes, memoryview))
    }


def member_name(name: str, limit: int = 120) -> str:
    """A file name safe inside a zip on every system: no folders, no control or reserved characters."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("-", stem).strip("-.")[: max(1, limit - len(suffix) - 1)] or "file"
    suffix = _UNSAFE.sub("", suffix)[:10]
    reserved = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
    if stem.lower() in reserved:
        stem = f"_{stem}"
    return f"{stem}.{suffix}" if suffix else stem


class BundleWriter:
    """Add members, then :meth:`write` the zip (optionally encrypted) to its target."""

    def __init__(self) -> None:
        self._buffer: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        self._zip = zipfile.ZipFile(self._buffer, "w", compression=zipfile.ZIP_DEFLATED)
        self._names: set[str] = set()
        self.members = 0
        self.payload_bytes = 0

    def unique(self, folder: str, name: str) -> str:
        """``folder/name``, numbered (``name-2.pdf``) if that path is taken already."""
        base = member_name(name)
        stem, dot, suffix = base.rpartition(".")
        if not dot:
            stem, suffix = base, ""
        candidate, n = base, 1
        while f"{folder}/{candidate}".lstrip("/") in self._names:
            n += 1
            candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
        return f"{folder}/{candidate}".lstrip("/")

    def add(self, path: str, data: bytes | str) -> str:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        info = zipfile.ZipInfo(path, date_time=datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        self._zip.writestr(info, raw)
        self._names.add(path)
        self.members += 1
        self.payload_bytes += len(raw)
        return path

    def add_json(self, path: str, data: Any) -> str:
        return self.add(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")

    def write(self, target: Path, *, passphrase: str | None, kind: bytes) -> int:
        """Write the bundle to ``target`` (atomically). Returns the bytes written."""
        self._zip.close()
        target = Path(target)
        try:
            with atomic_file(target) as out:
                self._buffer.seek(0)
                if passphrase:
                    written = write_with_passphrase(passphrase, kind, cast(BinaryIO, self._buffer), out)
                else:
                    written = 0
                    while chunk := self._buffer.read(1024 * 1024):
                        out.write(chunk)
                        written += len(chunk)
        except OSError as exc:
            raise write_failed(target, exc) from exc
        finally:
            self._buffer.close()
        return written


def open_bundle(path: Path, *, passphrase: str | None, kind: bytes, what: str) -> zipfile.ZipFile:
    """Read a bundle back (tests, and a user checking an export): decrypted and verified whole first."""
    import io

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise RplError(f"{Path(path).name} cannot be read: {exc.strerror or exc}.") from exc
    if passphrase is not None:
        raw = b"".join(read_with_passphrase(passphrase, kind, io.BytesIO(raw), what))
    try:
        return zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise RplError(f"{Path(path).name} is not a readable {what}.") from exc
