"""Load test: 20 caseworkers as separate processes against one PostgreSQL server on localhost.

Run from the repository root (not part of the test suite; it starts its own throw-away server with
``tests/postgres_server.py``, so the PostgreSQL server programs must be installed):

    python -m tests.benchmarks.bench_load --seconds 60 --workers 20

Set-up (not timed): a fresh database is migrated, the demo data, the sample catalogue and an
organisation profile are loaded, a synthetic register is added (``--candidates``, default 20 000) and
``--cases`` fritak cases are opened on it (default 60, of 11 outcomes each). Each worker signs in as its
own caseworker user. Then every worker, for ``--seconds``, repeats a realistic mix:

* search candidates by a typed name prefix (30 %),
* open a case: load its mapping matrix (25 %),
* edit a judgement with the version it opened; on a conflict it counts it, reloads and retries (25 %),
* save interview notes for an outcome, carrying the notes it saw (10 %),
* print a document preview (vedtak, as PDF bytes) (7 %),
* open a new case (3 %; only the first five workers do, so case numbers are drawn concurrently).

Lost updates are detectable by construction: every judgement reason (and every notes text) a worker
writes carries a unique token and the token of the text it replaced (``[w03-000017 after w11-000002]``).
Optimistic locking must make these writes a chain per outcome: a write that succeeded but that no later
successful write replaced, and that is not what the database holds at the end, is a lost update; so is
a text two successful writes both claim to have replaced. Case numbers must be unique and gap-free.

Prints a table of operations: count, ops/s, p50/p95/p99 latency; conflicts detected; errors; lost
updates; and the case-number check. Exit status 1 when there are errors or lost updates.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OPERATIONS = ("search", "open_case", "edit_judgement", "save_notes", "print", "create_case")
WEIGHTS = (30, 25, 25, 10, 7, 3)
CASE_CREATORS = 5
TOKEN = re.compile(r"\[(w\d{2}-\d{6}) after ([\w-]+)\]")
PREFIXES = ["ka", "ola", "ol", "ni", "ing", "mar", "pi", "oks", "jo", "lin", "øy", "ås", "moh", "fa", "sa",
            "pe", "an", "iv", "ew", "nord", "han", "gau", "som", "шев", "kow", "wój", "ber", "hau", "joh",
            "lar", "ols", "bræ", "ali", "rás", "nil", "ped", "bak", "lie"]


@dataclass
class WorkerResult:
    worker: int
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    conflicts: int = 0
    retries_exhausted: int = 0
    errors: list[str] = field(default_factory=list)
    # successful writes: [kind, case_id, outcome_uid, token, replaced_token]
    writes: list[list[Any]] = field(default_factory=list)
    created_numbers: list[str] = field(default_factory=list)


def _token_of(text: str) -> str:
    found = TOKEN.search(text or "")
    return found.group(1) if found else "init"


# ---------------------------------------------------------------------------------------------------
# one caseworker


def worker_main(index: int, url: str, username: str, case_ids: list[int], standard_uid: str,
                candidate_ids: list[int], seconds: float, start_event: Any, ready: Any, out: str,
                locking: bool = True) -> None:
    from rpl_desktop.domain.cases import Case, Purpose
    from rpl_desktop.domain.errors import RplError
    from rpl_desktop.domain.mapping import Judgement, Method
    from rpl_desktop.services import cases as cs
    from rpl_desktop.services import documents as ds
    from rpl_desktop.services import mapping as ms
    from rpl_desktop.services import users
    from rpl_desktop.services.candidates import ConflictError, search_candidates
    from rpl_desktop.store.database import open_database

    rng = random.Random(1000 + index)
    result = WorkerResult(index)
    db = open_database(url, Path(tempfile.mkdtemp(prefix=f"rpl-load-{index}-")))
    users.sign_in(db, username)
    counter = 0
    opened_case_ids = list(case_ids)

    def token() -> str:
        nonlocal counter
        counter += 1
        return f"w{index:02d}-{counter:06d}"

    def edit_judgement() -> None:
        case_id = rng.choice(case_ids)
        for _attempt in range(10):
            matrix = ms.load_matrix(db, case_id, with_suggestions=False)
            row = rng.choice(matrix.rows)
            uid = row.assessment.outcome.uid
            replaced = _token_of(row.assessment.reason)
            mine = token()
            reason = f"Dokumentert i attest og samtale. [{mine} after {replaced}]"
            judgement = rng.choice([Judgement.MET, Judgement.PARTLY, Judgement.NOT_MET])
            try:
                ms.set_judgement(db, case_id, uid, judgement, reason, {Method.DOCUMENTS, Method.DIALOGUE},
                                 version=row.version if locking else None, opened=ms.row_values(row))
            except ConflictError:
                result.conflicts += 1
                continue  # reload and try again, as a caseworker would after looking at the conflict
            result.writes.append(["judgement", case_id, uid, mine, replaced])
            return
        result.retries_exhausted += 1

    def save_notes() -> None:
        case_id = rng.choice(case_ids)
        for _attempt in range(10):
            matrix = ms.load_matrix(db, case_id, with_suggestions=False)
            row = rng.choice(matrix.rows)
            uid = row.assessment.outcome.uid
            seen = row.assessment.notes
            replaced = _token_of(seen)
            mine = token()
            try:
                ms.set_notes(db, case_id, uid, f"Kandidaten fortalte om rutinene. [{mine} after {replaced}]",
                             expected=seen if locking else None)
            except ConflictError:
                result.conflicts += 1
                continue
            result.writes.append(["notes", case_id, uid, mine, replaced])
            return
        result.retries_exhausted += 1

    def do(op: str) -> None:
        if op == "search":
            search_candidates(db, rng.choice(PREFIXES), limit=50)
        elif op == "open_case":
            ms.load_matrix(db, rng.choice(opened_case_ids))
        elif op == "edit_judgement":
            edit_judgement()
        elif op == "save_notes":
            save_notes()
        elif op == "print":
            pdf = ds.preview(db, rng.choice(case_ids), "vedtak", "nb")
            assert pdf.startswith(b"%PDF-")
        elif op == "create_case":
            case = cs.create_case(db, Case(rng.choice(candidate_ids), standard_uid, Purpose.FRITAK,
                                           caseworker=username))
            assert case.id is not None
            result.created_numbers.append(case.number)
            opened_case_ids.append(case.id)

    operations = OPERATIONS if index < CASE_CREATORS else OPERATIONS[:-1]
    weights = WEIGHTS if index < CASE_CREATORS else WEIGHTS[:-1]
    ready.release()
    start_event.wait()
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            op = rng.choices(operations, weights)[0]
            started = time.perf_counter()
            try:
                do(op)
            except RplError as exc:
                result.errors.append(f"{op}: {type(exc).__name__}: {exc.message[:200]}")
            except Exception as exc:
                result.errors.append(f"{op}: {type(exc).__name__}: {str(exc)[:200]}")
                traceback.print_exc()
            else:
                result.latencies[op].append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
        Path(out).write_text(json.dumps({
            "worker": result.worker, "latencies": result.latencies, "conflicts": result.conflicts,
            "retries_exhausted": result.retries_exhausted, "errors": result.errors, "writes": result.writes,
            "created_numbers": result.created_numbers,
        }), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------
# the office


def prepare(url: str, workers: int, candidates: int, cases: int,
            home: Path) -> tuple[list[int], str, list[int]]:
    from sqlalchemy import select

    from rpl_desktop.domain.actors import CASEWORKER
    from rpl_desktop.domain.cases import Case, Purpose
    from rpl_desktop.domain.register import Organisation, OrgKind, Signer
    from rpl_desktop.paths import app_paths
    from rpl_desktop.services import cases as cs
    from rpl_desktop.services import documents as ds
    from rpl_desktop.services import users
    from rpl_desktop.services.catalogue import list_standards, load_sample
    from rpl_desktop.services.demo import load_demo_data
    from rpl_desktop.services.organisation import save_organisation
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.records import CandidateRecord
    from tests.benchmarks.datagen import build_register

    paths = app_paths(home).ensure()
    build_register(paths, candidates=candidates, periods_each=3, url=url)
    db = open_database(url, paths.evidence_dir)
    try:
        admin = users.ensure_first_user(db, "kontoradmin", "Kontor Admin")
        assert admin is not None
        users.sign_in(db, admin.username)
        load_demo_data(db)
        load_sample(db)
        save_organisation(db, Organisation(
            "Vestfjell fylkeskommune", "974 760 673", OrgKind.FYLKESKOMMUNE, "NO", "Vestfjell",
            address="Postboks 123\n4604 Fjordvik", signers=[Signer("Kari Nordmann", "fagleder")]))
        db.set_setting(ds.QUALITY_ASSURANCE_SETTING, "Fagskolens kvalitetssystem.")
        for n in range(workers):
            users.add_user(db, f"saksbehandler{n:02d}", f"Saksbehandler {n:02d}", [CASEWORKER])
        uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
        rng = random.Random(5)
        with db.read() as s:
            pool = list(s.scalars(select(CandidateRecord.id).order_by(CandidateRecord.id).limit(5000)))
        case_ids = []
        for _ in range(cases):
            case = cs.create_case(db, Case(rng.choice(pool), uid, Purpose.FRITAK, caseworker="Kontor Admin"))
            assert case.id is not None
            case_ids.append(case.id)
        # a vedtak preview must work on these cases (the printing operation)
        assert ds.preview(db, case_ids[0], "vedtak", "nb").startswith(b"%PDF-")
        return case_ids, uid, pool
    finally:
        db.close()


def verify(url: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Lost updates and case numbers, from what the workers recorded and what the database holds."""
    from sqlalchemy import create_engine, text

    final: dict[tuple[str, int, str], str] = {}
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            for case_id, uid, reason, notes in conn.execute(
                    text("SELECT case_id, outcome_uid, reason, notes FROM judgement")):
                final[("judgement", case_id, uid)] = _token_of(reason)
                final[("notes", case_id, uid)] = _token_of(notes)
            numbers = [row[0] for row in conn.execute(text("SELECT number FROM rpl_case"))]
            counters = {row[0]: row[1] for row in conn.execute(text("SELECT year, last FROM case_counter"))}
    finally:
        engine.dispose()

    chains: dict[tuple[str, int, str], list[tuple[str, str]]] = defaultdict(list)
    for r in results:
        for kind, case_id, uid, token, replaced in r["writes"]:
            chains[(kind, case_id, uid)].append((token, replaced))
    lost = 0
    lost_examples: list[str] = []
    writes_checked = 0
    for key, writes in chains.items():
        writes_checked += len(writes)
        successor: dict[str, list[str]] = defaultdict(list)
        for token, replaced in writes:
            successor[replaced].append(token)
        # every successful write is either what the database holds or was replaced by a later one that
        # had seen it; anything else was overwritten unseen: a lost update (counted once per write)
        gone = [token for token, _replaced in writes if token != final.get(key) and token not in successor]
        lost += len(gone)
        lost_examples += [f"{key}: {token} is gone and no later save had seen it" for token in gone]
        # and the writes form one chain from the empty text to what the database holds (a fork means
        # two saves both replaced the same text)
        forks = {replaced: tokens for replaced, tokens in successor.items() if len(tokens) > 1}
        chain_end, seen = "init", 0
        while chain_end in successor and seen <= len(writes):
            chain_end = successor[chain_end][0]
            seen += 1
        if not gone and (forks or final.get(key, "init") != chain_end):
            lost += 1
            lost_examples.append(f"{key}: not one chain (forks {forks}; database holds {final.get(key)})")

    created = [n for r in results for n in r["created_numbers"]]
    by_year: dict[int, list[int]] = defaultdict(list)
    for number in numbers:
        year, seq = number.split("/")
        by_year[2000 + int(year)].append(int(seq))
    gap_free = all(sorted(seqs) == list(range(1, len(seqs) + 1)) and counters.get(year) == len(seqs)
                   for year, seqs in by_year.items())
    return {
        "writes_checked": writes_checked, "lost_updates": lost, "lost_examples": lost_examples[:5],
        "cases_created": len(created), "created_unique": len(set(created)) == len(created),
        "all_numbers_unique": len(set(numbers)) == len(numbers), "gap_free": gap_free,
        "created_in_db": set(created) <= set(numbers),
    }


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--candidates", type=int, default=20_000)
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--no-locking", action="store_true",
                        help="save without the opened version, as a broken client would (shows that the "
                             "lost-update check finds what that loses)")
    args = parser.parse_args(argv)

    from tests.postgres_server import start_server

    server = start_server(max_connections=args.workers * 3 + 20)
    home = Path(tempfile.mkdtemp(prefix="rpl-load-"))
    try:
        url = server.create_database("rpl_load")
        t0 = time.perf_counter()
        case_ids, uid, pool = prepare(url, args.workers, args.candidates, args.cases, home)
        print(f"prepared in {time.perf_counter() - t0:.1f} s: {args.candidates} synthetic candidates + demo "
              f"data, {len(case_ids)} cases; {args.workers} workers for {args.seconds:.0f} s", flush=True)

        ctx = multiprocessing.get_context("spawn")
        start_event = ctx.Event()
        ready = ctx.Semaphore(0)
        outs = [str(home / f"worker-{n}.json") for n in range(args.workers)]
        procs = [ctx.Process(target=worker_main, args=(
            n, url, f"saksbehandler{n:02d}", case_ids, uid, pool, args.seconds, start_event, ready, outs[n],
            not args.no_locking))
            for n in range(args.workers)]
        for proc in procs:
            proc.start()
        for _ in procs:
            if not ready.acquire(timeout=120):
                raise RuntimeError("a worker did not start within two minutes")
        started = time.perf_counter()
        start_event.set()
        for proc in procs:
            proc.join(args.seconds + 120)
        elapsed = time.perf_counter() - started
        crashed = [n for n, proc in enumerate(procs) if proc.exitcode != 0]
        results = [json.loads(Path(o).read_text(encoding="utf-8")) for o in outs if Path(o).exists()]
        checks = verify(url, results)
    finally:
        server.stop()

    latencies: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for op, values in r["latencies"].items():
            latencies[op].extend(values)
    conflicts = sum(r["conflicts"] for r in results)
    exhausted = sum(r["retries_exhausted"] for r in results)
    errors = [e for r in results for e in r["errors"]]
    total = sum(len(v) for v in latencies.values())

    print()
    print(f"{'operation':<16}{'count':>8}{'ops/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for op in OPERATIONS:
        values = latencies.get(op, [])
        print(f"{op:<16}{len(values):>8}{len(values) / elapsed:>9.1f}{percentile(values, 50):>9.1f}"
              f"{percentile(values, 95):>9.1f}{percentile(values, 99):>9.1f}")
    every = [v for values in latencies.values() for v in values]
    print(f"{'all':<16}{total:>8}{total / elapsed:>9.1f}{percentile(every, 50):>9.1f}"
          f"{percentile(every, 95):>9.1f}{percentile(every, 99):>9.1f}")
    print()
    crash_note = f"; crashed: {crashed}" if crashed else ""
    print(f"workers: {len(results)} of {args.workers} reported{crash_note}; elapsed {elapsed:.1f} s")
    print(f"conflicts detected: {conflicts} (edits given up after 10 tries: {exhausted})")
    print(f"errors: {len(errors)}")
    for message, count in Counter(errors).most_common(5):
        print(f"  {count} × {message}")
    print(f"lost updates: {checks['lost_updates']} (successful writes checked: {checks['writes_checked']})")
    for example in checks["lost_examples"]:
        print(f"  {example}")
    print(f"cases created concurrently: {checks['cases_created']}; numbers unique: "
          f"{checks['all_numbers_unique']}; gap-free per year: {checks['gap_free']}; every created number "
          f"stored: {checks['created_in_db']}")
    figures = {
        "seconds": elapsed, "workers": args.workers, "operations": total, "ops_per_second": total / elapsed,
        "per_operation": {op: {"count": len(v), "p50": percentile(v, 50), "p95": percentile(v, 95),
                               "p99": percentile(v, 99)} for op, v in latencies.items()},
        "conflicts": conflicts, "errors": len(errors), **checks,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    ok = not errors and not crashed and checks["lost_updates"] == 0 and checks["all_numbers_unique"] \
        and checks["gap_free"] and checks["created_in_db"] and len(results) == args.workers
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
