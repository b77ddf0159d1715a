"""Building :class:`ConflictError` for the optimistic-locking save paths (candidates, cases, judgements).

A save carries the version the user opened. When the stored version differs, the service raises a
ConflictError holding the record as opened (``original``), as stored (``theirs``), as typed (``mine``),
and who saved theirs when — read from the audit log where there is one, else just the record's time.
The log line names the kind, the id and the versions only, never a value.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rpl_desktop.domain.errors import ConflictError
from rpl_desktop.store.records import Base

log = logging.getLogger(__name__)


def last_editor(s: Session, entity: str, entity_id: int | None) -> tuple[str, int | None, datetime | None]:
    """(display name, user id, when) of the last recorded change of one record; ("", None, None) unknown.

    Read from the audit log (``audit_entry``, newest entry for the table and id); a record it holds
    no entry for, or a database without the log, gives blanks.
    """
    table = Base.metadata.tables.get("audit_entry")
    if table is None or entity_id is None:
        return "", None, None
    c = table.c
    try:  # the caller raises the conflict next, so a failed read here only rolls back what is void anyway
        row = s.execute(
            select(c.actor_name, c.actor_id, c.at)
            .where(c.entity == entity, c.entity_id == str(entity_id))
            .order_by(c.seq.desc())
            .limit(1)
        ).first()
    except Exception:  # noqa: BLE001 - who saved is a nicety; never let it hide the conflict itself
        log.debug("last editor of %s %s not readable", entity, entity_id, exc_info=True)
        return "", None, None
    if row is None:
        return "", None, None
    name, actor_id, at = row
    if isinstance(at, datetime) and at.tzinfo is not None:  # the log keeps UTC: show local time
        at = at.astimezone().replace(tzinfo=None)
    elif isinstance(at, datetime):
        at = at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return str(name or ""), actor_id, at if isinstance(at, datetime) else None


def conflict(
    s: Session,
    message: str,
    *,
    kind: str,
    entity: str,
    entity_id: int | None,
    original: dict[str, str] | None,
    theirs: dict[str, str],
    mine: dict[str, str],
    their_version: int,
    updated_at: datetime | None,
    text_fields: frozenset[str] = frozenset(),
    context: dict[str, Any] | None = None,
    opened_version: int | None = None,
) -> ConflictError:
    """A ConflictError with the three versions and who saved theirs (from the audit log if present)."""
    name, actor_id, at = last_editor(s, entity, entity_id)
    log.info("conflict on %s %s: opened v%s, stored v%s", kind, entity_id, opened_version, their_version)
    return ConflictError(
        message, kind=kind, entity_id=entity_id, original=original or {}, theirs=theirs, mine=mine,
        their_version=their_version, saved_by=name, saved_by_id=actor_id, saved_at=at or updated_at,
        text_fields=text_fields, context=context,
    )


def iso(value: Any) -> str:
    """A date (or None) as the plain text the conflict dicts hold."""
    return value.isoformat() if value is not None else ""
