"""The mapping matrix widget on real services: the demo candidates and the sample catalogue.

Everything is done through the widgets (clicks and typing); dialogs are driven through the
widget's ``exec_dialog`` hook, so nothing blocks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import EvidenceKindRef, Indicator, Judgement, Method
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.ui.matrix_widget import (
    EvidencePickerDialog,
    IndicatorRole,
    IsGroupRole,
    MatrixTreeModel,
    MatrixWidget,
    OutcomeUidRole,
    OverrideReasonDialog,
)

M = MatrixTreeModel
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    return db


def uid_of(db: Database, code: str) -> str:
    return next(s.uid for s in list_standards(db) if s.code == code)


def candidate(db: Database, name: str) -> int:
    return search_candidates(db, name)[0].id


def olena_case(db: Database) -> int:
    case = cs.create_case(db, Case(candidate(db, "Шевченко"), uid_of(db, "HEL-EO10"), Purpose.FRITAK))
    assert case.id is not None
    return case.id


def make_widget(qtbot, db: Database, case_id: int) -> MatrixWidget:  # type: ignore[no-untyped-def]
    widget = MatrixWidget(db)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.load(ms.load_matrix(db, case_id))
    return widget


def outcome_uid(widget: MatrixWidget, code: str) -> str:
    matrix = widget.matrix()
    assert matrix is not None
    return next(r.assessment.outcome.uid for r in matrix.rows if r.assessment.outcome.code == code)


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def judge_through_widgets(
    qtbot,
    widget: MatrixWidget,
    methods: set[Method],
    judgement: Judgement,  # type: ignore[no-untyped-def]
    reason: str,
) -> None:
    for method, check in widget.method_checks.items():
        if check.isChecked() != (method in methods):
            qtbot.mouseClick(check, LEFT)
    qtbot.mouseClick(widget.judgement_radios[judgement], LEFT)
    widget.reason_edit.clear()
    qtbot.keyClicks(widget.reason_edit, reason)


def dialog_driver(qtbot, act: Callable[[QDialog], None]) -> Callable[[QDialog], int]:  # type: ignore[no-untyped-def]
    """An ``exec_dialog`` replacement: show the dialog, let ``act`` use it, return its result."""

    def run(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        act(dialog)
        return int(dialog.result())

    return run


# -- the model ----------------------------------------------------------------------------------------


def test_model_passes_the_model_tester_in_both_groupings(qtmodeltester, world: Database) -> None:
    case_id = olena_case(world)
    model = MatrixTreeModel()
    model.set_matrix(ms.load_matrix(world, case_id), M.BY_CATEGORY)
    qtmodeltester.check(model)
    assert [model.index(g, 0).data() for g in range(model.rowCount())] == [
        "Knowledge (K) — 0 of 4 met",
        "Skills (F) — 0 of 4 met",
        "General competence (GK) — 0 of 3 met",
    ]
    model.set_grouping(M.BY_GROUP)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    tmf = cs.create_case(world, Case(candidate(world, "gaup"), uid_of(world, "TMF3"), Purpose.RKV_VGS))
    assert tmf.id is not None
    model.set_matrix(ms.load_matrix(world, tmf.id), M.BY_GROUP)
    qtmodeltester.check(model)
    assert model.group_titles() == ["Planlegging og dokumentasjon", "Bygging og montering", "HMS og kvalitet"]
    model.set_matrix(None)
    qtmodeltester.check(model)


def test_indicators_are_symbols_with_words_not_colour_alone(qtbot, world: Database) -> None:
    widget = make_widget(qtbot, world, olena_case(world))
    index = widget.model.index_of(outcome_uid(widget, "K1"), M.COL_VALID)
    assert index.data() == "–"
    assert index.data(IndicatorRole) == "missing"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Valid: missing"
    assert "No assessment method recorded." in index.data(Qt.ItemDataRole.ToolTipRole)
    group = widget.model.index(0, 0)
    assert group.data(IsGroupRole) is True and not (widget.model.flags(group) & Qt.ItemFlag.ItemIsSelectable)
    header_tip = widget.model.headerData(
        M.COL_CURRENT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "✓ fulfilled" in header_tip and "– missing" in header_tip


# -- editing through the widgets ------------------------------------------------------------------------


def test_accept_suggestion_tick_methods_judge_and_save_changes_the_indicators(qtbot, world: Database) -> None:
    case_id = olena_case(world)
    widget = make_widget(qtbot, world, case_id)
    f1 = outcome_uid(widget, "F1")
    assert widget.select_outcome(f1)
    before = {
        name: widget.row_indicator(f1, name) for name in ("current", "sufficient", "authentic", "valid")
    }
    assert before == {
        "current": "missing",
        "sufficient": "missing",
        "authentic": "missing",
        "valid": "missing",
    }

    texts = widget.suggestion_texts()
    assert texts and texts[0].startswith("Suggested from the history: Bergen kommune, Fyllingsdalen sykehjem")
    matrix = widget.matrix()
    assert matrix is not None
    suggestion = matrix.row(f1).suggestions[0]
    accept = widget.suggestion_button(suggestion.kind, suggestion.ref_id)
    with qtbot.waitSignal(widget.evidenceChanged):
        click(qtbot, accept)
    assert widget.selected_uid() == f1  # the selection stays after the reload
    assert widget.row_indicator(f1, "current") == "ok"
    assert widget.row_indicator(f1, "valid") == "missing"  # accepting links; it never judges
    row = widget.matrix().row(f1)  # type: ignore[union-attr]
    assert row.assessment.judgement == Judgement.NOT_ASSESSED and len(row.assessment.evidence) == 1
    assert widget.evidence_list.count() == 1

    judge_through_widgets(qtbot, widget, {Method.DOCUMENTS}, Judgement.MET, "Attesten beskriver kartlegging.")
    assert widget.dirty_label.isVisible()
    with qtbot.waitSignal(widget.judgementSaved):
        click(qtbot, widget.save_button)
    assert widget.row_indicator(f1, "valid") == "warn"  # a skill on documents alone
    assert widget.model.index_of(f1, M.COL_VALID).data() == "!"
    assert "documents alone" in widget.banner_text()

    qtbot.mouseClick(widget.method_checks[Method.DIALOGUE], LEFT)
    widget.reason_edit.setFocus()
    qtbot.waitUntil(widget.reason_edit.hasFocus)
    with qtbot.waitSignal(widget.judgementSaved):
        qtbot.keyClick(widget.reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    after = {name: widget.row_indicator(f1, name) for name in ("current", "sufficient", "authentic", "valid")}
    assert after == {"current": "ok", "sufficient": "ok", "authentic": "ok", "valid": "ok"}
    assert widget.banner_text() == ""
    saved = ms.load_matrix(world, case_id).row(f1).assessment
    assert (
        saved.methods == {Method.DOCUMENTS, Method.DIALOGUE}
        and saved.reason == "Attesten beskriver kartlegging."
    )
    assert widget.model.index_of(f1, M.COL_JUDGEMENT).data() == "Met"
    assert (
        widget.model.index_of(f1, M.COL_METHODS).data(Qt.ItemDataRole.ToolTipRole)
        == "Documents, Dialogue / interview"
    )


def test_a_refused_save_shows_the_message_at_the_field_and_keeps_the_text(qtbot, world: Database) -> None:
    widget = make_widget(qtbot, world, olena_case(world))
    k1 = outcome_uid(widget, "K1")
    widget.select_outcome(k1)
    qtbot.mouseClick(widget.judgement_radios[Judgement.MET], LEFT)
    qtbot.keyClicks(widget.notes_edit, "Snakket om demens.")
    click(qtbot, widget.save_button)
    assert "Give the reason" in widget.field_errors.message("reason")
    assert widget.notes_edit.toPlainText() == "Snakket om demens."
    assert widget.judgement_radios[Judgement.MET].isChecked()
    qtbot.keyClicks(widget.reason_edit, "Fortalte om demensomsorg i samtalen.")
    click(qtbot, widget.save_button)
    assert "Tick the method" in widget.field_errors.message("methods")
    assert widget.reason_edit.toPlainText() == "Fortalte om demensomsorg i samtalen."


def test_unsaved_edits_are_kept_while_looking_at_other_outcomes(qtbot, world: Database) -> None:
    widget = make_widget(qtbot, world, olena_case(world))
    k1, k2 = outcome_uid(widget, "K1"), outcome_uid(widget, "K2")
    widget.select_outcome(k1)
    qtbot.keyClicks(widget.reason_edit, "Halvferdig begrunnelse")
    widget.tree.setCurrentIndex(widget.model.index_of(k2))
    assert widget.selected_uid() == k2 and widget.reason_edit.toPlainText() == ""
    assert widget.model.index_of(k1, M.COL_CODE).data() == "K1 ✎"
    assert widget.has_unsaved_changes()
    widget.tree.setCurrentIndex(widget.model.index_of(k1))
    assert widget.reason_edit.toPlainText() == "Halvferdig begrunnelse"
    click(qtbot, widget.revert_button)
    assert widget.reason_edit.toPlainText() == "" and not widget.has_unsaved_changes()


def test_link_evidence_through_the_picker_and_unlink(qtbot, world: Database) -> None:
    case_id = olena_case(world)
    widget = make_widget(qtbot, world, case_id)
    k3 = outcome_uid(widget, "K3")
    widget.select_outcome(k3)
    matrix = widget.matrix()
    assert matrix is not None
    course = next(i for i in matrix.available if i.kind == EvidenceKindRef.COURSE)

    def tick_course(dialog: QDialog) -> None:
        assert isinstance(dialog, EvidencePickerDialog)
        labels = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        row = next(n for n, text in enumerate(labels) if text.startswith("Course: "))
        dialog.list.setCurrentRow(row)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        assert dialog.chosen() == [("course", course.ref_id)]
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)

    widget.exec_dialog = dialog_driver(qtbot, tick_course)
    with qtbot.waitSignal(widget.evidenceChanged):
        click(qtbot, widget.link_button)
    assert [e.ref_id for e in ms.load_matrix(world, case_id).row(k3).assessment.evidence] == [course.ref_id]
    assert widget.evidence_list.count() == 1
    # the course is not signed or verified: the rules say so
    assert widget.row_indicator(k3, "authentic") == "warn"

    widget.evidence_list.setCurrentRow(0)
    with qtbot.waitSignal(widget.evidenceChanged):
        click(qtbot, widget.unlink_button)
    assert ms.load_matrix(world, case_id).row(k3).assessment.evidence == []
    assert widget.evidence_list.isHidden()


def test_ignore_hides_a_suggestion_for_the_session_and_never_judges(qtbot, world: Database) -> None:
    case_id = olena_case(world)
    widget = make_widget(qtbot, world, case_id)
    f4 = outcome_uid(widget, "F4")
    widget.select_outcome(f4)
    count = len(widget.suggestion_texts())
    assert count == 2 and widget.model.index_of(f4, M.COL_SUGGESTIONS).data() == "2"
    matrix = widget.matrix()
    assert matrix is not None
    first = matrix.row(f4).suggestions[0]
    click(qtbot, widget.suggestion_button(first.kind, first.ref_id, "ignore"))
    assert len(widget.suggestion_texts()) == 1
    assert widget.model.index_of(f4, M.COL_SUGGESTIONS).data() == "1"
    widget.reload()  # still hidden after reading the matrix again
    assert len(widget.suggestion_texts()) == 1
    row = ms.load_matrix(world, case_id).row(f4)
    assert row.assessment.judgement == Judgement.NOT_ASSESSED and row.assessment.evidence == []


def test_document_only_banner_and_the_override_dialog(qtbot, world: Database) -> None:
    case_id = olena_case(world)
    matrix = ms.load_matrix(world, case_id)
    k1 = matrix.rows[0].assessment.outcome.uid
    ms.set_judgement(world, case_id, k1, Judgement.MET, "Attest.", {Method.DOCUMENTS})
    widget = make_widget(qtbot, world, case_id)
    assert "K1" in widget.banner_text() and widget.override_button.isEnabled()

    def short_then_long(dialog: QDialog) -> None:
        assert isinstance(dialog, OverrideReasonDialog)
        qtbot.keyClicks(dialog.reason_edit, "For kort")
        assert not dialog.ok_button.isEnabled()
        assert "8 of at least 15" in dialog.counter.text()
        qtbot.keyClicks(dialog.reason_edit, ": fagansvarlig har bekreftet oppgavene.")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, LEFT)

    widget.exec_dialog = dialog_driver(qtbot, short_then_long)
    with qtbot.waitSignal(widget.overrideRecorded):
        click(qtbot, widget.override_button)
    assert widget.banner_text() == ""
    assert "fagansvarlig har bekreftet" in widget.override_note.text()
    assert ms.load_matrix(world, case_id).case.document_only_override.startswith("For kort: fagansvarlig")


def test_cancelled_dialogs_change_nothing(qtbot, world: Database) -> None:
    case_id = olena_case(world)
    widget = make_widget(qtbot, world, case_id)
    widget.select_outcome(outcome_uid(widget, "K1"))

    def cancel(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    widget.exec_dialog = dialog_driver(qtbot, cancel)
    widget.pick_evidence()
    assert all(not r.assessment.evidence for r in ms.load_matrix(world, case_id).rows)


def test_an_issued_case_is_read_only(qtbot, world: Database) -> None:
    from rpl_desktop.domain.cases import CaseStatus

    case_id = olena_case(world)
    case = cs.get_case(world, case_id)
    case.status = CaseStatus.CLOSED
    cs.save_case(world, case)
    widget = make_widget(qtbot, world, case_id)
    widget.select_outcome(outcome_uid(widget, "K1"))
    assert widget.readonly_label.isVisible()
    assert not widget.assessment_box.isEnabled() and not widget.link_button.isEnabled()
    assert not widget.save()


def test_grouping_by_area_for_a_laerefag_and_the_uid_role(qtbot, world: Database) -> None:
    tmf = cs.create_case(
        world, Case(candidate(world, "gaup"), uid_of(world, "TMF3"), Purpose.PRAKSISKANDIDAT)
    )
    assert tmf.id is not None
    widget = make_widget(qtbot, world, tmf.id)
    assert widget.grouping_combo.currentData() == M.BY_GROUP
    first = widget.model.index(0, 0, widget.model.index(0, 0))
    assert first.data(OutcomeUidRole) == "urn:rpl:outcome:TMF3:1"
    assert widget.model.index(0, 0).data() == "Planlegging og dokumentasjon — 0 of 3 met"
    widget.select_outcome("urn:rpl:outcome:TMF3:5")
    widget.grouping_combo.setCurrentIndex(widget.grouping_combo.findData(M.BY_CATEGORY))
    assert widget.selected_uid() == "urn:rpl:outcome:TMF3:5"
    assert widget.tree.currentIndex().data(OutcomeUidRole) == "urn:rpl:outcome:TMF3:5"
    assert Indicator.MISSING.value == widget.row_indicator("urn:rpl:outcome:TMF3:5", "valid")
