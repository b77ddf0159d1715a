"""The competence map for counsellors: one candidate against several targets.

A bar per target shows how many of its outcomes the candidate meets, partly meets and misses; below the
chart each target gets its summary in a sentence, its credits where known, and the gaps in plain words,
in the candidate's language. It is a guidance aid, not a decision, and says so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rpl_desktop.documents.flowables import INK, MUTED
from rpl_desktop.documents.fonts import SANS, SANS_BOLD
from rpl_desktop.documents.labels import Labels, load_labels
from rpl_desktop.documents.layout import (
    TEXT_WIDTH,
    bullets,
    para,
    styles,
)
from rpl_desktop.documents.model import CompetenceMapData, Issuer, TargetCoverage
from rpl_desktop.documents.page import (
    build_pdf,
    draw_footer,
    draw_letterhead,
    draw_running_header,
    draw_title_zone,
    issuer_footer_lines,
)
from rpl_desktop.documents.pdfa import DocumentMetadata, now_local
from rpl_desktop.domain.errors import ValidationError

DOCUMENT_TYPE = "kompetansekart"
MET = colors.Color(0.16, 0.48, 0.24)
PARTLY = colors.Color(0.93, 0.66, 0.18)
MISSING = colors.Color(0.82, 0.83, 0.85)
WHITE = colors.Color(1, 1, 1)

ROW = 10 * mm
BAR_X = 70 * mm
BAR_W = TEXT_WIDTH - BAR_X - 16 * mm


def competence_map_metadata(
    data: CompetenceMapData, issuer: Issuer, labels: Labels | None = None, created: datetime | None = None
) -> DocumentMetadata:
    labels = labels or load_labels(data.language)
    return DocumentMetadata(
        title=f"{labels['map.heading']} – {data.candidate.full_name}",
        author=issuer.name,
        document_type=DOCUMENT_TYPE,
        language=labels.language,
        created=created or now_local(),
        document_date=data.date,
        case_number=data.reference,
        party_name=data.candidate.full_name,
        subject=labels["map.heading"],
    )


def build_competence_map(
    data: CompetenceMapData, issuer: Issuer, labels: Labels | None = None, *, created: datetime | None = None
) -> bytes:
    """The competence map as PDF/A-2b bytes, in ``data.language`` unless ``labels`` say otherwise."""
    if not data.targets:
        raise ValidationError("targets", "a competence map needs at least one target")
    for index, target in enumerate(data.targets):
        if min(target.met, target.partly, target.missing) < 0 or target.total == 0:
            raise ValidationError(f"targets[{index}]", "counts must be zero or more and not all zero")
    labels = labels or load_labels(data.language)
    meta = competence_map_metadata(data, issuer, labels, created)
    name = data.candidate.full_name
    notice_parts = [f"{labels['map.date']}: {labels.date(data.date)}"]
    if data.reference:
        notice_parts.append(f"{labels['map.reference']}: {data.reference}")
    if data.prepared_by is not None:
        notice_parts.append(f"{labels['map.prepared_by']}: {data.prepared_by.name}")

    def first_page(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_letterhead(canvas, issuer)
        draw_title_zone(canvas, labels["map.heading"], name, " · ".join(notice_parts))
        canvas.restoreState()

    def later_pages(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_running_header(canvas, issuer.name, f"{labels['map.heading']} – {name}")
        canvas.restoreState()

    footer = issuer_footer_lines(issuer, labels)

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        draw_footer(canvas, footer, labels.fmt("common.page", page=page, pages=pages))
        canvas.restoreState()

    return build_pdf(_story(data, labels), meta, furniture, first_page, later_pages, first_frame_top=84 * mm)


def _shorten(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def coverage_chart(targets: tuple[TargetCoverage, ...], labels: Labels) -> Drawing:
    """Stacked horizontal bars (met, partly, missing) per target, with a legend."""
    height = ROW * len(targets) + 15 * mm
    drawing = Drawing(TEXT_WIDTH, height, initialFontName=SANS, initialFontSize=8.5)
    drawing.add(
        String(0, height - 10, labels["map.chart_title"], fontName=SANS_BOLD, fontSize=9.5, fillColor=INK)
    )
    y = height - 8 * mm
    for target in targets:
        y -= ROW
        label = _shorten(target.name, SANS, 8.5, BAR_X - 4 * mm)
        drawing.add(String(0, y + 3.2 * mm, label, fontName=SANS, fontSize=8.5, fillColor=INK))
        x = BAR_X
        for count, colour, text_colour in (
            (target.met, MET, WHITE),
            (target.partly, PARTLY, INK),
            (target.missing, MISSING, INK),
        ):
            if count <= 0:
                continue
            width = BAR_W * count / target.total
            drawing.add(Rect(x, y + 1.5 * mm, width, ROW - 3.5 * mm, fillColor=colour, strokeColor=None))
            if width > 7 * mm:
                drawing.add(
                    String(
                        x + width / 2,
                        y + 3.4 * mm,
                        str(count),
                        fontName=SANS_BOLD,
                        fontSize=8,
                        fillColor=text_colour,
                        textAnchor="middle",
                    )
                )
            x += width
        share = round(100 * target.met / target.total)
        drawing.add(
            String(
                BAR_X + BAR_W + 3 * mm,
                y + 3.2 * mm,
                labels.percent(share),
                fontName=SANS_BOLD,
                fontSize=8.5,
                fillColor=INK,
            )
        )
    x = BAR_X
    for key, colour in (("map.met", MET), ("map.partly", PARTLY), ("map.missing", MISSING)):
        drawing.add(Rect(x, 1.5 * mm, 3.2 * mm, 3.2 * mm, fillColor=colour, strokeColor=None))
        text = labels[key]
        drawing.add(String(x + 4.5 * mm, 2 * mm, text, fontName=SANS, fontSize=8, fillColor=MUTED))
        x += 4.5 * mm + stringWidth(text, SANS, 8) + 7 * mm
    return drawing


def _story(data: CompetenceMapData, labels: Labels) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(labels.fmt("map.intro", name=data.candidate.full_name), st.body)]
    if data.introduction:
        story.append(para(data.introduction, st.body))
    story += [Spacer(1, 4), coverage_chart(data.targets, labels), Spacer(1, 4)]
    for target in data.targets:
        block: list[Flowable] = [
            para(f"{target.name} ({target.code})" if target.code else target.name, st.heading)
        ]
        block.append(
            para(
                labels.fmt(
                    "map.summary",
                    met=target.met,
                    partly=target.partly,
                    missing=target.missing,
                    total=target.total,
                ),
                st.body,
            )
        )
        if (
            target.credits_total is not None
            and target.credits_met is not None
            and target.credit_unit is not None
        ):
            block.append(
                para(
                    labels.fmt(
                        "map.credits",
                        met=labels.number(target.credits_met),
                        total=labels.number(target.credits_total),
                        unit=labels[f"unit.{target.credit_unit.value}"],
                    ),
                    st.body,
                )
            )
        if target.gaps:
            block.append(para(labels["map.gaps_heading"], st.subheading))
            block += bullets(target.gaps, st.bullet)
        else:
            block.append(para(labels["map.no_gaps"], st.body))
        story.append(KeepTogether(block))
    if data.notes:
        story.append(para(labels["map.notes"], st.heading))
        story += [para(note, st.body) for note in data.notes]
    story += [Spacer(1, 8), para(labels["map.disclaimer"], st.muted)]
    return story
