"""Candidates, history and evidence through the services, against a real SQLite file."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from rpl_desktop.domain.errors import RplError, ValidationErrors
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.register import (
    Candidate,
    Course,
    EvidenceKind,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
)
from rpl_desktop.services import candidates as cs
from rpl_desktop.services import evidence as ev
from rpl_desktop.services import history as hs
from rpl_desktop.services.demo import load_demo_data, synthetic_fnr
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.db_evidence_store import DatabaseEvidenceStore


def _candidate(**kw: object) -> Candidate:
    base: dict[str, object] = dict(given_name="Áŋŋá", family_name="Gaup", birth_date=date(1984, 3, 15))
    base.update(kw)
    return Candidate(**base)  # type: ignore[arg-type]


def test_save_and_read_back_candidate(db: Database) -> None:
    fnr = synthetic_fnr(date(1984, 3, 15), 123)
    saved = cs.save_candidate(db, _candidate(id_type=IdType.NO_FNR, national_id=fnr[:6] + " " + fnr[6:]))
    assert saved.id is not None
    again = cs.get_candidate(db, saved.id)
    assert again.full_name == "Áŋŋá Gaup"
    assert again.national_id == fnr


def test_invalid_candidate_names_every_field(db: Database) -> None:
    with pytest.raises(ValidationErrors) as info:
        cs.save_candidate(db, _candidate(given_name=" ", id_type=IdType.NO_FNR, national_id="12345678999",
                                         email="not-an-email"))
    fields = {e.field for e in info.value.errors}
    assert {"given_name", "national_id", "email"} <= fields
    assert cs.count_candidates(db) == 0


def test_birth_date_must_agree_with_id(db: Database) -> None:
    fnr = synthetic_fnr(date(1984, 3, 15), 123)
    with pytest.raises(ValidationErrors) as info:
        cs.save_candidate(db, _candidate(birth_date=date(1985, 3, 15), id_type=IdType.NO_FNR, national_id=fnr))
    assert [e.field for e in info.value.errors] == ["birth_date"]


def test_stale_version_is_a_conflict(db: Database) -> None:
    saved = cs.save_candidate(db, _candidate())
    first = cs.get_candidate(db, saved.id)  # type: ignore[arg-type]
    second = cs.get_candidate(db, saved.id)  # type: ignore[arg-type]
    first.city = "Kárášjohka"
    cs.save_candidate(db, first)
    second.city = "Tromsø"
    with pytest.raises(cs.ConflictError):
        cs.save_candidate(db, second)
    assert cs.get_candidate(db, saved.id).city == "Kárášjohka"  # type: ignore[arg-type]


def test_search_by_name_prefix_folded_and_by_id(db: Database) -> None:
    load_demo_data(db)
    assert [r.family_name for r in cs.search_candidates(db, "gau")] == ["Gaup"]
    assert [r.family_name for r in cs.search_candidates(db, "oyst")] == ["Brækhus-Aas"]
    assert [r.family_name for r in cs.search_candidates(db, "Шев")] == ["Шевченко"]
    assert [r.family_name for r in cs.search_candidates(db, "małg wój")] == ["Wójcik-Łęcka"]
    fnr = synthetic_fnr(date(1984, 3, 15), 123)
    rows = cs.search_candidates(db, fnr[:7])
    assert [r.family_name for r in rows] == ["Gaup"]
    assert fnr not in rows[0].masked_id and rows[0].masked_id.startswith(fnr[:6])


def test_keyset_paging_visits_every_candidate_once(db: Database) -> None:
    for i in range(25):
        cs.save_candidate(db, _candidate(given_name=f"Kari{i:02d}", family_name="Nordmann"))
    seen: list[int] = []
    after = None
    while page := cs.search_candidates(db, "nord", after=after, limit=7):
        seen += [r.id for r in page]
        after = (page[-1].sort_key, page[-1].id)
    assert len(seen) == 25 == len(set(seen)) == cs.count_candidates(db, "nordmann")


def test_periods_crud_duplicate_and_undo(db: Database) -> None:
    c = cs.save_candidate(db, _candidate())
    p = hs.save_period(db, HistoryPeriod(PeriodKind.EMPLOYMENT, "Sámi Huksen AS", date(2010, 1, 1), None,
                                         candidate_id=c.id, fte_percent=80, tasks="Reisverk\nTak"))
    copy = hs.duplicate_period(db, p.id)  # type: ignore[arg-type]
    assert copy.id != p.id and copy.tasks == "Reisverk\nTak"
    gone = hs.delete_period(db, p.id)  # type: ignore[arg-type]
    assert gone is not None and len(hs.list_periods(db, c.id)) == 1  # type: ignore[arg-type]
    gone.id = None
    hs.save_period(db, gone)  # undo
    assert len(hs.list_periods(db, c.id)) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (dict(end=date(2009, 1, 1)), "end"),
        (dict(fte_percent=120.0), "fte_percent"),
        (dict(employer="  "), "employer"),
        (dict(country="Norway"), "country"),
        (dict(fte_percent=None, hours_per_week=None), "fte_percent"),
    ],
)
def test_invalid_period_is_refused_and_nothing_saved(db: Database, change: dict[str, object], field: str) -> None:
    c = cs.save_candidate(db, _candidate())
    period = HistoryPeriod(PeriodKind.EMPLOYMENT, "X AS", date(2010, 1, 1), date(2012, 1, 1), candidate_id=c.id)
    for k, v in change.items():
        setattr(period, k, v)
    with pytest.raises(ValidationErrors) as info:
        hs.save_period(db, period)
    assert field in {e.field for e in info.value.errors}
    assert hs.list_periods(db, c.id) == []  # type: ignore[arg-type]


def test_schooling_exams_courses(db: Database) -> None:
    c = cs.save_candidate(db, _candidate())
    hs.save_schooling(db, Schooling(SchoolLevel.VG1, "Vg1 bygg- og anleggsteknikk", True, 2001, candidate_id=c.id))
    hs.save_exam(db, Exam("tmf3102", date(2024, 12, 3), "bestått", True, candidate_id=c.id))
    hs.save_course(db, Course("BNL", "Stillas", 7.5, date(2015, 4, 20), candidate_id=c.id))
    assert hs.list_exams(db, c.id)[0].code == "TMF3102"  # type: ignore[arg-type]
    assert hs.list_schooling(db, c.id)[0].level == SchoolLevel.VG1  # type: ignore[arg-type]
    assert hs.list_courses(db, c.id)[0].hours == 7.5  # type: ignore[arg-type]


def test_history_needs_a_saved_candidate(db: Database) -> None:
    with pytest.raises(RplError, match="Save the candidate first"):
        hs.save_period(db, HistoryPeriod(PeriodKind.EMPLOYMENT, "X", date(2010, 1, 1), None, candidate_id=999))


def test_evidence_attach_open_copy_and_survive_reopen(  # type: ignore[no-untyped-def]
        db: Database, db_url: str, paths, tmp_path: Path) -> None:
    c = cs.save_candidate(db, _candidate())
    pdf = tmp_path / "../../attest Sámi Huksen.pdf"
    pdf = tmp_path / "attest Sámi Huksen.pdf"
    payload = b"%PDF-1.4\n% attest\n" + b"x" * 5000
    pdf.write_bytes(payload)
    item = ev.attach_evidence(db, c.id, pdf, EvidenceKind.ATTEST)  # type: ignore[arg-type]
    assert item.sha256 == hashlib.sha256(payload).hexdigest() and item.media_type == "application/pdf"
    again = ev.attach_evidence(db, c.id, pdf, EvidenceKind.ATTEST)  # type: ignore[arg-type]
    assert again.id == item.id  # the same file is not stored twice
    copy = ev.open_copy(db, item.id, paths.open_copies_dir)  # type: ignore[arg-type]
    assert copy.read_bytes() == payload and copy.is_relative_to(paths.open_copies_dir)
    db.close()
    db2 = open_database(db_url, paths.evidence_dir, paths.backup_dir)
    try:
        [kept] = ev.list_evidence(db2, c.id)  # type: ignore[arg-type]
        assert kept.sha256 == item.sha256 and db2.evidence.verify(kept.sha256)
    finally:
        db2.close()


def test_evidence_refuses_programs_empty_and_missing_files(db: Database, tmp_path: Path) -> None:
    c = cs.save_candidate(db, _candidate())
    exe = tmp_path / "attest.pdf"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    with pytest.raises(RplError, match="program"):
        ev.attach_evidence(db, c.id, exe)  # type: ignore[arg-type]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(RplError, match="empty"):
        ev.attach_evidence(db, c.id, empty)  # type: ignore[arg-type]
    with pytest.raises(RplError, match="cannot be read"):
        ev.attach_evidence(db, c.id, tmp_path / "nope.pdf")  # type: ignore[arg-type]
    assert ev.list_evidence(db, c.id) == []  # type: ignore[arg-type]
    if isinstance(db.evidence, DatabaseEvidenceStore):  # PostgreSQL: the files live in the database
        assert db.evidence.count() == (0, 0)
    else:
        assert not [p for p in db.evidence.root.rglob("*") if p.is_file()]


def test_path_traversing_file_names_are_neutralised() -> None:
    from rpl_desktop.store.evidence_store import safe_filename

    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"
    assert safe_filename("a\u202eFDP.exe") == "a_FDP.exe"
    assert safe_filename("...") == "file"


def test_delete_candidate_removes_history(db: Database) -> None:
    c = cs.save_candidate(db, _candidate())
    hs.save_period(db, HistoryPeriod(PeriodKind.EMPLOYMENT, "X", date(2010, 1, 1), None, candidate_id=c.id))
    cs.delete_candidate(db, c.id)  # type: ignore[arg-type]
    assert cs.count_candidates(db) == 0
    assert hs.list_periods(db, c.id) == []  # type: ignore[arg-type]


def test_demo_data_loads_once(db: Database) -> None:
    assert load_demo_data(db) == 6
    assert load_demo_data(db) == 0
    names = {r.full_name for r in cs.search_candidates(db)}
    assert {"Áŋŋá Máret Gaup", "Małgorzata Wójcik-Łęcka", "Олена Шевченко"} <= names
    from rpl_desktop.services.cases import list_cases
    from rpl_desktop.services.crosswalk import competence_map

    cases = list_cases(db)
    assert len(cases) == 7  # praksis (2), fritak, bransjevalidering, a competence map with three targets
    oystein = cs.search_candidates(db, "øystein")[0].id
    assert len(competence_map(db, oystein)) == 3


def _stored(db: Database, sha: str) -> bool:
    return db.evidence.exists(sha)


def _candidate_rows(db: Database, candidate_id: int) -> dict[str, int]:
    """How many rows of each kind belong to the candidate (the candidate row itself included)."""
    from sqlalchemy import func, select

    from rpl_desktop.store.records import (
        CandidateRecord,
        CourseRecord,
        EvidenceRecord,
        ExamRecord,
        PeriodRecord,
        SchoolingRecord,
        SearchTokenRecord,
    )
    from rpl_desktop.store.work_records import DraftRecord

    counts = {}
    with db.read() as s:
        counts["candidate"] = int(s.scalar(select(func.count()).select_from(CandidateRecord)
                                           .where(CandidateRecord.id == candidate_id)) or 0)
        for record in (PeriodRecord, SchoolingRecord, ExamRecord, CourseRecord, EvidenceRecord,
                       SearchTokenRecord):
            counts[record.__tablename__] = int(s.scalar(
                select(func.count()).select_from(record).where(record.candidate_id == candidate_id)) or 0)
        counts["draft"] = int(s.scalar(select(func.count()).select_from(DraftRecord)
                                       .where(DraftRecord.entity == str(candidate_id))) or 0)
    return counts


@pytest.fixture
def full_candidate(db: Database, tmp_path: Path) -> tuple[int, int, list[str]]:
    """A candidate with history, schooling, an exam, a course, a draft and three evidence files, the
    last of which is also attached to another candidate. (candidate, other candidate, file hashes)"""
    from rpl_desktop.services import drafts

    c = cs.save_candidate(db, _candidate())
    other = cs.save_candidate(db, _candidate(given_name="Per", family_name="Olsen"))
    assert c.id is not None and other.id is not None
    period = hs.save_period(db, HistoryPeriod(PeriodKind.EMPLOYMENT, "Sámi Huksen AS", date(2010, 1, 1), None,
                                              candidate_id=c.id))
    hs.save_schooling(db, Schooling(SchoolLevel.VG1, "Helse- og oppvekstfag", passed=True, candidate_id=c.id))
    hs.save_exam(db, Exam("HEA2001", date(2012, 6, 1), "bestått", passed=True, candidate_id=c.id))
    hs.save_course(db, Course("Kommunen", "Legemiddelhåndtering", 40.0, date(2015, 3, 1), candidate_id=c.id))
    drafts.save_draft(db, drafts.CANDIDATE, c.id, {"values": {"city": "Kautokeino"}})
    shas = []
    for n in range(3):
        path = tmp_path / f"attest{n}.pdf"
        path.write_bytes(b"%PDF-1.4\n% attest " + str(n).encode() * 400)
        shas.append(ev.attach_evidence(db, c.id, path, EvidenceKind.ATTEST,
                                       period_id=period.id if n == 0 else None).sha256)
    ev.attach_evidence(db, other.id, tmp_path / "attest2.pdf")  # the same file for someone else
    rows = _candidate_rows(db, c.id)
    assert all(rows.values()) and rows["evidence"] == 3, rows
    return c.id, other.id, shas


def test_deleting_a_candidate_is_one_commit_and_keeps_files_others_use(
        db: Database, full_candidate: tuple[int, int, list[str]]) -> None:
    from sqlalchemy import event

    from rpl_desktop.store.db_evidence_store import DatabaseEvidenceStore

    candidate_id, other_id, shas = full_candidate
    commits: list[object] = []

    def count(connection: object) -> None:
        commits.append(connection)

    event.listen(db.engine, "commit", count)
    try:
        removed = cs.delete_candidate(db, candidate_id)
    finally:
        event.remove(db.engine, "commit", count)
    assert removed == 2  # the third file is still attached to the other candidate
    # one unit of work for every row; a server store's files (rows of their own) go one by one after it
    assert len(commits) == 1 + (removed if isinstance(db.evidence, DatabaseEvidenceStore) else 0)
    assert set(_candidate_rows(db, candidate_id).values()) == {0}
    assert not _stored(db, shas[0]) and not _stored(db, shas[1])
    assert _stored(db, shas[2]) and [e.sha256 for e in ev.list_evidence(db, other_id)] == [shas[2]]
    assert cs.delete_candidate(db, candidate_id) == 0  # already gone: nothing to do


def test_a_failure_before_the_commit_leaves_the_candidate_and_the_files(
        db: Database, full_candidate: tuple[int, int, list[str]]) -> None:
    from sqlalchemy import event

    class Killed(BaseException):
        """Stands in for the process being stopped (not an Exception: no handler may swallow it)."""

    candidate_id, _other, shas = full_candidate
    before = _candidate_rows(db, candidate_id)

    def die(_session: object) -> None:
        raise Killed  # every row is deleted in the transaction by now, nothing committed

    event.listen(db.sessions, "before_commit", die)
    try:
        with pytest.raises(Killed):
            cs.delete_candidate(db, candidate_id)
    finally:
        event.remove(db.sessions, "before_commit", die)
    assert _candidate_rows(db, candidate_id) == before
    assert all(_stored(db, sha) for sha in shas)
    assert cs.delete_candidate(db, candidate_id) == 2  # and it can be deleted afterwards


def test_a_candidate_with_a_case_is_not_deleted(
        db: Database, full_candidate: tuple[int, int, list[str]]) -> None:
    from rpl_desktop.domain.cases import Case, Purpose
    from rpl_desktop.services.cases import create_case
    from rpl_desktop.services.catalogue import list_standards, load_sample

    candidate_id, _other, shas = full_candidate
    load_sample(db)
    create_case(db, Case(candidate_id, list_standards(db)[0].uid, Purpose.FRITAK))
    before = _candidate_rows(db, candidate_id)
    with pytest.raises(RplError, match="has 1 case and cannot be deleted.*Erase or anonymise"):
        cs.delete_candidate(db, candidate_id)
    assert _candidate_rows(db, candidate_id) == before and all(_stored(db, sha) for sha in shas)
