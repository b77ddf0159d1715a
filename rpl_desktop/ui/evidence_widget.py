"""A candidate's evidence files: attach (dialog, Ctrl+O, or drag and drop), describe, open a copy,
remove.

Files are copied into the evidence store by ``services.evidence``; opening one hands a *copy* in
``paths.open_copies_dir`` to the desktop, never the stored original. A file that cannot be attached
(too large, a program, unreadable) gets its own message; the other files of the same batch are
attached all the same. File names are never logged (they often hold the candidate's name).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import Evidence, EvidenceKind, HistoryPeriod
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import evidence as evidence_service
from rpl_desktop.store.database import Database
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.history_table import mute
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
Opener = Callable[[Path], bool]
Confirm = Callable[[str, str], bool]
FileChooser = Callable[[], list[Path]]

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

FILE_FILTER = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.docx *.odt *.xlsx *.txt"


def evidence_kind_label(kind: EvidenceKind) -> str:
    def t(text: str) -> str:
        return QCoreApplication.translate("evidence", text)

    return {
        EvidenceKind.ATTEST: t("Attest"),
        EvidenceKind.TJENESTEBEVIS: t("Tjenestebevis"),
        EvidenceKind.KURSBEVIS: t("Kursbevis"),
        EvidenceKind.VITNEMAAL: t("Vitnemål"),
        EvidenceKind.ARBEIDSPROEVE: t("Arbeidsprøve"),
        EvidenceKind.OTHER: t("Other"),
    }[kind]


def period_label(p: HistoryPeriod) -> str:
    until = format_date(p.end) if p.end else "…"
    return f"{p.employer} ({format_date(p.start)} – {until})"


class EvidenceTableModel(QAbstractTableModel):
    """Evidence rows (plain :class:`Evidence` dataclasses). Verified and translated are checkable;
    ticking one emits :attr:`flagEdited` with the changed copy, which the widget saves."""

    COL_FILE = 0
    COL_KIND = 1
    COL_SIZE = 2
    COL_ADDED = 3
    COL_VERIFIED = 4
    COL_TRANSLATED = 5
    COL_PERIOD = 6

    flagEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Evidence] = []
        self._periods: dict[int, str] = {}

    def set_items(self, items: Sequence[Evidence], period_labels: dict[int, str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._periods = dict(period_labels)
        self.endResetModel()

    def items(self) -> list[Evidence]:
        return list(self._items)

    def has_added_dates(self) -> bool:
        return any(getattr(e, "added_at", None) for e in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            self.tr("File"),
            self.tr("Kind"),
            self.tr("Size"),
            self.tr("Added"),
            self.tr("Verified"),
            self.tr("Translated"),
            self.tr("Period"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        e = self._items[index.row()]
        col = index.column()
        flag = {self.COL_VERIFIED: e.verified, self.COL_TRANSLATED: e.translated}.get(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_FILE:
                return e.filename
            if col == self.COL_KIND:
                return evidence_kind_label(e.kind)
            if col == self.COL_SIZE:
                return QLocale().formattedDataSize(e.size)
            if col == self.COL_ADDED:
                added = getattr(e, "added_at", None)
                return format_date(added.date() if hasattr(added, "date") else added) if added else ""
            if col == self.COL_PERIOD:
                return self._periods.get(e.period_id, "") if e.period_id is not None else ""
            return None
        if role == Qt.ItemDataRole.CheckStateRole and flag is not None:
            return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and flag is not None:
            return self.tr("Yes") if flag else self.tr("No")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_FILE:
                return fill(self.tr("%1, SHA-256 %2…"), e.media_type, e.sha256[:16])
            if col == self.COL_VERIFIED:
                return self.tr("Checked against the original document")
            if col == self.COL_TRANSLATED:
                return self.tr("A certified translation is attached")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return e
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.COL_VERIFIED, self.COL_TRANSLATED):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        col = index.column()
        if col not in (self.COL_VERIFIED, self.COL_TRANSLATED):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        current = self._items[index.row()]
        if col == self.COL_VERIFIED:
            changed = dataclasses.replace(current, verified=checked)
        else:
            changed = dataclasses.replace(current, translated=checked)
        self._items[index.row()] = changed
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.flagEdited.emit(changed)
        return True


def _default_opener(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvidenceWidget(QWidget):
    """The Evidence tab: see the module docstring.

    ``opener`` (default: the desktop's program for the file type), ``confirm(title, text)`` (default:
    a question box) and ``file_chooser`` (default: a file dialog) can be replaced, e.g. in tests.
    """

    countChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        opener: Opener | None = None,
        confirm: Confirm | None = None,
        file_chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._paths = paths
        self._opener = opener or _default_opener
        self._confirm = confirm or self._ask
        self._choose_files = file_chooser or self._file_dialog
        self._candidate_id: int | None = None
        self._periods: list[HistoryPeriod] = []
        self._updating = False
        self.setAcceptDrops(True)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("evidenceMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.attach_button = QPushButton(self.tr("&Attach file…"), self)
        self.attach_button.setToolTip(
            self.tr("Attach scanned documents or pictures (Ctrl+O). You can also drop files onto this page.")
        )
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.new_kind = QComboBox(self)
        self.new_kind.setAccessibleName(self.tr("Kind of the files to attach"))
        self.new_period = QComboBox(self)
        self.new_period.setAccessibleName(self.tr("Period the files to attach belong to"))
        self.new_period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_period.setMinimumContentsLength(24)
        for kind in EvidenceKind:
            self.new_kind.addItem(evidence_kind_label(kind), kind.value)
        self.new_kind.setCurrentIndex(self.new_kind.findData(EvidenceKind.ATTEST.value))
        top = QHBoxLayout()
        top.addWidget(self.attach_button)
        as_label = QLabel(self.tr("a&s"), self)
        as_label.setBuddy(self.new_kind)
        top.addWidget(as_label)
        top.addWidget(self.new_kind)
        for_label = QLabel(self.tr("fo&r"), self)
        for_label.setBuddy(self.new_period)
        top.addWidget(for_label)
        top.addWidget(self.new_period, 1)
        self.drop_hint = QLabel(self.tr("or drop files here"), self)
        mute(self.drop_hint)
        top.addWidget(self.drop_hint)

        self.model = EvidenceTableModel(self)
        self.model.flagEdited.connect(self._save_flags)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceTableModel.COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        # the selected file
        self.detail = QGroupBox(self.tr("Selected file"), self)
        self.kind = QComboBox(self.detail)
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for kind in EvidenceKind:
            self.kind.addItem(evidence_kind_label(kind), kind.value)
        self.period = QComboBox(self.detail)
        self.period.setAccessibleName(self.tr("Period the document belongs to"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(24)
        self.verified = QCheckBox(self.tr("&Verified against the original"), self.detail)
        self.translated = QCheckBox(self.tr("&Translated"), self.detail)
        self.open_button = QPushButton(self.tr("&Open"), self.detail)
        self.open_button.setToolTip(self.tr("Open a copy of the file (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"), self.detail)
        self.remove_button.setToolTip(self.tr("Remove the file from this candidate (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        kind_label = QLabel(self.tr("&Kind:"), self.detail)
        kind_label.setBuddy(self.kind)
        period_label_ = QLabel(self.tr("&Period:"), self.detail)
        period_label_.setBuddy(self.period)
        detail_layout = QGridLayout(self.detail)
        detail_layout.addWidget(kind_label, 0, 0)
        detail_layout.addWidget(self.kind, 0, 1)
        detail_layout.addWidget(period_label_, 0, 2)
        detail_layout.addWidget(self.period, 0, 3)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.verified)
        flags_row.addSpacing(12)
        flags_row.addWidget(self.translated)
        flags_row.addStretch(1)
        flags_row.addWidget(self.open_button)
        flags_row.addWidget(self.remove_button)
        detail_layout.addLayout(flags_row, 1, 1, 1, 3)
        detail_layout.setColumnStretch(3, 1)
        self.kind.currentIndexChanged.connect(self._save_detail)
        self.period.currentIndexChanged.connect(self._save_detail)
        self.verified.toggled.connect(self._save_detail)
        self.translated.toggled.connect(self._save_detail)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

        shortcuts = [
            ("Ctrl+O", self, self.choose_and_attach, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Del", self.table, self.remove_selected, Qt.ShortcutContext.WidgetShortcut),
            ("Return", self.table, self.open_selected, Qt.ShortcutContext.WidgetShortcut),
            ("Enter", self.table, self.open_selected, Qt.ShortcutContext.WidgetShortcut),
        ]
        for key, owner, slot, context in shortcuts:
            shortcut = QShortcut(QKeySequence(key), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self._fill_period_combos()
        self._on_selection()
        self._update_enabled()

    # -- public -------------------------------------------------------------------------------------

    def set_candidate(self, candidate_id: int | None) -> None:
        self._candidate_id = candidate_id
        self.show_message("")
        self.reload()

    def set_periods(self, periods: Sequence[HistoryPeriod]) -> None:
        """The periods a file can be linked to (the candidate's history)."""
        self._periods = [p for p in periods if p.id is not None]
        self._fill_period_combos()
        self.reload()

    def reload(self) -> None:
        selected = self.selected_evidence()
        items = (
            [] if self._candidate_id is None else evidence_service.list_evidence(self._db, self._candidate_id)
        )
        labels = {p.id: period_label(p) for p in self._periods if p.id is not None}
        self.model.set_items(items, labels)
        self.table.setColumnHidden(EvidenceTableModel.COL_ADDED, not self.model.has_added_dates())
        if selected is not None:
            self.select(selected.id)
        self._on_selection()
        self._update_enabled()
        self.countChanged.emit(len(items))

    def evidence(self) -> list[Evidence]:
        return self.model.items()

    def selected_evidence(self) -> Evidence | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        value = rows[0].data(ITEM_ROLE)
        return value if isinstance(value, Evidence) else None

    def select(self, evidence_id: int | None) -> None:
        for row, item in enumerate(self.model.items()):
            if item.id == evidence_id:
                self.table.selectRow(row)
                return

    def message(self) -> str:
        return "" if self.message_label.isHidden() else self.message_label.text()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #c0392b;" if error else "")
        self.message_label.setVisible(bool(text))

    # -- attaching ----------------------------------------------------------------------------------

    def choose_and_attach(self) -> None:
        if self._candidate_id is None:
            self.show_message(self.tr("Save the candidate first; then files can be attached."), error=True)
            return
        files = self._choose_files()
        if files:
            self.attach_files(files)

    def _file_dialog(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence files"),
            "",
            fill(self.tr("Documents and pictures (%1);;All files (*)"), FILE_FILTER),
        )
        return [Path(n) for n in names]

    def attach_files(self, files: Sequence[Path]) -> list[Evidence]:
        """Attach each file with the kind and period chosen above the list. Files that fail are
        reported by name with the reason; the others are attached. Returns what was attached."""
        if self._candidate_id is None:
            self.show_message(self.tr("Save the candidate first; then files can be attached."), error=True)
            return []
        kind = EvidenceKind(self.new_kind.currentData())
        period_id = self.new_period.currentData()
        known = {e.id for e in self.model.items()}
        attached: list[Evidence] = []
        already: list[str] = []
        problems: list[str] = []
        for path in files:
            try:
                item = evidence_service.attach_evidence(
                    self._db, self._candidate_id, Path(path), kind, period_id
                )
            except RplError as exc:
                problems.append(exc.message)
                continue
            except OSError as exc:  # e.g. a folder that vanished between the drop and the copy
                problems.append(
                    fill(self.tr("'%1' cannot be read: %2."), Path(path).name, exc.strerror or exc)
                )
                continue
            if item.id in known:
                already.append(item.filename)
            else:
                attached.append(item)
            known.add(item.id)
        log.info(
            "evidence: %d attached, %d already present, %d refused for candidate %s",
            len(attached),
            len(already),
            len(problems),
            self._candidate_id,
        )
        self.reload()
        if attached:
            self.select(attached[-1].id)
        lines = []
        if attached:
            lines.append(
                self.tr("1 file attached.")
                if len(attached) == 1
                else fill(self.tr("%1 files attached."), len(attached))
            )
        for name in already:
            lines.append(fill(self.tr("'%1' was already attached to this candidate."), name))
        if problems:
            lines.append(self.tr("Not attached:"))
            lines.extend(f"• {p}" for p in problems)
        self.show_message("\n".join(lines), error=bool(problems))
        return attached

    def _local_files(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> tuple[list[Path], int]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return [], 0
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return local, len(mime.urls()) - len(local)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files, _remote = self._local_files(event)
        if files and self._candidate_id is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        files, _remote = self._local_files(event)
        if files and self._candidate_id is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files, remote = self._local_files(event)
        if not files and not remote:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if files:
            self.attach_files(files)
        if remote:
            note = fill(
                self.tr("Only files on this computer can be attached; %1 web link(s) were ignored."), remote
            )
            current = self.message()
            self.show_message(f"{current}\n{note}" if current else note, error=True)

    # -- the selected file --------------------------------------------------------------------------

    def _fill_period_combos(self) -> None:
        self._updating = True
        try:
            for combo in (self.new_period, self.period):
                keep = combo.currentData()
                combo.clear()
                combo.addItem(self.tr("(no period)"), None)
                for p in self._periods:
                    combo.addItem(period_label(p), p.id)
                combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        finally:
            self._updating = False

    def _on_selection(self, *_args: Any) -> None:
        item = self.selected_evidence()
        self._updating = True
        try:
            if item is not None:
                self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind.value)))
                index = self.period.findData(item.period_id) if item.period_id is not None else 0
                self.period.setCurrentIndex(max(0, index))
                self.verified.setChecked(item.verified)
                self.translated.setChecked(item.translated)
        finally:
            self._updating = False
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_candidate = self._candidate_id is not None
        self.attach_button.setEnabled(has_candidate)
        self.new_kind.setEnabled(has_candidate)
        self.new_period.setEnabled(has_candidate)
        self.detail.setEnabled(self.selected_evidence() is not None)

    def _save_detail(self, *_args: Any) -> None:
        if self._updating:
            return
        item = self.selected_evidence()
        if item is None:
            return
        changed = dataclasses.replace(
            item,
            kind=EvidenceKind(self.kind.currentData()),
            period_id=self.period.currentData(),
            verified=self.verified.isChecked(),
            translated=self.translated.isChecked(),
        )
        self._update(changed)

    def _save_flags(self, changed: Evidence) -> None:
        self._update(changed)

    def _update(self, changed: Evidence) -> None:
        try:
            evidence_service.update_evidence(self._db, changed)
        except RplError as exc:
            self.show_message(exc.message, error=True)
        self.reload()

    def open_selected(self) -> None:
        item = self.selected_evidence()
        if item is None or item.id is None:
            return
        try:
            copy = evidence_service.open_copy(self._db, item.id, self._paths.open_copies_dir)
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return
        except OSError as exc:
            self.show_message(
                fill(
                    self.tr("A copy for viewing could not be made: %1. Check free disk space."),
                    exc.strerror or exc,
                ),
                error=True,
            )
            return
        log.info("evidence %s opened as a copy", item.id)
        if not self._opener(copy):
            self.show_message(
                fill(
                    self.tr("No program on this computer opens this kind of file. The copy is in %1."),
                    str(copy.parent),
                ),
                error=True,
            )

    def remove_selected(self) -> None:
        item = self.selected_evidence()
        if item is None or item.id is None:
            return
        text = fill(
            self.tr(
                "Remove '%1' from this candidate?\n\nThe record is deleted, and the stored copy "
                "of the file too unless another candidate has the same file attached. This "
                "cannot be undone."
            ),
            item.filename,
        )
        if not self._confirm(self.tr("Remove file"), text):
            return
        try:
            evidence_service.remove_evidence(self._db, item.id)
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return
        log.info("evidence %s removed from candidate %s", item.id, self._candidate_id)
        self.show_message(fill(self.tr("'%1' removed."), item.filename))
        self.reload()

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
