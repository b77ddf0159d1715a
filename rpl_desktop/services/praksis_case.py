"""The praksis calculation for a praksiskandidat case, from the candidate's registered history.

The case's target must be a lærefag (its requirement in hours and læretid come from the catalogue).
The rule profile is the case's recorded one, else the office's default (setting ``praksis_profile``),
else the national profile; the case records the profile id and version it was computed with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from rpl_desktop.domain.catalogue import Laerefag
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.praksis import (
    ExamResult,
    PracticeKind,
    PracticePeriod,
    PraksisResult,
    RuleProfile,
    SchoolLevel,
    SchoolRelation,
    SchoolYear,
    Status,
    Trade,
    compute_praksis,
)
from rpl_desktop.domain.register import HistoryPeriod, PeriodKind, Schooling, fold
from rpl_desktop.services import cases as case_service
from rpl_desktop.services.catalogue import get_standard
from rpl_desktop.services.history import list_exams, list_periods, list_schooling
from rpl_desktop.services.praksis_io import load_profile
from rpl_desktop.store.database import Database

PROFILE_SETTING = "praksis_profile"

_KINDS = {
    PeriodKind.EMPLOYMENT: PracticeKind.EMPLOYMENT,
    PeriodKind.SELF_EMPLOYED: PracticeKind.SELF_EMPLOYED,
    PeriodKind.VOLUNTARY: PracticeKind.VOLUNTARY,
    PeriodKind.WORK_TRAINING: PracticeKind.WORK_TRAINING,
    PeriodKind.LEISURE: PracticeKind.LEISURE,
}


def practice_periods(periods: list[HistoryPeriod]) -> list[PracticePeriod]:
    """History periods as practice; non-formal courses are learning, not practice, and are left out."""
    out = []
    for p in periods:
        kind = _KINDS.get(p.kind)
        if kind is None:
            continue
        out.append(PracticePeriod(
            start=p.start, end=p.end, fte_percent=Fraction(str(p.effective_fte())), country=p.country,
            kind=kind, employer=p.employer, role=p.role, tasks=p.tasks,
            third_party_confirmed=p.third_party_confirmed or bool(p.attest_signer_name and p.attest_date),
        ))
    return out


# The vocational utdanningsprogram of LK20 by code, to recognise "Vg1 bygg- og anleggsteknikk" as BA.
UTDANNINGSPROGRAM = {
    "BA": "bygg- og anleggsteknikk", "EL": "elektro og datateknologi", "FD": "frisør, blomster, interiør og eksponeringsdesign",
    "HO": "helse- og oppvekstfag", "IM": "informasjonsteknologi og medieproduksjon", "NA": "naturbruk",
    "RM": "restaurant- og matfag", "SR": "salg, service og reiseliv", "TP": "teknologi- og industrifag",
    "HD": "håndverk, design og produktutvikling",
}


def _trade_stem(title: str) -> str:
    """'Tømrerfaget' -> 'tømrer' (to recognise 'Vg2 tømrer')."""
    stem = title.lower()
    for suffix in ("faget", "fag"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _matches(programme: str, *names: str) -> bool:
    text = fold(programme)
    return any(name and fold(name) in text for name in names)


def school_years(schooling: list[Schooling], trade: Trade, laerefag: Laerefag) -> list[SchoolYear]:
    """Schooling as credited years; 'trade' relation when the programme names the trade's Vg1/Vg2."""
    out = []
    programme_title = laerefag.utdanningsprogram
    for s in schooling:
        level = SchoolLevel.HIGHER_EDUCATION if s.level.value == "higher" else SchoolLevel(s.level.value)
        if level == SchoolLevel.VG1:
            related = _matches(s.programme, trade.vg1_code, UTDANNINGSPROGRAM.get(programme_title, ""))
        elif level == SchoolLevel.VG2:
            related = _matches(s.programme, trade.vg2_code, _trade_stem(trade.title))
        elif level == SchoolLevel.VG3:
            related = _matches(s.programme, trade.vg3_code, trade.title)
        else:
            related = False
        out.append(SchoolYear(level=level, relation=SchoolRelation.TRADE if related else SchoolRelation.OTHER,
                              passed=s.passed, yff_relevant=s.yff_relevant, in_school=s.in_school,
                              year=s.year, label=s.programme))
    return out


@dataclass(frozen=True)
class CasePraksis:
    result: PraksisResult
    profile: RuleProfile
    trade: Trade


def office_profile_id(db: Database) -> str:
    return db.get_setting(PROFILE_SETTING, "national")


def compute_case_praksis(db: Database, case_id: int, reference: date | None = None) -> CasePraksis:
    case = case_service.get_case(db, case_id)
    std = get_standard(db, case.standard_uid)
    if not isinstance(std, Laerefag):
        raise RplError("The practice-time calculation needs a lærefag as the case's target.")
    trade = std.to_trade()
    profile_id = (case.rule_profile_id.split("@")[0] if case.rule_profile_id else "") or office_profile_id(db)
    profile = load_profile(profile_id)
    result = compute_praksis(
        practice_periods(list_periods(db, case.candidate_id)),
        school_years(list_schooling(db, case.candidate_id), trade, std),
        [ExamResult(e.code, e.exam_date, e.passed) for e in list_exams(db, case.candidate_id)],
        trade, profile, reference or date.today(),
    )
    recorded = f"{profile.id}@{profile.version}"
    if case.rule_profile_id != recorded:
        case.rule_profile_id = recorded
        case_service.save_case(db, case)
    return CasePraksis(result, profile, trade)


def approval_blockers(result: PraksisResult) -> list[str]:
    """Why a praksiskandidat case cannot be approved on the practice-time side (hours never suffice alone)."""
    reasons = []
    if result.status == Status.NOT_MET:
        reasons.append(f"The practice time is not met: {result.remaining_hours} h remain.")
    elif result.status == Status.NEEDS_JUDGEMENT:
        codes = ", ".join(w.code for w in result.warnings if w.needs_judgement)
        reasons.append(f"The practice time needs your judgement first ({codes}): record it in the case.")
    exam = result.theory_exam
    if exam is None or not exam.passed:
        codes = " / ".join(result.theory_exam_codes) or "the Vg3 theory exam"
        reasons.append(f"The theory exam {codes} is not registered as passed.")
    for cert in result.extra_certificates:
        reasons.append(f"Confirm the required certificate: {cert}.")
    return reasons
