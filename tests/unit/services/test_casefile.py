"""Case files: assess for every target kind, bad input named by field, export/import round trip."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.case_transfer import export_case, import_case
from rpl_desktop.services.casefile import assess_casefile
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database, open_database

DATA = Path(__file__).resolve().parents[2] / "data" / "casefiles"


def _load(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_standard_target_partial_result() -> None:
    out = assess_casefile(_load("fritak-partial.json"))
    assert out["result"] == "partial" and out["met"] == ["K1"] and "F1" in out["missing"]
    assert out["credits_recognised"] == 0 and out["credits_remaining"] == 10
    k1 = next(o for o in out["outcomes"] if o["code"] == "K1")
    assert k1["indicators"] == {"current": "ok", "sufficient": "ok", "authentic": "ok", "valid": "ok"}


def test_standard_target_full_result_gives_credits() -> None:
    data = _load("fritak-partial.json")
    codes = [o["code"] for o in assess_casefile(data)["outcomes"]]
    data["judgements"] = [{"outcome": c, "judgement": "met", "methods": ["dialogue"], "reason": "Vist i samtale"}
                          for c in codes]
    out = assess_casefile(data)
    assert out["result"] == "full" and out["credits_recognised"] == 10 and out["blockers"] == []


def _bransch(code: str, results: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"reference_date": "2025-06-01", "target": {"kind": "branschmodell", "code": code},
            "component_results": results, **extra}


def test_branschmodell_targets_full_partial_none() -> None:
    from rpl_desktop.services.bransch_io import load_sample_models

    model = load_sample_models()["KOCK"] if "KOCK" in load_sample_models() else next(iter(load_sample_models().values()))
    none = assess_casefile(_bransch(model.code, []))
    assert none["outcome"] == "none" and none["document"] == "kartlaggningsutlatande"
    assert none["can_issue"] is False


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["judgements"][0].update(outcome="X99"), "judgements[0].outcome"),
        (lambda d: d["judgements"][0].update(judgement="brilliant"), "judgements[0].judgement"),
        (lambda d: d["judgements"][0].update(methods=["telepathy"]), "judgements[0].methods[0]"),
        (lambda d: d["judgements"][0]["evidence"][0].update(id="p9"), "judgements[0].evidence[0]"),
        (lambda d: d.update(reference_date="2025-02-30"), "reference_date"),
        (lambda d: d["target"].update(kind="astrology"), "target.kind"),
        (lambda d: d["target"].update(uid="urn:nope"), "target.uid"),
        (lambda d: d.update(target=[]), "target"),
    ],
)
def test_bad_case_files_name_the_field(change: Any, field: str) -> None:
    data = _load("fritak-partial.json")
    change(data)
    with pytest.raises(ValidationError) as info:
        assess_casefile(data)
    assert info.value.field == field


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
                    max_leaves=25))
def test_arbitrary_json_gives_a_clear_error_or_a_result(value: Any) -> None:
    try:
        assess_casefile(value)
    except RplError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["judgements", "experiences", "target", "reference_date", "exams", "courses"]),
       st.one_of(st.none(), st.integers(), st.text(max_size=10), st.lists(st.integers(), max_size=3),
                 st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)))
def test_mutated_case_file_never_crashes(key: str, value: Any) -> None:
    data = copy.deepcopy(_load("fritak-partial.json"))
    data[key] = value
    try:
        assess_casefile(data)
    except RplError:
        pass


def test_cli_assess_json_and_bad_file(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "rpl_desktop", "--basedir", str(tmp_path), "assess"]
    ok = subprocess.run([*run, str(DATA / "fritak-partial.json"), "--json"], capture_output=True, text=True)
    assert ok.returncode == 0 and json.loads(ok.stdout)["result"] == "partial"
    bad = tmp_path / "bad.json"
    bad.write_text('{"target": {"kind": "standard", "uid": "urn:rpl:standard:fagskole_emne:HEL-EO10:1"},\n "judgements": [', encoding="utf-8")
    res = subprocess.run([*run, str(bad)], capture_output=True, text=True)
    assert res.returncode == 2 and "line 2" in res.stderr and "Traceback" not in res.stderr
    res = subprocess.run([*run, str(tmp_path / "missing.json")], capture_output=True, text=True)
    assert res.returncode == 2 and "cannot be read" in res.stderr


def test_export_import_round_trip_between_stores(db: Database, tmp_path: Path) -> None:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    cand = search_candidates(db, "Шевченко")[0].id
    case = cs.create_case(db, Case(cand, uid, Purpose.FRITAK, caseworker="Kari"))
    matrix = ms.load_matrix(db, case.id)  # type: ignore[arg-type]
    period = next(i for i in matrix.available if i.kind == EvidenceKindRef.PERIOD)
    first = matrix.rows[0].assessment.outcome.uid
    ms.link_evidence(db, case.id, first, period.kind, period.ref_id)  # type: ignore[arg-type]
    ms.set_judgement(db, case.id, first, Judgement.MET, "Vist i samtale", {Method.DIALOGUE}, "notat")  # type: ignore[arg-type]
    exported = export_case(db, case.id)  # type: ignore[arg-type]
    assert assess_casefile(exported)["met"] == ["K1"]
    with pytest.raises(RplError, match="already in this data store"):
        import_case(db, exported)

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}", tmp_path / "ev")
    try:
        new_id = import_case(other, exported)
        again = export_case(other, new_id)
        for key in ("candidate", "target", "judgements", "document_only_override"):
            assert json.dumps(again[key], sort_keys=True) == json.dumps(exported[key], sort_keys=True).replace(
                exported["judgements"][0]["evidence"][0]["id"], again["judgements"][0]["evidence"][0]["id"]), key
        assert len(again["experiences"]) == len(exported["experiences"])
        assert ms.load_matrix(other, new_id).rows[0].assessment.notes == "notat"
    finally:
        other.close()


def test_import_of_a_broken_case_writes_nothing(db: Database) -> None:
    from rpl_desktop.services.candidates import count_candidates

    data = _load("fritak-partial.json")
    data["target"]["standard"] = {"nonsense": True}
    with pytest.raises(RplError):
        import_case(db, data)
    assert count_candidates(db) == 0


def test_schema_describes_the_files_we_write_and_read(db: Database) -> None:
    import jsonschema

    from rpl_desktop.paths import resource_dir

    schema = json.loads((resource_dir() / "schemas" / "casefile.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(_load("fritak-partial.json"))
    load_demo_data(db, with_cases=False)
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "TMF3")
    case = cs.create_case(db, Case(search_candidates(db, "gaup")[0].id, uid, Purpose.PRAKSISKANDIDAT))
    exported = export_case(db, case.id)  # type: ignore[arg-type]
    validator.validate(exported)
    assert assess_casefile(exported)["status"] in ("met", "needs_judgement", "not_met")


# -- import: one transaction, all or nothing ------------------------------------------------------------


def _row_counts(db: Database) -> dict[str, int]:
    """Rows in every table of the schema (the audit log and the search index included)."""
    from sqlalchemy import func, select

    from rpl_desktop.store.all_records import Base

    with db.read() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def case_file(db: Database) -> dict[str, Any]:
    """An exported case with history, a judgement, an evidence link, an override and a decided status;
    without its number, so that it can be imported into the same store again."""
    load_demo_data(db, with_cases=False)
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    cand = search_candidates(db, "Шевченко")[0].id
    case = cs.create_case(db, Case(cand, uid, Purpose.FRITAK, caseworker="Kari"))
    assert case.id is not None
    matrix = ms.load_matrix(db, case.id)
    period = next(i for i in matrix.available if i.kind == EvidenceKindRef.PERIOD)
    first = matrix.rows[0].assessment.outcome.uid
    ms.link_evidence(db, case.id, first, period.kind, period.ref_id)
    ms.set_judgement(db, case.id, first, Judgement.MET, "Vist i samtale", {Method.DIALOGUE}, "notat")
    data = export_case(db, case.id)
    data["case"].pop("number")
    data["case"]["status"] = "under_assessment"
    data["document_only_override"] = "Attestene er utfyllende og bekreftet av arbeidsgiver."
    assert data["experiences"] and data["judgements"]
    return data


def test_an_import_is_one_transaction_with_one_commit(db: Database, case_file: dict[str, Any]) -> None:
    from sqlalchemy import event

    before = _row_counts(db)
    commits: list[object] = []

    def count(connection: object) -> None:
        commits.append(connection)

    event.listen(db.engine, "commit", count)
    try:
        case_id = import_case(db, case_file)
    finally:
        event.remove(db.engine, "commit", count)
    assert len(commits) == 1  # the candidate, history, case, judgements and status: one unit of work
    after = _row_counts(db)
    assert after["candidate"] == before["candidate"] + 1 and after["rpl_case"] == before["rpl_case"] + 1
    assert cs.get_case(db, case_id).status.value == "under_assessment"
    assert ms.load_matrix(db, case_id).rows[0].assessment.notes == "notat"


def test_a_failure_at_the_last_step_leaves_nothing(
    db: Database, case_file: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Killed(BaseException):
        """Stands in for the process being stopped (not an Exception: no handler may swallow it)."""

    real = ms.set_document_only_override

    def override_then_die(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # every write but the status is done (not committed)
        raise Killed

    before = _row_counts(db)
    monkeypatch.setattr(ms, "set_document_only_override", override_then_die)  # as import_case calls it
    with pytest.raises(Killed):
        import_case(db, case_file)
    assert _row_counts(db) == before
    monkeypatch.undo()
    import_case(db, case_file)  # nothing half-imported stands in the way of importing it again
    assert _row_counts(db)["rpl_case"] == before["rpl_case"] + 1


KILLED_IMPORT = """
import json, os, signal, sys
from pathlib import Path
from rpl_desktop.services import case_transfer
from rpl_desktop.store.database import open_database

db = open_database(sys.argv[1], Path(sys.argv[2]))
real = case_transfer.mapping_service.set_document_only_override

def override_then_kill(*args, **kwargs):
    real(*args, **kwargs)  # the candidate, history, case and judgements are written, not committed
    print("killing", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

case_transfer.mapping_service.set_document_only_override = override_then_kill
case_transfer.import_case(db, json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")))
print("not killed", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_import_killed_half_way_leaves_nothing(
    db: Database, case_file: dict[str, Any], tmp_path: Path
) -> None:
    import signal

    before = _row_counts(db)
    url = db.engine.url.render_as_string(hide_password=False)
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case_file, ensure_ascii=False), encoding="utf-8")
    db.engine.dispose()  # the child opens the store on its own
    child = subprocess.run([sys.executable, "-c", KILLED_IMPORT, url, str(tmp_path / "ev"), str(source)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert child.stdout.strip() == "killing"
    assert _row_counts(db) == before
    if db.database_file is not None:
        with db.read() as s:
            from sqlalchemy import text

            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
