"""What the document builders print: plain, frozen dataclasses filled by a service.

The builders know nothing about the store. A service reads a case and fills these objects; a test builds
them by hand. Every free text here is printed literally (``<``, ``&`` and quotes included) in the
language the document is written in; the fixed words come from the label tables (:mod:`.labels`).

Domain words (see ``docs/domain-norway.md``): a *vedtak* is an individual administrative decision under
the Public Administration Act (forvaltningsloven); a *kompetansebevis* is the certificate of approved
competence; a *praksiskandidat* is a candidate for the trade certificate on the strength of work
experience; *RKV* (realkompetansevurdering) is the assessment of prior learning; *fagskole* is
tertiary vocational education. Swedish: a *branschmodell* is an industry validation model; an *intyg*
lists passed and missing modules; a *kartläggningsutlåtande* is a mapping statement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path


class Language(StrEnum):
    """The written standard of a document: bokmål, nynorsk, English, svenska."""

    NB = "nb"
    NN = "nn"
    EN = "en"
    SV = "sv"


class VedtakCaseType(StrEnum):
    PRAKSISKANDIDAT_APPROVAL = "praksiskandidat_approval"
    PRAKSISKANDIDAT_REFUSAL = "praksiskandidat_refusal"
    RKV_VGS = "rkv_vgs"
    FAGSKOLE_ADMISSION = "fagskole_admission"
    FAGSKOLE_FRITAK = "fagskole_fritak"

    @property
    def appeal_body(self) -> AppealBody:
        """Videregående (praksis, RKV) goes to the Statsforvalteren; fagskole to its own klagenemnd."""
        if self in (VedtakCaseType.FAGSKOLE_ADMISSION, VedtakCaseType.FAGSKOLE_FRITAK):
            return AppealBody.FAGSKOLE_KLAGENEMND
        return AppealBody.STATSFORVALTEREN


class AppealBody(StrEnum):
    STATSFORVALTEREN = "statsforvalteren"
    FAGSKOLE_KLAGENEMND = "fagskole_klagenemnd"


class Judgement(StrEnum):
    """The result for one learning outcome, kompetansemål, subject or module."""

    APPROVED = "approved"
    PARTLY_APPROVED = "partly_approved"
    NOT_APPROVED = "not_approved"


class AssessmentMethod(StrEnum):
    DOCUMENTS = "documents"
    DIALOGUE = "dialogue"
    PRACTICAL_TEST = "practical_test"
    THEORY_TEST = "theory_test"
    OBSERVATION = "observation"
    THIRD_PARTY_RATING = "third_party_rating"


class WorkloadUnit(StrEnum):
    """Credits in the framework's own unit: Norwegian studiepoeng are not ECTS, YH-poäng are Swedish."""

    STUDIEPOENG = "studiepoeng"
    HOURS = "hours"
    YH_POANG = "yh_poang"
    ECTS = "ects"


class Framework(StrEnum):
    NKR = "NKR"
    EQF = "EQF"
    SEQF = "SeQF"


class Participation(StrEnum):
    """EU micro-credential element 10, form of participation."""

    ONSITE = "onsite"
    ONLINE = "online"
    BLENDED = "blended"
    WORKPLACE = "workplace"
    VALIDATION = "validation"


class IdentityVerification(StrEnum):
    """EU optional element: supervision and identity verification during assessment."""

    UNSUPERVISED_NO_ID = "unsupervised_no_id"
    SUPERVISED_NO_ID = "supervised_no_id"
    SUPERVISED_ONLINE_ID = "supervised_online_id"
    SUPERVISED_ONSITE_ID = "supervised_onsite_id"


class Stackability(StrEnum):
    STAND_ALONE = "stand_alone"
    STACKABLE = "stackable"


class OutcomeCategory(StrEnum):
    """NKR/SeQF dimensions: kunnskap, ferdigheter, generell kompetanse (ansvar och självständighet)."""

    KNOWLEDGE = "knowledge"
    SKILLS = "skills"
    COMPETENCE = "competence"


class CertificateContext(StrEnum):
    """Where a kompetansebevis comes from; RKV results never carry numerical grades."""

    RKV_VGS = "rkv_vgs"
    MODULE = "module"
    PRAKSISKANDIDAT = "praksiskandidat"
    FAGSKOLE = "fagskole"
    OTHER = "other"


class SwedishOutcomeKind(StrEnum):
    """Branschvalidering outcome classes: full, partial, none."""

    CERTIFICATE = "certificate"
    INTYG = "intyg"
    KARTLAGGNING = "kartlaggning"


# --- people and organisations -------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """The person a document is about or sent to.

    ``national_id`` (fødselsnummer, D-nummer, personnummer) is printed only in a certificate's identity
    block, never in a letter and never in or near an envelope window.
    ``country`` is an ISO 3166 alpha-2 code; it is printed in the address only when it differs from the
    issuer's country.
    """

    given_name: str
    family_name: str
    address_lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = ""
    national_id: str | None = None
    birth_date: dt.date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name.strip(), self.family_name.strip()) if part)


@dataclass(frozen=True)
class Signer:
    name: str
    title: str = ""


@dataclass(frozen=True)
class Issuer:
    """The organisation profile: letterhead, awarding body, signers.

    ``country`` is an ISO 3166 alpha-2 code (``NO``, ``SE``); ``region`` is the county or region as it
    should be printed (``Agder``, ``Västra Götaland``).
    """

    name: str
    org_number: str = ""
    address_lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = "NO"
    region: str = ""
    unit: str = ""
    contact_lines: tuple[str, ...] = ()
    logo_path: Path | None = None
    signers: tuple[Signer, ...] = ()


# --- vedtak --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodRow:
    """One period of work (or school) the decision relies on. ``end=None`` means still ongoing."""

    employer: str
    start: dt.date
    end: dt.date | None = None
    role: str = ""
    percent: Decimal | None = None
    credited_months: Decimal | None = None


@dataclass(frozen=True)
class PraksisRow:
    """One calendar year of the praksis calculation (months counted, after the 12-month cap, school)."""

    year: int
    months_counted: Decimal
    months_capped: Decimal
    school_credit: Decimal = Decimal(0)


@dataclass(frozen=True)
class OutcomeReasoning:
    """The reasons for one outcome: the rule applied, the facts, the main considerations (fvl § 25)."""

    outcome: str
    judgement: Judgement
    reason: str
    methods: tuple[AssessmentMethod, ...] = ()
    rule: str = ""
    main_considerations: str = ""


@dataclass(frozen=True)
class VedtakData:
    case_number: str
    date: dt.date
    case_type: VedtakCaseType
    party: Party
    caseworker: Signer
    decision: tuple[str, ...]
    language: Language = Language.NB
    their_reference: str = ""
    approver: Signer | None = None
    subject: str = ""
    legal_basis: tuple[str, ...] | None = None
    documents: tuple[str, ...] = ()
    periods: tuple[PeriodRow, ...] = ()
    praksis_rows: tuple[PraksisRow, ...] = ()
    praksis_required_months: Decimal | None = None
    assessment: tuple[str, ...] = ()
    reasoning: tuple[OutcomeReasoning, ...] = ()
    appeal_body: str | None = None
    appeal_weeks: int = 3
    electronically_approved: bool = False
    attachments: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()


# --- kompetansebevis ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Workload:
    amount: Decimal
    unit: WorkloadUnit


@dataclass(frozen=True)
class Level:
    framework: Framework
    value: str


@dataclass(frozen=True)
class LearningOutcome:
    """A kompetansemål or learning outcome with a stable id (Grep code, ESCO URI or local URN)."""

    code: str
    text: str
    approved: bool
    category: OutcomeCategory | None = None


@dataclass(frozen=True)
class CertificateItem:
    """A whole subject, module or emne. A partly approved item lists its approved outcomes."""

    code: str
    title: str
    result: Judgement
    workload: Workload | None = None
    outcomes: tuple[LearningOutcome, ...] = ()


@dataclass(frozen=True)
class CertificateData:
    certificate_number: str
    learner: Party
    title: str
    issuer: Issuer
    date_of_issue: dt.date | None
    items: tuple[CertificateItem, ...]
    workload: Workload | None
    level: Level | None
    assessment: tuple[AssessmentMethod, ...]
    participation: Participation | None
    quality_assurance: str
    language: Language = Language.NB
    context: CertificateContext = CertificateContext.RKV_VGS
    assessment_note: str = ""
    prerequisites: str = ""
    identity_verification: IdentityVerification | None = None
    grade: str = ""
    stackability: Stackability | None = None
    stackability_note: str = ""
    further_info: str = ""
    signers: tuple[Signer, ...] = ()
    place: str = ""
    electronically_signed: bool = False
    case_number: str = ""


# --- Swedish branschvalidering ------------------------------------------------------------------------


@dataclass(frozen=True)
class ModuleResult:
    """One module (kompetensområde) of a branschmodell; ``note`` says what a missing module needs."""

    code: str
    name: str
    passed: bool
    score: str = ""
    note: str = ""


@dataclass(frozen=True)
class SwedishOutcomeData:
    kind: SwedishOutcomeKind
    document_number: str
    candidate: Party
    date: dt.date
    model_name: str
    model_owner: str
    model_version: str
    role: str
    certificate_name: str
    modules: tuple[ModuleResult, ...]
    language: Language = Language.SV
    level: Level | None = None
    assessor: Signer | None = None
    assessor_id: str = ""
    accreditation_id: str = ""
    assessment_signed_on: dt.date | None = None
    findings: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()


# --- competence map -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetCoverage:
    """How far one candidate covers one target (a fag, a module, an emne): counts of outcomes."""

    name: str
    met: int
    partly: int
    missing: int
    code: str = ""
    credits_met: Decimal | None = None
    credits_total: Decimal | None = None
    credit_unit: WorkloadUnit | None = None
    gaps: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.met + self.partly + self.missing


@dataclass(frozen=True)
class CompetenceMapData:
    candidate: Party
    date: dt.date
    targets: tuple[TargetCoverage, ...]
    language: Language = Language.NB
    reference: str = ""
    prepared_by: Signer | None = None
    introduction: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
