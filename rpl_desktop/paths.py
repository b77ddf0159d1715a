"""Where the program keeps its files.

Data (the SQLite database, evidence files, backups), logs and configuration live in the user's
platform directories (platformdirs). ``--basedir DIR`` or the environment variable
``RPL_DESKTOP_HOME`` relocate *all* of them below one folder, which is what tests, portable installs
and a second office profile use.

Bundled files (``db/`` with the migrations, ``resources/``) are found beside the source tree in a
checkout and inside the package (``rpl_desktop/_db``, ``rpl_desktop/_resources``) once installed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rpl_desktop.domain.errors import StoreError

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


# --- the shared office database (PostgreSQL) --------------------------------------------------------

SERVER_SETTING_FILE = "database.json"
PASSWORD_ENV = "RPL_DATABASE_PASSWORD"
KEYRING_SERVICE = "rpl-desktop database"
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
CONNECT_TIMEOUT_SECONDS = 10


class ServerSettingError(StoreError):
    """The connection setting cannot be used (its message says what to do)."""


@dataclass(frozen=True)
class ServerSetting:
    """Where the office's PostgreSQL server is; kept in ``database.json`` in the config folder.

    The password is never written there: it is kept in the OS keyring (when the user asks for it and a
    keyring exists), given in ``RPL_DATABASE_PASSWORD``, or asked for at start.
    """

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"

    def check(self) -> ServerSetting:
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise ServerSettingError("Enter the server's name or address (ask your IT department).")
        if any(c.isspace() or c in "/@?#" for c in host):
            raise ServerSettingError("The server name may not contain spaces or the characters / @ ? #.")
        if not database:
            raise ServerSettingError("Enter the name of the database on the server.")
        if not user:
            raise ServerSettingError("Enter the database user name.")
        if not 1 <= int(self.port) <= 65535:
            raise ServerSettingError("The port is a number from 1 to 65535 (PostgreSQL uses 5432).")
        if self.sslmode not in SSL_MODES:
            raise ServerSettingError(f"The SSL mode must be one of: {', '.join(SSL_MODES)}.")
        return ServerSetting(host, database, user, int(self.port), self.sslmode)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (psycopg driver). Without a password libpq may still find one
        (``PGPASSWORD``, ``~/.pgpass``)."""
        from sqlalchemy import URL

        url = URL.create(
            "postgresql+psycopg", username=self.user, password=password or None, host=self.host,
            port=self.port, database=self.database,
            query={"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_SECONDS),
                   "application_name": APP_NAME},
        )
        return url.render_as_string(hide_password=False)


def server_setting_file(paths: AppPaths) -> Path:
    return paths.config_dir / SERVER_SETTING_FILE


def load_server_setting(paths: AppPaths) -> ServerSetting | None:
    """The saved server setting, or None when this computer uses its embedded database."""
    import json

    file = server_setting_file(paths)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ServerSettingError(
            f"The database setting file {file} cannot be read. Correct it, or delete it to use the "
            "database on this computer."
        ) from exc
    if not isinstance(data, dict) or not data.get("use_server"):
        return None
    try:
        return ServerSetting(
            host=str(data["host"]), database=str(data["database"]), user=str(data["user"]),
            port=int(data.get("port", 5432)), sslmode=str(data.get("sslmode", "prefer")),
        ).check()
    except (KeyError, TypeError, ValueError, ServerSettingError) as exc:
        message = exc.message if isinstance(exc, ServerSettingError) else "a field is missing or wrong"
        raise ServerSettingError(
            f"The database setting file {file} is not usable ({message}). Choose the server again in "
            "Settings → Database, or delete the file to use the database on this computer."
        ) from exc


def save_server_setting(paths: AppPaths, setting: ServerSetting | None) -> None:
    """Save (or, with None, switch back to the embedded database). Takes effect at the next start."""
    import json
    from dataclasses import asdict

    file = server_setting_file(paths)
    data: dict[str, object] = {"use_server": False}
    if setting is not None:
        data = {"use_server": True, **asdict(setting.check())}
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(f".{file.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    tmp.replace(file)


def keyring_password(setting: ServerSetting) -> str | None:
    """The password kept in the OS keyring for this server, if any (None without a keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, setting.keyring_user)
        except KeyringError:
            return None
    except Exception:  # no keyring module or no usable backend: simply not kept there
        return None


def remember_password(setting: ServerSetting, password: str | None) -> bool:
    """Keep (or with None forget) the password in the OS keyring. False when there is no keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            if password:
                keyring.set_password(KEYRING_SERVICE, setting.keyring_user, password)
            else:
                with contextlib.suppress(PasswordDeleteError):
                    keyring.delete_password(KEYRING_SERVICE, setting.keyring_user)
            return True
        except KeyringError:
            return False
    except Exception:
        return False


# Set by the window program: asks the user for the server password at start (None = cancelled).
_password_prompt: Callable[[ServerSetting], str | None] | None = None


def set_password_prompt(prompt: Callable[[ServerSetting], str | None] | None) -> None:
    global _password_prompt
    _password_prompt = prompt


def server_password(setting: ServerSetting) -> str | None:
    """The keyring's password, else ``RPL_DATABASE_PASSWORD``, else the start-up prompt (if any)."""
    password = keyring_password(setting) or os.environ.get(PASSWORD_ENV) or None
    if password is None and _password_prompt is not None:
        password = _password_prompt(setting)
    return password


def database_url(paths: AppPaths) -> str:
    """Which database to open: ``RPL_DATABASE_URL`` if set, else the server chosen in Settings →
    Database (``database.json`` in the config folder), else the embedded SQLite file."""
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    setting = load_server_setting(paths)
    if setting is None:
        return paths.default_database_url()
    return setting.url(server_password(setting))
