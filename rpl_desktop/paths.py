"""Where the program keeps its files.

Data (the SQLite database, evidence files, backups), logs and configuration live in the user's
platform directories (platformdirs). ``--basedir DIR`` or the environment variable
``RPL_DESKTOP_HOME`` relocate *all* of them below one folder, which is what tests, portable installs
and a second office profile use.

Bundled files (``db/`` with the migrations, ``resources/``) are found beside the source tree in a
checkout and inside the package (``rpl_desktop/_db``, ``rpl_desktop/_resources``) once installed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "rpl-desktop"
APP_AUTHOR = "rpl-desktop"
HOME_ENV = "RPL_DESKTOP_HOME"
DATABASE_URL_ENV = "RPL_DATABASE_URL"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / f"_{name}"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def resource_dir() -> Path:
    """The ``resources/`` folder: translations, fonts, schemas, sample catalogues, rule profiles."""
    return _bundled("resources")


def migrations_dir() -> Path:
    """The Alembic script directory (``db/``)."""
    return _bundled("db")


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "rpl_desktop.sqlite"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def open_copies_dir(self) -> Path:
        """Copies of evidence files opened for viewing (the stored originals are never opened)."""
        return self.data_dir / "opened"

    def default_database_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.log_dir, self.config_dir, self.evidence_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(basedir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the folders: ``basedir`` argument, then ``RPL_DESKTOP_HOME``, then platformdirs."""
    base = basedir if basedir is not None else os.environ.get(HOME_ENV) or None
    if base:
        root = Path(base).expanduser().resolve()
        return AppPaths(data_dir=root / "data", log_dir=root / "log", config_dir=root / "config")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )


def database_url(paths: AppPaths) -> str:
    """``RPL_DATABASE_URL`` if set (an office's shared server), else the embedded SQLite file."""
    return os.environ.get(DATABASE_URL_ENV) or paths.default_database_url()
