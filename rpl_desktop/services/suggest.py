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
    ["og", "i", "på", "for", "med", "til", "av", "som", "er", "en", "et", "ei", "den", "det", "de", "om", "å", "kan", "skal", "har", "ha", "ved", "fra", "eller", "under", "etter", "over", "mellom", "seg", "sin", "sitt", "sine", "sine", "ut", "inn", "opp", "ned", "både", "også", "andre", "annen", "anna", "ein", "eit", "dei", "dette", "denne", "and", "or", "the", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "is", "are", "be", "can", "use", "using", "an", "a", "its", "their", "och", "att", "på", "av", "för", "med", "som", "är", "en", "ett", "den", "det", "de", "om", "kan", "ska", "har", "till", "från", "eller", "under", "efter", "över", "sig", "sin", "sitt", "sina", "ut", "in", "upp", "ned", "både", "även", "andra", "annan", "kunne", "kunna"]
)


@lru_cache(maxsize=8)
def _stemmer(language: str) -> snowballstemmer.stemmer:  # type: ignore[name-defined]
    return snowballstemmer.stemmer(language)


def _language(lang: str) -> str:
    return {"sv": "swedish", "en": "english", "da": "danish"}.get(lang, "norwegian")


def stems(text: str, lang: str = "nb") -> list[str]:
    return [_stem(w.lower(), lang) for w in _WORD.findall(text) if w.lower() not in STOPWORDS]


@lru_cache(maxsize=50_000)
def _stem(word: str, lang: str) -> str:
    return str(_stemmer(_language(lang)).stemWord(word))


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


class Ranker:
    """Ranks one candidate's documents for many outcomes; the documents are analysed once."""

    def __init__(self, documents: Sequence[Document], lang: str = "nb") -> None:
        self.documents = list(documents)
        self.lang = lang
        self._terms = [Counter(stems(d.text, lang)) for d in self.documents]
        self._lengths = [sum(t.values()) for t in self._terms]
        self._grams = [_trigrams(list(t)) for t in self._terms]
        n = len(self.documents)
        self._avg = (sum(self._lengths) / n) if n else 1.0
        df: Counter[str] = Counter()
        for terms in self._terms:
            df.update(terms.keys())
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def rank(self, outcome_text: str, *, limit: int = 5, min_score: float = 0.15) -> list[Suggestion]:
        query = set(stems(outcome_text, self.lang))
        if not query or not self.documents:
            return []
        query_grams = _trigrams(list(query))
        k1, b = 1.2, 0.75
        avg = self._avg or 1.0
        results = []
        for doc, tf, length, grams in zip(self.documents, self._terms, self._lengths, self._grams, strict=True):
            score = 0.0
            for q in query & tf.keys():
                f = tf[q]
                score += self._idf[q] * f * (k1 + 1) / (f + k1 * (1 - b + b * length / avg))
            if grams and query_grams:
                score += 0.8 * len(grams & query_grams) / len(query_grams)
            if score >= min_score:
                matched = tuple(sorted(query & tf.keys()))
                results.append(Suggestion(doc.kind, doc.ref_id, doc.label, round(score, 3), matched))
        results.sort(key=lambda r: (-r.score, r.kind, r.ref_id))
        return results[:limit]


def rank(outcome_text: str, documents: Sequence[Document], *, lang: str = "nb", limit: int = 5,
         min_score: float = 0.15) -> list[Suggestion]:
    """Rank ``documents`` for one outcome; the best first, weak matches left out."""
    return Ranker(documents, lang).rank(outcome_text, limit=limit, min_score=min_score)
