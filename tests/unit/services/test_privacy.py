"""Personal data: export everything about a candidate, erase or anonymise them, retention and its report.

Runs on the demo register: Олена Шевченко (a health worker: her employers are a hospital in Kyiv and a
nursing home in Bergen) has a fritak case; Áŋŋá Máret Gaup has the praksiskandidat case that a test
approves and issues a vedtak for.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, Text, func, select

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, Actor
from rpl_desktop.domain.cases import CaseStatus, Purpose
from rpl_desktop.domain.errors import PermissionDenied, RplError, ValidationError
from rpl_desktop.domain.register import EvidenceKind
from rpl_desktop.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    NO_CASE,
    NO_DECISION,
    Action,
    CandidateState,
    CaseFacts,
    CaseState,
    add_years,
    candidate_retention,
    case_retention,
)
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import privacy
from rpl_desktop.services.bundle import open_bundle
from rpl_desktop.services.candidates import get_candidate, save_candidate, search_candidates
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence, list_evidence
from rpl_desktop.services.history import list_periods
from rpl_desktop.services.privacy_export import KIND, export_personal_data
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.crypto import WrongPassphrase
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, EvidenceRecord
from tests.unit.services.test_documents_service import QA, approve, case_of, organisation

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db)
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    return db


@pytest.fixture
def two(db: Database) -> tuple[int, int]:
    """Two candidates without cases (cheaper than the demo register)."""
    from rpl_desktop.domain.register import Candidate

    a = save_candidate(db, Candidate("Kari", "Nordmann", email="kari@example.no"))
    b = save_candidate(db, Candidate("Ola", "Hansen"))
    assert a.id is not None and b.id is not None
    return a.id, b.id


def cid(db: Database, name: str) -> int:
    return search_candidates(db, name)[0].id


def attach(db: Database, tmp_path: Path, candidate_id: int, name: str, content: bytes) -> Any:
    path = tmp_path / name
    path.write_bytes(content)
    return attach_evidence(db, candidate_id, path, EvidenceKind.ATTEST)


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def all_text(db: Database, *, skip: tuple[str, ...] = ()) -> str:
    """Every text value of every table, one string (to look for names and ID numbers)."""
    parts = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            cols = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if cols:
                for row in s.execute(select(*cols)):
                    parts.extend(str(v) for v in row if v)
    return "\n".join(parts)


def lose_stored_file(db: Database, sha256: str) -> None:
    """The stored copy disappears (a damaged evidence folder, or a blob deleted on the server)."""
    if hasattr(db.evidence, "root"):
        db.evidence.remove(sha256)
        return
    from sqlalchemy import delete

    table = Base.metadata.tables["evidence_blob"]
    with db.engine.begin() as conn:
        conn.execute(delete(table).where(table.c.sha256 == sha256))


def audit_intact(db: Database) -> None:
    """The audit log's chain still verifies (erasure and anonymisation never touch it)."""
    try:
        from rpl_desktop.services.audit import verify_chain
    except ImportError:
        return
    check = verify_chain(db)
    assert check.ok, check.message


def audit_events(db: Database, action: str) -> list[dict[str, Any]]:
    try:
        from rpl_desktop.services.audit import entries_of  # type: ignore[attr-defined]
    except ImportError:
        entries_of = None
    if entries_of is not None:
        return [e for e in entries_of(db) if e["action"] == action]
    table = Base.metadata.tables.get("audit_entry")
    if table is None:
        return []
    with db.read() as s:
        return [dict(r) for r in s.execute(select(table).where(table.c.action == action)).mappings()]


def as_actor(db: Database, *roles: str) -> None:
    db.actor = Actor(user_id=7, username="per", display_name="Per Leder", roles=frozenset(roles))


def issue_vedtak(db: Database) -> tuple[int, int]:
    case_id = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(db, case_id)
    issued = ds.issue(db, case_id, ds.VEDTAK, None, "Kari Nordmann")
    return case_id, issued.id


# ----------------------------------------------------------------------------------------------------
# retention rules (domain)


def facts(
    status: CaseStatus, *, decision: date | None = None, closed: date | None = None, purpose: str = "fritak"
) -> CaseFacts:
    return CaseFacts(1, "26/00001", purpose, status, decision, decision, closed)


def test_retention_clock_starts_at_the_decision_or_the_closing() -> None:
    years = dict(DEFAULT_RETENTION_YEARS)
    issued = case_retention(facts(CaseStatus.ISSUED, decision=date(2020, 3, 1)), years, date(2025, 1, 1))
    assert (issued.key, issued.ends_on, issued.state) == ("fritak", date(2030, 3, 1), CaseState.KEPT)
    assert issued.blocks_erasure
    assert case_retention(issued.facts, years, date(2030, 3, 1)).state == CaseState.EXPIRED
    closed = case_retention(facts(CaseStatus.CLOSED, closed=date(2020, 3, 1)), years, date(2022, 3, 1))
    assert (closed.key, closed.state, closed.blocks_erasure) == (NO_DECISION, CaseState.EXPIRED, False)
    assert case_retention(facts(CaseStatus.UNDER_ASSESSMENT), years, TODAY).state == CaseState.OPEN
    appealed = case_retention(facts(CaseStatus.APPEALED, decision=date(2000, 1, 1)), years, TODAY)
    assert appealed.state == CaseState.OPEN and appealed.blocks_erasure
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def test_candidate_state_and_action() -> None:
    years = dict(DEFAULT_RETENTION_YEARS)
    none = candidate_retention(1, date(2020, 1, 1), [], years, date(2022, 1, 1))
    assert none.state == CandidateState.DUE and none.action == Action.ERASE_OR_ANONYMISE
    assert none.due_on == add_years(date(2020, 1, 1), years[NO_CASE])
    active = candidate_retention(1, date(2000, 1, 1), [facts(CaseStatus.DRAFT)], years, TODAY)
    assert active.state == CandidateState.ACTIVE and active.action == Action.NONE and active.may_erase
    kept = candidate_retention(
        1, date(2000, 1, 1), [facts(CaseStatus.ISSUED, decision=TODAY)], years, TODAY, anonymised=True
    )
    assert (
        kept.state == CandidateState.KEPT and not kept.may_erase and kept.kept_until == add_years(TODAY, 10)
    )
    later = candidate_retention(
        1,
        date(2000, 1, 1),
        [facts(CaseStatus.ISSUED, decision=date(2000, 1, 1))],
        years,
        TODAY,
        anonymised=True,
    )
    assert later.state == CandidateState.DUE and later.action == Action.ERASE and later.may_erase


def test_retention_settings(db: Database) -> None:
    assert privacy.retention_years(db) == DEFAULT_RETENTION_YEARS
    saved = privacy.set_retention_years(db, {"fritak": 15, NO_CASE: 1})
    assert saved["fritak"] == 15 and privacy.retention_years(db)[NO_CASE] == 1
    with pytest.raises(ValidationError) as info:
        privacy.set_retention_years(db, {"fritak": -1})
    assert info.value.field == "retention.fritak"
    with pytest.raises(ValidationError):
        privacy.set_retention_years(db, {"astrology": 3})
    as_actor(db, CASEWORKER)
    with pytest.raises(PermissionDenied, match="administrator"):
        privacy.set_retention_years(db, {"fritak": 1})
    db.set_setting(privacy.RETENTION_SETTING, "{not json")  # a damaged setting falls back to the defaults
    assert privacy.retention_years(db) == DEFAULT_RETENTION_YEARS


# ----------------------------------------------------------------------------------------------------
# export


def test_export_holds_everything_with_the_files(world: Database, tmp_path: Path) -> None:
    gaup = cid(world, "Gaup")
    attest = "Attest for Áŋŋá Máret Gaup, Sámi Huksen AS".encode()
    item = attach(world, tmp_path, gaup, "attest Gaup.txt", attest)
    case_id, doc_id = issue_vedtak(world)
    result = export_personal_data(world, gaup, tmp_path / "out" / "gaup.zip")
    assert (result.attachments, result.documents, result.encrypted, result.missing) == (1, 1, False, ())
    bundle = open_bundle(result.path, passphrase=None, kind=KIND, what="export")
    data = json.loads(bundle.read("candidate.json"))
    person = get_candidate(world, gaup)
    assert data["format"] == "rpl-desktop-personal-data"
    assert (
        data["candidate"]["national_id"] == person.national_id and data["candidate"]["family_name"] == "Gaup"
    )
    assert {p["employer"] for p in data["history_periods"]} >= {"Sámi Huksen AS", "Guovdageaidnu suohkan"}
    assert data["schooling"] and data["exams"] and data["courses"]
    [case] = [c for c in data["cases"] if c["id"] == case_id]
    assert case["standard"]["code"] == "TMF3" and case["result"]["result"]
    assert all(j["outcome_code"] and j["judgement"] for j in case["judgements"])
    assert case["evidence_links"] and case["history"]  # the audit log's plain-words history
    [doc] = case["issued_documents"]
    assert bundle.read(doc["file"]) == ds.read_issued(world, doc_id)
    [evidence] = data["evidence"]
    assert evidence["sha256"] == item.sha256 and bundle.read(evidence["file"]) == attest
    readme = bundle.read("README.txt").decode()
    assert (
        readme.startswith("Dette er alle opplysningene Vestfjell fylkeskommune")
        and "This is everything" in readme
    )
    assert [a.action for a in privacy.list_actions(world, gaup)] == ["export"]


def test_encrypted_export_needs_the_passphrase(world: Database, tmp_path: Path) -> None:
    shevchenko = cid(world, "Шевченко")
    out = tmp_path / "olena.bin"
    result = export_personal_data(world, shevchenko, out, passphrase="long enough passphrase")
    raw = out.read_bytes()
    assert result.encrypted and "Шевченко".encode() not in raw and b"candidate.json" not in raw
    with pytest.raises(WrongPassphrase):
        open_bundle(out, passphrase="wrong passphrase!", kind=KIND, what="export")
    data = json.loads(
        open_bundle(out, passphrase="long enough passphrase", kind=KIND, what="x").read("candidate.json")
    )
    assert data["candidate"]["family_name"] == "Шевченко"
    assert not list(tmp_path.glob(".*part"))  # no temporary file left behind


def test_export_lists_a_damaged_attachment_instead_of_failing(
    db: Database, two: tuple[int, int], tmp_path: Path
) -> None:
    kari, _ola = two
    item = attach(db, tmp_path, kari, "a.pdf", b"%PDF-1.4 attest")
    lose_stored_file(db, item.sha256)
    result = export_personal_data(db, kari, tmp_path / "g.zip")
    assert result.missing == (f"attachment {item.id}",) and "could not be read" in result.summary()


# ----------------------------------------------------------------------------------------------------
# erase


def test_erase_removes_every_trace_in_one_go(world: Database, tmp_path: Path) -> None:
    olena, linnea = cid(world, "Шевченко"), cid(world, "Sjöström")
    person = get_candidate(world, olena)
    employers = [p.employer for p in list_periods(world, olena)]
    unique = attach(world, tmp_path, olena, "olena.txt", "Олена Шевченко, Fyllingsdalen sykehjem".encode())
    shared = attach(world, tmp_path, olena, "shared.pdf", b"%PDF-1.4 the same scanned form")
    attach(world, tmp_path, linnea, "form.pdf", b"%PDF-1.4 the same scanned form")
    from rpl_desktop.services import drafts

    drafts.save_draft(world, drafts.CANDIDATE, olena, {"given_name": person.given_name})
    before = table_counts(world)
    needles = [person.given_name, person.family_name, person.national_id, *employers]
    assert all(n in all_text(world) for n in needles)
    needles.append(person.full_name)

    result = privacy.erase_candidate(world, olena, "The candidate's request of 3 March")
    assert (
        result.counts["candidate"] == 1 and result.counts["rpl_case"] == 1 and result.counts["evidence"] == 2
    )
    assert result.files_removed == 1 and "Erased candidate" in result.summary()
    with world.read() as s:
        assert s.get(CandidateRecord, olena) is None
    assert not world.evidence.exists(unique.sha256)  # only this candidate had it
    assert world.evidence.exists(shared.sha256)  # Linnea's attachment has the same content
    assert [e.filename for e in list_evidence(world, linnea)] == ["form.pdf"]
    text = all_text(world)  # every table, the audit log included
    for needle in needles:
        assert needle not in text, needle
    after = table_counts(world)
    assert after["candidate"] == before["candidate"] - 1 and after["draft"] == before["draft"] - 1
    [log_row] = privacy.list_actions(world, olena)
    assert (log_row.action, log_row.actor, log_row.reason) == (
        "erase",
        "system",
        "The candidate's request of 3 March",
    )
    assert log_row.counts["history_period"] == len(employers)
    audit_intact(world)
    if "audit_entry" in Base.metadata.tables:
        assert {str(e["entity_id"]) for e in audit_events(world, "erase")} >= {str(olena)}


def test_erase_is_one_transaction(world: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    olena = cid(world, "Шевченко")
    item = attach(world, tmp_path, olena, "x.pdf", b"%PDF-1.4 x")
    before = table_counts(world)

    def fail(*_args: object, **_kw: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr(privacy, "_log_action", fail)  # after every row was deleted, before the commit
    with pytest.raises(RuntimeError):
        privacy.erase_candidate(world, olena, "request")
    assert table_counts(world) == before and world.evidence.exists(item.sha256)


def test_erase_is_refused_within_retention_and_allowed_after(world: Database) -> None:
    gaup = cid(world, "Gaup")
    case_id, _doc = issue_vedtak(world)
    number = cs.get_case(world, case_id).number
    before = table_counts(world)
    preview = privacy.preview_erasure(world, gaup)
    assert not preview.may_erase and number in preview.refusal
    with pytest.raises(
        RplError, match=f"case {number} holds a decision issued on {TODAY.isoformat()}.*Anonymise"
    ):
        privacy.erase_candidate(world, gaup, "request")
    assert table_counts(world) == before
    later = add_years(TODAY, DEFAULT_RETENTION_YEARS["praksiskandidat"])
    assert privacy.candidate_status(world, gaup, today=later - timedelta(days=1)).blockers
    result = privacy.erase_candidate(world, gaup, "retention period over", today=later)
    assert result.counts["issued_document"] == 1


def test_a_case_under_appeal_blocks_erasure(world: Database) -> None:
    gaup = cid(world, "Gaup")
    case_id, _doc = issue_vedtak(world)
    case = cs.get_case(world, case_id)
    cs.save_case(world, replace(case, status=CaseStatus.APPEALED))
    with pytest.raises(RplError, match="under appeal"):
        privacy.erase_candidate(world, gaup, "request", today=add_years(TODAY, 50))


def test_erase_needs_a_reason_and_the_role(db: Database, two: tuple[int, int]) -> None:
    world = db
    linnea, other = two
    with pytest.raises(ValidationError) as info:
        privacy.erase_candidate(world, linnea, "  \u202e ")
    assert info.value.field == "reason"
    for roles in ((CASEWORKER,), ()):
        as_actor(world, *roles)
        with pytest.raises(PermissionDenied, match="administrator or approver"):
            privacy.erase_candidate(world, linnea, "request")
        with pytest.raises(PermissionDenied):
            privacy.anonymise_candidate(world, linnea, "request")
    as_actor(world, APPROVER)
    assert privacy.erase_candidate(world, linnea, "request").candidate_id == linnea
    as_actor(world, ADMINISTRATOR)
    assert privacy.anonymise_candidate(world, other, "request").action == "anonymise"
    assert privacy.list_actions(world)[-1].actor == "per"


# ----------------------------------------------------------------------------------------------------
# anonymise


def test_anonymise_keeps_the_case_skeleton_and_removes_the_person(world: Database, tmp_path: Path) -> None:
    gaup = cid(world, "Gaup")
    person = get_candidate(world, gaup)
    item = attach(world, tmp_path, gaup, "attest.pdf", b"%PDF-1.4 Gaup attest")
    case_id, doc_id = issue_vedtak(world)
    issued = ds.list_issued(world, case_id)[0]
    archived = ds.read_issued(world, doc_id)  # the copy that went to the office's Noark archive
    judged = {j.outcome_uid: j.judgement for j in _judgements(world, case_id)}

    result = privacy.anonymise_candidate(world, gaup, "The candidate's request")
    assert (
        result.files_removed == 1
        and result.counts["removed:issued_pdf"] == 1
        and result.counts["deleted:evidence"] == 1
    )

    after = get_candidate(world, gaup)
    assert after.full_name == f"Anonymisert kandidat #{gaup}"
    assert (after.national_id, after.birth_date, after.phone, after.address, after.city) == (
        "",
        None,
        "",
        "",
        "",
    )
    assert search_candidates(world, "Gaup") == [] and search_candidates(world, "anonymisert")[0].id == gaup
    assert {p.employer for p in list_periods(world, gaup)} == {privacy.ANONYMISED}
    assert [p.start for p in list_periods(world, gaup)]  # dates and position % stay
    with world.read() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(EvidenceRecord).where(EvidenceRecord.candidate_id == gaup)
            )
            == 0
        )
    assert not world.evidence.exists(item.sha256)
    case = cs.get_case(world, case_id)
    assert case.status == CaseStatus.ISSUED and case.number
    assert {j.outcome_uid: j.judgement for j in _judgements(world, case_id)} == judged
    assert all(j.reason in ("", privacy.REMOVED) and j.notes == "" for j in _judgements(world, case_id))
    [doc] = ds.list_issued(world, case_id)
    assert (doc.sha256, doc.size, doc.issued_at) == (issued.sha256, issued.size, issued.issued_at)
    assert (
        hashlib.sha256(archived).hexdigest() == doc.sha256
    )  # the kept hash still identifies the archived copy
    assert privacy.pdf_removed(doc.sidecar) and doc.sidecar["part"] == after.full_name
    with pytest.raises(RplError, match="removed when the candidate was anonymised.*Noark"):
        ds.read_issued(world, doc_id)
    text = all_text(world)
    for needle in (person.given_name, person.national_id, "Sámi Huksen AS", "Boaronjárga", "912 34 567"):
        assert needle not in text, needle
    assert privacy.is_anonymised(world, gaup)
    audit_intact(world)
    # the skeleton is kept for its period; then the report says erase
    later = add_years(TODAY, 10)
    report = privacy.retention_report(world, today=later)
    [row] = [r for r in report.rows if r.candidate_id == gaup]
    assert row.anonymised and row.action == Action.ERASE
    privacy.erase_candidate(world, gaup, "retention period over", today=later)


def _judgements(db: Database, case_id: int) -> list[Any]:
    from rpl_desktop.store.records import JudgementRecord

    with db.read() as s:
        rows = list(s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id)))
        s.expunge_all()
        return rows


# ----------------------------------------------------------------------------------------------------
# the retention report


def test_retention_report_and_its_csv(world: Database, tmp_path: Path) -> None:
    formula = save_candidate(
        world,
        replace(
            get_candidate(world, cid(world, "Rássa")),
            id=None,
            version=0,
            given_name='=HYPERLINK("http://x")',
            family_name="@Evil",
            national_id="",
            id_type=get_candidate(world, cid(world, "Øystein")).id_type,
        ),
    )
    report = privacy.retention_report(world, today=add_years(TODAY, 3))
    due = {r.candidate_id for r in report.rows}
    assert formula.id in due and cid(world, "Rássa") in due  # no cases: 2 years after the last change
    assert cid(world, "Gaup") not in due  # open case
    assert report.candidates == 7 and report.active == report.candidates - report.due - report.kept
    assert privacy.retention_report(world).rows == ()  # nothing is due today
    path = privacy.write_report_csv(report, tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(privacy.REPORT_HEADER)
    [evil] = [r for r in rows if r[0] == str(formula.id)]
    assert evil[1].startswith("'=HYPERLINK") and evil[1].endswith("'@Evil") is False
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_report_scale_is_one_pass(world: Database) -> None:
    """The report reads every candidate and case once (three queries), whatever the register's size."""
    statements: list[str] = []
    from sqlalchemy import event

    @event.listens_for(world.engine, "before_cursor_execute")
    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    privacy.retention_report(world)
    event.remove(world.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6, selects


# ----------------------------------------------------------------------------------------------------
# the headless commands


def test_cli_candidate_export_erase_anonymise_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rpl_desktop.app import main

    home = ["--basedir", str(tmp_path / "home")]
    assert main([*home, "demo"]) == 0
    out = tmp_path / "c5.zip"
    assert main([*home, "candidate", "export", "5", "--out", str(out)]) == 0
    assert "Wrote c5.zip" in capsys.readouterr().out
    assert (
        json.loads(open_bundle(out, passphrase=None, kind=KIND, what="x").read("candidate.json"))[
            "candidate"
        ]["id"]
        == 5
    )
    monkeypatch.setenv("RPL_EXPORT_PASSPHRASE", "short")
    assert main([*home, "candidate", "export", "5", "--out", str(tmp_path / "e.bin"), "--encrypt"]) == 2
    assert "too short" in capsys.readouterr().err
    monkeypatch.setenv("RPL_EXPORT_PASSPHRASE", "a long passphrase")
    assert main([*home, "candidate", "export", "5", "--out", str(tmp_path / "e.bin"), "--encrypt"]) == 0
    assert open_bundle(tmp_path / "e.bin", passphrase="a long passphrase", kind=KIND, what="x").namelist()
    csv_path = tmp_path / "report.csv"
    assert main([*home, "retention", "report", "--csv", str(csv_path), "--today", "2099-01-01"]) == 0
    printed = capsys.readouterr().out
    assert (
        "candidate 5: ended" in printed and "Rássa" not in printed
    )  # ids on the console, names only in the file
    assert "Rássa" in csv_path.read_text(encoding="utf-8-sig")
    with pytest.raises(SystemExit) as stop:  # --reason is required
        main([*home, "candidate", "erase", "5"])
    assert stop.value.code == 2 and "--reason" in capsys.readouterr().err
    assert main([*home, "candidate", "erase", "5", "--reason", "   "]) == 2
    assert "Give the reason" in capsys.readouterr().err
    assert main([*home, "candidate", "anonymise", "4", "--reason", "request"]) == 0
    assert main([*home, "candidate", "erase", "5", "--reason", "request 3 March"]) == 0
    assert "Erased candidate 5" in capsys.readouterr().out
    assert main([*home, "candidate", "erase", "5", "--reason", "again"]) == 2
    assert "does not exist" in capsys.readouterr().err
