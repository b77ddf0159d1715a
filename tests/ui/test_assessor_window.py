"""The external-assessor round trip through the widgets: the case view sends a package, the assessor's
window opens it with the passphrase, asks who is assessing, two outcomes are judged and the response
finished; the case view imports it (choosing where the office changed a judgement meanwhile) and the
matrix shows the assessor's judgement with their name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog

from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import assessor as office
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.assessor_files import KIND_RESPONSE, decode_response, response_path_for
from rpl_desktop.services.assessor_session import AssessorSession
from rpl_desktop.store.crypto import unseal_with_passphrase
from rpl_desktop.store.database import Database
from rpl_desktop.ui.assessor_dialogs import IdentityDialog, PackagePassphraseDialog
from rpl_desktop.ui.assessor_office import ImportResponseDialog, SendToAssessorDialog
from rpl_desktop.ui.assessor_window import AUTOSAVE_MS, AssessorWindow
from rpl_desktop.ui.case_view import CaseViewWidget
from tests.unit.services.test_assessor import ATTEST, PASS, World, make_world

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    return make_world(db, tmp_path / "files")


def make_view(qtbot, db: Database, paths: AppPaths, case_id: int) -> CaseViewWidget:  # type: ignore[no-untyped-def]
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1500, 950)
    view.show()
    assert view.open_case(case_id)
    return view


def send_through_the_case_view(qtbot, view: CaseViewWidget, world: World, target: Path) -> None:  # type: ignore[no-untyped-def]
    bar = view.assessor_bar
    bar.choose_package_file = lambda default_name: target
    told: list[str] = []
    bar.inform = lambda title, text: told.append(text)

    def fill_in(dialog: QDialog) -> int:
        assert isinstance(dialog, SendToAssessorDialog)
        assert dialog.windowTitle() == "Send to an external assessor"
        # the open outcomes are ticked, K1 (judged by the office) is not; no file is ticked
        assert world.uid("K1") not in dialog.chosen_outcomes() and len(dialog.chosen_outcomes()) == 10
        assert dialog.chosen_evidence() == []
        qtbot.keyClicks(dialog.assessor_edit, "Ola Fagkonsulent")
        assert dialog.set_evidence_checked(world.attest_id)
        qtbot.keyClicks(dialog.passphrase_edit, PASS)
        qtbot.keyClicks(dialog.repeat_edit, PASS + "x")
        dialog.accept()  # the two passphrases differ: said in the dialog, nothing written
        assert dialog.errors.message("passphrase") == "The two passphrases differ."
        assert not target.exists()
        dialog.repeat_edit.setText(PASS)
        dialog.accept()
        return dialog.result()

    bar.exec_dialog = fill_in
    qtbot.mouseClick(bar.send_button, LEFT)
    assert target.exists()
    assert "give the passphrase by telephone" in told[0]
    assert "Ola Fagkonsulent" in bar.status_text() and "waiting for the response" in bar.status_text()


def test_the_round_trip_through_the_widgets(qtbot, world: World, paths: AppPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = world.db
    view = make_view(qtbot, db, paths, world.case_id)
    package = tmp_path / "out" / "pakke.rpl"
    package.parent.mkdir()
    send_through_the_case_view(qtbot, view, world, package)

    # -- the assessor: the passphrase (a wrong one first), then the window ---------------------------
    dialog = PackagePassphraseDialog(package)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "wrong passphrase here")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert "does not open this package" in dialog.error_text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASS)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is not None

    window = AssessorWindow(dialog.session)
    qtbot.addWidget(window)
    window.show()
    opened: list[QUrl] = []
    window.open_url = lambda url: opened.append(url)
    told: list[str] = []
    window.inform = lambda title, text: told.append(text)
    window.confirm = lambda title, text: True

    def identity(d: QDialog) -> int:
        assert isinstance(d, IdentityDialog)
        d.accept()  # empty: refused at the field
        assert "Enter your name" in d.errors.message("name")
        qtbot.keyClicks(d.name_edit, "Ola Fagkonsulent")
        d.role_combo.setEditText("fagkonsulent")
        qtbot.keyClicks(d.organisation_edit, "Helsefagskolen Vest")
        d.accept()
        return d.result()

    window.exec_dialog = identity
    assert window.ask_identity_if_missing()
    assert "Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest)" in window.identity_label.text()
    assert window.windowTitle().startswith("Assessment ") and "Олена Шевченко" in window.windowTitle()
    created = window.session.manifest.created_at.date()
    assert f" on {created:%d.%m.%Y} to " in window.sent_label.text()  # dd.mm.yyyy like the rest of the app
    assert created.isoformat() not in window.sent_label.text()

    # K2: the allowed file opens as a copy; judged met after a dialogue
    assert window.select_outcome(world.uid("K2"))
    assert window.evidence_list.count() == 1 and window.evidence_list.item(0).text() == "attest.pdf"
    assert "Kvar lærte du det" in window.guide_label.text()
    qtbot.mouseClick(window.open_button, LEFT)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == ATTEST and window.view_dir in copy.parents
    window.method_checks[Method.DIALOGUE].setChecked(True)
    window.judgement_radios[Judgement.MET].setChecked(True)
    qtbot.keyClicks(window.reason_edit, "Forklarte personsentrert omsorg godt.")
    qtbot.waitUntil(lambda: window.session.assessment(world.uid("K2")) is not None, timeout=AUTOSAVE_MS * 4)
    assert window.session.response_path.exists()  # autosaved, encrypted
    assert b"personsentrert" not in window.session.response_path.read_bytes()

    # F1: partly met; incomplete first (no reason), then completed; moving on saves it
    window.select_outcome(world.uid("F1"))
    window.method_checks[Method.PRACTICAL_TEST].setChecked(True)
    window.judgement_radios[Judgement.PARTLY].setChecked(True)
    assert not window.commit()
    assert "reason" in window.field_errors.message("reason").lower()
    qtbot.keyClicks(window.reason_edit, "Kartla funksjonsnivå, men utan verktøy.")
    window.select_outcome(world.uid("K3"))
    assert window.session.assessment(world.uid("F1")).judgement == Judgement.PARTLY  # type: ignore[union-attr]
    assert window.progress_label.text() == "2 of 10 outcomes judged"
    assert window.model.index(window.model.row_of(world.uid("F1")), 2).data() == "Partly met"

    # meanwhile, the office changes F1
    ms.set_judgement(
        db, world.case_id, world.uid("F1"), Judgement.NOT_MET, "Kunne ikkje vise dette.", {Method.DIALOGUE}
    )

    qtbot.mouseClick(window.finish_button, LEFT)
    response = response_path_for(package)
    assert told and str(response) in told[-1]
    assert window.session.finished and "Finished" in window.saved_label.text()
    finished = window.session.finished_at
    assert finished is not None and f"Finished {finished:%d.%m.%Y %H:%M}:" in window.saved_label.text()
    window.grab().save(str(tmp_path / "assessor-window.png"))
    view_dir = window.view_dir
    window.close()
    assert not view_dir.exists()  # the opened copies are gone

    # -- back at the office: import, choosing for the conflicting F1 -----------------------------------
    bar = view.assessor_bar
    bar.choose_response_file = lambda: response
    said: list[str] = []
    bar.inform = lambda title, text: said.append(text)

    def review(d: QDialog) -> int:
        assert isinstance(d, ImportResponseDialog)
        qtbot.keyClicks(d.passphrase_edit, PASS)
        qtbot.mouseClick(d.check_button, LEFT)
        assert "Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest)" in d.summary_label.text()
        assert d.table.rowCount() == 2
        assert not d.import_button.isEnabled()  # F1 was changed by the office: a choice is needed
        assert "F1" in d.hint_label.text()
        d.grab().save(str(tmp_path / "import-dialog.png"))
        d.choose("F1", take=False)
        assert d.import_button.isEnabled()
        qtbot.mouseClick(d.import_button, LEFT)
        return d.result()

    bar.exec_dialog = review
    changed: list[int] = []
    view.caseChanged.connect(changed.append)
    qtbot.mouseClick(bar.import_button, LEFT)
    assert changed == [world.case_id]
    assert "Applied the assessor's judgement of K2." in said[-1] and "F1" in said[-1]
    assert "judgements from Ola Fagkonsulent imported" in bar.status_text()

    matrix = view.matrix_widget
    by_ola = "Assessed by Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest), "
    k2_judgement = matrix.model.index_of(world.uid("K2"), matrix.model.COL_JUDGEMENT)
    assert by_ola in k2_judgement.data(Qt.ItemDataRole.ToolTipRole)
    f1_judgement = matrix.model.index_of(world.uid("F1"), matrix.model.COL_JUDGEMENT)
    assert "the office kept its own judgement" in f1_judgement.data(Qt.ItemDataRole.ToolTipRole)
    assert matrix.select_outcome(world.uid("K2"))
    assert matrix.judgement_radios[Judgement.MET].isChecked()
    assert "Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest)" in matrix.notes_edit.toPlainText()
    assert matrix.select_outcome(world.uid("F1"))
    assert matrix.judgement_radios[Judgement.NOT_MET].isChecked()  # the office's judgement kept

    # the same response a second time: refused in the dialog
    def again(d: QDialog) -> int:
        assert isinstance(d, ImportResponseDialog)
        qtbot.keyClicks(d.passphrase_edit, PASS)
        assert not d.check()
        assert "imported already" in d.error_text()
        return QDialog.DialogCode.Rejected

    bar.exec_dialog = again
    assert not bar.import_response()


def test_the_assessor_window_resumes_and_refuses_a_close_with_incomplete_work(  # type: ignore[no-untyped-def]
    qtbot, world: World, tmp_path: Path
) -> None:
    package = tmp_path / "p.rpl"
    office.export_package(
        world.db,
        world.case_id,
        assessor_name="Eva Yrkesbedömare",
        passphrase=PASS,
        out=package,
        evidence_ids=[world.attest_id, world.payslip_id],
    )
    session = AssessorSession.open(package, PASS)
    session.set_identity("Eva Yrkesbedömare", "yrkesbedömare", save=False)
    session.record(world.uid("GK1"), Judgement.MET, {Method.THIRD_PARTY}, "Arbeidsgiver bekreftar.")

    window = AssessorWindow(AssessorSession.open(package, PASS))  # resumed from the response file
    qtbot.addWidget(window)
    window.show()
    assert window.session.identity is not None and window.progress_label.text() == "1 of 10 outcomes judged"
    window.select_outcome(world.uid("K3"))
    assert [window.evidence_list.item(n).text() for n in range(window.evidence_list.count())] == [
        "attest.pdf (not linked to this outcome)",
        "loennsslipp.txt (not linked to this outcome)",
    ]
    window.judgement_radios[Judgement.NOT_MET].setChecked(True)  # no reason, no method: incomplete
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False  # type: ignore[func-returns-value]
    window.close()
    assert window.isVisible() and "K3" in asked[0]  # not closed: the incomplete K3 would be lost
    window.judgement_radios[Judgement.NOT_ASSESSED].setChecked(True)
    window.close()
    assert not window.isVisible()
    saved = decode_response(
        unseal_with_passphrase(PASS, KIND_RESPONSE, response_path_for(package).read_bytes()), "r"
    )
    assert [(j.outcome_uid, j.reason) for j in saved.judgements] == [
        (world.uid("GK1"), "Arbeidsgiver bekreftar.")
    ]


def test_send_dialog_shows_what_is_wrong_and_writes_nothing(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.rpl"
    dialog = SendToAssessorDialog(world.db, world.case_id, choose_file=lambda name: target)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "send-dialog.png"))
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    dialog.accept()
    assert "assessor's name" in dialog.errors.message("assessor")
    qtbot.keyClicks(dialog.assessor_edit, "Ola")
    dialog.accept()
    assert "at least 10 characters" in dialog.errors.message("passphrase")
    for n in range(dialog.outcome_list.count()):
        dialog.outcome_list.item(n).setCheckState(Qt.CheckState.Unchecked)
    dialog.passphrase_edit.setText(PASS)
    dialog.repeat_edit.setText(PASS)
    dialog.accept()
    assert "Tick at least one outcome" in dialog.errors.message("outcomes")
    assert not target.exists() and dialog.result() != QDialog.DialogCode.Accepted


def test_open_package_asks_the_passphrase_then_who_is_assessing(qtbot, world: World, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.app import build_parser
    from rpl_desktop.ui.assessor_window import open_package

    assert build_parser().parse_args(["--assessor", "pakke.rpl"]).assessor == "pakke.rpl"
    package = tmp_path / "p.rpl"
    office.export_package(world.db, world.case_id, assessor_name="Ola", passphrase=PASS, out=package)

    def enter(dialog: QDialog) -> int:
        assert isinstance(dialog, PackagePassphraseDialog)
        dialog.passphrase_edit.setText(PASS)
        dialog.accept()
        return dialog.result()

    window = open_package(package, exec_dialog=enter)  # deletes itself on close (not given to qtbot)
    assert window is not None
    asked: list[QDialog] = []
    window.exec_dialog = lambda d: asked.append(d) or QDialog.DialogCode.Rejected  # type: ignore[func-returns-value]
    qtbot.waitUntil(lambda: bool(asked))  # asked once the window is on screen
    assert isinstance(asked[0], IdentityDialog) and window.isVisible()
    assert "Enter who is assessing" in window.identity_label.text()
    view_dir = window.view_dir
    window.close()
    assert not view_dir.exists()
    # cancelled passphrase: no window
    assert open_package(package, exec_dialog=lambda d: QDialog.DialogCode.Rejected) is None
