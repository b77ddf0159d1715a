"""The process that tests/unit/test_kill.py kills with SIGKILL, again and again.

Run as ``python tests/unit/kill_worker.py BASEDIR PASSPHRASE``, it is a *zygote*: it imports the program
once and then reads commands on stdin:

* ``spawn SEED`` -- fork a worker (printing ``PID n``) that opens the data store below BASEDIR
  (encrypted with PASSPHRASE; ``-`` for none), resumes any unfinished batch of certificates, and then
  loops for ever: registers candidates with periods, edits candidates, opens cases and judges and
  approves them, edits judgements, interview notes and case details, and prints kompetansebevis in
  batches. After each commit it prints one line and flushes, e.g. ``SAVED candidate 17 v3 city=c42``;
* ``reap PID`` -- wait for that worker (after the test killed it) and print ``REAPED PID STATUS``;
* ``quit``.

Forking from a process that has already imported everything lets the test kill and restart the worker
dozens of times in a minute (a fresh interpreter would spend most of that time importing). Each worker
still opens the database afresh, as a restarted program does.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from rpl_desktop.domain.cases import CaseStatus  # noqa: E402
from rpl_desktop.domain.mapping import Judgement, Method  # noqa: E402
from rpl_desktop.domain.register import Candidate, HistoryPeriod, PeriodKind  # noqa: E402
from rpl_desktop.paths import app_paths  # noqa: E402
from rpl_desktop.services import batch_jobs, mapping  # noqa: E402
from rpl_desktop.services import cases as case_service  # noqa: E402
from rpl_desktop.services import documents as ds  # noqa: E402
from rpl_desktop.services.candidates import get_candidate, save_candidate  # noqa: E402
from rpl_desktop.services.history import save_period  # noqa: E402
from rpl_desktop.store.database import Database, open_database  # noqa: E402
from rpl_desktop.store.document_records import IssuedDocumentRecord  # noqa: E402
from rpl_desktop.store.records import CandidateRecord, CaseRecord, JudgementRecord  # noqa: E402

WORK_REFERENCE = "work"  # their_reference prefix of the cases whose judgements are edited, never approved
METHODS = {Method.DIALOGUE, Method.PRACTICAL_TEST}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def open_store(basedir: Path, passphrase: str | None) -> Database:
    paths = app_paths(basedir)
    return open_database(paths.default_database_url(), paths.evidence_dir, None, passphrase=passphrase)


def token(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randrange(10**9)}"


def judgement_version(db: Database, case_id: int, uid: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(JudgementRecord.version).where(
            JudgementRecord.case_id == case_id, JudgementRecord.outcome_uid == uid)) or 0)


def report_case(db: Database, case_id: int) -> None:
    case = case_service.get_case(db, case_id)
    say(f"SAVED case {case_id} v{case.version} ref={case.their_reference} status={case.status.value}")


class Worker:
    def __init__(self, basedir: Path, passphrase: str | None, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.out = basedir / "out"
        self.db = open_store(basedir, passphrase)
        self.batches = 0
        say("OPEN")

    # -- saves ------------------------------------------------------------------------------------

    def new_candidate(self) -> int:
        rng = self.rng
        saved = save_candidate(self.db, Candidate(given_name=token(rng, "G"), family_name=token(rng, "F"),
                                                  city=token(rng, "c"), language="nb"))
        say(f"SAVED candidate {saved.id} v{saved.version} city={saved.city}")
        assert saved.id is not None
        for n in range(rng.randint(1, 2)):
            start = date(2010 + n * 3, rng.randint(1, 12), 1)
            period = save_period(self.db, HistoryPeriod(
                kind=PeriodKind.EMPLOYMENT, employer=token(rng, "e"), start=start,
                end=start.replace(year=start.year + 2), fte_percent=100.0, role="helsefagarbeider",
                tasks=token(rng, "t"), candidate_id=saved.id))
            say(f"SAVED period {period.id} of {saved.id} employer={period.employer}")
        return saved.id

    def edit_candidate(self) -> None:
        with self.db.read() as s:
            ids = list(s.scalars(select(CandidateRecord.id)))
        candidate = get_candidate(self.db, self.rng.choice(ids))
        candidate.city = token(self.rng, "c")
        saved = save_candidate(self.db, candidate)
        say(f"SAVED candidate {saved.id} v{saved.version} city={saved.city}")

    def approved_case(self, candidate_id: int) -> None:
        """Open a case, judge every outcome and approve it (it then waits for a batch)."""
        uid = self.db.get_setting("killtest_standard")
        case = case_service.create_case(self.db, case_service.Case(
            candidate_id, uid, case_service.Purpose.FRITAK, caseworker="Per Hansen"))
        assert case.id is not None
        report_case(self.db, case.id)
        matrix = mapping.load_matrix(self.db, case.id, with_suggestions=False)
        for row in matrix.rows:
            reason = token(self.rng, "r")
            outcome = row.assessment.outcome.uid
            mapping.set_judgement(self.db, case.id, outcome, Judgement.MET, reason, METHODS)
            say(f"SAVED judgement {case.id} {outcome} v{judgement_version(self.db, case.id, outcome)} "
                f"reason={reason}")
        for status in (CaseStatus.UNDER_ASSESSMENT, CaseStatus.PROPOSED, CaseStatus.APPROVED):
            mapping.change_status(self.db, case.id, status)
            report_case(self.db, case.id)

    def edit_work_case(self) -> None:
        """Edit a judgement, its interview notes and the case details of a case under assessment."""
        rng = self.rng
        with self.db.read() as s:
            ids = list(s.scalars(select(CaseRecord.id).where(CaseRecord.their_reference.startswith(
                WORK_REFERENCE))))
        case_id = rng.choice(ids)
        matrix = mapping.load_matrix(self.db, case_id, with_suggestions=False)
        outcome = rng.choice(matrix.rows).assessment.outcome.uid
        reason = token(rng, "r")
        judgement = rng.choice([Judgement.MET, Judgement.PARTLY, Judgement.NOT_MET])
        mapping.set_judgement(self.db, case_id, outcome, judgement, reason, METHODS)
        say(f"SAVED judgement {case_id} {outcome} v{judgement_version(self.db, case_id, outcome)} "
            f"reason={reason}")
        notes = token(rng, "n")
        mapping.set_notes(self.db, case_id, outcome, notes)
        say(f"SAVED notes {case_id} {outcome} v{judgement_version(self.db, case_id, outcome)} notes={notes}")
        case = case_service.get_case(self.db, case_id)
        case.their_reference = token(rng, WORK_REFERENCE)
        case_service.save_case(self.db, case)
        report_case(self.db, case_id)

    # -- batches ----------------------------------------------------------------------------------

    def report_issued(self, case_ids: list[int]) -> None:
        with self.db.read() as s:
            rows = s.execute(select(IssuedDocumentRecord.id, IssuedDocumentRecord.case_id,
                                    IssuedDocumentRecord.certificate_number, IssuedDocumentRecord.sha256)
                             .where(IssuedDocumentRecord.case_id.in_(case_ids))).all()
        for doc_id, case_id, number, sha in rows:
            say(f"ISSUED document {doc_id} case={case_id} number={number} sha={sha}")

    def resume_unfinished(self) -> None:
        for job in batch_jobs.unfinished(self.db):
            items = [i.case_id for i in batch_jobs.job_items(self.db, job.id) if i.case_id is not None]
            say(f"RESUMING batch {job.id} done={job.done} reserved={job.reserved} pending={job.pending}")
            report = batch_jobs.resume(self.db, job.id)
            self.report_issued(items)
            say(f"RESUMED batch {job.id} {len(report.done)}/{report.total}")

    def batch(self) -> None:
        with self.db.read() as s:
            ids = list(s.scalars(
                select(CaseRecord.id).where(CaseRecord.status == CaseStatus.APPROVED.value,
                                            CaseRecord.id.not_in(select(IssuedDocumentRecord.case_id)))
                .order_by(CaseRecord.id).limit(5)))
        if not ids:
            return
        self.batches += 1
        combined = self.rng.random() < 0.3
        name = f"batch-{self.seed}-{self.batches}.pdf"
        report = ds.batch_certificates(self.db, ids, self.out, combined=combined, combined_name=name,
                                       issued_by="Kari Nordmann")
        self.report_issued(ids)
        say(f"BATCH {len(report.done)}/{report.total} combined={combined}")

    def run(self) -> None:
        self.resume_unfinished()
        while True:
            for _case in range(self.rng.randint(1, 3)):
                self.approved_case(self.new_candidate())
            self.batch()
            self.edit_candidate()
            self.edit_work_case()


def worker_main(basedir: Path, passphrase: str | None, seed: int) -> None:
    try:
        Worker(basedir, passphrase, seed).run()
    except BaseException:
        sys.stderr.write(f"worker {seed} failed:\n{traceback.format_exc()}")
        sys.stderr.flush()
        os._exit(3)


def main() -> None:
    basedir = Path(sys.argv[1])
    passphrase = None if sys.argv[2] == "-" else sys.argv[2]
    # What the first certificate of a fresh program would load lazily is loaded once, here.
    from rpl_desktop.documents import certificate  # noqa: F401
    from rpl_desktop.documents.fonts import register_fonts

    register_fonts()
    say("ZYGOTE")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "spawn":
            pid = os.fork()
            if pid == 0:  # the worker: it never returns
                worker_main(basedir, passphrase, int(args[0]))
                os._exit(0)
            say(f"PID {pid}")
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            say(f"REAPED {args[0]} {status}")
        elif command == "quit":
            break


if __name__ == "__main__":
    main()
