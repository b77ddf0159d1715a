"""The Swedish branschvalidering outputs: certificate, intyg (passed and missing), kartläggningsutlåtande."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rpl_desktop.documents.certificate import CertificateIncomplete, build_swedish_outcome
from rpl_desktop.documents.labels import load_labels
from rpl_desktop.documents.model import Language, SwedishOutcomeKind
from rpl_desktop.documents.samples import sample_issuer, sample_swedish_outcome
from rpl_desktop.domain.errors import ValidationError
from tests.unit.documents.built_docs import CREATED, swedish_pdf
from tests.unit.documents.pdf_reading import full_text


def test_full_certificate(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(swedish_pdf(SwedishOutcomeKind.CERTIFICATE, language))
    assert "Branschcertifikat Industrioperatör bas" in text
    assert "Олена Шевченко" in text
    assert (
        labels.fmt(
            "se.statement.certificate",
            name="Олена Шевченко",
            certificate="Branschcertifikat Industrioperatör bas",
        )
        in text
    )
    for module in ("Säkerhet och arbetsmiljö", "Kvalitet och mätteknik", "Ritningsläsning", "Underhåll"):
        assert module in text
    assert labels["se.missing"] not in text.split(labels["se.section.modules"], 1)[1]
    assert "YB-1187" in text and "TC-0042" in text
    assert labels.fmt("eu.level_value", framework="SeQF", value="3") in text


def test_intyg_names_passed_and_missing_modules(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(swedish_pdf(SwedishOutcomeKind.INTYG, language))
    passed, missing = text.split(labels["se.section.missing"], 1)
    passed = passed.split(labels["se.section.passed"], 1)[1]
    for module in ("Säkerhet och arbetsmiljö", "Kvalitet och mätteknik", "Underhåll"):
        assert module in passed and module not in missing
    assert "Ritningsläsning" in missing and "Ritningsläsning" not in passed
    assert "Komplettera med kursen Ritningsläsning 1" in missing
    assert labels["se.heading.intyg"] in text


def test_kartlaggning_is_not_a_formal_assessment(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(swedish_pdf(SwedishOutcomeKind.KARTLAGGNING, language))
    assert labels["se.heading.kartlaggning"] in text
    assert labels.fmt("se.statement.kartlaggning", name="Олена Шевченко") in text
    assert "sex års arbete som maskinoperatör" in text
    assert labels["se.section.next_steps"] in text


def test_certificate_with_a_failed_module_is_refused() -> None:
    data = replace(sample_swedish_outcome(SwedishOutcomeKind.INTYG), kind=SwedishOutcomeKind.CERTIFICATE)
    with pytest.raises(ValidationError, match="every module"):
        build_swedish_outcome(data, sample_issuer())


def test_intyg_needs_passed_and_missing_modules() -> None:
    data = sample_swedish_outcome(SwedishOutcomeKind.CERTIFICATE)
    with pytest.raises(ValidationError):
        build_swedish_outcome(replace(data, kind=SwedishOutcomeKind.INTYG), sample_issuer())


@pytest.mark.parametrize("kind", [SwedishOutcomeKind.CERTIFICATE, SwedishOutcomeKind.INTYG])
def test_nothing_is_issued_before_the_signed_assessment_and_ids(kind: SwedishOutcomeKind) -> None:
    data = replace(
        sample_swedish_outcome(kind), assessment_signed_on=None, assessor_id="", accreditation_id=""
    )
    with pytest.raises(CertificateIncomplete) as error:
        build_swedish_outcome(data, sample_issuer())
    assert error.value.missing == ["assessment_signed_on", "assessor_id", "accreditation_id"]


def test_kartlaggning_needs_no_assessment() -> None:
    data = replace(
        sample_swedish_outcome(SwedishOutcomeKind.KARTLAGGNING),
        assessment_signed_on=None,
        assessor_id="",
        accreditation_id="",
        assessor=None,
    )
    text = full_text(build_swedish_outcome(data, sample_issuer(), created=CREATED))
    assert "Kartläggningsutlåtande" in text
