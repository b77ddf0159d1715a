"""The mapping matrix: evidence linked to each outcome, methods used, judgements, rules of evidence.

For every outcome of the target standard the caseworker links evidence (history periods, files,
exams, courses, test results), records the methods used and a judgement with its reason. Four rules
of evidence are checked per outcome and shown as indicators:

* **current**: some linked evidence lies within ``currency_years`` of the reference date;
* **sufficient**: not everything rests on the candidate's own word (self-declared periods);
* **authentic**: there is a signed or verified attest, an exam, or the assessor saw it directly
  (dialogue, practical or theory test);
* **valid**: the method fits the outcome: a skill needs a practical test or a dialogue, general
  competence a dialogue, practical test or third-party statement, knowledge anything but nothing.

Udir's guidance says an assessment on documents alone is hardly *forsvarlig*; an outcome judged met
on documents alone therefore blocks the decision until the caseworker records a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Judgement(StrEnum):
    MET = "met"
    PARTLY = "partly_met"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"


class Method(StrEnum):
    DOCUMENTS = "documents"
    DIALOGUE = "dialogue"
    PRACTICAL_TEST = "practical_test"
    THEORY_TEST = "theory_test"
    THIRD_PARTY = "third_party"


class OutcomeKind(StrEnum):
    KNOWLEDGE = "knowledge"
    SKILL = "skill"
    COMPETENCE = "competence"


CATEGORY_KIND = {
    "kunnskap": OutcomeKind.KNOWLEDGE,
    "kunskap": OutcomeKind.KNOWLEDGE,
    "ferdigheter": OutcomeKind.SKILL,
    "fardighet": OutcomeKind.SKILL,
    "generell_kompetanse": OutcomeKind.COMPETENCE,
    "ansvar_och_sjalvstandighet": OutcomeKind.COMPETENCE,
}


def outcome_kind(category: str) -> OutcomeKind:
    """Lærefag kompetansemål carry an area name as category; they are treated as skills."""
    return CATEGORY_KIND.get(category, OutcomeKind.SKILL)


class EvidenceKindRef(StrEnum):
    PERIOD = "period"
    FILE = "file"
    EXAM = "exam"
    COURSE = "course"
    TEST = "test"


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of evidence as the rules see it."""

    kind: EvidenceKindRef
    ref_id: int
    label: str
    last_date: date | None  # end of the period (reference date if ongoing), exam/course/attest date
    self_declared: bool = False  # the candidate's own statement with no third-party confirmation
    authentic: bool = False  # signed/stamped attest, verified file, passed exam


@dataclass(frozen=True)
class Outcome:
    uid: str
    code: str
    text: str
    category: str
    group: str = ""  # the standard (emne) the outcome belongs to, for programmes
    credits: Decimal | None = None


@dataclass
class OutcomeAssessment:
    outcome: Outcome
    evidence: list[EvidenceItem] = field(default_factory=list)
    methods: set[Method] = field(default_factory=set)
    judgement: Judgement = Judgement.NOT_ASSESSED
    reason: str = ""
    notes: str = ""  # interview notes


class Indicator(StrEnum):
    OK = "ok"
    WARN = "warn"
    MISSING = "missing"


@dataclass(frozen=True)
class Indicators:
    current: Indicator
    sufficient: Indicator
    authentic: Indicator
    valid: Indicator
    messages: tuple[str, ...]

    @property
    def all_ok(self) -> bool:
        return all(i == Indicator.OK for i in (self.current, self.sufficient, self.authentic, self.valid))


VALID_METHODS: dict[OutcomeKind, frozenset[Method]] = {
    OutcomeKind.SKILL: frozenset({Method.PRACTICAL_TEST, Method.DIALOGUE}),
    OutcomeKind.COMPETENCE: frozenset({Method.DIALOGUE, Method.PRACTICAL_TEST, Method.THIRD_PARTY}),
    OutcomeKind.KNOWLEDGE: frozenset(Method),
}


def indicators(a: OutcomeAssessment, reference: date, currency_years: int = 5) -> Indicators:
    messages: list[str] = []
    direct = a.methods & {Method.DIALOGUE, Method.PRACTICAL_TEST, Method.THEORY_TEST}
    if not a.evidence and not direct:
        return Indicators(Indicator.MISSING, Indicator.MISSING, Indicator.MISSING,
                          Indicator.MISSING if not a.methods else _valid(a, messages),
                          ("No evidence linked and no method used yet.",))
    limit = date(reference.year - currency_years, reference.month, min(reference.day, 28))
    dated = [e.last_date for e in a.evidence if e.last_date is not None]
    if direct or any(d >= limit for d in dated):
        current = Indicator.OK
    else:
        current = Indicator.WARN
        messages.append(f"All evidence is older than {currency_years} years; check that it still applies.")
    if direct or any(not e.self_declared for e in a.evidence):
        sufficient = Indicator.OK
    else:
        sufficient = Indicator.WARN
        messages.append("Only the candidate's own statements: get an attest, a test or a third-party statement.")
    if direct or any(e.authentic for e in a.evidence):
        authentic = Indicator.OK
    else:
        authentic = Indicator.WARN
        messages.append("No signed or verified attest: verify the documents or talk with the candidate.")
    valid = _valid(a, messages)
    return Indicators(current, sufficient, authentic, valid, tuple(messages))


def _valid(a: OutcomeAssessment, messages: list[str]) -> Indicator:
    kind = outcome_kind(a.outcome.category)
    if not a.methods:
        messages.append("No assessment method recorded.")
        return Indicator.MISSING
    if a.methods & VALID_METHODS[kind]:
        return Indicator.OK
    need = {OutcomeKind.SKILL: "a practical test or a dialogue",
            OutcomeKind.COMPETENCE: "a dialogue, a practical test or a third-party statement",
            OutcomeKind.KNOWLEDGE: "any method"}[kind]
    messages.append(f"This is a {kind.value} outcome: it needs {need}, not documents alone.")
    return Indicator.WARN


def document_only(a: OutcomeAssessment) -> bool:
    """Judged (partly) met with documents as the only method."""
    return a.judgement in (Judgement.MET, Judgement.PARTLY) and a.methods == {Method.DOCUMENTS}


class ResultClass(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


@dataclass(frozen=True)
class GroupResult:
    group: str
    credits: Decimal | None
    complete: bool
    met: int
    total: int


@dataclass(frozen=True)
class MappingResult:
    result: ResultClass
    met: tuple[Outcome, ...]
    partly: tuple[Outcome, ...]
    missing: tuple[Outcome, ...]  # not met or not assessed
    not_assessed: int
    credits_recognised: Decimal
    credits_remaining: Decimal
    groups: tuple[GroupResult, ...]
    blockers: tuple[str, ...]

    @property
    def coverage(self) -> float:
        total = len(self.met) + len(self.partly) + len(self.missing)
        return 0.0 if total == 0 else len(self.met) / total


def evaluate(
    assessments: list[OutcomeAssessment],
    *,
    group_credits: dict[str, Decimal] | None = None,
    programme_credits: Decimal | None = None,
    document_only_override: str = "",
) -> MappingResult:
    """Full / partial / none with met and missing outcomes, credits, and what blocks a decision.

    Credits: a group (an emne) counts with all its credits when every outcome in it is met; there is
    no partial credit for an emne. ``programme_credits`` is the whole programme's total, so
    ``credits_remaining`` shows what is left of it.
    """
    group_credits = group_credits or {}
    met = tuple(a.outcome for a in assessments if a.judgement == Judgement.MET)
    partly = tuple(a.outcome for a in assessments if a.judgement == Judgement.PARTLY)
    missing = tuple(a.outcome for a in assessments if a.judgement in (Judgement.NOT_MET, Judgement.NOT_ASSESSED))
    not_assessed = sum(1 for a in assessments if a.judgement == Judgement.NOT_ASSESSED)
    if assessments and len(met) == len(assessments):
        result = ResultClass.FULL
    elif met or partly:
        result = ResultClass.PARTIAL
    else:
        result = ResultClass.NONE
    groups: list[GroupResult] = []
    recognised = Decimal(0)
    for name in dict.fromkeys(a.outcome.group for a in assessments):
        members = [a for a in assessments if a.outcome.group == name]
        n_met = sum(1 for a in members if a.judgement == Judgement.MET)
        complete = n_met == len(members)
        credits = group_credits.get(name)
        if complete and credits is not None:
            recognised += credits
        groups.append(GroupResult(name, credits, complete, n_met, len(members)))
    total = programme_credits if programme_credits is not None else sum(group_credits.values(), Decimal(0))
    blockers: list[str] = []
    if not_assessed:
        blockers.append(f"{not_assessed} outcome(s) not assessed yet.")
    doc_only = [a.outcome.code or a.outcome.uid for a in assessments if document_only(a)]
    if doc_only and not document_only_override.strip():
        blockers.append(
            "Judged on documents alone: " + ", ".join(doc_only)
            + ". Add a dialogue or a practical test, or record why documents are enough (override)."
        )
    unexplained = [a.outcome.code or a.outcome.uid for a in assessments
                   if a.judgement != Judgement.NOT_ASSESSED and not a.reason.strip()]
    if unexplained:
        blockers.append("No reason given for: " + ", ".join(unexplained) + ".")
    return MappingResult(
        result=result, met=met, partly=partly, missing=missing, not_assessed=not_assessed,
        credits_recognised=recognised, credits_remaining=max(Decimal(0), total - recognised),
        groups=tuple(groups), blockers=tuple(blockers),
    )
