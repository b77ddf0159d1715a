"""Personal data in the window: export, erase or anonymise, the retention report and settings, appeal bundles.

The dialogs are driven through their widgets on the demo register; where a test needs an issued
decision, the demo praksiskandidat case of Áŋŋá Máret Gaup is approved and its vedtak issued. Each dialog
is also saved as a PNG under the pytest temporary folder for a person to look at.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from rpl_desktop.domain.actors import CASEWORKER, Actor
from rpl_desktop.domain.cases import Purpose
from rpl_desktop.domain.retention import add_years
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import documents as ds
from rpl_desktop.services import privacy
from rpl_desktop.services.appeal import KIND as APPEAL
from rpl_desktop.services.bundle import open_bundle
from rpl_desktop.services.candidates import get_candidate, save_candidate, search_candidates
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.privacy_export import KIND
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_view import CaseViewWidget
from rpl_desktop.ui.main_window import MainWindow
from rpl_desktop.ui.privacy_dialogs import (
    AppealBundleDialog,
    EraseCandidateDialog,
    ExportPersonalDataDialog,
    PersonalDataSettingsBox,
    RetentionReportDialog,
    RetentionTableModel,
)
from tests.ui.test_main_window import FakeEditor
from tests.unit.services.test_documents_service import QA, approve, case_of, organisation

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(os.environ.get("RPL_SCREENSHOTS", "")) if os.environ.get("RPL_SCREENSHOTS") else None


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db)
    return db


def cid(db: Database, name: str) -> int:
    return search_candidates(db, name)[0].id


def shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    folder = SHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def tick(qtbot, check: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (a wide check box's centre may lie beyond its text)."""
    before = check.isChecked()
    qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() != before


def issue_vedtak(db: Database) -> int:
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    case_id = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(db, case_id)
    ds.issue(db, case_id, ds.VEDTAK, None, "Kari Nordmann")
    return case_id


def test_export_dialog_checks_the_passphrase_and_writes_the_file(
    qtbot,
    world: Database,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    olena = cid(world, "Шевченко")
    dialog = ExportPersonalDataDialog(world, olena)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Export personal data" and "Олена Шевченко" in dialog.intro.text()
    target = tmp_path / "olena.zip"
    dialog.file.edit.setText(str(target))
    tick(qtbot, dialog.passphrase.encrypt)
    qtbot.keyClicks(dialog.passphrase.first, "short")
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert "at least 10 characters" in dialog.message.text() and dialog.message.isVisible()
    dialog.passphrase.first.setText("a long passphrase")
    dialog.passphrase.second.setText("a long passphrase!")
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert "differ" in dialog.message.text() and not target.exists()
    dialog.passphrase.second.setText("a long passphrase")
    shot(dialog, "export-personal-data", tmp_path)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.export_button, LEFT)
    assert "encrypted" in dialog.result_text
    data = json.loads(
        open_bundle(target, passphrase="a long passphrase", kind=KIND, what="x").read("candidate.json")
    )
    assert data["candidate"]["family_name"] == "Шевченко"


def test_erase_dialog_needs_reason_and_confirmation(qtbot, world: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    linnea = cid(world, "Sjöström")
    dialog = EraseCandidateDialog(world, linnea)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.erase_radio.isChecked() and dialog.erase_radio.isEnabled() and dialog.refusal.isHidden()
    assert "history periods" in dialog.findChild(QWidget, "eraseCounts").text()
    assert not dialog.run_button.isEnabled() and dialog.run_button.text() == "Erase"
    qtbot.keyClicks(dialog.reason_edit, "The candidate's request of 3 March")
    assert not dialog.run_button.isEnabled()
    tick(qtbot, dialog.confirm_check)
    assert dialog.run_button.isEnabled()
    shot(dialog, "erase-candidate", tmp_path)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.run_button, LEFT)
    assert dialog.result is not None and dialog.result.action == "erase"
    assert search_candidates(world, "Sjöström") == []


def test_erase_is_refused_in_the_dialog_and_anonymise_offered(
    qtbot,
    world: Database,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    case_id = issue_vedtak(world)
    gaup = cid(world, "Gaup")
    dialog = EraseCandidateDialog(world, gaup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.erase_radio.isEnabled() and dialog.anonymise_radio.isChecked()
    number = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    assert number == case_id
    assert "must be kept until" in dialog.refusal.text() and dialog.refusal.isVisible()
    assert dialog.run_button.text() == "Anonymise"
    shot(dialog, "erase-refused-anonymise", tmp_path)
    qtbot.keyClicks(dialog.reason_edit, "Request")
    tick(qtbot, dialog.confirm_check)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.run_button, LEFT)
    assert get_candidate(world, gaup).full_name == f"Anonymisert kandidat #{gaup}"


def test_a_caseworker_cannot_erase(qtbot, world: Database) -> None:  # type: ignore[no-untyped-def]
    world.actor = Actor(
        user_id=3, username="kari", display_name="Kari Saksbehandler", roles=frozenset({CASEWORKER})
    )
    dialog = EraseCandidateDialog(world, cid(world, "Sjöström"))
    qtbot.addWidget(dialog)
    assert "administrator or approver" in dialog.message.text()
    assert not dialog.reason_edit.isEnabled() and not dialog.run_button.isEnabled()
    box = PersonalDataSettingsBox(world)
    qtbot.addWidget(box)
    assert not box.save_button.isEnabled() and not any(s.isEnabled() for s in box.spins.values())


def test_retention_report_csv_and_erase_from_it(qtbot, world: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = save_candidate(
        world, get_candidate(world, cid(world, "Rássa")).__class__('=HYPERLINK("http://evil")', "+47 Formula")
    )
    later = add_years(date.today(), 3)
    dialog = RetentionReportDialog(world, today=later)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2  # the two candidates without cases
    assert (
        "2 of 7 candidates" in dialog.summary.text()
        and "bevarings- og kassasjonsregler" in dialog.summary.text()
    )
    shot(dialog, "retention-report", tmp_path)
    target = tmp_path / "report.csv"
    dialog.choose_csv = lambda: str(target)
    assert dialog.export_csv() == target and "keep it safe" in dialog.message.text()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert any(r[1].startswith("'=HYPERLINK") for r in rows)
    assert not dialog.erase_button.isEnabled()
    row = next(
        r
        for r in range(dialog.proxy.rowCount())
        if dialog.proxy.index(r, RetentionTableModel.COL_ID).data() == str(evil.id)
    )
    dialog.table.selectRow(row)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, LEFT)
    erase = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, EraseCandidateDialog) and w.isVisible()
    )
    qtbot.keyClicks(erase.reason_edit, "retention period over")
    tick(qtbot, erase.confirm_check)
    with qtbot.waitSignal(dialog.candidatesChanged):
        qtbot.mouseClick(erase.run_button, LEFT)
    assert dialog.model.rowCount() == 1 and "Erased candidate" in dialog.message.text()


def test_settings_box_saves_the_periods(qtbot, world: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = PersonalDataSettingsBox(world)
    qtbot.addWidget(box)
    box.show()
    assert box.spins["fritak"].value() == 10 and box.spins["fritak"].suffix() == " years"
    box.spins["fritak"].setValue(12)
    qtbot.mouseClick(box.save_button, LEFT)
    assert box.message.text() == "Saved." and privacy.retention_years(world)["fritak"] == 12
    shot(box, "settings-personal-data", tmp_path)
    report = box.show_report()  # a child of the box's window, deleted when closed
    assert report.isVisible() and report.model.rowCount() == 0 and report.empty.isVisible()
    report.close()


def test_main_window_actions_erase_the_open_candidate(qtbot, world: Database, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(world, paths, editor_factory=FakeEditor)
    qtbot.addWidget(win)
    win.show()
    win.show_page(MainWindow.PAGE_CANDIDATES)
    linnea = cid(world, "Sjöström")
    win.candidate_list.select_candidate(linnea, notify=True)
    assert win.open_candidate_id() == linnea
    table = win.candidate_list.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.objectName() for a in table.actions()][-2:] == ["exportPersonalData", "eraseCandidate"]
    assert win.privacy_actions.button.isVisible()
    dialog = win.privacy_actions.erase()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Request")
    tick(qtbot, dialog.confirm_check)
    qtbot.mouseClick(dialog.run_button, LEFT)
    qtbot.waitUntil(lambda: win.open_candidate_id() is None)
    assert win.candidate_list.model().row_of(linnea) < 0
    assert "Erased candidate" in win.statusBar().currentMessage()
    assert isinstance(win.editor, FakeEditor) and win.editor.opened[-1] is None
    assert win.privacy_actions.export() is None  # nothing selected now
    assert win.statusBar().currentMessage() == "Select a candidate first."
    win.candidate_list.select_candidate(cid(world, "Gaup"), notify=True)
    export = win.privacy_actions.export()
    assert isinstance(export, ExportPersonalDataDialog) and "Gaup" in export.intro.text()
    export.close()


def test_case_view_appeal_bundle(qtbot, world: Database, paths: AppPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = issue_vedtak(world)
    view = CaseViewWidget(world, paths)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    assert view.open_case(case_id)
    assert view.appeal_button.isVisible()
    qtbot.mouseClick(view.appeal_button, LEFT)
    dialog = next(w for w in view.findChildren(AppealBundleDialog) if w.isVisible())
    target = tmp_path / "appeal.zip"
    dialog.file.edit.setText(str(target))
    tick(qtbot, dialog.evidence_check)
    shot(dialog, "appeal-bundle", tmp_path)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.write_button, LEFT)
    assert "Appeal bundle for case" in view.status_message.text()
    names = open_bundle(target, passphrase=None, kind=APPEAL, what="x").namelist()
    assert "summary.txt" in names and any(n.startswith("documents/") for n in names)
