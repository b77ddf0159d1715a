"""ORM classes for: Users and roles, the hash-chained audit log.

Alembic revision 0005 (``db/versions/0005_security.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).

* ``app_user``: the people who use the program. Never deleted (the audit log names them); a user who
  leaves is made inactive. ``roles`` is a comma-separated list of role names; ``password_hash`` is
  empty when the user has no password (``scrypt$n$r$p$salt$hash``, hex).
* ``audit_entry``: append-only, one row per change or event, numbered by ``seq`` from 1 without gaps.
  ``hash`` is the SHA-256 of a canonical JSON of every other column, including ``prev_hash`` (the hash
  of entry ``seq - 1``), so changing or removing a row breaks the chain at that row. ``case_id`` is not
  a foreign key: a case's history outlives the case.
* ``audit_head``: one row (id 1) with the last ``seq`` and ``hash``. Every writer updates it in its own
  transaction before appending, which serialises the chain (a row lock on PostgreSQL, the writer lock
  on SQLite), and it reveals entries cut off the end of the log.

The hooks that fill the log on every flush live in :mod:`rpl_desktop.store.audit_chain` (imported at
the end of this module, so whoever maps the schema gets the hooks too).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base

GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of entry 1 (and the head's hash while the log is empty)."""


class AppUserRecord(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntryRecord(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(100))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    changes: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRecord(Base):
    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


import rpl_desktop.store.audit_chain  # noqa: E402, F401 - installs the audit hooks on Session
