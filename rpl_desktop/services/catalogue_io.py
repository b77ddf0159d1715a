"""Import and export of the catalogue of standards: our JSON format, a CSV outcome table, Udir Grep JSON.

No Qt and no database here; the store keeps one standard per row in the JSON of
:func:`standard_to_json`.

**Our JSON format** (``resources/schemas/catalogue.schema.json``, Draft 2020-12)::

    {"format": "rpl-desktop-catalogue", "format_version": 1, "sample": false, "note": "...",
     "standards": [{"uid": ..., "kind": "fagskole_emne", "code": ..., "version": ..., "title": {"nb": ...},
                    "studiepoeng": 10, "nkr_level": "5.1", "eqf_level": 5,
                    "outcomes": [{"uid": ..., "code": "K1", "category": "kunnskap", "order": 1,
                                  "text": {"nb": ..., "en": ...}}]}, ...]}

A file is checked against the schema, then semantically (duplicate uids, utdanning emner missing from the
catalogue, NKR level against studiepoeng, outcome categories...). :func:`dump_catalogue` writes every
field, so ``dump_catalogue(load_catalogue(f))`` equals the file's JSON for a file in canonical form.

**CSV outcome table**: one row per outcome, columns ``standard_code, standard_version, outcome_code,
category, order, text_nb, text_nn, text_en, text_sv, uid`` (``text_se`` and ``text_da`` may follow; the
export adds them only when some outcome has such a text). UTF-8 with or without BOM, ``;`` or ``,``
(read from the header line). The rows replace the outcomes of the standards they name in a catalogue
given to the importer; an empty ``uid`` becomes ``urn:rpl:outcome:<standard>:<order>``. Export neutralises
cells that a spreadsheet would run as a formula (beginning with ``= + - @``, tab or CR) by putting ``'``
before them; import removes one such ``'`` again, so round trips are exact.

**Udir Grep JSON**: a læreplan (``laereplan_lk20``), a kompetansemålsett or a single kompetansemål. Grep's
lists carry only references, so an import takes the texts present in the file and keeps every Grep object
(ids, uri, url-data for later enrichment, relations, explanations) in :class:`GrepRef`; the Grep export
writes the current texts and lists over those objects, so import → export gives the same document. Grep
languages: ``nob``→nb, ``nno``→nn, ``eng``→en, ``sme``→se (also ``swe``→sv, ``dan``→da); ``default`` is
matched to the language whose text it repeats, else the læreplan's ``fastsatt-spraak``, else the first
language without a text (nb first). Other Grep languages are kept untouched in the Grep object.

Every importer is atomic: it returns a complete new :class:`Catalogue` or raises
:class:`ImportFileError` naming the file and the line/column or JSON path, what is wrong and how to fix it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from rpl_desktop.domain.catalogue import (
    LANGUAGES,
    AdmissionRequirement,
    Area,
    Catalogue,
    FagskoleEmne,
    GrepRef,
    Laerefag,
    LocalText,
    Outcome,
    ProgrammeItem,
    Standard,
    StandardKind,
    Utdanning,
    local_outcome_uid,
)
from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.domain.text import neutralise_cell, restore_cell
from rpl_desktop.paths import resource_dir
from rpl_desktop.services.files import write_atomic

FORMAT = "rpl-desktop-catalogue"
FORMAT_VERSION = 1
SCHEMA_FILE = Path("schemas") / "catalogue.schema.json"
SAMPLE_FILE = Path("catalogue") / "sample-catalogue.json"
MAX_FILE_BYTES = 50 * 1024 * 1024

JSON = Any

# ====================================================================================================
# reading files


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                str(path), "", f"is {size // (1024 * 1024)} MB; files above 50 MB are not read"
            )
        return path.read_bytes()
    except OSError as e:
        raise ImportFileError(str(path), "", f"cannot be read ({e.strerror or e})") from None


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); clear messages for empty, UTF-16/32 and binary files."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ImportFileError(name, "", "is encoded as UTF-32; save it as UTF-8 and import it again")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(name, "", "is encoded as UTF-16; save it as UTF-8 and import it again")
    if not data.strip():
        raise ImportFileError(name, "", "is empty")
    if b"\x00" in data:
        head = data[:200]
        if head.count(b"\x00") * 3 >= len(head):
            raise ImportFileError(
                name, "", "looks like UTF-16 text without a BOM; save it as UTF-8 and import it again"
            )
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(name, f"line {line}", "contains a NUL byte: this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise ImportFileError(
            name,
            f"line {line}, column {column}",
            f"is not UTF-8 text (byte 0x{data[e.start]:02x} cannot be read); save the file as UTF-8",
        ) from None


class _NotJson(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON number")


def _parse_json(text: str, name: str) -> JSON:
    """Parsed JSON with exact decimals; NaN/Infinity and malformed input become ImportFileError."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise ImportFileError(
            name,
            f"line {e.lineno}, column {e.colno}",
            f"is not valid JSON: {e.msg}. Look for a missing comma, quote or bracket there or just before it",
        ) from None
    except _NotJson as e:
        found = re.search(r"\b(NaN|-?Infinity)\b", text)
        where = ""
        if found:
            line = text.count("\n", 0, found.start()) + 1
            where = f"line {line}, column {found.start() - (text.rfind(chr(10), 0, found.start()) + 1) + 1}"
        raise ImportFileError(name, where, f"is not valid JSON: {e}; write a number or null") from None
    except RecursionError:
        raise ImportFileError(name, "", "is nested too deeply to be read") from None
    except (ValueError, ArithmeticError) as e:  # e.g. an integer with thousands of digits
        raise ImportFileError(name, "", f"is not valid JSON: {e}") from None


def _plain(value: JSON, where: str) -> JSON:
    """JSON with Decimals turned into int/float again (for storing foreign objects as JSON text)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and abs(value) < Decimal(10) ** 18:
            return int(value)
        number = float(value)
        if number in (float("inf"), float("-inf")):
            raise ValidationError(where, f"the number {value} is too large")
        return number
    if isinstance(value, dict):
        return {k: _plain(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, f"{where}[{i}]") for i, v in enumerate(value)]
    return value




def _json_bytes(data: JSON, indent: int = 2) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def _path(parts: Iterable[str | int]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _join(prefix: str, field: str) -> str:
    if not prefix:
        return field
    if not field:
        return prefix
    return f"{prefix}{'' if field.startswith('[') else '.'}{field}"


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# ====================================================================================================
# our JSON format: schema


@lru_cache(maxsize=1)
def _validator() -> Any:
    file = resource_dir() / SCHEMA_FILE
    schema = json.loads(file.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema() -> dict[str, Any]:
    """The catalogue JSON Schema (``resources/schemas/catalogue.schema.json``)."""
    value: dict[str, Any] = _validator().schema
    return value


_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "a text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "null",
}


def _describe(error: Any) -> tuple[str, str]:
    """(JSON path, message) for a jsonschema error, in words a person can act on."""
    parts: list[str | int] = list(error.absolute_path)
    where = _path(parts)
    v, inst, arg = error.validator, error.instance, error.validator_value
    if v == "required" and isinstance(inst, dict):
        missing = [k for k in arg if k not in inst]
        name = missing[0] if missing else "?"
        return _path([*parts, name]), "is missing; this field is required here"
    if v == "additionalProperties" and isinstance(inst, dict):
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in known)
        name = extra[0] if extra else "?"
        return _path([*parts, name]), (
            f"is not a field here; remove it or fix its spelling (fields: {', '.join(known)})"
        )
    if v == "type":
        wanted = arg if isinstance(arg, list) else [arg]
        words = " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in wanted)
        return where, f"must be {words}, not {_json_type(inst)}"
    if v in ("enum", "const"):
        allowed = arg if v == "enum" else [arg]
        choices = ", ".join(json.dumps(a, ensure_ascii=False) for a in allowed)
        if (
            isinstance(inst, str)
            and any(isinstance(a, str) and a in LANGUAGES for a in allowed)
            and len(allowed) >= 6
        ):
            return where, f"{inst!r} is not a language code; use one of {choices}"
        shown = json.dumps(_plain_safe(inst), ensure_ascii=False)[:60]
        return where, f"is {shown}; it must be {'one of ' if len(allowed) > 1 else ''}{choices}"
    if v in ("minLength", "pattern"):
        return where, "must not be empty"
    if v == "minProperties":
        return where, 'needs a text in at least one language (e.g. {"nb": "..."})'
    if v == "minItems":
        return where, f"must list at least {arg} item(s)"
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        word = {
            "minimum": "at least",
            "exclusiveMinimum": "more than",
            "maximum": "at most",
            "exclusiveMaximum": "less than",
        }[v]
        return where, f"is {inst}; it must be {word} {arg}"
    if v == "oneOf" and parts and parts[-1] == "valid_from":
        return where, "must be a date written YYYY-MM-DD, or null"
    return where, str(error.message)


def _plain_safe(value: JSON) -> JSON:
    try:
        return _plain(value, "")
    except ValidationError:
        return str(value)


def _sort_key(error: Any) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path)


def _check_schema(data: JSON, name: str, strip: str = "") -> None:
    errors = sorted(_validator().iter_errors(data), key=_sort_key)
    if not errors:
        return
    where, message = _describe(errors[0])
    if strip and where.startswith(strip):
        where = where[len(strip) :].lstrip(".")
    more = len(errors) - 1
    if more:
        message += f" ({more} more problem{'s' if more > 1 else ''} after this one)"
    raise ImportFileError(name, where, message)


# ====================================================================================================
# our JSON format: standards


def _num(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _int(value: JSON) -> JSON:
    """A whole number written as ``1.0`` becomes ``1``; anything else is left for the checks to refuse."""
    if isinstance(value, Decimal | float) and math.isfinite(value) and abs(float(value)) < 1e15:
        whole = int(value)
        if whole == value:
            return whole
    return value


def _date(value: JSON, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(where, f"{value!r} is not a real date (YYYY-MM-DD)") from None


def _grep_from_json(value: JSON, where: str) -> GrepRef | None:
    if value is None:
        return None
    source = _plain(value["source"], f"{where}.source")
    try:
        return GrepRef.from_source(source, value["default_lang"])
    except ValidationError as e:
        raise ValidationError(_join(where, e.field), e.detail) from None


def _grep_to_json(grep: GrepRef | None) -> dict[str, Any] | None:
    if grep is None:
        return None
    return {"default_lang": grep.default_lang, "source": grep.source}


def _local(value: JSON, where: str) -> LocalText:
    try:
        return LocalText(value or {})
    except ValidationError as e:
        raise ValidationError(_join(where, e.field), e.detail) from None


def _outcome_from_json(data: Mapping[str, Any], where: str) -> Outcome:
    try:
        return Outcome(
            uid=data["uid"],
            code=data.get("code", ""),
            category=data["category"],
            order=_int(data.get("order", 0)),
            text=_local(data["text"], "text"),
            grep=_grep_from_json(data.get("grep"), "grep"),
        )
    except ValidationError as e:
        raise ValidationError(_join(where, e.field), e.detail) from None


def _outcome_to_json(o: Outcome) -> dict[str, Any]:
    out: dict[str, Any] = {
        "uid": o.uid,
        "code": o.code,
        "category": o.category,
        "order": o.order,
        "text": o.text.as_dict(),
    }
    if o.grep is not None:
        out["grep"] = _grep_to_json(o.grep)
    return out


@dataclass(frozen=True)
class KindCodec:
    """Reads and writes the fields a kind adds to the common ones (see :func:`register_kind`).

    ``read(data, common)`` gets the standard's JSON object and the common fields already converted
    (``uid``, ``kind``, ``code``, ``version``, ``title``, ``valid_from``, ``owner``, ``source``,
    ``sample``, ``outcomes``) and returns the standard; ``write(standard)`` returns the extra fields.
    """

    read: Callable[[Mapping[str, Any], dict[str, Any]], Standard]
    write: Callable[[Standard], dict[str, Any]]


BASE_FIELDS = (
    "uid",
    "kind",
    "code",
    "version",
    "valid_from",
    "owner",
    "source",
    "sample",
    "title",
    "outcomes",
)


def _read_emne(data: Mapping[str, Any], common: dict[str, Any]) -> Standard:
    return FagskoleEmne(
        **common,
        studiepoeng=data["studiepoeng"],
        nkr_level=data["nkr_level"],
        nkr_level_reason=data.get("nkr_level_reason", ""),
    )


def _write_fagskole(std: Standard) -> dict[str, Any]:
    assert isinstance(std, FagskoleEmne | Utdanning)
    out: dict[str, Any] = {
        "studiepoeng": _num(std.studiepoeng),
        "nkr_level": std.nkr_level,
        "eqf_level": std.eqf_level,
    }
    if std.nkr_level_reason:
        out["nkr_level_reason"] = std.nkr_level_reason
    if isinstance(std, Utdanning):
        out["degree"] = std.degree
        out["programme"] = [{"code": i.code, "studiepoeng": _num(i.studiepoeng)} for i in std.programme]
    return out


def _read_utdanning(data: Mapping[str, Any], common: dict[str, Any]) -> Standard:
    items = []
    for j, item in enumerate(data["programme"]):
        try:
            items.append(ProgrammeItem(item["code"], item["studiepoeng"]))
        except ValidationError as e:
            raise ValidationError(_join(f"programme[{j}]", e.field), e.detail) from None
    std = Utdanning(
        **common,
        studiepoeng=data["studiepoeng"],
        nkr_level=data["nkr_level"],
        nkr_level_reason=data.get("nkr_level_reason", ""),
        programme=tuple(items),
    )
    stated = data.get("degree")
    if stated is not None and stated != std.degree:
        raise ValidationError(
            "degree",
            f"is {stated!r}, but {std.studiepoeng} studiepoeng give {std.degree!r} "
            "(fagskoleforskriften § 41); remove the field or correct it",
        )
    return std


def _read_area(data: Mapping[str, Any], where: str) -> Area:
    try:
        return Area(
            key=data["key"],
            title=_local(data["title"], "title"),
            order=_int(data.get("order", 0)),
            grep=_grep_from_json(data.get("grep"), "grep"),
        )
    except ValidationError as e:
        raise ValidationError(_join(where, e.field), e.detail) from None


def _read_laerefag(data: Mapping[str, Any], common: dict[str, Any]) -> Standard:
    return Laerefag(
        **common,
        laereplan_code=data.get("laereplan_code", ""),
        laereplan_title=_local(data.get("laereplan_title"), "laereplan_title"),
        programme_area_code=data.get("programme_area_code", ""),
        utdanningsprogram=data.get("utdanningsprogram", ""),
        vg1_programme=data.get("vg1_programme", ""),
        vg2_programme=data.get("vg2_programme", ""),
        laeretid_years=data.get("laeretid_years"),
        required_praksis_hours=data.get("required_praksis_hours"),
        theory_exam_codes=tuple(data.get("theory_exam_codes", ())),
        extra_certificates=tuple(data.get("extra_certificates", ())),
        areas=tuple(_read_area(a, f"areas[{i}]") for i, a in enumerate(data["areas"])),
        grep=_grep_from_json(data.get("grep"), "grep"),
    )


def _write_laerefag(std: Standard) -> dict[str, Any]:
    assert isinstance(std, Laerefag)
    out: dict[str, Any] = {
        "laereplan_code": std.laereplan_code,
        "laereplan_title": std.laereplan_title.as_dict(),
        "programme_area_code": std.programme_area_code,
        "utdanningsprogram": std.utdanningsprogram,
        "vg1_programme": std.vg1_programme,
        "vg2_programme": std.vg2_programme,
        "laeretid_years": None if std.laeretid_years is None else _num(std.laeretid_years),
        "required_praksis_hours": None
        if std.required_praksis_hours is None
        else _num(std.required_praksis_hours),
        "theory_exam_codes": list(std.theory_exam_codes),
        "extra_certificates": list(std.extra_certificates),
        "areas": [],
    }
    for a in std.areas:
        area: dict[str, Any] = {"key": a.key, "title": a.title.as_dict(), "order": a.order}
        if a.grep is not None:
            area["grep"] = _grep_to_json(a.grep)
        out["areas"].append(area)
    if std.grep is not None:
        out["grep"] = _grep_to_json(std.grep)
    return out


def _read_admission(data: Mapping[str, Any], common: dict[str, Any]) -> Standard:
    return AdmissionRequirement(
        **common,
        programme_code=data.get("programme_code", ""),
        programme_title=_local(data.get("programme_title"), "programme_title"),
        min_age=_int(data["min_age"]),
        approved_art_programme=data.get("approved_art_programme", False),
        requires_authorisation=data["requires_authorisation"],
        legal_reference=data.get("legal_reference", "fagskoleloven § 16"),
    )


def _write_admission(std: Standard) -> dict[str, Any]:
    assert isinstance(std, AdmissionRequirement)
    return {
        "programme_code": std.programme_code,
        "programme_title": std.programme_title.as_dict(),
        "min_age": std.min_age,
        "approved_art_programme": std.approved_art_programme,
        "requires_authorisation": std.requires_authorisation,
        "legal_reference": std.legal_reference,
    }


def _read_generic(data: Mapping[str, Any], common: dict[str, Any]) -> Standard:
    extra = [k for k in data if k not in BASE_FIELDS]
    if extra:
        raise ValidationError(
            extra[0],
            f"is a {common['kind']} field this program cannot read yet (the module for this kind is not "
            "installed); remove it or use a newer program",
        )
    return Standard(**common)


_CODECS: dict[str, KindCodec] = {
    StandardKind.FAGSKOLE_EMNE.value: KindCodec(_read_emne, _write_fagskole),
    StandardKind.UTDANNING.value: KindCodec(_read_utdanning, _write_fagskole),
    StandardKind.LAEREFAG.value: KindCodec(_read_laerefag, _write_laerefag),
    StandardKind.ADMISSION.value: KindCodec(_read_admission, _write_admission),
    StandardKind.BRANSCHMODELL.value: KindCodec(_read_generic, lambda s: {}),
}


def register_kind(
    kind: StandardKind | str,
    read: Callable[[Mapping[str, Any], dict[str, Any]], Standard],
    write: Callable[[Standard], dict[str, Any]],
) -> None:
    """Let another module (the Swedish branschmodell) read and write its own fields.

    The schema checks the common fields of a ``branschmodell`` and lets the others through; ``read``
    must raise :class:`ValidationError` (field relative to the standard) for anything it refuses.
    """
    _CODECS[StandardKind(kind).value] = KindCodec(read, write)


def _standard_from_checked(data: Mapping[str, Any]) -> Standard:
    """A standard from schema-valid JSON; ValidationError fields are relative to the standard."""
    outcomes = tuple(_outcome_from_json(o, f"outcomes[{i}]") for i, o in enumerate(data["outcomes"]))
    common: dict[str, Any] = {
        "uid": data["uid"],
        "kind": StandardKind(data["kind"]),
        "code": data["code"],
        "version": data["version"],
        "title": _local(data["title"], "title"),
        "valid_from": _date(data.get("valid_from"), "valid_from"),
        "owner": data.get("owner", ""),
        "source": data.get("source", ""),
        "sample": data.get("sample", False),
        "outcomes": outcomes,
    }
    return _CODECS[data["kind"]].read(data, common)


def standard_from_json(data: JSON, name: str = "standard") -> Standard:
    """One standard from the JSON of :func:`standard_to_json` (e.g. a store row's payload).

    Raises :class:`ImportFileError` with ``name`` as the file and the JSON path inside the standard.
    """
    wrapper = {"format": FORMAT, "format_version": FORMAT_VERSION, "standards": [data]}
    _check_schema(wrapper, name, strip="standards[0]")
    try:
        return _standard_from_checked(data)
    except ValidationError as e:
        raise ImportFileError(name, e.field, e.detail) from None


def standard_to_json(std: Standard) -> dict[str, Any]:
    """The JSON object of one standard, as it appears in a catalogue file's ``standards``."""
    out: dict[str, Any] = {
        "uid": std.uid,
        "kind": std.kind.value,
        "code": std.code,
        "version": std.version,
        "valid_from": std.valid_from.isoformat() if std.valid_from else None,
        "owner": std.owner,
        "source": std.source,
        "sample": std.sample,
        "title": std.title.as_dict(),
    }
    out.update(_CODECS[std.kind.value].write(std))
    out["outcomes"] = [_outcome_to_json(o) for o in std.outcomes]
    return out


def catalogue_from_json(data: JSON, name: str) -> Catalogue:
    """A catalogue from parsed JSON (``name`` is the file named in errors)."""
    if not isinstance(data, dict):
        raise ImportFileError(
            name, "", f'must hold a JSON object with "format": "{FORMAT}", not {_json_type(data)}'
        )
    fmt = data.get("format")
    if fmt != FORMAT:
        hint = ""
        if fmt == "rpl-desktop/laerefag-catalogue":
            hint = " (this is the praksis calculator's trade list, read by the praksis module)"
        elif "grep-type" in data:
            hint = " (this looks like a Udir Grep file: import it as Grep JSON)"
        raise ImportFileError(
            name,
            "format",
            f"is {json.dumps(_plain_safe(fmt), ensure_ascii=False)}, not "
            f'"{FORMAT}": this is not an rpl-desktop catalogue{hint}',
        )
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportFileError(
            name,
            "format_version",
            f"is {version}: the file was written by a newer version of "
            "the program; update the program to read it",
        )
    _check_schema(data, name)
    standards = []
    for i, entry in enumerate(data["standards"]):
        try:
            standards.append(_standard_from_checked(entry))
        except ValidationError as e:
            raise ImportFileError(name, _join(f"standards[{i}]", e.field), e.detail) from None
    try:
        return Catalogue(standards, sample=data.get("sample", False), note=data.get("note", ""))
    except ValidationError as e:
        raise ImportFileError(name, e.field, e.detail) from None


def catalogue_from_bytes(data: bytes, name: str) -> Catalogue:
    return catalogue_from_json(_parse_json(_decode(data, name), name), name)


def load_catalogue(path: str | os.PathLike[str]) -> Catalogue:
    """Read a catalogue file in our JSON format."""
    file = Path(path)
    return catalogue_from_bytes(_read_bytes(file), str(file))


def load_sample_catalogue() -> Catalogue:
    """The bundled sample catalogue (``resources/catalogue/sample-catalogue.json``)."""
    return load_catalogue(resource_dir() / SAMPLE_FILE)


def dump_catalogue(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue as JSON in canonical form (every field written)."""
    out: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "sample": catalogue.sample}
    if catalogue.note:
        out["note"] = catalogue.note
    out["standards"] = [standard_to_json(s) for s in catalogue]
    return out


def save_catalogue(catalogue: Catalogue, path: str | os.PathLike[str]) -> None:
    write_atomic(Path(path), _json_bytes(dump_catalogue(catalogue)))


# ====================================================================================================
# CSV outcome table

CSV_COLUMNS: tuple[str, ...] = (
    "standard_code",
    "standard_version",
    "outcome_code",
    "category",
    "order",
    "text_nb",
    "text_nn",
    "text_en",
    "text_sv",
    "uid",
)
CSV_OPTIONAL_COLUMNS: tuple[str, ...] = ("text_se", "text_da")
# neutralise_cell / restore_cell: the one rule for every CSV the program writes (rpl_desktop/domain/text.py).


def dump_outcome_table(catalogue: Catalogue | Iterable[Standard], *, delimiter: str = ";") -> str:
    """The outcome table as CSV text (no BOM)."""
    standards = list(catalogue)
    langs = ["nb", "nn", "en", "sv"]
    columns = list(CSV_COLUMNS)
    for extra in ("se", "da"):
        if any(extra in o.text for s in standards for o in s.outcomes):
            langs.append(extra)
            columns.append(f"text_{extra}")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    for s in standards:
        for o in s.outcomes:
            row = {
                "standard_code": s.code,
                "standard_version": s.version,
                "outcome_code": o.code,
                "category": o.category,
                "order": str(o.order),
                "uid": o.uid,
            }
            for lang in langs:
                row[f"text_{lang}"] = o.text.exact(lang) or ""
            writer.writerow([neutralise_cell(row[c]) for c in columns])
    return buffer.getvalue()


def write_outcome_table(
    catalogue: Catalogue | Iterable[Standard],
    path: str | os.PathLike[str],
    *,
    delimiter: str = ";",
    bom: bool = True,
) -> None:
    """Write the table; the BOM (default) lets spreadsheet programs see that it is UTF-8."""
    text = dump_outcome_table(catalogue, delimiter=delimiter)
    write_atomic(Path(path), (("\ufeff" if bom else "") + text).encode("utf-8"))


@dataclass(frozen=True)
class OutcomeRow:
    """One row of an outcome table, with the line it starts on."""

    line: int
    standard_code: str
    standard_version: str
    outcome: Outcome
    columns: tuple[str, ...] = CSV_COLUMNS

    def where(self, column: str) -> str:
        """``line 4, column 4 (category)``."""
        return f"line {self.line}, column {self.columns.index(column) + 1} ({column})"


def _sniff_delimiter(header: str, name: str) -> str:
    best = ""
    for delimiter in (";", ","):
        cells = [c.strip().strip('"') for c in header.split(delimiter)]
        if set(CSV_COLUMNS) <= set(cells):
            return delimiter
        if len(cells) > 1 and not best:
            best = delimiter
    cells = [c.strip().strip('"') for c in re.split(r"[;,\t]", header)]
    missing = [c for c in CSV_COLUMNS if c not in cells]
    raise ImportFileError(
        name,
        "line 1",
        f"the header must name the columns {', '.join(CSV_COLUMNS)} separated by ; or , "
        f"(missing: {', '.join(missing)})",
    )


def read_outcome_table(data: bytes, name: str) -> list[OutcomeRow]:
    """The rows of an outcome table; checks everything that does not need the catalogue."""
    text = _decode(data, name)
    header_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = _sniff_delimiter(header_line, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[OutcomeRow] = []
    columns: list[str] = []
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not columns:
                columns = [restore_cell(c).strip() for c in record]
                _check_header(columns, name)
                continue
            if not any(c.strip() for c in record):
                continue
            rows.append(_parse_row(record, columns, start, name))
    except csv.Error as e:
        raise ImportFileError(name, f"line {reader.line_num}", f"is not valid CSV: {e}") from None
    return rows


def _check_header(columns: list[str], name: str) -> None:
    allowed = (*CSV_COLUMNS, *CSV_OPTIONAL_COLUMNS)
    for i, c in enumerate(columns, 1):
        if c not in allowed:
            raise ImportFileError(
                name,
                f"line 1, column {i}",
                f"{c!r} is not a column of the outcome table (columns: {', '.join(allowed)})",
            )
        if columns.index(c) != i - 1:
            raise ImportFileError(name, f"line 1, column {i}", f"column {c!r} appears twice")


def _parse_row(record: list[str], columns: list[str], line: int, name: str) -> OutcomeRow:
    if len(record) != len(columns):
        raise ImportFileError(
            name,
            f"line {line}",
            f"has {len(record)} cells but the header has {len(columns)}; check for a missing or extra "
            "delimiter, or a text with the delimiter that is not in quotes",
        )
    cells = {c: restore_cell(v) for c, v in zip(columns, record, strict=True)}

    def where(column: str) -> str:
        return f"line {line}, column {columns.index(column) + 1} ({column})"

    code = cells["standard_code"].strip()
    if not code:
        raise ImportFileError(
            name, where("standard_code"), "is empty; every row names the standard it belongs to"
        )
    category = cells["category"].strip()
    if not category:
        raise ImportFileError(name, where("category"), "is empty; give the outcome's category")
    order_text = cells["order"].strip()
    if order_text and not re.fullmatch(r"\d{1,9}", order_text):
        raise ImportFileError(name, where("order"), f"{order_text!r} is not a whole number of 0 or more")
    order = int(order_text) if order_text else 0
    texts = {
        lang: cells[f"text_{lang}"]
        for lang in LANGUAGES
        if f"text_{lang}" in cells and cells[f"text_{lang}"].strip()
    }
    if not texts:
        raise ImportFileError(
            name, f"line {line}", "has no text; fill in at least one of text_nb, text_nn, text_en, text_sv"
        )
    uid = cells["uid"].strip() or local_outcome_uid(code, order)
    try:
        outcome = Outcome(
            uid=uid, code=cells["outcome_code"].strip(), category=category, order=order, text=LocalText(texts)
        )
    except ValidationError as e:
        raise ImportFileError(name, f"line {line}", f"{e.field}: {e.detail}") from None
    return OutcomeRow(line, code, cells["standard_version"].strip(), outcome, tuple(columns))


def outcome_table_from_bytes(data: bytes, name: str, catalogue: Catalogue) -> Catalogue:
    """``catalogue`` with the outcomes of every standard named in the table replaced by its rows.

    Rows for one standard keep their order in the file. An outcome whose uid was already in the
    standard keeps its Grep provenance (the table has no column for it).
    """
    rows = read_outcome_table(data, name)
    grouped: dict[str, list[OutcomeRow]] = {}
    targets: dict[str, Standard] = {}
    for row in rows:
        std = catalogue.find(row.standard_code, row.standard_version or None)
        if std is None:
            version = f" version {row.standard_version}" if row.standard_version else ""
            raise ImportFileError(
                name,
                row.where("standard_code"),
                f"standard {row.standard_code}{version} is not in the catalogue; import the "
                "standard first or correct the code and version",
            )
        problem = std.category_problem(row.outcome.category)
        if problem:
            raise ImportFileError(name, row.where("category"), problem)
        grouped.setdefault(std.uid, []).append(row)
        targets[std.uid] = std
    result = catalogue
    for uid, std_rows in grouped.items():
        std = targets[uid]
        seen: dict[str, int] = {}
        outcomes = []
        for row in std_rows:
            if row.outcome.uid in seen:
                raise ImportFileError(
                    name,
                    f"line {row.line}",
                    f"outcome uid {row.outcome.uid!r} is used twice "
                    f"in {std.code} (also line {seen[row.outcome.uid]}); give each its own uid "
                    "or order",
                )
            seen[row.outcome.uid] = row.line
            old = std.outcome(row.outcome.uid)
            outcomes.append(replace(row.outcome, grep=old.grep) if old is not None else row.outcome)
        try:
            result = result.replace(replace(std, outcomes=tuple(outcomes)))
        except ValidationError as e:
            raise ImportFileError(name, f"standard {std.code} {std.version}: {e.field}", e.detail) from None
    return result


def load_outcome_table(path: str | os.PathLike[str], catalogue: Catalogue) -> Catalogue:
    file = Path(path)
    return outcome_table_from_bytes(_read_bytes(file), str(file), catalogue)


# ====================================================================================================
# Udir Grep JSON

GREP_ONTOLOGY = "http://psi.udir.no/ontologi/kl06/"
SPRAAK_TO_LANG = {"nob": "nb", "nno": "nn", "eng": "en", "sme": "se", "swe": "sv", "dan": "da"}
LANG_TO_SPRAAK = {v: k for k, v in SPRAAK_TO_LANG.items()}
GREP_KINDS = {
    "laereplan_lk20": "laereplan",
    "laereplan": "laereplan",
    "kompetansemaalsett_lk20": "kompetansemaalsett",
    "kompetansemaalsett": "kompetansemaalsett",
    "kompetansemaal_lk20": "kompetansemaal",
    "kompetansemaal": "kompetansemaal",
}
REF_KEYS = ("gyldighet", "id", "kode", "uri", "url-data", "grep-type", "status")
UDIR = "Utdanningsdirektoratet"


def _g_obj(value: JSON, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(where, f"must be an object, not {_json_type(value)}")
    return value


def _g_list(value: JSON, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(where, f"must be a list, not {_json_type(value)}")
    return value


def _g_str(value: JSON, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(where, f"must be a text, not {_json_type(value)}")
    if required and not value.strip():
        raise ValidationError(where, "must not be empty")
    return value


def _kind_of(doc: Mapping[str, Any]) -> str:
    grep_type = doc.get("grep-type")
    if grep_type is None:
        raise ValidationError("grep-type", "is missing: this is not a Udir Grep document")
    name = _g_str(grep_type, "grep-type").rstrip("/").rsplit("/", 1)[-1]
    kind = GREP_KINDS.get(name)
    if kind is None:
        raise ValidationError(
            "grep-type",
            f"{grep_type!r} cannot be imported; import a læreplan (laereplan_lk20), a kompetansemålsett "
            "(kompetansemaalsett_lk20) or a kompetansemål (kompetansemaal_lk20)",
        )
    return kind


@dataclass(frozen=True)
class _Texts:
    text: LocalText
    default_lang: str  # language of Grep's "default" text ("" when it is kept as it was)
    doc_lang: str  # language of plain reference titles in this document


def _fastsatt(doc: Mapping[str, Any]) -> str:
    info = doc.get("fastsettelsesinformasjon")
    if isinstance(info, dict):
        spraak = info.get("fastsatt-spraak")
        if isinstance(spraak, dict) and isinstance(spraak.get("kode"), str):
            return SPRAAK_TO_LANG.get(spraak["kode"], "")
    return ""


def _grep_texts(doc: Mapping[str, Any], where: str, inherited: str) -> _Texts:
    """The ``tittel`` of a Grep object in our languages, and which language ``default`` is."""
    tittel = doc.get("tittel")
    if tittel is None:
        raise ValidationError(_join(where, "tittel"), "is missing")
    if isinstance(tittel, str):
        lang = inherited or "nb"
        return _Texts(LocalText({lang: tittel}) if tittel.strip() else LocalText(), lang, lang)
    tekst = _g_list(_g_obj(tittel, _join(where, "tittel")).get("tekst"), _join(where, "tittel.tekst"))
    explicit: dict[str, str] = {}
    present: set[str] = set()  # languages with an entry, even a blank one
    default: str | None = None
    for i, entry in enumerate(tekst):
        here = _join(where, f"tittel.tekst[{i}]")
        entry = _g_obj(entry, here)
        spraak = _g_str(entry.get("spraak"), f"{here}.spraak", required=True)
        verdi = _g_str(entry.get("verdi"), f"{here}.verdi")
        if spraak == "default":
            if default is not None and verdi != default:
                raise ValidationError(f"{here}.spraak", "'default' appears twice with different texts")
            default = verdi
        elif spraak in SPRAAK_TO_LANG:
            lang = SPRAAK_TO_LANG[spraak]
            present.add(lang)
            if not verdi.strip():
                continue
            if lang in explicit and explicit[lang] != verdi:
                raise ValidationError(f"{here}.spraak", f"{spraak!r} appears twice with different texts")
            explicit[lang] = verdi
    fastsatt = _fastsatt(doc)
    default_lang = ""
    if default is not None and default.strip():
        matches = [lang for lang, t in explicit.items() if t == default]
        if fastsatt in matches:
            default_lang = fastsatt
        elif matches:
            default_lang = matches[0]
        else:
            for lang in (fastsatt, inherited, *LANGUAGES):
                if lang and lang not in present:
                    default_lang = lang
                    explicit[lang] = default
                    break
    doc_lang = default_lang or fastsatt or inherited or next(iter(explicit), "nb")
    if default is None:
        default_lang = doc_lang  # no default entry: only used for plain titles of references
    return _Texts(LocalText(explicit), default_lang, doc_lang)


def _rebuild_tekst(original: JSON, text: LocalText, default_lang: str) -> list[Any]:
    """Grep ``tekst`` entries for ``text``, in the original's order and shape where there was one."""
    out: list[Any] = []
    covered: set[str] = set()
    if isinstance(original, list):
        for entry in original:
            if not isinstance(entry, dict):
                out.append(entry)
                continue
            spraak, verdi = entry.get("spraak"), entry.get("verdi")
            blank = not isinstance(verdi, str) or not verdi.strip()
            if spraak == "default":
                lang = default_lang
            elif isinstance(spraak, str) and spraak in SPRAAK_TO_LANG:
                lang = SPRAAK_TO_LANG[spraak]
            else:
                out.append(entry)  # a language this program does not hold: kept as it was
                continue
            current = text.exact(lang) if lang else None
            if current is not None:
                out.append({**entry, "verdi": current})
                covered.add(lang)
            elif blank or not lang:
                out.append(entry)  # blank, or a default text without a language: kept as it was
            # otherwise the text was removed since the import: the entry goes too
        for lang in text.languages:
            if lang not in covered:
                out.append({"spraak": LANG_TO_SPRAAK[lang], "verdi": text.exact(lang)})
        return out
    lang = default_lang if default_lang in text else next(iter(text.languages), "")
    if lang:
        out.append({"spraak": "default", "verdi": text.exact(lang)})
    for code in text.languages:
        out.append({"spraak": LANG_TO_SPRAAK[code], "verdi": text.exact(code)})
    return out


def _tittel_object(source: Mapping[str, Any], text: LocalText, default_lang: str) -> dict[str, Any]:
    old = source.get("tittel")
    if isinstance(old, dict):
        return {**old, "tekst": _rebuild_tekst(old.get("tekst"), text, default_lang)}
    return {"tekst": _rebuild_tekst(None, text, default_lang)}


def _grep_ref(source: Mapping[str, Any], default_lang: str, where: str) -> GrepRef:
    try:
        return GrepRef.from_source(_plain(source, where), default_lang)
    except ValidationError as e:
        raise ValidationError(_join(where, e.field), e.detail) from None


def _uid_of(obj: Mapping[str, Any], where: str) -> tuple[str, str]:
    """(uid, kode) of a Grep object: the uri when there is one, else ``grep:<kode>``."""
    kode = _g_str(obj.get("kode"), _join(where, "kode")).strip()
    uri = _g_str(obj.get("uri"), _join(where, "uri")).strip()
    if not kode and not uri:
        raise ValidationError(_join(where, "kode"), "is missing; a Grep object needs a kode or a uri")
    return (uri or f"grep:{kode}"), kode


def _grep_date(value: JSON) -> date | None:
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _new_laerefag(obj: Mapping[str, Any], texts: _Texts, where: str, *, full: bool) -> Laerefag:
    uid, kode = _uid_of(obj, where)
    kode = kode or uid
    title = texts.text or LocalText({texts.doc_lang: kode})
    valid_from = None
    period = obj.get("gyldighetsperiode")
    if isinstance(period, dict) and isinstance(period.get("gyldig-fra"), dict):
        valid_from = _grep_date(period["gyldig-fra"].get("dato"))
    version = (_grep_date(obj.get("sist-endret")) or "1") if full else "1"
    return Laerefag(
        uid=uid,
        code=kode,
        version=str(version),
        title=title,
        valid_from=valid_from,
        owner=UDIR,
        source=_g_str(obj.get("url-data"), "") or _g_str(obj.get("uri"), ""),
        laereplan_code=kode,
        laereplan_title=texts.text,
        grep=_grep_ref(obj, texts.default_lang, where),
    )


def _target_laerefag(
    catalogue: Catalogue, doc: Mapping[str, Any], into: str | None, texts: _Texts
) -> Laerefag:
    if into:
        found = catalogue.get(into)
        if not isinstance(found, Laerefag):
            raise ValidationError(
                "", f"{into!r} is not a lærefag of the catalogue; choose a lærefag to import into"
            )
        return found
    ref = doc.get("tilhoerer-laereplan")
    if ref is None:
        raise ValidationError(
            "tilhoerer-laereplan",
            "is missing, so the læreplan is unknown; choose the lærefag to import into",
        )
    ref = _g_obj(ref, "tilhoerer-laereplan")
    _, kode = _uid_of(ref, "tilhoerer-laereplan")
    existing = catalogue.laerefag_by_laereplan(kode) if kode else None
    if existing is not None:
        return existing
    ref_texts = _grep_texts(ref, "tilhoerer-laereplan", texts.doc_lang)
    return _new_laerefag(ref, ref_texts, "tilhoerer-laereplan", full=False)


def _area_from_ref(ref: Mapping[str, Any], where: str, doc_lang: str, order: int) -> Area:
    uid, kode = _uid_of(ref, where)
    key = kode or uid
    texts = _grep_texts(ref, where, doc_lang)
    return Area(
        key=key,
        title=texts.text or LocalText({texts.doc_lang: key}),
        order=order,
        grep=_grep_ref(ref, texts.default_lang, where),
    )


def _with_area(areas: Sequence[Area], area: Area) -> tuple[Area, ...]:
    out = list(areas)
    for i, a in enumerate(out):
        if a.key == area.key:
            out[i] = area
            return tuple(out)
    return (*out, area)


def _import_laereplan(catalogue: Catalogue, doc: dict[str, Any], into: str | None) -> Laerefag:
    texts = _grep_texts(doc, "", "")
    if not texts.text:
        raise ValidationError("tittel", "has no text in nob, nno, eng, sme or default")
    uid, kode = _uid_of(doc, "")
    chapter = doc.get("kompetansemaal-kapittel")
    refs = (
        _g_list(
            _g_obj(chapter, "kompetansemaal-kapittel").get("kompetansemaalsett"),
            "kompetansemaal-kapittel.kompetansemaalsett",
        )
        if chapter is not None
        else []
    )
    areas = [
        _area_from_ref(
            _g_obj(r, f"kompetansemaal-kapittel.kompetansemaalsett[{i}]"),
            f"kompetansemaal-kapittel.kompetansemaalsett[{i}]",
            texts.doc_lang,
            i + 1,
        )
        for i, r in enumerate(refs)
    ]
    existing = catalogue.get(into) if into else catalogue.laerefag_by_laereplan(kode or uid)
    if into and not isinstance(existing, Laerefag):
        raise ValidationError(
            "", f"{into!r} is not a lærefag of the catalogue; choose a lærefag to import into"
        )
    if isinstance(existing, Laerefag):
        base = existing
        merged: tuple[Area, ...] = base.areas
        for area in areas:
            old = base.area(area.key)
            merged = _with_area(
                merged,
                area
                if old is None or old.grep is None or old.grep.is_reference
                else replace(old, order=area.order),
            )
        new = _new_laerefag(doc, texts, "", full=True)
        return replace(
            base,
            laereplan_code=kode or base.laereplan_code,
            laereplan_title=texts.text,
            grep=new.grep,
            areas=merged,
            valid_from=base.valid_from or new.valid_from,
        )
    return replace(_new_laerefag(doc, texts, "", full=True), areas=tuple(areas))


def _outcome_from_ref(
    ref: Mapping[str, Any], where: str, doc_lang: str, category: str, order: int
) -> Outcome:
    uid, kode = _uid_of(ref, where)
    texts = _grep_texts(ref, where, doc_lang)
    if not texts.text:
        raise ValidationError(_join(where, "tittel"), "is empty; a kompetansemål needs its text")
    rekkefoelge = ref.get("rekkefoelge")
    if isinstance(rekkefoelge, int) and not isinstance(rekkefoelge, bool) and rekkefoelge >= 0:
        order = rekkefoelge
    return Outcome(
        uid=uid,
        code=kode,
        text=texts.text,
        category=category,
        order=order,
        grep=_grep_ref(ref, texts.default_lang, where),
    )


def _import_set(catalogue: Catalogue, doc: dict[str, Any], into: str | None) -> Laerefag:
    texts = _grep_texts(doc, "", "")
    uid, kode = _uid_of(doc, "")
    key = kode or uid
    lf = _target_laerefag(catalogue, doc, into, texts)
    old_area = lf.area(key)
    rekkefoelge = doc.get("rekkefoelge")
    if isinstance(rekkefoelge, int) and not isinstance(rekkefoelge, bool) and rekkefoelge >= 0:
        order = rekkefoelge
    else:
        order = old_area.order if old_area else len(lf.areas) + 1
    area = Area(
        key=key,
        title=texts.text or LocalText({texts.doc_lang: key}),
        order=order,
        grep=_grep_ref(doc, texts.default_lang, ""),
    )
    incoming: list[Outcome] = []
    seen: dict[str, int] = {}
    for i, ref in enumerate(_g_list(doc.get("kompetansemaal"), "kompetansemaal")):
        where = f"kompetansemaal[{i}]"
        outcome = _outcome_from_ref(_g_obj(ref, where), where, texts.doc_lang, key, i + 1)
        if outcome.uid in seen:
            raise ValidationError(
                f"{where}.kode",
                f"kompetansemål {outcome.code or outcome.uid} is listed twice "
                f"(also kompetansemaal[{seen[outcome.uid]}])",
            )
        seen[outcome.uid] = i
        old = lf.outcome(outcome.uid)
        if old is not None and old.grep is not None and not old.grep.is_reference:
            outcome = replace(old, category=key, order=outcome.order)  # keep the richer full document
        incoming.append(outcome)
    pending = {o.uid: o for o in incoming}
    outcomes = []
    for o in lf.outcomes:  # updated goals keep their place; goals no longer in the set go
        if o.uid in pending:
            outcomes.append(pending.pop(o.uid))
        elif o.category != key:
            outcomes.append(o)
    outcomes.extend(pending.values())
    return replace(lf, areas=_with_area(lf.areas, area), outcomes=tuple(outcomes))


def _import_kompetansemaal(catalogue: Catalogue, doc: dict[str, Any], into: str | None) -> Laerefag:
    texts = _grep_texts(doc, "", "")
    if not texts.text:
        raise ValidationError("tittel", "has no text in nob, nno, eng, sme or default")
    uid, kode = _uid_of(doc, "")
    lf = _target_laerefag(catalogue, doc, into, texts)
    set_ref = doc.get("tilhoerer-kompetansemaalsett")
    if set_ref is None:
        raise ValidationError(
            "tilhoerer-kompetansemaalsett",
            "is missing, so the kompetansemål has no area; import its kompetansemålsett instead",
        )
    set_ref = _g_obj(set_ref, "tilhoerer-kompetansemaalsett")
    area = _area_from_ref(set_ref, "tilhoerer-kompetansemaalsett", texts.doc_lang, len(lf.areas) + 1)
    areas = lf.areas if lf.area(area.key) is not None else (*lf.areas, area)
    old = lf.outcome(uid)
    rekkefoelge = doc.get("rekkefoelge")
    if isinstance(rekkefoelge, int) and not isinstance(rekkefoelge, bool) and rekkefoelge >= 0:
        order = rekkefoelge
    else:
        order = old.order if old else sum(1 for o in lf.outcomes if o.category == area.key) + 1
    outcome = Outcome(
        uid=uid,
        code=kode,
        text=texts.text,
        category=area.key,
        order=order,
        grep=_grep_ref(doc, texts.default_lang, ""),
    )
    if old is None:
        outcomes: tuple[Outcome, ...] = (*lf.outcomes, outcome)
    else:
        outcomes = tuple(outcome if o.uid == uid else o for o in lf.outcomes)
    return replace(lf, areas=areas, outcomes=outcomes)


def grep_from_json(
    data: JSON, name: str, catalogue: Catalogue | None = None, *, into: str | None = None
) -> Catalogue:
    """``catalogue`` (or an empty one) with a Grep document imported.

    A læreplan becomes a lærefag (or updates the lærefag whose ``laereplan_code`` it is) with one area
    per kompetansemålsett it lists. A kompetansemålsett becomes an area with its kompetansemål; a single
    kompetansemål is added to its set's area. Both go to the lærefag ``into`` (a uid), else the one of
    their ``tilhoerer-laereplan``, which is created when the catalogue has none.
    """
    base = catalogue if catalogue is not None else Catalogue()
    try:
        if not isinstance(data, dict):
            raise ValidationError("", f"must hold a Grep JSON object, not {_json_type(data)}")
        if data.get("format") == FORMAT:
            raise ValidationError(
                "", "is an rpl-desktop catalogue, not a Grep file; import it as a catalogue"
            )
        kind = _kind_of(data)
        if kind == "laereplan":
            laerefag = _import_laereplan(base, data, into)
        elif kind == "kompetansemaalsett":
            laerefag = _import_set(base, data, into)
        else:
            laerefag = _import_kompetansemaal(base, data, into)
        return base.replace(laerefag)
    except ValidationError as e:
        raise ImportFileError(name, e.field, e.detail) from None


def grep_from_bytes(
    data: bytes, name: str, catalogue: Catalogue | None = None, *, into: str | None = None
) -> Catalogue:
    return grep_from_json(_parse_json(_decode(data, name), name), name, catalogue, into=into)


def load_grep(
    path: str | os.PathLike[str], catalogue: Catalogue | None = None, *, into: str | None = None
) -> Catalogue:
    """Import one Grep JSON file (see :func:`grep_from_json`)."""
    file = Path(path)
    return grep_from_bytes(_read_bytes(file), str(file), catalogue, into=into)


def load_grep_files(paths: Iterable[str | os.PathLike[str]], catalogue: Catalogue | None = None) -> Catalogue:
    """Import several Grep files in order; all or nothing."""
    result = catalogue if catalogue is not None else Catalogue()
    for path in paths:
        result = load_grep(path, result)
    return result


# ---- Grep export


def _doc_lang(grep: GrepRef | None, text: LocalText) -> str:
    if grep is not None and grep.default_lang:
        return grep.default_lang
    return "nb" if "nb" in text or not text else text.languages[0]


def _ref_title(text: LocalText, lang: str) -> str:
    return text.exact(lang) or text.get(lang)


def _as_reference(
    grep: GrepRef | None, fallback: dict[str, Any], text: LocalText, lang: str
) -> dict[str, Any]:
    """A Grep list entry (reference) with ``text`` as its plain title."""
    if grep is None:
        ref = dict(fallback)
    else:
        source = grep.source
        ref = source if grep.is_reference else {k: source[k] for k in REF_KEYS if k in source}
    old = ref.get("tittel")
    if isinstance(old, dict):
        ref["tittel"] = _tittel_object(ref, text, lang)
    else:
        ref["tittel"] = _ref_title(text, lang)
    return ref


def _match_ref(original: JSON, kode: str) -> dict[str, Any] | None:
    if isinstance(original, list):
        for entry in original:
            if isinstance(entry, dict) and entry.get("kode") == kode and kode:
                return entry
    return None


def _laerefag_ref(lf: Laerefag) -> dict[str, Any]:
    text = lf.laereplan_title or lf.title
    lang = _doc_lang(lf.grep, text)
    kode = lf.laereplan_code or lf.code
    return _as_reference(
        lf.grep,
        {"id": lf.uid, "kode": kode, "uri": lf.uid, "grep-type": f"{GREP_ONTOLOGY}laereplan_lk20"},
        text,
        lang,
    )


def _area_ref(area: Area, lang: str, original: JSON = None) -> dict[str, Any]:
    matched = _match_ref(original, area.key)
    if matched is not None:
        ref = dict(matched)
        ref["tittel"] = (
            _tittel_object(ref, area.title, lang)
            if isinstance(ref.get("tittel"), dict)
            else _ref_title(area.title, lang)
        )
        return ref
    fallback = {
        "id": f"urn:rpl:area:{area.key}",
        "kode": area.key,
        "grep-type": f"{GREP_ONTOLOGY}kompetansemaalsett_lk20",
    }
    return _as_reference(area.grep, fallback, area.title, lang)


def _outcome_ref(o: Outcome, lang: str, original: JSON = None) -> dict[str, Any]:
    matched = _match_ref(original, o.code)
    if matched is not None:
        ref = dict(matched)
        ref["tittel"] = (
            _tittel_object(ref, o.text, lang)
            if isinstance(ref.get("tittel"), dict)
            else _ref_title(o.text, lang)
        )
        return ref
    fallback = {
        "id": o.uid,
        "kode": o.code or o.uid,
        "uri": o.uid,
        "grep-type": f"{GREP_ONTOLOGY}kompetansemaal_lk20",
    }
    return _as_reference(o.grep, fallback, o.text, lang)


def _full_doc(grep: GrepRef | None, fallback: dict[str, Any]) -> dict[str, Any]:
    return grep.source if grep is not None else dict(fallback)


def grep_laereplan(lf: Laerefag) -> dict[str, Any]:
    """The lærefag as a Grep læreplan document (its sets as references)."""
    text = lf.laereplan_title or lf.title
    lang = _doc_lang(lf.grep, text)
    doc = _full_doc(
        lf.grep,
        {
            "id": lf.uid,
            "kode": lf.laereplan_code or lf.code,
            "uri": lf.uid,
            "grep-type": f"{GREP_ONTOLOGY}laereplan_lk20",
        },
    )
    doc["tittel"] = _tittel_object(doc, text, lf.grep.default_lang if lf.grep else lang)
    chapter = doc.get("kompetansemaal-kapittel")
    if lf.areas or isinstance(chapter, dict):
        chapter = dict(chapter) if isinstance(chapter, dict) else {}
        original = chapter.get("kompetansemaalsett")
        chapter["kompetansemaalsett"] = [_area_ref(a, lang, original) for a in lf.sorted_areas()]
        doc["kompetansemaal-kapittel"] = chapter
    return doc


def grep_kompetansemaalsett(lf: Laerefag, area_key: str) -> dict[str, Any]:
    """One area of the lærefag as a Grep kompetansemålsett with its kompetansemål as references."""
    area = lf.area(area_key)
    if area is None:
        raise ValidationError("area", f"{area_key!r} is not an area of {lf.code}")
    lang = _doc_lang(area.grep, area.title)
    doc = _full_doc(
        area.grep,
        {
            "id": f"urn:rpl:area:{area.key}",
            "kode": area.key,
            "grep-type": f"{GREP_ONTOLOGY}kompetansemaalsett_lk20",
        },
    )
    doc["tittel"] = _tittel_object(doc, area.title, area.grep.default_lang if area.grep else lang)
    doc["rekkefoelge"] = area.order
    original = doc.get("kompetansemaal")
    doc["kompetansemaal"] = [
        _outcome_ref(o, lang, original) for o in lf.sorted_outcomes() if o.category == area.key
    ]
    doc.setdefault("tilhoerer-laereplan", _laerefag_ref(lf))
    return doc


def grep_kompetansemaal(lf: Laerefag, outcome_uid: str) -> dict[str, Any]:
    """One kompetansemål as a full Grep document."""
    o = lf.outcome(outcome_uid)
    if o is None:
        raise ValidationError("outcome", f"{outcome_uid!r} is not an outcome of {lf.code}")
    lang = _doc_lang(o.grep, o.text)
    doc = _full_doc(
        o.grep,
        {
            "id": o.uid,
            "kode": o.code or o.uid,
            "uri": o.uid,
            "grep-type": f"{GREP_ONTOLOGY}kompetansemaal_lk20",
        },
    )
    doc["tittel"] = _tittel_object(doc, o.text, o.grep.default_lang if o.grep else lang)
    doc["rekkefoelge"] = o.order
    area = lf.area(o.category)
    if area is not None and "tilhoerer-kompetansemaalsett" not in doc:
        doc["tilhoerer-kompetansemaalsett"] = _area_ref(area, lang)
    doc.setdefault("tilhoerer-laereplan", _laerefag_ref(lf))
    return doc


def _file_part(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", code).strip("._") or "x"


def grep_documents(lf: Laerefag) -> dict[str, dict[str, Any]]:
    """File name → Grep document: the læreplan, each kompetansemålsett and each kompetansemål."""
    docs = {f"laereplan-{_file_part(lf.laereplan_code or lf.code)}.json": grep_laereplan(lf)}
    for area in lf.sorted_areas():
        docs[f"kompetansemaalsett-{_file_part(area.key)}.json"] = grep_kompetansemaalsett(lf, area.key)
    for o in lf.sorted_outcomes():
        docs[f"kompetansemaal-{_file_part(o.code or o.uid)}.json"] = grep_kompetansemaal(lf, o.uid)
    return docs


def export_grep(lf: Laerefag, folder: str | os.PathLike[str]) -> list[Path]:
    """Write :func:`grep_documents` into ``folder``; import them back with :func:`load_grep_files`
    (læreplan first, then the sets, then the kompetansemål)."""
    written = []
    for file_name, doc in grep_documents(lf).items():
        path = Path(folder) / file_name
        write_atomic(path, _json_bytes(doc, indent=4))
        written.append(path)
    return written


# ====================================================================================================
# any file


def import_file(path: str | os.PathLike[str], catalogue: Catalogue | None = None) -> Catalogue:
    """Import a file of any supported kind into ``catalogue``, telling the kind from the content.

    A CSV outcome table needs ``catalogue``; a catalogue file's standards are added to or replace those
    of ``catalogue`` with the same uid.
    """
    file = Path(path)
    name = str(file)
    data = _read_bytes(file)
    base = catalogue if catalogue is not None else Catalogue()
    text = _decode(data, name)
    if not text.lstrip().startswith(("{", "[")):
        return outcome_table_from_bytes(data, name, base)
    parsed = _parse_json(text, name)
    if isinstance(parsed, dict) and "grep-type" in parsed:
        return grep_from_json(parsed, name, base)
    imported = catalogue_from_json(parsed, name)
    if catalogue is None:
        return imported
    try:
        return base.merged(imported)
    except ValidationError as e:
        raise ImportFileError(name, e.field, e.detail) from None
