from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rpl_desktop.services.suggest import Document, rank, stems

DOCS = [
    Document("period", 1, "Byggmester AS", "Tømrer: forskaling, reisverk og taktekking. Montering av vinduer."),
    Document("period", 2, "Rema 1000", "Butikkmedarbeider: kasse, varepåfylling, kundeservice."),
    Document("course", 3, "Stillaskurs", "Stillasmontør under 5 meter, sikring og HMS"),
]


def test_relevant_period_ranks_first_and_explains_itself() -> None:
    ranked = rank("montere vinduer og dører i reisverk", DOCS)
    assert ranked[0].ref_id == 1
    assert "reisverk" in ranked[0].matched
    assert all(r.ref_id != 2 for r in ranked)


def test_compounds_meet_their_parts() -> None:
    ranked = rank("tekke tak", DOCS)
    assert ranked and ranked[0].ref_id == 1


def test_swedish_stemming() -> None:
    docs = [Document("period", 1, "VVS AB", "Svetsning av rör och installation av värmesystem"),
            Document("period", 2, "ICA", "Kassa och kundservice")]
    assert rank("svetsa rör enligt instruktion", docs, lang="sv")[0].ref_id == 1


def test_stopwords_and_empty_input() -> None:
    assert stems("og i på for med") == []
    assert rank("", DOCS) == []
    assert rank("reisverk", []) == []


@settings(max_examples=60, deadline=None)
@given(st.text(), st.lists(st.text(), max_size=5))
def test_rank_never_fails_and_is_bounded(query: str, texts: list[str]) -> None:
    docs = [Document("period", i, "x", t) for i, t in enumerate(texts)]
    ranked = rank(query, docs, limit=3)
    assert len(ranked) <= 3
    assert all(r.score >= 0.15 for r in ranked)
