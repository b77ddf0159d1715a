"""Users, roles, signing in, the headless actor and the two-person rule.

* A data store starts without users; then the actor is SYSTEM and everything is allowed (the program
  behaves as before users existed). The desktop program's first start creates the first user from the
  OS login name, as administrator, caseworker and approver (:func:`ensure_first_user`).
* Later starts: one active user without a password is signed in silently; otherwise the sign-in
  dialog asks (:func:`startup_user`, :func:`sign_in`).
* Headless commands act as the user named by ``--user NAME`` or ``RPL_USER``, else as the only active
  user, else read-only (:func:`headless_actor`). A user with a password gives it in ``RPL_PASSWORD``
  or at the terminal prompt.
* Users are never deleted (the audit log names them): they are made inactive.
* Passwords are optional; stored as ``scrypt$n$r$p$salt$hash`` (hex), compared in constant time.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import logging
import os
import secrets
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from rpl_desktop.domain import security
from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, SYSTEM, Actor
from rpl_desktop.domain.errors import PermissionDenied, RplError, ValidationError
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord
from rpl_desktop.store.security_records import AppUserRecord, AuditEntryRecord

log = logging.getLogger(__name__)

TWO_PERSON_SETTING = "two_person_rule"
FIRST_USER_ROLES = frozenset({ADMINISTRATOR, CASEWORKER, APPROVER})
USER_ENV = "RPL_USER"
PASSWORD_ENV = "RPL_PASSWORD"

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool
    has_password: bool
    created_at: datetime

    def actor(self) -> Actor:
        return Actor(
            user_id=self.id, username=self.username, display_name=self.display_name, roles=self.roles
        )


def _user(r: AppUserRecord) -> User:
    return User(
        id=r.id,
        username=r.username,
        display_name=r.display_name,
        roles=frozenset(x for x in r.roles.split(",") if x),
        active=r.active,
        has_password=bool(r.password_hash),
        created_at=r.created_at,
    )


# -- passwords ------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(stored: str, password: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest) // 2,
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


# -- reading --------------------------------------------------------------------------------------


def list_users(db: Database, *, active_only: bool = False) -> list[User]:
    stmt = select(AppUserRecord).order_by(func.lower(AppUserRecord.display_name), AppUserRecord.id)
    if active_only:
        stmt = stmt.where(AppUserRecord.active.is_(True))
    with db.read() as s:
        return [_user(r) for r in s.scalars(stmt)]


def count_users(db: Database, *, active_only: bool = False) -> int:
    stmt = select(func.count()).select_from(AppUserRecord)
    if active_only:
        stmt = stmt.where(AppUserRecord.active.is_(True))
    with db.read() as s:
        return int(s.scalar(stmt) or 0)


def has_users(db: Database) -> bool:
    return count_users(db) > 0


def get_user(db: Database, user_id: int) -> User:
    with db.read() as s:
        r = s.get(AppUserRecord, user_id)
        if r is None:
            raise RplError(f"User {user_id} does not exist.")
        return _user(r)


def find_user(db: Database, name: str) -> User | None:
    """The user whose user name (or else display name) is ``name``, case-insensitively."""
    text = name.strip().lower()
    if not text:
        return None
    with db.read() as s:
        r = s.scalar(select(AppUserRecord).where(func.lower(AppUserRecord.username) == text))
        if r is None:
            matches = list(
                s.scalars(select(AppUserRecord).where(func.lower(AppUserRecord.display_name) == text))
            )
            r = matches[0] if len(matches) == 1 else None
        return _user(r) if r is not None else None


# -- changing -------------------------------------------------------------------------------------


def _require_admin(db: Database) -> None:
    """Managing users needs the administrator role, except while no user exists (the first one)."""
    if not security.allows(db.actor, security.MANAGE_USERS) and has_users(db):
        raise PermissionDenied(security.refusal(db.actor, security.MANAGE_USERS))


def _active_admins(s: object, except_id: int | None = None) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    count = 0
    for r in s.scalars(select(AppUserRecord).where(AppUserRecord.active.is_(True))):
        if r.id != except_id and ADMINISTRATOR in r.roles.split(","):
            count += 1
    return count


def add_user(
    db: Database, username: str, display_name: str, roles: Iterable[str], password: str = ""
) -> User:
    """Add a user (administrators only, or anyone while there is no user yet; the first user must be an
    administrator, so that someone can manage the users)."""
    _require_admin(db)
    username = security.validate_username(username)
    display_name = security.validate_display_name(display_name, username)
    chosen = security.normalise_roles(roles)
    if ADMINISTRATOR not in chosen and not has_users(db):
        raise ValidationError(
            "roles",
            "The first user must hold the administrator role (admin), so that someone can manage the users.",
        )
    password = security.validate_password(password)
    with db.transaction() as s:
        if s.scalar(select(AppUserRecord.id).where(func.lower(AppUserRecord.username) == username.lower())):
            raise ValidationError("username", f"The user name {username!r} is taken; choose another.")
        record = AppUserRecord(
            username=username,
            display_name=display_name,
            roles=",".join(sorted(chosen)),
            active=True,
            password_hash=hash_password(password) if password else "",
            created_at=datetime.now(),
        )
        s.add(record)
        s.flush()
        log.info("user %s added", record.id)
        return _user(record)


def set_roles(db: Database, user_id: int, roles: Iterable[str]) -> User:
    """Give a user these roles (administrators only). The last active administrator keeps that role."""
    _require_admin(db)
    chosen = security.normalise_roles(roles)
    with db.transaction() as s:
        r = s.get(AppUserRecord, user_id)
        if r is None:
            raise RplError(f"User {user_id} does not exist.")
        if (
            ADMINISTRATOR not in chosen
            and r.active
            and ADMINISTRATOR in r.roles.split(",")
            and _active_admins(s, except_id=r.id) == 0
        ):
            raise ValidationError(
                "roles",
                "This is the last active administrator: give another user the administrator role first.",
            )
        r.roles = ",".join(sorted(chosen))
        s.flush()
        return _user(r)


def set_display_name(db: Database, user_id: int, display_name: str) -> User:
    _require_admin(db)
    with db.transaction() as s:
        r = s.get(AppUserRecord, user_id)
        if r is None:
            raise RplError(f"User {user_id} does not exist.")
        r.display_name = security.validate_display_name(display_name, r.username)
        s.flush()
        return _user(r)


def set_active(db: Database, user_id: int, active: bool) -> User:
    """Deactivate (or reactivate) a user; never delete. The last active administrator stays active."""
    _require_admin(db)
    with db.transaction() as s:
        r = s.get(AppUserRecord, user_id)
        if r is None:
            raise RplError(f"User {user_id} does not exist.")
        if not active and r.active:
            if r.id == db.actor.user_id:
                raise ValidationError("active", "You cannot deactivate yourself; ask another administrator.")
            if ADMINISTRATOR in r.roles.split(",") and _active_admins(s, except_id=r.id) == 0:
                raise ValidationError(
                    "active",
                    "This is the last active administrator: give another user the administrator role first.",
                )
        r.active = active
        s.flush()
        return _user(r)


def set_password(db: Database, user_id: int, password: str) -> User:
    """Set or reset a password (empty: none). Administrators for anyone; every user for themselves."""
    if db.actor.user_id != user_id:
        _require_admin(db)
    password = security.validate_password(password)
    with db.transaction() as s:
        r = s.get(AppUserRecord, user_id)
        if r is None:
            raise RplError(f"User {user_id} does not exist.")
        r.password_hash = hash_password(password) if password else ""
        s.flush()
        return _user(r)


# -- signing in -----------------------------------------------------------------------------------


def os_login_name() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # no login name in this environment
        return ""
    return "".join(ch for ch in name if ch.isprintable() and not ch.isspace())[:100]


def ensure_first_user(db: Database, username: str = "", display_name: str = "") -> User | None:
    """On a data store without users, create the first (administrator, caseworker, approver).

    ``username`` defaults to the OS login name. Returns None if users exist already, or if no name is
    known (then ask for one and call again).
    """
    if has_users(db):
        return None
    username = username.strip() or os_login_name()
    if not username:
        return None
    return add_user(db, username, display_name or username, FIRST_USER_ROLES)


def startup_user(db: Database) -> User | None:
    """Who to sign in without asking: the only active user, when they have no password."""
    active = list_users(db, active_only=True)
    if len(active) == 1 and not active[0].has_password:
        return active[0]
    return None


def sign_in(db: Database, username: str, password: str = "", *, record: bool = True) -> User:
    """Check the user's password, make them ``db.actor`` and record the sign-in."""
    user = find_user(db, username)
    if user is None or not user.active:
        raise PermissionDenied(
            "There is no active user by that name. Choose your name in the list, or ask an "
            "administrator to add you."
        )
    with db.read() as s:
        stored = s.scalar(select(AppUserRecord.password_hash).where(AppUserRecord.id == user.id)) or ""
    if stored and not check_password(stored, password):
        raise PermissionDenied("The password is wrong. Try again; an administrator can reset it.")
    db.actor = user.actor()
    if record:
        from rpl_desktop.services.audit import record_event

        with db.transaction() as s:
            record_event(s, "sign_in", "app_user", user.id)
    log.info("user %s signed in", user.id)
    return user


def headless_actor(
    db: Database, name: str | None = None, ask_password: Callable[[str], str] | None = None
) -> Actor:
    """The actor of a headless command (see the module docstring); sets and returns ``db.actor``.

    No users: SYSTEM. ``name`` (or ``RPL_USER``): that user, refused if unknown, inactive or the password
    is wrong. No name and one active user: that user (their password from ``RPL_PASSWORD`` or the
    terminal, else read-only). Several users and no name: read-only (:data:`security.READ_ONLY`).
    """
    name = (name or os.environ.get(USER_ENV, "")).strip()
    if not has_users(db):
        if name:
            raise PermissionDenied(
                f"This data store has no users yet, so there is no user {name!r}. Leave "
                "out --user (and RPL_USER) or add users first."
            )
        db.actor = SYSTEM
        return db.actor
    if name:
        user = find_user(db, name)
        if user is None or not user.active:
            raise PermissionDenied(
                f"There is no active user {name!r} in this data store. 'rpl-desktop users list' shows them."
            )
    else:
        only = list_users(db, active_only=True)
        if len(only) != 1:
            db.actor = security.READ_ONLY
            return db.actor
        user = only[0]
    if user.has_password:
        password = os.environ.get(PASSWORD_ENV)
        if password is None and ask_password is None and sys.stdin is not None and sys.stdin.isatty():
            ask_password = lambda prompt: getpass.getpass(prompt)  # noqa: E731
        if password is None and ask_password is not None:
            password = ask_password(f"Password for {user.username}: ")
        if password is None:
            if not name:
                db.actor = security.READ_ONLY
                return db.actor
            raise PermissionDenied(
                f"The user {user.username!r} has a password: give it in {PASSWORD_ENV} or "
                "run the command in a terminal."
            )
        with db.read() as s:
            stored = s.scalar(select(AppUserRecord.password_hash).where(AppUserRecord.id == user.id)) or ""
        if not check_password(stored, password):
            raise PermissionDenied("The password is wrong; nothing was done.")
    db.actor = user.actor()
    return db.actor


# -- role checks the services call ------------------------------------------------------------------


def require(db: Database, permission: str) -> None:
    """Raise PermissionDenied unless the signed-in actor may do ``permission``."""
    security.require(db.actor, permission)


def two_person_rule(db: Database) -> bool:
    return db.get_setting(TWO_PERSON_SETTING, "0") == "1"


def set_two_person_rule(db: Database, on: bool) -> None:
    """Switch the two-person rule (administrators only)."""
    security.require(db.actor, security.CHANGE_SETTINGS)
    db.set_setting(TWO_PERSON_SETTING, "1" if on else "0")


def case_workers(db: Database, case_id: int) -> set[int]:
    """The users who worked case ``case_id``: its assigned caseworker (when the name is a user's) and
    the last user who changed its judgements (from the audit log)."""
    workers: set[int] = set()
    with db.read() as s:
        name = s.scalar(select(CaseRecord.caseworker).where(CaseRecord.id == case_id)) or ""
        last = s.scalar(
            select(AuditEntryRecord.actor_id)
            .where(
                AuditEntryRecord.case_id == case_id,
                AuditEntryRecord.entity == "judgement",
                AuditEntryRecord.actor_id.is_not(None),
            )
            .order_by(AuditEntryRecord.seq.desc())
            .limit(1)
        )
    assigned = find_user(db, name) if name.strip() else None
    if assigned is not None:
        workers.add(assigned.id)
    if last is not None:
        workers.add(int(last))
    return workers


def check_decision(db: Database, case_id: int, permission: str, doing: str) -> None:
    """The role check for a decision on a case, and the two-person rule when it is on."""
    security.require(db.actor, permission)
    if two_person_rule(db):
        security.check_two_person(db.actor, case_workers(db, case_id), doing)


def check_status_move(db: Database, case_id: int, target: str) -> None:
    """May the actor save case ``case_id`` with status ``target``? (Saving it unchanged needs
    :data:`security.EDIT_CASES`; a move needs the permission of the new status, and approving or issuing
    also passes the two-person rule.)"""
    if security.is_system(db.actor):
        return
    with db.read() as s:
        current = s.scalar(select(CaseRecord.status).where(CaseRecord.id == case_id))
    if current is None or current == target:
        security.require(db.actor, security.EDIT_CASES)
        return
    permission = security.permission_for_status(target)
    if permission == security.APPROVE_DECISION:
        check_decision(db, case_id, permission, "approve this decision")
    else:
        security.require(db.actor, permission)


def check_issue(db: Database, case_id: int, kind: str) -> None:
    """May the actor issue a document of ``kind`` for case ``case_id``? (A decision document needs the
    approver role; a vedtak also passes the two-person rule when it is on.)"""
    permission = security.permission_for_document(kind)
    if kind in security.TWO_PERSON_DOCUMENTS:
        check_decision(db, case_id, permission, f"issue this {kind}")
    else:
        security.require(db.actor, permission)
