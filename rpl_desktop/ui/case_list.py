"""The case list: filters (status, caseworker, target, phase, overdue), a debounced search and a table.

The service returns at most a few hundred rows per query (``list_cases`` has a limit), so the table
holds them all and sorts through a proxy. Overdue cases carry an icon *and* the word "overdue" in the
due column, never a colour alone.

The words for purposes, statuses, phases and kinds of standard are here too
(:func:`purpose_label` ...), as the dialog and the case view use the same ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.cases import PHASE_ORDER, CaseStatus, Phase, Purpose
from rpl_desktop.domain.catalogue import StandardKind
from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.cases import CaseFilter, CaseRow, caseworkers, list_cases
from rpl_desktop.services.catalogue import list_standards
from rpl_desktop.store.database import Database
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

CaseIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3
SEARCH_DELAY_MS = 250
OVERDUE_COLOUR = "#a15c00"

Index = QModelIndex | QPersistentModelIndex


# -- words shared by the case widgets ------------------------------------------------------------------


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseLabels", text)


def purpose_label(purpose: Purpose) -> str:
    return {
        Purpose.OPPTAK: _t("Admission (opptak)"),
        Purpose.FRITAK: _t("Exemption (fritak / innpassing)"),
        Purpose.PRAKSISKANDIDAT: _t("Praksiskandidat"),
        Purpose.RKV_VGS: _t("RKV upper secondary"),
        Purpose.BRANSJEVALIDERING: _t("Industry validation (bransjevalidering)"),
        Purpose.KOMPETANSEKARTLEGGING: _t("Competence map (kompetansekartlegging)"),
    }[purpose]


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.DRAFT: _t("Draft"),
        CaseStatus.UNDER_ASSESSMENT: _t("Under assessment"),
        CaseStatus.PROPOSED: _t("Proposed"),
        CaseStatus.APPROVED: _t("Approved"),
        CaseStatus.ISSUED: _t("Issued"),
        CaseStatus.APPEALED: _t("Appealed"),
        CaseStatus.CLOSED: _t("Closed"),
    }[status]


def phase_label(phase: Phase) -> str:
    return {
        Phase.VEILEDNING: _t("Guidance (veiledning)"),
        Phase.KARTLEGGING: _t("Mapping (kartlegging)"),
        Phase.VURDERING: _t("Assessment (vurdering)"),
        Phase.DOKUMENTASJON: _t("Documentation (dokumentasjon)"),
    }[phase]


def kind_label(kind: StandardKind) -> str:
    return {
        StandardKind.FAGSKOLE_EMNE: _t("Fagskole emne"),
        StandardKind.UTDANNING: _t("Fagskole programme (utdanning)"),
        StandardKind.LAEREFAG: _t("Lærefag"),
        StandardKind.ADMISSION: _t("Fagskole admission"),
        StandardKind.BRANSCHMODELL: _t("Swedish branschmodell"),
    }[kind]


def overdue_icon(size: int = 16) -> QIcon:
    """A small clock with an exclamation mark, drawn here so no icon theme is needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.moveTo(QPointF(size / 2, 1))
    path.lineTo(QPointF(size - 1, size - 2))
    path.lineTo(QPointF(1, size - 2))
    path.closeSubpath()
    p.fillPath(path, QColor(OVERDUE_COLOUR))
    pen = QPen(QColor("#ffffff"), max(1.5, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(size / 2, size * 0.38), QPointF(size / 2, size * 0.62))
    p.drawPoint(QPointF(size / 2, size * 0.78))
    p.end()
    return QIcon(pixmap)


# -- the model ---------------------------------------------------------------------------------------


class CaseTableModel(QAbstractTableModel):
    """Rows of :func:`list_cases`; overdue is judged against ``today``."""

    COL_NUMBER = 0
    COL_CANDIDATE = 1
    COL_TARGET = 2
    COL_PURPOSE = 3
    COL_STATUS = 4
    COL_PHASE = 5
    COL_CASEWORKER = 6
    COL_OPENED = 7
    COL_DUE = 8
    COLUMN_COUNT = 9

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._today = today
        self._icon: QIcon | None = None
        self._checked_out: dict[int, str] = {}  # case id -> "Checked out to … since …" (offline files)

    def today(self) -> date:
        return self._today or date.today()

    def set_rows(self, rows: Sequence[CaseRow], checked_out: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked_out = dict(checked_out or {})
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == case_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_NUMBER: self.tr("Case no."),
                self.COL_CANDIDATE: self.tr("Candidate"),
                self.COL_TARGET: self.tr("Target"),
                self.COL_PURPOSE: self.tr("Purpose"),
                self.COL_STATUS: self.tr("Status"),
                self.COL_PHASE: self.tr("Phase"),
                self.COL_CASEWORKER: self.tr("Caseworker"),
                self.COL_OPENED: self.tr("Opened"),
                self.COL_DUE: self.tr("Due"),
            }.get(section)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _text(self, item: CaseRow, column: int) -> str:
        if column == self.COL_NUMBER:
            return item.number
        if column == self.COL_CANDIDATE:
            return item.candidate_name
        if column == self.COL_TARGET:
            return item.standard_title
        if column == self.COL_PURPOSE:
            return purpose_label(item.purpose)
        if column == self.COL_STATUS:
            if item.id in self._checked_out:
                return fill(self.tr("%1 (checked out)"), status_label(item.status))
            return status_label(item.status)
        if column == self.COL_PHASE:
            return phase_label(item.phase) if item.phase else self.tr("not started")
        if column == self.COL_CASEWORKER:
            return item.caseworker
        if column == self.COL_OPENED:
            return format_date(item.opened_on)
        if column == self.COL_DUE:
            if item.due_on is None:
                return ""
            if item.is_overdue(self.today()):
                return fill(self.tr("%1 (overdue)"), format_date(item.due_on))
            return format_date(item.due_on)
        return ""

    def _sort_key(self, item: CaseRow, column: int) -> Any:
        if column == self.COL_OPENED:
            return item.opened_on.isoformat()
        if column == self.COL_DUE:
            return item.due_on.isoformat() if item.due_on else "9999"
        if column == self.COL_PHASE:
            return PHASE_ORDER.index(item.phase) if item.phase else -1
        if column == self.COL_STATUS:
            return list(CaseStatus).index(item.status)
        return self._text(item, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        column = index.column()
        if item is None or not 0 <= column < self.COLUMN_COUNT:
            return None
        overdue = item.is_overdue(self.today())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DUE and overdue and item.due_on is not None:
                days = (self.today() - item.due_on).days
                return fill(self.tr("Overdue: the due date passed %1 day(s) ago."), days)
            if column == self.COL_STATUS and item.id in self._checked_out:
                return self._checked_out[item.id]
            if column in (self.COL_TARGET, self.COL_PURPOSE, self.COL_PHASE):
                return self._text(item, column)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_DUE and overdue:
            if self._icon is None:
                self._icon = overdue_icon()
            return self._icon
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DUE and overdue:
            return QColor(OVERDUE_COLOUR)
        if role == CaseIdRole:
            return item.id
        if role == OverdueRole:
            return overdue
        if role == SortRole:
            return self._sort_key(item, column)
        return None


# -- the widget --------------------------------------------------------------------------------------


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


class CaseListWidget(QWidget):
    """Filters, search and the table of cases. ``caseActivated(id)`` when the user opens one.

    ``dialog_factory(parent)`` builds the "New case" dialog and ``exec_dialog(dialog)`` runs it; tests
    replace the second so nothing blocks.
    """

    caseActivated = Signal(int)
    caseCreated = Signal(int)
    takeOfflineRequested = Signal(list)  # the selected case ids (context menu "Take offline…")

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        dialog_factory: Callable[[QWidget], QDialog] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._dialog_factory = dialog_factory
        self.exec_dialog: Callable[[QDialog], int] = _exec
        self.setObjectName("caseList")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setPlaceholderText(self.tr("Case number, candidate name or target"))
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search_edit)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("caseStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_combo.addItem(status_label(status), status.value)

        self.caseworker_combo = QComboBox(self)
        self.caseworker_combo.setObjectName("caseworkerFilter")
        self.caseworker_combo.setAccessibleName(self.tr("Caseworker filter"))

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("caseTargetFilter")
        self.target_combo.setAccessibleName(self.tr("Target filter"))
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_combo.setMinimumContentsLength(22)

        self.phase_combo = QComboBox(self)
        self.phase_combo.setObjectName("casePhaseFilter")
        self.phase_combo.setAccessibleName(self.tr("Phase filter"))
        self.phase_combo.addItem(self.tr("Any phase"), None)
        for phase in PHASE_ORDER:
            self.phase_combo.addItem(phase_label(phase), phase.value)

        self.overdue_check = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_check.setObjectName("caseOverdueFilter")

        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.setObjectName("newCase")
        self.new_button.setToolTip(self.tr("Open a new case (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.new_case())
        new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.new_case())

        self._model = CaseTableModel(self, today=today)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self._proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until clicked
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CaseTableModel.COL_TARGET, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widest = {
            CaseTableModel.COL_NUMBER: ["0" * 10],
            CaseTableModel.COL_CANDIDATE: ["x" * 24],
            CaseTableModel.COL_PURPOSE: [purpose_label(p) for p in Purpose],
            CaseTableModel.COL_STATUS: [status_label(s) for s in CaseStatus],
            CaseTableModel.COL_PHASE: [phase_label(p) for p in PHASE_ORDER],
            CaseTableModel.COL_CASEWORKER: ["x" * 16],
            CaseTableModel.COL_OPENED: ["00.00.0000"],
            CaseTableModel.COL_DUE: [fill(self.tr("%1 (overdue)"), "00.00.0000")],
        }
        for column, samples in widest.items():
            width = max(fm.horizontalAdvance(t) for t in samples) + 20
            if column == CaseTableModel.COL_DUE:
                width += 22  # the overdue icon
            if column == CaseTableModel.COL_PURPOSE:
                width = min(width, fm.horizontalAdvance("Exemption (fritak / innpassing)") + 20)
            self.table.setColumnWidth(column, width)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("caseListMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("caseListEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        # Two filters a row, so the list fits beside the case view on a laptop screen.
        for index, (text, widget) in enumerate(
            (
                (self.tr("&Status:"), self.status_combo),
                (self.tr("Case&worker:"), self.caseworker_combo),
                (self.tr("&Target:"), self.target_combo),
                (self.tr("P&hase:"), self.phase_combo),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
            row, column = divmod(index, 2)
            filters.addWidget(label, row, column * 2)
            filters.addWidget(widget, row, column * 2 + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        filters.addWidget(self.overdue_check, 2, 1, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)

        self._fill_choices()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in (self.status_combo, self.caseworker_combo, self.target_combo, self.phase_combo):
            combo.currentIndexChanged.connect(self._apply)
        self.overdue_check.toggled.connect(self._apply)
        self.table.activated.connect(self._activated)
        # Offline case files: the selected cases to a laptop (context menu and Ctrl+Shift+O).
        self.take_offline_action = QAction(self.tr("Take &offline…"), self.table)
        self.take_offline_action.setObjectName("takeCasesOffline")
        self.take_offline_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.take_offline_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.take_offline_action.triggered.connect(
            lambda: self.takeOfflineRequested.emit(self.selected_case_ids()))
        self.table.addAction(self.take_offline_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._query: CaseFilter | None = None
        self._apply()

    # -- public -----------------------------------------------------------------------------------

    def model(self) -> CaseTableModel:
        return self._model

    def proxy(self) -> QSortFilterProxyModel:
        return self._proxy

    def current_filter(self) -> CaseFilter:
        status = self.status_combo.currentData()
        phase = self.phase_combo.currentData()
        return CaseFilter(
            text=self.search_edit.text().strip(),
            status=CaseStatus(status) if status else None,
            caseworker=self.caseworker_combo.currentData() or "",
            standard_uid=self.target_combo.currentData() or "",
            phase=Phase(phase) if phase else None,
            overdue_on=(self._today or date.today()) if self.overdue_check.isChecked() else None,
        )

    def selected_case_ids(self) -> list[int]:
        """The cases selected in the table (several with Ctrl/Shift), in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [self._proxy.index(row, 0).data(CaseIdRole) for row in rows]
        return [int(i) for i in ids if i is not None]

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(CaseIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_case(self, case_id: int | None) -> bool:
        if case_id is None:
            self.table.clearSelection()
            return True
        row = self._model.row_of(case_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def refresh(self, select_id: int | None = None) -> None:
        """Read the filter choices and the list again; select ``select_id`` or keep the current row."""
        keep = select_id if select_id is not None else self.current_case_id()
        self._fill_choices()
        self._query = None
        self._apply()
        if keep is not None:
            self.select_case(keep)

    def search_now(self) -> None:
        self._search_timer.stop()
        self._apply()

    def new_case(self, candidate_id: int | None = None) -> int | None:
        """Open the "New case" dialog; returns the id of the case created (and selects it)."""
        dialog = self._make_dialog(candidate_id)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            created = dialog.created_case_id()  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()
        if created is None:
            return None
        self.refresh(created)
        self.caseCreated.emit(created)
        return int(created)

    # -- internals --------------------------------------------------------------------------------

    def _make_dialog(self, candidate_id: int | None) -> QDialog:
        if self._dialog_factory is not None:
            return self._dialog_factory(self)
        from rpl_desktop.ui.new_case_dialog import NewCaseDialog

        return NewCaseDialog(self._db, self, candidate_id=candidate_id)

    def _fill_choices(self) -> None:
        """The caseworker and target choices, keeping what is chosen."""
        keep_worker = self.caseworker_combo.currentData()
        keep_target = self.target_combo.currentData()
        blockers = [self.caseworker_combo.blockSignals(True), self.target_combo.blockSignals(True)]
        try:
            self.caseworker_combo.clear()
            self.caseworker_combo.addItem(self.tr("Anyone"), "")
            for name in caseworkers(self._db):
                self.caseworker_combo.addItem(name, name)
            self.target_combo.clear()
            self.target_combo.addItem(self.tr("Any target"), "")
            for std in list_standards(self._db):
                text = f"{std.code} {std.title}"
                if std.sample:
                    text = fill(self.tr("%1 (sample)"), text)
                self.target_combo.addItem(text, std.uid)
            self.caseworker_combo.setCurrentIndex(max(0, self.caseworker_combo.findData(keep_worker or "")))
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(keep_target or "")))
        finally:
            self.caseworker_combo.blockSignals(blockers[0])
            self.target_combo.blockSignals(blockers[1])

    def _apply(self) -> None:
        flt = self.current_filter()
        if flt == self._query:
            return
        self._query = flt
        keep = self.current_case_id()
        try:
            rows = list_cases(self._db, flt)
        except RplError as exc:
            self.message_label.setText(exc.message)
            self.message_label.show()
            return
        self.message_label.hide()
        from rpl_desktop.services.offline import checkouts

        out = checkouts(self._db, [r.id for r in rows])
        self._model.set_rows(rows, {i: fill(self.tr("Checked out to %1 since %2"), c.to or c.by,
                                            format_date(c.since.date())) for i, c in out.items()})
        if keep is not None:
            self.select_case(keep)
        self._update_count(flt, len(rows))

    def _update_count(self, flt: CaseFilter, found: int) -> None:
        filtered = flt != CaseFilter(overdue_on=None)
        self.count_label.setText(self.tr("1 case") if found == 1 else fill(self.tr("%1 cases"), found))
        if found:
            empty = ""
        elif filtered:
            empty = self.tr("No case matches these filters.")
        else:
            empty = self.tr("No cases yet. Open one with “New case…” (Ctrl+Shift+N).")
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(CaseIdRole)
        if value is not None:
            self.caseActivated.emit(int(value))
