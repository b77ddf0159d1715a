"""DateLineEdit: typed dates in the forms caseworkers use; malformed text stays and gets a message."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from rpl_desktop.domain.errors import ValidationError
from rpl_desktop.ui.date_edit import DateLineEdit, format_date


@pytest.fixture
def edit(qtbot):
    widget = DateLineEdit("start")
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "text", ["01.08.2019", "1.8.2019", "01.8.2019", "2019-08-01", "2019-8-1", "01082019", "  01.08.2019 "]
)
def test_accepted_forms(edit, text):
    edit.setText(text)
    assert edit.parse() == date(2019, 8, 1)
    assert edit.date() == date(2019, 8, 1)
    assert edit.is_valid()


def test_blank_is_no_date(edit):
    edit.setText("   ")
    assert edit.is_blank()
    assert edit.parse() is None
    edit.setDate(date(2020, 2, 29))
    assert edit.text() == "29.02.2020"
    edit.setDate(None)
    assert edit.text() == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.02.2020", "31.02.2020 is not a date: February 2020 has 29 days."),
        ("29.02.2021", "February 2021 has 28 days"),
        ("31.04.2019", "April 2019 has 30 days"),
        ("01.13.2020", "There is no month 13"),
        ("01.08.19", "Write the year with four digits"),
        ("1st of May", "Write the date as dd.mm.yyyy, e.g. 01.08.2019"),
        ("01/08/2019", "Write the date as dd.mm.yyyy"),
        ("01.08.1019", "The year 1019 looks mistyped"),
        ("2019-02-30", "February 2019 has 28 days"),
    ],
)
def test_malformed_text_gives_a_message_and_stays(qtbot, edit, text, expected):
    edit.show()
    qtbot.keyClicks(edit.lineEdit(), text)
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Return)  # editingFinished
    with pytest.raises(ValidationError) as info:
        edit.parse()
    assert info.value.field == "start"
    assert expected in info.value.detail
    assert edit.text() == text  # never silently changed
    assert edit.date() is None
    assert not edit.is_valid()


def test_valid_entry_is_shown_in_the_display_form(qtbot, edit):
    edit.show()
    qtbot.keyClicks(edit.lineEdit(), "1.8.2019")
    with qtbot.waitSignal(edit.editingFinished):
        qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Return)
    assert edit.text() == "01.08.2019"
    edit.setText("2019-08-01")
    edit.lineEdit().editingFinished.emit()
    assert edit.text() == "01.08.2019"


# A popup raises itself and grabs the keyboard; the offscreen platform can do neither and says so.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@POPUP_WARNINGS
def test_calendar_popup_sets_the_date(qtbot, edit):
    edit.show()
    edit.setText("15.03.2021")
    edit.open_calendar()
    calendar = edit.calendar()
    assert calendar is not None
    assert calendar.selectedDate() == QDate(2021, 3, 15)  # opens on the typed date
    with qtbot.waitSignal(edit.dateChosen) as chosen:
        calendar.clicked.emit(QDate(2020, 5, 17))
    assert chosen.args == [date(2020, 5, 17)]
    assert edit.text() == "17.05.2020"


@POPUP_WARNINGS
def test_keyboard_opens_calendar(qtbot, edit):
    edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.lineEdit().hasFocus())
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.calendar() is not None
    assert edit.calendar().isVisible()


def test_accessible_names_and_focus_proxy(edit):
    edit.setAccessibleName("From date")
    assert edit.lineEdit().accessibleName() == "From date"
    assert edit.focusProxy() is edit.lineEdit()
    assert edit.lineEdit().placeholderText() == "dd.mm.yyyy"


def test_invalid_style_goes_to_the_text_field_only(edit):
    edit.setStyleSheet("border: 1px solid #c0392b;")
    assert "c0392b" in edit.lineEdit().styleSheet()
    assert edit.styleSheet() == edit.lineEdit().styleSheet()


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_display_form_round_trips(qapp, value):
    widget = DateLineEdit("d")
    widget.setDate(value)
    assert widget.parse() == value
    widget.setText(value.isoformat())
    assert widget.parse() == value
    assert format_date(value) == f"{value.day:02d}.{value.month:02d}.{value.year}"
    widget.deleteLater()


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=20))
def test_any_text_is_a_date_none_or_a_validation_error(qapp, text):
    widget = DateLineEdit("d")
    widget.setText(text)
    typed = widget.text()  # the field holds at most 20 UTF-16 units
    try:
        result = widget.parse()
    except ValidationError as exc:
        assert exc.field == "d" and exc.detail
    else:
        assert result is None or isinstance(result, date)
    widget.lineEdit().editingFinished.emit()
    if not widget.is_valid():
        assert widget.text() == typed
    widget.deleteLater()
