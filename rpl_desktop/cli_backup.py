"""Headless commands for backup, restore, passphrase and encryption.

Passphrases are read from the terminal (not echoed) or, for scripts and tests, from the environment:
``RPL_PASSPHRASE`` (the database's), ``RPL_NEW_PASSPHRASE`` (a new one for ``passphrase change`` and
``encrypt``) and ``RPL_BACKUP_PASSPHRASE`` (a backup's, when it differs from the database's or the
database is not encrypted).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import AppPaths


def _ask(prompt: str, env: str | None, *, what: str) -> str:
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        hint = f" or set {env}" if env else ""
        raise RplError(f"The {what} is needed: run the command in a terminal{hint}.")
    value = getpass.getpass(prompt)
    if not value:
        raise RplError(f"No {what} was entered; nothing has been changed.")
    return value


def _ask_new(env: str | None, *, what: str) -> str:
    from rpl_desktop.services.security_keys import RULE_TEXT, check_new_passphrase

    if env and os.environ.get(env):
        value = os.environ[env]
        check_new_passphrase(value)
        return value
    if sys.stdin.isatty():
        print(f"{what[0].upper()}{what[1:]}: {RULE_TEXT}", file=sys.stderr)
    first = _ask(f"New {what}: ", env or None, what=what)
    second = _ask(f"New {what} again: ", None, what=what)
    check_new_passphrase(first, second)
    return first


def _cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services.security_keys import BACKUP_PASSPHRASE_ENV, check_new_passphrase
    from rpl_desktop.store.backup import create_backup, default_backup_name
    from rpl_desktop.store.engine import engine_passphrase

    out = Path(args.out) if args.out else paths.backup_dir / default_backup_name()
    if out.is_dir():
        out = out / default_backup_name()
    db = open_store(paths)
    try:
        given = os.environ.get(BACKUP_PASSPHRASE_ENV)
        if given:
            check_new_passphrase(given)
        passphrase = given or engine_passphrase(db.engine) or _ask_new(BACKUP_PASSPHRASE_ENV,
                                                                       what="backup passphrase")
        info = create_backup(db, out, passphrase)
    finally:
        db.close()
    candidates = info.tables.get("candidate", 0)
    cases = info.tables.get("rpl_case", 0)
    print(f"backup written to {info.path} ({info.size / 1024:.0f} KiB, {candidates} candidates, "
          f"{cases} cases, "
          f"{info.evidence_files} evidence files, {info.seconds:.1f} s)")
    if info.missing_evidence:
        print(f"rpl-desktop: {info.missing_evidence} evidence files were missing from the evidence folder "
              "and are not in the backup.", file=sys.stderr)
    return 0


def _opens(db_file: Path, passphrase: str | None) -> bool:
    from rpl_desktop.store.engine import connect_raw

    try:
        connect_raw(db_file, passphrase).close()
    except Exception:
        return False
    return True


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.security_keys import (
        BACKUP_PASSPHRASE_ENV,
        PASSPHRASE_ENV,
        embedded_database_file,
        headless_passphrase,
        remember_passphrase,
        stored_passphrase,
    )
    from rpl_desktop.store.backup import SUFFIX, create_backup
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.engine import FileState, database_file_state
    from rpl_desktop.store.restore import prepare_restore

    source = Path(args.file)
    if not source.is_file():
        raise RplError(f"There is no backup file {source}.")
    db_file = embedded_database_file(paths)
    if db_file is None:
        raise RplError("The data is kept on a database server (RPL_DATABASE_URL); restore it with the "
                       "server's tools.")
    backup_passphrase = (os.environ.get(BACKUP_PASSPHRASE_ENV) or os.environ.get(PASSPHRASE_ENV)
                         or _ask("Backup passphrase: ", None, what="backup passphrase"))
    state = database_file_state(db_file)
    current = headless_passphrase(paths) if state is FileState.ENCRYPTED else None
    if current is not None and not _opens(db_file, current):
        current = None
    staged = prepare_restore(source, backup_passphrase, db_file, paths.evidence_dir,
                             current_passphrase=current)
    try:
        # A safety backup of the data being replaced, when it can be read.
        if state is FileState.PLAIN or (state is FileState.ENCRYPTED and current is not None):
            db = open_database(f"sqlite:///{db_file}", paths.evidence_dir, None, passphrase=current)
            try:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                safety = create_backup(db, paths.backup_dir / f"rpl_desktop-before-restore-{stamp}{SUFFIX}",
                                       current or backup_passphrase)
            finally:
                db.close()
            print(f"the data being replaced was saved first to {safety.path}")
        result = staged.commit()
    finally:
        staged.discard()
    if result.uses_backup_passphrase and stored_passphrase(db_file) is not None:
        remember_passphrase(db_file, backup_passphrase)
    opened_with = backup_passphrase if result.uses_backup_passphrase else current
    if result.encrypted and not opened_with:
        opened_with = backup_passphrase
    # Open once: an older backup is upgraded here through the normal migration path.
    open_database(f"sqlite:///{db_file}", paths.evidence_dir, paths.backup_dir,
                  passphrase=opened_with if result.encrypted else None).close()
    print(f"restored the backup of {result.created_at} (program {result.program_version}, schema "
          f"{result.schema_revision}): {result.tables.get('candidate', 0)} candidates, "
          f"{result.tables.get('rpl_case', 0)} cases, {result.evidence_files} evidence files")
    if result.uses_backup_passphrase:
        print("the restored data opens with the backup's passphrase")
    return 0


def _cmd_passphrase(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.security_keys import (
        NEW_PASSPHRASE_ENV,
        PASSPHRASE_ENV,
        change_passphrase,
        embedded_database_file,
        stored_passphrase,
    )
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.engine import FileState, database_file_state

    db_file = embedded_database_file(paths)
    if db_file is None or database_file_state(db_file) is not FileState.ENCRYPTED:
        raise RplError("The database is not encrypted, so it has no passphrase to change. Encrypt it with "
                       "'rpl-desktop encrypt'.")
    old = (os.environ.get(PASSPHRASE_ENV) or stored_passphrase(db_file)
           or _ask("Current passphrase: ", PASSPHRASE_ENV, what="current passphrase"))
    db = open_database(f"sqlite:///{db_file}", paths.evidence_dir, paths.backup_dir, passphrase=old)
    try:
        new = _ask_new(NEW_PASSPHRASE_ENV, what="passphrase")
        remembered = change_passphrase(db, old, new)
    finally:
        db.close()
    print("passphrase changed" + (" (the OS keyring holds the new one)" if remembered else ""))
    return 0


def _cmd_encrypt(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.security_keys import (
        NEW_PASSPHRASE_ENV,
        PASSPHRASE_ENV,
        embedded_database_file,
        encrypt_store,
        remember_passphrase,
    )
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.engine import FileState, database_file_state

    db_file = embedded_database_file(paths)
    if db_file is None:
        raise RplError("The data is kept on a database server; encryption at rest is the server's business "
                       "there (ask your IT department).")
    state = database_file_state(db_file)
    if state is FileState.ENCRYPTED:
        raise RplError("The database is already encrypted. To change its passphrase use "
                       "'rpl-desktop passphrase change'.")
    # Open it plain first: creates a missing one, refuses a newer or damaged one before anything is done.
    open_database(f"sqlite:///{db_file}", paths.evidence_dir, paths.backup_dir).close()
    env = NEW_PASSPHRASE_ENV if os.environ.get(NEW_PASSPHRASE_ENV) else PASSPHRASE_ENV
    passphrase = _ask_new(env, what="passphrase")
    count = encrypt_store(paths, passphrase)
    if args.remember:
        if remember_passphrase(db_file, passphrase):
            print("the passphrase is kept in the OS keyring")
        else:
            print("rpl-desktop: no OS keyring is available; the passphrase was not remembered.",
                  file=sys.stderr)
    print(f"the database and {count} evidence files are now encrypted")
    return 0


def add_commands(commands: Any, handlers: dict[str, Any]) -> None:
    """Register this group's sub-commands on ``commands`` and their handlers in ``handlers``."""
    backup = commands.add_parser("backup",
                                 help="write an encrypted backup of the database and evidence files")
    backup.add_argument("--out", metavar="FILE",
                        help="the backup file (default: a new file in the backup folder)")
    handlers["backup"] = _cmd_backup
    restore = commands.add_parser("restore",
                                  help="replace the data with a backup (verified completely first)")
    restore.add_argument("file", metavar="FILE", help="a backup file (.rplbackup)")
    handlers["restore"] = _cmd_restore
    passphrase = commands.add_parser("passphrase", help="change the database passphrase")
    actions = passphrase.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    actions.add_parser("change", help="re-encrypt the database under a new passphrase")
    handlers["passphrase"] = _cmd_passphrase
    encrypt = commands.add_parser("encrypt", help="encrypt an unencrypted database and its evidence files")
    encrypt.add_argument("--remember", action="store_true", help="keep the passphrase in the OS keyring")
    handlers["encrypt"] = _cmd_encrypt
