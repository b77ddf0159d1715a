"""Catalogue import/export: our JSON format, the CSV outcome table, Udir Grep JSON; broken files; fuzzing.

The Grep tests use Udir's example files in ``../shared/specs/udir-grep/`` (repository
``Utdanningsdirektoratet/KL06-LK20-public``, folder ``eksempler/``, NLOD licence).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.catalogue import (
    AdmissionRequirement,
    Catalogue,
    FagskoleEmne,
    Laerefag,
    LocalText,
    Outcome,
    Standard,
    StandardKind,
    Utdanning,
    trades,
)
from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.services import catalogue_io as cio
from rpl_desktop.services.praksis_io import load_trades

REPO = Path(__file__).resolve().parents[3]
RESOURCES = REPO / "resources"
SAMPLE = RESOURCES / "catalogue" / "sample-catalogue.json"
SCHEMA = RESOURCES / "schemas" / "catalogue.schema.json"
GREP = REPO.parent / "shared" / "specs" / "udir-grep"
GREP_FILES = ("kompetansemaal-K1.json", "kompetansemaalsett-KMS9.json", "laereplan-TMF03-02.json")

needs_grep = pytest.mark.skipif(
    not all((GREP / f).is_file() for f in GREP_FILES),
    reason=f"Udir Grep example files not found in {GREP} (the shared specs folder beside the checkout)",
)

SAMPLE_JSON: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
SAMPLE_CAT = cio.load_catalogue(SAMPLE)
# RPL_FUZZ_EXAMPLES=5000 runs the fuzz tests harder than the default run (kept fast).
FUZZ = settings(
    max_examples=int(os.environ.get("RPL_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def write(tmp_path: Path, data: Any, name: str = "cat.json") -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def broken(tmp_path: Path, data: Any, name: str = "cat.json") -> ImportFileError:
    path = write(tmp_path, data, name)
    with pytest.raises(ImportFileError) as e:
        cio.load_catalogue(path)
    assert str(path) in str(e.value)
    return e.value


def sample_copy() -> dict[str, Any]:
    return copy.deepcopy(SAMPLE_JSON)


def index_of(kind: str, data: dict[str, Any] | None = None) -> int:
    standards = (data or SAMPLE_JSON)["standards"]
    return next(i for i, s in enumerate(standards) if s["kind"] == kind)


# ================================================================================================
# the sample catalogue


def test_sample_validates_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(SAMPLE_JSON)


def test_sample_dump_equals_file_and_round_trips() -> None:
    assert cio.dump_catalogue(SAMPLE_CAT) == SAMPLE_JSON
    again = cio.catalogue_from_json(json.loads(json.dumps(cio.dump_catalogue(SAMPLE_CAT))), "again")
    assert again == SAMPLE_CAT


def test_sample_is_marked_and_complete() -> None:
    assert SAMPLE_CAT.sample and "Not an official curriculum" in SAMPLE_CAT.note
    assert all(s.sample for s in SAMPLE_CAT)
    emner = [s for s in SAMPLE_CAT if isinstance(s, FagskoleEmne)]
    assert len(emner) >= 3
    titles = {e.title.get("nb"): e for e in emner}
    assert titles["Eldreomsorg: personsentrert omsorg"].studiepoeng == 10
    assert titles["Psykisk helsearbeid"].studiepoeng == 15
    assert titles["Elkraft: installasjoner og sikkerhet"].studiepoeng == 10
    for e in emner:
        groups = e.outcomes_by_category()
        assert set(groups) == {"kunnskap", "ferdigheter", "generell_kompetanse"}
        assert all(3 <= len(g) <= 6 for g in groups.values()), e.code
        assert all({"nb", "en"} <= set(o.text.languages) for o in e.outcomes)
    (utd,) = [s for s in SAMPLE_CAT if isinstance(s, Utdanning)]
    assert utd.degree == "Fagskolegrad"
    rest = utd.remaining_after(
        [titles["Eldreomsorg: personsentrert omsorg"].code, titles["Psykisk helsearbeid"].code]
    )
    assert rest.remaining_studiepoeng == utd.studiepoeng - 25 > 0
    (adm,) = [s for s in SAMPLE_CAT if isinstance(s, AdmissionRequirement)]
    assert adm.min_age == 23 and not adm.requires_authorisation and adm.programme_code == utd.code
    lf = {s.code: s for s in SAMPLE_CAT if isinstance(s, Laerefag)}
    assert {"TMF3", "HEA3", "ELE3", "RLF3", "ORG3", "FMM3", "YSJ3"} == set(lf)
    assert lf["TMF3"].required_praksis_hours == lf["HEA3"].required_praksis_hours == 8700
    assert lf["ELE3"].required_praksis_hours == 9790 and lf["ELE3"].laeretid_years == Decimal("4.5")
    assert lf["ORG3"].required_praksis_hours == 75 * 145 and lf["FMM3"].required_praksis_hours == 78 * 145
    for f in (lf["TMF3"], lf["HEA3"], lf["ELE3"]):  # the three with sample kompetansemål
        assert 8 <= len(f.outcomes) <= 15 and 2 <= len(f.areas) <= 4
        assert all(outcomes for _, outcomes in f.outcomes_by_area())


def test_praksis_trades_come_from_the_catalogue() -> None:
    """The praksis calculator reads its trades from this catalogue: one source of hours and læretid."""
    listed = load_trades()
    assert listed == trades(SAMPLE_CAT)
    assert {"TMF3", "HEA3", "ELE3", "RLF3", "ORG3", "FMM3", "YSJ3"} <= set(listed)


def test_load_sample_catalogue_from_resources() -> None:
    assert cio.load_sample_catalogue() == SAMPLE_CAT


def test_save_and_load_again(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "out.json"
    cio.save_catalogue(SAMPLE_CAT, path)
    assert cio.load_catalogue(path) == SAMPLE_CAT
    assert [p.name for p in path.parent.iterdir()] == ["out.json"]  # no temporary file left


def test_standard_json_round_trip_for_every_kind() -> None:
    for std in SAMPLE_CAT:
        data = cio.standard_to_json(std)
        assert cio.standard_from_json(json.loads(json.dumps(data))) == std


def test_standard_from_json_names_the_path_inside_the_standard() -> None:
    data = cio.standard_to_json(SAMPLE_CAT.standards[0])
    data["outcomes"][2]["text"] = {"nb": ""}
    with pytest.raises(ImportFileError) as e:
        cio.standard_from_json(data, "store row 7")
    assert e.value.path == "store row 7" and e.value.location == "outcomes[2].text.nb"


# ================================================================================================
# broken catalogue files


def test_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "format": "rpl-desktop-catalogue",\n  "format_version": 1\n  "standards": []\n}\n'
    e = broken(tmp_path, text)
    assert e.location == "line 4, column 3"
    assert "not valid JSON" in e.detail and "comma" in e.detail


def test_missing_required_field_names_the_json_path(tmp_path: Path) -> None:
    data = sample_copy()
    del data["standards"][2]["code"]
    e = broken(tmp_path, data)
    assert e.location == "standards[2].code" and "missing" in e.detail


def test_missing_outcome_text_names_the_json_path(tmp_path: Path) -> None:
    data = sample_copy()
    del data["standards"][2]["outcomes"][5]["text"]
    assert broken(tmp_path, data).location == "standards[2].outcomes[5].text"


def test_wrong_language_code_in_outcome_text(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][2]["outcomes"][5]["text"]["no"] = "norsk"
    e = broken(tmp_path, data)
    assert e.location == "standards[2].outcomes[5].text" and "'no' is not a language code" in e.detail


def test_wrong_type(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][0]["studiepoeng"] = "ti"
    e = broken(tmp_path, data)
    assert e.location == "standards[0].studiepoeng" and e.detail.startswith("must be a number, not a text")


def test_unknown_field_is_reported_with_the_known_ones(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][0]["studiepong"] = 10
    e = broken(tmp_path, data)
    assert e.location == "standards[0].studiepong" and "studiepoeng" in e.detail


def test_unknown_kind(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][1]["kind"] = "kurs"
    e = broken(tmp_path, data)
    assert e.location == "standards[1].kind" and "fagskole_emne" in e.detail


def test_duplicate_standard_uid(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][1]["uid"] = data["standards"][0]["uid"]
    e = broken(tmp_path, data)
    assert e.location == "standards[1].uid" and "duplicate" in e.detail and "standards[0]" in e.detail


def test_duplicate_outcome_uid(tmp_path: Path) -> None:
    data = sample_copy()
    outcomes = data["standards"][0]["outcomes"]
    outcomes[3]["uid"] = outcomes[1]["uid"]
    e = broken(tmp_path, data)
    assert e.location == "standards[0].outcomes[3].uid" and "outcomes[1]" in e.detail


def test_unknown_emne_in_utdanning(tmp_path: Path) -> None:
    data = sample_copy()
    i = index_of("utdanning", data)
    data["standards"][i]["programme"][1]["code"] = "NOPE-1"
    e = broken(tmp_path, data)
    assert (
        e.location == f"standards[{i}].programme[1].code" and "'NOPE-1' is not in the catalogue" in e.detail
    )


def test_nkr_level_inconsistent_with_studiepoeng(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][0]["nkr_level"] = "5.2"
    e = broken(tmp_path, data)
    assert e.location == "standards[0].nkr_level" and "under 60" in e.detail


def test_utdanning_total_inconsistent(tmp_path: Path) -> None:
    data = sample_copy()
    i = index_of("utdanning", data)
    data["standards"][i]["studiepoeng"] = 70
    data["standards"][i]["nkr_level"] = "5.2"
    data["standards"][i]["degree"] = "Fagskolegrad"
    e = broken(tmp_path, data)
    assert e.location == f"standards[{i}].studiepoeng" and "add up to 60" in e.detail


def test_bad_category_and_bad_date(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][0]["outcomes"][0]["category"] = "kunnskaper"
    assert broken(tmp_path, data).location == "standards[0].outcomes[0].category"
    data = sample_copy()
    data["standards"][0]["valid_from"] = "2024-02-30"
    e = broken(tmp_path, data)
    assert e.location == "standards[0].valid_from" and "not a real date" in e.detail


def test_admission_age_19_needs_art_flag(tmp_path: Path) -> None:
    data = sample_copy()
    data["standards"][index_of("admission", data)]["min_age"] = 19
    assert "approved_art_programme" in broken(tmp_path, data).detail


def test_other_formats_are_named(tmp_path: Path) -> None:
    e = broken(tmp_path, {"format": "rpl-desktop/laerefag-catalogue", "trades": []})
    assert e.location == "format" and "praksis calculator" in e.detail
    e = broken(tmp_path, {"grep-type": "x"})
    assert "Grep" in e.detail
    newer = sample_copy()
    newer["format_version"] = 2
    assert "newer version" in broken(tmp_path, newer).detail
    assert "JSON object" in broken(tmp_path, [1, 2]).detail


def test_empty_file(tmp_path: Path) -> None:
    e = broken(tmp_path, b"")
    assert e.detail == "is empty"
    assert broken(tmp_path, b"  \n\n").detail == "is empty"


def test_binary_garbage(tmp_path: Path) -> None:
    e = broken(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in e.detail and e.location == "line 3"
    e = broken(tmp_path, b'{"format": "caf\xe9"}')
    assert e.location == "line 1, column 16" and "not UTF-8" in e.detail


def test_utf16_file(tmp_path: Path) -> None:
    e = broken(tmp_path, json.dumps(SAMPLE_JSON).encode("utf-16"))
    assert "UTF-16" in e.detail and "save it as UTF-8" in e.detail
    e = broken(tmp_path, json.dumps({"a": 1}).encode("utf-16-le"))
    assert "UTF-16" in e.detail


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + SAMPLE.read_bytes())
    assert cio.load_catalogue(path) == SAMPLE_CAT


def test_nan_and_unreadable_file(tmp_path: Path) -> None:
    e = broken(tmp_path, '{"format": NaN}')
    assert e.location == "line 1, column 12" and "NaN" in e.detail
    with pytest.raises(ImportFileError) as err:
        cio.load_catalogue(tmp_path / "missing.json")
    assert "cannot be read" in str(err.value)


def test_branschmodell_fits_and_its_own_fields_need_its_module(tmp_path: Path) -> None:
    swedish = {
        "uid": "urn:rpl:standard:branschmodell:KOCK:1",
        "kind": "branschmodell",
        "code": "KOCK",
        "version": "1",
        "title": {"sv": "Kock"},
        "outcomes": [
            {"uid": "urn:rpl:outcome:KOCK:1", "category": "fardighet", "text": {"sv": "kan laga mat"}}
        ],
    }
    data: dict[str, Any] = {"format": "rpl-desktop-catalogue", "format_version": 1, "standards": [swedish]}
    cat = cio.catalogue_from_json(data, "x.json")
    assert cat.standards[0].kind == StandardKind.BRANSCHMODELL
    data["standards"][0]["modules"] = []
    with pytest.raises(ImportFileError) as e:
        cio.catalogue_from_json(data, "x.json")
    assert e.value.location == "standards[0].modules"


def test_register_kind_lets_another_module_read_its_fields() -> None:
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Model(Standard):
        kind: StandardKind = StandardKind.BRANSCHMODELL
        modules: tuple[str, ...] = ()

    def read(data: Any, common: dict[str, Any]) -> Standard:
        return Model(**common, modules=tuple(data.get("modules", ())))

    def write_(std: Standard) -> dict[str, Any]:
        assert isinstance(std, Model)
        return {"modules": list(std.modules)}

    old = cio._CODECS["branschmodell"]
    cio.register_kind("branschmodell", read, write_)
    try:
        std = Model(uid="u", code="K", version="1", title=LocalText(sv="K"), modules=("A", "B"))
        assert cio.standard_from_json(cio.standard_to_json(std)) == std
    finally:
        cio._CODECS["branschmodell"] = old


# ================================================================================================
# CSV outcome table


def without_outcomes(cat: Catalogue) -> Catalogue:
    return Catalogue([dataclasses.replace(s, outcomes=()) for s in cat], sample=cat.sample, note=cat.note)


def test_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "outcomes.csv"
    cio.write_outcome_table(SAMPLE_CAT, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert cio.load_outcome_table(path, without_outcomes(SAMPLE_CAT)) == SAMPLE_CAT
    text = cio.dump_outcome_table(SAMPLE_CAT)
    assert text.splitlines()[0] == ";".join(cio.CSV_COLUMNS)
    again = cio.outcome_table_from_bytes(text.encode(), "t.csv", without_outcomes(SAMPLE_CAT))
    assert cio.dump_outcome_table(again) == text


def test_csv_comma_and_no_bom(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    cio.write_outcome_table(SAMPLE_CAT, path, delimiter=",", bom=False)
    assert path.read_bytes().startswith(b"standard_code,")
    assert cio.load_outcome_table(path, without_outcomes(SAMPLE_CAT)) == SAMPLE_CAT


def test_csv_formula_cells_neutralised_and_restored() -> None:
    texts = ["=SUM(A1)", "+47 22", "-1", "@cmd", "'=already", "'plain", "plain", "\tTAB"]
    std = FagskoleEmne(
        uid="u",
        code="F1",
        version="1",
        title=LocalText(nb="F"),
        studiepoeng=Decimal(5),
        outcomes=tuple(
            Outcome(uid=f"u{i}", code=f"=C{i}", category="kunnskap", order=i, text=LocalText(nb=t))
            for i, t in enumerate(texts, 1)
        ),
    )
    cat = Catalogue([std])
    text = cio.dump_outcome_table(cat)
    assert "'=SUM(A1)" in text and "'+47 22" in text and "'@cmd" in text and "''=already" in text
    assert "'-1" in text and ";'plain;" in text and ";'=C1;" in text
    assert cio.outcome_table_from_bytes(text.encode(), "t.csv", cat) == cat


@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=30))
def test_neutralise_round_trip(value: str) -> None:
    assert cio.restore_cell(cio.neutralise_cell(value)) == value
    assert not cio.neutralise_cell(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_extra_languages_and_generated_uid() -> None:
    std = FagskoleEmne(
        uid="u",
        code="F1",
        version="1",
        title=LocalText(nb="F"),
        studiepoeng=Decimal(5),
        outcomes=(Outcome(uid="x", category="kunnskap", text=LocalText(nb="a", se="b", da="c")),),
    )
    text = cio.dump_outcome_table(Catalogue([std]))
    assert text.splitlines()[0].endswith("uid;text_se;text_da")
    assert cio.outcome_table_from_bytes(text.encode(), "t.csv", Catalogue([std])) == Catalogue([std])
    header = ";".join(cio.CSV_COLUMNS)
    table = f"{header}\nF1;;K1;kunnskap;4;tekst;;;;\n"
    cat = cio.outcome_table_from_bytes(table.encode(), "t.csv", Catalogue([std]))
    (o,) = cat.standards[0].outcomes
    assert o.uid == "urn:rpl:outcome:F1:4" and o.code == "K1" and o.text == LocalText(nb="tekst")


def csv_error(text: str | bytes, cat: Catalogue | None = None) -> ImportFileError:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(ImportFileError) as e:
        cio.outcome_table_from_bytes(data, "table.csv", cat or SAMPLE_CAT)
    assert e.value.path == "table.csv" and str(e.value).startswith("table.csv")
    return e.value


HEADER = ";".join(cio.CSV_COLUMNS)


def test_csv_missing_column() -> None:
    e = csv_error(HEADER.replace(";category", "") + "\n")
    assert e.location == "line 1" and "missing: category" in e.detail


def test_csv_unknown_or_repeated_column() -> None:
    assert csv_error(HEADER + ";text_de\n").location == "line 1, column 11"
    assert "twice" in csv_error(HEADER + ";uid\n").detail


def test_csv_bad_category_names_line_and_column() -> None:
    table = f"{HEADER}\nHEL-EO10;1;K1;kunnskap;1;a;;;;\nHEL-EO10;1;K2;kunnskaper;2;b;;;;\n"
    e = csv_error(table)
    assert e.location == "line 3, column 4 (category)" and "kunnskap, ferdigheter" in e.detail


def test_csv_bad_line() -> None:
    table = f"{HEADER}\nHEL-EO10;1;K1;kunnskap;1;a;;;;\nHEL-EO10;1;K2;kunnskap;2;b;;\n"
    e = csv_error(table)
    assert e.location == "line 3" and "8 cells" in e.detail


def test_csv_bad_order_unknown_standard_no_text_duplicate() -> None:
    e = csv_error(f"{HEADER}\nHEL-EO10;1;K1;kunnskap;første;a;;;;\n")
    assert e.location == "line 2, column 5 (order)"
    e = csv_error(f"{HEADER}\nNOPE;1;K1;kunnskap;1;a;;;;\n")
    assert e.location == "line 2, column 1 (standard_code)" and "not in the catalogue" in e.detail
    assert "no text" in csv_error(f"{HEADER}\nHEL-EO10;1;K1;kunnskap;1;;;;;\n").detail
    e = csv_error(f"{HEADER}\nHEL-EO10;1;K1;kunnskap;1;a;;;;u\nHEL-EO10;1;K2;kunnskap;2;b;;;;u\n")
    assert e.location == "line 3" and "line 2" in e.detail


def test_csv_line_numbers_count_multi_line_cells() -> None:
    table = f'{HEADER}\nHEL-EO10;1;K1;kunnskap;1;"two\nlines";;;;\nHEL-EO10;1;K2;;2;b;;;;\n'
    assert csv_error(table).location == "line 4, column 4 (category)"


def test_csv_broken_quotes_empty_utf16_binary() -> None:
    assert csv_error(f'{HEADER}\nHEL-EO10;1;K1;kunnskap;1;"a"b;;;;\n').location.startswith("line 2")
    assert csv_error(b"").detail == "is empty"
    assert "UTF-16" in csv_error(HEADER.encode("utf-16")).detail
    assert "binary" in csv_error(b"\x00\x01\x02garbage\xff").detail


def test_csv_import_is_atomic() -> None:
    base = without_outcomes(SAMPLE_CAT)
    before = cio.dump_catalogue(base)
    csv_error(f"{HEADER}\nHEL-EO10;1;K1;kunnskap;1;a;;;;\nNOPE;1;K1;kunnskap;1;a;;;;\n", base)
    assert cio.dump_catalogue(base) == before


def test_csv_header_only_changes_nothing() -> None:
    assert cio.outcome_table_from_bytes(f"{HEADER}\n".encode(), "t.csv", SAMPLE_CAT) == SAMPLE_CAT


# ================================================================================================
# Udir Grep JSON


def grep_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GREP / name).read_text(encoding="utf-8"))
    return data


def texts_and_codes(value: Any) -> tuple[set[str], set[tuple[str, str]]]:
    """Every ``kode`` and every (spraak, verdi) text anywhere in a Grep document."""
    codes: set[str] = set()
    texts: set[tuple[str, str]] = set()

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            if isinstance(v.get("kode"), str):
                codes.add(v["kode"])
            if isinstance(v.get("spraak"), str) and isinstance(v.get("verdi"), str):
                texts.add((v["spraak"], v["verdi"]))
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(value)
    return codes, texts


def export_same_kind(cat: Catalogue, original: dict[str, Any]) -> dict[str, Any]:
    (lf,) = cat.laerefag()
    kind = original["grep-type"].rsplit("/", 1)[-1]
    if kind.startswith("laereplan"):
        return cio.grep_laereplan(lf)
    if kind.startswith("kompetansemaalsett"):
        return cio.grep_kompetansemaalsett(lf, original["kode"])
    return cio.grep_kompetansemaal(lf, original["uri"])


@needs_grep
@pytest.mark.parametrize("name", GREP_FILES)
def test_grep_round_trip_against_real_files(name: str, tmp_path: Path) -> None:
    original = grep_json(name)
    cat = cio.load_grep(GREP / name)
    exported = export_same_kind(cat, original)
    assert exported == original  # nothing lost, nothing added
    path = write(tmp_path, exported, "exported.json")
    cat2 = cio.load_grep(path)
    assert cat2 == cat
    assert texts_and_codes(export_same_kind(cat2, original)) == texts_and_codes(original)
    # and through our own format
    assert cio.catalogue_from_json(json.loads(json.dumps(cio.dump_catalogue(cat))), "c.json") == cat


@needs_grep
def test_grep_kompetansemaal_import_details() -> None:
    (lf,) = cio.load_grep(GREP / "kompetansemaal-K1.json").laerefag()
    assert (
        lf.code == "MAT1-05"
        and lf.laereplan_code == "MAT1-05"
        and lf.title == LocalText(nn="Matematikk fellesfag")
    )
    (o,) = lf.outcomes
    assert o.uid == "http://psi.udir.no/kl06/KM1" and o.code == "KM1" and o.order == 1
    assert o.category == "KV1" and lf.area("KV1") is not None
    assert o.text.languages == ("nn",) and o.text.get("nn").startswith("samanlikne")
    assert o.grep is not None and o.grep.default_lang == "nn" and not o.grep.is_reference
    assert o.grep.url_data == "http://data.udir.no/kl06/v201906/kompetansemaal-lk20/KM1"


@needs_grep
def test_grep_set_then_single_goal_then_laereplan_merge() -> None:
    cat = cio.load_grep(GREP / "kompetansemaalsett-KMS9.json")
    (lf,) = cat.laerefag()
    assert [a.key for a in lf.areas] == ["KV9"] and lf.areas[0].order == 9
    assert [(o.code, o.order, o.category) for o in lf.sorted_outcomes()] == [
        ("KM98", 1, "KV9"),
        ("KM99", 2, "KV9"),
    ]
    assert all(o.grep is not None and o.grep.is_reference for o in lf.outcomes)
    cat = cio.load_grep(GREP / "kompetansemaal-K1.json", cat)
    (lf,) = cat.laerefag()  # the same læreplan MAT1-05: one lærefag, two areas
    assert [a.key for a in lf.sorted_areas()] == ["KV1", "KV9"]
    assert {o.code for o in lf.outcomes} == {"KM1", "KM98", "KM99"}
    # importing the set again keeps the other set's goal and does not duplicate its own
    again = cio.load_grep(GREP / "kompetansemaalsett-KMS9.json", cat)
    assert again == cat


@needs_grep
def test_grep_laereplan_into_the_sample_laerefag() -> None:
    cat = cio.load_grep(GREP / "laereplan-TMF03-02.json", SAMPLE_CAT)
    assert len(cat) == len(SAMPLE_CAT)
    lf = cat.find("TMF3")
    assert isinstance(lf, Laerefag) and lf.title == SAMPLE_CAT.find("TMF3").title  # type: ignore[union-attr]
    assert lf.laereplan_title == LocalText(nn="Læreplan i tømrarfaget Vg3 / opplæring i bedrift")
    assert lf.area("KV60") is not None and lf.outcomes == SAMPLE_CAT.find("TMF3").outcomes  # type: ignore[union-attr]
    assert lf.grep is not None and lf.grep.kode == "TMF03-02" and lf.grep.default_lang == "nn"
    assert lf.required_praksis_hours == 8700


@needs_grep
def test_grep_into_a_chosen_laerefag() -> None:
    target = SAMPLE_CAT.find("HEA3")
    assert target is not None
    cat = cio.load_grep(GREP / "kompetansemaal-K1.json", SAMPLE_CAT, into=target.uid)
    lf = cat.find("HEA3")
    assert isinstance(lf, Laerefag) and lf.outcome("http://psi.udir.no/kl06/KM1") is not None
    with pytest.raises(ImportFileError) as e:
        cio.load_grep(GREP / "kompetansemaal-K1.json", SAMPLE_CAT, into="urn:nope")
    assert "not a lærefag" in e.value.detail


def test_grep_export_of_a_local_laerefag_imports_back(tmp_path: Path) -> None:
    lf = SAMPLE_CAT.find("ELE3")
    assert isinstance(lf, Laerefag)
    paths = cio.export_grep(lf, tmp_path)
    assert paths[0].name == "laereplan-ELE03-02.json" and len(paths) == 1 + len(lf.areas) + len(lf.outcomes)
    cat = cio.load_grep_files(paths)
    (back,) = cat.laerefag()
    assert back.code == "ELE03-02"
    assert [(o.code, o.text, o.order) for o in back.sorted_outcomes()] == [
        (o.code, o.text, o.order) for o in lf.sorted_outcomes()
    ]
    assert [(a.key, a.title) for a in back.sorted_areas()] == [(a.key, a.title) for a in lf.sorted_areas()]


def grep_doc(kind: str = "kompetansemaal", **fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "uuid:1",
        "kode": "KM500",
        "uri": "http://psi.udir.no/kl06/KM500",
        "grep-type": f"http://psi.udir.no/ontologi/kl06/{kind}_lk20",
        "tittel": {
            "tekst": [
                {"spraak": "default", "verdi": "bruke verktøy"},
                {"spraak": "nob", "verdi": "bruke verktøy"},
                {"spraak": "eng", "verdi": "use tools"},
                {"spraak": "sme", "verdi": "geavahit reaidduid"},
                {"spraak": "sma", "verdi": "åarjelsaemien"},
            ]
        },
        "rekkefoelge": 3,
        "tilhoerer-laereplan": {
            "kode": "XYZ01-01",
            "uri": "http://psi.udir.no/kl06/XYZ01-01",
            "tittel": "Faget",
        },
        "tilhoerer-kompetansemaalsett": {"kode": "KV7", "tittel": "Etter Vg3"},
    }
    doc.update(fields)
    return doc


def test_grep_languages_map_and_unknown_ones_survive() -> None:
    doc = grep_doc()
    cat = cio.grep_from_json(doc, "km.json")
    (lf,) = cat.laerefag()
    (o,) = lf.outcomes
    assert o.text == LocalText(nb="bruke verktøy", en="use tools", se="geavahit reaidduid")
    assert o.grep is not None and o.grep.default_lang == "nb"
    assert lf.title == LocalText(nb="Faget") and lf.area("KV7").title == LocalText(nb="Etter Vg3")  # type: ignore[union-attr]
    assert cio.grep_kompetansemaal(lf, o.uid) == doc


def test_grep_default_without_matching_language_gets_a_free_one() -> None:
    tekst = [{"spraak": "default", "verdi": "A"}, {"spraak": "nob", "verdi": "B"}]
    doc = grep_doc(tittel={"tekst": tekst})
    (lf,) = cio.grep_from_json(doc, "km.json").laerefag()
    (o,) = lf.outcomes
    assert o.text == LocalText(nb="B", nn="A")  # default goes to the first language without a text
    assert cio.grep_kompetansemaal(lf, o.uid) == doc


def test_grep_edited_texts_are_exported() -> None:
    doc = grep_doc()
    (lf,) = cio.grep_from_json(doc, "km.json").laerefag()
    (o,) = lf.outcomes
    edited = dataclasses.replace(
        lf,
        outcomes=(
            dataclasses.replace(
                o, text=o.text.with_text("nb", "ny").with_text("en", None).with_text("nn", "nynorsk")
            ),
        ),
    )
    out = cio.grep_kompetansemaal(edited, o.uid)["tittel"]["tekst"]
    assert {"spraak": "default", "verdi": "ny"} in out and {"spraak": "nob", "verdi": "ny"} in out
    assert {"spraak": "nno", "verdi": "nynorsk"} in out and all(e["spraak"] != "eng" for e in out)
    assert {"spraak": "sma", "verdi": "åarjelsaemien"} in out


def grep_error(data: Any, cat: Catalogue | None = None) -> ImportFileError:
    with pytest.raises(ImportFileError) as e:
        cio.grep_from_json(data, "grep.json", cat)
    assert e.value.path == "grep.json"
    return e.value


def test_grep_unknown_or_missing_grep_type() -> None:
    e = grep_error(grep_doc("kjerneelement"))
    assert e.location == "grep-type" and "laereplan_lk20" in e.detail and "kjerneelement_lk20" in e.detail
    doc = grep_doc()
    del doc["grep-type"]
    assert grep_error(doc).location == "grep-type"
    assert "catalogue" in grep_error(SAMPLE_JSON).detail


def test_grep_broken_fields_name_their_path() -> None:
    assert grep_error(grep_doc(tittel=5)).location == "tittel"
    doc = grep_doc()
    doc["tittel"]["tekst"][2] = "eng"
    assert grep_error(doc).location == "tittel.tekst[2]"
    set_doc = grep_doc(
        "kompetansemaalsett", kode="KV7", kompetansemaal=[{"kode": "KM1", "tittel": "a"}, {"kode": 7}]
    )
    assert grep_error(set_doc).location == "kompetansemaal[1].kode"
    dup = grep_doc("kompetansemaalsett", kode="KV7", kompetansemaal=[{"kode": "KM1", "tittel": "a"}] * 2)
    assert "twice" in grep_error(dup).detail
    orphan = grep_doc()
    del orphan["tilhoerer-laereplan"]
    assert grep_error(orphan).location == "tilhoerer-laereplan"
    assert grep_error([1]).location == ""


def test_grep_file_errors(tmp_path: Path) -> None:
    for data, expected in [
        (b"", "is empty"),
        (b'{\n  "kode": \n}', "not valid JSON"),
        (json.dumps(grep_doc()).encode("utf-16"), "UTF-16"),
        (b"\xff\xd8\xff\x00\x10JFIF", "binary"),
    ]:
        path = write(tmp_path, data, "g.json")
        with pytest.raises(ImportFileError) as e:
            cio.load_grep(path)
        assert str(path) in str(e.value) and expected in e.value.detail
    path = write(tmp_path, '{\n  "kode": \n}', "g.json")
    with pytest.raises(ImportFileError) as e:
        cio.load_grep(path)
    assert e.value.location == "line 3, column 1"


def test_import_file_tells_the_kind(tmp_path: Path) -> None:
    base = without_outcomes(SAMPLE_CAT)
    csv_path = tmp_path / "o.csv"
    cio.write_outcome_table(SAMPLE_CAT, csv_path)
    assert cio.import_file(csv_path, base) == SAMPLE_CAT
    assert cio.import_file(SAMPLE) == SAMPLE_CAT
    grep_path = write(tmp_path, grep_doc(), "km.json")
    assert len(cio.import_file(grep_path, SAMPLE_CAT)) == len(SAMPLE_CAT) + 1


# ================================================================================================
# fuzzing: importers raise ImportFileError and nothing else

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "format_version",
                    "standards",
                    "uid",
                    "kind",
                    "code",
                    "version",
                    "title",
                    "outcomes",
                    "nb",
                    "kode",
                    "tittel",
                    "tekst",
                    "spraak",
                    "verdi",
                    "grep-type",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


def only_import_errors(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        result = call(*args, **kwargs)
    except ImportFileError as e:
        assert e.path
    else:
        assert isinstance(result, Catalogue)


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_bytes(data: bytes) -> None:
    only_import_errors(cio.catalogue_from_bytes, data, "f.json")
    only_import_errors(cio.grep_from_bytes, data, "f.json")
    only_import_errors(cio.outcome_table_from_bytes, data, "f.csv", SAMPLE_CAT)
    only_import_errors(cio.outcome_table_from_bytes, HEADER.encode() + b"\n" + data, "f.csv", SAMPLE_CAT)


@FUZZ
@given(json_values)
def test_fuzz_json_values(value: Any) -> None:
    only_import_errors(cio.catalogue_from_json, value, "f.json")
    only_import_errors(cio.grep_from_json, value, "f.json", SAMPLE_CAT)
    only_import_errors(cio.catalogue_from_bytes, json.dumps(value).encode(), "f.json")
    with contextlib.suppress(ImportFileError):
        cio.standard_from_json(value)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths_in(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += paths_in(v, (*prefix, i))
    return found


def mutated(doc: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    doc = copy.copy(doc)
    doc[path[0]] = mutated(doc[path[0]], path[1:], new)
    return doc


SMALL_SAMPLE = {**SAMPLE_JSON, "standards": SAMPLE_JSON["standards"][:1] + SAMPLE_JSON["standards"][4:7]}
SAMPLE_PATHS = paths_in(SMALL_SAMPLE)
GREP_DOCS = [
    grep_doc(),
    grep_doc(
        "kompetansemaalsett",
        kode="KV7",
        kompetansemaal=[
            {"kode": "KM1", "uri": "u1", "tittel": "a"},
            {"kode": "KM2", "tittel": {"tekst": [{"spraak": "nno", "verdi": "b"}]}},
        ],
    ),
    grep_doc(
        "laereplan",
        kode="XYZ01-01",
        **{
            "kompetansemaal-kapittel": {"kompetansemaalsett": [{"kode": "KV7", "tittel": "t"}]},
            "fastsettelsesinformasjon": {"fastsatt-spraak": {"kode": "nno"}},
        },
    ),
]
if (GREP / GREP_FILES[0]).is_file():
    GREP_DOCS += [grep_json(n) for n in GREP_FILES]


@FUZZ
@given(st.data())
def test_fuzz_mutated_sample(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(SAMPLE_PATHS))
    value = data.draw(json_values)
    only_import_errors(cio.catalogue_from_json, mutated(SMALL_SAMPLE, path, value), "f.json")


@FUZZ
@given(st.data())
def test_fuzz_mutated_grep(data: st.DataObject) -> None:
    doc = data.draw(st.sampled_from(GREP_DOCS))
    path = data.draw(st.sampled_from(paths_in(doc)))
    value = data.draw(json_values)
    changed = mutated(doc, path, value)
    only_import_errors(cio.grep_from_json, changed, "g.json")
    only_import_errors(cio.grep_from_json, changed, "g.json", SAMPLE_CAT)
    try:  # whatever imports must also export and import back
        cat = cio.grep_from_json(changed, "g.json")
    except ImportFileError:
        return
    for lf in cat.laerefag():
        for doc_out in cio.grep_documents(lf).values():
            json.dumps(doc_out)


@FUZZ
@given(
    st.lists(st.lists(st.text(max_size=8), min_size=10, max_size=10), max_size=4), st.sampled_from([";", ","])
)
def test_fuzz_csv_rows(rows: list[list[str]], delimiter: str) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(cio.CSV_COLUMNS)
    for row in rows:
        writer.writerow(["HEL-EO10", "1", *row[2:]] if row and row[0] == "" else row)
    only_import_errors(cio.outcome_table_from_bytes, buffer.getvalue().encode(), "f.csv", SAMPLE_CAT)


def test_import_error_is_not_a_validation_error() -> None:
    assert not issubclass(ImportFileError, ValidationError)  # callers catch ImportFileError for files
