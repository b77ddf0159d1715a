"""Suggested evidence: the candidate's periods and courses ranked by textual relevance to an outcome.

Suggestions are only suggestions: the caseworker accepts or ignores them; they never become
judgements. Ranking is BM25 over Snowball stems (Norwegian and Swedish stemmers, plus English) with a
small bonus for shared character trigrams of words, so that Norwegian compounds ("taktekking") meet
their parts ("tekke tak").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

# Short function words in nb/nn/sv/en that carry no meaning for matching.
STOPWORDS = frozenset(
    """og i på for med til av som er en et ei den det de om å kan skal har ha ved fra eller under etter
    over mellom seg sin sitt sine sine ut inn opp ned både også andre annen anna ein eit dei dette denne
    and or the of to in on for with by from at as is are be can use using an a its their
    och att på av för med som är en ett den det de om kan ska har till från eller under efter över
    sig sin sitt sina ut in upp ned både även andra annan kunne kunna""".split()
)


@lru_cache(maxsize=8)
def _stemmer(language: str) -> snowballstemmer.stemmer:  # type: ignore[name-defined]
    return snowballstemmer.stemmer(language)


def _language(lang: str) -> str:
    return {"sv": "swedish", "en": "english", "da": "danish"}.get(lang, "norwegian")


def stems(text: str, lang: str = "nb") -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    words = [w for w in words if w not in STOPWORDS]
    return list(_stemmer(_language(lang)).stemWords(words))


def _trigrams(words: Sequence[str]) -> set[str]:
    grams: set[str] = set()
    for w in words:
        padded = f"_{w}_"
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return grams


@dataclass(frozen=True)
class Document:
    """A piece of the candidate's history to rank: (kind, id) plus its text."""

    kind: str
    ref_id: int
    label: str
    text: str


@dataclass(frozen=True)
class Suggestion:
    kind: str
    ref_id: int
    label: str
    score: float
    matched: tuple[str, ...]  # the stems both texts share, to explain the suggestion


def rank(outcome_text: str, documents: Sequence[Document], *, lang: str = "nb", limit: int = 5,
         min_score: float = 0.15) -> list[Suggestion]:
    """Rank ``documents`` for one outcome; the best first, weak matches left out."""
    query = stems(outcome_text, lang)
    if not query or not documents:
        return []
    doc_stems = [stems(d.text, lang) for d in documents]
    n = len(documents)
    avg_len = sum(len(s) for s in doc_stems) / n or 1.0
    df: Counter[str] = Counter()
    for s in doc_stems:
        df.update(set(s))
    query_grams = _trigrams(query)
    k1, b = 1.2, 0.75
    results = []
    for doc, terms in zip(documents, doc_stems, strict=True):
        tf = Counter(terms)
        score = 0.0
        for q in set(query):
            if q not in tf:
                continue
            idf = math.log(1 + (n - df[q] + 0.5) / (df[q] + 0.5))
            f = tf[q]
            score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(terms) / avg_len))
        grams = _trigrams(terms)
        if grams and query_grams:
            score += 0.8 * len(grams & query_grams) / len(query_grams)
        if score >= min_score:
            matched = tuple(sorted(set(query) & set(terms)))
            results.append(Suggestion(doc.kind, doc.ref_id, doc.label, round(score, 3), matched))
    results.sort(key=lambda r: (-r.score, r.kind, r.ref_id))
    return results[:limit]
