"""The vedtak: an individual decision (enkeltvedtak) under the Public Administration Act.

Order of the letter (``docs/domain-norway.md`` §4): letterhead; the recipient in the envelope window
(name and postal address only, never the national ID number, which a vedtak does not print at all);
Vår ref., Deres ref., Saksbehandler, Dato; the title; the decision first; Hjemmel (legal basis); Faktum
(documents, periods, the praksis calculation); Vurdering og begrunnelse per outcome (rule, facts, main
considerations, fvl § 25); Klagerett (deadline, appeal body by case type, how to appeal, fvl §§ 28-29) and
innsyn (fvl §§ 18-19); signatures or the "electronically approved" line; Vedlegg; Kopi til. Every page
has the organisation and case number on top (the letterhead and reference block on page 1) and
"Side x av y" at the foot.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from rpl_desktop.documents.flowables import INK, Cell
from rpl_desktop.documents.fonts import SANS
from rpl_desktop.documents.labels import Labels, default_legal_basis, load_labels
from rpl_desktop.documents.layout import (
    TEXT_WIDTH,
    bullets,
    esc,
    grid_table,
    markup,
    para,
    styles,
)
from rpl_desktop.documents.model import Issuer, Signer, VedtakData
from rpl_desktop.documents.page import (
    address_lines,
    build_pdf,
    draw_address,
    draw_footer,
    draw_letterhead,
    draw_reference_block,
    draw_running_header,
    issuer_footer_lines,
)
from rpl_desktop.documents.pdfa import DocumentMetadata, now_local
from rpl_desktop.domain.errors import ValidationError

DOCUMENT_TYPE = "vedtak"


def _check(data: VedtakData) -> None:
    if not data.case_number.strip():
        raise ValidationError("case_number", "a vedtak needs the case number (Vår ref.)")
    if not any(p.strip() for p in data.decision):
        raise ValidationError("decision", "a vedtak needs the decision text")
    if data.appeal_weeks < 1:
        raise ValidationError(
            "appeal_weeks", f"the appeal deadline must be at least one week, not {data.appeal_weeks}"
        )
    if not data.caseworker.name.strip():
        raise ValidationError("caseworker", "a vedtak needs the caseworker's name")


def vedtak_title(data: VedtakData, labels: Labels) -> str:
    return labels[f"vedtak.title.{data.case_type.value}"]


def vedtak_metadata(
    data: VedtakData, issuer: Issuer, labels: Labels | None = None, created: datetime | None = None
) -> DocumentMetadata:
    """The archive metadata of a vedtak (for the PDF's XMP and the Noark sidecar)."""
    labels = labels or load_labels(data.language)
    title = vedtak_title(data, labels)
    if data.subject:
        title = f"{title} – {data.subject}"
    return DocumentMetadata(
        title=title,
        author=issuer.name,
        document_type=DOCUMENT_TYPE,
        language=labels.language,
        created=created or now_local(),
        document_date=data.date,
        case_number=data.case_number,
        party_name=data.party.full_name,
        subject=f"{labels['letter.our_ref']} {data.case_number}",
    )


def build_vedtak(
    data: VedtakData, issuer: Issuer, labels: Labels | None = None, *, created: datetime | None = None
) -> bytes:
    """The vedtak as PDF/A-2b bytes. ``labels`` defaults to the table of ``data.language``."""
    _check(data)
    labels = labels or load_labels(data.language)
    meta = vedtak_metadata(data, issuer, labels, created)
    our_ref = labels["letter.our_ref"]

    def first_page(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_letterhead(canvas, issuer)
        draw_address(canvas, address_lines(data.party, issuer.country, labels))
        draw_reference_block(
            canvas,
            [
                (labels["letter.our_ref"], data.case_number),
                (labels["letter.your_ref"], data.their_reference),
                (labels["letter.caseworker"], data.caseworker.name),
                (labels["letter.date"], labels.date(data.date)),
            ],
        )
        canvas.restoreState()

    def later_pages(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_running_header(canvas, issuer.name, f"{our_ref} {data.case_number}")
        canvas.restoreState()

    footer = issuer_footer_lines(issuer, labels)

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        draw_footer(canvas, footer, labels.fmt("common.page", page=page, pages=pages))
        canvas.restoreState()

    return build_pdf(_story(data, labels), meta, furniture, first_page, later_pages)


def _story(data: VedtakData, labels: Labels) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(vedtak_title(data, labels), st.title)]
    if data.subject:
        story.append(markup(f"<b>{esc(labels['vedtak.concerning'])}:</b> {esc(data.subject)}", st.body))

    story.append(para(labels["vedtak.section.decision"], st.heading))
    story += [para(text, st.body_bold) for text in data.decision if text.strip()]

    story.append(para(labels["vedtak.section.legal_basis"], st.heading))
    basis = (
        data.legal_basis
        if data.legal_basis is not None
        else default_legal_basis(data.case_type, labels.language)
    )
    story += [para(text, st.body) for text in basis]

    facts = _facts(data, labels)
    if facts:
        story.append(para(labels["vedtak.section.facts"], st.heading))
        story += facts

    if data.assessment or data.reasoning:
        story.append(para(labels["vedtak.section.assessment"], st.heading))
        story += [para(text, st.body) for text in data.assessment]
        story += _reasoning(data, labels)

    story.append(CondPageBreak(40 * mm))
    story.append(para(labels["vedtak.section.appeal"], st.heading))
    key = "vedtak.appeal.deadline_one" if data.appeal_weeks == 1 else "vedtak.appeal.deadline_many"
    deadline = labels.fmt(key, n=data.appeal_weeks).replace(" ", "\u00a0")
    appeal_body = data.appeal_body or labels[f"appeal_body.{data.case_type.appeal_body.value}"]
    story.append(para(labels.fmt("vedtak.appeal.p1", deadline=deadline), st.body))
    story.append(para(labels.fmt("vedtak.appeal.p2", appeal_body=appeal_body), st.body))
    story.append(para(labels["vedtak.section.access"], st.heading))
    story.append(para(labels["vedtak.access.p"], st.body))

    story.append(KeepTogether(_signatures(data, labels)))

    listing = [(labels["letter.attachments"], data.attachments), (labels["letter.copy_to"], data.copy_to)]
    rows = [
        [para(f"{label}:", st.cell_bold), markup("<br/>".join(esc(item) for item in items), st.cell)]
        for label, items in listing
        if items
    ]
    if rows:
        table = Table(rows, colWidths=[28 * mm, TEXT_WIDTH - 28 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                ]
            )
        )
        story += [Spacer(1, 10), table]
    return story


def _months(labels: Labels, value: Decimal | None) -> str:
    return "" if value is None else labels.number(value)


def _facts(data: VedtakData, labels: Labels) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if data.documents:
        out.append(para(labels["vedtak.facts.documents"], st.body))
        out += bullets(data.documents, st.bullet)
    if data.periods:
        out += [CondPageBreak(35 * mm), para(labels["vedtak.facts.periods"], st.table_caption)]
        rows: list[list[Any]] = [
            [
                para(labels["vedtak.col.employer"], st.cell_head),
                para(labels["vedtak.col.period"], st.cell_head),
                para(labels["vedtak.col.percent"], st.cell_head_right),
                para(labels["vedtak.col.credited"], st.cell_head_right),
            ]
        ]
        for period in data.periods:
            employer: list[Flowable] = [para(period.employer, st.cell)]
            if period.role:
                employer.append(para(period.role, st.cell_muted))
            end = labels.date(period.end) if period.end else labels["vedtak.ongoing"]
            span = labels.fmt("format.period", start=labels.date(period.start), end=end)
            rows.append(
                [
                    employer,
                    para(span, st.cell),
                    para(labels.percent(period.percent) if period.percent is not None else "", st.cell_right),
                    para(_months(labels, period.credited_months), st.cell_right),
                ]
            )
        out.append(grid_table(rows, [TEXT_WIDTH * f for f in (0.42, 0.3, 0.14, 0.14)], zebra=True))
        out.append(Spacer(1, 4))
    if data.praksis_rows:
        out += [CondPageBreak(35 * mm), para(labels["vedtak.facts.praksis"], st.table_caption)]
        out.append(_praksis_table(data, labels))
        out.append(Spacer(1, 4))
    return out


def _praksis_table(data: VedtakData, labels: Labels) -> Flowable:
    st = styles()
    head = [
        para(labels["vedtak.col.year"], st.cell_head),
        para(labels["vedtak.col.months_counted"], st.cell_head_right),
        para(labels["vedtak.col.months_capped"], st.cell_head_right),
        para(labels["vedtak.col.school_credit"], st.cell_head_right),
    ]
    rows: list[list[Cell]] = [head]
    counted = capped = school = Decimal(0)
    for row in sorted(data.praksis_rows, key=lambda r: r.year):
        counted += row.months_counted
        capped += row.months_capped
        school += row.school_credit
        rows.append(
            [
                para(str(row.year), st.cell),
                para(labels.number(row.months_counted), st.cell_right),
                para(labels.number(row.months_capped), st.cell_right),
                para(labels.number(row.school_credit) if row.school_credit else "", st.cell_right),
            ]
        )
    rows.append(
        [
            para(labels["vedtak.row.total"], st.cell_bold),
            para(labels.number(counted), st.cell_right),
            para(labels.number(capped), st.cell_right),
            para(labels.number(school), st.cell_right),
        ]
    )
    unit = labels["vedtak.months_unit"]
    summary: list[tuple[str, Decimal]] = [(labels["vedtak.row.credited_total"], capped + school)]
    if data.praksis_required_months is not None:
        summary.append((labels["vedtak.row.required"], data.praksis_required_months))
        summary.append(
            (labels["vedtak.row.remaining"], max(Decimal(0), data.praksis_required_months - capped - school))
        )
    first_summary = len(rows)
    for label, value in summary:
        rows.append(
            [para(label, st.cell_bold), None, None, para(f"{labels.number(value)} {unit}", st.cell_right)]
        )
    return grid_table(
        rows, [TEXT_WIDTH * f for f in (0.13, 0.27, 0.3, 0.3)], strong_above=[first_summary - 1]
    )


def _reasoning(data: VedtakData, labels: Labels) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for item in data.reasoning:
        block: list[Flowable] = [para(item.outcome, st.subheading)]
        lines = [(labels["vedtak.outcome.judgement"], labels[f"judgement.{item.judgement.value}"])]
        if item.methods:
            lines.append(
                (
                    labels["vedtak.outcome.methods"],
                    labels.join_and([labels[f"method.{m.value}"] for m in item.methods]),
                )
            )
        if item.rule:
            lines.append((labels["vedtak.outcome.rule"], item.rule))
        if item.reason:
            lines.append((labels["vedtak.outcome.reason"], item.reason))
        if item.main_considerations:
            lines.append((labels["vedtak.outcome.main_considerations"], item.main_considerations))
        block += [markup(f"<b>{esc(label)}:</b> {esc(text)}", st.detail) for label, text in lines]
        out += block
    return out


def _signatures(data: VedtakData, labels: Labels) -> list[Flowable]:
    """The greeting, then approver and caseworker side by side (over signature lines if signed by hand)."""
    st = styles()
    out: list[Flowable] = [Spacer(1, 4), para(labels["letter.greeting"], st.body)]
    signers: list[Signer] = [s for s in (data.approver, data.caseworker) if s is not None]
    cells: list[Any] = []
    widths: list[float] = []
    for index, signer in enumerate(signers):
        title = signer.title or (labels["letter.caseworker_title"] if signer is data.caseworker else "")
        if index:
            cells.append("")
            widths.append(12 * mm)
        cells.append(markup(esc(signer.name) + (f"<br/>{esc(title)}" if title else ""), st.signature))
        widths.append(62 * mm)
    out.append(Spacer(1, 2 if data.electronically_approved else 14 * mm))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
    ]
    if not data.electronically_approved:
        commands += [("LINEABOVE", (col, 0), (col, 0), 0.5, INK) for col in range(0, len(cells), 2)]
    table.setStyle(TableStyle(commands))
    out.append(table)
    if data.electronically_approved:
        out.append(Spacer(1, 4))
        out.append(para(labels["letter.electronically_approved"], st.muted))
    return out
