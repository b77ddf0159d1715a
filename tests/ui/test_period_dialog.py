"""PeriodDialog and the small history dialogs: OK saves; refused input is shown at the field, the
dialog stays open and the typing stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from rpl_desktop.domain.register import Candidate, HistoryPeriod, PeriodKind
from rpl_desktop.services import candidates, history
from rpl_desktop.ui.date_edit import DateLineEdit
from rpl_desktop.ui.period_dialog import (
    CountryComboBox,
    CourseDialog,
    ExamDialog,
    PeriodDialog,
    SchoolingDialog,
    parse_number,
)

TODAY = date(2025, 6, 1)


@pytest.fixture
def candidate_id(db):
    saved = candidates.save_candidate(db, Candidate("Olena", "Kovalenko"))
    return saved.id


@pytest.fixture
def dialog(qtbot, db, candidate_id):
    dlg = PeriodDialog(db, candidate_id, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def ok(qtbot, dlg):
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    """Replace the text of a line edit (or a DateLineEdit) by typing, as a user does."""
    target = widget.lineEdit() if isinstance(widget, DateLineEdit) else widget
    target.clear()
    keys(qtbot, target, text)


def keys(qtbot, target, text):
    """Type ``text``. QTest.keyClicks handles ASCII only (it aborts on Ł, К, á), so other letters are
    sent as key events carrying their text, which is what an input method delivers."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_valid_period_is_saved(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Bergen kommune")
    type_into(qtbot, dialog.role, "Assistent")
    qtbot.keyClicks(dialog.tasks, "Personlig stell")
    qtbot.keyClick(dialog.tasks, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.tasks, "Rapportering")
    type_into(qtbot, dialog.start, "1.1.2023")
    type_into(qtbot, dialog.end, "31.12.2024")
    type_into(qtbot, dialog.fte, "75")
    dialog.confirmed.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved_period()
    assert saved is not None and saved.id is not None
    [stored] = history.list_periods(db, candidate_id)
    assert (stored.employer, stored.role, stored.start, stored.end) == (
        "Bergen kommune",
        "Assistent",
        date(2023, 1, 1),
        date(2024, 12, 31),
    )
    assert stored.tasks == "Personlig stell\nRapportering"
    assert stored.fte_percent == 75 and stored.hours_per_week is None
    assert stored.third_party_confirmed


def assert_refused(dialog, db, candidate_id):
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_period() is None
    assert history.list_periods(db, candidate_id) == []


def test_end_before_start_is_refused_at_the_end_field(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Drammen Elektro AS")
    type_into(qtbot, dialog.start, "01.03.2020")
    type_into(qtbot, dialog.end, "01.02.2020")
    type_into(qtbot, dialog.fte, "100")
    ok(qtbot, dialog)
    assert_refused(dialog, db, candidate_id)
    assert "before the start date" in dialog.field_message("end")
    assert dialog.start.text() == "01.03.2020" and dialog.end.text() == "01.02.2020"
    assert dialog.employer.text() == "Drammen Elektro AS"


def test_position_above_100_is_refused_and_kept(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Drammen Elektro AS")
    type_into(qtbot, dialog.start, "01.03.2020")
    dialog.ongoing.setChecked(True)
    type_into(qtbot, dialog.fte, "120")
    ok(qtbot, dialog)
    assert_refused(dialog, db, candidate_id)
    assert "at most 100" in dialog.field_message("fte_percent")
    assert dialog.fte.text() == "120"


def test_missing_employer_and_malformed_date_are_shown_together(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.start, "31.02.2020")
    type_into(qtbot, dialog.end, "01.06.2021")
    type_into(qtbot, dialog.fte, "abc")
    ok(qtbot, dialog)
    assert_refused(dialog, db, candidate_id)
    assert "is required" in dialog.field_message("employer")
    assert "February 2020 has 29 days" in dialog.field_message("start")
    assert "as a number" in dialog.field_message("fte_percent")
    assert dialog.start.text() == "31.02.2020"
    assert dialog.fte.text() == "abc"
    assert dialog.field_message("end") == ""  # not judged against an unreadable start
    # fixing everything saves, and the messages go away
    type_into(qtbot, dialog.employer, "Київська лікарня")
    type_into(qtbot, dialog.start, "28.02.2020")
    type_into(qtbot, dialog.fte, "80,5")
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    assert dialog.saved_period().fte_percent == 80.5
    assert dialog.field_message("start") == ""


def test_missing_end_needs_ongoing(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "A")
    type_into(qtbot, dialog.start, "01.03.2020")
    type_into(qtbot, dialog.fte, "50")
    ok(qtbot, dialog)
    assert "Ongoing" in dialog.field_message("end")
    type_into(qtbot, dialog.end, "02.02.2021")
    dialog.ongoing.setChecked(True)
    assert not dialog.end.isEnabled()
    assert dialog.end.text() == "02.02.2021"  # set aside, not cleared
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    assert dialog.saved_period().end is None


def test_hours_per_week_instead_of_percent(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Britannia Hotel")
    type_into(qtbot, dialog.start, "2013-03-01")
    type_into(qtbot, dialog.end, "2015-12-31")
    type_into(qtbot, dialog.fte, "100")
    dialog.use_hours.setChecked(True)
    assert not dialog.fte.isEnabled() and dialog.hours.isEnabled()
    type_into(qtbot, dialog.hours, "18,75")
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    saved = dialog.saved_period()
    assert saved.fte_percent is None and saved.hours_per_week == 18.75


def test_hours_out_of_range_shown_at_hours(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "B")
    type_into(qtbot, dialog.start, "01.01.2020")
    dialog.ongoing.setChecked(True)
    dialog.use_hours.setChecked(True)
    type_into(qtbot, dialog.hours, "90")
    ok(qtbot, dialog)
    assert "at most 80" in dialog.field_message("hours_per_week")


def test_attest_fields_saved_and_checked(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Sámi Huksen AS")
    type_into(qtbot, dialog.start, "01.08.2008")
    type_into(qtbot, dialog.end, "31.12.2016")
    type_into(qtbot, dialog.fte, "100")
    type_into(qtbot, dialog.attest_issued_by, "Sámi Huksen AS")
    type_into(qtbot, dialog.attest_signer_name, "Nils Aslak Eira")
    type_into(qtbot, dialog.attest_signer_title, "Daglig leder, tømrermester")
    type_into(qtbot, dialog.attest_date, "01.01.2000")
    ok(qtbot, dialog)
    assert "before the period started" in dialog.field_message("attest_date")
    assert dialog.attest_signer_name.text() == "Nils Aslak Eira"
    type_into(qtbot, dialog.attest_date, "15.01.2017")
    dialog.attest_letterhead.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    saved = dialog.saved_period()
    assert saved.attest_date == date(2017, 1, 15)
    assert saved.attest_letterhead and saved.attest_signer_title == "Daglig leder, tømrermester"


def test_country_codes_typed_or_chosen(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "Elektro-Instal")
    type_into(qtbot, dialog.start, "01.09.2003")
    type_into(qtbot, dialog.end, "30.06.2012")
    type_into(qtbot, dialog.fte, "100")
    dialog.country.setEditText("Poland")
    ok(qtbot, dialog)
    assert "two-letter" in dialog.field_message("country")
    assert dialog.country.currentText() == "Poland"
    dialog.country.setEditText("pl")
    with qtbot.waitSignal(dialog.accepted):
        ok(qtbot, dialog)
    assert dialog.saved_period().country == "PL"


def test_country_combo(qtbot):
    combo = CountryComboBox()
    qtbot.addWidget(combo)
    assert combo.code() == "NO"
    combo.set_code("UA")
    assert combo.currentText().startswith("UA")
    assert combo.code() == "UA"
    combo.set_code("IS")
    assert combo.code() == "IS"


def test_edit_existing_period_keeps_its_id(qtbot, db, candidate_id):
    saved = history.save_period(
        db,
        HistoryPeriod(
            kind=PeriodKind.VOLUNTARY,
            employer="Bivdu IL",
            start=date(2019, 5, 1),
            end=None,
            fte_percent=None,
            hours_per_week=6,
            candidate_id=candidate_id,
            country="SE",
        ),
    )
    dlg = PeriodDialog(db, candidate_id, saved, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Edit period"
    assert dlg.kind.currentData() == "voluntary"
    assert dlg.ongoing.isChecked() and dlg.use_hours.isChecked() and dlg.hours.text() == "6"
    assert dlg.country.code() == "SE"
    dlg.employer.setText("Bivdu Idrettslag")
    with qtbot.waitSignal(dlg.accepted):
        ok(qtbot, dlg)
    [stored] = history.list_periods(db, candidate_id)
    assert stored.id == saved.id and stored.employer == "Bivdu Idrettslag"


def test_course_kind_renames_the_employer_field(qtbot, dialog):
    dialog.kind.setCurrentIndex(dialog.kind.findData("non_formal_course"))
    assert dialog.form.labelForField(dialog.employer).text().replace("&", "") == "Course provider:"


def test_cancel_saves_nothing(qtbot, db, candidate_id, dialog):
    type_into(qtbot, dialog.employer, "X")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert history.list_periods(db, candidate_id) == []


def test_parse_number():
    assert parse_number(" 80 % ", "f", "m") == 80
    assert parse_number("37,5", "f", "m") == 37.5
    assert parse_number("", "f", "m") is None
    for bad in ("abc", "nan", "inf", "1,2,3"):
        with pytest.raises(Exception, match="m"):
            parse_number(bad, "f", "m")


def test_schooling_dialog(qtbot, db, candidate_id):
    dlg = SchoolingDialog(db, candidate_id)
    qtbot.addWidget(dlg)
    dlg.show()
    type_into(qtbot, dlg.year, "12")
    ok(qtbot, dlg)
    assert "four digits" in dlg.field_message("year")
    assert dlg.year.text() == "12"
    type_into(qtbot, dlg.year, "1939")
    ok(qtbot, dlg)  # the domain refuses the year and the missing programme together
    assert "is required" in dlg.field_message("programme")
    assert "between 1940" in dlg.field_message("year")
    type_into(qtbot, dlg.programme, "Vg1 bygg- og anleggsteknikk")
    type_into(qtbot, dlg.year, "2001")
    dlg.passed.setChecked(True)
    with qtbot.waitSignal(dlg.accepted):
        ok(qtbot, dlg)
    [stored] = history.list_schooling(db, candidate_id)
    assert stored.year == 2001 and stored.passed and stored.programme.startswith("Vg1")


def test_exam_dialog(qtbot, db, candidate_id):
    dlg = ExamDialog(db, candidate_id)
    qtbot.addWidget(dlg)
    dlg.show()
    type_into(qtbot, dlg.exam_date, "3.12.2024")
    ok(qtbot, dlg)
    assert "is required" in dlg.field_message("code")
    type_into(qtbot, dlg.code, "tmf3102")
    type_into(qtbot, dlg.exam_result, "bestått")
    with qtbot.waitSignal(dlg.accepted):
        ok(qtbot, dlg)
    [stored] = history.list_exams(db, candidate_id)
    assert (stored.code, stored.exam_date, stored.result) == ("TMF3102", date(2024, 12, 3), "bestått")


def test_course_dialog(qtbot, db, candidate_id):
    dlg = CourseDialog(db, candidate_id)
    qtbot.addWidget(dlg)
    dlg.show()
    type_into(qtbot, dlg.provider, "NELFO")
    type_into(qtbot, dlg.title, "FSE 2024")
    type_into(qtbot, dlg.hours, "åtte")
    type_into(qtbot, dlg.completed_on, "7.2.24")
    ok(qtbot, dlg)
    assert "as a number" in dlg.field_message("hours")
    assert "four digits" in dlg.field_message("completed_on")
    type_into(qtbot, dlg.hours, "7,5")
    type_into(qtbot, dlg.completed_on, "07.02.2024")
    with qtbot.waitSignal(dlg.accepted):
        ok(qtbot, dlg)
    [stored] = history.list_courses(db, candidate_id)
    assert stored.hours == 7.5 and stored.completed_on == date(2024, 2, 7)


def test_period_for_deleted_candidate_shows_general_message(qtbot, db, candidate_id):
    dlg = PeriodDialog(db, candidate_id, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    candidates.delete_candidate(db, candidate_id)
    type_into(qtbot, dlg.employer, "X")
    type_into(qtbot, dlg.start, "01.01.2020")
    dlg.ongoing.setChecked(True)
    type_into(qtbot, dlg.fte, "100")
    ok(qtbot, dlg)
    assert "Save the candidate first" in dlg.general_message()
    assert dlg.isVisible() and dlg.employer.text() == "X"


def focus_chain(start, wanted):
    """The widgets of ``wanted`` in the order Tab visits them, starting at ``start``."""
    order, widget = [], start
    for _ in range(500):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return order


def test_tab_order_follows_the_form(dialog):
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    expected = [
        dialog.kind,
        dialog.employer,
        dialog.country,
        dialog.role,
        dialog.tasks,
        dialog.start.lineEdit(),
        dialog.end.lineEdit(),
        dialog.ongoing,
        dialog.use_percent,
        dialog.fte,
        dialog.use_hours,
        dialog.hours,
        dialog.confirmed,
        dialog.attest_issued_by,
        dialog.attest_signer_name,
        dialog.attest_signer_title,
        dialog.attest_date.lineEdit(),
        dialog.attest_letterhead,
        ok_button,
    ]
    assert focus_chain(dialog.kind, expected) == expected
