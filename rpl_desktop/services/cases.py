"""Cases: create with a case number, list with filters, move through statuses and phases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rpl_desktop.domain import security
from rpl_desktop.domain.cases import (
    DEFAULT_CASE_NUMBER_PATTERN,
    Case,
    CaseStatus,
    Phase,
    Purpose,
    check_transition,
    format_case_number,
    validate_case_number_pattern,
)
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError
from rpl_desktop.domain.register import LANGUAGES, MAX_TEXT
from rpl_desktop.domain.text import clean_text
from rpl_desktop.services import users
from rpl_desktop.services.candidates import word_range
from rpl_desktop.services.conflicts import conflict, iso
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import (
    CandidateRecord,
    CaseCounterRecord,
    CaseRecord,
    SearchTokenRecord,
    StandardRecord,
)

PATTERN_SETTING = "case_number_pattern"
_PHASE_COLUMNS = {
    Phase.VEILEDNING: "veiledning_on",
    Phase.KARTLEGGING: "kartlegging_on",
    Phase.VURDERING: "vurdering_on",
    Phase.DOKUMENTASJON: "dokumentasjon_on",
}


@dataclass(frozen=True)
class CaseRow:
    """A line of the case list."""

    id: int
    number: str
    candidate_id: int
    candidate_name: str
    standard_uid: str
    standard_title: str
    purpose: Purpose
    status: CaseStatus
    caseworker: str
    phase: Phase | None
    opened_on: date
    due_on: date | None

    def is_overdue(self, today: date | None = None) -> bool:
        today = today or date.today()
        return self.due_on is not None and self.due_on < today and self.status not in (
            CaseStatus.ISSUED, CaseStatus.CLOSED)


def _case(r: CaseRecord) -> Case:
    phases = {p: getattr(r, col) for p, col in _PHASE_COLUMNS.items() if getattr(r, col) is not None}
    return Case(
        id=r.id, number=r.number, candidate_id=r.candidate_id, standard_uid=r.standard_uid,
        purpose=Purpose(r.purpose), status=CaseStatus(r.status), caseworker=r.caseworker,
        phase_dates=phases, opened_on=r.opened_on, due_on=r.due_on, their_reference=r.their_reference,
        language=r.language, rule_profile_id=r.rule_profile_id,
        document_only_override=r.document_only_override, version=r.version,
    )


def case_number_pattern(db: Database) -> str:
    return db.get_setting(PATTERN_SETTING, DEFAULT_CASE_NUMBER_PATTERN)


def set_case_number_pattern(db: Database, pattern: str) -> None:
    users.require(db, security.CHANGE_SETTINGS)
    db.set_setting(PATTERN_SETTING, validate_case_number_pattern(pattern.strip()))


def _next_number(s: Session, pattern: str, year: int) -> str:
    """Take the next running number for ``year`` inside the caller's transaction.

    The UPDATE takes the write lock on the counter row, so two caseworkers creating cases at the same
    moment get different numbers on SQLite and PostgreSQL alike.
    """
    for _attempt in range(3):
        bumped = s.execute(
            update(CaseCounterRecord).where(CaseCounterRecord.year == year)
            .values(last=CaseCounterRecord.last + 1).returning(CaseCounterRecord.last)
        ).scalar()
        if bumped is not None:
            return format_case_number(pattern, year, int(bumped))
        try:
            with s.begin_nested():
                s.add(CaseCounterRecord(year=year, last=1))
            return format_case_number(pattern, year, 1)
        except IntegrityError:
            continue  # someone else created the year's counter first: bump it instead
    raise RplError("Could not take a case number; try again.")


def _validate(case: Case) -> None:
    if case.language and case.language not in LANGUAGES:
        raise ValidationError("language", "Choose nb, nn, en or sv, or leave empty for the candidate's målform.")
    if case.due_on is not None and case.due_on < case.opened_on:
        raise ValidationError("due_on", "The due date is before the case was opened.")
    case.caseworker = clean_text(case.caseworker, field="caseworker", max_length=200,
                                 label="The caseworker's name")
    case.their_reference = clean_text(case.their_reference, field="their_reference", max_length=100,
                                      label="Their reference")
    case.document_only_override = clean_text(case.document_only_override, field="override",
                                             max_length=MAX_TEXT, multiline=True, label="The reason")


def create_case(db: Database, case: Case) -> Case:
    """Open a case for a candidate and a target standard, with the next case number."""
    users.require(db, security.EDIT_CASES)
    _validate(case)
    now = datetime.now()
    pattern = case_number_pattern(db)
    with db.transaction() as s:
        if s.get(CandidateRecord, case.candidate_id) is None:
            raise RplError("The candidate no longer exists; the case was not created.")
        if s.scalar(select(StandardRecord.id).where(StandardRecord.uid == case.standard_uid)) is None:
            raise RplError("The target standard is not in the catalogue. Import it first.")
        for _attempt in range(5):
            number = _next_number(s, pattern, case.opened_on.year)
            if s.scalar(select(CaseRecord.id).where(CaseRecord.number == number)) is None:
                break
        else:
            raise RplError("The case number pattern keeps producing numbers already in use; change it in Settings.")
        record = CaseRecord(
            number=number, candidate_id=case.candidate_id, standard_uid=case.standard_uid,
            purpose=case.purpose.value, status=CaseStatus.DRAFT.value, caseworker=case.caseworker,
            opened_on=case.opened_on, due_on=case.due_on, their_reference=case.their_reference,
            language=case.language, rule_profile_id=case.rule_profile_id, document_only_override="",
            created_at=now, updated_at=now,
        )
        for phase, when in case.phase_dates.items():
            setattr(record, _PHASE_COLUMNS[phase], when)
        s.add(record)
        s.flush()
        return _case(record)


def get_case(db: Database, case_id: int) -> Case:
    with db.read() as s:
        record = s.get(CaseRecord, case_id)
        if record is None:
            raise RplError(f"Case {case_id} does not exist.")
        return _case(record)


# The fields a conflict view compares (the phases by their names), and the free-text ones among them.
CASE_FIELDS = ("status", "caseworker", "due_on", "their_reference", "language", "rule_profile_id",
               "document_only_override", *(p.value for p in _PHASE_COLUMNS))
CASE_TEXT_FIELDS = frozenset({"document_only_override"})


def case_values(case: Case) -> dict[str, str]:
    """The case's editable fields as plain text (dates ISO, the status as its code)."""
    values = {
        "status": case.status.value, "caseworker": case.caseworker, "due_on": iso(case.due_on),
        "their_reference": case.their_reference, "language": case.language,
        "rule_profile_id": case.rule_profile_id, "document_only_override": case.document_only_override,
    }
    for phase in _PHASE_COLUMNS:
        values[phase.value] = iso(case.phase_dates.get(phase))
    return values


def case_with_values(case: Case, values: dict[str, str], *, version: int) -> Case:
    """``case`` with the fields of ``values`` (a merged result) and ``version``: ready to save again."""
    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    phases = {p: d for p in _PHASE_COLUMNS if (d := day(values.get(p.value, ""))) is not None}
    return replace(
        case, status=CaseStatus(values.get("status", case.status.value)),
        caseworker=values.get("caseworker", ""), due_on=day(values.get("due_on", "")),
        their_reference=values.get("their_reference", ""), language=values.get("language", ""),
        rule_profile_id=values.get("rule_profile_id", ""),
        document_only_override=values.get("document_only_override", ""), phase_dates=phases, version=version,
    )


def _case_conflict(s: Session, record: CaseRecord, case: Case, opened: Case | None,
                   message: str) -> ConflictError:
    return conflict(
        s, message, kind="case", entity="rpl_case", entity_id=record.id,
        original=case_values(opened) if opened is not None and opened.id == record.id else {},
        theirs=case_values(_case(record)), mine=case_values(case), their_version=record.version,
        updated_at=record.updated_at, text_fields=CASE_TEXT_FIELDS, context={"number": record.number},
        opened_version=case.version,
    )


def save_case(db: Database, case: Case, *, opened: Case | None = None) -> Case:
    """Save the editable fields (caseworker, dates, references, language, override, phases, status).

    Status changes follow :data:`rpl_desktop.domain.cases.TRANSITIONS`. ``case.version`` must be the
    version the user opened and ``opened`` the case as opened (the conflict view's "original"); a stale
    version raises ConflictError (original / theirs / mine) and changes nothing.
    """
    assert case.id is not None
    users.check_status_move(db, case.id, case.status.value)  # roles and the two-person rule
    _validate(case)
    try:
        with db.transaction() as s:
            record = s.get(CaseRecord, case.id)
            if record is None:
                raise RplError("The case has been deleted in the meantime; nothing was saved.")
            if record.version != case.version:
                raise _case_conflict(
                    s, record, case, opened,
                    "Someone else changed this case after you opened it. Compare their changes with yours, "
                    "or reopen the case and make yours again.",
                )
            check_transition(CaseStatus(record.status), case.status)
            record.status = case.status.value
            record.caseworker, record.due_on = case.caseworker, case.due_on
            record.their_reference, record.language = case.their_reference, case.language
            record.rule_profile_id = case.rule_profile_id
            record.document_only_override = case.document_only_override.strip()
            for phase, col in _PHASE_COLUMNS.items():
                setattr(record, col, case.phase_dates.get(phase))
            record.updated_at = datetime.now()
            s.flush()
            return _case(record)
    except StaleDataError:
        with db.read() as s:
            record = s.get(CaseRecord, case.id)
            if record is None:
                raise RplError("The case has been deleted in the meantime; nothing was saved.") from None
            raise _case_conflict(
                s, record, case, opened,
                "Someone else changed this case while you were saving. Compare their changes with yours, "
                "or reopen the case and make yours again.",
            ) from None


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: CaseStatus | None = None
    caseworker: str = ""
    standard_uid: str = ""
    phase: Phase | None = None
    overdue_on: date | None = None  # only cases overdue on that day
    candidate_id: int | None = None


def list_cases(db: Database, flt: CaseFilter = CaseFilter(), *, limit: int = 500) -> list[CaseRow]:
    stmt = (
        select(CaseRecord, CandidateRecord.given_name, CandidateRecord.family_name, StandardRecord.title)
        .join(CandidateRecord, CandidateRecord.id == CaseRecord.candidate_id)
        .join(StandardRecord, StandardRecord.uid == CaseRecord.standard_uid)
    )
    if flt.status is not None:
        stmt = stmt.where(CaseRecord.status == flt.status.value)
    if flt.candidate_id is not None:
        stmt = stmt.where(CaseRecord.candidate_id == flt.candidate_id)
    if flt.caseworker:
        stmt = stmt.where(CaseRecord.caseworker == flt.caseworker)
    if flt.standard_uid:
        stmt = stmt.where(CaseRecord.standard_uid == flt.standard_uid)
    if flt.phase is not None:
        order = list(_PHASE_COLUMNS)
        later = order[order.index(flt.phase) + 1:]
        stmt = stmt.where(getattr(CaseRecord, _PHASE_COLUMNS[flt.phase]).is_not(None),
                          *[getattr(CaseRecord, _PHASE_COLUMNS[p]).is_(None) for p in later])
    if flt.overdue_on is not None:
        stmt = stmt.where(CaseRecord.due_on < flt.overdue_on,
                          CaseRecord.status.not_in([CaseStatus.ISSUED.value, CaseStatus.CLOSED.value]))
    for word in flt.text.split():
        like = f"%{word.lower()}%"
        by_name = select(SearchTokenRecord.candidate_id).where(word_range(word))
        stmt = stmt.where(or_(
            CaseRecord.number.startswith(word, autoescape=True),
            CaseRecord.candidate_id.in_(by_name),
            func.lower(StandardRecord.title).like(like),
            func.lower(StandardRecord.code).like(like),
        ))
    stmt = stmt.order_by(CaseRecord.opened_on.desc(), CaseRecord.id.desc()).limit(limit)
    rows = []
    with db.read() as s:
        for record, given, family, title in s.execute(stmt):
            case = _case(record)
            rows.append(CaseRow(
                id=record.id, number=record.number, candidate_id=record.candidate_id,
                candidate_name=f"{given} {family}", standard_uid=record.standard_uid, standard_title=title,
                purpose=case.purpose, status=case.status, caseworker=record.caseworker,
                phase=case.current_phase, opened_on=record.opened_on, due_on=record.due_on,
            ))
    return rows


def cases_for_candidate(db: Database, candidate_id: int) -> list[CaseRow]:
    return list_cases(db, CaseFilter(candidate_id=candidate_id))


def caseworkers(db: Database) -> list[str]:
    with db.read() as s:
        names = s.scalars(select(CaseRecord.caseworker).where(and_(CaseRecord.caseworker != "")).distinct())
        return sorted(names)
