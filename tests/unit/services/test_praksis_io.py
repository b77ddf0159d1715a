"""Headless JSON for the praksiskandidat calculator: parsing, field-named errors, resources, output."""

from __future__ import annotations

import copy
import json
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.domain.praksis import PracticeKind, SchoolLevel, Status
from rpl_desktop.services.praksis_io import (
    compute_from_json,
    default_resource_dir,
    load_profile,
    load_trades,
    parse_request,
)

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
PROFILES = RESOURCES / "rule_profiles"
CATALOGUE = RESOURCES / "catalogue" / "sample-catalogue.json"
TRADES = load_trades(CATALOGUE)

REQUEST: dict[str, Any] = {
    "reference_date": "2025-06-01",
    "rule_profile": "national",
    "experiences": [
        {
            "start": "2020-01-01",
            "end": "2023-12-31",
            "fte_percent": 100,
            "country": "PL",
            "kind": "employment",
            "employer": "Budimex",
            "role": "cieśla",
            "tasks": "forskaling, takstoler",
            "third_party_confirmed": False,
        },
        {"start": "2024-01-01", "end": None, "fte_percent": 90, "country": "no", "employer": "Byggmester AS"},
    ],
    "schooling": [{"level": "vg1", "relation": "other", "passed": True, "yff_relevant": True}],
    "exams": [{"code": "TMF3102", "date": "2024-12-05", "passed": True}],
    "target": {"trade": "TMF3"},
}


def request(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(REQUEST)
    data.update(changes)
    return data


def error_field(data: object) -> str:
    with pytest.raises(ValidationError) as e:
        parse_request(data, profiles_dir=PROFILES, trades=TRADES)
    assert e.value.detail  # every error says what is wrong
    field: str = e.value.field
    return field


def with_experience(index: int, **changes: Any) -> dict[str, Any]:
    data = request()
    data["experiences"][index].update(changes)
    return data


# ------------------------------------------------------------------------------------------------
# parsing


def test_parses_a_full_request() -> None:
    req = parse_request(REQUEST, profiles_dir=PROFILES, trades=TRADES)
    assert req.reference_date == date(2025, 6, 1)
    assert req.profile.id == "national"
    first, second = req.periods
    assert (first.country, first.kind, first.employer, first.fte_percent) == (
        "PL",
        PracticeKind.EMPLOYMENT,
        "Budimex",
        Fraction(100),
    )
    assert second.end is None and second.country == "NO" and second.kind is PracticeKind.EMPLOYMENT
    assert req.schooling[0].level is SchoolLevel.VG1 and req.schooling[0].yff_relevant
    assert req.exams[0].date == date(2024, 12, 5)
    assert req.trade.code == "TMF3" and req.trade.required_hours == 8700


def test_malformed_date_names_the_field() -> None:
    assert error_field(with_experience(1, start="2024-13-01")) == "experiences[1].start"
    assert error_field(with_experience(0, end="31.12.2023")) == "experiences[0].end"
    assert error_field(request(reference_date="2025-6-1")) == "reference_date"
    assert (
        error_field(request(exams=[{"code": "TMF3102", "date": "2024-02-30", "passed": True}]))
        == "exams[0].date"
    )


def test_fte_over_100_names_the_field() -> None:
    assert error_field(with_experience(1, fte_percent=120)) == "experiences[1].fte_percent"
    assert error_field(with_experience(0, fte_percent=-5)) == "experiences[0].fte_percent"
    assert error_field(with_experience(0, fte_percent="100")) == "experiences[0].fte_percent"
    assert error_field(with_experience(0, fte_percent=True)) == "experiences[0].fte_percent"


def test_end_before_start_names_the_field() -> None:
    assert error_field(with_experience(0, start="2024-01-01", end="2023-12-31")) == "experiences[0].end"


def test_unknown_trade_without_required_hours_names_the_field() -> None:
    assert error_field(request(target={"trade": "Hovslagerfaget"})) == "target.trade"


def test_unknown_trade_with_required_hours_is_accepted() -> None:
    req = parse_request(
        request(target={"trade": "Hovslagerfaget", "required_hours": 6000}),
        profiles_dir=PROFILES,
        trades=TRADES,
    )
    assert req.trade.required_hours == 6000 and req.trade.title == "Hovslagerfaget"


def test_target_overrides_the_catalogue() -> None:
    data = request(target={"trade": "elektrikerfaget", "required_hours": 9860, "laeretid_years": 4.5})
    trade = parse_request(data, profiles_dir=PROFILES, trades=TRADES).trade
    assert (trade.code, trade.required_hours, trade.laeretid_years) == (
        "ELE3",
        Fraction(9860),
        Fraction(9, 2),
    )
    assert trade.theory_exam_codes == ("ELE3102",)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (with_experience(0, country="Polen"), "experiences[0].country"),
        (with_experience(0, kind="hobby"), "experiences[0].kind"),
        (with_experience(0, third_party_confirmed="yes"), "experiences[0].third_party_confirmed"),
        ({k: v for k, v in REQUEST.items() if k != "reference_date"}, "reference_date"),
        (
            request(experiences=[{"end": "2020-01-01", "fte_percent": 100, "country": "NO"}]),
            "experiences[0].start",
        ),
        (request(experiences=[{"start": "2020-01-01", "country": "NO"}]), "experiences[0].fte_percent"),
        (request(experiences={"start": "2020-01-01"}), "experiences"),
        (request(schooling=[{"level": "vg4", "relation": "trade", "passed": True}]), "schooling[0].level"),
        (request(schooling=[{"level": "vg2", "relation": "same", "passed": True}]), "schooling[0].relation"),
        (request(schooling=[{"level": "vg2", "relation": "trade"}]), "schooling[0].passed"),
        (request(exams=[{"date": "2024-12-05", "passed": True}]), "exams[0].code"),
        (request(target={"required_hours": 8700}), "target.trade"),
        (request(target={"trade": "TMF3", "required_hours": 0}), "target.required_hours"),
        (request(target={"trade": "TMF3", "laeretid_years": "4"}), "target.laeretid_years"),
        (request(rule_profile="oslo"), "rule_profile"),
        (request(rule_profile={"hours_per_month": 0}), "rule_profile.hours_per_month"),
        (request(rule_profile={"recency_min_share": 50}), "rule_profile.recency_min_share"),
        (
            request(rule_profile={"full_time_threshold_percent": 180}),
            "rule_profile.full_time_threshold_percent",
        ),
        (request(rule_profile={"min_norway": 24}), "rule_profile.min_norway"),
        (request(rule_profile={"school_credit": {"vg5": 1}}), "rule_profile.school_credit.vg5"),
        (request(rule_profile={"base": "nowhere"}), "rule_profile.base"),
        ([], ""),
    ],
)
def test_bad_values_name_their_field(data: object, field: str) -> None:
    assert error_field(data) == field


def test_error_message_includes_the_field() -> None:
    with pytest.raises(ValidationError) as e:
        parse_request(with_experience(1, fte_percent=120), profiles_dir=PROFILES, trades=TRADES)
    assert str(e.value).startswith("experiences[1].fte_percent: ")


# ------------------------------------------------------------------------------------------------
# profiles and catalogue


def test_profiles_validate_against_the_schema() -> None:
    schema = json.loads((RESOURCES / "schemas" / "rule_profile.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    files = sorted(PROFILES.glob("*.json"))
    assert {f.name for f in files} >= {"national.json", "agder-example.json"}
    for file in files:
        jsonschema.Draft202012Validator(schema).validate(json.loads(file.read_text(encoding="utf-8")))


def test_national_and_agder_profiles() -> None:
    national = load_profile("national", PROFILES)
    agder = load_profile("agder-example", PROFILES)
    assert (national.hours_per_month, national.full_time_threshold_percent, national.year_cap_months) == (
        Fraction(145),
        Fraction(80),
        Fraction(12),
    )
    assert (national.recency_years, national.recency_min_share, national.min_period_months) == (
        10,
        Fraction(1, 2),
        Fraction(2),
    )
    assert national.min_norway_months == 0 and not national.example
    assert national.school_credit.vg1_trade == 12 and national.school_credit.vg1_other == 3
    assert agder.min_norway_months == 24 and agder.example
    assert load_profile(None, PROFILES) == national


def test_overrides_record_their_base() -> None:
    profile = load_profile({"min_norway_months": 24, "school_credit": {"vg2_other": 6}}, PROFILES)
    national = load_profile("national", PROFILES)
    assert profile.id == "national+overrides" and profile.version == national.version
    assert profile.based_on == "national"
    assert profile.min_norway_months == 24 and profile.school_credit.vg2_other == 6
    assert profile.school_credit.vg1_trade == national.school_credit.vg1_trade


def test_broken_profile_file_is_an_import_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"id": "bad", "version": "1"', encoding="utf-8")
    with pytest.raises(ImportFileError):
        load_profile("bad", tmp_path)
    data = json.loads((PROFILES / "national.json").read_text(encoding="utf-8"))
    data.update(id="odd", hours_per_month=-1)
    (tmp_path / "odd.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFileError) as e:
        load_profile("odd", tmp_path)
    assert e.value.location == "hours_per_month"


def test_sample_catalogue() -> None:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert data["sample"] is True and "Not an official curriculum" in data["note"]
    assert data["format"] == "rpl-desktop-catalogue" and data["format_version"] == 1
    assert TRADES["ORG3"].required_hours == 75 * 145 and TRADES["FMM3"].required_hours == 78 * 145
    assert TRADES["ELE3"].required_hours == TRADES["RLF3"].required_hours == 9790
    assert {t.title for t in TRADES.values()} >= {
        "Tømrerfaget",
        "Helsearbeiderfaget",
        "Elektrikerfaget",
        "Rørleggerfaget",
        "Orgelbyggerfaget",
        "Flymotormekanikerfaget",
    }


def test_default_resource_dir_is_the_repository_resources() -> None:
    assert default_resource_dir() == RESOURCES
    assert load_trades() == TRADES


# ------------------------------------------------------------------------------------------------
# output


def test_result_json_has_the_contract_fields() -> None:
    out = compute_from_json(REQUEST, profiles_dir=PROFILES, trades=TRADES)
    json.dumps(out)  # plain JSON types only
    for key in (
        "status",
        "required_hours",
        "work_months",
        "school_months",
        "total_months",
        "total_hours",
        "remaining_hours",
        "recent_share",
        "capped_months",
        "theory_exam",
        "warnings",
        "per_period",
        "per_year",
        "profile_id",
        "profile_version",
    ):
        assert key in out, key
    assert out["status"] == Status.MET.value
    assert out["school_months"] == 6.0  # other Vg1 3 + 3 for relevant YFF
    assert out["theory_exam"] == {"code": "TMF3102", "date": "2024-12-05", "passed": True}
    assert all(set(w) >= {"code", "message"} for w in out["warnings"])
    assert [w["code"] for w in out["warnings"]] == ["foreign_practice"]
    assert out["per_period"][1]["ongoing"] is True and out["per_period"][1]["end"] == "2025-06-01"


def test_agder_variant_through_json() -> None:
    data = request(
        rule_profile="agder-example",
        experiences=[
            {"start": "2020-01-01", "end": "2023-12-31", "fte_percent": 100, "country": "PL"},
            {"start": "2024-01-01", "end": "2024-12-31", "fte_percent": 100, "country": "NO"},
        ],
        schooling=[],
    )
    out = compute_from_json(data, profiles_dir=PROFILES, trades=TRADES)
    assert out["status"] == "needs_judgement"
    assert out["profile_id"] == "agder-example"
    assert "norway_minimum" in {w["code"] for w in out["warnings"]}
