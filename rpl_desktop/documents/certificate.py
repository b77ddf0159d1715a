"""The kompetansebevis: a local certificate of approved competence, with the EU micro-credential elements.

It says it is a local certificate and not Udir's official blankett. Page 1 carries the bold identity
block (below the envelope-window zone, so the ID number never shows through a window), the wording «har
gjennomført opplæring som omfatter», the approved subjects and modules only, place, date and signer.
Page 2 lists the eleven mandatory elements of Council Recommendation 2022/C 243/02 (Annex I), the optional
ones that are known, and the unique certificate number. For partial recognition an attachment lists each
approved kompetansemål or learning outcome; what was not approved is never printed. RKV results carry no
numerical grade.

Issuing is refused with :class:`CertificateIncomplete` (listing what is missing) until every mandatory
element is filled in; :func:`missing_eu_elements` tells a form what to ask for.

The Swedish outputs and the competence map live in :mod:`.swedish` and :mod:`.competence_map` and are
re-exported here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from rpl_desktop.documents.competence_map import build_competence_map
from rpl_desktop.documents.errors import CertificateIncomplete
from rpl_desktop.documents.flowables import INK, PlainText
from rpl_desktop.documents.fonts import SANS, SERIF_BOLD
from rpl_desktop.documents.labels import Labels, load_labels
from rpl_desktop.documents.layout import (
    TEXT_WIDTH,
    grid_table,
    key_value_table,
    para,
    styles,
)
from rpl_desktop.documents.model import (
    CertificateContext,
    CertificateData,
    CertificateItem,
    Framework,
    Issuer,
    Judgement,
    Level,
    Signer,
    Workload,
)
from rpl_desktop.documents.page import (
    build_pdf,
    draw_footer,
    draw_letterhead,
    draw_running_header,
    draw_title_zone,
    issuer_footer_lines,
)
from rpl_desktop.documents.pdfa import DocumentMetadata, now_local
from rpl_desktop.documents.swedish import build_swedish_outcome
from rpl_desktop.domain.errors import ValidationError

__all__ = [
    "EU_ELEMENTS",
    "CertificateIncomplete",
    "approved_items",
    "build_competence_map",
    "build_kompetansebevis",
    "build_swedish_outcome",
    "eqf_level",
    "kompetansebevis_metadata",
    "missing_eu_elements",
]

DOCUMENT_TYPE = "kompetansebevis"

#: The eleven mandatory elements of Annex I, in the Recommendation's order.
EU_ELEMENTS: tuple[str, ...] = (
    "learner",
    "title",
    "issuer_country_region",
    "awarding_body",
    "date_of_issue",
    "learning_outcomes",
    "workload",
    "level",
    "assessment",
    "participation",
    "quality_assurance",
)

_LEVELS: dict[Framework, frozenset[str]] = {
    Framework.NKR: frozenset({"2", "3", "4", "5.1", "5.2", "6", "7", "8"}),
    Framework.EQF: frozenset(str(n) for n in range(1, 9)),
    Framework.SEQF: frozenset(str(n) for n in range(1, 9)),
}


def eqf_level(level: Level) -> int | None:
    """The EQF level a national level is referenced to (NKR 5.1 and 5.2 are EQF 5; SeQF is one to one)."""
    value = level.value.strip()
    if value not in _LEVELS[level.framework]:
        return None
    return int(value.split(".")[0])


def approved_items(data: CertificateData) -> list[CertificateItem]:
    """The items the certificate may show: approved, or partly approved with at least one approved outcome."""
    return [
        item
        for item in data.items
        if item.result is Judgement.APPROVED
        or (item.result is Judgement.PARTLY_APPROVED and any(o.approved for o in item.outcomes))
    ]


def _partial(item: CertificateItem) -> bool:
    return item.result is Judgement.PARTLY_APPROVED


def missing_eu_elements(data: CertificateData) -> list[str]:
    """The mandatory EU elements (names from :data:`EU_ELEMENTS`) that are not filled in yet."""
    issuer = data.issuer
    filled = {
        "learner": bool(data.learner.full_name),
        "title": bool(data.title.strip()),
        "issuer_country_region": bool(issuer.country.strip() and issuer.region.strip()),
        "awarding_body": bool(issuer.name.strip()),
        "date_of_issue": data.date_of_issue is not None,
        "learning_outcomes": bool(approved_items(data)),
        "workload": data.workload is not None and data.workload.amount > 0,
        "level": data.level is not None and bool(data.level.value.strip()),
        "assessment": bool(data.assessment or data.assessment_note.strip()),
        "participation": data.participation is not None,
        "quality_assurance": bool(data.quality_assurance.strip()),
    }
    return [name for name in EU_ELEMENTS if not filled[name]]


def _check(data: CertificateData) -> None:
    missing = missing_eu_elements(data)
    if not data.certificate_number.strip():
        missing.append("certificate_number")
    if missing:
        raise CertificateIncomplete(missing)
    if data.level is not None and data.level.value.strip() not in _LEVELS[data.level.framework]:
        raise ValidationError("level", f"{data.level.value!r} is not a level of {data.level.framework.value}")
    if data.context is CertificateContext.RKV_VGS and re.search(r"\d", data.grade):
        raise ValidationError("grade", "an RKV result carries no numerical grade")


def kompetansebevis_metadata(
    data: CertificateData,
    issuer: Issuer | None = None,
    labels: Labels | None = None,
    created: datetime | None = None,
) -> DocumentMetadata:
    labels = labels or load_labels(data.language)
    issuer = issuer or data.issuer
    return DocumentMetadata(
        title=f"{labels['cert.heading']} – {data.title}",
        author=issuer.name,
        document_type=DOCUMENT_TYPE,
        language=labels.language,
        created=created or now_local(),
        document_date=data.date_of_issue,
        case_number=data.case_number,
        party_name=data.learner.full_name,
        subject=f"{labels['cert.number']} {data.certificate_number}",
        document_number=data.certificate_number,
    )


def build_kompetansebevis(
    data: CertificateData,
    issuer: Issuer | None = None,
    labels: Labels | None = None,
    *,
    created: datetime | None = None,
) -> bytes:
    """The kompetansebevis as PDF/A-2b bytes.

    ``issuer`` is the letterhead (defaults to the awarding body, ``data.issuer``); ``labels`` default to the
    table of ``data.language``. Raises :class:`CertificateIncomplete` while a mandatory element is missing.
    """
    _check(data)
    labels = labels or load_labels(data.language)
    letterhead = issuer or data.issuer
    meta = kompetansebevis_metadata(data, letterhead, labels, created)
    number_text = f"{labels['cert.number']} {data.certificate_number}"

    def first_page(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_letterhead(canvas, letterhead)
        draw_title_zone(
            canvas,
            labels["cert.heading"],
            data.title,
            labels.fmt("cert.local_notice", issuer=data.issuer.name),
            serif=True,
        )
        canvas.restoreState()

    def later_pages(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_running_header(canvas, letterhead.name, number_text)
        canvas.restoreState()

    footer = issuer_footer_lines(letterhead, labels)

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        draw_footer(canvas, [number_text, *footer][:2], labels.fmt("common.page", page=page, pages=pages))
        canvas.restoreState()

    return build_pdf(_story(data, labels), meta, furniture, first_page, later_pages)


def _workload(labels: Labels, workload: Workload | None) -> str:
    if workload is None:
        return ""
    return labels.fmt(
        "format.workload", amount=labels.number(workload.amount), unit=labels[f"unit.{workload.unit.value}"]
    )


def _identity(data: CertificateData, labels: Labels) -> Table:
    st = styles(serif=True)
    rows: list[tuple[str, str]] = [(labels["cert.name"], data.learner.full_name)]
    if data.learner.national_id:
        rows.append((labels["cert.national_id"], data.learner.national_id))
    elif data.learner.birth_date:
        rows.append((labels["cert.birth_date"], labels.date(data.learner.birth_date)))
    table = Table(
        [[para(f"{label}:", st.identity), para(value, st.identity)] for label, value in rows],
        colWidths=[42 * mm, TEXT_WIDTH - 42 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("FONTNAME", (0, 0), (-1, -1), SERIF_BOLD),
            ]
        )
    )
    return table


def _story(data: CertificateData, labels: Labels) -> list[Flowable]:
    st = styles(serif=True)
    items = approved_items(data)
    story: list[Flowable] = [_identity(data, labels), Spacer(1, 10)]
    story.append(para(labels["cert.completed"], st.body))
    rows: list[list[Any]] = [
        [
            para(labels["cert.col.code"], st.cell_head),
            para(labels["cert.col.item"], st.cell_head),
            para(labels["cert.col.workload"], st.cell_head_right),
            para(labels["cert.col.result"], st.cell_head),
        ]
    ]
    for item in items:
        result = labels["cert.partial_note"] if _partial(item) else labels["judgement.approved"]
        rows.append(
            [
                para(item.code, st.cell),
                para(item.title, st.cell_bold),
                para(_workload(labels, item.workload), st.cell_right),
                para(result, st.cell),
            ]
        )
    story.append(grid_table(rows, [TEXT_WIDTH * f for f in (0.16, 0.44, 0.16, 0.24)]))
    story.append(Spacer(1, 4))
    story.append(para(labels["cert.approved_only"], st.muted))
    story.append(KeepTogether(_signature(data, labels)))

    story.append(PageBreak())
    story.append(para(labels["cert.eu.heading"], st.heading))
    story.append(key_value_table(_eu_rows(data, labels, items), 52 * mm, st))

    partial = [item for item in items if _partial(item)]
    if partial:
        story.append(PageBreak())
        story += _attachment(data, labels, partial)
    return story


def _signature(data: CertificateData, labels: Labels) -> list[Flowable]:
    st = styles(serif=True)
    assert data.date_of_issue is not None  # checked by _check
    place = data.place or data.issuer.city
    when = labels.date_long(data.date_of_issue)
    out: list[Flowable] = [
        Spacer(1, 14),
        para(labels.fmt("format.place_date", place=place, date=when) if place else when, st.body),
    ]
    signers: list[Signer] = list(data.signers or data.issuer.signers[:1])
    if not signers:
        return out
    out.append(Spacer(1, 4 if data.electronically_signed else 14 * mm))
    cells = [
        [para(s.name, st.signature), *([para(s.title, st.signature)] if s.title else [])] for s in signers
    ]
    table = Table([cells], colWidths=[TEXT_WIDTH / 2 - 6 * mm] * len(cells), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
    ]
    if not data.electronically_signed:
        for col in range(len(cells)):
            commands.append(("LINEABOVE", (col, 0), (col, 0), 0.5, INK))
    table.setStyle(TableStyle(commands))
    out.append(table)
    out.append(Spacer(1, 3))
    out.append(para(data.issuer.name, st.muted))
    if data.electronically_signed:
        out.append(para(labels["letter.electronically_approved"], st.muted))
    return out


def _eu_rows(
    data: CertificateData, labels: Labels, items: list[CertificateItem]
) -> list[tuple[str, Flowable | list[Flowable]]]:
    st = styles(serif=True)
    cell = st.cell
    assert data.date_of_issue is not None and data.workload is not None and data.level is not None

    def text(value: str) -> Flowable:
        return para(value, cell)

    learner = data.learner.full_name
    if data.learner.birth_date:
        learner += f" ({labels['cert.birth_date'].lower()} {labels.date(data.learner.birth_date)})"
    awarding = data.issuer.name
    if data.issuer.org_number:
        awarding += f" ({labels['common.org_number']} {data.issuer.org_number})"
    partial = any(_partial(item) for item in items)
    outcomes_intro = labels["eu.learning_outcomes.attachment" if partial else "eu.learning_outcomes.listed"]
    partly = labels["judgement.partly_approved"].lower()
    outcome_lines: list[Flowable] = [
        PlainText(
            f"{item.code} {item.title}" + (f" ({partly})" if _partial(item) else ""), st.cell_bullet, "\u2022"
        )
        for item in items
    ]
    level = labels.fmt("eu.level_value", framework=data.level.framework.value, value=data.level.value)
    eqf = eqf_level(data.level)
    if eqf is not None and data.level.framework is not Framework.EQF:
        level += " " + labels.fmt("eu.level_eqf", eqf=eqf)
    assessment = labels.join_and([labels[f"method.{m.value}"] for m in data.assessment])
    if data.assessment_note:
        assessment = f"{assessment}. {data.assessment_note}" if assessment else data.assessment_note
    assert data.participation is not None
    rows: list[tuple[str, Flowable | list[Flowable]]] = [
        (labels["eu.learner"], text(learner)),
        (labels["eu.title"], text(data.title)),
        (
            labels["eu.issuer_country_region"],
            text(
                labels.fmt(
                    "format.country_region",
                    country=labels.country(data.issuer.country),
                    region=data.issuer.region,
                )
            ),
        ),
        (labels["eu.awarding_body"], text(awarding)),
        (labels["eu.date_of_issue"], text(labels.date_long(data.date_of_issue))),
        (labels["eu.learning_outcomes"], [para(outcomes_intro, cell), *outcome_lines]),
        (labels["eu.workload"], text(_workload(labels, data.workload))),
        (labels["eu.level"], text(level)),
        (labels["eu.assessment"], text(assessment[:1].upper() + assessment[1:])),
        (labels["eu.participation"], text(labels[f"participation.{data.participation.value}"])),
        (labels["eu.quality_assurance"], text(data.quality_assurance)),
    ]
    if data.prerequisites:
        rows.append((labels["eu.prerequisites"], text(data.prerequisites)))
    if data.identity_verification is not None:
        rows.append(
            (labels["eu.identity_verification"], text(labels[f"identity.{data.identity_verification.value}"]))
        )
    if data.grade:
        rows.append((labels["eu.grade"], text(data.grade)))
    if data.stackability is not None or data.stackability_note:
        value = labels[f"stackability.{data.stackability.value}"] if data.stackability else ""
        if data.stackability_note:
            value = f"{value}. {data.stackability_note}" if value else data.stackability_note
        rows.append((labels["eu.stackability"], text(value)))
    if data.further_info:
        rows.append((labels["eu.further_info"], text(data.further_info)))
    rows.append((labels["eu.certificate_number"], text(data.certificate_number)))
    return rows


def _attachment(data: CertificateData, labels: Labels, partial: list[CertificateItem]) -> list[Flowable]:
    st = styles(serif=True)
    out: list[Flowable] = [
        para(labels["cert.attachment.title"], st.heading),
        para(
            labels.fmt("cert.attachment.for", number=data.certificate_number, name=data.learner.full_name),
            st.body_bold,
        ),
        para(labels["cert.attachment.intro"], st.muted),
    ]
    for item in partial:
        out.append(para(f"{item.code} {item.title}", st.subheading))
        rows: list[list[Any]] = [
            [
                para(labels["cert.col.code"], st.cell_head),
                para(labels["eu.learning_outcomes"], st.cell_head),
            ]
        ]
        for outcome in item.outcomes:
            if not outcome.approved:
                continue
            cell: list[Flowable] = [para(outcome.text, st.cell)]
            if outcome.category is not None:
                cell.append(para(labels[f"category.{outcome.category.value}"], st.cell_muted))
            rows.append([para(outcome.code, st.cell), cell])
        out.append(grid_table(rows, [TEXT_WIDTH * 0.22, TEXT_WIDTH * 0.78], zebra=True))
    return out
