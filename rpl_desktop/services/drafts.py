"""Autosaved drafts: the unsaved state of a form, kept so that a crash or a power cut loses no typing.

While a user types, the window writes the form's state here a few seconds after the last change, in a
transaction of its own that never touches the real records. A draft is keyed by the kind of form
(``candidate``, ``matrix`` for the judgements of a case), the record (its id, or ``"new"`` for one not
saved yet) and the user (``db.actor.username``), so two caseworkers never see each other's drafts.

A draft also carries what the form was opened with: the record's ``version`` and its values then
(``base``; for the matrix, per outcome). Restoring it puts the form back on that version, so saving goes
through the normal version check: when someone saved the record after the form was opened, the conflict
view compares theirs with the restored typing instead of one silently overwriting the other.

When the same record is opened again, :func:`restorable_draft` gives the draft to offer (the window asks
whether to restore it). A draft with its base is offered whatever was saved since (nothing typed is lost;
the conflict view sorts it out), unless what it holds is saved already; an older draft without a base is
offered only if it is newer than the record's last save (else a save overtook it, e.g. the program
stopped between saving and deleting the draft, and it is deleted). Saving or discarding deletes the draft
(:func:`discard_draft`).

Drafts hold personal data (names, ID numbers, reasons). They live in the database only, which is
encrypted at rest; they are never written to files, QSettings or the log (the log gets form kinds, ids
and sizes only).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rpl_desktop.domain.errors import RplError
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, CaseRecord, JudgementRecord
from rpl_desktop.store.work_records import DraftRecord

log = logging.getLogger(__name__)

CANDIDATE = "candidate"
"""The Person tab of the candidate editor (entity: the candidate id, or "new"): ``{"values": {...},
"version": n, "base": {...}}`` (``base``: the candidate as opened, as
:func:`rpl_desktop.services.candidates.candidate_values` gives it; not for a new candidate)."""
MATRIX = "matrix"
"""The judgement editor of a case's mapping matrix (entity: the case id): ``{"outcomes": {uid: {...}}}``,
each outcome ``{"judgement", "methods": [...], "reason", "notes", "version", "base"}`` (``base``: the
judgement as opened, as :func:`rpl_desktop.services.mapping.row_values` gives it)."""
FORMS = (CANDIDATE, MATRIX)

NEW = "new"
MAX_PAYLOAD = 1_000_000
"""A draft larger than this (JSON characters) is not kept: no form holds that much typing."""


@dataclass(frozen=True)
class Draft:
    form: str
    entity: str
    payload: dict[str, Any]
    updated_at: datetime

    @property
    def entity_id(self) -> int | None:
        return None if self.entity == NEW else int(self.entity)


def entity_key(entity_id: int | None) -> str:
    return NEW if entity_id is None else str(int(entity_id))


def _username(db: Database) -> str:
    return db.actor.username or "system"


def _check_form(form: str) -> None:
    if form not in FORMS:
        raise ValueError(f"unknown draft form {form!r}")


def _where(db: Database, form: str, entity: str) -> Any:
    return (DraftRecord.form == form, DraftRecord.entity == entity, DraftRecord.username == _username(db))


def save_draft(db: Database, form: str, entity_id: int | None, payload: dict[str, Any]) -> bool:
    """Write (or replace) the draft of one form in its own short transaction. False if it is too large.

    Raises :class:`RplError` (e.g. a locked database) like any save; the caller may ignore it and try
    again at the next change, since the draft is a safety net and the form still holds the typing.
    """
    _check_form(form)
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    entity = entity_key(entity_id)
    if len(text) > MAX_PAYLOAD:
        log.warning("draft %s %s not kept: %d characters", form, entity, len(text))
        return False
    now = datetime.now()
    for attempt in range(2):
        try:
            with db.transaction() as s:
                record = s.scalar(select(DraftRecord).where(*_where(db, form, entity)))
                if record is None:
                    s.add(DraftRecord(form=form, entity=entity, username=_username(db), payload=text,
                                      updated_at=now))
                else:
                    record.payload = text
                    record.updated_at = now
            break
        except IntegrityError:  # another window of the same user wrote the first draft at this moment
            if attempt:
                raise
    log.debug("draft %s %s saved (%d characters)", form, entity, len(text))
    return True


def _draft(record: DraftRecord) -> Draft | None:
    try:
        payload = json.loads(record.payload)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    return Draft(record.form, record.entity, payload, record.updated_at)


def get_draft(db: Database, form: str, entity_id: int | None) -> Draft | None:
    """The user's draft of this form, whatever its age (None if there is none or it is unreadable)."""
    _check_form(form)
    with db.read() as s:
        record = s.scalar(select(DraftRecord).where(*_where(db, form, entity_key(entity_id))))
        return None if record is None else _draft(record)


def discard_draft(db: Database, form: str, entity_id: int | None) -> None:
    """Delete the user's draft of this form (after a save, or when the user discards the changes)."""
    _check_form(form)
    entity = entity_key(entity_id)
    with db.transaction() as s:
        result = s.execute(delete(DraftRecord).where(*_where(db, form, entity)))
        gone = int(cast("CursorResult[Any]", result).rowcount)
    if gone:
        log.debug("draft %s %s discarded", form, entity)


def list_drafts(db: Database) -> list[Draft]:
    """Every draft of the signed-in user, newest first (e.g. to offer them after a crash)."""
    with db.read() as s:
        rows = s.scalars(select(DraftRecord).where(DraftRecord.username == _username(db))
                         .order_by(DraftRecord.updated_at.desc(), DraftRecord.id.desc()))
        drafts = [_draft(r) for r in rows]
    return [d for d in drafts if d is not None]


def _record_time(s: Session, form: str, entity_id: int | None) -> tuple[bool, datetime | None]:
    """Whether the record exists (a new one counts as existing) and when it was last saved."""
    if entity_id is None:
        return True, None
    if form == CANDIDATE:
        found = s.execute(select(CandidateRecord.updated_at).where(CandidateRecord.id == entity_id)).first()
        return (False, None) if found is None else (True, found[0])
    if s.get(CaseRecord, entity_id) is None:
        return False, None
    return True, s.scalar(select(func.max(JudgementRecord.updated_at))
                          .where(JudgementRecord.case_id == entity_id))


def has_base(state: Any) -> bool:
    """True when a draft (or a matrix draft's outcome) carries the version and values it was opened with."""
    return (isinstance(state, dict) and isinstance(state.get("version"), int)
            and not isinstance(state.get("version"), bool) and isinstance(state.get("base"), dict))


def _stored_judgements(db: Database, case_id: int) -> dict[str, tuple[datetime, dict[str, str]]]:
    """When each judgement of a case was last saved and its values, by outcome uid."""
    with db.read() as s:
        return {r.outcome_uid: (r.updated_at, {"judgement": r.judgement, "methods": r.methods,
                                               "reason": r.reason, "notes": r.notes})
                for r in s.scalars(select(JudgementRecord).where(JudgementRecord.case_id == case_id))}


def _judgement_text(state: dict[str, Any]) -> dict[str, str] | None:
    """A matrix draft's outcome in the stored form (methods sorted and joined by commas)."""
    methods = state.get("methods")
    if not isinstance(methods, list) or not all(isinstance(m, str) for m in methods):
        return None
    return {"judgement": str(state.get("judgement", "")), "methods": ",".join(sorted(methods)),
            "reason": str(state.get("reason", "")), "notes": str(state.get("notes", ""))}


def _outcome_wanted(state: Any, stored: tuple[datetime, dict[str, str]] | None, drafted_at: datetime) -> bool:
    """Whether a matrix draft's outcome is still worth offering."""
    if not isinstance(state, dict):
        return False
    if stored is None:
        return True  # nobody has saved a judgement of this outcome
    saved_at, values = stored
    if has_base(state):  # a save since is settled by the conflict view; only what is saved already goes
        return _judgement_text(state) != values
    return saved_at < drafted_at


def restorable_draft(db: Database, form: str, entity_id: int | None) -> Draft | None:
    """The draft to offer when the record is opened (see the module docstring), or None.

    A draft whose record was deleted, or that a save overtook, is deleted and None is returned. For the
    matrix, outcomes that are no longer worth offering are dropped from the draft that is returned.
    """
    draft = get_draft(db, form, entity_id)
    if draft is None:
        if _exists(db, form, entity_id):
            discard_draft(db, form, entity_id)  # unreadable: nothing to offer
        return None
    with db.read() as s:
        exists, saved_at = _record_time(s, form, entity_id)
    overtaken = (form == CANDIDATE and not has_base(draft.payload) and saved_at is not None
                 and saved_at >= draft.updated_at)
    if not exists or overtaken:
        discard_draft(db, form, entity_id)
        log.info("draft %s %s overtaken by a save; deleted", form, draft.entity)
        return None
    if form == MATRIX and entity_id is not None:
        outcomes = draft.payload.get("outcomes")
        if not isinstance(outcomes, dict):
            discard_draft(db, form, entity_id)
            return None
        stored = _stored_judgements(db, entity_id)
        kept = {uid: state for uid, state in outcomes.items()
                if _outcome_wanted(state, stored.get(uid), draft.updated_at)}
        if not kept:
            discard_draft(db, form, entity_id)
            log.info("draft %s %s overtaken by saves; deleted", form, draft.entity)
            return None
        draft = Draft(draft.form, draft.entity, {**draft.payload, "outcomes": kept}, draft.updated_at)
    return draft


def _exists(db: Database, form: str, entity_id: int | None) -> bool:
    with db.read() as s:
        return s.scalar(select(DraftRecord.id).where(*_where(db, form, entity_key(entity_id)))) is not None


def describe(draft: Draft) -> str:
    """A short English description of what a draft is for (no personal data), e.g. for a start-up notice."""
    if draft.form == CANDIDATE:
        return "a new candidate" if draft.entity == NEW else f"candidate {draft.entity}"
    if draft.form == MATRIX:
        return f"judgements of case {draft.entity}"
    raise RplError(f"unknown draft {draft.form}")
