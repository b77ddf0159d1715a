"""Autosaved drafts: kept per form, record and user, offered only when newer than the record, never logged."""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from rpl_desktop.domain.actors import CASEWORKER, Actor
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import drafts
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import candidate_values, delete_candidate, save_candidate
from rpl_desktop.services.cases import create_case
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord
from rpl_desktop.store.work_records import DraftRecord

NAME = "Sølvi Åsheim-Ødegård"
FNR = "15076500565"


def _values(**changes: str) -> dict[str, object]:
    values = {"given_name": "Sølvi", "family_name": "Åsheim-Ødegård", "national_id": FNR, "city": "Tromsø"}
    values.update(changes)
    return {"values": values, "version": 1}


def _age(db: Database, minutes: int) -> None:
    """Make every draft look ``minutes`` older (the program stopped a while ago)."""
    with db.transaction() as s:
        for record in s.scalars(select(DraftRecord)):
            record.updated_at -= timedelta(minutes=minutes)


def test_save_replace_get_and_discard_a_draft(db: Database) -> None:
    assert drafts.get_draft(db, drafts.CANDIDATE, None) is None
    assert drafts.save_draft(db, drafts.CANDIDATE, None, _values())
    assert drafts.save_draft(db, drafts.CANDIDATE, None, _values(city="Alta"))  # replaces, not a second row
    draft = drafts.get_draft(db, drafts.CANDIDATE, None)
    assert draft is not None and draft.entity == "new" and draft.entity_id is None
    assert draft.payload["values"]["city"] == "Alta"
    with db.read() as s:
        assert len(s.scalars(select(DraftRecord)).all()) == 1
    drafts.discard_draft(db, drafts.CANDIDATE, None)
    assert drafts.get_draft(db, drafts.CANDIDATE, None) is None
    drafts.discard_draft(db, drafts.CANDIDATE, None)  # nothing to discard: no error


def test_drafts_belong_to_one_user(db: Database) -> None:
    kari = dataclasses.replace(db, actor=Actor(1, "kari", "Kari", frozenset({CASEWORKER})))
    ola = dataclasses.replace(db, actor=Actor(2, "ola", "Ola", frozenset({CASEWORKER})))
    drafts.save_draft(kari, drafts.CANDIDATE, 7, _values(city="Kari's"))
    drafts.save_draft(ola, drafts.CANDIDATE, 7, _values(city="Ola's"))
    kari_draft = drafts.get_draft(kari, drafts.CANDIDATE, 7)
    assert kari_draft is not None and kari_draft.payload["values"]["city"] == "Kari's"
    assert [d.payload["values"]["city"] for d in drafts.list_drafts(ola)] == ["Ola's"]
    drafts.discard_draft(kari, drafts.CANDIDATE, 7)
    assert drafts.get_draft(kari, drafts.CANDIDATE, 7) is None
    assert drafts.get_draft(ola, drafts.CANDIDATE, 7) is not None


def test_a_draft_newer_than_the_record_is_offered_an_older_one_is_deleted(db: Database) -> None:
    saved = save_candidate(db, Candidate(given_name="Sølvi", family_name="Åsheim-Ødegård"))
    assert saved.id is not None
    drafts.save_draft(db, drafts.CANDIDATE, saved.id, _values(city="typed after the save"))
    offered = drafts.restorable_draft(db, drafts.CANDIDATE, saved.id)
    assert offered is not None and offered.payload["values"]["city"] == "typed after the save"

    # The record is saved after the draft was written (the save went through, the program stopped before
    # deleting the draft): the draft is out of date and goes.
    _age(db, 5)
    save_candidate(db, dataclasses.replace(saved, city="Bodø"))
    assert drafts.restorable_draft(db, drafts.CANDIDATE, saved.id) is None
    assert drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None


def test_a_draft_of_a_deleted_record_is_dropped(db: Database) -> None:
    saved = save_candidate(db, Candidate(given_name="Per", family_name="Olsen"))
    assert saved.id is not None
    drafts.save_draft(db, drafts.CANDIDATE, saved.id, _values())
    delete_candidate(db, saved.id)
    assert drafts.restorable_draft(db, drafts.CANDIDATE, saved.id) is None
    assert drafts.list_drafts(db) == []


def test_a_new_record_draft_is_always_offered(db: Database) -> None:
    drafts.save_draft(db, drafts.CANDIDATE, None, _values())
    _age(db, 60 * 24)
    offered = drafts.restorable_draft(db, drafts.CANDIDATE, None)
    assert offered is not None and offered.payload["values"]["given_name"] == "Sølvi"


def test_matrix_drafts_drop_outcomes_saved_after_the_draft(db: Database) -> None:
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = save_candidate(db, Candidate(given_name="Aino", family_name="Kallio"))
    assert person.id is not None
    case = create_case(db, Case(person.id, uid, Purpose.FRITAK))
    assert case.id is not None
    outcomes = [r.assessment.outcome.uid for r in ms.load_matrix(db, case.id, with_suggestions=False).rows]
    first, second = outcomes[0], outcomes[1]
    state = {"judgement": "met", "methods": ["dialogue"], "reason": "Vist i samtalen.", "notes": ""}
    drafts.save_draft(db, drafts.MATRIX, case.id, {"outcomes": {first: state, second: state}})
    _age(db, 10)
    ms.set_judgement(db, case.id, first, Judgement.NOT_MET, "Saved later, elsewhere.", {Method.DIALOGUE})
    offered = drafts.restorable_draft(db, drafts.MATRIX, case.id)
    assert offered is not None and set(offered.payload["outcomes"]) == {second}
    ms.set_judgement(db, case.id, second, Judgement.MET, "Saved as well.", {Method.DIALOGUE})
    assert drafts.restorable_draft(db, drafts.MATRIX, case.id) is None
    assert drafts.get_draft(db, drafts.MATRIX, case.id) is None


def test_unreadable_or_oversized_drafts(db: Database) -> None:
    assert not drafts.save_draft(db, drafts.CANDIDATE, None, {"values": {"tasks": "x" * 1_100_000}})
    assert drafts.get_draft(db, drafts.CANDIDATE, None) is None
    with db.transaction() as s:
        s.add(DraftRecord(form=drafts.CANDIDATE, entity="new", username=db.actor.username,
                          payload="{not json", updated_at=datetime.now()))
    assert drafts.get_draft(db, drafts.CANDIDATE, None) is None
    assert drafts.restorable_draft(db, drafts.CANDIDATE, None) is None
    with db.read() as s:
        assert s.scalars(select(DraftRecord)).all() == []  # the unreadable one was cleared
    with pytest.raises(ValueError):
        drafts.save_draft(db, "anything", None, {})


def test_drafts_never_reach_the_log(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    saved = save_candidate(db, Candidate(given_name="Sølvi", family_name="Åsheim-Ødegård"))
    assert saved.id is not None
    drafts.save_draft(db, drafts.CANDIDATE, saved.id, _values())
    drafts.save_draft(db, drafts.CANDIDATE, None, _values())
    drafts.restorable_draft(db, drafts.CANDIDATE, saved.id)
    _age(db, 5)
    with db.transaction() as s:
        record = s.get(CandidateRecord, saved.id)
        assert record is not None
        record.updated_at = datetime.now()
    drafts.restorable_draft(db, drafts.CANDIDATE, saved.id)
    drafts.discard_draft(db, drafts.CANDIDATE, None)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "draft candidate" in text  # it does log, with ids and sizes only
    for secret in ("Sølvi", "Åsheim", "Tromsø", FNR):
        assert secret not in text


def test_a_draft_with_its_base_is_offered_even_after_a_later_save(db: Database) -> None:
    """The draft knows the version it was typed on: restoring it leads to the conflict view, so a save by
    someone else after it was written no longer throws the typing away."""
    saved = save_candidate(db, Candidate(given_name="Sølvi", family_name="Åsheim-Ødegård", city="Tromsø"))
    assert saved.id is not None
    payload = {**_values(city="Alta"), "version": saved.version, "base": candidate_values(saved)}
    drafts.save_draft(db, drafts.CANDIDATE, saved.id, payload)
    _age(db, 5)
    save_candidate(db, dataclasses.replace(saved, city="Bodø"))  # elsewhere, after the draft
    offered = drafts.restorable_draft(db, drafts.CANDIDATE, saved.id)
    assert offered is not None and offered.payload["values"]["city"] == "Alta"
    assert offered.payload["base"]["city"] == "Tromsø" and offered.payload["version"] == saved.version
    assert drafts.has_base(offered.payload) and not drafts.has_base(_values())
    assert not drafts.has_base({"version": True, "base": {}})


def test_matrix_outcomes_with_their_base_stay_unless_already_saved(db: Database) -> None:
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = save_candidate(db, Candidate(given_name="Aino", family_name="Kallio"))
    assert person.id is not None
    case = create_case(db, Case(person.id, uid, Purpose.FRITAK))
    assert case.id is not None
    rows = ms.load_matrix(db, case.id, with_suggestions=False).rows
    first, second = (r.assessment.outcome.uid for r in rows[:2])
    state = {"judgement": "met", "methods": ["dialogue"], "reason": "Vist i samtalen.", "notes": "",
             "version": 0, "base": ms.row_values(rows[0])}
    drafts.save_draft(db, drafts.MATRIX, case.id, {"outcomes": {first: state, second: state}})
    _age(db, 10)
    # after the draft: someone judges the first outcome differently, the second exactly as drafted
    ms.set_judgement(db, case.id, first, Judgement.NOT_MET, "Saved later, elsewhere.", {Method.DOCUMENTS})
    ms.set_judgement(db, case.id, second, Judgement.MET, "Vist i samtalen.", {Method.DIALOGUE}, notes="")
    offered = drafts.restorable_draft(db, drafts.MATRIX, case.id)
    assert offered is not None and set(offered.payload["outcomes"]) == {first}
    ms.set_judgement(db, case.id, first, Judgement.MET, "Vist i samtalen.", {Method.DIALOGUE})
    assert drafts.restorable_draft(db, drafts.MATRIX, case.id) is None
    assert drafts.get_draft(db, drafts.MATRIX, case.id) is None
