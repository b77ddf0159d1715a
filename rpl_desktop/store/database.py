"""One open data store: the engine, a session factory and the evidence file store."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rpl_desktop.domain.actors import SYSTEM, Actor
from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store.all_records import Base  # noqa: F401 - the whole schema is mapped
from rpl_desktop.store.engine import make_engine, make_session_factory
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


def open_database(url: str, evidence_dir: Path, backup_dir: Path | None = None) -> Database:
    """Open (and create or upgrade) the database at ``url``. Raises StoreError with a clear message."""
    if url.startswith("sqlite:///"):
        db_path = Path(url.removeprefix("sqlite:///"))
        if db_path.exists() and db_path.is_dir():
            raise StoreError(f"The database path is a folder, not a file: {db_path.name}. Choose another.")
        db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        upgrade_database(engine, backup_dir)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        text = str(exc.orig).lower() if exc.orig else str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StoreError(
                "The database is locked by another program (perhaps rpl-desktop is already open). "
                "Close it and try again."
            ) from exc
        if "full" in text or "disk" in text:
            raise StoreError("The disk is full. Free some space and start the program again.") from exc
        if "not a database" in text or "encrypted" in text:
            raise StoreError(
                "The database file cannot be read: it is damaged or not an rpl-desktop database. "
                "Restore a backup or choose another data folder with --basedir."
            ) from exc
        raise StoreError(f"The database cannot be opened ({exc.orig}). Check the file and its folder.") from exc
    return Database(engine=engine, sessions=make_session_factory(engine), evidence=EvidenceStore(evidence_dir))
