"""ORM classes of a Swedish branschvalidering case (a case whose target is a branschmodell).

Per case: the component results (one row per attempt), the Swedish process phases (vägledning →
inledande kartläggning → fördjupad kartläggning → formell bedömning → erkännande/dokumentation), the
workplace sign-offs that prerequisite gates ask for, the assessor's signature of the formal assessment
(*bedömning*, one per case) and the history periods the caseworker tagged with a trade, from which the
documented hours per trade are summed. Everything belongs to the case and goes with it (ON DELETE
CASCADE); the unique constraints lead with ``case_id`` and so also serve as the per-case index. Scores
and hours are kept as exact decimal text ("72.5"), which reads back the same on SQLite and PostgreSQL;
the services parse it with :class:`decimal.Decimal`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base


class BranschResultRecord(Base):
    """One attempt at an assessment component. ``score`` is decimal text in the component's scale."""

    __tablename__ = "bransch_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"))
    component_id: Mapped[str] = mapped_column(String(60))
    date: Mapped[date] = mapped_column(Date)
    attempt: Mapped[int] = mapped_column(Integer)
    score: Mapped[str] = mapped_column(String(40))
    assessor_id: Mapped[str] = mapped_column(String(100), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    accreditation_id: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("case_id", "component_id", "attempt", name="uq_bransch_result_attempt"),
    )


class BranschPhaseRecord(Base):
    """One step of the Swedish validation process, as it happened in the case (one row per phase)."""

    __tablename__ = "bransch_phase"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"))
    phase: Mapped[str] = mapped_column(String(40))
    date: Mapped[date] = mapped_column(Date)
    actor_role: Mapped[str] = mapped_column(String(200), default="")
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("case_id", "phase", name="uq_bransch_phase_case_phase"),)


class BranschSignoffRecord(Base):
    """A workplace sign-off named by the model (e.g. "praktiska arbetsuppgifter"), with who and when."""

    __tablename__ = "bransch_signoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"))
    signoff: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("case_id", "signoff", name="uq_bransch_signoff_case_signoff"),)


class BedomningSignatureRecord(Base):
    """The certified assessor's signature of the formal assessment; at most one per case."""

    __tablename__ = "bransch_signature"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), unique=True)
    assessor_id: Mapped[str] = mapped_column(String(100))
    date: Mapped[date] = mapped_column(Date)
    signed_at: Mapped[datetime] = mapped_column(DateTime)


class BranschPeriodTagRecord(Base):
    """A history period the caseworker counts as work in ``trade`` for this case's hours gates.

    ``hours`` is the documented total from an employer's statement when one is given (decimal text);
    empty means the hours are computed from the period's dates and position percentage.
    """

    __tablename__ = "bransch_period_tag"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("history_period.id", ondelete="CASCADE"), index=True)
    trade: Mapped[str] = mapped_column(String(100))
    hours: Mapped[str] = mapped_column(String(30), default="")
    __table_args__ = (UniqueConstraint("case_id", "period_id", "trade", name="uq_bransch_period_tag_item"),)
