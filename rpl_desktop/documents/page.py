"""What is drawn straight on the page: letterhead, address, reference block, running header and
footer, a certificate's title zone; and the canvas and template every builder lays its story out with."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from rpl_desktop.documents.flowables import ACCENT, INK, MUTED, RULE, PlainText
from rpl_desktop.documents.fonts import SANS, SANS_BOLD, SERIF_BOLD, register_fonts
from rpl_desktop.documents.labels import Labels
from rpl_desktop.documents.layout import (
    BOTTOM,
    FIRST_FRAME_TOP,
    LATER_FRAME_TOP,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    TEXT_WIDTH,
    WINDOW_ZONE,
    styles,
    y_from_top,
)
from rpl_desktop.documents.model import Issuer, Party
from rpl_desktop.documents.pdfa import DocumentMetadata, apply_pdfa

# --- drawing on the canvas ---------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _opaque_logo(path: str, mtime: float) -> ImageReader:
    """The logo as an opaque RGB image on white (PDF/A: no soft masks, no CMYK surprises)."""
    from PIL import Image

    with Image.open(path) as img:
        img.load()
        rgba = img.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def draw_logo(canvas: Canvas, path: Path, x: float, top: float, max_w: float, max_h: float) -> float:
    """Draw the logo with its top-left corner at (x, top); returns the width drawn (0 if unreadable)."""
    try:
        image = _opaque_logo(str(path), path.stat().st_mtime)
    except (OSError, ValueError):
        return 0.0
    width, height = image.getSize()
    scale = min(max_w / width, max_h / height)
    canvas.drawImage(image, x, top - height * scale, width * scale, height * scale)
    return float(width * scale)


def fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, font, size, width)) or [""]


def draw_letterhead(canvas: Canvas, issuer: Issuer) -> None:
    """Logo and organisation name at the top of a first page."""
    top = y_from_top(14)
    x = LEFT
    if issuer.logo_path is not None:
        drawn = draw_logo(canvas, issuer.logo_path, LEFT, top, 40 * mm, 16 * mm)
        if drawn:
            x = LEFT + drawn + 5 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(SANS_BOLD, 15)
    name_lines = fit_lines(issuer.name, SANS_BOLD, 15, PAGE_WIDTH - RIGHT - x)[:2]
    y = top - 13
    for line in name_lines:
        canvas.drawString(x, y, line)
        y -= 17
    if issuer.unit:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 9.5)
        canvas.drawString(x, y + 2, issuer.unit)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, y_from_top(34), PAGE_WIDTH - RIGHT, y_from_top(34))


def address_lines(party: Party, issuer_country: str, labels: Labels) -> list[str]:
    """The postal address of a party: name, street lines, postcode and city, country if abroad.

    Never the national ID number.
    """
    lines = [party.full_name, *(line for line in party.address_lines if line.strip())]
    city = " ".join(part for part in (party.postcode.strip(), party.city.strip()) if part)
    if city:
        lines.append(city)
    if party.country and party.country.upper() != issuer_country.upper():
        lines.append(labels.country(party.country).upper())
    return lines


def draw_address(canvas: Canvas, lines: Sequence[str]) -> None:
    """The recipient block inside the envelope window (text from 25 mm across, 52 mm down)."""
    left, top, right, bottom = WINDOW_ZONE
    width = (right - left - 10) * mm
    size = 10.0
    leading = 12.5
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(fit_lines(line, SANS, size, width))
    max_lines = int(((bottom - 3) - 52 + 3) * mm // leading)
    if len(wrapped) > max_lines:
        wrapped = wrapped[: max_lines - 1] + [wrapped[-1]]
    canvas.setFillColor(INK)
    y = y_from_top(52) - size * 0.8
    for index, line in enumerate(wrapped):
        canvas.setFont(SANS_BOLD if index == 0 else SANS, size)
        canvas.drawString((left + 5) * mm, y, line)
        y -= leading


def draw_reference_block(canvas: Canvas, rows: Sequence[tuple[str, str]], top_mm: float = 50) -> None:
    """Label/value rows right of the window (from 118 mm across), values aligned in one column."""
    label_x = 118 * mm
    value_x = 143 * mm
    width = PAGE_WIDTH - RIGHT - value_x
    y = y_from_top(top_mm) - 8
    for label, value in rows:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8)
        canvas.drawString(label_x, y, label)
        canvas.setFillColor(INK)
        canvas.setFont(SANS, 9)
        for line in fit_lines(value, SANS, 9, width)[:2]:
            canvas.drawString(value_x, y, line)
            y -= 11
        y -= 3


def draw_running_header(canvas: Canvas, left_text: str, right_text: str) -> None:
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    y = y_from_top(15)
    canvas.drawString(LEFT, y, fit_lines(left_text, SANS, 8, TEXT_WIDTH * 0.6)[0])
    canvas.drawRightString(PAGE_WIDTH - RIGHT, y, fit_lines(right_text, SANS, 8, TEXT_WIDTH * 0.38)[0])
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y - 4, PAGE_WIDTH - RIGHT, y - 4)


def issuer_footer_lines(issuer: Issuer, labels: Labels) -> list[str]:
    postal = ", ".join(
        part
        for part in (*issuer.address_lines, " ".join(p for p in (issuer.postcode, issuer.city) if p))
        if part
    )
    first = " · ".join(part for part in (issuer.name, postal) if part)
    second_parts = list(issuer.contact_lines)
    if issuer.org_number:
        second_parts.append(f"{labels['common.org_number']} {issuer.org_number}")
    return [line for line in (first, " · ".join(second_parts)) if line]


def draw_footer(canvas: Canvas, lines: Sequence[str], page_text: str) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, 17 * mm, PAGE_WIDTH - RIGHT, 17 * mm)
    canvas.setFont(SANS, 7.2)
    canvas.setFillColor(MUTED)
    y = 17 * mm - 9
    for line in lines[:2]:
        canvas.drawString(LEFT, y, fit_lines(line, SANS, 7.2, TEXT_WIDTH - 30 * mm)[0])
        y -= 9
    canvas.setFont(SANS, 8)
    canvas.setFillColor(INK)
    canvas.drawRightString(PAGE_WIDTH - RIGHT, 17 * mm - 9, page_text)


# --- the canvas and the document template -------------------------------------------------------------

#: Draws what needs the page count (footer): ``(canvas, page_number, page_count)``.
Furniture = Callable[[Canvas, int, int], None]


class DocumentCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so the footer can say "page x of y", then saves as PDF/A-2b."""

    def __init__(self, *args: Any, metadata: DocumentMetadata, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rpl_pages: list[dict[str, Any]] = []
        self._rpl_metadata = metadata
        self._rpl_furniture = furniture

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._rpl_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._rpl_pages)
        for number, state in enumerate(self._rpl_pages, start=1):
            self.__dict__.update(state)
            self._rpl_furniture(self, number, total)
            Canvas.showPage(self)
        apply_pdfa(self, self._rpl_metadata)
        Canvas.save(self)


PageCallback = Callable[[Canvas, Any], None]


def build_pdf(
    story: list[Flowable],
    metadata: DocumentMetadata,
    furniture: Furniture,
    first_page: PageCallback,
    later_pages: PageCallback,
    *,
    first_frame_top: float = FIRST_FRAME_TOP,
    later_frame_top: float = LATER_FRAME_TOP,
) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF/A bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_FRAME_TOP,
        bottomMargin=BOTTOM,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        initialFontName=SANS,
        initialFontSize=10,
        lang=metadata.language_tag,
    )
    first = Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - first_frame_top - BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - later_frame_top - BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="First", frames=[first], onPage=first_page, autoNextPageTemplate="Later"),
            PageTemplate(id="Later", frames=[later], onPage=later_pages),
        ]
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> DocumentCanvas:
        return DocumentCanvas(*args, metadata=metadata, furniture=furniture, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def draw_title_zone(canvas: Canvas, heading: str, subtitle: str, notice: str, *, serif: bool = False) -> None:
    """A certificate's heading block, in the zone a window envelope would show (45-95 mm down).

    It holds nothing personal beyond what the heading says; identity blocks start below the zone.
    """
    st = styles(serif)
    heading_style = ParagraphStyle(
        "zone_heading",
        parent=st.body,
        fontName=SERIF_BOLD if serif else SANS_BOLD,
        fontSize=24,
        leading=28,
        textColor=ACCENT,
    )
    subtitle_style = ParagraphStyle(
        "zone_subtitle", parent=st.body, fontName=SANS_BOLD, fontSize=12.5, leading=16
    )
    y = y_from_top(46)
    for text, style in ((heading, heading_style), (subtitle, subtitle_style), (notice, st.muted)):
        if not text:
            continue
        paragraph = PlainText(text, style)
        _w, h = paragraph.wrap(TEXT_WIDTH, 40 * mm)
        paragraph.drawOn(canvas, LEFT, y - h)
        y -= h + 5
