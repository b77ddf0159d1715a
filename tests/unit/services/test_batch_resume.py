"""Interrupted batches of certificates resume cleanly: no duplicate, no lost number, nothing half-issued.

A real SIGKILL is in tests/unit/test_kill.py. Here the "kill" is an exception raised inside the batch at
a chosen point (after a number was taken, before its document was stored), and the job is then left as
a killed process leaves it: marked running, owned by a process that no longer exists.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from rpl_desktop.domain.cases import CaseStatus, Purpose
from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import batch_jobs
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord
from rpl_desktop.store.work_records import BatchItemRecord, BatchJobRecord
from tests.unit.documents.pdf_reading import full_text, reader
from tests.unit.services.test_documents_service import QA, approve, case_of, new_fritak_case, organisation


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs in the batch."""


@pytest.fixture
def cases(db: Database) -> list[int]:
    load_demo_data(db)
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    ids = [case_of(db, "Шевченко", Purpose.FRITAK)]
    ids += [new_fritak_case(db, name) for name in ("Sjöström", "Rássa", "Gaup", "Wójcik")]
    for case_id in ids:
        approve(db, case_id)
    return ids


def _dead_owner() -> str:
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert finished.returncode == 0
    probe = subprocess.Popen([sys.executable, "-c", "pass"])
    probe.wait()
    return f"{socket.gethostname()}:{probe.pid}"


def _as_if_killed(db: Database) -> None:
    """What SIGKILL leaves: the job still marked running, its owner process gone."""
    with db.transaction() as s:
        s.execute(update(BatchJobRecord).values(state=batch_jobs.RUNNING, owner=_dead_owner()))


def _kill_at_store(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    """Kill the batch when it is about to store its ``call``-th new document (the number is taken)."""
    real = ds._store_issued
    calls = [0]

    def store(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == call:
            raise Killed
        return real(*args, **kwargs)

    monkeypatch.setattr(ds, "_store_issued", store)


def _numbers(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(n for n in s.scalars(select(IssuedDocumentRecord.certificate_number)) if n)


def _check_issued(db: Database) -> int:
    """Every issued document has its complete PDF with the SHA-256 it was issued with."""
    with db.read() as s:
        rows = s.execute(select(IssuedDocumentRecord.sha256, IssuedDocumentRecord.size,
                                IssuedDocumentRecord.pdf)).all()
    for sha, size, pdf in rows:
        assert hashlib.sha256(pdf).hexdigest() == sha and len(pdf) == size
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    return len(rows)


def _seq(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def test_a_batch_killed_between_number_and_document_resumes_without_duplicate_or_gap(
        db: Database, cases: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _kill_at_store(monkeypatch, 3)
    with pytest.raises(Killed):
        ds.batch_certificates(db, cases, out, combined=False, issued_by="Kari Nordmann")
    monkeypatch.undo()
    _as_if_killed(db)
    assert len(_numbers(db)) == 2 and _check_issued(db) == 2

    [job] = batch_jobs.unfinished(db)
    assert (job.total, job.done, job.reserved, job.pending) == (5, 2, 1, 2)
    reserved = next(i for i in batch_jobs.job_items(db, job.id) if i.state == batch_jobs.RESERVED)
    assert reserved.position == 2 and reserved.certificate_number and reserved.document_id is None
    first_file = sorted(out.iterdir())[0]
    first_file.unlink()  # a file lost with the crash is written again

    seen: list[int] = []
    report = batch_jobs.resume(db, job.id, progress=lambda done, total: seen.append(done))
    assert len(report.done) == 5 and not report.skipped and not report.failed
    assert seen == [1, 2, 3, 4, 5]
    numbers = _numbers(db)
    assert len(numbers) == len(set(numbers)) == 5
    assert [_seq(n) for n in numbers] == [1, 2, 3, 4, 5]  # no gap: the reserved number was used
    assert _check_issued(db) == 5
    assert reserved.certificate_number in numbers
    for case_id in cases:
        [doc] = ds.list_issued(db, case_id)
        assert (out / doc.filename).read_bytes() == ds.read_issued(db, doc.id)
    assert first_file.exists()
    assert batch_jobs.get_job(db, job.id).state == batch_jobs.DONE
    assert batch_jobs.unfinished(db) == [] and batch_jobs.void_numbers(db) == []
    with pytest.raises(RplError, match="cannot be resumed"):
        batch_jobs.resume(db, job.id)


def test_a_combined_batch_resumed_holds_every_certificate(
        db: Database, cases: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "print"
    _kill_at_store(monkeypatch, 4)
    with pytest.raises(Killed):
        ds.batch_certificates(db, cases, out, combined=True, combined_name="all.pdf")
    monkeypatch.undo()
    _as_if_killed(db)
    assert list(out.iterdir()) == []  # no half-written combined file
    [job] = batch_jobs.unfinished(db)
    report = batch_jobs.resume(db, job.id)
    assert report.combined_path == out.resolve() / "all.pdf" and len(report.done) == 5
    combined = report.combined_path.read_bytes()
    singles = [reader(ds.read_issued(db, ds.list_issued(db, c)[0].id)) for c in cases]
    assert len(reader(combined).pages) == sum(len(r.pages) for r in singles)
    text = full_text(combined)
    for name in ("Олена Шевченко", "Linnea Sjöström", "Jåssjå Rássa", "Áŋŋá Máret Gaup"):
        assert name in text
    assert [_seq(n) for n in _numbers(db)] == [1, 2, 3, 4, 5]


def test_a_number_that_can_no_longer_be_used_is_recorded_void_and_never_reused(
        db: Database, cases: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _kill_at_store(monkeypatch, 2)
    with pytest.raises(Killed):
        ds.batch_certificates(db, cases, tmp_path / "out", combined=False)
    monkeypatch.undo()
    _as_if_killed(db)
    [job] = batch_jobs.unfinished(db)
    [held] = [i for i in batch_jobs.job_items(db, job.id) if i.state == batch_jobs.RESERVED]
    # Meanwhile a colleague issues that case's certificate by hand: it gets the next number.
    by_hand = ds.issue(db, cases[held.position], ds.KOMPETANSEBEVIS, None, "Ola Hansen")
    assert by_hand.certificate_number != held.certificate_number
    report = batch_jobs.resume(db, job.id)
    assert len(report.done) == 5
    item = batch_jobs.job_items(db, job.id)[held.position]
    assert item.state == batch_jobs.ITEM_DONE and item.document_id == by_hand.id
    assert "void" in item.reason
    assert batch_jobs.void_numbers(db) == [held.certificate_number]
    numbers = _numbers(db)
    assert held.certificate_number not in numbers and len(numbers) == len(set(numbers)) == 5
    # every number taken is on exactly one document or recorded void: 1..6, one void
    assert sorted(_seq(n) for n in [*numbers, held.certificate_number]) == [1, 2, 3, 4, 5, 6]


def test_discarding_an_interrupted_batch_voids_its_reserved_number(
        db: Database, cases: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _kill_at_store(monkeypatch, 2)
    with pytest.raises(Killed):
        ds.batch_certificates(db, cases, tmp_path / "out", combined=False)
    monkeypatch.undo()
    _as_if_killed(db)
    [job] = batch_jobs.unfinished(db)
    summary = batch_jobs.discard(db, job.id)
    assert summary.state == batch_jobs.CANCELLED and batch_jobs.unfinished(db) == []
    assert len(batch_jobs.void_numbers(db)) == 1 and len(_numbers(db)) == 1
    # a new batch takes fresh numbers after the void one
    report = ds.batch_certificates(db, cases, tmp_path / "again", combined=False)
    assert len(report.done) == 5
    assert [_seq(n) for n in _numbers(db)] == [1, 3, 4, 5, 6]


def test_a_batch_that_stopped_on_an_error_is_offered_and_a_live_one_is_not(
        db: Database, cases: list[int], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    journal = batch_jobs.start_certificate_job(db, cases[:2], tmp_path / "out", combined=False,
                                               combined_name="x.pdf", lang=None, issued_by="Kari")
    assert batch_jobs.unfinished(db) == []  # running in this (live) process
    assert not batch_jobs.claim(db, journal.job_id)
    with db.transaction() as s:  # another computer, heard from a minute ago: still running
        s.execute(update(BatchJobRecord).values(owner="elsewhere:1", updated_at=datetime.now()))
    assert batch_jobs.unfinished(db) == []
    with db.transaction() as s:  # ...not heard from for a quarter of an hour: abandoned
        s.execute(update(BatchJobRecord).values(updated_at=datetime.now() - timedelta(minutes=15)))
    [job] = batch_jobs.unfinished(db)
    assert batch_jobs.claim(db, job.id) and not batch_jobs.claim(db, job.id)  # one owner at a time
    with db.transaction() as s:
        s.execute(update(BatchJobRecord).values(state=batch_jobs.INTERRUPTED))
    # The folder cannot be written: the batch stops, stays offered, and nothing was issued.
    with pytest.raises(RplError, match="cannot be created"):
        batch_jobs.resume(db, job.id, out_dir=blocker / "sub")
    assert [j.id for j in batch_jobs.unfinished(db)] == [job.id] and _numbers(db) == []
    report = batch_jobs.resume(db, job.id, out_dir=tmp_path / "elsewhere")
    assert len(report.done) == 2 and len(list((tmp_path / "elsewhere").iterdir())) == 2


def test_cancel_and_skip_are_final_and_no_job_for_print_only(
        db: Database, cases: list[int], tmp_path: Path) -> None:
    not_approved = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
    assert cs.get_case(db, not_approved).status != CaseStatus.APPROVED
    report = ds.batch_certificates(db, [cases[0], not_approved, cases[1]], tmp_path / "a", combined=False,
                                   cancelled=lambda: False)
    assert len(report.done) == 2 and len(report.skipped) == 1
    with db.read() as s:
        [job] = s.scalars(select(BatchJobRecord)).all()
        states = [i.state for i in s.scalars(select(BatchItemRecord).order_by(BatchItemRecord.position))]
    assert job.state == batch_jobs.DONE and states == ["done", "skipped", "done"]
    seen: list[int] = []
    report = ds.batch_certificates(db, cases[2:], tmp_path / "b", combined=False,
                                   progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) >= 1)
    assert report.cancelled and len(report.done) == 1
    assert batch_jobs.unfinished(db) == []  # the user cancelled it: not offered again
    ds.batch_certificates(db, cases, tmp_path / "c", combined=False, issue_missing=False)
    with db.read() as s:
        assert len(s.scalars(select(BatchJobRecord)).all()) == 2  # printing issued ones needs no job


def test_no_half_written_document_is_ever_issued(db: Database, cases: list[int]) -> None:
    prepared = ds._prepare(db, cases[0], ds.KOMPETANSEBEVIS, None, "Kari")
    reserved = ds._reserve(db, prepared)
    built = ds._build(prepared, reserved)
    for broken in (built.pdf[: len(built.pdf) // 2], b"", b"%PDF-1.4\n"):
        with pytest.raises(RplError, match="not drawn completely"):
            ds._store_issued(db, prepared, reserved, ds.Built(broken, built.metadata, built.number))
    assert ds.list_issued(db, cases[0]) == []
    doc, pdf = ds._store_issued(db, prepared, reserved, built)
    assert hashlib.sha256(pdf).hexdigest() == doc.sha256 and _check_issued(db) == 1


def test_a_single_issue_that_dies_while_drawing_gives_its_number_back(
        db: Database, cases: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    real = ds._build

    def dies(*args: Any) -> Any:
        real(*args)
        raise Killed

    monkeypatch.setattr(ds, "_build", dies)
    with pytest.raises(Killed):
        ds.issue(db, cases[0], ds.KOMPETANSEBEVIS, None, "Kari")
    monkeypatch.undo()
    assert ds.list_issued(db, cases[0]) == []
    doc = ds.issue(db, cases[0], ds.KOMPETANSEBEVIS, None, "Kari")
    assert doc.certificate_number is not None and _seq(doc.certificate_number) == 1  # rolled back: no gap


def test_certificates_resume_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from rpl_desktop.app import main
    from rpl_desktop.paths import app_paths
    from rpl_desktop.store.database import open_database

    base = ["--basedir", str(tmp_path)]
    assert main([*base, "demo"]) == 0
    paths = app_paths(tmp_path)
    db = open_database(paths.default_database_url(), paths.evidence_dir)
    try:
        organisation(db)
        db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
        ids = [case_of(db, "Шевченко", Purpose.FRITAK), new_fritak_case(db, "Sjöström")]
        for case_id in ids:
            approve(db, case_id)
        _kill_at_store(monkeypatch, 2)
        with pytest.raises(Killed):
            ds.batch_certificates(db, ids, tmp_path / "certs", combined=False)
        monkeypatch.undo()
        _as_if_killed(db)
    finally:
        db.close()
    capsys.readouterr()
    assert main([*base, "certificates", "--resume", "x1"]) == 2
    assert main([*base, "certificates"]) == 2
    err = capsys.readouterr().err
    assert "batch number" in err and "--resume" in err and "Traceback" not in err
    assert main([*base, "certificates", "--resume"]) == 0
    out = capsys.readouterr().out
    assert "resuming batch 1" in out and "2 of 2 certificates written." in out
    assert len(list((tmp_path / "certs").glob("*.pdf"))) == 2
    assert main([*base, "certificates", "--resume"]) == 0
    assert "no interrupted batch" in capsys.readouterr().out
    assert main([*base, "certificates", "--resume", "1"]) == 2
    assert "it is done" in capsys.readouterr().err
