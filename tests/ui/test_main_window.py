"""The main window with a stand-in candidate editor (only the interface the window relies on)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QListWidget, QWidget

from rpl_desktop import __version__
from rpl_desktop.domain.register import Candidate, Organisation, OrgKind, Signer
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.organisation import get_organisation, save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import SETTING_KEY
from rpl_desktop.ui.main_window import SETTINGS_FILE_NAME, MainWindow, UnsavedChoice


class FakeEditor(QWidget):
    """Stands in for CandidateEditorWidget: open_candidate, has_unsaved_changes, save and two signals."""

    candidateSaved = Signal(int)
    candidateDeleted = Signal(int)

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened: list[int | None] = []
        self.dirty = False
        self.save_ok = True
        self.saves = 0

    def open_candidate(self, candidate_id: int | None) -> None:
        self.opened.append(candidate_id)
        self.dirty = False

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save(self) -> bool:
        self.saves += 1
        if not self.save_ok:
            return False
        self.dirty = False
        current = self.opened[-1] if self.opened else None
        if current is not None:
            self.candidateSaved.emit(current)
        return True


@pytest.fixture
def people(db: Database) -> list[Candidate]:
    return [save_candidate(db, Candidate(given, family, None, city=city)) for given, family, city in (
        ("Ola", "Aasen", "Bodø"), ("Kari", "Berg", "Oslo"), ("Per", "Dahl", "Tromsø"))]


@pytest.fixture
def window(qtbot, db: Database, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(db, paths, editor_factory=FakeEditor)
    qtbot.addWidget(win)
    win.answers: list[UnsavedChoice] = []  # type: ignore[attr-defined]
    win.asked = 0  # type: ignore[attr-defined]

    def ask(_parent: QWidget) -> UnsavedChoice:
        win.asked += 1  # type: ignore[attr-defined]
        # Unscripted questions (pytest-qt closing the window after the test) discard.
        return win.answers.pop(0) if win.answers else UnsavedChoice.DISCARD  # type: ignore[attr-defined]

    win.ask_unsaved = ask
    win.show()
    qtbot.waitExposed(win)
    return win


def editor(win: MainWindow) -> FakeEditor:
    assert isinstance(win.editor, FakeEditor)
    return win.editor


def select_row(win: MainWindow, row: int) -> None:
    view = win.candidate_list.table
    view.setCurrentIndex(win.candidate_list.model().index(row, 0))


def test_title_pages_and_navigation(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "rpl-desktop"
    nav = window.findChild(QListWidget, "navigation")
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == ["Cases", "Candidates", "Catalogue", "Settings"]
    assert window.stack.currentIndex() == MainWindow.PAGE_CANDIDATES
    window.page_actions[MainWindow.PAGE_CASES].trigger()
    assert window.stack.currentWidget() is window.cases_page
    assert window.case_list.isVisibleTo(window) and window.case_view.isVisibleTo(window)
    window.page_actions[MainWindow.PAGE_CATALOGUE].trigger()
    assert window.stack.currentWidget() is window.catalogue_page
    nav.setCurrentRow(MainWindow.PAGE_SETTINGS)
    assert window.stack.currentWidget() is window.settings_page
    assert [a.shortcut().toString() for a in window.page_actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert window.new_candidate_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_status_bar_shows_the_data_folder(window: MainWindow, paths: AppPaths) -> None:
    assert str(paths.data_dir) in window.location_label.text()


def test_banner_until_the_organisation_is_set_up(qtbot, window: MainWindow, db: Database) -> None:
    assert window.banner.isVisible()
    assert window.banner_label.text() == (
        "No organisation profile yet: documents cannot be issued. Set it up in Settings.")
    assert "Not set up yet" in window.organisation_summary.text()
    dialog = window.edit_organisation()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Nordland fylkeskommune")
    dialog.org_number_edit.setText("964982953")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert get_organisation(db) is not None
    assert not window.banner.isVisible()
    assert "Nordland fylkeskommune" in window.organisation_summary.text()
    assert "964982953" in window.organisation_summary.text()


def test_settings_summary_of_an_existing_profile(qtbot, db: Database, paths: AppPaths) -> None:
    save_organisation(db, Organisation("Fagskolen Innlandet", "974760673", OrgKind.FAGSKOLE, "NO",
                                       "Innlandet", signers=[Signer("Per Hansen", "Rektor")]))
    win = MainWindow(db, paths, editor_factory=FakeEditor)
    qtbot.addWidget(win)
    assert win.banner.isHidden()
    summary = win.organisation_summary.text()
    for part in ("Fagskolen Innlandet", "974760673", "Vocational college (fagskole)", "Innlandet, Norway",
                 "Per Hansen"):
        assert part in summary


def test_the_settings_button_opens_the_organisation_dialog(qtbot, window: MainWindow) -> None:
    from rpl_desktop.ui.organisation_dialog import OrganisationDialog

    window.show_page(MainWindow.PAGE_SETTINGS)
    window.edit_organisation_button.click()
    dialog = window.findChild(OrganisationDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_open_folder_buttons(window: MainWindow, paths: AppPaths) -> None:
    opened: list[QUrl] = []
    window.open_url = opened.append
    window.open_data_button.click()
    window.open_log_button.click()
    assert [u.toLocalFile() for u in opened] == [str(paths.data_dir), str(paths.log_dir)]


def test_interface_language_is_stored_for_the_next_start(window: MainWindow, db: Database, paths: AppPaths) -> None:
    combo = window.language_combo
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("nn"))
    from rpl_desktop.ui.main_window import stored_language

    assert stored_language(paths) == "nn" and db.get_setting(SETTING_KEY) == ""
    assert "next time" in window.language_note.text()
    assert combo.accessibleName()


def test_selecting_a_candidate_opens_it(window: MainWindow, people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 1)
    assert editor(window).opened == [people[1].id]
    assert window.open_candidate_id() == people[1].id


def test_switching_with_unsaved_changes_cancel_keeps_the_candidate(window: MainWindow,
                                                                    people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    editor(window).dirty = True
    window.answers.append(UnsavedChoice.CANCEL)  # type: ignore[attr-defined]
    select_row(window, 2)
    assert window.asked == 1  # type: ignore[attr-defined]
    assert editor(window).opened == [people[0].id]
    assert window.candidate_list.current_candidate_id() == people[0].id
    assert editor(window).dirty


def test_switching_with_unsaved_changes_discard_opens_the_other(window: MainWindow,
                                                                 people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    editor(window).dirty = True
    window.answers.append(UnsavedChoice.DISCARD)  # type: ignore[attr-defined]
    select_row(window, 2)
    assert editor(window).opened == [people[0].id, people[2].id]
    assert editor(window).saves == 0
    assert window.candidate_list.current_candidate_id() == people[2].id


def test_switching_with_unsaved_changes_save_saves_then_opens_the_other(window: MainWindow,
                                                                         people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    editor(window).dirty = True
    window.answers.append(UnsavedChoice.SAVE)  # type: ignore[attr-defined]
    select_row(window, 2)
    assert editor(window).saves == 1
    assert editor(window).opened == [people[0].id, people[2].id]
    assert window.candidate_list.current_candidate_id() == people[2].id


def test_a_failed_save_keeps_the_candidate(window: MainWindow, people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    editor(window).dirty = True
    editor(window).save_ok = False
    window.answers.append(UnsavedChoice.SAVE)  # type: ignore[attr-defined]
    select_row(window, 1)
    assert editor(window).opened == [people[0].id]
    assert window.candidate_list.current_candidate_id() == people[0].id


def test_new_candidate_clears_the_selection_and_a_save_lists_it(window: MainWindow, db: Database,
                                                                  people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    window.new_candidate_action.trigger()
    assert editor(window).opened[-1] is None
    assert window.candidate_list.current_candidate_id() is None
    assert window.stack.currentIndex() == MainWindow.PAGE_CANDIDATES
    # The editor saves the new candidate and says so: the list shows and selects it.
    new = save_candidate(db, Candidate("Aino", "Aalto", None))
    editor(window).candidateSaved.emit(new.id)
    assert window.open_candidate_id() == new.id
    assert window.candidate_list.current_candidate_id() == new.id
    assert window.candidate_list.count_label.text() == "4 candidates"


def test_deleted_candidate_leaves_the_list(window: MainWindow, db: Database, people: list[Candidate]) -> None:
    from rpl_desktop.services.candidates import delete_candidate

    window.candidate_list.refresh()
    select_row(window, 0)
    assert people[0].id is not None
    delete_candidate(db, people[0].id)
    editor(window).candidateDeleted.emit(people[0].id)
    assert window.open_candidate_id() is None
    assert window.candidate_list.model().rowCount() == 2
    assert window.candidate_list.count_label.text() == "2 candidates"


def test_closing_with_unsaved_changes_asks(window: MainWindow, people: list[Candidate]) -> None:
    window.candidate_list.refresh()
    select_row(window, 0)
    editor(window).dirty = True
    window.answers.append(UnsavedChoice.CANCEL)  # type: ignore[attr-defined]
    assert not window.close()
    assert window.isVisible()
    window.answers.append(UnsavedChoice.SAVE)  # type: ignore[attr-defined]
    assert window.close()
    assert editor(window).saves == 1


def test_geometry_and_page_are_kept_in_the_config_folder(qtbot, db: Database, paths: AppPaths) -> None:
    first = MainWindow(db, paths, editor_factory=FakeEditor)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width() + 10, 560)
    size = (first.width(), first.height())
    first.show_page(MainWindow.PAGE_SETTINGS)
    assert first.close()
    assert (paths.config_dir / SETTINGS_FILE_NAME).is_file()
    second = MainWindow(db, paths, editor_factory=FakeEditor)
    qtbot.addWidget(second)
    assert second.stack.currentIndex() == MainWindow.PAGE_SETTINGS
    # restoreGeometry keeps a window on its screen; the offscreen test screen is 800 px wide.
    screen_width = second.screen().availableGeometry().width()
    assert (second.width(), second.height()) == (min(size[0], screen_width), size[1])


def test_about_box_shows_the_version(qtbot, window: MainWindow) -> None:
    box = window.show_about()
    qtbot.waitExposed(box)
    assert __version__ in box.text()
    box.accept()


def test_ctrl_f_reaches_the_search_from_the_editor(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.candidate_list.table.setFocus()
    qtbot.keyClick(window.candidate_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.candidate_list.search_edit.hasFocus)


def test_competence_map_is_three_clicks_from_the_candidates_page(qtbot, db: Database, paths: AppPaths) -> None:
    """Click 1: Candidates in the navigation; click 2: the candidate; click 3: Competence map."""
    from rpl_desktop.services.demo import load_demo_data

    load_demo_data(db)
    win = MainWindow(db, paths, editor_factory=FakeEditor)
    qtbot.addWidget(win)
    win.show()
    win.show_page(MainWindow.PAGE_CASES)
    nav = win.findChild(QListWidget, "navigation")
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(MainWindow.PAGE_CANDIDATES)).center())
    assert win.stack.currentWidget() is win.candidates_page
    table = win.candidate_list.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "Brækhus-Aas")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 0)).center())
    qtbot.mouseClick(win.competence_map_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.map_page
    assert len(win.competence_map.cards()) == 3
    win.competence_map.openCase.emit(win.competence_map.coverage()[0].case_id)
    assert win.stack.currentWidget() is win.cases_page
    assert win.case_view.case() is not None


def test_case_number_pattern_and_currency_are_set_in_settings(window: MainWindow, db: Database) -> None:
    from rpl_desktop.services.cases import case_number_pattern
    from rpl_desktop.services.mapping import currency_years

    window.show_page(MainWindow.PAGE_SETTINGS)
    window.case_pattern_edit.setText("{yy}/")
    assert not window.save_case_settings()
    assert "{seq" in window.case_settings_message.text()
    assert window.case_pattern_edit.text() == "{yy}/"  # the typing is kept
    window.case_pattern_edit.setText("RKV-{yyyy}-{seq:04}")
    window.currency_spin.setValue(7)
    assert window.profile_combo.currentData() == "national"
    window.profile_combo.setCurrentIndex(window.profile_combo.findData("agder-example"))
    assert window.save_case_settings()
    assert case_number_pattern(db) == "RKV-{yyyy}-{seq:04}" and currency_years(db) == 7
    from rpl_desktop.services.praksis_case import office_profile_id

    assert office_profile_id(db) == "agder-example"
