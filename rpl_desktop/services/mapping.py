"""The mapping matrix of a case: load it, link evidence, record methods and judgements.

Everything is keyed by the outcome's stable uid, so a matrix survives re-ordering of a standard's
outcomes and a case exported to a file and imported elsewhere keeps its judgements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rpl_desktop.domain import security
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError
from rpl_desktop.domain.interview import GuideItem, interview_guide
from rpl_desktop.domain.mapping import (
    EvidenceItem,
    EvidenceKindRef,
    Indicators,
    Judgement,
    MappingResult,
    Method,
    OutcomeAssessment,
    evaluate,
    indicators,
)
from rpl_desktop.domain.register import MAX_TEXT, Candidate
from rpl_desktop.domain.text import clean_text
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import users
from rpl_desktop.services.candidates import get_candidate
from rpl_desktop.services.catalogue import StandardView, load_standard_view
from rpl_desktop.services.conflicts import conflict
from rpl_desktop.services.evidence import list_evidence
from rpl_desktop.services.history import list_courses, list_exams, list_periods
from rpl_desktop.services.suggest import Document, Ranker, Suggestion
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import EvidenceLinkRecord, JudgementRecord

CURRENCY_SETTING = "evidence_currency_years"
DEFAULT_CURRENCY_YEARS = 5


@dataclass
class MatrixRow:
    assessment: OutcomeAssessment
    indicators: Indicators
    suggestions: list[Suggestion] = field(default_factory=list)
    version: int = 0  # the stored judgement's version (0: none saved yet); saving carries it back


@dataclass
class Matrix:
    case: Case
    candidate: Candidate
    standard: StandardView
    rows: list[MatrixRow]
    result: MappingResult
    available: list[EvidenceItem]  # everything of the candidate's that can be linked
    reference: date
    currency_years: int

    def row(self, outcome_uid: str) -> MatrixRow:
        for row in self.rows:
            if row.assessment.outcome.uid == outcome_uid:
                return row
        raise KeyError(outcome_uid)

    def guide(self, lang: str) -> list[GuideItem]:
        return interview_guide([r.assessment for r in self.rows], lang)


def currency_years(db: Database) -> int:
    try:
        return max(1, int(db.get_setting(CURRENCY_SETTING, str(DEFAULT_CURRENCY_YEARS))))
    except ValueError:
        return DEFAULT_CURRENCY_YEARS


def candidate_evidence(db: Database, candidate_id: int, reference: date) -> tuple[list[EvidenceItem], list[Document]]:
    """Every linkable item of a candidate's history, with its text for suggestions."""
    items: list[EvidenceItem] = []
    docs: list[Document] = []
    files = list_evidence(db, candidate_id)
    verified_periods = {f.period_id for f in files if f.verified and f.period_id is not None}
    for p in list_periods(db, candidate_id):
        assert p.id is not None
        years = f"{p.start.year}–{p.end.year if p.end else ''}"
        label = f"{p.employer}{f' ({p.role})' if p.role else ''} {years}"
        signed = bool(p.attest_signer_name and p.attest_date)
        items.append(EvidenceItem(
            EvidenceKindRef.PERIOD, p.id, label, p.end or reference,
            self_declared=not (p.third_party_confirmed or signed),
            authentic=signed or p.id in verified_periods,
        ))
        docs.append(Document("period", p.id, label, f"{p.role} {p.tasks} {p.employer}"))
    for f in files:
        assert f.id is not None
        items.append(EvidenceItem(EvidenceKindRef.FILE, f.id, f"{f.filename} ({f.kind.value})", None,
                                  self_declared=False, authentic=f.verified))
    for e in list_exams(db, candidate_id):
        assert e.id is not None
        items.append(EvidenceItem(EvidenceKindRef.EXAM, e.id, f"{e.code} {e.result}".strip(), e.exam_date,
                                  self_declared=False, authentic=e.passed))
    for c in list_courses(db, candidate_id):
        assert c.id is not None
        label = f"{c.title} ({c.provider})"
        items.append(EvidenceItem(EvidenceKindRef.COURSE, c.id, label, c.completed_on,
                                  self_declared=False, authentic=False))
        docs.append(Document("course", c.id, label, f"{c.title} {c.provider}"))
    return items, docs


def load_matrix(db: Database, case_id: int, *, reference: date | None = None,
                with_suggestions: bool = True, lang: str = "") -> Matrix:
    case = case_service.get_case(db, case_id)
    candidate = get_candidate(db, case.candidate_id)
    standard = load_standard_view(db, case.standard_uid)
    reference = reference or date.today()
    lang = lang or case.language or candidate.language
    years = currency_years(db)
    available, docs = candidate_evidence(db, case.candidate_id, reference)
    by_key = {(i.kind.value, i.ref_id): i for i in available}
    with db.read() as s:
        judgements = {j.outcome_uid: j for j in s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id))}
        links: dict[str, list[EvidenceItem]] = {}
        for link in s.scalars(select(EvidenceLinkRecord).where(EvidenceLinkRecord.case_id == case_id)
                              .order_by(EvidenceLinkRecord.id)):
            item = by_key.get((link.kind, link.ref_id))
            if item is not None:  # evidence deleted from the history since: the link lapses
                links.setdefault(link.outcome_uid, []).append(item)
    rows = []
    ranker = Ranker(docs, standard.language_for_matching(lang)) if with_suggestions else None
    for outcome in standard.outcomes:
        j = judgements.get(outcome.uid)
        a = OutcomeAssessment(
            outcome=outcome, evidence=links.get(outcome.uid, []),
            methods={Method(m) for m in j.methods.split(",") if m} if j else set(),
            judgement=Judgement(j.judgement) if j else Judgement.NOT_ASSESSED,
            reason=j.reason if j else "", notes=j.notes if j else "",
        )
        linked = {(e.kind.value, e.ref_id) for e in a.evidence}
        suggestions = []
        if ranker is not None and a.judgement == Judgement.NOT_ASSESSED:
            suggestions = [x for x in ranker.rank(outcome.text) if (x.kind, x.ref_id) not in linked]
        rows.append(MatrixRow(a, indicators(a, reference, years), suggestions, version=j.version if j else 0))
    result = evaluate([r.assessment for r in rows], group_credits=standard.group_credits,
                      programme_credits=standard.programme_credits,
                      document_only_override=case.document_only_override)
    return Matrix(case, candidate, standard, rows, result, available, reference, years)


def _check_outcome(db: Database, case: Case, outcome_uid: str) -> None:
    if case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED):
        raise RplError("The case is issued or closed; its judgements can no longer change. Reopen it by appeal.")
    standard = load_standard_view(db, case.standard_uid)
    if outcome_uid not in {o.uid for o in standard.outcomes}:
        raise ValidationError("outcome", f"'{outcome_uid}' is not an outcome of {standard.code}.")


JUDGEMENT_FIELDS = ("judgement", "methods", "reason", "notes")
JUDGEMENT_TEXT_FIELDS = frozenset({"reason", "notes"})


def judgement_values(judgement: Judgement, methods: set[Method] | frozenset[Method], reason: str,
                     notes: str) -> dict[str, str]:
    """One judgement as plain text for a conflict view: the judgement's code, the methods' codes joined by
    commas (sorted), the reason and the notes."""
    return {"judgement": judgement.value, "methods": ",".join(sorted(m.value for m in methods)),
            "reason": reason, "notes": notes}


def row_values(row: MatrixRow) -> dict[str, str]:
    """The judgement of a matrix row as :func:`judgement_values` gives it (what the user opened)."""
    a = row.assessment
    return judgement_values(a.judgement, a.methods, a.reason, a.notes)


def methods_from_values(text: str) -> set[Method]:
    return {Method(m) for m in text.split(",") if m}


def _judgement_conflict(s: Session, case_id: int, outcome_uid: str, record: JudgementRecord | None,
                        mine: dict[str, str], opened: dict[str, str] | None, version: int) -> ConflictError:
    if record is None:
        theirs = judgement_values(Judgement.NOT_ASSESSED, set(), "", "")
    else:
        theirs = judgement_values(Judgement(record.judgement), methods_from_values(record.methods),
                                  record.reason, record.notes)
    return conflict(
        s, "Someone else saved a judgement of this outcome after you opened it. Compare their judgement with "
        "yours, or reopen the case and make yours again.",
        kind="judgement", entity="judgement", entity_id=record.id if record is not None else None,
        original=opened, theirs=theirs, mine=mine, their_version=record.version if record is not None else 0,
        updated_at=record.updated_at if record is not None else None, text_fields=JUDGEMENT_TEXT_FIELDS,
        context={"case_id": case_id, "outcome_uid": outcome_uid}, opened_version=version,
    )


def set_judgement(db: Database, case_id: int, outcome_uid: str, judgement: Judgement, reason: str,
                  methods: set[Method], notes: str | None = None, *, version: int | None = None,
                  opened: dict[str, str] | None = None) -> None:
    """Record the judgement of one outcome (one transaction).

    ``version`` is the judgement's version the user opened (``MatrixRow.version``; 0 when none was
    saved) and ``opened`` its values then (:func:`row_values`). When it was saved by someone else since,
    ConflictError (original / theirs / mine) is raised and nothing changes. Without ``version`` (imports,
    demo data) the judgement is written as given.
    """
    users.require(db, security.EDIT_CASES)
    case = case_service.get_case(db, case_id)
    _check_outcome(db, case, outcome_uid)
    reason = clean_text(reason, field="reason", max_length=MAX_TEXT, multiline=True, label="The reason")
    if judgement != Judgement.NOT_ASSESSED and not reason:
        raise ValidationError("reason", "Give the reason for the judgement: what in the evidence shows it.")
    if judgement != Judgement.NOT_ASSESSED and not methods:
        raise ValidationError("methods", "Tick the method(s) used: documents, dialogue, practical test ...")
    if notes is not None:
        notes = clean_text(notes, field="notes", max_length=MAX_TEXT, multiline=True, label="The notes")
    mine = judgement_values(judgement, methods, reason,
                            notes if notes is not None else (opened or {}).get("notes", ""))
    try:
        with db.transaction() as s:
            record = s.scalar(select(JudgementRecord).where(JudgementRecord.case_id == case_id,
                                                            JudgementRecord.outcome_uid == outcome_uid))
            if version is not None and (record.version if record is not None else 0) != version:
                if notes is None and record is not None:  # notes not edited here: no part of the conflict
                    mine["notes"] = record.notes
                    opened = {**(opened or {}), "notes": record.notes} if opened else opened
                raise _judgement_conflict(s, case_id, outcome_uid, record, mine, opened, version)
            if record is None:
                record = JudgementRecord(case_id=case_id, outcome_uid=outcome_uid, notes="")
                s.add(record)
            record.judgement = judgement.value
            record.reason = reason
            record.methods = ",".join(sorted(m.value for m in methods))
            if notes is not None:
                record.notes = notes
            record.updated_at = datetime.now()
            s.flush()
    except (StaleDataError, IntegrityError):
        # saved (or first created) by someone else between our check and our write
        if version is None:
            raise
        with db.read() as s:
            record = s.scalar(select(JudgementRecord).where(JudgementRecord.case_id == case_id,
                                                            JudgementRecord.outcome_uid == outcome_uid))
            if (record.version if record is not None else 0) == version:
                raise  # not a concurrent save after all
            raise _judgement_conflict(s, case_id, outcome_uid, record, mine, opened, version) from None


def set_notes(db: Database, case_id: int, outcome_uid: str, notes: str, *,
              expected: str | None = None) -> None:
    """Interview notes for one outcome, captured during the conversation.

    ``expected`` is the notes as the user last saw them (loaded or saved); when someone else saved
    different notes since, ConflictError (original / theirs / mine of the notes) is raised and nothing
    changes. Without it the notes are written as given.
    """
    users.require(db, security.EDIT_CASES)
    case = case_service.get_case(db, case_id)
    _check_outcome(db, case, outcome_uid)
    notes = clean_text(notes, field="notes", max_length=MAX_TEXT, multiline=True, label="The notes")
    with db.transaction() as s:
        record = s.scalar(select(JudgementRecord).where(JudgementRecord.case_id == case_id,
                                                        JudgementRecord.outcome_uid == outcome_uid))
        if record is None:
            record = JudgementRecord(case_id=case_id, outcome_uid=outcome_uid, judgement="not_assessed",
                                     methods="", reason="")
            s.add(record)
        elif expected is not None and record.notes != expected.strip():
            raise conflict(
                s, "Someone else saved interview notes for this outcome while you were writing yours. "
                "Compare theirs with yours before you save again.",
                kind="judgement", entity="judgement", entity_id=record.id,
                original={"notes": expected.strip()}, theirs={"notes": record.notes}, mine={"notes": notes},
                their_version=record.version,
                updated_at=record.updated_at, text_fields=frozenset({"notes"}),
                context={"case_id": case_id, "outcome_uid": outcome_uid},
            )
        record.notes = notes
        record.updated_at = datetime.now()


def link_evidence(db: Database, case_id: int, outcome_uid: str, kind: EvidenceKindRef, ref_id: int) -> None:
    users.require(db, security.EDIT_CASES)
    case = case_service.get_case(db, case_id)
    _check_outcome(db, case, outcome_uid)
    available, _docs = candidate_evidence(db, case.candidate_id, date.today())
    if not any(i.kind == kind and i.ref_id == ref_id for i in available):
        raise RplError("That evidence is not in this candidate's history (it may have been deleted).")
    with db.transaction() as s:
        exists = s.scalar(select(EvidenceLinkRecord.id).where(
            EvidenceLinkRecord.case_id == case_id, EvidenceLinkRecord.outcome_uid == outcome_uid,
            EvidenceLinkRecord.kind == kind.value, EvidenceLinkRecord.ref_id == ref_id))
        if exists is None:
            s.add(EvidenceLinkRecord(case_id=case_id, outcome_uid=outcome_uid, kind=kind.value, ref_id=ref_id))


def unlink_evidence(db: Database, case_id: int, outcome_uid: str, kind: EvidenceKindRef, ref_id: int) -> None:
    users.require(db, security.EDIT_CASES)
    case = case_service.get_case(db, case_id)
    _check_outcome(db, case, outcome_uid)
    with db.transaction() as s:
        s.execute(delete(EvidenceLinkRecord).where(
            EvidenceLinkRecord.case_id == case_id, EvidenceLinkRecord.outcome_uid == outcome_uid,
            EvidenceLinkRecord.kind == kind.value, EvidenceLinkRecord.ref_id == ref_id))


def set_document_only_override(db: Database, case_id: int, reason: str, *,
                               expected: str | None = None) -> Case:
    """Accept a decision on documents alone, with the caseworker's recorded reason.

    ``expected`` is the reason the user saw when they began (usually none); if someone else recorded a
    different one since, ConflictError is raised and theirs stays.
    """
    case = case_service.get_case(db, case_id)
    if expected is not None and case.document_only_override.strip() != expected.strip():
        raise ConflictError(
            "Someone else recorded why documents alone are enough while you were writing. Close this window "
            "to read their reason; add to it if yours says more.", kind="case", entity_id=case_id)
    reason = clean_text(reason, field="override", max_length=MAX_TEXT, multiline=True, label="The reason")
    if len(reason) < 15:
        raise ValidationError("override", "Explain in a sentence why the documents are enough (at least 15 characters).")
    case.document_only_override = reason
    return case_service.save_case(db, case)


DECISION_STATES = (CaseStatus.PROPOSED, CaseStatus.APPROVED, CaseStatus.ISSUED)


def change_status(db: Database, case_id: int, new_status: CaseStatus, *,
                  expected_status: CaseStatus | None = None) -> Case:
    """Move a case on. A decision (proposed/approved/issued) needs a matrix without blockers."""
    users.check_status_move(db, case_id, new_status.value)  # roles and the two-person rule first
    case = case_service.get_case(db, case_id)
    if new_status in DECISION_STATES and new_status != case.status:
        if case.purpose == Purpose.KOMPETANSEKARTLEGGING:
            raise RplError("A competence map (kompetansekartlegging) leads to no decision. Open a case with "
                           "another purpose for a formal assessment.")
        matrix = load_matrix(db, case_id, with_suggestions=False)
        if matrix.result.blockers:
            raise RplError("The decision cannot be proposed yet: " + " ".join(matrix.result.blockers))
        if case.purpose == Purpose.PRAKSISKANDIDAT and new_status in (CaseStatus.APPROVED, CaseStatus.ISSUED):
            from rpl_desktop.services.praksis_case import approval_blockers, compute_case_praksis

            reasons = approval_blockers(compute_case_praksis(db, case_id).result)
            if reasons:
                raise RplError("The praksiskandidat case cannot be approved yet: " + " ".join(reasons))
    case = case_service.get_case(db, case_id)  # the praksis calculation may have recorded its profile
    if expected_status is not None and case.status != expected_status:
        raise ConflictError(
            "Someone else changed the status of this case while you had it open. Look at its status now "
            "and choose again.", kind="case", entity_id=case_id)
    case.status = new_status
    return case_service.save_case(db, case)


def credits_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}"
