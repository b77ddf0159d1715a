"""A shared database server (PostgreSQL): URLs shown without passwords, and clear connection errors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from rpl_desktop.domain.errors import StoreError


def is_server_url(url: str | URL) -> bool:
    """True for a database on a server (PostgreSQL), False for the embedded SQLite file."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return False
    return parsed.get_backend_name() != "sqlite"


def display_url(url: str | URL) -> str:
    """The URL without its password (``postgresql://kari@db.example:5432/rpl``), fit for a log or a screen."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "(not a valid database URL)"
    shown = parsed.difference_update_query(["connect_timeout", "application_name"])._replace(password=None)
    return shown.render_as_string(hide_password=False).replace("+psycopg", "", 1)


def where(url: str | URL) -> str:
    """``database 'rpl' on db.example:5432`` for messages."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"database '{parsed.database}' on {host}{port}"


def server_error(exc: DBAPIError, url: str | URL) -> StoreError:
    """A message for a failed connection to a server, saying what to check (never the password)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    place = where(url)
    if "authentication failed" in text or "no password supplied" in text \
            or ("role" in text and "does not exist" in text):
        return StoreError(
            f"The database server refused the user name or password for the {place}. Check them in "
            "Settings → Database (headless commands: RPL_DATABASE_PASSWORD or RPL_DATABASE_URL), or ask "
            "your IT department."
        )
    if "does not exist" in text and "database" in text:
        return StoreError(
            f"The {place} does not exist. Ask your IT department to create it (see the README: "
            "'An office database on PostgreSQL'), or correct the name in Settings → Database."
        )
    if "permission denied" in text:
        return StoreError(
            f"The database user may not create or change the tables in the {place}. Ask your IT "
            "department to grant it the rights described in the README, then start again."
        )
    if "ssl" in text:
        return StoreError(
            f"A secure (SSL) connection to the {place} could not be made. Check the SSL mode in "
            "Settings → Database with your IT department."
        )
    unreachable = ("timeout", "timed out", "could not connect", "connection refused", "connection failed",
                   "could not translate host name", "name or service not known")
    if any(words in text for words in unreachable):
        return StoreError(
            f"The database server cannot be reached ({place}). Check the network connection and the "
            "server name and port in Settings → Database, or ask your IT department whether the server "
            "is running."
        )
    return StoreError(
        f"The {place} cannot be used ({type(exc.orig).__name__ if exc.orig is not None else 'error'}). "
        "Check the connection settings in Settings → Database, or ask your IT department."
    )


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of "Test connection": whether the program can use the database, and what was found."""

    ok: bool
    message: str


def check_connection(url: str | URL) -> ConnectionCheck:
    """Connect once (no pool, nothing written) and say whether rpl-desktop can use this database."""
    from sqlalchemy import create_engine, func, inspect, select, text
    from sqlalchemy.pool import NullPool

    from rpl_desktop.store.migrate import head_revision

    place = where(url)
    try:
        engine = create_engine(url, poolclass=NullPool)
    except (ArgumentError, ImportError) as exc:
        return ConnectionCheck(False, f"The connection setting is not usable ({type(exc).__name__}).")
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "?").split(" ")[0]
            tables = set(inspect(conn).get_table_names())
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                if "alembic_version" in tables else None
            candidates = conn.execute(select(func.count()).select_from(text("candidate"))).scalar() \
                if "candidate" in tables else 0
    except DBAPIError as exc:
        return ConnectionCheck(False, server_error(exc, url).message)
    finally:
        engine.dispose()
    server = f"Connected to PostgreSQL {version} ({place})."
    if revision is None and not tables:
        return ConnectionCheck(True, f"{server} The database is empty: the first start with this setting "
                                     "creates the tables (the user needs the right to create them).")
    if revision is None:
        return ConnectionCheck(False, f"{server} The database holds tables of another program. Ask your IT "
                                      "department for a database of its own for rpl-desktop.")
    from alembic.script import ScriptDirectory

    from rpl_desktop.store.migrate import alembic_config

    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        return ConnectionCheck(False, f"{server} The database was written by a newer version of rpl-desktop. "
                                      "Install that version on this computer first.")
    upgrade = "" if revision == head_revision() else \
        " It will be upgraded to this program's version at the next start."
    return ConnectionCheck(True, f"{server} It holds rpl-desktop data ({candidates} candidates).{upgrade}")
