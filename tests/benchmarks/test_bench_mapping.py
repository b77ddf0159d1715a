"""Mapping benchmarks (issue: catalogue, cases and the mapping matrix).

Run by hand:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/benchmarks/test_bench_mapping.py -s -o addopts=""

A case with 300 outcomes and 60 evidence items (periods with task texts) and half the outcomes
judged: prints the time to load the matrix (service, with suggestions), to open the case in the
case view (widget, if present), and to run ``assess`` on its exported case file, in process and as
the CLI. Targets: open under 200 ms, assess under 50 ms.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.catalogue import Catalogue
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.domain.register import Candidate, HistoryPeriod, PeriodKind
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.case_transfer import export_case
from rpl_desktop.services.casefile import assess_casefile
from rpl_desktop.services.catalogue import _store
from rpl_desktop.services.catalogue_io import standard_from_json
from rpl_desktop.services.history import save_period
from rpl_desktop.store.database import Database, open_database

WORDS = ["forskaling", "reisverk", "taktekking", "vinduer", "dører", "isolasjon", "kledning", "trapper", "bjelkelag", "grunnmur", "tegninger", "måling", "HMS", "sikring", "stillas", "kunde", "dokumentasjon", "kvalitet", "materialer", "verktøy"]


def _timed(fn, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def _big_case(db: Database) -> int:
    rng = random.Random(3)
    outcomes = [{"uid": f"urn:bench:o{i}", "code": f"O{i}", "category": ["kunnskap", "ferdigheter", "generell_kompetanse"][i % 3],
                 "order": i, "text": {"nb": " ".join(rng.sample(WORDS, 6))}} for i in range(300)]
    std = standard_from_json({
        "uid": "urn:bench:emne", "kind": "fagskole_emne", "code": "BENCH300", "version": "1", "title": {"nb": "Benchmark"},
        "studiepoeng": 30, "nkr_level": "5.1", "outcomes": outcomes}, "bench")
    _store(db, Catalogue([std]), "bench")
    cand = save_candidate(db, Candidate("Kari", "Nordmann"))
    for i in range(60):
        save_period(db, HistoryPeriod(PeriodKind.EMPLOYMENT, f"Firma {i} AS", __import__("datetime").date(1990 + i % 30, 1, 1),
                                      __import__("datetime").date(1991 + i % 30, 6, 30), fte_percent=100,
                                      tasks=" ".join(rng.sample(WORDS, 8)), candidate_id=cand.id,
                                      attest_signer_name="Leder", attest_date=__import__("datetime").date(2024, 1, 1)))
    case = cs.create_case(db, Case(cand.id, "urn:bench:emne", Purpose.FRITAK))  # type: ignore[arg-type]
    matrix = ms.load_matrix(db, case.id, with_suggestions=False)  # type: ignore[arg-type]
    for k, row in enumerate(matrix.rows[:150]):
        item = matrix.available[k % len(matrix.available)]
        ms.link_evidence(db, case.id, row.assessment.outcome.uid, EvidenceKindRef.PERIOD, item.ref_id)  # type: ignore[arg-type]
        ms.set_judgement(db, case.id, row.assessment.outcome.uid, Judgement.MET, "Vist", {Method.DIALOGUE})  # type: ignore[arg-type]
    return case.id  # type: ignore[return-value]


def test_open_and_assess_a_300_outcome_case(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'b.sqlite'}", tmp_path / "ev")
    case_id = _big_case(db)
    load_plain = _timed(lambda: ms.load_matrix(db, case_id, with_suggestions=False))
    load_full = _timed(lambda: ms.load_matrix(db, case_id))
    open_view = None
    try:
        from rpl_desktop.ui.application import create_application
        from rpl_desktop.ui.case_view import CaseViewWidget

        app = create_application([])
        from rpl_desktop.paths import app_paths

        view = CaseViewWidget(db, app_paths(tmp_path / "home").ensure())

        def open_it() -> None:
            view.open_case(case_id)
            app.processEvents()

        open_view = _timed(open_it, runs=5)
    except ImportError:
        pass
    exported = export_case(db, case_id)
    exported["target"]["standard"] = exported["target"]["standard"]
    assess_ms = _timed(lambda: assess_casefile(json.loads(json.dumps(exported))))
    path = tmp_path / "case.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "rpl_desktop", "--basedir", str(tmp_path / "h"), "assess", str(path), "--json"],
                         capture_output=True, text=True)
    cli_ms = (time.perf_counter() - t0) * 1000
    assert out.returncode == 0, out.stderr
    db.close()
    print("\n--- rpl-desktop mapping benchmark (300 outcomes, 60 evidence items, 150 judged) ---")
    print(f"load matrix, no suggestions:        {load_plain:7.1f} ms (median)")
    print(f"load matrix with suggestions:       {load_full:7.1f} ms (median)")
    if open_view is not None:
        print(f"open case in the case view:         {open_view:7.1f} ms (median; target < 200 ms)")
    print(f"assess (in process):                {assess_ms:7.1f} ms (median; target < 50 ms)")
    print(f"assess (CLI process, incl. start):  {cli_ms:7.0f} ms")
