"""Shared set-up for the users, roles and audit tests: demo register, users, a case ready for a decision."""

from __future__ import annotations

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, COUNSELLOR, SYSTEM
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services import users
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database

REASON = "Samtale og attest viser at dette er en del av det daglige arbeidet."


def add_office(db: Database) -> dict[str, users.User]:
    """An administrator and the three demo users (kari caseworker, per approver, vera counsellor) and a
    second approver (anne). Acts as SYSTEM; leaves ``db.actor`` as SYSTEM."""
    db.actor = SYSTEM
    team = {
        "ada": users.add_user(db, "ada", "Ada Admin", {ADMINISTRATOR}),
        "kari": users.add_user(db, "kari", "Kari Saksbehandler", {CASEWORKER}),
        "per": users.add_user(db, "per", "Per Leder", {APPROVER}),
        "vera": users.add_user(db, "vera", "Vera Veileder", {COUNSELLOR}),
        "anne": users.add_user(db, "anne", "Anne Godkjenner", {APPROVER}),
    }
    return team


def act_as(db: Database, user: users.User) -> None:
    db.actor = user.actor()


def world(db: Database) -> None:
    """The demo candidates and the sample catalogue (as SYSTEM)."""
    actor, db.actor = db.actor, SYSTEM
    try:
        load_demo_data(db, with_cases=False)
        load_sample(db)
    finally:
        db.actor = actor


def ready_case(db: Database, caseworker: str = "", judged_by: users.User | None = None) -> int:
    """A fritak case on HEL-EO10 (11 outcomes), every outcome met with evidence and a dialogue, under
    assessment: ready to be proposed. ``judged_by`` records the judgements as that user."""
    actor = db.actor
    olena = search_candidates(db, "Шевченко")[0].id
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    case = cs.create_case(db, Case(olena, uid, Purpose.FRITAK, caseworker=caseworker))
    assert case.id is not None
    if judged_by is not None:
        db.actor = judged_by.actor()
    matrix = ms.load_matrix(db, case.id, with_suggestions=False)
    period = next(i for i in matrix.available if i.kind == EvidenceKindRef.PERIOD)
    for row in matrix.rows:
        outcome = row.assessment.outcome.uid
        ms.link_evidence(db, case.id, outcome, period.kind, period.ref_id)
        ms.set_judgement(db, case.id, outcome, Judgement.MET, REASON, {Method.DIALOGUE})
    db.actor = actor
    ms.change_status(db, case.id, CaseStatus.UNDER_ASSESSMENT)
    return case.id
