"""Shared fixtures. Qt is told to render offscreen before anything imports it.

The ``db`` fixture gives a fresh, migrated data store. For the store and service tests
(``tests/unit/store``, ``tests/unit/services``) it runs twice: on an embedded SQLite file and on a real
PostgreSQL server started once per test session (``tests/postgres_server.py``); each PostgreSQL test
gets its own database, copied from a template migrated once. Without PostgreSQL server programs on the
machine those runs are skipped, unless ``RPL_REQUIRE_POSTGRES=1`` (CI) makes them fail.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RPL_DESKTOP_HOME", None)
os.environ.pop("RPL_DATABASE_URL", None)

from rpl_desktop.paths import AppPaths, app_paths  # noqa: E402
from rpl_desktop.store.database import Database, open_database  # noqa: E402
from tests.postgres_server import PostgresServer, PostgresUnavailable, required, start_server  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Tests below these folders that use ``db`` run on both backends.
BOTH_BACKENDS = (REPO / "tests" / "unit" / "store", REPO / "tests" / "unit" / "services")
BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    if any("db_backend" in str(mark.args[0]) for mark in metafunc.definition.iter_markers("parametrize")):
        return  # the test chose its backend itself
    path = Path(str(metafunc.definition.path)).resolve()
    if any(path.is_relative_to(folder) for folder in BOTH_BACKENDS):
        metafunc.parametrize("db_backend", BACKENDS, indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": which database the ``db`` fixture opens."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole test session (skips, or fails under RPL_REQUIRE_POSTGRES=1)."""
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        if required():
            pytest.fail(f"PostgreSQL is required (RPL_REQUIRE_POSTGRES=1) but cannot be started: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        report = os.environ.get("RPL_TEST_PG_REPORT")  # a file: what the PostgreSQL runs cost the server
        if report:
            with open(report, "a", encoding="utf-8") as fh:
                fh.write(f"PostgreSQL server CPU: {server.cpu_seconds():.1f} s\n")
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """Name of a database migrated to head once per session; tests copy it."""
    return pg_server.migrated_template()


_database_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database at the current schema, dropped after the test."""
    name = f"rpl_test_{os.getpid()}_{next(_database_numbers)}"
    url = pg_server.create_database(name, template=pg_template)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database (no schema yet), dropped after the test."""
    name = f"rpl_empty_{os.getpid()}_{next(_database_numbers)}"
    url = pg_server.create_database(name)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "home").ensure()


@pytest.fixture
def db_url(db_backend: str, paths: AppPaths, request: pytest.FixtureRequest) -> str:
    """The URL the ``db`` fixture opens (a fresh database on the chosen backend)."""
    if db_backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return paths.default_database_url()


@pytest.fixture
def db(db_url: str, paths: AppPaths) -> Iterator[Database]:
    database = open_database(db_url, paths.evidence_dir, paths.backup_dir)
    yield database
    database.close()
