"""Branschvalidering cases through the services: models, results, gates, outcome classes, issuing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rpl_desktop.domain.bransch import (
    ComponentResult,
    DocumentKind,
    GateClosed,
    OutcomeClass,
    PhaseRecord,
    ProcessPhase,
    RetakeRefused,
)
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.catalogue import SEQF_CATEGORIES, Standard, StandardKind
from rpl_desktop.domain.errors import ImportFileError, RplError, ValidationError
from rpl_desktop.domain.register import Candidate, HistoryPeriod, PeriodKind
from rpl_desktop.services import bransch_cases as bc
from rpl_desktop.services.bransch_io import dump_model, load_sample_models
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.cases import create_case
from rpl_desktop.services.history import save_period
from rpl_desktop.store.bransch_records import (
    BedomningSignatureRecord,
    BranschPeriodTagRecord,
    BranschPhaseRecord,
    BranschResultRecord,
    BranschSignoffRecord,
)
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord, StandardRecord

CENTRE = {"assessor_id": "YB-2231", "provider": "Testcentret i Åre", "accreditation_id": "ACK-017"}
MODELS = load_sample_models()
VVS_SIGNOFFS = ("praktiska arbetsuppgifter", "kunskapsmål")


def _result(cid: str, when: date, score: int | str | Decimal, attempt: int = 0) -> ComponentResult:
    return ComponentResult(cid, when, attempt, score, **CENTRE)


@pytest.fixture
def linnea(db: Database) -> int:
    cand = save_candidate(db, Candidate("Linnea", "Sjöström", date(1986, 1, 9), language="sv"))
    assert cand.id is not None
    return cand.id


def _period(db: Database, candidate_id: int, start: date, end: date | None, fte: float, role: str) -> int:
    saved = save_period(
        db,
        HistoryPeriod(
            PeriodKind.EMPLOYMENT,
            "Restaurang Fjällsippan AB",
            start,
            end,
            country="SE",
            role=role,
            fte_percent=fte,
            candidate_id=candidate_id,
        ),
    )
    assert saved.id is not None
    return saved.id


def _case(db: Database, candidate_id: int, code: str) -> int:
    bc.load_sample_models_into_catalogue(db)
    case = create_case(
        db, Case(candidate_id, MODELS[code].uid, Purpose.BRANSJEVALIDERING, opened_on=date(2025, 1, 10))
    )
    assert case.id is not None
    return case.id


# ----------------------------------------------------------------------------------------------------
# the catalogue


def test_sample_models_go_into_the_catalogue_once_with_their_own_json(db: Database) -> None:
    assert bc.load_sample_models_into_catalogue(db) == 3
    assert bc.load_sample_models_into_catalogue(db) == 0
    summaries = {m.code: m for m in bc.list_models(db)}
    assert set(summaries) == {"IOB", "KOCK", "VVS"}
    assert summaries["VVS"].title == "VVS-montör, branschcertifikat (exempelmodell)"
    assert summaries["VVS"].sample
    with db.read() as s:
        record = s.scalar(select(StandardRecord).where(StandardRecord.uid == MODELS["VVS"].uid))
        assert record is not None
        assert record.kind == "branschmodell"
        assert json.loads(record.payload) == json.loads(json.dumps(dump_model(MODELS["VVS"])))
    assert bc.get_model(db, MODELS["VVS"].uid) == MODELS["VVS"]


def test_the_catalogue_view_of_a_model_has_its_typed_outcomes() -> None:
    model = MODELS["VVS"]
    std = bc.branschmodell_as_standard(model)
    assert (std.kind, std.uid, std.code, std.version) == (
        StandardKind.BRANSCHMODELL,
        model.uid,
        "VVS",
        "2025.1",
    )
    assert std.title.get("sv") == "VVS-montör, branschcertifikat (exempelmodell)"
    assert std.title.get("en") == "Plumbing installer, industry certificate (sample model)"
    assert [o.code for o in std.sorted_outcomes()][:3] == ["A-F1", "B-K1", "B-K2"]
    assert {o.category for o in std.outcomes} <= set(SEQF_CATEGORIES)
    responsibility = std.outcome("urn:rpl-desktop:sample:vvs:installation:C-A1")
    assert responsibility is not None and responsibility.category == "ansvar_och_sjalvstandighet"
    payload = json.loads(json.dumps(dump_model(model)))
    assert bc.is_model_payload(payload) and not bc.is_model_payload({"uid": "x", "kind": "laerefag"})
    assert bc.standard_from_model_payload(payload) == std


def test_catalogue_listing_works_with_the_proposed_parse_hook(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The change proposed for ``catalogue._parse``: a branschmodell payload becomes its catalogue view."""
    from rpl_desktop.services import catalogue

    original = catalogue._parse

    def parse(payload: str) -> Standard:
        data = json.loads(payload)
        return bc.standard_from_model_payload(data) if bc.is_model_payload(data) else original(payload)

    monkeypatch.setattr(catalogue, "_parse", parse)
    catalogue.load_sample(db)
    bc.load_sample_models_into_catalogue(db)
    listed = {s.code: s for s in catalogue.list_standards(db, StandardKind.BRANSCHMODELL)}
    assert set(listed) == {"IOB", "KOCK", "VVS"}
    assert listed["VVS"].outcomes == 9
    assert catalogue.get_standard(db, MODELS["KOCK"].uid).kind == StandardKind.BRANSCHMODELL
    view = catalogue.load_standard_view(db, MODELS["KOCK"].uid, "sv")
    assert view.outcomes[0].text == "Tar emot och förvarar råvaror rätt."


def test_a_model_used_by_a_case_cannot_change_under_the_same_uid(db: Database, linnea: int) -> None:
    import dataclasses

    _case(db, linnea, "VVS")
    assert bc.import_model(db, MODELS["VVS"]) == "unchanged"
    changed = dataclasses.replace(MODELS["VVS"], owner="Någon annan")
    with pytest.raises(ImportFileError, match="new version"):
        bc.import_model(db, changed, "vvs.json")
    assert bc.get_model(db, MODELS["VVS"].uid).owner == MODELS["VVS"].owner
    new_version = dataclasses.replace(changed, uid=MODELS["VVS"].uid + ":2026", version="2026.1")
    assert bc.import_model(db, new_version) == "added"


def test_a_broken_model_file_is_refused_naming_the_rule(db: Database, tmp_path: Path) -> None:
    data = dump_model(MODELS["VVS"])
    data["rules"].append({"id": "tva-av-fyra", "type": "k_of_n", "k": 4, "items": ["A", "B", "C"]})
    path = tmp_path / "vvs.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r'rules\[5\] \(k_of_n "tva-av-fyra"\): k = 4 but only 3 items'):
        bc.import_model_file(db, path)
    assert bc.list_models(db) == []


def test_a_case_of_another_kind_has_no_model(db: Database, linnea: int) -> None:
    from rpl_desktop.services.catalogue import load_sample

    load_sample(db)
    with db.read() as s:
        uid = s.scalar(select(StandardRecord.uid).where(StandardRecord.kind == "laerefag"))
    assert uid is not None
    case = create_case(db, Case(linnea, uid, Purpose.PRAKSISKANDIDAT))
    assert case.id is not None
    assert not bc.is_branschmodell_case(db, case.id)
    with pytest.raises(RplError, match="not a branschmodell"):
        bc.load_model_for_case(db, case.id)


# ----------------------------------------------------------------------------------------------------
# storing a case


def test_store_round_trip_and_cascade(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "IOB")
    assert bc.is_branschmodell_case(db, case_id)
    saved = bc.book_component_result(db, case_id, _result("T04", date(2025, 3, 3), "62.5"))
    assert saved.result.attempt == 1
    bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), Decimal("80")))
    again = bc.book_component_result(db, case_id, _result("T04", date(2025, 3, 20), 71.5))
    assert again.result.attempt == 2
    results = bc.list_results(db, case_id)
    assert [(r.result.component_id, r.result.attempt, r.result.score) for r in results] == [
        ("T01", 1, Decimal("80")),
        ("T04", 1, Decimal("62.5")),
        ("T04", 2, Decimal("71.5")),
    ]
    assert results[0].result.accreditation_id == "ACK-017"
    bc.record_phase(
        db,
        case_id,
        PhaseRecord(
            ProcessPhase.INLEDANDE_KARTLAGGNING,
            date(2025, 2, 1),
            " yrkesbedömare ",
            "CV och intyg\nfrån arbetsgivaren",
        ),
    )
    bc.record_phase(db, case_id, PhaseRecord(ProcessPhase.VAGLEDNING, date(2025, 1, 12), "vägledare"))
    bc.record_phase(db, case_id, PhaseRecord(ProcessPhase.VAGLEDNING, date(2025, 1, 14), "studievägledare"))
    assert bc.list_phases(db, case_id) == [
        PhaseRecord(ProcessPhase.VAGLEDNING, date(2025, 1, 14), "studievägledare"),
        PhaseRecord(
            ProcessPhase.INLEDANDE_KARTLAGGNING,
            date(2025, 2, 1),
            "yrkesbedömare",
            "CV och intyg\nfrån arbetsgivaren",
        ),
    ]
    with pytest.raises(ValidationError, match="actor_role"):
        bc.record_phase(db, case_id, PhaseRecord(ProcessPhase.ERKANNANDE, date(2025, 4, 1), "  "))
    bc.sign_bedomning(db, case_id, "YB-2231", date(2025, 3, 21))
    assert bc.get_signature(db, case_id) == bc.BedomningSignature("YB-2231", date(2025, 3, 21))
    phases = {p.phase: p for p in bc.list_phases(db, case_id)}
    assert phases[ProcessPhase.FORMELL_BEDOMNING].date == date(2025, 3, 21)  # recorded by the signature

    # only the latest attempt may be deleted
    with pytest.raises(RplError, match="later attempts"):
        bc.delete_result(db, results[1].id)
    assert bc.delete_result(db, results[2].id) == results[2].result
    assert bc.delete_result(db, results[2].id) is None
    assert bc.next_attempt_number(db, case_id, "T04") == 2

    with db.transaction() as s:
        s.delete(s.get(CaseRecord, case_id))
    with db.read() as s:
        for record in (BranschResultRecord, BranschPhaseRecord, BedomningSignatureRecord):
            assert s.scalar(select(func.count()).select_from(record)) == 0


def test_bad_results_are_refused_with_the_field(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "IOB")
    with pytest.raises(ValidationError, match="outside the scale"):
        bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), 101))
    with pytest.raises(ValidationError, match="0 \\(fail\\) or 1 \\(pass\\)"):
        bc.book_component_result(db, case_id, _result("MASKIN", date(2025, 3, 3), "0.5"))
    with pytest.raises(ValidationError, match="no component 'T99'"):
        bc.book_component_result(db, case_id, _result("T99", date(2025, 3, 3), 50))
    with pytest.raises(ValidationError, match="in the future"):
        bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), 50), today=date(2025, 3, 2))
    with pytest.raises(ValidationError, match="next attempt of T01 is number 1, not 2"):
        bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), 50, attempt=2))
    bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), 50))
    with pytest.raises(ValidationError, match="before the previous attempt"):
        bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 1), 80))
    assert len(bc.list_results(db, case_id)) == 1


# ----------------------------------------------------------------------------------------------------
# retakes and gates


def _vvs_ready_for_b(db: Database, case_id: int) -> None:
    for name in VVS_SIGNOFFS:
        bc.record_signoff(db, case_id, name, date(2025, 2, 1), "Arbetsledare Karlsson")
    bc.book_component_result(db, case_id, _result("A", date(2025, 2, 10), 1))


def test_retake_before_the_waiting_time_is_refused_with_the_date_and_nothing_saved(
    db: Database, linnea: int
) -> None:
    case_id = _case(db, linnea, "VVS")
    _vvs_ready_for_b(db, case_id)
    bc.book_component_result(db, case_id, _result("B", date(2025, 3, 1), 64))
    before = bc.list_results(db, case_id)
    with pytest.raises(RetakeRefused) as refused:
        bc.book_component_result(db, case_id, _result("B", date(2025, 3, 20), 85))
    assert refused.value.next_allowed == date(2025, 3, 31)
    assert "Nästa försök tidigast 2025-03-31" in refused.value.sv
    assert "Next attempt no earlier than 2025-03-31" in refused.value.en
    assert bc.list_results(db, case_id) == before
    state = bc.load_case_state(db, case_id)
    assert state.next_attempt("B") == 2
    assert state.next_attempt_from("B") == date(2025, 3, 31)
    saved = bc.book_component_result(db, case_id, _result("B", date(2025, 3, 31), 85))
    assert saved.result.attempt == 2
    assert bc.evaluate_case(db, case_id).component("B").passed


def test_no_attempt_beyond_the_maximum(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "VVS")
    _vvs_ready_for_b(db, case_id)
    for when in (date(2025, 3, 1), date(2025, 4, 1), date(2025, 5, 2)):
        bc.book_component_result(db, case_id, _result("B", when, 55))
    with pytest.raises(RetakeRefused, match="alla 3 försök är använda") as refused:
        bc.book_component_result(db, case_id, _result("B", date(2025, 8, 1), 90))
    assert refused.value.next_allowed is None
    assert len(bc.list_results(db, case_id)) == 4
    ev = bc.evaluate_case(db, case_id)
    assert ev.component("B").attempts_left == 0
    assert ev.outcome is OutcomeClass.PARTIAL  # A (welding) passed


def test_workplace_signoffs_gate_the_theory_test(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "VVS")
    bc.book_component_result(db, case_id, _result("A", date(2025, 2, 10), 1))
    bc.record_signoff(db, case_id, "Praktiska  arbetsuppgifter", date(2025, 2, 1))
    with pytest.raises(GateClosed, match="kunskapsmål") as closed:
        bc.book_component_result(db, case_id, _result("B", date(2025, 3, 1), 80))
    assert closed.value.rule_id == "signering-fore-b"
    with pytest.raises(ValidationError, match="not a sign-off of VVS"):
        bc.record_signoff(db, case_id, "svetsintyg", date(2025, 2, 1))
    bc.record_signoff(db, case_id, "kunskapsmål", date(2025, 3, 5), "Arbetsledare Karlsson")
    # signed off after the day of the test: still closed on that day
    with pytest.raises(GateClosed):
        bc.book_component_result(db, case_id, _result("B", date(2025, 3, 1), 80))
    bc.book_component_result(db, case_id, _result("B", date(2025, 3, 6), 80))
    assert [s.signoff for s in bc.list_signoffs(db, case_id)] == list(VVS_SIGNOFFS)


def test_documented_hours_gate_from_tagged_periods(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "KOCK")
    short = _period(db, linnea, date(2024, 1, 1), date(2024, 1, 28), 100, "Kock")  # 4 weeks = 160 h
    half = _period(db, linnea, date(2023, 1, 1), date(2023, 12, 31), 50, "Kallskänka")
    untagged = _period(db, linnea, date(2018, 1, 1), date(2022, 12, 31), 100, "Kock")
    bc.book_component_result(db, case_id, _result("kartlaggning", date(2025, 2, 3), 1))
    assert bc.documented_hours_by_trade(db, case_id) == {"kock": Decimal(0)}
    with pytest.raises(GateClosed, match=r"0 av 1\xa0000 timmar"):
        bc.book_component_result(db, case_id, _result("ravaror-1", date(2025, 3, 4), 1))

    tag = bc.tag_period(db, case_id, short, "Kock")
    assert (tag.trade, tag.counted_hours, tag.stated_hours) == ("kock", Decimal("160.0"), None)
    with pytest.raises(RplError, match="already counts"):
        bc.tag_period(db, case_id, short, "kock")
    with pytest.raises(ValidationError, match="not a trade KOCK counts hours in"):
        bc.tag_period(db, case_id, half, "servitör")
    with pytest.raises(GateClosed, match=r"160 av 1\xa0000 timmar krävs"):
        bc.book_component_result(db, case_id, _result("ravaror-1", date(2025, 3, 4), 1))

    half_tag = bc.tag_period(db, case_id, half, "kock")
    assert half_tag.counted_hours == Decimal("1042.8")  # 365 days / 7 × 20 h, rounded down
    bc.untag_period(db, half_tag.id)
    stated = bc.tag_period(db, case_id, half, "kock", hours="900")  # the employer's statement says 900 h
    assert stated.counted_hours == Decimal("900")
    assert bc.documented_hours_by_trade(db, case_id) == {"kock": Decimal("1060.0")}
    bc.book_component_result(db, case_id, _result("ravaror-1", date(2025, 3, 4), 1))
    ev = bc.evaluate_case(db, case_id)
    assert ev.rule("timmar").passed
    assert "1\xa0060 av 1\xa0000 timmar krävs" in ev.rule("timmar").lines[0].sv
    assert untagged not in {t.period.id for t in bc.list_period_tags(db, case_id)}

    # another candidate's period cannot be tagged; a deleted period stops counting
    other = save_candidate(db, Candidate("Per", "Persson"))
    assert other.id is not None
    foreign = _period(db, other.id, date(2020, 1, 1), date(2020, 12, 31), 100, "Kock")
    with pytest.raises(RplError, match="not part of this candidate's history"):
        bc.tag_period(db, case_id, foreign, "kock")
    from rpl_desktop.services.history import delete_period

    delete_period(db, half)
    assert bc.documented_hours_by_trade(db, case_id) == {"kock": Decimal("160.0")}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(BranschPeriodTagRecord)) == 1


# ----------------------------------------------------------------------------------------------------
# the three outcome classes of each sample model


def _iob(db: Database, case_id: int, outcome: OutcomeClass) -> None:
    if outcome is OutcomeClass.NONE:
        bc.book_component_result(db, case_id, _result("T04", date(2025, 3, 3), 62))
        return
    bc.book_component_result(db, case_id, _result("T01", date(2025, 3, 3), 80))
    if outcome is OutcomeClass.FULL:
        for n in range(2, 11):
            bc.book_component_result(db, case_id, _result(f"T{n:02d}", date(2025, 3, 3), 74))


def _vvs(db: Database, case_id: int, outcome: OutcomeClass) -> None:
    for name in VVS_SIGNOFFS:
        bc.record_signoff(db, case_id, name, date(2025, 2, 1))
    bc.book_component_result(
        db, case_id, _result("A", date(2025, 2, 10), 0 if outcome is OutcomeClass.NONE else 1)
    )
    if outcome is OutcomeClass.FULL:
        bc.book_component_result(db, case_id, _result("B", date(2025, 3, 1), 82))
        bc.book_component_result(db, case_id, _result("C", date(2025, 4, 8), 1))


def _kock(db: Database, case_id: int, outcome: OutcomeClass) -> None:
    candidate = bc.load_case_state(db, case_id).candidate_id
    period = _period(db, candidate, date(2006, 6, 1), date(2010, 8, 31), 100, "Kock")
    bc.tag_period(db, case_id, period, "kock")
    bc.book_component_result(db, case_id, _result("kartlaggning", date(2025, 2, 3), 1))
    if outcome is OutcomeClass.NONE:
        bc.book_component_result(db, case_id, _result("hygien-2", date(2025, 3, 4), 0))
        return
    items = ["ravaror-1", "ravaror-2", "ravaror-3"]
    if outcome is OutcomeClass.FULL:
        model = MODELS["KOCK"]
        items = [c.id for c in model.components if c.module is not None]
    for cid in items:
        bc.book_component_result(db, case_id, _result(cid, date(2025, 3, 4), 1))


SCENARIOS: dict[str, Callable[[Database, int, OutcomeClass], None]] = {
    "IOB": _iob,
    "VVS": _vvs,
    "KOCK": _kock,
}
PARTIAL_PASSED = {"IOB": ("M01",), "VVS": ("svets",), "KOCK": ("ravaror",)}


@pytest.mark.parametrize("outcome", list(OutcomeClass))
@pytest.mark.parametrize("code", ["IOB", "VVS", "KOCK"])
def test_outcome_classes_of_each_sample_model(
    db: Database, linnea: int, code: str, outcome: OutcomeClass
) -> None:
    model = MODELS[code]
    case_id = _case(db, linnea, code)
    SCENARIOS[code](db, case_id, outcome)
    ev = bc.evaluate_case(db, case_id)
    assert ev.outcome is outcome
    if outcome is OutcomeClass.FULL:
        assert ev.document is model.certificate_name
        assert ev.missing_modules == ()
        assert ev.remaining == ()
    elif outcome is OutcomeClass.PARTIAL:
        assert ev.document is DocumentKind.INTYG
        assert ev.passed_modules == PARTIAL_PASSED[code]
        required = tuple(m.id for m in model.modules if m.required)
        assert ev.missing_modules == tuple(m for m in required if m not in PARTIAL_PASSED[code])
        assert any(line.sv.startswith("Saknas: ") and "träna" in line.sv for line in ev.remaining)
    else:
        assert ev.document is DocumentKind.KARTLAGGNINGSUTLATANDE
        assert ev.passed_modules == ()
    # nothing is issued before the bedömning is signed
    assert not ev.can_issue
    assert any("inte signerad" in line.sv for line in ev.issue_blockers)
    last = max(r.result.date for r in bc.list_results(db, case_id))
    bc.sign_bedomning(db, case_id, "YB-2231", last)
    signed = bc.evaluate_case(db, case_id)
    assert signed.can_issue, [line.en for line in signed.issue_blockers]
    assert signed.outcome is outcome


def test_signature_and_accreditation_before_anything_is_issued(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "VVS")
    _vvs(db, case_id, OutcomeClass.FULL)
    ev = bc.evaluate_case(db, case_id)
    assert ev.outcome is OutcomeClass.FULL and not ev.can_issue
    assert [line.en for line in ev.issue_blockers] == [
        "The formal assessment (bedömning) has not been signed by an assessor"
    ]
    with pytest.raises(ValidationError, match="assessor_id"):
        bc.sign_bedomning(db, case_id, "  ", date(2025, 4, 9))
    with pytest.raises(ValidationError, match="in the future"):
        bc.sign_bedomning(db, case_id, "YB-1", date(2025, 4, 9), today=date(2025, 4, 8))
    bc.sign_bedomning(db, case_id, "YB-2231", date(2025, 4, 1))  # before the last result (8 April)
    early = bc.evaluate_case(db, case_id)
    assert not early.can_issue
    assert "before the last result (2025-04-08)" in early.issue_blockers[0].en
    bc.sign_bedomning(db, case_id, "YB-2231", date(2025, 4, 9))
    assert bc.evaluate_case(db, case_id).can_issue
    # phases dated out of order block issuing too
    bc.record_phase(db, case_id, PhaseRecord(ProcessPhase.VAGLEDNING, date(2025, 5, 1), "vägledare"))
    late = bc.evaluate_case(db, case_id)
    assert not late.can_issue
    assert late.issue_blockers[-1].sv == (
        "formell bedömning (2025-04-01) är daterad före vägledning (2025-05-01)"
    )
    bc.delete_phase(db, case_id, ProcessPhase.VAGLEDNING)
    bc.remove_signature(db, case_id)
    assert not bc.evaluate_case(db, case_id).can_issue


def test_a_result_without_accreditation_blocks_issuing(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "IOB")
    bc.book_component_result(db, case_id, ComponentResult("T01", date(2025, 3, 3), 0, 80, assessor_id="YB-1"))
    bc.sign_bedomning(db, case_id, "YB-1", date(2025, 3, 3))
    ev = bc.evaluate_case(db, case_id)
    assert not ev.can_issue
    assert [line.en for line in ev.issue_blockers] == [
        "Area 1: the test centre's accreditation id is missing"
    ]


def test_signoff_records_are_kept_per_case(db: Database, linnea: int) -> None:
    case_id = _case(db, linnea, "VVS")
    bc.record_signoff(db, case_id, "kunskapsmål", date(2025, 2, 1), "A")
    bc.record_signoff(db, case_id, "KUNSKAPSMÅL", date(2025, 2, 2), "B")
    assert bc.list_signoffs(db, case_id) == [bc.Signoff("kunskapsmål", date(2025, 2, 2), "B")]
    bc.delete_signoff(db, case_id, "Kunskapsmål")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(BranschSignoffRecord)) == 0


# ----------------------------------------------------------------------------------------------------
# the same case headless and through the store


CASEFILES = Path(__file__).resolve().parents[2] / "data" / "casefiles"


@pytest.mark.parametrize("name", ["full", "partial", "none"])
def test_case_files_and_the_stored_case_agree(db: Database, linnea: int, name: str) -> None:
    """``assess`` on tests/data/casefiles/bransch-vvs-*.json = the same data entered through the services."""
    from rpl_desktop.services.casefile import assess_casefile

    data = json.loads((CASEFILES / f"bransch-vvs-{name}.json").read_text(encoding="utf-8"))
    headless = assess_casefile(data)
    assert headless["outcome"] == name

    case_id = _case(db, linnea, data["target"]["code"])
    for signoff in data.get("signoffs", []):
        bc.record_signoff(db, case_id, signoff, date(2025, 1, 15))
    for r in data["component_results"]:
        result = ComponentResult(
            r["component"],
            date.fromisoformat(r["date"]),
            r["attempt"],
            Decimal(str(r["score"])),
            r["assessor_id"],
            r["provider"],
            r["accreditation_id"],
        )
        bc.book_component_result(db, case_id, result)
    if data.get("signature"):
        bc.sign_bedomning(
            db, case_id, data["signature"]["assessor_id"], date.fromisoformat(data["signature"]["date"])
        )
    ev = bc.evaluate_case(db, case_id)
    assert ev.outcome.value == headless["outcome"]
    assert ev.document.value == headless["document"]
    assert list(ev.passed_modules) == headless["passed_modules"]
    assert ev.can_issue is headless["can_issue"]
    assert [line.sv for line in ev.remaining] == headless["remaining"]
