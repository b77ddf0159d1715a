"""PostgreSQL as the shared store: the migrations, the opening rules and the connection messages.

These run against the real server that ``tests/postgres_server.py`` starts (skipped without one,
failing under RPL_REQUIRE_POSTGRES=1).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, make_url, text

from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.db_evidence_store import DatabaseEvidenceStore
from rpl_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade_database
from rpl_desktop.store.server import check_connection, display_url, is_server_url
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_migrations_build_the_schema_the_models_describe(pg_empty_url: str) -> None:
    engine = create_engine(pg_empty_url)
    try:
        assert upgrade_database(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_every_revision_upgrades_step_by_step_and_keeps_the_data(pg_empty_url: str) -> None:
    engine = create_engine(pg_empty_url)
    cfg = alembic_config()
    revisions = _revisions()
    assert revisions[0] == "0001" and revisions[-1] == head_revision()
    try:
        for index, revision in enumerate(revisions):
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if index == 0:
                    conn.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'kept')"))
            assert current_revision(engine) == revision
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM setting WHERE key = 'marker'")).scalar() == "kept"
    finally:
        engine.dispose()


def test_open_database_on_postgres_uses_the_database_evidence_store(pg_empty_url: str, tmp_path: Path) -> None:
    db = open_database(pg_empty_url, tmp_path / "evidence", tmp_path / "backups")
    try:
        assert isinstance(db.evidence, DatabaseEvidenceStore) and db.database_file is None
        assert current_revision(db.engine) == head_revision()
        db.set_setting("office", "Vestfjell")
        assert db.get_setting("office") == "Vestfjell"
    finally:
        db.close()
    # no copy of a server database is made on this computer before an upgrade
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_desktops_starting_together_on_a_new_server_migrate_it_once(pg_empty_url: str, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    opened: list[Database] = []
    start = threading.Barrier(4)

    def desktop(n: int) -> None:
        try:
            start.wait()
            opened.append(open_database(pg_empty_url, tmp_path / f"ev{n}"))
        except BaseException as exc:  # collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=desktop, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert errors == [] and len(opened) == 4
        assert {current_revision(db.engine) for db in opened} == {head_revision()}
        with opened[0].engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        for db in opened:
            db.close()


def test_a_newer_database_on_the_server_is_refused_and_left_alone(pg_url: str, tmp_path: Path) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff9'"))
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    with pytest.raises(StoreError, match="newer version"):
        open_database(pg_url, tmp_path / "ev")
    engine = create_engine(pg_url)
    try:
        assert current_revision(engine) == "fffffffffff9"
        assert set(inspect(engine).get_table_names()) == tables
    finally:
        engine.dispose()


def test_a_database_of_another_program_is_refused(pg_empty_url: str, tmp_path: Path) -> None:
    engine = create_engine(pg_empty_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (a INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not made by rpl-desktop"):
        open_database(pg_empty_url, tmp_path / "ev")


def test_connection_problems_say_what_to_check(pg_server: PostgresServer, tmp_path: Path) -> None:
    missing_db = pg_server.url("no_such_database")
    with pytest.raises(StoreError, match="does not exist") as exc_info:
        open_database(missing_db, tmp_path / "ev")
    assert "no_such_database" in str(exc_info.value) and "IT department" in str(exc_info.value)
    unknown_user = make_url(pg_server.url()).set(username="nobody", password="s3cret!")
    with pytest.raises(StoreError, match="refused the user name or password") as exc_info:
        open_database(unknown_user.render_as_string(hide_password=False), tmp_path / "ev")
    assert "s3cret" not in str(exc_info.value)
    # a port nobody listens on (the server's own port + 1 is not ours to rely on: ask the OS for one)
    from tests.postgres_server import free_port

    closed = make_url(pg_server.url()).set(port=free_port(), query={"connect_timeout": "3"})
    with pytest.raises(StoreError, match="cannot be reached"):
        open_database(closed.render_as_string(hide_password=False), tmp_path / "ev")


def test_test_connection_reports_what_it_found(pg_server: PostgresServer, pg_url: str, pg_empty_url: str,
                                               tmp_path: Path) -> None:
    empty = check_connection(pg_empty_url)
    assert empty.ok and "PostgreSQL" in empty.message and "empty" in empty.message
    db = open_database(pg_url, tmp_path / "ev")
    db.close()
    ready = check_connection(pg_url)
    assert ready.ok and "holds rpl-desktop data (0 candidates)" in ready.message
    missing = check_connection(pg_server.url("no_such_database"))
    assert not missing.ok and "does not exist" in missing.message


def test_urls_are_shown_without_their_password() -> None:
    url = "postgresql+psycopg://kari:hemmelig@db.vestfjell.no:5432/rpl?sslmode=require"
    assert display_url(url) == "postgresql://kari@db.vestfjell.no:5432/rpl?sslmode=require"
    assert is_server_url(url) and not is_server_url("sqlite:////tmp/x.sqlite")


def test_info_names_the_shared_store_without_its_password(pg_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from rpl_desktop.app import main

    # the test server trusts localhost, so the password is not checked; it must not be shown
    with_password = make_url(pg_url).set(password="Hemmelig-9")
    monkeypatch.setenv("RPL_DATABASE_URL", with_password.render_as_string(hide_password=False))
    assert main(["--basedir", str(tmp_path), "info"]) == 0
    out = capsys.readouterr().out
    info = json.loads(out)
    assert info["store"] == "PostgreSQL server (shared)" and info["evidence"] == "in the database"
    assert info["database"].startswith("postgresql://postgres@127.0.0.1:") and "Hemmelig" not in out
    assert "Hemmelig" not in "".join(p.read_text(errors="replace") for p in (tmp_path / "log").rglob("*")
                                      if p.is_file())
