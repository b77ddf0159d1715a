"""The competence map: coverage per target as a chart and the gaps in plain words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rpl_desktop.documents.certificate import build_competence_map
from rpl_desktop.documents.labels import load_labels
from rpl_desktop.documents.model import Language, TargetCoverage
from rpl_desktop.documents.samples import sample_competence_map, sample_issuer
from rpl_desktop.domain.errors import ValidationError
from tests.unit.documents.built_docs import CREATED, map_pdf
from tests.unit.documents.pdf_reading import full_text, reader


def test_map_has_chart_summaries_and_gaps(language: Language) -> None:
    labels = load_labels(language)
    text = full_text(map_pdf(language))
    assert labels["map.heading"] in text
    assert "Małgorzata Wójcik-Łęcka" in text
    assert labels["map.chart_title"] in text
    for key in ("map.met", "map.partly", "map.missing"):
        assert labels[key] in text
    assert labels.percent(64) in text and labels.percent(27) in text and labels.percent(75) in text
    assert labels.fmt("map.summary", met=14, partly=5, missing=3, total=22) in text
    assert labels.fmt("map.credits", met="20", total="30", unit=labels["unit.studiepoeng"]) in text
    assert labels["map.gaps_heading"] in text
    for gap in (
        "Erfaring med palliativ omsorg",
        "Praksis med barn under skolealder",
        "Ledelse og kvalitetsarbeid",
    ):
        assert gap in text
    assert labels["map.disclaimer"] in text


def test_chart_is_vector_graphics() -> None:
    content = reader(map_pdf(Language.NB)).pages[0].get_contents()
    assert content is not None and b" re f" in content.get_data().replace(b"\n", b" ")


def test_target_without_gaps_says_so() -> None:
    data = replace(sample_competence_map(Language.EN), targets=(TargetCoverage("Welding", 5, 0, 0),))
    text = full_text(build_competence_map(data, sample_issuer(), created=CREATED))
    assert "We found nothing missing." in text and "100%" in text


@pytest.mark.parametrize(
    "targets", [(), (TargetCoverage("Empty", 0, 0, 0),), (TargetCoverage("Bad", -1, 2, 0),)]
)
def test_bad_targets_are_refused(targets: tuple[TargetCoverage, ...]) -> None:
    with pytest.raises(ValidationError):
        build_competence_map(replace(sample_competence_map(), targets=targets), sample_issuer())
