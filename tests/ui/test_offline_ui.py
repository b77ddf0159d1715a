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
