"""Backups: the database and the evidence files in one encrypted file (restoring: ``restore.py``).

A backup file (``*.rplbackup``) is a tar stream inside a passphrase container
(``crypto.write_with_passphrase(passphrase, b"backup", ...)``, AES-256-GCM in 1 MiB chunks, key from
scrypt). No plaintext is written to disk on the way. The tar holds, in this order:

* ``manifest.json``: format, program version, schema revision (the Alembic revision), when it was made,
  whether the data was encrypted, row counts per table, and the size and SHA-256 of every member;
* ``database.sqlite``: a consistent copy of the database (``sqlcipher_export`` inside one read
  transaction, so the program may keep running), itself encrypted with a random key that is kept in
  the manifest (so opening it costs no second key derivation);
* ``evidence/<name>``: the stored evidence files as they are on disk (encrypted with the data key kept
  in the database when the database is encrypted).

Automatic backups: once a day at start, into the backup folder, keeping the last N (setting
``backup_keep``, default 7; 0 turns them off).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rpl_desktop import __version__
from rpl_desktop.domain.errors import RplError, StoreError
from rpl_desktop.store import crypto
from rpl_desktop.store.engine import (
    connect_raw,
    engine_passphrase,
    export_copy,
    raw_key,
)
from rpl_desktop.store.evidence_store import EvidenceStore

if TYPE_CHECKING:
    from rpl_desktop.store.database import Database

log = logging.getLogger(__name__)

KIND = b"backup"
SUFFIX = ".rplbackup"
FORMAT = 1
AUTO_PREFIX = "rpl_desktop-auto-"
KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 7
MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
_EVIDENCE_MEMBER = re.compile(r"evidence/([0-9a-f]{64})")
_MAX_MANIFEST = 16 * 1024 * 1024
_BLOCK = 512

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    seconds: float
    schema_revision: str
    tables: dict[str, int]
    evidence_files: int
    missing_evidence: int = 0


# --- writing --------------------------------------------------------------------------------------

def _tar_header(name: str, size: int, mtime: float) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def _file_digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


class IterReader(io.RawIOBase):
    """A readable stream over an iterator of byte pieces (wrap it in io.BufferedReader)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            try:
                self._buffer = next(self._pieces)
            except StopIteration:
                return 0
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def _snapshot(db_file: Path, passphrase: str | None, target: Path,
              key: bytes) -> tuple[str, dict[str, int], list[str]]:
    """Copy the database to ``target`` (encrypted with the raw ``key``) in one transaction, and read the
    schema revision, the row counts and the evidence hashes in that same transaction."""
    seen: dict[str, Any] = {}

    def read(conn: Any) -> None:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        seen["revision"] = row[0] if row else ""
        try:
            seen["shas"] = [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM evidence")]
        except Exception:  # no evidence table (a very old schema)
            seen["shas"] = []

    conn = connect_raw(db_file, passphrase, cipher=True)
    try:
        tables = export_copy(conn, target, raw_key(key), inside=read)
    finally:
        conn.close()
    return str(seen["revision"]), tables, list(seen["shas"])


def create_backup(db: Database, out: Path, passphrase: str, progress: Progress | None = None) -> BackupInfo:
    """Write a backup of ``db`` (embedded database + evidence files) to ``out``, encrypted with
    ``passphrase``. Safe while the program runs. Raises RplError with a clear message."""
    started = time.perf_counter()
    db_file = db.database_file
    if db_file is None:
        raise RplError("This data is kept on a database server; back it up with the server's tools "
                       "(for PostgreSQL, pg_dump). rpl-desktop backs up only its own database file.")
    if not passphrase:
        raise RplError("A backup is always encrypted: give it a passphrase.")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, snap_name = tempfile.mkstemp(dir=out.parent, prefix=".snapshot-", suffix=".sqlite")
    os.close(fd)
    snapshot = Path(snap_name)
    part = out.with_name(f".{out.name}.part")
    # The copy inside the backup is encrypted too, with a random key kept in the (encrypted) manifest.
    snapshot_key = crypto.new_key()
    try:
        revision, tables, shas = _snapshot(db_file, engine_passphrase(db.engine), snapshot, snapshot_key)
        store: EvidenceStore = db.evidence
        referenced = {store.stored_name(sha) for sha in shas}
        files = {p.name: p for p in store.stored_files()}
        missing = len(referenced - set(files))
        if missing:
            log.warning("backup: %d referenced evidence files are missing from the evidence folder", missing)
        members: dict[str, dict[str, Any]] = {}
        size, sha = _file_digest(snapshot)
        members[DATABASE] = {"size": size, "sha256": sha}
        sources: list[tuple[str, Path]] = [(DATABASE, snapshot)]
        for name in sorted(files):
            size, sha = _file_digest(files[name])
            members[f"evidence/{name}"] = {"size": size, "sha256": sha}
            sources.append((f"evidence/{name}", files[name]))
        manifest = {
            "format": FORMAT,
            "program": "rpl-desktop",
            "program_version": __version__,
            "schema_revision": revision,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "encrypted": db.encrypted,
            "evidence_encrypted": store.encrypted,
            "database_key": snapshot_key.hex(),
            "tables": tables,
            "evidence_files": len(files),
            "missing_evidence": missing,
            "members": members,
        }
        manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
        total = sum(m["size"] for m in members.values())

        def pieces() -> Iterator[bytes]:
            done = 0
            now = time.time()
            yield _tar_header(MANIFEST, len(manifest_bytes), now)
            yield manifest_bytes + b"\0" * (-len(manifest_bytes) % _BLOCK)
            for name, path in sources:
                expected = members[name]
                yield _tar_header(name, expected["size"], now)
                digest = hashlib.sha256()
                size = 0
                with open(path, "rb") as fh:
                    while size < expected["size"] and (
                            chunk := fh.read(min(1024 * 1024, expected["size"] - size))):
                        digest.update(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        yield chunk
                        if progress is not None:
                            progress(done, total)
                if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
                    raise StoreError("An evidence file changed while the backup was written. Try again.")
                yield b"\0" * (-size % _BLOCK)
            yield b"\0" * (2 * _BLOCK)

        reader = io.BufferedReader(IterReader(pieces()), buffer_size=crypto.CHUNK)
        with open(part, "wb") as fh:
            written = crypto.write_with_passphrase(passphrase, KIND, reader, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"The backup could not be written: {exc.strerror or exc}. Check the folder and "
                         "free disk space.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        snapshot.unlink(missing_ok=True)
    info = BackupInfo(path=out, size=written, seconds=time.perf_counter() - started, schema_revision=revision,
                      tables=tables, evidence_files=len(files), missing_evidence=missing)
    log.info("backup written: %d bytes, %d evidence files, %.2f s", info.size, info.evidence_files,
             info.seconds)
    return info


# --- automatic backups ------------------------------------------------------------------------------

def auto_backup_files(backup_dir: Path) -> list[Path]:
    """The automatic backups, oldest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{AUTO_PREFIX}*{SUFFIX}") if p.is_file())


def rotate_backups(backup_dir: Path, keep: int) -> list[Path]:
    """Remove the oldest automatic backups so that ``keep`` remain. Returns those removed."""
    files = auto_backup_files(backup_dir)
    doomed = files[: max(0, len(files) - max(keep, 0))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_keep(db: Database) -> int:
    try:
        return max(0, int(db.get_setting(KEEP_SETTING, str(DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


def auto_backup(db: Database, backup_dir: Path, *, passphrase: str | None = None,
                today: date | None = None) -> BackupInfo | None:
    """Once a day: an automatic backup into ``backup_dir``, keeping the last N (setting, default 7).

    Uses the database's passphrase (or ``passphrase`` for a plain database; without one, no backup).
    Returns None when nothing was due.
    """
    keep = backup_keep(db)
    if keep <= 0 or db.database_file is None:
        return None
    secret = engine_passphrase(db.engine) or passphrase
    if not secret:
        log.info("automatic backup skipped: the database is not encrypted and no backup passphrase is set")
        return None
    day = (today or date.today()).strftime("%Y%m%d")
    if any(p.name.startswith(f"{AUTO_PREFIX}{day}") for p in auto_backup_files(backup_dir)):
        return None
    stamp = datetime.now().strftime("%H%M%S")
    info = create_backup(db, backup_dir / f"{AUTO_PREFIX}{day}-{stamp}{SUFFIX}", secret)
    removed = rotate_backups(backup_dir, keep)
    log.info("automatic backup done; %d old ones removed (keeping %d)", len(removed), keep)
    return info


def default_backup_name(now: datetime | None = None) -> str:
    return f"rpl_desktop-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
