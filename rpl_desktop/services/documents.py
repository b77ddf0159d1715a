"""Documents of a case: fill the builders' data from the store, preview, issue, read back, export, batch.

The builders (:mod:`rpl_desktop.documents`) know nothing of the store; this module reads a case and fills
their data classes:

* :func:`vedtak_data` -- the decision letter. The case type follows the purpose and the result
  (praksiskandidat approval or refusal, RKV in videregående, fagskole admission, fagskole fritak); the
  decision comes first in plain words; the legal basis is the default for the case type unless the
  office set its own (setting ``vedtak_legal_basis.<case type>.<lang>``); the facts are the candidate's
  documents and periods and, for a praksiskandidat, the praksis calculation; the reasoning is one block
  per assessed outcome (the rule for its kind of outcome, the evidence linked, the caseworker's reason);
  the party carries **no national ID number**.
* :func:`kompetansebevis_data` -- the certificate of **approved** competence only: a fagskole emne with
  every outcome met is listed whole with its studiepoeng; a partly met emne is listed as partly approved,
  with its met outcomes in the attachment and no studiepoeng; what was not met is never listed. The EU
  micro-credential elements come from the standard and the organisation profile (level NKR 5.1/5.2 is
  EQF 5), the assessment methods from the judgements, quality assurance and participation from settings,
  and the certificate number from the pattern setting (``{org}-{yyyy}-{seq:06}`` by default).
* :func:`swedish_outcome_data` (branschvalidering: full certificate, intyg, kartläggningsutlåtande) and
  :func:`competence_map_data` (a counsellor's map of one candidate against several targets).

:func:`preview` builds a PDF without storing it. :func:`issue` refuses what may not be issued yet (a vedtak
before the case is approved, a kompetansebevis without an approved item or with an EU element missing,
no organisation profile) and otherwise stores the PDF, its SHA-256 and the archive sidecar in one
transaction. A later issue of the same kind and language is a new version and needs the reason for the
correction; nothing issued is ever changed or deleted. :func:`read_issued` checks the hash;
:func:`export_issued` writes the PDF and the sidecar. :func:`batch_certificates` and
:func:`certificates_from_csv` print many kompetansebevis into a folder or one combined PDF; they use no
Qt, report progress through a callback, stop when asked and never leave a half-written file.

The fixed words of the documents are in the label tables; the sentences that depend on the case (the
decision, the summaries) are in :data:`TEXTS` below, per language, and a label table may override any of
them with the same key.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import re
import tempfile
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from sqlalchemy import Integer, Text, cast, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from rpl_desktop.documents.errors import CertificateIncomplete
from rpl_desktop.documents.labels import Labels, default_legal_basis, load_labels
from rpl_desktop.documents.model import (
    AssessmentMethod,
    CertificateContext,
    CertificateData,
    CertificateItem,
    CompetenceMapData,
    Framework,
    Issuer,
    Language,
    LearningOutcome,
    Level,
    ModuleResult,
    OutcomeCategory,
    OutcomeReasoning,
    Participation,
    Party,
    PeriodRow,
    PraksisRow,
    Signer,
    Stackability,
    SwedishOutcomeData,
    SwedishOutcomeKind,
    TargetCoverage,
    VedtakCaseType,
    VedtakData,
    Workload,
    WorkloadUnit,
)
from rpl_desktop.documents.model import Judgement as DocJudgement
from rpl_desktop.documents.pdfa import DocumentMetadata, metadata_sidecar, now_local
from rpl_desktop.domain import cases as cases_domain
from rpl_desktop.domain import security
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.catalogue import FagskoleEmne, Laerefag, StandardKind, Utdanning
from rpl_desktop.domain.errors import ImportFileError, RplError, StoreError, ValidationError
from rpl_desktop.domain.mapping import (
    Judgement,
    Method,
    OutcomeAssessment,
    OutcomeKind,
    ResultClass,
    document_only,
    outcome_kind,
)
from rpl_desktop.domain.praksis import PraksisResult
from rpl_desktop.domain.praksis import Status as PraksisStatus
from rpl_desktop.domain.register import Candidate, Organisation, PeriodKind, clean_text
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import users
from rpl_desktop.services.candidates import get_candidate
from rpl_desktop.services.catalogue import StandardView, get_standard, load_standard_view
from rpl_desktop.services.evidence import list_evidence
from rpl_desktop.services.files import write_atomic
from rpl_desktop.services.history import list_courses, list_exams, list_periods
from rpl_desktop.services.mapping import Matrix, load_matrix
from rpl_desktop.services.organisation import get_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import DOCUMENT_KINDS, IssuedDocumentRecord
from rpl_desktop.store.records import CaseRecord, JudgementRecord, SettingRecord

# ----------------------------------------------------------------------------------------------------
# kinds, settings

VEDTAK = "vedtak"
KOMPETANSEBEVIS = "kompetansebevis"
YRKESBEVIS = "yrkesbevis"
INTYG = "intyg"
KARTLAGGNING = "kartlaggningsutlatande"
COMPETENCE_MAP = "competence_map"
KINDS: tuple[str, ...] = DOCUMENT_KINDS
SWEDISH_KINDS = {
    YRKESBEVIS: SwedishOutcomeKind.CERTIFICATE,
    INTYG: SwedishOutcomeKind.INTYG,
    KARTLAGGNING: SwedishOutcomeKind.KARTLAGGNING,
}
NUMBERED_KINDS = (KOMPETANSEBEVIS, YRKESBEVIS, INTYG, KARTLAGGNING)
LANGUAGE_CODES = tuple(lang.value for lang in Language)

NUMBER_PATTERN_SETTING = "certificate_number_pattern"
DEFAULT_NUMBER_PATTERN = "{org}-{yyyy}-{seq:06}"
ORG_CODE_SETTING = "certificate_org_code"
QUALITY_ASSURANCE_SETTING = "certificate_quality_assurance"
PARTICIPATION_SETTING = "certificate_participation"
ELECTRONIC_SETTING = "documents_electronically_approved"
LEGAL_BASIS_SETTING = "vedtak_legal_basis"  # + ".<case type>.<lang>"
APPEAL_BODY_SETTING = "vedtak_appeal_body"  # + ".<appeal body>"
WORKLOAD_SETTING = "certificate_workload"  # + ".<standard code>", e.g. "140 hours"
LEVEL_SETTING = "certificate_level"  # + ".<standard code>", e.g. "NKR 4"
_SEQ_SETTING = "document_number_seq"

DECIDED = (CaseStatus.APPROVED, CaseStatus.ISSUED)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# ----------------------------------------------------------------------------------------------------
# the sentences that depend on the case, per language (a label table may override each key)

TEXTS: dict[str, dict[str, str]] = {
    "nb": {
        "decision.praksiskandidat_approval": "Vi godkjenner praksisen din i {subject}. Du kan gå opp til "
        "fag- eller svenneprøven som praksiskandidat.",
        "decision.praksiskandidat_refusal": "Vi kan ikke godkjenne praksisen din i {subject} nå.",
        "decision.refusal.time": "Praksistiden er ikke oppfylt: det mangler {months} måneder.",
        "decision.refusal.outcomes": "Du har vist {met} av {total} {outcomes}; praksisen må dekke de mest "
        "sentrale delene av læreplanen.",
        "decision.refusal.again": "Du kan søke på nytt når du har mer praksis.",
        "decision.rkv_vgs.full": "Vi godkjenner realkompetansen din i {subject}: alle {total} {outcomes} "
        "er godkjent. Du får et kompetansebevis for det som er godkjent.",
        "decision.rkv_vgs.partial": "Vi godkjenner deler av realkompetansen din i {subject}: {met} av "
        "{total} {outcomes} er godkjent. Du får et kompetansebevis for det som er godkjent.",
        "decision.rkv_vgs.none": "Vi kan ikke godkjenne realkompetanse i {subject}. Ingen av de {total} "
        "{outcomes} er godkjent.",
        "decision.fagskole_admission.yes": "Du er kvalifisert for opptak til {subject} på grunnlag av "
        "realkompetanse.",
        "decision.fagskole_admission.no": "Du er ikke kvalifisert for opptak til {subject} på grunnlag av "
        "realkompetanse: {met} av {total} {outcomes} er oppfylt.",
        "decision.fagskole_fritak.full": "Du får fritak for {subject}, {credits} studiepoeng. Dette blir "
        "godskrevet i utdanningen din.",
        "decision.fagskole_fritak.credits": "Du får fritak for {credits} studiepoeng i {subject}: {groups}.",
        "decision.fagskole_fritak.partial": "Vi godkjenner {met} av {total} {outcomes} i {subject}. Du "
        "får ikke fritak for hele emnet, fordi et emne bare gir studiepoeng når alle læringsutbyttene er "
        "godkjent.",
        "decision.fagskole_fritak.none": "Vi kan ikke gi fritak for {subject}. Ingen av de {total} "
        "{outcomes} er godkjent.",
        "outcomes.laerefag": "kompetansemål",
        "outcomes.fagskole": "læringsutbytter",
        "outcomes.admission": "krav",
        "summary.mapping": "Vi har vurdert {total} {outcomes}: {met} er godkjent, {partly} er delvis "
        "godkjent og {missing} er ikke godkjent.",
        "summary.praksis": "Du har dokumentert {work} måneder praksis etter taket på 12 måneder per år, "
        "og {school} måneder er godskrevet for skole. Til sammen er det {total} måneder, og kravet er "
        "{required} måneder.",
        "summary.praksis_missing": "Det mangler {remaining} måneder.",
        "summary.exam": "Teorieksamen {exam} er bestått.",
        "rule.knowledge": "Kunnskap kan dokumenteres på alle måter, også med dokumenter alene.",
        "rule.skill": "Ferdigheter må vises ved praktisk prøving eller i samtale med fagperson; "
        "dokumenter alene er ikke nok.",
        "rule.competence": "Generell kompetanse vises i samtale, ved praktisk prøving eller ved vurdering "
        "fra arbeidsgiver.",
        "facts": "Bygger på: {items}.",
        "override": "Vurdert på dokumentasjon alene, fordi: {reason}",
        "exam.passed": "bestått",
        "exam.failed": "ikke bestått",
        "title.fritak": "fritak på grunnlag av realkompetanse",
        "title.opptak": "realkompetanse for opptak",
        "title.rkv_vgs": "realkompetansevurdering",
        "title.praksiskandidat": "praksiskandidat",
        "title.other": "realkompetanse",
        "workload.partial_note": "Omfanget gjelder hele emnet. Et emne gir studiepoeng bare når alle "
        "læringsutbyttene er godkjent; et delvis godkjent emne gir ikke studiepoeng.",
    },
    "nn": {
        "decision.praksiskandidat_approval": "Vi godkjenner praksisen din i {subject}. Du kan gå opp til "
        "fag- eller sveineprøva som praksiskandidat.",
        "decision.praksiskandidat_refusal": "Vi kan ikkje godkjenne praksisen din i {subject} no.",
        "decision.refusal.time": "Praksistida er ikkje oppfylt: det manglar {months} månader.",
        "decision.refusal.outcomes": "Du har vist {met} av {total} {outcomes}; praksisen må dekkje dei "
        "mest sentrale delane av læreplanen.",
        "decision.refusal.again": "Du kan søkje på nytt når du har meir praksis.",
        "decision.rkv_vgs.full": "Vi godkjenner realkompetansen din i {subject}: alle {total} {outcomes} "
        "er godkjende. Du får eit kompetansebevis for det som er godkjent.",
        "decision.rkv_vgs.partial": "Vi godkjenner delar av realkompetansen din i {subject}: {met} av "
        "{total} {outcomes} er godkjende. Du får eit kompetansebevis for det som er godkjent.",
        "decision.rkv_vgs.none": "Vi kan ikkje godkjenne realkompetanse i {subject}. Ingen av dei {total} "
        "{outcomes} er godkjende.",
        "decision.fagskole_admission.yes": "Du er kvalifisert for opptak til {subject} på grunnlag av "
        "realkompetanse.",
        "decision.fagskole_admission.no": "Du er ikkje kvalifisert for opptak til {subject} på grunnlag "
        "av realkompetanse: {met} av {total} {outcomes} er oppfylte.",
        "decision.fagskole_fritak.full": "Du får fritak for {subject}, {credits} studiepoeng. Dette blir "
        "godskrive i utdanninga di.",
        "decision.fagskole_fritak.credits": "Du får fritak for {credits} studiepoeng i {subject}: {groups}.",
        "decision.fagskole_fritak.partial": "Vi godkjenner {met} av {total} {outcomes} i {subject}. Du "
        "får ikkje fritak for heile emnet, fordi eit emne berre gir studiepoeng når alle læringsutbyta er "
        "godkjende.",
        "decision.fagskole_fritak.none": "Vi kan ikkje gi fritak for {subject}. Ingen av dei {total} "
        "{outcomes} er godkjende.",
        "outcomes.laerefag": "kompetansemål",
        "outcomes.fagskole": "læringsutbyte",
        "outcomes.admission": "krav",
        "summary.mapping": "Vi har vurdert {total} {outcomes}: {met} er godkjende, {partly} er delvis "
        "godkjende og {missing} er ikkje godkjende.",
        "summary.praksis": "Du har dokumentert {work} månader praksis etter taket på 12 månader per år, "
        "og {school} månader er godskrivne for skule. Til saman er det {total} månader, og kravet er "
        "{required} månader.",
        "summary.praksis_missing": "Det manglar {remaining} månader.",
        "summary.exam": "Teorieksamen {exam} er bestått.",
        "rule.knowledge": "Kunnskap kan dokumenterast på alle måtar, også med dokument åleine.",
        "rule.skill": "Ferdigheiter må visast ved praktisk prøving eller i samtale med fagperson; "
        "dokument åleine er ikkje nok.",
        "rule.competence": "Generell kompetanse blir vist i samtale, ved praktisk prøving eller ved "
        "vurdering frå arbeidsgivar.",
        "facts": "Byggjer på: {items}.",
        "override": "Vurdert på dokumentasjon åleine, fordi: {reason}",
        "exam.passed": "bestått",
        "exam.failed": "ikkje bestått",
        "title.fritak": "fritak på grunnlag av realkompetanse",
        "title.opptak": "realkompetanse for opptak",
        "title.rkv_vgs": "realkompetansevurdering",
        "title.praksiskandidat": "praksiskandidat",
        "title.other": "realkompetanse",
        "workload.partial_note": "Omfanget gjeld heile emnet. Eit emne gir studiepoeng berre når alle "
        "læringsutbyta er godkjende; eit delvis godkjent emne gir ikkje studiepoeng.",
    },
    "en": {
        "decision.praksiskandidat_approval": "We approve your work experience in {subject}. You may sit "
        "the trade or journeyman's examination as a praksiskandidat.",
        "decision.praksiskandidat_refusal": "We cannot approve your work experience in {subject} at this "
        "time.",
        "decision.refusal.time": "The required practice time is not met: {months} months are missing.",
        "decision.refusal.outcomes": "You have shown {met} of {total} {outcomes}; the work experience "
        "must cover the central parts of the curriculum.",
        "decision.refusal.again": "You may apply again when you have more work experience.",
        "decision.rkv_vgs.full": "We approve your prior learning in {subject}: all {total} {outcomes} are "
        "approved. You will receive a certificate of the approved competence.",
        "decision.rkv_vgs.partial": "We approve part of your prior learning in {subject}: {met} of "
        "{total} {outcomes} are approved. You will receive a certificate of the approved competence.",
        "decision.rkv_vgs.none": "We cannot approve prior learning in {subject}. None of the {total} "
        "{outcomes} is approved.",
        "decision.fagskole_admission.yes": "You are qualified for admission to {subject} on the basis of "
        "your prior learning.",
        "decision.fagskole_admission.no": "You are not qualified for admission to {subject} on the basis "
        "of your prior learning: {met} of {total} {outcomes} are met.",
        "decision.fagskole_fritak.full": "You are exempted from {subject}, {credits} credits "
        "(studiepoeng). They are credited in your programme.",
        "decision.fagskole_fritak.credits": "You are exempted from {credits} credits (studiepoeng) of "
        "{subject}: {groups}.",
        "decision.fagskole_fritak.partial": "We approve {met} of {total} {outcomes} of {subject}. You are "
        "not exempted from the whole course, because a course gives credits only when all its learning "
        "outcomes are approved.",
        "decision.fagskole_fritak.none": "We cannot grant an exemption from {subject}. None of the "
        "{total} {outcomes} is approved.",
        "outcomes.laerefag": "competence aims",
        "outcomes.fagskole": "learning outcomes",
        "outcomes.admission": "requirements",
        "summary.mapping": "We have assessed {total} {outcomes}: {met} approved, {partly} partly approved "
        "and {missing} not approved.",
        "summary.praksis": "You have documented {work} months of work experience after the cap of 12 "
        "months per year, and {school} months are credited for schooling. That is {total} months in all; "
        "the requirement is {required} months.",
        "summary.praksis_missing": "{remaining} months are missing.",
        "summary.exam": "The theory examination {exam} is passed.",
        "rule.knowledge": "Knowledge may be shown in any way, documents alone included.",
        "rule.skill": "Skills must be shown in a practical test or in a dialogue with a subject expert; "
        "documents alone are not enough.",
        "rule.competence": "General competence is shown in a dialogue, a practical test or an employer's "
        "assessment.",
        "facts": "Based on: {items}.",
        "override": "Assessed on documents alone, because: {reason}",
        "exam.passed": "passed",
        "exam.failed": "not passed",
        "title.fritak": "exemption on the basis of prior learning",
        "title.opptak": "prior learning for admission",
        "title.rkv_vgs": "assessment of prior learning",
        "title.praksiskandidat": "praksiskandidat",
        "title.other": "prior learning",
        "workload.partial_note": "The workload is that of the whole course. A course gives credits only "
        "when all its learning outcomes are approved; a partly approved course gives no credits.",
    },
    "sv": {
        "decision.praksiskandidat_approval": "Vi godkänner din yrkeserfarenhet i {subject}. Du kan göra "
        "yrkesprovet (fag- eller svenneprøve) som praksiskandidat.",
        "decision.praksiskandidat_refusal": "Vi kan inte godkänna din yrkeserfarenhet i {subject} nu.",
        "decision.refusal.time": "Kravet på yrkeserfarenhet är inte uppfyllt: det saknas {months} månader.",
        "decision.refusal.outcomes": "Du har visat {met} av {total} {outcomes}; erfarenheten måste täcka "
        "de centrala delarna av läroplanen.",
        "decision.refusal.again": "Du kan ansöka igen när du har mer yrkeserfarenhet.",
        "decision.rkv_vgs.full": "Vi godkänner din reella kompetens i {subject}: alla {total} {outcomes} "
        "är godkända. Du får ett kompetensbevis för det som är godkänt.",
        "decision.rkv_vgs.partial": "Vi godkänner delar av din reella kompetens i {subject}: {met} av "
        "{total} {outcomes} är godkända. Du får ett kompetensbevis för det som är godkänt.",
        "decision.rkv_vgs.none": "Vi kan inte godkänna reell kompetens i {subject}. Inget av de {total} "
        "{outcomes} är godkänt.",
        "decision.fagskole_admission.yes": "Du är behörig till {subject} på grundval av reell kompetens.",
        "decision.fagskole_admission.no": "Du är inte behörig till {subject} på grundval av reell "
        "kompetens: {met} av {total} {outcomes} är uppfyllda.",
        "decision.fagskole_fritak.full": "Du får tillgodoräkna dig {subject}, {credits} studiepoäng "
        "(studiepoeng). De räknas in i din utbildning.",
        "decision.fagskole_fritak.credits": "Du får tillgodoräkna dig {credits} studiepoäng (studiepoeng) "
        "i {subject}: {groups}.",
        "decision.fagskole_fritak.partial": "Vi godkänner {met} av {total} {outcomes} i {subject}. Du får "
        "inte tillgodoräkna dig hela kursen, eftersom en kurs ger poäng först när alla läranderesultat är "
        "godkända.",
        "decision.fagskole_fritak.none": "Vi kan inte ge tillgodoräknande för {subject}. Inget av de "
        "{total} {outcomes} är godkänt.",
        "outcomes.laerefag": "kompetensmål",
        "outcomes.fagskole": "läranderesultat",
        "outcomes.admission": "krav",
        "summary.mapping": "Vi har bedömt {total} {outcomes}: {met} är godkända, {partly} delvis godkända "
        "och {missing} inte godkända.",
        "summary.praksis": "Du har dokumenterat {work} månaders yrkeserfarenhet efter taket på 12 månader "
        "per år, och {school} månader räknas för skolgång. Det blir sammanlagt {total} månader; kravet är "
        "{required} månader.",
        "summary.praksis_missing": "Det saknas {remaining} månader.",
        "summary.exam": "Teoriprovet {exam} är godkänt.",
        "rule.knowledge": "Kunskaper kan visas på alla sätt, även med enbart dokument.",
        "rule.skill": "Färdigheter måste visas i ett praktiskt prov eller i samtal med en yrkeskunnig; "
        "dokument räcker inte ensamma.",
        "rule.competence": "Ansvar och självständighet visas i samtal, i ett praktiskt prov eller genom "
        "arbetsgivarens bedömning.",
        "facts": "Grundas på: {items}.",
        "override": "Bedömt enbart på dokument, eftersom: {reason}",
        "exam.passed": "godkänt",
        "exam.failed": "inte godkänt",
        "title.fritak": "tillgodoräknande på grundval av reell kompetens",
        "title.opptak": "reell kompetens för antagning",
        "title.rkv_vgs": "validering av reell kompetens",
        "title.praksiskandidat": "praksiskandidat",
        "title.other": "reell kompetens",
        "workload.partial_note": "Omfattningen gäller hela kursen. En kurs ger poäng först när alla "
        "läranderesultat är godkända; en delvis godkänd kurs ger inga poäng.",
    },
}


def _say(labels: Labels, key: str, **values: object) -> str:
    """A case sentence: the label table's ``doc.<key>`` if it has one, else :data:`TEXTS`."""
    label_key = f"doc.{key}"
    template = labels[label_key] if label_key in labels else TEXTS[labels.language.value][key]
    return template.format(**values)


# ----------------------------------------------------------------------------------------------------
# what callers get back


@dataclass(frozen=True)
class IssuedDocument:
    """One issued version (without its bytes: :func:`read_issued` gives them, checked)."""

    id: int
    case_id: int
    kind: str
    language: str
    version: int
    sha256: str
    size: int
    filename: str
    reason: str
    issued_by: str
    issued_at: datetime
    certificate_number: str | None
    sidecar: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class BatchItem:
    """One line of a batch report: the case (or CSV line) and what happened to it."""

    label: str
    case_id: int | None = None
    reason: str = ""
    path: Path | None = None


@dataclass
class BatchReport:
    total: int
    done: list[BatchItem] = field(default_factory=list)
    skipped: list[BatchItem] = field(default_factory=list)
    failed: list[BatchItem] = field(default_factory=list)
    cancelled: bool = False
    combined_path: Path | None = None

    def summary(self) -> str:
        text = f"{len(self.done)} of {self.total} certificates written"
        if self.skipped:
            text += f", {len(self.skipped)} skipped"
        if self.failed:
            text += f", {len(self.failed)} failed"
        if self.cancelled:
            text += "; cancelled before the end"
        return text + "."

    def lines(self) -> list[str]:
        """The skipped and failed items with their reasons, one line each."""
        return [f"{item.label}: {item.reason}" for item in (*self.skipped, *self.failed)]


# ----------------------------------------------------------------------------------------------------
# small helpers


def _language(value: str | Language | None) -> Language | None:
    if value is None or value == "":
        return None
    try:
        return Language(value)
    except ValueError:
        raise ValidationError("lang", f"{value!r} is not a document language; use nb, nn, en or sv.") \
            from None


def document_language(db: Database, case_id: int, lang: str | Language | None = None) -> Language:
    """``lang`` if given, else the case's language, else the candidate's målform (nb if none)."""
    chosen = _language(lang)
    if chosen is not None:
        return chosen
    case = case_service.get_case(db, case_id)
    if case.language in LANGUAGE_CODES:
        return Language(case.language)
    candidate = get_candidate(db, case.candidate_id)
    return Language(candidate.language) if candidate.language in LANGUAGE_CODES else Language.NB


def document_kinds(purpose: Purpose) -> tuple[str, ...]:
    """The documents a case of this purpose can have, the usual one first."""
    if purpose == Purpose.BRANSJEVALIDERING:
        return (YRKESBEVIS, INTYG, KARTLAGGNING)
    if purpose == Purpose.KOMPETANSEKARTLEGGING:
        return (COMPETENCE_MAP,)
    return (VEDTAK, KOMPETANSEBEVIS)


def default_document_language(db: Database, case_id: int, kind: str) -> Language:
    """The language a document of ``kind`` starts in (Swedish outcomes: the case's language or sv)."""
    return _default_language(db, case_id, _kind(kind), None)


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError("kind", f"{kind!r} is not a document kind; use one of {', '.join(KINDS)}.")
    return kind


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


_POSTCODE_CITY = re.compile(r"^(\d{4}|\d{3} ?\d{2})\s+(\S.*)$")


def _split_address(text: str) -> tuple[tuple[str, ...], str, str]:
    """Street lines, postcode and city from a free address text ("Postboks 123\\n4604 Fjordvik")."""
    lines = list(_lines(text))
    if lines:
        match = _POSTCODE_CITY.match(lines[-1])
        if match:
            return tuple(lines[:-1]), match.group(1), match.group(2).strip()
    return tuple(lines), "", ""


def issuer_from_organisation(org: Organisation) -> Issuer:
    street, postcode, city = _split_address(org.address)
    return Issuer(
        name=org.name,
        org_number=org.org_number,
        address_lines=street,
        postcode=postcode,
        city=city,
        country=org.country,
        region=org.region,
        signers=tuple(Signer(s.name, s.title) for s in org.signers),
    )


def _organisation(db: Database) -> Organisation:
    org = get_organisation(db)
    if org is None:
        raise RplError(
            "Documents need the organisation profile (name, organisation number, address and signers). "
            "Fill it in under Settings → Organisation first."
        )
    return org


def _party(candidate: Candidate, *, with_id: bool) -> Party:
    return Party(
        given_name=candidate.given_name,
        family_name=candidate.family_name,
        address_lines=_lines(candidate.address),
        postcode=candidate.postcode,
        city=candidate.city,
        country=candidate.country,
        national_id=(candidate.national_id or None) if with_id else None,
        birth_date=candidate.birth_date if with_id else None,
    )


_METHODS = {
    Method.DOCUMENTS: AssessmentMethod.DOCUMENTS,
    Method.DIALOGUE: AssessmentMethod.DIALOGUE,
    Method.PRACTICAL_TEST: AssessmentMethod.PRACTICAL_TEST,
    Method.THEORY_TEST: AssessmentMethod.THEORY_TEST,
    Method.THIRD_PARTY: AssessmentMethod.THIRD_PARTY_RATING,
}
_METHOD_ORDER = list(AssessmentMethod)
_JUDGEMENTS = {
    Judgement.MET: DocJudgement.APPROVED,
    Judgement.PARTLY: DocJudgement.PARTLY_APPROVED,
    Judgement.NOT_MET: DocJudgement.NOT_APPROVED,
}
_CATEGORIES = {
    OutcomeKind.KNOWLEDGE: OutcomeCategory.KNOWLEDGE,
    OutcomeKind.SKILL: OutcomeCategory.SKILLS,
    OutcomeKind.COMPETENCE: OutcomeCategory.COMPETENCE,
}


def _methods(methods: Iterable[Method]) -> tuple[AssessmentMethod, ...]:
    return tuple(sorted({_METHODS[m] for m in methods}, key=_METHOD_ORDER.index))


def _outcomes_word(labels: Labels, kind: StandardKind) -> str:
    if kind == StandardKind.LAEREFAG:
        return _say(labels, "outcomes.laerefag")
    if kind == StandardKind.ADMISSION:
        return _say(labels, "outcomes.admission")
    return _say(labels, "outcomes.fagskole")


def _signer_for(org: Organisation, name: str) -> Signer:
    for s in org.signers:
        if s.name == name:
            return Signer(s.name, s.title)
    return Signer(name)


_SETTING_PREFIXES = ("certificate_", "vedtak_", "documents_", _SEQ_SETTING)


def document_settings(db: Database) -> dict[str, str]:
    """Every setting the documents use, read in one query."""
    with db.read() as s:
        rows = s.execute(select(SettingRecord.key, SettingRecord.value).where(
            or_(*(SettingRecord.key.startswith(prefix) for prefix in _SETTING_PREFIXES))))
        return {key: value for key, value in rows}


def _electronic(conf: dict[str, str]) -> bool:
    return conf.get(ELECTRONIC_SETTING, "1") != "0"


def _matrix(db: Database, case_id: int, lang: Language) -> Matrix:
    return load_matrix(db, case_id, with_suggestions=False, lang=lang.value)


# ----------------------------------------------------------------------------------------------------
# vedtak


def vedtak_case_type(case: Case, matrix: Matrix, praksis: PraksisResult | None = None) -> VedtakCaseType:
    """The kind of decision a case leads to, from its purpose and result (and the practice time)."""
    purpose = case.purpose
    if purpose == Purpose.PRAKSISKANDIDAT:
        time_met = praksis is None or praksis.status != PraksisStatus.NOT_MET
        if matrix.result.result == ResultClass.FULL and time_met:
            return VedtakCaseType.PRAKSISKANDIDAT_APPROVAL
        return VedtakCaseType.PRAKSISKANDIDAT_REFUSAL
    if purpose == Purpose.RKV_VGS:
        return VedtakCaseType.RKV_VGS
    if purpose == Purpose.OPPTAK:
        return VedtakCaseType.FAGSKOLE_ADMISSION
    if purpose == Purpose.FRITAK:
        return VedtakCaseType.FAGSKOLE_FRITAK
    if purpose == Purpose.BRANSJEVALIDERING:
        raise RplError(
            "A branschvalidering case leads to a Swedish certificate, intyg or kartläggningsutlåtande, "
            "not a vedtak."
        )
    raise RplError("A competence map (kompetansekartlegging) leads to no decision, so it has no vedtak.")


def _praksis(db: Database, matrix: Matrix) -> PraksisResult | None:
    """The praksis calculation of a praksiskandidat case against a lærefag (None otherwise)."""
    if matrix.case.purpose != Purpose.PRAKSISKANDIDAT or matrix.standard.kind != StandardKind.LAEREFAG:
        return None
    from rpl_desktop.services.praksis_case import compute_case_praksis

    assert matrix.case.id is not None
    return compute_case_praksis(db, matrix.case.id).result


def _number(labels: Labels, value: Decimal) -> str:
    return labels.number(value.quantize(Decimal("0.1")) if value != value.to_integral_value() else value)


def _decision(
    case_type: VedtakCaseType, matrix: Matrix, labels: Labels, praksis: PraksisResult | None
) -> tuple[str, ...]:
    res = matrix.result
    view = matrix.standard
    total = len(matrix.rows)
    subject = view.title
    if view.kind == StandardKind.LAEREFAG and subject[:1].isupper() and subject[1:2].islower():
        subject = subject[:1].lower() + subject[1:]  # "i tømrerfaget": a trade is a common noun
    words = {
        "subject": subject,
        "met": len(res.met),
        "total": total,
        "outcomes": _outcomes_word(labels, view.kind),
        "credits": labels.number(res.credits_recognised),
    }
    if case_type == VedtakCaseType.PRAKSISKANDIDAT_APPROVAL:
        return (_say(labels, "decision.praksiskandidat_approval", **words),)
    if case_type == VedtakCaseType.PRAKSISKANDIDAT_REFUSAL:
        parts = [_say(labels, "decision.praksiskandidat_refusal", **words)]
        if praksis is not None and praksis.status == PraksisStatus.NOT_MET:
            months = _number(labels, praksis.remaining_months)
            parts.append(_say(labels, "decision.refusal.time", months=months))
        if res.result != ResultClass.FULL:
            parts.append(_say(labels, "decision.refusal.outcomes", **words))
        parts.append(_say(labels, "decision.refusal.again"))
        return (" ".join(parts),)
    if case_type == VedtakCaseType.RKV_VGS:
        key = {ResultClass.FULL: "full", ResultClass.PARTIAL: "partial", ResultClass.NONE: "none"}[res.result]
        return (_say(labels, f"decision.rkv_vgs.{key}", **words),)
    if case_type == VedtakCaseType.FAGSKOLE_ADMISSION:
        key = "yes" if res.result == ResultClass.FULL else "no"
        return (_say(labels, f"decision.fagskole_admission.{key}", **words),)
    # fagskole fritak
    if res.result == ResultClass.FULL:
        return (_say(labels, "decision.fagskole_fritak.full", **words),)
    complete = [g for g in res.groups if g.complete and g.credits]
    if complete:
        groups = labels.join_and(
            [f"{view.group_titles.get(g.group, g.group)} ({labels.number(g.credits or 0)})" for g in complete]
        )
        return (_say(labels, "decision.fagskole_fritak.credits", groups=groups, **words),)
    key = "partial" if res.met else "none"
    return (_say(labels, f"decision.fagskole_fritak.{key}", **words),)


def _legal_basis(conf: dict[str, str], case_type: VedtakCaseType, lang: Language) -> tuple[str, ...]:
    custom = conf.get(f"{LEGAL_BASIS_SETTING}.{case_type.value}.{lang.value}", "")
    if custom.strip():
        return tuple(p.strip() for p in re.split(r"\n\s*\n", custom) if p.strip())
    return default_legal_basis(case_type, lang)


def _facts_documents(db: Database, candidate_id: int, labels: Labels) -> tuple[str, ...]:
    out: list[str] = [f.filename for f in list_evidence(db, candidate_id)]
    for e in list_exams(db, candidate_id):
        result = e.result.strip() or _say(labels, "exam.passed" if e.passed else "exam.failed")
        when = f" ({labels.date(e.exam_date)})" if e.exam_date else ""
        out.append(f"{e.code}: {result}{when}")
    for c in list_courses(db, candidate_id):
        when = f", {labels.date(c.completed_on)}" if c.completed_on else ""
        out.append(f"{c.title} ({c.provider}{when})" if c.provider else f"{c.title}{when}")
    return tuple(out)


def _periods(db: Database, candidate_id: int, praksis: PraksisResult | None) -> tuple[PeriodRow, ...]:
    credited: dict[int, Decimal] = {}
    if praksis is not None:
        credited = {p.index: p.credited_months for p in praksis.per_period}
    rows = []
    index = 0
    for p in list_periods(db, candidate_id):
        months = None
        if p.kind != PeriodKind.NON_FORMAL_COURSE:
            months = credited.get(index) if praksis is not None else None
            index += 1
        fte = p.effective_fte()
        rows.append(PeriodRow(
            employer=p.employer, start=p.start, end=p.end, role=p.role,
            percent=Decimal(str(round(fte, 1))).normalize() if fte else None, credited_months=months,
        ))
    return tuple(rows)


def _praksis_rows(praksis: PraksisResult | None) -> tuple[PraksisRow, ...]:
    if praksis is None:
        return ()
    return tuple(
        PraksisRow(y.year, y.raw_months, y.credited_months, y.school_months)
        for y in praksis.per_year
        if y.raw_months or y.credited_months or y.school_months
    )


def _assessment(matrix: Matrix, labels: Labels, praksis: PraksisResult | None) -> tuple[str, ...]:
    res = matrix.result
    out = []
    if praksis is not None:
        text = _say(
            labels, "summary.praksis", work=_number(labels, praksis.work_months),
            school=_number(labels, praksis.school_months), total=_number(labels, praksis.total_months),
            required=_number(labels, praksis.required_months),
        )
        if praksis.remaining_months > 0:
            remaining = _number(labels, praksis.remaining_months)
            text += " " + _say(labels, "summary.praksis_missing", remaining=remaining)
        if praksis.theory_exam is not None and praksis.theory_exam.passed:
            text += " " + _say(labels, "summary.exam", exam=praksis.theory_exam.code)
        out.append(text)
    assessed = [r for r in matrix.rows if r.assessment.judgement != Judgement.NOT_ASSESSED]
    if assessed:
        not_met = sum(1 for r in assessed if r.assessment.judgement == Judgement.NOT_MET)
        out.append(_say(
            labels, "summary.mapping", total=len(assessed),
            outcomes=_outcomes_word(labels, matrix.standard.kind),
            met=len(res.met), partly=len(res.partly), missing=not_met,
        ))
    return tuple(out)


def _reasoning(matrix: Matrix, labels: Labels) -> tuple[OutcomeReasoning, ...]:
    out = []
    override = matrix.case.document_only_override.strip()
    for row in matrix.rows:
        a = row.assessment
        if a.judgement == Judgement.NOT_ASSESSED:
            continue
        kind = outcome_kind(a.outcome.category)
        reason = a.reason.strip()
        if a.evidence:
            facts = _say(labels, "facts", items="; ".join(e.label for e in a.evidence))
            reason = f"{reason} {facts}".strip()
        out.append(OutcomeReasoning(
            outcome=f"{a.outcome.code} {a.outcome.text}".strip() if a.outcome.code else a.outcome.text,
            judgement=_JUDGEMENTS[a.judgement],
            reason=reason,
            methods=_methods(a.methods),
            rule=_say(labels, f"rule.{kind.value}"),
            main_considerations=(
                _say(labels, "override", reason=override) if override and document_only(a) else ""
            ),
        ))
    return tuple(out)


def vedtak_data(db: Database, case_id: int, lang: str | Language | None = None, *,
                day: date | None = None) -> VedtakData:
    """The vedtak of a case, in ``lang`` (default: the case's language or the candidate's målform)."""
    language = document_language(db, case_id, lang)
    labels = load_labels(language)
    org = _organisation(db)
    conf = document_settings(db)
    matrix = _matrix(db, case_id, language)
    case = matrix.case
    praksis = _praksis(db, matrix)
    case_type = vedtak_case_type(case, matrix, praksis)
    if not case.caseworker.strip():
        raise ValidationError("caseworker", "Fill in the caseworker of the case first; a vedtak names them.")
    caseworker = _signer_for(org, case.caseworker)
    approver = next((Signer(s.name, s.title) for s in org.signers if s.name != case.caseworker), None)
    appeal_body = conf.get(f"{APPEAL_BODY_SETTING}.{case_type.appeal_body.value}", "").strip() or None
    files = list_evidence(db, case.candidate_id)
    return VedtakData(
        case_number=case.number,
        date=day or date.today(),
        case_type=case_type,
        party=_party(matrix.candidate, with_id=False),
        caseworker=caseworker,
        decision=_decision(case_type, matrix, labels, praksis),
        language=language,
        their_reference=case.their_reference,
        approver=approver,
        subject=matrix.standard.title,
        legal_basis=_legal_basis(conf, case_type, language),
        documents=_facts_documents(db, case.candidate_id, labels),
        periods=_periods(db, case.candidate_id, praksis),
        praksis_rows=_praksis_rows(praksis),
        praksis_required_months=praksis.required_months if praksis is not None else None,
        assessment=_assessment(matrix, labels, praksis),
        reasoning=_reasoning(matrix, labels),
        appeal_body=appeal_body,
        electronically_approved=_electronic(conf),
        attachments=tuple(f.filename for f in files),
    )


# ----------------------------------------------------------------------------------------------------
# kompetansebevis


_CONTEXTS = {
    Purpose.RKV_VGS: CertificateContext.RKV_VGS,
    Purpose.FRITAK: CertificateContext.FAGSKOLE,
    Purpose.OPPTAK: CertificateContext.FAGSKOLE,
    Purpose.PRAKSISKANDIDAT: CertificateContext.PRAKSISKANDIDAT,
}


def _parse_workload(text: str) -> Workload | None:
    """A workload setting: "140 hours", "10 studiepoeng", "7,5 ects", "100 yh_poang"."""
    match = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z_äöå-]+)\s*$", text)
    if not match:
        return None
    unit = match.group(2).lower().replace("-", "_")
    units = {"h": WorkloadUnit.HOURS, "hours": WorkloadUnit.HOURS, "timer": WorkloadUnit.HOURS,
             "timmar": WorkloadUnit.HOURS, "sp": WorkloadUnit.STUDIEPOENG,
             "studiepoeng": WorkloadUnit.STUDIEPOENG,
             "ects": WorkloadUnit.ECTS, "yh": WorkloadUnit.YH_POANG, "yh_poang": WorkloadUnit.YH_POANG,
             "yh_poäng": WorkloadUnit.YH_POANG}
    if unit not in units:
        return None
    return Workload(Decimal(match.group(1).replace(",", ".")), units[unit])


def _parse_level(text: str) -> Level | None:
    match = re.match(r"^\s*(NKR|EQF|SeQF|SEQF)\s+(\d(?:\.\d)?)\s*$", text, re.IGNORECASE)
    if not match:
        return None
    name = match.group(1).upper()
    framework = {"NKR": Framework.NKR, "EQF": Framework.EQF, "SEQF": Framework.SEQF}[name]
    return Level(framework, match.group(2))


def _sum_workloads(workloads: Sequence[Workload | None]) -> Workload | None:
    given = [w for w in workloads if w is not None]
    if not given or len({w.unit for w in given}) != 1:
        return None
    return Workload(sum((w.amount for w in given), Decimal(0)), given[0].unit)


def _quality_assurance(conf: dict[str, str], lang: Language) -> str:
    text = conf.get(f"{QUALITY_ASSURANCE_SETTING}.{lang.value}") or conf.get(QUALITY_ASSURANCE_SETTING, "")
    return text.strip()


def _participation(conf: dict[str, str]) -> Participation | None:
    value = conf.get(PARTICIPATION_SETTING, Participation.VALIDATION.value)
    try:
        return Participation(value)
    except ValueError:
        return None


def _judged(db: Database, case_id: int, lang: str | Language | None
            ) -> tuple[Case, Candidate, Language, StandardView, list[OutcomeAssessment]]:
    """The case, candidate, language, standard and judgements (no evidence: a certificate lists none)."""
    case = case_service.get_case(db, case_id)
    candidate = get_candidate(db, case.candidate_id)
    language = _language(lang) or next(
        (Language(code) for code in (case.language, candidate.language) if code in LANGUAGE_CODES),
        Language.NB,
    )
    view = load_standard_view(db, case.standard_uid, language.value)
    with db.read() as s:
        records = s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id))
        judged = {j.outcome_uid: j for j in records}
    assessments = []
    for outcome in view.outcomes:
        j = judged.get(outcome.uid)
        assessments.append(OutcomeAssessment(
            outcome=outcome,
            methods={Method(m) for m in j.methods.split(",") if m} if j else set(),
            judgement=Judgement(j.judgement) if j else Judgement.NOT_ASSESSED,
            reason=j.reason if j else "",
        ))
    return case, candidate, language, view, assessments


def kompetansebevis_data(db: Database, case_id: int, lang: str | Language | None = None, *,
                         number: str | None = None, day: date | None = None,
                         org: Organisation | None = None,
                         conf: dict[str, str] | None = None) -> CertificateData:
    """The kompetansebevis of a case: approved competence only, with the EU micro-credential elements.

    ``number`` is the certificate number to print; without it the next number of the pattern is shown
    (nothing is taken: :func:`issue` takes the number when it stores the certificate).
    """
    case, candidate, language, view, assessments = _judged(db, case_id, lang)
    labels = load_labels(language)
    org = org or _organisation(db)
    conf = conf if conf is not None else document_settings(db)
    if case.purpose in (Purpose.BRANSJEVALIDERING, Purpose.KOMPETANSEKARTLEGGING):
        raise RplError(
            "A kompetansebevis belongs to a Norwegian assessment case; a branschvalidering case issues its "
            "own Swedish documents and a competence map issues none."
        )
    std = view.standard
    code_of = {g: g for g in view.group_titles}
    # one certificate item per group: an emne of a programme or the emne itself; a lærefag's areas
    groups: dict[str, list[OutcomeAssessment]] = {}
    for a in assessments:
        groups.setdefault(a.outcome.group, []).append(a)
    items: list[CertificateItem] = []
    partial_sp = False
    custom_workload = _parse_workload(conf.get(f"{WORKLOAD_SETTING}.{view.code}", ""))
    for group, assessments in groups.items():
        met = [a for a in assessments if a.judgement == Judgement.MET]
        if not met:
            continue
        full = len(met) == len(assessments)
        credits = view.group_credits.get(group)
        workload: Workload | None = None
        if credits is not None and full:
            workload = Workload(credits, WorkloadUnit.STUDIEPOENG)
        elif credits is not None:
            partial_sp = True
        title = view.group_titles.get(group) or view.title
        code = code_of.get(group, "") if isinstance(std, (FagskoleEmne, Utdanning)) else ""
        if isinstance(std, Laerefag):
            code = view.code
        outcomes = tuple(
            LearningOutcome(a.outcome.code or a.outcome.uid, a.outcome.text, True,
                            _CATEGORIES[outcome_kind(a.outcome.category)])
            for a in met
        )
        items.append(CertificateItem(
            code=code or view.code,
            title=title,
            result=DocJudgement.APPROVED if full else DocJudgement.PARTLY_APPROVED,
            workload=workload,
            outcomes=() if full else outcomes,
        ))
    total_workload = _sum_workloads([i.workload for i in items if i.workload is not None])
    further = ""
    if total_workload is None and partial_sp:
        # only partly approved emner: the notional workload is that of the emner, and no credits are given
        total_workload = _sum_workloads([
            Workload(view.group_credits[g], WorkloadUnit.STUDIEPOENG)
            for g in groups
            if g in view.group_credits and any(a.judgement == Judgement.MET for a in groups[g])
        ])
        further = _say(labels, "workload.partial_note")
    if custom_workload is not None:
        total_workload = custom_workload
    level: Level | None = _parse_level(conf.get(f"{LEVEL_SETTING}.{view.code}", ""))
    if level is None:
        nkr = getattr(std, "nkr_level", "")
        if nkr:
            level = Level(Framework.NKR, nkr)
        elif isinstance(std, Laerefag):
            level = Level(Framework.NKR, "4")  # fag- og svennebrev are NKR level 4
    approved_methods: set[Method] = set()
    for a in assessments:
        if a.judgement == Judgement.MET:
            approved_methods |= a.methods
    context = _CONTEXTS.get(case.purpose, CertificateContext.OTHER)
    suffix_key = {Purpose.FRITAK: "fritak", Purpose.OPPTAK: "opptak", Purpose.RKV_VGS: "rkv_vgs",
                  Purpose.PRAKSISKANDIDAT: "praksiskandidat"}.get(case.purpose, "other")
    issuer = issuer_from_organisation(org)
    signers = tuple(Signer(s.name, s.title) for s in org.signers[:1])
    if number is None:
        number = next_document_number(db, org, conf=conf)
    return CertificateData(
        certificate_number=number,
        learner=_party(candidate, with_id=True),
        title=f"{view.title} – {_say(labels, f'title.{suffix_key}')}",
        issuer=issuer,
        date_of_issue=day or date.today(),
        items=tuple(items),
        workload=total_workload,
        level=level,
        assessment=_methods(approved_methods),
        participation=_participation(conf),
        quality_assurance=_quality_assurance(conf, language),
        language=language,
        context=context,
        stackability=Stackability.STACKABLE if isinstance(std, (FagskoleEmne, Laerefag)) else None,
        further_info=further,
        signers=signers,
        place=issuer.city,
        electronically_signed=_electronic(conf),
        case_number=case.number,
    )


# ----------------------------------------------------------------------------------------------------
# certificate and document numbers




def validate_number_pattern(pattern: str) -> str:
    return cases_domain.validate_number_pattern(pattern.strip(), NUMBER_PATTERN_SETTING, with_org=True,
                                                example="{org}-{yyyy}-{seq:06}")


def org_code(conf: dict[str, str], org: Organisation) -> str:
    """The {org} part of a number: the setting, else the initials of the organisation's name."""
    code = conf.get(ORG_CODE_SETTING, "").strip()
    if code:
        return code
    folded = unicodedata.normalize("NFKD", org.name)
    words = ["".join(ch for ch in w if ch.isascii() and ch.isalnum()) for w in folded.split()]
    words = [w for w in words if w]
    if not words:
        return "DOC"
    if len(words) == 1:
        return words[0][:3].upper()
    return "".join(w[0] for w in words[:4]).upper()


def _format_number(pattern: str, org: str, year: int, seq: int) -> str:
    return cases_domain.fill_number_pattern(pattern, year, seq, org)


def _seq_key(pattern: str, year: int) -> str:
    return f"{_SEQ_SETTING}.{year}" if ("{yy}" in pattern or "{yyyy}" in pattern) else _SEQ_SETTING


def number_pattern(conf: dict[str, str]) -> str:
    return validate_number_pattern(conf.get(NUMBER_PATTERN_SETTING) or DEFAULT_NUMBER_PATTERN)


def next_document_number(db: Database, org: Organisation | None = None, year: int | None = None, *,
                         conf: dict[str, str] | None = None) -> str:
    """The number the next certificate would get (a preview: nothing is taken)."""
    org = org or _organisation(db)
    conf = conf if conf is not None else document_settings(db)
    pattern = number_pattern(conf)
    year = year or date.today().year
    try:
        last = int(conf.get(_seq_key(pattern, year), "0"))
    except ValueError:
        last = 0
    return _format_number(pattern, org_code(conf, org), year, last + 1)


def _take_number(s: Session, conf: dict[str, str], org: Organisation, year: int) -> str:
    """Take the next number inside the caller's transaction (the UPDATE takes the write lock first)."""
    pattern = number_pattern(conf)
    key = _seq_key(pattern, year)
    code = org_code(conf, org)
    for _attempt in range(20):
        bumped = s.execute(
            update(SettingRecord).where(SettingRecord.key == key)
            .values(value=cast(cast(SettingRecord.value, Integer) + 1, Text)).returning(SettingRecord.value)
        ).scalar()
        if bumped is None:
            s.add(SettingRecord(key=key, value="1"))
            s.flush()
            bumped = "1"
        number = _format_number(pattern, code, year, int(bumped))
        taken = s.scalar(
            select(IssuedDocumentRecord.id).where(IssuedDocumentRecord.certificate_number == number))
        if taken is None:
            return number
    raise RplError("The certificate number pattern keeps giving numbers already in use; change it in the "
                   "certificate settings.")


@dataclass(frozen=True)
class CertificateSettings:
    """The office's choices for certificates: the quality assurance text (EU element 11), the number
    pattern, the {org} code in it, and the form of participation (EU element 10)."""

    quality_assurance: str = ""
    number_pattern: str = DEFAULT_NUMBER_PATTERN
    org_code: str = ""
    participation: Participation = Participation.VALIDATION


def certificate_settings(db: Database) -> CertificateSettings:
    conf = document_settings(db)
    return CertificateSettings(
        quality_assurance=conf.get(QUALITY_ASSURANCE_SETTING, ""),
        number_pattern=conf.get(NUMBER_PATTERN_SETTING) or DEFAULT_NUMBER_PATTERN,
        org_code=conf.get(ORG_CODE_SETTING, ""),
        participation=_participation(conf) or Participation.VALIDATION,
    )


def save_certificate_settings(db: Database, settings: CertificateSettings) -> CertificateSettings:
    users.require(db, security.CHANGE_SETTINGS)
    pattern = validate_number_pattern(settings.number_pattern or DEFAULT_NUMBER_PATTERN)
    code = clean_text(settings.org_code)
    if code and not re.fullmatch(r"[A-Za-z0-9]{1,12}", code):
        raise ValidationError(ORG_CODE_SETTING,
                              "Use 1 to 12 letters A-Z or digits for the organisation code.")
    qa = clean_text(settings.quality_assurance, multiline=True)
    db.set_setting(QUALITY_ASSURANCE_SETTING, qa)
    db.set_setting(NUMBER_PATTERN_SETTING, pattern)
    db.set_setting(ORG_CODE_SETTING, code)
    db.set_setting(PARTICIPATION_SETTING, Participation(settings.participation).value)
    return CertificateSettings(qa, pattern, code, Participation(settings.participation))


# ----------------------------------------------------------------------------------------------------
# Swedish outputs and the competence map


def _bransch() -> Any:
    try:
        from rpl_desktop.services import bransch_cases
    except ImportError:  # pragma: no cover - the branschvalidering service is part of the program today
        raise RplError("Swedish branschvalidering documents are not available in this version.") from None
    return bransch_cases


def swedish_outcome_data(db: Database, case_id: int, kind: str = INTYG, lang: str | Language | None = None, *,
                         number: str | None = None, day: date | None = None) -> SwedishOutcomeData:
    """The full certificate (``yrkesbevis``), ``intyg`` or ``kartlaggningsutlatande`` of a branschvalidering
    case."""
    if kind not in SWEDISH_KINDS:
        raise ValidationError(
            "kind", f"{kind!r} is not a Swedish outcome; use yrkesbevis, intyg or kartlaggningsutlatande.")
    bransch = _bransch()
    if not bransch.is_branschmodell_case(db, case_id):
        raise RplError("Only a case whose target is a branschmodell has Swedish certificates, intyg or "
                       "kartläggningsutlåtanden.")
    case = case_service.get_case(db, case_id)
    chosen = _language(lang)
    language = chosen or (Language(case.language) if case.language in LANGUAGE_CODES else Language.SV)
    org = _organisation(db)
    state = bransch.load_case_state(db, case_id)
    model, ev = state.model, state.evaluation
    from rpl_desktop.domain.bransch import DocumentKind, text_in

    text_lang = "en" if language == Language.EN else "sv"

    def line(item: Any) -> str:
        return str(item.sv if text_lang == "sv" else item.en)

    modules = []
    for m in model.modules:
        passed = m.id in ev.passed_modules
        scores = [c for c in ev.components
                  if c.result is not None and model.component(c.component_id).module == m.id]
        score = ""
        if scores and scores[-1].result is not None:
            value = Decimal(str(scores[-1].result.score))
            score = f"{value.normalize():f}"
        modules.append(ModuleResult(
            code=m.code or m.id, name=text_in(m.title, text_lang, m.id), passed=passed, score=score,
            note="" if passed else text_in(m.training, text_lang, ""),
        ))
    accreditation = next((r.result.accreditation_id for r in state.results if r.result.accreditation_id), "")
    candidate = get_candidate(db, case.candidate_id)
    certificate = model.certificate_name if isinstance(model.certificate_name, DocumentKind) else None
    cert_label = certificate.label(text_lang) if certificate is not None else str(model.certificate_name)
    role = text_in(model.role, text_lang, model.code)
    out_kind = SWEDISH_KINDS[kind]
    level = Level(Framework.SEQF, str(model.seqf_level)) if model.seqf_level else None
    return SwedishOutcomeData(
        kind=out_kind,
        document_number=number if number is not None else next_document_number(db, org),
        candidate=_party(candidate, with_id=False),
        date=day or date.today(),
        model_name=text_in(model.title, text_lang, model.code),
        model_owner=model.owner,
        model_version=model.version,
        role=role,
        certificate_name=f"{cert_label[:1].upper()}{cert_label[1:]} – {role}",
        modules=tuple(modules) if out_kind is not SwedishOutcomeKind.KARTLAGGNING else (),
        language=language,
        level=level,
        assessor=Signer(case.caseworker) if case.caseworker.strip() else None,
        assessor_id=state.signature.assessor_id if state.signature is not None else "",
        accreditation_id=accreditation,
        assessment_signed_on=state.signature.date if state.signature is not None else None,
        findings=tuple(line(x) for x in ev.lines if x.ok) if out_kind is SwedishOutcomeKind.KARTLAGGNING
        else (),
        next_steps=tuple(line(x) for x in ev.remaining) if out_kind is not SwedishOutcomeKind.CERTIFICATE
        else (),
    )


def competence_map_data(db: Database, candidate_id: int, lang: str | Language | None = None, *,
                        day: date | None = None) -> CompetenceMapData:
    """One candidate against every target of their cases, with the gaps in plain words."""
    from rpl_desktop.services.crosswalk import competence_map

    candidate = get_candidate(db, candidate_id)
    language = _language(lang) or (Language(candidate.language) if candidate.language in LANGUAGE_CODES
                                   else Language.NB)
    coverage = competence_map(db, candidate_id, lang=language.value)
    if not coverage:
        raise RplError("The candidate has no targets yet: add at least one target to the competence map.")
    targets = []
    prepared = ""
    for c in coverage:
        std = get_standard(db, c.standard_uid)
        gaps: list[str] = []
        for gap in c.gaps:
            prefix = f"{gap.group_title}: " if len(c.gaps) > 1 and gap.group_title else ""
            gaps += [f"{prefix}{text}" for text in gap.missing]
        has_credits = c.credits_total is not None
        targets.append(TargetCoverage(
            name=c.title, met=c.met, partly=c.partly, missing=c.missing, code=std.code,
            credits_met=c.credits_recognised if has_credits else None,
            credits_total=c.credits_total, credit_unit=WorkloadUnit.STUDIEPOENG if has_credits else None,
            gaps=tuple(gaps),
        ))
        if not prepared:
            prepared = case_service.get_case(db, c.case_id).caseworker
    return CompetenceMapData(
        candidate=_party(candidate, with_id=False),
        date=day or date.today(),
        targets=tuple(targets),
        language=language,
        reference=coverage[0].case_number if len(coverage) == 1 else "",
        prepared_by=Signer(prepared) if prepared.strip() else None,
    )


# ----------------------------------------------------------------------------------------------------
# building


@dataclass(frozen=True)
class Built:
    pdf: bytes
    metadata: DocumentMetadata
    number: str | None


def _data(db: Database, case_id: int, kind: str, language: Language, *, number: str | None,
          org: Organisation | None = None, conf: dict[str, str] | None = None) -> Any:
    """The builder's data for one document of a case (``number``: None shows the next number)."""
    if kind == VEDTAK:
        return vedtak_data(db, case_id, language)
    if kind == KOMPETANSEBEVIS:
        return kompetansebevis_data(db, case_id, language, number=number, org=org, conf=conf)
    if kind in SWEDISH_KINDS:
        return swedish_outcome_data(db, case_id, kind, language, number=number)
    return competence_map_data(db, case_service.get_case(db, case_id).candidate_id, language)


def _with_number(data: Any, number: str) -> Any:
    if isinstance(data, CertificateData):
        return replace(data, certificate_number=number)
    if isinstance(data, SwedishOutcomeData):
        return replace(data, document_number=number)
    return data


def _render(data: Any, issuer: Issuer, labels: Labels, created: datetime) -> Built:
    """The PDF and its archive metadata, with the same creation time in both."""
    if isinstance(data, VedtakData):
        from rpl_desktop.documents.vedtak import build_vedtak, vedtak_metadata

        return Built(build_vedtak(data, issuer, labels, created=created),
                     vedtak_metadata(data, issuer, labels, created), None)
    if isinstance(data, CertificateData):
        from rpl_desktop.documents.certificate import build_kompetansebevis, kompetansebevis_metadata

        return Built(build_kompetansebevis(data, issuer, labels, created=created),
                     kompetansebevis_metadata(data, issuer, labels, created), data.certificate_number)
    if isinstance(data, SwedishOutcomeData):
        from rpl_desktop.documents.swedish import build_swedish_outcome, swedish_outcome_metadata

        return Built(build_swedish_outcome(data, issuer, labels, created=created),
                     swedish_outcome_metadata(data, issuer, labels, created), data.document_number)
    from rpl_desktop.documents.competence_map import build_competence_map, competence_map_metadata

    return Built(build_competence_map(data, issuer, labels, created=created),
                 competence_map_metadata(data, issuer, labels, created), None)


def _default_language(db: Database, case_id: int, kind: str, lang: str | Language | None) -> Language:
    chosen = _language(lang)
    if chosen is not None:
        return chosen
    if kind in SWEDISH_KINDS:
        case = case_service.get_case(db, case_id)
        return Language(case.language) if case.language in LANGUAGE_CODES else Language.SV
    return document_language(db, case_id)


def preview(db: Database, case_id: int, kind: str, lang: str | Language | None = None) -> bytes:
    """The document as it would be issued now, as PDF bytes. Nothing is stored and no number is taken."""
    kind = _kind(kind)
    language = _default_language(db, case_id, kind, lang)
    issuer = issuer_from_organisation(_organisation(db))
    data = _data(db, case_id, kind, language, number=None)
    return _render(data, issuer, load_labels(language), now_local()).pdf


# ----------------------------------------------------------------------------------------------------
# issuing


def _issued(r: IssuedDocumentRecord) -> IssuedDocument:
    try:
        sidecar = json.loads(r.sidecar)
    except ValueError:
        sidecar = {}
    return IssuedDocument(
        id=r.id, case_id=r.case_id, kind=r.kind, language=r.language, version=r.version, sha256=r.sha256,
        size=r.size, filename=r.filename, reason=r.reason, issued_by=r.issued_by, issued_at=r.issued_at,
        certificate_number=r.certificate_number, sidecar=sidecar if isinstance(sidecar, dict) else {},
    )


_UNSAFE_FILE = re.compile(r"[^\w.\-]+", re.UNICODE)


def document_filename(case_number: str, kind: str, language: str, version: int) -> str:
    stem = _UNSAFE_FILE.sub("-", f"{case_number}-{kind}-{language}-v{version}").strip("-.")
    return f"{stem or 'document'}.pdf"


def preview_filename(db: Database, case_id: int, kind: str, lang: str | Language | None = None) -> str:
    """``26-00001-vedtak-nb-preview.pdf``: the name a preview is saved under."""
    language = _default_language(db, case_id, _kind(kind), lang)
    number = case_service.get_case(db, case_id).number
    return document_filename(number, kind, language.value, 1).replace("-v1.pdf", "-preview.pdf")


def _check_issuable(db: Database, case: Case, kind: str, built_data: Any) -> None:
    if kind in (VEDTAK, KOMPETANSEBEVIS) and case.status not in DECIDED:
        what = "A vedtak" if kind == VEDTAK else "A kompetansebevis"
        raise RplError(
            f"{what} can be issued only when the case is approved (it is "
            f"{case.status.value.replace('_', ' ')} now). Approve the decision first."
        )
    if kind == KOMPETANSEBEVIS:
        from rpl_desktop.documents.certificate import approved_items, missing_eu_elements

        if not approved_items(built_data):
            raise RplError("Nothing in this case is approved, so there is no competence to certify. "
                           "A kompetansebevis lists approved competence only.")
        missing = missing_eu_elements(built_data)
        if missing:
            raise CertificateIncomplete(missing)
    if kind in (YRKESBEVIS, INTYG):
        ev = _bransch().evaluate_case(db, case.id)
        if not ev.can_issue:
            reasons = " ".join(line.en for line in ev.issue_blockers) or "the assessment is not complete."
            raise RplError(f"The {kind} cannot be issued yet: {reasons}")


def issue(db: Database, case_id: int, kind: str, lang: str | Language | None, issued_by: str,
          reason: str = "") -> IssuedDocument:
    """Build and store the document as issued (PDF, SHA-256, archive sidecar) in one transaction.

    A later issue of the same kind and language becomes the next version and needs ``reason`` (why it
    is corrected); the earlier versions stay as they were. Issuing a vedtak moves an approved case to
    *issued*. Refusals raise :class:`RplError` (or :class:`CertificateIncomplete`, listing the missing
    EU elements) and store nothing.
    """
    return _issue(db, case_id, kind, lang, issued_by, reason)[0]


@dataclass(frozen=True)
class _Prepared:
    """Everything read and checked for one issue; building it needs no database."""

    case_id: int
    case_number: str
    kind: str
    language: Language
    issued_by: str
    reason: str
    data: Any
    issuer: Issuer
    conf: dict[str, str]
    org: Organisation


@dataclass(frozen=True)
class _Reserved:
    number: str | None
    version: int
    created: datetime
    earlier_ids: frozenset[str]


def _prepare(db: Database, case_id: int, kind: str, lang: str | Language | None, issued_by: str,
             reason: str = "", *, org: Organisation | None = None,
             conf: dict[str, str] | None = None) -> _Prepared:
    kind = _kind(kind)
    users.check_issue(db, case_id, kind)  # the role, and the two-person rule for a vedtak
    language = _default_language(db, case_id, kind, lang)
    issued_by = clean_text(issued_by)
    reason = clean_text(reason, multiline=True)
    if not issued_by:
        raise ValidationError("issued_by", "Say who issues the document.")
    org = org or _organisation(db)
    case = case_service.get_case(db, case_id)
    assert case.id is not None
    with db.read() as s:
        latest = s.scalar(select(func.max(IssuedDocumentRecord.version)).where(
            IssuedDocumentRecord.case_id == case_id, IssuedDocumentRecord.kind == kind,
            IssuedDocumentRecord.language == language.value)) or 0
    if latest and not reason:
        raise ValidationError(
            "reason", f"Version {latest} of this document is already issued. A new version is a correction: "
            "give the reason for it.")
    # Everything is read and checked first, so a refusal takes no number and writes nothing.
    conf = conf if conf is not None else document_settings(db)
    data = _data(db, case_id, kind, language, number="-", org=org, conf=conf)
    _check_issuable(db, case, kind, data)
    return _Prepared(case_id, case.number, kind, language, issued_by, reason, data,
                     issuer_from_organisation(org), conf, org)


def _reserve_in(s: Session, p: _Prepared, number: str | None = None) -> _Reserved:
    """Take the certificate number (or check ``number``, taken before) and the version, in ``s``."""
    if number is not None:
        if s.scalar(select(IssuedDocumentRecord.id).where(
                IssuedDocumentRecord.certificate_number == number)) is not None:
            raise RplError(f"The certificate number {number} is already on an issued document.")
    elif p.kind in NUMBERED_KINDS:
        number = _take_number(s, p.conf, p.org, date.today().year)
    version = (s.scalar(select(func.max(IssuedDocumentRecord.version)).where(
        IssuedDocumentRecord.case_id == p.case_id, IssuedDocumentRecord.kind == p.kind,
        IssuedDocumentRecord.language == p.language.value)) or 0) + 1
    if version > 1 and not p.reason:
        raise ValidationError("reason", "Someone issued this document meanwhile; give the reason for "
                              "the correction.")
    earlier = frozenset(json.loads(text).get("dokument_id") for text in s.scalars(
        select(IssuedDocumentRecord.sidecar).where(
            IssuedDocumentRecord.case_id == p.case_id, IssuedDocumentRecord.kind == p.kind,
            IssuedDocumentRecord.language == p.language.value))) if version > 1 else frozenset()
    return _Reserved(number, version, now_local(), earlier)


def _reserve(db: Database, p: _Prepared, *, number: str | None = None,
             on_reserved: Callable[[Session, str | None, int], None] | None = None) -> _Reserved:
    """Take the certificate number and the version in one short transaction, for a batch (the PDF is
    drawn after it, perhaps in another process, so the write lock is not held while it is drawn).

    The batch records the number on its item in this same transaction (``on_reserved``), so a batch
    killed before the document is stored is resumed under the very same ``number``: no number is lost.
    """
    with db.transaction() as s:
        reserved = _reserve_in(s, p, number)
        if on_reserved is not None:
            on_reserved(s, reserved.number, reserved.version)
    return reserved


def _build(p: _Prepared, r: _Reserved) -> Built:
    """Draw the document (no database: may run in another process)."""
    from rpl_desktop.documents.fonts import register_fonts

    register_fonts()  # a fresh worker process has not registered the embedded fonts yet
    final = _with_number(p.data, r.number) if r.number else p.data
    labels = load_labels(p.language)
    created = r.created
    built = _render(final, p.issuer, labels, created)
    # Each version is its own archive document: a correction issued within the same second as the
    # version before it would otherwise get the same document id (and the same bytes).
    while f"uuid:{built.metadata.document_id()}" in r.earlier_ids:
        created += timedelta(seconds=1)
        built = _render(final, p.issuer, labels, created)
    return built


def _store_in(s: Session, p: _Prepared, r: _Reserved, built: Built) -> tuple[IssuedDocument, bytes]:
    """Add the issued document to ``s``: the row together with its complete PDF bytes and their SHA-256."""
    complete = built.pdf.startswith(b"%PDF-") and built.pdf.rstrip().endswith(b"%%EOF")
    if not complete or (p.kind in NUMBERED_KINDS and built.number != r.number):
        raise RplError("The document was not drawn completely; nothing was issued. Try again.")
    filename = document_filename(p.case_number, p.kind, p.language.value, r.version)
    sidecar = metadata_sidecar(built.metadata, built.pdf, filename)
    sidecar["versjon"] = r.version
    sidecar["grunn_for_ny_versjon"] = p.reason or None
    sidecar["utstedt_av"] = p.issued_by
    record = IssuedDocumentRecord(
        case_id=p.case_id, kind=p.kind, language=p.language.value, version=r.version,
        sha256=hashlib.sha256(built.pdf).hexdigest(), size=len(built.pdf), pdf=built.pdf,
        sidecar=json.dumps(sidecar, ensure_ascii=False, sort_keys=True), filename=filename,
        reason=p.reason, issued_by=p.issued_by, issued_at=datetime.now(), certificate_number=r.number,
    )
    s.add(record)
    if p.kind == VEDTAK:
        case_record = s.get(CaseRecord, p.case_id)
        if case_record is not None and case_record.status == CaseStatus.APPROVED.value:
            case_record.status = CaseStatus.ISSUED.value
            case_record.updated_at = datetime.now()
    s.flush()
    return _issued(record), built.pdf


_ISSUED_MEANWHILE = ("Someone else issued this document at the same moment. Look at the list of issued "
                     "versions and try again if needed.")


def _store_issued(db: Database, p: _Prepared, r: _Reserved, built: Built, *,
                  on_stored: Callable[[Session, int], None] | None = None) -> tuple[IssuedDocument, bytes]:
    """Store a batch item's built PDF as issued in one transaction (``on_stored(session, document_id)``
    runs in it too, to mark the batch item done)."""
    try:
        with db.transaction() as s:
            doc, pdf = _store_in(s, p, r, built)
            if on_stored is not None:
                on_stored(s, doc.id)
            return doc, pdf
    except IntegrityError as exc:
        raise RplError(_ISSUED_MEANWHILE) from exc


def _issue(db: Database, case_id: int, kind: str, lang: str | Language | None, issued_by: str,
           reason: str = "", *, org: Organisation | None = None) -> tuple[IssuedDocument, bytes]:
    """Issue one document: the number, the drawing and the stored document are one transaction, so a
    failure or a crash anywhere rolls the number back with it (no number is lost, none is used twice).
    The write lock is held while the document is drawn (a fraction of a second)."""
    prepared = _prepare(db, case_id, kind, lang, issued_by, reason, org=org)
    try:
        with db.transaction() as s:
            reserved = _reserve_in(s, prepared)
            return _store_in(s, prepared, reserved, _build(prepared, reserved))
    except IntegrityError as exc:
        raise RplError(_ISSUED_MEANWHILE) from exc


def list_issued(db: Database, case_id: int) -> list[IssuedDocument]:
    """Every issued version of a case, by kind, language and version."""
    with db.read() as s:
        rows = s.execute(
            select(IssuedDocumentRecord).where(IssuedDocumentRecord.case_id == case_id)
            .order_by(IssuedDocumentRecord.kind, IssuedDocumentRecord.language, IssuedDocumentRecord.version)
            .options(defer(IssuedDocumentRecord.pdf))
        ).scalars()
        return [_issued(r) for r in rows]


def latest_issued(db: Database, case_id: int, kind: str, lang: str) -> IssuedDocument | None:
    found = [d for d in list_issued(db, case_id) if d.kind == kind and d.language == lang]
    return found[-1] if found else None


def _load(db: Database, doc_id: int) -> tuple[IssuedDocumentRecord, bytes]:
    with db.read() as s:
        record = s.get(IssuedDocumentRecord, doc_id)
        if record is None:
            raise RplError(f"Issued document {doc_id} does not exist.")
        s.expunge(record)
        return record, bytes(record.pdf)


def read_issued(db: Database, doc_id: int) -> bytes:
    """The PDF exactly as issued; raises :class:`StoreError` when it no longer matches its SHA-256."""
    record, pdf = _load(db, doc_id)
    if not pdf and '"pdf_removed"' in record.sidecar:  # see services/privacy.py, anonymise_candidate
        raise RplError(
            f"The PDF of {record.filename} was removed when the candidate was anonymised. The office's "
            f"archive (Noark) holds the copy; its SHA-256 is {record.sha256}."
        )
    if hashlib.sha256(pdf).hexdigest() != record.sha256 or len(pdf) != record.size:
        raise StoreError(
            f"The stored copy of {record.filename} does not match the SHA-256 it was issued with; it has "
            "been damaged. Restore the database from a backup."
        )
    return pdf




def export_issued(db: Database, doc_id: int, folder: Path) -> tuple[Path, Path]:
    """Write the issued PDF (hash checked) and its archive sidecar (JSON) into ``folder``."""
    pdf = read_issued(db, doc_id)
    record, _bytes = _load(db, doc_id)
    folder = Path(folder)
    pdf_path = folder / record.filename
    sidecar_path = pdf_path.with_suffix(".json")
    try:
        write_atomic(pdf_path, pdf)
        sidecar = json.dumps(json.loads(record.sidecar), ensure_ascii=False, indent=2) + "\n"
        write_atomic(sidecar_path, sidecar.encode("utf-8"))
    except OSError as exc:
        raise RplError(f"Could not write to {folder}: {exc.strerror or exc}.") from exc
    return pdf_path, sidecar_path


# ----------------------------------------------------------------------------------------------------
# one combined PDF from many (the print file of a batch; the archival copies are the single documents)


_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REF = re.compile(rb"(\d+) 0 R\b")
_OBJ_HEAD = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")


class PdfConcatenator:
    """Appends the pages of whole PDFs (as the builders write them: classic xref table, no object
    streams) to one output file, renumbering the objects; writes the page tree, catalog and xref last.

    Only what the pages use is copied (content streams, fonts, images); each document keeps its own
    embedded font subsets. The result is a plain PDF 1.4 for printing, not PDF/A.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._offsets: dict[int, int] = {}
        self._pages: list[int] = []
        self._next = 3  # 1: page tree root, 2: catalog
        self._pos = 0
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @staticmethod
    def _objects(pdf: bytes) -> tuple[dict[int, int], bytes]:
        start = pdf.rfind(b"startxref")
        if start < 0:
            raise ValueError("no startxref")
        xref_at = int(pdf[start + 9:].split()[0])
        if pdf[xref_at:xref_at + 4] != b"xref":
            raise ValueError("not a classic xref table")
        offsets: dict[int, int] = {}
        pos = xref_at + 4
        trailer_at = pdf.find(b"trailer", pos)
        section = pdf[pos:trailer_at]
        lines = section.split(b"\n")
        current = 0
        remaining = 0
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if remaining == 0:
                first, count = line.split()[:2]
                current, remaining = int(first), int(count)
                continue
            m = _XREF_ROW.match(line)
            if m is None:
                raise ValueError("bad xref row")
            if m.group(3) == b"n":
                offsets[current] = int(m.group(1))
            current += 1
            remaining -= 1
        return offsets, pdf[trailer_at:start]

    @staticmethod
    def _object(pdf: bytes, offset: int) -> tuple[bytes, bytes]:
        """(dictionary part, stream part incl. 'stream ... endstream' or b'') of the object at offset."""
        head = _OBJ_HEAD.match(pdf, offset)
        if head is None:
            raise ValueError("bad object offset")
        body_start = head.end()
        end = pdf.find(b"endobj", body_start)
        stream_at = pdf.find(b"stream", body_start, end if end >= 0 else None)
        if stream_at < 0:
            return pdf[body_start:end].strip(), b""
        dictionary = pdf[body_start:stream_at]
        length = _LENGTH.search(dictionary)
        if length is None:
            raise ValueError("stream without a direct /Length")
        data_start = stream_at + 6
        if pdf[data_start:data_start + 2] == b"\r\n":
            data_start += 2
        elif pdf[data_start:data_start + 1] in (b"\n", b"\r"):
            data_start += 1
        data_end = data_start + int(length.group(1))
        return dictionary.strip(), b"stream\n" + pdf[data_start:data_end] + b"\nendstream"

    def add(self, pdf: bytes) -> int:
        """Append every page of ``pdf``; returns how many pages were added."""
        offsets, trailer = self._objects(pdf)
        root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
        if root is None:
            raise ValueError("no /Root")
        catalog, _ = self._object(pdf, offsets[int(root.group(1))])
        pages_ref = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog)
        if pages_ref is None:
            raise ValueError("no /Pages")
        page_nums: list[int] = []

        def walk(num: int) -> None:
            node, _ = self._object(pdf, offsets[num])
            if re.search(rb"/Type\s*/Pages\b", node):
                kids = re.search(rb"/Kids\s*\[([^\]]*)\]", node)
                for kid in _REF.findall(kids.group(1) if kids else b""):
                    walk(int(kid))
            else:
                page_nums.append(num)

        walk(int(pages_ref.group(1)))
        # every object the pages use, without following /Parent
        wanted: list[int] = []
        seen: set[int] = set()
        stack = list(reversed(page_nums))
        parts: dict[int, tuple[bytes, bytes]] = {}
        while stack:
            num = stack.pop()
            if num in seen or num not in offsets:
                continue
            seen.add(num)
            wanted.append(num)
            dictionary, stream = self._object(pdf, offsets[num])
            parts[num] = (dictionary, stream)
            scan = re.sub(rb"/Parent\s+\d+\s+0\s+R", b"", dictionary)
            stack.extend(int(r) for r in reversed(_REF.findall(scan)))
        renumber = {old: self._next + i for i, old in enumerate(wanted)}
        self._next += len(wanted)

        def fix(m: re.Match[bytes]) -> bytes:
            old = int(m.group(1))
            return b"%d 0 R" % renumber[old] if old in renumber else b"null"

        for old in wanted:
            dictionary, stream = parts[old]
            if old in page_nums:
                dictionary = re.sub(rb"/Parent\s+\d+\s+0\s+R", b"/Parent 1 0 R", dictionary)
                dictionary = dictionary.replace(b"/Parent 1 0 R", b"/Parent PARENT")
                dictionary = _REF.sub(fix, dictionary).replace(b"/Parent PARENT", b"/Parent 1 0 R")
            else:
                dictionary = _REF.sub(fix, dictionary)
            new = renumber[old]
            self._offsets[new] = self._pos
            body = dictionary + (b"\n" + stream if stream else b"")
            self._write(b"%d 0 obj\n" % new + body + b"\nendobj\n")
        self._pages += [renumber[p] for p in page_nums]
        return len(page_nums)

    def finish(self) -> None:
        kids = b" ".join(b"%d 0 R" % p for p in self._pages)
        self._offsets[1] = self._pos
        tree = b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self._pages), kids)
        self._write(b"1 0 obj\n" + tree + b"\nendobj\n")
        self._offsets[2] = self._pos
        self._write(b"2 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n")
        xref_at = self._pos
        rows = [b"xref\n0 %d\n" % self._next, b"0000000000 65535 f \n"]
        for num in range(1, self._next):
            offset = self._offsets.get(num)
            rows.append(b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n")
        self._write(b"".join(rows))
        ident = hashlib.md5(str(self._offsets).encode(), usedforsecurity=False).hexdigest().encode()
        self._write(b"trailer\n<< /Size %d /Root 2 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                    % (self._next, ident, ident, xref_at))


def combine_pdfs(pdfs: Iterable[bytes]) -> bytes:
    """Several PDFs as one (see :class:`PdfConcatenator`)."""
    buffer = io.BytesIO()
    joined = PdfConcatenator(buffer)
    for pdf in pdfs:
        joined.add(pdf)
    joined.finish()
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------------
# batches


def _certificate_for(db: Database, case_id: int, lang: str | Language | None, issued_by: str,
                     issue_missing: bool, org: Organisation | None = None) -> tuple[IssuedDocument, bytes]:
    """The case's kompetansebevis as issued: the latest version, or a new issue when there is none."""
    language = document_language(db, case_id, lang)
    existing = latest_issued(db, case_id, KOMPETANSEBEVIS, language.value)
    if existing is None:
        if not issue_missing:
            raise RplError("no kompetansebevis has been issued for this case yet")
        return _issue(db, case_id, KOMPETANSEBEVIS, language, issued_by, org=org)
    return existing, read_issued(db, existing.id)


@dataclass(frozen=True)
class BatchItemState:
    """What a batch journal recorded of one item in an earlier run of the same job."""

    state: str  # "pending", "reserved", "done", "skipped" or "failed"
    number: str | None = None
    version: int | None = None
    document_id: int | None = None
    reason: str = ""


class BatchJournal(Protocol):
    """Where a batch records each item as it goes (:mod:`rpl_desktop.services.batch_jobs`), so that a
    batch killed at any moment can be resumed: ``reserved_item`` and ``stored_item`` run inside the
    transactions that take the number and store the document; ``settled`` records an item that issued
    nothing."""

    def prior(self, index: int) -> BatchItemState | None: ...

    def reserved_item(self, index: int, s: Session, number: str | None, version: int) -> None: ...

    def stored_item(self, index: int, s: Session, document_id: int) -> None: ...

    def settled(self, index: int, state: str, reason: str = "", document_id: int | None = None) -> None: ...

    def finished(self, report: BatchReport) -> None: ...

    def interrupted(self) -> None: ...


def _issued_with_pdf(db: Database, doc_id: int) -> tuple[IssuedDocument, bytes]:
    pdf = read_issued(db, doc_id)  # hash checked
    record, _bytes = _load(db, doc_id)
    return _issued(record), pdf


def batch_certificates(
    db: Database,
    case_ids: Sequence[int],
    out_dir: Path,
    *,
    combined: bool,
    lang: str | Language | None = None,
    issued_by: str = "",
    issue_missing: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    combined_name: str = "",
    labels: Sequence[str] | None = None,
    langs: Sequence[str | None] | None = None,
    journal: BatchJournal | None = None,
    resumable: bool = True,
) -> BatchReport:
    """Write the kompetansebevis of many cases into ``out_dir`` (one PDF each) or one combined PDF.

    A case with an issued certificate gets that certificate as issued (hash checked); a case without one
    gets one issued now (``issue_missing``; ``issued_by`` is recorded), or is skipped. Cases that cannot
    have a certificate (not approved, an EU element missing...) are skipped with the reason; anything
    unexpected marks the case failed and the batch goes on. ``progress(done, total)`` is called after each
    case; ``cancelled()`` is asked before each case. Every file is written under a temporary name and
    renamed when complete; a combined PDF appears only when the whole batch ran to the end. No Qt here:
    the function may run in a worker thread. ``labels`` name the cases in the report (default: the case
    number); ``langs`` give a language per case (None: ``lang``, else the case's own).

    A batch that issues (``issue_missing``) is recorded as a batch job (:mod:`~rpl_desktop.services.
    batch_jobs`) unless ``resumable`` is false: each item is committed on its own, and a batch stopped by
    a crash or a kill is listed by ``batch_jobs.unfinished`` and finished by ``batch_jobs.resume``, which
    runs this function again with the job's ``journal``: items done are printed as issued, an item whose
    number was taken is issued under that same number, the rest as usual.
    """
    out_dir = Path(out_dir)
    total = len(case_ids)
    report = BatchReport(total=total)
    names = list(labels) if labels is not None else []
    issued_by = clean_text(issued_by) or default_user()
    org = _organisation(db)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RplError(f"The folder {out_dir} cannot be created: {exc.strerror or exc}.") from exc
    final_path = out_dir / (combined_name or f"kompetansebevis-{datetime.now():%Y%m%d-%H%M%S}.pdf")
    chosen = _language(lang)
    joined: PdfConcatenator | None = None
    tmp_handle: BinaryIO | None = None
    tmp_path: Path | None = None
    if combined:
        fd, tmp = tempfile.mkstemp(prefix=f".{final_path.name}.", suffix=".part", dir=out_dir)
        tmp_path = Path(tmp)
        tmp_handle = os.fdopen(fd, "wb")
        joined = PdfConcatenator(tmp_handle)
    executor = _build_pool(len(case_ids)) if issue_missing else None
    conf = document_settings(db)  # read once for the whole batch
    pending: deque[tuple[int, str, int, tuple[Any, ...]]] = deque()
    finished = 0

    def count() -> None:
        nonlocal finished
        finished += 1
        if progress is not None:
            progress(finished, total)

    def record(index: int, state: str, reason: str = "", document_id: int | None = None) -> None:
        if journal is not None:
            journal.settled(index, state, reason, document_id)

    def settle(entry: tuple[int, str, int, tuple[Any, ...]]) -> None:
        index, label, case_id, work = entry
        stored = False
        try:
            if len(work) == 2:  # already issued: (document, pdf)
                doc, pdf = work
            else:  # (prepared, reserved, future or None)
                prepared, reserved, future = work
                built = future.result() if future is not None else _build(prepared, reserved)
                on_stored = None if journal is None else partial(journal.stored_item, index)
                doc, pdf = _store_issued(db, prepared, reserved, built, on_stored=on_stored)
                stored = True
            if joined is not None:
                joined.add(pdf)
                report.done.append(BatchItem(label, case_id))
            else:
                path = out_dir / doc.filename
                write_atomic(path, pdf)
                report.done.append(BatchItem(label, case_id, path=path))
            if not stored:
                record(index, "done", document_id=doc.id)
        except (RplError, CertificateIncomplete) as exc:
            report.skipped.append(BatchItem(label, case_id, exc.message))
            if not stored:
                record(index, "skipped", exc.message)
        except OSError as exc:  # the item stays open in the journal: a resumed batch writes it again
            reason = f"could not write the file ({exc.strerror or exc})"
            report.failed.append(BatchItem(label, case_id, reason))
            if joined is not None:
                raise
        except Exception as exc:  # a bug in one case must not stop the others; the report names it
            reason = f"unexpected error ({type(exc).__name__})"
            report.failed.append(BatchItem(label, case_id, reason))
            if not stored:
                record(index, "failed", reason)
        count()

    try:
        if journal is None and issue_missing and resumable:
            from rpl_desktop.services.batch_jobs import start_certificate_job

            journal = start_certificate_job(
                db, case_ids, out_dir, combined=combined, combined_name=final_path.name,
                lang=None if chosen is None else chosen.value, issued_by=issued_by, labels=names,
                langs=list(langs) if langs is not None else None)
        for index, case_id in enumerate(case_ids):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            given = names[index] if index < len(names) else ""
            label = given
            own = langs[index] if langs is not None and index < len(langs) else None
            prior = journal.prior(index) if journal is not None else None
            try:
                if prior is not None and prior.state in ("skipped", "failed"):  # settled in an earlier run
                    target = report.skipped if prior.state == "skipped" else report.failed
                    target.append(BatchItem(given or _case_label(db, case_id), case_id, prior.reason))
                    count()
                    continue
                if prior is not None and prior.state == "done" and prior.document_id is not None:
                    label = given or _case_label(db, case_id)
                    pending.append((index, label, case_id, _issued_with_pdf(db, prior.document_id)))
                    continue
                language = document_language(db, case_id, own or lang)
                existing = latest_issued(db, case_id, KOMPETANSEBEVIS, language.value)
                if existing is not None:
                    label = given or _case_label(db, case_id)
                    pending.append((index, label, case_id, (existing, read_issued(db, existing.id))))
                elif not issue_missing:
                    raise RplError("no kompetansebevis has been issued for this case yet")
                else:
                    # Read, check and number here; draw in the worker processes, store in order below.
                    prepared = _prepare(db, case_id, KOMPETANSEBEVIS, language, issued_by, org=org, conf=conf)
                    label = given or f"case {prepared.case_number}"
                    on_reserved = None if journal is None else partial(journal.reserved_item, index)
                    again = prior.number if prior is not None and prior.state == "reserved" else None
                    reserved = _reserve(db, prepared, number=again, on_reserved=on_reserved)
                    future = executor.submit(_build, prepared, reserved) if executor is not None else None
                    pending.append((index, label, case_id, (prepared, reserved, future)))
            except (RplError, CertificateIncomplete) as exc:
                report.skipped.append(BatchItem(label or _case_label(db, case_id), case_id, exc.message))
                record(index, "skipped", exc.message)
                count()
            except Exception as exc:  # a bug in one case must not stop the others
                reason = f"unexpected error ({type(exc).__name__})"
                report.failed.append(BatchItem(label or _case_label(db, case_id), case_id, reason))
                record(index, "failed", reason)
                count()
            while len(pending) > (_POOL_WINDOW if executor is not None else 0):
                settle(pending.popleft())
        while pending:  # what was numbered before a cancel is finished and stored, never half-written
            settle(pending.popleft())
        if joined is not None and tmp_handle is not None and tmp_path is not None:
            if report.cancelled or not report.done:
                tmp_handle.close()
                tmp_path.unlink(missing_ok=True)
            else:
                joined.finish()
                tmp_handle.flush()
                os.fsync(tmp_handle.fileno())
                tmp_handle.close()
                os.replace(tmp_path, final_path)
                report.combined_path = final_path
        if journal is not None:
            journal.finished(report)
    except BaseException:
        if journal is not None:
            journal.interrupted()
        raise
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if tmp_handle is not None and not tmp_handle.closed:
            tmp_handle.close()
        if tmp_path is not None and tmp_path.exists():
            tmp_path.unlink(missing_ok=True)
    return report


# A batch this large draws its certificates in worker processes. Starting the pool costs one to two
# seconds (each spawned worker imports the builders) and saves about 15 ms a certificate on two cores,
# so smaller batches are drawn in this process. Spawned, not forked: the GUI runs batches from a worker
# thread, and forking a threaded Qt process is unsafe.
POOL_FROM = 100
_POOL_WINDOW = 16


def _build_pool(count: int) -> ProcessPoolExecutor | None:
    workers = min(os.cpu_count() or 1, 4)
    if count < POOL_FROM or workers < 2:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def default_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name in this environment
        return "rpl-desktop"


def _case_label(db: Database, case_id: int) -> str:
    with db.read() as s:
        number = s.scalar(select(CaseRecord.number).where(CaseRecord.id == case_id))
    return f"case {number}" if number else f"case id {case_id}"


def find_case(db: Database, text: str) -> int:
    """The id of the case with this number, or with this id (a number that is no case number)."""
    text = text.strip()
    with db.read() as s:
        found = s.scalar(select(CaseRecord.id).where(CaseRecord.number == text))
        if found is not None:
            return int(found)
        if text.isdigit() and s.get(CaseRecord, int(text)) is not None:
            return int(text)
    raise RplError(f"There is no case {safe_cell(text)} in this data store (give a case number or id).")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str, limit: int = 60) -> str:
    """A CSV cell quoted for a message: control characters escaped, cut short, and a leading = + - @
    neutralised with an apostrophe so a spreadsheet showing the message never runs it as a formula."""
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return f"«{text}»"


CASE_COLUMNS = ("case", "case_number", "case number", "casenumber", "case_no", "saksnummer", "saksnr", "sak",
                "saksnr.", "ärendenummer", "arendenummer", "ärende", "diarienummer")
LANG_COLUMNS = ("lang", "language", "språk", "sprak", "målform", "malform")


def read_case_csv(
    db: Database, csv_path: Path
) -> tuple[list[int], list[str], list[str | None], list[BatchItem]]:
    """The cases a CSV names (with their line labels and languages) and the bad lines, by line number.

    The file needs a header row with a case number column (``case_number``, ``saksnummer``...); a
    ``lang`` column is optional. Cells are data only: nothing is evaluated.
    """
    try:
        raw = Path(csv_path).read_bytes()
    except OSError as exc:
        raise ImportFileError(str(csv_path), "", f"cannot be read ({exc.strerror}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    if "\t" in sample.splitlines()[0] if sample.splitlines() else False:
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(str(csv_path), "line 1", "the file is empty; it needs a header row with a case "
                              "number column.") from None
    keys = [h.strip().lower() for h in header]
    case_col = next((i for i, k in enumerate(keys) if k in CASE_COLUMNS), None)
    if case_col is None:
        raise ImportFileError(str(csv_path), "line 1", "no case number column; name one column case_number "
                              "(or saksnummer) in the header row.")
    lang_col = next((i for i, k in enumerate(keys) if k in LANG_COLUMNS), None)
    ids: list[int] = []
    labels: list[str] = []
    langs: list[str | None] = []
    bad: list[BatchItem] = []
    seen: dict[int, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cell = row[case_col].strip() if case_col < len(row) else ""
        where = f"line {line}"
        if not cell:
            bad.append(BatchItem(where, None, "no case number"))
            continue
        language: str | None = None
        if lang_col is not None and lang_col < len(row) and row[lang_col].strip():
            value = row[lang_col].strip().lower()
            if value not in LANGUAGE_CODES:
                shown = safe_cell(row[lang_col].strip())
                bad.append(BatchItem(where, None, f"the language {shown} is not nb, nn, en or sv"))
                continue
            language = value
        with db.read() as s:
            found = s.scalar(select(CaseRecord.id).where(CaseRecord.number == cell))
        if found is None:
            bad.append(BatchItem(where, None, f"no case with the number {safe_cell(cell)}"))
            continue
        case_id = int(found)
        if case_id in seen:
            reason = f"case {safe_cell(cell)} is already on line {seen[case_id]}"
            bad.append(BatchItem(where, case_id, reason))
            continue
        seen[case_id] = line
        ids.append(case_id)
        labels.append(f"{where} (case {cell})")
        langs.append(language)
    return ids, labels, langs, bad


def certificates_from_csv(
    db: Database,
    csv_path: Path,
    out_dir: Path,
    *,
    combined: bool = False,
    lang: str | Language | None = None,
    issued_by: str = "",
    issue_missing: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchReport:
    """:func:`batch_certificates` for the cases a CSV file lists; bad lines are reported by line number
    (as skipped) and the good ones are printed."""
    ids, labels, langs, bad = read_case_csv(db, csv_path)
    total = len(ids) + len(bad)
    done_before = len(bad)

    def shifted(done: int, _total: int) -> None:
        if progress is not None:
            progress(done_before + done, total)

    if progress is not None and bad:
        progress(done_before, total)
    report = batch_certificates(db, ids, out_dir, combined=combined, lang=lang, issued_by=issued_by,
                                issue_missing=issue_missing, progress=shifted, cancelled=cancelled,
                                labels=labels, langs=None if lang is not None else langs)
    report.total = total
    report.skipped = bad + report.skipped
    return report


# ----------------------------------------------------------------------------------------------------
# a case file (JSON) instead of a case in the store


def preview_from_casefile(
    db: Database, data: dict[str, Any], kind: str, lang: str | Language | None = None
) -> bytes:
    """Build a document from a case file alone (``rpl-desktop document FILE``): the file is imported into a
    throw-away data store that borrows this store's organisation profile and document settings."""
    from rpl_desktop.services.case_transfer import import_case
    from rpl_desktop.services.catalogue import load_sample
    from rpl_desktop.services.catalogue_io import load_sample_catalogue, standard_to_json
    from rpl_desktop.services.organisation import save_organisation
    from rpl_desktop.store.database import open_database

    kind = _kind(kind)
    org = _organisation(db)
    data = dict(data)
    target = data.get("target")
    if isinstance(target, dict) and "standard" not in target and isinstance(target.get("uid"), str):
        sample = load_sample_catalogue()
        std = sample.get(target["uid"]) or sample.latest(target["uid"])
        if std is None:
            shown = safe_cell(target["uid"])
            raise ValidationError("target.uid", f"{shown} is not in the bundled catalogue; give the standard "
                                  "inline as target.standard.")
        data["target"] = {**target, "standard": standard_to_json(std)}
    settings = document_settings(db)
    with tempfile.TemporaryDirectory(prefix="rpl-casefile-") as folder:
        scratch = open_database(f"sqlite:///{Path(folder) / 'scratch.sqlite'}", Path(folder) / "evidence")
        try:
            save_organisation(scratch, Organisation(
                name=org.name, org_number=org.org_number, kind=org.kind, country=org.country,
                region=org.region, default_language=org.default_language, address=org.address,
                signers=list(org.signers),
            ))
            for key, value in settings.items():
                scratch.set_setting(key, value)
            load_sample(scratch)
            case_id = import_case(scratch, data)
            return preview(scratch, case_id, kind, lang)
        finally:
            scratch.close()
