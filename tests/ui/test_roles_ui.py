"""Roles in the interface: what a role may not do is disabled with a tooltip why; refusals are shown;
users are managed on the Settings page; signing in at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER, CASEWORKER, COUNSELLOR, SYSTEM
from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services import users
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.ui import application
from rpl_desktop.ui.case_view import CaseViewWidget
from rpl_desktop.ui.catalogue_page import CataloguePageWidget
from rpl_desktop.ui.documents_tab import DocumentsTabWidget
from rpl_desktop.ui.main_window import MainWindow
from rpl_desktop.ui.sign_in_dialog import SignInDialog
from rpl_desktop.ui.users_admin import PasswordDialog, UserDialog, UsersAdminWidget
from tests.security_world import act_as, add_office, ready_case, world

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office(db: Database) -> dict[str, users.User]:
    world(db)
    return add_office(db)


def case_view(qtbot, db: Database, paths: AppPaths, case_id: int) -> CaseViewWidget:  # type: ignore[no-untyped-def]
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    assert view.open_case(case_id)
    return view


def test_a_counsellor_sees_no_decision_action_and_a_refusal_if_forced(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    case_id = ready_case(db)
    act_as(db, office["vera"])
    view = case_view(qtbot, db, paths, case_id)
    propose = view.status_button(CaseStatus.PROPOSED)
    assert propose is not None and not propose.isEnabled()
    assert "caseworker / approver" in propose.toolTip()
    back = view.status_button(CaseStatus.DRAFT)
    assert back is not None and back.isEnabled()  # moves that decide nothing stay hers
    assert not view.move_to(CaseStatus.PROPOSED)  # forced past the disabled button: the service refuses
    assert "Proposing a decision needs the caseworker or approver role" in view.status_message_text()
    assert cs.get_case(db, case_id).status == CaseStatus.UNDER_ASSESSMENT
    view.grab().save(str(paths.data_dir / "counsellor-case.png"))


def test_the_documents_tab_lets_only_an_approver_issue_a_vedtak(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    case_id = ready_case(db)
    for name, allowed in (("vera", False), ("kari", False), ("per", True)):
        act_as(db, office[name])
        tab = DocumentsTabWidget(db, paths)
        qtbot.addWidget(tab)
        tab.open_case(case_id)
        assert tab.current_kind() == "vedtak"
        assert tab.issue_button.isEnabled() is allowed, name
        if not allowed:
            assert "approver" in tab.issue_button.toolTip()
        else:
            assert tab.issued_by() == office[name].display_name  # issued in the signed-in user's name
        assert tab.preview_button.isEnabled()  # a draft (preview) is everyone's


def test_the_two_person_rule_refusal_is_shown_in_the_case_view(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    per = office["per"]
    case_id = ready_case(db, caseworker="per")
    act_as(db, per)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    act_as(db, office["ada"])
    users.set_two_person_rule(db, True)
    act_as(db, per)
    view = case_view(qtbot, db, paths, case_id)
    approve = view.status_button(CaseStatus.APPROVED)
    assert approve is not None and approve.isEnabled()  # Per is an approver: the button is there ...
    qtbot.mouseClick(approve, LEFT)
    text = view.status_message_text()  # ... and the rule refuses, in words
    assert "two-person rule is on" in text and "another user with the approver role" in text
    assert cs.get_case(db, case_id).status == CaseStatus.PROPOSED
    view.grab().save(str(paths.data_dir / "two-person-refusal.png"))
    act_as(db, office["anne"])
    other = case_view(qtbot, db, paths, case_id)
    button = other.status_button(CaseStatus.APPROVED)
    assert button is not None
    qtbot.mouseClick(button, LEFT)
    assert cs.get_case(db, case_id).status == CaseStatus.APPROVED


def test_catalogue_imports_are_the_administrators(  # type: ignore[no-untyped-def]
    qtbot, db: Database, office: dict[str, users.User]
) -> None:
    for name, allowed in (("kari", False), ("ada", True)):
        act_as(db, office[name])
        page = CataloguePageWidget(db)
        qtbot.addWidget(page)
        assert page.import_button.isEnabled() is allowed
        if not allowed:
            assert "administrator" in page.import_button.toolTip()


# -- users on the Settings page --------------------------------------------------------------------


def settings_of(qtbot, db: Database, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.test_application import StubEditor

    window = MainWindow(db, paths, editor_factory=StubEditor)
    qtbot.addWidget(window)
    window.show_page(MainWindow.PAGE_SETTINGS)
    return window


def test_an_administrator_adds_a_user_sets_roles_deactivates_and_resets_a_password(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths
) -> None:
    boss = users.ensure_first_user(db, "boss", "Bo Sjef")
    assert boss is not None
    users.sign_in(db, "boss")
    window = settings_of(qtbot, db, paths)
    admin: UsersAdminWidget = window.users_admin
    assert window.findChild(UsersAdminWidget, "usersAdmin") is admin
    assert "Signed in as Bo Sjef" in admin.signed_in_label.text()

    dialog = admin.add_user()
    assert isinstance(dialog, UserDialog) and dialog.windowTitle() == "Add a user"
    dialog.username_edit.setText("vera")
    dialog.name_edit.setText("Vera Veileder")
    dialog.save()
    assert "at least one role" in dialog.message.text()  # nothing checked yet
    dialog.role_boxes[COUNSELLOR].setChecked(True)
    dialog.password_edit.setText("veileder123")
    dialog.repeat_edit.setText("veileder12")
    assert not dialog.save() and "differ" in dialog.message.text()
    dialog.repeat_edit.setText("veileder123")
    with qtbot.waitSignal(admin.usersChanged):
        assert dialog.save()
    vera = users.find_user(db, "vera")
    assert vera is not None and vera.roles == frozenset({COUNSELLOR}) and vera.has_password
    assert admin.selected_user() == vera and "User Vera Veileder added." in admin.message.text()
    dialog.grab().save(str(paths.data_dir / "add-user.png"))

    edit = admin.edit_user()
    assert edit is not None and edit.role_boxes[COUNSELLOR].isChecked()
    edit.role_boxes[CASEWORKER].setChecked(True)
    with qtbot.waitSignal(admin.usersChanged):
        assert edit.save()
    assert users.get_user(db, vera.id).roles == frozenset({COUNSELLOR, CASEWORKER})

    admin.confirm = lambda _title, _text: True
    assert admin.active_button.text() == "&Deactivate"
    qtbot.mouseClick(admin.active_button, LEFT)
    assert not users.get_user(db, vera.id).active
    assert admin.active_button.text() == "Re&activate"
    assert "is deactivated" in admin.message.text()

    password = admin.reset_password()
    assert isinstance(password, PasswordDialog)
    password.password_edit.setText("")
    password.repeat_edit.setText("")
    assert password.save()
    assert not users.get_user(db, vera.id).has_password

    # the last administrator cannot be deactivated: the refusal is shown
    assert admin.select("boss")
    assert not admin.toggle_active()
    assert "deactivate yourself" in admin.message.text()
    window.grab().save(str(paths.data_dir / "settings-users.png"))


def test_others_see_the_users_read_only(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    act_as(db, office["per"])
    window = settings_of(qtbot, db, paths)
    admin = window.users_admin
    assert admin.model.rowCount() == 5
    assert admin.select("kari")
    for button in (admin.add_button, admin.edit_button, admin.active_button, admin.password_button):
        assert not button.isEnabled()
        assert "administrator" in button.toolTip()
    assert not admin.two_person_box.isEnabled()
    assert admin.edit_user() is None
    assert not window.edit_organisation_button.isEnabled()
    assert not window.findChild(QPushButton, "saveCaseSettings").isEnabled()


def test_the_two_person_checkbox_switches_the_rule(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    act_as(db, office["ada"])
    admin = UsersAdminWidget(db)
    qtbot.addWidget(admin)
    assert not admin.two_person_box.isChecked()
    admin.two_person_box.setChecked(True)
    assert users.two_person_rule(db)
    assert "is on" in admin.message.text()


# -- signing in --------------------------------------------------------------------------------------


def test_sign_in_dialog_checks_the_password(  # type: ignore[no-untyped-def]
    qtbot, db: Database, office: dict[str, users.User]
) -> None:
    act_as(db, office["ada"])
    users.set_password(db, office["per"].id, "per sitt passord")
    db.actor = SYSTEM
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.user_combo.count() == 5
    assert dialog.choose("kari")
    assert not dialog.password_edit.isEnabled()  # Kari has no password
    assert dialog.choose("per")
    assert dialog.password_edit.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "feil")
    qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert not dialog.message.isHidden() and "password is wrong" in dialog.message.text()
    assert db.actor == SYSTEM
    dialog.password_edit.setText("per sitt passord")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert db.actor.user_id == office["per"].id and db.actor.roles == frozenset({APPROVER})


class Prompts:
    """Start-up answers in code; ``sign_in`` drives the real dialog."""

    def __init__(self, username: str, password: str = "") -> None:
        self.username, self.password = username, password
        self.asked: list[str] = []
        self.errors: list[str] = []

    def show_error(self, message: str) -> None:
        self.errors.append(message)

    def set_up_organisation(self, db: Database) -> bool:
        self.asked.append("organisation")
        return False

    def offer_demo_data(self) -> bool:
        self.asked.append("demo")
        return False

    def sign_in(self, db: Database) -> bool:
        self.asked.append("sign_in")
        dialog = SignInDialog(db)
        try:
            if not dialog.choose(self.username):
                return False  # the user closes the dialog
            dialog.password_edit.setText(self.password)
            return dialog.try_sign_in()
        finally:
            dialog.deleteLater()


@pytest.fixture
def fresh(paths: AppPaths) -> Iterator[AppPaths]:
    yield paths
    QApplication.processEvents()


def test_first_start_creates_the_administrator_and_later_starts_ask_who(  # type: ignore[no-untyped-def]
    qtbot, fresh: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_application import StubEditor

    monkeypatch.setattr(users, "os_login_name", lambda: "tester")
    prompts = Prompts("tester")
    window = application.prepare_main_window(fresh, ask=prompts, editor_factory=StubEditor)
    assert window is not None
    qtbot.addWidget(window)
    db = window.database
    assert db.actor.username == "tester" and db.actor.roles == users.FIRST_USER_ROLES
    assert "sign_in" not in prompts.asked
    users.add_user(db, "kari", "Kari Saksbehandler", {CASEWORKER})
    db.close()
    # second start: two users now, so the dialog asks
    prompts = Prompts("kari")
    window = application.prepare_main_window(fresh, ask=prompts, editor_factory=StubEditor)
    assert window is not None
    qtbot.addWidget(window)
    assert "sign_in" in prompts.asked and window.database.actor.username == "kari"
    assert not window.users_admin.add_button.isEnabled()
    window.database.close()
    # nobody signs in: the program does not open
    prompts = Prompts("nobody")
    assert application.prepare_main_window(fresh, ask=prompts, editor_factory=StubEditor) is None


def test_first_start_without_a_login_name_asks_for_one(  # type: ignore[no-untyped-def]
    qtbot, fresh: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(users, "os_login_name", lambda: "")
    db = open_database(fresh.default_database_url(), fresh.evidence_dir, fresh.backup_dir)
    try:
        prompts = Prompts("x")
        prompts.first_user = lambda: ("mari", "Mari Nilsen")  # type: ignore[attr-defined]
        assert application.sign_in_step(db, prompts)  # type: ignore[arg-type]
        assert db.actor.display_name == "Mari Nilsen" and ADMINISTRATOR in db.actor.roles
    finally:
        db.close()


def test_screenshot_of_the_sign_in_dialog(
    qtbot,
    db: Database,
    office: dict[str, users.User],  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "sign-in.png"))
    assert (tmp_path / "sign-in.png").stat().st_size > 1000


def test_a_signed_in_user_deletes_a_candidate_only_with_a_reason(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    from rpl_desktop.domain.register import Candidate
    from rpl_desktop.services import audit, candidates
    from rpl_desktop.ui.candidate_editor import CandidateEditorWidget

    act_as(db, office["kari"])
    person = candidates.save_candidate(db, Candidate("Feil", "Registrering"))
    editor = CandidateEditorWidget(db, paths, confirm=lambda _title, _text: True)
    qtbot.addWidget(editor)
    editor.open_candidate(person.id)
    reasons: list[str | None] = [None, "Registrert to ganger."]
    editor.ask_delete_reason = lambda: reasons.pop(0)  # type: ignore[method-assign]
    qtbot.mouseClick(editor.delete_button, LEFT)  # cancelled at the reason: nothing happens
    assert candidates.get_candidate(db, person.id)
    with qtbot.waitSignal(editor.candidateDeleted):
        qtbot.mouseClick(editor.delete_button, LEFT)
    assert audit.entry_count(db) > 0
    with db.read() as s:
        from sqlalchemy import select

        from rpl_desktop.store.security_records import AuditEntryRecord

        entry = s.scalars(
            select(AuditEntryRecord).where(
                AuditEntryRecord.entity == "candidate", AuditEntryRecord.action == "delete"
            )
        ).one()
    assert entry.reason == "Registrert to ganger." and entry.actor_name == "Kari Saksbehandler"
