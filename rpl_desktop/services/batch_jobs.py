"""Batch jobs: a batch of certificates that is killed, loses power or fails half-way resumes cleanly.

:func:`rpl_desktop.services.documents.batch_certificates` records every batch that issues certificates
as a *job* (``batch_job``) with one *item* per case (``batch_item``), in one transaction before the
first certificate. Each item then moves on in the transactions that do the work:

* **reserved** -- the certificate number and version are recorded on the item *in the transaction that
  takes the number*, so a number is never taken without the item knowing it;
* **done** -- the issued document's id is recorded *in the transaction that stores the document* (the
  PDF bytes and their SHA-256 together), so an item is done exactly when its certificate is issued;
* **skipped** / **failed** -- the case could not have a certificate (with the reason).

After a crash, :func:`unfinished` lists the job (a job still marked running whose process is gone, or
one that stopped on an error) and :func:`resume` runs it again: done items are printed as issued (files
written again where missing, or added to the combined PDF), a reserved item is issued under the number
it already holds, pending items as usual. So no certificate is issued twice and no number is lost.

**Numbers.** A number taken for a batch item is never given to another document: the item keeps it
(``batch_item.certificate_number`` is unique). If the item cannot be issued after all (the case was
reopened meanwhile, or someone else issued its certificate), the number stays recorded on the item and
is *void*: :func:`void_numbers` lists them, so a gap in the register can be explained. (A single
document issued outside a batch takes its number, is drawn and is stored in one transaction, so a
crash rolls its number back.)

A job belongs to the process running it (``owner``: host and process id; ``updated_at`` is refreshed
with every item). :func:`claim` lets one process take over a job whose owner is gone, so two windows
never resume the same batch.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import documents as doc_service
from rpl_desktop.services.documents import BatchItemState, BatchReport, Cancelled, Progress
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord
from rpl_desktop.store.records import CaseRecord
from rpl_desktop.store.work_records import BatchItemRecord, BatchJobRecord

log = logging.getLogger(__name__)

CERTIFICATES = "certificates"

RUNNING = "running"
INTERRUPTED = "interrupted"
DONE = "done"
CANCELLED = "cancelled"

PENDING = "pending"
RESERVED = "reserved"
ITEM_DONE = "done"
SKIPPED = "skipped"
FAILED = "failed"
OPEN_ITEM_STATES = (PENDING, RESERVED)

STALE_AFTER = timedelta(minutes=10)
"""A running job not heard from for this long is taken as abandoned even if its owner cannot be checked
(another computer). A live batch refreshes its job with every certificate."""


@dataclass(frozen=True)
class JobSummary:
    """One batch job with its counts (no personal data: case labels stay in the items)."""

    id: int
    kind: str
    state: str
    created_by: str
    created_at: datetime
    updated_at: datetime
    out_dir: Path
    combined: bool
    lang: str | None
    total: int
    done: int
    reserved: int
    pending: int
    skipped: int
    failed: int

    @property
    def remaining(self) -> int:
        return self.pending + self.reserved

    def describe(self) -> str:
        """One line in English, e.g. for the command line."""
        return (f"batch {self.id} of {self.created_at:%Y-%m-%d %H:%M} by {self.created_by}: "
                f"{self.done} of {self.total} certificates done, {self.remaining} to do"
                + (f", {self.skipped} skipped" if self.skipped else "")
                + (f", {self.failed} failed" if self.failed else "")
                + f" ({'one combined PDF' if self.combined else 'a folder'}: {self.out_dir})")


@dataclass(frozen=True)
class JobItem:
    position: int
    case_id: int | None
    label: str
    language: str | None
    state: str
    certificate_number: str | None
    document_id: int | None
    reason: str


def owner_token() -> str:
    """This process: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def owner_alive(owner: str, updated_at: datetime, now: datetime | None = None) -> bool:
    """Whether the process that owns a running job may still be running it."""
    now = now or datetime.now()
    host, _sep, pid_text = owner.rpartition(":")
    if host == socket.gethostname() and pid_text.isdigit():
        return _pid_alive(int(pid_text))
    return now - updated_at < STALE_AFTER


def _heartbeat(s: Session, job_id: int) -> None:
    s.execute(update(BatchJobRecord).where(BatchJobRecord.id == job_id)
              .values(updated_at=datetime.now(), owner=owner_token()))


class JobJournal:
    """The journal of one job (see :class:`rpl_desktop.services.documents.BatchJournal`)."""

    def __init__(self, db: Database, job_id: int) -> None:
        self.db = db
        self.job_id = job_id
        with db.read() as s:
            rows = s.scalars(select(BatchItemRecord).where(BatchItemRecord.job_id == job_id))
            self._prior = {r.position: BatchItemState(r.state, r.certificate_number, r.version,
                                                       r.document_id, r.reason) for r in rows}

    def _item(self, index: int) -> Any:
        return (BatchItemRecord.job_id == self.job_id, BatchItemRecord.position == index)

    def prior(self, index: int) -> BatchItemState | None:
        return self._prior.get(index)

    def reserved_item(self, index: int, s: Session, number: str | None, version: int) -> None:
        s.execute(update(BatchItemRecord).where(*self._item(index))
                  .values(state=RESERVED, certificate_number=number, version=version))
        _heartbeat(s, self.job_id)

    def stored_item(self, index: int, s: Session, document_id: int) -> None:
        s.execute(update(BatchItemRecord).where(*self._item(index))
                  .values(state=ITEM_DONE, document_id=document_id, reason=""))
        _heartbeat(s, self.job_id)

    def settled(self, index: int, state: str, reason: str = "", document_id: int | None = None) -> None:
        with self.db.transaction() as s:
            item = s.scalar(select(BatchItemRecord).where(*self._item(index)))
            if item is None:
                return
            if item.state == ITEM_DONE and state != ITEM_DONE:
                return  # its certificate is issued; a later printing problem does not undo that
            item.state = state
            item.reason = reason
            if document_id is not None:
                item.document_id = document_id
            if item.certificate_number is not None:
                number = item.certificate_number
                on_doc = document_id is not None and s.scalar(
                    select(IssuedDocumentRecord.certificate_number)
                    .where(IssuedDocumentRecord.id == document_id)) == number
                if not on_doc:
                    note = (f"The number {number} taken for it was not used and is void"
                            " (it is given to no other document).")
                    item.reason = f"{reason} {note}".strip()
                    log.info("batch %s item %s: number taken but not used (void)", self.job_id, index)
            _heartbeat(s, self.job_id)

    def finished(self, report: BatchReport) -> None:
        with self.db.transaction() as s:
            open_items = s.scalar(select(func.count()).select_from(BatchItemRecord).where(
                BatchItemRecord.job_id == self.job_id, BatchItemRecord.state.in_(OPEN_ITEM_STATES))) or 0
            state = CANCELLED if report.cancelled else (INTERRUPTED if open_items else DONE)
            params_text = s.scalar(select(BatchJobRecord.params).where(BatchJobRecord.id == self.job_id))
            params = json.loads(params_text or "{}")
            if report.combined_path is not None:
                params["combined_path"] = str(report.combined_path)
            s.execute(update(BatchJobRecord).where(BatchJobRecord.id == self.job_id).values(
                state=state, updated_at=datetime.now(), params=json.dumps(params, ensure_ascii=False)))
        log.info("batch %s %s: %d done, %d skipped, %d failed, %d open", self.job_id, state,
                 len(report.done), len(report.skipped), len(report.failed), open_items)

    def interrupted(self) -> None:
        try:
            with self.db.transaction() as s:
                s.execute(update(BatchJobRecord).where(BatchJobRecord.id == self.job_id,
                                                       BatchJobRecord.state == RUNNING)
                          .values(state=INTERRUPTED, updated_at=datetime.now()))
        except Exception:  # the database itself failed: the job stays "running" and is found by its owner
            log.warning("batch %s: could not mark it interrupted", self.job_id, exc_info=True)
        else:
            log.info("batch %s interrupted", self.job_id)


def start_certificate_job(
    db: Database,
    case_ids: Sequence[int],
    out_dir: Path,
    *,
    combined: bool,
    combined_name: str,
    lang: str | None,
    issued_by: str,
    labels: Sequence[str] = (),
    langs: Sequence[str | None] | None = None,
) -> JobJournal:
    """Record a new batch of certificates with all its items (pending), in one transaction."""
    now = datetime.now()
    params = {"out_dir": str(Path(out_dir).resolve()), "combined": combined, "combined_name": combined_name,
              "lang": lang, "issued_by": issued_by}
    with db.transaction() as s:
        known = set(s.scalars(select(CaseRecord.id).where(CaseRecord.id.in_(set(case_ids)))))
        job = BatchJobRecord(kind=CERTIFICATES, state=RUNNING, created_by=db.actor.username or issued_by,
                             created_at=now, updated_at=now, owner=owner_token(),
                             params=json.dumps(params, ensure_ascii=False))
        s.add(job)
        s.flush()
        for index, case_id in enumerate(case_ids):
            own = langs[index] if langs is not None and index < len(langs) else None
            label = labels[index] if index < len(labels) else ""
            s.add(BatchItemRecord(job_id=job.id, position=index,
                                  case_id=case_id if case_id in known else None,
                                  label=label[:200], language=own, state=PENDING, reason=""))
        job_id = job.id
    log.info("batch %s started: %d cases", job_id, len(case_ids))
    return JobJournal(db, job_id)


def _summary(s: Session, job: BatchJobRecord) -> JobSummary:
    counts: dict[str, int] = {state: int(n) for state, n in s.execute(
        select(BatchItemRecord.state, func.count()).where(BatchItemRecord.job_id == job.id)
        .group_by(BatchItemRecord.state))}
    params = json.loads(job.params or "{}")
    return JobSummary(
        id=job.id, kind=job.kind, state=job.state, created_by=job.created_by, created_at=job.created_at,
        updated_at=job.updated_at, out_dir=Path(params.get("out_dir", ".")),
        combined=bool(params.get("combined")), lang=params.get("lang"), total=sum(counts.values()),
        done=counts.get(ITEM_DONE, 0),
        reserved=counts.get(RESERVED, 0), pending=counts.get(PENDING, 0), skipped=counts.get(SKIPPED, 0),
        failed=counts.get(FAILED, 0),
    )


def get_job(db: Database, job_id: int) -> JobSummary:
    with db.read() as s:
        job = s.get(BatchJobRecord, job_id)
        if job is None:
            raise RplError(f"There is no batch {job_id} in this data store.")
        return _summary(s, job)


def job_items(db: Database, job_id: int) -> list[JobItem]:
    with db.read() as s:
        rows = s.scalars(select(BatchItemRecord).where(BatchItemRecord.job_id == job_id)
                         .order_by(BatchItemRecord.position))
        return [JobItem(r.position, r.case_id, r.label, r.language, r.state, r.certificate_number,
                        r.document_id, r.reason) for r in rows]


def _resumable(job: BatchJobRecord, now: datetime) -> bool:
    if job.state == INTERRUPTED:
        return True
    return (job.state == RUNNING and job.owner != owner_token()
            and not owner_alive(job.owner, job.updated_at, now))


def unfinished(db: Database, *, mine_only: bool = False) -> list[JobSummary]:
    """Batches that stopped before the end (killed, crashed, or stopped on an error), oldest first.

    A batch running right now in this or another live process is not listed; nor is one the user
    cancelled. ``mine_only`` keeps those started by the signed-in user.
    """
    now = datetime.now()
    with db.read() as s:
        stmt = select(BatchJobRecord).where(BatchJobRecord.state.in_((RUNNING, INTERRUPTED)))
        if mine_only:
            stmt = stmt.where(BatchJobRecord.created_by == db.actor.username)
        jobs = [j for j in s.scalars(stmt.order_by(BatchJobRecord.created_at, BatchJobRecord.id))
                if _resumable(j, now)]
        return [_summary(s, j) for j in jobs]


def claim(db: Database, job_id: int) -> bool:
    """Make this process the owner of an unfinished job. False if it is finished or runs elsewhere."""
    now = datetime.now()
    with db.transaction() as s:
        job = s.get(BatchJobRecord, job_id)
        if job is None or not _resumable(job, now):
            return False
        result = s.execute(update(BatchJobRecord).where(
            BatchJobRecord.id == job_id, BatchJobRecord.owner == job.owner, BatchJobRecord.state == job.state,
        ).values(state=RUNNING, owner=owner_token(), updated_at=now))
        taken = int(cast("CursorResult[Any]", result).rowcount)
    return taken == 1


def resume(
    db: Database,
    job_id: int,
    *,
    out_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchReport:
    """Finish an unfinished batch: only the items not done are issued (see the module docstring).

    ``out_dir`` writes into another folder than the one first chosen (e.g. the first one is gone).
    """
    if not claim(db, job_id):
        raise RplError(f"Batch {job_id} cannot be resumed: it is finished, cancelled or still running in "
                       "another window. Look at the list of unfinished batches again.")
    with db.read() as s:
        job = s.get(BatchJobRecord, job_id)
        assert job is not None
        params = json.loads(job.params or "{}")
        items = list(s.scalars(select(BatchItemRecord).where(BatchItemRecord.job_id == job_id)
                               .order_by(BatchItemRecord.position)))
    journal = JobJournal(db, job_id)
    if [i.position for i in items] != list(range(len(items))):
        journal.interrupted()
        raise RplError(f"Batch {job_id} is incomplete in the database and cannot be resumed; "
                       "start a new one.")
    target = Path(out_dir) if out_dir is not None else Path(params.get("out_dir", "."))
    langs = [i.language for i in items]
    log.info("batch %s resumed: %d of %d items open", job_id,
             sum(1 for i in items if i.state in OPEN_ITEM_STATES), len(items))
    try:
        return doc_service.batch_certificates(
            db, [i.case_id if i.case_id is not None else 0 for i in items], target,
            combined=bool(params.get("combined")), lang=params.get("lang"),
            issued_by=params.get("issued_by", ""), issue_missing=True, progress=progress, cancelled=cancelled,
            combined_name=params.get("combined_name", ""), labels=[i.label for i in items],
            langs=langs if any(langs) else None, journal=journal,
        )
    except BaseException:
        journal.interrupted()  # e.g. the folder cannot be written: offered again, nothing lost
        raise


def discard(db: Database, job_id: int) -> JobSummary:
    """Give up an unfinished batch: it is marked cancelled and no longer offered. What it issued stays
    issued; a number it had taken for an item not yet issued stays recorded there as void."""
    if not claim(db, job_id):
        raise RplError(f"Batch {job_id} cannot be discarded: it is finished or still running in "
                       "another window.")
    with db.transaction() as s:
        for item in s.scalars(select(BatchItemRecord).where(BatchItemRecord.job_id == job_id,
                                                             BatchItemRecord.state == RESERVED)):
            item.state = SKIPPED
            item.reason = (f"The batch was discarded. The number {item.certificate_number} taken for it was "
                           "not used and is void (it is given to no other document).")
        s.execute(update(BatchJobRecord).where(BatchJobRecord.id == job_id)
                  .values(state=CANCELLED, updated_at=datetime.now()))
    log.info("batch %s discarded", job_id)
    return get_job(db, job_id)


def void_numbers(db: Database) -> list[str]:
    """Certificate numbers taken for a batch item and never put on a document (never reused)."""
    with db.read() as s:
        rows = s.execute(
            select(BatchItemRecord.certificate_number, IssuedDocumentRecord.certificate_number)
            .outerjoin(IssuedDocumentRecord, IssuedDocumentRecord.id == BatchItemRecord.document_id)
            .where(BatchItemRecord.certificate_number.is_not(None),
                   BatchItemRecord.state.not_in(OPEN_ITEM_STATES))
        ).all()
    return sorted(number for number, on_doc in rows if number is not None and number != on_doc)
