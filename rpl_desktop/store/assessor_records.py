"""ORM classes for: external assessors (fagkonsulent, yrkesbedömare) and the judgements they return.

Alembic revision 0010 (``db/versions/0010_assessor.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).

An :class:`AssessorPackageRecord` is one encrypted package sent to an external assessor: which case,
to whom, which outcomes (with the version of each judgement at export, so a later import sees what the
office changed meanwhile), which evidence files, the SHA-256 of the file written, and its state
(``sent`` until the response is imported, then ``returned``). An :class:`ExternalJudgementRecord` is one
judgement the assessor returned, with the assessor's identity, kept whether or not it was applied to
the case's own judgement.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base


class AssessorPackageRecord(Base):
    __tablename__ = "assessor_package"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_uid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), index=True)
    assessor_name: Mapped[str] = mapped_column(String(200))
    office_name: Mapped[str] = mapped_column(String(200), default="")
    # JSON: [{"uid": ..., "code": ..., "version": judgement version at export (0: none yet)}]
    outcomes: Mapped[str] = mapped_column(Text)
    # JSON: [{"id": evidence id, "sha256": ..., "filename": ...}]
    evidence: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(255), default="")
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(200), default="")
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    response_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ExternalJudgementRecord(Base):
    __tablename__ = "external_judgement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("assessor_package.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), index=True)
    outcome_uid: Mapped[str] = mapped_column(String(300))
    judgement: Mapped[str] = mapped_column(String(20))
    methods: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assessor_name: Mapped[str] = mapped_column(String(200))
    assessor_role: Mapped[str] = mapped_column(String(100), default="")
    assessor_organisation: Mapped[str] = mapped_column(String(200), default="")
    assessed_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("package_id", "outcome_uid", name="uq_external_judgement_package_outcome"),
    )
