"""ORM classes for: Personal data: retention, erasure and anonymisation marks.

Alembic revision 0008 (``db/versions/0008_privacy.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).

``privacy_action`` is the log of what was done with a candidate's personal data (an export for the
candidate, an erasure, an anonymisation, an appeal bundle): when, by whom, why, and counts. It holds no
personal data and no foreign key, so it outlives the candidate it names by id. ``anonymised_candidate``
marks a candidate whose personal data has been removed; it goes with the candidate (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base

PRIVACY_ACTIONS = ("export", "erase", "anonymise", "appeal_bundle")


class PrivacyActionRecord(Base):
    """One export, erasure, anonymisation or appeal bundle. ``counts`` is JSON ({"periods": 3, ...})."""

    __tablename__ = "privacy_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(20))
    candidate_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")


class AnonymisedCandidateRecord(Base):
    """A candidate whose personal data was removed; the case skeleton is kept for its retention period."""

    __tablename__ = "anonymised_candidate"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    anonymised_at: Mapped[datetime] = mapped_column(DateTime)
    action_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
