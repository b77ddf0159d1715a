"""Users and roles through the services: who may do what, the two-person rule, signing in, headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from rpl_desktop.domain import security
from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, COUNSELLOR, SYSTEM, Actor
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.errors import PermissionDenied, ValidationError
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents, users
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import delete_candidate, save_candidate
from rpl_desktop.services.catalogue import import_catalogue_file
from rpl_desktop.store.database import Database
from rpl_desktop.store.security_records import AppUserRecord, AuditEntryRecord
from tests.security_world import act_as, add_office, ready_case, world


@pytest.fixture
def office(db: Database) -> dict[str, users.User]:
    world(db)
    return add_office(db)


# -- the permission table -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (
            CASEWORKER,
            {
                security.EDIT_REGISTER,
                security.EDIT_CASES,
                security.PROPOSE_DECISION,
                security.ISSUE_COMPETENCE_MAP,
            },
        ),
        (
            APPROVER,
            {
                security.EDIT_REGISTER,
                security.EDIT_CASES,
                security.PROPOSE_DECISION,
                security.ISSUE_COMPETENCE_MAP,
                security.APPROVE_DECISION,
                security.ISSUE_DECISION,
            },
        ),
        (COUNSELLOR, {security.EDIT_REGISTER, security.EDIT_CASES, security.ISSUE_COMPETENCE_MAP}),
        (
            ADMINISTRATOR,
            {
                security.MANAGE_CATALOGUE,
                security.MANAGE_RULE_PROFILES,
                security.MANAGE_USERS,
                security.CHANGE_SETTINGS,
            },
        ),
    ],
)
def test_each_role_grants_exactly_its_permissions(role: str, allowed: set[str]) -> None:
    actor = Actor(7, "x", "X", frozenset({role}))
    assert {p for p in security.PERMISSIONS if security.allows(actor, p)} == allowed
    assert security.permissions(SYSTEM) == frozenset(security.PERMISSIONS)
    assert security.permissions(security.READ_ONLY) == frozenset()


def test_a_counsellor_never_decides_and_the_refusal_names_the_role() -> None:
    vera = Actor(3, "vera", "Vera Veileder", frozenset({COUNSELLOR}))
    for status in ("proposed", "approved", "issued"):
        assert not security.allows(vera, security.permission_for_status(status))
    for kind in security.DECISION_DOCUMENTS:
        assert not security.allows(vera, security.permission_for_document(kind))
    assert security.allows(vera, security.permission_for_document("competence_map"))
    with pytest.raises(PermissionDenied, match="needs the approver role \\(your roles: counsellor\\)"):
        security.require(vera, security.APPROVE_DECISION)
    text = security.refusal(security.READ_ONLY, security.EDIT_CASES)
    assert "--user NAME" in text and "RPL_USER" in text


# -- through the services -------------------------------------------------------------------------


def test_status_moves_follow_the_roles(db: Database, office: dict[str, users.User]) -> None:
    case_id = ready_case(db)
    act_as(db, office["vera"])
    with pytest.raises(PermissionDenied, match="Proposing a decision needs the caseworker or approver role"):
        ms.change_status(db, case_id, CaseStatus.PROPOSED)
    assert cs.get_case(db, case_id).status == CaseStatus.UNDER_ASSESSMENT
    act_as(db, office["kari"])
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    with pytest.raises(PermissionDenied, match="needs the approver role \\(your roles: caseworker\\)"):
        ms.change_status(db, case_id, CaseStatus.APPROVED)
    # save_case cannot be used to slip past change_status
    case = cs.get_case(db, case_id)
    case.status = CaseStatus.APPROVED
    with pytest.raises(PermissionDenied, match="approver"):
        cs.save_case(db, case)
    act_as(db, office["per"])
    assert ms.change_status(db, case_id, CaseStatus.APPROVED).status == CaseStatus.APPROVED


def test_a_counsellor_works_the_case_but_an_administrator_alone_does_not(
    db: Database, office: dict[str, users.User]
) -> None:
    case_id = ready_case(db)
    uid = ms.load_matrix(db, case_id, with_suggestions=False).rows[0].assessment.outcome.uid
    act_as(db, office["vera"])
    ms.set_notes(db, case_id, uid, "Fortalte om nattevakter.")
    act_as(db, office["ada"])
    with pytest.raises(PermissionDenied, match="Changing a case needs"):
        ms.set_notes(db, case_id, uid, "x")
    with pytest.raises(PermissionDenied, match="Changing the register"):
        save_candidate(db, Candidate("Test", "Person"))


def test_decision_documents_need_an_approver(db: Database, office: dict[str, users.User]) -> None:
    case_id = ready_case(db)
    for user in ("kari", "vera"):
        act_as(db, office[user])
        with pytest.raises(PermissionDenied, match="Issuing a decision document needs the approver role"):
            documents.issue(db, case_id, "vedtak", "nb", "someone")
        with pytest.raises(PermissionDenied):
            documents.issue(db, case_id, "kompetansebevis", "nb", "someone")


def test_administrator_tasks_are_refused_to_others(
    db: Database, office: dict[str, users.User], tmp_path: Path
) -> None:
    act_as(db, office["per"])
    with pytest.raises(PermissionDenied, match="Importing into the catalogue needs the administrator role"):
        import_catalogue_file(db, tmp_path / "whatever.json")
    with pytest.raises(PermissionDenied, match="Changing the settings"):
        cs.set_case_number_pattern(db, "{yyyy}-{seq:04}")
    with pytest.raises(PermissionDenied, match="Changing the settings"):
        users.set_two_person_rule(db, True)
    with pytest.raises(PermissionDenied, match="Managing users"):
        users.add_user(db, "eve", "Eve", {APPROVER})
    act_as(db, office["ada"])
    cs.set_case_number_pattern(db, "{yyyy}-{seq:04}")
    users.set_two_person_rule(db, True)
    assert users.two_person_rule(db)


def test_two_person_rule_refuses_the_caseworker_and_lets_another_approver_decide(
    db: Database, office: dict[str, users.User]
) -> None:
    per, anne = office["per"], office["anne"]
    case_id = ready_case(db, caseworker="Per Leder")  # assigned by display name
    act_as(db, per)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    act_as(db, office["ada"])
    users.set_two_person_rule(db, True)
    act_as(db, per)
    with pytest.raises(PermissionDenied, match="two-person rule is on"):
        ms.change_status(db, case_id, CaseStatus.APPROVED)
    assert cs.get_case(db, case_id).status == CaseStatus.PROPOSED
    act_as(db, anne)
    ms.change_status(db, case_id, CaseStatus.APPROVED)
    # the vedtak is checked too: Per may not issue it either
    act_as(db, per)
    with pytest.raises(PermissionDenied, match="two-person rule is on: .* must issue this vedtak"):
        documents.issue(db, case_id, "vedtak", "nb", per.display_name)


def test_two_person_rule_falls_back_to_the_last_user_who_judged(
    db: Database, office: dict[str, users.User]
) -> None:
    per, anne = office["per"], office["anne"]
    case_id = ready_case(db, caseworker="", judged_by=per)  # nobody assigned; Per judged every outcome
    assert users.case_workers(db, case_id) == {per.id}
    act_as(db, anne)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    act_as(db, office["ada"])
    users.set_two_person_rule(db, True)
    act_as(db, per)
    with pytest.raises(PermissionDenied, match="two-person rule"):
        ms.change_status(db, case_id, CaseStatus.APPROVED)
    act_as(db, anne)
    ms.change_status(db, case_id, CaseStatus.APPROVED)


def test_two_person_rule_is_off_by_default(db: Database, office: dict[str, users.User]) -> None:
    per = office["per"]
    case_id = ready_case(db, caseworker="per")
    act_as(db, per)
    assert not users.two_person_rule(db)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    assert ms.change_status(db, case_id, CaseStatus.APPROVED).status == CaseStatus.APPROVED


# -- users ----------------------------------------------------------------------------------------


def test_the_first_user_must_be_an_administrator_and_names_are_unique(db: Database) -> None:
    with pytest.raises(ValidationError, match="first user must hold the administrator role"):
        users.add_user(db, "kari", "Kari", {CASEWORKER})
    first = users.ensure_first_user(db, "boss", "Bo Sjef")
    assert first is not None and first.roles == users.FIRST_USER_ROLES
    assert users.ensure_first_user(db, "again") is None
    with pytest.raises(ValidationError, match="taken"):
        users.add_user(db, "BOSS", "Other", {CASEWORKER})
    with pytest.raises(ValidationError, match="no spaces"):
        users.add_user(db, "two words", "X", {CASEWORKER})
    with pytest.raises(ValidationError, match="Unknown role"):
        users.add_user(db, "x", "X", {"king"})
    with pytest.raises(ValidationError, match="at least one role"):
        users.add_user(db, "x", "X", set())


def test_users_are_deactivated_never_deleted_and_an_administrator_remains(
    db: Database, office: dict[str, users.User]
) -> None:
    ada = office["ada"]
    act_as(db, ada)
    with pytest.raises(ValidationError, match="deactivate yourself"):
        users.set_active(db, ada.id, False)
    with pytest.raises(ValidationError, match="last active administrator"):
        users.set_roles(db, ada.id, {CASEWORKER})
    gone = users.set_active(db, office["kari"].id, False)
    assert not gone.active
    assert "kari" not in {u.username for u in users.list_users(db, active_only=True)}
    assert "kari" in {u.username for u in users.list_users(db)}
    with pytest.raises(PermissionDenied, match="no active user"):
        users.sign_in(db, "kari")
    users.set_roles(db, office["per"].id, {APPROVER, ADMINISTRATOR})
    users.set_roles(db, ada.id, {CASEWORKER})  # now another administrator exists


def test_passwords_are_hashed_with_scrypt_and_checked(db: Database, office: dict[str, users.User]) -> None:
    kari = office["kari"]
    act_as(db, kari)
    users.set_password(db, kari.id, "korrekt hest batteri")  # every user sets their own
    with pytest.raises(PermissionDenied):
        users.set_password(db, office["per"].id, "somebody else's")
    with pytest.raises(ValidationError, match="at least 8"):
        users.set_password(db, kari.id, "short")
    with db.read() as s:
        stored = s.scalar(select(AppUserRecord.password_hash).where(AppUserRecord.id == kari.id))
    assert stored.startswith("scrypt$") and "korrekt" not in stored
    assert users.check_password(stored, "korrekt hest batteri")
    assert not users.check_password(stored, "korrekt hest")
    db.actor = SYSTEM
    with pytest.raises(PermissionDenied, match="password is wrong"):
        users.sign_in(db, "kari", "wrong password")
    assert db.actor == SYSTEM
    signed = users.sign_in(db, "kari", "korrekt hest batteri")
    assert db.actor.user_id == signed.id == kari.id
    with db.read() as s:
        last = s.scalars(select(AuditEntryRecord).order_by(AuditEntryRecord.seq.desc())).first()
    assert (last.action, last.actor_id, last.actor_name) == ("sign_in", kari.id, "Kari Saksbehandler")


def test_startup_signs_in_the_only_user_without_a_password(db: Database) -> None:
    assert users.startup_user(db) is None  # no users at all
    boss = users.ensure_first_user(db, "boss")
    assert boss is not None and users.startup_user(db) == boss
    users.sign_in(db, "boss")
    users.set_password(db, boss.id, "a long password")
    assert users.startup_user(db) is None  # the dialog asks for it


def test_headless_actor(db: Database, office: dict[str, users.User], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RPL_USER", raising=False)
    monkeypatch.delenv("RPL_PASSWORD", raising=False)
    assert users.headless_actor(db) == security.READ_ONLY  # several users, none named
    case = Case(1, "x", Purpose.FRITAK)
    with pytest.raises(PermissionDenied, match="--user NAME"):
        cs.create_case(db, case)
    assert users.headless_actor(db, "Kari Saksbehandler").user_id == office["kari"].id  # display name works
    monkeypatch.setenv("RPL_USER", "per")
    assert users.headless_actor(db).username == "per"
    with pytest.raises(PermissionDenied, match="no active user 'nobody'"):
        users.headless_actor(db, "nobody")
    db.actor = office["ada"].actor()
    users.set_password(db, office["per"].id, "per sitt passord")
    with pytest.raises(PermissionDenied, match="has a password"):
        users.headless_actor(db, "per")
    monkeypatch.setenv("RPL_PASSWORD", "feil passord")
    with pytest.raises(PermissionDenied, match="password is wrong"):
        users.headless_actor(db, "per")
    monkeypatch.setenv("RPL_PASSWORD", "per sitt passord")
    assert users.headless_actor(db, "per").username == "per"


def test_headless_actor_without_users_is_system(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RPL_USER", raising=False)
    assert users.headless_actor(db) == SYSTEM
    with pytest.raises(PermissionDenied, match="no users yet"):
        users.headless_actor(db, "kari")


def test_deleting_a_candidate_needs_a_reason_from_a_signed_in_user(
    db: Database, office: dict[str, users.User]
) -> None:
    act_as(db, office["kari"])
    person = save_candidate(db, Candidate("Slett", "Meg"))
    assert person.id is not None
    with pytest.raises(ValidationError, match="reason"):
        delete_candidate(db, person.id)
    delete_candidate(db, person.id, reason="Registrert to ganger ved en feil.")
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntryRecord).where(
                AuditEntryRecord.entity == "candidate", AuditEntryRecord.action == "delete"
            )
        ).one()
    assert entry.reason == "Registrert to ganger ved en feil." and entry.actor_id == office["kari"].id
    assert "Slett" not in entry.changes and "Meg" not in entry.changes
