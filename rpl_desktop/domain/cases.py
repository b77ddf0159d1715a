"""Cases: one candidate, one target standard, one purpose; status, phases and case numbers.

A case moves draft → under_assessment → proposed → approved → issued, and may then be appealed and
closed. The national guidelines' four phases (veiledning, kartlegging, vurdering, dokumentasjon) are
recorded with dates beside the status; a Swedish branschmodell case uses the Swedish process instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rpl_desktop.domain.errors import RplError, ValidationError


class Purpose(StrEnum):
    OPPTAK = "opptak"  # fagskole admission on realkompetanse
    FRITAK = "fritak"  # fagskole fritak / innpassing
    PRAKSISKANDIDAT = "praksiskandidat"
    RKV_VGS = "rkv_vgs"  # realkompetansevurdering in videregående
    BRANSJEVALIDERING = "bransjevalidering"
    KOMPETANSEKARTLEGGING = "kompetansekartlegging"  # a counsellor's competence map, no decision


class CaseStatus(StrEnum):
    DRAFT = "draft"
    UNDER_ASSESSMENT = "under_assessment"
    PROPOSED = "proposed"
    APPROVED = "approved"
    ISSUED = "issued"
    APPEALED = "appealed"
    CLOSED = "closed"


TRANSITIONS: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    CaseStatus.DRAFT: (CaseStatus.UNDER_ASSESSMENT, CaseStatus.CLOSED),
    CaseStatus.UNDER_ASSESSMENT: (CaseStatus.PROPOSED, CaseStatus.DRAFT, CaseStatus.CLOSED),
    CaseStatus.PROPOSED: (CaseStatus.APPROVED, CaseStatus.UNDER_ASSESSMENT),
    CaseStatus.APPROVED: (CaseStatus.ISSUED, CaseStatus.UNDER_ASSESSMENT),
    CaseStatus.ISSUED: (CaseStatus.APPEALED, CaseStatus.CLOSED),
    CaseStatus.APPEALED: (CaseStatus.UNDER_ASSESSMENT, CaseStatus.CLOSED),
    CaseStatus.CLOSED: (),
}


class Phase(StrEnum):
    VEILEDNING = "veiledning"
    KARTLEGGING = "kartlegging"
    VURDERING = "vurdering"
    DOKUMENTASJON = "dokumentasjon"


PHASE_ORDER = (Phase.VEILEDNING, Phase.KARTLEGGING, Phase.VURDERING, Phase.DOKUMENTASJON)


@dataclass
class Case:
    candidate_id: int
    standard_uid: str
    purpose: Purpose
    number: str = ""
    status: CaseStatus = CaseStatus.DRAFT
    caseworker: str = ""
    phase_dates: dict[Phase, date] = field(default_factory=dict)
    opened_on: date = field(default_factory=date.today)
    due_on: date | None = None
    their_reference: str = ""  # "Deres ref."
    language: str = ""  # document language; empty = the candidate's målform
    rule_profile_id: str = ""  # praksis rule profile used (id@version)
    document_only_override: str = ""  # reason recorded when a document-only decision is accepted
    id: int | None = None
    version: int = 0

    @property
    def current_phase(self) -> Phase | None:
        reached = [p for p in PHASE_ORDER if p in self.phase_dates]
        return reached[-1] if reached else None

    def is_overdue(self, today: date | None = None) -> bool:
        today = today or date.today()
        open_states = (CaseStatus.ISSUED, CaseStatus.CLOSED)
        return self.due_on is not None and self.due_on < today and self.status not in open_states


def check_transition(current: CaseStatus, new: CaseStatus) -> None:
    if new == current:
        return
    if new not in TRANSITIONS[current]:
        allowed = ", ".join(s.value for s in TRANSITIONS[current]) or "none (the case is closed)"
        raise RplError(f"A case cannot go from '{current.value}' to '{new.value}'. Allowed next: {allowed}.")


# Number patterns, shared by case numbers and certificate numbers: {yy}, {yyyy}, {seq} or {seq:05},
# and (certificates only) {org}.
NUMBER_FIELD = re.compile(r"\{(org|yyyy|yy|seq(?::0?(\d{1,2}))?)\}")
DEFAULT_CASE_NUMBER_PATTERN = "{yy}/{seq:05}"


def validate_number_pattern(pattern: str, field: str, *, with_org: bool, example: str) -> str:
    """Check a number pattern; ``field`` names the setting in the error."""
    if "{seq" not in pattern:
        raise ValidationError(field, f"The pattern needs {{seq}} (the running number), e.g. {example}.")
    leftover = NUMBER_FIELD.sub("", pattern)
    if "{" in leftover or "}" in leftover or (not with_org and "{org}" in pattern):
        allowed = ("{org}, {yyyy}, {yy} and {seq} or {seq:06}" if with_org
                   else "{yy}, {yyyy} and {seq} or {seq:05}")
        raise ValidationError(field, f"Only {allowed} may appear in braces.")
    if len(pattern) > 40:
        raise ValidationError(field, "The pattern is too long (40 characters at most).")
    return pattern


def fill_number_pattern(pattern: str, year: int, seq: int, org: str = "") -> str:
    """``fill_number_pattern("{org}-{yyyy}-{seq:06}", 2025, 12, "VFK") == "VFK-2025-000012"``."""

    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "org":
            return org
        if key == "yy":
            return f"{year % 100:02d}"
        if key == "yyyy":
            return f"{year:04d}"
        width = int(m.group(2) or 0)
        return f"{seq:0{width}d}" if width else str(seq)

    return NUMBER_FIELD.sub(repl, pattern)


def validate_case_number_pattern(pattern: str) -> str:
    return validate_number_pattern(pattern, "case_number_pattern", with_org=False, example="{yy}/{seq:05}")


def format_case_number(pattern: str, year: int, seq: int) -> str:
    """``format_case_number("{yy}/{seq:05}", 2025, 1234) == "25/01234"``."""
    return fill_number_pattern(validate_case_number_pattern(pattern), year, seq)
