"""The kill test: a process saving and printing certificates is killed (SIGKILL) at random moments, many
times, and nothing it reported as saved is lost, nothing is half-issued, and its batches finish cleanly.

The worker (tests/unit/kill_worker.py) registers candidates with periods, edits them, opens and judges
cases, edits judgements, interview notes and case details, and prints kompetansebevis in batches, in an
encrypted data store; after each commit it prints a line such as ``SAVED candidate 17 v3 city=c42``.
This test kills it after a random delay (seeded: the seed is printed; set ``RPL_KILL_SEED`` to repeat a
run), starts it again on the same database, and after every kill checks the database file directly:

* ``PRAGMA integrity_check`` is ok and no foreign key dangles;
* every save that was reported is there, with at least the reported version (and, at that version,
  exactly the reported value);
* every issued document has its complete PDF with the SHA-256 it was issued with; every reported one is
  there; no case has its certificate twice; no certificate number is on two documents;
* every batch item marked done points at its document, and no number held by an open item is on a
  document; every PDF file in the output folder is complete.

At the end the unfinished batches are resumed to completion: the certificate numbers then run 1..N with
no gap (no number was taken and lost) and no duplicate. Run with ``-s`` to see the counts. The loop runs
for ``RPL_KILL_SECONDS`` (default 40) seconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.register import Candidate
from rpl_desktop.paths import app_paths
from rpl_desktop.services import batch_jobs, mapping
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import documents as ds
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.store.database import Database, open_database
from tests.unit.services.test_documents_service import QA, organisation

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="the kill test forks and kills workers (POSIX)")

WORKER = Path(__file__).with_name("kill_worker.py")
PASSPHRASE = "kill test: Ålesund 7"
SECONDS = float(os.environ.get("RPL_KILL_SECONDS", "40"))
MAX_KILLS = 80

SAVED_CANDIDATE = re.compile(r"SAVED candidate (\d+) v(\d+) city=(\S+)$")
SAVED_PERIOD = re.compile(r"SAVED period (\d+) of (\d+) employer=(\S+)$")
SAVED_JUDGEMENT = re.compile(r"SAVED (judgement|notes) (\d+) (\S+) v(\d+) (?:reason|notes)=(\S+)$")
SAVED_CASE = re.compile(r"SAVED case (\d+) v(\d+) ref=(\S*) status=(\S+)$")
ISSUED = re.compile(r"ISSUED document (\d+) case=(\d+) number=(\S+) sha=(\w+)$")
RESUMING = re.compile(r"RESUMING batch \d+ done=\d+ reserved=(\d+) pending=\d+$")


@dataclass
class Reported:
    """What the workers said they saved: the highest version per record, with its value."""

    candidates: dict[int, tuple[int, str]] = field(default_factory=dict)
    periods: dict[int, tuple[int, str]] = field(default_factory=dict)
    reasons: dict[tuple[int, str], tuple[int, str]] = field(default_factory=dict)
    notes: dict[tuple[int, str], tuple[int, str]] = field(default_factory=dict)
    cases: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    issued: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    lines: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def _keep(table: dict[Any, Any], key: Any, value: tuple[Any, ...]) -> None:
        if key not in table or table[key][0] <= value[0]:
            table[key] = value

    def add(self, line: str) -> None:
        if m := SAVED_CANDIDATE.match(line):
            self._keep(self.candidates, int(m[1]), (int(m[2]), m[3]))
            self.lines["saves"] += 1
        elif m := SAVED_PERIOD.match(line):
            self.periods[int(m[1])] = (int(m[2]), m[3])
            self.lines["saves"] += 1
        elif m := SAVED_JUDGEMENT.match(line):
            table = self.reasons if m[1] == "judgement" else self.notes
            self._keep(table, (int(m[2]), m[3]), (int(m[4]), m[5]))
            self.lines["saves"] += 1
        elif m := SAVED_CASE.match(line):
            self._keep(self.cases, int(m[1]), (int(m[2]), m[3], m[4]))
            self.lines["saves"] += 1
        elif m := ISSUED.match(line):
            self.issued[int(m[1])] = (int(m[2]), m[3], m[4])
        elif m := RESUMING.match(line):
            self.lines["resumed"] += 1
            self.lines["resumed_reserved"] += int(m[1]) > 0
        elif line.startswith("BATCH"):
            self.lines["batches"] += 1
        elif line.startswith("SAVED"):
            raise AssertionError(f"unparsed worker line: {line}")


def _connect(path: Path) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
    return conn


def check_database(path: Path, out: Path, seen: Reported, conn: Any = None) -> dict[str, int]:
    """Everything the module docstring promises, read straight from the (encrypted) file.

    ``conn``: a connection kept open between checks (opening one derives the key from the passphrase,
    which takes a while); by default a fresh one.
    """
    assert not path.read_bytes()[:16].startswith(b"SQLite format 3")  # still encrypted
    own = conn is None
    conn = _connect(path) if own else conn
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        candidates = {i: (v, c) for i, v, c in conn.execute("SELECT id, version, city FROM candidate")}
        periods = {i: (c, e) for i, c, e in conn.execute(
            "SELECT id, candidate_id, employer FROM history_period")}
        judgements = {(c, u): (v, r, n) for c, u, v, r, n in conn.execute(
            "SELECT case_id, outcome_uid, version, reason, notes FROM judgement")}
        cases = {i: (v, ref, st) for i, v, ref, st in conn.execute(
            "SELECT id, version, their_reference, status FROM rpl_case")}
        docs = conn.execute("SELECT id, case_id, kind, language, version, certificate_number, sha256, size, "
                            "pdf, filename FROM issued_document").fetchall()
        items = conn.execute("SELECT job_id, position, state, certificate_number, document_id "
                             "FROM batch_item").fetchall()
    finally:
        if own:
            conn.close()

    for cid, (version, city) in seen.candidates.items():
        assert cid in candidates, f"reported candidate {cid} is missing"
        have, value = candidates[cid]
        assert have > version or (have == version and value == city), f"candidate {cid}: {have} {value}"
    for pid, (cid, employer) in seen.periods.items():
        assert periods.get(pid) == (cid, employer), f"reported period {pid} is missing or changed"
    for table, column in ((seen.reasons, 1), (seen.notes, 2)):
        for key, (version, value) in table.items():
            assert key in judgements, f"reported judgement {key} is missing"
            have = judgements[key]
            assert have[0] > version or (have[0] == version and have[column] == value), f"judgement {key}"
    for case_id, (version, ref, status) in seen.cases.items():
        have = cases[case_id]
        assert have[0] > version or have == (version, ref, status), f"case {case_id}: {have}"

    by_id = {}
    for doc_id, case_id, kind, _lang, version, number, sha, size, pdf, filename in docs:
        assert hashlib.sha256(pdf).hexdigest() == sha and len(pdf) == size, f"document {doc_id} damaged"
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF"), f"document {doc_id} incomplete"
        assert version == 1 and kind == "kompetansebevis", f"document {doc_id} issued twice"
        by_id[doc_id] = (case_id, number, sha, filename, pdf)
    for doc_id, (case_id, number, sha) in seen.issued.items():
        assert by_id.get(doc_id, (None,) * 3)[:3] == (case_id, number, sha), f"reported document {doc_id}"
    numbers = [d[1] for d in by_id.values()]
    assert len(numbers) == len(set(numbers)), "a certificate number is on two documents"
    per_case = Counter(d[0] for d in by_id.values())
    assert max(per_case.values(), default=1) == 1, "a case got two certificates"

    on_items = Counter(number for _j, _p, _s, number, _d in items if number is not None)
    assert max(on_items.values(), default=1) == 1, "a number is held by two batch items"
    for job, position, state, number, doc_id in items:
        if state == "done":
            assert doc_id in by_id, f"batch {job} item {position} done without its document"
        if state in ("pending", "reserved"):
            assert doc_id is None and number not in numbers, f"batch {job} item {position} is open"
        if state == "reserved":
            assert number is not None
    assert all(n in on_items for n in numbers), "a certificate issued outside a batch item"

    files = {f: pdf for _c, _n, _s, f, pdf in by_id.values()}
    written = 0
    for path_ in out.glob("*.pdf") if out.exists() else ():
        data = path_.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"{path_.name} half-written"
        if path_.name in files:
            assert data == files[path_.name], f"{path_.name} differs from the issued document"
        written += 1
    return {"candidates": len(candidates), "documents": len(by_id), "files": written,
            "open_items": sum(1 for i in items if i[2] in ("pending", "reserved"))}


def setup_store(basedir: Path) -> None:
    paths = app_paths(basedir).ensure()
    db = open_database(paths.default_database_url(), paths.evidence_dir, None, passphrase=PASSPHRASE)
    try:
        load_sample(db)
        organisation(db)
        db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
        uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
        db.set_setting("killtest_standard", uid)
        for n in range(3):
            person = save_candidate(db, Candidate(given_name=f"Arbeid{n}", family_name="Sak", city="x"))
            assert person.id is not None
            case = case_service.create_case(db, Case(person.id, uid, Purpose.FRITAK,
                                                     their_reference=f"work{n}"))
            assert case.id is not None
            mapping.change_status(db, case.id, CaseStatus.UNDER_ASSESSMENT)
    finally:
        db.close()


class Zygote:
    """The worker process factory (see kill_worker.py) and the lines its workers print."""

    def __init__(self, basedir: Path, stderr: Path) -> None:
        self._err = stderr.open("wb")
        self.proc = subprocess.Popen([sys.executable, str(WORKER), str(basedir), PASSPHRASE],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err,
                                     text=True, bufsize=1, cwd=Path(__file__).resolve().parents[2])
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next_line(60) == "ZYGOTE"

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")

    def next_line(self, timeout: float) -> str | None:
        try:
            return self.lines.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return None

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._err.close()


def test_killed_at_random_moments_nothing_reported_is_lost(tmp_path: Path) -> None:
    seed = int(os.environ.get("RPL_KILL_SEED") or random.SystemRandom().randrange(1 << 31))
    print(f"\nkill test seed {seed} (repeat with RPL_KILL_SEED={seed})")
    rng = random.Random(seed)
    started = time.monotonic()
    basedir = tmp_path / "home"
    setup_store(basedir)
    paths = app_paths(basedir)
    db_file = Path(paths.default_database_url().removeprefix("sqlite:///"))
    out = basedir / "out"
    seen = Reported()
    zygote = Zygote(basedir, tmp_path / "worker-stderr.txt")
    reader_conn = _connect(db_file)
    kills = 0
    try:
        deadline = time.monotonic() + SECONDS
        while kills < MAX_KILLS and time.monotonic() < deadline:
            zygote.send(f"spawn {rng.randrange(1 << 31)}")
            # Mostly a moment after the worker opened the store (so every life does some work, however
            # slow the machine), sometimes while it is still opening it and resuming its batch.
            early = rng.random() < 0.2
            delay = rng.uniform(0.0, 0.8) if early else rng.uniform(0.05, 1.8)
            start: float | None = time.monotonic() if early else None
            pid = None
            while pid is None or start is None or time.monotonic() < start + delay:
                wait = start + delay - time.monotonic() if pid and start is not None else 30
                line = zygote.next_line(wait)
                if line is None:
                    assert pid is not None and start is not None, "the worker did not start"
                    continue
                if line.startswith("PID "):
                    pid = int(line.split()[1])
                    continue
                if line == "OPEN" and start is None:
                    start = time.monotonic()
                seen.add(line)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            zygote.send(f"reap {pid}")
            while True:
                line = zygote.next_line(30)
                assert line is not None and line != "", "the worker factory stopped"
                if line.startswith(f"REAPED {pid} "):
                    status = int(line.split()[2])
                    break
                seen.add(line)
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                err = (tmp_path / "worker-stderr.txt").read_text(errors="replace")
                pytest.fail(f"the worker ended by itself (status {status}), seed {seed}:\n{err[-3000:]}")
            kills += 1
            check_database(db_file, out, seen, reader_conn if kills % 5 else None)
    finally:
        reader_conn.close()
        zygote.close()

    # After the last kill: open as the program does, finish every interrupted batch, check it all again.
    db: Database = open_database(paths.default_database_url(), paths.evidence_dir, None,
                                 passphrase=PASSPHRASE)
    try:
        unfinished = batch_jobs.unfinished(db)
        for job in unfinished:
            report = batch_jobs.resume(db, job.id)
            assert not report.failed and len(report.done) + len(report.skipped) == report.total
        assert batch_jobs.unfinished(db) == []
        assert batch_jobs.void_numbers(db) == []
    finally:
        db.close()
    final = check_database(db_file, out, seen)
    assert final["open_items"] == 0
    conn = _connect(db_file)
    try:
        numbers = sorted(int(n.rsplit("-", 1)[1]) for (n,) in conn.execute(
            "SELECT certificate_number FROM issued_document"))
        approved_left = conn.execute(
            "SELECT count(*) FROM rpl_case WHERE status = 'approved' AND id NOT IN "
            "(SELECT case_id FROM issued_document) AND id IN (SELECT case_id FROM batch_item)").fetchone()[0]
    finally:
        conn.close()
    assert numbers == list(range(1, len(numbers) + 1)), "a certificate number was lost (a gap)"
    assert approved_left == 0, "a case of a batch did not get its certificate"
    duration = time.monotonic() - started
    print(f"kill test: {kills} kills survived (seed {seed}); {seen.lines['saves']} reported saves checked "
          f"after each kill ({len(seen.candidates)} candidates, {len(seen.periods)} periods, "
          f"{len(seen.reasons) + len(seen.notes)} judgements, {len(seen.cases)} cases); "
          f"{final['documents']} issued documents checked (hash, complete PDF, unique number), "
          f"{final['files']} PDF files complete; {seen.lines['batches']} batches finished by a worker, "
          f"{seen.lines['resumed']} resumed by a restarted worker ({seen.lines['resumed_reserved']} killed "
          f"between taking a number and storing its document), {len(unfinished)} at the end; "
          f"{duration:.0f} s")
    assert kills >= 5 and seen.lines["saves"] > 0
