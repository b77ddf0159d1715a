"""Praksiskandidat calculator: how much documented practice (*praksis*) counts toward a lærefag.

A *praksiskandidat* takes the fag-/svenneprøve on the strength of work experience instead of an
apprenticeship. The county checks that the candidate has enough practice, in hours, for the trade
(usually 8 700 h = 60 months at 145 h a month). This module computes that amount from the candidate's
periods of work and passed school years, under a :class:`RuleProfile` (the national default or a
county's stricter variant, loaded from ``resources/rule_profiles``). It never approves anyone: the status
only says whether the *amount* of practice is met, not met, or needs the caseworker's judgement. The
relevance of the work to the Vg3 kompetansemål is always the caseworker's assessment.

Counting convention (no source defines one; this is ours, and :data:`COUNTING_CONVENTION` is shown in
every result):

* **Months.** For each calendar month a period touches, the period counts the share of that month's days
  it covers (covered days / days in that month), start and end dates inclusive. 1–31 March is 1 month;
  15 January – 14 March is 17/31 + 1 + 14/31 = 2 months.
* **Reference date.** An ongoing period (no end) runs to the reference date, inclusive. A period is
  clipped at the reference date; a period that starts after it counts nothing (and is reported).
* **Position percentage.** A period at or above ``full_time_threshold_percent`` (80) counts 100 %; below
  it, the month share is multiplied by ``fte_percent / 100``.
* **Overlaps and the year cap.** Overlapping periods are simply added. Then each calendar year is capped
  at ``year_cap_months`` (12). A capped year is reduced *proportionally*: every period's share of that
  year is multiplied by cap / raw, so the per-period contribution table still adds up to the total.
* **School credit** (godskriving) comes from the profile's table, only for passed whole years, and at most
  one credited year per level (the best one). School years have no dates: they count toward the total but
  are not capped and are left out of the recency share (numerator and denominator).
* **Recency.** ``recent_share`` = credited (post-cap) practice months that fall in the window
  [reference date − ``recency_years``, reference date] / all credited practice months. It is computed per
  day, like the months themselves, so a month that straddles the window start counts in part. With no
  practice at all it is ``None``.
* **Short periods** are measured in calendar months (position percentage ignored). Periods at the same
  employer that touch or overlap are measured together, so an attest with one line per change of position
  percentage is not mistaken for several short stints. A period with no employer name stands alone.
* **Norway minimum** compares credited practice months in Norway (country ``NO``) with
  ``min_norway_months``; school credit does not count toward it.
* **Arithmetic** is exact (:class:`fractions.Fraction`); values are rounded only in the result, half up:
  months to 2 decimals, hours to 1 decimal, shares to 4 decimals. The status compares exact values.

Status: ``not_met`` if total hours (practice + school) are below the trade's requirement; otherwise
``needs_judgement`` if any warning in :data:`JUDGEMENT_CODES` was raised; otherwise ``met``. The theory
exam and the trade's extra certificates are reported beside the status and do not change it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from rpl_desktop.domain.errors import ValidationError

COUNTING_CONVENTION = (
    "Each calendar month a period touches counts the share of that month's days it covers (start and end "
    "inclusive); periods at or above the full-time threshold count 100 %, others pro rata; ongoing periods "
    "run to the reference date; overlapping periods are added and each calendar year is then capped, "
    "reduced proportionally; school credit is undated and left out of the recency share."
)

NORWAY = "NO"

Number = Fraction | int | Decimal


class Status(StrEnum):
    """Whether the amount of practice time is enough. Never an approval."""

    MET = "met"
    NOT_MET = "not_met"
    NEEDS_JUDGEMENT = "needs_judgement"


class PracticeKind(StrEnum):
    EMPLOYMENT = "employment"
    SELF_EMPLOYED = "self_employed"
    VOLUNTARY = "voluntary"
    WORK_TRAINING = "work_training"
    LEISURE = "leisure"


class SchoolLevel(StrEnum):
    VG1 = "vg1"
    VG2 = "vg2"
    VG3 = "vg3"
    HIGHER_EDUCATION = "higher_education"


class SchoolRelation(StrEnum):
    """Whether a school year belongs to the trade (its utdanningsprogram, its Vg2) or to something else."""

    TRADE = "trade"
    OTHER = "other"


class WarningCode(StrEnum):
    """Stable warning codes. Those in :data:`JUDGEMENT_CODES` make the status ``needs_judgement``."""

    RECENCY = "recency"
    SHORT_PERIOD = "short_period"
    NORWAY_MINIMUM = "norway_minimum"
    SELF_EMPLOYED_UNCONFIRMED = "self_employed_unconfirmed"
    FOREIGN_PRACTICE = "foreign_practice"
    YEAR_CAPPED = "year_capped"
    LEADER_ROLE = "leader_role"
    PRACTICE_KIND = "practice_kind"
    AFTER_REFERENCE_DATE = "after_reference_date"


JUDGEMENT_CODES: frozenset[WarningCode] = frozenset(
    {
        WarningCode.RECENCY,
        WarningCode.SHORT_PERIOD,
        WarningCode.NORWAY_MINIMUM,
        WarningCode.SELF_EMPLOYED_UNCONFIRMED,
    }
)

# Roles that are "normally not approved" (domain doc 1.3): teachers, engineers, foremen, supervisors.
_LEADER_ROLE = re.compile(
    r"l(?:æ|ae)r(?:e|a)r|teacher|ingeni(?:ø|o)r|engineer|formann|foreman|arbeidsle(?:d|i)(?:e|a)r|"
    r"le(?:d|i)(?:e|a)r|leader|supervisor|manager",
    re.IGNORECASE,
)


def to_fraction(value: Number | float | str) -> Fraction:
    """Exact Fraction from an int, Decimal, Fraction, decimal string or float (0.1 read as 1/10)."""
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


@dataclass(frozen=True)
class SchoolCreditTable:
    """Months credited for one passed school year (godskriving), by level and relation to the trade."""

    vg1_trade: Fraction
    vg1_other: Fraction
    vg1_other_yff_bonus: Fraction
    vg2_trade: Fraction
    vg2_other: Fraction
    vg3_in_school_same_vg2: Fraction
    vg3_in_school_same_vg2_long_laeretid: Fraction
    long_laeretid_above_years: Fraction
    vg3_other: Fraction
    higher_education: Fraction


@dataclass(frozen=True)
class RuleProfile:
    """The counting rules of a county (or the national default), as data. ``version`` goes into results."""

    id: str
    version: str
    name: str
    hours_per_month: Fraction
    full_time_threshold_percent: Fraction
    year_cap_months: Fraction
    recency_years: int
    recency_min_share: Fraction
    min_period_months: Fraction
    min_norway_months: Fraction
    school_credit: SchoolCreditTable
    legal_references: tuple[str, ...] = ()
    example: bool = False
    based_on: str | None = None


@dataclass(frozen=True)
class PracticePeriod:
    """One period of work as the attest states it. ``end`` None means ongoing."""

    start: date
    end: date | None
    fte_percent: Fraction
    country: str = NORWAY
    kind: PracticeKind = PracticeKind.EMPLOYMENT
    employer: str = ""
    role: str = ""
    tasks: str = ""
    third_party_confirmed: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "fte_percent", to_fraction(self.fte_percent))
        object.__setattr__(self, "kind", PracticeKind(self.kind))
        object.__setattr__(self, "country", self.country.upper())


@dataclass(frozen=True)
class SchoolYear:
    """One school year. ``year`` (the calendar year it was completed) is optional and only for display."""

    level: SchoolLevel
    relation: SchoolRelation
    passed: bool
    yff_relevant: bool = False
    in_school: bool = True
    year: int | None = None
    label: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", SchoolLevel(self.level))
        object.__setattr__(self, "relation", SchoolRelation(self.relation))


@dataclass(frozen=True)
class ExamResult:
    code: str
    date: date | None
    passed: bool


@dataclass(frozen=True)
class Trade:
    """A lærefag from the catalogue, with its practice requirement in hours."""

    code: str
    title: str
    required_hours: Fraction
    laeretid_years: Fraction
    theory_exam_codes: tuple[str, ...] = ()
    extra_certificates: tuple[str, ...] = ()
    programme_code: str = ""
    vg1_code: str = ""
    vg2_code: str = ""
    vg3_code: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "required_hours", to_fraction(self.required_hours))
        object.__setattr__(self, "laeretid_years", to_fraction(self.laeretid_years))


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the name the rest of the program uses; shadows the builtin only here
    code: WarningCode
    message: str
    period_index: int | None = None

    @property
    def needs_judgement(self) -> bool:
        return self.code in JUDGEMENT_CODES


@dataclass(frozen=True)
class PeriodContribution:
    """One row of the contribution table. ``end`` is the end actually counted (after clipping)."""

    index: int
    start: date
    end: date | None
    counted: bool
    ongoing: bool
    clipped: bool
    fte_percent: Decimal
    fte_factor: Decimal
    country: str
    kind: PracticeKind
    employer: str
    role: str
    calendar_months: Decimal
    raw_months: Decimal
    credited_months: Decimal
    recent_months: Decimal


@dataclass(frozen=True)
class YearRow:
    """One calendar year of the bar chart. ``capped_months`` is what the cap removed."""

    year: int
    raw_months: Decimal
    credited_months: Decimal
    capped_months: Decimal
    recent_months: Decimal
    school_months: Decimal


@dataclass(frozen=True)
class SchoolContribution:
    index: int
    level: SchoolLevel
    relation: SchoolRelation
    passed: bool
    year: int | None
    label: str
    months: Decimal
    reason: str


@dataclass(frozen=True)
class PraksisResult:
    """Everything the calculator found, rounded for display (months 2 dp, hours 1 dp, shares 4 dp).

    ``capped_months`` are the months the year cap removed; ``work_months`` are credited practice months
    after the cap; ``raw_work_months`` before it.
    """

    status: Status
    trade_code: str
    trade_title: str
    reference_date: date
    profile_id: str
    profile_version: str
    hours_per_month: Decimal
    required_hours: Decimal
    required_months: Decimal
    raw_work_months: Decimal
    work_months: Decimal
    capped_months: Decimal
    school_months: Decimal
    total_months: Decimal
    work_hours: Decimal
    school_hours: Decimal
    total_hours: Decimal
    remaining_hours: Decimal
    remaining_months: Decimal
    recent_months: Decimal
    recent_share: Decimal | None
    norway_months: Decimal
    foreign_months: Decimal
    theory_exam: ExamResult | None
    theory_exam_codes: tuple[str, ...]
    extra_certificates: tuple[str, ...]
    warnings: tuple[Warning, ...]
    per_period: tuple[PeriodContribution, ...]
    per_year: tuple[YearRow, ...]
    per_school: tuple[SchoolContribution, ...]
    legal_references: tuple[str, ...]
    convention: str = COUNTING_CONVENTION


# ----------------------------------------------------------------------------------------------------
# rounding and formatting


def round_half_up(value: Fraction, places: int) -> Decimal:
    """Round an exact value half away from zero to ``places`` decimals."""
    scaled = abs(value) * 10**places
    units = int(scaled + Fraction(1, 2))
    if value < 0:
        units = -units
    return Decimal(units).scaleb(-places)


def _months(value: Fraction) -> Decimal:
    return round_half_up(value, 2)


def _hours(value: Fraction) -> Decimal:
    return round_half_up(value, 1)


def _fmt_months(value: Fraction) -> str:
    return f"{_months(value):.2f}"


def _fmt_percent(share: Fraction, limit: Fraction) -> str:
    """Percent with as few decimals as keep it on the right side of ``limit`` (49.96 % is not "50 %")."""
    for places in range(4):
        shown = round_half_up(share * 100, places)
        if (Fraction(shown) < limit * 100) == (share < limit):
            break
    return f"{shown} %"


def _describe(index: int, period: PracticePeriod) -> str:
    end = "ongoing" if period.end is None else period.end.isoformat()
    who = f"{period.employer}, " if period.employer.strip() else ""
    return f"Period {index + 1} ({who}{period.start.isoformat()} – {end})"


# ----------------------------------------------------------------------------------------------------
# validation


def validate_inputs(periods: Sequence[PracticePeriod], trade: Trade, profile: RuleProfile) -> None:
    """Raise :class:`ValidationError` naming the first bad field the way the headless JSON names it."""
    for i, p in enumerate(periods):
        where = f"experiences[{i}]"
        if not 0 <= p.fte_percent <= 100:
            raise ValidationError(f"{where}.fte_percent", f"must be between 0 and 100, not {p.fte_percent}")
        if p.end is not None and p.end < p.start:
            raise ValidationError(f"{where}.end", f"ends ({p.end}) before it starts ({p.start})")
        if not re.fullmatch(r"[A-Z]{2}", p.country):
            raise ValidationError(f"{where}.country", f"must be an ISO 3166 alpha-2 code, not {p.country!r}")
    if trade.required_hours <= 0:
        raise ValidationError("target.required_hours", "must be more than 0 hours")
    if trade.laeretid_years <= 0:
        raise ValidationError("target.laeretid_years", "must be more than 0 years")
    if profile.hours_per_month <= 0:
        raise ValidationError("rule_profile.hours_per_month", "must be more than 0")
    if profile.year_cap_months <= 0:
        raise ValidationError("rule_profile.year_cap_months", "must be more than 0")
    if not 0 <= profile.full_time_threshold_percent <= 100:
        raise ValidationError("rule_profile.full_time_threshold_percent", "must be between 0 and 100")
    if not 0 <= profile.recency_min_share <= 1:
        raise ValidationError("rule_profile.recency_min_share", "must be between 0 and 1")
    if profile.recency_years < 0:
        raise ValidationError("rule_profile.recency_years", "must not be negative")


# ----------------------------------------------------------------------------------------------------
# month arithmetic


def _month_slices(start: date, end: date) -> Iterator[tuple[int, date, date, int]]:
    """(year, first covered day, last covered day, days in month) for each calendar month of [start, end]."""
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        days = calendar.monthrange(year, month)[1]
        lo = max(start, date(year, month, 1))
        hi = min(end, date(year, month, days))
        yield year, lo, hi, days
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


# Month shares are counted exactly in units of 1/377 580 month, the least common multiple of 28, 29, 30
# and 31, so a day of any month is a whole number of units and sums stay integers until the end.
_UNITS_PER_MONTH = 377_580


def _month_units(start: date, end: date, window_start: date) -> dict[int, tuple[int, int]]:
    """year -> (units covered, units covered on or after ``window_start``) for [start, end]."""
    out: dict[int, tuple[int, int]] = {}
    for year, lo, hi, days in _month_slices(start, end):
        per_day = _UNITS_PER_MONTH // days
        covered = ((hi - lo).days + 1) * per_day
        recent_lo = max(lo, window_start)
        recent = ((hi - recent_lo).days + 1) * per_day if recent_lo <= hi else 0
        old, old_recent = out.get(year, (0, 0))
        out[year] = (old + covered, old_recent + recent)
    return out


def calendar_months(start: date, end: date) -> Fraction:
    """Length of [start, end] in months by the convention above (position percentage ignored)."""
    units = sum(u for u, _ in _month_units(start, end, date.max).values())
    return Fraction(units, _UNITS_PER_MONTH)


def _years_before(day: date, years: int) -> date:
    if day.year - years < date.min.year:
        return date.min
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def fte_factor(fte_percent: Fraction, profile: RuleProfile) -> Fraction:
    if fte_percent >= profile.full_time_threshold_percent:
        return Fraction(1)
    return fte_percent / 100


# ----------------------------------------------------------------------------------------------------
# the calculation


@dataclass
class _PeriodWork:
    index: int
    period: PracticePeriod
    start: date
    end: date | None  # None: not counted (starts after the reference date)
    clipped: bool
    factor: Fraction
    calendar_months: Fraction
    by_year: dict[int, tuple[Fraction, Fraction]]  # year -> (raw months, raw months inside recency window)


def _period_work(
    index: int, p: PracticePeriod, profile: RuleProfile, ref: date, window_start: date
) -> _PeriodWork:
    factor = fte_factor(p.fte_percent, profile)
    if p.start > ref:
        return _PeriodWork(index, p, p.start, None, True, factor, Fraction(0), {})
    end = ref if p.end is None or p.end > ref else p.end
    clipped = p.end is not None and p.end > ref
    by_year = {
        year: (Fraction(units, _UNITS_PER_MONTH) * factor, Fraction(recent, _UNITS_PER_MONTH) * factor)
        for year, (units, recent) in _month_units(p.start, end, window_start).items()
    }
    return _PeriodWork(index, p, p.start, end, clipped, factor, calendar_months(p.start, end), by_year)


def _school_credit(
    schooling: Sequence[SchoolYear], trade: Trade, table: SchoolCreditTable
) -> list[tuple[Fraction, str]]:
    """Months and reason per school year; only the best year per level is credited."""
    rows: list[tuple[Fraction, str]] = []
    for s in schooling:
        trade_year = s.relation is SchoolRelation.TRADE
        if not s.passed:
            rows.append((Fraction(0), "Not passed: only whole, passed school years are credited."))
        elif s.level is SchoolLevel.VG1 and trade_year:
            rows.append((table.vg1_trade, "Vg1 in the trade's utdanningsprogram."))
        elif s.level is SchoolLevel.VG1:
            bonus = table.vg1_other_yff_bonus if s.yff_relevant else Fraction(0)
            yff = "with" if s.yff_relevant else "without"
            rows.append((table.vg1_other + bonus, f"Another Vg1, {yff} relevant yrkesfaglig fordypning."))
        elif s.level is SchoolLevel.VG2:
            rows.append(
                (table.vg2_trade, "Vg2 set for the trade.")
                if trade_year
                else (
                    table.vg2_other,
                    "A Vg2 for another trade (the caseworker may credit it by assessment).",
                )
            )
        elif s.level is SchoolLevel.VG3 and trade_year and s.in_school:
            if trade.laeretid_years > table.long_laeretid_above_years:
                rows.append(
                    (
                        table.vg3_in_school_same_vg2_long_laeretid,
                        "Vg3 in school on the same Vg2 (læretid over the limit).",
                    )
                )
            else:
                rows.append((table.vg3_in_school_same_vg2, "Vg3 in school on the same Vg2."))
        elif s.level is SchoolLevel.VG3:
            rows.append((table.vg3_other, "Another Vg3, or Vg3 not taken in school."))
        else:
            rows.append((table.higher_education, "Higher education is not credited as school years."))
    for level in SchoolLevel:
        indices = [i for i, s in enumerate(schooling) if s.level is level and rows[i][0] > 0]
        if len(indices) > 1:
            best = max(indices, key=lambda i: (rows[i][0], -i))
            for i in indices:
                if i != best:
                    rows[i] = (
                        Fraction(0),
                        f"Only one {level.value} year is credited; year {best + 1} counts.",
                    )
    return rows


def _pick_exam(exams: Sequence[ExamResult], codes: tuple[str, ...]) -> ExamResult | None:
    wanted = {c.upper() for c in codes}
    matching = [e for e in exams if not wanted or e.code.upper() in wanted]
    if not matching:
        return None
    return max(matching, key=lambda e: (e.passed, e.date or date.min))


def _short_period_warnings(work: list[_PeriodWork], profile: RuleProfile) -> list[Warning]:
    """Runs of touching periods at one employer shorter than ``min_period_months``."""
    if profile.min_period_months <= 0:
        return []
    counted = sorted((w for w in work if w.end is not None), key=lambda w: (w.start, w.index))
    runs: list[tuple[str, date, date, list[_PeriodWork]]] = []
    open_runs: dict[str, int] = {}
    for w in counted:
        assert w.end is not None
        key = w.period.employer.strip().casefold()
        at = open_runs.get(key) if key else None
        if at is not None and w.start <= runs[at][2] + timedelta(days=1):
            k, s, e, members = runs[at]
            runs[at] = (k, s, max(e, w.end), [*members, w])
        else:
            runs.append((key, w.start, w.end, [w]))
            if key:
                open_runs[key] = len(runs) - 1
    out: list[Warning] = []
    for _, start, end, members in runs:
        length = calendar_months(start, end)
        if length >= profile.min_period_months:
            continue
        first = min(members, key=lambda m: m.index)
        ongoing = " so far" if any(m.period.end is None for m in members) else ""
        out.append(
            Warning(
                WarningCode.SHORT_PERIOD,
                f"{_describe(first.index, first.period)} covers only {_fmt_months(length)} months"
                f"{ongoing}; the profile expects periods of at least "
                f"{_fmt_months(profile.min_period_months)} consecutive months. Check whether such a short "
                "stint gave practice across the trade.",
                first.index,
            )
        )
    return out


def _period_warnings(w: _PeriodWork) -> list[Warning]:
    p, i = w.period, w.index
    name = _describe(i, p)
    if w.end is None:
        return [
            Warning(
                WarningCode.AFTER_REFERENCE_DATE,
                f"{name} starts after the reference date and was not counted. Check the dates or the "
                "reference date.",
                i,
            )
        ]
    out: list[Warning] = []
    if p.kind is PracticeKind.SELF_EMPLOYED and not p.third_party_confirmed:
        out.append(
            Warning(
                WarningCode.SELF_EMPLOYED_UNCONFIRMED,
                f"{name} is self-employment that no third party has confirmed. Ask for a confirmation from "
                "someone with professional competence in the trade, and a firmaattest or a printout from "
                "Brønnøysundregistrene.",
                i,
            )
        )
    if p.country != NORWAY:
        out.append(
            Warning(
                WarningCode.FOREIGN_PRACTICE,
                f"{name} was carried out abroad ({p.country}). Foreign practice is assessed case by case; "
                "check that the attests are translated into Norwegian and describe the tasks.",
                i,
            )
        )
    if p.role and _LEADER_ROLE.search(p.role):
        out.append(
            Warning(
                WarningCode.LEADER_ROLE,
                f"{name} has the role {p.role!r}. Teacher, engineer, foreman and supervisor roles are "
                "normally not approved; check that the work itself was done at skilled-worker level.",
                i,
            )
        )
    if p.kind in (PracticeKind.VOLUNTARY, PracticeKind.WORK_TRAINING, PracticeKind.LEISURE):
        label = {
            PracticeKind.VOLUNTARY: "voluntary work",
            PracticeKind.WORK_TRAINING: "work training (arbeidstrening)",
            PracticeKind.LEISURE: "spare-time practice",
        }[p.kind]
        out.append(
            Warning(
                WarningCode.PRACTICE_KIND,
                f"{name} is {label}. It counts here, but such practice is accepted only in some cases "
                "(spare-time practice only exceptionally); check that it was real work alongside skilled "
                "practitioners of the trade.",
                i,
            )
        )
    return out


def compute_praksis(
    periods: Sequence[PracticePeriod],
    schooling: Sequence[SchoolYear],
    exams: Sequence[ExamResult],
    trade: Trade,
    profile: RuleProfile,
    reference_date: date,
) -> PraksisResult:
    """Compute the practice time for ``trade`` under ``profile`` as of ``reference_date``.

    Raises :class:`ValidationError` (field named as in the headless JSON, e.g. ``experiences[1].end``)
    for impossible input. See the module docstring for the counting convention.
    """
    validate_inputs(periods, trade, profile)
    ref = reference_date
    window_start = _years_before(ref, profile.recency_years)
    work = [_period_work(i, p, profile, ref, window_start) for i, p in enumerate(periods)]

    # Years: add everything up, then cap each year and scale its periods proportionally.
    year_raw: dict[int, Fraction] = {}
    for w in work:
        for year, (raw, _) in w.by_year.items():
            year_raw[year] = year_raw.get(year, Fraction(0)) + raw
    factor = {
        y: (profile.year_cap_months / raw if raw > profile.year_cap_months else Fraction(1))
        for y, raw in year_raw.items()
    }

    credited = {w.index: sum((r * factor[y] for y, (r, _) in w.by_year.items()), Fraction(0)) for w in work}
    recent = {w.index: sum((r * factor[y] for y, (_, r) in w.by_year.items()), Fraction(0)) for w in work}
    raw_work = sum(year_raw.values(), Fraction(0))
    work_months = sum(credited.values(), Fraction(0))
    recent_months = sum(recent.values(), Fraction(0))
    norway = sum((credited[w.index] for w in work if w.period.country == NORWAY), Fraction(0))

    school = _school_credit(schooling, trade, profile.school_credit)
    school_months = sum((m for m, _ in school), Fraction(0))

    hpm = profile.hours_per_month
    total_months = work_months + school_months
    total_hours = total_months * hpm
    remaining_hours = max(Fraction(0), trade.required_hours - total_hours)
    recent_share = recent_months / work_months if work_months > 0 else None

    warnings: list[Warning] = []
    if recent_share is not None and recent_share < profile.recency_min_share:
        warnings.append(
            Warning(
                WarningCode.RECENCY,
                f"Only {_fmt_percent(recent_share, profile.recency_min_share)} of the credited practice "
                f"lies within the last {profile.recency_years} years (the profile expects at least "
                f"{_fmt_percent(profile.recency_min_share, profile.recency_min_share)}). Check whether the "
                "older practice is still relevant to today's Vg3 læreplan.",
            )
        )
    if profile.min_norway_months > 0 and norway < profile.min_norway_months:
        warnings.append(
            Warning(
                WarningCode.NORWAY_MINIMUM,
                f"Only {_fmt_months(norway)} months of the credited practice are from Norway (the profile "
                f"{profile.name} expects at least {_fmt_months(profile.min_norway_months)}). Check whether "
                "the foreign practice can be accepted under the county's rules.",
            )
        )
    per_period_warnings = [x for w in work for x in _period_warnings(w)] + _short_period_warnings(
        work, profile
    )
    warnings.extend(
        sorted(per_period_warnings, key=lambda x: (x.period_index or 0, list(WarningCode).index(x.code)))
    )
    for year in sorted(year_raw):
        if factor[year] < 1:
            warnings.append(
                Warning(
                    WarningCode.YEAR_CAPPED,
                    f"In {year} the periods add up to {_fmt_months(year_raw[year])} months; at most "
                    f"{_fmt_months(profile.year_cap_months)} can be credited for one calendar year, so each "
                    f"period's share of {year} was reduced proportionally "
                    f"({_fmt_months(year_raw[year] - profile.year_cap_months)} months not credited).",
                )
            )

    if total_hours < trade.required_hours:
        status = Status.NOT_MET
    elif any(x.needs_judgement for x in warnings):
        status = Status.NEEDS_JUDGEMENT
    else:
        status = Status.MET

    school_by_year: dict[int, Fraction] = {}
    for s, (months, _) in zip(schooling, school, strict=True):
        if s.year is not None and months > 0:
            school_by_year[s.year] = school_by_year.get(s.year, Fraction(0)) + months
    years = set(year_raw) | set(school_by_year)
    per_year = tuple(
        YearRow(
            year=y,
            raw_months=_months(year_raw.get(y, Fraction(0))),
            credited_months=_months(year_raw.get(y, Fraction(0)) * factor.get(y, Fraction(1))),
            capped_months=_months(year_raw.get(y, Fraction(0)) * (1 - factor.get(y, Fraction(1)))),
            recent_months=_months(
                sum((w.by_year[y][1] * factor[y] for w in work if y in w.by_year), Fraction(0))
            ),
            school_months=_months(school_by_year.get(y, Fraction(0))),
        )
        for y in (range(min(years), max(years) + 1) if years else ())
    )
    per_period = tuple(
        PeriodContribution(
            index=w.index,
            start=w.start,
            end=w.end,
            counted=w.end is not None,
            ongoing=w.period.end is None,
            clipped=w.clipped,
            fte_percent=round_half_up(w.period.fte_percent, 2),
            fte_factor=round_half_up(w.factor, 4),
            country=w.period.country,
            kind=w.period.kind,
            employer=w.period.employer,
            role=w.period.role,
            calendar_months=_months(w.calendar_months),
            raw_months=_months(sum((r for r, _ in w.by_year.values()), Fraction(0))),
            credited_months=_months(credited[w.index]),
            recent_months=_months(recent[w.index]),
        )
        for w in work
    )
    per_school = tuple(
        SchoolContribution(i, s.level, s.relation, s.passed, s.year, s.label, _months(m), reason)
        for i, (s, (m, reason)) in enumerate(zip(schooling, school, strict=True))
    )
    return PraksisResult(
        status=status,
        trade_code=trade.code,
        trade_title=trade.title,
        reference_date=ref,
        profile_id=profile.id,
        profile_version=profile.version,
        hours_per_month=round_half_up(hpm, 2),
        required_hours=_hours(trade.required_hours),
        required_months=_months(trade.required_hours / hpm),
        raw_work_months=_months(raw_work),
        work_months=_months(work_months),
        capped_months=_months(raw_work - work_months),
        school_months=_months(school_months),
        total_months=_months(total_months),
        work_hours=_hours(work_months * hpm),
        school_hours=_hours(school_months * hpm),
        total_hours=_hours(total_hours),
        remaining_hours=_hours(remaining_hours),
        remaining_months=_months(remaining_hours / hpm),
        recent_months=_months(recent_months),
        recent_share=None if recent_share is None else round_half_up(recent_share, 4),
        norway_months=_months(norway),
        foreign_months=_months(work_months - norway),
        theory_exam=_pick_exam(exams, trade.theory_exam_codes),
        theory_exam_codes=trade.theory_exam_codes,
        extra_certificates=trade.extra_certificates,
        warnings=tuple(warnings),
        per_period=per_period,
        per_year=per_year,
        per_school=per_school,
        legal_references=profile.legal_references,
    )
