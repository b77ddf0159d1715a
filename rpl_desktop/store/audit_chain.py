"""The hash chain of the audit log and the session hooks that fill it.

Every flush of an ORM session that inserts, changes or deletes a domain record (candidates and their
history, evidence, cases, judgements, evidence links, issued documents, Swedish results, settings,
the organisation, standards, users) appends one entry per record to ``audit_entry``, in the same
transaction, through :func:`append`. ORM bulk ``update()``/``delete()`` statements on those tables are
recorded too (the rows are read before and after). Nothing a service writes through a
:class:`~rpl_desktop.store.database.Database` session escapes the log, and no service needs editing
for it.

Personal fields (names, national ID, birth date, contact details, employers and tasks, attest signers,
evidence file names, interview notes and other free notes, passwords) are recorded as *changed* with
the value replaced by ``•••``. The reason given for a judgement is kept as written: it is the "why" an
appeal asks for. The chain then
never holds what an erasure must remove, and erasing a candidate never needs to touch it.

The chain is serialised by the ``audit_head`` row: a writer first updates it (a row lock on
PostgreSQL; the single writer lock on SQLite), then reads the last ``seq`` and hash, appends and
writes the new head, all in the transaction that makes the change. Two writers can therefore never
append the same ``seq`` or fork the chain. The head is locked *before* the flush writes anything, so
every writer takes its locks in the same order (no deadlock between the head and a domain row).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, bindparam, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from rpl_desktop.domain.actors import SYSTEM, Actor
from rpl_desktop.domain.errors import StoreError
from rpl_desktop.store.security_records import (
    GENESIS_HASH,
    AuditEntryRecord,
    AuditHeadRecord,
)

MASK = "•••"
"""The value recorded for a personal field that changed."""


@dataclass(frozen=True)
class TableRules:
    """How one audited table is recorded: personal fields masked, noise and blobs left out."""

    masked: frozenset[str] = frozenset()
    skipped: frozenset[str] = frozenset()


_NOISE = frozenset({"version", "updated_at"})

AUDITED: dict[str, TableRules] = {
    "candidate": TableRules(
        masked=frozenset(
            {
                "given_name",
                "family_name",
                "sort_key",
                "birth_date",
                "national_id",
                "email",
                "phone",
                "address",
                "postcode",
                "city",
            }
        ),
        skipped=frozenset({"created_at"}),
    ),
    "history_period": TableRules(
        masked=frozenset(
            {"employer", "tasks", "attest_issued_by", "attest_signer_name", "attest_signer_title"}
        )
    ),
    "schooling": TableRules(),
    "exam": TableRules(),
    "course": TableRules(),
    "evidence": TableRules(masked=frozenset({"filename"}), skipped=frozenset({"added_at"})),
    "rpl_case": TableRules(skipped=frozenset({"created_at"})),
    "judgement": TableRules(masked=frozenset({"notes"})),  # interview notes: a person's own words
    "evidence_link": TableRules(),
    "issued_document": TableRules(skipped=frozenset({"pdf", "sidecar", "issued_at"})),
    "bransch_result": TableRules(masked=frozenset({"note"}), skipped=frozenset({"created_at"})),
    "bransch_phase": TableRules(masked=frozenset({"evidence_note"})),
    "bransch_signoff": TableRules(masked=frozenset({"signed_by"})),
    "bransch_signature": TableRules(skipped=frozenset({"signed_at"})),
    "bransch_period_tag": TableRules(),
    "setting": TableRules(),
    "organisation": TableRules(),
    "signer": TableRules(),
    "standard": TableRules(skipped=frozenset({"payload", "imported_at"})),
    "app_user": TableRules(masked=frozenset({"password_hash"}), skipped=frozenset({"created_at"})),
}
"""Audited tables (by name). Tables not listed (search tokens, counters, drafts...) are not recorded."""

_SECRET_SETTING = re.compile(r"pass|secret|token|salt|wrapped|(^|_)key$", re.IGNORECASE)


@dataclass
class Pending:
    """One entry to append (before ``seq``, time and hashes are given to it)."""

    action: str
    entity: str
    entity_id: str
    case_id: int | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    reason: str = ""


# -- canonical form and hash ----------------------------------------------------------------------


def canonical(value: Any) -> str:
    """The one JSON text of ``value``: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _at_text(at: datetime) -> str:
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def entry_hash(row: Mapping[Any, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of an entry's columns, ``prev_hash`` included."""
    payload = {
        "seq": int(row["seq"]),
        "at": _at_text(row["at"]),
        "actor_id": None if row["actor_id"] is None else int(row["actor_id"]),
        "actor_name": row["actor_name"],
        "action": row["action"],
        "entity": row["entity"],
        "entity_id": row["entity_id"],
        "case_id": None if row["case_id"] is None else int(row["case_id"]),
        "changes": row["changes"],
        "reason": row["reason"],
        "prev_hash": row["prev_hash"],
    }
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()


def utc_now() -> datetime:
    """Now in UTC without a time zone (how ``audit_entry.at`` is stored on both databases)."""
    return datetime.now(UTC).replace(tzinfo=None)


# -- appending ------------------------------------------------------------------------------------

_ENTRY: Table = AuditEntryRecord.__table__  # type: ignore[assignment]
_HEAD: Table = AuditHeadRecord.__table__  # type: ignore[assignment]
# Built once: these run on every audited flush.
_LOCK = (
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(last_seq=_HEAD.c.last_seq)
    .returning(_HEAD.c.last_seq, _HEAD.c.last_hash)
)
_INSERT = insert(_ENTRY)
_MOVE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash"))
)


def lock_head(connection: Connection) -> tuple[int, str]:
    """Take the chain's lock for this transaction and read the head: (last seq, last hash).

    One UPDATE that changes nothing and returns the row: a row lock on PostgreSQL, the writer lock on
    SQLite, held until the transaction ends.
    """
    head = connection.execute(_LOCK).first()
    if head is None:
        raise StoreError(
            "The audit log is damaged: its head row is missing, so no change can be recorded. "
            "Run 'rpl-desktop audit verify' and restore a backup."
        )
    return int(head[0]), str(head[1])


def append(
    connection: Connection, actor: Actor, entries: Sequence[Pending], head: tuple[int, str] | None = None
) -> int:
    """Append ``entries`` to the chain inside the caller's transaction. Returns the last ``seq``.

    ``head`` is what :func:`lock_head` returned earlier in this transaction (else it is called now).
    """
    if not entries:
        return 0
    seq, prev = head if head is not None else lock_head(connection)
    at = utc_now()
    rows = []
    for item in entries:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "at": at,
            "actor_id": actor.user_id,
            "actor_name": actor.display_name[:200],
            "action": item.action[:30],
            "entity": item.entity[:60],
            "entity_id": str(item.entity_id)[:100],
            "case_id": item.case_id,
            "changes": canonical(item.changes),
            "reason": item.reason or "",
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(row)
        rows.append(row)
    connection.execute(_INSERT, rows)
    connection.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": prev})
    return seq


# -- what a record's change looks like --------------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON value for a column value (dates as ISO text, decimals as text, blobs as their size)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _shown(table: str, column: str, value: Any, masked: frozenset[str], row: Mapping[str, Any]) -> Any:
    if column in masked or (
        table == "setting" and column == "value" and _SECRET_SETTING.search(str(row.get("key", "")))
    ):
        return "" if _empty(value) else MASK
    return plain(value)


def _columns(table: Table) -> list[str]:
    rules = AUDITED[table.name]
    pk = {c.name for c in table.primary_key.columns}
    if table.name == "setting":
        pk = set()  # the key is the entity id, and also worth showing
    return [c.name for c in table.columns if c.name not in rules.skipped | _NOISE | pk]


def row_changes(
    table: Table, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> list[dict[str, Any]]:
    """``[{field, before, after}]`` between two images of a row (None: the row did not exist).

    A column missing from ``before`` was not known before the change (it is shown as ``null``).
    """
    masked = AUDITED[table.name].masked
    out = []
    for column in _columns(table):
        if after is not None and before is not None and column not in after:
            continue
        b = None if before is None else before.get(column)
        a = None if after is None else after.get(column)
        if (before is None and _empty(a)) or (after is None and _empty(b)):
            continue
        shown_b = None if before is None else _shown(table.name, column, b, masked, before)
        shown_a = None if after is None else _shown(table.name, column, a, masked, after)
        if before is not None and after is not None and plain(a) == plain(b):
            continue
        out.append({"field": column, "before": shown_b, "after": shown_a})
    return out


def _table(obj: Any) -> Table | None:
    try:
        table = inspect(obj).mapper.local_table
    except Exception:
        return None
    return table if isinstance(table, Table) and table.name in AUDITED else None


def _entity_id(table: Table, values: Mapping[str, Any]) -> str:
    return "/".join(str(values.get(c.name)) for c in table.primary_key.columns)


def _case_id(table: Table, values: Mapping[str, Any]) -> int | None:
    value = values.get("id") if table.name == "rpl_case" else values.get("case_id")
    return int(value) if isinstance(value, int) else None


def _action(table: Table, kind: str, changes: list[dict[str, Any]]) -> str:
    if kind != "update":
        if table.name == "issued_document" and kind == "create":
            return "issue"
        return kind
    names = {c["field"] for c in changes}
    if table.name == "rpl_case" and "status" in names:
        return "status"
    if table.name == "rpl_case" and "document_only_override" in names:
        return "override"
    return "update"


def _reason(table: Table, action: str, values: Mapping[str, Any], session_reason: str) -> str:
    if session_reason:
        return session_reason
    if table.name == "rpl_case" and action == "override":
        return str(values.get("document_only_override") or "")
    if table.name == "issued_document":
        return str(values.get("reason") or "")
    return ""


def _pending(
    table: Table,
    kind: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    session_reason: str,
) -> Pending | None:
    changes = row_changes(table, before, after)
    if kind == "update" and not changes:
        return None
    values = after if after is not None else before
    assert values is not None
    action = _action(table, kind, changes)
    return Pending(
        action,
        table.name,
        _entity_id(table, values),
        _case_id(table, values),
        changes,
        _reason(table, action, values, session_reason),
    )


def _object_values(obj: Any) -> dict[str, Any]:
    """The column values held by ``obj`` right now (never loads anything)."""
    state = inspect(obj)
    return {
        prop.columns[0].name: state.dict[prop.key]
        for prop in state.mapper.column_attrs
        if prop.key in state.dict
    }


def _object_before(obj: Any) -> dict[str, Any]:
    """The values before this flush, as far as they were loaded (never loads anything)."""
    state = inspect(obj)
    before: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        name = prop.columns[0].name
        history = state.attrs[prop.key].history
        if history.deleted:
            before[name] = history.deleted[0]
        elif history.unchanged:
            before[name] = history.unchanged[0]
        elif not history.added and prop.key in state.dict:
            before[name] = state.dict[prop.key]
    return before


def _sort_key(obj: Any) -> tuple[str, str]:
    table = _table(obj)
    if table is None:
        return ("", "")
    return (table.name, _entity_id(table, _object_values(obj)).zfill(12))


# -- the session hooks ----------------------------------------------------------------------------


def _touches_audited(session: Session) -> bool:
    return any(
        _table(obj) is not None for group in (session.new, session.dirty, session.deleted) for obj in group
    )


_HEAD_KEY = "_audit_head"


@event.listens_for(Session, "before_flush")
def _lock_before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    session.info.pop(_HEAD_KEY, None)
    if _touches_audited(session):
        session.info[_HEAD_KEY] = lock_head(session.connection())


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _context: UOWTransaction) -> None:
    reason = str(session.info.get("reason") or "")
    entries: list[Pending] = []
    for obj in sorted((o for o in session.new if _table(o) is not None), key=_sort_key):
        table = _table(obj)
        assert table is not None
        item = _pending(table, "create", None, _object_values(obj), reason)
        if item is not None:
            entries.append(item)
    for obj in sorted((o for o in session.dirty if _table(o) is not None), key=_sort_key):
        table = _table(obj)
        assert table is not None
        item = _pending(table, "update", _object_before(obj), _object_values(obj), reason)
        if item is not None:
            entries.append(item)
    for obj in sorted((o for o in session.deleted if _table(o) is not None), key=_sort_key):
        table = _table(obj)
        assert table is not None
        item = _pending(table, "delete", _object_values(obj), None, reason)
        if item is not None:
            entries.append(item)
    head = session.info.pop(_HEAD_KEY, None)
    if entries:
        append(session.connection(), session.info.get("actor", SYSTEM), entries, head)


@event.listens_for(Session, "do_orm_execute")
def _record_bulk(state: ORMExecuteState) -> Any:
    """ORM ``update()``/``delete()`` statements on audited tables: read the rows, run it, record."""
    if not (state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    if not isinstance(table, Table) or table.name not in AUDITED:
        return None
    connection = state.session.connection()
    head = lock_head(connection)
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(table) if where is None else select(table).where(where)
    before = [dict(r._mapping) for r in connection.execute(query)]
    outcome = state.invoke_statement()
    frozen = outcome.freeze() if getattr(outcome, "returns_rows", True) else None  # keep RETURNING rows
    entries: list[Pending] = []
    reason = str(state.session.info.get("reason") or "")
    if state.is_delete:
        for row in before:
            item = _pending(table, "delete", row, None, reason)
            if item is not None:
                entries.append(item)
    elif before:
        pk = list(table.primary_key.columns)
        for row in before:
            current = connection.execute(select(table).where(*[c == row[c.name] for c in pk])).first()
            if current is None:
                continue
            item = _pending(table, "update", row, dict(current._mapping), reason)
            if item is not None:
                entries.append(item)
    append(connection, state.session.info.get("actor", SYSTEM), entries, head)
    return frozen() if frozen is not None else outcome


def genesis() -> str:
    return GENESIS_HASH
