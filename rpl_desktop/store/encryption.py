"""Encrypting an embedded database that was kept in the clear, and changing its passphrase.

Conversion (``encrypt_database_file``), each step leaving a working data store if it is interrupted:

1. the plain database, which nobody else may have open (a running program is noticed), is exported
   with ``sqlcipher_export`` inside an exclusive transaction into ``<name>.encrypting``, encrypted
   with the new passphrase; every table's row count is compared and ``integrity_check`` run; a new
   evidence data key goes into it;
2. every evidence file is encrypted with that key under its new (HMAC) name beside the plain one;
3. a hard link keeps the plain file as ``<name>.plain`` while the encrypted file atomically takes the
   database's name;
4. the plain copy, the plain evidence files and plain database copies in the backup folder are
   overwritten and removed. If the program stops during this step, the next encrypted open finishes
   it (:func:`finish_interrupted_conversion`).

Changing the passphrase uses SQLCipher's ``PRAGMA rekey`` (one transaction, in rollback-journal mode);
the evidence files keep their data key, so they are not touched.
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store import crypto
from rpl_desktop.store.engine import (
    IN_USE_MESSAGE,
    SQLITE_HEADER,
    FileState,
    connect_raw,
    database_file_state,
    ensure_not_open_elsewhere,
    export_copy,
    fsync_file,
    quote_passphrase,
    table_counts,
    wal_file,
)
from rpl_desktop.store.evidence_store import EvidenceStore

log = logging.getLogger(__name__)

PLAIN_CLEANUP_SETTING = "evidence_plain_cleanup"
EVIDENCE_KEY_SETTING = "evidence_key"
Progress = Callable[[int, int], None]


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it (best effort on SSDs and COW file
    systems, which may keep old blocks; the point is that no readable copy is left under a name)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        path.chmod(0o600)
        with open(path, "r+b") as fh:
            block = b"\x00" * (1024 * 1024)
            left = size
            while left > 0:
                n = min(left, len(block))
                fh.write(block[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        log.warning("could not overwrite a plain file before removing it")
    path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _integrity_ok(conn: Any) -> bool:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return bool(rows == [("ok",)])


def _encrypt_evidence_file(plain: Path, target: Path, key: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".incoming-{target.name}")
    with open(plain, "rb") as src, open(tmp, "wb") as out:
        crypto.encrypt_stream(key, src, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)


def plain_copy_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".plain")


def encrypt_database_file(
    db_path: Path, evidence_dir: Path, passphrase: str, backup_dir: Path | None = None,
    progress: Progress | None = None,
) -> int:
    """Encrypt the plain database at ``db_path`` and its evidence files. Returns the files encrypted.

    The database must not be open elsewhere. Raises StoreError with a clear message; on any failure
    before the swap the plain database is left as it was.
    """
    state = database_file_state(db_path)
    if state is FileState.ENCRYPTED:
        raise StoreError("The database is already encrypted. To change its passphrase, use 'Change "
                         "passphrase' in Settings or 'rpl-desktop passphrase change'.")
    if state is not FileState.PLAIN:
        raise StoreError("There is no database to encrypt yet. Start rpl-desktop once to create it.")
    if "\x00" in passphrase or not passphrase:
        raise StoreError("Choose a passphrase to encrypt the database with.")
    target = db_path.with_name(db_path.name + ".encrypting")
    target.unlink(missing_ok=True)
    ensure_not_open_elsewhere(db_path, None)
    plain = connect_raw(db_path, None, cipher=True)
    try:
        try:
            # Nobody may write while the copy is made; afterwards nobody may hold the file open.
            before = export_copy(plain, target, passphrase, exclusive=True)
        except StoreError:
            raise
        except Exception as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(IN_USE_MESSAGE) from exc
            raise
        plain.close()
        if wal_file(db_path).exists():
            raise StoreError(IN_USE_MESSAGE)
    except BaseException:
        plain.close()
        target.unlink(missing_ok=True)
        raise

    key = crypto.new_key()
    written: list[Path] = []
    store = EvidenceStore(evidence_dir, key=key)
    plain_store = EvidenceStore(evidence_dir)
    try:
        enc = connect_raw(target, passphrase)
        try:
            after = table_counts(enc)
            if after != before or not _integrity_ok(enc):
                raise StoreError("The encrypted copy of the database did not match the original, so the "
                                 "database was left unencrypted. Check free disk space and try again.")
            enc.execute("DELETE FROM setting WHERE key IN (?, ?)",
                        (EVIDENCE_KEY_SETTING, PLAIN_CLEANUP_SETTING))
            enc.execute("INSERT INTO setting (key, value) VALUES (?, ?), (?, ?)", (
                EVIDENCE_KEY_SETTING, base64.b64encode(key).decode("ascii"), PLAIN_CLEANUP_SETTING, "1"))
        finally:
            enc.close()
        fsync_file(target)
        files = list(plain_store.stored_files())
        for number, path in enumerate(files, 1):
            destination = store.path_for_name(store.stored_name(path.name))
            _encrypt_evidence_file(path, destination, key)
            written.append(destination)
            if progress is not None:
                progress(number, len(files))
        check = connect_raw(target, passphrase)
        check.close()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        raise

    # The swap: the plain file stays reachable as <name>.plain until the encrypted one is in place.
    keep = plain_copy_path(db_path)
    keep.unlink(missing_ok=True)
    try:
        os.link(db_path, keep)
    except OSError:
        shutil.copy2(db_path, keep)
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(target, db_path)
    _fsync_dir(db_path.parent)
    log.info("database encrypted; %d evidence files encrypted", len(written))

    shred(keep)
    for path in files:
        shred(path)
    if backup_dir is not None:
        removed = remove_plain_database_copies(backup_dir)
        if removed:
            log.info("removed %d unencrypted database copies from the backup folder", removed)
    done = connect_raw(db_path, passphrase)
    try:
        done.execute("DELETE FROM setting WHERE key = ?", (PLAIN_CLEANUP_SETTING,))
    finally:
        done.close()
    return len(written)


def remove_plain_database_copies(backup_dir: Path) -> int:
    """Overwrite and remove unencrypted database copies (``*.sqlite`` starting with the SQLite header)."""
    removed = 0
    if not backup_dir.is_dir():
        return 0
    for path in sorted(backup_dir.glob("*.sqlite")):
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError:
            continue
        if head == SQLITE_HEADER:
            shred(path)
            removed += 1
    return removed


def finish_interrupted_conversion(engine: Engine, db_path: Path, evidence: EvidenceStore) -> None:
    """After a conversion was cut off between the swap and the clean-up: finish the clean-up."""
    keep = plain_copy_path(db_path)
    if keep.exists():
        shred(keep)
        log.info("removed the unencrypted copy left by an interrupted conversion")
    with engine.begin() as conn:
        pending = conn.execute(text("SELECT value FROM setting WHERE key = :k"),
                               {"k": PLAIN_CLEANUP_SETTING}).scalar()
        if pending is None:
            return
        if evidence.key is not None:
            for sha in conn.execute(text("SELECT DISTINCT sha256 FROM evidence")).scalars():
                plain = evidence.path_for_name(sha)
                if plain != evidence.path_for_name(evidence.stored_name(sha)):
                    shred(plain)
        conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": PLAIN_CLEANUP_SETTING})
    log.info("finished removing the unencrypted evidence files of an interrupted conversion")


def change_passphrase_file(db_path: Path, old: str, new: str) -> None:
    """Re-encrypt the database file under ``new`` (PRAGMA rekey). No other connection may be open.

    A wrong ``old`` raises DatabasePassphraseWrong and changes nothing.
    """
    if not new or "\x00" in new:
        raise StoreError("Choose a new passphrase.")
    ensure_not_open_elsewhere(db_path, old)
    conn = connect_raw(db_path, old)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except Exception as exc:
            raise StoreError(IN_USE_MESSAGE) from exc
        if str(mode).lower() != "delete":
            raise StoreError(IN_USE_MESSAGE)
        conn.execute(f"PRAGMA rekey = {quote_passphrase(new)}")
    finally:
        conn.close()
    check = connect_raw(db_path, new)
    check.close()
    log.info("database passphrase changed")
