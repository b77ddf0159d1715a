"""The competence map (crosswalk): one candidate's history against several targets side by side.

A counsellor adds targets for a candidate; each target is a case (usually with the purpose
*kompetansekartlegging*, which leads to no decision). The map shows, per target, how many outcomes
are met, partly met or missing, the credits covered and left, and the gaps in plain words. Outcomes
not yet assessed but with suggested evidence are counted as *indicated*, a hint for the counsellor
and never a judgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import Judgement
from rpl_desktop.services import cases as case_service
from rpl_desktop.services.mapping import load_matrix
from rpl_desktop.store.database import Database


@dataclass(frozen=True)
class Gap:
    group: str  # emne code or lærefag area key
    group_title: str
    missing: tuple[str, ...]  # outcome texts not (yet) shown
    total: int
    credits: Decimal | None


@dataclass(frozen=True)
class TargetCoverage:
    case_id: int
    case_number: str
    standard_uid: str
    title: str
    kind: str
    met: int
    partly: int
    missing: int
    indicated: int  # not assessed, but the history suggests evidence
    total: int
    credits_recognised: Decimal
    credits_remaining: Decimal
    credits_total: Decimal | None
    gaps: tuple[Gap, ...]

    @property
    def share_met(self) -> float:
        return 0.0 if not self.total else self.met / self.total


def add_target(db: Database, candidate_id: int, standard_uid: str, counsellor: str = "") -> Case:
    """Put one more target on a candidate's competence map (a kartlegging case)."""
    return case_service.create_case(db, Case(candidate_id, standard_uid, Purpose.KOMPETANSEKARTLEGGING,
                                             caseworker=counsellor))


def competence_map(db: Database, candidate_id: int, *, lang: str = "", reference: date | None = None) -> list[TargetCoverage]:
    out = []
    for row in case_service.cases_for_candidate(db, candidate_id):
        matrix = load_matrix(db, row.id, reference=reference, lang=lang)
        by_group: dict[str, list[str]] = {}
        totals: dict[str, int] = {}
        indicated = 0
        for r in matrix.rows:
            a = r.assessment
            group = a.outcome.group
            totals[group] = totals.get(group, 0) + 1
            if a.judgement != Judgement.MET:
                by_group.setdefault(group, []).append(a.outcome.text)
            if a.judgement == Judgement.NOT_ASSESSED and r.suggestions:
                indicated += 1
        view = matrix.standard
        gaps = tuple(
            Gap(g, view.group_titles.get(g, g), tuple(texts), totals[g], view.group_credits.get(g))
            for g, texts in by_group.items()
        )
        res = matrix.result
        out.append(TargetCoverage(
            case_id=row.id, case_number=row.number, standard_uid=row.standard_uid, title=view.title,
            kind=view.kind.value, met=len(res.met), partly=len(res.partly),
            missing=len(res.missing), indicated=indicated, total=len(matrix.rows),
            credits_recognised=res.credits_recognised, credits_remaining=res.credits_remaining,
            credits_total=view.programme_credits, gaps=gaps,
        ))
    return out


def gaps_in_words(coverage: TargetCoverage, lang: str = "en") -> list[str]:
    """The gaps as sentences a counsellor can read out (English; the UI translates its own labels)."""
    lines = []
    for gap in coverage.gaps:
        credits = f" ({gap.credits.normalize():f} credits)" if gap.credits is not None else ""
        shown = gap.total - len(gap.missing)
        head = f"{gap.group_title}{credits}: {shown} of {gap.total} outcomes shown; still to show:"
        lines.append(head)
        lines += [f"  – {text}" for text in gap.missing]
    return lines
