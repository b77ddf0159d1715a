"""Bad input everywhere: every importer and parser, fed broken bytes and valid-but-wrong JSON, answers with a
clear error (an RplError) or a result, never a crash, and a refused import leaves the data store as it was.

Targets: the case-file reader and evaluator (``assess``), the case-file import into a data store
(``case import``), the catalogue importers (our JSON, the CSV outcome table, Udir Grep) through the
data store, the rule-profile loader and the branschmodell loader/import. Inputs come from the real
files (the example case files, the sample catalogue, the rule profiles, the sample branschmodeller)
with bytes flipped, cut, inserted or repeated, and from their JSON with one node replaced by a hostile
value (wrong type, huge number, NaN, a 10 000-character string, control and bidi characters).

The default run is kept to about 20 s; ``RPL_FUZZ_EXAMPLES=2000`` runs every target that many times.
The module prints how many inputs it fed (``pytest -s``) and fails on any crash.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import resource_dir
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.database import Database, open_database

REPO = Path(__file__).resolve().parents[2]
CASEFILES = sorted((REPO / "tests" / "data" / "casefiles").glob("*.json"))
CATALOGUE = resource_dir() / "catalogue" / "sample-catalogue.json"
PROFILES = sorted((resource_dir() / "rule_profiles").glob("*.json"))
MODELS = sorted((resource_dir() / "branschmodeller").glob("*.json"))

SCALE = int(os.environ.get("RPL_FUZZ_EXAMPLES", "0"))
FED: Counter[str] = Counter()
STARTED = time.perf_counter()


def examples(default: int) -> settings:
    return settings(
        max_examples=SCALE or default,
        deadline=None,
        derandomize=not SCALE,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
    )


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    total = sum(FED.values())
    parts = ", ".join(f"{k} {v}" for k, v in sorted(FED.items()))
    print(f"\nfuzzed {total} inputs in {time.perf_counter() - STARTED:.1f} s ({parts}); crashes: 0")
    shutil.rmtree(WORK, ignore_errors=True)


def only_clear_errors(target: str, call: Callable[[], Any]) -> bool:
    """Run ``call``; True if it gave a result, False for an RplError. Anything else fails the test."""
    FED[target] += 1
    try:
        call()
    except RplError as exc:
        assert exc.message.strip(), "an error without a message"
        return False
    return True


# ----------------------------------------------------------------------------------------------------
# hostile inputs


HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "\u202eexe.pdf",
            "\x00\x07\x1b",
            "=cmd|' /C calc'!A0",
            "../../etc/passwd",
            "9999-99-99",
            "2025-02-30",
            "x" * 10_000,
            "محمد",
            "👩🏽‍🔧",
            "NaN",
            "-1",
        ]
    ),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=6), st.integers(), max_size=3),
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_in(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths_in(child, (*prefix, index))
    return found


def mutate_json(doc: Any, path: tuple[Any, ...], op: str, value: Any) -> Any:
    """A copy of ``doc`` with the node at ``path`` replaced by ``value``, deleted or doubled."""
    out = copy.deepcopy(doc)
    if not path:
        return value
    parent = out
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if op == "delete":
        del parent[last]
    elif op == "double" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    else:
        parent[last] = value
    return out


@st.composite
def json_mutation(draw: st.DrawFn, docs: list[Any]) -> Any:
    doc = draw(st.sampled_from(docs))
    changed = doc
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths_in(changed)))
        changed = mutate_json(
            changed, path, draw(st.sampled_from(["replace", "replace", "delete", "double"])), draw(HOSTILE)
        )
    return changed


@st.composite
def byte_mutation(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "repeat"]))
        if op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 64))]
    return bytes(data)


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


CASE_DOCS = [load(p) for p in CASEFILES]
CASE_BYTES = [p.read_bytes() for p in CASEFILES]
PROFILE_DOCS = [load(p) for p in PROFILES]
MODEL_DOCS = [load(p) for p in MODELS]
WORK = Path(tempfile.mkdtemp(prefix="rpl-fuzz-"))


def write(name: str, data: bytes | str) -> Path:
    path = WORK / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# ----------------------------------------------------------------------------------------------------
# parsers without a data store


@examples(200)
@given(st.one_of(byte_mutation(CASE_BYTES), st.binary(max_size=200)))
def test_case_file_bytes(data: bytes) -> None:
    from rpl_desktop.services.assess import assess_casefile, read_casefile

    def run() -> None:
        assess_casefile(read_casefile(write("case.json", data)))

    only_clear_errors("case-file bytes", run)


@examples(120)
@given(json_mutation(CASE_DOCS))
def test_case_file_valid_json_wrong_content(doc: Any) -> None:
    from rpl_desktop.services.assess import assess_casefile, read_casefile

    only_clear_errors(
        "case-file JSON", lambda: assess_casefile(read_casefile(write("case.json", dumps(doc))))
    )


@examples(200)
@given(json_mutation(PROFILE_DOCS))
def test_rule_profile(doc: Any) -> None:
    from rpl_desktop.services.praksis_io import load_profile, parse_profile

    only_clear_errors("rule profile", lambda: parse_profile(doc))
    if isinstance(doc, dict):  # the same keys given as overrides of a case file's rule_profile
        only_clear_errors(
            "rule profile",
            lambda: load_profile({k: v for k, v in doc.items() if k not in ("id", "version", "name")}),
        )


@examples(120)
@given(st.one_of(byte_mutation([p.read_bytes() for p in PROFILES]), json_mutation(PROFILE_DOCS).map(dumps)))
def test_rule_profile_file(data: bytes | str) -> None:
    from rpl_desktop.services.praksis_io import _load_profile_file

    only_clear_errors("rule profile", lambda: _load_profile_file(write("profile.json", data)))


@examples(200)
@given(st.one_of(json_mutation(MODEL_DOCS).map(dumps), byte_mutation([p.read_bytes() for p in MODELS])))
def test_branschmodell_file(data: str | bytes) -> None:
    from rpl_desktop.services.bransch_io import load_model

    only_clear_errors("branschmodell", lambda: load_model(write("model.json", data)))


# ----------------------------------------------------------------------------------------------------
# imports into a data store: a refused import changes nothing


@pytest.fixture(scope="module")
def store() -> Iterator[Database]:
    from rpl_desktop.services.catalogue import load_sample
    from rpl_desktop.services.demo import load_demo_data

    db = open_database(f"sqlite:///{WORK / 'fuzz.sqlite'}", WORK / "evidence")
    load_demo_data(db)
    load_sample(db)
    yield db
    db.close()


LOGS = ("audit_entry", "audit_head", "privacy_action")


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
            if t.name not in LOGS
        }


def refused_changes_nothing(db: Database, target: str, call: Callable[[], Any]) -> None:
    before = counts(db)
    if not only_clear_errors(target, call):
        after = counts(db)
        assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}


def _catalogue_seeds() -> list[bytes]:
    from rpl_desktop.services import catalogue_io as cio

    sample = CATALOGUE.read_bytes()
    small = load(CATALOGUE)
    small["standards"] = small["standards"][:2]
    table = cio.dump_outcome_table(cio.catalogue_from_json(small, "sample")).encode("utf-8")
    return [sample, json.dumps(small, ensure_ascii=False).encode(), table]


CATALOGUE_SEEDS = _catalogue_seeds()
SMALL_CATALOGUE = json.loads(CATALOGUE_SEEDS[1])


@examples(60)
@given(
    st.one_of(byte_mutation(CATALOGUE_SEEDS), json_mutation([SMALL_CATALOGUE]).map(dumps)),
    st.sampled_from(["cat.json", "table.csv"]),
)
def test_catalogue_import(store: Database, data: bytes | str, name: str) -> None:
    from rpl_desktop.services.catalogue import import_catalogue_file

    if isinstance(data, str) and name.endswith(".csv"):
        name = "cat.json"
    refused_changes_nothing(
        store, "catalogue import", lambda: import_catalogue_file(store, write(name, data))
    )


@examples(40)
@given(json_mutation(MODEL_DOCS[:1]))
def test_branschmodell_import(store: Database, doc: Any) -> None:
    from rpl_desktop.services.bransch_cases import import_model_file

    refused_changes_nothing(
        store, "branschmodell import", lambda: import_model_file(store, write("m.json", dumps(doc)))
    )


@functools.cache
def _exported_cases() -> list[Any]:
    from rpl_desktop.services.case_transfer import export_case
    from rpl_desktop.services.catalogue import load_sample
    from rpl_desktop.services.demo import load_demo_data

    db = open_database(f"sqlite:///{WORK / 'seed.sqlite'}", WORK / "seed-evidence")
    try:
        load_demo_data(db)
        load_sample(db)
        docs = [export_case(db, case_id) for case_id in (1, 2)]
    finally:
        db.close()
    for doc in docs:
        doc["case"].pop("number", None)  # a new number on import, so it is not refused as a duplicate
    return docs


@examples(40)
@given(st.deferred(lambda: json_mutation(_exported_cases())))  # the seed store is built on first use
def test_case_import(store: Database, doc: Any) -> None:
    from rpl_desktop.services.case_transfer import import_case

    if not isinstance(doc, dict):
        doc = {"value": doc}
    refused_changes_nothing(store, "case import", lambda: import_case(store, doc))


# ----------------------------------------------------------------------------------------------------
# attachments: names, programs, sizes


HOSTILE_NAMES = [
    "../../x.pdf", "..\\..\\boot.ini", "/etc/passwd", "CON", "con.pdf", "NUL.txt", "LPT1", "a\x00b.pdf",
    "invoice_\u202eFDP.exe", "x" * 300 + ".pdf", "Ш" * 300 + ".pdf", "...", " .pdf", "a:b|c?.pdf", "\u2066x\u2069.png",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_attachment_names_stay_inside_their_folder(name: str, tmp_path: Path) -> None:
    from rpl_desktop.services.bundle import BundleWriter
    from rpl_desktop.store.evidence_store import EvidenceStore, safe_filename

    FED["attachment names"] += 1
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and len(safe.encode()) <= 200
    assert safe.split(".")[0].upper() not in ("CON", "NUL", "LPT1", "")
    assert not any(ch in safe for ch in "\x00\u202e\u2066\u2069:|?")
    if name.endswith(".pdf") and len(name) > 250:
        assert safe.endswith(".pdf")  # a long name keeps its extension
    store = EvidenceStore(tmp_path / "store")
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    sha, _size, _media = store.put_file(source)
    copy = store.copy_out(sha, name, tmp_path / "opened")
    assert copy.resolve().is_relative_to((tmp_path / "opened").resolve()) and copy.read_bytes() == b"%PDF-1.4 scan"
    bundle = BundleWriter()
    member = bundle.unique("attachments", f"1-{name}")
    assert member.startswith("attachments/") and ".." not in member.split("/") and "\x00" not in member


@examples(300)
@given(st.text(max_size=300))
def test_any_file_name_becomes_a_name_the_file_system_takes(name: str) -> None:
    from rpl_desktop.store.evidence_store import safe_filename

    FED["attachment names"] += 1
    safe = safe_filename(name)
    assert safe and "/" not in safe and len(safe.encode("utf-8")) <= 200
    target = WORK / "names" / safe
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(b"x")  # the copy-out folder can hold it
    target.unlink()


def test_programs_empty_files_huge_files_and_bad_names_are_refused(store: Database, tmp_path: Path) -> None:
    from rpl_desktop.services.candidates import search_candidates
    from rpl_desktop.services.evidence import attach_evidence
    from rpl_desktop.store.evidence_store import MAX_EVIDENCE_BYTES

    candidate = search_candidates(store)[0].id
    before = counts(store)
    stored = sorted(p.name for p in (WORK / "evidence").rglob("*") if p.is_file())
    cases = {
        "scan.pdf": (b"MZ\x90\x00" + b"\x00" * 60, "is a program"),
        "attest.pdf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 60, "is a program"),
        "notes.txt": (b"#!/bin/sh\nrm -rf /\n", "is a program"),
        "empty.pdf": (b"", "is empty"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        FED["attachments"] += 1
        with pytest.raises(RplError, match=message):
            attach_evidence(store, candidate, path)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.write(b"%PDF-1.4")
        f.truncate(MAX_EVIDENCE_BYTES + 1)  # sparse: no 50 MiB written to the disk
    FED["attachments"] += 1
    with pytest.raises(RplError, match=r"the limit is 50 MiB"):
        attach_evidence(store, candidate, huge)
    for bad in (tmp_path / "a\x00b.pdf", tmp_path / "missing.pdf", tmp_path):
        FED["attachments"] += 1
        with pytest.raises(RplError):
            attach_evidence(store, candidate, bad)
    assert counts(store) == before
    assert sorted(p.name for p in (WORK / "evidence").rglob("*") if p.is_file()) == stored  # no stray file
