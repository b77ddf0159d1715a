"""The offline case-file dialogs: take cases offline, bring them back, resolve a conflict in the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as case_service
from rpl_desktop.services import offline
from rpl_desktop.services.candidates import get_candidate, save_candidate
from rpl_desktop.services.mapping import set_judgement
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_list import CaseListWidget, CaseTableModel
from rpl_desktop.ui.offline_dialogs import BringBackDialog, CheckoutLabel, TakeOfflineDialog
from tests.unit.services.test_offline import K, _judgement, _office, _open

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheaper_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    from rpl_desktop.store import crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)
    monkeypatch.setattr(crypto.derive_key, "__defaults__", (2**10, crypto.SCRYPT_R, crypto.SCRYPT_P))


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = _open(tmp_path / "laptop")
    yield database
    database.close()


def test_take_offline_then_bring_back_with_a_conflict_resolved_in_the_dialog(
    qtbot: QtBot, db: Database, laptop: Database, paths: AppPaths, tmp_path: Path
) -> None:
    w = _office(db, tmp_path)
    number = case_service.get_case(db, w.case_a).number

    # -- office: the dialog writes the file for the case chosen in the list
    take = TakeOfflineDialog(db, case_ids=[w.case_a], folder=tmp_path)
    qtbot.addWidget(take)
    assert take.windowTitle() == "Take cases offline"
    assert take.checked_case_ids() == [w.case_a]
    assert take.write_button.isEnabled()
    take.to_edit.setText("Kari, opptaksdag Arendal")
    take.pass_edit.setText(PASS)
    take.repeat_edit.setText("something else entirely")
    out = tmp_path / "arendal.rplcases"
    take.path_edit.setText(str(out))
    qtbot.mouseClick(take.write_button, Qt.MouseButton.LeftButton)
    assert "not the same" in take.message_label.text() and not out.exists()
    take.repeat_edit.setText(PASS)
    take.grab().save(str(tmp_path / "take-offline.png"))
    qtbot.mouseClick(take.write_button, Qt.MouseButton.LeftButton)
    assert out.exists() and take.result_info is not None
    assert "1 case(s) are checked out" in take.message_label.text()
    assert not take.write_button.isEnabled() and take.close_button.text() == "&Close"

    # the case list and the case view say where the case is
    cases = CaseListWidget(db)
    qtbot.addWidget(cases)
    row = cases.model().row_of(w.case_a)
    status = cases.model().index(row, CaseTableModel.COL_STATUS)
    assert status.data().endswith("(checked out)")
    assert status.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Checked out to Kari, opptaksdag Arendal since"
    )
    label = CheckoutLabel(db)
    qtbot.addWidget(label)
    label.set_case(w.case_a)
    assert not label.isHidden() and "Checked out to Kari, opptaksdag Arendal by" in label.text()

    # -- the laptop works on it; the office changes the same judgement meanwhile
    offline.import_offline_file(laptop, out, PASS)
    la = offline.find_cases(laptop, [number])[0]
    on_laptop = CheckoutLabel(laptop)
    qtbot.addWidget(on_laptop)
    on_laptop.set_case(la)
    assert on_laptop.text().startswith("An offline copy from the office (received ")
    set_judgement(laptop, la, K[0], Judgement.MET, "Vist i fagsamtale på opptaksdagen.", {Method.DIALOGUE})
    lcand = case_service.get_case(laptop, la).candidate_id
    save_candidate(laptop, __import__("dataclasses").replace(get_candidate(laptop, lcand), city="Arendal"))
    set_judgement(db, w.case_a, K[0], Judgement.MET, "Bekreftet av arbeidsgiver.", {Method.DIALOGUE})
    back = tmp_path / "back.rplcases"
    offline.export_cases(laptop, [la], back, PASS)

    # -- office: bring it back
    dialog = BringBackDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bring cases back"
    dialog.path_edit.setText(str(back))
    dialog.pass_edit.setText("wrong passphrase!")
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert "passphrase does not open" in dialog.message_label.text() and dialog.plan is None
    assert dialog.load(back, PASS)
    assert dialog.pass_edit.text() == ""  # not kept in the field
    headers = [dialog.tree.headerItem().text(c) for c in range(5)]
    assert headers == ["What", "Original", "Office (this database)", "Laptop (the file)", "Decision"]
    assert list(dialog.combos) == [d.id for d in dialog.plan.decisions()]  # type: ignore[union-attr]
    [decision_id] = dialog.combos
    assert decision_id.endswith("/reason")
    assert not dialog.import_button.isEnabled() and dialog.open_decisions() == [decision_id]
    texts = _tree_texts(dialog)
    assert any("Decide: Reason" in t for t in texts)
    assert any("Bekreftet av arbeidsgiver." in t for t in texts)
    assert any("Vist i fagsamtale på opptaksdagen." in t for t in texts)
    assert any(t.startswith("City") and "Taken from laptop (the file)" in t for t in texts)
    dialog.resize(1180, 640)
    dialog.grab().save(str(tmp_path / "bring-back.png"))
    # choose in the combo box as a user would: the laptop's text
    combo = dialog.combos[decision_id]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(offline.Side.FILE.value))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [[w.case_a]]
    assert "1 decision(s) applied" in dialog.message_label.text()
    assert _judgement(db, w.case_a, K[0]).reason == "Vist i fagsamtale på opptaksdagen."
    assert get_candidate(db, w.cand_a).city == "Arendal"
    assert offline.checkouts(db) == {}
    label.set_case(w.case_a)
    assert label.isHidden()
    assert date.today()  # keep the import used by the helper module


def _tree_texts(dialog: BringBackDialog) -> list[str]:
    out: list[str] = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        assert top is not None
        out.append(" | ".join(top.text(c) for c in range(5)))
        for j in range(top.childCount()):
            child = top.child(j)
            out.append(" | ".join(child.text(c) for c in range(5)))
    return out


def test_the_file_menu_and_the_case_list_offer_the_actions(
    qtbot: QtBot, db: Database, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rpl_desktop.ui import offline_dialogs
    from rpl_desktop.ui.main_window import MainWindow

    w = _office(db, tmp_path)
    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "&Take cases offline…" in texts and "&Bring cases back…" in texts
    seen: list[list[int]] = []
    monkeypatch.setattr(
        offline_dialogs, "take_cases_offline", lambda parent, database, ids: seen.append(list(ids))
    )
    window.case_list.refresh()
    window.case_list.table.selectAll()
    assert sorted(window.case_list.selected_case_ids()) == sorted([w.case_a, w.case_b])
    window.case_list.take_offline_action.trigger()
    assert [sorted(x) for x in seen] == [sorted([w.case_a, w.case_b])]


def test_bring_back_shows_words_not_codes_and_what_was_added(
    qtbot: QtBot, db: Database, laptop: Database, tmp_path: Path
) -> None:
    """The columns show judgements, methods, dates and field names as the rest of the app does; an added
    judgement shows what it holds before importing; text rows are as tall as the rows with a choice box."""
    import dataclasses

    from rpl_desktop.services.history import list_periods, save_period

    w = _office(db, tmp_path)
    out = tmp_path / "out.rplcases"
    offline.export_cases(db, [w.case_a], out, PASS, taken_to="Kari")
    offline.import_offline_file(laptop, out, PASS)
    la = offline.find_cases(laptop, [case_service.get_case(db, w.case_a).number])[0]
    # K1 judged differently on both sides; K6 judged on the laptop only; phone and a period end changed there
    both = {Method.DIALOGUE, Method.PRACTICAL_TEST}
    set_judgement(laptop, la, K[0], Judgement.PARTLY, "Delvis vist.", both)
    set_judgement(db, w.case_a, K[0], Judgement.NOT_MET, "Ikke dokumentert.", {Method.DOCUMENTS})
    set_judgement(laptop, la, K[5], Judgement.MET, "Vist i praktisk prøve.", {Method.PRACTICAL_TEST})
    lcand = case_service.get_case(laptop, la).candidate_id
    save_candidate(laptop, dataclasses.replace(get_candidate(laptop, lcand), phone="+47 948 76 543"))
    period = list_periods(laptop, lcand)[0]
    save_period(laptop, dataclasses.replace(period, end=date(2024, 6, 30)))
    back = tmp_path / "back.rplcases"
    offline.export_cases(laptop, [la], back, PASS)

    dialog = BringBackDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 700)
    dialog.show()
    assert dialog.load(back, PASS)
    texts = _tree_texts(dialog)
    joined = "\n".join(texts)
    for code in ("partly_met", "not_met", "practical_test", "dialogue", "documents", "2024-06-30"):
        assert code not in joined
    row = {t.split(" | ")[0]: t.split(" | ")[1:4] for t in texts}
    assert row["Decide: Judgement"] == ["Met", "Not met", "Partly met"]
    assert row["Decide: Methods"] == [
        "Dialogue / interview",
        "Documents",
        "Dialogue / interview, Practical test",
    ]
    assert row["Phone"] == ["+47 912 34 567", "+47 912 34 567", "+47 948 76 543"]  # as the candidate editor
    assert "Telephone" not in joined
    assert row["End"] == ["—", "—", "30.06.2024"]

    # the judgement added on the laptop: what it holds, under it and in its tooltip
    added = [
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(dialog.COL_DECISION) == "Added on the laptop"  # type: ignore[union-attr]
    ]
    assert len(added) == 1 and added[0] is not None
    top = added[0]
    children = [[top.child(j).text(c) for c in range(5)] for j in range(top.childCount())]  # type: ignore[union-attr]
    assert children == [
        ["Judgement", "", "", "Met", ""],
        ["Methods", "", "", "Practical test", ""],
        ["Reason", "", "", "Vist i praktisk prøve.", ""],
    ]
    tip = top.toolTip(dialog.COL_WHAT)
    assert "Judgement: Met" in tip and "Reason: Vist i praktisk prøve." in tip

    # rows: a plain text row is as tall as a row with a decision box, and taller than its text
    def height(what: str) -> int:
        for i in range(dialog.tree.topLevelItemCount()):
            t = dialog.tree.topLevelItem(i)
            for j in range(t.childCount()):  # type: ignore[union-attr]
                if t.child(j).text(0) == what:  # type: ignore[union-attr]
                    return dialog.tree.visualItemRect(t.child(j)).height()  # type: ignore[union-attr]
        raise AssertionError(what)

    text_height = dialog.fontMetrics().height()
    assert height("Phone") >= height("Decide: Judgement") - 1
    assert height("Phone") >= text_height + 8
    dialog.grab().save(str(tmp_path / "bring-back-words.png"))


def test_values_and_fields_in_words() -> None:
    from rpl_desktop.ui import conflict_dialog, offline_dialogs

    words = offline_dialogs.value_words
    assert words("partly_met", "judgement", "judgement") == "Partly met"
    assert words("dialogue,documents", "methods", "judgement") == "Dialogue / interview, Documents"
    assert words("employment", "kind", "period") == "Employment"
    assert words("attest", "kind", "evidence") == "Attest"
    assert words("vg2", "level", "schooling") == "Vg2"
    assert words("fritak", "purpose", "case") == "Exemption (fritak / innpassing)"
    assert words(date(2024, 6, 30), "end", "period") == "30.06.2024"
    assert words("2024-06-30", "veiledning_on", "case") == "30.06.2024"
    assert words(True, "verified", "evidence") == "yes"
    assert words(None, "end", "period") == "—"
    assert words("not a code", "judgement", "judgement") == "not a code"  # never an error
    assert offline_dialogs.value_text("x" * 100).endswith(" …")
    for name in ("phone", "birth_date", "id_type", "due_on", "document_only_override", "notes"):
        assert offline_dialogs.field_label(name) == conflict_dialog.field_label(name)  # one table
    assert offline_dialogs.field_label("phone") == "Phone"
    assert offline_dialogs.field_label("veiledning_on") == conflict_dialog.field_label("veiledning")
    assert offline_dialogs.field_label("hours_per_week") == "Hours a week"


def test_a_slow_export_runs_in_the_background_behind_a_progress_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is written in a worker thread; meanwhile the window keeps running its event loop and a
    modal progress dialog says what is happening; the result (or the error) then arrives in the dialog."""
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    w = _office(db, tmp_path)
    real_export = offline.export_cases
    threads: list[int] = []

    def slow_export(*args: object, **kwargs: object) -> offline.ExportResult:
        threads.append(threading.get_ident())
        time.sleep(1.0)  # as 50 cases with their evidence would take
        return real_export(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(offline, "export_cases", slow_export)
    take = TakeOfflineDialog(db, case_ids=[w.case_a, w.case_b], folder=tmp_path)
    qtbot.addWidget(take)
    take.show()
    take.pass_edit.setText(PASS)
    take.repeat_edit.setText(PASS)
    out = tmp_path / "slow.rplcases"
    take.path_edit.setText(str(out))

    seen: list[tuple[str, str, bool]] = []

    def look() -> None:  # runs on the GUI thread while the export is under way
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append((widget.windowTitle(), widget.labelText(), widget.isModal()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    qtbot.mouseClick(take.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: take.result_info is not None, timeout=10_000)
    timer.stop()

    assert threads and threads[0] != threading.get_ident()  # not on the GUI thread
    assert seen and seen[0] == ("Take cases offline", "Writing 2 case(s) to the offline case file…", True)
    result = take.result_info
    assert result is not None and result.path == out and out.exists()
    assert "2 case(s) are checked out" in take.message_label.text()
    assert not any(isinstance(x, QProgressDialog) and x.isVisible() for x in QApplication.topLevelWidgets())
    assert sorted(offline.checkouts(db)) == sorted([w.case_a, w.case_b])

    # an error from the worker is shown in the dialog as before, and the dialog can be used again
    bring = BringBackDialog(db)
    qtbot.addWidget(bring)
    assert not bring.load(out, "not the passphrase")
    assert "passphrase does not open" in bring.message_label.text() and bring.plan is None
    assert bring.load(out, PASS) and bring.plan is not None
    assert not bring.message_label.isVisible() or bring.message_label.text() == ""
