"""Shared fixtures. Qt is told to render offscreen before anything imports it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RPL_DESKTOP_HOME", None)

from rpl_desktop.paths import AppPaths, app_paths  # noqa: E402
from rpl_desktop.store.database import Database, open_database  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "home").ensure()


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    database = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    yield database
    database.close()
