"""Shared page furniture of all documents: styles, letterhead, running header and footer, the canvas.

Geometry of a letter (A4, millimetres from the top-left corner): the recipient's address sits in the
window of a C5/E65 window envelope (window 20 mm from the left, 45-50 mm from the top, 90 x 45 mm), so the
zone :data:`WINDOW_ZONE` (20-110 mm across, 45-95 mm down) holds nothing but the address; no national ID
number is ever printed in it or near it. The reference block stands to the right of the window.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from rpl_desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from rpl_desktop.documents.labels import Labels
from rpl_desktop.documents.model import Issuer, Party
from rpl_desktop.documents.pdfa import DocumentMetadata, apply_pdfa

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BOTTOM = 24 * mm
#: (left, top, right, bottom) in millimetres from the top-left corner of the page.
WINDOW_ZONE = (20.0, 45.0, 110.0, 95.0)
FIRST_FRAME_TOP = 100 * mm  # below the window zone and the reference block
LATER_FRAME_TOP = 27 * mm

INK = colors.Color(0.1, 0.1, 0.12)
MUTED = colors.Color(0.36, 0.38, 0.42)
RULE = colors.Color(0.72, 0.74, 0.78)
ACCENT = colors.Color(0.09, 0.27, 0.45)
SHADE = colors.Color(0.93, 0.945, 0.96)


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


class PlainText(Flowable):  # type: ignore[misc]
    """Literal text in one font and colour, wrapped at spaces, split across pages by lines.

    It never parses markup, so ``<``, ``&`` and quotes print as they are, and it is several times faster
    than a Paragraph (which parses its text as XML): most text of a document is plain. Lines break like a
    Paragraph's (first baseline one font size below the top, then one leading per line); a word wider
    than the column stands on its own line.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, bullet: str = "", lines: list[str] | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self._lines = lines
        self._wrapped_at = -1.0 if lines is None else None

    def _text_width(self, avail_width: float) -> float:
        return float(avail_width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or (self._wrapped_at is not None and self._wrapped_at != avail_width):
            width = self._text_width(avail_width)
            self._lines = [
                line
                for part in self.text.split("\n")
                for line in (simpleSplit(part, self.style.fontName, self.style.fontSize, width) or [""])
            ]
            self._wrapped_at = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int(avail_height // self.style.leading)
        if fit < 2 or len(self._lines) < 4 or fit >= len(self._lines):
            return []  # keep short texts whole, and never leave a single line behind
        fit = min(fit, len(self._lines) - 2)
        first = PlainText(self.text, self.style, self.bullet, self._lines[:fit])
        rest = PlainText(self.text, self.style, "", self._lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        assert self._lines is not None
        style = self.style
        canvas = self.canv
        y = self.height - style.fontSize
        if self.bullet:
            canvas.setFont(style.bulletFontName, style.bulletFontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawString(style.bulletIndent, y, self.bullet)
        # one text object for all lines: a single BT ... ET block
        text = canvas.beginText()
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(style.textColor)
        for line in self._lines:
            if style.alignment == TA_RIGHT:
                x = self.width - style.rightIndent - stringWidth(line, style.fontName, style.fontSize)
            elif style.alignment == TA_CENTER:
                width = stringWidth(line, style.fontName, style.fontSize)
                x = (self.width + style.leftIndent - style.rightIndent - width) / 2
            else:
                x = style.leftIndent
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= style.leading
        canvas.drawText(text)


def para(text: str, style: ParagraphStyle) -> Flowable:
    """Literal text (see :class:`PlainText`)."""
    return PlainText(text, style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup the caller has built (free text inside escaped with :func:`esc`)."""
    return Paragraph(text, style)


def bullets(items: Iterable[str], style: ParagraphStyle) -> list[Flowable]:
    return [PlainText(item, style, bullet="\u2022") for item in items]


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    total_row: bool = False,
    zebra: bool = False,
) -> Table:
    """A plain table: light rules, a shaded header row that repeats on each page."""
    table = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    if zebra:
        start = 1 if header else 0
        for row in range(start + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.Color(0.975, 0.98, 0.985)))
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(rows: Sequence[tuple[str, Flowable]], label_width: float, style: Styles) -> Table:
    """Two columns: a bold label and a value (already a flowable)."""
    data = [[para(label, style.cell_bold), value] for label, value in rows]
    table = Table(data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
            ]
        )
    )
    return table


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
