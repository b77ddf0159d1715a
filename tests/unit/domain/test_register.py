"""Validation of register records, including property tests over arbitrary input."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.errors import ValidationErrors
from rpl_desktop.domain.register import (
    HistoryPeriod,
    PeriodKind,
    clean_text,
    fold,
    search_tokens,
    validate_period,
)

TODAY = date(2026, 6, 1)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(list(PeriodKind)),
    employer=st.text(max_size=300),
    start=dates,
    end=st.none() | dates,
    fte=st.none() | st.floats(allow_nan=True, allow_infinity=True, width=32),
    hours=st.none() | st.floats(min_value=-10, max_value=200),
    country=st.text(max_size=3),
    tasks=st.text(max_size=200),
)
def test_a_period_is_accepted_exactly_when_every_rule_holds(kind, employer, start, end, fte, hours, country, tasks):  # type: ignore[no-untyped-def]
    period = HistoryPeriod(kind, employer, start, end, country=country, fte_percent=fte, hours_per_week=hours,
                           tasks=tasks)
    expected_fields = set()
    if not clean_text(employer):
        expected_fields.add("employer")
    if start < date(1940, 1, 1) or start > TODAY:
        expected_fields.add("start")
    if end is not None and end < start:
        expected_fields.add("end")
    if fte is None and hours is None:
        expected_fields.add("fte_percent")
    if fte is not None and not (0 < fte <= 100):
        expected_fields.add("fte_percent")
    if hours is not None and not (0 < hours <= 80):
        expected_fields.add("hours_per_week")
    if not (len(country) == 2 and country.isascii() and country.isupper() and country.isalpha()):
        expected_fields.add("country")
    try:
        validate_period(period, today=TODAY)
    except ValidationErrors as exc:
        assert {e.field for e in exc.errors} == expected_fields
        assert all(e.detail for e in exc.errors)  # every refusal says what is wrong
    else:
        assert expected_fields == set()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=TODAY), st.integers(0, 5000))
def test_a_valid_period_stays_valid_after_cleaning(start: date, days: int) -> None:
    period = HistoryPeriod(PeriodKind.EMPLOYMENT, "  Sámi Huksen AS\x07 ", start,
                           min(TODAY, start + timedelta(days=days)), fte_percent=80)
    validate_period(period, today=TODAY)
    assert period.employer == "Sámi Huksen AS"  # control characters and outer spaces removed
    validate_period(period, today=TODAY)  # idempotent


@given(st.text(max_size=80))
def test_search_tokens_are_folded_and_bounded(text: str) -> None:
    for token in search_tokens(text):
        assert token and len(token) <= 60 and token == token.lower()
    assert fold(fold(text)) == fold(text)


def test_folding_examples() -> None:
    assert fold("Áŋŋá Øvre Æble Łódź") == "anna ovre aeble lodz"
    assert {"øystein", "oystein"} <= search_tokens("Øystein")
