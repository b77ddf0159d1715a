"""Praksiskandidat calculator: public scenarios (shared/scenarios/praksis-public.md), rules, properties."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.errors import ValidationError
from rpl_desktop.domain.praksis import (
    JUDGEMENT_CODES,
    ExamResult,
    PracticeKind,
    PracticePeriod,
    PraksisResult,
    RuleProfile,
    SchoolLevel,
    SchoolRelation,
    SchoolYear,
    Status,
    Trade,
    WarningCode,
    calendar_months,
    compute_praksis,
    round_half_up,
)
from rpl_desktop.services.praksis_io import load_profile, load_trades

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
PROFILES = RESOURCES / "rule_profiles"
TRADES = load_trades(RESOURCES / "catalogue" / "sample-catalogue.json")
NATIONAL = load_profile("national", PROFILES)
AGDER = load_profile("agder-example", PROFILES)
REF = date(2025, 6, 1)
TOL = 0.1  # months, as the scenarios allow


def period(
    start: str,
    end: str | None,
    fte: int = 100,
    country: str = "NO",
    *,
    kind: PracticeKind = PracticeKind.EMPLOYMENT,
    employer: str = "",
    role: str = "",
    confirmed: bool = False,
) -> PracticePeriod:
    return PracticePeriod(
        start=date.fromisoformat(start),
        end=None if end is None else date.fromisoformat(end),
        fte_percent=Fraction(fte),
        country=country,
        kind=kind,
        employer=employer,
        role=role,
        third_party_confirmed=confirmed,
    )


def school(
    level: str, relation: str, *, passed: bool = True, yff: bool = False, in_school: bool = True
) -> SchoolYear:
    return SchoolYear(SchoolLevel(level), SchoolRelation(relation), passed, yff, in_school)


def run(
    periods: Sequence[PracticePeriod],
    schooling: Sequence[SchoolYear] = (),
    *,
    trade: str = "TMF3",
    profile: RuleProfile = NATIONAL,
    exams: Sequence[ExamResult] = (),
    ref: date = REF,
) -> PraksisResult:
    return compute_praksis(periods, schooling, exams, TRADES[trade], profile, ref)


def codes(result: PraksisResult) -> Counter[str]:
    return Counter(w.code.value for w in result.warnings)


def judgement_codes(result: PraksisResult) -> set[str]:
    return {w.code.value for w in result.warnings if w.code in JUDGEMENT_CODES}


def approx(value: Decimal, expected: float, tol: float = TOL) -> bool:
    return abs(float(value) - expected) <= tol


# ------------------------------------------------------------------------------------------------
# public scenarios


def test_scenario_1_full_time() -> None:
    r = run([period("2020-01-01", "2024-12-31")])
    assert approx(r.total_months, 60)
    assert r.total_hours == Decimal("8700.0")
    assert r.remaining_hours == 0
    assert r.status is Status.MET
    assert not judgement_codes(r)


def test_scenario_2_half_time_for_ten_years() -> None:
    r = run([period("2015-06-01", "2025-05-31", 50)])
    assert approx(r.work_months, 60)
    assert r.recent_share == 1
    assert r.status is Status.MET


def test_scenario_3a_eighty_percent_counts_as_full_time() -> None:
    r = run([period("2020-01-01", "2024-12-31", 80)])
    assert approx(r.total_months, 60)
    assert r.status is Status.MET


def test_scenario_3b_seventy_five_percent_is_pro_rata() -> None:
    r = run([period("2020-01-01", "2024-12-31", 75)])
    assert approx(r.total_months, 45)
    assert r.total_hours == Decimal("6525.0")
    assert r.remaining_hours == Decimal("2175.0")
    assert r.status is Status.NOT_MET


def test_scenario_4_parallel_jobs_capped_per_year() -> None:
    r = run(
        [
            period("2024-01-01", "2024-12-31", 60, employer="A"),
            period("2024-01-01", "2024-12-31", 60, employer="B"),
        ]
    )
    assert approx(r.raw_work_months, 14.4)
    assert approx(r.work_months, 12)
    assert approx(r.capped_months, 2.4)
    assert r.total_hours == Decimal("1740.0")
    (row,) = r.per_year
    assert (row.year, row.raw_months, row.credited_months, row.capped_months) == (
        2024,
        Decimal("14.40"),
        Decimal("12.00"),
        Decimal("2.40"),
    )
    # reduced proportionally: each job keeps half of the year
    assert [p.credited_months for p in r.per_period] == [Decimal("6.00"), Decimal("6.00")]
    assert codes(r)["year_capped"] == 1
    assert r.status is Status.NOT_MET


def test_scenario_5_school_plus_practice() -> None:
    r = run([period("2022-06-01", "2025-05-31")], [school("vg1", "trade"), school("vg2", "trade")])
    assert approx(r.school_months, 24)
    assert approx(r.work_months, 36)
    assert approx(r.total_months, 60)
    assert r.status is Status.MET


def test_scenario_6_saerskilt_laerefag_not_met() -> None:
    r = run([period("2020-01-01", "2025-02-28")], trade="ELE3")
    assert r.required_hours == Decimal("9790.0")
    assert approx(r.total_months, 62)
    assert r.total_hours == Decimal("8990.0")
    assert r.remaining_hours == Decimal("800.0")
    assert approx(r.remaining_months, 5.5)
    assert r.status is Status.NOT_MET


def test_scenario_6_saerskilt_laerefag_met_with_school() -> None:
    r = run(
        [period("2020-01-01", "2025-02-28")], [school("vg1", "trade"), school("vg2", "trade")], trade="ELE3"
    )
    assert approx(r.total_months, 86)
    assert r.remaining_hours == 0
    assert r.status is Status.MET


def test_scenario_7_old_practice_needs_judgement() -> None:
    r = run([period("2000-01-01", "2005-12-31"), period("2024-01-01", "2024-12-31")])
    assert approx(r.total_months, 84)
    assert r.recent_share is not None and abs(float(r.recent_share) - 12 / 84) < 0.001
    assert judgement_codes(r) == {"recency"}
    (recency,) = [w for w in r.warnings if w.code is WarningCode.RECENCY]
    assert "14 %" in recency.message and "50 %" in recency.message
    assert r.status is Status.NEEDS_JUDGEMENT


def test_scenario_8_other_vg1_without_yff() -> None:
    r = run([period("2020-01-01", "2024-07-31")], [school("vg1", "other")])
    assert approx(r.school_months, 3)
    assert approx(r.work_months, 55)
    assert approx(r.total_months, 58)
    assert r.remaining_hours == Decimal("290.0")
    assert approx(r.remaining_months, 2)
    assert r.status is Status.NOT_MET


def test_scenario_9_short_stints() -> None:
    starts = [date(2016 + i // 3, 1 + 4 * (i % 3), 1) for i in range(10)]  # Jan, May, Sep of 2016-2019
    stints = [
        period(d.isoformat(), _month_end(d).isoformat(), employer=f"Firma {i}") for i, d in enumerate(starts)
    ]
    r = run([*stints, period("2020-01-01", "2024-06-30", employer="Hovedarbeidsgiver")])
    assert approx(r.total_months, 64)
    assert codes(r)["short_period"] == 10
    assert {w.period_index for w in r.warnings if w.code is WarningCode.SHORT_PERIOD} == set(range(10))
    assert r.status is Status.NEEDS_JUDGEMENT


def test_scenario_10_foreign_practice_strict_county_profile() -> None:
    periods = [period("2020-01-01", "2023-12-31", country="PL"), period("2024-01-01", "2024-12-31")]
    r = run(periods, profile=AGDER)
    assert approx(r.total_months, 60)
    assert approx(r.norway_months, 12)
    assert judgement_codes(r) == {"norway_minimum"}
    assert r.status is Status.NEEDS_JUDGEMENT
    assert (r.profile_id, r.profile_version) == ("agder-example", AGDER.version)


def test_scenario_10_foreign_practice_national_profile() -> None:
    periods = [period("2020-01-01", "2023-12-31", country="PL"), period("2024-01-01", "2024-12-31")]
    r = run(periods)
    assert approx(r.total_months, 60)
    assert r.status is Status.MET
    assert codes(r)["foreign_practice"] == 1
    assert r.profile_id == "national"


# ------------------------------------------------------------------------------------------------
# rules beyond the scenarios


def _month_end(day: date) -> date:
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def test_month_shares_are_day_based_and_inclusive() -> None:
    assert calendar_months(date(2024, 3, 1), date(2024, 3, 31)) == 1
    assert calendar_months(date(2024, 1, 15), date(2024, 3, 14)) == 2
    assert calendar_months(date(2024, 2, 1), date(2024, 2, 1)) == Fraction(1, 29)


def test_ongoing_period_runs_to_reference_date_and_later_end_is_clipped() -> None:
    ongoing = run([period("2020-06-01", None)])
    clipped = run([period("2020-06-01", "2030-12-31")])
    assert ongoing.work_months == clipped.work_months == round_half_up(60 + Fraction(1, 30), 2)
    assert clipped.per_period[0].clipped and clipped.per_period[0].end == REF
    assert ongoing.per_period[0].ongoing


def test_period_after_reference_date_counts_nothing() -> None:
    r = run([period("2020-01-01", "2024-12-31"), period("2026-01-01", None)])
    assert approx(r.total_months, 60)
    assert not r.per_period[1].counted
    assert codes(r)["after_reference_date"] == 1
    assert r.status is Status.MET


def test_school_credit_table() -> None:
    cases = {
        ("vg1", "other", True): 6.0,  # 3 + 3 with relevant YFF
        ("vg3", "trade", False): 6.0,  # Vg3 in school on the same Vg2, læretid 4 years
        ("vg3", "other", False): 0.0,
        ("higher_education", "other", False): 0.0,
    }
    for (level, relation, yff), expected in cases.items():
        r = run([], [school(level, relation, yff=yff)])
        assert float(r.school_months) == expected, (level, relation, yff)
    long = run([], [school("vg3", "trade")], trade="ELE3")
    assert long.school_months == 12  # læretid 4.5 years > 4
    failed = run([], [school("vg1", "trade", passed=False)])
    assert failed.school_months == 0
    twice = run([], [school("vg1", "other"), school("vg1", "trade")])
    assert twice.school_months == 12  # only the best Vg1 counts
    assert twice.per_school[0].months == 0


def test_school_credit_is_outside_recency() -> None:
    r = run([period("2000-01-01", "2005-12-31")], [school("vg1", "trade"), school("vg2", "trade")])
    assert r.recent_share == 0
    assert codes(r)["recency"] == 1


def test_no_practice_has_no_recent_share() -> None:
    r = run([], [school("vg1", "trade")])
    assert r.recent_share is None
    assert r.status is Status.NOT_MET


def test_self_employed_without_confirmation_needs_judgement() -> None:
    unconfirmed = run([period("2020-01-01", "2024-12-31", kind=PracticeKind.SELF_EMPLOYED)])
    assert judgement_codes(unconfirmed) == {"self_employed_unconfirmed"}
    assert unconfirmed.status is Status.NEEDS_JUDGEMENT
    confirmed = run([period("2020-01-01", "2024-12-31", kind=PracticeKind.SELF_EMPLOYED, confirmed=True)])
    assert confirmed.status is Status.MET


@pytest.mark.parametrize(
    "role", ["Formann", "arbeidsleder", "Lærer", "byggingeniør", "Site engineer", "Team leader"]
)
def test_leader_roles_are_flagged_for_information(role: str) -> None:
    r = run([period("2020-01-01", "2024-12-31", role=role)])
    assert codes(r)["leader_role"] == 1
    assert r.status is Status.MET  # informational only


@pytest.mark.parametrize("role", ["Tømrer", "Lærling", "Helsefagarbeider", "Elektriker"])
def test_skilled_worker_roles_are_not_flagged(role: str) -> None:
    assert codes(run([period("2020-01-01", "2024-12-31", role=role)]))["leader_role"] == 0


def test_attest_lines_at_one_employer_are_one_run() -> None:
    lines = [
        period("2019-01-01", "2019-01-31", 100, employer="Byggmester AS"),
        period("2019-02-01", "2024-12-31", 100, employer="Byggmester AS"),
    ]
    assert codes(run(lines))["short_period"] == 0
    apart = [lines[0], period("2019-02-01", "2024-12-31", 100, employer="Annet AS")]
    assert codes(run(apart))["short_period"] == 1


def test_theory_exam_and_certificates_are_reported() -> None:
    exams = [
        ExamResult("TMF3102", date(2024, 6, 3), False),
        ExamResult("TMF3102", date(2024, 12, 5), True),
        ExamResult("REA3102", date(2024, 12, 5), True),
    ]
    r = run([period("2020-01-01", "2024-12-31")], exams=exams)
    assert r.theory_exam == ExamResult("TMF3102", date(2024, 12, 5), True)
    assert r.theory_exam_codes == ("TMF3102",)
    assert run([period("2020-01-01", "2024-12-31")]).theory_exam is None
    driver = run([period("2020-01-01", "2024-12-31")], trade="YSJ3")
    assert driver.extra_certificates


def test_catalogue_requirements() -> None:
    assert TRADES["TMF3"].required_hours == 8700
    assert TRADES["HEA3"].required_hours == 8700
    assert TRADES["ELE3"].required_hours == TRADES["RLF3"].required_hours == 9790
    assert TRADES["ORG3"].required_hours == 75 * 145
    assert TRADES["FMM3"].required_hours == 78 * 145


# ------------------------------------------------------------------------------------------------
# validation


def test_fte_outside_range_names_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        run([period("2020-01-01", "2020-12-31"), period("2021-01-01", "2021-12-31", 120)])
    assert e.value.field == "experiences[1].fte_percent"


def test_end_before_start_names_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        run([period("2021-01-01", "2020-12-31")])
    assert e.value.field == "experiences[0].end"


def test_bad_country_names_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        run([period("2020-01-01", "2020-12-31", country="Norway")])
    assert e.value.field == "experiences[0].country"


def test_zero_requirement_names_the_field() -> None:
    trade = Trade("X", "X", Fraction(0), Fraction(4))
    with pytest.raises(ValidationError) as e:
        compute_praksis([], [], [], trade, NATIONAL, REF)
    assert e.value.field == "target.required_hours"


# ------------------------------------------------------------------------------------------------
# properties

DAY0 = date(1995, 1, 1)
SPAN = (date(2026, 12, 31) - DAY0).days


@st.composite
def practice_periods(draw: st.DrawFn) -> PracticePeriod:
    start = DAY0 + timedelta(days=draw(st.integers(0, SPAN)))
    length = draw(st.integers(0, 6 * 366))
    end = None if draw(st.integers(0, 9)) == 0 else start + timedelta(days=length)
    return PracticePeriod(
        start=start,
        end=end,
        fte_percent=Fraction(draw(st.integers(0, 100))),
        country=draw(st.sampled_from(["NO", "NO", "SE", "PL"])),
        kind=draw(st.sampled_from(list(PracticeKind))),
        employer=draw(st.sampled_from(["", "A", "B"])),
        third_party_confirmed=draw(st.booleans()),
    )


school_years = st.builds(
    SchoolYear,
    level=st.sampled_from(list(SchoolLevel)),
    relation=st.sampled_from(list(SchoolRelation)),
    passed=st.booleans(),
    yff_relevant=st.booleans(),
)
period_lists = st.lists(practice_periods(), max_size=6)
profiles = st.sampled_from([NATIONAL, AGDER])
PROPS = settings(max_examples=100, deadline=None)


@PROPS
@given(period_lists, practice_periods(), st.lists(school_years, max_size=3), profiles)
def test_adding_a_period_never_lowers_the_total(
    periods: list[PracticePeriod], extra: PracticePeriod, schooling: list[SchoolYear], profile: RuleProfile
) -> None:
    before = run(periods, schooling, profile=profile)
    after = run([*periods, extra], schooling, profile=profile)
    assert after.total_months >= before.total_months
    assert after.total_hours >= before.total_hours
    assert after.remaining_hours <= before.remaining_hours


@PROPS
@given(period_lists, profiles)
def test_no_calendar_year_exceeds_the_cap(periods: list[PracticePeriod], profile: RuleProfile) -> None:
    r = run(periods, profile=profile)
    cap = round_half_up(profile.year_cap_months, 2)
    for row in r.per_year:
        assert row.credited_months <= cap
        assert row.credited_months <= row.raw_months
        assert abs(row.raw_months - row.credited_months - row.capped_months) <= Decimal("0.01")
    assert abs(sum((row.credited_months for row in r.per_year), Decimal(0)) - r.work_months) <= Decimal(
        "0.01"
    ) * (len(r.per_year) + 1)


@PROPS
@given(period_lists, st.lists(school_years, max_size=3))
def test_hours_are_months_times_hours_per_month(
    periods: list[PracticePeriod], schooling: list[SchoolYear]
) -> None:
    r = run(periods, schooling)
    # total_months is rounded to 0.005 months, total_hours to 0.05 h
    assert abs(r.total_hours - r.total_months * r.hours_per_month) <= Decimal(
        "0.005"
    ) * r.hours_per_month + Decimal("0.05")


@PROPS
@given(period_lists, st.randoms(use_true_random=False), profiles)
def test_results_do_not_depend_on_period_order(
    periods: list[PracticePeriod], rnd: object, profile: RuleProfile
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    shuffled = list(periods)
    rnd.shuffle(shuffled)
    a, b = run(periods, profile=profile), run(shuffled, profile=profile)
    assert (a.status, a.total_months, a.total_hours, a.work_months, a.recent_share, a.norway_months) == (
        b.status,
        b.total_months,
        b.total_hours,
        b.work_months,
        b.recent_share,
        b.norway_months,
    )
    assert a.per_year == b.per_year
    assert Counter(w.code for w in a.warnings) == Counter(w.code for w in b.warnings)


@PROPS
@given(period_lists, st.lists(school_years, max_size=3), st.sampled_from(sorted(TRADES)))
def test_remaining_hours_never_negative(
    periods: list[PracticePeriod], schooling: list[SchoolYear], trade: str
) -> None:
    r = run(periods, schooling, trade=trade)
    assert r.remaining_hours >= 0
    if r.status is not Status.NOT_MET:
        assert r.remaining_hours == 0
