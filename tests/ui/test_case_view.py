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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_view import CaseViewWidget
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
