"""Reading the built PDFs back: text per page, text with positions, fonts, metadata."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from rpl_desktop.documents.layout import PAGE_HEIGHT, WINDOW_ZONE

MM = 72 / 25.4
BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def page_texts(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text() or "") for page in reader(pdf).pages]


def full_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


@dataclass(frozen=True)
class Run:
    page: int
    x: float
    y: float
    text: str


def text_runs(pdf: bytes) -> list[Run]:
    """Every piece of text with the position (points, origin bottom-left) where it starts."""
    runs: list[Run] = []
    for number, page in enumerate(reader(pdf).pages, start=1):

        def visit(
            text: str, cm: list[float], tm: list[float], _font: Any, _size: Any, number: int = number
        ) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append(Run(number, x, y, text))

        page.extract_text(visitor_text=visit)
    return runs


def window_rect(margin_mm: float = 0.0) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the envelope window zone in PDF points, grown by ``margin_mm`` on each side."""
    left, top, right, bottom = WINDOW_ZONE
    return (
        (left - margin_mm) * MM,
        PAGE_HEIGHT - (bottom + margin_mm) * MM,
        (right + margin_mm) * MM,
        PAGE_HEIGHT - (top - margin_mm) * MM,
    )


def runs_in_window(pdf: bytes, margin_mm: float = 0.0) -> list[Run]:
    x0, y0, x1, y1 = window_rect(margin_mm)
    return [r for r in text_runs(pdf) if r.page == 1 and x0 <= r.x <= x1 and y0 <= r.y <= y1]


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(pdf: bytes) -> Iterator[DictionaryObject]:
    """Every font dictionary used on any page (Type0 descendants included)."""
    seen: set[int] = set()
    for page in reader(pdf).pages:
        resources = _resolve(page.get("/Resources")) or {}
        for ref in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(ref)
            if id(font) in seen:
                continue
            seen.add(id(font))
            yield font
            for descendant in _resolve(font.get("/DescendantFonts")) or []:
                yield _resolve(descendant)


def catalog(pdf: bytes) -> Any:
    """The document catalog (typed loosely: the tests index into PDF objects freely)."""
    return reader(pdf).trailer["/Root"].get_object()


def info(pdf: bytes) -> Any:
    """The document information dictionary."""
    metadata = reader(pdf).metadata
    assert metadata is not None
    return metadata


def trailer(pdf: bytes) -> Any:
    return reader(pdf).trailer


def resolve(obj: object) -> Any:
    return _resolve(obj)
