"""Restoring a backup (see ``backup.py`` for the file format).

Everything is verified before anything is replaced: the passphrase, the manifest, the schema revision
(a backup from a newer program is refused), every member's SHA-256 and the container's own
authentication up to its last byte; the database is re-encrypted into a staging file beside the data
and checked (``integrity_check``). Only then (:meth:`StagedRestore.commit`) the current database and
evidence folder are moved aside, the staged ones take their place, and the old ones are removed once
that worked; if a step fails the old ones are moved back. An older backup is restored as it is; the
next open upgrades it through the normal migration path.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from rpl_desktop.domain.errors import RplError, StoreError
from rpl_desktop.store import crypto
from rpl_desktop.store.backup import (
    _EVIDENCE_MEMBER,
    _MAX_MANIFEST,
    DATABASE,
    FORMAT,
    KIND,
    MANIFEST,
    IterReader,
    Progress,
)
from rpl_desktop.store.encryption import shred
from rpl_desktop.store.engine import (
    FileState,
    connect_raw,
    database_file_state,
    export_encrypted_copy,
    fsync_file,
    raw_key,
)
from rpl_desktop.store.evidence_store import EvidenceStore

log = logging.getLogger(__name__)


@dataclass
class RestoreResult:
    schema_revision: str
    created_at: str
    program_version: str
    tables: dict[str, int]
    evidence_files: int
    encrypted: bool
    # True when the restored database opens with the backup's passphrase (not the one given for it).
    uses_backup_passphrase: bool = False


class _Measured:
    """Reads a member, counting and hashing what passes."""

    def __init__(self, source: Any) -> None:
        self._source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        data: bytes = self._source.read(n)
        self.digest.update(data)
        self.size += len(data)
        return data


def _damaged(detail: str) -> StoreError:
    return StoreError(f"The backup file is damaged or was altered ({detail}), so it is refused. Nothing has "
                      "been changed. Use another backup.")


def _check_revision(revision: str) -> None:
    from alembic.script import ScriptDirectory

    from rpl_desktop.store.migrate import alembic_config

    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision) if revision else None
    except Exception:  # alembic raises several kinds for an unknown id
        known = None
    if known is None:
        raise StoreError(
            "This backup was made by a newer version of rpl-desktop (schema revision "
            f"{revision or 'unknown'}). "
            "Install that version (or newer) to restore it. Nothing has been changed."
        )


def _read_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged("the manifest cannot be read") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
        raise _damaged("the manifest is incomplete")
    if manifest.get("format") != FORMAT:
        if isinstance(manifest.get("format"), int) and manifest["format"] > FORMAT:
            raise StoreError("This backup was made by a newer version of rpl-desktop. Install that version "
                             "to restore it. Nothing has been changed.")
        raise _damaged("unknown format")
    _check_revision(str(manifest.get("schema_revision") or ""))
    return manifest


@dataclass
class StagedRestore:
    """A verified backup, unpacked beside the data and ready to take its place (``commit``)."""

    db_file: Path
    evidence_dir: Path
    staging: Path
    staged_db: Path
    staged_evidence: Path
    result: RestoreResult
    passphrase: str | None
    _done: bool = field(default=False, repr=False)

    def discard(self) -> None:
        if not self._done:
            shutil.rmtree(self.staging, ignore_errors=True)
            self._done = True

    def commit(self) -> RestoreResult:
        """Put the restored data in place; the current data is kept aside until that worked.

        The database must be closed (no engine open on it).
        """
        if self._done:
            raise RuntimeError("this restore is finished")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside_db = self.db_file.with_name(f"{self.db_file.name}.before-restore-{stamp}")
        aside_evidence = self.evidence_dir.with_name(f"{self.evidence_dir.name}.before-restore-{stamp}")
        moved: list[tuple[Path, Path]] = []
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                current = self.db_file.with_name(self.db_file.name + suffix)
                if current.exists():
                    aside = aside_db.with_name(aside_db.name + suffix)
                    os.replace(current, aside)
                    moved.append((aside, current))
            if self.evidence_dir.exists():
                os.replace(self.evidence_dir, aside_evidence)
                moved.append((aside_evidence, self.evidence_dir))
            os.replace(self.staged_evidence, self.evidence_dir)
            moved.append((self.evidence_dir, self.staged_evidence))
            os.replace(self.staged_db, self.db_file)
            moved.append((self.db_file, self.staged_db))
            check = connect_raw(self.db_file, self.passphrase)
            check.close()
        except BaseException:
            for now, before in reversed(moved):
                try:
                    os.replace(now, before)
                except OSError:
                    log.error("restore: could not move a file back; the previous data is beside the "
                              "data folder")
            raise
        was_plain = database_file_state(aside_db) is FileState.PLAIN
        for suffix in ("", "-wal", "-shm", "-journal"):
            aside = aside_db.with_name(aside_db.name + suffix)
            if aside.exists():
                shred(aside) if was_plain else aside.unlink()
        if aside_evidence.exists():
            for path in aside_evidence.rglob("*"):
                if path.is_file():
                    shred(path)
            shutil.rmtree(aside_evidence, ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)
        self._done = True
        log.info("backup restored (schema %s, %d evidence files)", self.result.schema_revision,
                 self.result.evidence_files)
        return self.result


def prepare_restore(
    backup: Path, passphrase: str, db_file: Path, evidence_dir: Path, *,
    current_passphrase: str | None = None, progress: Progress | None = None,
) -> StagedRestore:
    """Verify ``backup`` completely and stage its data beside ``db_file``; nothing current is touched.

    The restored database is encrypted when the backup's data was, or when the current database is:
    with ``current_passphrase`` when given, else with the backup's passphrase. Raises WrongPassphrase,
    StoreError (damaged, altered, truncated, newer program) with a clear message.
    """
    try:
        total = backup.stat().st_size
        with open(backup, "rb") as fh:
            db_file.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(dir=db_file.parent, prefix=".restore-"))
            try:
                return _stage(fh, total, passphrase, db_file, evidence_dir, staging, current_passphrase,
                              progress)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
    except OSError as exc:
        raise StoreError(f"The backup file cannot be read: {exc.strerror or exc}.") from exc


def _stage(
    fh: BinaryIO, total: int, passphrase: str, db_file: Path, evidence_dir: Path, staging: Path,
    current_passphrase: str | None, progress: Progress | None,
) -> StagedRestore:
    chunks = crypto.read_with_passphrase(passphrase, KIND, fh, "backup file")
    reader = io.BufferedReader(IterReader(chunks), buffer_size=crypto.CHUNK)
    snapshot = staging / "snapshot.sqlite"
    staged_evidence = staging / "evidence"
    staged_evidence.mkdir()
    manifest: dict[str, Any] | None = None
    seen: set[str] = set()
    target_store: EvidenceStore | None = None
    new_key: bytes | None = None
    target_passphrase: str | None = None
    try:
        with tarfile.open(fileobj=reader, mode="r|") as archive:
            for member in archive:
                name = member.name
                if not member.isfile():
                    raise _damaged(f"unexpected entry {name!r}")
                if manifest is None:
                    if name != MANIFEST or member.size > _MAX_MANIFEST:
                        raise _damaged("no manifest at the start")
                    src = archive.extractfile(member)
                    assert src is not None
                    manifest = _read_manifest(src.read())
                    backup_encrypted = bool(manifest.get("encrypted"))
                    current_encrypted = database_file_state(db_file) is FileState.ENCRYPTED
                    if backup_encrypted or current_encrypted or current_passphrase:
                        target_passphrase = current_passphrase or passphrase
                    if target_passphrase is not None and not manifest.get("evidence_encrypted"):
                        # Plain evidence from the backup is encrypted on the way in.
                        new_key = crypto.new_key()
                        target_store = EvidenceStore(staged_evidence, key=new_key)
                    continue
                expected = manifest["members"].get(name)
                if expected is None or name in seen:
                    raise _damaged(f"unexpected entry {name!r}")
                seen.add(name)
                src = archive.extractfile(member)
                assert src is not None
                match = _EVIDENCE_MEMBER.fullmatch(name)
                if name == DATABASE:
                    destination = snapshot
                elif match:
                    stored = match.group(1)
                    if target_store is not None:
                        destination = target_store.path_for_name(target_store.stored_name(stored))
                    else:
                        destination = staged_evidence / stored[:2] / stored
                else:
                    raise _damaged(f"unexpected entry {name!r}")
                destination.parent.mkdir(parents=True, exist_ok=True)
                measured = _Measured(src)
                with open(destination, "wb") as out:
                    if new_key is not None and match:
                        crypto.encrypt_stream(new_key, measured, out)  # type: ignore[arg-type]
                    else:
                        while chunk := measured.read(1024 * 1024):
                            out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                if (measured.size != expected.get("size")
                        or measured.digest.hexdigest() != expected.get("sha256")):
                    raise _damaged(f"{name} does not match its checksum")
                if progress is not None:
                    progress(min(fh.tell(), total), total)
        # The container's last chunk is authenticated only when it has been read: read to the end.
        while reader.read(crypto.CHUNK):
            pass
    except tarfile.TarError:
        raise _damaged("the archive inside cannot be read") from None
    except EOFError:
        raise _damaged("it is cut off") from None
    if manifest is None:
        raise _damaged("no manifest")
    if seen != set(manifest["members"]):
        raise _damaged("entries are missing")

    final = staging / "database.sqlite"
    try:
        snapshot_key = bytes.fromhex(str(manifest.get("database_key", "")))
        export_encrypted_copy(snapshot, raw_key(snapshot_key), final, target_passphrase)
    except RplError:
        raise
    except Exception:
        raise _damaged("the database copy inside cannot be read") from None
    finally:
        snapshot.unlink(missing_ok=True)
    conn = connect_raw(final, target_passphrase)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise _damaged("the database copy inside fails its integrity check")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if not row or row[0] != manifest.get("schema_revision"):
            raise _damaged("the database copy does not match the manifest")
        if new_key is not None:
            conn.execute("DELETE FROM setting WHERE key = 'evidence_key'")
            conn.execute("INSERT INTO setting (key, value) VALUES ('evidence_key', ?)",
                         (base64.b64encode(new_key).decode("ascii"),))
    finally:
        conn.close()
    fsync_file(final)
    result = RestoreResult(
        schema_revision=str(manifest["schema_revision"]), created_at=str(manifest.get("created_at", "")),
        program_version=str(manifest.get("program_version", "")), tables=dict(manifest.get("tables", {})),
        evidence_files=int(manifest.get("evidence_files", 0)), encrypted=target_passphrase is not None,
        uses_backup_passphrase=target_passphrase is not None and target_passphrase == passphrase
        and current_passphrase != passphrase,
    )
    return StagedRestore(db_file=db_file, evidence_dir=evidence_dir, staging=staging, staged_db=final,
                         staged_evidence=staged_evidence, result=result, passphrase=target_passphrase)


def restore_backup(backup: Path, passphrase: str, db_file: Path, evidence_dir: Path, *,
                   current_passphrase: str | None = None, progress: Progress | None = None) -> RestoreResult:
    """Verify, stage and put a backup in place (the database must be closed). See prepare_restore."""
    staged = prepare_restore(backup, passphrase, db_file, evidence_dir,
                             current_passphrase=current_passphrase, progress=progress)
    try:
        return staged.commit()
    finally:
        staged.discard()
