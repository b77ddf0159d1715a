"""The case view's History tab: who changed what in the case, when and why, newest first, read-only.

The entries come from the hash-chained audit log (:func:`rpl_desktop.services.audit.case_history`);
the tab reads them again each time it is shown and after the case is saved. A filter box narrows the
list to entries whose who, what or why contains the words typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.audit import HistoryEntry, case_history
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    """The entries, newest first: When (local time), Who, What, Why."""

    COL_WHEN, COL_WHO, COL_WHAT, COL_WHY = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.seq, reverse=True)
        self.endResetModel()

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.COL_WHEN:
                return e.at.astimezone().strftime("%d.%m.%Y %H:%M")
            return (None, e.actor, e.summary, e.reason)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class HistoryFilterProxyModel(QSortFilterProxyModel):
    """Keeps the rows whose who, what and why together contain every word typed (any case)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = [w.casefold() for w in text.split()]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount())
        ).casefold()
        return all(w in text for w in self._words)


class CaseHistoryWidget(QWidget):
    """The History tab. ``case_id()`` says which case is open (the case view's)."""

    def __init__(
        self, db: Database, case_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._case_id = case_id
        self._shown_for: int | None = None
        self.setObjectName("caseHistory")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("historyFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Words in who, what or why"))
        self.filter_edit.setAccessibleName(self.tr("Filter the history"))
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("historyCount")
        self.model = HistoryTableModel(self)
        self.proxy = HistoryFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History of the case"))
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryTableModel.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryTableModel.COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryTableModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HistoryTableModel.COL_WHY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(HistoryTableModel.COL_WHY, 220)
        self.empty_label = QLabel(self.tr("Nothing has been recorded for this case yet."), self)
        self.empty_label.setObjectName("historyEmpty")
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.filter_edit.textChanged.connect(self._filter_changed)

    def refresh(self) -> None:
        """Read the open case's history again."""
        case_id = self._case_id()
        self._shown_for = case_id
        self.message.hide()
        entries: list[HistoryEntry] = []
        if case_id is not None:
            try:
                entries = case_history(self._db, case_id)
            except RplError as exc:
                self.message.setText(exc.message)
                self.message.show()
        self.model.set_entries(entries)
        self._filter_changed(self.filter_edit.text())
        self.table.resizeRowsToContents()

    def refresh_if_shown(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._shown_for = None  # read again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def visible_summaries(self) -> list[str]:
        """What the table shows, top to bottom (for tests and screen readers)."""
        return [
            str(self.proxy.index(r, HistoryTableModel.COL_WHAT).data()) for r in range(self.proxy.rowCount())
        ]

    def _filter_changed(self, text: str) -> None:
        words = text.split()
        self.proxy.set_words(text)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty_label.setVisible(total == 0)
        self.table.setVisible(total > 0)
        if words:
            self.count_label.setText(fill(self.tr("%1 of %2 entries"), shown, total))
        else:
            self.count_label.setText(fill(self.tr("%1 entries"), total))
