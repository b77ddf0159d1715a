"""The conflict view, driven as a caseworker meets it.

Kari has a candidate (a case, a judgement) open; Per Leder saves it through the services behind her
back; Kari edits and saves in the widget: the modal conflict view comes up with the three columns
(original, theirs saved by Per Leder, mine), the clashing rows highlighted. She chooses and saves the
merge (stored: both their and her changes), or cancels (the form keeps her typing), or discards hers
(the form shows theirs). The dialog is driven in its real modal loop, found by a timer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rpl_desktop.domain.actors import APPROVER, CASEWORKER, SYSTEM, Actor
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.errors import ConflictError
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.merge import Choice
from rpl_desktop.domain.register import Candidate
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import candidates
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.store.database import Database
from rpl_desktop.ui.candidate_editor import CandidateEditorWidget
from rpl_desktop.ui.case_view import CaseViewWidget
from rpl_desktop.ui.conflict_dialog import CONFLICT_BACKGROUND, ConflictDialog, when_text
from rpl_desktop.ui.matrix_widget import MatrixWidget

LEFT = Qt.MouseButton.LeftButton
KARI = Actor(1, "kari", "Kari Saksbehandler", frozenset({CASEWORKER}))
PER = Actor(2, "per", "Per Leder", frozenset({CASEWORKER, APPROVER}))
FNR = synthetic_fnr(date(1984, 3, 15), 123)


@pytest.fixture
def person(db: Database) -> Candidate:
    db.actor = KARI
    return candidates.save_candidate(db, Candidate(
        given_name="Áŋŋá", family_name="Gaup", birth_date=date(1984, 3, 15), id_type=IdType.NO_FNR,
        national_id=FNR, city="Kárášjohka", phone="+47 900 00 001"))


def as_per(db: Database, action: Callable[[], object]) -> None:
    """Per Leder saves something through the services (another caseworker, another desktop)."""
    db.actor = PER
    try:
        action()
    finally:
        db.actor = KARI


@pytest.fixture
def when_dialog(qtbot) -> Iterator[Callable[[Callable[[ConflictDialog], None]], None]]:  # type: ignore[no-untyped-def]
    """``when_dialog(act)``: once the conflict view is showing (in its own modal loop), ``act(dialog)``.

    A failing ``act`` closes the dialog (Cancel) so the test fails instead of hanging; the error is
    raised again at the end of the test.
    """
    errors: list[BaseException] = []
    seen: list[ConflictDialog] = []

    def arm(act: Callable[[ConflictDialog], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, ConflictDialog) or not dialog.isVisible():
                QTimer.singleShot(20, poll)
                return
            seen.append(dialog)
            try:
                act(dialog)
            except BaseException as exc:  # noqa: BLE001 - re-raised below
                errors.append(exc)
            if dialog.isVisible():
                dialog.reject()

        QTimer.singleShot(0, poll)

    yield arm
    if errors:
        raise errors[0]


def press(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, LEFT)


def make_editor(qtbot, db: Database, paths: AppPaths) -> CandidateEditorWidget:  # type: ignore[no-untyped-def]
    editor = CandidateEditorWidget(db, paths, today=date(2025, 6, 1), confirm=lambda *_a: True,
                                   opener=lambda *_a: True)
    editor.ask_restore = lambda *_a: False  # no autosaved drafts in these tests
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    return editor


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


# -- the candidate editor ---------------------------------------------------------------------------


def test_candidate_conflict_view_choose_and_save_merged(
    qtbot, db: Database, paths: AppPaths, person: Candidate, when_dialog, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(person.id)
    as_per(db, lambda: candidates.save_candidate(
        db, dataclasses.replace(person, city="Alta", phone="+47 911 11 111")))
    type_into(qtbot, editor.city, "Vadso")
    type_into(qtbot, editor.address, "Storgata 1")
    looked: dict[str, object] = {}

    def choose_mine_and_save(dialog: ConflictDialog) -> None:
        looked["title"] = dialog.windowTitle()
        looked["who"] = dialog.who_label.text()
        header = dialog.table.horizontalHeaderItem
        looked["headers"] = [header(c).text() for c in range(dialog.table.columnCount())]
        looked["rows"] = dialog.rows()
        looked["city"] = [dialog.cell_text("city", c) for c in range(4)]
        looked["highlighted"] = [f for f in dialog.rows() if dialog.is_highlighted(f)]
        looked["phone result"] = dialog.cell_text("phone", dialog.COL_RESULT)
        looked["save enabled before choosing"] = dialog.save_button.isEnabled()
        dialog.grab().save(str(tmp_path / "conflict-candidate.png"))
        box = dialog.choice_box("city")
        assert box is not None and box.count() == 2  # no "combine" for a city
        box.setFocus()
        box.setCurrentIndex(box.findData(Choice.MINE.value))
        press(qtbot, dialog.save_button)

    when_dialog(choose_mine_and_save)
    with qtbot.waitSignal(editor.candidateSaved):
        assert editor.save()
    assert looked["title"] == "Someone else saved this candidate while you were editing"
    assert str(looked["who"]).startswith("Per Leder saved it at ")
    headers = looked["headers"]
    assert isinstance(headers, list)
    assert headers[0:2] == ["Field", "Original"] and headers[3:] == ["Mine", "Result"]
    assert headers[2].startswith("Theirs\nsaved by Per Leder\n")
    assert looked["rows"] == ["phone", "address", "city"]
    assert looked["city"] == ["⚠ City", "Kárášjohka", "Alta", "Vadso"]
    assert looked["highlighted"] == ["city"]
    assert looked["phone result"] == "+47 911 11 111"  # theirs, merged by itself
    assert looked["save enabled before choosing"] is False
    stored = candidates.get_candidate(db, person.id)  # type: ignore[arg-type]
    assert (stored.city, stored.phone, stored.address) == ("Vadso", "+47 911 11 111", "Storgata 1")
    assert stored.national_id == FNR
    assert editor.city.text() == "Vadso" and editor.phone.text() == "+47 911 11 111"
    assert not editor.has_unsaved_changes() and editor.status_label.text() == "Saved"


def test_cancel_keeps_the_typing_and_saves_nothing(
    qtbot, db: Database, paths: AppPaths, person: Candidate, when_dialog  # type: ignore[no-untyped-def]
) -> None:
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(person.id)
    as_per(db, lambda: candidates.save_candidate(db, dataclasses.replace(person, city="Alta")))
    type_into(qtbot, editor.city, "Vadso")
    when_dialog(lambda dialog: press(qtbot, dialog.cancel_button))
    assert not editor.save()
    assert editor.city.text() == "Vadso" and editor.has_unsaved_changes()
    assert "Someone else changed this candidate" in editor.general_message()
    assert candidates.get_candidate(db, person.id).city == "Alta"  # type: ignore[arg-type]


def test_discard_mine_shows_theirs(
    qtbot, db: Database, paths: AppPaths, person: Candidate, when_dialog  # type: ignore[no-untyped-def]
) -> None:
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(person.id)
    as_per(db, lambda: candidates.save_candidate(db, dataclasses.replace(person, city="Alta")))
    type_into(qtbot, editor.city, "Vadso")
    when_dialog(lambda dialog: press(qtbot, dialog.discard_button))
    assert not editor.save()
    assert editor.city.text() == "Alta" and not editor.has_unsaved_changes()
    assert "dropped" in editor.status_label.text()
    # the next save carries their version: no second conflict
    type_into(qtbot, editor.postcode, "9730")
    assert editor.save()
    assert candidates.get_candidate(db, person.id).postcode == "9730"  # type: ignore[arg-type]


def test_saved_again_while_choosing_reloads_the_view(
    qtbot, db: Database, paths: AppPaths, person: Candidate, when_dialog  # type: ignore[no-untyped-def]
) -> None:
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(person.id)
    as_per(db, lambda: candidates.save_candidate(db, dataclasses.replace(person, city="Alta")))
    type_into(qtbot, editor.city, "Vadso")
    rounds: list[tuple[int, str]] = []

    def two_rounds(dialog: ConflictDialog) -> None:
        dialog.choose("city", Choice.MINE)
        current = candidates.get_candidate(db, person.id)  # type: ignore[arg-type]
        as_per(db, lambda: candidates.save_candidate(db, dataclasses.replace(current, city="Hammerfest")))
        press(qtbot, dialog.save_button)  # refused: it moved again
        rounds.append((dialog.rounds, dialog.cell_text("city", dialog.COL_ORIGINAL)))
        assert dialog.isVisible() and "saved again" in dialog.message()
        assert dialog.cell_text("city", dialog.COL_THEIRS) == "Hammerfest"
        assert dialog.choices() == {"city": Choice.MINE}  # the choice made is kept
        press(qtbot, dialog.save_button)

    when_dialog(two_rounds)
    assert editor.save()
    assert rounds == [(2, "Alta")]  # the second round compares against what the first one showed
    assert candidates.get_candidate(db, person.id).city == "Vadso"  # type: ignore[arg-type]


def test_id_numbers_are_masked_until_asked_for(qtbot, db: Database, person: Candidate) -> None:
    other = synthetic_fnr(date(1984, 3, 15), 456)
    exc = ConflictError("x", kind="candidate", entity_id=person.id,
                        original=candidates.candidate_values(person),
                        theirs={**candidates.candidate_values(person), "national_id": other},
                        mine={**candidates.candidate_values(person), "national_id": FNR[:10] + "0"},
                        their_version=5)
    dialog = ConflictDialog(exc, lambda *_a: None)
    qtbot.addWidget(dialog)
    assert FNR not in dialog.cell_text("national_id", dialog.COL_ORIGINAL)
    assert other not in dialog.cell_text("national_id", dialog.COL_THEIRS)
    assert not dialog.reveal_ids.isHidden()
    dialog.reveal_ids.setChecked(True)
    assert dialog.cell_text("national_id", dialog.COL_THEIRS) == other
    assert dialog.who_label.isHidden()  # nobody and no time known: nothing made up
    assert dialog.table.horizontalHeaderItem(dialog.COL_THEIRS).text() == "Theirs"


def test_times_today_and_earlier() -> None:
    from datetime import datetime

    assert when_text(datetime(2025, 6, 1, 14, 32), date(2025, 6, 1)) == "14:32"
    assert when_text(datetime(2025, 3, 12, 9, 5), date(2025, 6, 1)) == "12.03.2025 09:05"
    assert when_text(None) == ""


# -- the case view and the matrix -------------------------------------------------------------------


@pytest.fixture
def case(db: Database, person: Candidate) -> Case:
    db.actor = SYSTEM  # the catalogue is an administrator's job
    load_sample(db)
    db.actor = KARI
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    assert person.id is not None
    return cs.create_case(db, Case(person.id, uid, Purpose.FRITAK, caseworker="Kari"))


def test_case_details_conflict_in_the_case_view(
    qtbot, db: Database, paths: AppPaths, case: Case, when_dialog  # type: ignore[no-untyped-def]
) -> None:
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    assert case.id is not None and view.open_case(case.id)
    theirs = cs.get_case(db, case.id)
    as_per(db, lambda: cs.save_case(db, dataclasses.replace(theirs, caseworker="Per Leder",
                                                            their_reference="24/1187")))
    # Kari's own later saves re-read the case; the details form must still carry what it showed
    ms.set_judgement(db, case.id, ms.load_matrix(db, case.id).rows[0].assessment.outcome.uid,
                     Judgement.MET, "Vist i samtale.", {Method.DIALOGUE})
    view.matrix_widget.reload()
    type_into(qtbot, view.caseworker_edit, "Kari Saksbehandler")
    seen: dict[str, object] = {}

    def take_theirs(dialog: ConflictDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["what"] = dialog.what_label.text()
        seen["rows"] = set(dialog.rows())
        seen["reference"] = dialog.cell_text("their_reference", dialog.COL_RESULT)
        dialog.choose("caseworker", Choice.THEIRS)
        press(qtbot, dialog.save_button)

    when_dialog(take_theirs)
    assert view.save_details()
    assert seen == {"title": "Someone else saved this case while you were editing",
                    "what": f"Case {case.number}", "rows": {"caseworker", "their_reference"},
                    "reference": "24/1187"}
    stored = cs.get_case(db, case.id)
    assert (stored.caseworker, stored.their_reference) == ("Per Leder", "24/1187")
    assert view.caseworker_edit.text() == "Per Leder" and view.details_saved.text() == "Saved."


def test_a_status_moved_by_someone_else_is_shown_not_moved_again(
    qtbot, db: Database, paths: AppPaths, case: Case  # type: ignore[no-untyped-def]
) -> None:
    view = CaseViewWidget(db, paths)
    qtbot.addWidget(view)
    view.show()
    assert case.id is not None and view.open_case(case.id)
    view.confirm = lambda _title, _text: True
    as_per(db, lambda: ms.change_status(db, case.id, CaseStatus.UNDER_ASSESSMENT))  # type: ignore[arg-type]
    assert not view.move_to(CaseStatus.CLOSED)  # Kari still sees "Draft"
    assert "changed the status of this case" in view.status_message_text()
    assert cs.get_case(db, case.id).status == CaseStatus.UNDER_ASSESSMENT
    assert view.case() is not None and view.case().status == CaseStatus.UNDER_ASSESSMENT  # type: ignore[union-attr]
    assert view.status_button(CaseStatus.PROPOSED) is not None  # the buttons of the status it has now


def test_judgement_conflict_in_the_matrix_combines_the_reasons(
    qtbot, db: Database, case: Case, when_dialog  # type: ignore[no-untyped-def]
) -> None:
    assert case.id is not None
    widget = MatrixWidget(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.load(ms.load_matrix(db, case.id))
    row = ms.load_matrix(db, case.id).rows[0]
    uid = row.assessment.outcome.uid
    widget.select_outcome(uid)
    # Kari judges in the editor; meanwhile Per saves his judgement of the same outcome
    qtbot.mouseClick(widget.method_checks[Method.PRACTICAL_TEST], LEFT)
    qtbot.mouseClick(widget.judgement_radios[Judgement.MET], LEFT)
    qtbot.keyClicks(widget.reason_edit, "Praktisk prove bestatt.")
    as_per(db, lambda: ms.set_judgement(db, case.id, uid, Judgement.MET, "Attest og samtale viser det.",  # type: ignore[arg-type]
                                        {Method.DIALOGUE}, version=0, opened=ms.row_values(row)))
    # a reload (suggestions arriving, a link elsewhere) must not make her save on Per's version
    widget.reload(keep_editor=True)
    seen: dict[str, object] = {}

    def combine(dialog: ConflictDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["conflicts"] = [f for f in dialog.rows() if dialog.is_highlighted(f)]
        box = dialog.choice_box("reason")
        assert box is not None
        seen["reason choices"] = [box.itemText(i) for i in range(box.count())]
        dialog.choose("reason", Choice.BOTH)
        dialog.choose("methods", Choice.MINE)
        press(qtbot, dialog.save_button)

    when_dialog(combine)
    with qtbot.waitSignal(widget.judgementSaved):
        assert widget.save()
    assert seen["title"] == "Someone else saved this judgement while you were editing"
    assert seen["conflicts"] == ["methods", "reason"]
    assert seen["reason choices"][2] == "Combine both (theirs, then mine)"  # type: ignore[index]
    stored = ms.load_matrix(db, case.id).row(uid)
    assert stored.assessment.reason == "Attest og samtale viser det.\n\nPraktisk prove bestatt."
    assert stored.assessment.methods == {Method.PRACTICAL_TEST} and stored.version == 2
    assert widget.reason_edit.toPlainText() == stored.assessment.reason


def test_own_notes_from_the_interview_guide_merge_without_asking(qtbot, db: Database, case: Case) -> None:
    assert case.id is not None
    widget = MatrixWidget(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(ms.load_matrix(db, case.id))
    uid = ms.load_matrix(db, case.id).rows[0].assessment.outcome.uid
    widget.select_outcome(uid)
    qtbot.mouseClick(widget.method_checks[Method.DIALOGUE], LEFT)
    qtbot.mouseClick(widget.judgement_radios[Judgement.PARTLY], LEFT)
    qtbot.keyClicks(widget.reason_edit, "Delvis vist.")
    ms.set_notes(db, case.id, uid, "Notater fra samtalen.")  # Kari herself, in the guide
    widget.reload(keep_editor=True)
    widget.exec_conflict = lambda _dialog: pytest.fail("no conflict view for one's own notes")  # type: ignore[assignment]
    assert widget.save()
    stored = ms.load_matrix(db, case.id).row(uid).assessment
    assert (stored.judgement, stored.reason, stored.notes) == (Judgement.PARTLY, "Delvis vist.",
                                                               "Notater fra samtalen.")


def test_the_view_reads_well(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Keyboard and words: mnemonics, accessible names, the save button waits for every choice."""
    exc = ConflictError(
        "x", kind="judgement", entity_id=3, original={"judgement": "partly_met", "reason": "A.", "notes": ""},
        theirs={"judgement": "met", "reason": "A. B.", "notes": ""},
        mine={"judgement": "not_met", "reason": "C.", "notes": "N."}, their_version=4,
        saved_by="Per Leder", text_fields=frozenset({"reason", "notes"}))
    dialog = ConflictDialog(exc, lambda *_a: None, what="Outcome K3 in case 25/00012")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "conflict-judgement.png"))
    assert dialog.cell_text("judgement", dialog.COL_THEIRS) == "Met"
    assert dialog.cell_text("judgement", dialog.COL_MINE) == "Not met"
    assert [dialog.save_button.text(), dialog.discard_button.text()] == ["&Save merged", "&Discard mine"]
    assert dialog.choice_box("judgement").accessibleName() == "Which Judgement to keep"  # type: ignore[union-attr]
    assert not dialog.save_button.isEnabled()
    dialog.choose("judgement", Choice.THEIRS)
    assert not dialog.save_button.isEnabled()
    dialog.choose("reason", Choice.BOTH)
    assert dialog.save_button.isEnabled()
    assert dialog.merged() == {"judgement": "met", "reason": "A. B.\n\nC.", "notes": "N."}
    assert dialog.table.item(0, 0).background().color() == QColor(CONFLICT_BACKGROUND)
    assert dialog.who_label.text() == "Per Leder saved it."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_cells_have_room_and_the_view_starts_on_the_first_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A two-line merged result is centred with space above and below (not against the cell's top), and the
    keyboard starts on the first choice to make, not as a focus frame on the table's first cell."""
    exc = ConflictError(
        "x", kind="candidate", entity_id=3,
        original={"phone": "+47 900 00 001", "city": "Kárášjohka", "postcode": "9730"},
        theirs={"phone": "+47 911 11 111", "city": "Alta", "postcode": "9730"},
        mine={"phone": "+47 900 00 001", "city": "Vadsø", "postcode": "9800"}, their_version=2,
        saved_by="Per Leder")
    dialog = ConflictDialog(exc, lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert dialog.focusWidget() is dialog.choice_box("city")
    assert not table.hasFocus() and not table.currentIndex().isValid()
    lines = table.fontMetrics().lineSpacing()
    for field in ("phone", "postcode"):  # merged by themselves: value and source on two lines
        row = dialog.rows().index(field)
        item = table.item(row, dialog.COL_RESULT)
        assert item is not None and item.text().count("\n") == 1
        assert item.textAlignment() & Qt.AlignmentFlag.AlignVCenter
        assert table.rowHeight(row) >= 2 * lines + 8  # padding above and below the two lines
    assert dialog.cell_text("phone", dialog.COL_RESULT) == "+47 911 11 111"
    row = dialog.rows().index("city")
    box = dialog.choice_box("city")
    assert box is not None
    cell = table.cellWidget(row, dialog.COL_RESULT)
    rect = table.visualRect(table.model().index(row, dialog.COL_RESULT))
    qtbot.waitUntil(lambda: cell.geometry() == rect)  # the view places its cell widgets in a later event
    top = box.geometry().top()
    bottom = cell.height() - box.geometry().bottom() - 1
    assert top >= 4
    assert abs(top - bottom) <= 2  # the choice box is centred in its row
