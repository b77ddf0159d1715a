"""Evidence files: attach, list, open a copy, remove."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from rpl_desktop.domain import security
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import Evidence, EvidenceKind
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.store.evidence_store import safe_filename
from rpl_desktop.store.records import CandidateRecord, EvidenceRecord, PeriodRecord


def _evidence(r: EvidenceRecord) -> Evidence:
    return Evidence(
        id=r.id, candidate_id=r.candidate_id, period_id=r.period_id, filename=r.filename,
        kind=EvidenceKind(r.kind), sha256=r.sha256, size=r.size, media_type=r.media_type,
        verified=r.verified, translated=r.translated,
    )


def attach_evidence(
    db: Database, candidate_id: int, source: Path, kind: EvidenceKind = EvidenceKind.OTHER,
    period_id: int | None = None,
) -> Evidence:
    """Copy ``source`` into the evidence store and record it for the candidate (and period)."""
    users.require(db, security.EDIT_REGISTER)
    with db.read() as s:
        if s.get(CandidateRecord, candidate_id) is None:
            raise RplError("Save the candidate before attaching files.")
        if period_id is not None:
            period = s.get(PeriodRecord, period_id)
            if period is None or period.candidate_id != candidate_id:
                raise RplError("The period to attach to no longer exists.")
        # An identical file already attached to this candidate is not stored twice.
    sha, size, media = db.evidence.put_file(source)
    with db.transaction() as s:
        existing = s.scalar(select(EvidenceRecord).where(
            EvidenceRecord.candidate_id == candidate_id, EvidenceRecord.sha256 == sha))
        if existing is not None:
            if period_id is not None and existing.period_id is None:
                existing.period_id = period_id
            return _evidence(existing)
        record = EvidenceRecord(
            candidate_id=candidate_id, period_id=period_id, filename=safe_filename(source.name),
            kind=kind.value, media_type=media, size=size, sha256=sha, verified=False, translated=False,
            added_at=datetime.now(),
        )
        s.add(record)
        s.flush()
        return _evidence(record)


def list_evidence(db: Database, candidate_id: int) -> list[Evidence]:
    with db.read() as s:
        rows = s.scalars(select(EvidenceRecord).where(EvidenceRecord.candidate_id == candidate_id)
                         .order_by(EvidenceRecord.added_at, EvidenceRecord.id))
        return [_evidence(r) for r in rows]


def update_evidence(db: Database, evidence: Evidence) -> Evidence:
    """Change the kind, the period link and the verified/translated flags."""
    users.require(db, security.EDIT_REGISTER)
    with db.transaction() as s:
        record = s.get(EvidenceRecord, evidence.id)
        if record is None:
            raise RplError("The attachment no longer exists.")
        record.kind = evidence.kind.value
        record.period_id = evidence.period_id
        record.verified = evidence.verified
        record.translated = evidence.translated
        s.flush()
        return _evidence(record)


def open_copy(db: Database, evidence_id: int, folder: Path) -> Path:
    """A copy of the stored file for viewing; the original is never opened."""
    with db.read() as s:
        record = s.get(EvidenceRecord, evidence_id)
        if record is None:
            raise RplError("The attachment no longer exists.")
        sha, name = record.sha256, record.filename
    if not db.evidence.verify(sha):
        raise RplError(
            f"The stored copy of '{name}' is missing or damaged (its checksum does not match). "
            "Restore the evidence folder from a backup."
        )
    return db.evidence.copy_out(sha, name, folder)


def remove_evidence(db: Database, evidence_id: int) -> None:
    """Remove the record; the file goes when no record refers to it any more."""
    users.require(db, security.EDIT_REGISTER)
    with db.transaction() as s:
        record = s.get(EvidenceRecord, evidence_id)
        if record is None:
            return
        sha = record.sha256
        s.delete(record)
        s.flush()
        still_used = s.scalar(select(func.count()).select_from(EvidenceRecord).where(EvidenceRecord.sha256 == sha))
    if not still_used:
        db.evidence.remove(sha)
