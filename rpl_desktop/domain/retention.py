"""How long a candidate's personal data is kept, and what may be done with it afterwards.

A case is kept for a number of years after it ended: after its latest issued decision document (a
vedtak, kompetansebevis, yrkesbevis, intyg or kartläggningsutlåtande), or, for a case closed without a
decision, after it was closed. The years are set per case type (:class:`~rpl_desktop.domain.cases.Purpose`)
in Settings, plus one period for cases closed without a decision and one for candidates who never had
a case. A candidate is *due* when nothing of theirs is open and every period has run out; then their
data may be erased, or anonymised if the office keeps the case skeleton for statistics.

Erasing a candidate is refused while a case holds an issued decision within its period: the decision
must stay on record. Anonymising is allowed at any time: it removes the personal data and keeps the
case skeleton (standard, judgements, dates, result) and the issued documents' number, date and SHA-256.

The default years are placeholders. No national source for the retention of RKV, praksiskandidat or
fagskole cases was found; each office must check its county's *bevarings- og kassasjonsregler* (or,
in Sweden, its *informationshanteringsplan*) and set the periods in Settings.

Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rpl_desktop.domain.cases import CaseStatus, Purpose
from rpl_desktop.domain.errors import ValidationError

NO_DECISION = "no_decision"
"""The period for a case closed without an issued decision document."""
NO_CASE = "no_case"
"""The period for a candidate who never had a case, counted from the candidate's last change."""

DEFAULT_RETENTION_YEARS: dict[str, int] = {
    Purpose.OPPTAK.value: 5,
    Purpose.FRITAK.value: 10,
    Purpose.PRAKSISKANDIDAT.value: 10,
    Purpose.RKV_VGS.value: 10,
    Purpose.BRANSJEVALIDERING.value: 10,
    Purpose.KOMPETANSEKARTLEGGING.value: 2,
    NO_DECISION: 2,
    NO_CASE: 2,
}
"""Years kept, per case type. Placeholders: check the county's bevarings- og kassasjonsregler."""

RETENTION_KEYS = tuple(DEFAULT_RETENTION_YEARS)
MAX_YEARS = 100

DECISION_KINDS = frozenset({"vedtak", "kompetansebevis", "yrkesbevis", "intyg", "kartlaggningsutlatande"})
"""Issued document kinds that state a decision (a competence map decides nothing)."""

OPEN_STATES = frozenset(
    {
        CaseStatus.DRAFT,
        CaseStatus.UNDER_ASSESSMENT,
        CaseStatus.PROPOSED,
        CaseStatus.APPROVED,
        CaseStatus.APPEALED,
    }
)
"""A case in one of these states is still being worked on (an appealed case is open again)."""


def validate_retention_years(values: Mapping[str, object]) -> dict[str, int]:
    """The years per key, checked (whole numbers 0–100); missing keys get the default."""
    years = dict(DEFAULT_RETENTION_YEARS)
    for key, value in values.items():
        if key not in DEFAULT_RETENTION_YEARS:
            raise ValidationError(
                f"retention.{key}", "is not a case type or retention period this program knows."
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
            raise ValidationError(
                f"retention.{key}", f"must be a whole number of years from 0 to {MAX_YEARS}."
            )
        years[key] = value
    return years


def add_years(day: date, years: int) -> date:
    """``day`` moved ``years`` on; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class CaseFacts:
    """What retention needs to know of one case."""

    case_id: int
    number: str
    purpose: str
    status: CaseStatus
    last_decision_on: date | None  # the latest issued decision document, if any
    last_document_on: date | None  # the latest issued document of any kind (a competence map too)
    closed_on: date | None  # when a closed or issued case was last changed (its closing, as far as known)


class CaseState(StrEnum):
    OPEN = "open"  # still being worked on
    KEPT = "kept"  # ended; within its period
    EXPIRED = "expired"  # ended; its period has run out


@dataclass(frozen=True)
class CaseRetention:
    facts: CaseFacts
    state: CaseState
    key: str  # which period applies: the purpose, or NO_DECISION
    years: int
    starts_on: date | None
    ends_on: date | None

    @property
    def holds_decision(self) -> bool:
        return self.facts.last_decision_on is not None or self.facts.status == CaseStatus.ISSUED

    @property
    def blocks_erasure(self) -> bool:
        """An issued decision within its period (or a case under appeal) must stay on record."""
        if self.facts.status == CaseStatus.APPEALED:
            return True
        return self.holds_decision and self.state != CaseState.EXPIRED


def case_retention(facts: CaseFacts, years: Mapping[str, int], today: date) -> CaseRetention:
    decided = facts.last_decision_on is not None or facts.status == CaseStatus.ISSUED
    key = facts.purpose if decided else NO_DECISION
    span = years.get(key, DEFAULT_RETENTION_YEARS.get(key, DEFAULT_RETENTION_YEARS[NO_DECISION]))
    if facts.status in OPEN_STATES:
        return CaseRetention(facts, CaseState.OPEN, key, span, None, None)
    starts = max(
        (d for d in (facts.last_document_on, facts.last_decision_on, facts.closed_on) if d), default=None
    )
    if starts is None:  # closed, but nothing tells when: count from today (kept, never due too early)
        starts = today
    ends = add_years(starts, span)
    return CaseRetention(
        facts, CaseState.EXPIRED if today >= ends else CaseState.KEPT, key, span, starts, ends
    )


class CandidateState(StrEnum):
    ACTIVE = "active"  # a case is open
    KEPT = "kept"  # something is still within its period
    DUE = "due"  # every period has run out: erase or anonymise


class Action(StrEnum):
    ERASE_OR_ANONYMISE = "erase_or_anonymise"
    ERASE = "erase"  # already anonymised: only the skeleton is left
    NONE = "none"


@dataclass(frozen=True)
class CandidateRetention:
    candidate_id: int
    cases: tuple[CaseRetention, ...]
    state: CandidateState
    due_on: date | None  # when everything has run out (None while a case is open)
    no_case_ends_on: date | None  # for a candidate without cases: last change + the no-case period
    anonymised: bool = False
    blockers: tuple[CaseRetention, ...] = field(default=())

    @property
    def may_erase(self) -> bool:
        return not self.blockers

    @property
    def action(self) -> Action:
        if self.state != CandidateState.DUE:
            return Action.NONE
        return Action.ERASE if self.anonymised else Action.ERASE_OR_ANONYMISE

    @property
    def kept_until(self) -> date | None:
        """The last day an erasure blocker holds (None if nothing blocks or an appeal is open)."""
        ends = [b.ends_on for b in self.blockers if b.ends_on is not None]
        return max(ends) if ends and len(ends) == len(self.blockers) else None


def candidate_retention(
    candidate_id: int,
    last_change: date,
    cases: Sequence[CaseFacts],
    years: Mapping[str, int],
    today: date,
    *,
    anonymised: bool = False,
) -> CandidateRetention:
    kept = tuple(case_retention(c, years, today) for c in cases)
    blockers = tuple(k for k in kept if k.blocks_erasure)
    no_case_ends = None
    if any(k.state == CaseState.OPEN for k in kept):
        return CandidateRetention(candidate_id, kept, CandidateState.ACTIVE, None, None, anonymised, blockers)
    if kept:
        due_on = max(k.ends_on for k in kept if k.ends_on is not None)
    else:
        no_case_ends = add_years(last_change, years.get(NO_CASE, DEFAULT_RETENTION_YEARS[NO_CASE]))
        due_on = no_case_ends
    state = CandidateState.DUE if today >= due_on else CandidateState.KEPT
    return CandidateRetention(candidate_id, kept, state, due_on, no_case_ends, anonymised, blockers)
