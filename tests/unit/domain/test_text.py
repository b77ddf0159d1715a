"""Free text at the edge: control characters, bidi overrides, right-to-left text, emoji, limits; CSV cells."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.errors import ValidationError, ValidationErrors
from rpl_desktop.domain.register import (
    Candidate,
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    validate_candidate,
    validate_course,
    validate_exam,
    validate_period,
)
from rpl_desktop.domain.text import (
    BIDI_CONTROLS,
    clean_text,
    has_hidden_controls,
    neutralise_cell,
    restore_cell,
)


def test_right_to_left_text_and_emoji_stay_intact() -> None:
    for text in (
        "محمد الأحمد",
        "שרה לוי",
        "Áŋŋá Máret Gaup",
        "Олена Шевченко",
        "Kari 👩🏽‍🔧 🇳🇴",
        "family: 👨‍👩‍👧‍👦",
        "Małgorzata Wójcik-Łęcka",
    ):
        assert clean_text(text) == unicodedata.normalize("NFC", text)


def test_bidi_overrides_are_removed_so_text_cannot_pose_as_other_text() -> None:
    disguised = "invoice_\u202eFDP.exe"  # shows as "invoice_exe.PDF"
    assert clean_text(disguised) == "invoice_FDP.exe"
    assert clean_text("a\u2066b\u2067c\u2068d\u2069e\u202a\u202b\u202c\u202d") == "abcde"
    assert has_hidden_controls(disguised) and not has_hidden_controls("محمد")


def test_control_characters_and_line_breaks() -> None:
    assert clean_text("Kari\x00 Nord\x07mann\x1b[31m") == "Kari Nordmann[31m"
    assert clean_text("one\r\ntwo\rthree\u2028four\x85five\ttab") == "one two three four five tab"
    assert clean_text("one\r\ntwo\rthree\u2028four\ttab\x0b", multiline=True) == "one\ntwo\nthree\nfour\ttab"
    assert clean_text("  padded \ufeff ") == "padded"
    assert clean_text("lone \ud800 surrogate \uffff") == "lone  surrogate"  # would not encode to UTF-8
    assert clean_text(None) == ""


def test_nfc_normalisation() -> None:
    decomposed = "A\u030angstr\u00f6m Øye\u0301"  # Å as A + ring
    assert clean_text(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert clean_text("e\u200b\u0301") == "e\u200b\u0301"  # zero-width space is kept (not a control)


def test_limit_is_refused_with_the_field_and_the_limit_never_cut() -> None:
    assert clean_text("x" * 200, field="employer", max_length=200) == "x" * 200
    with pytest.raises(ValidationError) as info:
        clean_text("x" * 201, field="employer", max_length=200, label="The employer")
    assert info.value.field == "employer"
    assert "201" in info.value.message and "200" in info.value.message and "Shorten" in info.value.message
    with pytest.raises(ValidationError, match="must be text"):
        clean_text(42, field="notes")


def test_validators_clean_and_limit_every_free_text_field() -> None:
    c = Candidate("Kari\u202e", "Nord\x00mann", email="kari@example.no", city="Bø\u200f i Telemark")
    validate_candidate(c)
    assert (c.given_name, c.family_name, c.city) == ("Kari", "Nordmann", "Bø\u200f i Telemark")
    with pytest.raises(ValidationErrors) as info:
        validate_candidate(
            Candidate("Kari", "N" * 201, address="a" * 1001, city="c" * 101, postcode="1" * 21)
        )
    fields = {e.field for e in info.value.errors}
    assert {"family_name", "address", "city", "postcode"} <= fields
    assert len(info.value.for_field("family_name")) == 1  # one message per field, not two

    from datetime import date

    p = HistoryPeriod(
        PeriodKind.EMPLOYMENT,
        "Helse \u202eAS",
        date(2015, 1, 1),
        None,
        role="r" * 201,
        tasks="t" * 20_001,
        attest_signer_name="s" * 201,
    )
    with pytest.raises(ValidationErrors) as info:
        validate_period(p)
    assert {e.field for e in info.value.errors} == {"role", "tasks", "attest_signer_name"}
    assert p.employer == "Helse AS"
    with pytest.raises(ValidationErrors) as info:
        validate_exam(Exam("TMF3001", None, result="r" * 51))
    assert {e.field for e in info.value.errors} == {"result"}
    with pytest.raises(ValidationErrors) as info:
        validate_course(Course("p" * 201, "Kurs", 10, None))
    assert {e.field for e in info.value.errors} == {"provider"}


def test_a_value_that_is_not_text_gives_a_field_error_not_a_crash() -> None:
    c = Candidate(42, None, email=3.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationErrors) as info:
        validate_candidate(c)
    assert {"given_name", "email"} <= {e.field for e in info.value.errors}


@settings(max_examples=300, deadline=None)
@given(st.text(), st.booleans())
def test_cleaning_is_idempotent_and_leaves_nothing_hidden(text: str, multiline: bool) -> None:
    once = clean_text(text, multiline=multiline)
    assert clean_text(once, multiline=multiline) == once
    assert not any(ch in BIDI_CONTROLS for ch in once)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in once)
    if not multiline:
        assert "\n" not in once and "\t" not in once
    once.encode("utf-8")  # always storable


@pytest.mark.parametrize(
    "cell", ["=SUM(A1:A9)", "+47 22 00 00 00", "-5", "@cmd", "\tx", "\rx", "'=x", "''+x"]
)
def test_formula_cells_are_neutralised_and_restored(cell: str) -> None:
    safe = neutralise_cell(cell)
    assert safe.startswith("'")
    assert restore_cell(safe) == cell


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_neutralise_round_trips_and_never_starts_a_formula(text: str) -> None:
    safe = neutralise_cell(text)
    assert restore_cell(safe) == text
    assert safe[:1] not in ("=", "+", "-", "@", "\t", "\r")
