"""ORM classes for offline case files: base snapshots, check-outs and the record of each import.

* ``sync_base``: on a computer that received cases from another installation (the laptop), the field
  values of every entity as they were in the file it came in (the *base*). When the laptop sends the
  cases back, the file carries these next to the current values, so the office can compare three ways
  (original, office now, laptop now) and apply only real changes.
* ``sync_checkout``: in the office, a case that was taken offline: to whom/where, by whom, since when and
  in which file. Importing the file back clears it.
* ``sync_import``: every import of an offline file, per case: from which installation and file, who
  imported it, a summary of what was applied and how conflicts were resolved, and the audit trail the
  other installation kept for the case while it was away (so an appeal can still see it).

Alembic revision 0009 (``db/versions/0009_sync.py``) creates these tables (and the ``uid`` columns of
the records that travel); they must match it (tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base


class SyncBaseRecord(Base):
    """The base snapshot of one entity as received from ``origin`` (an installation id)."""

    __tablename__ = "sync_base"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String(30))
    # The entity's uid, or for entities identified by what they are about (a judgement: case + outcome)
    # that natural key written as text.
    entity_key: Mapped[str] = mapped_column(String(500))
    case_uid: Mapped[str] = mapped_column(String(36), index=True)
    base: Mapped[str] = mapped_column(Text)  # JSON object of field values
    origin: Mapped[str] = mapped_column(String(36))
    file_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("entity_kind", "entity_key", name="uq_sync_base_entity"),)


class SyncCheckoutRecord(Base):
    """A case taken offline from this installation and not yet brought back."""

    __tablename__ = "sync_checkout"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), unique=True)
    file_id: Mapped[str] = mapped_column(String(36))
    checked_out_to: Mapped[str] = mapped_column(String(200), default="")
    checked_out_by: Mapped[str] = mapped_column(String(200), default="")
    checked_out_at: Mapped[datetime] = mapped_column(DateTime)


class SyncImportRecord(Base):
    """One case arriving from an offline file (on either side)."""

    __tablename__ = "sync_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), index=True)
    file_id: Mapped[str] = mapped_column(String(36), index=True)
    from_installation: Mapped[str] = mapped_column(String(36))
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    exported_by: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # JSON: counts, resolutions
    remote_audit: Mapped[str] = mapped_column(Text, default="")  # JSON list of the other side's entries
