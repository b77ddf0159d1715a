from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.cases import (
    CaseStatus,
    check_transition,
    format_case_number,
    validate_case_number_pattern,
)
from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.interview import interview_guide
from rpl_desktop.domain.mapping import (
    EvidenceItem,
    EvidenceKindRef,
    Indicator,
    Judgement,
    Method,
    Outcome,
    OutcomeAssessment,
    ResultClass,
    evaluate,
    indicators,
)

REF = date(2025, 6, 1)
SKILL = Outcome("u1", "F1", "Planlegge og gjennomføre forskaling", "ferdigheter", "EMNE1")
KNOW = Outcome("u2", "K1", "Kunnskap om materialer", "kunnskap", "EMNE1")
GEN = Outcome("u3", "G1", "Samarbeide med andre fag", "generell_kompetanse", "EMNE2")
ATTEST = EvidenceItem(EvidenceKindRef.PERIOD, 1, "Byggmester AS", date(2024, 12, 31), False, True)
OLD_SELF = EvidenceItem(EvidenceKindRef.PERIOD, 2, "Eget firma", date(2010, 1, 1), True, False)


def test_indicators_start_missing_and_turn_ok() -> None:
    a = OutcomeAssessment(SKILL)
    ind = indicators(a, REF)
    assert ind.current == ind.sufficient == ind.authentic == ind.valid == Indicator.MISSING
    a.evidence.append(ATTEST)
    a.methods.add(Method.DOCUMENTS)
    ind = indicators(a, REF)
    assert (ind.current, ind.sufficient, ind.authentic) == (Indicator.OK,) * 3
    assert ind.valid == Indicator.WARN and any("practical test" in m for m in ind.messages)
    a.methods.add(Method.PRACTICAL_TEST)
    assert indicators(a, REF).all_ok


def test_old_self_declared_evidence_warns() -> None:
    a = OutcomeAssessment(KNOW, evidence=[OLD_SELF], methods={Method.DOCUMENTS})
    ind = indicators(a, REF, currency_years=5)
    assert ind.current == Indicator.WARN and ind.sufficient == Indicator.WARN and ind.authentic == Indicator.WARN
    assert ind.valid == Indicator.OK  # knowledge may be shown by documents


def test_document_only_blocks_until_override() -> None:
    rows = [OutcomeAssessment(SKILL, [ATTEST], {Method.DOCUMENTS}, Judgement.MET, "Attest viser forskaling")]
    result = evaluate(rows)
    assert result.result == ResultClass.FULL
    assert any("documents alone" in b and "F1" in b for b in result.blockers)
    assert evaluate(rows, document_only_override="Fagkonsulent har sett arbeidsprøve på stedet").blockers == ()


def test_result_classes_and_credits() -> None:
    rows = [
        OutcomeAssessment(SKILL, [], {Method.PRACTICAL_TEST}, Judgement.MET, "ok"),
        OutcomeAssessment(KNOW, [], {Method.DIALOGUE}, Judgement.MET, "ok"),
        OutcomeAssessment(GEN, [], {Method.DIALOGUE}, Judgement.NOT_MET, "mangler"),
    ]
    credits = {"EMNE1": Decimal(10), "EMNE2": Decimal(15)}
    r = evaluate(rows, group_credits=credits, programme_credits=Decimal(60))
    assert r.result == ResultClass.PARTIAL
    assert r.credits_recognised == Decimal(10) and r.credits_remaining == Decimal(50)
    assert [o.code for o in r.missing] == ["G1"]
    rows[2].judgement = Judgement.MET
    assert evaluate(rows, group_credits=credits).result == ResultClass.FULL
    for row in rows:
        row.judgement = Judgement.NOT_MET
    assert evaluate(rows).result == ResultClass.NONE


def test_unassessed_and_unexplained_outcomes_block() -> None:
    rows = [OutcomeAssessment(SKILL), OutcomeAssessment(KNOW, [], {Method.DIALOGUE}, Judgement.MET, "")]
    blockers = evaluate(rows).blockers
    assert any("not assessed" in b for b in blockers) and any("No reason" in b and "K1" in b for b in blockers)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(list(Judgement)), min_size=1, max_size=12))
def test_result_counts_add_up(judgements: list[Judgement]) -> None:
    rows = [OutcomeAssessment(Outcome(f"u{i}", f"c{i}", "t", "kunnskap"), [], {Method.DIALOGUE}, j, "r")
            for i, j in enumerate(judgements)]
    r = evaluate(rows)
    assert len(r.met) + len(r.partly) + len(r.missing) == len(rows)
    assert (r.result == ResultClass.FULL) == all(j == Judgement.MET for j in judgements)


def test_interview_guide_only_for_open_outcomes_in_language() -> None:
    rows = [OutcomeAssessment(SKILL), OutcomeAssessment(KNOW, judgement=Judgement.MET, reason="ok")]
    [item] = interview_guide(rows, "nn")
    assert item.code == "F1" and "Skildra ei konkret arbeidsoppgåve" in item.questions[0]
    assert "forskaling" in item.questions[0]
    assert interview_guide(rows, "sv")[0].questions[1].startswith("Vem kan bekräfta")


def test_case_numbers_and_transitions() -> None:
    assert format_case_number("{yy}/{seq:05}", 2025, 1234) == "25/01234"
    assert format_case_number("RKV-{yyyy}-{seq}", 2026, 7) == "RKV-2026-7"
    with pytest.raises(ValidationError):
        validate_case_number_pattern("{yy}/")
    with pytest.raises(ValidationError):
        validate_case_number_pattern("{seq}{name}")
    check_transition(CaseStatus.DRAFT, CaseStatus.UNDER_ASSESSMENT)
    with pytest.raises(RplError, match="cannot go from 'draft' to 'issued'"):
        check_transition(CaseStatus.DRAFT, CaseStatus.ISSUED)
