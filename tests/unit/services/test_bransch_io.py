"""Branschmodell files: the samples, the schema, the round trip, and broken rules refused by name."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from rpl_desktop.domain.bransch import DocumentKind, GateKind, HoursGate, PassedGate, Retake, SignoffGate
from rpl_desktop.domain.errors import ImportFileError
from rpl_desktop.services.bransch_io import (
    FORMAT,
    dump_model,
    dumps_model,
    load_model,
    load_sample_models,
    parse_model,
    sample_model_files,
    save_model,
    schema,
)

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
SAMPLE_DIR = RESOURCES / "branschmodeller"
NAMES = ["industrioperator-bas.json", "vvs-montor.json", "kock.json"]


def raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLE_DIR / name).read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: Any, name: str = "model.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------------------------------
# samples and schema


def test_the_three_samples_are_shipped_and_marked_sample() -> None:
    assert sorted(p.name for p in sample_model_files()) == sorted(NAMES)
    models = load_sample_models()
    assert sorted(models) == ["IOB", "KOCK", "VVS"]
    for m in models.values():
        assert m.sample is True
        assert "SAMPLE MODEL" in m.note and "our own" in m.note
        assert m.country == "SE"
        assert m.title["sv"] and m.title["en"]


def test_schema_is_valid_draft_2020_12_and_accepts_the_samples() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    validator = jsonschema.Draft202012Validator(schema())
    for name in NAMES:
        assert list(validator.iter_errors(raw(name))) == []


def test_industrioperator_structure() -> None:
    m = load_model(SAMPLE_DIR / "industrioperator-bas.json")
    assert m.certificate_name is DocumentKind.KOMPETENSBEVIS
    assert m.seqf_level == 3
    required = [x for x in m.modules if x.required]
    assert len(required) == 10
    assert [x.id for x in m.modules if not x.required] == ["M11"]
    machine = m.component("MASKIN")
    assert machine.duration_hours == 2 and machine.scoring.value == "pass_fail"
    assert {r.type_name for r in m.rules} == {"weighted", "per_area_minimum"}
    assert all(c.threshold == 70 for c in m.components if c.scoring.value == "percentage")
    for x in m.modules:
        assert {o.type.value for o in x.outcomes} <= {"kunskap", "fardighet", "ansvar_och_sjalvstandighet"}
        assert all(o.text["sv"] and o.text["en"] for o in x.outcomes)


def test_vvs_structure() -> None:
    m = load_model(SAMPLE_DIR / "vvs-montor.json")
    assert m.certificate_name is DocumentKind.BRANSCHCERTIFIKAT
    assert [x.id for x in m.modules] == ["svets", "teori", "installation"]
    assert len(m.module("teori").outcomes) == 6
    gates = [r for r in m.rules if isinstance(r, PassedGate | SignoffGate | HoursGate)]
    assert {(g.gate, g.before) for g in gates} == {
        (GateKind.PASSED, ("B",)),
        (GateKind.WORKPLACE_SIGNOFF, ("B",)),
        (GateKind.PASSED, ("C",)),
    }
    retake = m.retake_rule("B")
    assert isinstance(retake, Retake) and (retake.min_wait_days, retake.max_attempts) == (30, 3)
    assert m.component("C").duration_hours == 16


def test_kock_structure() -> None:
    m = load_model(SAMPLE_DIR / "kock.json")
    assert m.certificate_name is DocumentKind.BRANSCHINTYG
    assert m.component("kartlaggning").module is None
    assert m.component("kartlaggning").kind.value == "interview"
    items = [c for c in m.components if c.module is not None]
    assert len(items) >= 10 and all(
        c.kind.value == "observation" and c.scoring.value == "pass_fail" for c in items
    )


# ----------------------------------------------------------------------------------------------------
# round trip


@pytest.mark.parametrize("name", NAMES)
def test_dump_model_reproduces_the_file(name: str) -> None:
    data = raw(name)
    data.pop("$schema")
    assert dump_model(load_model(SAMPLE_DIR / name)) == data


@pytest.mark.parametrize("name", NAMES)
def test_round_trip_is_lossless(name: str, tmp_path: Path) -> None:
    model = load_model(SAMPLE_DIR / name)
    assert parse_model(dump_model(model)) == model
    assert parse_model(json.loads(dumps_model(model))) == model
    target = tmp_path / name
    save_model(model, target)
    assert load_model(target) == model
    assert list(tmp_path.iterdir()) == [target]


def test_round_trip_keeps_decimals_and_optional_fields(tmp_path: Path) -> None:
    data = raw("industrioperator-bas.json")
    data["rules"][0]["areas"][0]["weight"] = 2.5
    data["rules"][0]["threshold"] = 70.1
    data["valid_to"] = "2027-12-31"
    data["nkr_level"] = "5.1"
    model = load_model(write(tmp_path, data))
    assert model.rules[0].threshold == Decimal("70.1")  # type: ignore[union-attr]
    again = load_model(write(tmp_path, dump_model(model), "again.json"))
    assert again == model
    assert again.nkr_level == "5.1" and str(again.valid_to) == "2027-12-31"


# ----------------------------------------------------------------------------------------------------
# broken files

Mutation = Callable[[dict[str, Any]], None]


def _rule(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["rules"] if r["id"] == rule_id)
    return found


def _set(rule_id: str, **values: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        _rule(data, rule_id).update(values)

    return mutate


def _append(rule: dict[str, Any]) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["rules"].append(rule)

    return mutate


BROKEN_RULES: list[tuple[str, str, Mutation, str, str]] = [
    # (id, sample, mutation, location, message fragment)
    (
        "unknown-component",
        "vvs-montor.json",
        _set("a-fore-b", items=["X"]),
        'rules[1] (prerequisite "a-fore-b")',
        "unknown component or module: X",
    ),
    (
        "unknown-before",
        "vvs-montor.json",
        _set("b-fore-c", before=["D"]),
        'rules[3] (prerequisite "b-fore-c")',
        "before: unknown component or module: D",
    ),
    (
        "unknown-module-item",
        "vvs-montor.json",
        _set("alla-prov", items=["svets", "teori", "montage"]),
        'rules[0] (all_of "alla-prov")',
        "unknown component or module: montage",
    ),
    (
        "unknown-rule-module",
        "vvs-montor.json",
        _set("alla-prov", module="nope"),
        'rules[0] (all_of "alla-prov")',
        "module 'nope' is not a module of the model",
    ),
    (
        "k-greater-than-n",
        "vvs-montor.json",
        _append({"id": "teori", "type": "k_of_n", "k": 4, "items": ["A", "B", "C"]}),
        'rules[5] (k_of_n "teori")',
        "k = 4 but only 3 items",
    ),
    (
        "k-zero",
        "vvs-montor.json",
        _append({"id": "teori", "type": "k_of_n", "k": 0, "items": ["A"]}),
        'rules[5] (k_of_n "teori").k',
        "minimum of 1",
    ),
    (
        "weight-zero",
        "industrioperator-bas.json",
        lambda d: d["rules"][0]["areas"][3].update(weight=0),
        'rules[0] (weighted "viktat").areas[3].weight',
        "less than or equal to the minimum of 0",
    ),
    (
        "weight-missing",
        "industrioperator-bas.json",
        lambda d: d["components"][2].pop("weight"),
        'rules[0] (weighted "viktat")',
        "area 'T03' has no weight",
    ),
    (
        "weighted-not-percentage",
        "vvs-montor.json",
        _append({"id": "vikt", "type": "weighted", "areas": [{"item": "A", "weight": 1}], "threshold": 50}),
        'rules[5] (weighted "vikt")',
        "scored pass_fail; weighted areas must be percentage",
    ),
    (
        "weighted-threshold-range",
        "industrioperator-bas.json",
        _set("viktat", threshold=120),
        'rules[0] (weighted "viktat").threshold',
        "120 is greater than the maximum of 100",
    ),
    (
        "per-area-minimum-range",
        "industrioperator-bas.json",
        _set("omraden", minimum=150),
        'rules[1] (per_area_minimum "omraden")',
        "minimum = 150 is out of range for percentage scoring (0–100)",
    ),
    (
        "cyclic-prerequisite",
        "vvs-montor.json",
        _append(
            {"id": "c-fore-a", "type": "prerequisite", "gate": "passed", "items": ["C"], "before": ["A"]}
        ),
        'rules[1] (prerequisite "a-fore-b")',
        "cyclic prerequisite: ",
    ),
    (
        "self-prerequisite",
        "kock.json",
        _set("fas1-fore-fas2", items=["hygien"]),
        'rules[0] (prerequisite "fas1-fore-fas2")',
        "cyclic prerequisite: hygien",
    ),
    (
        "retake-zero-attempts",
        "vvs-montor.json",
        _set("omprov", max_attempts=0),
        'rules[4] (retake "omprov").max_attempts',
        "less than the minimum of 1",
    ),
    (
        "retake-unknown-component",
        "vvs-montor.json",
        _set("omprov", components=["A", "Q"]),
        'rules[4] (retake "omprov")',
        "unknown component: Q",
    ),
    (
        "retake-twice",
        "vvs-montor.json",
        _append(
            {"id": "omprov2", "type": "retake", "components": ["B"], "min_wait_days": 7, "max_attempts": 5}
        ),
        'rules[5] (retake "omprov2")',
        "component 'B' already has the retake rule 'omprov'",
    ),
    (
        "duplicate-rule-id",
        "vvs-montor.json",
        _append({"id": "omprov", "type": "all_of", "items": ["A"]}),
        'rules[5] (all_of "omprov")',
        "rule id 'omprov' is used twice",
    ),
    (
        "unknown-rule-type",
        "vvs-montor.json",
        _append({"id": "x", "type": "any_of", "items": ["A"]}),
        'rules[5] (any_of "x").type',
        "'any_of' is not one of",
    ),
    (
        "gate-missing-hours",
        "kock.json",
        lambda d: d["rules"][1].pop("hours"),
        'rules[1] (prerequisite "timmar")',
        "'hours' is a required property",
    ),
    (
        "hours-gate-unknown-key",
        "kock.json",
        _set("timmar", items=["A"]),
        'rules[1] (prerequisite "timmar")',
        "Additional properties are not allowed ('items'",
    ),
]


@pytest.mark.parametrize(
    ("sample", "mutate", "location", "fragment"),
    [case[1:] for case in BROKEN_RULES],
    ids=[case[0] for case in BROKEN_RULES],
)
def test_a_broken_rule_is_refused_naming_the_file_and_the_rule(
    tmp_path: Path, sample: str, mutate: Mutation, location: str, fragment: str
) -> None:
    data = copy.deepcopy(raw(sample))
    mutate(data)
    path = write(tmp_path, data, "broken.json")
    with pytest.raises(ImportFileError) as info:
        load_model(path)
    error = info.value
    assert error.path == str(path)
    assert error.location == location, str(error)
    assert fragment in error.detail, str(error)
    assert str(error).startswith(f"{path}, {location}: ")


def test_k_of_n_message_matches_the_documented_example(tmp_path: Path) -> None:
    data = raw("vvs-montor.json")
    data["rules"].insert(3, {"id": "teori", "type": "k_of_n", "k": 4, "items": ["A", "B", "C"]})
    path = write(tmp_path, data, "vvs.json")
    with pytest.raises(ImportFileError) as info:
        load_model(path)
    assert str(info.value) == f'{path}, rules[3] (k_of_n "teori"): k = 4 but only 3 items'


BROKEN_MODELS: list[tuple[str, Mutation, str, str]] = [
    (
        "threshold-mean-out-of-range",
        lambda d: d["components"][1].update(scoring="mean_1_5", threshold=7),
        'components[1] ("B").threshold',
        "7 is greater than the maximum of 5",
    ),
    (
        "threshold-percent-out-of-range",
        lambda d: d["components"][1].update(threshold=170),
        'components[1] ("B").threshold',
        "greater than the maximum of 100",
    ),
    (
        "threshold-on-pass-fail",
        lambda d: d["components"][0].update(threshold=50),
        'components[0] ("A").threshold',
        "1 was expected",
    ),
    (
        "component-unknown-module",
        lambda d: d["components"][0].update(module="lod"),
        'components[0] ("A")',
        "module 'lod' is not a module of the model",
    ),
    (
        "duplicate-id",
        lambda d: d["components"][2].update(id="teori"),
        'components[2] ("teori")',
        "id 'teori' is already used by modules[1]",
    ),
    (
        "no-required-module",
        lambda d: d.update(modules=[m | {"required": False} for m in d["modules"]]),
        "modules",
        "at least one module must be required",
    ),
    ("bad-date", lambda d: d.update(valid_from="2025-13-01"), "valid_from", "is not a date"),
    ("bad-certificate", lambda d: d.update(certificate_name="diplom"), "certificate_name", "is not one of"),
    ("missing-owner", lambda d: d.pop("owner"), "", "'owner' is a required property"),
    (
        "bad-outcome-type",
        lambda d: d["modules"][0]["outcomes"][0].update(type="kompetens"),
        'modules[0] ("svets").outcomes[0].type',
        "is not one of",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "location", "fragment"), [c[1:] for c in BROKEN_MODELS], ids=[c[0] for c in BROKEN_MODELS]
)
def test_other_broken_entries_are_refused_by_location(
    tmp_path: Path, mutate: Mutation, location: str, fragment: str
) -> None:
    data = raw("vvs-montor.json")
    mutate(data)
    with pytest.raises(ImportFileError) as info:
        load_model(write(tmp_path, data))
    assert info.value.location == location, str(info.value)
    assert fragment in info.value.detail, str(info.value)


def test_several_problems_are_counted(tmp_path: Path) -> None:
    data = raw("vvs-montor.json")
    data["rules"][0]["items"] = ["X", "Y"]
    data["rules"][3]["items"] = ["Z"]
    with pytest.raises(ImportFileError, match=r"\(and 1 more problem\)"):
        load_model(write(tmp_path, data))


def test_not_a_model_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be read"):
        load_model(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{ nope", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        load_model(bad)
    assert info.value.location == "line 1"
    with pytest.raises(ImportFileError, match="format"):
        load_model(write(tmp_path, {"format": "rpl-desktop/laerefag-catalogue"}))
    with pytest.raises(ImportFileError, match="one JSON object"):
        load_model(write(tmp_path, [1, 2]))
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"format": "Område"}'.encode("latin-1"))
    with pytest.raises(ImportFileError, match="UTF-8"):
        load_model(latin)


def test_valid_to_before_valid_from(tmp_path: Path) -> None:
    data = raw("kock.json")
    data["valid_to"] = "2024-01-01"
    with pytest.raises(ImportFileError) as info:
        load_model(write(tmp_path, data))
    assert info.value.location == "valid_to"


def test_format_constant() -> None:
    assert FORMAT == "rpl-desktop-branschmodell"
    assert all(raw(n)["format"] == FORMAT for n in NAMES)
