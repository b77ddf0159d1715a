"""The register: the issuing organisation, candidates and their work and learning history.

Plain dataclasses (no ORM, no Qt). ``validate_*`` functions collect every problem of a record into one
:class:`ValidationErrors`, each naming its field, so a form can show all messages at once while the
user's typing stays in the fields.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rpl_desktop.domain.errors import ValidationError, ValidationErrors
from rpl_desktop.domain.ids import (
    IdType,
    check_birth_date_consistency,
    validate_national_id,
    validate_org_number,
)
from rpl_desktop.domain.text import clean_text as _clean_text

LANGUAGES = ("nb", "nn", "en", "sv")
MAX_NAME = 200
MAX_TEXT = 20_000
MAX_ADDRESS = 1_000


class OrgKind(StrEnum):
    FAGSKOLE = "fagskole"
    FYLKESKOMMUNE = "fylkeskommune"
    KOMMUNE = "kommune"
    BRANSJEORGANISASJON = "bransjeorganisasjon"
    OTHER = "other"


class PeriodKind(StrEnum):
    EMPLOYMENT = "employment"
    SELF_EMPLOYED = "self_employed"
    VOLUNTARY = "voluntary"
    WORK_TRAINING = "work_training"
    LEISURE = "leisure"
    NON_FORMAL_COURSE = "non_formal_course"


class SchoolLevel(StrEnum):
    VG1 = "vg1"
    VG2 = "vg2"
    VG3 = "vg3"
    HIGHER = "higher"


class EvidenceKind(StrEnum):
    ATTEST = "attest"
    TJENESTEBEVIS = "tjenestebevis"
    KURSBEVIS = "kursbevis"
    VITNEMAAL = "vitnemaal"
    ARBEIDSPROEVE = "arbeidsproeve"
    OTHER = "other"


@dataclass
class Signer:
    name: str
    title: str


@dataclass
class Organisation:
    name: str
    org_number: str
    kind: OrgKind
    country: str  # ISO 3166 alpha-2: "NO" or "SE"
    region: str  # fylke / län
    default_language: str = "nb"
    address: str = ""
    signers: list[Signer] = field(default_factory=list)
    id: int | None = None


@dataclass
class Candidate:
    given_name: str
    family_name: str
    birth_date: date | None = None
    id_type: IdType = IdType.NONE
    national_id: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NO"
    language: str = "nb"  # preferred language / målform for letters: nb, nn, en, sv
    id: int | None = None
    version: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class HistoryPeriod:
    """One period of work or learning: a job, self-employment, voluntary work, a course..."""

    kind: PeriodKind
    employer: str
    start: date
    end: date | None  # None = ongoing
    country: str = "NO"
    role: str = ""
    tasks: str = ""
    fte_percent: float | None = 100.0
    hours_per_week: float | None = None
    third_party_confirmed: bool = False
    attest_issued_by: str = ""
    attest_signer_name: str = ""
    attest_signer_title: str = ""
    attest_date: date | None = None
    attest_letterhead: bool = False
    id: int | None = None
    candidate_id: int | None = None

    def effective_fte(self, full_time_hours_per_week: float = 37.5) -> float:
        """Position % used for counting: the percentage, or hours per week against a full week."""
        if self.fte_percent is not None:
            return self.fte_percent
        if self.hours_per_week is not None:
            return min(100.0, 100.0 * self.hours_per_week / full_time_hours_per_week)
        return 0.0


@dataclass
class Schooling:
    level: SchoolLevel
    programme: str  # programme code or name, e.g. "BA" / "Vg1 bygg- og anleggsteknikk"
    passed: bool
    year: int | None = None
    in_school: bool = True
    yff_relevant: bool = False
    id: int | None = None
    candidate_id: int | None = None


@dataclass
class Exam:
    code: str
    exam_date: date | None
    result: str = ""
    passed: bool = False
    id: int | None = None
    candidate_id: int | None = None


@dataclass
class Course:
    provider: str
    title: str
    hours: float | None
    completed_on: date | None
    id: int | None = None
    candidate_id: int | None = None


@dataclass
class Evidence:
    filename: str
    kind: EvidenceKind
    sha256: str
    size: int
    media_type: str
    verified: bool = False
    translated: bool = False
    period_id: int | None = None
    id: int | None = None
    candidate_id: int | None = None


# ---------------------------------------------------------------------------------------------
# Validation


_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Normalise to NFC, drop control characters and bidi overrides (keeping newlines in multi-line
    text), trim. The rules are :func:`rpl_desktop.domain.text.clean_text`'s; this form sets no limit."""
    return _clean_text(value, multiline=multiline)


def _clean(errors: list[ValidationError], obj: object, name: str, limit: int, label: str, *,
           multiline: bool = False, field: str = "") -> None:
    """Clean ``obj.name`` in place; a value over ``limit`` adds an error naming the field and the limit."""
    try:
        setattr(obj, name, _clean_text(getattr(obj, name), field=field or name, max_length=limit,
                                       multiline=multiline, label=label))
    except ValidationError as exc:
        errors.append(exc)
        if not isinstance(getattr(obj, name), str):
            setattr(obj, name, "")


def _is_number(value: object) -> bool:
    """A real number (not a truth value, not text that looks like one)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _required(errors: list[ValidationError], name: str, value: str, label: str, limit: int = MAX_NAME) -> None:
    if not value.strip():
        errors.append(ValidationError(name, f"{label} is required."))
    elif len(value) > limit and not any(e.field == name for e in errors):
        errors.append(ValidationError(name, f"{label} is longer than {limit} characters; shorten it."))


def _country(errors: list[ValidationError], name: str, value: str) -> None:
    if not _COUNTRY.match(value or ""):
        errors.append(
            ValidationError(name, "Give the country as a two-letter ISO 3166 code, e.g. NO, SE, PL or UA.")
        )


def validate_organisation(org: Organisation) -> Organisation:
    errors: list[ValidationError] = []
    _clean(errors, org, "name", MAX_NAME, "The organisation's name")
    _clean(errors, org, "region", 100, "The region")
    _clean(errors, org, "address", MAX_ADDRESS, "The address", multiline=True)
    _required(errors, "name", org.name, "The organisation's name")
    _country(errors, "country", org.country)
    if org.country in ("NO", "SE"):
        try:
            org.org_number = validate_org_number(org.country, org.org_number)
        except ValidationError as exc:
            errors.append(exc)
    elif not org.org_number.strip():
        errors.append(ValidationError("org_number", "The organisation number is required."))
    if org.default_language not in LANGUAGES:
        errors.append(ValidationError("default_language", "Choose nb, nn, en or sv."))
    for i, signer in enumerate(org.signers):
        _clean(errors, signer, "name", MAX_NAME, "The signer's name", field=f"signers[{i}].name")
        _clean(errors, signer, "title", MAX_NAME, "The signer's title", field=f"signers[{i}].title")
        _required(errors, f"signers[{i}].name", signer.name, "The signer's name")
    if errors:
        raise ValidationErrors(errors)
    return org


def validate_candidate(c: Candidate, *, today: date | None = None) -> Candidate:
    """Check a candidate; normalise names and the ID number in place. Raises ValidationErrors."""
    today = today or date.today()
    errors: list[ValidationError] = []
    _clean(errors, c, "given_name", MAX_NAME, "The given name")
    _clean(errors, c, "family_name", MAX_NAME, "The family name")
    _required(errors, "given_name", c.given_name, "The given name")
    _required(errors, "family_name", c.family_name, "The family name")
    if c.birth_date is not None and not (date(1900, 1, 1) <= c.birth_date <= today):
        errors.append(ValidationError("birth_date", "The birth date must lie between 1900 and today."))
    if c.id_type in (IdType.FOREIGN,):
        _clean(errors, c, "national_id", 40, "The foreign ID number")
        if not c.national_id:
            errors.append(ValidationError("national_id", "Enter the foreign ID number, or choose 'none'."))
    elif c.id_type == IdType.NONE:
        c.national_id = ""
    else:
        try:
            nid = validate_national_id(c.id_type, c.national_id, today=today)
            c.national_id = nid.value
            if c.birth_date is not None:
                check_birth_date_consistency(nid, c.birth_date)
        except ValidationError as exc:
            errors.append(exc)
    _clean(errors, c, "email", MAX_NAME, "The e-mail address")
    if c.email and not _EMAIL.match(c.email):
        errors.append(ValidationError("email", "This is not an e-mail address (expected name@example.no)."))
    _clean(errors, c, "phone", 40, "The phone number")
    if c.phone and not re.fullmatch(r"\+?[0-9 ()-]{5,20}", c.phone):
        errors.append(ValidationError("phone", "Use digits, spaces and an optional leading +."))
    _clean(errors, c, "address", MAX_ADDRESS, "The address")
    _clean(errors, c, "postcode", 20, "The postcode")
    _clean(errors, c, "city", 100, "The city")
    _country(errors, "country", c.country)
    if c.language not in LANGUAGES:
        errors.append(ValidationError("language", "Choose nb, nn, en or sv."))
    if errors:
        raise ValidationErrors(errors)
    return c


def validate_period(p: HistoryPeriod, *, today: date | None = None) -> HistoryPeriod:
    """Check one history period; normalise text in place. Raises ValidationErrors."""
    today = today or date.today()
    errors: list[ValidationError] = []
    label = "The course provider" if p.kind == PeriodKind.NON_FORMAL_COURSE else "The employer or organisation"
    _clean(errors, p, "employer", MAX_NAME, label)
    _clean(errors, p, "role", MAX_NAME, "The role")
    _clean(errors, p, "tasks", MAX_TEXT, "The task description", multiline=True)
    _clean(errors, p, "attest_issued_by", MAX_NAME, "The attest's issuer")
    _clean(errors, p, "attest_signer_name", MAX_NAME, "The attest signer's name")
    _clean(errors, p, "attest_signer_title", MAX_NAME, "The attest signer's title")
    _required(errors, "employer", p.employer, label)
    if p.start < date(1940, 1, 1):
        errors.append(ValidationError("start", "The start date is before 1940; check the year."))
    if p.start > today:
        errors.append(ValidationError("start", "The start date lies in the future."))
    if p.end is not None and p.end < p.start:
        errors.append(ValidationError("end", "The end date is before the start date. Swap them or correct one."))
    if p.fte_percent is None and p.hours_per_week is None:
        errors.append(ValidationError("fte_percent", "Give the position % or the hours per week."))
    if p.fte_percent is not None and not (_is_number(p.fte_percent) and 0 < p.fte_percent <= 100):
        errors.append(ValidationError("fte_percent", "The position % must be above 0 and at most 100."))
    if p.hours_per_week is not None and not (_is_number(p.hours_per_week) and 0 < p.hours_per_week <= 80):
        errors.append(ValidationError("hours_per_week", "Hours per week must be above 0 and at most 80."))
    _country(errors, "country", p.country)
    if p.attest_date is not None and p.attest_date > today:
        errors.append(ValidationError("attest_date", "The attest's date of issue lies in the future."))
    if p.attest_date is not None and p.attest_date < p.start:
        errors.append(ValidationError("attest_date", "The attest is dated before the period started."))
    if errors:
        raise ValidationErrors(errors)
    return p


def validate_schooling(s: Schooling) -> Schooling:
    errors: list[ValidationError] = []
    _clean(errors, s, "programme", MAX_NAME, "The programme")
    _required(errors, "programme", s.programme, "The programme")
    if s.year is not None and not (_is_number(s.year) and 1940 <= s.year <= date.today().year + 1):
        errors.append(ValidationError("year", "The school year must be between 1940 and next year."))
    if errors:
        raise ValidationErrors(errors)
    return s


def validate_exam(e: Exam) -> Exam:
    errors: list[ValidationError] = []
    _clean(errors, e, "code", 20, "The exam code")
    e.code = e.code.upper()
    _clean(errors, e, "result", 50, "The result")
    _required(errors, "code", e.code, "The exam code", limit=20)
    if e.exam_date is not None and e.exam_date > date.today():
        errors.append(ValidationError("exam_date", "The exam date lies in the future."))
    if errors:
        raise ValidationErrors(errors)
    return e


def validate_course(c: Course) -> Course:
    errors: list[ValidationError] = []
    _clean(errors, c, "provider", MAX_NAME, "The course provider")
    _clean(errors, c, "title", MAX_NAME, "The course title")
    _required(errors, "provider", c.provider, "The course provider")
    _required(errors, "title", c.title, "The course title")
    if c.hours is not None and not (_is_number(c.hours) and 0 < c.hours <= 10_000):
        errors.append(ValidationError("hours", "Course hours must be above 0 and at most 10 000."))
    if errors:
        raise ValidationErrors(errors)
    return c


def search_tokens(*texts: str) -> set[str]:
    """Lower-case, accent-folded words for the search index ("Øystein Aas" -> {"oystein", "aas"}).

    Both the folded and the plain lower-case forms are kept, so "øy" and "oy" both find Øystein.
    """
    tokens: set[str] = set()
    for text in texts:
        for word in re.split(r"[\s,.;:/()\-]+", text.lower()):
            if word:
                tokens.add(word[:60])
                tokens.add(fold(word)[:60])
    return tokens


_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "đ": "d", "ŋ": "n", "ŧ": "t", "ß": "ss", "ł": "l"})


def fold(text: str) -> str:
    """Fold to plain ASCII-ish letters for matching: 'Áŋŋá Øvre' -> 'anna ovre'. Cyrillic is kept."""
    text = text.lower().translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    # Compatibility decomposition can produce capitals (mathematical letters such as "𝕬"): lower again.
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
