"""Move one case between data stores as a case file (``rpl-desktop case export`` / ``case import``).

Export writes the candidate, the whole history, the target standard (inline, so the receiving store
needs nothing else), the case's fields and its judgements with their evidence links. Import creates
all of it in one transaction: either the whole case arrives or nothing does.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.catalogue import Catalogue, Laerefag, Standard
from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.domain.register import (
    Candidate,
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
)
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import mapping as mapping_service
from rpl_desktop.services.candidates import get_candidate, save_candidate
from rpl_desktop.services.casefile import FORMAT, FORMAT_VERSION
from rpl_desktop.services.catalogue import _store, get_standard
from rpl_desktop.services.catalogue_io import standard_from_json, standard_to_json
from rpl_desktop.services.evidence import list_evidence
from rpl_desktop.services.history import (
    list_courses,
    list_exams,
    list_periods,
    list_schooling,
    save_course,
    save_exam,
    save_period,
    save_schooling,
)
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord, EvidenceLinkRecord, JudgementRecord

log = logging.getLogger(__name__)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _school_years(db: Database, candidate_id: int, std: Any) -> list[Any]:
    """Schooling with its relation to the target trade decided as the praksis calculation decides it."""
    from rpl_desktop.domain.praksis import SchoolLevel as PraksisLevel
    from rpl_desktop.domain.praksis import SchoolRelation, SchoolYear
    from rpl_desktop.services.praksis_case import school_years

    schooling = list_schooling(db, candidate_id)
    if isinstance(std, Laerefag) and std.required_praksis_hours is not None and std.laeretid_years is not None:
        return school_years(schooling, std.to_trade(), std)
    return [SchoolYear(PraksisLevel.HIGHER_EDUCATION if s.level == SchoolLevel.HIGHER else PraksisLevel(s.level.value),
                       SchoolRelation.OTHER, s.passed, s.yff_relevant, s.in_school, s.year, s.programme)
            for s in schooling]


def export_case(db: Database, case_id: int) -> dict[str, Any]:
    case = case_service.get_case(db, case_id)
    cand = get_candidate(db, case.candidate_id)
    std = get_standard(db, case.standard_uid)
    periods = list_periods(db, cand.id)  # type: ignore[arg-type]
    exams = list_exams(db, cand.id)  # type: ignore[arg-type]
    courses = list_courses(db, cand.id)  # type: ignore[arg-type]
    files = list_evidence(db, cand.id)  # type: ignore[arg-type]
    ref = {("period", p.id): f"p{p.id}" for p in periods}
    ref |= {("exam", e.id): f"e{e.id}" for e in exams}
    ref |= {("course", c.id): f"c{c.id}" for c in courses}
    ref |= {("file", f.id): f"f{f.id}" for f in files}
    target: dict[str, Any] = {"kind": "standard", "purpose": case.purpose.value, "standard": standard_to_json(std)}
    if case.purpose == Purpose.PRAKSISKANDIDAT and isinstance(std, Laerefag):
        target |= {"kind": "praksiskandidat", "trade": std.code}
        if std.required_praksis_hours is not None:
            target["required_hours"] = float(std.required_praksis_hours)
        if std.laeretid_years is not None:
            target["laeretid_years"] = float(std.laeretid_years)
    with db.read() as s:
        judgements = list(s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id)))
        links = list(s.scalars(select(EvidenceLinkRecord).where(EvidenceLinkRecord.case_id == case_id)))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "reference_date": date.today().isoformat(),
        "language": case.language or cand.language,
        "rule_profile": (case.rule_profile_id.split("@")[0] or "national") if case.rule_profile_id else "national",
        "candidate": {
            "given_name": cand.given_name, "family_name": cand.family_name, "birth_date": _iso(cand.birth_date),
            "id_type": cand.id_type.value, "national_id": cand.national_id, "email": cand.email, "phone": cand.phone,
            "address": cand.address, "postcode": cand.postcode, "city": cand.city, "country": cand.country,
            "language": cand.language,
        },
        "experiences": [{
            "id": ref[("period", p.id)], "start": _iso(p.start), "end": _iso(p.end),
            "fte_percent": p.effective_fte(), "hours_per_week": p.hours_per_week, "country": p.country,
            "kind": p.kind.value, "employer": p.employer, "role": p.role, "tasks": p.tasks,
            "third_party_confirmed": p.third_party_confirmed,
            "attest": {"issued_by": p.attest_issued_by, "signer_name": p.attest_signer_name,
                       "signer_title": p.attest_signer_title, "date": _iso(p.attest_date),
                       "letterhead": p.attest_letterhead},
        } for p in periods],
        "schooling": [{"level": y.level.value, "programme": y.label, "relation": y.relation.value,
                       "passed": y.passed, "year": y.year, "in_school": y.in_school, "yff_relevant": y.yff_relevant}
                      for y in _school_years(db, cand.id, std)],  # type: ignore[arg-type]
        "exams": [{"id": ref[("exam", e.id)], "code": e.code, "date": _iso(e.exam_date), "result": e.result,
                   "passed": e.passed} for e in exams],
        "courses": [{"id": ref[("course", c.id)], "provider": c.provider, "title": c.title, "hours": c.hours,
                     "completed_on": _iso(c.completed_on)} for c in courses],
        "evidence": [{"id": ref[("file", f.id)], "filename": f.filename, "kind": f.kind.value, "sha256": f.sha256,
                      "size": f.size, "verified": f.verified, "translated": f.translated} for f in files],
        "target": target,
        "case": {
            "number": case.number, "status": case.status.value, "caseworker": case.caseworker,
            "opened_on": _iso(case.opened_on), "due_on": _iso(case.due_on), "their_reference": case.their_reference,
            "phases": {p.value: _iso(d) for p, d in case.phase_dates.items()},
        },
        "document_only_override": case.document_only_override,
        "judgements": [{
            "outcome": j.outcome_uid, "judgement": j.judgement, "methods": [m for m in j.methods.split(",") if m],
            "reason": j.reason, "notes": j.notes,
            "evidence": [{"kind": link.kind, "id": ref[(link.kind, link.ref_id)]} for link in links
                         if link.outcome_uid == j.outcome_uid and (link.kind, link.ref_id) in ref],
        } for j in judgements],
    }


def export_case_json(db: Database, case_id: int) -> str:
    return json.dumps(export_case(db, case_id), ensure_ascii=False, indent=2)


def _d(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(where, f"is not a date (YYYY-MM-DD): {value!r}") from None


def _check_importable(data: Any) -> None:
    """The shapes the import below relies on, checked before anything is written (the evaluation in
    ``assess_casefile`` does not look at every part for every target kind). Raises ValidationError
    naming the JSON path."""
    from rpl_desktop.services.casefile import _bool, _date, _list, _obj, _str

    _obj(data, "case file")
    for name in ("candidate", "case", "target"):
        if data.get(name) is not None:
            _obj(data[name], name)
    candidate = data.get("candidate") or {}
    for key in ("given_name", "family_name", "national_id", "email", "phone", "address", "postcode", "city",
                "country", "language"):
        _str(candidate.get(key), f"candidate.{key}")
    _choice(candidate.get("id_type", "none"), "candidate.id_type", IdType)
    info = data.get("case") or {}
    for key in ("caseworker", "their_reference"):
        _str(info.get(key), f"case.{key}")
    for key, value in _obj(info.get("phases") or {}, "case.phases").items():
        _choice(key, f"case.phases.{key}", Phase)
        _date(value, f"case.phases.{key}")
    _choice(info.get("status", "draft"), "case.status", CaseStatus)
    _choice((data.get("target") or {}).get("purpose", "kompetansekartlegging"), "target.purpose", Purpose)
    _str(data.get("document_only_override"), "document_only_override")
    for section, texts in (("experiences", ("employer", "role", "tasks", "country")),
                           ("schooling", ("programme",)), ("exams", ("code", "result")),
                           ("courses", ("provider", "title"))):
        for i, item in enumerate(_list(data.get(section), section)):
            item = _obj(item, f"{section}[{i}]")
            for key in texts:
                _str(item.get(key), f"{section}[{i}].{key}")
            for key in ("passed", "in_school", "yff_relevant", "third_party_confirmed"):
                _bool(item.get(key), f"{section}[{i}].{key}")
            if section == "experiences":
                _date(item.get("start"), f"{section}[{i}].start", required=True)
                _obj(item.get("attest") or {}, f"{section}[{i}].attest")
                _choice(item.get("kind", "employment"), f"{section}[{i}].kind", PeriodKind)
            if section == "schooling":
                level = item.get("level", "vg1")
                _choice("higher" if level == "higher_education" else level, f"{section}[{i}].level", SchoolLevel)
    for i, j in enumerate(_list(data.get("judgements"), "judgements")):
        where = f"judgements[{i}]"
        j = _obj(j, where)
        _str(j.get("outcome"), f"{where}.outcome", required=True)
        _choice(j.get("judgement", "not_assessed"), f"{where}.judgement", Judgement)
        for k, m in enumerate(_list(j.get("methods"), f"{where}.methods")):
            _choice(m, f"{where}.methods[{k}]", Method)
        _str(j.get("reason"), f"{where}.reason")
        _str(j.get("notes"), f"{where}.notes")
        for k, ev in enumerate(_list(j.get("evidence"), f"{where}.evidence")):
            ev = _obj(ev, f"{where}.evidence[{k}]")
            _choice(ev.get("kind"), f"{where}.evidence[{k}].kind", EvidenceKindRef)


def _choice(value: Any, where: str, allowed: Any) -> None:
    if not isinstance(value, str) or value not in {m.value for m in allowed}:
        raise ValidationError(where, f"must be one of {', '.join(m.value for m in allowed)}.")


@contextmanager
def one_transaction(db: Database) -> Iterator[Database]:
    """``db`` as seen from inside ONE database transaction, committed when the block ends without error.

    The services the import calls (``save_candidate``, ``create_case``, ``set_judgement`` ...) each open
    their own ``db.transaction()`` / ``db.read()``: they keep their permission checks, validation and
    audit entries. Through the :class:`Database` given here all of their sessions run on one connection
    that joined this transaction in SQLAlchemy's ``rollback_only`` mode: a session's commit only flushes
    its rows into the shared transaction (later reads see them), any error rolls the whole transaction
    back, and only the single commit at the end makes the work durable. A process killed half-way
    (SIGKILL, power cut) therefore leaves nothing behind.

    Only for work where any error ends the whole block: after a failed save inside it the transaction is
    gone, so nothing in the block may catch an error and carry on writing.
    """
    factory = db.sessions
    with db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            sessions = sessionmaker(class_=factory.class_, **{
                **factory.kw, "bind": connection, "join_transaction_mode": "rollback_only"})
            yield dataclasses.replace(db, sessions=sessions)
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
        transaction.commit()


def import_case(db: Database, data: dict[str, Any]) -> int:
    """Create the candidate, history, standard, case and judgements of a case file. Returns the case id.

    Validation runs first (the same evaluation as ``assess``); everything is then written in one database
    transaction (:func:`one_transaction`): either the whole case arrives or nothing does, also when the
    program is killed half-way.
    """
    from rpl_desktop.services.casefile import assess_casefile

    _check_importable(data)
    assess_casefile(data)  # refuses a malformed file before anything is written
    target = data["target"]
    if "standard" not in target:
        raise ValidationError("target.standard", "an importable case file carries its standard inline.")
    std = standard_from_json(target["standard"], "target.standard")
    case_info = data.get("case") or {}
    number = str(case_info.get("number") or "")
    with one_transaction(db) as work:
        if number:
            with work.read() as s:
                if s.scalar(select(CaseRecord.id).where(CaseRecord.number == number)) is not None:
                    raise RplError(f"Case {number} is already in this data store; nothing was imported.")
        case_id = _write_case(work, data, std, case_info)
    log.info("case file imported as case %s", case_id)
    return case_id


def _write_case(db: Database, data: dict[str, Any], std: Standard, case_info: dict[str, Any]) -> int:
    """The writes of :func:`import_case`; ``db`` is the one-transaction view of the data store."""
    target = data["target"]
    _store(db, Catalogue([std]), "case file")
    c = data.get("candidate") or {}
    cand = save_candidate(db, Candidate(
        given_name=str(c.get("given_name", "")), family_name=str(c.get("family_name", "")),
        birth_date=_d(c.get("birth_date"), "candidate.birth_date"),
        id_type=IdType(c.get("id_type", "none")), national_id=str(c.get("national_id", "")),
        email=str(c.get("email", "")), phone=str(c.get("phone", "")), address=str(c.get("address", "")),
        postcode=str(c.get("postcode", "")), city=str(c.get("city", "")), country=str(c.get("country", "NO")),
        language=str(c.get("language", "nb")),
    ))
    cid = cand.id
    assert cid is not None
    refs: dict[tuple[str, str], int] = {}
    for i, e in enumerate(data.get("experiences") or []):
        att = e.get("attest") or {}
        p = save_period(db, HistoryPeriod(
            kind=PeriodKind(e.get("kind", "employment")), employer=e.get("employer") or "(unknown)",
            start=_d(e["start"], f"experiences[{i}].start") or date.today(), end=_d(e.get("end"), f"experiences[{i}].end"),
            country=e.get("country", "NO"), role=e.get("role", ""), tasks=e.get("tasks", ""),
            fte_percent=e.get("fte_percent"), hours_per_week=e.get("hours_per_week"),
            third_party_confirmed=bool(e.get("third_party_confirmed")),
            attest_issued_by=att.get("issued_by", ""), attest_signer_name=att.get("signer_name", ""),
            attest_signer_title=att.get("signer_title", ""), attest_date=_d(att.get("date"), f"experiences[{i}].attest.date"),
            attest_letterhead=bool(att.get("letterhead")), candidate_id=cid,
        ))
        refs[("period", str(e.get("id", i)))] = p.id  # type: ignore[assignment]
    for s in data.get("schooling") or []:
        level = "higher" if s.get("level") == "higher_education" else s.get("level", "vg1")
        save_schooling(db, Schooling(SchoolLevel(level), s.get("programme") or level.upper(), bool(s.get("passed")),
                                     s.get("year"), bool(s.get("in_school", True)), bool(s.get("yff_relevant")),
                                     candidate_id=cid))
    for i, x in enumerate(data.get("exams") or []):
        ex = save_exam(db, Exam(x.get("code", ""), _d(x.get("date"), f"exams[{i}].date"), x.get("result", ""),
                                bool(x.get("passed")), candidate_id=cid))
        refs[("exam", str(x.get("id", i)))] = ex.id  # type: ignore[assignment]
    for i, x in enumerate(data.get("courses") or []):
        co = save_course(db, Course(x.get("provider", ""), x.get("title", ""), x.get("hours"),
                                    _d(x.get("completed_on"), f"courses[{i}].completed_on"), candidate_id=cid))
        refs[("course", str(x.get("id", i)))] = co.id  # type: ignore[assignment]
    phases = {Phase(k): d for k, v in (case_info.get("phases") or {}).items() if (d := _d(v, f"case.phases.{k}"))}
    case = case_service.create_case(db, Case(
        candidate_id=cid, standard_uid=std.uid, purpose=Purpose(target.get("purpose", "kompetansekartlegging")),
        caseworker=str(case_info.get("caseworker", "")), phase_dates=phases,
        opened_on=_d(case_info.get("opened_on"), "case.opened_on") or date.today(),
        due_on=_d(case_info.get("due_on"), "case.due_on"), their_reference=str(case_info.get("their_reference", "")),
        language=str(data.get("language", "")) if data.get("language") in ("nb", "nn", "en", "sv") else "",
    ))
    assert case.id is not None
    for j in data.get("judgements") or []:
        uid = j["outcome"] if std.outcome(j["outcome"]) else next(
            (o.uid for o in std.outcomes if o.code == j["outcome"]), j["outcome"])
        if j.get("judgement", "not_assessed") != "not_assessed":
            mapping_service.set_judgement(db, case.id, uid, Judgement(j["judgement"]), j.get("reason", ""),
                                          {Method(m) for m in j.get("methods") or []}, j.get("notes"))
        elif j.get("notes"):
            mapping_service.set_notes(db, case.id, uid, j["notes"])
        for ev in j.get("evidence") or []:
            key = (ev["kind"], str(ev.get("id")))
            if key in refs:
                mapping_service.link_evidence(db, case.id, uid, EvidenceKindRef(ev["kind"]), refs[key])
    if data.get("document_only_override"):
        mapping_service.set_document_only_override(db, case.id, data["document_only_override"])
    status = CaseStatus(case_info.get("status", "draft"))
    if status != CaseStatus.DRAFT:
        with db.transaction() as s:  # the status as exported; the sending office had decided it
            record = s.get(CaseRecord, case.id)
            assert record is not None
            record.status = status.value
    return case.id


__all__ = ["asdict", "export_case", "export_case_json", "import_case"]
