"""A candidate's personal data: retention, erasure and anonymisation (GDPR art. 17, storage limitation).

**Retention.** The years a case is kept after it ended are set per case type (a setting kept with the
data, :data:`RETENTION_SETTING`; defaults and rules in :mod:`rpl_desktop.domain.retention`).
:func:`retention_report` lists the candidates whose every period has run out.

**Erase** (:func:`erase_candidate`) deletes the candidate and everything that belongs to them or to
their cases, found by following the schema's foreign keys (so a table added later is covered too):
history, schooling, exams, courses, evidence records, cases, judgements, evidence links, issued
documents, Swedish results, offline check-outs, external assessor packages; plus their autosaved drafts
and offline base snapshots, which carry no foreign key. All of it in ONE transaction. The stored
evidence files go after the commit, each unless another record still refers to the same content. It is
refused while a case holds an issued decision within its retention period, or a case is under appeal.

**Anonymise** (:func:`anonymise_candidate`) keeps the case skeleton (the standard, judgements and
methods, dates, statuses, results, praksis periods' dates and position %, schooling, exams, courses, and
each issued document's kind, number, date, size and SHA-256) and removes the person: the name becomes
"Anonymisert kandidat #<id>", the national ID number, birth date (the year too: nothing here needs
it, and with the case dates it narrows down who it was), contact data, employers, tasks, attest
signers, interview notes, judgement reasons, "Deres ref.", the Swedish notes and sign-off names, the
evidence files, and the issued PDFs' bytes (they carry the name and the ID number; the archive copy is
in the office's Noark archive, and the kept SHA-256 identifies it). Anything else that belongs to the
candidate or their cases and is not part of the skeleton is deleted.

Both need a reason and the administrator or approver role (SYSTEM, i.e. tests and headless commands
on a data store without users, may too). Each writes a :class:`PrivacyActionRecord` (when, who, why,
counts; no personal data) and, when the audit log exists, one audit event. The changes are made with
plain SQL statements rather than through the ORM, so the automatic audit of field changes never copies
an employer's name or a task description into the (append-only) audit log at the very moment it is
being removed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, Actor
from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.domain.errors import PermissionDenied, RplError, ValidationError
from rpl_desktop.domain.register import fold, search_tokens
from rpl_desktop.domain.retention import (
    DECISION_KINDS,
    RETENTION_KEYS,
    Action,
    CandidateRetention,
    CandidateState,
    CaseFacts,
    candidate_retention,
    validate_retention_years,
)
from rpl_desktop.domain.text import clean_text
from rpl_desktop.store.all_records import Base
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord
from rpl_desktop.store.privacy_records import AnonymisedCandidateRecord, PrivacyActionRecord
from rpl_desktop.store.records import CandidateRecord, CaseRecord

log = logging.getLogger(__name__)

RETENTION_SETTING = "retention_years"
ANONYMOUS_NAME = "Anonymisert kandidat"
ANONYMISED = "(anonymisert)"
REMOVED = "(fjernet ved anonymisering)"
MAX_REASON = 2_000

# What anonymising keeps (rewritten where it holds personal data); every other table reachable from the
# candidate by foreign keys is emptied of the candidate's rows.
SKELETON_TABLES = frozenset(
    {
        "candidate",
        "search_token",
        "history_period",
        "schooling",
        "exam",
        "course",
        "rpl_case",
        "judgement",
        "evidence_link",
        "issued_document",
        "bransch_result",
        "bransch_phase",
        "bransch_signoff",
        "bransch_signature",
        "bransch_period_tag",
        "anonymised_candidate",
    }
)

# Words for the counts shown to the user and written to the log row: (one, many), in the order shown.
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "rpl_case": ("case", "cases"),
    "issued_document": ("issued document", "issued documents"),
    "judgement": ("judgement", "judgements"),
    "evidence_link": ("evidence link", "evidence links"),
    "history_period": ("history period", "history periods"),
    "schooling": ("school year", "school years"),
    "exam": ("exam", "exams"),
    "course": ("course", "courses"),
    "evidence": ("attachment", "attachments"),
    "bransch_result": ("Swedish component result", "Swedish component results"),
    "bransch_phase": ("Swedish process phase", "Swedish process phases"),
    "bransch_signoff": ("workplace sign-off", "workplace sign-offs"),
    "bransch_signature": ("assessor signature", "assessor signatures"),
    "bransch_period_tag": ("trade tag", "trade tags"),
    "draft": ("autosaved draft", "autosaved drafts"),
    "sync_base": ("offline base snapshot", "offline base snapshots"),
    "sync_checkout": ("offline check-out", "offline check-outs"),
    "sync_import": ("offline import", "offline imports"),
    "assessor_package": ("external assessor package", "external assessor packages"),
    "external_judgement": ("external judgement", "external judgements"),
    "judgement_reason": ("judgement reason", "judgement reasons"),
    "issued_pdf": ("issued PDF", "issued PDFs"),
}
_NOT_COUNTED = ("candidate", "search_token", "anonymised_candidate")


def table_words(name: str, n: int) -> str:
    one, many = TABLE_WORDS.get(name, (name.replace("_", " "), name.replace("_", " ")))
    return f"{n} {one if n == 1 else many}"


def _kept_table(name: str) -> bool:
    """Tables whose rows an erasure never touches: the logs that must outlive the candidate."""
    return name == "privacy_action" or name.startswith("audit")


# ----------------------------------------------------------------------------------------------------
# who may


def _may_erase(actor: Actor) -> bool:
    return actor.has_role("system") or actor.has_role(ADMINISTRATOR) or actor.has_role(APPROVER)


def require_privacy_role(actor: Actor, doing: str) -> None:
    """Erasing and anonymising need the administrator or approver role (SYSTEM may)."""
    if not _may_erase(actor):
        raise PermissionDenied(
            f"{doing} needs the administrator or approver role; {actor.display_name} has neither. "
            "Ask an administrator or an approver to do it."
        )


def require_any_role(actor: Actor, doing: str) -> None:
    """Exporting personal data needs a signed-in user with a role (not a headless read-only run)."""
    if not (actor.has_role("system") or actor.roles):
        raise PermissionDenied(
            f"{doing} needs a signed-in user. Name the user with --user NAME (or RPL_USER) and try again."
        )


def clean_reason(reason: str, what: str) -> str:
    text = clean_text(reason, field="reason", max_length=MAX_REASON, multiline=True, label="The reason")
    if not text:
        raise ValidationError(
            "reason",
            f'Give the reason for the {what} (for example "the candidate\'s request of 3 March"). '
            "Do not write the candidate's name: the reason is kept after the data is gone.",
        )
    return text


# ----------------------------------------------------------------------------------------------------
# retention settings


def retention_years(db: Database) -> dict[str, int]:
    """The years kept per case type; the defaults where nothing (or something unreadable) is stored."""
    raw = db.get_setting(RETENTION_SETTING, "")
    if not raw:
        return validate_retention_years({})
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return validate_retention_years({k: v for k, v in data.items() if k in RETENTION_KEYS})
    except (ValueError, RplError):
        log.warning("the stored retention periods are unreadable; the defaults apply")
        return validate_retention_years({})


def set_retention_years(db: Database, years: Mapping[str, int]) -> dict[str, int]:
    """Store the retention periods (administrators; SYSTEM may too). Returns all of them."""
    actor = db.actor
    if not (actor.has_role("system") or actor.has_role(ADMINISTRATOR)):
        raise PermissionDenied(
            f"Changing the retention periods needs the administrator role; {actor.display_name} does not "
            "have it. Ask an administrator."
        )
    checked = validate_retention_years(years)
    db.set_setting(RETENTION_SETTING, json.dumps(checked, sort_keys=True))
    log.info("retention periods changed")
    return checked


# ----------------------------------------------------------------------------------------------------
# facts and retention


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def _case_facts(s: Session, candidate_ids: Sequence[int] | None = None) -> dict[int, list[CaseFacts]]:
    """The retention facts of every case (of ``candidate_ids``), by candidate id."""
    latest_any = select(IssuedDocumentRecord.case_id, func.max(IssuedDocumentRecord.issued_at)).group_by(
        IssuedDocumentRecord.case_id
    )
    latest_decision = latest_any.where(IssuedDocumentRecord.kind.in_(sorted(DECISION_KINDS)))
    cases = select(
        CaseRecord.id,
        CaseRecord.number,
        CaseRecord.candidate_id,
        CaseRecord.purpose,
        CaseRecord.status,
        CaseRecord.updated_at,
    )
    if candidate_ids is not None:
        case_ids = select(CaseRecord.id).where(CaseRecord.candidate_id.in_(candidate_ids))
        latest_any = latest_any.where(IssuedDocumentRecord.case_id.in_(case_ids))
        latest_decision = latest_decision.where(IssuedDocumentRecord.case_id.in_(case_ids))
        cases = cases.where(CaseRecord.candidate_id.in_(candidate_ids))
    any_doc = {cid: _as_date(at) for cid, at in s.execute(latest_any)}
    decision = {cid: _as_date(at) for cid, at in s.execute(latest_decision)}
    out: dict[int, list[CaseFacts]] = {}
    for case_id, number, candidate_id, purpose, status, updated_at in s.execute(
        cases.order_by(CaseRecord.id)
    ):
        state = CaseStatus(status)
        closed = _as_date(updated_at) if state in (CaseStatus.CLOSED, CaseStatus.ISSUED) else None
        out.setdefault(candidate_id, []).append(
            CaseFacts(case_id, number, purpose, state, decision.get(case_id), any_doc.get(case_id), closed)
        )
    return out


def _anonymised(s: Session, candidate_ids: Sequence[int] | None = None) -> dict[int, datetime]:
    stmt = select(AnonymisedCandidateRecord.candidate_id, AnonymisedCandidateRecord.anonymised_at)
    if candidate_ids is not None:
        stmt = stmt.where(AnonymisedCandidateRecord.candidate_id.in_(candidate_ids))
    return {cid: at for cid, at in s.execute(stmt)}


def _status(s: Session, record: CandidateRecord, years: Mapping[str, int], today: date) -> CandidateRetention:
    facts = _case_facts(s, [record.id]).get(record.id, [])
    anonymised = bool(_anonymised(s, [record.id]))
    return candidate_retention(
        record.id, _as_date(record.updated_at) or today, facts, years, today, anonymised=anonymised
    )


def candidate_status(db: Database, candidate_id: int, *, today: date | None = None) -> CandidateRetention:
    """Where one candidate stands: active, kept or due, and what (if anything) blocks erasure."""
    years = retention_years(db)
    with db.read() as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been erased).")
        return _status(s, record, years, today or date.today())


def is_anonymised(db: Database, candidate_id: int) -> bool:
    with db.read() as s:
        return s.get(AnonymisedCandidateRecord, candidate_id) is not None


def blocker_text(status: CandidateRetention) -> str:
    """Why erasure is refused, in words (empty when it is allowed)."""
    parts = []
    for b in status.blockers:
        if b.facts.status == CaseStatus.APPEALED:
            parts.append(f"case {b.facts.number} is under appeal")
        elif b.starts_on is None:
            parts.append(
                f"case {b.facts.number} is still open ({b.facts.status.value}) and holds an issued document"
            )
        else:
            issued = b.starts_on.isoformat() if b.starts_on else "?"
            until = b.ends_on.isoformat() if b.ends_on else "?"
            parts.append(
                f"case {b.facts.number} holds a decision issued on {issued}, which is kept until {until} "
                f"({b.years} years for {b.facts.purpose})"
            )
    return "; ".join(parts)


@dataclass(frozen=True)
class RetentionRow:
    """One candidate whose retention has run out."""

    candidate_id: int
    name: str
    anonymised: bool
    cases: tuple[str, ...]  # "25/00012 (opptak, closed, kept until 2030-03-01)"
    due_on: date
    action: Action
    status: CandidateRetention | None = field(default=None, compare=False)

    def action_text(self) -> str:
        return (
            "Erase (anonymised already)"
            if self.action == Action.ERASE
            else "Erase, or anonymise to keep the case record"
        )


@dataclass(frozen=True)
class RetentionReport:
    rows: tuple[RetentionRow, ...]
    today: date
    candidates: int
    active: int
    kept: int
    years: dict[str, int]

    @property
    def due(self) -> int:
        return len(self.rows)


def retention_report(db: Database, *, today: date | None = None) -> RetentionReport:
    """Every candidate whose every retention period has run out and who has no open case."""
    today = today or date.today()
    years = retention_years(db)
    counts = {CandidateState.ACTIVE: 0, CandidateState.KEPT: 0, CandidateState.DUE: 0}
    rows: list[RetentionRow] = []
    with db.read() as s:
        facts = _case_facts(s)
        anonymised = _anonymised(s)
        people = s.execute(
            select(
                CandidateRecord.id,
                CandidateRecord.given_name,
                CandidateRecord.family_name,
                CandidateRecord.updated_at,
            ).order_by(CandidateRecord.sort_key, CandidateRecord.id)
        )
        for cid, given, family, updated in people:
            status = candidate_retention(
                cid,
                _as_date(updated) or today,
                facts.get(cid, []),
                years,
                today,
                anonymised=cid in anonymised,
            )
            counts[status.state] += 1
            if status.state != CandidateState.DUE or status.due_on is None:
                continue
            cases = tuple(
                f"{c.facts.number} ({c.facts.purpose}, {c.facts.status.value}, "
                f"kept until {c.ends_on.isoformat() if c.ends_on else '?'})"
                for c in status.cases
            )
            rows.append(
                RetentionRow(
                    cid,
                    f"{given} {family}".strip(),
                    cid in anonymised,
                    cases,
                    status.due_on,
                    status.action,
                    status,
                )
            )
    return RetentionReport(
        tuple(rows),
        today,
        sum(counts.values()),
        counts[CandidateState.ACTIVE],
        counts[CandidateState.KEPT],
        years,
    )


REPORT_HEADER = ("candidate_id", "name", "anonymised", "cases", "retention_ended_on", "may_be_done")


def report_table(report: RetentionReport) -> list[list[str]]:
    return [
        [
            str(r.candidate_id),
            r.name,
            "yes" if r.anonymised else "no",
            "; ".join(r.cases) or "no cases",
            r.due_on.isoformat(),
            r.action_text(),
        ]
        for r in report.rows
    ]


def write_report_csv(report: RetentionReport, path: Path) -> Path:
    """The report as CSV (formula cells neutralised). The file holds names: keep it safe, delete it after."""
    from rpl_desktop.services.csv_export import write_csv

    written = write_csv(Path(path), REPORT_HEADER, report_table(report))
    log.info("retention report written: %d rows", len(report.rows))
    return written


# ----------------------------------------------------------------------------------------------------
# everything that belongs to a candidate


Rows = dict[str, list[dict[str, Any]]]


def _columns(table: Table) -> list[Any]:
    from sqlalchemy import LargeBinary

    return [c for c in table.columns if not isinstance(c.type, LargeBinary)]


def _pk(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def collect_rows(s: Session, candidate_id: int) -> Rows:
    """Every row that belongs to the candidate, by table: the candidate's row and, transitively, every
    row whose foreign key points at one already found (except ON DELETE SET NULL references, which are
    meant to outlive their target, and the logs). Binary columns are left out."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    candidate = tables["candidate"]
    found: Rows = {
        "candidate": [
            dict(r)
            for r in s.execute(select(*_columns(candidate)).where(candidate.c.id == candidate_id)).mappings()
        ]
    }
    if not found["candidate"]:
        raise RplError(f"Candidate {candidate_id} does not exist (it may have been erased already).")
    seen: dict[str, set[tuple[Any, ...]]] = {"candidate": {_pk(candidate, found["candidate"][0])}}
    changed = True
    while changed:
        changed = False
        for table in tables.values():
            if _kept_table(table.name):
                continue
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent not in found or (fk.ondelete or "").upper() == "SET NULL":
                    continue
                values = sorted({r[fk.column.name] for r in found[parent]} - {None}, key=str)
                if not values:
                    continue
                for start in range(0, len(values), 500):
                    stmt = select(*_columns(table)).where(fk.parent.in_(values[start : start + 500]))
                    for mapping in s.execute(stmt).mappings():
                        row = dict(mapping)
                        key = _pk(table, row)
                        if key not in seen.setdefault(table.name, set()):
                            seen[table.name].add(key)
                            found.setdefault(table.name, []).append(dict(row))
                            changed = True
    return found


def _loose_rows(s: Session, found: Rows) -> Rows:
    """Rows that belong to the candidate without a foreign key: autosaved drafts, offline snapshots."""
    tables = Base.metadata.tables
    out: Rows = {}
    case_ids = [r["id"] for r in found.get("rpl_case", [])]
    draft = tables.get("draft")
    if draft is not None and {"form", "entity"} <= set(draft.c.keys()):
        wanted = [(draft.c.form == "candidate") & (draft.c.entity == str(found["candidate"][0]["id"]))]
        if case_ids:
            wanted.append((draft.c.form == "matrix") & draft.c.entity.in_([str(c) for c in case_ids]))
        from sqlalchemy import or_

        out["draft"] = [dict(r) for r in s.execute(select(*_columns(draft)).where(or_(*wanted))).mappings()]
    base = tables.get("sync_base")
    if base is not None and {"case_uid", "entity_key"} <= set(base.c.keys()):
        uids = sorted({r["uid"] for rows in found.values() for r in rows if r.get("uid")})
        case_uids = [r["uid"] for r in found.get("rpl_case", []) if r.get("uid")]
        if uids:
            out["sync_base"] = [
                dict(r)
                for r in s.execute(
                    select(*_columns(base)).where(
                        base.c.case_uid.in_(case_uids or [""]) | base.c.entity_key.in_(uids)
                    )
                ).mappings()
            ]
    return {k: v for k, v in out.items() if v}


def _delete_rows(s: Session, rows: Rows) -> None:
    """Delete the given rows, children before parents (plain SQL on the session's connection)."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    conn = s.connection()
    for table in reversed(Base.metadata.sorted_tables):
        batch = rows.get(table.name)
        if not batch:
            continue
        pk = list(table.primary_key.columns)
        keys = [_pk(tables[table.name], r) for r in batch]
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            if len(pk) == 1:
                conn.execute(delete(table).where(pk[0].in_([k[0] for k in chunk])))
            else:
                from sqlalchemy import tuple_

                conn.execute(delete(table).where(tuple_(*pk).in_(chunk)))


def _counts(rows: Rows) -> dict[str, int]:
    return {name: len(batch) for name, batch in sorted(rows.items()) if batch}


def counts_text(counts: Mapping[str, int]) -> str:
    """``1 case, 3 history periods, 2 attachments``; an anonymisation's ``deleted:evidence`` and the like
    read ``2 attachments deleted``."""
    order = list(TABLE_WORDS)

    def rank(key: str) -> tuple[int, int, str]:
        verb, _, name = key.rpartition(":")
        return (
            VERBS.index(verb) if verb in VERBS else 0,
            order.index(name) if name in order else len(order),
            key,
        )

    parts = []
    for key in sorted((k for k in counts if k not in _NOT_COUNTED), key=rank):
        verb, _, name = key.rpartition(":")
        parts.append(table_words(name, counts[key]) + (f" {verb}" if verb else ""))
    return ", ".join(parts) or "the candidate's record only"


VERBS = ("", "anonymised", "removed", "deleted")


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure would remove and whether it may happen now."""

    candidate_id: int
    name: str
    counts: dict[str, int]
    status: CandidateRetention

    @property
    def may_erase(self) -> bool:
        return self.status.may_erase

    @property
    def refusal(self) -> str:
        return blocker_text(self.status)


def preview_erasure(db: Database, candidate_id: int, *, today: date | None = None) -> ErasurePreview:
    years = retention_years(db)
    with db.read() as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been erased already).")
        rows = collect_rows(s, candidate_id)
        rows.update(_loose_rows(s, rows))
        status = _status(s, record, years, today or date.today())
        return ErasurePreview(
            candidate_id, f"{record.given_name} {record.family_name}", _counts(rows), status
        )


# ----------------------------------------------------------------------------------------------------
# erase and anonymise


@dataclass(frozen=True)
class PrivacyResult:
    action: str  # "erase" or "anonymise"
    candidate_id: int
    counts: dict[str, int]
    files_removed: int
    action_id: int

    def summary(self) -> str:
        verb = "Erased" if self.action == "erase" else "Anonymised"
        text = f"{verb} candidate {self.candidate_id}: {counts_text(self.counts)}"
        if self.files_removed:
            text += f"; {self.files_removed} stored file{'s' if self.files_removed != 1 else ''} deleted"
        return text + "."


def _log_action(
    s: Session,
    db: Database,
    action: str,
    candidate_id: int | None,
    reason: str,
    counts: Mapping[str, int],
    case_id: int | None = None,
) -> int:
    actor = db.actor
    record = PrivacyActionRecord(
        action=action,
        candidate_id=candidate_id,
        case_id=case_id,
        at=datetime.now(),
        actor_user_id=actor.user_id,
        actor=actor.username,
        reason=reason,
        counts=json.dumps(dict(counts), sort_keys=True),
    )
    s.add(record)
    s.flush()
    return record.id


def audit_event(
    s: Session,
    action: str,
    entity: str,
    entity_id: int,
    *,
    case_id: int | None = None,
    changes: list[dict[str, Any]] | None = None,
    reason: str = "",
) -> None:
    """One explicit event in the audit log, when the audit module exists (it is optional here)."""
    try:
        from rpl_desktop.services.audit import record_event
    except ImportError:
        return
    record_event(s, action, entity, entity_id, case_id=case_id, changes=changes, reason=reason)


def _count_changes(counts: Mapping[str, int]) -> list[dict[str, Any]]:
    return [{"field": name, "before": n, "after": 0} for name, n in counts.items()]


def _remove_files(db: Database, shas: Iterable[str]) -> int:
    """Delete stored evidence files no record refers to any more. Returns how many went."""
    from rpl_desktop.store.records import EvidenceRecord

    wanted = sorted(set(shas))
    if not wanted:
        return 0
    with db.read() as s:
        still = set(s.scalars(select(EvidenceRecord.sha256).where(EvidenceRecord.sha256.in_(wanted))))
    removed = 0
    for sha in wanted:
        if sha in still:
            continue
        try:
            db.evidence.remove(sha)
            removed += 1
        except (OSError, RplError, ValueError) as exc:
            log.warning(
                "a stored evidence file could not be deleted (%s); delete orphans later", type(exc).__name__
            )
    return removed


def erase_candidate(
    db: Database, candidate_id: int, reason: str, *, today: date | None = None
) -> PrivacyResult:
    """Delete the candidate and everything about them, in one transaction (see the module docstring)."""
    require_privacy_role(db.actor, "Erasing a candidate")
    reason = clean_reason(reason, "erasure")
    years = retention_years(db)
    with db.transaction(reason=reason) as s:
        record = s.get(CandidateRecord, candidate_id)
        if record is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been erased already).")
        status = _status(s, record, years, today or date.today())
        if not status.may_erase:
            raise RplError(
                f"Candidate {candidate_id} cannot be erased yet: {blocker_text(status)}. Anonymise the "
                "candidate instead: that removes the personal data and keeps the case record."
            )
        rows = collect_rows(s, candidate_id)
        rows.update(_loose_rows(s, rows))
        shas = [r["sha256"] for r in rows.get("evidence", [])]
        counts = _counts(rows)
        s.expunge_all()
        # The audit events first: they take the audit log's lock before any row is touched.
        for case in rows.get("rpl_case", []):
            audit_event(s, "erase", "rpl_case", case["id"], case_id=case["id"], reason=reason)
        audit_event(s, "erase", "candidate", candidate_id, changes=_count_changes(counts), reason=reason)
        _delete_rows(s, rows)
        action_id = _log_action(s, db, "erase", candidate_id, reason, counts)
    removed = _remove_files(db, shas)
    log.info(
        "candidate %s erased: %s rows in %d tables, %d files",
        candidate_id,
        sum(counts.values()),
        len(counts),
        removed,
    )
    return PrivacyResult("erase", candidate_id, counts, removed, action_id)


def _anonymous_sort_key(candidate_id: int) -> str:
    return f"{fold(f'#{candidate_id}')}\x1f{fold(ANONYMOUS_NAME)}"[:420]


def _anonymise_plan(rows: Rows) -> tuple[Rows, dict[str, int]]:
    """What anonymising deletes (everything outside the skeleton, the evidence and its links), and the
    counts of what it deletes and rewrites."""
    drop = {name: batch for name, batch in rows.items() if name not in SKELETON_TABLES}
    evidence_ids = {r["id"] for r in rows.get("evidence", [])}
    links = [r for r in rows.get("evidence_link", []) if r["kind"] == "file" and r["ref_id"] in evidence_ids]
    if links:
        drop["evidence_link"] = links
    counts = {f"deleted:{k}": v for k, v in _counts(drop).items()}
    counts["anonymised:history_period"] = len(rows.get("history_period", []))
    counts["removed:judgement_reason"] = sum(1 for r in rows.get("judgement", []) if r.get("reason"))
    counts["removed:issued_pdf"] = len(rows.get("issued_document", []))
    return drop, {k: v for k, v in counts.items() if v}


def anonymise_candidate(db: Database, candidate_id: int, reason: str) -> PrivacyResult:
    """Remove the person and keep the case skeleton (see the module docstring). Allowed at any time."""
    require_privacy_role(db.actor, "Anonymising a candidate")
    reason = clean_reason(reason, "anonymisation")
    t = Base.metadata.tables
    now = datetime.now()
    given, family = ANONYMOUS_NAME, f"#{candidate_id}"
    with db.transaction(reason=reason) as s:
        if s.get(CandidateRecord, candidate_id) is None:
            raise RplError(f"Candidate {candidate_id} does not exist (it may have been erased).")
        rows = collect_rows(s, candidate_id)
        rows.update(_loose_rows(s, rows))
        s.expunge_all()
        drop, counts = _anonymise_plan(rows)
        shas = [r["sha256"] for r in rows.get("evidence", [])]
        case_ids = [r["id"] for r in rows.get("rpl_case", [])]
        for case_id in case_ids:
            audit_event(s, "anonymise", "rpl_case", case_id, case_id=case_id, reason=reason)
        audit_event(
            s,
            "anonymise",
            "candidate",
            candidate_id,
            changes=[{"field": k, "before": v, "after": 0} for k, v in counts.items()],
            reason=reason,
        )
        # 1. what is not part of the skeleton goes (evidence records and their links included)
        _delete_rows(s, drop)
        conn = s.connection()
        # 2. the person
        cand = t["candidate"]
        conn.execute(
            update(cand)
            .where(cand.c.id == candidate_id)
            .values(
                given_name=given,
                family_name=family,
                sort_key=_anonymous_sort_key(candidate_id),
                birth_date=None,
                id_type="none",
                national_id="",
                email="",
                phone="",
                address="",
                postcode="",
                city="",
                updated_at=now,
                version=cand.c.version + 1,
            )
        )
        tokens = t["search_token"]
        conn.execute(delete(tokens).where(tokens.c.candidate_id == candidate_id))
        conn.execute(
            insert(tokens),
            [
                {"candidate_id": candidate_id, "token": token, "sort_key": _anonymous_sort_key(candidate_id)}
                for token in sorted(search_tokens(given, family))
            ],
        )
        periods = t["history_period"]
        conn.execute(
            update(periods)
            .where(periods.c.candidate_id == candidate_id)
            .values(
                employer=ANONYMISED,
                role="",
                tasks="",
                attest_issued_by="",
                attest_signer_name="",
                attest_signer_title="",
            )
        )
        # 3. the cases: free text goes, the skeleton stays
        if case_ids:
            cases = t["rpl_case"]
            conn.execute(
                update(cases)
                .where(cases.c.id.in_(case_ids))
                .values(their_reference="", updated_at=now, version=cases.c.version + 1)
            )
            conn.execute(
                update(cases)
                .where(cases.c.id.in_(case_ids), cases.c.document_only_override != "")
                .values(document_only_override=REMOVED)
            )
            judgements = t["judgement"]
            conn.execute(
                update(judgements)
                .where(judgements.c.case_id.in_(case_ids))
                .values(notes="", version=judgements.c.version + 1)
            )
            conn.execute(
                update(judgements)
                .where(judgements.c.case_id.in_(case_ids), judgements.c.reason != "")
                .values(reason=REMOVED)
            )
            for name, values in (
                ("bransch_result", {"note": ""}),
                ("bransch_phase", {"evidence_note": ""}),
                ("bransch_signoff", {"signed_by": ""}),
            ):
                table = t.get(name)
                if table is not None:
                    conn.execute(update(table).where(table.c.case_id.in_(case_ids)).values(**values))
            _strip_documents(s, case_ids, f"{given} {family}")
        marks = t["anonymised_candidate"]
        conn.execute(delete(marks).where(marks.c.candidate_id == candidate_id))
        action_id = _log_action(s, db, "anonymise", candidate_id, reason, counts)
        conn.execute(insert(marks).values(candidate_id=candidate_id, anonymised_at=now, action_id=action_id))
    removed = _remove_files(db, shas)
    log.info("candidate %s anonymised: %d cases kept, %d files deleted", candidate_id, len(case_ids), removed)
    return PrivacyResult("anonymise", candidate_id, counts, removed, action_id)


def _strip_documents(s: Session, case_ids: list[int], name: str) -> int:
    """Empty the issued PDFs of the cases (they carry the name and ID number); keep number, date, size,
    SHA-256 and the archive sidecar without the party's name. A plain UPDATE: the ORM refuses to change
    an issued document, and rightly so for everything but this."""
    docs = Base.metadata.tables["issued_document"]
    conn = s.connection()
    rows = conn.execute(select(docs.c.id, docs.c.sidecar).where(docs.c.case_id.in_(case_ids))).all()
    for doc_id, sidecar in rows:
        try:
            meta = json.loads(sidecar)
        except ValueError:
            meta = {}
        if isinstance(meta, dict):
            meta["part"] = name
            meta["pdf_removed"] = "anonymised"
        conn.execute(
            update(docs)
            .where(docs.c.id == doc_id)
            .values(pdf=b"", sidecar=json.dumps(meta, ensure_ascii=False))
        )
    return len(rows)


def pdf_removed(sidecar: Mapping[str, Any]) -> bool:
    """True for an issued document whose PDF was removed when its candidate was anonymised."""
    return sidecar.get("pdf_removed") == "anonymised"


# ----------------------------------------------------------------------------------------------------
# the log of what was done


@dataclass(frozen=True)
class PrivacyAction:
    id: int
    action: str
    candidate_id: int | None
    case_id: int | None
    at: datetime
    actor: str
    reason: str
    counts: dict[str, int]


def list_actions(db: Database, candidate_id: int | None = None) -> list[PrivacyAction]:
    stmt = select(PrivacyActionRecord).order_by(PrivacyActionRecord.at, PrivacyActionRecord.id)
    if candidate_id is not None:
        stmt = stmt.where(PrivacyActionRecord.candidate_id == candidate_id)
    out = []
    with db.read() as s:
        for r in s.scalars(stmt):
            try:
                counts = json.loads(r.counts)
            except ValueError:
                counts = {}
            out.append(
                PrivacyAction(
                    r.id,
                    r.action,
                    r.candidate_id,
                    r.case_id,
                    r.at,
                    r.actor,
                    r.reason,
                    counts if isinstance(counts, dict) else {},
                )
            )
    return out


def log_action(
    db: Database,
    action: str,
    candidate_id: int | None,
    *,
    case_id: int | None = None,
    reason: str = "",
    counts: Mapping[str, int] | None = None,
) -> int:
    """Record an export or an appeal bundle (one short transaction, with an audit event)."""
    with db.transaction(reason=reason) as s:
        action_id = _log_action(s, db, action, candidate_id, reason, counts or {}, case_id)
        entity, entity_id = ("rpl_case", case_id) if case_id is not None else ("candidate", candidate_id or 0)
        audit_event(s, "export", entity, entity_id, case_id=case_id, reason=reason or action)
    return action_id
