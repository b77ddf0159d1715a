"""Cases and the mapping matrix through the services, on the sample catalogue and demo candidates."""

from __future__ import annotations

from datetime import date

import pytest

from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.mapping import EvidenceKindRef, Indicator, Judgement, Method, ResultClass
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import ConflictError, search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    return db


def _uid(db: Database, code: str) -> str:
    return next(s.uid for s in list_standards(db) if s.code == code)


def _candidate(db: Database, name: str) -> int:
    return search_candidates(db, name)[0].id


def test_case_numbers_follow_the_pattern_and_are_unique(world: Database) -> None:
    cid = _candidate(world, "gaup")
    a = cs.create_case(world, Case(cid, _uid(world, "TMF3"), Purpose.PRAKSISKANDIDAT, opened_on=date(2025, 3, 1)))
    b = cs.create_case(world, Case(cid, _uid(world, "HEL-EO10"), Purpose.FRITAK, opened_on=date(2025, 3, 2)))
    assert (a.number, b.number) == ("25/00001", "25/00002")
    cs.set_case_number_pattern(world, "RKV-{yyyy}-{seq:04}")
    c = cs.create_case(world, Case(cid, _uid(world, "TMF3"), Purpose.RKV_VGS, opened_on=date(2030, 1, 5)))
    assert c.number == "RKV-2030-0001"
    with pytest.raises(ValidationError):
        cs.set_case_number_pattern(world, "{yy}")


def test_case_list_filters_and_search(world: Database) -> None:
    gaup, olena = _candidate(world, "gaup"), _candidate(world, "Шевченко")
    a = cs.create_case(world, Case(gaup, _uid(world, "TMF3"), Purpose.PRAKSISKANDIDAT, caseworker="Kari",
                                   opened_on=date(2025, 1, 1), due_on=date(2025, 2, 1)))
    cs.create_case(world, Case(olena, _uid(world, "HEL-EO10"), Purpose.FRITAK, caseworker="Per",
                               phase_dates={Phase.VEILEDNING: date(2025, 1, 3), Phase.KARTLEGGING: date(2025, 1, 9)}))
    assert [r.number for r in cs.list_cases(world, cs.CaseFilter(caseworker="Kari"))] == [a.number]
    assert [r.candidate_name for r in cs.list_cases(world, cs.CaseFilter(text="шевч"))] == ["Олена Шевченко"]
    assert len(cs.list_cases(world, cs.CaseFilter(phase=Phase.KARTLEGGING))) == 1
    assert [r.id for r in cs.list_cases(world, cs.CaseFilter(overdue_on=date(2025, 6, 1)))] == [a.id]
    # a case number finds its candidate in the candidate search
    assert [r.id for r in search_candidates(world, a.number)] == [gaup]


def test_matrix_indicators_document_only_block_and_override(world: Database) -> None:
    olena = _candidate(world, "Шевченко")
    case = cs.create_case(world, Case(olena, _uid(world, "HEL-EO10"), Purpose.FRITAK))
    matrix = ms.load_matrix(world, case.id)  # type: ignore[arg-type]
    assert matrix.result.result == ResultClass.NONE and len(matrix.rows) == 11
    first = matrix.rows[0]
    assert first.indicators.valid == Indicator.MISSING
    period = next(i for i in matrix.available if i.kind == EvidenceKindRef.PERIOD and "Fyllingsdalen" in i.label)
    for row in matrix.rows:
        uid = row.assessment.outcome.uid
        ms.link_evidence(world, case.id, uid, period.kind, period.ref_id)  # type: ignore[arg-type]
        ms.set_judgement(world, case.id, uid, Judgement.MET, "Attest fra sykehjemmet viser dette.",  # type: ignore[arg-type]
                         {Method.DOCUMENTS})
    matrix = ms.load_matrix(world, case.id)  # type: ignore[arg-type]
    assert matrix.result.result == ResultClass.FULL
    assert matrix.rows[0].indicators.current == Indicator.OK
    with pytest.raises(RplError, match="documents alone"):
        ms.change_status(world, case.id, CaseStatus.UNDER_ASSESSMENT) and ms.change_status(  # type: ignore[arg-type]
            world, case.id, CaseStatus.PROPOSED)  # type: ignore[arg-type]
    ms.set_document_only_override(world, case.id, "Fagansvarlig kjenner arbeidsstedet og har bekreftet oppgavene.")  # type: ignore[arg-type]
    assert ms.change_status(world, case.id, CaseStatus.PROPOSED).status == CaseStatus.PROPOSED  # type: ignore[arg-type]


def test_judgement_needs_reason_and_method(world: Database) -> None:
    case = cs.create_case(world, Case(_candidate(world, "gaup"), _uid(world, "TMF3"), Purpose.RKV_VGS))
    uid = ms.load_matrix(world, case.id).rows[0].assessment.outcome.uid  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="reason"):
        ms.set_judgement(world, case.id, uid, Judgement.MET, "  ", {Method.DIALOGUE})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="method"):
        ms.set_judgement(world, case.id, uid, Judgement.MET, "Vist i samtale", set())  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ms.set_judgement(world, case.id, "urn:not-an-outcome", Judgement.MET, "x", {Method.DIALOGUE})  # type: ignore[arg-type]


def test_suggestions_rank_relevant_history(world: Database) -> None:
    case = cs.create_case(world, Case(_candidate(world, "gaup"), _uid(world, "TMF3"), Purpose.PRAKSISKANDIDAT))
    matrix = ms.load_matrix(world, case.id)  # type: ignore[arg-type]
    suggested = [s for row in matrix.rows for s in row.suggestions]
    assert suggested, "the carpenter's periods should be suggested for tømrer kompetansemål"
    assert all(s.kind in ("period", "course") for s in suggested)


def test_interview_guide_and_notes(world: Database) -> None:
    case = cs.create_case(world, Case(_candidate(world, "Шевченко"), _uid(world, "HEL-EO10"), Purpose.FRITAK))
    matrix = ms.load_matrix(world, case.id)  # type: ignore[arg-type]
    guide = matrix.guide("nn")
    assert len(guide) == len(matrix.rows)
    ms.set_notes(world, case.id, guide[0].outcome_uid, "Fortalde om demensomsorg.")  # type: ignore[arg-type]
    assert ms.load_matrix(world, case.id).rows[0].assessment.notes == "Fortalde om demensomsorg."  # type: ignore[arg-type]


def test_competence_map_case_leads_to_no_decision(world: Database) -> None:
    case = cs.create_case(world, Case(_candidate(world, "brækhus"), _uid(world, "ELK-IS10"),
                                      Purpose.KOMPETANSEKARTLEGGING))
    cs_case = ms.change_status(world, case.id, CaseStatus.UNDER_ASSESSMENT)  # type: ignore[arg-type]
    with pytest.raises(RplError, match="no decision"):
        ms.change_status(world, cs_case.id, CaseStatus.PROPOSED)  # type: ignore[arg-type]


def test_stale_case_edit_is_a_conflict(world: Database) -> None:
    case = cs.create_case(world, Case(_candidate(world, "gaup"), _uid(world, "TMF3"), Purpose.RKV_VGS))
    mine, theirs = cs.get_case(world, case.id), cs.get_case(world, case.id)  # type: ignore[arg-type]
    theirs.caseworker = "Per"
    cs.save_case(world, theirs)
    mine.caseworker = "Kari"
    with pytest.raises(ConflictError):
        cs.save_case(world, mine)
    assert cs.get_case(world, case.id).caseworker == "Per"  # type: ignore[arg-type]


def test_competence_map_against_three_targets(world: Database) -> None:
    from rpl_desktop.services.crosswalk import add_target, competence_map, gaps_in_words

    cid = _candidate(world, "brækhus")
    for code in ("ELK-IS10", "TMF3", "HEL-EO10"):
        add_target(world, cid, _uid(world, code), "Veileder Vik")
    cmap = competence_map(world, cid)
    assert [c.title for c in cmap][:0] == [] and len(cmap) == 3
    elk = next(c for c in cmap if "Elkraft" in c.title)
    case_id = elk.case_id
    matrix = ms.load_matrix(world, case_id)
    uid = matrix.rows[0].assessment.outcome.uid
    ms.set_judgement(world, case_id, uid, Judgement.MET, "Vist i samtale", {Method.DIALOGUE})
    elk = next(c for c in competence_map(world, cid) if c.case_id == case_id)
    assert elk.met == 1 and elk.missing == elk.total - 1
    assert elk.credits_total is not None and elk.credits_recognised == 0
    words = gaps_in_words(elk)
    assert words[0].startswith("Elkraft") and f"1 of {elk.total} outcomes shown" in words[0]


def test_praksiskandidat_never_approved_on_hours_alone(world: Database) -> None:
    from rpl_desktop.domain.praksis import Status
    from rpl_desktop.domain.register import Exam
    from rpl_desktop.services.history import list_exams, save_exam
    from rpl_desktop.services.praksis_case import compute_case_praksis

    gaup = _candidate(world, "gaup")
    case = cs.create_case(world, Case(gaup, _uid(world, "TMF3"), Purpose.PRAKSISKANDIDAT))
    calc = compute_case_praksis(world, case.id, reference=date(2025, 6, 1))  # type: ignore[arg-type]
    assert calc.result.status == Status.MET
    assert [s.relation.value for s in calc.result.per_school] == ["trade"]  # Vg1 bygg- og anleggsteknikk
    assert cs.get_case(world, case.id).rule_profile_id == "national@2025.1"  # type: ignore[arg-type]
    matrix = ms.load_matrix(world, case.id)  # type: ignore[arg-type]
    ms.change_status(world, case.id, CaseStatus.UNDER_ASSESSMENT)  # type: ignore[arg-type]
    with pytest.raises(RplError, match="not assessed"):
        ms.change_status(world, case.id, CaseStatus.PROPOSED)  # type: ignore[arg-type]
    for row in matrix.rows:
        ms.set_judgement(world, case.id, row.assessment.outcome.uid, Judgement.MET,  # type: ignore[arg-type]
                         "Vist i fagsamtale og på arbeidsplassen.", {Method.DIALOGUE, Method.PRACTICAL_TEST})
    ms.change_status(world, case.id, CaseStatus.PROPOSED)  # type: ignore[arg-type]
    # The demo candidate passed TMF3102, so now only a failed exam would block: make it fail.
    exam = list_exams(world, gaup)[0]
    exam.passed = False
    save_exam(world, exam)
    with pytest.raises(RplError, match="TMF3102"):
        ms.change_status(world, case.id, CaseStatus.APPROVED)  # type: ignore[arg-type]
    exam.passed = True
    save_exam(world, exam)
    assert ms.change_status(world, case.id, CaseStatus.APPROVED).status == CaseStatus.APPROVED  # type: ignore[arg-type]
    assert isinstance(Exam, type)
