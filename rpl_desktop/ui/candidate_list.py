"""The candidate list: search box, a table paged from the database, and a count.

The register may hold 100 000 candidates, so the table never loads them all: the model asks
``search_candidates`` for one page (200 rows) and the view pulls the next page (``fetchMore``, keyset
paging on the last row's sort key and id) as the user scrolls. The order is the database's (family
name, given name); there is deliberately no sort proxy, it would have to load everything.

The list shows the masked ID number only (``150385*****``); the full number is never in the model.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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

from rpl_desktop.services.candidates import PAGE_SIZE, CandidateRow, count_candidates, search_candidates
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

CandidateIdRole = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
# refresh(select_id) pages forward until the row is found, but not through the whole register.
MAX_ROWS_TO_FIND = 20 * PAGE_SIZE
# Counting the matches of a short search in a huge register stops here ("More than 10 000 of ...").
COUNT_CAP = 10_000


def group_digits(number: int) -> str:
    """``1234`` -> ``"1 234"`` with a no-break space, as Norwegian and Swedish (and SI) write it."""
    return f"{number:,}".replace(",", "\u00a0")


class CandidateTableModel(QAbstractTableModel):
    """Candidates matching a search text, one page at a time, in the database's order."""

    COL_FAMILY_NAME = 0
    COL_GIVEN_NAME = 1
    COL_BIRTH_DATE = 2
    COL_ID = 3
    COL_CITY = 4
    COLUMN_COUNT = 5

    def __init__(self, db: Database, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._query = ""
        self._rows: list[CandidateRow] = []
        self._more = False
        self._load_first_page()

    # -- loading --------------------------------------------------------------------------------

    def _fetch(self) -> list[CandidateRow]:
        after = (self._rows[-1].sort_key, self._rows[-1].id) if self._rows else None
        rows = search_candidates(self._db, self._query, after=after, limit=self._page_size)
        self._more = len(rows) == self._page_size
        return rows

    def _load_first_page(self) -> None:
        self._rows = []
        self._rows = self._fetch()

    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show the candidates matching ``query`` (first page)."""
        self.beginResetModel()
        self._query = query.strip()
        self._load_first_page()
        self.endResetModel()

    def reload(self) -> None:
        """Read the first page again (after a save or delete elsewhere)."""
        self.set_query(self._query)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._fetch()
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        log.debug("candidate list: %d rows loaded", len(self._rows))

    # -- access ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, candidate_id: int) -> int:
        """The row showing ``candidate_id`` among those loaded, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == candidate_id:
                return row
        return -1

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def _text(self, item: CandidateRow, column: int) -> str:
        if column == self.COL_FAMILY_NAME:
            return item.family_name
        if column == self.COL_GIVEN_NAME:
            return item.given_name
        if column == self.COL_BIRTH_DATE:
            return item.birth_date.strftime("%d.%m.%Y") if item.birth_date else ""
        if column == self.COL_ID:
            return item.masked_id
        if column == self.COL_CITY:
            return item.city
        return ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None or not (0 <= index.column() < self.COLUMN_COUNT):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        if role == CandidateIdRole:
            return item.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = {
                self.COL_FAMILY_NAME: self.tr("Family name"),
                self.COL_GIVEN_NAME: self.tr("Given name"),
                self.COL_BIRTH_DATE: self.tr("Born"),
                self.COL_ID: self.tr("ID number"),
                self.COL_CITY: self.tr("City"),
            }
            return titles.get(section)
        return super().headerData(section, orientation, role)


class CandidateListWidget(QWidget):
    """Search box, candidate table and count. Emits ``candidateActivated(id)`` when the user picks one."""

    candidateActivated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._notify = True
        self.setObjectName("candidateList")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("candidateSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, ID number or case number"))
        self.search_edit.setAccessibleName(self.tr("Search candidates"))
        self.search_edit.setToolTip(self.tr("Ctrl+F. Esc clears the search; Down moves to the list."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search_edit)

        self._model = CandidateTableModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("candidateTable")
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.setModel(self._model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, chars in (
            (CandidateTableModel.COL_FAMILY_NAME, 15),
            (CandidateTableModel.COL_GIVEN_NAME, 13),
            (CandidateTableModel.COL_BIRTH_DATE, 10),
            (CandidateTableModel.COL_ID, 12),
        ):
            self.table.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars + 16)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("candidateCount")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("candidateListEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.focus_search)

        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)
        self._update_count()

    # -- public ---------------------------------------------------------------------------------

    def model(self) -> CandidateTableModel:
        return self._model

    def set_query(self, text: str) -> None:
        """Put ``text`` in the search box and apply it at once (no debounce)."""
        self.search_edit.setText(text)
        self.search_now()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def current_candidate_id(self) -> int | None:
        item = self._model.row_at(self.table.currentIndex().row())
        return item.id if item else None

    def select_candidate(self, candidate_id: int | None, *, notify: bool = False) -> bool:
        """Make ``candidate_id`` the current row (paging forward if needed). False if it is not listed."""
        self._notify = notify
        try:
            if candidate_id is None:
                self.table.selectionModel().clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                return True
            row = self._model.row_of(candidate_id)
            while row < 0 and self._model.canFetchMore() and self._model.rowCount() < MAX_ROWS_TO_FIND:
                self._model.fetchMore()
                row = self._model.row_of(candidate_id)
            if row < 0:
                self.table.selectionModel().clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                return False
            index = self._model.index(row, CandidateTableModel.COL_FAMILY_NAME)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._notify = True

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list (the search stays), then select ``select_id`` or the row that was current."""
        keep = select_id if select_id is not None else self.current_candidate_id()
        self._notify = False
        try:
            self._model.reload()
        finally:
            self._notify = True
        if keep is not None:
            self.select_candidate(keep)
        self._update_count()

    def search_now(self) -> None:
        """Apply the search text at once (the debounce timer does this 150 ms after typing stops)."""
        self._search_timer.stop()
        self._apply_search()

    # -- internals ------------------------------------------------------------------------------

    def _apply_search(self) -> None:
        text = self.search_edit.text().strip()
        if text == self._model.query():
            return
        keep = self.current_candidate_id()
        self._notify = False
        try:
            self._model.set_query(text)
        finally:
            self._notify = True
        if keep is not None and self._model.row_of(keep) >= 0:
            self.select_candidate(keep)
        self._update_count()

    def _update_count(self) -> None:
        query = self._model.query()
        total = count_candidates(self._db)
        if query:
            found = count_candidates(self._db, query, cap=COUNT_CAP)
            if found == 1:
                text = fill(self.tr("1 of %1 candidates"), group_digits(total))
            elif found > COUNT_CAP:
                text = fill(
                    self.tr("More than %1 of %2 candidates"), group_digits(COUNT_CAP), group_digits(total)
                )
            else:
                text = fill(self.tr("%1 of %2 candidates"), group_digits(found), group_digits(total))
            empty = self.tr("No candidate matches this search. Esc clears it.") if found == 0 else ""
        else:
            text = (
                self.tr("1 candidate") if total == 1 else fill(self.tr("%1 candidates"), group_digits(total))
            )
            empty = (
                self.tr("No candidates yet. Add one with File > New candidate (Ctrl+N).")
                if total == 0
                else ""
            )
        self.count_label.setText(text)
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._notify or not current.isValid():
            return
        item = self._model.row_at(current.row())
        if item is not None:
            self.candidateActivated.emit(item.id)

    def _activated(self, index: QModelIndex) -> None:
        item = self._model.row_at(index.row())
        if item is not None:
            self.candidateActivated.emit(item.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.search_now()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self._model.rowCount() > 0:
                self.search_now()
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self._model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                if self._model.rowCount() == 1:
                    self.table.setCurrentIndex(self._model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
