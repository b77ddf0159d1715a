"""Open a database and bring its schema to this program's version.

On start (the order matters; each step leaves the file untouched if it fails):
1. a database whose revision this program does not know was written by a newer program: refuse, with
   a message saying so, and change nothing;
2. a database older than this program is copied to the backup folder first;
3. then Alembic upgrades it to head. An empty database is simply created at head.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from rpl_desktop.domain.errors import StoreError
from rpl_desktop.paths import migrations_dir
from rpl_desktop.store.engine import engine_passphrase, export_encrypted_copy, sqlite_file_of

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    return sqlite_file_of(engine.url)


def backup_sqlite_file(source: Path, backup_dir: Path, label: str, passphrase: str | None = None) -> Path:
    """Copy a live SQLite database consistently (WAL included) into ``backup_dir``.

    A plain database is copied with the sqlite3 online backup API. An encrypted one is exported with
    SQLCipher's ``sqlcipher_export`` inside one read transaction into a file encrypted with the same
    passphrase, so the copy is as well protected as the original and opens with the same passphrase.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"rpl_desktop-{label}-{stamp}.sqlite"
    if passphrase is None:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        return target
    export_encrypted_copy(source, passphrase, target, passphrase)
    return target


def upgrade_database(engine: Engine, backup_dir: Path | None = None) -> str:
    """Refuse a newer database, back up an older one, upgrade to head. Returns the new revision."""
    head = head_revision()
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            known = script.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown id
            known = None
        if known is None:
            raise StoreError(
                "This database was written by a newer version of rpl-desktop (schema revision "
                f"{current}). It has not been changed. Install the newer program, or open another "
                "data folder with --basedir."
            )
        if current == head:
            return head
    else:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise StoreError(
                "The database holds tables but no schema revision, so it was not made by rpl-desktop. "
                "It has not been changed. Choose another data folder with --basedir."
            )
    db_file = _sqlite_file(engine)
    if current is not None and db_file is not None and backup_dir is not None:
        saved = backup_sqlite_file(db_file, backup_dir, f"before-upgrade-from-{current}",
                                   engine_passphrase(engine))
        log.info("backed up the database before upgrading from %s: %s", current, saved.name)
    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A migration that rebuilds a table (batch mode: copy, drop, rename) would otherwise make
            # SQLite cascade the drop to the child rows. The pragma only works outside a transaction;
            # the keys are checked before the upgrade commits.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Several desktops may start at once on a new office server: one upgrades, the
                    # others wait here and then find the schema at head (Alembic reads the revision
                    # after the lock).
                    conn.execute(text("SELECT pg_advisory_xact_lock(7265703106)"))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            f"The upgrade would leave {len(broken)} rows pointing at missing records "
                            f"(first in table {broken[0][0]}). The database has not been changed. "
                            "Report this to the rpl-desktop maintainers."
                        )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    log.info("database schema at %s (was %s)", head, current)
    return head
