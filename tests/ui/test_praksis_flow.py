"""A praksiskandidat case driven through the widgets: history entry -> computed status in the panel."""

from __future__ import annotations

from datetime import date

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import candidates
from rpl_desktop.services.cases import create_case
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_view import CaseViewWidget
from tests.ui.test_candidate_editor import click, fill_period, make_editor, period_dialog, press_ok


def _open_panel(qtbot, db: Database, paths, case_id: int):  # type: ignore[no-untyped-def]
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    assert view.open_case(case_id)
    view.tabs.setCurrentWidget(view.praksis_tab)
    return view.praksis_panel


def test_history_entered_in_the_editor_reaches_the_panel(qtbot, db: Database, paths) -> None:  # type: ignore[no-untyped-def]
    load_sample(db)
    cand = candidates.save_candidate(db, Candidate("Małgorzata", "Wójcik-Łęcka", date(1979, 11, 2)))
    tmf = next(s.uid for s in list_standards(db) if s.code == "TMF3")
    case = create_case(db, Case(cand.id, tmf, Purpose.PRAKSISKANDIDAT, opened_on=date(2025, 6, 1)))  # type: ignore[arg-type]

    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(cand.id)
    # Three years full time abroad, then two years at 75 % in Norway, entered as a caseworker would.
    for employer, start, end, fte, country in (
        ("Budimex S.A.", "01.01.2018", "31.12.2020", "100", "PL"),
        ("Byggmester Hansen AS", "01.01.2021", "31.12.2022", "75", "NO"),
    ):
        click(qtbot, editor.add_period_button)
        dialog = period_dialog(editor)
        fill_period(qtbot, dialog, employer, start, end, fte, country=country)
        press_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: editor.active_dialog() is None)

    panel = _open_panel(qtbot, db, paths, case.id)  # type: ignore[arg-type]
    # 36 + 18 = 54 months of 60: not met, 6 months (870 h) left, foreign practice noted.
    assert "not met" in panel.headline_text()
    assert "6 months at full time left" in panel.remaining_text()
    assert any("foreign" in text.lower() or "abroad" in text.lower() for text in panel.warning_texts())

    # One more year entered through the editor: the requirement is met.
    click(qtbot, editor.add_period_button)
    dialog = period_dialog(editor)
    fill_period(qtbot, dialog, "Byggmester Hansen AS", "01.01.2023", "31.12.2023", "100", country="NO")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: editor.active_dialog() is None)
    panel = _open_panel(qtbot, db, paths, case.id)  # type: ignore[arg-type]
    assert "requirement met" in panel.headline_text()
