"""No lost work in the window: typing is autosaved as a draft, offered back after a "crash", and an
interrupted batch of certificates is offered for resuming in the Documents tab.

A crash is simulated by dropping the widget without saving (and, for batches, by leaving the job as a
killed process leaves it). The widgets are driven by typing and clicking; the restore question is
answered by a recorder, and the real question box is driven once by clicking its button.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from rpl_desktop.domain.actors import CASEWORKER, Actor
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.merge import Choice
from rpl_desktop.domain.register import Candidate
from rpl_desktop.services import batch_jobs, candidates, drafts
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import count_candidates, get_candidate, save_candidate
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.drafts import Draft
from rpl_desktop.store.database import Database
from rpl_desktop.ui.candidate_editor import CandidateEditorWidget
from rpl_desktop.ui.conflict_dialog import ConflictDialog
from rpl_desktop.ui.documents_tab import BatchCertificatesDialog, DocumentsTabWidget
from rpl_desktop.ui.draft_restore import (
    AUTOSAVE_MS,
    DraftAutosaver,
    ask_restore,
    offer_recovery_on_start,
    restore_box,
)
from rpl_desktop.ui.main_window import MainWindow, UnsavedChoice
from rpl_desktop.ui.matrix_widget import MatrixWidget
from tests.unit.services.test_documents_service import QA, approve, new_fritak_case, organisation

LEFT = Qt.MouseButton.LeftButton
FAST = 30  # ms: the autosave delay in these tests (the program waits AUTOSAVE_MS)


class Answer:
    """Stands in for the "Restore unsaved changes?" question and records what it was asked."""

    def __init__(self, restore: bool) -> None:
        self.restore = restore
        self.asked: list[tuple[Draft, str]] = []

    def __call__(self, _parent: QWidget, draft: Draft, what: str) -> bool:
        self.asked.append((draft, what))
        return self.restore


def keys(qtbot: Any, target: QWidget, text: str) -> None:
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def editor(qtbot: Any, db: Database, paths: Any, answer: Answer | None = None) -> CandidateEditorWidget:
    widget = CandidateEditorWidget(db, paths, confirm=lambda *_a: True, opener=lambda *_a: True)
    widget.ask_restore = answer or Answer(True)
    widget.autosave.timer.setInterval(FAST)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def crash(widget: QWidget) -> None:
    """The program stops: the widget is gone without saving (its draft stays in the database)."""
    for saver in widget.findChildren(DraftAutosaver):
        saver.timer.stop()
        saver.blockSignals(True)
    widget.setEnabled(False)
    widget.hide()


def test_the_autosave_waits_for_a_pause_in_typing(qtbot: Any, db: Database, paths: Any) -> None:
    form = CandidateEditorWidget(db, paths, confirm=lambda *_a: True)
    qtbot.addWidget(form)
    assert form.autosave.timer.interval() == AUTOSAVE_MS == 3000 and form.autosave.timer.isSingleShot()
    keys(qtbot, form.given_name, "Ka")
    assert form.autosave.pending() and drafts.get_draft(db, drafts.CANDIDATE, None) is None
    form.autosave.timer.setInterval(200)
    keys(qtbot, form.given_name, "r")  # each key starts the wait again
    assert form.autosave.timer.remainingTime() > 100
    qtbot.waitUntil(lambda: drafts.get_draft(db, drafts.CANDIDATE, None) is not None, timeout=3000)
    assert count_candidates(db) == 0  # a draft is not a saved record


def test_a_new_candidate_typed_before_a_crash_is_restored_and_saved(qtbot: Any, db: Database,
                                                                    paths: Any) -> None:
    first = editor(qtbot, db, paths)
    keys(qtbot, first.given_name, "Łucja")
    keys(qtbot, first.family_name, "Wiśniewska-Øie")
    keys(qtbot, first.city, "Kautokeino")
    qtbot.waitUntil(lambda: (d := drafts.get_draft(db, drafts.CANDIDATE, None)) is not None
                    and d.payload["values"]["city"] == "Kautokeino", timeout=3000)
    crash(first)

    answer = Answer(True)
    second = editor(qtbot, db, paths, answer)
    assert answer.asked == []  # not while the window is being built
    second.open_candidate(None)  # File > New candidate
    [(draft, what)] = answer.asked
    assert what == "a new candidate" and draft.entity == "new"
    assert (second.given_name.text(), second.family_name.text(), second.city.text()) == (
        "Łucja", "Wiśniewska-Øie", "Kautokeino")
    assert second.has_unsaved_changes() and count_candidates(db) == 0
    assert "restored" in second.status_label.text()
    qtbot.mouseClick(second.save_button, LEFT)
    assert count_candidates(db) == 1
    assert drafts.list_drafts(db) == []  # saving deletes the draft
    second.open_candidate(None)
    assert len(answer.asked) == 1  # nothing is offered any more


def test_a_draft_of_a_saved_candidate_is_offered_on_opening_and_can_be_discarded(
        qtbot: Any, db: Database, paths: Any) -> None:
    saved = save_candidate(db, Candidate(given_name="Aslak", family_name="Sara", city="Karasjok"))
    assert saved.id is not None
    first = editor(qtbot, db, paths)
    first.open_candidate(saved.id)
    first.city.selectAll()
    keys(qtbot, first.city, "Tana")
    qtbot.waitUntil(lambda: drafts.get_draft(db, drafts.CANDIDATE, saved.id) is not None, timeout=3000)
    crash(first)

    answer = Answer(False)
    second = editor(qtbot, db, paths, answer)
    second.open_candidate(saved.id)
    [(draft, what)] = answer.asked
    assert what == "Aslak Sara" and draft.payload["values"]["city"] == "Tana"
    assert second.city.text() == "Karasjok" and not second.has_unsaved_changes()
    assert drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None  # discarded

    # typing, then choosing another candidate without saving (the main window asked: Discard)
    second.city.selectAll()
    keys(qtbot, second.city, "Vadsø")
    qtbot.waitUntil(lambda: drafts.get_draft(db, drafts.CANDIDATE, saved.id) is not None, timeout=3000)
    second.open_candidate(None)
    assert drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None
    assert get_candidate(db, saved.id).city == "Karasjok"


def test_the_real_question_restores_with_its_button(qtbot: Any, db: Database, tmp_path: Path) -> None:
    draft = Draft(drafts.CANDIDATE, "7", {"values": {}}, datetime(2025, 3, 4, 14, 32))
    parent = QWidget()
    qtbot.addWidget(parent)
    box = restore_box(parent, draft, "Aslak Sara")
    qtbot.addWidget(box)
    assert "Restore unsaved changes from" in box.text() and "14:32" in box.text()
    assert "Aslak Sara" in box.informativeText()
    buttons = {b.objectName(): b for b in box.findChildren(QPushButton)}
    assert buttons["restoreDraft"].text() == "&Restore" and box.defaultButton() is buttons["restoreDraft"]
    box.show()
    box.grab().save(str(tmp_path / "restore-box.png"))

    def click(name: str) -> None:
        active = QApplication.activeModalWidget()
        assert isinstance(active, QMessageBox) and active.objectName() == "draftRestoreBox"
        button = next(b for b in active.findChildren(QPushButton) if b.objectName() == name)
        qtbot.mouseClick(button, LEFT)

    QTimer.singleShot(50, lambda: click("restoreDraft"))
    assert ask_restore(parent, draft, "Aslak Sara") is True
    QTimer.singleShot(50, lambda: click("discardDraft"))
    assert ask_restore(parent, draft, "Aslak Sara") is False


@pytest.fixture
def case_id(db: Database) -> int:
    load_sample(db)
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    person = save_candidate(db, Candidate(given_name="Олена", family_name="Шевченко"))
    assert person.id is not None
    case = cs.create_case(db, Case(person.id, uid, Purpose.FRITAK))
    assert case.id is not None
    return case.id


def matrix_widget(qtbot: Any, db: Database, answer: Answer) -> MatrixWidget:
    widget = MatrixWidget(db)
    widget.ask_restore = answer
    widget.autosave.timer.setInterval(FAST)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_judgements_typed_before_a_crash_are_restored_per_outcome(qtbot: Any, db: Database,
                                                                  case_id: int) -> None:
    first = matrix_widget(qtbot, db, Answer(True))
    matrix = ms.load_matrix(db, case_id)
    first.load(matrix)
    uids = [r.assessment.outcome.uid for r in matrix.rows]
    for uid, reason in ((uids[0], "Vist i samtalen om pasientforløp."), (uids[2], "Dokumentert i attest.")):
        assert first.select_outcome(uid)
        qtbot.mouseClick(first.judgement_radios[Judgement.MET], LEFT)
        keys(qtbot, first.reason_edit, reason)
    qtbot.waitUntil(lambda: (d := drafts.get_draft(db, drafts.MATRIX, case_id)) is not None
                    and len(d.payload["outcomes"]) == 2, timeout=3000)
    crash(first)

    answer = Answer(True)
    second = matrix_widget(qtbot, db, answer)
    second.load(ms.load_matrix(db, case_id))
    [(_draft, what)] = answer.asked
    assert what.startswith("the judgements of case ")
    assert "restored for 2 outcome(s)" in second.message_label.text()
    assert second.select_outcome(uids[2])
    assert second.reason_edit.toPlainText() == "Dokumentert i attest."
    assert second.judgement_radios[Judgement.MET].isChecked() and second.has_unsaved_changes()
    # nothing was saved to the judgements until now
    assert all(r.assessment.judgement == Judgement.NOT_ASSESSED for r in ms.load_matrix(db, case_id).rows)
    for method in second.method_checks.values():
        if not method.isChecked():
            qtbot.mouseClick(method, LEFT)
            break
    assert second.save()
    left = drafts.get_draft(db, drafts.MATRIX, case_id)
    assert left is not None and set(left.payload["outcomes"]) == {uids[0]}  # the other one still waits
    second.select_outcome(uids[0])
    second.revert()
    assert drafts.get_draft(db, drafts.MATRIX, case_id) is None


def test_opening_another_case_keeps_the_first_cases_typing(qtbot: Any, db: Database, case_id: int) -> None:
    first = cs.get_case(db, case_id)
    other = cs.create_case(db, Case(first.candidate_id, first.standard_uid, Purpose.OPPTAK))
    assert other.id is not None
    widget = matrix_widget(qtbot, db, Answer(True))
    widget.autosave.timer.setInterval(60_000)  # no autosave by time: opening the other case writes it
    matrix = ms.load_matrix(db, case_id)
    widget.load(matrix)
    widget.select_outcome(matrix.rows[1].assessment.outcome.uid)
    keys(qtbot, widget.reason_edit, "Halvveis skrevet")
    widget.load(ms.load_matrix(db, other.id))
    draft = drafts.get_draft(db, drafts.MATRIX, case_id)
    assert draft is not None and "Halvveis skrevet" in str(draft.payload)


def test_drafts_are_not_logged(qtbot: Any, db: Database, paths: Any,
                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    form = editor(qtbot, db, paths)
    keys(qtbot, form.given_name, "Gunnhild")
    keys(qtbot, form.family_name, "Østensjø")
    qtbot.waitUntil(lambda: drafts.get_draft(db, drafts.CANDIDATE, None) is not None, timeout=3000)
    crash(form)
    editor(qtbot, db, paths).open_candidate(None)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "draft candidate new" in text and "Gunnhild" not in text and "Østensjø" not in text


# -- an interrupted batch of certificates ------------------------------------------------------------


@pytest.fixture
def interrupted(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A batch of three certificates killed after the first one, left as a killed process leaves it."""
    load_demo_data(db)
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    ids = [new_fritak_case(db, name) for name in ("Sjöström", "Rássa", "Gaup")]
    for case in ids:
        approve(db, case)
    real = ds._store_issued
    calls = [0]

    class Killed(BaseException):
        pass

    def store(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 2:
            raise Killed
        return real(*args, **kwargs)

    monkeypatch.setattr(ds, "_store_issued", store)
    with pytest.raises(Killed):
        ds.batch_certificates(db, ids, tmp_path / "print", combined=True, combined_name="alle.pdf")
    monkeypatch.undo()
    from sqlalchemy import update

    from rpl_desktop.store.work_records import BatchJobRecord

    with db.transaction() as s:
        s.execute(update(BatchJobRecord).values(state=batch_jobs.RUNNING, owner="elsewhere:1",
                                                updated_at=datetime(2025, 1, 1)))
    return ids


def test_the_documents_tab_offers_an_interrupted_batch_and_resumes_it(
        qtbot: Any, db: Database, paths: Any, interrupted: list[int], tmp_path: Path) -> None:
    tab = DocumentsTabWidget(db, paths)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.open_case(interrupted[0])
    banner = tab.batch_banner
    assert banner.isVisible() and "1 of 3 done, 2 still to do" in banner.label.text()
    opened: list[Any] = []
    banner.open_dialog = lambda dialog: (opened.append(dialog), dialog.show())
    qtbot.mouseClick(banner.resume_button, LEFT)
    [dialog] = opened
    assert isinstance(dialog, BatchCertificatesDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Resume printing certificates"
    assert dialog.folder_edit.text() == str((tmp_path / "print").resolve())
    assert dialog.combined_check.isChecked() and not dialog.combined_check.isEnabled()
    dialog.grab().save(str(tmp_path / "resume-dialog.png"))
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.start_button, LEFT)
    report = blocker.args[0]
    assert len(report.done) == 3 and report.combined_path == (tmp_path / "print").resolve() / "alle.pdf"
    qtbot.waitUntil(lambda: not dialog.running)
    assert "3 of 3" in dialog.result_view.toPlainText()
    assert not banner.isVisible() and batch_jobs.unfinished(db) == []
    assert sorted(len(ds.list_issued(db, c)) for c in interrupted) == [1, 1, 1]
    assert offer_recovery_on_start(tab, db) is None  # nothing left to tell


def test_an_interrupted_batch_can_be_discarded_and_is_named_at_start(
        qtbot: Any, db: Database, paths: Any, interrupted: list[int], tmp_path: Path) -> None:
    drafts.save_draft(db, drafts.CANDIDATE, None, {"values": {"given_name": "Ny"}})
    window = QWidget()
    qtbot.addWidget(window)
    box = offer_recovery_on_start(window, db)
    assert box is not None and box.isVisible()
    assert "a new candidate" in box.informativeText()
    assert "a batch of certificates: 1 of 3 done" in box.informativeText()
    box.grab().save(str(tmp_path / "recovery-box.png"))
    box.accept()

    confirmations: list[tuple[str, str]] = []
    def confirm(title: str, text: str) -> bool:
        confirmations.append((title, text))
        return True

    tab = DocumentsTabWidget(db, paths, confirm=confirm)
    qtbot.addWidget(tab)
    tab.open_case(interrupted[0])
    tab.show()
    tab.grab().save(str(tmp_path / "documents-banner.png"))
    assert tab.batch_banner.isVisible()
    qtbot.mouseClick(tab.batch_banner.discard_button, LEFT)
    [(title, text)] = confirmations
    assert title == "Discard the batch" and "void" in text
    assert not tab.batch_banner.isVisible() and batch_jobs.unfinished(db) == []
    assert len(batch_jobs.void_numbers(db)) == 1  # the number taken for the killed item


# -- a restored draft never overwrites what was saved after it was typed ----------------------------


KARI = Actor(1, "kari", "Kari Saksbehandler", frozenset({CASEWORKER}))
PER = Actor(2, "per", "Per Leder", frozenset({CASEWORKER}))


def as_per(db: Database, action: Any) -> Any:
    """Per saves through the services (another caseworker, another desktop)."""
    db.actor = PER
    try:
        return action()
    finally:
        db.actor = KARI


def test_a_restored_candidate_draft_meets_a_later_save_in_the_conflict_view(
        qtbot: Any, db: Database, paths: Any) -> None:
    db.actor = KARI
    saved = save_candidate(db, Candidate(given_name="Aslak", family_name="Sara", city="Karasjok",
                                         phone="+47 900 00 001"))
    assert saved.id is not None
    first = editor(qtbot, db, paths)
    first.open_candidate(saved.id)
    first.city.selectAll()
    keys(qtbot, first.city, "Tana")
    qtbot.waitUntil(lambda: (d := drafts.get_draft(db, drafts.CANDIDATE, saved.id)) is not None
                    and d.payload["values"]["city"] == "Tana", timeout=3000)
    draft = drafts.get_draft(db, drafts.CANDIDATE, saved.id)
    assert draft is not None and draft.payload["version"] == saved.version
    assert draft.payload["base"]["city"] == "Karasjok"  # what the form was opened with
    crash(first)
    # after the draft was written, Per saves a new phone number and another city
    as_per(db, lambda: save_candidate(db, dataclasses.replace(saved, city="Alta", phone="+47 911 11 111")))

    answer = Answer(True)
    second = editor(qtbot, db, paths, answer)
    second.open_candidate(saved.id)
    assert len(answer.asked) == 1 and second.city.text() == "Tana"
    assert "saved again" in second.status_label.text()
    seen: dict[str, Any] = {}

    def keep_mine(dialog: ConflictDialog) -> int:
        seen["title"] = dialog.windowTitle()
        seen["rows"] = dialog.rows()
        seen["conflicts"] = [f for f in dialog.rows() if dialog.is_highlighted(f)]
        seen["city"] = [dialog.cell_text("city", c) for c in (dialog.COL_ORIGINAL, dialog.COL_THEIRS,
                                                               dialog.COL_MINE)]
        dialog.choose("city", Choice.MINE)
        dialog.show()
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result()

    second.exec_conflict = keep_mine
    qtbot.mouseClick(second.save_button, LEFT)
    assert seen["title"] == "Someone else saved this candidate while you were editing"
    assert seen["conflicts"] == ["city"] and "phone" in seen["rows"]
    assert seen["city"] == ["Karasjok", "Alta", "Tana"]
    stored = get_candidate(db, saved.id)
    assert (stored.city, stored.phone) == ("Tana", "+47 911 11 111")  # hers chosen, his phone kept
    assert stored.version == saved.version + 2
    assert drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None
    assert not second.has_unsaved_changes() and second.phone.text() == "+47 911 11 111"


def test_a_restored_judgement_draft_meets_a_later_save_in_the_conflict_view(
        qtbot: Any, db: Database, case_id: int) -> None:
    db.actor = KARI
    first = matrix_widget(qtbot, db, Answer(True))
    matrix = ms.load_matrix(db, case_id)
    first.load(matrix)
    uid = matrix.rows[0].assessment.outcome.uid
    assert first.select_outcome(uid)
    qtbot.mouseClick(first.judgement_radios[Judgement.MET], LEFT)
    qtbot.mouseClick(first.method_checks[Method.DIALOGUE], LEFT)
    keys(qtbot, first.reason_edit, "Vist i samtalen.")
    qtbot.waitUntil(lambda: (d := drafts.get_draft(db, drafts.MATRIX, case_id)) is not None
                    and d.payload["outcomes"].get(uid, {}).get("reason") == "Vist i samtalen.", timeout=3000)
    draft = drafts.get_draft(db, drafts.MATRIX, case_id)
    assert draft is not None
    assert draft.payload["outcomes"][uid]["version"] == 0
    assert draft.payload["outcomes"][uid]["base"]["judgement"] == "not_assessed"
    crash(first)
    row = ms.load_matrix(db, case_id).row(uid)
    as_per(db, lambda: ms.set_judgement(db, case_id, uid, Judgement.NOT_MET, "Attesten mangler.",
                                        {Method.DOCUMENTS}, version=0, opened=ms.row_values(row)))

    answer = Answer(True)
    second = matrix_widget(qtbot, db, answer)
    second.load(ms.load_matrix(db, case_id))
    assert len(answer.asked) == 1 and second.select_outcome(uid)
    assert second.reason_edit.toPlainText() == "Vist i samtalen."
    seen: dict[str, Any] = {}

    def combine(dialog: ConflictDialog) -> int:
        seen["conflicts"] = [f for f in dialog.rows() if dialog.is_highlighted(f)]
        dialog.choose("judgement", Choice.MINE)
        dialog.choose("methods", Choice.MINE)
        dialog.choose("reason", Choice.BOTH)
        dialog.show()
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result()

    second.exec_conflict = combine
    assert second.save()
    assert seen["conflicts"] == ["judgement", "methods", "reason"]
    stored = ms.load_matrix(db, case_id).row(uid)
    assert stored.assessment.judgement == Judgement.MET and stored.version == 2
    assert stored.assessment.reason == "Attesten mangler.\n\nVist i samtalen."  # his reason is not lost
    assert drafts.get_draft(db, drafts.MATRIX, case_id) is None


def test_a_draft_holding_what_is_saved_already_is_not_offered(qtbot: Any, db: Database, paths: Any) -> None:
    saved = save_candidate(db, Candidate(given_name="Aslak", family_name="Sara", city="Karasjok"))
    assert saved.id is not None
    values = {"given_name": "Aslak", "family_name": "Sara", "city": "Tana"}
    form = editor(qtbot, db, paths)
    form.open_candidate(saved.id)
    payload = {"values": form._form_values() | values, "version": saved.version,
               "base": candidates.candidate_values(saved)}
    # saved, and the program stopped before the draft was deleted
    save_candidate(db, dataclasses.replace(saved, city="Tana"))
    drafts.save_draft(db, drafts.CANDIDATE, saved.id, payload)
    answer = Answer(True)
    form.ask_restore = answer
    form.open_candidate(saved.id)
    assert answer.asked == [] and drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None


# -- the main window: Discard on closing deletes the draft ---------------------------------------------


def test_discard_on_closing_the_window_deletes_the_draft(qtbot: Any, db: Database, paths: Any) -> None:
    saved = save_candidate(db, Candidate(given_name="Aslak", family_name="Sara", city="Karasjok"))
    assert saved.id is not None
    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    form = window.editor
    assert isinstance(form, CandidateEditorWidget)
    form.autosave.timer.setInterval(FAST)
    form.open_candidate(saved.id)
    form.city.selectAll()
    keys(qtbot, form.city, "Tana")
    qtbot.waitUntil(lambda: drafts.get_draft(db, drafts.CANDIDATE, saved.id) is not None, timeout=3000)
    answers = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    window.ask_unsaved = lambda _parent: answers.pop(0)
    assert not window.close()  # Cancel: back to the candidate, the draft stays
    assert drafts.get_draft(db, drafts.CANDIDATE, saved.id) is not None
    assert window.close()
    assert answers == [] and drafts.get_draft(db, drafts.CANDIDATE, saved.id) is None
    assert get_candidate(db, saved.id).city == "Karasjok"
    assert drafts.restorable_draft(db, drafts.CANDIDATE, saved.id) is None  # nothing offered at next start
