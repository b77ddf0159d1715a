"""Interview notes in the guide are saved against the notes last seen: when someone else saved notes for
the same outcome meanwhile, nothing is overwritten; the box keeps the typing, says so, and the conflict
view (Compare…) merges theirs and mine.

Kari writes in the guide; Per Leder saves notes for the same outcome through the services, as another
caseworker on another desktop would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rpl_desktop.domain.actors import CASEWORKER, SYSTEM, Actor
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.merge import Choice
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.store.database import Database
from rpl_desktop.ui.conflict_dialog import ConflictDialog
from rpl_desktop.ui.interview_guide import InterviewGuideWidget

LEFT = Qt.MouseButton.LeftButton
KARI = Actor(1, "kari", "Kari Saksbehandler", frozenset({CASEWORKER}))
PER = Actor(2, "per", "Per Leder", frozenset({CASEWORKER}))
THEIRS = "Per: spurte om HMS-rutinene."
MINE = "Kari: kjenner rutinene for legemiddelhandtering."


@pytest.fixture
def case_id(db: Database) -> int:
    db.actor = SYSTEM
    load_sample(db)
    db.actor = KARI
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = save_candidate(db, Candidate(given_name="Áŋŋá", family_name="Gaup"))
    assert person.id is not None
    case = cs.create_case(db, Case(person.id, uid, Purpose.FRITAK))
    assert case.id is not None
    return case.id


def as_per(db: Database, action: Any) -> None:
    db.actor = PER
    try:
        action()
    finally:
        db.actor = KARI


def guide_with_typing(qtbot: Any, db: Database, case_id: int) -> tuple[InterviewGuideWidget, str]:
    """The guide on the first outcome, Kari's notes typed (not saved yet), Per's saved meanwhile."""
    guide = InterviewGuideWidget(db)
    qtbot.addWidget(guide)
    guide.resize(900, 700)
    guide.load(ms.load_matrix(db, case_id))
    guide.show()
    qtbot.waitExposed(guide)
    uid = next(iter(guide.entries()))
    notes = guide.notes_edit(uid)
    assert notes is not None
    qtbot.keyClicks(notes, MINE)
    as_per(db, lambda: ms.set_notes(db, case_id, uid, THEIRS))
    return guide, uid


def stored_notes(db: Database, case_id: int, uid: str) -> str:
    return ms.load_matrix(db, case_id, with_suggestions=False).row(uid).assessment.notes


def test_notes_saved_by_someone_else_meanwhile_are_not_overwritten(
        qtbot: Any, db: Database, case_id: int, tmp_path: Path) -> None:
    guide, uid = guide_with_typing(qtbot, db, case_id)
    entry = guide.entries()[uid]
    qtbot.waitUntil(lambda: entry.conflict is not None, timeout=5000)  # the autosave after the pause
    assert stored_notes(db, case_id, uid) == THEIRS  # theirs stays
    assert entry.notes.toPlainText() == MINE  # mine stays in the box
    assert "Someone else saved interview notes" in entry.status.text()
    assert "not saved until you compare" in entry.status.text()
    assert not entry.compare_button.isHidden() and guide.has_unsaved_changes()
    entry.grab().save(str(tmp_path / "guide-conflict.png"))
    # typing on, leaving the box or flushing saves nothing and asks nothing until she compares
    guide.exec_conflict = lambda _dialog: pytest.fail("no conflict view without Compare")
    qtbot.keyClicks(entry.notes, " Mer.")
    assert not entry.timer.isActive() and not guide.flush()
    assert stored_notes(db, case_id, uid) == THEIRS


def test_compare_combines_theirs_and_mine(qtbot: Any, db: Database, case_id: int) -> None:
    guide, uid = guide_with_typing(qtbot, db, case_id)
    entry = guide.entries()[uid]
    assert not guide.flush() and entry.conflict is not None
    seen: dict[str, Any] = {}

    def combine(dialog: ConflictDialog) -> int:
        seen["title"] = dialog.windowTitle()
        seen["what"] = dialog.what_label.text()
        seen["rows"] = dialog.rows()
        seen["cells"] = [dialog.cell_text("notes", c) for c in (dialog.COL_ORIGINAL, dialog.COL_THEIRS,
                                                                 dialog.COL_MINE)]
        dialog.choose("notes", Choice.BOTH)
        dialog.show()
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result()

    guide.exec_conflict = combine
    qtbot.waitUntil(entry.compare_button.isVisible)
    with qtbot.waitSignal(guide.notesSaved):
        qtbot.mouseClick(entry.compare_button, LEFT)
    assert seen["title"] == "Someone else saved this judgement while you were editing"
    assert seen["what"].startswith("Interview notes for outcome ")
    assert seen["rows"] == ["notes"] and seen["cells"] == ["—", THEIRS, MINE]
    merged = f"{THEIRS}\n\n{MINE}"
    assert stored_notes(db, case_id, uid) == merged and entry.notes.toPlainText() == merged
    assert entry.conflict is None and entry.compare_button.isHidden()
    assert "merged" in entry.status.text() and not guide.has_unsaved_changes()
    # saving goes on as before, now against the merged notes
    qtbot.keyClicks(entry.notes, " Ferdig.")
    assert guide.flush() and stored_notes(db, case_id, uid) == merged + " Ferdig."


def test_cancel_keeps_the_typing_and_discard_shows_theirs(qtbot: Any, db: Database, case_id: int) -> None:
    guide, uid = guide_with_typing(qtbot, db, case_id)
    entry = guide.entries()[uid]
    assert not guide.flush()
    guide.exec_conflict = lambda dialog: QDialog.DialogCode.Rejected
    assert not entry.compare()
    assert entry.notes.toPlainText() == MINE and stored_notes(db, case_id, uid) == THEIRS
    assert entry.conflict is not None and not entry.compare_button.isHidden()

    def discard(dialog: ConflictDialog) -> int:
        dialog.discard_mine()
        return dialog.result()

    guide.exec_conflict = discard
    assert not entry.compare()
    assert entry.notes.toPlainText() == THEIRS and stored_notes(db, case_id, uid) == THEIRS
    assert entry.conflict is None and not guide.has_unsaved_changes()
    assert "Your notes were dropped" in entry.status.text()


def test_compare_saves_at_once_when_the_clash_is_gone(qtbot: Any, db: Database, case_id: int) -> None:
    guide, uid = guide_with_typing(qtbot, db, case_id)
    entry = guide.entries()[uid]
    assert not guide.flush()
    as_per(db, lambda: ms.set_notes(db, case_id, uid, ""))  # Per took his notes back
    guide.exec_conflict = lambda _dialog: pytest.fail("nothing to compare any more")
    assert entry.compare()
    assert stored_notes(db, case_id, uid) == MINE and entry.conflict is None


def test_notes_in_conflict_stay_when_their_outcome_leaves_the_guide(
        qtbot: Any, db: Database, case_id: int) -> None:
    from rpl_desktop.domain.mapping import Judgement, Method

    guide, uid = guide_with_typing(qtbot, db, case_id)
    assert not guide.flush()
    others = [u for u in guide.entries() if u != uid]
    # the outcome is judged met meanwhile (it is no longer asked about), and another one too
    for met in (uid, others[0]):
        ms.set_judgement(db, case_id, met, Judgement.MET, "Vist i samtale.", {Method.DIALOGUE})
    guide.load(ms.load_matrix(db, case_id))
    entries = guide.entries()
    assert others[0] not in entries and len(entries) == len(others)  # the other outcome went
    assert list(entries)[-1] == uid and entries[uid].notes.toPlainText() == MINE  # the typing did not
    assert guide.unsaved_notes() == [(entries[uid].item.code, "conflict")]
    guide.discard_unsaved()  # the user chose to drop them
    assert not guide.has_unsaved_changes() and entries[uid].notes.toPlainText() == THEIRS
    guide.load(ms.load_matrix(db, case_id))
    assert uid not in guide.entries() and stored_notes(db, case_id, uid) == THEIRS


def test_save_unsaved_compares_what_is_in_conflict_and_saves_the_rest(
        qtbot: Any, db: Database, case_id: int) -> None:
    guide, uid = guide_with_typing(qtbot, db, case_id)
    assert not guide.flush()
    second = [u for u in guide.entries() if u != uid][0]
    entry = guide.entries()[second]
    entry.notes.setFocus()
    qtbot.keyClicks(entry.notes, "Andre notat.")
    codes = {u: e.item.code for u, e in guide.entries().items()}
    assert guide.unsaved_notes() == [(codes[uid], "conflict"), (codes[second], "waiting")]
    guide.exec_conflict = lambda _dialog: QDialog.DialogCode.Rejected  # cancelled in the conflict view
    assert not guide.save_unsaved()
    assert stored_notes(db, case_id, second) == "Andre notat." and stored_notes(db, case_id, uid) == THEIRS
    assert guide.unsaved_notes() == [(codes[uid], "conflict")]

    def take_mine(dialog: ConflictDialog) -> int:
        dialog.choose("notes", Choice.MINE)
        assert dialog.save_merged()
        return dialog.result()

    guide.exec_conflict = take_mine
    assert guide.save_unsaved() and stored_notes(db, case_id, uid) == MINE
    assert guide.unsaved_notes() == []
