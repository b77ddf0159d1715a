"""Table models for a candidate's history: work periods, schooling, exams and non-formal courses.

Each model holds plain dataclasses from ``services.history`` (never ORM rows) and has ``COL_*``
constants. :data:`ITEM_ROLE` gives the dataclass of a row, :data:`SORT_ROLE` a sortable key (dates
as ISO text, numbers as numbers), so a ``QSortFilterProxyModel`` sorts dates chronologically.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from rpl_desktop.domain.register import Course, Exam, HistoryPeriod, PeriodKind, Schooling, SchoolLevel
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.i18n import fill

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("history", text)


def period_kind_label(kind: PeriodKind) -> str:
    labels = {
        PeriodKind.EMPLOYMENT: _t("Employment"),
        PeriodKind.SELF_EMPLOYED: _t("Self-employed"),
        PeriodKind.VOLUNTARY: _t("Voluntary work"),
        PeriodKind.WORK_TRAINING: _t("Work training"),
        PeriodKind.LEISURE: _t("Leisure activity"),
        PeriodKind.NON_FORMAL_COURSE: _t("Non-formal course"),
    }
    return labels[kind]


def school_level_label(level: SchoolLevel) -> str:
    return {
        SchoolLevel.VG1: _t("Vg1"),
        SchoolLevel.VG2: _t("Vg2"),
        SchoolLevel.VG3: _t("Vg3"),
        SchoolLevel.HIGHER: _t("Higher education"),
    }[level]


def mute(label: QWidget) -> None:
    """Secondary text (hints, summaries): between the text and background colours, still readable."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.62 + back.red() * 0.38),
        round(text.green() * 0.62 + back.green() * 0.38),
        round(text.blue() * 0.62 + back.blue() * 0.38),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


def yes_no(value: bool) -> str:
    return _t("Yes") if value else _t("No")


def format_number(value: float | None) -> str:
    """80.0 -> "80", 37.5 -> "37.5"; None -> ""."""
    if value is None:
        return ""
    return f"{value:g}"


def attest_summary(p: HistoryPeriod) -> str:
    """Short text for the attest column: the date of issue, "yes" without date, "" with none."""
    if p.attest_date is not None:
        return format_date(p.attest_date)
    if p.attest_issued_by or p.attest_signer_name:
        return _t("Yes, undated")
    return ""


def attest_missing(p: HistoryPeriod) -> list[str]:
    """Which of the required attest items (domain-norway §1.6) are not recorded for this period."""
    if not (p.attest_issued_by or p.attest_signer_name or p.attest_date):
        return []
    missing = []
    if not p.attest_letterhead:
        missing.append(_t("letterhead or stamp"))
    if not p.attest_signer_name:
        missing.append(_t("signer's name"))
    if not p.attest_signer_title:
        missing.append(_t("signer's title"))
    if p.attest_date is None:
        missing.append(_t("date of issue"))
    return missing


class _ItemTableModel(QAbstractTableModel, Generic[T]):
    """A read-only list of dataclasses shown as a table; subclasses say what each column shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    # subclasses
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, item: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, item: T, column: int) -> Any:
        return self.display(item, column)

    def tooltip(self, item: T, column: int) -> str | None:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    # shared
    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if getattr(item, "id", None) == item_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return getattr(item, "id", None)
        if role == SORT_ROLE:
            return self.sort_key(item, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _iso(value: date | None, empty: str = "") -> str:
    return value.isoformat() if value else empty


class PeriodTableModel(_ItemTableModel[HistoryPeriod]):
    """Work and learning periods, one row each."""

    COL_KIND = 0
    COL_EMPLOYER = 1
    COL_ROLE = 2
    COL_COUNTRY = 3
    COL_FROM = 4
    COL_TO = 5
    COL_FTE = 6
    COL_CONFIRMED = 7
    COL_ATTEST = 8

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Employer / organisation"),
            self.tr("Role"),
            self.tr("Country"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Position"),
            self.tr("Confirmed"),
            self.tr("Attest"),
        ]

    def periods(self) -> list[HistoryPeriod]:
        return self.items()

    def display(self, p: HistoryPeriod, column: int) -> str:
        if column == self.COL_KIND:
            return period_kind_label(p.kind)
        if column == self.COL_EMPLOYER:
            return p.employer
        if column == self.COL_ROLE:
            return p.role
        if column == self.COL_COUNTRY:
            return p.country
        if column == self.COL_FROM:
            return format_date(p.start)
        if column == self.COL_TO:
            return format_date(p.end) if p.end else self.tr("ongoing")
        if column == self.COL_FTE:
            if p.fte_percent is not None:
                return f"{format_number(p.fte_percent)} %"
            if p.hours_per_week is not None:
                return fill(self.tr("%1 h/week"), format_number(p.hours_per_week))
            return ""
        if column == self.COL_CONFIRMED:
            return yes_no(p.third_party_confirmed)
        if column == self.COL_ATTEST:
            return attest_summary(p)
        return ""

    def sort_key(self, p: HistoryPeriod, column: int) -> Any:
        if column == self.COL_FROM:
            return p.start.isoformat()
        if column == self.COL_TO:
            return _iso(p.end, "9999-12-31")
        if column == self.COL_FTE:
            return float(p.effective_fte())
        if column == self.COL_ATTEST:
            return _iso(p.attest_date, "" if not attest_summary(p) else "0")
        return self.display(p, column).casefold()

    def tooltip(self, p: HistoryPeriod, column: int) -> str | None:
        if column == self.COL_ATTEST:
            if not attest_summary(p):
                return self.tr("No attest recorded")
            lines = [
                fill(self.tr("Issued by: %1"), p.attest_issued_by or "–"),
                fill(self.tr("Signed by: %1, %2"), p.attest_signer_name or "–", p.attest_signer_title or "–"),
            ]
            missing = attest_missing(p)
            if missing:
                lines.append(fill(self.tr("Not recorded: %1"), ", ".join(missing)))
            return "\n".join(lines)
        if column in (self.COL_EMPLOYER, self.COL_ROLE) and p.tasks:
            return p.tasks[:500]
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column == self.COL_FTE:
            return Qt.AlignmentFlag.AlignRight
        return None


class SchoolingTableModel(_ItemTableModel[Schooling]):
    COL_LEVEL = 0
    COL_PROGRAMME = 1
    COL_YEAR = 2
    COL_IN_SCHOOL = 3
    COL_YFF = 4
    COL_PASSED = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Level"),
            self.tr("Programme"),
            self.tr("Year"),
            self.tr("In school"),
            self.tr("YFF relevant"),
            self.tr("Passed"),
        ]

    def display(self, s: Schooling, column: int) -> str:
        values = {
            self.COL_LEVEL: school_level_label(s.level),
            self.COL_PROGRAMME: s.programme,
            self.COL_YEAR: "" if s.year is None else str(s.year),
            self.COL_IN_SCHOOL: yes_no(s.in_school),
            self.COL_YFF: yes_no(s.yff_relevant),
            self.COL_PASSED: yes_no(s.passed),
        }
        return values.get(column, "")


class ExamTableModel(_ItemTableModel[Exam]):
    COL_CODE = 0
    COL_DATE = 1
    COL_RESULT = 2
    COL_PASSED = 3

    def headers(self) -> list[str]:
        return [self.tr("Exam code"), self.tr("Date"), self.tr("Result"), self.tr("Passed")]

    def display(self, e: Exam, column: int) -> str:
        values = {
            self.COL_CODE: e.code,
            self.COL_DATE: format_date(e.exam_date),
            self.COL_RESULT: e.result,
            self.COL_PASSED: yes_no(e.passed),
        }
        return values.get(column, "")

    def sort_key(self, e: Exam, column: int) -> Any:
        return _iso(e.exam_date) if column == self.COL_DATE else self.display(e, column).casefold()


class CourseTableModel(_ItemTableModel[Course]):
    COL_PROVIDER = 0
    COL_TITLE = 1
    COL_HOURS = 2
    COL_DATE = 3

    def headers(self) -> list[str]:
        return [self.tr("Provider"), self.tr("Course"), self.tr("Hours"), self.tr("Completed")]

    def display(self, c: Course, column: int) -> str:
        values = {
            self.COL_PROVIDER: c.provider,
            self.COL_TITLE: c.title,
            self.COL_HOURS: format_number(c.hours),
            self.COL_DATE: format_date(c.completed_on),
        }
        return values.get(column, "")

    def sort_key(self, c: Course, column: int) -> Any:
        if column == self.COL_DATE:
            return _iso(c.completed_on)
        if column == self.COL_HOURS:
            return c.hours or 0.0
        return self.display(c, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == self.COL_HOURS else None


def make_table_view(
    model: _ItemTableModel[Any], accessible_name: str, parent: QWidget | None = None, stretch_column: int = 1
) -> QTableView:
    """A sortable, row-selecting, read-only table over ``model`` (through a sort proxy)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if 0 <= stretch_column < model.columnCount():
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    view.setAccessibleName(accessible_name)
    return view


def make_period_view(model: PeriodTableModel, parent: QWidget | None = None) -> QTableView:
    """The history table: sorted by start date, the employer column takes the spare width."""
    view = make_table_view(
        model,
        QCoreApplication.translate("history", "Work and learning periods"),
        parent,
        stretch_column=PeriodTableModel.COL_EMPLOYER,
    )
    view.sortByColumn(PeriodTableModel.COL_FROM, Qt.SortOrder.AscendingOrder)
    return view


def source_row(view: QTableView, proxy_row: int) -> int:
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return proxy.mapToSource(proxy.index(proxy_row, 0)).row()


def selected_item(view: QTableView) -> Any:
    """The dataclass of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        current = view.currentIndex()
        if not current.isValid():
            return None
        rows = [current]
    return rows[0].data(ITEM_ROLE)


def select_item(view: QTableView, item_id: int | None) -> bool:
    """Select (and scroll to) the row whose item has ``item_id``; False if not shown."""
    proxy = view.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(ID_ROLE) == item_id:
            view.selectRow(row)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False
