"""One open data store: the engine, a session factory and the evidence file store."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Column, Engine, MetaData, String, Table, Text, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rpl_desktop.domain.actors import SYSTEM, Actor
from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store import crypto
from rpl_desktop.store.all_records import Base  # noqa: F401 - the whole schema is mapped
from rpl_desktop.store.encryption import finish_interrupted_conversion
from rpl_desktop.store.engine import (
    NOT_ENCRYPTED_MESSAGE,
    PASSPHRASE_REQUIRED_MESSAGE,
    WRONG_PASSPHRASE_MESSAGE,
    DatabaseNotEncrypted,
    DatabasePassphraseWrong,
    FileState,
    PassphraseRequired,
    database_file_state,
    make_engine,
    make_session_factory,
    sqlite_file_of,
)
from rpl_desktop.store.evidence_store import EvidenceStore
from rpl_desktop.store.migrate import upgrade_database
from rpl_desktop.store.records import SettingRecord

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    evidence: EvidenceStore
    # The signed-in user; every session carries it in ``session.info["actor"]`` (audit, role checks).
    actor: Actor = field(default=SYSTEM)
    # An embedded database encrypted with SQLCipher (its evidence files are encrypted too).
    encrypted: bool = False

    @contextmanager
    def transaction(self, reason: str = "") -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error. Keep it short.

        ``reason`` is why the change is made, where the audit log asks for one (overrides, re-issues,
        deletions); it is available to the audit hooks as ``session.info["reason"]``.
        """
        with self.sessions(info={"actor": self.actor, "reason": reason, "database": self}) as session, \
                session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions(info={"actor": self.actor, "reason": "", "database": self}) as session:
            yield session

    def get_setting(self, key: str, default: str = "") -> str:
        with self.read() as s:
            value = s.scalar(select(SettingRecord.value).where(SettingRecord.key == key))
            return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as s:
            s.merge(SettingRecord(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()

    @property
    def database_file(self) -> Path | None:
        """The embedded database's file (None for a server database)."""
        return sqlite_file_of(self.engine.url)

    def replace_engine(self, engine: Engine) -> None:
        """Continue on a new engine for the same database (after its passphrase changed)."""
        old = self.engine
        self.engine = engine
        self.sessions = make_session_factory(engine)
        old.dispose()


EVIDENCE_KEY_SETTING = "evidence_key"


def _db_error(exc: DBAPIError, encrypted: bool) -> StoreError:
    """A clear message for a database error met while opening (the passphrase is never in it)."""
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            "The database is locked by another program (perhaps rpl-desktop is already open). "
            "Close it and try again."
        )
    if "full" in text or "disk" in text:
        return StoreError("The disk is full. Free some space and start the program again.")
    if encrypted and "not a database" in text:
        return DatabasePassphraseWrong(WRONG_PASSPHRASE_MESSAGE)
    if "not a database" in text or "encrypted" in text:
        return StoreError(
            "The database file cannot be read: it is damaged or not an rpl-desktop database. "
            "Restore a backup or choose another data folder with --basedir."
        )
    return StoreError(f"The database cannot be opened ({exc.orig}). Check the file and its folder.")


def _check_encryption(db_path: Path, passphrase: str | None) -> None:
    state = database_file_state(db_path)
    if state is FileState.ENCRYPTED and passphrase is None:
        raise PassphraseRequired(PASSPHRASE_REQUIRED_MESSAGE)
    if state is FileState.PLAIN and passphrase is not None:
        raise DatabaseNotEncrypted(NOT_ENCRYPTED_MESSAGE)


def evidence_key(db: Database | Engine, *, create: bool) -> bytes | None:
    """The data key of the evidence files kept in the (encrypted) database; made on first use."""
    engine = db.engine if isinstance(db, Database) else db
    table = Table("setting", MetaData(), Column("key", String), Column("value", Text))
    # Core statements, not the ORM: the key is a secret and must not pass through the session hooks
    # (the audit log records settings).
    with engine.begin() as conn:
        value = conn.execute(select(table.c.value).where(table.c.key == EVIDENCE_KEY_SETTING)).scalar()
        if value is None:
            if not create:
                return None
            value = base64.b64encode(crypto.new_key()).decode("ascii")
            conn.execute(table.insert().values(key=EVIDENCE_KEY_SETTING, value=value))
            log.info("evidence data key created")
    key = base64.b64decode(value)
    if len(key) != crypto.KEY_BYTES:
        raise StoreError("The evidence key stored in the database is damaged. Restore a backup.")
    return key


def _evidence_store(engine: Engine, evidence_dir: Path, encrypted: bool) -> EvidenceStore:
    """The store of evidence files for this database.

    An encrypted embedded database encrypts its files with a data key kept inside it. (A server
    database may choose another store here.)
    """
    if engine.dialect.name == "postgresql":
        # A shared server: the files live in the database (evidence_blob), not on this computer.
        from rpl_desktop.store.db_evidence_store import DatabaseEvidenceStore

        return DatabaseEvidenceStore(engine)  # type: ignore[return-value]
    key = evidence_key(engine, create=encrypted)
    return EvidenceStore(evidence_dir, key=key)


def open_database(url: str, evidence_dir: Path, backup_dir: Path | None = None,
                  passphrase: str | None = None) -> Database:
    """Open (and create or upgrade) the database at ``url``. Raises StoreError with a clear message.

    With ``passphrase`` an embedded SQLite file is opened (or created) encrypted with SQLCipher; a
    wrong one raises DatabasePassphraseWrong and changes nothing. An encrypted file without a
    passphrase raises PassphraseRequired, a plain file with one DatabaseNotEncrypted. For a server
    database the passphrase does not apply and is ignored.
    """
    db_path = sqlite_file_of(url)
    if db_path is not None:
        if db_path.exists() and db_path.is_dir():
            raise StoreError(f"The database path is a folder, not a file: {db_path.name}. Choose another.")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _check_encryption(db_path, passphrase)
    else:
        passphrase = None
    encrypted = passphrase is not None
    engine = make_engine(url, passphrase)
    try:
        if encrypted:
            # The key is checked before anything else, so a wrong passphrase writes nothing.
            with engine.connect():
                pass
        upgrade_database(engine, backup_dir)
        evidence = _evidence_store(engine, evidence_dir, encrypted)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        if db_path is None:
            from rpl_desktop.store.server import server_error

            raise server_error(exc, url) from None
        raise _db_error(exc, encrypted) from None
    except BaseException:
        engine.dispose()
        raise
    if encrypted and db_path is not None:
        finish_interrupted_conversion(engine, db_path, evidence)
    return Database(engine=engine, sessions=make_session_factory(engine), evidence=evidence,
                    encrypted=encrypted)
