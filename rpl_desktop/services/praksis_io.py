"""Headless JSON for the praksiskandidat calculator: parse requests, load profiles and trades, dump results.

Request (one JSON object)::

    {
      "reference_date": "2025-06-01",
      "rule_profile": "national",                       # a profile id, or an object of overrides:
                                                        # {"base": "national", "min_norway_months": 24, ...}
      "experiences": [{"start": "2020-01-01", "end": null, "fte_percent": 100, "country": "NO",
                       "kind": "employment", "employer": "...", "role": "...", "tasks": "...",
                       "third_party_confirmed": false}],
      "schooling": [{"level": "vg1", "relation": "trade", "passed": true, "yff_relevant": false,
                     "in_school": true, "year": 2019}],
      "exams": [{"code": "TMF3102", "date": "2024-12-05", "passed": true}],
      "target": {"trade": "TMF3", "required_hours": 8700, "laeretid_years": 4}
    }

Required: ``reference_date``, ``target.trade``, and for each experience ``start``, ``fte_percent`` and
``country``; for each school year ``level``, ``relation`` and ``passed``; for each exam ``code`` and
``passed``. A missing ``end`` means ongoing; ``kind`` defaults to ``employment``; ``in_school`` to true.
Unknown keys are ignored, except in a rule-profile override object, where a misspelt key would silently
change nothing and is therefore an error. Every bad value raises :class:`ValidationError` whose ``field``
is the JSON path (``experiences[1].fte_percent``). A broken resource file raises :class:`ImportFileError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.domain.praksis import (
    ExamResult,
    PracticeKind,
    PracticePeriod,
    PraksisResult,
    RuleProfile,
    SchoolCreditTable,
    SchoolLevel,
    SchoolRelation,
    SchoolYear,
    Trade,
    compute_praksis,
    to_fraction,
)
from rpl_desktop.paths import resource_dir

DEFAULT_PROFILE_ID = "national"
CATALOGUE_FILE = Path("catalogue") / "sample-catalogue.json"
PROFILES_DIR = Path("rule_profiles")

PROFILE_NUMBER_KEYS = (
    "hours_per_month",
    "full_time_threshold_percent",
    "year_cap_months",
    "recency_years",
    "recency_min_share",
    "min_period_months",
    "min_norway_months",
)
SCHOOL_CREDIT_KEYS = tuple(f.name for f in fields(SchoolCreditTable))

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def default_resource_dir() -> Path:
    """The bundled ``resources`` folder (in a checkout or inside the installed package)."""
    return resource_dir()


@dataclass(frozen=True)
class PraksisRequest:
    """A parsed headless request: the arguments of :func:`compute_praksis`."""

    periods: tuple[PracticePeriod, ...]
    schooling: tuple[SchoolYear, ...]
    exams: tuple[ExamResult, ...]
    trade: Trade
    profile: RuleProfile
    reference_date: date


# ----------------------------------------------------------------------------------------------------
# primitive readers: each names the JSON path of a bad value


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(path, "must be a JSON object")
    return value


def _list(value: object, path: str) -> Sequence[Any]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise ValidationError(path, "must be a list")
    return value


def _required(obj: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in obj or obj[key] is None:
        raise ValidationError(f"{path}{key}", "is required")
    return obj[key]


def _date(value: object, path: str) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValidationError(path, f"must be a date written YYYY-MM-DD, not {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(path, f"is not a real date: {value!r}") from None


def _number(value: object, path: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise ValidationError(path, f"must be a number, not {value!r}")
    if isinstance(value, float | Decimal) and not Decimal(str(value)).is_finite():
        raise ValidationError(path, f"must be a finite number, not {value!r}")
    return to_fraction(value)


def _percent(value: object, path: str) -> Fraction:
    number = _number(value, path)
    if not 0 <= number <= 100:
        raise ValidationError(path, f"must be a percentage between 0 and 100, not {value}")
    return number


def _non_negative(value: object, path: str) -> Fraction:
    number = _number(value, path)
    if number < 0:
        raise ValidationError(path, f"must not be negative, not {value}")
    return number


def _positive(value: object, path: str) -> Fraction:
    number = _number(value, path)
    if number <= 0:
        raise ValidationError(path, f"must be more than 0, not {value}")
    return number


def _integer(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(path, f"must be a whole number, not {value!r}")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(path, f"must be true or false, not {value!r}")
    return value


def _str(value: object, path: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(path, f"must be text, not {value!r}")
    return value


def _choice(value: object, path: str, allowed: Sequence[str]) -> str:
    text = _str(value, path)
    if text not in allowed:
        raise ValidationError(path, f"must be one of {', '.join(allowed)}, not {value!r}")
    return text


def _strings(value: object, path: str) -> tuple[str, ...]:
    return tuple(_str(item, f"{path}[{i}]") for i, item in enumerate(_list(value, path)))


# ----------------------------------------------------------------------------------------------------
# rule profiles


def parse_profile(data: Mapping[str, Any], path: str = "rule_profile") -> RuleProfile:
    """A complete profile object (the shape of ``resources/rule_profiles/*.json``)."""
    data = _object(data, path)
    p = f"{path}."
    table = _object(_required(data, "school_credit", p), f"{p}school_credit")
    credit = {
        k: _non_negative(_required(table, k, f"{p}school_credit."), f"{p}school_credit.{k}")
        for k in SCHOOL_CREDIT_KEYS
    }
    refs = _strings(data.get("legal_references"), f"{p}legal_references")
    profile_id = _str(_required(data, "id", p), f"{p}id")
    if not profile_id:
        raise ValidationError(f"{p}id", "must not be empty")
    example = data.get("example", False)
    based_on = data.get("based_on")
    return RuleProfile(
        id=profile_id,
        version=_str(_required(data, "version", p), f"{p}version"),
        name=_str(_required(data, "name", p), f"{p}name"),
        hours_per_month=_positive(_required(data, "hours_per_month", p), f"{p}hours_per_month"),
        full_time_threshold_percent=_percent(
            _required(data, "full_time_threshold_percent", p), f"{p}full_time_threshold_percent"
        ),
        year_cap_months=_positive(_required(data, "year_cap_months", p), f"{p}year_cap_months"),
        recency_years=_recency_years(_required(data, "recency_years", p), f"{p}recency_years"),
        recency_min_share=_share(_required(data, "recency_min_share", p), f"{p}recency_min_share"),
        min_period_months=_non_negative(_required(data, "min_period_months", p), f"{p}min_period_months"),
        min_norway_months=_non_negative(_required(data, "min_norway_months", p), f"{p}min_norway_months"),
        school_credit=SchoolCreditTable(**credit),
        legal_references=refs,
        example=_bool(example, f"{p}example"),
        based_on=None if based_on is None else _str(based_on, f"{p}based_on"),
    )


def _recency_years(value: object, path: str) -> int:
    years = _integer(value, path)
    if not 0 <= years <= 100:
        raise ValidationError(path, f"must be between 0 and 100 years, not {years}")
    return years


def _share(value: object, path: str) -> Fraction:
    share = _number(value, path)
    if not 0 <= share <= 1:
        raise ValidationError(path, f"must be a share between 0 and 1 (0.5 = 50 %), not {value}")
    return share


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        raise ImportFileError(str(path), "", f"cannot be read ({e.strerror or e})") from None
    except json.JSONDecodeError as e:
        raise ImportFileError(str(path), f"line {e.lineno}", f"is not valid JSON: {e.msg}") from None
    except UnicodeDecodeError as e:
        raise ImportFileError(str(path), f"byte {e.start}", "is not UTF-8 text. Save the file as UTF-8.") from None


def available_profiles(profiles_dir: Path) -> dict[str, Path]:
    """Profile id -> file, for every ``*.json`` in ``profiles_dir`` that has an ``id``."""
    found: dict[str, Path] = {}
    for file in sorted(profiles_dir.glob("*.json")):
        data = _read_json(file)
        if isinstance(data, Mapping) and isinstance(data.get("id"), str):
            found[data["id"]] = file
    return found


def _load_profile_file(file: Path) -> RuleProfile:
    try:
        return parse_profile(_read_json(file), path="")
    except ValidationError as e:
        raise ImportFileError(str(file), e.field.lstrip("."), e.detail) from None


def load_profile(
    id_or_overrides: str | Mapping[str, Any] | None, profiles_dir: Path | None = None
) -> RuleProfile:
    """A profile by id, or a base profile (``"base"``, default ``national``) with some keys overridden.

    An overridden profile gets the id ``<base>+overrides`` and keeps the base's version, so a case still
    records what it was computed with.
    """
    folder = profiles_dir if profiles_dir is not None else default_resource_dir() / PROFILES_DIR
    if id_or_overrides is None:
        id_or_overrides = DEFAULT_PROFILE_ID
    if isinstance(id_or_overrides, str):
        return _profile_by_id(id_or_overrides, folder, "rule_profile")
    overrides = _object(id_or_overrides, "rule_profile")
    allowed = {"base", *PROFILE_NUMBER_KEYS, "school_credit"}
    for key in overrides:
        if key not in allowed:
            raise ValidationError(
                f"rule_profile.{key}", f"is not a rule-profile key ({', '.join(sorted(allowed))})"
            )
    base_id = _str(overrides.get("base", DEFAULT_PROFILE_ID), "rule_profile.base") or DEFAULT_PROFILE_ID
    base = _profile_by_id(base_id, folder, "rule_profile.base")
    merged: dict[str, Any] = {
        "id": f"{base.id}+overrides",
        "version": base.version,
        "name": f"{base.name} (with overrides: {', '.join(k for k in overrides if k != 'base')})",
        "legal_references": list(base.legal_references),
        "example": base.example,
        "based_on": base.id,
        "school_credit": {k: getattr(base.school_credit, k) for k in SCHOOL_CREDIT_KEYS},
        **{k: getattr(base, k) for k in PROFILE_NUMBER_KEYS},
    }
    for key, value in overrides.items():
        if key == "school_credit":
            table = _object(value, "rule_profile.school_credit")
            for k, v in table.items():
                if k not in SCHOOL_CREDIT_KEYS:
                    raise ValidationError(f"rule_profile.school_credit.{k}", "is not a school-credit key")
                merged["school_credit"][k] = v
        elif key != "base":
            merged[key] = value
    return parse_profile(merged)


def _profile_by_id(profile_id: str, folder: Path, field: str) -> RuleProfile:
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.+-]*", profile_id):
        direct = folder / f"{profile_id}.json"
        if direct.is_file():
            profile = _load_profile_file(direct)
            if profile.id == profile_id:
                return profile
    profiles = available_profiles(folder)
    file = profiles.get(profile_id)
    if file is None:
        known = ", ".join(sorted(profiles)) or "none"
        raise ValidationError(field, f"unknown rule profile {profile_id!r} (known: {known})")
    return _load_profile_file(file)


# ----------------------------------------------------------------------------------------------------
# trades


def parse_trade(data: Mapping[str, Any], path: str) -> Trade:
    """One entry of the catalogue's ``trades`` list."""
    data = _object(data, path)
    p = f"{path}."
    return Trade(
        code=_str(_required(data, "code", p), f"{p}code"),
        title=_str(_required(data, "title", p), f"{p}title"),
        required_hours=_positive(_required(data, "required_hours", p), f"{p}required_hours"),
        laeretid_years=_positive(_required(data, "laeretid_years", p), f"{p}laeretid_years"),
        theory_exam_codes=_strings(data.get("theory_exam_codes"), f"{p}theory_exam_codes"),
        extra_certificates=_strings(data.get("extra_certificates"), f"{p}extra_certificates"),
        programme_code=_str(
            _object(data.get("utdanningsprogram") or {}, f"{p}utdanningsprogram").get("code"),
            f"{p}utdanningsprogram.code",
        ),
        vg1_code=_str(_object(data.get("vg1") or {}, f"{p}vg1").get("code"), f"{p}vg1.code"),
        vg2_code=_str(_object(data.get("vg2") or {}, f"{p}vg2").get("code"), f"{p}vg2.code"),
        vg3_code=_str(_object(data.get("vg3") or {}, f"{p}vg3").get("code"), f"{p}vg3.code"),
    )


def load_trades(path: Path | None = None) -> dict[str, Trade]:
    """The trades (lærefag with a praksis requirement) of a catalogue file, by code.

    Default: the bundled sample catalogue. The catalogue is the one source of each trade's hours,
    læretid, programmes and exams; see :mod:`rpl_desktop.services.catalogue_io`.
    """
    from rpl_desktop.domain.catalogue import trades
    from rpl_desktop.services.catalogue_io import load_catalogue

    return trades(load_catalogue(path if path is not None else default_resource_dir() / CATALOGUE_FILE))


def find_trade(trades: Mapping[str, Trade], name: str) -> Trade | None:
    """A trade by code (any case) or by title."""
    key = name.strip().casefold()
    for trade in trades.values():
        if key in (trade.code.casefold(), trade.title.casefold()):
            return trade
    return None


def parse_target(data: object, trades: Mapping[str, Trade]) -> Trade:
    """``target``: a catalogue trade, with ``required_hours``/``laeretid_years`` overriding it if given."""
    target = _object(data, "target")
    name = _str(_required(target, "trade", "target."), "target.trade").strip()
    if not name:
        raise ValidationError("target.trade", "must name a trade")
    hours = target.get("required_hours")
    years = target.get("laeretid_years")
    trade = find_trade(trades, name)
    if trade is None:
        if hours is None:
            raise ValidationError(
                "target.trade",
                f"unknown trade {name!r}; give target.required_hours or pick a catalogue trade",
            )
        trade = Trade(code=name, title=name, required_hours=Fraction(1), laeretid_years=Fraction(4))
    if hours is not None:
        trade = replace(trade, required_hours=_positive(hours, "target.required_hours"))
    if years is not None:
        trade = replace(trade, laeretid_years=_positive(years, "target.laeretid_years"))
    return trade


# ----------------------------------------------------------------------------------------------------
# the request


def parse_experience(data: object, path: str) -> PracticePeriod:
    e = _object(data, path)
    p = f"{path}."
    start = _date(_required(e, "start", p), f"{p}start")
    end_value = e.get("end")
    end = None if end_value is None else _date(end_value, f"{p}end")
    if end is not None and end < start:
        raise ValidationError(f"{p}end", f"ends ({end}) before it starts ({start})")
    country = _str(_required(e, "country", p), f"{p}country").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise ValidationError(
            f"{p}country", f"must be an ISO 3166 alpha-2 code such as NO or PL, not {e['country']!r}"
        )
    return PracticePeriod(
        start=start,
        end=end,
        fte_percent=_percent(_required(e, "fte_percent", p), f"{p}fte_percent"),
        country=country,
        kind=PracticeKind(_choice(e.get("kind", "employment"), f"{p}kind", [k.value for k in PracticeKind])),
        employer=_str(e.get("employer"), f"{p}employer"),
        role=_str(e.get("role"), f"{p}role"),
        tasks=_str(e.get("tasks"), f"{p}tasks"),
        third_party_confirmed=_bool(e.get("third_party_confirmed", False), f"{p}third_party_confirmed"),
    )


def parse_school_year(data: object, path: str) -> SchoolYear:
    s = _object(data, path)
    p = f"{path}."
    year = s.get("year")
    return SchoolYear(
        level=SchoolLevel(_choice(_required(s, "level", p), f"{p}level", [x.value for x in SchoolLevel])),
        relation=SchoolRelation(
            _choice(_required(s, "relation", p), f"{p}relation", [x.value for x in SchoolRelation])
        ),
        passed=_bool(_required(s, "passed", p), f"{p}passed"),
        yff_relevant=_bool(s.get("yff_relevant", False), f"{p}yff_relevant"),
        in_school=_bool(s.get("in_school", True), f"{p}in_school"),
        year=None if year is None else _integer(year, f"{p}year"),
        label=_str(s.get("label"), f"{p}label"),
    )


def parse_exam(data: object, path: str) -> ExamResult:
    x = _object(data, path)
    p = f"{path}."
    when = x.get("date")
    code = _str(_required(x, "code", p), f"{p}code").strip()
    if not code:
        raise ValidationError(f"{p}code", "must not be empty")
    return ExamResult(
        code=code,
        date=None if when is None else _date(when, f"{p}date"),
        passed=_bool(_required(x, "passed", p), f"{p}passed"),
    )


def parse_request(
    data: object,
    *,
    profiles_dir: Path | None = None,
    trades: Mapping[str, Trade] | None = None,
) -> PraksisRequest:
    """Parse and check a headless request (see the module docstring)."""
    root = _object(data, "")
    reference_date = _date(_required(root, "reference_date", ""), "reference_date")
    profile = load_profile(root.get("rule_profile"), profiles_dir)
    catalogue = trades if trades is not None else load_trades()
    trade = parse_target(_required(root, "target", ""), catalogue)
    periods = tuple(
        parse_experience(e, f"experiences[{i}]")
        for i, e in enumerate(_list(root.get("experiences"), "experiences"))
    )
    schooling = tuple(
        parse_school_year(s, f"schooling[{i}]")
        for i, s in enumerate(_list(root.get("schooling"), "schooling"))
    )
    exams = tuple(parse_exam(x, f"exams[{i}]") for i, x in enumerate(_list(root.get("exams"), "exams")))
    return PraksisRequest(periods, schooling, exams, trade, profile, reference_date)


def compute_from_json(
    data: object,
    *,
    profiles_dir: Path | None = None,
    trades: Mapping[str, Trade] | None = None,
) -> dict[str, Any]:
    """Parse a headless request, compute, and return the result as a JSON-ready dict."""
    req = parse_request(data, profiles_dir=profiles_dir, trades=trades)
    result = compute_praksis(
        req.periods, req.schooling, req.exams, req.trade, req.profile, req.reference_date
    )
    return result_to_json(result)


# ----------------------------------------------------------------------------------------------------
# output


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def result_to_json(result: PraksisResult) -> dict[str, Any]:
    """The result as plain JSON types (numbers already rounded: months 2 dp, hours 1 dp)."""
    exam = result.theory_exam
    return {
        "status": result.status.value,
        "trade": {"code": result.trade_code, "title": result.trade_title},
        "reference_date": result.reference_date.isoformat(),
        "profile_id": result.profile_id,
        "profile_version": result.profile_version,
        "hours_per_month": _num(result.hours_per_month),
        "required_hours": _num(result.required_hours),
        "required_months": _num(result.required_months),
        "raw_work_months": _num(result.raw_work_months),
        "work_months": _num(result.work_months),
        "capped_months": _num(result.capped_months),
        "school_months": _num(result.school_months),
        "total_months": _num(result.total_months),
        "work_hours": _num(result.work_hours),
        "school_hours": _num(result.school_hours),
        "total_hours": _num(result.total_hours),
        "remaining_hours": _num(result.remaining_hours),
        "remaining_months": _num(result.remaining_months),
        "recent_months": _num(result.recent_months),
        "recent_share": _num(result.recent_share),
        "norway_months": _num(result.norway_months),
        "foreign_months": _num(result.foreign_months),
        "theory_exam": None
        if exam is None
        else {"code": exam.code, "date": _iso(exam.date), "passed": exam.passed},
        "theory_exam_codes": list(result.theory_exam_codes),
        "extra_certificates": list(result.extra_certificates),
        "warnings": [
            {
                "code": w.code.value,
                "message": w.message,
                "period_index": w.period_index,
                "needs_judgement": w.needs_judgement,
            }
            for w in result.warnings
        ],
        "per_period": [
            {
                "index": r.index,
                "start": r.start.isoformat(),
                "end": _iso(r.end),
                "counted": r.counted,
                "ongoing": r.ongoing,
                "clipped": r.clipped,
                "fte_percent": _num(r.fte_percent),
                "fte_factor": _num(r.fte_factor),
                "country": r.country,
                "kind": r.kind.value,
                "employer": r.employer,
                "role": r.role,
                "calendar_months": _num(r.calendar_months),
                "raw_months": _num(r.raw_months),
                "credited_months": _num(r.credited_months),
                "recent_months": _num(r.recent_months),
            }
            for r in result.per_period
        ],
        "per_year": [
            {
                "year": y.year,
                "raw_months": _num(y.raw_months),
                "credited_months": _num(y.credited_months),
                "capped_months": _num(y.capped_months),
                "recent_months": _num(y.recent_months),
                "school_months": _num(y.school_months),
            }
            for y in result.per_year
        ],
        "per_school": [
            {
                "index": s.index,
                "level": s.level.value,
                "relation": s.relation.value,
                "passed": s.passed,
                "year": s.year,
                "label": s.label,
                "months": _num(s.months),
                "reason": s.reason,
            }
            for s in result.per_school
        ],
        "legal_references": list(result.legal_references),
        "convention": result.convention,
    }
