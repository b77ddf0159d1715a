"""The schema: migrations and models agree; newer databases are refused; older ones backed up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.database import open_database
from rpl_desktop.store.migrate import head_revision, upgrade_database


def test_empty_database_upgraded_to_head_matches_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert upgrade_database(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_pragmas_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite'}", tmp_path / "ev")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    db = open_database(f"sqlite:///{path}", tmp_path / "ev")
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_database(f"sqlite:///{path}", tmp_path / "ev")
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (a INTEGER)")
    with pytest.raises(StoreError, match="not made by rpl-desktop"):
        open_database(f"sqlite:///{path}", tmp_path / "ev")


def test_older_database_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from rpl_desktop.store.migrate import alembic_config

    if head_revision() == "0001":
        pytest.skip("only one schema revision exists so far")
    path = tmp_path / "x.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'kept')"))
    backups = tmp_path / "backups"
    assert upgrade_database(engine, backups) == head_revision()
    saved = list(backups.glob("*before-upgrade-from-0001*.sqlite"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone() == ("kept",)


def test_database_path_that_is_a_folder_gives_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(StoreError, match="folder"):
        open_database(f"sqlite:///{tmp_path / 'dir.sqlite'}", tmp_path / "ev")


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot be read"):
        open_database(f"sqlite:///{path}", tmp_path / "ev")


def test_upgrades_run_with_foreign_keys_off_and_turn_them_on_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch-mode table rebuild (copy, drop, rename) must not cascade to child rows on SQLite."""
    from alembic import command

    from rpl_desktop.store import migrate
    from rpl_desktop.store.engine import make_engine

    seen: list[int] = []
    real_upgrade = command.upgrade

    def watching(cfg, revision):  # type: ignore[no-untyped-def]
        seen.append(cfg.attributes["connection"].exec_driver_sql("PRAGMA foreign_keys").scalar())
        return real_upgrade(cfg, revision)

    monkeypatch.setattr(migrate.command, "upgrade", watching)
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert upgrade_database(engine) == head_revision()
    assert seen == [0]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
