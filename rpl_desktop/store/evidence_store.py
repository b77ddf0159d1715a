"""Evidence files kept inside the data folder, content-addressed by SHA-256.

A stored file is written once (to a temporary name, fsynced, then renamed) and never changed.
Opening an attachment copies it out to a viewing folder; the stored original is never handed out.

With an encrypted database the store has a data key (a random 256-bit key kept in the database, so
the passphrase protects it): each file is encrypted as it streams in (``crypto.encrypt_stream``, no
plaintext ever reaches the disk, not even in the temporary file) and is named HMAC-SHA256(key,
sha256) instead of its SHA-256, so not even the plaintext's hash is visible. The database keeps the
plaintext SHA-256 as before; reading, verifying and copying out decrypt and check it. Without a key
(a plain database) the files are stored as they are, under their SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rpl_desktop.domain.errors import RplError
from rpl_desktop.store import crypto

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

# Magic numbers of the file types a caseworker attaches; anything else is stored as "other".
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"),
]
_EXECUTABLE = [b"MZ", b"\x7fELF", b"#!"]


def sniff_media_type(head: bytes, filename: str) -> str:
    """The file's type from its first bytes (not from its name, which may lie)."""
    for magic, media in _SIGNATURES:
        if head.startswith(magic):
            if media == "application/zip":
                suffix = Path(filename).suffix.lower()
                return {
                    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ".odt": "application/vnd.oasis.opendocument.text",
                    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                }.get(suffix, media)
            return media
    if any(head.startswith(m) for m in _EXECUTABLE):
        return "application/x-executable"
    try:
        head.decode("utf-8")
        return "text/plain"
    except UnicodeDecodeError:
        return "application/octet-stream"


_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))})
_MAX_NAME_BYTES = 200  # most file systems allow 255 bytes; a copy goes into a folder of its own


def safe_filename(name: str) -> str:
    """A display name without folders, control characters or tricks ('../../etc/passwd' -> 'passwd').

    Windows device names ('CON', 'nul.pdf') get a leading '_'; a long name is shortened to 200 UTF-8
    bytes keeping its extension, so a copy can be written on any file system and still opens with the
    right program.
    """
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = re.sub(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069<>:\"|?*]", "_", name).strip(" .")
    if not name:
        return "file"
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"_{name}"
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, dot, suffix = name, "", ""
    room = _MAX_NAME_BYTES - len(f"{dot}{suffix}".encode())
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    return f"{stem.rstrip(' .')}{dot}{suffix}" or "file"


def check_evidence_source(source: Path) -> int:
    """The size of a file about to be attached; RplError if it is missing, empty, too big or not a file.

    Every evidence store (files here, or the database's ``evidence_blob`` table) applies these checks.
    """
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise RplError(f"The file '{safe_filename(source.name)}' cannot be read: {exc.strerror}.") from exc
    except ValueError as exc:  # a name no file system accepts (an embedded NUL)
        raise RplError(f"'{safe_filename(source.name)}' is not a valid file name. Rename the file.") from exc
    if not source.is_file():
        raise RplError(f"'{safe_filename(source.name)}' is not a file. Choose a document or a picture.")
    return check_evidence_size(size, source.name)


def check_evidence_size(size: int, filename: str) -> int:
    """``size`` if a file of that size may be attached; RplError if it is empty or over the limit."""
    if size == 0:
        raise RplError(f"The file '{safe_filename(filename)}' is empty. Choose the scanned document.")
    if size > MAX_EVIDENCE_BYTES:
        raise RplError(
            f"The file '{safe_filename(filename)}' is {size / 1048576:.0f} MiB; the limit is "
            f"{MAX_EVIDENCE_BYTES // 1048576} MiB. Scan at a lower resolution or split the document."
        )
    return size


def evidence_media_type(head: bytes, filename: str) -> str:
    """The sniffed media type of a file about to be attached; RplError for a program."""
    media = sniff_media_type(head, filename)
    if media == "application/x-executable":
        raise RplError(
            f"'{safe_filename(filename)}' is a program, not a document. Attach a PDF, "
            "picture or office document."
        )
    return media


class _HashingReader:
    """Reads ``head`` then the rest of ``source``, hashing what passes; ``read(n)`` gives n bytes
    until the end."""

    def __init__(self, head: bytes, source: BinaryIO) -> None:
        self._head = head
        self._source = source
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._head
        self._head = b""
        if n < 0:
            data += self._source.read()
        else:
            while len(data) < n:
                more = self._source.read(n - len(data))
                if not more:
                    break
                data += more
        self.digest.update(data)
        return data


class EvidenceStore:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self.key = key

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def stored_name(self, sha256: str) -> str:
        """The file name on disk: the SHA-256 itself, or HMAC-SHA256(key, sha256) when encrypted."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256 hex digest")
        if self.key is None:
            return sha256
        return hmac.new(self.key, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def path_for_name(self, name: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", name):
            raise ValueError("not a stored evidence file name")
        return self.root / name[:2] / name

    def _path(self, sha256: str) -> Path:
        return self.path_for_name(self.stored_name(sha256))

    def stored_files(self) -> Iterator[Path]:
        """Every stored file (not the temporary ones), in a stable order."""
        if not self.root.is_dir():
            return
        folders = (p for p in self.root.iterdir() if p.is_dir() and re.fullmatch(r"[0-9a-f]{2}", p.name))
        for folder in sorted(folders):
            for path in sorted(folder.iterdir()):
                named = path.name[:2] == folder.name and re.fullmatch(r"[0-9a-f]{64}", path.name)
                if named and path.is_file():
                    yield path

    def put_file(self, source: Path) -> tuple[str, int, str]:
        """Store a copy of ``source``; returns (sha256, size, media type). Raises RplError if unusable."""
        size = check_evidence_source(source)
        try:
            with open(source, "rb") as inp:
                return self._put_stream(inp, source.name, size)
        except OSError as exc:
            raise RplError(f"The file could not be stored: {exc.strerror}. Check free disk space.") from exc

    def put_bytes(self, data: bytes, filename: str) -> tuple[str, int, str]:
        """Store ``data`` (e.g. a file carried in an offline case file) without a plain copy on disk."""
        check_evidence_size(len(data), filename)
        try:
            return self._put_stream(io.BytesIO(data), filename, len(data))
        except OSError as exc:
            raise RplError(f"The file could not be stored: {exc.strerror}. Check free disk space.") from exc

    def _put_stream(self, inp: BinaryIO, filename: str, size: int) -> tuple[str, int, str]:
        """Write ``inp`` to a temporary file (encrypted as it streams, when the store is), then rename
        it to its content address. OSError is left to the callers, which word it for the user."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                head = inp.read(64)
                media = evidence_media_type(head, filename)
                reader = _HashingReader(head, inp)
                if self.key is not None:
                    crypto.encrypt_stream(self.key, reader, out)  # type: ignore[arg-type]
                else:
                    while chunk := reader.read(1024 * 1024):
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = reader.digest.hexdigest()
            target = self._path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
            return sha, size, media
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def _chunks(self, sha256: str) -> Iterator[bytes]:
        """The plaintext of a stored file, chunk by chunk (decrypted and authenticated as it goes)."""
        path = self._path(sha256)
        with open(path, "rb") as fh:
            if self.key is None:
                while chunk := fh.read(1024 * 1024):
                    yield chunk
            else:
                yield from crypto.decrypt_stream(self.key, fh, "stored evidence file")

    def read_bytes(self, sha256: str) -> bytes:
        """The file's content. Raises crypto.TamperedFile if an encrypted file was altered."""
        return b"".join(self._chunks(sha256))

    def verify(self, sha256: str) -> bool:
        """True if the stored file is there, decrypts (when encrypted) and has this SHA-256."""
        if not self._path(sha256).exists():
            return False
        digest = hashlib.sha256()
        try:
            for chunk in self._chunks(sha256):
                digest.update(chunk)
        except crypto.CryptoError:
            return False
        return digest.hexdigest() == sha256

    def copy_out(self, sha256: str, filename: str, folder: Path) -> Path:
        """A read-only copy for viewing, in its own folder so names never collide."""
        source = self._path(sha256)
        if not source.exists():
            raise RplError("The stored file is missing from the evidence folder. Restore a backup.")
        target_dir = folder / sha256[:12]
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / safe_filename(filename)
        if target.exists():
            target.chmod(0o600)
        if self.key is None:
            shutil.copyfile(source, target)
        else:
            try:
                with open(target, "wb") as out:
                    for chunk in self._chunks(sha256):
                        out.write(chunk)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        target.chmod(0o400)
        return target

    def remove(self, sha256: str) -> None:
        path = self._path(sha256)
        if path.exists():
            path.unlink()
