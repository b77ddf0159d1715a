"""A date input for people who type dates: a line edit taking dd.mm.yyyy, with a calendar button.

Caseworkers copy dates from attests, so typing must be quick and must never be second-guessed:
``01.08.2019``, ``1.8.2019``, ``01082019`` and ISO ``2019-08-01`` are all accepted. A valid entry is
shown as dd.mm.yyyy when the field is left; anything that is not a date stays exactly as typed and
:meth:`DateLineEdit.parse` raises a :class:`ValidationError` whose message says what is wrong
("31.02.2020 is not a date: February 2020 has 29 days."), for the form to show at the field.
QDateEdit is not used because it silently "corrects" what was typed and cannot be blank.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from rpl_desktop.domain.errors import ValidationError
from rpl_desktop.ui.i18n import fill

DISPLAY_FORMAT = "dd.mm.yyyy"
MIN_YEAR = 1900
MAX_YEAR = 2100

_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d+)$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$", re.ASCII)


DateValue = date  # inside DateLineEdit, ``date`` names the method


def format_date(value: date | None) -> str:
    """dd.mm.yyyy, or "" for no date. The one display form for dates in the interface."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


def _calendar_icon() -> QIcon:
    """A small calendar drawn here, so the button looks the same on every platform and theme."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#44546a"), 2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(3, 6, 26, 23), 3, 3)
    painter.fillRect(QRectF(4, 7, 24, 6), QColor("#2f6db5"))
    painter.setPen(QPen(QColor("#44546a"), 2.5))
    painter.drawLine(10, 3, 10, 9)
    painter.drawLine(22, 3, 22, 9)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#44546a"))
    for row in range(3):
        for col in range(4):
            painter.drawRect(QRectF(7 + col * 5.2, 15.5 + row * 4.2, 2.6, 2.6))
    painter.end()
    return QIcon(pixmap)


class DateLineEdit(QWidget):
    """Line edit for a date (dd.mm.yyyy) with a calendar popup; blank means "no date".

    ``field_name`` is the domain's name for the field ("start", "birth_date"); it is put on the
    :class:`ValidationError` raised by :meth:`parse`. Alt+Down or F4 opens the calendar.
    """

    textChanged = Signal(str)
    editingFinished = Signal()
    dateChosen = Signal(object)  # a datetime.date picked in the calendar

    def __init__(self, field_name: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self._edit = QLineEdit(self)
        self._edit.setObjectName(f"{field_name}_text")
        self._edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self._edit.setMaxLength(20)
        self._edit.setClearButtonEnabled(False)
        self._edit.setToolTip(
            self.tr("Type the date as dd.mm.yyyy (also d.m.yyyy or yyyy-mm-dd). Alt+Down opens a calendar.")
        )
        self._button = QToolButton(self)
        self._button.setObjectName(f"{field_name}_calendar")
        self._button.setIcon(_calendar_icon())
        self._button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self._button.setAccessibleName(self.tr("Open calendar"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the keyboard
        self._button.setAutoRaise(True)
        self._button.clicked.connect(self.open_calendar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._edit)
        # Wide enough for "31.12.2024" and a little more; dates never need a whole form row.
        self._edit.setMinimumWidth(self._edit.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.setFixedWidth(self._edit.minimumWidth() + 60)

        for key in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(key), self._edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_calendar)

        self._edit.textChanged.connect(self.textChanged)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self._menu: QMenu | None = None
        self._calendar: QCalendarWidget | None = None

    # -- the public value -------------------------------------------------------------------------

    def text(self) -> str:
        return self._edit.text()

    def setText(self, text: str) -> None:
        self._edit.setText(text)

    def is_blank(self) -> bool:
        return not self._edit.text().strip()

    def setDate(self, value: DateValue | None) -> None:
        self._edit.setText(format_date(value))

    def date(self) -> DateValue | None:
        """The date, or None when the field is blank *or not a valid date*. Forms use :meth:`parse`."""
        try:
            return self.parse()
        except ValidationError:
            return None

    def parse(self) -> DateValue | None:
        """The date typed, None when blank; raises ValidationError(field_name, message) otherwise."""
        message = self._problem(self._edit.text().strip())
        if isinstance(message, str):
            raise ValidationError(self.field_name, message)
        return message

    def is_valid(self) -> bool:
        """True when the text is blank or a valid date."""
        return not isinstance(self._problem(self._edit.text().strip()), str)

    def lineEdit(self) -> QLineEdit:
        return self._edit

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self._edit.setAccessibleName(name)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self._edit.setReadOnly(read_only)
        self._button.setEnabled(not read_only)

    def setStyleSheet(self, style: str) -> None:  # noqa: N802 - Qt naming
        """Style the text field only (FieldErrors' red frame belongs round the date, not the button)."""
        self._edit.setStyleSheet(style)

    def styleSheet(self) -> str:  # noqa: N802 - Qt naming
        return self._edit.styleSheet()

    # -- parsing ------------------------------------------------------------------------------------

    def _example(self) -> str:
        return self.tr("Write the date as dd.mm.yyyy, e.g. 01.08.2019.")

    def _problem(self, text: str) -> DateValue | None | str:
        """The date, None for blank, or a message (str) saying what is wrong."""
        if not text:
            return None
        match = _DOTTED.match(text)
        if match:
            day, month, year_text = match.groups()
            if len(year_text) != 4:
                return self.tr("Write the year with four digits, e.g. 01.08.2019.")
            return self._build(int(year_text), int(month), int(day))
        match = _ISO.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return self._build(year, month, day)
        match = _COMPACT.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return self._build(year, month, day)
        return self._example()

    def _build(self, year: int, month: int, day: int) -> DateValue | str:
        if not 1 <= month <= 12:
            return fill(self.tr("There is no month %1. %2"), month, self._example())
        if not MIN_YEAR <= year <= MAX_YEAR:
            return fill(
                self.tr("The year %1 looks mistyped; give a year between %2 and %3."),
                year,
                MIN_YEAR,
                MAX_YEAR,
            )
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            month_name = QLocale().toString(QDate(year, month, 1), "MMMM")
            return fill(
                self.tr("%1 is not a date: %2 %3 has %4 days."),
                f"{day:02d}.{month:02d}.{year}",
                month_name,
                year,
                days,
            )
        return date(year, month, day)

    def _on_editing_finished(self) -> None:
        # Show a valid date in the one display form; leave anything else exactly as typed.
        value = self._problem(self._edit.text().strip())
        if isinstance(value, date):
            shown = format_date(value)
            if shown != self._edit.text():
                self._edit.setText(shown)
        self.editingFinished.emit()

    # -- calendar popup ---------------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget | None:
        """The calendar of the popup once it has been opened (for tests and accessibility tools)."""
        return self._calendar

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the typed date (or today)."""
        if self._edit.isReadOnly() or not self.isEnabled():
            return
        if self._menu is None:
            self._menu = QMenu(self)
            self._calendar = QCalendarWidget(self._menu)
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
            self._calendar.setAccessibleName(self.tr("Calendar"))
            self._calendar.activated.connect(self._pick)  # Enter or double click
            self._calendar.clicked.connect(self._pick)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
        assert self._calendar is not None
        current = self.date() or date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        chosen = date(qdate.year(), qdate.month(), qdate.day())
        self.setDate(chosen)
        if self._menu is not None:
            self._menu.close()
        self._edit.setFocus()
        self.dateChosen.emit(chosen)
        self.editingFinished.emit()
