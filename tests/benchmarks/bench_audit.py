"""Benchmark: what the audit log costs a save, and how fast ``audit verify`` checks the chain.

Not part of the default test run (``tests/benchmarks`` is excluded). Run it from the repository with

    python tests/benchmarks/bench_audit.py [SAVES]                # SQLite in a temporary folder
    python tests/benchmarks/bench_audit.py [SAVES] --postgres     # a throw-away PostgreSQL server

The same two saves (a candidate; a judgement) are timed with the audit hooks on and off, alternating,
on one database, so machine load affects both alike; the medians are printed. Then the chain is grown
to about 50 000 entries and verified.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from rpl_desktop.domain.actors import SYSTEM
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import audit
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.mapping import load_matrix, set_judgement
from rpl_desktop.store import audit_chain
from rpl_desktop.store.audit_chain import Pending, append
from rpl_desktop.store.database import open_database
from tests.security_world import ready_case, world

HOOKS = (
    ("before_flush", audit_chain._lock_before_flush),
    ("after_flush", audit_chain._record_flush),
    ("do_orm_execute", audit_chain._record_bulk),
)


def hooks(on: bool) -> None:
    for name, fn in HOOKS:
        if on and not event.contains(Session, name, fn):
            event.listen(Session, name, fn)
        elif not on and event.contains(Session, name, fn):
            event.remove(Session, name, fn)


def bench(url: str, folder: Path, saves: int) -> None:
    db = open_database(url, folder / "evidence")
    try:
        world(db)
        case_id = ready_case(db)
        uids = [r.assessment.outcome.uid for r in load_matrix(db, case_id, with_suggestions=False).rows]
        times: dict[tuple[str, bool], list[float]] = {(k, on): [] for k in ("candidate", "judgement")
                                                      for on in (False, True)}
        for i in range(2 * saves):
            on = bool(i % 2)
            hooks(on)
            start = time.perf_counter()
            save_candidate(db, Candidate(f"Navn{i}", f"Etternavn{i}"))
            times[("candidate", on)].append(time.perf_counter() - start)
            start = time.perf_counter()
            judgement = Judgement.MET if i % 4 < 2 else Judgement.PARTLY
            set_judgement(db, case_id, uids[i % len(uids)], judgement, f"grunn {i}", {Method.DIALOGUE})
            times[("judgement", on)].append(time.perf_counter() - start)
        hooks(True)
        for kind in ("candidate", "judgement"):
            off = statistics.median(times[(kind, False)]) * 1000
            on_ = statistics.median(times[(kind, True)]) * 1000
            print(f"save {kind:9}: median {off:6.2f} ms without the audit hook, {on_:6.2f} ms with it "
                  f"(+{on_ - off:.2f} ms)")
        with db.engine.begin() as conn:
            for _ in range(20):
                append(conn, SYSTEM, [Pending("print", "rpl_case", str(j), j,
                                              [{"field": "x", "before": None, "after": j}], "r")
                                      for j in range(2500)])
        start = time.perf_counter()
        check = audit.verify_chain(db)
        seconds = time.perf_counter() - start
        print(f"audit verify: {check.entries_checked} entries in {seconds:.2f} s = "
              f"{check.entries_checked / seconds:,.0f} entries/s (intact: {check.ok})")
    finally:
        db.close()


def main(argv: list[str]) -> None:
    saves = int(next((a for a in argv if a.isdigit()), "200"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "--postgres" in argv:
            from tests.postgres_server import start_server

            server = start_server()
            try:
                bench(server.create_database("bench_audit"), folder, saves)
            finally:
                server.stop()
        else:
            bench(f"sqlite:///{folder / 'bench.sqlite'}", folder, saves)


if __name__ == "__main__":
    main(sys.argv[1:])
