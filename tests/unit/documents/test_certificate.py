"""The kompetansebevis read back: identity, approved content only, the eleven EU elements, refusals."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from rpl_desktop.documents.certificate import (
    EU_ELEMENTS,
    CertificateIncomplete,
    approved_items,
    build_kompetansebevis,
    eqf_level,
    missing_eu_elements,
)
from rpl_desktop.documents.labels import load_labels
from rpl_desktop.documents.layout import PAGE_HEIGHT, WINDOW_ZONE
from rpl_desktop.documents.model import (
    CertificateContext,
    CertificateItem,
    Framework,
    Judgement,
    Language,
    Level,
    Party,
    Workload,
    WorkloadUnit,
)
from rpl_desktop.documents.samples import (
    POLISH_NAME,
    SYNTHETIC_FNR,
    UKRAINIAN_NAME,
    sample_certificate,
    sample_issuer,
    sample_party,
)
from rpl_desktop.domain.errors import ValidationError
from tests.unit.documents.built_docs import CREATED, certificate_pdf
from tests.unit.documents.pdf_reading import MM, full_text, page_texts, reader, runs_in_window, text_runs

EU_LABELS = {
    "learner": "eu.learner",
    "title": "eu.title",
    "issuer_country_region": "eu.issuer_country_region",
    "awarding_body": "eu.awarding_body",
    "date_of_issue": "eu.date_of_issue",
    "learning_outcomes": "eu.learning_outcomes",
    "workload": "eu.workload",
    "level": "eu.level",
    "assessment": "eu.assessment",
    "participation": "eu.participation",
    "quality_assurance": "eu.quality_assurance",
}


def test_identity_block_and_wording(language: Language) -> None:
    labels = load_labels(language)
    first = page_texts(certificate_pdf(language))[0]
    assert labels["cert.heading"] in first
    assert labels.fmt("cert.local_notice", issuer="Vestfjell fylkeskommune") in first
    assert f"{labels['cert.name']}: Áŋŋá Máret Gaup" in first
    assert f"{labels['cert.national_id']}: {SYNTHETIC_FNR}" in first
    assert labels["cert.completed"] in first
    assert "Helsefremmende arbeid" in first and "Kommunikasjon og samhandling" in first
    assert labels["cert.partial_note"] in first
    assert labels.date_long(sample_certificate().date_of_issue) in first  # type: ignore[arg-type]
    assert "Kari Nordmann" in first
    if language is Language.NN:
        assert "har gjennomført opplæring som omfattar" in first


def test_identity_block_is_bold(language: Language) -> None:
    page = reader(certificate_pdf(language)).pages[0]
    fonts_used: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: dict[str, object] | None, _size: object) -> None:
        if text.strip() in ("Áŋŋá Máret Gaup", SYNTHETIC_FNR) and font:
            fonts_used.append(str(font.get("/BaseFont")))

    page.extract_text(visitor_text=visit)
    assert fonts_used and all("Bold" in name for name in fonts_used)


def test_all_eleven_eu_elements_with_values(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(certificate_pdf(language))
    assert labels["cert.eu.heading"] in text
    assert len(EU_LABELS) == len(EU_ELEMENTS) == 11
    for element in EU_ELEMENTS:
        assert labels[EU_LABELS[element]] in text, element
    values = [
        "Helsearbeiderfaget Vg2 – realkompetansevurdering",
        labels.fmt("format.country_region", country=labels.country("NO"), region="Vestfjell"),
        f"Vestfjell fylkeskommune ({labels['common.org_number']} 999 888 777)",
        labels.fmt("format.workload", amount="252", unit=labels["unit.hours"]),
        labels.fmt("eu.level_value", framework="NKR", value="4"),
        labels.fmt("eu.level_eqf", eqf=4),
        labels["participation.validation"],
        "fylkeskommunens kvalitetssystem for fagopplæring",
        labels["identity.supervised_onsite_id"],
        labels["stackability.stackable"],
        "VFK-2024-000123",
    ]
    for value in values:
        assert value in text, value


def test_only_approved_competence_is_printed(language: Language) -> None:
    text = full_text(certificate_pdf(language))
    assert "Yrkesutøvelse" not in text and "HEA2003" not in text  # the item not approved
    assert "taushetsplikt" not in text and "KM-HEA2002-03" not in text  # the outcome not approved
    assert "Kommunisere med pasienter og brukere" in text  # approved outcomes, in the attachment
    assert "KM-HEA2002-02" in text


def test_attachment_lists_approved_outcomes_on_its_own_page(language: Language) -> None:
    labels = load_labels(language)
    pages = page_texts(certificate_pdf(language))
    attachment = pages[-1]
    assert labels["cert.attachment.title"] in attachment
    assert labels.fmt("cert.attachment.for", number="VFK-2024-000123", name="Áŋŋá Máret Gaup") in attachment
    assert "Samarbeide med pårørende og andre yrkesgrupper" in attachment
    assert labels["category.competence"] in attachment
    for number, text in enumerate(pages, start=1):
        assert labels.fmt("common.page", page=number, pages=len(pages)) in text


def test_no_attachment_without_partial_recognition() -> None:
    data = sample_certificate()
    data = replace(data, items=tuple(i for i in data.items if i.result is Judgement.APPROVED))
    pdf = build_kompetansebevis(data, created=CREATED)
    text = full_text(pdf)
    assert "Vedlegg:" not in text and "jf. vedlegg" not in text
    assert len(page_texts(pdf)) == 2


def test_national_id_never_in_or_near_the_window(language: Language) -> None:
    pdf = certificate_pdf(language)
    near = runs_in_window(pdf, margin_mm=10)
    assert near, "the title block is expected in the window zone"
    for run in near:
        assert not re.search(r"\d{5,}", run.text.replace(" ", "")), run
    id_run = next(r for r in text_runs(pdf) if SYNTHETIC_FNR in r.text)
    assert id_run.y < PAGE_HEIGHT - (WINDOW_ZONE[3] + 10) * MM


@pytest.mark.parametrize("name", [POLISH_NAME, UKRAINIAN_NAME, ("Áŋŋá Máret", "Gaup")])
def test_names_print_exactly_as_entered(name: tuple[str, str]) -> None:
    pdf = build_kompetansebevis(sample_certificate(Language.EN, learner=sample_party(name)), created=CREATED)
    assert f"Name: {name[0]} {name[1]}" in full_text(pdf)


def test_markup_in_free_text_prints_literally() -> None:
    data = replace(
        sample_certificate(learner=Party("<b>&amp;\"'", "& <i>", birth_date=None)),
        title="Fag <b>bold</b> & co",
        quality_assurance="QA <para> &nbsp;",
    )
    text = full_text(build_kompetansebevis(data, created=CREATED))
    assert "Navn: <b>&amp;\"' & <i>" in text
    assert "Fag <b>bold</b> & co" in text
    assert "QA <para> &nbsp;" in text


def test_birth_date_stands_in_for_a_missing_id_number() -> None:
    data = sample_certificate(learner=replace(sample_party(), national_id=None))
    text = page_texts(build_kompetansebevis(data, created=CREATED))[0]
    assert "Fødselsdato: 15.03.1985" in text and "Fødselsnummer" not in text


def test_sample_is_complete() -> None:
    assert missing_eu_elements(sample_certificate()) == []


def test_missing_elements_are_listed_and_issuing_is_refused() -> None:
    data = replace(
        sample_certificate(),
        title="",
        issuer=replace(sample_issuer(), region=""),
        date_of_issue=None,
        workload=None,
        level=None,
        assessment=(),
        participation=None,
        quality_assurance=" ",
        items=tuple(replace(i, result=Judgement.NOT_APPROVED) for i in sample_certificate().items),
        certificate_number="",
    )
    missing = missing_eu_elements(data)
    assert missing == [
        "title",
        "issuer_country_region",
        "date_of_issue",
        "learning_outcomes",
        "workload",
        "level",
        "assessment",
        "participation",
        "quality_assurance",
    ]
    with pytest.raises(CertificateIncomplete) as error:
        build_kompetansebevis(data)
    assert error.value.missing == [*missing, "certificate_number"]
    assert "country and region of the issuer" in str(error.value)
    assert "unique certificate number" in str(error.value)


def test_partly_approved_item_without_approved_outcomes_is_left_out() -> None:
    item = CertificateItem(
        "X1", "Uten godkjente mål", Judgement.PARTLY_APPROVED, Workload(Decimal(10), WorkloadUnit.HOURS)
    )
    data = replace(sample_certificate(), items=(*sample_certificate().items, item))
    assert [i.code for i in approved_items(data)] == ["HEA2001", "HEA2002"]


def test_no_numerical_grade_for_rkv() -> None:
    with pytest.raises(ValidationError) as error:
        build_kompetansebevis(replace(sample_certificate(), grade="5"))
    assert error.value.field == "grade"
    fagskole = replace(sample_certificate(), grade="B", context=CertificateContext.FAGSKOLE)
    assert "Karakter B" in full_text(build_kompetansebevis(fagskole, created=CREATED))


def test_level_must_exist_in_its_framework() -> None:
    with pytest.raises(ValidationError):
        build_kompetansebevis(replace(sample_certificate(), level=Level(Framework.NKR, "9")))


@pytest.mark.parametrize(
    ("level", "eqf"),
    [
        (Level(Framework.NKR, "5.1"), 5),
        (Level(Framework.NKR, "5.2"), 5),
        (Level(Framework.SEQF, "4"), 4),
        (Level(Framework.EQF, "6"), 6),
        (Level(Framework.NKR, "1"), None),
    ],
)
def test_eqf_level(level: Level, eqf: int | None) -> None:
    assert eqf_level(level) == eqf


def test_workload_in_the_frameworks_own_credits() -> None:
    data = replace(
        sample_certificate(Language.SV),
        workload=Workload(Decimal(30), WorkloadUnit.STUDIEPOENG),
        level=Level(Framework.NKR, "5.1"),
        context=CertificateContext.FAGSKOLE,
    )
    text = full_text(build_kompetansebevis(data, created=CREATED))
    assert "30 studiepoeng (norska poäng)" in text
    assert "NKR nivå 5.1 (motsvarar EQF-nivå 5)" in text
    data = replace(data, workload=Workload(Decimal(25), WorkloadUnit.YH_POANG))
    assert "25 YH-poäng" in full_text(build_kompetansebevis(data, created=CREATED))
