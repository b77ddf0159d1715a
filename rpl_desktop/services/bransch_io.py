"""Read, check and write branschmodell files (``"format": "rpl-desktop-branschmodell"``).

A file is one JSON object (schema: ``resources/schemas/branschmodell.schema.json``, Draft 2020-12)::

    {
      "format": "rpl-desktop-branschmodell", "format_version": 1,
      "sample": true, "note": "...",                          # optional
      "uid": "urn:...", "code": "IOB", "version": "2025.1", "valid_from": "2025-01-01", "valid_to": "...",
      "owner": "huvudman", "title": {"sv": "...", "en": "..."}, "role": {"sv": "...", "en": "..."},
      "country": "SE", "seqf_level": 3, "eqf_level": 3, "nkr_level": "3", "placement_decision": "...",
      "certificate_name": "yrkesbevis | kompetensbevis | branschcertifikat | branschintyg",
      "modules": [{"id": "M1", "code": "...", "title": {...}, "required": true, "training": {...},
                   "outcomes": [{"uid": "...", "code": "...", "type": "kunskap", "text": {...}}]}],
      "components": [{"id": "T1", "module": "M1", "kind": "theory_test", "scoring": "percentage",
                      "threshold": 70, "weight": 1, "duration_hours": 3, "title": {...}}],
      "rules": [
        {"id": "r1", "type": "all_of", "items": ["A", "B"], "module": "M1"},      # module: its pass condition
        {"id": "r2", "type": "k_of_n", "k": 2, "items": ["A", "B", "C"]},        # no module: certificate
        {"id": "r3", "type": "weighted", "areas": [{"item": "T1", "weight": 2}], "threshold": 70,
         "area_minimum": 50},
        {"id": "r4", "type": "per_area_minimum", "items": ["T1", "T2"], "minimum": 70},
        {"id": "g1", "type": "prerequisite", "gate": "documented_hours", "trade": "vvs", "hours": 2000,
         "before": ["B"]},                                                       # no before: certificate
        {"id": "g2", "type": "prerequisite", "gate": "passed", "items": ["A"], "before": ["B"]},
        {"id": "g3", "type": "prerequisite", "gate": "workplace_signoff", "signoffs": ["..."],
         "before": ["B"]},
        {"id": "rt", "type": "retake", "components": ["B"], "min_wait_days": 30, "max_attempts": 3}
      ]
    }

Loading checks the schema, then the model's semantics (:func:`rpl_desktop.domain.bransch.check_model`:
unknown references, k > n, weights, thresholds per scoring type, prerequisite cycles, retake limits). Any
problem raises :class:`ImportFileError` naming the file and the entry, e.g.
``vvs.json, rules[3] (k_of_n "teori"): k = 4 but only 3 items``. :func:`dump_model` writes the same
format; ``parse_model(dump_model(m)) == m`` for every valid model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from rpl_desktop.domain.bransch import (
    AllOf,
    AssessmentComponent,
    Branschmodell,
    ComponentKind,
    DocumentKind,
    GateKind,
    HoursGate,
    KOfN,
    Module,
    Outcome,
    OutcomeType,
    PassedGate,
    PerAreaMinimum,
    Retake,
    Rule,
    Scoring,
    SignoffGate,
    Weighted,
    WeightedArea,
    check_model,
)
from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.paths import resource_dir
from rpl_desktop.services.files import write_atomic

FORMAT = "rpl-desktop-branschmodell"
FORMAT_VERSION = 1
SCHEMA_FILE = Path("schemas") / "branschmodell.schema.json"
SAMPLES_DIR = Path("branschmodeller")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    with (resource_dir() / SCHEMA_FILE).open(encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema() -> Mapping[str, Any]:
    """The JSON schema of the format (Draft 2020-12)."""
    schema_: Mapping[str, Any] = _validator().schema
    return schema_


# ----------------------------------------------------------------------------------------------------
# locations


def _entry_location(data: Mapping[str, Any], path: Sequence[str | int]) -> str:
    """``rules[3] (k_of_n "teori").k`` from a JSON path, naming the entry by its id and type."""
    if not path:
        return ""
    head = path[0]
    rest = list(path[1:])
    text = str(head)
    first = rest[0] if rest else None
    if head in ("rules", "modules", "components") and isinstance(first, int):
        index = first
        rest.pop(0)
        entries = data.get(str(head))
        entry = entries[index] if isinstance(entries, list) and index < len(entries) else None
        text = f"{head}[{index}]"
        if isinstance(entry, Mapping):
            ident = entry.get("id")
            if head == "rules":
                text += f' ({entry.get("type", "?")} "{ident}")'
            elif ident is not None:
                text += f' ("{ident}")'
    for part in rest:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


# ----------------------------------------------------------------------------------------------------
# parsing


def _dec(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("", f"{value!r} is not a number")
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _opt_dec(value: Any) -> Decimal | None:
    return None if value is None else _dec(value)


def _date(value: Any, field: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _texts(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, Mapping) else {}


def _ids(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _rule(raw: Mapping[str, Any]) -> Rule:
    kind = raw["type"]
    rid = str(raw["id"])
    title = _texts(raw.get("title"))
    module = raw.get("module")
    if kind == "all_of":
        return AllOf(rid, _ids(raw["items"]), module, title)
    if kind == "k_of_n":
        return KOfN(rid, int(raw["k"]), _ids(raw["items"]), module, title)
    if kind == "weighted":
        areas = tuple(WeightedArea(str(a["item"]), _opt_dec(a.get("weight"))) for a in raw["areas"])
        return Weighted(rid, areas, _dec(raw["threshold"]), _opt_dec(raw.get("area_minimum")), module, title)
    if kind == "per_area_minimum":
        return PerAreaMinimum(rid, _ids(raw["items"]), _opt_dec(raw.get("minimum")), module, title)
    if kind == "retake":
        return Retake(
            rid, _ids(raw["components"]), int(raw["min_wait_days"]), int(raw["max_attempts"]), title
        )
    gate = GateKind(raw["gate"])
    before = _ids(raw.get("before"))
    if gate is GateKind.DOCUMENTED_HOURS:
        return HoursGate(rid, str(raw["trade"]), _dec(raw["hours"]), before, title)
    if gate is GateKind.PASSED:
        return PassedGate(rid, _ids(raw["items"]), before, title)
    return SignoffGate(rid, tuple(str(s) for s in raw["signoffs"]), before, title)


def _build(data: Mapping[str, Any]) -> Branschmodell:
    modules = tuple(
        Module(
            id=str(m["id"]),
            code=str(m["code"]),
            title=_texts(m["title"]),
            outcomes=tuple(
                Outcome(str(o["uid"]), str(o["code"]), OutcomeType(o["type"]), _texts(o["text"]))
                for o in m.get("outcomes", [])
            ),
            required=bool(m.get("required", True)),
            training=_texts(m.get("training")),
        )
        for m in data["modules"]
    )
    components = tuple(
        AssessmentComponent(
            id=str(c["id"]),
            kind=ComponentKind(c["kind"]),
            scoring=Scoring(c["scoring"]),
            threshold=_opt_dec(c.get("threshold")),
            title=_texts(c["title"]),
            module=c.get("module"),
            weight=_opt_dec(c.get("weight")),
            duration_hours=_opt_dec(c.get("duration_hours")),
        )
        for c in data["components"]
    )
    return Branschmodell(
        uid=str(data["uid"]),
        code=str(data["code"]),
        version=str(data["version"]),
        valid_from=_date(data["valid_from"], "valid_from"),
        valid_to=_date(data["valid_to"], "valid_to") if data.get("valid_to") is not None else None,
        owner=str(data["owner"]),
        title=_texts(data.get("title")),
        role=_texts(data["role"]),
        country=str(data.get("country", "SE")),
        seqf_level=data.get("seqf_level"),
        eqf_level=data.get("eqf_level"),
        nkr_level=data.get("nkr_level"),
        placement_decision=str(data.get("placement_decision", "")),
        certificate_name=DocumentKind(data["certificate_name"]),
        modules=modules,
        components=components,
        rules=tuple(_rule(r) for r in data.get("rules", [])),
        sample=bool(data.get("sample", False)),
        note=str(data.get("note", "")),
    )


def parse_model(data: Any, path: str = "<branschmodell>") -> Branschmodell:
    """Check ``data`` (a decoded JSON object) against the schema and the model rules; build the model.

    Raises :class:`ImportFileError` whose ``location`` names the entry (``rules[3] (k_of_n "teori")``).
    """
    if not isinstance(data, Mapping):
        raise ImportFileError(path, "", "must hold one JSON object")
    if data.get("format") != FORMAT:
        raise ImportFileError(path, "format", f'is not a branschmodell file ("format" must be "{FORMAT}")')
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        location = _entry_location(data, list(error.absolute_path))
        raise ImportFileError(path, location, error.message)
    try:
        model = _build(data)
    except ValidationError as e:
        raise ImportFileError(path, e.field, e.detail) from None
    if model.valid_to is not None and model.valid_to < model.valid_from:
        raise ImportFileError(path, "valid_to", f"{model.valid_to} is before valid_from {model.valid_from}")
    problems = check_model(model)
    if problems:
        first = problems[0]
        more = (
            f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
            if len(problems) > 1
            else ""
        )
        raise ImportFileError(path, first.location, first.message + more)
    return model


def load_model(path: str | os.PathLike[str]) -> Branschmodell:
    """Read and check one model file."""
    file = Path(path)
    try:
        with file.open(encoding="utf-8") as f:
            data = json.load(f, parse_float=Decimal)
    except OSError as e:
        raise ImportFileError(str(file), "", f"cannot be read ({e.strerror or e})") from None
    except json.JSONDecodeError as e:
        raise ImportFileError(str(file), f"line {e.lineno}", f"is not valid JSON: {e.msg}") from None
    except UnicodeDecodeError:
        raise ImportFileError(str(file), "", "is not UTF-8 text") from None
    return parse_model(data, str(file))


def sample_model_files() -> list[Path]:
    """The sample models shipped in ``resources/branschmodeller``."""
    return sorted((resource_dir() / SAMPLES_DIR).glob("*.json"))


def load_sample_models() -> dict[str, Branschmodell]:
    """Sample models by code."""
    models = [load_model(p) for p in sample_model_files()]
    return {m.code: m for m in models}


# ----------------------------------------------------------------------------------------------------
# writing


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _rule_dict(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"id": rule.id, "type": rule.type_name}
    if isinstance(rule, HoursGate | PassedGate | SignoffGate):
        out["gate"] = rule.gate.value
    if rule.title:
        out["title"] = dict(rule.title)
    if isinstance(rule, AllOf | KOfN | Weighted | PerAreaMinimum) and rule.module is not None:
        out["module"] = rule.module
    if isinstance(rule, KOfN):
        out["k"] = rule.k
    if isinstance(rule, AllOf | KOfN | PerAreaMinimum | PassedGate):
        out["items"] = list(rule.items)
    if isinstance(rule, PerAreaMinimum) and rule.minimum is not None:
        out["minimum"] = _num(rule.minimum)
    if isinstance(rule, Weighted):
        out["areas"] = [
            {"item": a.item} | ({"weight": _num(a.weight)} if a.weight is not None else {})
            for a in rule.areas
        ]
        out["threshold"] = _num(rule.threshold)
        if rule.area_minimum is not None:
            out["area_minimum"] = _num(rule.area_minimum)
    if isinstance(rule, HoursGate):
        out["trade"] = rule.trade
        out["hours"] = _num(rule.hours)
    if isinstance(rule, SignoffGate):
        out["signoffs"] = list(rule.signoffs)
    if isinstance(rule, HoursGate | PassedGate | SignoffGate) and rule.before:
        out["before"] = list(rule.before)
    if isinstance(rule, Retake):
        out["components"] = list(rule.components)
        out["min_wait_days"] = rule.min_wait_days
        out["max_attempts"] = rule.max_attempts
    return out


def dump_model(model: Branschmodell) -> dict[str, Any]:
    """The model as a JSON object in the file format (optional keys only when set)."""
    out: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    if model.sample:
        out["sample"] = True
    if model.note:
        out["note"] = model.note
    out |= {
        "uid": model.uid,
        "code": model.code,
        "version": model.version,
        "valid_from": model.valid_from.isoformat(),
    }
    if model.valid_to is not None:
        out["valid_to"] = model.valid_to.isoformat()
    out["owner"] = model.owner
    if model.title:
        out["title"] = dict(model.title)
    out["role"] = dict(model.role)
    out["country"] = model.country
    for key, value in (
        ("seqf_level", model.seqf_level),
        ("eqf_level", model.eqf_level),
        ("nkr_level", model.nkr_level),
    ):
        if value is not None:
            out[key] = value
    if model.placement_decision:
        out["placement_decision"] = model.placement_decision
    out["certificate_name"] = model.certificate_name.value
    modules = []
    for m in model.modules:
        md: dict[str, Any] = {"id": m.id, "code": m.code, "title": dict(m.title), "required": m.required}
        if m.training:
            md["training"] = dict(m.training)
        md["outcomes"] = [
            {"uid": o.uid, "code": o.code, "type": o.type.value, "text": dict(o.text)} for o in m.outcomes
        ]
        modules.append(md)
    out["modules"] = modules
    components = []
    for c in model.components:
        cd: dict[str, Any] = {"id": c.id}
        if c.module is not None:
            cd["module"] = c.module
        cd["kind"] = c.kind.value
        cd["scoring"] = c.scoring.value
        for key, num in (
            ("threshold", c.threshold),
            ("weight", c.weight),
            ("duration_hours", c.duration_hours),
        ):
            if num is not None:
                cd[key] = _num(num)
        cd["title"] = dict(c.title)
        components.append(cd)
    out["components"] = components
    out["rules"] = [_rule_dict(r) for r in model.rules]
    return out


def dumps_model(model: Branschmodell) -> str:
    return json.dumps(dump_model(model), ensure_ascii=False, indent=2) + "\n"


def save_model(model: Branschmodell, path: str | os.PathLike[str]) -> None:
    """Write the model to ``path`` (via a temporary file, so a failed write leaves the old file)."""
    write_atomic(path, dumps_model(model).encode("utf-8"))


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "dump_model",
    "dumps_model",
    "load_model",
    "load_sample_models",
    "parse_model",
    "sample_model_files",
    "save_model",
    "schema",
]
