"""Evidence files kept inside the data folder, content-addressed by SHA-256.

A stored file is written once (to a temporary name, fsynced, then renamed) and never changed.
Opening an attachment copies it out to a viewing folder; the stored original is never handed out.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from rpl_desktop.domain.errors import RplError

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


def safe_filename(name: str) -> str:
    """A display name without folders, control characters or tricks ('../../etc/passwd' -> 'passwd')."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = re.sub(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069<>:\"|?*]", "_", name).strip(" .")
    return name[:200] or "file"


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def put_file(self, source: Path) -> tuple[str, int, str]:
        """Store a copy of ``source``; returns (sha256, size, media type). Raises RplError if unusable."""
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise RplError(f"The file '{safe_filename(source.name)}' cannot be read: {exc.strerror}.") from exc
        if not source.is_file():
            raise RplError(f"'{safe_filename(source.name)}' is not a file. Choose a document or a picture.")
        if size == 0:
            raise RplError(f"The file '{safe_filename(source.name)}' is empty. Choose the scanned document.")
        if size > MAX_EVIDENCE_BYTES:
            raise RplError(
                f"The file '{safe_filename(source.name)}' is {size / 1048576:.0f} MiB; the limit is "
                f"{MAX_EVIDENCE_BYTES // 1048576} MiB. Scan at a lower resolution or split the document."
            )
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as inp:
                head = inp.read(64)
                media = sniff_media_type(head, source.name)
                if media == "application/x-executable":
                    raise RplError(
                        f"'{safe_filename(source.name)}' is a program, not a document. Attach a PDF, "
                        "picture or office document."
                    )
                digest.update(head)
                out.write(head)
                while chunk := inp.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self._path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
            return sha, size, media
        except OSError as exc:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise RplError(f"The file could not be stored: {exc.strerror}. Check free disk space.") from exc
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def read_bytes(self, sha256: str) -> bytes:
        return self._path(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        path = self._path(sha256)
        if not path.exists():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
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
        shutil.copyfile(source, target)
        target.chmod(0o400)
        return target

    def remove(self, sha256: str) -> None:
        path = self._path(sha256)
        if path.exists():
            path.unlink()
