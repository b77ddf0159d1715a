"""The case list (model, filters, search, overdue marker) and the "New case" dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
from rpl_desktop.services import cases as cs
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_list import (
    SEARCH_DELAY_MS,
    CaseIdRole,
    CaseListWidget,
    CaseTableModel,
    OverdueRole,
)
from rpl_desktop.ui.new_case_dialog import NewCaseDialog, StandardUidRole

TODAY = date(2025, 6, 1)
C = CaseTableModel
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


@pytest.fixture
def three_cases(world: Database) -> dict[str, int]:
    gaup = cs.create_case(
        world,
        Case(
            candidate(world, "gaup"),
            uid_of(world, "TMF3"),
            Purpose.PRAKSISKANDIDAT,
            caseworker="Kari Nordmann",
            opened_on=date(2025, 1, 6),
            due_on=date(2025, 3, 1),
        ),
    )
    olena = cs.create_case(
        world,
        Case(
            candidate(world, "Шевченко"),
            uid_of(world, "HEL-EO10"),
            Purpose.FRITAK,
            caseworker="Per Hansen",
            opened_on=date(2025, 2, 3),
            due_on=date(2025, 9, 1),
            phase_dates={Phase.VEILEDNING: date(2025, 2, 4), Phase.KARTLEGGING: date(2025, 2, 20)},
        ),
    )
    linnea = cs.create_case(
        world,
        Case(
            candidate(world, "sjöström"),
            uid_of(world, "OPPTAK-HEL-EOP60"),
            Purpose.OPPTAK,
            caseworker="Kari Nordmann",
            opened_on=date(2025, 3, 3),
        ),
    )
    done = cs.get_case(world, linnea.id)  # type: ignore[arg-type]
    done.status = CaseStatus.UNDER_ASSESSMENT
    cs.save_case(world, done)
    ids = {"gaup": gaup.id, "olena": olena.id, "linnea": linnea.id}
    return {k: int(v) for k, v in ids.items() if v is not None}


def make_list(qtbot, db: Database, **kwargs: object) -> CaseListWidget:  # type: ignore[no-untyped-def]
    widget = CaseListWidget(db, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1400, 500)
    widget.show()
    return widget


def listed(widget: CaseListWidget) -> list[int]:
    model = widget.model()
    return sorted(model.index(r, 0).data(CaseIdRole) for r in range(model.rowCount()))


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_model_passes_the_model_tester(qtmodeltester, world: Database, three_cases: dict[str, int]) -> None:
    model = CaseTableModel(today=TODAY)
    qtmodeltester.check(model)
    model.set_rows(cs.list_cases(world))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_columns_and_the_overdue_marker_in_words_and_icon(
    qtbot, world: Database, three_cases: dict[str, int]
) -> None:
    widget = make_list(qtbot, world)
    model = widget.model()
    row = model.row_of(three_cases["gaup"])
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    number = cs.get_case(world, three_cases["gaup"]).number
    assert texts == [
        number,
        "Áŋŋá Máret Gaup",
        "Tømrerfaget",
        "Praksiskandidat",
        "Draft",
        "not started",
        "Kari Nordmann",
        "06.01.2025",
        "01.03.2025 (overdue)",
    ]
    due = model.index(row, C.COL_DUE)
    assert due.data(OverdueRole) is True
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon besides the word
    assert "92 day(s) ago" in due.data(Qt.ItemDataRole.ToolTipRole)
    olena = model.row_of(three_cases["olena"])
    assert model.index(olena, C.COL_DUE).data() == "01.09.2025"
    assert model.index(olena, C.COL_DUE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(olena, C.COL_PHASE).data() == "Mapping (kartlegging)"
    assert model.index(olena, C.COL_PURPOSE).data() == "Exemption (fritak / innpassing)"
    assert widget.count_label.text() == "3 cases"


def test_filters_status_caseworker_target_phase_and_overdue(
    qtbot, world: Database, three_cases: dict[str, int]
) -> None:
    widget = make_list(qtbot, world)
    assert listed(widget) == sorted(three_cases.values())
    assert [widget.caseworker_combo.itemText(i) for i in range(widget.caseworker_combo.count())] == [
        "Anyone",
        "Kari Nordmann",
        "Per Hansen",
    ]

    choose(widget.status_combo, CaseStatus.UNDER_ASSESSMENT.value)
    assert listed(widget) == [three_cases["linnea"]]
    choose(widget.status_combo, None)
    choose(widget.caseworker_combo, "Kari Nordmann")
    assert listed(widget) == sorted([three_cases["gaup"], three_cases["linnea"]])
    choose(widget.caseworker_combo, "")
    choose(widget.target_combo, uid_of(world, "HEL-EO10"))
    assert listed(widget) == [three_cases["olena"]]
    assert "(sample)" in widget.target_combo.currentText()
    choose(widget.target_combo, "")
    choose(widget.phase_combo, Phase.KARTLEGGING.value)
    assert listed(widget) == [three_cases["olena"]]
    choose(widget.phase_combo, None)
    qtbot.mouseClick(widget.overdue_check, LEFT)
    assert listed(widget) == [three_cases["gaup"]]
    assert widget.current_filter().overdue_on == TODAY
    choose(widget.status_combo, CaseStatus.CLOSED.value)
    assert listed(widget) == []
    assert widget.empty_label.text() == "No case matches these filters."
    assert widget.count_label.text() == "0 cases"


def test_search_is_debounced_and_finds_number_name_and_target(
    qtbot, world: Database, three_cases: dict[str, int]
) -> None:
    widget = make_list(qtbot, world)
    qtbot.keyClicks(widget.search_edit, "gaup")
    assert len(listed(widget)) == 3  # not yet: the search waits for typing to stop
    qtbot.waitUntil(lambda: listed(widget) == [three_cases["gaup"]], timeout=SEARCH_DELAY_MS * 8)
    widget.search_edit.setText("шевч")  # QTest cannot type Cyrillic; the text arrives as from a paste
    qtbot.waitUntil(lambda: listed(widget) == [three_cases["olena"]], timeout=SEARCH_DELAY_MS * 8)
    widget.search_edit.setText("tømrer")
    widget.search_now()
    assert listed(widget) == [three_cases["gaup"]]
    widget.search_edit.setText(cs.get_case(world, three_cases["linnea"]).number)
    widget.search_now()
    assert listed(widget) == [three_cases["linnea"]]


def test_activation_emits_the_case_id(qtbot, world: Database, three_cases: dict[str, int]) -> None:
    widget = make_list(qtbot, world)
    assert widget.select_case(three_cases["olena"])
    assert widget.current_case_id() == three_cases["olena"]
    widget.table.setFocus()
    with qtbot.waitSignal(widget.caseActivated) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [three_cases["olena"]]


def test_sorting_by_due_date_through_the_header(qtbot, world: Database, three_cases: dict[str, int]) -> None:
    widget = make_list(qtbot, world)
    widget.table.sortByColumn(C.COL_DUE, Qt.SortOrder.AscendingOrder)
    proxy = widget.proxy()
    order = [proxy.index(r, 0).data(CaseIdRole) for r in range(proxy.rowCount())]
    assert order == [three_cases["gaup"], three_cases["olena"], three_cases["linnea"]]  # no date last


def dialog_driver(qtbot, act: Callable[[NewCaseDialog], None]) -> Callable[[QDialog], int]:  # type: ignore[no-untyped-def]
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, NewCaseDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        act(dialog)
        return int(dialog.result())

    return run


def test_new_case_through_the_dialog(qtbot, world: Database) -> None:
    widget = make_list(qtbot, world)

    def fill_in(dialog: NewCaseDialog) -> None:
        qtbot.keyClicks(dialog.candidate_search, "gaup")
        dialog.search_now()
        assert dialog.candidate_results.count() == 1
        assert dialog.candidate_results.item(0).text().startswith("Áŋŋá Máret Gaup, born 15.03.1984")
        qtbot.mouseClick(dialog.ok_button, LEFT)  # no target yet: refused at the field
        assert dialog.errors.message("standard") == "Choose the target standard."
        assert dialog.select_standard(uid_of(world, "TMF3"))
        assert dialog.purpose() == Purpose.PRAKSISKANDIDAT  # the default for a lærefag
        qtbot.keyClicks(dialog.caseworker_combo.lineEdit(), "Kari Nordmann")
        qtbot.keyClicks(dialog.due_edit.lineEdit(), "01.09.2024")  # before today: refused by the service
        qtbot.keyClicks(dialog.reference_edit, "Vigo 2025/118")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert "before the case was opened" in dialog.errors.message("due_on")
        assert dialog.reference_edit.text() == "Vigo 2025/118"  # typed text kept
        dialog.due_edit.lineEdit().clear()
        qtbot.keyClicks(dialog.due_edit.lineEdit(), "01.09.2099")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    widget.exec_dialog = dialog_driver(qtbot, fill_in)
    with qtbot.waitSignal(widget.caseCreated) as blocker:
        qtbot.mouseClick(widget.new_button, LEFT)
    case = cs.get_case(world, blocker.args[0])
    assert (case.purpose, case.caseworker, case.their_reference) == (
        Purpose.PRAKSISKANDIDAT,
        "Kari Nordmann",
        "Vigo 2025/118",
    )
    assert case.due_on == date(2099, 9, 1) and case.standard_uid == uid_of(world, "TMF3")
    assert widget.current_case_id() == case.id  # the new case is selected
    assert "Kari Nordmann" in [
        widget.caseworker_combo.itemText(i) for i in range(widget.caseworker_combo.count())
    ]


def test_ctrl_shift_n_opens_the_dialog_and_cancel_creates_nothing(qtbot, world: Database) -> None:
    widget = make_list(qtbot, world)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    seen: list[str] = []

    def cancel(dialog: NewCaseDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    widget.exec_dialog = dialog_driver(qtbot, cancel)
    qtbot.keyClick(
        widget.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: seen == ["New case"])
    assert cs.list_cases(world) == []


def test_dialog_defaults_purpose_from_the_kind_and_keeps_a_chosen_one(qtbot, world: Database) -> None:
    dialog = NewCaseDialog(world, candidate_id=candidate(world, "Шевченко"))
    qtbot.addWidget(dialog)
    assert dialog.candidate_label.text() == "Олена Шевченко" and dialog.candidate_search.isHidden()
    expected = {
        "TMF3": Purpose.PRAKSISKANDIDAT,
        "HEL-EO10": Purpose.FRITAK,
        "HEL-EOP60": Purpose.FRITAK,
        "OPPTAK-HEL-EOP60": Purpose.OPPTAK,
    }
    for code, purpose in expected.items():
        dialog.select_standard(uid_of(world, code))
        assert dialog.purpose() == purpose, code
    # kinds are headings that cannot be chosen; samples are marked
    model = dialog.standard_combo.model()
    headings = [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(StandardUidRole) is None
    ]
    assert headings == ["Fagskole emne", "Fagskole programme (utdanning)", "Fagskole admission", "Lærefag",
                        "Swedish branschmodell"]
    assert all(
        not (model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable)
        for r in range(model.rowCount())
        if model.index(r, 0).data(StandardUidRole) is None
    )
    assert "(sample)" in dialog.standard_combo.currentText()
    choose(dialog.purpose_combo, Purpose.KOMPETANSEKARTLEGGING.value)
    dialog.purpose_combo.activated.emit(dialog.purpose_combo.currentIndex())  # as a user's choice does
    dialog.select_standard(uid_of(world, "TMF3"))
    assert dialog.purpose() == Purpose.KOMPETANSEKARTLEGGING  # the user's choice stays
    assert "{yy}/{seq:05}" in dialog.number_label.text()
    dialog.accept()
    created = dialog.created_case_id()
    assert created is not None and cs.get_case(world, created).purpose == Purpose.KOMPETANSEKARTLEGGING


def test_dialog_without_a_candidate_says_so_at_the_field(qtbot, world: Database) -> None:
    dialog = NewCaseDialog(world)
    qtbot.addWidget(dialog)
    dialog.candidate_search.setText("no such person")
    dialog.search_now()
    assert dialog.candidate_results.count() == 0
    dialog.select_standard(uid_of(world, "HEL-EO10"))
    dialog.accept()
    assert "Choose the candidate" in dialog.errors.message("candidate")
    assert dialog.created_case_id() is None and dialog.result() != QDialog.DialogCode.Accepted
