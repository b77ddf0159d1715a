"""Outputs of a Swedish branschvalidering: the model's certificate, an intyg, a kartläggningsutlåtande.

Outcome classes (``docs/domain-sweden-denmark-eu.md`` §6(a) 4-6): every module passed gives the model's
full certificate (yrkesbevis, branschcertifikat, ...); some modules passed gives an *intyg* naming the
passed and the missing modules (and what each missing one needs); none, or a mapping only, gives a
*kartläggningsutlåtande*, which is not a formal assessment. A certificate or intyg is issued only once the
bedömning is signed and names the assessor and the test centre's accreditation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rpl_desktop.documents.errors import CertificateIncomplete
from rpl_desktop.documents.flowables import INK
from rpl_desktop.documents.fonts import SANS
from rpl_desktop.documents.labels import Labels, load_labels
from rpl_desktop.documents.layout import (
    TEXT_WIDTH,
    bullets,
    esc,
    grid_table,
    key_value_table,
    markup,
    para,
    styles,
)
from rpl_desktop.documents.model import Issuer, ModuleResult, SwedishOutcomeData, SwedishOutcomeKind
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

DOCUMENT_TYPES = {
    SwedishOutcomeKind.CERTIFICATE: "branschcertifikat",
    SwedishOutcomeKind.INTYG: "intyg",
    SwedishOutcomeKind.KARTLAGGNING: "kartlaggningsutlatande",
}


def _check(data: SwedishOutcomeData) -> None:
    passed = [m for m in data.modules if m.passed]
    missing = [m for m in data.modules if not m.passed]
    if data.kind is SwedishOutcomeKind.CERTIFICATE and (not data.modules or missing):
        raise ValidationError(
            "modules", "a full certificate needs every module passed; issue an intyg instead"
        )
    if data.kind is SwedishOutcomeKind.INTYG and (not passed or not missing):
        raise ValidationError(
            "modules", "an intyg lists passed and missing modules: it needs at least one of each"
        )
    if data.kind is SwedishOutcomeKind.KARTLAGGNING:
        return
    lacking = [
        name
        for name, value in (
            ("assessment_signed_on", data.assessment_signed_on),
            ("assessor_id", data.assessor_id.strip()),
            ("accreditation_id", data.accreditation_id.strip()),
        )
        if not value
    ]
    if lacking:
        raise CertificateIncomplete(lacking)


def _heading(data: SwedishOutcomeData, labels: Labels) -> str:
    if data.kind is SwedishOutcomeKind.CERTIFICATE:
        return data.certificate_name
    return labels[f"se.heading.{data.kind.value}"]


def swedish_outcome_metadata(
    data: SwedishOutcomeData, issuer: Issuer, labels: Labels | None = None, created: datetime | None = None
) -> DocumentMetadata:
    labels = labels or load_labels(data.language)
    return DocumentMetadata(
        title=f"{_heading(data, labels)} – {data.model_name}",
        author=issuer.name,
        document_type=DOCUMENT_TYPES[data.kind],
        language=labels.language,
        created=created or now_local(),
        document_date=data.date,
        party_name=data.candidate.full_name,
        subject=f"{labels['se.document_number']} {data.document_number}",
        document_number=data.document_number,
    )


def build_swedish_outcome(
    data: SwedishOutcomeData, issuer: Issuer, labels: Labels | None = None, *, created: datetime | None = None
) -> bytes:
    """The certificate, intyg or kartläggningsutlåtande of a branschvalidering case, as PDF/A-2b bytes."""
    _check(data)
    labels = labels or load_labels(data.language)
    meta = swedish_outcome_metadata(data, issuer, labels, created)
    number_text = f"{labels['se.document_number']} {data.document_number}"
    heading = _heading(data, labels)

    def first_page(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_letterhead(canvas, issuer)
        draw_title_zone(canvas, heading, f"{data.model_name} – {data.role}", number_text)
        canvas.restoreState()

    def later_pages(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_running_header(canvas, issuer.name, number_text)
        canvas.restoreState()

    footer = issuer_footer_lines(issuer, labels)

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        draw_footer(canvas, footer, labels.fmt("common.page", page=page, pages=pages))
        canvas.restoreState()

    return build_pdf(_story(data, issuer, labels), meta, furniture, first_page, later_pages)


def _module_table(modules: list[ModuleResult], labels: Labels, *, with_note: bool) -> Table:
    st = styles()
    head = [para(labels["se.col.module"], st.cell_head), para(labels["se.col.result"], st.cell_head)]
    widths = [0.6, 0.4]
    if with_note:
        head.append(para(labels["se.col.note"], st.cell_head))
        widths = [0.38, 0.2, 0.42]
    rows: list[list[Any]] = [head]
    for module in modules:
        status = labels["se.passed" if module.passed else "se.missing"]
        if module.score:
            status = f"{status} ({module.score})"
        name = (
            f"{esc(module.code)} <b>{esc(module.name)}</b>" if module.code else f"<b>{esc(module.name)}</b>"
        )
        row = [markup(name, st.cell), para(status, st.cell)]
        if with_note:
            row.append(para(module.note, st.cell))
        rows.append(row)
    return grid_table(rows, [TEXT_WIDTH * w for w in widths], zebra=True)


def _story(data: SwedishOutcomeData, issuer: Issuer, labels: Labels) -> list[Flowable]:
    st = styles()
    name = data.candidate.full_name
    candidate = name
    if data.candidate.birth_date:
        candidate += f" ({labels['cert.birth_date'].lower()} {labels.date(data.candidate.birth_date)})"
    info: list[tuple[str, Flowable]] = [
        (labels["se.candidate"], para(candidate, st.cell_bold)),
        (
            labels["se.model"],
            para(
                labels.fmt(
                    "se.model_line", model=data.model_name, version=data.model_version, owner=data.model_owner
                ),
                st.cell,
            ),
        ),
        (labels["se.role"], para(data.role, st.cell)),
    ]
    if data.level is not None:
        info.append(
            (
                labels["eu.level"],
                para(
                    labels.fmt(
                        "eu.level_value", framework=data.level.framework.value, value=data.level.value
                    ),
                    st.cell,
                ),
            )
        )
    info.append((labels["se.issuer"], para(issuer.name, st.cell)))
    if data.accreditation_id:
        info.append((labels["se.accreditation_id"], para(data.accreditation_id, st.cell)))
    if data.assessor is not None or data.assessor_id:
        who = data.assessor.name if data.assessor else ""
        if data.assessor_id:
            who = f"{who} ({labels['se.assessor_id']} {data.assessor_id})" if who else data.assessor_id
        info.append((labels["se.assessor"], para(who, st.cell)))
    if data.assessment_signed_on is not None:
        info.append((labels["se.assessment_signed"], para(labels.date(data.assessment_signed_on), st.cell)))
    story: list[Flowable] = [key_value_table(info, 48 * mm, st), Spacer(1, 8)]

    statement = labels.fmt(f"se.statement.{data.kind.value}", name=name, certificate=data.certificate_name)
    story.append(para(statement, st.body))

    passed = [m for m in data.modules if m.passed]
    missing = [m for m in data.modules if not m.passed]
    if data.kind is SwedishOutcomeKind.CERTIFICATE:
        story.append(para(labels["se.section.modules"], st.heading))
        story.append(_module_table(passed, labels, with_note=False))
    elif data.kind is SwedishOutcomeKind.INTYG:
        story.append(para(labels["se.section.passed"], st.heading))
        story.append(_module_table(passed, labels, with_note=False))
        story.append(para(labels["se.section.missing"], st.heading))
        story.append(_module_table(missing, labels, with_note=True))
    else:
        if data.findings:
            story.append(para(labels["se.section.findings"], st.heading))
            story += bullets(data.findings, st.bullet)
        if data.modules:
            story.append(para(labels["se.section.modules"], st.heading))
            story.append(_module_table(list(data.modules), labels, with_note=True))
    if data.next_steps:
        story.append(para(labels["se.section.next_steps"], st.heading))
        story += bullets(data.next_steps, st.bullet)
    story.append(KeepTogether(_signature(data, issuer, labels)))
    return story


def _signature(data: SwedishOutcomeData, issuer: Issuer, labels: Labels) -> list[Flowable]:
    st = styles()
    place = issuer.city
    when = labels.date_long(data.date)
    out: list[Flowable] = [
        Spacer(1, 10),
        para(labels.fmt("format.place_date", place=place, date=when) if place else when, st.body),
    ]
    if data.assessor is None:
        return out
    out.append(Spacer(1, 11 * mm))
    cell = markup(
        esc(data.assessor.name) + (f"<br/>{esc(data.assessor.title)}" if data.assessor.title else ""), st.body
    )
    table = Table([[cell]], colWidths=[TEXT_WIDTH / 2 - 6 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (0, 0), 0.5, INK),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
            ]
        )
    )
    out.append(table)
    return out
