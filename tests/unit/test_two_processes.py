"""Two (and four) real OS processes on one database: no lost update, unique and gap-free case numbers.

Each process is a "desktop" (tests/unit/two_process_worker.py) with its own engine and its own
connections, answering JSON commands. Runs on an SQLite file and on PostgreSQL (the ``db`` fixture's
server; skipped when the machine has none, required under RPL_REQUIRE_POSTGRES=1).

1. A and B open the same case and the same judgement; A saves; B saves: B gets the conflict with
   original / theirs / mine (and who saved theirs, from the audit log A wrote); B resolves by a merge and
   saves; the stored case and judgement hold A's changes and B's, nothing lost.
2. Four processes create 25 cases each at the same time: the 100 case numbers are unique and gap-free
   for the year (the counter is taken with UPDATE ... RETURNING in the creating transaction).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rpl_desktop.domain.actors import SYSTEM
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import Candidate
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.store.database import Database

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.parametrize(
    "db_backend",
    [pytest.param("sqlite", id="sqlite"),
     pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)],
    indirect=True,
)


class Desktop:
    """One worker process; ``ask(op, **args)`` sends a command and waits for its answer."""

    def __init__(self, url: str, evidence: Path, user_id: int, name: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.two_process_worker", url, str(evidence), str(user_id), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
            env=env,
        )

    def send(self, op: str, **args: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()

    def receive(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr is not None else ""
            raise AssertionError(f"{self.name} stopped:\n{err[-3000:]}")
        answer: dict[str, Any] = json.loads(line)
        assert "error" not in answer, f"{self.name}: {answer}"
        return answer

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        self.send(op, **args)
        return self.receive()

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def desktops(db_url: str, paths: AppPaths) -> Iterator[list[Desktop]]:
    """Started desktops, stopped after the test: ``start(user_id, name)`` adds one."""
    started: list[Desktop] = []
    yield started
    for desktop in started:
        desktop.close()


def start(desktops: list[Desktop], db_url: str, paths: AppPaths, user_id: int, name: str) -> Desktop:
    desktop = Desktop(db_url, paths.evidence_dir, user_id, name)
    desktops.append(desktop)
    return desktop


@pytest.fixture
def seeded(db: Database) -> tuple[int, str, int]:
    """(candidate id, standard uid, case id): the data both desktops open."""
    db.actor = SYSTEM
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = save_candidate(db, Candidate(given_name="Olena", family_name="Shevchenko"))
    assert person.id is not None
    case = cs.create_case(db, Case(person.id, uid, Purpose.FRITAK, opened_on=date(2025, 1, 6)))
    assert case.id is not None
    return person.id, uid, case.id


def test_second_save_gets_the_conflict_and_the_merge_loses_nothing(
    db: Database, db_url: str, paths: AppPaths, desktops: list[Desktop], seeded: tuple[int, str, int]
) -> None:
    _person, _uid, case_id = seeded
    a = start(desktops, db_url, paths, 11, "Per Leder")
    b = start(desktops, db_url, paths, 12, "Kari Saksbehandler")
    assert a.receive() == {"ready": True} and b.receive() == {"ready": True}

    # both open the same case and the same judgement
    opened_a, opened_b = a.ask("open_case", case_id=case_id), b.ask("open_case", case_id=case_id)
    assert opened_a == opened_b
    assert a.ask("open_judgement", case_id=case_id, index=0)["version"] == 0
    assert b.ask("open_judgement", case_id=case_id, index=0)["version"] == 0

    # A saves first
    saved = a.ask("edit_case", case_id=case_id, changes={"caseworker": "Per Leder", "due_on": "2025-06-30"})
    assert saved == {"saved": opened_a["version"] + 1}
    assert a.ask("edit_judgement", case_id=case_id, index=0, changes={
        "judgement": "met", "methods": "dialogue", "reason": "Vist i samtale."}) == {"saved": 1}

    # B saves on what it opened: the conflict, with theirs / mine / original and who saved theirs
    answer = b.ask("edit_case", case_id=case_id, changes={"caseworker": "Kari Saksbehandler",
                                                          "their_reference": "24/1187"})
    conflict = answer["conflict"]
    assert conflict["kind"] == "case" and conflict["saved_by"] == "Per Leder"
    assert conflict["their_version"] == opened_a["version"] + 1
    assert conflict["original"]["caseworker"] == "" and conflict["theirs"]["caseworker"] == "Per Leder"
    assert conflict["mine"]["caseworker"] == "Kari Saksbehandler"
    assert conflict["theirs"]["due_on"] == "2025-06-30" and conflict["mine"]["due_on"] == ""
    assert conflict["conflicts"] == ["caseworker"]
    assert cs.get_case(db, case_id).their_reference == ""  # nothing of B's was written
    assert b.ask("resolve", choices={"caseworker": "mine"}) == {"saved": opened_a["version"] + 2}

    answer = b.ask("edit_judgement", case_id=case_id, index=0, changes={
        "judgement": "met", "methods": "practical_test", "reason": "Praktisk prøve bestått.",
        "notes": "Prøven tok to timer."})
    conflict = answer["conflict"]
    assert conflict["kind"] == "judgement" and conflict["saved_by"] == "Per Leder"
    assert conflict["theirs"]["reason"] == "Vist i samtale." and conflict["original"]["reason"] == ""
    assert sorted(conflict["conflicts"]) == ["methods", "reason"]
    assert b.ask("resolve", choices={"methods": "theirs", "reason": "both"}) == {"saved": 2}

    # nothing lost: A's and B's changes are all there
    case = cs.get_case(db, case_id)
    assert case.caseworker == "Kari Saksbehandler"  # B chose hers where both changed it
    assert case.due_on == date(2025, 6, 30)  # A's
    assert case.their_reference == "24/1187"  # B's
    row = ms.load_matrix(db, case_id, with_suggestions=False).rows[0]
    assert row.version == 2 and row.assessment.judgement == Judgement.MET
    assert row.assessment.reason == "Vist i samtale.\n\nPraktisk prøve bestått."
    assert row.assessment.methods == {Method.DIALOGUE} and row.assessment.notes == "Prøven tok to timer."


def test_case_numbers_unique_and_gap_free_under_concurrent_creation(
    db: Database, db_url: str, paths: AppPaths, desktops: list[Desktop], seeded: tuple[int, str, int]
) -> None:
    person, uid, _case = seeded
    workers, each, year = 4, 25, 2031
    for n in range(workers):
        start(desktops, db_url, paths, 20 + n, f"Worker {n}")
    for desktop in desktops:
        assert desktop.receive() == {"ready": True}
    began = time.perf_counter()
    for desktop in desktops:  # all at once: each starts as soon as its line arrives
        desktop.send("create_cases", n=each, candidate_id=person, standard_uid=uid, year=year)
    numbers = [number for desktop in desktops for number in desktop.receive()["numbers"]]
    seconds = time.perf_counter() - began
    print(f"\n{workers} processes x {each} cases in {seconds:.1f} s ({len(numbers) / seconds:.0f} cases/s)")
    assert len(numbers) == workers * each == len(set(numbers))
    assert sorted(numbers) == [f"{year % 100:02d}/{i:05d}" for i in range(1, workers * each + 1)]
    stored = {r.number for r in cs.list_cases(db, limit=1000) if r.opened_on.year == year}
    assert stored == set(numbers)
