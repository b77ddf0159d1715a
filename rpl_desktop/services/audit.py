"""The audit log: explicit events, a case's history in plain words, raw entries, chain verification.

Changes to the data are recorded by themselves (:mod:`rpl_desktop.store.audit_chain` hooks every
flush). This module adds what a flush cannot see and reads the log back:

* :func:`record_event` for events that change no row (an export, an import, printing, signing in);
* :func:`case_history` — a case's entries as :class:`HistoryEntry` (who, when, what in plain words, why),
  oldest first;
* :func:`case_entries` — the same entries raw, with their hashes, for offline files and appeal bundles;
* :func:`verify_chain` — recompute every hash and link; the first broken entry is named.

Entries hold no personal data of candidates (personal fields are recorded as changed, shown as
``•••``); an event's ``changes`` must not either — give ids and counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rpl_desktop.domain.actors import SYSTEM
from rpl_desktop.store.audit_chain import MASK, Pending, append, entry_hash, plain
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord, JudgementRecord, StandardRecord
from rpl_desktop.store.security_records import GENESIS_HASH, AuditEntryRecord, AuditHeadRecord

# -- writing --------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return plain(value)


def record_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: object,
    case_id: int | None = None,
    changes: Any = None,
    reason: str = "",
) -> None:
    """Append an explicit event (export, import, print, sign_in ...) in the session's transaction.

    Pending changes of the session are flushed (and so recorded) first. ``changes`` is any JSON-like
    value, usually ``[{"field", "before", "after"}]``; no names or ID numbers in it. ``reason`` defaults
    to the transaction's reason.
    """
    session.flush()
    entry = Pending(
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        case_id=case_id,
        changes=_jsonable(changes) if changes is not None else [],
        reason=reason or str(session.info.get("reason") or ""),
    )
    append(session.connection(), session.info.get("actor", SYSTEM), [entry])


# -- reading: raw entries -------------------------------------------------------------------------


def _raw(r: AuditEntryRecord) -> dict[str, Any]:
    try:
        changes = json.loads(r.changes)
    except ValueError:
        changes = r.changes
    return {
        "seq": r.seq,
        "at": r.at.replace(tzinfo=UTC).isoformat(timespec="microseconds"),
        "actor_id": r.actor_id,
        "actor_name": r.actor_name,
        "action": r.action,
        "entity": r.entity,
        "entity_id": r.entity_id,
        "case_id": r.case_id,
        "changes": changes,
        "changes_text": r.changes,
        "reason": r.reason,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }


def case_entries(db: Database, case_id: int) -> list[dict[str, Any]]:
    """Every entry of case ``case_id``, oldest first, as JSON-serialisable dicts with their hashes.

    ``changes`` is the parsed list; ``changes_text`` the exact text the hash covers, so a reader can
    check each entry's hash (:func:`rpl_desktop.store.audit_chain.entry_hash`) without this program.
    """
    with db.read() as s:
        rows = s.scalars(
            select(AuditEntryRecord).where(AuditEntryRecord.case_id == case_id).order_by(AuditEntryRecord.seq)
        )
        return [_raw(r) for r in rows]


def entry_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntryRecord)) or 0)


# -- reading: plain words -------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a case's history: when (UTC, time-zone aware), who, what in words, why."""

    at: datetime
    actor: str
    summary: str
    reason: str
    seq: int = 0
    action: str = ""


_WORDS = {
    "not_assessed": "not assessed",
    "partly_met": "partly met",
    "not_met": "not met",
    "met": "met",
    "under_assessment": "under assessment",
}
_FIELD_WORDS = {
    "caseworker": "caseworker",
    "due_on": "due date",
    "their_reference": "their reference",
    "language": "language",
    "rule_profile_id": "rule profile",
    "veiledning_on": "date of veiledning",
    "kartlegging_on": "date of kartlegging",
    "vurdering_on": "date of vurdering",
    "dokumentasjon_on": "date of dokumentasjon",
    "document_only_override": "reason for documents alone",
    "status": "status",
    "purpose": "purpose",
    "standard_uid": "target",
}
_EVIDENCE_KINDS = {
    "period": "a work period",
    "file": "an evidence file",
    "exam": "an exam",
    "course": "a course",
    "test": "a test",
}
_EVENT_VERBS = {
    "export": "exported",
    "import": "imported",
    "print": "printed",
    "sign_in": "signed in",
    "appeal_bundle": "made an appeal bundle of",
    "offline_export": "took offline",
    "offline_import": "brought back",
    "erase": "erased",
    "anonymise": "anonymised",
}


def _short(value: Any, limit: int = 80) -> str:
    if value is None or value == "":
        return "(empty)"
    if value == MASK:
        return "(hidden)"
    text = " ".join(str(_WORDS.get(str(value), value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _q(value: Any) -> str:
    return f"'{_short(value)}'"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


class _Describer:
    """Turns raw entries into plain words; knows the outcome codes of the case's standard."""

    def __init__(self, db: Database, case_id: int) -> None:
        self.codes: dict[str, str] = {}
        with db.read() as s:
            uid = s.scalar(select(CaseRecord.standard_uid).where(CaseRecord.id == case_id))
            payload = (
                s.scalar(select(StandardRecord.payload).where(StandardRecord.uid == uid)) if uid else None
            )
            # which outcome each judgement and link is about (an update records only what changed)
            self.outcome_of: dict[tuple[str, str], str] = {
                ("judgement", str(i)): o
                for i, o in s.execute(
                    select(JudgementRecord.id, JudgementRecord.outcome_uid).where(
                        JudgementRecord.case_id == case_id
                    )
                )
            }
        if payload:
            try:
                self.codes = dict(_outcome_codes(json.loads(payload)))
            except (ValueError, TypeError, AttributeError):
                self.codes = {}

    def outcome(self, uid: Any) -> str:
        text = str(uid or "")
        return self.codes.get(text) or text.rsplit(":", 1)[-1] or "?"

    def describe(self, e: dict[str, Any]) -> str:
        actor, action, entity = e["actor_name"], e["action"], e["entity"]
        changes = e["changes"] if isinstance(e["changes"], list) else []
        by_field = {c.get("field"): c for c in changes if isinstance(c, dict)}
        known = by_field.get("outcome_uid", {})
        if known.get("after") or known.get("before"):  # remember it for later updates of the same row
            self.outcome_of[(entity, str(e["entity_id"]))] = str(known.get("after") or known.get("before"))

        def after(name: str) -> Any:
            return by_field.get(name, {}).get("after")

        def before(name: str) -> Any:
            return by_field.get(name, {}).get("before")

        if action in _EVENT_VERBS or entity not in _ENTITY_WORDS:
            return self._event(actor, action, entity, e)
        if entity == "rpl_case":
            return self._case(actor, action, changes, after, before)
        if entity == "judgement":
            return self._judgement(actor, action, changes, e)
        if entity == "evidence_link":
            kind = _EVIDENCE_KINDS.get(str(after("kind") or before("kind")), "evidence")
            code = self.outcome(after("outcome_uid") or before("outcome_uid"))
            if action == "delete":
                return f"{actor} unlinked {kind} from outcome {code}"
            return f"{actor} linked {kind} to outcome {code}"
        if entity == "issued_document":
            kind = after("kind") or "document"
            lang, version = after("language"), after("version")
            number = after("certificate_number")
            text = f"{actor} issued the {kind}" + (f" ({lang})" if lang else "")
            text += f", version {version}" if version else ""
            return text + (f", number {number}" if number else "")
        return self._generic(actor, action, entity, changes)

    def _case(self, actor: str, action: str, changes: list[dict[str, Any]], after: Any, before: Any) -> str:
        if action == "create":
            return f"{actor} opened the case {after('number') or ''}".rstrip()
        if action == "delete":
            return f"{actor} deleted the case"
        parts = []
        if action == "status" or "status" in {c.get("field") for c in changes}:
            parts.append(f"changed the status from {_q(before('status'))} to {_q(after('status'))}")
        for c in changes:
            name = c.get("field")
            if name == "status":
                continue
            if name == "document_only_override":
                parts.append(
                    "accepted a decision on documents alone"
                    if c.get("after")
                    else "withdrew the acceptance of documents alone"
                )
                continue
            label = _FIELD_WORDS.get(str(name), str(name).replace("_", " "))
            parts.append(f"changed the {label} from {_q(c.get('before'))} to {_q(c.get('after'))}")
        return f"{actor} " + (_join(parts) if parts else "saved the case (nothing changed)")

    def _judgement(self, actor: str, action: str, changes: list[dict[str, Any]], e: dict[str, Any]) -> str:
        by_field = {c.get("field"): c for c in changes if isinstance(c, dict)}
        uid = self.outcome_of.get(("judgement", str(e["entity_id"])))
        code = self.outcome(uid) if uid else f"(judgement {e['entity_id']})"
        if action == "delete":
            return f"{actor} removed the judgement of outcome {code}"
        parts = []
        if "judgement" in by_field:
            c = by_field["judgement"]
            old = c.get("before") if action != "create" else "not_assessed"
            if old != c.get("after"):
                parts.append(
                    f"changed the judgement of outcome {code} from {_q(old)} to {_q(c.get('after'))}"
                )
        if "reason" in by_field:
            parts.append(f"the reason to {_q(by_field['reason'].get('after'))}")
        if "methods" in by_field:
            methods = str(by_field["methods"].get("after") or "").replace(",", ", ") or "none"
            parts.append(f"the methods to {methods.replace('_', ' ')}")
        if "notes" in by_field:
            parts.append("the interview notes")
        if not parts:
            return f"{actor} saved the judgement of outcome {code} (nothing changed)"
        if not parts[0].startswith("changed"):
            parts[0] = f"changed {parts[0]}"
            return f"{actor} " + _join(parts) + f" for outcome {code}"
        return f"{actor} " + _join(parts)

    def _generic(self, actor: str, action: str, entity: str, changes: list[dict[str, Any]]) -> str:
        what = _ENTITY_WORDS.get(entity, entity.replace("_", " "))
        verb = {"create": "added", "delete": "removed", "update": "changed"}.get(action, action)
        details = []
        if action == "update":
            for c in changes[:4]:
                label = str(c.get("field", "")).replace("_", " ")
                details.append(f"{label} from {_q(c.get('before'))} to {_q(c.get('after'))}")
        text = f"{actor} {verb} {what}"
        return text + (": " + _join(details) if details else "")

    def _event(self, actor: str, action: str, entity: str, e: dict[str, Any]) -> str:
        verb = _EVENT_VERBS.get(action, action.replace("_", " "))
        what = "the case" if entity == "rpl_case" else _ENTITY_WORDS.get(entity, entity.replace("_", " "))
        text = f"{actor} {verb} {what}"
        changes = e["changes"]
        if (
            isinstance(changes, list)
            and changes
            and all(isinstance(c, dict) and "field" in c for c in changes)
        ):
            text += ": " + _join(
                [f"{str(c['field']).replace('_', ' ')} {_q(c.get('after'))}" for c in changes[:4]]
            )
        return text


_ENTITY_WORDS = {
    "rpl_case": "the case",
    "judgement": "a judgement",
    "evidence_link": "an evidence link",
    "issued_document": "a document",
    "bransch_result": "a component result",
    "bransch_phase": "a process phase",
    "bransch_signoff": "a workplace sign-off",
    "bransch_signature": "the assessor's signature",
    "bransch_period_tag": "a counted work period",
    "candidate": "the candidate",
    "history_period": "a work period",
    "schooling": "a schooling entry",
    "exam": "an exam",
    "course": "a course",
    "evidence": "an evidence file",
    "setting": "a setting",
    "standard": "a standard",
    "app_user": "a user",
    "organisation": "the organisation profile",
    "signer": "a signer",
}


def _outcome_codes(payload: Any) -> Iterator[tuple[str, str]]:
    """(uid, code) of every outcome found anywhere in a standard's JSON payload."""
    if isinstance(payload, dict):
        uid, code = payload.get("uid"), payload.get("code")
        if (
            isinstance(uid, str)
            and isinstance(code, str)
            and ("text" in payload or "texts" in payload or "title" in payload)
        ):
            yield uid, code
        for value in payload.values():
            yield from _outcome_codes(value)
    elif isinstance(payload, list):
        for value in payload:
            yield from _outcome_codes(value)


def case_history(db: Database, case_id: int) -> list[HistoryEntry]:
    """The history of case ``case_id`` in plain words, oldest first."""
    describer = _Describer(db, case_id)
    return [
        HistoryEntry(
            at=datetime.fromisoformat(e["at"]),
            actor=e["actor_name"],
            summary=describer.describe(e),
            reason=e["reason"],
            seq=e["seq"],
            action=e["action"],
        )
        for e in case_entries(db, case_id)
    ]


# -- verification ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries_checked: int
    first_broken_seq: int | None
    message: str


def _label(row: Any) -> str:
    at = row.at.strftime("%Y-%m-%d %H:%M:%S") if isinstance(row.at, datetime) else str(row.at)
    return f"{at} UTC, {row.actor_name}, {row.action} {row.entity} {row.entity_id}"


def verify_chain(db: Database, *, batch: int = 5000) -> AuditCheck:
    """Recompute every entry's hash and link, in order; name the first broken one.

    Detects a changed entry (its content does not match its hash), a removed entry (a gap in the
    numbers, or entries missing at the end according to the head), an inserted or replaced entry (it
    does not link to the one before) and a changed head.
    """
    table = AuditEntryRecord.__table__
    columns = [
        table.c[name]
        for name in (
            "seq",
            "at",
            "actor_id",
            "actor_name",
            "action",
            "entity",
            "entity_id",
            "case_id",
            "changes",
            "reason",
            "prev_hash",
            "hash",
        )
    ]
    checked = 0
    expected_seq, prev = 1, GENESIS_HASH
    with db.engine.connect() as conn:
        head = conn.execute(
            select(AuditHeadRecord.last_seq, AuditHeadRecord.last_hash).where(AuditHeadRecord.id == 1)
        ).first()
        last = 0
        while True:
            rows = conn.execute(
                select(*columns).where(table.c.seq > last).order_by(table.c.seq).limit(batch)
            ).all()
            if not rows:
                break
            for row in rows:
                if row.seq != expected_seq:
                    return AuditCheck(
                        False,
                        checked,
                        expected_seq,
                        (
                            f"The chain is broken at entry {expected_seq}: it is missing (deleted); the next "
                            f"entry is {row.seq}."
                        ),
                    )
                if row.prev_hash != prev:
                    return AuditCheck(
                        False,
                        checked,
                        row.seq,
                        (
                            f"The chain is broken at entry {row.seq} ({_label(row)}): it does not link to "
                            f"entry {row.seq - 1} (its previous hash does not match)."
                        ),
                    )
                if entry_hash(row._mapping) != row.hash:
                    return AuditCheck(
                        False,
                        checked,
                        row.seq,
                        (
                            f"The chain is broken at entry {row.seq} ({_label(row)}): its content does not "
                            "match its hash."
                        ),
                    )
                prev = row.hash
                expected_seq += 1
                checked += 1
            last = rows[-1].seq
    if head is None:
        return AuditCheck(
            False,
            checked,
            expected_seq,
            ("The chain's head is missing: the log cannot show whether entries were removed at its end."),
        )
    if int(head.last_seq) > checked:
        return AuditCheck(
            False,
            checked,
            checked + 1,
            (
                f"The chain is broken at entry {checked + 1}: entries {checked + 1} to {head.last_seq} are "
                "missing (deleted from the end of the log)."
            ),
        )
    if int(head.last_seq) != checked or head.last_hash != prev:
        return AuditCheck(
            False,
            checked,
            checked or None,
            (
                f"The chain's head does not match its last entry ({checked}): the log was changed outside "
                "the program."
            ),
        )
    return AuditCheck(True, checked, None, f"The audit log is intact: {checked} entries checked.")
