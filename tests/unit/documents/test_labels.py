"""The label tables: same keys in all four languages, nothing empty, placeholders that match."""

from __future__ import annotations

import json
import string
from datetime import date
from decimal import Decimal

import pytest

from rpl_desktop.documents.labels import LANGUAGES, default_legal_basis, labels_dir, load_labels
from rpl_desktop.documents.model import Language, VedtakCaseType


def _raw(language: Language) -> dict[str, str]:
    table: dict[str, str] = json.loads((labels_dir() / f"{language.value}.json").read_text(encoding="utf-8"))
    return table


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_all_four_tables_have_the_same_keys() -> None:
    keys = {lang: set(_raw(lang)) for lang in LANGUAGES}
    reference = keys[Language.NB]
    for lang, table_keys in keys.items():
        assert table_keys == reference, (
            f"{lang}: missing {reference - table_keys}, extra {table_keys - reference}"
        )
    assert len(reference) > 150


def test_no_label_is_empty_or_untrimmed() -> None:
    for lang in LANGUAGES:
        for key, value in _raw(lang).items():
            assert value.strip(), f"{lang}:{key} is empty"
            if key != "format.list_and":
                assert value == value.strip(), f"{lang}:{key} has leading or trailing blanks"


def test_placeholders_are_the_same_in_every_language() -> None:
    nb = _raw(Language.NB)
    for lang in LANGUAGES:
        table = _raw(lang)
        for key, value in nb.items():
            if key.startswith("format.date"):
                continue  # each language picks its own date parts
            assert _fields(table[key]) == _fields(value), f"{lang}:{key} placeholders differ from bokmål"


def test_required_wording() -> None:
    nb, nn = load_labels("nb"), load_labels("nn")
    assert (
        nb["vedtak.title.praksiskandidat_approval"] == "Vedtak om godkjenning av praksis som praksiskandidat"
    )
    assert nb["cert.completed"] == "har gjennomført opplæring som omfatter"
    assert nn["cert.completed"] == "har gjennomført opplæring som omfattar"
    assert nb["letter.electronically_approved"] == (
        "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."
    )
    pages = {lang: load_labels(lang).fmt("common.page", page=2, pages=5) for lang in LANGUAGES}
    assert pages == {
        Language.NB: "Side 2 av 5",
        Language.NN: "Side 2 av 5",
        Language.EN: "Page 2 of 5",
        Language.SV: "Sida 2 av 5",
    }


@pytest.mark.parametrize("case_type", list(VedtakCaseType))
def test_every_case_type_has_a_default_legal_basis_in_every_language(case_type: VedtakCaseType) -> None:
    for lang in LANGUAGES:
        basis = default_legal_basis(case_type, lang)
        assert basis and all(p.strip() for p in basis)
        assert "18" in basis[-1] and "24" in basis[-1]  # fvl §§ 18-19 and 24-25 are always cited


def test_legal_basis_follows_the_2024_law() -> None:
    assert "§ 23-2" in default_legal_basis(VedtakCaseType.PRAKSISKANDIDAT_APPROVAL, "nb")[0]
    assert "§ 6-9" in default_legal_basis(VedtakCaseType.PRAKSISKANDIDAT_REFUSAL, "nn")[0]
    assert "§ 16" in default_legal_basis(VedtakCaseType.FAGSKOLE_ADMISSION, "nb")[0]
    assert "section 8" in default_legal_basis(VedtakCaseType.FAGSKOLE_FRITAK, "en")[0]


def test_formatting_of_dates_and_numbers() -> None:
    day = date(2024, 9, 2)
    assert load_labels("nb").date(day) == "02.09.2024"
    assert load_labels("nn").date_long(day) == "2. september 2024"
    assert load_labels("en").date_long(day) == "2 September 2024"
    assert load_labels("sv").date(day) == "2024-09-02"
    assert load_labels("nb").number(Decimal("7.50")) == "7,5"
    assert load_labels("en").number(Decimal("7.50")) == "7.5"
    assert load_labels("nb").number(Decimal("60.00")) == "60"
    assert load_labels("nb").number(Decimal("1E+2")) == "100"
    assert load_labels("nb").percent(80) == "80 %"
    assert load_labels("en").percent(80) == "80%"
    assert load_labels("nn").country("NO") == "Noreg"
    assert load_labels("nb").country("XX") == "XX"
    assert load_labels("nb").join_and(["a", "b", "c"]) == "a, b og c"


def test_unknown_label_names_the_key_and_language() -> None:
    with pytest.raises(KeyError, match="no.such.*sv"):
        load_labels("sv")["no.such"]
