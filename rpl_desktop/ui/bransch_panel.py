"""The branschvalidering panel: a Swedish case against a branschmodell, for the caseworker and assessor.

Left, in tabs: **Results** (enter a component result: component, date, attempt numbered automatically,
score in the component's scale, assessor id, test centre and its accreditation id; a refused retake or a
closed prerequisite shows the rule engine's message, which says when the next attempt is allowed; the
results entered so far and whether each counts), **Structure** (the model's modules with their outcomes
and assessment components, required or optional, and its rules), **Process** (the Swedish phases
vägledning → inledande kartläggning → fördjupad kartläggning → formell bedömning →
erkännande/dokumentation with date, actor role and evidence, and the assessor's signature of the formal
assessment) and **Prerequisites** (the history periods counted as documented hours in a trade, and the
workplace sign-offs the model asks for).

Right, always in view: the outcome class (the model's full certificate, an *intyg* naming passed and
missing modules, or a *kartläggningsutlåtande*), whether anything can be issued and what blocks it, and
the rule evaluation explained line by line ("Område 4: 62 % av 70 % krävs") with what remains.

The interface's own words go through ``tr()`` (English source). The model's texts and the engine's
explanations exist in Swedish and English and follow the interface language (English for an English
interface, Swedish otherwise); a switch in the header changes them. The panel computes nothing itself:
everything comes from :mod:`rpl_desktop.services.bransch_cases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.bransch import (
    AllOf,
    BookingRefused,
    Branschmodell,
    ComponentState,
    Evaluation,
    HoursGate,
    KOfN,
    Line,
    OutcomeClass,
    PassedGate,
    PerAreaMinimum,
    PhaseRecord,
    ProcessPhase,
    Retake,
    Scoring,
    SignoffGate,
    Weighted,
    fmt_number,
    text_in,
)
from rpl_desktop.domain.bransch import ComponentResult as DomainResult
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import HistoryPeriod
from rpl_desktop.services import bransch_cases as bc
from rpl_desktop.services.history import list_periods
from rpl_desktop.store.database import Database
from rpl_desktop.ui.date_edit import DateLineEdit, format_date
from rpl_desktop.ui.i18n import SETTING_KEY, choose_language, fill
from rpl_desktop.ui.praksis_panel import status_icon

ModelIndex = QModelIndex | QPersistentModelIndex

_OUTCOME_COLOURS = {
    OutcomeClass.FULL: "#2e7d32",
    OutcomeClass.PARTIAL: "#a15c00",
    OutcomeClass.NONE: "#c62828",
}
_ERROR_STYLE = "color: #c62828; font-weight: bold;"
_OK_STYLE = "color: #2e7d32;"

_icons: dict[str, QIcon] = {}


def _icon(kind: str) -> QIcon:
    if kind not in _icons:
        _icons[kind] = QIcon(status_icon(kind, 16))
    return _icons[kind]


def _line_icon(ok: bool | None) -> QIcon:
    return _icon("info" if ok is None else "ok" if ok else "no")


def model_language_for(interface_language: str) -> str:
    """The language of a model's texts for an interface language: English for English, else Swedish."""
    return "en" if interface_language == "en" else "sv"


def _score_text(score: Decimal | int | float, scoring: Scoring, lang: str) -> str:
    if scoring is Scoring.PASS_FAIL:
        passed = Decimal(str(score)) == 1
        return ("godkänd" if passed else "underkänd") if lang == "sv" else ("passed" if passed else "failed")
    if scoring is Scoring.PERCENTAGE:
        return f"{fmt_number(Decimal(str(score)), lang)}\u00a0%"
    return fmt_number(Decimal(str(score)), lang)


def _requirement(model: Branschmodell, cid: str, lang: str) -> str:
    comp = model.component(cid)
    if comp.scoring is Scoring.PASS_FAIL:
        return "godkänt/underkänt" if lang == "sv" else "pass/fail"
    need = fmt_number(comp.threshold or 0, lang)
    if comp.scoring is Scoring.PERCENTAGE:
        return f"≥ {need}\u00a0%"
    return f"{'medelvärde' if lang == 'sv' else 'mean'} ≥ {need} (1–5)"


# ----------------------------------------------------------------------------------------------------
# table models


class ComponentResultsTableModel(QAbstractTableModel):
    """The case's component results, one row per attempt, with whether each attempt counts."""

    (
        COL_COMPONENT,
        COL_DATE,
        COL_ATTEMPT,
        COL_SCORE,
        COL_COUNTS,
        COL_ASSESSOR,
        COL_PROVIDER,
        COL_ACCREDITATION,
    ) = range(8)
    ResultIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[bc.StoredResult, str, str, bool | None]] = []  # result, name, counts, ok
        self._lang = "sv"
        self._model: Branschmodell | None = None

    def set_state(self, state: bc.BranschCaseState | None, lang: str) -> None:
        self.beginResetModel()
        self._rows = []
        if state is not None:
            ev = state.evaluation
            for stored in state.results:
                r = stored.result
                status = ev.component(r.component_id)
                name = text_in(state.model.component(r.component_id).title, lang, r.component_id)
                counted = status.result
                if status.state is ComponentState.BLOCKED:
                    counts, ok = self.tr("blocked: a prerequisite is not met"), False
                elif counted is not None and counted.attempt == r.attempt:
                    passed = status.state is ComponentState.PASSED
                    counts, ok = (self.tr("counts: passed") if passed else self.tr("counts: failed")), passed
                elif counted is not None and r.attempt < counted.attempt:
                    counts, ok = self.tr("replaced by a later attempt"), None
                else:
                    counts, ok = self.tr("does not count (see the explanation)"), False
                self._rows.append((stored, name, counts, ok))
        self._lang = lang
        self._model = state.model if state is not None else None
        self.endResetModel()

    def result_id(self, row: int) -> int | None:
        return self._rows[row][0].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Component"),
            self.tr("Date"),
            self.tr("Attempt"),
            self.tr("Score"),
            self.tr("Counts"),
            self.tr("Assessor"),
            self.tr("Test centre"),
            self.tr("Accreditation"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stored, name, counts, ok = self._rows[index.row()]
        r = stored.result
        col = index.column()
        if role == self.ResultIdRole:
            return stored.id
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_COUNTS:
            return _line_icon(ok)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_ATTEMPT, self.COL_SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_COMPONENT:
            return f"{name}\n{r.note}" if r.note else name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_COMPONENT:
            return name
        if col == self.COL_DATE:
            return format_date(r.date)
        if col == self.COL_ATTEMPT:
            return str(r.attempt)
        if col == self.COL_SCORE:
            assert self._model is not None
            return _score_text(r.score, self._model.component(r.component_id).scoring, self._lang)
        if col == self.COL_COUNTS:
            return counts
        return (r.assessor_id, r.provider, r.accreditation_id)[col - self.COL_ASSESSOR] if col <= 7 else None


class PhaseTableModel(QAbstractTableModel):
    """The five phases of the Swedish process, recorded or not."""

    COL_PHASE, COL_DATE, COL_ACTOR, COL_EVIDENCE = range(4)
    PhaseRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: dict[ProcessPhase, PhaseRecord] = {}
        self._lang = "sv"

    def set_phases(self, records: tuple[PhaseRecord, ...] | list[PhaseRecord], lang: str) -> None:
        self.beginResetModel()
        self._records = {r.phase: r for r in records}
        self._lang = lang
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProcessPhase)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Phase"), self.tr("Date"), self.tr("Actor role"), self.tr("Evidence"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(ProcessPhase):
            return None
        phase = list(ProcessPhase)[index.row()]
        record = self._records.get(phase)
        col = index.column()
        if role == self.PhaseRole:
            return phase.value
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_PHASE:
            return _icon("ok" if record is not None else "todo")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_EVIDENCE and record is not None:
            return record.evidence_note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_PHASE:
            return f"{phase.order + 1}. {phase.label(self._lang)}"
        if record is None:
            return "" if col != self.COL_DATE else self.tr("not recorded")
        return (format_date(record.date), record.actor_role, " ".join(record.evidence_note.split()))[col - 1]


class SignoffTableModel(QAbstractTableModel):
    """The workplace sign-offs the model's gates ask for, signed or not."""

    COL_SIGNOFF, COL_DATE, COL_SIGNED_BY = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, bc.Signoff | None]] = []

    def set_signoffs(self, names: tuple[str, ...], done: tuple[bc.Signoff, ...]) -> None:
        self.beginResetModel()
        by_name = {" ".join(s.signoff.split()).casefold(): s for s in done}
        self._rows = [(n, by_name.get(" ".join(n.split()).casefold())) for n in names]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Sign-off"), self.tr("Date"), self.tr("Signed by"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, done = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SIGNOFF:
            return _icon("ok" if done is not None else "todo")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_SIGNOFF:
            return name
        if done is None:
            return self.tr("not signed") if col == self.COL_DATE else ""
        return format_date(done.date) if col == self.COL_DATE else done.signed_by


class PeriodTagTableModel(QAbstractTableModel):
    """History periods counted as documented hours in a trade, with the hours each gives."""

    COL_PERIOD, COL_FROM, COL_TO, COL_TRADE, COL_HOURS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[bc.PeriodTag] = []
        self._lang = "sv"

    def set_tags(self, tags: tuple[bc.PeriodTag, ...], lang: str) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self._lang = lang
        self.endResetModel()

    def tag_id(self, row: int) -> int | None:
        return self._tags[row].id if 0 <= row < len(self._tags) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Period"), self.tr("From"), self.tr("To"), self.tr("Trade"), self.tr("Hours"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_HOURS:
            if tag.problem:
                return tag.problem
            return (
                self.tr("from an employer's statement")
                if tag.stated_hours is not None
                else self.tr("computed from the dates and position percentage (40 hours a full-time week)")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = tag.period
        if col == self.COL_PERIOD:
            return ", ".join(x for x in (p.employer, p.role) if x)
        if col == self.COL_FROM:
            return format_date(p.start)
        if col == self.COL_TO:
            return format_date(p.end) if p.end else self.tr("ongoing")
        if col == self.COL_TRADE:
            return tag.trade
        return fmt_number(tag.counted_hours, self._lang) + (" *" if tag.stated_hours is not None else "")


@dataclass(frozen=True)
class ExplanationRow:
    text: str
    ok: bool | None
    level: int
    """0: a section heading; 1: a module's or rule's head line; 2: a detail line."""


class EvaluationLinesModel(QAbstractListModel):
    """The rule evaluation explained line by line, in sections, in one language."""

    OkRole = Qt.ItemDataRole.UserRole + 1
    LevelRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ExplanationRow] = []

    def set_rows(self, rows: list[ExplanationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def texts(self) -> list[str]:
        return [r.text for r in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return None if row.level == 0 else _line_icon(row.ok)
        if role == Qt.ItemDataRole.FontRole and row.level < 2:
            font = QFont()
            font.setBold(True)
            if row.level == 0:
                font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.1)
            return font
        if role == self.OkRole:
            return row.ok
        if role == self.LevelRole:
            return row.level
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mark = {True: self.tr("met"), False: self.tr("not met"), None: self.tr("information")}[row.ok]
            return row.text if row.level == 0 else f"{row.text} ({mark})"
        return None


# ----------------------------------------------------------------------------------------------------
# the panel


class BranschPanelWidget(QWidget):
    """A branschvalidering case: enter results, follow the process, see the outcome explained."""

    changed = Signal()
    """Emitted after anything of the case was saved."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("branschPanel")
        self._db = db
        self._case_id: int | None = None
        self._state: bc.BranschCaseState | None = None
        self._periods: list[HistoryPeriod] = []
        if language is None:
            language = model_language_for(choose_language(db.get_setting(SETTING_KEY)))
        self._lang = language if language in ("sv", "en") else "sv"
        self._build()
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("modelTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.model_info = QLabel(self)
        self.model_info.setObjectName("modelInfo")
        self.model_info.setWordWrap(True)
        self.model_info.setTextFormat(Qt.TextFormat.PlainText)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.model_info)
        header.addLayout(titles, 1)
        lang_label = QLabel(self.tr("&Model texts:"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("modelLanguage")
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if self._lang == "sv" else 1)
        self.language_combo.setAccessibleName(self.tr("Language of the model's texts"))
        lang_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        header.addWidget(lang_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("branschTabs")
        self.tabs.addTab(self._build_results_tab(), self.tr("&Results"))
        self.tabs.addTab(self._build_structure_tab(), self.tr("Str&ucture"))
        self.tabs.addTab(self._build_process_tab(), self.tr("&Process"))
        self.tabs.addTab(self._build_prerequisites_tab(), self.tr("Prere&quisites"))
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self._build_evaluation_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 440])  # the explanation needs room: its lines are whole sentences
        outer.addWidget(self.splitter, 1)

    def _build_results_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Enter a result"), page)
        form = QFormLayout(box)
        self.component_combo = QComboBox(box)
        self.component_combo.setObjectName("componentCombo")
        self.component_combo.currentIndexChanged.connect(self._component_chosen)
        form.addRow(self._label(self.tr("&Component:"), self.component_combo), self.component_combo)
        self.component_hint = QLabel(box)
        self.component_hint.setObjectName("componentHint")
        self.component_hint.setWordWrap(True)
        form.addRow("", self.component_hint)
        self.result_date = DateLineEdit("date", box)
        self.result_date.setObjectName("resultDate")
        self.result_date.setDate(date.today())
        form.addRow(self._label(self.tr("&Date:"), self.result_date), self.result_date)
        self.attempt_label = QLabel(box)
        self.attempt_label.setObjectName("attemptLabel")
        self.attempt_label.setWordWrap(True)
        form.addRow(self.tr("Attempt:"), self.attempt_label)
        self.score_stack = QStackedWidget(box)
        self.score_spin = QDoubleSpinBox(self.score_stack)
        self.score_spin.setObjectName("scoreSpin")
        self.score_spin.setAccessibleName(self.tr("Score"))
        self.score_passfail = QComboBox(self.score_stack)
        self.score_passfail.setObjectName("scorePassFail")
        self.score_passfail.setAccessibleName(self.tr("Passed or failed"))
        self.score_passfail.addItem(self.tr("Passed"), 1)
        self.score_passfail.addItem(self.tr("Failed"), 0)
        self.score_stack.addWidget(self.score_spin)
        self.score_stack.addWidget(self.score_passfail)
        self.score_stack.setSizePolicy(self.score_spin.sizePolicy())
        self.score_range = QLabel(box)
        self.score_range.setObjectName("scoreRange")
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_stack)
        score_row.addWidget(self.score_range, 1)
        form.addRow(self._label(self.tr("Sc&ore:"), self.score_spin), score_row)
        self.assessor_edit = QLineEdit(box)
        self.assessor_edit.setObjectName("assessorEdit")
        self.assessor_edit.setPlaceholderText(self.tr("certified yrkesbedömare or testledare"))
        form.addRow(self._label(self.tr("Assessor &id:"), self.assessor_edit), self.assessor_edit)
        self.provider_edit = QLineEdit(box)
        self.provider_edit.setObjectName("providerEdit")
        form.addRow(self._label(self.tr("Test c&entre:"), self.provider_edit), self.provider_edit)
        self.accreditation_edit = QLineEdit(box)
        self.accreditation_edit.setObjectName("accreditationEdit")
        form.addRow(
            self._label(self.tr("&Accreditation id:"), self.accreditation_edit), self.accreditation_edit
        )
        self.note_edit = QLineEdit(box)
        self.note_edit.setObjectName("noteEdit")
        form.addRow(self._label(self.tr("&Note:"), self.note_edit), self.note_edit)
        self.save_result_button = QPushButton(self.tr("&Save result"), box)
        self.save_result_button.setObjectName("saveResult")
        self.save_result_button.clicked.connect(self.save_result)
        form.addRow("", self.save_result_button)
        self.result_message = QLabel(box)
        self.result_message.setObjectName("resultMessage")
        self.result_message.setWordWrap(True)
        self.result_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.result_message)
        layout.addWidget(box)

        self.results_model = ComponentResultsTableModel(self)
        self.results_view = self._table(self.results_model, "resultsView")
        self.results_view.setAccessibleName(self.tr("Component results"))
        header = self.results_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComponentResultsTableModel.COL_COMPONENT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.results_view, 1)
        self.delete_result_button = QPushButton(self.tr("De&lete the selected result"), page)
        self.delete_result_button.setObjectName("deleteResult")
        self.delete_result_button.setToolTip(
            self.tr("Only the latest attempt of a component can be deleted.")
        )
        self.delete_result_button.clicked.connect(self.delete_selected_result)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_result_button)
        layout.addLayout(row)
        return page

    def _build_structure_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.structure_tree = QTreeWidget(page)
        self.structure_tree.setObjectName("structureTree")
        self.structure_tree.setColumnCount(4)
        self.structure_tree.setHeaderLabels(
            [
                self.tr("Module, outcome or component"),
                self.tr("Type"),
                self.tr("Requirement"),
                self.tr("Status"),
            ]
        )
        self.structure_tree.setAccessibleName(self.tr("Structure of the model"))
        self.structure_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.structure_tree.header().setStretchLastSection(False)
        layout.addWidget(self.structure_tree)
        return page

    def _build_process_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.phase_model = PhaseTableModel(self)
        self.phase_view = self._table(self.phase_model, "phaseView")
        self.phase_view.setAccessibleName(self.tr("Process phases"))
        self.phase_view.clicked.connect(self._phase_clicked)
        layout.addWidget(self.phase_view, 1)
        box = QGroupBox(self.tr("Record a phase"), page)
        form = QFormLayout(box)
        self.phase_combo = QComboBox(box)
        self.phase_combo.setObjectName("phaseCombo")
        self.phase_combo.currentIndexChanged.connect(self._phase_chosen)
        form.addRow(self._label(self.tr("P&hase:"), self.phase_combo), self.phase_combo)
        self.phase_date = DateLineEdit("date", box)
        self.phase_date.setObjectName("phaseDate")
        self.phase_date.setDate(date.today())
        form.addRow(self._label(self.tr("Da&te:"), self.phase_date), self.phase_date)
        self.actor_edit = QLineEdit(box)
        self.actor_edit.setObjectName("actorEdit")
        self.actor_edit.setPlaceholderText(self.tr("e.g. studie- och yrkesvägledare, yrkesbedömare"))
        form.addRow(self._label(self.tr("Actor ro&le:"), self.actor_edit), self.actor_edit)
        self.evidence_edit = QLineEdit(box)
        self.evidence_edit.setObjectName("evidenceEdit")
        form.addRow(self._label(self.tr("&Evidence:"), self.evidence_edit), self.evidence_edit)
        self.save_phase_button = QPushButton(self.tr("Rec&ord phase"), box)
        self.save_phase_button.setObjectName("savePhase")
        self.save_phase_button.clicked.connect(self.save_phase)
        form.addRow("", self.save_phase_button)
        layout.addWidget(box)

        sig = QGroupBox(self.tr("Signature of the formal assessment (bedömning)"), page)
        sig_form = QFormLayout(sig)
        self.signature_status = QLabel(sig)
        self.signature_status.setObjectName("signatureStatus")
        self.signature_status.setWordWrap(True)
        sig_form.addRow(self.signature_status)
        self.signature_assessor = QLineEdit(sig)
        self.signature_assessor.setObjectName("signatureAssessor")
        sig_form.addRow(
            self._label(self.tr("Assessor i&d:"), self.signature_assessor), self.signature_assessor
        )
        self.signature_date = DateLineEdit("date", sig)
        self.signature_date.setObjectName("signatureDate")
        self.signature_date.setDate(date.today())
        sig_form.addRow(self._label(self.tr("Date si&gned:"), self.signature_date), self.signature_date)
        self.sign_button = QPushButton(self.tr("Sig&n the formal assessment"), sig)
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.sign)
        sig_form.addRow("", self.sign_button)
        layout.addWidget(sig)
        self.process_message = QLabel(page)
        self.process_message.setObjectName("processMessage")
        self.process_message.setWordWrap(True)
        layout.addWidget(self.process_message)
        return page

    def _build_prerequisites_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.hours_box = QGroupBox(self.tr("Documented hours per trade"), page)
        hours_layout = QVBoxLayout(self.hours_box)
        self.hours_summary = QLabel(self.hours_box)
        self.hours_summary.setObjectName("hoursSummary")
        self.hours_summary.setWordWrap(True)
        hours_layout.addWidget(self.hours_summary)
        self.tag_model = PeriodTagTableModel(self)
        self.tag_view = self._table(self.tag_model, "tagView")
        self.tag_view.setAccessibleName(self.tr("Periods counted as documented hours"))
        self.tag_view.horizontalHeader().setStretchLastSection(False)
        self.tag_view.horizontalHeader().setSectionResizeMode(
            PeriodTagTableModel.COL_PERIOD, QHeaderView.ResizeMode.Stretch
        )
        hours_layout.addWidget(self.tag_view, 1)
        tag_form = QFormLayout()
        self.period_combo = QComboBox(self.hours_box)
        self.period_combo.setObjectName("periodCombo")
        tag_form.addRow(self._label(self.tr("Peri&od:"), self.period_combo), self.period_combo)
        self.trade_combo = QComboBox(self.hours_box)
        self.trade_combo.setObjectName("tradeCombo")
        tag_form.addRow(self._label(self.tr("Tr&ade:"), self.trade_combo), self.trade_combo)
        self.stated_hours_edit = QLineEdit(self.hours_box)
        self.stated_hours_edit.setObjectName("statedHours")
        self.stated_hours_edit.setPlaceholderText(self.tr("empty: computed from the dates and percentage"))
        tag_form.addRow(
            self._label(self.tr("Hours in the &statement:"), self.stated_hours_edit), self.stated_hours_edit
        )
        buttons = QHBoxLayout()
        self.tag_button = QPushButton(self.tr("&Count the period"), self.hours_box)
        self.tag_button.setObjectName("tagButton")
        self.tag_button.clicked.connect(self.tag_selected_period)
        self.untag_button = QPushButton(self.tr("Stop counting the selected period"), self.hours_box)
        self.untag_button.setObjectName("untagButton")
        self.untag_button.clicked.connect(self.untag_selected_period)
        buttons.addWidget(self.tag_button)
        buttons.addWidget(self.untag_button)
        buttons.addStretch(1)
        tag_form.addRow("", buttons)
        hours_layout.addLayout(tag_form)
        layout.addWidget(self.hours_box, 1)
        self.no_hours_label = QLabel(self.tr("This model has no documented-hours requirement."), page)
        self.no_hours_label.setObjectName("noHours")
        layout.addWidget(self.no_hours_label)

        self.signoff_box = QGroupBox(self.tr("Workplace sign-offs"), page)
        s_layout = QVBoxLayout(self.signoff_box)
        self.signoff_model = SignoffTableModel(self)
        self.signoff_view = self._table(self.signoff_model, "signoffView")
        self.signoff_view.setAccessibleName(self.tr("Workplace sign-offs"))
        s_layout.addWidget(self.signoff_view, 1)
        s_form = QFormLayout()
        self.signoff_combo = QComboBox(self.signoff_box)
        self.signoff_combo.setObjectName("signoffCombo")
        s_form.addRow(self._label(self.tr("Si&gn-off:"), self.signoff_combo), self.signoff_combo)
        self.signoff_date = DateLineEdit("date", self.signoff_box)
        self.signoff_date.setObjectName("signoffDate")
        self.signoff_date.setDate(date.today())
        s_form.addRow(self._label(self.tr("Dat&e:"), self.signoff_date), self.signoff_date)
        self.signed_by_edit = QLineEdit(self.signoff_box)
        self.signed_by_edit.setObjectName("signedBy")
        s_form.addRow(self._label(self.tr("Signed &by:"), self.signed_by_edit), self.signed_by_edit)
        self.signoff_button = QPushButton(self.tr("Record sign-o&ff"), self.signoff_box)
        self.signoff_button.setObjectName("signoffButton")
        self.signoff_button.clicked.connect(self.save_signoff)
        s_form.addRow("", self.signoff_button)
        s_layout.addLayout(s_form)
        layout.addWidget(self.signoff_box, 1)
        self.no_signoff_label = QLabel(self.tr("This model asks for no workplace sign-offs."), page)
        self.no_signoff_label.setObjectName("noSignoffs")
        layout.addWidget(self.no_signoff_label)
        self.prerequisite_message = QLabel(page)
        self.prerequisite_message.setObjectName("prerequisiteMessage")
        self.prerequisite_message.setWordWrap(True)
        layout.addWidget(self.prerequisite_message)
        return page

    def _build_evaluation_pane(self) -> QWidget:
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 0, 0, 0)
        banner = QHBoxLayout()
        self.outcome_icon = QLabel(pane)
        self.outcome_icon.setFixedSize(32, 32)
        self.outcome_label = QLabel(pane)
        self.outcome_label.setObjectName("outcomeLabel")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.outcome_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.outcome_label.setFont(font)
        banner.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.outcome_label, 1)
        layout.addLayout(banner)
        self.modules_label = QLabel(pane)
        self.modules_label.setObjectName("modulesLabel")
        self.modules_label.setWordWrap(True)
        self.modules_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.modules_label)
        self.issue_label = QLabel(pane)
        self.issue_label.setObjectName("issueLabel")
        self.issue_label.setWordWrap(True)
        self.issue_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.issue_label)
        heading = QLabel(self.tr("How the rules were applied"), pane)
        hfont = heading.font()
        hfont.setBold(True)
        heading.setFont(hfont)
        layout.addWidget(heading)
        self.explanation_model = EvaluationLinesModel(self)
        self.explanation_view = QListView(pane)
        self.explanation_view.setObjectName("explanationView")
        self.explanation_view.setModel(self.explanation_model)
        self.explanation_view.setWordWrap(True)
        self.explanation_view.setUniformItemSizes(False)
        self.explanation_view.setAccessibleName(self.tr("Rule evaluation, line by line"))
        self.explanation_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        heading.setBuddy(self.explanation_view)
        layout.addWidget(self.explanation_view, 1)
        return pane

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        return view

    # -- opening and showing -------------------------------------------------------------------

    @property
    def state(self) -> bc.BranschCaseState | None:
        return self._state

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def model_language(self) -> str:
        return self._lang

    def set_model_language(self, lang: str) -> None:
        self.language_combo.setCurrentIndex(0 if lang != "en" else 1)

    def _language_chosen(self, _index: int) -> None:
        self._lang = str(self.language_combo.currentData() or "sv")
        self._render()

    def open_case(self, case_id: int) -> None:
        """Show a branschmodell case (RplError if the case's target is not a branschmodell)."""
        self._case_id = case_id
        self.result_message.clear()
        self.process_message.clear()
        self.prerequisite_message.clear()
        self.refresh()

    def refresh(self) -> None:
        if self._case_id is None:
            return
        self._state = bc.load_case_state(self._db, self._case_id)
        self._periods = list_periods(self._db, self._state.candidate_id)
        self._set_enabled(True)
        self._render()

    def _set_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        self.language_combo.setEnabled(enabled)

    def _render(self) -> None:
        state = self._state
        if state is None:
            return
        lang = self._lang
        model = state.model
        self.title_label.setText(text_in(model.title, lang, text_in(model.role, lang, model.code)))
        info = [
            fill(self.tr("Owner (huvudman): %1"), model.owner),
            fill(self.tr("Version %1, valid from %2"), model.version, format_date(model.valid_from)),
        ]
        if model.seqf_level is not None:
            info.append(fill(self.tr("SeQF level %1"), model.seqf_level))
        if model.sample:
            info.append(self.tr("SAMPLE MODEL, not an industry's own"))
        self.model_info.setText(" · ".join(info))
        self._render_components(state)
        self.results_model.set_state(state, lang)
        self._render_structure(state)
        self.phase_model.set_phases(state.phases, lang)
        self.phase_view.resizeColumnsToContents()
        self._render_phase_combo()
        self._render_signature(state)
        self._render_prerequisites(state)
        self._render_evaluation(state.evaluation, state)

    def _render_components(self, state: bc.BranschCaseState) -> None:
        current = self.component_combo.currentData()
        self.component_combo.blockSignals(True)
        self.component_combo.clear()
        for comp in state.model.components:
            module = (
                text_in(state.model.module(comp.module).title, self._lang, comp.module) if comp.module else ""
            )
            title = text_in(comp.title, self._lang, comp.id)
            label = title if not module or module in title or title in module else f"{module} › {title}"
            self.component_combo.addItem(label, comp.id)
        index = self.component_combo.findData(current) if current is not None else -1
        if index < 0:  # first opening: the first component that still needs a result
            waiting = (ComponentState.NOT_TAKEN, ComponentState.FAILED)
            index = next(
                (
                    i
                    for i, c in enumerate(state.model.components)
                    if state.evaluation.component(c.id).state in waiting
                ),
                0,
            )
        self.component_combo.setCurrentIndex(index)
        self.component_combo.blockSignals(False)
        self._component_chosen(self.component_combo.currentIndex())
        if state.results:  # the same assessor and test centre usually enter the next result too
            last = max(state.results, key=lambda r: (r.result.date, r.id)).result
            for edit, value in (
                (self.assessor_edit, last.assessor_id),
                (self.provider_edit, last.provider),
                (self.accreditation_edit, last.accreditation_id),
            ):
                if not edit.text().strip():
                    edit.setText(value)

    def _component_chosen(self, _index: int) -> None:
        state = self._state
        cid = self.component_combo.currentData()
        if state is None or cid is None:
            return
        model = state.model
        comp = model.component(str(cid))
        lang = self._lang
        self.component_hint.setText(
            f"{comp.kind.label(lang)} · {_requirement(model, comp.id, lang)}"
            + (f" · {fmt_number(comp.duration_hours, lang)} h" if comp.duration_hours is not None else "")
        )
        if comp.scoring is Scoring.PASS_FAIL:
            self.score_stack.setCurrentWidget(self.score_passfail)
            self.score_range.setText("")
        else:
            self.score_stack.setCurrentWidget(self.score_spin)
            low, high = comp.scoring.score_range
            decimals = 1 if comp.scoring is Scoring.PERCENTAGE else 2
            self.score_spin.setDecimals(decimals)
            self.score_spin.setRange(float(low), float(high))
            self.score_spin.setSingleStep(1.0 if comp.scoring is Scoring.PERCENTAGE else 0.1)
            self.score_spin.setSuffix("\u00a0%" if comp.scoring is Scoring.PERCENTAGE else "")
            self.score_range.setText(fill(self.tr("scale %1"), comp.scoring.range_text()))
        status = state.evaluation.component(comp.id)
        attempt = state.next_attempt(comp.id)
        rule = model.retake_rule(comp.id)
        parts = [fill(self.tr("number %1"), attempt)]
        if rule is not None:
            parts[0] = fill(self.tr("number %1 of at most %2"), attempt, rule.max_attempts)
        if status.state is ComponentState.PASSED:
            parts = [self.tr("already passed; no new attempt is needed")]
        elif status.state is ComponentState.BLOCKED:
            parts.append(self.tr("blocked until its prerequisites are met (see the explanation)"))
        nxt = state.next_attempt_from(comp.id)
        if nxt is not None and status.state is ComponentState.FAILED:
            parts.append(fill(self.tr("the retake rule allows it from %1"), format_date(nxt)))
        self.attempt_label.setText(" · ".join(parts))

    def _render_structure(self, state: bc.BranschCaseState) -> None:
        lang = self._lang
        model = state.model
        ev = state.evaluation
        tree = self.structure_tree
        tree.clear()

        def status_text(ok: bool) -> str:
            return self.tr("passed") if ok else self.tr("not passed")

        def add_component(parent: QTreeWidgetItem | QTreeWidget, cid: str) -> None:
            comp = model.component(cid)
            st = ev.component(cid)
            state_text = {
                ComponentState.PASSED: self.tr("passed"),
                ComponentState.FAILED: self.tr("failed"),
                ComponentState.NOT_TAKEN: self.tr("not taken"),
                ComponentState.BLOCKED: self.tr("blocked"),
            }[st.state]
            item = QTreeWidgetItem(
                [
                    text_in(comp.title, lang, cid),
                    comp.kind.label(lang),
                    _requirement(model, cid, lang),
                    state_text,
                ]
            )
            item.setIcon(
                3, _icon("ok" if st.passed else "todo" if st.state is ComponentState.NOT_TAKEN else "no")
            )
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)

        for m in model.modules:
            status = ev.module(m.id)
            item = QTreeWidgetItem(
                [
                    f"{m.code} {text_in(m.title, lang, m.id)}",
                    self.tr("module"),
                    self.tr("required") if m.required else self.tr("optional"),
                    status_text(status.passed),
                ]
            )
            bold = item.font(0)
            bold.setBold(True)
            item.setFont(0, bold)
            item.setIcon(3, _icon("ok" if status.passed else "no" if m.required else "todo"))
            tree.addTopLevelItem(item)
            for o in m.outcomes:
                item.addChild(
                    QTreeWidgetItem(
                        [f"{o.code}  {text_in(o.text, lang, o.code)}", o.type.label(lang), "", ""]
                    )
                )
            for comp in model.components_of(m.id):
                add_component(item, comp.id)
            item.setExpanded(True)
        loose = [c for c in model.components if c.module is None]
        if loose:
            item = QTreeWidgetItem([self.tr("Components outside the modules"), "", "", ""])
            tree.addTopLevelItem(item)
            for comp in loose:
                add_component(item, comp.id)
            item.setExpanded(True)
        if model.rules:
            rules_item = QTreeWidgetItem([self.tr("Rules"), "", "", ""])
            tree.addTopLevelItem(rules_item)
            for rule, check in zip(model.rules, ev.rules, strict=True):
                kind = {
                    AllOf: self.tr("all of"),
                    KOfN: self.tr("k of n"),
                    Weighted: self.tr("weighted"),
                    PerAreaMinimum: self.tr("minimum per area"),
                    HoursGate: self.tr("documented hours"),
                    PassedGate: self.tr("passed first"),
                    SignoffGate: self.tr("workplace sign-off"),
                    Retake: self.tr("retakes"),
                }[type(rule)]
                first = check.lines[0].text(lang) if check.lines else rule.id
                child = QTreeWidgetItem(
                    [first, kind, "", "" if isinstance(rule, Retake) else status_text(check.passed)]
                )
                if not isinstance(rule, Retake):
                    child.setIcon(3, _icon("ok" if check.passed else "no"))
                child.setToolTip(0, first)
                rules_item.addChild(child)
            rules_item.setExpanded(True)
        for col in (1, 2, 3):
            tree.resizeColumnToContents(col)

    def _render_phase_combo(self) -> None:
        current = self.phase_combo.currentData()
        self.phase_combo.blockSignals(True)
        self.phase_combo.clear()
        for phase in ProcessPhase:
            self.phase_combo.addItem(f"{phase.order + 1}. {phase.label(self._lang)}", phase.value)
        index = self.phase_combo.findData(current) if current is not None else -1
        if index < 0 and self._state is not None:
            done = {r.phase for r in self._state.phases}
            index = next((p.order for p in ProcessPhase if p not in done), len(ProcessPhase) - 1)
        self.phase_combo.setCurrentIndex(max(index, 0))
        self.phase_combo.blockSignals(False)
        self._phase_chosen(self.phase_combo.currentIndex())

    def _phase_chosen(self, _index: int) -> None:
        if self._state is None:
            return
        value = self.phase_combo.currentData()
        record = next((r for r in self._state.phases if r.phase.value == value), None)
        if record is not None:
            self.phase_date.setDate(record.date)
            self.actor_edit.setText(record.actor_role)
            self.evidence_edit.setText(record.evidence_note)
        else:
            self.actor_edit.clear()
            self.evidence_edit.clear()

    def _phase_clicked(self, index: QModelIndex) -> None:
        value = self.phase_model.data(index, PhaseTableModel.PhaseRole)
        found = self.phase_combo.findData(value)
        if found >= 0:
            self.phase_combo.setCurrentIndex(found)

    def _render_signature(self, state: bc.BranschCaseState) -> None:
        sig = state.signature
        if sig is None:
            self.signature_status.setText(self.tr("Not signed. Nothing can be issued before it is."))
            self.signature_status.setStyleSheet(_ERROR_STYLE)
        else:
            self.signature_status.setText(
                fill(self.tr("Signed by assessor %1 on %2."), sig.assessor_id, format_date(sig.date))
            )
            self.signature_status.setStyleSheet(_OK_STYLE)
            self.signature_assessor.setText(sig.assessor_id)

    def _render_prerequisites(self, state: bc.BranschCaseState) -> None:
        model = state.model
        lang = self._lang
        trades = bc.model_trades(model)
        self.hours_box.setVisible(bool(trades))
        self.no_hours_label.setVisible(not trades)
        need = {r.trade: r.hours for r in model.rules if isinstance(r, HoursGate)}
        lines = []
        for trade in trades:
            have = state.documented_hours.get(trade, Decimal(0))
            lines.append(
                fill(
                    self.tr("%1: %2 of %3 hours documented"),
                    trade,
                    fmt_number(have, lang),
                    fmt_number(need.get(trade, Decimal(0)), lang),
                )
            )
        self.hours_summary.setText("\n".join(lines))
        self.tag_model.set_tags(state.period_tags, lang)
        self.tag_view.resizeColumnsToContents()
        current_period = self.period_combo.currentData()
        self.period_combo.clear()
        for p in self._periods:
            span = f"{format_date(p.start)}–{format_date(p.end) if p.end else self.tr('ongoing')}"
            self.period_combo.addItem(", ".join(x for x in (p.employer, p.role, span) if x), p.id)
        if current_period is not None and self.period_combo.findData(current_period) >= 0:
            self.period_combo.setCurrentIndex(self.period_combo.findData(current_period))
        self.trade_combo.clear()
        for trade in trades:
            self.trade_combo.addItem(trade, trade)
        names = bc.model_signoffs(model)
        self.signoff_box.setVisible(bool(names))
        self.no_signoff_label.setVisible(not names)
        self.signoff_model.set_signoffs(names, state.signoffs)
        self.signoff_view.resizeColumnsToContents()
        current = self.signoff_combo.currentData()
        self.signoff_combo.clear()
        for name in names:
            self.signoff_combo.addItem(name, name)
        if current is not None and self.signoff_combo.findData(current) >= 0:
            self.signoff_combo.setCurrentIndex(self.signoff_combo.findData(current))

    def _render_evaluation(self, ev: Evaluation, state: bc.BranschCaseState) -> None:
        lang = self._lang
        model = state.model
        doc = ev.document.label(lang)
        headline = {
            OutcomeClass.FULL: fill(self.tr("Full: %1"), doc),
            OutcomeClass.PARTIAL: fill(self.tr("Partial: %1 for the passed modules"), doc),
            OutcomeClass.NONE: fill(self.tr("None passed yet: %1"), doc),
        }[ev.outcome]
        self.outcome_label.setText(headline)
        self.outcome_label.setProperty("outcome", ev.outcome.value)
        self.outcome_label.setStyleSheet(f"color: {_OUTCOME_COLOURS[ev.outcome]};")
        self.outcome_icon.setPixmap(
            status_icon(
                {OutcomeClass.FULL: "ok", OutcomeClass.PARTIAL: "warn", OutcomeClass.NONE: "no"}[ev.outcome],
                32,
            )
        )

        def names(ids: tuple[str, ...]) -> str:
            return ", ".join(text_in(model.module(m).title, lang, m) for m in ids) or "–"

        self.modules_label.setText(
            fill(self.tr("Passed modules: %1"), names(ev.passed_modules))
            + "\n"
            + fill(self.tr("Missing modules: %1"), names(ev.missing_modules))
        )
        if ev.can_issue:
            self.issue_label.setText(fill(self.tr("Can be issued: %1"), doc))
            self.issue_label.setStyleSheet(_OK_STYLE)
        else:
            blockers = "\n".join(f"• {line.text(lang)}" for line in ev.issue_blockers)
            self.issue_label.setText(self.tr("Cannot be issued yet:") + "\n" + blockers)
            self.issue_label.setStyleSheet("color: #a15c00;")
        self.issue_label.setProperty("canIssue", ev.can_issue)
        self.explanation_model.set_rows(self.explanation_rows(ev, state.model, lang))

    def explanation_rows(self, ev: Evaluation, model: Branschmodell, lang: str) -> list[ExplanationRow]:
        """The evaluation in sections: modules, other components, rules, what remains, before issuing."""
        rows: list[ExplanationRow] = []

        def add(lines: tuple[Line, ...] | list[Line], first_strong: bool) -> None:
            for i, line in enumerate(lines):
                rows.append(ExplanationRow(line.text(lang), line.ok, 1 if first_strong and i == 0 else 2))

        rows.append(ExplanationRow(self.tr("Modules"), None, 0))
        for m in ev.modules:
            add(m.lines, True)
        loose = [c for c in model.components if c.module is None]
        if loose:
            rows.append(ExplanationRow(self.tr("Components outside the modules"), None, 0))
            for comp in loose:
                add(ev.component(comp.id).lines, False)
        if ev.rules:
            rows.append(ExplanationRow(self.tr("Rules"), None, 0))
            for check in ev.rules:
                add(check.lines, len(check.lines) > 1)
        rows.append(ExplanationRow(self.tr("What remains"), None, 0))
        if ev.outcome is OutcomeClass.FULL:
            rows.append(
                ExplanationRow(self.tr("Nothing: every requirement for the full certificate is met"), True, 2)
            )
        else:
            add(ev.remaining, False)
        rows.append(ExplanationRow(self.tr("Before anything is issued"), None, 0))
        if ev.issue_blockers:
            add(ev.issue_blockers, False)
        else:
            rows.append(ExplanationRow(self.tr("Nothing is missing"), True, 2))
        return rows

    # -- actions -------------------------------------------------------------------------------

    def _message(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(text)
        label.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)

    def _date(self, edit: DateLineEdit, label: QLabel) -> date | None:
        try:
            value = edit.parse()
        except RplError as e:
            self._message(label, str(e), False)
            return None
        if value is None:
            self._message(label, self.tr("Enter the date."), False)
        return value

    def save_result(self) -> bool:
        """Save the result in the form; on refusal show why (and when the next attempt is allowed)."""
        if self._case_id is None or self._state is None:
            return False
        cid = self.component_combo.currentData()
        when = self._date(self.result_date, self.result_message)
        if cid is None or when is None:
            return False
        comp = self._state.model.component(str(cid))
        if comp.scoring is Scoring.PASS_FAIL:
            score = Decimal(int(self.score_passfail.currentData()))
        else:
            score = Decimal(str(round(self.score_spin.value(), self.score_spin.decimals())))
        result = DomainResult(
            component_id=comp.id,
            date=when,
            attempt=0,
            score=score,
            assessor_id=self.assessor_edit.text(),
            provider=self.provider_edit.text(),
            accreditation_id=self.accreditation_edit.text(),
            note=self.note_edit.text(),
        )
        try:
            saved = bc.book_component_result(self._db, self._case_id, result)
        except BookingRefused as e:
            self._message(self.result_message, fill(self.tr("Refused: %1"), e.text(self._lang)), False)
            self.result_message.setProperty("refused", True)
            return False
        except RplError as e:
            self._message(self.result_message, str(e), False)
            self.result_message.setProperty("refused", True)
            return False
        self.result_message.setProperty("refused", False)
        self.note_edit.clear()
        self.refresh()
        saved_label = self.component_combo.currentText()
        self._select_next_waiting(comp.id)
        self._message(
            self.result_message,
            fill(self.tr("Saved: %1, attempt %2."), saved_label, saved.result.attempt),
            True,
        )
        self.changed.emit()
        return True

    def _select_next_waiting(self, after: str) -> None:
        """Move the form on to the next component without a result (else one that failed), after ``after``."""
        state = self._state
        if state is None:
            return
        ids = [c.id for c in state.model.components]
        start = ids.index(after) + 1 if after in ids else 0
        ordered = ids[start:] + ids[:start]
        for wanted in (ComponentState.NOT_TAKEN, ComponentState.FAILED):
            found = next(
                (c for c in ordered if c != after and state.evaluation.component(c).state is wanted), None
            )
            if found is not None:
                self.component_combo.setCurrentIndex(self.component_combo.findData(found))
                return

    def delete_selected_result(self) -> None:
        rows = self.results_view.selectionModel().selectedRows()
        if not rows:
            self._message(self.result_message, self.tr("Select the result to delete."), False)
            return
        result_id = self.results_model.result_id(rows[0].row())
        if result_id is None:
            return
        try:
            bc.delete_result(self._db, result_id)
        except RplError as e:
            self._message(self.result_message, str(e), False)
            return
        self.refresh()
        self._message(self.result_message, self.tr("The result was deleted."), True)
        self.changed.emit()

    def save_phase(self) -> bool:
        if self._case_id is None:
            return False
        when = self._date(self.phase_date, self.process_message)
        if when is None:
            return False
        phase = ProcessPhase(str(self.phase_combo.currentData()))
        try:
            bc.record_phase(
                self._db,
                self._case_id,
                PhaseRecord(phase, when, self.actor_edit.text(), self.evidence_edit.text()),
            )
        except RplError as e:
            self._message(self.process_message, str(e), False)
            return False
        self.refresh()
        self._message(self.process_message, fill(self.tr("Recorded: %1."), phase.label(self._lang)), True)
        self.changed.emit()
        return True

    def sign(self) -> bool:
        if self._case_id is None:
            return False
        when = self._date(self.signature_date, self.process_message)
        if when is None:
            return False
        try:
            bc.sign_bedomning(self._db, self._case_id, self.signature_assessor.text(), when)
        except RplError as e:
            self._message(self.process_message, str(e), False)
            return False
        self.refresh()
        self._message(self.process_message, self.tr("The formal assessment is signed."), True)
        self.changed.emit()
        return True

    def tag_selected_period(self) -> bool:
        if self._case_id is None:
            return False
        period_id = self.period_combo.currentData()
        trade = self.trade_combo.currentData()
        if period_id is None or trade is None:
            self._message(self.prerequisite_message, self.tr("Choose a period and a trade."), False)
            return False
        try:
            bc.tag_period(
                self._db, self._case_id, int(period_id), str(trade), self.stated_hours_edit.text() or None
            )
        except RplError as e:
            self._message(self.prerequisite_message, str(e), False)
            return False
        self.stated_hours_edit.clear()
        self.refresh()
        self._message(self.prerequisite_message, fill(self.tr("The period now counts as %1."), trade), True)
        self.changed.emit()
        return True

    def untag_selected_period(self) -> None:
        rows = self.tag_view.selectionModel().selectedRows()
        tag_id = self.tag_model.tag_id(rows[0].row()) if rows else None
        if tag_id is None:
            self._message(self.prerequisite_message, self.tr("Select a counted period first."), False)
            return
        bc.untag_period(self._db, tag_id)
        self.refresh()
        self.prerequisite_message.clear()
        self.changed.emit()

    def save_signoff(self) -> bool:
        if self._case_id is None:
            return False
        name = self.signoff_combo.currentData()
        when = self._date(self.signoff_date, self.prerequisite_message)
        if name is None or when is None:
            return False
        try:
            bc.record_signoff(self._db, self._case_id, str(name), when, self.signed_by_edit.text())
        except RplError as e:
            self._message(self.prerequisite_message, str(e), False)
            return False
        self.refresh()
        self._message(self.prerequisite_message, fill(self.tr("Signed off: %1."), name), True)
        self.changed.emit()
        return True
