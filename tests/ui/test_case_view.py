"""The case view, end to end through the widgets, on the demo candidates and the sample catalogue.

The acceptance path of the issue: a fritak case for Олена Шевченко against the sample emne HEL-EO10 is
opened; an outcome gets evidence, methods, a judgement and a reason through the widgets and its
indicators change; every outcome judged met on documents alone blocks the proposal until the
caseworker records why (through the dialog), and then the Result tab shows a full result worth
10 studiepoeng. A praksiskandidat case against TMF3 shows the Practice time tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget

from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.merge import Choice
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_view import CaseViewWidget
from rpl_desktop.ui.conflict_dialog import ConflictDialog
from rpl_desktop.ui.interview_guide import AUTOSAVE_MS
from rpl_desktop.ui.matrix_widget import MatrixWidget, OverrideReasonDialog

LEFT = Qt.MouseButton.LeftButton
RULES = ("current", "sufficient", "authentic", "valid")


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    return db


def uid_of(db: Database, code: str) -> str:
    return next(s.uid for s in list_standards(db) if s.code == code)


def candidate(db: Database, name: str) -> int:
    return search_candidates(db, name)[0].id


def new_case(db: Database, name: str, code: str, purpose: Purpose, **extra: object) -> int:
    case = cs.create_case(db, Case(candidate(db, name), uid_of(db, code), purpose, **extra))  # type: ignore[arg-type]
    assert case.id is not None
    return case.id


def make_view(qtbot, db: Database, paths: AppPaths) -> CaseViewWidget:  # type: ignore[no-untyped-def]
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1500, 950)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def click(qtbot, button: QPushButton | None) -> None:  # type: ignore[no-untyped-def]
    assert button is not None
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, LEFT)


def judge(qtbot, matrix: MatrixWidget, methods: set[Method], judgement: Judgement, reason: str) -> None:  # type: ignore[no-untyped-def]
    for method, check in matrix.method_checks.items():
        if check.isChecked() != (method in methods):
            qtbot.mouseClick(check, LEFT)
    qtbot.mouseClick(matrix.judgement_radios[judgement], LEFT)
    matrix.reason_edit.clear()
    qtbot.keyClicks(matrix.reason_edit, reason)
    with qtbot.waitSignal(matrix.judgementSaved):
        click(qtbot, matrix.save_button)


def indicators(matrix: MatrixWidget, uid: str) -> dict[str, str]:
    return {name: matrix.row_indicator(uid, name) for name in RULES}


def dialog_driver(qtbot, act: Callable[[QDialog], None]) -> Callable[[QDialog], int]:  # type: ignore[no-untyped-def]
    def run(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        act(dialog)
        return int(dialog.result())

    return run


def test_fritak_case_from_evidence_to_a_full_result(qtbot, world: Database, paths: AppPaths) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK, caseworker="Kari Nordmann")
    view = make_view(qtbot, world, paths)
    assert view.open_case(case_id)
    assert "Олена Шевченко" in view.title_label.text()
    assert view.title_label.text().startswith(cs.get_case(world, case_id).number)
    assert view.target_label.text() == "HEL-EO10  Eldreomsorg: personsentrert omsorg"
    assert view.sample_badge.isVisible()
    assert view.purpose_label.text() == "Purpose: Exemption (fritak / innpassing)"
    assert view.tabs.indexOf(view.praksis_tab) < 0  # no practice time for a fritak case

    # one outcome: accept a suggestion, tick methods, judge, give the reason, save; the rules change
    matrix = view.matrix_widget
    current = view.matrix()
    assert current is not None
    f1 = next(r.assessment.outcome.uid for r in current.rows if r.assessment.outcome.code == "F1")
    matrix.tree.setCurrentIndex(matrix.model.index_of(f1))
    assert matrix.selected_uid() == f1
    assert indicators(matrix, f1) == dict.fromkeys(RULES, "missing")
    suggestion = current.row(f1).suggestions[0]
    with qtbot.waitSignal(matrix.evidenceChanged):
        click(qtbot, matrix.suggestion_button(suggestion.kind, suggestion.ref_id))
    assert indicators(matrix, f1) == {
        "current": "ok",
        "sufficient": "ok",
        "authentic": "ok",
        "valid": "missing",
    }
    judge(
        qtbot,
        matrix,
        {Method.DOCUMENTS, Method.DIALOGUE},
        Judgement.MET,
        "Attest fra sykehjemmet og fagsamtale om kartleggingsverktøy.",
    )
    assert indicators(matrix, f1) == dict.fromkeys(RULES, "ok")
    assert "1 of 4 met" in matrix.model.index(1, 0).data()  # Skills (F)
    assert view.result_widget.headline_text().startswith("Result: partial")

    # every outcome met on documents alone
    for row in current.rows:
        uid = row.assessment.outcome.uid
        matrix.tree.setCurrentIndex(matrix.model.index_of(uid))
        judge(qtbot, matrix, {Method.DOCUMENTS}, Judgement.MET, "Attest fra sykehjemmet viser dette.")
    assert indicators(matrix, f1)["valid"] == "warn"  # a skill on documents alone
    assert "documents alone" in matrix.banner_text()

    # draft → under assessment → proposed is refused with the service's message
    click(qtbot, view.status_button(CaseStatus.UNDER_ASSESSMENT))
    assert cs.get_case(world, case_id).status == CaseStatus.UNDER_ASSESSMENT
    assert view.status_label.text() == "Status: <b>Under assessment</b>"
    click(qtbot, view.status_button(CaseStatus.PROPOSED))
    message = view.status_message_text()
    assert message.startswith("The decision cannot be proposed yet:") and "documents alone" in message
    assert view.status_message.isVisible()
    assert cs.get_case(world, case_id).status == CaseStatus.UNDER_ASSESSMENT

    # the override, through its dialog (a reason of at least 15 characters)
    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, OverrideReasonDialog)
        assert "F1" in dialog.findChildren(QLabel)[0].text()
        qtbot.keyClicks(dialog.reason_edit, "Fagansvarlig kjenner arbeidsstedet og har bekreftet oppgavene.")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    matrix.exec_dialog = dialog_driver(qtbot, give_reason)
    with qtbot.waitSignal(view.caseChanged):
        click(qtbot, matrix.override_button)
    assert matrix.banner_text() == ""

    click(qtbot, view.status_button(CaseStatus.PROPOSED))
    assert cs.get_case(world, case_id).status == CaseStatus.PROPOSED
    assert view.status_message_text() == "The case is now: Proposed."
    assert set(view.status_buttons) == {CaseStatus.APPROVED, CaseStatus.UNDER_ASSESSMENT}

    view.tabs.setCurrentWidget(view.result_widget)
    result = view.result_widget
    assert result.isVisible()
    assert result.headline_text() == "Result: full — all 11 outcomes met."
    credits = result.credits_text()
    assert "Credits recognised: <b>10 studiepoeng</b>" in credits
    assert "Remaining for the programme: <b>0 studiepoeng</b>" in credits
    assert result.blocker_texts() == []
    assert "Nothing blocks a decision." in result.blockers.text()
    assert "Fagansvarlig kjenner arbeidsstedet" in result.blockers.text()


def test_praksiskandidat_case_shows_the_practice_time_tab(qtbot, world: Database, paths: AppPaths) -> None:
    from rpl_desktop.ui.praksis_panel import PraksisPanelWidget

    case_id = new_case(world, "gaup", "TMF3", Purpose.PRAKSISKANDIDAT)
    view = make_view(qtbot, world, paths)
    assert view.open_case(case_id)
    index = view.tabs.indexOf(view.praksis_tab)
    assert index >= 0 and view.tabs.tabText(index) == "Practice time"
    panel = view.praksis_panel
    assert isinstance(panel, PraksisPanelWidget)
    assert panel.result() is not None
    assert panel.headline_text()  # the status in words
    # the calculation recorded its rule profile; the view holds the fresh case (no conflict on save)
    assert view.case() is not None and view.case().rule_profile_id.startswith("national@")  # type: ignore[union-attr]
    click(qtbot, view.save_details_button)
    assert view.details_saved.text() == "Saved."
    # another case without practice time takes the tab away
    other = new_case(world, "gaup", "TMF3", Purpose.RKV_VGS)
    view.open_case(other)
    assert view.tabs.indexOf(view.praksis_tab) < 0


def test_details_and_phase_dates_are_saved_and_bad_dates_shown_at_the_field(
    qtbot, world: Database, paths: AppPaths
) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK, opened_on=date(2025, 1, 6))
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    changes: list[int] = []
    view.caseChanged.connect(changes.append)
    qtbot.keyClicks(view.caseworker_edit, "Per Hansen")
    qtbot.keyClicks(view.phase_edits[Phase.VEILEDNING].lineEdit(), "03.02.2025")
    qtbot.keyClicks(view.phase_edits[Phase.KARTLEGGING].lineEdit(), "31.02.2025")
    click(qtbot, view.save_details_button)
    assert "February 2025 has 28 days" in view.detail_errors.message("kartlegging")
    assert view.phase_edits[Phase.KARTLEGGING].text() == "31.02.2025"  # what was typed stays
    assert cs.get_case(world, case_id).caseworker == ""
    view.phase_edits[Phase.KARTLEGGING].lineEdit().clear()
    qtbot.keyClicks(view.phase_edits[Phase.KARTLEGGING].lineEdit(), "20.02.2025")
    qtbot.keyClicks(view.due_edit.lineEdit(), "01.01.2025")  # before the case was opened
    click(qtbot, view.save_details_button)
    assert "before the case was opened" in view.detail_errors.message("due_on")
    view.due_edit.lineEdit().clear()
    click(qtbot, view.save_details_button)
    saved = cs.get_case(world, case_id)
    assert saved.caseworker == "Per Hansen" and saved.current_phase == Phase.KARTLEGGING
    assert saved.phase_dates == {Phase.VEILEDNING: date(2025, 2, 3), Phase.KARTLEGGING: date(2025, 2, 20)}
    assert changes == [case_id]


def test_a_stale_case_is_a_conflict_with_a_message(qtbot, world: Database, paths: AppPaths) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    theirs = cs.get_case(world, case_id)
    theirs.caseworker = "Someone else"
    cs.save_case(world, theirs)
    qtbot.keyClicks(view.caseworker_edit, "Kari")
    shown = []
    view.exec_conflict = lambda dialog: shown.append(dialog.cell_text("caseworker", dialog.COL_THEIRS)) or 0
    assert not view.save_details()  # the conflict view came up and was cancelled
    assert shown == ["Someone else"]
    assert "Someone else changed this case" in view.details_message.text()
    assert view.caseworker_edit.text() == "Kari"


def test_closing_asks_first(qtbot, world: Database, paths: AppPaths) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    questions: list[str] = []
    view.confirm = lambda title, text: questions.append(title) or False  # type: ignore[func-returns-value]
    click(qtbot, view.status_button(CaseStatus.CLOSED))
    assert questions == ["Close the case"] and cs.get_case(world, case_id).status == CaseStatus.DRAFT
    view.confirm = lambda title, text: True
    click(qtbot, view.status_button(CaseStatus.CLOSED))
    assert cs.get_case(world, case_id).status == CaseStatus.CLOSED
    assert view.status_buttons == {}
    assert not view.details_box.isEnabled()


def test_interview_notes_autosave_and_land_in_the_matrix(qtbot, world: Database, paths: AppPaths) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    guide = view.guide
    assert guide.language() == "nn"  # the candidate's målform
    matrix = view.matrix()
    assert matrix is not None
    k1 = matrix.rows[0].assessment.outcome.uid
    assert guide.question_texts(k1)[0].startswith("Fortel kva du veit om dette")
    view.tabs.setCurrentWidget(guide)
    notes = guide.notes_edit(k1)
    assert notes is not None
    qtbot.keyClicks(notes, "Fortalde om demensomsorg.")
    with qtbot.waitSignal(guide.notesSaved, timeout=AUTOSAVE_MS * 4):
        pass  # the 1 s debounce
    assert ms.load_matrix(world, case_id).row(k1).assessment.notes == "Fortalde om demensomsorg."
    view.matrix_widget.select_outcome(k1)
    assert view.matrix_widget.notes_edit.toPlainText() == "Fortalde om demensomsorg."

    k2 = matrix.rows[1].assessment.outcome.uid
    notes2 = guide.notes_edit(k2)
    assert notes2 is not None
    notes2.setFocus()
    qtbot.waitUntil(notes2.hasFocus)
    qtbot.keyClicks(notes2, "Kjenner lova.")
    with qtbot.waitSignal(guide.notesSaved, timeout=500):
        notes.setFocus()  # leaving the box saves at once
    assert ms.load_matrix(world, case_id).row(k2).assessment.notes == "Kjenner lova."

    guide.set_language("en")
    assert guide.question_texts(k1)[0].startswith("Tell me what you know about this")
    assert notes.toPlainText() == "Fortalde om demensomsorg."  # the same boxes, nothing lost


def test_guide_leaves_out_outcomes_judged_met(qtbot, world: Database, paths: AppPaths) -> None:
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK, language="sv")
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    assert view.guide.language() == "sv"
    matrix = view.matrix()
    assert matrix is not None
    k1 = matrix.rows[0].assessment.outcome.uid
    assert k1 in view.guide.entries()
    view.matrix_widget.select_outcome(k1)
    judge(qtbot, view.matrix_widget, {Method.DIALOGUE}, Judgement.MET, "Samtal.")
    assert k1 not in view.guide.entries() and len(view.guide.entries()) == 10


def test_a_missing_case_says_so(qtbot, world: Database, paths: AppPaths) -> None:
    view = make_view(qtbot, world, paths)
    assert not view.open_case(9999)
    assert view.empty_label.text() == "Case 9999 does not exist."
    assert not view.tabs.isVisible()


def test_without_the_praksis_panel_the_main_figures_show_in_words(
    qtbot, world: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "rpl_desktop.ui.praksis_panel", None)  # the import fails
    case_id = new_case(world, "gaup", "TMF3", Purpose.PRAKSISKANDIDAT)
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    assert isinstance(view.praksis_panel, QLabel)
    text = view.praksis_panel.text()
    assert text.startswith("Practice time for Tømrerfaget: met.")
    assert "h required" in text and "Remaining: 0" in text


def test_a_large_matrix_opens_first_and_gets_its_suggestions_a_moment_later(
    qtbot, world: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rpl_desktop.ui.case_view as case_view

    monkeypatch.setattr(case_view, "SUGGESTIONS_LATER_FROM", 5)
    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    view.open_case(case_id)
    rows = view.matrix_widget.matrix().rows  # type: ignore[union-attr]
    assert all(not r.suggestions for r in rows)
    qtbot.waitUntil(lambda: any(r.suggestions for r in view.matrix_widget.matrix().rows))  # type: ignore[union-attr]
    assert view.matrix() is view.matrix_widget.matrix()


def test_documents_tab_loads_its_case_when_shown(qtbot, db, paths) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.services.cases import list_cases
    from rpl_desktop.services.demo import load_demo_data
    from rpl_desktop.ui.case_view import CaseViewWidget

    load_demo_data(db)
    case_id = list_cases(db)[-1].id
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    assert view.open_case(case_id)
    assert view._documents_pending == case_id  # nothing built until the tab is shown
    view.tabs.setCurrentWidget(view.documents_tab)
    assert view._documents_pending is None


# -- leaving a case with unsaved changes ------------------------------------------------------------


def typed_notes(qtbot, view: CaseViewWidget, text: str) -> str:  # type: ignore[no-untyped-def]
    """Type ``text`` into the guide's first notes box (nothing saved yet); its outcome uid."""
    view.tabs.setCurrentWidget(view.guide)
    uid = next(iter(view.guide.entries()))
    notes = view.guide.notes_edit(uid)
    assert notes is not None
    notes.setFocus()
    qtbot.keyClicks(notes, text)
    return uid


def stored_notes(db: Database, case_id: int, uid: str) -> str:
    return ms.load_matrix(db, case_id, with_suggestions=False).row(uid).assessment.notes


def in_conflict(qtbot, world: Database, view: CaseViewWidget, case_id: int) -> str:  # type: ignore[no-untyped-def]
    """Notes typed in the guide while someone else saves other notes for the outcome: the autosave
    is refused and the box keeps the typing."""
    uid = typed_notes(qtbot, view, "Mine: kjenner rutinene.")
    ms.set_notes(world, case_id, uid, "Theirs: spurte om HMS.")  # another desktop, meanwhile
    assert not view.guide.flush()
    assert view.guide.entries()[uid].conflict is not None
    return uid


def answer_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button`` in the Save / Discard / Cancel box as soon as it is shown (the real box)."""

    tries = [250]  # about five seconds

    def click_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsavedCaseBox":
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, click_it)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        qtbot.mouseClick(box.button(button), LEFT)

    QTimer.singleShot(0, click_it)


def test_notes_typed_just_before_opening_another_case_are_saved(
        qtbot, world: Database, paths: AppPaths) -> None:
    first = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    second = new_case(world, "gaup", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    assert view.open_case(first)
    uid = typed_notes(qtbot, view, "Fortalde om demensomsorg.")
    assert view.has_unsaved_changes()  # the autosave waits a second
    view.ask_unsaved = lambda _parent, _what: pytest.fail("nothing to ask: the notes can be saved")
    assert view.open_case(second)  # at once, before the autosave ran
    assert view.case_id() == second and not view.has_unsaved_changes()
    assert stored_notes(world, first, uid) == "Fortalde om demensomsorg."


def test_notes_in_conflict_keep_the_case_open_until_the_user_chooses(
        qtbot, world: Database, paths: AppPaths) -> None:
    first = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    second = new_case(world, "gaup", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    assert view.open_case(first)
    uid = in_conflict(qtbot, world, view, first)
    code = view.matrix().row(uid).assessment.outcome.code  # type: ignore[union-attr]
    asked: list[list[str]] = []

    def ask(_parent: QWidget, what: list[str]) -> QMessageBox.StandardButton:
        asked.append(what)
        return answers.pop(0)

    view.ask_unsaved = ask
    answers = [QMessageBox.StandardButton.Cancel]
    view.tabs.setCurrentWidget(view.matrix_widget)
    assert not view.open_case(second)  # Cancel: the case stays, the typing too, the guide in front
    assert asked == [[f"Interview notes for {code}: someone else saved notes for it meanwhile"]]
    assert view.case_id() == first and view.tabs.currentWidget() is view.guide
    assert view.guide.notes_edit(uid).toPlainText() == "Mine: kjenner rutinene."  # type: ignore[union-attr]

    # Save: the conflict view first; combining theirs and mine saves, and the other case opens
    def combine(dialog: ConflictDialog) -> int:
        dialog.choose("notes", Choice.BOTH)
        assert dialog.save_merged()
        return dialog.result()

    view.guide.exec_conflict = combine
    answers = [QMessageBox.StandardButton.Save]
    assert view.open_case(second) and view.case_id() == second
    assert stored_notes(world, first, uid) == "Theirs: spurte om HMS.\n\nMine: kjenner rutinene."


def test_discarding_notes_in_conflict_opens_the_other_case_and_keeps_theirs(
        qtbot, world: Database, paths: AppPaths) -> None:
    first = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    second = new_case(world, "gaup", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    assert view.open_case(first)
    uid = in_conflict(qtbot, world, view, first)
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Discard, seen)  # the real box this time
    assert view.open_case(second) and view.case_id() == second
    assert len(seen) == 1 and seen[0].startswith("The case has changes that are not saved:")
    assert "someone else saved notes" in seen[0]
    assert stored_notes(world, first, uid) == "Theirs: spurte om HMS."
    assert view.open_case(first) and not view.has_unsaved_changes()


def test_case_details_not_saved_are_asked_about_and_saved(qtbot, world: Database, paths: AppPaths) -> None:
    first = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    second = new_case(world, "gaup", "HEL-EO10", Purpose.FRITAK)
    view = make_view(qtbot, world, paths)
    assert view.open_case(first)
    assert not view.has_unsaved_changes()
    view.caseworker_edit.setText("Kari Nordmann")
    view.phase_edits[Phase.KARTLEGGING].setText("1.2.2025")
    assert view.has_unsaved_changes()
    asked: list[list[str]] = []
    view.ask_unsaved = lambda _p, what: asked.append(what) or QMessageBox.StandardButton.Save  # type: ignore[func-returns-value]
    assert view.open_case(second)
    assert asked == [["Case details (caseworker, due date, reference, phase dates)"]]
    stored = cs.get_case(world, first)
    assert stored.caseworker == "Kari Nordmann" and stored.phase_dates[Phase.KARTLEGGING] == date(2025, 2, 1)


def test_closing_the_window_with_notes_in_conflict_asks_and_cancel_keeps_it_open(
        qtbot, world: Database, paths: AppPaths) -> None:
    from rpl_desktop.ui.main_window import MainWindow

    case_id = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    window = MainWindow(world, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(case_id)
    uid = in_conflict(qtbot, world, window.case_view, case_id)
    window.show_page(window.PAGE_CANDIDATES)
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    assert not window.close()
    assert len(seen) == 1 and "Interview notes for" in seen[0]
    assert window.isVisible() and window.nav.currentRow() == window.PAGE_CASES  # back to the case
    assert window.case_view.guide.notes_edit(uid).toPlainText() == "Mine: kjenner rutinene."  # type: ignore[union-attr]
    answer_box(qtbot, QMessageBox.StandardButton.Discard, seen)
    assert window.close() and len(seen) == 2
    assert stored_notes(world, case_id, uid) == "Theirs: spurte om HMS."


def test_opening_another_case_from_the_list_goes_back_to_the_case_kept(
        qtbot, world: Database, paths: AppPaths) -> None:
    from rpl_desktop.ui.main_window import MainWindow

    first = new_case(world, "Шевченко", "HEL-EO10", Purpose.FRITAK)
    second = new_case(world, "gaup", "HEL-EO10", Purpose.FRITAK)
    window = MainWindow(world, paths)
    qtbot.addWidget(window)
    window.show()
    window.open_case(first)
    in_conflict(qtbot, world, window.case_view, first)
    window.case_view.ask_unsaved = lambda _p, _w: QMessageBox.StandardButton.Cancel
    window.case_list.select_case(second)
    window.case_list.caseActivated.emit(second)  # Enter on the row
    assert window.case_view.case_id() == first and window.case_list.current_case_id() == first
    window.case_view.ask_unsaved = lambda _p, _w: QMessageBox.StandardButton.Discard
    window.open_case(second)
    assert window.case_view.case_id() == second and window.case_list.current_case_id() == second
