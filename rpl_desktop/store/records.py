"""ORM classes (``*Record``). Alembic (``db/``) owns the schema; these must match it (a test checks)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_uid() -> str:
    """A stable global id (UUID text) for a record that travels in offline case files."""
    return str(uuid4())


def _uid_column() -> Mapped[str]:
    # Unique index rather than a unique constraint and nullable at the schema level: migration 0009 adds
    # the column to existing tables with ALTER TABLE ... ADD COLUMN, without rebuilding them (a rebuild
    # of a parent table on SQLite with foreign keys on would cascade-delete its children). Every row
    # gets a uid: the migration fills the existing ones and this default the new ones.
    return mapped_column(String(36), nullable=True, unique=True, index=True, default=new_uid)


class SettingRecord(Base):
    """Small key/value settings kept with the data (e.g. whether demo data was offered)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrganisationRecord(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    org_number: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(100), default="")
    default_language: Mapped[str] = mapped_column(String(2), default="nb")
    address: Mapped[str] = mapped_column(Text, default="")
    signers: Mapped[list[SignerRecord]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="SignerRecord.position"
    )


class SignerRecord(Base):
    __tablename__ = "signer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[OrganisationRecord] = relationship(back_populates="signers")


class CandidateRecord(Base):
    __tablename__ = "candidate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[str] = mapped_column(String(420), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    id_type: Mapped[str] = mapped_column(String(20), default="none")
    national_id: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NO")
    language: Mapped[str] = mapped_column(String(2), default="nb")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    periods: Mapped[list[PeriodRecord]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": version}


class SearchTokenRecord(Base):
    """Words of a candidate's name for prefix search at any scale.

    The candidate's ``sort_key`` is repeated here so that one index range scan yields the matches
    already in list order, and the primary key (candidate, token) answers "does this candidate also
    match the next word" with one probe.
    """

    __tablename__ = "search_token"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(60), primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(420))
    __table_args__ = (Index("ix_search_token_token", "token", "sort_key", "candidate_id"),)


class PeriodRecord(Base):
    __tablename__ = "history_period"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    employer: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2), default="NO")
    role: Mapped[str] = mapped_column(String(200), default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    fte_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    hours_per_week: Mapped[float | None] = mapped_column(Float, nullable=True)
    third_party_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    attest_issued_by: Mapped[str] = mapped_column(String(200), default="")
    attest_signer_name: Mapped[str] = mapped_column(String(200), default="")
    attest_signer_title: Mapped[str] = mapped_column(String(200), default="")
    attest_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    attest_letterhead: Mapped[bool] = mapped_column(Boolean, default=False)
    candidate: Mapped[CandidateRecord] = relationship(back_populates="periods")


class SchoolingRecord(Base):
    __tablename__ = "schooling"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    programme: Mapped[str] = mapped_column(String(200))
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    in_school: Mapped[bool] = mapped_column(Boolean, default=True)
    yff_relevant: Mapped[bool] = mapped_column(Boolean, default=False)


class ExamRecord(Base):
    __tablename__ = "exam"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    exam_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(String(50), default="")
    passed: Mapped[bool] = mapped_column(Boolean, default=False)


class CourseRecord(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    provider: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class EvidenceRecord(Base):
    """An evidence file. The bytes live in the evidence store under their SHA-256, never renamed."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int | None] = mapped_column(
        ForeignKey("history_period.id", ondelete="SET NULL"), nullable=True, index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(30))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    translated: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("candidate_id", "sha256", name="uq_evidence_candidate_sha"),)


class StandardRecord(Base):
    """A target standard of the catalogue (emne, utdanning, lærefag, admission, branschmodell).

    ``payload`` holds the standard in the catalogue's own JSON format, so import and export lose
    nothing; ``uid`` identifies one version of one standard.
    """

    __tablename__ = "standard"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    code: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    sample: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class CaseCounterRecord(Base):
    """The last running number used for case numbers in a year."""

    __tablename__ = "case_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class CaseRecord(Base):
    __tablename__ = "rpl_case"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    number: Mapped[str] = mapped_column(String(40), unique=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="RESTRICT"), index=True)
    standard_uid: Mapped[str] = mapped_column(ForeignKey("standard.uid", ondelete="RESTRICT"), index=True)
    purpose: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), index=True)
    caseworker: Mapped[str] = mapped_column(String(200), default="", index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    their_reference: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(2), default="")
    rule_profile_id: Mapped[str] = mapped_column(String(100), default="")
    document_only_override: Mapped[str] = mapped_column(Text, default="")
    veiledning_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    kartlegging_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    vurdering_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    dokumentasjon_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class JudgementRecord(Base):
    """The caseworker's judgement of one outcome in one case, with methods, reason and notes."""

    __tablename__ = "judgement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), index=True)
    outcome_uid: Mapped[str] = mapped_column(String(300))
    judgement: Mapped[str] = mapped_column(String(20), default="not_assessed")
    methods: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("case_id", "outcome_uid", name="uq_judgement_case_outcome"),)
    __mapper_args__ = {"version_id_col": version}


class EvidenceLinkRecord(Base):
    """Evidence (a period, file, exam, course or test) linked to an outcome in a case."""

    __tablename__ = "evidence_link"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _uid_column()
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="CASCADE"), index=True)
    outcome_uid: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("case_id", "outcome_uid", "kind", "ref_id", name="uq_evidence_link_item"),
    )
