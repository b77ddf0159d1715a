"""Geometry, text styles and building blocks (literal text, bullets, ruled tables) of all documents.

Geometry of a letter (A4, millimetres from the top-left corner): the recipient's address sits in the
window of a C5/E65 window envelope (window 20 mm from the left, 45-50 mm from the top, 90 x 45 mm), so the
zone :data:`WINDOW_ZONE` (20-110 mm across, 45-95 mm down) holds nothing but the address; no national ID
number is ever printed in it or near it. The reference block stands to the right of the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from rpl_desktop.documents.flowables import ACCENT, INK, MUTED, Cell, Grid, PlainText
from rpl_desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BOTTOM = 24 * mm
#: (left, top, right, bottom) in millimetres from the top-left corner of the page.
WINDOW_ZONE = (20.0, 45.0, 110.0, 95.0)
FIRST_FRAME_TOP = 100 * mm  # below the window zone and the reference block
LATER_FRAME_TOP = 27 * mm


def y_from_top(millimetres: float) -> float:
    return float(PAGE_HEIGHT - millimetres * mm)


def esc(text: str) -> str:
    """Free text as Paragraph markup that prints literally (``<``, ``&``, quotes); newlines break lines."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    bullet: ParagraphStyle
    identity: ParagraphStyle
    detail: ParagraphStyle
    signature: ParagraphStyle
    table_caption: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_bullet: ParagraphStyle


@lru_cache(maxsize=2)
def styles(serif: bool = False) -> Styles:
    """Paragraph styles; ``serif`` gives a Times-like body (the certificate, as Udir's blankett)."""
    register_fonts()
    body_font, body_bold = (SERIF, SERIF_BOLD) if serif else (SANS, SANS_BOLD)
    size, leading = (10.5, 14) if serif else (9.5, 12.8)
    body = ParagraphStyle(
        "body",
        fontName=body_font,
        fontSize=size,
        leading=leading,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
        bulletFontName=body_font,
        bulletFontSize=size,
    )
    cell = ParagraphStyle("cell", parent=body, fontName=SANS, fontSize=8.5, leading=10.8, spaceAfter=0)
    return Styles(
        body=body,
        body_bold=ParagraphStyle("body_bold", parent=body, fontName=body_bold),
        small=ParagraphStyle("small", parent=body, fontName=SANS, fontSize=8, leading=10.5),
        muted=ParagraphStyle("muted", parent=body, fontName=SANS, fontSize=8, leading=10.5, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=14, leading=18, spaceAfter=4, textColor=INK
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
            textColor=ACCENT,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=7,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        cell_bullet=ParagraphStyle(
            "cell_bullet", parent=cell, leftIndent=9, bulletIndent=1, bulletFontName=SANS, bulletFontSize=8.5
        ),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=SANS_BOLD, textColor=INK),
        cell_head_right=ParagraphStyle(
            "cell_head_right", parent=cell, fontName=SANS_BOLD, alignment=TA_RIGHT
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        identity=ParagraphStyle(
            "identity", parent=body, fontName=body_bold, fontSize=size + 1, leading=leading + 2, spaceAfter=1
        ),
        detail=ParagraphStyle("detail", parent=body, leftIndent=10, spaceAfter=1.5),
        signature=ParagraphStyle("signature", parent=body, spaceAfter=0),
        # a caption that lets its table split across pages (the caller puts a CondPageBreak before it)
        table_caption=ParagraphStyle(
            "table_caption",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=7,
            spaceAfter=2,
            keepWithNext=0,
        ),
    )


def para(text: str, style: ParagraphStyle) -> Flowable:
    """Literal text (see :class:`PlainText`)."""
    return PlainText(text, style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup the caller has built (free text inside escaped with :func:`esc`)."""
    return Paragraph(text, style)


def bullets(items: Iterable[str], style: ParagraphStyle) -> list[Flowable]:
    return [PlainText(item, style, bullet="\u2022") for item in items]


def grid_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = False,
    strong_above: Sequence[int] = (),
) -> Grid:
    """A plain table: light rules, a shaded header row that repeats on each page."""
    return Grid(rows, widths, header=header, zebra=zebra, strong_above=strong_above)


def key_value_table(rows: Sequence[tuple[str, Cell]], label_width: float, style: Styles) -> Grid:
    """Two columns: a bold label on a shaded ground, and a value (already flowables)."""
    data = [[para(label, style.cell_bold), value] for label, value in rows]
    return Grid(data, [label_width, TEXT_WIDTH - label_width], header=False, label_column=True)
