"""The case view's History tab: the audit trail in plain words, newest first, filtered, refreshed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import mapping as ms
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_history import CaseHistoryWidget, HistoryTableModel
from rpl_desktop.ui.case_view import CaseViewWidget
from tests.security_world import act_as, add_office, ready_case, world


@pytest.fixture
def office(db: Database) -> dict[str, users.User]:
    world(db)
    return add_office(db)


def open_history(qtbot, db: Database, paths: AppPaths, case_id: int) -> CaseViewWidget:  # type: ignore[no-untyped-def]
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    assert view.open_case(case_id)
    tabs: QTabWidget = view.tabs
    index = tabs.indexOf(view.history_tab)
    assert index >= 0 and tabs.tabText(index) == "&History"
    tabs.setCurrentIndex(index)
    return view


def test_history_shows_who_did_what_and_why_newest_first(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    kari, per = office["kari"], office["per"]
    case_id = ready_case(db, caseworker="kari", judged_by=kari)
    act_as(db, kari)
    uid = ms.load_matrix(db, case_id, with_suggestions=False).rows[1].assessment.outcome.uid
    ms.set_judgement(
        db, case_id, uid, Judgement.NOT_MET, "Kunne ikke forklare det i samtalen.", {Method.DIALOGUE}
    )
    ms.set_document_only_override(db, case_id, "Arbeidsgiver har bekreftet alle oppgavene skriftlig.")
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    act_as(db, per)
    ms.change_status(db, case_id, CaseStatus.APPROVED)

    view = open_history(qtbot, db, paths, case_id)
    history: CaseHistoryWidget = view.history_tab
    summaries = history.visible_summaries()
    assert summaries[0] == "Per Leder changed the status from 'proposed' to 'approved'"
    assert summaries[1] == "Kari Saksbehandler changed the status from 'under assessment' to 'proposed'"
    assert summaries[2] == "Kari Saksbehandler accepted a decision on documents alone"
    assert summaries[3].startswith(
        "Kari Saksbehandler changed the judgement of outcome K2 from 'met' to 'not met' and the reason to"
    )
    assert summaries[-1].startswith("rpl-desktop opened the case")
    model = history.model
    top = history.proxy.index(0, HistoryTableModel.COL_WHO)
    assert top.data() == "Per Leder"
    why = history.proxy.index(2, HistoryTableModel.COL_WHY).data()
    assert why == "Arbeidsgiver har bekreftet alle oppgavene skriftlig."
    when = history.proxy.index(0, HistoryTableModel.COL_WHEN).data()
    assert len(when) == len("23.11.2026 14:05")
    assert history.count_label.text() == f"{model.rowCount()} entries"
    assert history.table.editTriggers() == history.table.EditTrigger.NoEditTriggers  # read-only
    view.grab().save(str(paths.data_dir / "history.png"))


def test_the_filter_narrows_by_who_what_and_why(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    case_id = ready_case(db, judged_by=office["kari"])
    act_as(db, office["per"])
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    history = open_history(qtbot, db, paths, case_id).history_tab
    total = history.model.rowCount()
    history.filter_edit.setText("per status")  # words from Who and What together
    assert history.visible_summaries() == [
        "Per Leder changed the status from 'under assessment' to 'proposed'"
    ]
    assert history.count_label.text() == f"1 of {total} entries"
    history.filter_edit.setText("K4 KARI")
    assert len(history.visible_summaries()) == 2  # the link and the judgement of K4, any letter case
    history.filter_edit.setText("samtale daglige")  # words of the reason recorded
    assert len(history.visible_summaries()) == 11
    history.filter_edit.setText("nothing like this")
    assert history.visible_summaries() == []
    history.filter_edit.clear()
    assert len(history.visible_summaries()) == total


def test_the_tab_reads_the_history_again_when_shown_and_after_a_save(  # type: ignore[no-untyped-def]
    qtbot, db: Database, paths: AppPaths, office: dict[str, users.User]
) -> None:
    case_id = ready_case(db)
    view = open_history(qtbot, db, paths, case_id)
    before = view.history_tab.model.rowCount()
    view.tabs.setCurrentWidget(view.matrix_widget)
    act_as(db, office["kari"])
    ms.change_status(db, case_id, CaseStatus.PROPOSED)  # changed elsewhere while the tab is hidden
    view.tabs.setCurrentWidget(view.history_tab)
    assert view.history_tab.model.rowCount() == before + 1
    view.caseworker_edit.setText("Kari Saksbehandler")
    assert view.save_details()  # a save in the case view itself refreshes the shown tab
    assert view.history_tab.visible_summaries()[0] == (
        "Kari Saksbehandler changed the caseworker from '(empty)' to 'Kari Saksbehandler'"
    )


def test_a_case_without_entries_says_so(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    widget = CaseHistoryWidget(db, lambda: 12345)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.empty_label.isHidden() and widget.table.isHidden()
    assert widget.count_label.text() == "0 entries"
