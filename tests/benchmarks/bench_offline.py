"""Benchmark: offline case files, office -> laptop -> office, for N cases.

Run from the repository root (not part of the test suite):

    python -m tests.benchmarks.bench_offline 50 --evidence-kib 300
    python -m tests.benchmarks.bench_offline demo

``demo`` takes the demo data's cases (``rpl-desktop demo``). Otherwise N fritak cases (HEL-EO10) are
set up, each with its own candidate, three history periods, one evidence file of the given size and
all eleven outcomes judged with a linked period. The office exports them (real scrypt cost), a laptop
imports them, changes a judgement in every case and adds a period to every candidate, exports them
back, and the office compares and imports. Prints file sizes and times per step.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.domain.register import Candidate, EvidenceKind, HistoryPeriod, PeriodKind
from rpl_desktop.paths import app_paths
from rpl_desktop.services import offline
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.cases import create_case, list_cases
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence
from rpl_desktop.services.history import save_period
from rpl_desktop.services.mapping import link_evidence, load_matrix, set_judgement
from rpl_desktop.store.database import Database, open_database

PASS = "benchmark passphrase"


def _open(root: Path) -> Database:
    p = app_paths(root).ensure()
    return open_database(p.default_database_url(), p.evidence_dir, p.backup_dir)


def _cases(db: Database, n: int, evidence_kib: int, tmp: Path) -> list[int]:
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    ids = []
    for i in range(n):
        cand = save_candidate(db, Candidate(f"Kari{i}", f"Nordmann{i}", date(1980, 1, 1 + i % 28)))
        assert cand.id is not None
        for k in range(3):
            save_period(
                db,
                HistoryPeriod(
                    PeriodKind.EMPLOYMENT,
                    f"Sykehjem {k}",
                    date(2010 + 3 * k, 1, 1),
                    date(2012 + 3 * k, 12, 31),
                    tasks="stell og omsorg",
                    candidate_id=cand.id,
                ),
            )
        source = tmp / f"attest-{i}.pdf"
        source.write_bytes(b"%PDF-1.4\n" + os.urandom(evidence_kib * 1024))
        attach_evidence(db, cand.id, source, EvidenceKind.ATTEST)
        case = create_case(db, Case(cand.id, uid, Purpose.FRITAK, caseworker="Per Hansen"))
        assert case.id is not None
        matrix = load_matrix(db, case.id, with_suggestions=False)
        period = next(a for a in matrix.available if a.kind == EvidenceKindRef.PERIOD)
        for row in matrix.rows:
            outcome = row.assessment.outcome.uid
            link_evidence(db, case.id, outcome, period.kind, period.ref_id)
            set_judgement(
                db, case.id, outcome, Judgement.MET, "Attest og samtale viser dette.", {Method.DIALOGUE}
            )
        ids.append(case.id)
    return ids


def _timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", help="number of cases, or 'demo'")
    parser.add_argument("--evidence-kib", type=int, default=200)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-offline-"))
    office, laptop = _open(tmp / "office"), _open(tmp / "laptop")
    if args.n == "demo":
        load_demo_data(office)
        case_ids = [r.id for r in list_cases(office)]
    else:
        case_ids = _cases(office, int(args.n), args.evidence_kib, tmp)
    print(f"{len(case_ids)} cases")
    out, back = tmp / "out.rplcases", tmp / "back.rplcases"
    sent = _timed(
        "office: export", lambda: offline.export_cases(office, case_ids, out, PASS, taken_to="Kari")
    )
    print(f"  file: {sent.size / 1024:.0f} KiB, {sent.entities} records, {sent.files} evidence files")
    f = _timed("laptop: read + decrypt + verify", lambda: offline.read_offline_file(out, PASS))
    plan = _timed("laptop: compare", lambda: offline.plan_import(laptop, f))
    got = _timed("laptop: import (one transaction)", lambda: offline.apply_import(laptop, plan))
    print(f"  added {got.added} records")
    for case_id in got.case_ids:
        matrix = load_matrix(laptop, case_id, with_suggestions=False)
        outcome = matrix.rows[0].assessment.outcome.uid
        set_judgement(
            laptop, case_id, outcome, Judgement.PARTLY, "Delvis vist på opptaksdagen.", {Method.DIALOGUE}
        )
        save_period(
            laptop,
            HistoryPeriod(
                PeriodKind.VOLUNTARY,
                "Røde Kors",
                date(2005, 1, 1),
                date(2006, 1, 1),
                candidate_id=matrix.case.candidate_id,
                fte_percent=20.0,
            ),
        )
    returned = _timed("laptop: export back", lambda: offline.export_cases(laptop, got.case_ids, back, PASS))
    print(f"  file: {returned.size / 1024:.0f} KiB, {returned.entities} records")
    f = _timed("office: read + decrypt + verify", lambda: offline.read_offline_file(back, PASS))
    plan = _timed("office: compare (three-way)", lambda: offline.plan_import(office, f))
    print(
        f"  {plan.count(offline.Action.ADD)} added, {plan.count(offline.Action.UPDATE)} changed, "
        f"{len(plan.decisions())} decisions"
    )
    result = _timed("office: import (one transaction)", lambda: offline.apply_import(office, plan))
    print(f"  {result.added} added, {result.updated} updated, {result.fields_taken} fields taken")
    office.close()
    laptop.close()


if __name__ == "__main__":
    main()
