"""The candidate list: paged model, masked ID numbers, debounced search, keyboard and selection."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, insert, select

from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.register import Candidate, fold, search_tokens
from rpl_desktop.services.candidates import save_candidate, search_candidates
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CandidateRecord, SearchTokenRecord
from rpl_desktop.ui.candidate_list import (
    SEARCH_DELAY_MS,
    CandidateIdRole,
    CandidateListWidget,
    CandidateTableModel,
    group_digits,
)

NBSP = "\u00a0"



def bulk_candidates(db: Database, count: int, *, family: str = "Hansen") -> None:
    """Insert ``count`` candidates quickly (SQLAlchemy Core), following the service's token rules."""
    now = datetime(2025, 1, 1)
    token_columns = SearchTokenRecord.__table__.c.keys()
    candidates: list[dict[str, object]] = []
    tokens: list[dict[str, object]] = []
    with db.engine.connect() as conn:
        start = conn.execute(select(func.max(CandidateRecord.id))).scalar() or 0
    for n in range(start + 1, start + count + 1):
        given, family_name = f"Test{n:05d}", family
        candidates.append({
            "id": n, "given_name": given, "family_name": family_name,
            "sort_key": f"{fold(family_name)}\x1f{fold(given)}", "birth_date": date(1980, 1, 1),
            "id_type": "none", "national_id": "", "email": "", "phone": "", "address": "", "postcode": "",
            "city": "Bodø", "country": "NO", "language": "nb", "created_at": now, "updated_at": now,
            "version": 1,
        })
        sort_key = candidates[-1]["sort_key"]
        for token in search_tokens(given, family_name):
            row = {"candidate_id": n, "token": token}
            if "sort_key" in token_columns:  # the token table repeats the sort key for ordered scans
                row["sort_key"] = sort_key
            tokens.append(row)
    with db.engine.begin() as conn:
        conn.execute(insert(CandidateRecord.__table__), candidates)
        conn.execute(insert(SearchTokenRecord.__table__), tokens)


@pytest.fixture
def person(db: Database) -> Candidate:
    born = date(1984, 3, 15)
    return save_candidate(db, Candidate("Øystein", "Brækhus-Aas", born, IdType.NO_FNR,
                                        synthetic_fnr(born, 123), city="Førde"))


def test_model_passes_the_model_tester(qtmodeltester, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 7)
    model = CandidateTableModel(db, page_size=3)
    qtmodeltester.check(model)
    model.set_query("brækhus")
    qtmodeltester.check(model)


def test_columns_show_dates_and_the_masked_id_never_the_full_number(db: Database, person: Candidate) -> None:
    model = CandidateTableModel(db)
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == ["Brækhus-Aas", "Øystein", "15.03.1984", person.national_id[:6] + "*****", "Førde"]
    every_value = [model.index(0, c).data(role) for c in range(model.columnCount())
                   for role in range(0, 300)]
    assert person.national_id not in [str(v) for v in every_value]
    assert model.index(0, 0).data(CandidateIdRole) == person.id
    assert model.headerData(CandidateTableModel.COL_ID, Qt.Orientation.Horizontal) == "ID number"


def test_thousand_candidates_are_loaded_a_page_at_a_time(db: Database) -> None:
    bulk_candidates(db, 1000)
    model = CandidateTableModel(db)
    assert 0 < model.rowCount() <= 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    ids = [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == 1000
    keys = [model.row_at(r).sort_key for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert keys == sorted(keys)
    assert [r.id for r in search_candidates(db, limit=5)] == ids[:5]


def test_the_view_pulls_more_rows_when_scrolled_to_the_end(qtbot, db: Database) -> None:
    bulk_candidates(db, 1000)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model().rowCount() == 200
    widget.table.scrollToBottom()
    qtbot.waitUntil(lambda: widget.model().rowCount() > 200)
    assert widget.count_label.text() == f"1{NBSP}000 candidates"


def test_typing_narrows_the_list_after_the_debounce(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 1000)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.search_edit, "braekh")
    assert widget.model().query() == ""  # not yet: the search waits until typing pauses
    with qtbot.waitSignal(widget.model().modelReset, timeout=SEARCH_DELAY_MS * 20):
        pass
    assert widget.model().rowCount() == 1
    assert widget.model().row_at(0).id == person.id  # type: ignore[union-attr]
    assert widget.count_label.text() == f"1 of 1{NBSP}001 candidates"


def test_accent_folded_search_and_id_prefix_search(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 5)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.search_edit.setText("oyst")
    widget.search_now()
    assert [widget.model().row_at(r).id for r in range(widget.model().rowCount())] == [person.id]  # type: ignore[union-attr]
    widget.search_edit.setText(person.national_id[:6])
    widget.search_now()
    assert widget.model().rowCount() == 1
    widget.search_edit.setText("nobody-by-this-name")
    widget.search_now()
    assert widget.model().rowCount() == 0
    assert widget.empty_label.isVisibleTo(widget)
    assert "No candidate matches" in widget.empty_label.text()


def test_escape_clears_the_search(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 3)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.search_edit.setText("brækhus")
    widget.search_now()
    assert widget.model().rowCount() == 1
    qtbot.keyClick(widget.search_edit, Qt.Key.Key_Escape)
    assert widget.search_edit.text() == ""
    assert widget.model().rowCount() == 4
    assert widget.count_label.text() == "4 candidates"


def test_ctrl_f_focuses_the_search_box(qtbot, db: Database, person: Candidate) -> None:
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    qtbot.keyClick(widget.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(widget.search_edit.hasFocus)


def test_selection_enter_and_double_click_emit_activated(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 3)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    second = widget.model().row_at(1)
    assert second is not None
    with qtbot.waitSignal(widget.candidateActivated) as blocker:
        widget.table.setCurrentIndex(widget.model().index(1, 0))
    assert blocker.args == [second.id]

    widget.table.setFocus()
    with qtbot.waitSignal(widget.candidateActivated) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [second.id]

    first = widget.model().row_at(0)
    assert first is not None
    rect = widget.table.visualRect(widget.model().index(0, 0))
    with qtbot.waitSignal(widget.candidateActivated) as blocker:
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [first.id]


def test_down_from_the_search_box_moves_into_the_list(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 3)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.candidateActivated):
        qtbot.keyClick(widget.search_edit, Qt.Key.Key_Down)
    assert widget.current_candidate_id() == widget.model().row_at(0).id  # type: ignore[union-attr]


def test_refresh_selects_a_candidate_beyond_the_first_page_without_emitting(qtbot, db: Database) -> None:
    bulk_candidates(db, 650)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    last = search_candidates(db, limit=1000)[-1]
    with qtbot.assertNotEmitted(widget.candidateActivated):
        widget.refresh(select_id=last.id)
    assert widget.current_candidate_id() == last.id
    assert widget.model().rowCount() == 650


def test_refresh_picks_up_a_new_candidate_keeping_the_search(qtbot, db: Database, person: Candidate) -> None:
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.search_edit.setText("brækhus")
    widget.search_now()
    other = save_candidate(db, Candidate("Kari", "Brækhus", None, city="Oslo"))
    widget.refresh(select_id=other.id)
    assert widget.model().rowCount() == 2
    assert widget.current_candidate_id() == other.id
    assert widget.search_edit.text() == "brækhus"


def test_empty_register_says_how_to_add_a_candidate(qtbot, db: Database) -> None:
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    assert widget.count_label.text() == "0 candidates"
    assert "Ctrl+N" in widget.empty_label.text()
    assert widget.search_edit.placeholderText() == "Search name, ID number or case number"
    assert widget.search_edit.accessibleName()
    assert widget.table.accessibleName()


def test_group_digits() -> None:
    assert group_digits(7) == "7"
    assert group_digits(1234) == f"1{NBSP}234"
    assert group_digits(100000) == f"100{NBSP}000"


def test_no_personal_data_in_the_log(qtbot, db: Database, person: Candidate,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.search_edit.setText("brækhus")
    widget.search_now()
    widget.refresh(select_id=person.id)
    assert "Brækhus" not in caplog.text and "brækhus" not in caplog.text
    assert person.national_id not in caplog.text
    assert isinstance(widget, QWidget)


def test_set_query_applies_at_once(qtbot, db: Database, person: Candidate) -> None:
    bulk_candidates(db, 3)
    widget = CandidateListWidget(db)
    qtbot.addWidget(widget)
    widget.set_query("oyst")
    assert widget.search_edit.text() == "oyst"
    assert widget.model().rowCount() == 1
