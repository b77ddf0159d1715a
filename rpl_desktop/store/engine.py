"""Engine creation with the SQLite pragmas we rely on (WAL, foreign keys, durable commits).

An embedded database may be encrypted with SQLCipher (module ``sqlcipher3``, SQLAlchemy's
``sqlite+pysqlcipher`` dialect): the passphrase travels in the URL object (never as text, never
logged; ``str(url)`` masks it) and the dialect sends ``PRAGMA key`` as the first statement of every
new connection. Our own connect hook then reads the schema once, so a wrong passphrase fails at
connect time, before anything else is done.

An SQLCipher file cannot be told apart from random bytes; a plain SQLite file starts with the text
``SQLite format 3``. :func:`database_file_state` uses that to say which of the two a file is, so a
missing passphrase, or a passphrase given for a plain file, gets its own message.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from rpl_desktop.domain.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTED_DRIVER = "sqlite+pysqlcipher"


class PassphraseRequired(StoreError):
    """The database file is encrypted and no passphrase was given."""


class DatabasePassphraseWrong(StoreError):
    """The passphrase does not open the encrypted database. Nothing was changed."""


class DatabaseNotEncrypted(StoreError):
    """A passphrase was given for a database file that is not encrypted."""


PASSPHRASE_REQUIRED_MESSAGE = (
    "The database is encrypted and needs its passphrase. Enter the passphrase (for headless commands, "
    "set the environment variable RPL_PASSPHRASE)."
)
WRONG_PASSPHRASE_MESSAGE = (
    "The passphrase does not open this database. Check it (capital letters, keyboard layout) and try "
    "again. Nothing has been changed."
)
NOT_ENCRYPTED_MESSAGE = (
    "The database is not encrypted, so it needs no passphrase. Open it without one (unset "
    "RPL_PASSPHRASE), then encrypt it with 'rpl-desktop encrypt' or in Settings."
)


class FileState(StrEnum):
    MISSING = "missing"  # no file, or an empty one: a new database will be created
    PLAIN = "plain"  # an ordinary SQLite file
    ENCRYPTED = "encrypted"  # looks like SQLCipher (no SQLite header, whole pages)
    DAMAGED = "damaged"  # neither: not a database at all


def database_file_state(path: Path) -> FileState:
    """What ``path`` holds, judged from its first bytes and size (no database connection)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return FileState.MISSING
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    except OSError:
        return FileState.DAMAGED
    if head == SQLITE_HEADER:
        return FileState.PLAIN
    # SQLCipher writes whole pages (512 bytes to 64 KiB, a power of two); anything else is not one.
    if size >= 512 and size % 512 == 0:
        return FileState.ENCRYPTED
    return FileState.DAMAGED


def sqlite_file_of(url: str | URL) -> Path | None:
    """The file behind an embedded-database URL (``sqlite:///...``), else None (server, memory)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def is_encrypted_engine(engine: Engine) -> bool:
    return engine.url.drivername == ENCRYPTED_DRIVER


def engine_passphrase(engine: Engine) -> str | None:
    """The passphrase an encrypted engine opens its file with (None for a plain one)."""
    return engine.url.password if is_encrypted_engine(engine) else None


def quote_passphrase(passphrase: str) -> str:
    """The passphrase as an SQL string literal (``'`` doubled). Refuses NUL, which C would cut at."""
    if "\x00" in passphrase:
        raise StoreError("A passphrase cannot contain a NUL character. Choose another passphrase.")
    return "'" + passphrase.replace("'", "''") + "'"


_quiet = False


def _quiet_sqlcipher(module: Any) -> None:
    """SQLCipher reports a failed key on stderr by default; the program gives its own message instead."""
    global _quiet
    if _quiet:
        return
    conn = module.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    _quiet = True


def sqlcipher_module() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise StoreError(
            "Encryption support (the sqlcipher3 module) is missing from this installation. Reinstall "
            "rpl-desktop."
        ) from exc
    _quiet_sqlcipher(sqlcipher3)
    return sqlcipher3


def connect_raw(path: Path, passphrase: str | None, *, check: bool = True, cipher: bool = False) -> Any:
    """A plain DB-API connection to a database file (SQLCipher when ``passphrase``, autocommit).

    With ``check`` the schema is read once, so a wrong passphrase raises DatabasePassphraseWrong here.
    ``cipher`` opens even a plain file with the SQLCipher module (for ``sqlcipher_export``).
    """
    if passphrase is None and not cipher:
        conn: Any = sqlite3.connect(path, timeout=5, isolation_level=None)
    elif passphrase is None:
        conn = sqlcipher_module().connect(str(path), timeout=5, isolation_level=None)
    else:
        conn = sqlcipher_module().connect(str(path), timeout=5, isolation_level=None)
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
    if check:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            conn.close()
            if passphrase is not None and "not a database" in str(exc):
                raise DatabasePassphraseWrong(WRONG_PASSPHRASE_MESSAGE) from None
            raise
    return conn


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def raw_key(key: bytes) -> str:
    """A 256-bit key in SQLCipher's raw-key form (used as a "passphrase": no key derivation)."""
    if len(key) != 32:
        raise ValueError("a raw key has 32 bytes")
    return f"x'{key.hex()}'"


def export_copy(conn: Any, target: Path, target_passphrase: str | None, *, exclusive: bool = False,
                inside: Callable[[Any], Any] | None = None) -> dict[str, int]:
    """Write the database of ``conn`` (an SQLCipher-module connection) to the new file ``target``.

    ``sqlcipher_export`` runs inside one transaction, so the copy is consistent while others write
    (``exclusive`` also keeps others from writing meanwhile); the target is encrypted with
    ``target_passphrase`` (plain with None) and fsynced. Returns the row count of every table as read
    in that transaction; ``inside(conn)`` runs in it too (to read more in the same snapshot).
    """
    if target.exists():
        target.unlink()
    key = quote_passphrase(target_passphrase or "")
    conn.execute(f"ATTACH DATABASE ? AS export_target KEY {key}", (str(target),))
    try:
        conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN")
        try:
            counts = table_counts(conn)
            if inside is not None:
                inside(conn)
            conn.execute("SELECT sqlcipher_export('export_target')").fetchone()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE export_target")
    fsync_file(target)
    return counts


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Rows per table of a DB-API connection's database (tables named by SQLite, quoted)."""
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def wal_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def ensure_not_open_elsewhere(db_path: Path, passphrase: str | None) -> None:
    """Raise StoreError if another connection (this or another program) has the database open.

    SQLite removes the WAL file when the last connection closes; if it is still there after ours
    closed, someone else holds the database open. (A WAL left by a crash is recovered and removed by
    our open and close, so it does not count.)
    """
    conn = connect_raw(db_path, passphrase, cipher=passphrase is not None)
    try:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except Exception as exc:
            raise StoreError(IN_USE_MESSAGE) from exc
    finally:
        conn.close()
    if wal_file(db_path).exists():
        raise StoreError(IN_USE_MESSAGE)


IN_USE_MESSAGE = ("The database is in use by another program (perhaps rpl-desktop is open in another "
                  "window). Close it and try again. Nothing has been changed.")


def export_encrypted_copy(source: Path, source_passphrase: str | None, target: Path,
                          target_passphrase: str | None) -> None:
    """A consistent copy of the database file ``source`` as ``target`` (see :func:`export_copy`)."""
    conn = connect_raw(source, source_passphrase, cipher=True)
    try:
        export_copy(conn, target, target_passphrase)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        conn.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # For SQLCipher the dialect has sent PRAGMA key already; reading the schema checks it first.
    cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def encrypted_url(path: Path, passphrase: str) -> URL:
    return URL.create(ENCRYPTED_DRIVER, password=passphrase, database=str(path))


def make_engine(url: str | URL, passphrase: str | None = None) -> Engine:
    """An engine for ``url``; for SQLite the pragmas are set on every new connection.

    With ``passphrase`` (embedded SQLite only) the file is opened with SQLCipher.
    """
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        if passphrase is not None:
            db_file = sqlite_file_of(parsed)
            if db_file is None:
                raise StoreError("Only a database file can be encrypted, not this database URL.")
            sqlcipher_module()
            quote_passphrase(passphrase)
            # QueuePool as for plain SQLite files (the dialect's default, one connection per thread,
            # would pay the key derivation again in every worker thread).
            engine = create_engine(
                encrypted_url(db_file, passphrase), poolclass=QueuePool,
                connect_args={"timeout": 5, "check_same_thread": False},
            )
        else:
            engine = create_engine(parsed, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
