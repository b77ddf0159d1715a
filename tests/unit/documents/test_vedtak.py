"""The vedtak read back: every required part, in all four languages, and no ID number anywhere."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rpl_desktop.documents.labels import default_legal_basis, load_labels
from rpl_desktop.documents.model import Language, Party, Signer, VedtakCaseType
from rpl_desktop.documents.samples import (
    POLISH_NAME,
    SYNTHETIC_FNR,
    UKRAINIAN_NAME,
    sample_issuer,
    sample_party,
    sample_vedtak,
)
from rpl_desktop.documents.vedtak import build_vedtak
from rpl_desktop.domain.errors import ValidationError
from tests.unit.documents.built_docs import CREATED, vedtak_pdf
from tests.unit.documents.pdf_reading import full_text, page_texts, runs_in_window, text_runs

DEADLINE = {Language.NB: "3 uker", Language.NN: "3 veker", Language.EN: "3 weeks", Language.SV: "3 veckor"}


def test_letter_has_every_part_in_order(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(vedtak_pdf(language))
    parts = [
        "Vestfjell fylkeskommune",
        "Áŋŋá Máret Gaup",
        labels["letter.our_ref"],
        "24/01234-3",
        labels["letter.your_ref"],
        labels["letter.caseworker"],
        "Ola Hansen",
        labels["letter.date"],
        labels.date(sample_vedtak().date),
        labels["vedtak.title.praksiskandidat_approval"],
        labels["vedtak.section.decision"],
        "Vi godkjenner praksisen din",
        labels["vedtak.section.legal_basis"],
        labels["vedtak.section.facts"],
        "Arbeidsattest fra Fjordvik sjukeheim",
        labels["vedtak.facts.praksis"],
        labels["vedtak.section.assessment"],
        "Planlegge, gjennomføre og dokumentere helsefremmende arbeid",
        labels["vedtak.section.appeal"],
        DEADLINE[language],
        labels["vedtak.section.access"],
        labels["letter.greeting"],
        "Kari Nordmann",
        labels["letter.electronically_approved"],
        labels["letter.attachments"],
        labels["letter.copy_to"],
    ]
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order) in the {language} vedtak"
        position = found


def test_legal_basis_appeal_body_and_access_paragraphs(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(vedtak_pdf(language))
    for paragraph in default_legal_basis(VedtakCaseType.PRAKSISKANDIDAT_APPROVAL, language):
        assert " ".join(paragraph.split()) in text
    appeal = labels.fmt("vedtak.appeal.p2", appeal_body=labels["appeal_body.statsforvalteren"])
    assert " ".join(appeal.split()) in text
    assert labels["vedtak.access.p"] in text
    assert {"nb": "§§ 18 og 19", "nn": "§§ 18 og 19", "en": "sections 18 and 19", "sv": "§§ 18 och 19"}[
        language
    ] in text


def test_praksis_table_and_periods(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(vedtak_pdf(language))
    assert labels["vedtak.col.months_capped"] in text
    assert labels["vedtak.row.credited_total"] in text
    assert f"{labels.number(81.6)} {labels['vedtak.months_unit']}" in text
    assert labels["vedtak.ongoing"] in text
    assert "Fjordvik kommune, hjemmetjenesten" in text


def test_national_id_is_printed_nowhere() -> None:
    for language in Language:
        pdf = vedtak_pdf(language)
        digits = re.sub(r"\D", "", full_text(pdf).replace(" ", ""))
        assert SYNTHETIC_FNR not in digits
        assert SYNTHETIC_FNR[:6] not in re.sub(r"\s", "", full_text(pdf))


def test_window_holds_only_the_address(language: Language) -> None:
    pdf = vedtak_pdf(language)
    inside = [run.text.strip() for run in runs_in_window(pdf)]
    assert inside == ["Áŋŋá Máret Gaup", "Čuoŋománnu 7", "9520 Guovdageaidnu"]
    near = " ".join(run.text for run in runs_in_window(pdf, margin_mm=10))
    assert not re.search(r"\d{6}", near.replace(" ", "")), near


@pytest.mark.parametrize("name", [POLISH_NAME, UKRAINIAN_NAME, ("Åse-Ïnga", "Đuđđá Ŧŋŋ")])
def test_names_print_exactly_as_entered(name: tuple[str, str]) -> None:
    pdf = build_vedtak(sample_vedtak(party=sample_party(name)), sample_issuer(), created=CREATED)
    text = full_text(pdf)
    assert f"{name[0]} {name[1]}" in text
    assert f"{name[0]} {name[1]}" in [r.text.strip() for r in runs_in_window(pdf)]


def test_markup_in_names_and_free_text_prints_literally() -> None:
    tricky = "Ola <b>&amp;\"' Nordmann"
    data = replace(
        sample_vedtak(party=Party(tricky, "O'Brien & <Sønn>", ("Gate <1> & 2",), "0150", "Oslo")),
        decision=('Vi godkjenner <i>ikke</i> "alt" & mer <br/> &lt;',),
        subject="Fag <u>&</u>",
    )
    text = full_text(build_vedtak(data, sample_issuer(), created=CREATED))
    assert "Ola <b>&amp;\"' Nordmann O'Brien & <Sønn>" in text
    assert 'Vi godkjenner <i>ikke</i> "alt" & mer <br/> &lt;' in text
    assert "Gate <1> & 2" in text
    assert "Fag <u>&</u>" in text


def test_long_vedtak_has_page_x_of_y_and_running_header_on_every_page() -> None:
    pdf = build_vedtak(sample_vedtak(long=True), sample_issuer(), created=CREATED)
    pages = page_texts(pdf)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
        assert "Vestfjell fylkeskommune" in text
        assert "24/01234-3" in text
    runs = text_runs(pdf)
    footer = [r for r in runs if r.text.startswith("Side ")]
    assert len(footer) == len(pages) and all(r.y < 60 for r in footer)


@pytest.mark.parametrize(
    ("case_type", "body_key"),
    [
        (VedtakCaseType.PRAKSISKANDIDAT_REFUSAL, "appeal_body.statsforvalteren"),
        (VedtakCaseType.RKV_VGS, "appeal_body.statsforvalteren"),
        (VedtakCaseType.FAGSKOLE_ADMISSION, "appeal_body.fagskole_klagenemnd"),
        (VedtakCaseType.FAGSKOLE_FRITAK, "appeal_body.fagskole_klagenemnd"),
    ],
)
def test_case_type_sets_title_legal_basis_and_appeal_body(case_type: VedtakCaseType, body_key: str) -> None:
    data = replace(sample_vedtak(Language.NN), case_type=case_type, praksis_rows=(), periods=())
    text = full_text(build_vedtak(data, sample_issuer(), created=CREATED))
    labels = load_labels("nn")
    assert labels[f"vedtak.title.{case_type.value}"] in text
    assert default_legal_basis(case_type, "nn")[0] in text
    assert f"{labels[body_key]}, som er klageinstans" in text
    assert "3 veker" in text


def test_configured_legal_basis_deadline_and_appeal_body() -> None:
    data = replace(
        sample_vedtak(),
        legal_basis=("Fylkets eget regelverk § 1.",),
        appeal_weeks=1,
        appeal_body="Statsforvalteren i Vestfjell",
    )
    text = full_text(build_vedtak(data, sample_issuer(), created=CREATED))
    assert "Fylkets eget regelverk § 1." in text
    assert "§ 23-2" not in text
    assert "Klagefristen er 1 uke" in text
    assert "videre til Statsforvalteren i Vestfjell, som er klageinstans" in text


def test_signature_lines_when_not_electronically_approved() -> None:
    data = replace(
        sample_vedtak(), electronically_approved=False, approver=None, caseworker=Signer("Per Berg")
    )
    text = full_text(build_vedtak(data, sample_issuer(), created=CREATED))
    assert "elektronisk godkjent" not in text
    assert "Med hilsen Per Berg saksbehandler" in text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"case_number": " "}, "case_number"),
        ({"decision": ()}, "decision"),
        ({"appeal_weeks": 0}, "appeal_weeks"),
    ],
)
def test_incomplete_vedtak_is_refused(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        build_vedtak(replace(sample_vedtak(), **change), sample_issuer())  # type: ignore[arg-type]
    assert error.value.field == field
