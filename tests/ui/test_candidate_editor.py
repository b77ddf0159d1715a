"""CandidateEditorWidget, driven as a caseworker drives it: typing, clicking, shortcuts, dialogs."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.register import (
    Candidate,
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
)
from rpl_desktop.services import candidates, history
from rpl_desktop.services import evidence as evidence_service
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.store.database import open_database
from rpl_desktop.ui.candidate_editor import TAB_EVIDENCE, TAB_HISTORY, TAB_PERSON, CandidateEditorWidget
from rpl_desktop.ui.date_edit import DateLineEdit
from rpl_desktop.ui.evidence_widget import EvidenceTableModel
from rpl_desktop.ui.history_table import (
    CourseTableModel,
    ExamTableModel,
    PeriodTableModel,
    SchoolingTableModel,
    select_item,
)
from rpl_desktop.ui.period_dialog import CourseDialog, ExamDialog, PeriodDialog, SchoolingDialog

TODAY = date(2025, 6, 1)
BORN = date(1990, 7, 21)


class Recorder:
    def __init__(self, answer=True):
        self.calls = []
        self.answer = answer

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


def keys(qtbot, target, text):
    """Type ``text``. QTest.keyClicks handles ASCII only (it aborts on Ł, К, á), so other letters are
    sent as key events carrying their text, which is what an input method delivers."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, widget, text):
    target = widget.lineEdit() if isinstance(widget, DateLineEdit) else widget
    target.clear()
    keys(qtbot, target, text)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_editor(qtbot, db, paths, **kwargs):
    kwargs.setdefault("confirm", Recorder(True))
    kwargs.setdefault("opener", Recorder(True))
    editor = CandidateEditorWidget(db, paths, today=TODAY, **kwargs)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def activate(qtbot, editor, widget):
    editor.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def period_dialog(editor) -> PeriodDialog:
    dialog = editor.active_dialog()
    assert isinstance(dialog, PeriodDialog)
    return dialog


def press_ok(qtbot, dialog):
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def fill_period(qtbot, dialog, employer, start, end, fte, *, country=None):
    type_into(qtbot, dialog.employer, employer)
    type_into(qtbot, dialog.start, start)
    if end is None:
        dialog.ongoing.setChecked(True)
    else:
        type_into(qtbot, dialog.end, end)
    type_into(qtbot, dialog.fte, fte)
    if country:
        dialog.country.setEditText(country)


def drag_enter_event(pos, *args):
    """QDragEnterEvent takes a QPointF from PySide6 6.12 (the QPoint form is deprecated there) and
    only a QPoint before; build it whichever PySide6 is installed."""
    try:
        return QDragEnterEvent(pos, *args)
    except TypeError:
        return QDragEnterEvent(pos.toPoint(), *args)


def drop_files(widget, files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = drag_enter_event(pos, *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(pos, *args)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------------------------
# The acceptance test of the issue


def test_end_to_end_create_history_evidence_and_reopen(qtbot, paths, tmp_path):
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    fnr = synthetic_fnr(BORN, 267, d_number=True)
    try:
        editor = make_editor(qtbot, db, paths)
        assert editor.current_candidate_id() is None
        assert not editor.tabs.isTabEnabled(TAB_HISTORY)

        # 1. the person, typed into the fields; Save
        type_into(qtbot, editor.given_name, "Олена")
        type_into(qtbot, editor.family_name, "Шевченко-Łęcka")
        type_into(qtbot, editor.birth_date, "21.7.1990")
        editor.id_type.setCurrentIndex(editor.id_type.findData(IdType.NO_DNR.value))
        type_into(qtbot, editor.national_id, fnr)
        type_into(qtbot, editor.email, "olena@example.no")
        type_into(qtbot, editor.phone, "+47 912 34 567")
        type_into(qtbot, editor.address, "Kong Oscars gate 10")
        type_into(qtbot, editor.postcode, "5003")
        type_into(qtbot, editor.city, "Bergen")
        editor.language.setCurrentIndex(editor.language.findData("nn"))
        assert editor.has_unsaved_changes()
        with qtbot.waitSignal(editor.candidateSaved) as saved:
            click(qtbot, editor.save_button)
        cid = saved.args[0]
        assert editor.current_candidate_id() == cid
        assert not editor.has_unsaved_changes()
        assert editor.tabs.isTabEnabled(TAB_HISTORY)
        assert editor.title_label.text() == "Олена Шевченко-Łęcka"
        assert editor.national_id.text() == fnr[:6] + "*****"  # masked after save

        # 2. periods through PeriodDialog, with refused input first
        editor.tabs.setCurrentIndex(TAB_HISTORY)
        click(qtbot, editor.add_period_button)
        dialog = period_dialog(editor)
        fill_period(qtbot, dialog, "", "31.02.2020", "01.06.2021", "120")
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "is required" in dialog.field_message("employer")
        assert "February 2020 has 29 days" in dialog.field_message("start")
        assert "at most 100" in dialog.field_message("fte_percent")
        assert dialog.start.text() == "31.02.2020" and dialog.fte.text() == "120"  # typing kept

        type_into(qtbot, dialog.employer, "Київська міська лікарня № 3")
        type_into(qtbot, dialog.start, "01.09.2012")
        type_into(qtbot, dialog.end, "01.08.2012")  # before the start
        type_into(qtbot, dialog.fte, "100")
        dialog.country.setEditText("UA")
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "before the start date" in dialog.field_message("end")
        assert dialog.field_message("employer") == "" and dialog.field_message("fte_percent") == ""
        assert dialog.employer.text() == "Київська міська лікарня № 3"
        assert history.list_periods(db, cid) == []  # nothing saved while refused

        type_into(qtbot, dialog.end, "23.02.2022")
        type_into(qtbot, dialog.role, "Hjelpepleier")
        type_into(qtbot, dialog.attest_issued_by, "Київська міська лікарня № 3")
        type_into(qtbot, dialog.attest_signer_name, "Ірина Бондар")
        type_into(qtbot, dialog.attest_signer_title, "Головна медсестра")
        type_into(qtbot, dialog.attest_date, "2022-03-01")
        dialog.attest_letterhead.setChecked(True)
        with qtbot.waitSignal(dialog.accepted):
            press_ok(qtbot, dialog)
        assert editor.active_dialog() is None

        activate(qtbot, editor, editor.period_view)
        qtbot.keyClick(editor.period_view, Qt.Key.Key_Insert)  # Ins adds
        dialog = period_dialog(editor)
        fill_period(qtbot, dialog, "Bergen kommune, Fyllingsdalen sykehjem", "01.01.2023", None, "75")
        dialog.confirmed.setChecked(True)
        with qtbot.waitSignal(dialog.accepted):
            press_ok(qtbot, dialog)
        assert [p.employer for p in editor.period_model.periods()] == [
            "Київська міська лікарня № 3",
            "Bergen kommune, Fyllingsdalen sykehjem",
        ]
        assert editor.tabs.tabText(TAB_HISTORY).endswith("(2)")
        assert "2 periods from 2012 to today" in editor.timeline_summary.text()

        # 3. evidence: the attach path, then a drop of two more files
        editor.tabs.setCurrentIndex(TAB_EVIDENCE)
        attest = tmp_path / "attest_kyiv.pdf"
        attest.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")
        kiev_id = editor.period_model.periods()[0].id
        editor.evidence.new_period.setCurrentIndex(editor.evidence.new_period.findData(kiev_id))
        [first] = editor.evidence.attach_files([attest])
        assert first.period_id == kiev_id
        translation = tmp_path / "attest_kyiv_oversatt.pdf"
        translation.write_bytes(b"%PDF-1.4\ntranslation\n%%EOF\n")
        picture = tmp_path / "kursbevis.png"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
        drop_files(editor.evidence, [translation, picture])
        assert "2 files attached." in editor.evidence.message()
        editor.evidence.table.selectRow(0)
        editor.evidence.verified.setChecked(True)

        expected = {attest.name: sha(attest), translation.name: sha(translation), picture.name: sha(picture)}
        editor.close()
    finally:
        db.close()

    # 4. a new program run: reopen the database, a new editor, everything is there
    db2 = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    try:
        again = make_editor(qtbot, db2, paths)
        again.open_candidate(cid)
        assert again.given_name.text() == "Олена"
        assert again.family_name.text() == "Шевченко-Łęcka"
        assert again.birth_date.text() == "21.07.1990"
        assert again.id_type.currentData() == IdType.NO_DNR.value
        assert again.national_id.text() == fnr[:6] + "*****"
        click(qtbot, again.show_id)
        assert again.national_id.text() == fnr
        assert (again.email.text(), again.phone.text(), again.postcode.text(), again.city.text()) == (
            "olena@example.no",
            "+47 912 34 567",
            "5003",
            "Bergen",
        )
        assert again.address.text() == "Kong Oscars gate 10"
        assert again.language.currentData() == "nn"
        assert not again.has_unsaved_changes()

        periods = again.period_model.periods()
        assert [(p.employer, p.start, p.end, p.fte_percent, p.country) for p in periods] == [
            ("Київська міська лікарня № 3", date(2012, 9, 1), date(2022, 2, 23), 100.0, "UA"),
            ("Bergen kommune, Fyllingsdalen sykehjem", date(2023, 1, 1), None, 75.0, "NO"),
        ]
        assert periods[0].attest_signer_name == "Ірина Бондар" and periods[0].attest_letterhead
        assert periods[0].attest_date == date(2022, 3, 1)
        assert periods[1].third_party_confirmed

        stored = {e.filename: e for e in again.evidence.evidence()}
        assert {name: e.sha256 for name, e in stored.items()} == expected
        for item in stored.values():
            assert db2.evidence.verify(item.sha256)
        assert stored[attest.name].period_id == periods[0].id
        assert stored[attest.name].verified
        assert again.tabs.tabText(TAB_EVIDENCE).endswith("(3)")
    finally:
        db2.close()


# ------------------------------------------------------------------------------------------------
# Person


@pytest.fixture
def saved_candidate(db):
    return candidates.save_candidate(
        db,
        Candidate(
            "Áŋŋá Máret",
            "Gaup",
            date(1984, 3, 15),
            IdType.NO_FNR,
            synthetic_fnr(date(1984, 3, 15), 123),
            city="Guovdageaidnu",
        ),
    )


def test_id_shown_masked_with_a_show_toggle(qtbot, db, paths, saved_candidate):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(saved_candidate.id)
    fnr = saved_candidate.national_id
    masked = fnr[:6] + "*****"  # the birth-date part stays (a synthetic number: month + 80)
    assert editor.national_id.text() == masked
    assert editor.national_id.isReadOnly()
    assert masked in editor.subtitle_label.text() and fnr not in editor.subtitle_label.text()
    assert editor.show_id.isVisible()
    click(qtbot, editor.show_id)
    assert editor.national_id.text() == fnr and not editor.national_id.isReadOnly()
    click(qtbot, editor.show_id)
    assert editor.national_id.text() == masked
    assert not editor.has_unsaved_changes()
    # saving while masked keeps the real number
    type_into(qtbot, editor.city, "Kautokeino")
    assert editor.save()
    assert candidates.get_candidate(db, saved_candidate.id).national_id == fnr


def test_new_form_shows_the_number_as_typed(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    assert not editor.national_id.isReadOnly()
    assert not editor.show_id.isVisible()
    assert editor.title_label.text() == "New candidate"


def test_refused_save_shows_messages_at_fields_and_keeps_typing(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    type_into(qtbot, editor.given_name, "Kari")
    type_into(qtbot, editor.birth_date, "31.02.1990")
    editor.id_type.setCurrentIndex(editor.id_type.findData(IdType.NO_FNR.value))
    type_into(qtbot, editor.national_id, "12345678901")
    type_into(qtbot, editor.email, "kari@")
    with qtbot.assertNotEmitted(editor.candidateSaved):
        click(qtbot, editor.save_button)
    assert "February 1990 has 28 days" in editor.field_message("birth_date")
    assert "family name is required" in editor.field_message("family_name")
    assert "e-mail" in editor.field_message("email")
    assert editor.field_message("national_id")
    assert (editor.birth_date.text(), editor.national_id.text(), editor.email.text()) == (
        "31.02.1990",
        "12345678901",
        "kari@",
    )
    assert editor.current_candidate_id() is None
    assert candidates.count_candidates(db) == 0


def test_conflict_is_shown_at_the_top_and_typing_kept(qtbot, db, paths, saved_candidate):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(saved_candidate.id)
    candidates.save_candidate(db, dataclasses.replace(saved_candidate, city="Alta"))  # someone else
    type_into(qtbot, editor.city, "Karasjok")
    shown = []
    editor.exec_conflict = lambda dialog: shown.append(dialog.cell_text("city", dialog.COL_THEIRS)) or 0  # Cancel
    assert not editor.save()
    assert shown == ["Alta"]  # the conflict view came up (tests/ui/test_conflict_dialog.py drives it)
    assert "Someone else changed this candidate" in editor.general_message()
    assert editor.city.text() == "Karasjok"
    assert candidates.get_candidate(db, saved_candidate.id).city == "Alta"


def test_ctrl_s_saves(qtbot, db, paths, saved_candidate):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(saved_candidate.id)
    type_into(qtbot, editor.phone, "+47 900 00 000")
    activate(qtbot, editor, editor.phone)
    with qtbot.waitSignal(editor.candidateSaved):
        qtbot.keyClick(editor.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert candidates.get_candidate(db, saved_candidate.id).phone == "+47 900 00 000"
    assert editor.status_label.text() == "Saved"


def test_birth_date_filled_from_the_id_number(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    editor.id_type.setCurrentIndex(editor.id_type.findData(IdType.NO_FNR.value))
    type_into(qtbot, editor.national_id, synthetic_fnr(date(1975, 5, 30), 234))
    editor.national_id.editingFinished.emit()
    assert editor.birth_date.text() == "30.05.1975"
    # a birth date already typed is never overwritten
    type_into(qtbot, editor.birth_date, "01.01.1975")
    editor.national_id.editingFinished.emit()
    assert editor.birth_date.text() == "01.01.1975"


def test_id_type_none_disables_the_number(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    editor.id_type.setCurrentIndex(editor.id_type.findData(IdType.NONE.value))
    assert not editor.national_id.isEnabled()


def test_delete_candidate_names_the_consequences(qtbot, db, paths, saved_candidate, tmp_path):
    confirm = Recorder(False)
    editor = make_editor(qtbot, db, paths, confirm=confirm)
    history.save_period(
        db,
        HistoryPeriod(
            kind=PeriodKind.EMPLOYMENT,
            employer="Sámi Huksen AS",
            start=date(2008, 8, 1),
            end=None,
            candidate_id=saved_candidate.id,
        ),
    )
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF-1.4 x")
    item = evidence_service.attach_evidence(db, saved_candidate.id, doc)
    editor.open_candidate(saved_candidate.id)
    click(qtbot, editor.delete_button)
    title, text = confirm.calls[0]
    assert "Áŋŋá Máret Gaup" in text
    assert "1 work and learning period" in text and "1 evidence file" in text and "cannot be undone" in text
    assert candidates.get_candidate(db, saved_candidate.id)  # refused: still there
    confirm.answer = True
    with qtbot.waitSignal(editor.candidateDeleted) as deleted:
        click(qtbot, editor.delete_button)
    assert deleted.args == [saved_candidate.id]
    assert candidates.count_candidates(db) == 0
    assert not db.evidence.exists(item.sha256)  # the stored file went too
    assert editor.current_candidate_id() is None and editor.title_label.text() == "New candidate"


# ------------------------------------------------------------------------------------------------
# History


@pytest.fixture
def with_periods(db, saved_candidate):
    cid = saved_candidate.id
    for employer, start, end, fte in (
        ("Sámi Huksen AS", date(2008, 8, 1), date(2016, 12, 31), 100),
        ("Guovdageaidnu suohkan", date(2017, 1, 1), None, 80),
        ("Bivdu Idrettslag", date(2019, 5, 1), date(2019, 9, 30), 20),
    ):
        history.save_period(
            db,
            HistoryPeriod(
                kind=PeriodKind.EMPLOYMENT,
                employer=employer,
                start=start,
                end=end,
                fte_percent=fte,
                candidate_id=cid,
            ),
        )
    return saved_candidate


def test_duplicate_and_delete_with_undo(qtbot, db, paths, with_periods, tmp_path):
    cid = with_periods.id
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(cid)
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    assert editor.timeline.lanes() == [
        [editor.period_model.periods()[0].id, editor.period_model.periods()[1].id],
        [editor.period_model.periods()[2].id],
    ]

    editor.period_view.selectRow(0)
    original = editor.selected_period()
    activate(qtbot, editor, editor.period_view)
    qtbot.keyClick(editor.period_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # duplicate
    employers = [p.employer for p in history.list_periods(db, cid)]
    assert employers.count("Sámi Huksen AS") == 2
    copy = editor.selected_period()
    assert copy.id != original.id
    assert dataclasses.replace(copy, id=None) == dataclasses.replace(original, id=None)

    # link a file to the period, delete it with Del, undo with Ctrl+Z: period and link come back
    doc = tmp_path / "attest.pdf"
    doc.write_bytes(b"%PDF-1.4 attest")
    target = next(p for p in editor.period_model.periods() if p.employer == "Guovdageaidnu suohkan")
    evidence_service.attach_evidence(db, cid, doc, period_id=target.id)
    editor.evidence.reload()
    select_item(editor.period_view, target.id)
    activate(qtbot, editor, editor.period_view)
    qtbot.keyClick(editor.period_view, Qt.Key.Key_Delete)
    assert "Guovdageaidnu suohkan" not in [p.employer for p in history.list_periods(db, cid)]
    assert editor.undo_bar.isVisible() and "Guovdageaidnu suohkan" in editor.undo_label.text()
    assert editor.undo_available()
    qtbot.keyClick(editor.period_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = [p for p in history.list_periods(db, cid) if p.employer == "Guovdageaidnu suohkan"]
    assert len(restored) == 1
    assert dataclasses.replace(restored[0], id=None) == dataclasses.replace(target, id=None)
    assert evidence_service.list_evidence(db, cid)[0].period_id == restored[0].id
    assert not editor.undo_bar.isVisible() and not editor.undo_available()
    assert editor.selected_period().id == restored[0].id


def test_undo_button_and_dismiss(qtbot, db, paths, with_periods):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(with_periods.id)
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    editor.period_view.selectRow(2)
    click(qtbot, editor.delete_period_button)
    assert len(history.list_periods(db, with_periods.id)) == 2
    click(qtbot, editor.undo_button)
    assert len(history.list_periods(db, with_periods.id)) == 3
    editor.period_view.selectRow(0)
    click(qtbot, editor.delete_period_button)
    editor.open_candidate(with_periods.id)  # moving on forgets the undo
    assert not editor.undo_available()


def test_edit_by_enter_and_double_click(qtbot, db, paths, with_periods):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(with_periods.id)
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    editor.period_view.selectRow(1)
    activate(qtbot, editor, editor.period_view)
    qtbot.keyClick(editor.period_view, Qt.Key.Key_Return)
    dialog = period_dialog(editor)
    assert dialog.employer.text() == "Guovdageaidnu suohkan"
    type_into(qtbot, dialog.fte, "60")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert [p.fte_percent for p in history.list_periods(db, with_periods.id)] == [100, 60, 20]
    assert editor.selected_period().fte_percent == 60
    index = editor.period_view.model().index(0, PeriodTableModel.COL_EMPLOYER)
    rect = editor.period_view.visualRect(index)
    qtbot.mouseClick(editor.period_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.period_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert period_dialog(editor).employer.text() == "Sámi Huksen AS"
    period_dialog(editor).reject()
    assert editor.active_dialog() is None


def test_timeline_click_selects_the_row(qtbot, db, paths, with_periods):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(with_periods.id)
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    third = editor.period_model.periods()[2]
    point = editor.timeline.bar_rect(third.id).center().toPoint()
    qtbot.mouseClick(editor.timeline, Qt.MouseButton.LeftButton, pos=point)
    assert editor.selected_period().id == third.id
    editor.period_view.selectRow(0)
    assert editor.timeline.selected_period() == editor.period_model.periods()[0].id


def test_period_table_model(qtmodeltester, with_periods, db):
    model = PeriodTableModel()
    periods = history.list_periods(db, with_periods.id)
    periods[2].attest_issued_by = "Bivdu IL"
    periods[1].fte_percent, periods[1].hours_per_week = None, 20
    model.set_items(periods)
    qtmodeltester.check(model)
    assert model.index(1, PeriodTableModel.COL_TO).data() == "ongoing"
    assert model.index(1, PeriodTableModel.COL_FTE).data() == "20 h/week"
    assert model.index(0, PeriodTableModel.COL_FTE).data() == "100 %"
    assert model.index(0, PeriodTableModel.COL_FROM).data() == "01.08.2008"
    assert model.index(2, PeriodTableModel.COL_ATTEST).data() == "Yes, undated"
    assert "signer's name" in model.index(2, PeriodTableModel.COL_ATTEST).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        model.headerData(PeriodTableModel.COL_EMPLOYER, Qt.Orientation.Horizontal)
        == "Employer / organisation"
    )


def test_other_table_models(qtmodeltester):
    for model, items in (
        (
            SchoolingTableModel(),
            [
                Schooling(SchoolLevel.VG1, "Vg1 bygg", True, 2001, id=1),
                Schooling(SchoolLevel.HIGHER, "Bachelor", False, None, id=2),
            ],
        ),
        (
            ExamTableModel(),
            [Exam("TMF3102", date(2024, 12, 3), "bestått", True, id=1), Exam("X", None, id=2)],
        ),
        (
            CourseTableModel(),
            [Course("NELFO", "FSE", 8, date(2024, 2, 7), id=1), Course("A", "B", None, None, id=2)],
        ),
        (EvidenceTableModel(), []),
    ):
        if items:
            model.set_items(items)
        qtmodeltester.check(model)


def test_sorting_the_history_by_date(qtbot, db, paths, with_periods):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(with_periods.id)
    view = editor.period_view
    view.sortByColumn(PeriodTableModel.COL_TO, Qt.SortOrder.DescendingOrder)
    first = view.model().index(0, PeriodTableModel.COL_EMPLOYER).data()
    assert first == "Guovdageaidnu suohkan"  # ongoing sorts after every end date


# ------------------------------------------------------------------------------------------------
# Schooling and exams


def test_schooling_exams_and_courses_through_dialogs(qtbot, db, paths, saved_candidate):
    cid = saved_candidate.id
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(cid)
    editor.tabs.setCurrentIndex(2)

    click(qtbot, editor.schooling_section.add_button)
    dialog = editor.active_dialog()
    assert isinstance(dialog, SchoolingDialog)
    type_into(qtbot, dialog.programme, "Vg1 bygg- og anleggsteknikk")
    type_into(qtbot, dialog.year, "2001")
    dialog.passed.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert [s.programme for s in editor.schooling_section.model.items()] == ["Vg1 bygg- og anleggsteknikk"]

    activate(qtbot, editor, editor.exam_section.view)
    qtbot.keyClick(editor.exam_section.view, Qt.Key.Key_Insert)
    dialog = editor.active_dialog()
    assert isinstance(dialog, ExamDialog)
    type_into(qtbot, dialog.code, "TMF3102")
    type_into(qtbot, dialog.exam_date, "03.12.2024")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert history.list_exams(db, cid)[0].code == "TMF3102"

    click(qtbot, editor.course_section.add_button)
    dialog = editor.active_dialog()
    assert isinstance(dialog, CourseDialog)
    type_into(qtbot, dialog.provider, "Byggenæringens Landsforening")
    type_into(qtbot, dialog.title, "Stillasmontør")
    type_into(qtbot, dialog.hours, "7,5")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert history.list_courses(db, cid)[0].hours == 7.5

    # edit and delete (with confirmation) from the lists
    editor.exam_section.view.selectRow(0)
    click(qtbot, editor.exam_section.edit_button)
    dialog = editor.active_dialog()
    assert dialog.code.text() == "TMF3102"
    type_into(qtbot, dialog.exam_result, "bestått")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert history.list_exams(db, cid)[0].result == "bestått"
    editor.course_section.view.selectRow(0)
    click(qtbot, editor.course_section.delete_button)
    assert history.list_courses(db, cid) == []
    assert editor.course_section.model.items() == []


def test_tabs_need_a_saved_person(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    for tab in (TAB_HISTORY, 2, TAB_EVIDENCE):
        assert not editor.tabs.isTabEnabled(tab)
    assert editor.tabs.currentIndex() == TAB_PERSON
    editor.add_period()  # does nothing without a candidate
    assert editor.active_dialog() is None


def test_keyboard_access(qtbot, db, paths):
    editor = make_editor(qtbot, db, paths)
    for widget in (
        editor.given_name,
        editor.family_name,
        editor.birth_date,
        editor.id_type,
        editor.national_id,
        editor.email,
        editor.language,
        editor.timeline,
        editor.period_view,
        editor.evidence.table,
    ):
        assert widget.accessibleName(), widget
    labels = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert all("&" in text for text in labels)
    buddy = editor.person_form.labelForField(editor.given_name).buddy()
    assert buddy is editor.given_name


def test_history_tab_order(qtbot, db, paths, with_periods):
    editor = make_editor(qtbot, db, paths)
    editor.open_candidate(with_periods.id)
    expected = [
        editor.timeline,
        editor.add_period_button,
        editor.edit_period_button,
        editor.duplicate_period_button,
        editor.delete_period_button,
        editor.period_view,
    ]
    order, widget = [], editor.timeline
    for _ in range(500):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == expected
