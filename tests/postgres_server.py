"""A throw-away PostgreSQL server for the tests and the load test.

``PostgresServer.start()`` finds the server programs (``pg_config --bindir``, ``/usr/lib/postgresql/*/bin``,
``PATH``), ``initdb``s a cluster in a fresh temporary folder, starts it on a free localhost port with its
unix socket in the same folder (trust authentication, so no password), and ``stop()`` stops it and
removes the folder. PostgreSQL refuses to run as root: when the tests run as root (CI does), the server
programs run as the ``postgres`` system user and the folder is handed to it.

The cluster is tuned for tests, not durability (``fsync=off``): it lives for one test session.

Run as a script it starts a server and prints its URL until interrupted (handy for poking at it)::

    python -m tests.postgres_server
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# Set by .ci/run: a missing server is then a failure, not a skip.
REQUIRE_ENV = "RPL_REQUIRE_POSTGRES"
SERVER_USER = "postgres"
ICU_LOCALE_ENV = "RPL_TEST_PG_ICU_LOCALE"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server programs on this machine (or they cannot be run)."""


def find_bindir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass
    # Debian/Ubuntu keep the server programs out of PATH, one folder per major version: newest first.
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += [Path(p) for p in sorted(versions, key=_version_key, reverse=True)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit()) or (0,)


def required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0", "false", "no")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """One cluster in a temporary folder. ``url(name)`` is a SQLAlchemy URL for one of its databases."""

    bindir: Path
    max_connections: int = 100
    port: int = 0
    root: Path = field(default_factory=Path)
    superuser: str = "postgres"
    _as_user: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.superuser}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [*self._as_user, *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{Path(args[0]).name} failed (exit {result.returncode}): "
                f"{result.stderr.strip() or result.stdout}"
            )
        return result

    def start(self) -> PostgresServer:
        self.root = Path(tempfile.mkdtemp(prefix="rpl-pg-"))
        try:
            self._prepare_user()
            self.port = free_port()
            self.socket_dir.mkdir()
            if self._as_user:
                shutil.chown(self.root, user=SERVER_USER)
                shutil.chown(self.socket_dir, user=SERVER_USER)
            self._run(
                str(self.bindir / "initdb"), "-D", str(self.data_dir), "-U", self.superuser, "-A", "trust",
                "--encoding=UTF8", "--locale=C", "--no-sync",
            )
            options = " ".join([
                f"-p {self.port}",
                f"-k {self.socket_dir}",
                "-c listen_addresses=127.0.0.1",
                f"-c max_connections={self.max_connections}",
                # A test cluster: speed over durability (it is thrown away at the end).
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c shared_buffers=64MB",
                "-c log_min_messages=warning",
            ])
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
                "-o", options, "-w", "-t", "60", "start",
            )
        except Exception:
            self._remove()
            raise
        atexit.register(self.stop)  # also when the test run ends abruptly (the server would linger)
        return self

    def _prepare_user(self) -> None:
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            self._as_user = []
            return
        # PostgreSQL refuses to run as root: run its programs as the postgres system user.
        try:
            import pwd

            pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise PostgresUnavailable(
                f"running as root and there is no '{SERVER_USER}' system user to run the server as"
            ) from exc
        runuser = shutil.which("runuser")
        if runuser:
            self._as_user = [runuser, "-u", SERVER_USER, "--"]
        else:
            self._as_user = ["su", SERVER_USER, "-s", "/bin/sh", "-c", '"$0" "$@"']
        # The folder must be reachable for that user.
        os.chmod(self.root, 0o700)

    def cpu_seconds(self) -> float:
        """CPU time the server has used so far (postmaster and its ended backends; Linux only)."""
        try:
            pid = int((self.data_dir / "postmaster.pid").read_text().split()[0])
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
            return (utime + stime + cutime + cstime) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return float("nan")

    def stop(self) -> None:
        atexit.unregister(self.stop)
        if self.data_dir.exists() and (self.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(PostgresUnavailable, subprocess.SubprocessError):
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w",
                          "stop", timeout=60)
        self._remove()

    def _remove(self) -> None:
        if self.root and self.root != Path() and self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)

    # --- databases -----------------------------------------------------------------------------------

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser, dbname="postgres",
                               autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (a copy of ``template`` if given); returns its URL.

        ``RPL_TEST_PG_ICU_LOCALE`` (e.g. ``nb-NO``) makes new databases sort with that ICU collation, as an
        office server set up for Norwegian would, instead of the byte order of the "C" locale.
        """
        from psycopg import sql

        with self._admin() as conn:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            icu = os.environ.get(ICU_LOCALE_ENV, "")
            if icu and not template:
                statement = sql.SQL(
                    "CREATE DATABASE {} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE {} LOCALE 'C.UTF-8'"
                ).format(sql.Identifier(name), sql.Literal(icu))
            if template:
                statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template))
            conn.execute(statement)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def migrated_template(self, name: str = "rpl_template") -> str:
        """A database migrated to head, marked as a template; returns its name (made once)."""
        from sqlalchemy import create_engine

        from rpl_desktop.store.migrate import upgrade_database

        self.create_database(name)
        engine = create_engine(self.url(name))
        try:
            upgrade_database(engine)
        finally:
            engine.dispose()
        with self._admin() as conn:
            from psycopg import sql

            conn.execute(sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true").format(sql.Identifier(name)))
        return name


def start_server(max_connections: int = 100) -> PostgresServer:
    """Start a server, or raise PostgresUnavailable saying why not."""
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "no PostgreSQL server programs found (looked at pg_config --bindir, /usr/lib/postgresql/*/bin "
            "and PATH); install the 'postgresql' package"
        )
    return PostgresServer(bindir=bindir, max_connections=max_connections).start()


if __name__ == "__main__":
    server = start_server()
    print(server.url(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
