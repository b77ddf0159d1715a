"""The catalogue page: the standards a candidate can be assessed against, their details, import and export.

Left, the list of standards (kind, code, version, title, number of outcomes, a *Sample* marker for the
texts the project wrote for demonstration) with a kind filter and a search box. Right, the selected
standard in full: credits and NKR level of a fagskole emne with its outcomes grouped kunnskap /
ferdigheter / generell kompetanse; the emner and degree of an utdanning; læreplan, læretid, praksis
hours and kompetansemål by area of a lærefag; the age rule of an admission requirement. The outcome
texts can be read in each language the standard has.

Import takes our catalogue JSON, a CSV outcome table or a Udir Grep JSON file
(``services.catalogue.import_catalogue_file`` tells them apart). A broken file changes nothing and its
problem is shown with the file, the line or field, and what is wrong. Import and export are quick
(a catalogue is a few hundred kilobytes at most), so they run on the GUI thread behind a wait cursor.

The file dialogs are parameters (``open_chooser``, ``save_chooser``) so that tests can replace them.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.catalogue import (
    FALLBACKS,
    LANGUAGES,
    AdmissionRequirement,
    FagskoleEmne,
    Laerefag,
    LocalText,
    Outcome,
    Standard,
    StandardKind,
    Utdanning,
)
from rpl_desktop.domain.errors import ImportFileError, RplError
from rpl_desktop.services.catalogue import (
    SAMPLE_LOADED,
    StandardSummary,
    export_catalogue,
    get_standard,
    import_catalogue_file,
    list_standards,
    load_sample,
    load_standard_view,
)
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.praksis_chart import format_number

log = logging.getLogger(__name__)

OpenChooser = Callable[[], "Path | None"]
SaveChooser = Callable[[], "Path | None"]

StandardUidRole = Qt.ItemDataRole.UserRole + 1
StandardKindRole = Qt.ItemDataRole.UserRole + 2

# A month of full-time work as the praksiskandidat rules count it (Udir: 1 month = 145 hours).
HOURS_PER_MONTH = Decimal(145)
ERROR_STYLE = "color: #a61b1b; border: 1px solid #a61b1b; padding: 4px;"


def kind_label(kind: StandardKind | str) -> str:
    """The kind of a standard as users say it, translated."""
    tr = QCoreApplication.translate
    labels = {
        StandardKind.FAGSKOLE_EMNE: tr("StandardKind", "Fagskole module"),
        StandardKind.UTDANNING: tr("StandardKind", "Programme"),
        StandardKind.LAEREFAG: tr("StandardKind", "Lærefag"),
        StandardKind.ADMISSION: tr("StandardKind", "Admission requirement"),
        StandardKind.BRANSCHMODELL: tr("StandardKind", "Branschmodell"),
    }
    try:
        return labels[StandardKind(kind)]
    except ValueError:
        return str(kind)


def language_label(lang: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "nb": tr("Language", "Norwegian Bokmål"),
        "nn": tr("Language", "Norwegian Nynorsk"),
        "en": tr("Language", "English"),
        "sv": tr("Language", "Swedish"),
        "se": tr("Language", "Northern Sami"),
        "da": tr("Language", "Danish"),
    }
    return f"{names.get(lang, lang)} ({lang})"


def category_label(category: str) -> str:
    tr = QCoreApplication.translate
    labels = {
        "kunnskap": tr("OutcomeCategory", "Kunnskap (knowledge)"),
        "ferdigheter": tr("OutcomeCategory", "Ferdigheter (skills)"),
        "generell_kompetanse": tr("OutcomeCategory", "Generell kompetanse (general competence)"),
        "kunskap": tr("OutcomeCategory", "Kunskaper (knowledge)"),
        "fardighet": tr("OutcomeCategory", "Färdigheter (skills)"),
        "ansvar_och_sjalvstandighet": tr(
            "OutcomeCategory", "Ansvar och självständighet (responsibility and autonomy)"
        ),
    }
    return labels.get(category, category)


class StandardTableModel(QAbstractTableModel):
    """The standards of the catalogue (plain ``StandardSummary`` rows, never database objects)."""

    COL_KIND = 0
    COL_CODE = 1
    COL_VERSION = 2
    COL_TITLE = 3
    COL_OUTCOMES = 4
    COL_SAMPLE = 5
    COLUMN_COUNT = 6

    def __init__(self, rows: Sequence[StandardSummary] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[StandardSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StandardSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def _text(self, item: StandardSummary, column: int) -> str:
        if column == self.COL_KIND:
            return kind_label(item.kind)
        if column == self.COL_CODE:
            return item.code
        if column == self.COL_VERSION:
            return item.version
        if column == self.COL_TITLE:
            return item.title
        if column == self.COL_OUTCOMES:
            if item.kind == StandardKind.UTDANNING and not item.outcomes:
                return "–"  # its outcomes are those of its emner
            return str(item.outcomes)
        if column == self.COL_SAMPLE:
            return self.tr("Sample") if item.sample else ""
        return ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        column = index.column()
        if item is None or not (0 <= column < self.COLUMN_COUNT):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_SAMPLE and item.sample:
                return self.tr("Written by the project for demonstration; not an official text.")
            if column == self.COL_TITLE:
                return item.title
            if column == self.COL_OUTCOMES and item.kind == StandardKind.UTDANNING:
                return self.tr("A programme's outcomes are those of its emner.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_OUTCOMES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == StandardUidRole:
            return item.uid
        if role == StandardKindRole:
            return item.kind.value
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers
            return item.outcomes if column == self.COL_OUTCOMES else self._text(item, column).casefold()
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
                self.COL_KIND: self.tr("Kind"),
                self.COL_CODE: self.tr("Code"),
                self.COL_VERSION: self.tr("Version"),
                self.COL_TITLE: self.tr("Title"),
                self.COL_OUTCOMES: self.tr("Outcomes"),
                self.COL_SAMPLE: self.tr("Sample"),
            }
            return titles.get(section)
        return super().headerData(section, orientation, role)


class StandardFilterProxyModel(QSortFilterProxyModel):
    """Keeps the standards of one kind (or all) whose code or title contains the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._text = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StandardTableModel):
            return True
        item = model.row_at(source_row)
        if item is None:
            return False
        if self._kind and item.kind.value != self._kind:
            return False
        if self._text:
            haystack = f"{item.code} {item.title} {kind_label(item.kind)}".casefold()
            return all(word in haystack for word in self._text.split())
        return True


def _esc(text: object) -> str:
    return html.escape(str(text))


def _language_used(text: LocalText, lang: str) -> str:
    """The language ``LocalText.get(lang)`` actually returns."""
    for code in (lang, *FALLBACKS.get(lang, LANGUAGES)):
        if code in text:
            return code
    return text.languages[0] if text.languages else lang


def standard_languages(std: Standard) -> list[str]:
    """The languages the standard has any text in, in the program's order."""
    found: set[str] = set(std.title.languages)
    for o in std.outcomes:
        found.update(o.text.languages)
    if isinstance(std, Laerefag):
        for a in std.areas:
            found.update(a.title.languages)
    return [lang for lang in LANGUAGES if lang in found]


class CataloguePageWidget(QWidget):
    """The catalogue of standards: list, details, import, export and the sample catalogue.

    ``open_chooser`` and ``save_chooser`` (default: file dialogs) return a path or None; tests
    replace them. ``catalogueChanged`` is emitted after an import or the sample catalogue changed it.
    """

    catalogueChanged = Signal()
    standardSelected = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        open_chooser: OpenChooser | None = None,
        save_chooser: SaveChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._choose_open = open_chooser or self._open_dialog
        self._choose_save = save_chooser or self._save_dialog
        self._standard: Standard | None = None
        self._lang = "nb"
        self.setObjectName("cataloguePage")

        # -- top row: filter, search, actions
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("catalogueKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of standard to show"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in StandardKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        kind_label_widget = QLabel(self.tr("&Kind:"), self)
        kind_label_widget.setBuddy(self.kind_combo)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("catalogueSearch")
        self.search_edit.setPlaceholderText(self.tr("Code or title"))
        self.search_edit.setAccessibleName(self.tr("Search standards"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search_edit)

        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("catalogueImport")
        self.import_button.setToolTip(
            self.tr("Import a catalogue JSON file, a CSV outcome table or a Udir Grep JSON file.")
        )
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("catalogueExport")
        self.export_button.setToolTip(
            self.tr("Write the whole catalogue to a JSON file in this program's format.")
        )
        self.sample_button = QPushButton(self.tr("Load &sample catalogue"), self)
        self.sample_button.setObjectName("catalogueLoadSample")
        self.sample_button.setToolTip(
            self.tr(
                "Add the sample standards written by the project for trying the program (not official texts)."
            )
        )

        top = QHBoxLayout()
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_combo)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.sample_button)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("catalogueMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Catalogue message"))
        self.message_label.hide()

        # -- list
        self._model = StandardTableModel(parent=self)
        self._proxy = StandardFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self.table = QTableView(self)
        self.table.setObjectName("catalogueTable")
        self.table.setAccessibleName(self.tr("Standards"))
        self.table.setModel(self._proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StandardTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        chars = self.fontMetrics().averageCharWidth()
        kind_width = max(self.fontMetrics().horizontalAdvance(kind_label(k)) for k in StandardKind)
        self.table.setColumnWidth(StandardTableModel.COL_KIND, kind_width + 20)
        model = self.table.model()
        for column, width in (
            (StandardTableModel.COL_CODE, 19),
            (StandardTableModel.COL_VERSION, 11),
            (StandardTableModel.COL_OUTCOMES, 9),
            (StandardTableModel.COL_SAMPLE, 8),
        ):
            # Wide enough for the header in the interface language too ("Læringsutbytter").
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header_width = self.fontMetrics().horizontalAdvance(title) + 24
            self.table.setColumnWidth(column, max(chars * width + 16, header_width))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("catalogueCount")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("catalogueEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.count_label)

        # -- details
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("catalogueLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the outcome texts"))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_label_widget = QLabel(self.tr("Text &language:"), self)
        language_label_widget.setBuddy(self.language_combo)
        self.details = QTextBrowser(self)
        self.details.setObjectName("catalogueDetails")
        self.details.setAccessibleName(self.tr("Details of the selected standard"))
        self.details.setOpenExternalLinks(True)
        self.details.document().setDocumentMargin(10)
        self.details.setPlaceholderText(self.tr("Select a standard to see its details."))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label_widget)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self.details, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.kind_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.import_button)
        self.setTabOrder(self.import_button, self.export_button)
        self.setTabOrder(self.export_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.table)
        self.setTabOrder(self.table, self.language_combo)
        self.setTabOrder(self.language_combo, self.details)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(self.choose_and_export)
        self.sample_button.clicked.connect(self.load_sample_catalogue)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        from rpl_desktop.domain.security import MANAGE_CATALOGUE
        from rpl_desktop.ui.permissions import gate

        for button in (self.import_button, self.sample_button):  # the administrator's (checked again)
            gate(button, db.actor, MANAGE_CATALOGUE)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        self.refresh()

    # -- public -------------------------------------------------------------------------------------

    def model(self) -> StandardTableModel:
        return self._model

    def proxy(self) -> StandardFilterProxyModel:
        return self._proxy

    def refresh(self, select_uid: str | None = None) -> None:
        """Read the catalogue again and select ``select_uid`` (or keep the current standard)."""
        keep = select_uid or self.current_uid()
        self._model.set_rows(list_standards(self._db))
        self.sample_button.setVisible(self._db.get_setting(SAMPLE_LOADED) != "1")
        self.export_button.setEnabled(self._model.rowCount() > 0)
        if keep is None or not self.select_standard(keep):
            self._show_standard(None)
        self._update_count()

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        uid = index.data(StandardUidRole)
        return str(uid) if uid else None

    def current_standard(self) -> Standard | None:
        return self._standard

    def select_standard(self, uid: str) -> bool:
        """Make ``uid`` the current row (clearing the filter if it hides it). False if it is not listed."""
        row = self._model.row_of(uid)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            self.kind_combo.setCurrentIndex(0)
            self.search_edit.clear()
            index = self._proxy.mapFromSource(self._model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def set_language(self, lang: str) -> bool:
        """Show the outcome texts in ``lang``, if the selected standard has it."""
        i = self.language_combo.findData(lang)
        if i < 0:
            return False
        self.language_combo.setCurrentIndex(i)
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setFocusPolicy(Qt.FocusPolicy.TabFocus if error else Qt.FocusPolicy.NoFocus)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return "" if self.message_label.isHidden() else self.message_label.text()

    # -- import, export, sample ---------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path = self._choose_open()
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Import one file; say what was added and updated, or what is wrong. Nothing is half-imported."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            added, updated = import_catalogue_file(self._db, Path(path))
        except ImportFileError as exc:
            self._show_import_error(Path(path), exc)
            return False
        except RplError as exc:
            self.show_message(
                fill(self.tr("Nothing was imported from %1: %2"), Path(path).name, exc.message), error=True
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("catalogue import: %d added, %d updated", added, updated)
        if added or updated:
            self.show_message(
                fill(
                    self.tr("%1: %2, %3."),
                    Path(path).name,
                    self._added_text(added),
                    self._updated_text(updated),
                )
            )
        else:
            self.show_message(
                fill(
                    self.tr("%1: nothing changed; every standard in the file is already in the catalogue."),
                    Path(path).name,
                )
            )
        self.refresh()
        self.catalogueChanged.emit()
        return True

    def _added_text(self, n: int) -> str:
        return self.tr("1 standard added") if n == 1 else fill(self.tr("%1 standards added"), n)

    def _updated_text(self, n: int) -> str:
        return self.tr("1 updated") if n == 1 else fill(self.tr("%1 updated"), n)

    def _show_import_error(self, path: Path, exc: ImportFileError) -> None:
        lines = [fill(self.tr("Nothing was imported from “%1”."), path.name)]
        if exc.location:
            lines.append(fill(self.tr("Where: %1"), exc.location))
        lines.append(fill(self.tr("What is wrong: %1"), exc.detail))
        lines.append(fill(self.tr("File: %1"), str(path)))
        self.show_message("\n".join(lines), error=True)

    def choose_and_export(self) -> None:
        path = self._choose_save()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> int | None:
        """Write every standard to ``path`` in this program's JSON format; returns how many."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".json")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = export_catalogue(self._db, path)
        except OSError as exc:
            self.show_message(
                fill(
                    self.tr("The catalogue could not be written to %1: %2. Choose another folder."),
                    str(path),
                    exc.strerror or str(exc),
                ),
                error=True,
            )
            return None
        except RplError as exc:
            self.show_message(fill(self.tr("The catalogue was not exported: %1"), exc.message), error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if count == 1:
            text = fill(self.tr("1 standard exported to %1."), str(path))
        else:
            text = fill(self.tr("%1 standards exported to %2."), count, str(path))
        self.show_message(text)
        return count

    def load_sample_catalogue(self) -> int:
        try:
            added = load_sample(self._db)
        except RplError as exc:
            self.show_message(
                fill(self.tr("The sample catalogue was not loaded: %1"), exc.message), error=True
            )
            return 0
        self.show_message(
            fill(
                self.tr(
                    "Sample catalogue loaded: %1 standards. They are marked “Sample”: written by the "
                    "project for trying the program, not official texts."
                ),
                added,
            )
        )
        self.refresh()
        self.catalogueChanged.emit()
        return added

    def _open_dialog(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import standards"),
            "",
            ";;".join(
                (
                    self.tr("Catalogue files (*.json *.csv *.txt)"),
                    self.tr("Catalogue JSON or Udir Grep JSON (*.json)"),
                    self.tr("CSV outcome table (*.csv *.txt)"),
                    self.tr("All files (*)"),
                )
            ),
        )
        return Path(name) if name else None

    def _save_dialog(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the catalogue"), "catalogue.json", self.tr("Catalogue JSON (*.json)")
        )
        return Path(name) if name else None

    # -- list ---------------------------------------------------------------------------------------

    def _kind_changed(self, _index: int) -> None:
        self._proxy.set_kind(str(self.kind_combo.currentData() or ""))
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self._proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self._model.rowCount(), self._proxy.rowCount()
        if shown == total:
            text = self.tr("1 standard") if total == 1 else fill(self.tr("%1 standards"), total)
        else:
            text = fill(self.tr("%1 of %2 standards"), shown, total)
        self.count_label.setText(text)
        if total == 0:
            empty = self.tr(
                "The catalogue is empty. Import a catalogue file with “Import…”, or load the sample "
                "catalogue to try the program."
            )
        elif shown == 0:
            empty = self.tr("No standard matches this kind and search.")
        else:
            empty = ""
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(StandardUidRole) if current.isValid() else None
        self._show_standard(str(uid) if uid else None)
        if uid:
            self.standardSelected.emit(str(uid))

    # -- details ------------------------------------------------------------------------------------

    def _show_standard(self, uid: str | None) -> None:
        self._standard = None
        if uid is not None:
            try:
                self._standard = get_standard(self._db, uid)
            except RplError as exc:
                self.show_message(exc.message, error=True)
        languages = standard_languages(self._standard) if self._standard else []
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for lang in languages:
            self.language_combo.addItem(language_label(lang), lang)
        if languages:
            chosen = self._lang if self._lang in languages else languages[0]
            self.language_combo.setCurrentIndex(self.language_combo.findData(chosen))
        self.language_combo.blockSignals(False)
        self.language_combo.setEnabled(len(languages) > 1)
        self._render()

    def _language_changed(self, _index: int) -> None:
        lang = self.language_combo.currentData()
        if lang:
            self._lang = str(lang)
        self._render()

    def details_text(self) -> str:
        return self.details.toPlainText()

    def _render(self) -> None:
        std = self._standard
        if std is None:
            self.details.clear()
            return
        lang = str(self.language_combo.currentData() or self._lang)
        parts = [self._header_html(std, lang)]
        if isinstance(std, FagskoleEmne):
            parts.append(self._emne_html(std))
            parts.append(self._outcomes_by_category_html(std, lang))
        elif isinstance(std, Utdanning):
            parts.append(self._utdanning_html(std, lang))
        elif isinstance(std, Laerefag):
            parts.append(self._laerefag_html(std, lang))
        elif isinstance(std, AdmissionRequirement):
            parts.append(self._admission_html(std, lang))
            parts.append(self._outcomes_by_category_html(std, lang))
        else:
            parts.append(self._outcomes_by_category_html(std, lang))
        self.details.setHtml("".join(parts))

    def _facts(self, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{_esc(k)}</b></td><td>{v}</td></tr>" for k, v in rows if v
        )
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

    def _header_html(self, std: Standard, lang: str) -> str:
        out = [f"<h2>{_esc(std.title.get(lang))}</h2>"]
        line = fill(self.tr("%1 · code %2 · version %3"), kind_label(std.kind), std.code, std.version)
        out.append(f"<p>{_esc(line)}</p>")
        if std.sample:
            out.append(
                "<p style='background:#fff4d6; padding:4px'><b>"
                + _esc(self.tr("Sample"))
                + ":</b> "
                + _esc(self.tr("written by the project for demonstration; not an official text."))
                + "</p>"
            )
        source = std.source
        if source.startswith(("http://", "https://")):
            source_html = f"<a href='{_esc(source)}'>{_esc(source)}</a>"
        else:
            source_html = _esc(source)
        out.append(
            self._facts(
                [
                    (self.tr("Owner"), _esc(std.owner)),
                    (self.tr("Source"), source_html),
                    (
                        self.tr("Valid from"),
                        _esc(std.valid_from.strftime("%d.%m.%Y")) if std.valid_from else "",
                    ),
                ]
            )
        )
        return "".join(out)

    def _outcome_item(self, outcome: Outcome, lang: str) -> str:
        used = _language_used(outcome.text, lang)
        code = f"<b>{_esc(outcome.code)}</b> " if outcome.code else ""
        other = f" <span style='color:#666'>[{_esc(used)}]</span>" if used != lang else ""
        return f"<li>{code}{_esc(outcome.text.get(lang))}{other}</li>"

    def _outcomes_by_category_html(self, std: Standard, lang: str) -> str:
        groups = std.outcomes_by_category()
        if not groups:
            return f"<p><i>{_esc(self.tr('This standard has no outcomes yet.'))}</i></p>"
        out = [f"<h3>{_esc(fill(self.tr('Outcomes (%1)'), len(std.outcomes)))}</h3>"]
        for category, outcomes in groups.items():
            out.append(f"<h4>{_esc(category_label(category))}</h4><ul>")
            out += [self._outcome_item(o, lang) for o in outcomes]
            out.append("</ul>")
        return "".join(out)

    def _emne_html(self, emne: FagskoleEmne) -> str:
        level = fill(self.tr("NKR %1 (EQF %2)"), emne.nkr_level, emne.eqf_level)
        return self._facts(
            [
                (self.tr("Studiepoeng"), _esc(format_number(emne.studiepoeng))),
                (self.tr("Level"), _esc(level)),
                (self.tr("Reason for the level"), _esc(emne.nkr_level_reason)),
            ]
        )

    def _utdanning_html(self, utd: Utdanning, lang: str) -> str:
        try:
            titles = load_standard_view(self._db, utd.uid, lang).group_titles
        except RplError:
            titles = {}
        degree = utd.degree or self.tr("none (a degree needs 60–90 or at least 120 studiepoeng)")
        out = [
            self._facts(
                [
                    (self.tr("Total studiepoeng"), _esc(format_number(utd.studiepoeng))),
                    (self.tr("Level"), _esc(fill(self.tr("NKR %1 (EQF %2)"), utd.nkr_level, utd.eqf_level))),
                    (self.tr("Degree"), _esc(degree)),
                ]
            )
        ]
        out.append(f"<h3>{_esc(fill(self.tr('Emner (%1)'), len(utd.programme)))}</h3>")
        out.append("<table cellspacing='0' cellpadding='3'>")
        out.append(
            f"<tr><th align='left'>{_esc(self.tr('Code'))}</th><th align='left'>{_esc(self.tr('Title'))}</th>"
            f"<th align='right'>{_esc(self.tr('Studiepoeng'))}</th></tr>"
        )
        for item in utd.programme:
            title = titles.get(item.code, item.code)
            out.append(
                f"<tr><td>{_esc(item.code)}</td><td>{_esc(title)}</td>"
                f"<td align='right'>{_esc(format_number(item.studiepoeng))}</td></tr>"
            )
        out.append(
            f"<tr><td></td><td><b>{_esc(self.tr('Total'))}</b></td>"
            f"<td align='right'><b>{_esc(format_number(utd.studiepoeng))}</b></td></tr></table>"
        )
        return "".join(out)

    def _laerefag_html(self, lf: Laerefag, lang: str) -> str:
        laereplan = lf.laereplan_code
        if lf.laereplan_title:
            laereplan = f"{laereplan} {lf.laereplan_title.get(lang)}".strip()
        hours = ""
        if lf.required_praksis_hours is not None:
            months = lf.required_praksis_hours / HOURS_PER_MONTH
            hours = fill(
                self.tr("%1 hours (%2 months at 145 hours a month)"),
                format_number(lf.required_praksis_hours),
                format_number(months, 1),
            )
        laeretid = fill(self.tr("%1 years"), format_number(lf.laeretid_years)) if lf.laeretid_years else ""
        out = [
            self._facts(
                [
                    (self.tr("Læreplan"), _esc(laereplan)),
                    (self.tr("Vg3 programme area"), _esc(lf.programme_area_code)),
                    (self.tr("Utdanningsprogram"), _esc(lf.utdanningsprogram)),
                    (self.tr("Læretid"), _esc(laeretid)),
                    (self.tr("Required praksis"), _esc(hours)),
                    (self.tr("Theory exam"), _esc(", ".join(lf.theory_exam_codes))),
                    (self.tr("Extra certificates"), _esc(", ".join(lf.extra_certificates))),
                ]
            )
        ]
        if not lf.outcomes:
            out.append(
                "<p><i>"
                + _esc(
                    self.tr(
                        "This lærefag has no kompetansemål yet. Import its kompetansemålsett from Udir Grep "
                        "to add them."
                    )
                )
                + "</i></p>"
            )
        out.append(f"<h3>{_esc(fill(self.tr('Kompetansemål (%1)'), len(lf.outcomes)))}</h3>")
        groups = lf.outcomes_by_area() if lf.areas else [(None, lf.sorted_outcomes())]
        for area, outcomes in groups:
            if area is not None:
                out.append(f"<h4>{_esc(area.title.get(lang))}</h4>")
            if outcomes:
                out.append("<ul>" + "".join(self._outcome_item(o, lang) for o in outcomes) + "</ul>")
            else:
                out.append(
                    f"<p style='color:#666'>{_esc(self.tr('No kompetansemål imported for this area.'))}</p>"
                )
        return "".join(out)

    def _admission_html(self, req: AdmissionRequirement, lang: str) -> str:
        programme = req.programme_code
        if req.programme_title:
            programme = f"{programme} {req.programme_title.get(lang)}".strip()
        reference = req.legal_reference.replace("§ ", "§\u00a0")
        if req.approved_art_programme:
            age = fill(
                self.tr("%1 or older in the admission year (NOKUT-approved art programme, %2)"),
                req.min_age,
                reference,
            )
        else:
            age = fill(self.tr("%1 or older in the admission year (%2)"), req.min_age, reference)
        if req.requires_authorisation:
            authorisation = self.tr("Yes: admission on realkompetanse is not available for this programme")
        else:
            authorisation = self.tr("No")
        return self._facts(
            [
                (self.tr("Programme"), _esc(programme)),
                (self.tr("Age rule"), _esc(age)),
                (self.tr("Requires an authorisation"), _esc(authorisation)),
            ]
        )
