"""A candidate's work and learning history: periods, schooling, exams and non-formal courses."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import select

from rpl_desktop.domain import security
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import (
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
    validate_course,
    validate_exam,
    validate_period,
    validate_schooling,
)
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, CourseRecord, ExamRecord, PeriodRecord, SchoolingRecord

T = TypeVar("T")

_PERIOD_FIELDS = [f.name for f in dataclasses.fields(HistoryPeriod) if f.name not in ("id", "candidate_id", "kind")]


def _period(r: PeriodRecord) -> HistoryPeriod:
    values: dict[str, Any] = {name: getattr(r, name) for name in _PERIOD_FIELDS}
    return HistoryPeriod(kind=PeriodKind(r.kind), id=r.id, candidate_id=r.candidate_id, **values)


def _require_candidate(db_session: Any, candidate_id: int | None) -> int:
    if candidate_id is None or db_session.get(CandidateRecord, candidate_id) is None:
        raise RplError("Save the candidate first; the history belongs to a saved candidate.")
    return candidate_id


def list_periods(db: Database, candidate_id: int) -> list[HistoryPeriod]:
    with db.read() as s:
        rows = s.scalars(
            select(PeriodRecord).where(PeriodRecord.candidate_id == candidate_id)
            .order_by(PeriodRecord.start, PeriodRecord.id)
        )
        return [_period(r) for r in rows]


def save_period(db: Database, period: HistoryPeriod) -> HistoryPeriod:
    """Validate and save one period in one transaction."""
    users.require(db, security.EDIT_REGISTER)
    validate_period(period)
    with db.transaction() as s:
        cid = _require_candidate(s, period.candidate_id)
        if period.id is None:
            record = PeriodRecord(candidate_id=cid)
            s.add(record)
        else:
            found = s.get(PeriodRecord, period.id)
            if found is None:
                raise RplError("This period has been deleted in the meantime; nothing was saved.")
            record = found
        record.kind = period.kind.value
        for name in _PERIOD_FIELDS:
            setattr(record, name, getattr(period, name))
        s.flush()
        return _period(record)


def get_period(db: Database, period_id: int) -> HistoryPeriod:
    with db.read() as s:
        record = s.get(PeriodRecord, period_id)
        if record is None:
            raise RplError("The period no longer exists.")
        return _period(record)


def duplicate_period(db: Database, period_id: int) -> HistoryPeriod:
    copy = dataclasses.replace(get_period(db, period_id), id=None)
    return save_period(db, copy)


def delete_period(db: Database, period_id: int) -> HistoryPeriod | None:
    """Delete a period; returns what was deleted so the caller can offer undo (save it again)."""
    users.require(db, security.EDIT_REGISTER)
    with db.transaction() as s:
        record = s.get(PeriodRecord, period_id)
        if record is None:
            return None
        gone = _period(record)
        s.delete(record)
        return gone


def _save_simple(db: Database, item: Any, record_cls: Any, fields: list[str]) -> Any:
    users.require(db, security.EDIT_REGISTER)
    with db.transaction() as s:
        cid = _require_candidate(s, item.candidate_id)
        record = record_cls(candidate_id=cid) if item.id is None else s.get(record_cls, item.id)
        if record is None:
            raise RplError("This entry has been deleted in the meantime; nothing was saved.")
        if item.id is None:
            s.add(record)
        for name in fields:
            value = getattr(item, name)
            setattr(record, name, value.value if hasattr(value, "value") and name == "level" else value)
        s.flush()
        return dataclasses.replace(item, id=record.id)


def _delete_simple(db: Database, record_cls: Any, item_id: int) -> None:
    users.require(db, security.EDIT_REGISTER)
    with db.transaction() as s:
        record = s.get(record_cls, item_id)
        if record is not None:
            s.delete(record)


_SCHOOL_FIELDS = ["level", "programme", "passed", "year", "in_school", "yff_relevant"]
_EXAM_FIELDS = ["code", "exam_date", "result", "passed"]
_COURSE_FIELDS = ["provider", "title", "hours", "completed_on"]


def save_schooling(db: Database, item: Schooling) -> Schooling:
    return _save_simple(db, validate_schooling(item), SchoolingRecord, _SCHOOL_FIELDS)  # type: ignore[no-any-return]


def save_exam(db: Database, item: Exam) -> Exam:
    return _save_simple(db, validate_exam(item), ExamRecord, _EXAM_FIELDS)  # type: ignore[no-any-return]


def save_course(db: Database, item: Course) -> Course:
    return _save_simple(db, validate_course(item), CourseRecord, _COURSE_FIELDS)  # type: ignore[no-any-return]


def delete_schooling(db: Database, item_id: int) -> None:
    _delete_simple(db, SchoolingRecord, item_id)


def delete_exam(db: Database, item_id: int) -> None:
    _delete_simple(db, ExamRecord, item_id)


def delete_course(db: Database, item_id: int) -> None:
    _delete_simple(db, CourseRecord, item_id)


def list_schooling(db: Database, candidate_id: int) -> list[Schooling]:
    with db.read() as s:
        rows = s.scalars(select(SchoolingRecord).where(SchoolingRecord.candidate_id == candidate_id)
                         .order_by(SchoolingRecord.level, SchoolingRecord.id))
        return [Schooling(level=SchoolLevel(r.level), programme=r.programme, passed=r.passed, year=r.year,
                          in_school=r.in_school, yff_relevant=r.yff_relevant, id=r.id,
                          candidate_id=r.candidate_id) for r in rows]


def list_exams(db: Database, candidate_id: int) -> list[Exam]:
    with db.read() as s:
        rows = s.scalars(select(ExamRecord).where(ExamRecord.candidate_id == candidate_id)
                         .order_by(ExamRecord.exam_date, ExamRecord.id))
        return [Exam(code=r.code, exam_date=r.exam_date, result=r.result, passed=r.passed, id=r.id,
                     candidate_id=r.candidate_id) for r in rows]


def list_courses(db: Database, candidate_id: int) -> list[Course]:
    with db.read() as s:
        rows = s.scalars(select(CourseRecord).where(CourseRecord.candidate_id == candidate_id)
                         .order_by(CourseRecord.completed_on, CourseRecord.id))
        return [Course(provider=r.provider, title=r.title, hours=r.hours, completed_on=r.completed_on,
                       id=r.id, candidate_id=r.candidate_id) for r in rows]
