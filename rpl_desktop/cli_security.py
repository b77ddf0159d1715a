"""Headless commands for the audit log and users.

* ``rpl-desktop audit verify``: check every entry's hash and link; exit 0 when the chain is intact,
  1 (with the first broken entry named) when it is not.
* ``rpl-desktop audit show --case NUMBER [--json]``: a case's history in plain words (or the raw
  entries with their hashes).
* ``rpl-desktop users list|add|roles|deactivate|activate|password``: the users of the data store
  (changes need an administrator: ``--user NAME``).

Which user a headless command acts as: ``--user NAME`` (or ``RPL_USER``), else the only active user,
else nobody (read-only); see :func:`rpl_desktop.services.users.headless_actor`. New passwords come from
``RPL_NEW_PASSWORD`` or are asked at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.paths import AppPaths

EXIT_CHAIN_BROKEN = 1
NEW_PASSWORD_ENV = "RPL_NEW_PASSWORD"
_ROLE_ALIASES = {
    "administrator": "admin",
    "saksbehandler": "caseworker",
    "godkjenner": "approver",
    "leder": "approver",
    "veileder": "counsellor",
    "counselor": "counsellor",
}


def _roles(text: str) -> list[str]:
    return [_ROLE_ALIASES.get(r.strip().lower(), r.strip().lower()) for r in text.split(",") if r.strip()]


def _new_password(ask: bool) -> str:
    if not ask:
        return ""
    if os.environ.get(NEW_PASSWORD_ENV) is not None:
        return os.environ[NEW_PASSWORD_ENV]
    if sys.stdin is None or not sys.stdin.isatty():
        raise RplError(f"A new password is needed: run the command in a terminal or set {NEW_PASSWORD_ENV}.")
    first = getpass.getpass("New password (empty: none): ")
    if first != getpass.getpass("New password again: "):
        raise ValidationError("password", "The two passwords differ; nothing was changed.")
    return first


def _cmd_audit(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services import audit

    db = open_store(paths)
    try:
        if args.audit_command == "verify":
            check = audit.verify_chain(db)
            if check.ok:
                print(f"the audit log is intact: {check.entries_checked} entries checked")
                return 0
            print(f"rpl-desktop: {check.message[0].lower()}{check.message[1:]}", file=sys.stderr)
            print(f"{check.entries_checked} entries before it are intact", file=sys.stderr)
            return EXIT_CHAIN_BROKEN
        from rpl_desktop.services.documents import find_case

        case_id = find_case(db, args.case)
        if args.json:
            print(json.dumps(audit.case_entries(db, case_id), ensure_ascii=False, indent=2))
            return 0
        entries = audit.case_history(db, case_id)
        if not entries:
            print("no history recorded for this case")
        for e in entries:
            local = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
            line = f"{local}  {e.summary}"
            if e.reason:
                line += f"  (reason: {' '.join(e.reason.split())})"
            print(line)
        return 0
    finally:
        db.close()


def _user_line(u: Any) -> str:
    from rpl_desktop.domain.security import ROLE_LABELS

    roles = ", ".join(label for r, label in ROLE_LABELS.items() if r in u.roles)
    flags = [] if u.active else ["inactive"]
    if u.has_password:
        flags.append("password")
    extra = f"  [{', '.join(flags)}]" if flags else ""
    return f"{u.username:<20} {u.display_name:<30} {roles}{extra}"


def _cmd_users(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services import users

    db = open_store(paths)
    try:
        if args.users_command == "list":
            listed = users.list_users(db)
            if not listed:
                print(
                    "no users yet: the program acts as 'rpl-desktop' (the desktop program creates the "
                    "first user on its first start; or 'rpl-desktop users add NAME --roles "
                    "admin,caseworker,approver')"
                )
            for u in listed:
                print(_user_line(u))
            return 0
        if args.users_command == "add":
            user = users.add_user(
                db, args.username, args.name or "", _roles(args.roles), _new_password(args.password)
            )
            print(f"user added: {_user_line(user)}")
            return 0
        target = users.find_user(db, args.username)
        if target is None:
            raise RplError(f"There is no user {args.username!r}; 'rpl-desktop users list' shows them.")
        if args.users_command == "roles":
            user = users.set_roles(db, target.id, _roles(args.roles))
        elif args.users_command == "deactivate":
            user = users.set_active(db, target.id, False)
        elif args.users_command == "activate":
            user = users.set_active(db, target.id, True)
        else:
            user = users.set_password(db, target.id, _new_password(True))
        print(_user_line(user))
        return 0
    finally:
        db.close()


def add_commands(commands: Any, handlers: dict[str, Any]) -> None:
    """Register this group's sub-commands on ``commands`` and their handlers in ``handlers``."""
    audit = commands.add_parser("audit", help="check the audit log, or show a case's history")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="check every entry's hash and link (exit 1 if broken)")
    show = audit_commands.add_parser("show", help="a case's history in plain words")
    show.add_argument("--case", required=True, metavar="NUMBER", help="the case number (or id)")
    show.add_argument("--json", action="store_true", help="the raw entries with their hashes, as JSON")
    handlers["audit"] = _cmd_audit

    user_parser = commands.add_parser("users", help="the users of this data store and their roles")
    user_commands = user_parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    user_commands.add_parser("list", help="list the users and their roles")
    add = user_commands.add_parser("add", help="add a user (administrators)")
    add.add_argument("username", metavar="USERNAME", help="the login name, no spaces")
    add.add_argument("--name", metavar="TEXT", help="the name shown in the program and the audit log")
    add.add_argument(
        "--roles",
        required=True,
        metavar="ROLES",
        help="comma-separated: caseworker, approver, counsellor, admin",
    )
    add.add_argument(
        "--password",
        action="store_true",
        help=f"give the user a password (asked, or from {NEW_PASSWORD_ENV})",
    )
    roles = user_commands.add_parser("roles", help="set a user's roles (administrators)")
    roles.add_argument("username", metavar="USERNAME")
    roles.add_argument(
        "roles", metavar="ROLES", help="comma-separated: caseworker, approver, counsellor, admin"
    )
    for name, text in (
        ("deactivate", "make a user inactive (users are never deleted)"),
        ("activate", "make an inactive user active again"),
        ("password", f"set or reset a password (asked, or from {NEW_PASSWORD_ENV}; empty: none)"),
    ):
        sub = user_commands.add_parser(name, help=text)
        sub.add_argument("username", metavar="USERNAME")
    handlers["users"] = _cmd_users
