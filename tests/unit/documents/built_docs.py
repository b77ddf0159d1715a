"""The documents the tests read back: each kind and language is built once per session."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from rpl_desktop.documents.certificate import (
    build_competence_map,
    build_kompetansebevis,
    build_swedish_outcome,
)
from rpl_desktop.documents.labels import LANGUAGES
from rpl_desktop.documents.model import Language, SwedishOutcomeKind
from rpl_desktop.documents.samples import (
    sample_certificate,
    sample_competence_map,
    sample_issuer,
    sample_swedish_outcome,
    sample_vedtak,
)
from rpl_desktop.documents.vedtak import build_vedtak

CREATED = datetime(2024, 9, 2, 10, 30, 0, tzinfo=UTC)


@cache
def vedtak_pdf(language: Language) -> bytes:
    return build_vedtak(sample_vedtak(language), sample_issuer(), created=CREATED)


@cache
def certificate_pdf(language: Language) -> bytes:
    return build_kompetansebevis(sample_certificate(language), created=CREATED)


@cache
def swedish_pdf(kind: SwedishOutcomeKind, language: Language) -> bytes:
    return build_swedish_outcome(sample_swedish_outcome(kind, language), sample_issuer(), created=CREATED)


@cache
def map_pdf(language: Language) -> bytes:
    return build_competence_map(sample_competence_map(language), sample_issuer(), created=CREATED)


def all_documents() -> list[tuple[str, bytes]]:
    docs: list[tuple[str, bytes]] = []
    for lang in LANGUAGES:
        docs.append((f"vedtak-{lang}", vedtak_pdf(lang)))
        docs.append((f"kompetansebevis-{lang}", certificate_pdf(lang)))
        docs.append((f"map-{lang}", map_pdf(lang)))
        for kind in SwedishOutcomeKind:
            docs.append((f"{kind}-{lang}", swedish_pdf(kind, lang)))
    return docs
