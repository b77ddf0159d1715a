"""ORM classes for: No lost work: autosaved drafts and resumable batch jobs.

Alembic revision 0007 (``db/versions/0007_work.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).

* :class:`DraftRecord` -- the unsaved state of one form (the candidate editor, the judgements of a case)
  as JSON, written a few seconds after the user stops typing, in its own short transaction, never
  touching the real records. One draft per form kind, record ("new" for a record not saved yet) and user.
  Drafts hold personal data, so they live in the (encrypted) database only.
* :class:`BatchJobRecord` and its :class:`BatchItemRecord` rows -- a batch of certificates, one row per
  case. Each item is committed on its own: its certificate number is recorded in the same transaction
  that takes it (state *reserved*), and the issued document's id in the same transaction that stores
  the document (state *done*), so a batch killed at any moment can be resumed without a duplicate and
  without losing a number.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base


class DraftRecord(Base):
    """Unsaved form state of ``form`` (the kind of form) for ``entity`` (the record's id or "new") and
    ``username``."""

    __tablename__ = "draft"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    username: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("form", "entity", "username", name="uq_draft_key"),)


class BatchJobRecord(Base):
    """One batch run: ``state`` running / interrupted / done / cancelled; ``params`` (JSON) say how to
    run it again; ``owner`` (host and process id) and ``updated_at`` tell a live run from a dead one."""

    __tablename__ = "batch_job"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(20), index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    owner: Mapped[str] = mapped_column(String(200), default="")
    params: Mapped[str] = mapped_column(Text, default="{}")


class BatchItemRecord(Base):
    """One case of a batch: ``state`` pending / reserved / done / skipped / failed.

    ``certificate_number`` is the number taken for it (recorded in the transaction that took it);
    ``document_id`` the issued document it printed. A number recorded here that is on no document (an
    item that could not be issued after all) is *void*: it is never given to another document.
    """

    __tablename__ = "batch_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("batch_job.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("rpl_case.id", ondelete="SET NULL"), nullable=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str | None] = mapped_column(String(2), nullable=True)
    state: Mapped[str] = mapped_column(String(20))
    certificate_number: Mapped[str | None] = mapped_column(String(60), unique=True, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("issued_document.id", ondelete="SET NULL"), nullable=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("job_id", "position", name="uq_batch_item_position"),)
