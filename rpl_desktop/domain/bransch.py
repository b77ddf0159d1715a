"""Swedish branschvalidering: a *branschmodell* as data, and the rule engine that evaluates a case against it.

An industry body (*huvudman*) owns a branschmodell; accredited test centres run it; certified assessors
(*yrkesbedömare*, *testledare*) judge it. A model is versioned data: ordered modules (*kompetensområden*)
with outcomes typed kunskap / färdighet / ansvar och självständighet, assessment components (theory test,
practical test, observation, interview, third-party rating) each with a scoring type and a threshold, and
declarative rules a branch body could write (see :data:`Rule`). This module is stdlib only; files are read
and written by :mod:`rpl_desktop.services.bransch_io`.

Engine conventions (ours; they are shown here because the models do not define them):

* **Which attempt counts: the latest *valid* attempt** of each component, not the best one. A retake is a
  new test that replaces the earlier one (which is how the industry models describe it), and a retake is
  only booked after a failed attempt (:func:`book_attempt` refuses a retake of a passed component), so in
  normal use latest and best are the same result. An attempt is *not valid* and is ignored, with a line
  saying why, when its attempt number is above the component's ``max_attempts`` or when it was taken
  before ``min_wait_days`` had passed since the previous counted attempt. Validity depends on dates and
  attempt numbers only, never on scores, so raising a score can never lower the outcome class.
* **Gates are checked at evaluation time too.** A component whose prerequisite gate is closed (too few
  documented hours, a prerequisite not passed, a workplace sign-off missing) is *blocked*: its results do
  not count. Results typed in without booking therefore cannot bypass a gate. A gate with no ``before``
  list applies to the full certificate instead of a component.
* **Module pass condition**: all rules whose ``module`` is the module hold; a module with no such rule
  passes when all its components pass.
* **Outcome class**: *full* when every required module passes, every model-level rule (an evaluative rule
  without ``module``) holds and every certificate gate is open → the model's ``certificate_name``;
  otherwise *partial* when at least one module (required or optional) passes → *intyg* listing passed and
  missing (= required, not passed) modules and what to train; otherwise *none* → *kartläggningsutlåtande*.
* **Issuing** (any document) needs a :class:`BedomningSignature` with an assessor id dated on or after the
  last counted result, and every counted result must carry the assessor's id and the test centre's
  accreditation id (so at least one counted result is needed).
* Scores: percentage 0–100, mean of a 1–5 scale 1–5, pass/fail 0 (fail) or 1 (pass). A component passes
  when its score is ≥ its threshold (pass/fail: the score is 1). Arithmetic is exact (Fraction); shown
  numbers are rounded *down* to one decimal so that a failing 69.96 % is never shown as 70 %.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from fractions import Fraction

from rpl_desktop.domain.errors import RplError, ValidationError

Number = Decimal | int | float
Texts = Mapping[str, str]
"""Text per language code (``sv``, ``en``, ...)."""

LANGUAGES = ("sv", "en")


def to_fraction(value: Number | Fraction) -> Fraction:
    """Exact Fraction of a number; a float is read by its shortest repr (0.1 is 1/10)."""
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def text_in(texts: Texts, lang: str, fallback: str = "") -> str:
    """The text in ``lang``, else Swedish, else English, else any, else ``fallback``."""
    for key in (lang, "sv", "en"):
        if texts.get(key):
            return texts[key]
    for value in texts.values():
        if value:
            return value
    return fallback


# ----------------------------------------------------------------------------------------------------
# enums


class OutcomeType(StrEnum):
    """The three dimensions of SeQF (SFS 2022:1558)."""

    KUNSKAP = "kunskap"
    FARDIGHET = "fardighet"
    ANSVAR_OCH_SJALVSTANDIGHET = "ansvar_och_sjalvstandighet"

    def label(self, lang: str = "sv") -> str:
        return _OUTCOME_TYPE_LABELS[self][0 if lang == "sv" else 1]


_OUTCOME_TYPE_LABELS = {
    OutcomeType.KUNSKAP: ("kunskap", "knowledge"),
    OutcomeType.FARDIGHET: ("färdighet", "skill"),
    OutcomeType.ANSVAR_OCH_SJALVSTANDIGHET: ("ansvar och självständighet", "responsibility and autonomy"),
}


class ComponentKind(StrEnum):
    THEORY_TEST = "theory_test"
    PRACTICAL_TEST = "practical_test"
    OBSERVATION = "observation"
    INTERVIEW = "interview"
    THIRD_PARTY_RATING = "third_party_rating"

    def label(self, lang: str = "sv") -> str:
        return _COMPONENT_KIND_LABELS[self][0 if lang == "sv" else 1]


_COMPONENT_KIND_LABELS = {
    ComponentKind.THEORY_TEST: ("teoriprov", "theory test"),
    ComponentKind.PRACTICAL_TEST: ("praktiskt prov", "practical test"),
    ComponentKind.OBSERVATION: ("observation i produktion", "observation in production"),
    ComponentKind.INTERVIEW: ("intervju", "interview"),
    ComponentKind.THIRD_PARTY_RATING: ("skattning av chef/kollegor", "rating by manager/colleagues"),
}


class Scoring(StrEnum):
    PERCENTAGE = "percentage"
    MEAN_1_5 = "mean_1_5"
    PASS_FAIL = "pass_fail"

    @property
    def score_range(self) -> tuple[Fraction, Fraction]:
        return {
            Scoring.PERCENTAGE: (Fraction(0), Fraction(100)),
            Scoring.MEAN_1_5: (Fraction(1), Fraction(5)),
            Scoring.PASS_FAIL: (Fraction(0), Fraction(1)),
        }[self]

    def score_ok(self, score: Fraction) -> bool:
        if self is Scoring.PASS_FAIL:
            return score in (0, 1)
        low, high = self.score_range
        return low <= score <= high

    def range_text(self) -> str:
        return {
            Scoring.PERCENTAGE: "0–100",
            Scoring.MEAN_1_5: "1–5",
            Scoring.PASS_FAIL: "0 (fail) or 1 (pass)",
        }[self]


class DocumentKind(StrEnum):
    """What may be issued. The first four are a model's full certificate as the model names it."""

    YRKESBEVIS = "yrkesbevis"
    KOMPETENSBEVIS = "kompetensbevis"
    BRANSCHCERTIFIKAT = "branschcertifikat"
    BRANSCHINTYG = "branschintyg"
    INTYG = "intyg"
    KARTLAGGNINGSUTLATANDE = "kartlaggningsutlatande"

    def label(self, lang: str = "sv") -> str:
        return _DOCUMENT_LABELS[self][0 if lang == "sv" else 1]


CERTIFICATE_NAMES = (
    DocumentKind.YRKESBEVIS,
    DocumentKind.KOMPETENSBEVIS,
    DocumentKind.BRANSCHCERTIFIKAT,
    DocumentKind.BRANSCHINTYG,
)

_DOCUMENT_LABELS = {
    DocumentKind.YRKESBEVIS: ("yrkesbevis", "vocational certificate (yrkesbevis)"),
    DocumentKind.KOMPETENSBEVIS: ("kompetensbevis", "competence certificate (kompetensbevis)"),
    DocumentKind.BRANSCHCERTIFIKAT: ("branschcertifikat", "industry certificate (branschcertifikat)"),
    DocumentKind.BRANSCHINTYG: ("branschintyg", "industry attestation (branschintyg)"),
    DocumentKind.INTYG: ("intyg", "attestation of partial competence (intyg)"),
    DocumentKind.KARTLAGGNINGSUTLATANDE: (
        "kartläggningsutlåtande",
        "mapping statement (kartläggningsutlåtande)",
    ),
}


class OutcomeClass(StrEnum):
    NONE = "none"
    PARTIAL = "partial"
    FULL = "full"

    @property
    def rank(self) -> int:
        """0 < 1 < 2: none < partial < full."""
        return (OutcomeClass.NONE, OutcomeClass.PARTIAL, OutcomeClass.FULL).index(self)

    def label(self, lang: str = "sv") -> str:
        return {
            OutcomeClass.NONE: ("inget område godkänt", "no module passed"),
            OutcomeClass.PARTIAL: ("delvis godkänd", "partly passed"),
            OutcomeClass.FULL: ("helt godkänd", "fully passed"),
        }[self][0 if lang == "sv" else 1]


class GateKind(StrEnum):
    DOCUMENTED_HOURS = "documented_hours"
    PASSED = "passed"
    WORKPLACE_SIGNOFF = "workplace_signoff"


class ProcessPhase(StrEnum):
    """The steps of validation (Valideringsdelegationen's glossary), in order."""

    VAGLEDNING = "vagledning"
    INLEDANDE_KARTLAGGNING = "inledande_kartlaggning"
    FORDJUPAD_KARTLAGGNING = "fordjupad_kartlaggning"
    FORMELL_BEDOMNING = "formell_bedomning"
    ERKANNANDE = "erkannande"

    @property
    def order(self) -> int:
        return list(ProcessPhase).index(self)

    def label(self, lang: str = "sv") -> str:
        return _PHASE_LABELS[self][0 if lang == "sv" else 1]


_PHASE_LABELS = {
    ProcessPhase.VAGLEDNING: ("vägledning", "guidance"),
    ProcessPhase.INLEDANDE_KARTLAGGNING: ("inledande kartläggning", "initial mapping"),
    ProcessPhase.FORDJUPAD_KARTLAGGNING: ("fördjupad kartläggning", "in-depth mapping"),
    ProcessPhase.FORMELL_BEDOMNING: ("formell bedömning", "formal assessment"),
    ProcessPhase.ERKANNANDE: ("erkännande/dokumentation", "recognition and documentation"),
}


# ----------------------------------------------------------------------------------------------------
# the model


@dataclass(frozen=True)
class Outcome:
    uid: str
    code: str
    type: OutcomeType
    text: Texts


@dataclass(frozen=True)
class Module:
    """A kompetensområde. ``training`` says what to train when the module is missing."""

    id: str
    code: str
    title: Texts
    outcomes: tuple[Outcome, ...] = ()
    required: bool = True
    training: Texts = field(default_factory=dict)


@dataclass(frozen=True)
class AssessmentComponent:
    """One test, observation, interview or rating. ``threshold`` is None only for pass/fail."""

    id: str
    kind: ComponentKind
    scoring: Scoring
    threshold: Decimal | None
    title: Texts
    module: str | None = None
    weight: Decimal | None = None
    duration_hours: Decimal | None = None

    def passes(self, score: Fraction) -> bool:
        if self.scoring is Scoring.PASS_FAIL:
            return score == 1
        return self.threshold is not None and score >= to_fraction(self.threshold)


@dataclass(frozen=True)
class AllOf:
    """Every item (component or module id) passed."""

    id: str
    items: tuple[str, ...]
    module: str | None = None
    title: Texts = field(default_factory=dict)

    type_name = "all_of"


@dataclass(frozen=True)
class KOfN:
    """At least ``k`` of the items passed."""

    id: str
    k: int
    items: tuple[str, ...]
    module: str | None = None
    title: Texts = field(default_factory=dict)

    type_name = "k_of_n"


@dataclass(frozen=True)
class WeightedArea:
    """A percentage-scored component and its weight (None: the component's own ``weight``)."""

    item: str
    weight: Decimal | None = None


@dataclass(frozen=True)
class Weighted:
    """Weighted mean of the areas' percentages ≥ ``threshold``; each area ≥ ``area_minimum`` if given."""

    id: str
    areas: tuple[WeightedArea, ...]
    threshold: Decimal
    area_minimum: Decimal | None = None
    module: str | None = None
    title: Texts = field(default_factory=dict)

    type_name = "weighted"


@dataclass(frozen=True)
class PerAreaMinimum:
    """Every item's score ≥ ``minimum`` (None: each component's own threshold)."""

    id: str
    items: tuple[str, ...]
    minimum: Decimal | None = None
    module: str | None = None
    title: Texts = field(default_factory=dict)

    type_name = "per_area_minimum"


@dataclass(frozen=True)
class HoursGate:
    """``documented_hours(trade) >= hours`` before the ``before`` items (empty: the certificate)."""

    id: str
    trade: str
    hours: Decimal
    before: tuple[str, ...] = ()
    title: Texts = field(default_factory=dict)

    type_name = "prerequisite"
    gate = GateKind.DOCUMENTED_HOURS


@dataclass(frozen=True)
class PassedGate:
    """The ``items`` passed before the ``before`` items may be taken (empty: the certificate)."""

    id: str
    items: tuple[str, ...]
    before: tuple[str, ...] = ()
    title: Texts = field(default_factory=dict)

    type_name = "prerequisite"
    gate = GateKind.PASSED


@dataclass(frozen=True)
class SignoffGate:
    """The workplace signed off the named ``signoffs`` before the ``before`` items (empty: certificate)."""

    id: str
    signoffs: tuple[str, ...]
    before: tuple[str, ...] = ()
    title: Texts = field(default_factory=dict)

    type_name = "prerequisite"
    gate = GateKind.WORKPLACE_SIGNOFF


@dataclass(frozen=True)
class Retake:
    """Each listed component: at least ``min_wait_days`` between attempts, at most ``max_attempts``."""

    id: str
    components: tuple[str, ...]
    min_wait_days: int
    max_attempts: int
    title: Texts = field(default_factory=dict)

    type_name = "retake"


EvaluativeRule = AllOf | KOfN | Weighted | PerAreaMinimum
Gate = HoursGate | PassedGate | SignoffGate
Rule = AllOf | KOfN | Weighted | PerAreaMinimum | HoursGate | PassedGate | SignoffGate | Retake
EVALUATIVE_RULES = (AllOf, KOfN, Weighted, PerAreaMinimum)
GATES = (HoursGate, PassedGate, SignoffGate)


@dataclass(frozen=True)
class Branschmodell:
    """One version of an industry's validation model."""

    uid: str
    code: str
    version: str
    valid_from: date
    owner: str
    role: Texts
    certificate_name: DocumentKind
    modules: tuple[Module, ...]
    components: tuple[AssessmentComponent, ...]
    rules: tuple[Rule, ...] = ()
    title: Texts = field(default_factory=dict)
    country: str = "SE"
    seqf_level: int | None = None
    eqf_level: int | None = None
    nkr_level: str | None = None
    placement_decision: str = ""
    valid_to: date | None = None
    sample: bool = False
    note: str = ""

    def component(self, component_id: str) -> AssessmentComponent:
        for c in self.components:
            if c.id == component_id:
                return c
        raise ValidationError("component_id", f"the model has no component {component_id!r}")

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise ValidationError("module_id", f"the model has no module {module_id!r}")

    def components_of(self, module_id: str) -> tuple[AssessmentComponent, ...]:
        return tuple(c for c in self.components if c.module == module_id)

    def retake_rule(self, component_id: str) -> Retake | None:
        for r in self.rules:
            if isinstance(r, Retake) and component_id in r.components:
                return r
        return None


# ----------------------------------------------------------------------------------------------------
# case data


@dataclass(frozen=True)
class ComponentResult:
    """One attempt at a component. ``assessor_id`` is the certified yrkesbedömare/testledare."""

    component_id: str
    date: date
    attempt: int
    score: Number
    assessor_id: str = ""
    provider: str = ""
    accreditation_id: str = ""
    note: str = ""


@dataclass(frozen=True)
class BedomningSignature:
    """The assessor's signature of the formal assessment (bedömning)."""

    assessor_id: str
    date: date


@dataclass(frozen=True)
class PhaseRecord:
    phase: ProcessPhase
    date: date
    actor_role: str
    evidence_note: str = ""


def phase_problems(records: Sequence[PhaseRecord]) -> tuple[Line, ...]:
    """Lines for phases recorded out of order (a later phase dated before an earlier one)."""
    problems: list[Line] = []
    ordered = sorted(records, key=lambda r: (r.phase.order, r.date))
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.phase.order > earlier.phase.order and later.date < earlier.date:
            problems.append(
                Line(
                    f"{later.phase.label('sv')} ({later.date}) är daterad före "
                    f"{earlier.phase.label('sv')} ({earlier.date})",
                    f"{later.phase.label('en')} ({later.date}) is dated before "
                    f"{earlier.phase.label('en')} ({earlier.date})",
                    ok=False,
                    ref=later.phase.value,
                )
            )
    return tuple(problems)


@dataclass(frozen=True)
class HoursPeriod:
    """Work in a trade: give ``hours`` (documented total), ``hours_per_week`` or ``fte_percent``."""

    start: date
    end: date | None
    trade: str
    fte_percent: Number | None = None
    hours_per_week: Number | None = None
    hours: Number | None = None


PeriodLike = HoursPeriod | tuple[date, date | None, Number, str]
"""A :class:`HoursPeriod` or a plain tuple ``(start, end, fte_percent, trade)``."""


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def sum_documented_hours(
    periods: Iterable[PeriodLike],
    trade: str,
    *,
    reference_date: date | None = None,
    full_time_hours_per_week: Number = 40,
) -> Decimal:
    """Documented hours in ``trade`` (compared case-insensitively), rounded down to 0.1 h.

    Each period counts ``hours`` if given, else its inclusive days / 7 × ``hours_per_week``, else
    × ``fte_percent`` / 100 × ``full_time_hours_per_week`` (40 in Sweden). An ongoing period (``end`` None)
    runs to ``reference_date``, which is then required; periods are clipped at ``reference_date``.
    Overlapping periods are added (two part-time jobs). Bad periods raise :class:`ValidationError`.
    """
    total = Fraction(0)
    week = to_fraction(full_time_hours_per_week)
    wanted = _norm(trade)
    for i, raw in enumerate(periods):
        p = raw if isinstance(raw, HoursPeriod) else HoursPeriod(raw[0], raw[1], raw[3], fte_percent=raw[2])
        where = f"periods[{i}]"
        if _norm(p.trade) != wanted:
            continue
        if p.hours is not None:
            hours = to_fraction(p.hours)
            if hours < 0:
                raise ValidationError(f"{where}.hours", "must not be negative")
            total += hours
            continue
        end = p.end
        if end is None:
            if reference_date is None:
                raise ValidationError(f"{where}.end", "an ongoing period needs a reference date")
            end = reference_date
        if reference_date is not None and end > reference_date:
            end = reference_date
        if p.end is not None and p.end < p.start:
            raise ValidationError(f"{where}.end", f"{p.end} is before the start {p.start}")
        days = (end - p.start).days + 1
        if days <= 0:
            continue
        if p.hours_per_week is not None:
            per_week = to_fraction(p.hours_per_week)
            if not 0 <= per_week <= 168:
                raise ValidationError(f"{where}.hours_per_week", "must be between 0 and 168")
        elif p.fte_percent is not None:
            fte = to_fraction(p.fte_percent)
            if not 0 <= fte <= 100:
                raise ValidationError(f"{where}.fte_percent", "must be between 0 and 100")
            per_week = fte / 100 * week
        else:
            raise ValidationError(where, "needs hours, hours_per_week or fte_percent")
        total += Fraction(days, 7) * per_week
    return _floor_decimal(total, 1)


# ----------------------------------------------------------------------------------------------------
# explanation lines and formatting


@dataclass(frozen=True)
class Line:
    """One explained fact in Swedish and English. ``ok``: True met, False not met, None information."""

    sv: str
    en: str
    ok: bool | None = None
    ref: str = ""

    def text(self, lang: str = "sv") -> str:
        return self.sv if lang == "sv" else self.en


def _floor_decimal(value: Fraction, places: int) -> Decimal:
    scaled = value * 10**places
    whole = scaled.numerator // scaled.denominator
    return Decimal(whole).scaleb(-places)


def fmt_number(value: Number | Fraction, lang: str = "sv") -> str:
    """Rounded down to one decimal, trailing ,0 dropped; sv: 6 800,5; en: 6,800.5."""
    d = _floor_decimal(to_fraction(value), 1)
    text = f"{int(d):,}" if d == d.to_integral_value(rounding=ROUND_FLOOR) else f"{d:,.1f}"
    if lang == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


# ----------------------------------------------------------------------------------------------------
# model validation


@dataclass(frozen=True)
class ModelProblem:
    """Why a model cannot be used. ``location`` names the entry: ``rules[3] (k_of_n "teori")``."""

    location: str
    message: str


def rule_location(index: int, rule: Rule) -> str:
    return f'rules[{index}] ({rule.type_name} "{rule.id}")'


def _threshold_problem(value: Decimal | None, scoring: Scoring, what: str) -> str | None:
    if scoring is Scoring.PASS_FAIL:
        if value is not None and value != 1:
            return f"{what} = {value}: a pass/fail component has no threshold (or 1)"
        return None
    if value is None:
        return f"{what} is required for {scoring.value} scoring"
    low, high = scoring.score_range
    if not low <= to_fraction(value) <= high:
        return f"{what} = {value} is out of range for {scoring.value} scoring ({scoring.range_text()})"
    return None


def check_model(model: Branschmodell) -> tuple[ModelProblem, ...]:
    """Every semantic problem of a model (unknown references, k > n, bad weights or thresholds, cycles)."""
    problems: list[ModelProblem] = []

    def add(location: str, message: str) -> None:
        problems.append(ModelProblem(location, message))

    modules = {m.id: m for m in model.modules}
    components = {c.id: c for c in model.components}
    if not model.modules:
        add("modules", "a model needs at least one module")
    elif not any(m.required for m in model.modules):
        add("modules", "at least one module must be required")
    seen: dict[str, str] = {}
    for i, m in enumerate(model.modules):
        loc = f'modules[{i}] ("{m.id}")'
        if m.id in seen:
            add(loc, f"id {m.id!r} is already used by {seen[m.id]}")
        seen.setdefault(m.id, loc)
    for i, c in enumerate(model.components):
        loc = f'components[{i}] ("{c.id}")'
        if c.id in seen:
            add(loc, f"id {c.id!r} is already used by {seen[c.id]}")
        seen.setdefault(c.id, loc)
        if c.module is not None and c.module not in modules:
            add(loc, f"module {c.module!r} is not a module of the model")
        problem = _threshold_problem(c.threshold, c.scoring, "threshold")
        if problem:
            add(loc, problem)
        if c.weight is not None and c.weight <= 0:
            add(loc, f"weight = {c.weight}: weights must be positive")
    outcome_uids: set[str] = set()
    for i, m in enumerate(model.modules):
        for j, o in enumerate(m.outcomes):
            if o.uid in outcome_uids:
                add(f'modules[{i}] ("{m.id}").outcomes[{j}]', f"outcome uid {o.uid!r} is used twice")
            outcome_uids.add(o.uid)
    rule_ids: set[str] = set()
    module_rules: set[str] = set()
    retake_owner: dict[str, str] = {}
    items_known = set(modules) | set(components)

    def unknown(refs: Iterable[str]) -> list[str]:
        return [r for r in refs if r not in items_known]

    for i, rule in enumerate(model.rules):
        loc = rule_location(i, rule)
        if rule.id in rule_ids:
            add(loc, f"rule id {rule.id!r} is used twice")
        rule_ids.add(rule.id)
        if isinstance(rule, EVALUATIVE_RULES) and rule.module is not None:
            if rule.module not in modules:
                add(loc, f"module {rule.module!r} is not a module of the model")
            module_rules.add(rule.module)
        if isinstance(rule, AllOf | KOfN | PerAreaMinimum):
            if not rule.items:
                add(loc, "items must not be empty")
            bad = unknown(rule.items)
            if bad:
                add(loc, f"unknown component or module: {', '.join(bad)}")
            if len(set(rule.items)) != len(rule.items):
                add(loc, "an item is listed twice")
        if isinstance(rule, KOfN):
            n = len(rule.items)
            if rule.k > n:
                add(loc, f"k = {rule.k} but only {n} item{'s' if n != 1 else ''}")
            elif rule.k < 1:
                add(loc, f"k = {rule.k}: k must be at least 1")
        if isinstance(rule, PerAreaMinimum):
            comps = [components[x] for x in rule.items if x in components]
            if any(x in modules for x in rule.items):
                add(loc, "per-area minimum items must be components (a module has no score)")
            if rule.minimum is not None and comps:
                scorings = {c.scoring for c in comps}
                if len(scorings) > 1:
                    add(loc, "a common minimum needs components of one scoring type")
                else:
                    problem = _threshold_problem(rule.minimum, scorings.pop(), "minimum")
                    if problem:
                        add(loc, problem)
        if isinstance(rule, Weighted):
            if not rule.areas:
                add(loc, "areas must not be empty")
            refs = [a.item for a in rule.areas]
            bad = unknown(refs)
            if bad:
                add(loc, f"unknown component or module: {', '.join(bad)}")
            if len(set(refs)) != len(refs):
                add(loc, "an area is listed twice")
            for a in rule.areas:
                comp = components.get(a.item)
                if a.item in modules:
                    add(
                        loc,
                        f"area {a.item!r} is a module; weighted areas must be percentage-scored components",
                    )
                    continue
                if comp is None:
                    continue
                if comp.scoring is not Scoring.PERCENTAGE:
                    add(
                        loc,
                        f"area {a.item!r} is scored {comp.scoring.value}; weighted areas must be percentage",
                    )
                weight = a.weight if a.weight is not None else comp.weight
                if weight is None:
                    add(loc, f"area {a.item!r} has no weight (neither in the rule nor on the component)")
                elif weight <= 0:
                    add(loc, f"area {a.item!r}: weight = {weight}: weights must be positive")
            for what, value in (("threshold", rule.threshold), ("area_minimum", rule.area_minimum)):
                if value is not None and not 0 <= value <= 100:
                    add(loc, f"{what} = {value} is out of range for percentages (0–100)")
        if isinstance(rule, GATES):
            bad = unknown(rule.before)
            if bad:
                add(loc, f"before: unknown component or module: {', '.join(bad)}")
        if isinstance(rule, HoursGate):
            if not rule.trade.strip():
                add(loc, "trade must not be empty")
            if rule.hours < 0:
                add(loc, f"hours = {rule.hours} must not be negative")
        if isinstance(rule, PassedGate):
            if not rule.items:
                add(loc, "items must not be empty")
            bad = unknown(rule.items)
            if bad:
                add(loc, f"unknown component or module: {', '.join(bad)}")
        if isinstance(rule, SignoffGate) and not [s for s in rule.signoffs if s.strip()]:
            add(loc, "signoffs must name at least one item")
        if isinstance(rule, Retake):
            if not rule.components:
                add(loc, "components must not be empty")
            for cid in rule.components:
                if cid not in components:
                    add(loc, f"unknown component: {cid}")
                elif cid in retake_owner:
                    add(loc, f"component {cid!r} already has the retake rule {retake_owner[cid]!r}")
                else:
                    retake_owner[cid] = rule.id
            if rule.max_attempts < 1:
                add(loc, f"max_attempts = {rule.max_attempts}: at least one attempt must be allowed")
            if rule.min_wait_days < 0:
                add(loc, f"min_wait_days = {rule.min_wait_days} must not be negative")
    for i, m in enumerate(model.modules):
        if m.id not in module_rules and not model.components_of(m.id):
            add(f'modules[{i}] ("{m.id}")', "a module needs components or a rule with this module")
    if not problems:
        cycle = _find_cycle(model)
        if cycle is not None:
            index, path = cycle
            add(rule_location(index, model.rules[index]), f"cyclic prerequisite: {' → '.join(path)}")
    return tuple(problems)


def _dependency_edges(model: Branschmodell) -> dict[str, list[tuple[str, int | None]]]:
    """node -> [(node it depends on, index of the rule making the edge or None)]."""
    ids = [m.id for m in model.modules] + [c.id for c in model.components]
    edges: dict[str, list[tuple[str, int | None]]] = {x: [] for x in ids}
    module_has_rule = {r.module for r in model.rules if isinstance(r, EVALUATIVE_RULES) and r.module}
    for c in model.components:
        if c.module is not None and c.module not in module_has_rule:
            edges[c.module].append((c.id, None))
    for i, rule in enumerate(model.rules):
        if isinstance(rule, EVALUATIVE_RULES) and rule.module is not None:
            refs = [a.item for a in rule.areas] if isinstance(rule, Weighted) else list(rule.items)
            edges[rule.module].extend((ref, i) for ref in refs)
        if isinstance(rule, PassedGate):
            for target in rule.before:
                gated = (
                    [target]
                    if target in {c.id for c in model.components}
                    else [c.id for c in model.components_of(target)]
                )
                for g in gated:
                    edges[g].extend((ref, i) for ref in rule.items)
    return edges


def _find_cycle(model: Branschmodell) -> tuple[int, list[str]] | None:
    """(index of a rule on the cycle, the cycle's nodes) for the first dependency cycle, else None."""
    edges = _dependency_edges(model)
    done: set[str] = set()
    path: list[tuple[str, int | None]] = []  # (node, rule index of the edge that led to it)
    on_path: dict[str, int] = {}

    def visit(node: str, via: int | None) -> tuple[int, list[str]] | None:
        on_path[node] = len(path)
        path.append((node, via))
        for nxt, rule_index in edges.get(node, []):
            if nxt in on_path:
                loop = path[on_path[nxt] + 1 :]
                indexes = [r for _, r in loop if r is not None]
                if rule_index is not None:
                    indexes.append(rule_index)
                return (min(indexes) if indexes else 0), [nxt, *(n for n, _ in loop), nxt]
            if nxt not in done:
                found = visit(nxt, rule_index)
                if found is not None:
                    return found
        path.pop()
        del on_path[node]
        done.add(node)
        return None

    for node in edges:
        if node not in done:
            found = visit(node, None)
            if found is not None:
                return found
    return None


def _require_valid(model: Branschmodell) -> None:
    problems = check_model(model)
    if problems:
        first = problems[0]
        raise ValidationError("model", f"{first.location}: {first.message}")


# ----------------------------------------------------------------------------------------------------
# evaluation results


class ComponentState(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_TAKEN = "not_taken"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class ComponentStatus:
    component_id: str
    state: ComponentState
    result: ComponentResult | None
    """The counted (latest valid) attempt, None if no valid attempt or the component is blocked."""
    attempts_used: int
    attempts_left: int | None
    """None: the model sets no maximum."""
    next_attempt_from: date | None
    """Earliest date of a retake after a failed attempt (None: no waiting time, passed, or none left)."""
    lines: tuple[Line, ...]

    @property
    def passed(self) -> bool:
        return self.state is ComponentState.PASSED


@dataclass(frozen=True)
class ModuleStatus:
    module_id: str
    required: bool
    passed: bool
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class RuleCheck:
    rule_id: str
    passed: bool
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Evaluation:
    model_uid: str
    model_version: str
    outcome: OutcomeClass
    document: DocumentKind
    components: tuple[ComponentStatus, ...]
    modules: tuple[ModuleStatus, ...]
    rules: tuple[RuleCheck, ...]
    passed_modules: tuple[str, ...]
    missing_modules: tuple[str, ...]
    """Required modules not passed (the intyg lists them with what to train)."""
    remaining: tuple[Line, ...]
    can_issue: bool
    issue_blockers: tuple[Line, ...]

    def component(self, component_id: str) -> ComponentStatus:
        return next(c for c in self.components if c.component_id == component_id)

    def module(self, module_id: str) -> ModuleStatus:
        return next(m for m in self.modules if m.module_id == module_id)

    def rule(self, rule_id: str) -> RuleCheck:
        return next(r for r in self.rules if r.rule_id == rule_id)

    @property
    def lines(self) -> tuple[Line, ...]:
        """Everything explained, in order: modules (with their components), rules, remaining, blockers."""
        out: list[Line] = []
        for m in self.modules:
            out.extend(m.lines)
        for r in self.rules:
            out.extend(r.lines)
        out.extend(self.remaining)
        out.extend(self.issue_blockers)
        return tuple(out)


# ----------------------------------------------------------------------------------------------------
# errors of booking


class BookingRefused(RplError):
    """An attempt cannot be booked. ``sv``/``en`` hold the message in each language."""

    def __init__(self, component_id: str, sv: str, en: str) -> None:
        super().__init__(f"{sv} / {en}")
        self.component_id = component_id
        self.sv = sv
        self.en = en

    def text(self, lang: str = "sv") -> str:
        return self.sv if lang == "sv" else self.en


class RetakeRefused(BookingRefused):
    """Too early (``next_allowed`` says when) or no attempts left (``next_allowed`` is None)."""

    def __init__(self, component_id: str, sv: str, en: str, next_allowed: date | None) -> None:
        super().__init__(component_id, sv, en)
        self.next_allowed = next_allowed


class GateClosed(BookingRefused):
    """A prerequisite gate of the component is closed; ``rule_id`` names it."""

    def __init__(self, component_id: str, sv: str, en: str, rule_id: str) -> None:
        super().__init__(component_id, sv, en)
        self.rule_id = rule_id


# ----------------------------------------------------------------------------------------------------
# the engine


@dataclass
class _Attempts:
    counted: ComponentResult | None
    ignored: list[Line]
    used: int
    last_counted: date | None


class _Engine:
    def __init__(
        self,
        model: Branschmodell,
        results: Sequence[ComponentResult],
        documented_hours_by_trade: Mapping[str, Number],
        signoffs: Collection[str],
    ) -> None:
        self.model = model
        self.components = {c.id: c for c in model.components}
        self.modules = {m.id: m for m in model.modules}
        self.hours = {_norm(k): to_fraction(v) for k, v in documented_hours_by_trade.items()}
        self.signoffs = {_norm(s) for s in signoffs}
        self.by_component: dict[str, list[ComponentResult]] = {c.id: [] for c in model.components}
        seen: set[tuple[str, int]] = set()
        for i, r in enumerate(results):
            comp = self.components.get(r.component_id)
            if comp is None:
                raise ValidationError(f"results[{i}].component_id", f"{r.component_id!r} is not in the model")
            if r.attempt < 1:
                raise ValidationError(f"results[{i}].attempt", "attempts are numbered from 1")
            if (r.component_id, r.attempt) in seen:
                raise ValidationError(
                    f"results[{i}].attempt", f"attempt {r.attempt} of {r.component_id} twice"
                )
            seen.add((r.component_id, r.attempt))
            try:
                score = to_fraction(r.score)
            except (TypeError, ValueError):
                raise ValidationError(f"results[{i}].score", f"{r.score!r} is not a number") from None
            if not comp.scoring.score_ok(score):
                raise ValidationError(
                    f"results[{i}].score",
                    f"{r.score} is out of range for {comp.scoring.value} ({comp.scoring.range_text()})",
                )
            self.by_component[r.component_id].append(r)
        for rs in self.by_component.values():
            rs.sort(key=lambda r: (r.date, r.attempt))
        self.gates_for: dict[str, list[Gate]] = {c.id: [] for c in model.components}
        self.certificate_gates: list[Gate] = []
        for rule in model.rules:
            if isinstance(rule, GATES):
                if not rule.before:
                    self.certificate_gates.append(rule)
                for target in rule.before:
                    gated = (
                        [target] if target in self.components else [c.id for c in model.components_of(target)]
                    )
                    for g in gated:
                        if rule not in self.gates_for[g]:
                            self.gates_for[g].append(rule)
        self.module_rules: dict[str, list[EvaluativeRule]] = {m.id: [] for m in model.modules}
        self.model_rules: list[EvaluativeRule] = []
        for rule in model.rules:
            if isinstance(rule, EVALUATIVE_RULES):
                if rule.module is None:
                    self.model_rules.append(rule)
                else:
                    self.module_rules[rule.module].append(rule)
        self._state: dict[str, ComponentState] = {}
        self._module: dict[str, bool] = {}
        self._gate: dict[str, tuple[bool, Line]] = {}
        self._gate_core: dict[str, Line] = {}

    # labels ----------------------------------------------------------------------------------------

    def label(self, ref: str, lang: str) -> str:
        if ref in self.components:
            return text_in(self.components[ref].title, lang, ref)
        if ref in self.modules:
            return text_in(self.modules[ref].title, lang, ref)
        return ref

    def labels(self, refs: Iterable[str], lang: str) -> str:
        return ", ".join(self.label(r, lang) for r in refs)

    # attempts --------------------------------------------------------------------------------------

    def attempts(self, cid: str) -> _Attempts:
        rule = self.model.retake_rule(cid)
        counted: ComponentResult | None = None
        last: date | None = None
        ignored: list[Line] = []
        rs = self.by_component[cid]
        for r in rs:
            if rule is not None and r.attempt > rule.max_attempts:
                ignored.append(
                    Line(
                        f"{self.label(cid, 'sv')}, försök {r.attempt} ({r.date}): räknas inte – "
                        f"högst {rule.max_attempts} försök",
                        f"{self.label(cid, 'en')}, attempt {r.attempt} ({r.date}): not counted – "
                        f"at most {rule.max_attempts} attempts",
                        ok=False,
                        ref=cid,
                    )
                )
                continue
            if rule is not None and last is not None and r.date < last + timedelta(days=rule.min_wait_days):
                earliest = last + timedelta(days=rule.min_wait_days)
                ignored.append(
                    Line(
                        f"{self.label(cid, 'sv')}, försök {r.attempt} ({r.date}): räknas inte – "
                        f"tidigast {earliest} ({rule.min_wait_days} dagar efter förra försöket)",
                        f"{self.label(cid, 'en')}, attempt {r.attempt} ({r.date}): not counted – "
                        f"no earlier than {earliest} ({rule.min_wait_days} days after the previous attempt)",
                        ok=False,
                        ref=cid,
                    )
                )
                continue
            counted = r
            last = r.date
        used = max([len(rs), *(r.attempt for r in rs)])
        return _Attempts(counted, ignored, used, last)

    # gates -----------------------------------------------------------------------------------------

    def gate(self, gate: Gate) -> tuple[bool, Line]:
        if gate.id in self._gate:
            return self._gate[gate.id]
        if isinstance(gate, HoursGate):
            have = self.hours.get(_norm(gate.trade), Fraction(0))
            ok = have >= to_fraction(gate.hours)
            sv = (
                f"{text_in(gate.title, 'sv', 'Dokumenterade timmar')} ({gate.trade}): "
                f"{fmt_number(have, 'sv')} av {fmt_number(gate.hours, 'sv')} timmar krävs"
            )
            en = (
                f"{text_in(gate.title, 'en', 'Documented hours')} ({gate.trade}): "
                f"{fmt_number(have, 'en')} of {fmt_number(gate.hours, 'en')} hours required"
            )
        elif isinstance(gate, PassedGate):
            missing = [x for x in gate.items if not self.item_passed(x)]
            ok = not missing
            sv = f"{text_in(gate.title, 'sv', 'Krävs godkänt')}: {self.labels(gate.items, 'sv')}"
            en = f"{text_in(gate.title, 'en', 'Must be passed first')}: {self.labels(gate.items, 'en')}"
            if missing:
                sv += f" (saknas: {self.labels(missing, 'sv')})"
                en += f" (missing: {self.labels(missing, 'en')})"
        else:
            missing = [s for s in gate.signoffs if s.strip() and _norm(s) not in self.signoffs]
            ok = not missing
            sv = f"{text_in(gate.title, 'sv', 'Signerat av arbetsplatsen')}: {', '.join(gate.signoffs)}"
            en = f"{text_in(gate.title, 'en', 'Signed off by the workplace')}: {', '.join(gate.signoffs)}"
            if missing:
                sv += f" (saknas: {', '.join(missing)})"
                en += f" (missing: {', '.join(missing)})"
        before_sv = self.labels(gate.before, "sv") if gate.before else "fullt bevis"
        before_en = self.labels(gate.before, "en") if gate.before else "the full certificate"
        line = Line(f"Före {before_sv}: {sv}", f"Before {before_en}: {en}", ok=ok, ref=gate.id)
        self._gate[gate.id] = (ok, line)
        self._gate_core[gate.id] = Line(sv, en, ok=ok, ref=gate.id)
        return ok, line

    def closed_gates(self, cid: str) -> list[tuple[Gate, Line]]:
        out = []
        for g in self.gates_for[cid]:
            ok, line = self.gate(g)
            if not ok:
                out.append((g, line))
        return out

    # states ----------------------------------------------------------------------------------------

    def state(self, cid: str) -> ComponentState:
        if cid in self._state:
            return self._state[cid]
        if self.closed_gates(cid):
            state = ComponentState.BLOCKED
        else:
            counted = self.attempts(cid).counted
            if counted is None:
                state = ComponentState.NOT_TAKEN
            elif self.components[cid].passes(to_fraction(counted.score)):
                state = ComponentState.PASSED
            else:
                state = ComponentState.FAILED
        self._state[cid] = state
        return state

    def score(self, cid: str) -> Fraction | None:
        """The counted score, or None when not taken or blocked."""
        if self.state(cid) in (ComponentState.BLOCKED, ComponentState.NOT_TAKEN):
            return None
        counted = self.attempts(cid).counted
        assert counted is not None
        return to_fraction(counted.score)

    def module_passed(self, mid: str) -> bool:
        if mid not in self._module:
            rules = self.module_rules[mid]
            if rules:
                self._module[mid] = all(self.rule(r).passed for r in rules)
            else:
                self._module[mid] = all(
                    self.state(c.id) is ComponentState.PASSED for c in self.model.components_of(mid)
                )
        return self._module[mid]

    def item_passed(self, ref: str) -> bool:
        if ref in self.components:
            return self.state(ref) is ComponentState.PASSED
        return self.module_passed(ref)

    # lines -----------------------------------------------------------------------------------------

    def score_line(self, cid: str, minimum: Fraction | None = None) -> Line:
        """``Område 4: 62 % av 70 % krävs`` (or the component's state when there is no score)."""
        comp = self.components[cid]
        state = self.state(cid)
        name_sv, name_en = self.label(cid, "sv"), self.label(cid, "en")
        if state is ComponentState.BLOCKED:
            return Line(
                f"{name_sv}: spärrad (förkunskapskrav ej uppfyllt)",
                f"{name_en}: blocked (prerequisite not met)",
                ok=False,
                ref=cid,
            )
        score = self.score(cid)
        if score is None:
            return Line(f"{name_sv}: inget resultat", f"{name_en}: no result", ok=False, ref=cid)
        if comp.scoring is Scoring.PASS_FAIL:
            ok = score == 1
            return Line(
                f"{name_sv}: {'godkänd' if ok else 'underkänd'}",
                f"{name_en}: {'passed' if ok else 'failed'}",
                ok=ok,
                ref=cid,
            )
        need = minimum if minimum is not None else to_fraction(comp.threshold or 0)
        ok = score >= need
        if comp.scoring is Scoring.PERCENTAGE:
            return Line(
                f"{name_sv}: {fmt_number(score, 'sv')} % av {fmt_number(need, 'sv')} % krävs",
                f"{name_en}: {fmt_number(score, 'en')} % of {fmt_number(need, 'en')} % required",
                ok=ok,
                ref=cid,
            )
        return Line(
            f"{name_sv}: medelvärde {fmt_number(score, 'sv')} av {fmt_number(need, 'sv')} krävs",
            f"{name_en}: mean {fmt_number(score, 'en')} of {fmt_number(need, 'en')} required",
            ok=ok,
            ref=cid,
        )

    def item_line(self, ref: str) -> Line:
        if ref in self.components:
            return self.score_line(ref)
        ok = self.module_passed(ref)
        return Line(
            f"{self.label(ref, 'sv')}: {'godkänd' if ok else 'inte godkänd'}",
            f"{self.label(ref, 'en')}: {'passed' if ok else 'not passed'}",
            ok=ok,
            ref=ref,
        )

    def rule(self, rule: EvaluativeRule) -> RuleCheck:
        sv_title = text_in(rule.title, "sv", rule.id)
        en_title = text_in(rule.title, "en", rule.id)
        if isinstance(rule, AllOf | KOfN):
            passed = [x for x in rule.items if self.item_passed(x)]
            failed = [x for x in rule.items if x not in passed]
            n = len(rule.items)
            k = n if isinstance(rule, AllOf) else rule.k
            ok = len(passed) >= k
            need_sv = "alla krävs" if isinstance(rule, AllOf) else f"{k} krävs"
            need_en = "all required" if isinstance(rule, AllOf) else f"{k} required"
            sv = f"{sv_title}: {len(passed)} av {n} godkända, {need_sv}"
            en = f"{en_title}: {len(passed)} of {n} passed, {need_en}"
            if failed and not ok:
                sv += f" (ej godkänt: {self.labels(failed, 'sv')})"
                en += f" (not passed: {self.labels(failed, 'en')})"
            return RuleCheck(rule.id, ok, (Line(sv, en, ok=ok, ref=rule.id),))
        if isinstance(rule, Weighted):
            lines: list[Line] = []
            total = Fraction(0)
            weights = Fraction(0)
            complete = True
            area_ok = True
            for area in rule.areas:
                comp = self.components[area.item]
                weight = to_fraction(area.weight if area.weight is not None else comp.weight or 0)
                score = self.score(area.item)
                if score is None:
                    complete = False
                    lines.append(self.score_line(area.item))
                    continue
                total += weight * score
                weights += weight
                if rule.area_minimum is not None and score < to_fraction(rule.area_minimum):
                    area_ok = False
                    lines.append(self.score_line(area.item, to_fraction(rule.area_minimum)))
            need = to_fraction(rule.threshold)
            if complete and weights > 0:
                mean = total / weights
                ok = mean >= need and area_ok
                head = Line(
                    f"{sv_title}: viktat {fmt_number(mean, 'sv')} % av {fmt_number(need, 'sv')} % krävs",
                    f"{en_title}: weighted {fmt_number(mean, 'en')} % of {fmt_number(need, 'en')} % required",
                    ok=mean >= need,
                    ref=rule.id,
                )
            else:
                ok = False
                head = Line(
                    f"{sv_title}: resultat saknas för viktat värde ({fmt_number(need, 'sv')} % krävs)",
                    f"{en_title}: results missing for the weighted score "
                    f"({fmt_number(need, 'en')} % required)",
                    ok=False,
                    ref=rule.id,
                )
            if rule.area_minimum is not None:
                lines.insert(
                    0,
                    Line(
                        f"{sv_title}: varje område minst {fmt_number(rule.area_minimum, 'sv')} %",
                        f"{en_title}: every area at least {fmt_number(rule.area_minimum, 'en')} %",
                        ok=area_ok and complete,
                        ref=rule.id,
                    ),
                )
            return RuleCheck(rule.id, ok, (head, *lines))
        # per-area minimum
        lines = []
        reached = 0
        for item in rule.items:
            comp = self.components[item]
            score = self.score(item)
            minimum = to_fraction(rule.minimum) if rule.minimum is not None else None
            if score is not None and (
                comp.passes(score)
                if minimum is None or comp.scoring is Scoring.PASS_FAIL
                else score >= minimum
            ):
                reached += 1
            else:
                lines.append(self.score_line(item, minimum))
        ok = reached == len(rule.items)
        head = Line(
            f"{sv_title}: {reached} av {len(rule.items)} områden når minimikravet",
            f"{en_title}: {reached} of {len(rule.items)} areas reach the minimum",
            ok=ok,
            ref=rule.id,
        )
        return RuleCheck(rule.id, ok, (head, *lines))

    # component status -----------------------------------------------------------------------------

    def component_status(self, cid: str) -> ComponentStatus:
        att = self.attempts(cid)
        state = self.state(cid)
        rule = self.model.retake_rule(cid)
        lines = [self.score_line(cid)]
        lines.extend(line for _, line in self.closed_gates(cid))
        lines.extend(att.ignored)
        left = None if rule is None else max(rule.max_attempts - att.used, 0)
        next_from = None
        if state is ComponentState.FAILED and (left is None or left > 0):
            if rule is not None and att.last_counted is not None and rule.min_wait_days:
                next_from = att.last_counted + timedelta(days=rule.min_wait_days)
                lines.append(
                    Line(
                        f"Nästa försök tidigast {next_from} ({left} försök kvar)",
                        f"Next attempt no earlier than {next_from} ({left} attempts left)",
                        ok=None,
                        ref=cid,
                    )
                )
        elif state is ComponentState.FAILED and left == 0:
            lines.append(
                Line(
                    f"Alla {rule.max_attempts if rule else 0} försök är använda",
                    f"All {rule.max_attempts if rule else 0} attempts are used",
                    ok=False,
                    ref=cid,
                )
            )
        return ComponentStatus(
            component_id=cid,
            state=state,
            result=att.counted if state in (ComponentState.PASSED, ComponentState.FAILED) else None,
            attempts_used=att.used,
            attempts_left=left,
            next_attempt_from=next_from,
            lines=tuple(lines),
        )


# ----------------------------------------------------------------------------------------------------
# public operations


def book_attempt(
    model: Branschmodell,
    results: Sequence[ComponentResult],
    component_id: str,
    date: date,
    documented_hours_by_trade: Mapping[str, Number],
    signoffs: Collection[str],
) -> None:
    """Refuse an attempt at ``component_id`` on ``date`` that the model's rules do not allow.

    Raises :class:`RetakeRefused` (already passed; all attempts used; before the waiting time has passed,
    with the date of the earliest allowed attempt) or :class:`GateClosed` (naming the closed gate), and
    :class:`ValidationError` for an unknown component. Returns None when the attempt may be booked.
    """
    _require_valid(model)
    model.component(component_id)
    engine = _Engine(model, results, documented_hours_by_trade, signoffs)
    name_sv, name_en = engine.label(component_id, "sv"), engine.label(component_id, "en")
    att = engine.attempts(component_id)
    if att.counted is not None and engine.components[component_id].passes(to_fraction(att.counted.score)):
        raise RetakeRefused(
            component_id,
            f"{name_sv} är redan godkänd ({att.counted.date}); inget nytt försök behövs",
            f"{name_en} is already passed ({att.counted.date}); no new attempt is needed",
            None,
        )
    rule = model.retake_rule(component_id)
    if rule is not None:
        if att.used >= rule.max_attempts:
            raise RetakeRefused(
                component_id,
                f"{name_sv}: alla {rule.max_attempts} försök är använda; inga fler försök tillåts",
                f"{name_en}: all {rule.max_attempts} attempts are used; no further attempt is allowed",
                None,
            )
        if att.last_counted is not None:
            earliest = att.last_counted + timedelta(days=rule.min_wait_days)
            if date < earliest:
                raise RetakeRefused(
                    component_id,
                    f"{name_sv}: omprov tidigast {rule.min_wait_days} dagar efter förra försöket "
                    f"({att.last_counted}). Nästa försök tidigast {earliest}",
                    f"{name_en}: a retake needs {rule.min_wait_days} days after the previous attempt "
                    f"({att.last_counted}). Next attempt no earlier than {earliest}",
                    earliest,
                )
    closed = engine.closed_gates(component_id)
    if closed:
        gate, _ = closed[0]
        core = engine._gate_core[gate.id]
        raise GateClosed(
            component_id,
            f"{name_sv} kan inte bokas än – förkunskapskrav ej uppfyllt: {core.sv}",
            f"{name_en} cannot be booked yet – prerequisite not met: {core.en}",
            gate.id,
        )


def next_attempt_date(
    model: Branschmodell, results: Sequence[ComponentResult], component_id: str
) -> date | None:
    """Earliest date of the next attempt by the retake rule (None: any time, or no attempt left)."""
    _require_valid(model)
    model.component(component_id)
    engine = _Engine(model, results, {}, ())
    att = engine.attempts(component_id)
    rule = model.retake_rule(component_id)
    if rule is None or att.last_counted is None:
        return None
    if att.used >= rule.max_attempts:
        return None
    return att.last_counted + timedelta(days=rule.min_wait_days)


def evaluate(
    model: Branschmodell,
    results: Sequence[ComponentResult],
    documented_hours_by_trade: Mapping[str, Number],
    signoffs: Collection[str],
    signature: BedomningSignature | None,
) -> Evaluation:
    """Evaluate a case's component results against the model (see the module docstring for the rules)."""
    _require_valid(model)
    engine = _Engine(model, results, documented_hours_by_trade, signoffs)
    components = tuple(engine.component_status(c.id) for c in model.components)
    comp_status = {c.component_id: c for c in components}

    modules: list[ModuleStatus] = []
    for m in model.modules:
        passed = engine.module_passed(m.id)
        head = Line(
            f"{text_in(m.title, 'sv', m.id)}: {'godkänd' if passed else 'inte godkänd'}"
            + ("" if m.required else " (valfri)"),
            f"{text_in(m.title, 'en', m.id)}: {'passed' if passed else 'not passed'}"
            + ("" if m.required else " (optional)"),
            ok=passed,
            ref=m.id,
        )
        lines = [head]
        for module_rule in engine.module_rules[m.id]:
            lines.extend(engine.rule(module_rule).lines)
        for c in model.components_of(m.id):
            lines.extend(comp_status[c.id].lines)
        modules.append(ModuleStatus(m.id, m.required, passed, tuple(lines)))

    rule_checks: list[RuleCheck] = []
    model_rules_ok = True
    cert_gates_ok = True
    for rule in model.rules:
        if isinstance(rule, EVALUATIVE_RULES):
            check = engine.rule(rule)
            if rule.module is None:
                model_rules_ok = model_rules_ok and check.passed
        elif isinstance(rule, GATES):
            ok, line = engine.gate(rule)
            check = RuleCheck(rule.id, ok, (line,))
            if not rule.before:
                cert_gates_ok = cert_gates_ok and ok
        else:
            check = RuleCheck(
                rule.id,
                True,
                (
                    Line(
                        f"Omprov ({engine.labels(rule.components, 'sv')}): "
                        f"minst {rule.min_wait_days} dagar mellan "
                        f"försöken, högst {rule.max_attempts} försök",
                        f"Retakes ({engine.labels(rule.components, 'en')}): "
                        f"at least {rule.min_wait_days} days between "
                        f"attempts, at most {rule.max_attempts} attempts",
                        ok=None,
                        ref=rule.id,
                    ),
                ),
            )
        rule_checks.append(check)

    passed_modules = tuple(m.module_id for m in modules if m.passed)
    missing = tuple(m.module_id for m in modules if m.required and not m.passed)
    if not missing and model_rules_ok and cert_gates_ok:
        outcome, document = OutcomeClass.FULL, model.certificate_name
    elif passed_modules:
        outcome, document = OutcomeClass.PARTIAL, DocumentKind.INTYG
    else:
        outcome, document = OutcomeClass.NONE, DocumentKind.KARTLAGGNINGSUTLATANDE

    remaining: list[Line] = []
    if outcome is not OutcomeClass.FULL:
        for mid in missing:
            m = engine.modules[mid]
            train_sv = text_in(m.training, "sv", "")
            train_en = text_in(m.training, "en", "")
            remaining.append(
                Line(
                    f"Saknas: {text_in(m.title, 'sv', mid)}" + (f" – träna: {train_sv}" if train_sv else ""),
                    f"Missing: {text_in(m.title, 'en', mid)}" + (f" – train: {train_en}" if train_en else ""),
                    ok=False,
                    ref=mid,
                )
            )
            status = next(s for s in modules if s.module_id == mid)
            remaining.extend(line for line in status.lines[1:] if line.ok is False)
        for rule, check in zip(model.rules, rule_checks, strict=True):
            if isinstance(rule, EVALUATIVE_RULES) and rule.module is None and not check.passed:
                remaining.extend(line for line in check.lines if line.ok is False)
            if isinstance(rule, GATES) and not rule.before and not check.passed:
                remaining.extend(check.lines)

    blockers: list[Line] = []
    counted = [s.result for s in components if s.result is not None]
    if signature is None:
        blockers.append(
            Line(
                "Den formella bedömningen är inte signerad av en bedömare",
                "The formal assessment (bedömning) has not been signed by an assessor",
                ok=False,
            )
        )
    else:
        if not signature.assessor_id.strip():
            blockers.append(
                Line("Bedömarens id saknas i signeringen", "The signature has no assessor id", ok=False)
            )
        latest = max((r.date for r in counted), default=None)
        if latest is not None and signature.date < latest:
            blockers.append(
                Line(
                    f"Bedömningen signerades {signature.date}, före det sista resultatet ({latest})",
                    f"The assessment was signed on {signature.date}, before the last result ({latest})",
                    ok=False,
                )
            )
    if not counted:
        blockers.append(
            Line(
                "Inga provresultat: testcentrets ackrediterings-id saknas",
                "No component results: the test centre's accreditation id is missing",
                ok=False,
            )
        )
    for r in counted:
        if not r.accreditation_id.strip():
            blockers.append(
                Line(
                    f"{engine.label(r.component_id, 'sv')}: testcentrets ackrediterings-id saknas",
                    f"{engine.label(r.component_id, 'en')}: the test centre's accreditation id is missing",
                    ok=False,
                    ref=r.component_id,
                )
            )
        if not r.assessor_id.strip():
            blockers.append(
                Line(
                    f"{engine.label(r.component_id, 'sv')}: bedömarens id saknas",
                    f"{engine.label(r.component_id, 'en')}: the assessor id is missing",
                    ok=False,
                    ref=r.component_id,
                )
            )

    return Evaluation(
        model_uid=model.uid,
        model_version=model.version,
        outcome=outcome,
        document=document,
        components=components,
        modules=tuple(modules),
        rules=tuple(rule_checks),
        passed_modules=passed_modules,
        missing_modules=missing,
        remaining=tuple(dict.fromkeys(remaining)),
        can_issue=not blockers,
        issue_blockers=tuple(blockers),
    )
