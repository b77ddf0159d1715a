"""Evidence files kept inside the database (the shared PostgreSQL store), content-addressed by SHA-256.

With one server for the whole office, an attachment must be readable from every desktop, so its
bytes go into the ``evidence_blob`` table instead of a folder on one laptop. The interface is the one
of :class:`rpl_desktop.store.evidence_store.EvidenceStore` (``put_file``, ``exists``, ``read_bytes``,
``verify``, ``copy_out``, ``remove``) and so are the checks on what may be attached (size limit, empty
files, programs, type sniffing from the first bytes): the same functions do them.

A blob is written once in its own short transaction and never changed; the evidence row that refers
to it is written afterwards by the service, as with the file store. Protecting the bytes at rest and
backing them up is the database server's job (``pg_dump`` includes them).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, exists, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from rpl_desktop.domain.errors import RplError
from rpl_desktop.store.evidence_store import (
    check_evidence_size,
    check_evidence_source,
    evidence_media_type,
    safe_filename,
)
from rpl_desktop.store.office_records import EvidenceBlobRecord
from rpl_desktop.store.records import EvidenceRecord

_BLOB = EvidenceBlobRecord.__table__
_SHA_HEX = frozenset("0123456789abcdef")


def _checked(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _SHA_HEX:
        raise ValueError("not a SHA-256 hex digest")
    return sha256


def _unavailable(exc: DBAPIError) -> RplError:
    return RplError(
        "The database server did not answer while handling an evidence file. Check the network "
        "connection to the server and try again."
    )


class DatabaseEvidenceStore:
    """Evidence files in the ``evidence_blob`` table of the database behind ``engine``."""

    # Protection at rest is the server's business; the store itself never encrypts.
    key: bytes | None = None
    encrypted = False

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def put_file(self, source: Path) -> tuple[str, int, str]:
        """Store a copy of ``source``; returns (sha256, size, media type). Raises RplError if unusable."""
        check_evidence_source(source)
        try:
            content = source.read_bytes()
        except OSError as exc:
            name = safe_filename(source.name)
            raise RplError(f"The file '{name}' cannot be read: {exc.strerror}.") from exc
        # Checked again on what was actually read (the file may have changed in between).
        return self.put_bytes(content, source.name)

    def put_bytes(self, content: bytes, filename: str) -> tuple[str, int, str]:
        """Store ``content`` (read from a file, or carried in an offline case file)."""
        check_evidence_size(len(content), filename)
        media = evidence_media_type(content[:64], filename)
        sha = hashlib.sha256(content).hexdigest()
        try:
            with self.engine.begin() as conn:
                if conn.scalar(select(_BLOB.c.sha256).where(_BLOB.c.sha256 == sha)) is None:
                    conn.execute(insert(EvidenceBlobRecord).values(
                        sha256=sha, size=len(content), media_type=media, content=content,
                        created_at=datetime.now(),
                    ))
        except IntegrityError:
            # Another desktop stored the same file at the same moment: it is there, which is all we need.
            if not self.exists(sha):
                raise
        except DBAPIError as exc:
            raise _unavailable(exc) from exc
        return sha, len(content), media

    def exists(self, sha256: str) -> bool:
        try:
            with self.engine.connect() as conn:
                found = conn.scalar(select(_BLOB.c.sha256).where(_BLOB.c.sha256 == _checked(sha256)))
            return found is not None
        except DBAPIError as exc:
            raise _unavailable(exc) from exc

    def _content(self, sha256: str) -> bytes | None:
        try:
            with self.engine.connect() as conn:
                value = conn.scalar(select(_BLOB.c.content).where(_BLOB.c.sha256 == _checked(sha256)))
        except DBAPIError as exc:
            raise _unavailable(exc) from exc
        return None if value is None else bytes(value)

    def read_bytes(self, sha256: str) -> bytes:
        content = self._content(sha256)
        if content is None:
            raise RplError("The stored file is missing from the database. Restore the server's backup.")
        return content

    def verify(self, sha256: str) -> bool:
        """True if the file is stored and its content has this SHA-256."""
        content = self._content(sha256)
        return content is not None and hashlib.sha256(content).hexdigest() == sha256

    def copy_out(self, sha256: str, filename: str, folder: Path) -> Path:
        """A read-only copy for viewing, in its own folder so names never collide."""
        content = self._content(sha256)
        if content is None:
            raise RplError("The stored file is missing from the database. Restore the server's backup.")
        target_dir = folder / sha256[:12]
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / safe_filename(filename)
        if target.exists():
            target.chmod(0o600)
        target.write_bytes(content)
        target.chmod(0o400)
        return target

    def remove(self, sha256: str) -> None:
        """Delete the stored file, unless an evidence record (of any candidate) still refers to it."""
        still_used = exists().where(EvidenceRecord.sha256 == _BLOB.c.sha256)
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(EvidenceBlobRecord).where(_BLOB.c.sha256 == _checked(sha256), ~still_used))
        except DBAPIError as exc:
            raise _unavailable(exc) from exc

    def count(self) -> tuple[int, int]:
        """(number of stored files, their total size in bytes)."""
        from sqlalchemy import func

        with self.engine.connect() as conn:
            row = conn.execute(select(func.count(), func.coalesce(func.sum(_BLOB.c.size), 0))).one()
        return int(row[0]), int(row[1])
