"""The mapping matrix of a case: outcomes on the left, the selected outcome's editor on the right.

Left, a tree: one row per outcome, grouped by kind (K / F / GK) or by area / emne, with the linked
evidence, the methods, the judgement, the four rules of evidence (current, sufficient, authentic,
valid) as symbols ✓ / ! / – whose meaning is in the tooltip and the accessible text (never colour
alone), and how many suggestions the history offers.

Right, the editor of one outcome: its full text, the rules of evidence in plain words, the linked
evidence (link from the candidate's history, unlink), suggestions (accept = link; ignore = hide for
this session; a suggestion never judges), methods, judgement, reason and notes, and Save (Ctrl+S).

Every change goes through :mod:`rpl_desktop.services.mapping` and the matrix is read again afterwards,
keeping the selected outcome. Typed but unsaved assessments are kept per outcome while the user looks
at other outcomes (marked ✎), so nothing typed is lost by clicking elsewhere.

A banner appears when outcomes are judged on documents alone and no reason is recorded: the decision
is blocked until the caseworker adds a dialogue or test, or records a reason (≥ 15 characters).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.cases import CaseStatus
from rpl_desktop.domain.catalogue import StandardKind
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError
from rpl_desktop.domain.mapping import (
    EvidenceItem,
    EvidenceKindRef,
    Indicator,
    Indicators,
    Judgement,
    Method,
    document_only,
)
from rpl_desktop.services import drafts as draft_service
from rpl_desktop.services.mapping import (
    JUDGEMENT_FIELDS,
    Matrix,
    MatrixRow,
    link_evidence,
    load_matrix,
    methods_from_values,
    row_values,
    set_document_only_override,
    set_judgement,
    unlink_evidence,
)
from rpl_desktop.services.suggest import Suggestion
from rpl_desktop.store.database import Database
from rpl_desktop.ui.conflict_dialog import ConflictDialog, exec_dialog
from rpl_desktop.ui.conflict_dialog import resolve as resolve_conflict
from rpl_desktop.ui.draft_restore import AskRestore, DraftAutosaver, ask_restore
from rpl_desktop.ui.forms import FieldErrors, add_text_row
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
OutcomeUidRole = Qt.ItemDataRole.UserRole + 1
IndicatorRole = Qt.ItemDataRole.UserRole + 2  # "ok" / "warn" / "missing" in an indicator column
IsGroupRole = Qt.ItemDataRole.UserRole + 3
EvidenceRole = Qt.ItemDataRole.UserRole + 4

MIN_OVERRIDE_REASON = 15
OK_COLOUR, WARN_COLOUR, MISSING_COLOUR = "#2e7d32", "#a15c00", "#5f6b78"
JUDGEMENT_COLOURS = {Judgement.MET: "#2e7d32", Judgement.PARTLY: "#a15c00", Judgement.NOT_MET: "#c62828"}
SYMBOLS = {Indicator.OK: "✓", Indicator.WARN: "!", Indicator.MISSING: "–"}
COLOURS = {Indicator.OK: OK_COLOUR, Indicator.WARN: WARN_COLOUR, Indicator.MISSING: MISSING_COLOUR}
INDICATOR_NAMES = ("current", "sufficient", "authentic", "valid")
METHOD_ORDER = (
    Method.DOCUMENTS,
    Method.DIALOGUE,
    Method.PRACTICAL_TEST,
    Method.THEORY_TEST,
    Method.THIRD_PARTY,
)
JUDGEMENT_ORDER = (Judgement.MET, Judgement.PARTLY, Judgement.NOT_MET, Judgement.NOT_ASSESSED)
_CATEGORY_ORDER = (
    "kunnskap",
    "kunskap",
    "ferdigheter",
    "fardighet",
    "generell_kompetanse",
    "ansvar_och_sjalvstandighet",
)


# -- words ----------------------------------------------------------------------------------------------


class JudgementInputs:
    """The methods check boxes and the judgement radio buttons of one outcome's assessment.

    The case's matrix and the external assessor's window ask the same questions the same way; both
    build them here. ``on_edit`` is called on every change.
    """

    def __init__(self, parent: QWidget, owner: QWidget, on_edit: Callable[..., None]) -> None:
        self.methods_box = QWidget(parent)
        self.methods_box.setAccessibleName(QCoreApplication.translate("JudgementInputs", "Methods used"))
        grid = QGridLayout(self.methods_box)
        grid.setContentsMargins(0, 0, 0, 0)
        texts = {
            Method.DOCUMENTS: QCoreApplication.translate("JudgementInputs", "&Documents"),
            Method.DIALOGUE: QCoreApplication.translate("JudgementInputs", "D&ialogue / interview"),
            Method.PRACTICAL_TEST: QCoreApplication.translate("JudgementInputs", "P&ractical test"),
            Method.THEORY_TEST: QCoreApplication.translate("JudgementInputs", "T&heory test"),
            Method.THIRD_PARTY: QCoreApplication.translate("JudgementInputs", "&Third-party statement"),
        }
        self.method_checks: dict[Method, QCheckBox] = {}
        for n, method in enumerate(METHOD_ORDER):
            check = QCheckBox(texts[method], self.methods_box)
            check.setObjectName(f"method_{method.value}")
            check.toggled.connect(on_edit)
            grid.addWidget(check, n // 2, n % 2)
            self.method_checks[method] = check

        self.judgement_box = QWidget(parent)
        self.judgement_box.setAccessibleName(QCoreApplication.translate("JudgementInputs", "Judgement"))
        jgrid = QGridLayout(self.judgement_box)
        jgrid.setContentsMargins(0, 0, 0, 0)
        self.judgement_group = QButtonGroup(owner)
        jtexts = {
            Judgement.MET: QCoreApplication.translate("JudgementInputs", "&Met"),
            Judgement.PARTLY: QCoreApplication.translate("JudgementInputs", "Partl&y met"),
            Judgement.NOT_MET: QCoreApplication.translate("JudgementInputs", "N&ot met"),
            Judgement.NOT_ASSESSED: QCoreApplication.translate("JudgementInputs", "Not &assessed"),
        }
        self.judgement_radios: dict[Judgement, QRadioButton] = {}
        for n, judgement in enumerate(JUDGEMENT_ORDER):
            radio = QRadioButton(jtexts[judgement], self.judgement_box)
            radio.setObjectName(f"judgement_{judgement.value}")
            radio.toggled.connect(on_edit)
            self.judgement_group.addButton(radio, n)
            jgrid.addWidget(radio, n // 2, n % 2)
            self.judgement_radios[judgement] = radio


def _t(text: str) -> str:
    return QCoreApplication.translate("MatrixLabels", text)


def judgement_label(judgement: Judgement) -> str:
    return {
        Judgement.MET: _t("Met"),
        Judgement.PARTLY: _t("Partly met"),
        Judgement.NOT_MET: _t("Not met"),
        Judgement.NOT_ASSESSED: _t("Not assessed"),
    }[judgement]


def method_label(method: Method) -> str:
    return {
        Method.DOCUMENTS: _t("Documents"),
        Method.DIALOGUE: _t("Dialogue / interview"),
        Method.PRACTICAL_TEST: _t("Practical test"),
        Method.THEORY_TEST: _t("Theory test"),
        Method.THIRD_PARTY: _t("Third-party statement"),
    }[method]


def method_short_label(method: Method) -> str:
    """For the narrow Methods column; the tooltip and accessible text give the full names."""
    return {
        Method.DOCUMENTS: _t("Docs"),
        Method.DIALOGUE: _t("Dialogue"),
        Method.PRACTICAL_TEST: _t("Practical"),
        Method.THEORY_TEST: _t("Theory"),
        Method.THIRD_PARTY: _t("3rd party"),
    }[method]


def evidence_kind_label(kind: EvidenceKindRef | str) -> str:
    return {
        EvidenceKindRef.PERIOD: _t("Work period"),
        EvidenceKindRef.FILE: _t("File"),
        EvidenceKindRef.EXAM: _t("Exam"),
        EvidenceKindRef.COURSE: _t("Course"),
        EvidenceKindRef.TEST: _t("Test result"),
    }[EvidenceKindRef(kind)]


def category_label(category: str) -> str:
    return {
        "kunnskap": _t("Knowledge (K)"),
        "kunskap": _t("Knowledge (kunskaper)"),
        "ferdigheter": _t("Skills (F)"),
        "fardighet": _t("Skills (färdigheter)"),
        "generell_kompetanse": _t("General competence (GK)"),
        "ansvar_och_sjalvstandighet": _t("Responsibility and autonomy"),
    }.get(category, category)


def indicator_name(name: str) -> str:
    return {
        "current": _t("Current"),
        "sufficient": _t("Sufficient"),
        "authentic": _t("Authentic"),
        "valid": _t("Valid"),
    }[name]


def indicator_state(state: Indicator) -> str:
    return {Indicator.OK: _t("fulfilled"), Indicator.WARN: _t("check"), Indicator.MISSING: _t("missing")}[
        state
    ]


def indicator_explanation(name: str, state: Indicator, years: int) -> str:
    """What one rule of evidence says about an outcome, in plain words."""
    texts = {
        ("current", Indicator.OK): fill(
            _t("Some evidence is from the last %1 years, or was seen directly."), years
        ),
        ("current", Indicator.WARN): fill(_t("All evidence is older than %1 years."), years),
        ("current", Indicator.MISSING): _t("No evidence yet."),
        ("sufficient", Indicator.OK): _t("Not only the candidate's own statements."),
        ("sufficient", Indicator.WARN): _t("Only the candidate's own statements so far."),
        ("sufficient", Indicator.MISSING): _t("No evidence yet."),
        ("authentic", Indicator.OK): _t("A signed or verified attest, an exam, or seen directly."),
        ("authentic", Indicator.WARN): _t("Nothing signed or verified yet."),
        ("authentic", Indicator.MISSING): _t("No evidence yet."),
        ("valid", Indicator.OK): _t("The method fits this kind of outcome."),
        ("valid", Indicator.WARN): _t(
            "The method does not fit this kind of outcome (documents alone are not enough)."
        ),
        ("valid", Indicator.MISSING): _t("No assessment method recorded."),
    }
    return texts[(name, state)]


def suggestion_text(s: Suggestion) -> str:
    if s.matched:
        return fill(_t("Suggested from the history: %1 — matches: %2"), s.label, ", ".join(s.matched))
    return fill(_t("Suggested from the history: %1"), s.label)


def _indicator(ind: Indicators, name: str) -> Indicator:
    return getattr(ind, name)  # type: ignore[no-any-return]


# -- the tree model --------------------------------------------------------------------------------------

# Combined once: or-ing Qt flags in Python is slow enough to show on a 300-row matrix.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_OUTCOME_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass
class _Group:
    key: str
    title: str
    rows: list[MatrixRow]


class MatrixTreeModel(QAbstractItemModel):
    """Outcomes grouped under their kind or area. Group rows have internal id 0, outcome rows group + 1."""

    COL_CODE = 0
    COL_OUTCOME = 1
    COL_EVIDENCE = 2
    COL_METHODS = 3
    COL_JUDGEMENT = 4
    COL_CURRENT = 5
    COL_SUFFICIENT = 6
    COL_AUTHENTIC = 7
    COL_VALID = 8
    COL_SUGGESTIONS = 9
    COLUMN_COUNT = 10
    INDICATOR_COLUMNS = {
        COL_CURRENT: "current",
        COL_SUFFICIENT: "sufficient",
        COL_AUTHENTIC: "authentic",
        COL_VALID: "valid",
    }

    BY_CATEGORY = "category"
    BY_GROUP = "group"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._groups: list[_Group] = []
        self._grouping = self.BY_CATEGORY
        self._hidden: set[tuple[str, str, int]] = set()
        self._drafts: set[str] = set()
        self._bold: QFont | None = None
        self._external: dict[str, str] = {}  # outcome uid -> "Assessed by …" (external assessor)

    # -- content -------------------------------------------------------------------------------

    def set_matrix(self, matrix: Matrix | None, grouping: str | None = None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        if grouping is not None:
            self._grouping = grouping
        self._groups = self._build_groups()
        self.endResetModel()

    def set_grouping(self, grouping: str) -> None:
        self.set_matrix(self._matrix, grouping)

    def grouping(self) -> str:
        return self._grouping

    def set_hidden_suggestions(self, hidden: set[tuple[str, str, int]]) -> None:
        self._hidden = set(hidden)
        self._changed_column(self.COL_SUGGESTIONS)

    def set_drafts(self, uids: set[str]) -> None:
        self._drafts = set(uids)
        self._changed_column(self.COL_CODE)

    def set_external_assessments(self, texts: dict[str, str]) -> None:
        """Who judged outcomes outside the office (an external assessor): shown with the judgement."""
        self._external = dict(texts)
        self._changed_column(self.COL_JUDGEMENT)

    def external_assessment(self, outcome_uid: str) -> str:
        return self._external.get(outcome_uid, "")

    def _changed_column(self, column: int) -> None:
        for g, group in enumerate(self._groups):
            if group.rows:
                parent = self.index(g, 0)
                self.dataChanged.emit(
                    self.index(0, column, parent), self.index(len(group.rows) - 1, column, parent)
                )

    def _build_groups(self) -> list[_Group]:
        if self._matrix is None:
            return []
        std = self._matrix.standard
        groups: dict[str, _Group] = {}
        for row in self._matrix.rows:
            outcome = row.assessment.outcome
            if self._grouping == self.BY_GROUP:
                key = outcome.group
                title = std.group_titles.get(key, key) or std.title
                if std.kind == StandardKind.UTDANNING and key:
                    title = f"{key} {title}" if title != key else key
            else:
                key = outcome.category
                title = category_label(key)
                if std.kind == StandardKind.LAEREFAG:
                    title = std.group_titles.get(key, key)
            groups.setdefault(key, _Group(key, title, [])).rows.append(row)
        ordered = list(groups.values())
        if self._grouping == self.BY_CATEGORY and std.kind != StandardKind.LAEREFAG:
            ordered.sort(key=lambda g: _CATEGORY_ORDER.index(g.key) if g.key in _CATEGORY_ORDER else 99)
        return ordered

    def visible_suggestions(self, row: MatrixRow) -> list[Suggestion]:
        uid = row.assessment.outcome.uid
        return [s for s in row.suggestions if (uid, s.kind, s.ref_id) not in self._hidden]

    # -- access ---------------------------------------------------------------------------------

    def matrix(self) -> Matrix | None:
        return self._matrix

    def matrix_row(self, index: Index) -> MatrixRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if 0 <= index.row() < len(group.rows) else None

    def index_of(self, outcome_uid: str, column: int = 0) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.assessment.outcome.uid == outcome_uid:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    def group_titles(self) -> list[str]:
        return [g.title for g in self._groups]

    # -- Qt model interface ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == 0 else _OUTCOME_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_CODE: self.tr("Code"),
                self.COL_OUTCOME: self.tr("Outcome"),
                self.COL_EVIDENCE: self.tr("Evidence"),
                self.COL_METHODS: self.tr("Methods"),
                self.COL_JUDGEMENT: self.tr("Judgement"),
                self.COL_CURRENT: self.tr("Curr."),
                self.COL_SUFFICIENT: self.tr("Suff."),
                self.COL_AUTHENTIC: self.tr("Auth."),
                self.COL_VALID: self.tr("Valid"),
                self.COL_SUGGESTIONS: self.tr("Sugg."),
            }.get(section)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if section in self.INDICATOR_COLUMNS:
                name = self.INDICATOR_COLUMNS[section]
                return fill(self.tr("%1: ✓ fulfilled, ! check, – missing"), indicator_name(name))
            if section == self.COL_SUGGESTIONS:
                return self.tr("Suggested evidence from the candidate's history")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            section in self.INDICATOR_COLUMNS or section == self.COL_SUGGESTIONS
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        row = self.matrix_row(index)
        if row is None:
            return None
        column = index.column()
        uid = row.assessment.outcome.uid
        if role == OutcomeUidRole:
            return uid
        if role == IsGroupRole:
            return False
        if column in self.INDICATOR_COLUMNS:
            return self._indicator_data(row, self.INDICATOR_COLUMNS[column], role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_JUDGEMENT:
            colour = JUDGEMENT_COLOURS.get(row.assessment.judgement)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SUGGESTIONS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role == IsGroupRole:
            return True
        if index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            met = sum(1 for r in group.rows if r.assessment.judgement == Judgement.MET)
            return fill(self.tr("%1 — %2 of %3 met"), group.title, met, len(group.rows))
        if role == Qt.ItemDataRole.FontRole:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def _text(self, row: MatrixRow, column: int) -> str:
        a = row.assessment
        if column == self.COL_CODE:
            return f"{a.outcome.code} ✎" if a.outcome.uid in self._drafts else a.outcome.code
        if column == self.COL_OUTCOME:
            return a.outcome.text
        if column == self.COL_EVIDENCE:
            if not a.evidence:
                return ""
            return f"{len(a.evidence)}: " + "; ".join(e.label for e in a.evidence)
        if column == self.COL_METHODS:
            return ", ".join(method_short_label(m) for m in METHOD_ORDER if m in a.methods)
        if column == self.COL_JUDGEMENT:
            return judgement_label(a.judgement)
        if column == self.COL_SUGGESTIONS:
            count = len(self.visible_suggestions(row))
            return str(count) if count else ""
        return ""

    def _methods_long(self, row: MatrixRow) -> str:
        return ", ".join(method_label(m) for m in METHOD_ORDER if m in row.assessment.methods)

    def _accessible(self, row: MatrixRow, column: int) -> str:
        a = row.assessment
        if column == self.COL_EVIDENCE:
            return fill(self.tr("%1 evidence item(s) linked"), len(a.evidence)) + (
                ": " + "; ".join(e.label for e in a.evidence) if a.evidence else ""
            )
        if column == self.COL_METHODS:
            return self._methods_long(row) if a.methods else self.tr("No method recorded")
        if column == self.COL_SUGGESTIONS:
            return fill(self.tr("%1 suggestion(s)"), len(self.visible_suggestions(row)))
        if column == self.COL_CODE and a.outcome.uid in self._drafts:
            return fill(self.tr("%1, unsaved changes"), a.outcome.code)
        return self._text(row, column)

    def _tooltip(self, row: MatrixRow, column: int) -> str | None:
        a = row.assessment
        if column == self.COL_OUTCOME:
            return f"<p>{html.escape(a.outcome.text)}</p>"
        if column == self.COL_CODE and a.outcome.uid in self._drafts:
            return self.tr("Unsaved changes in the editor: select the outcome and save them.")
        if column == self.COL_EVIDENCE and a.evidence:
            items = "".join(
                f"<li>{html.escape(evidence_kind_label(e.kind))}: {html.escape(e.label)}</li>"
                for e in a.evidence
            )
            return f"<ul>{items}</ul>"
        if column == self.COL_METHODS and a.methods:
            return self._methods_long(row)
        if column == self.COL_JUDGEMENT and (a.reason or a.outcome.uid in self._external):
            external = self._external.get(a.outcome.uid, "")
            by = f"<p><i>{html.escape(external)}</i></p>" if external else ""
            return f"<p>{html.escape(a.reason)}</p>{by}"
        if column == self.COL_SUGGESTIONS:
            shown = self.visible_suggestions(row)
            if shown:
                return (
                    "<ul>" + "".join(f"<li>{html.escape(suggestion_text(s))}</li>" for s in shown) + "</ul>"
                )
        return None

    def _indicator_data(self, row: MatrixRow, name: str, role: int) -> Any:
        state = _indicator(row.indicators, name)
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[state]
        if role == IndicatorRole:
            return state.value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{indicator_name(name)}: {indicator_state(state)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            years = self._matrix.currency_years if self._matrix else 5
            lines = [
                f"<b>{html.escape(indicator_name(name))}: {html.escape(indicator_state(state))}</b>",
                html.escape(indicator_explanation(name, state, years)),
            ]
            lines += [html.escape(m) for m in row.indicators.messages]
            return "<p>" + "<br>".join(lines) + "</p>"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(COLOURS[state])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None


# -- dialogs -----------------------------------------------------------------------------------------------


class EvidencePickerDialog(QDialog):
    """Tick items of the candidate's history to link to an outcome."""

    def __init__(self, items: list[EvidenceItem], outcome_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePicker")
        self.setWindowTitle(fill(self.tr("Link evidence to %1"), outcome_code))
        self.setMinimumWidth(520)
        self.list = QListWidget(self)
        self.list.setObjectName("evidenceChoices")
        self.list.setAccessibleName(self.tr("Evidence from the candidate's history"))
        for item in items:
            entry = QListWidgetItem(f"{evidence_kind_label(item.kind)}: {item.label}", self.list)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setData(EvidenceRole, (item.kind.value, item.ref_id))
        caption = QLabel(self.tr("&Tick the evidence that shows this outcome (Space ticks):"), self)
        caption.setBuddy(self.list)
        caption.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Everything in the candidate's history is linked already, or the history is "
                "empty. Add periods, files, exams or courses on the candidate's page."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not items)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if items:
            self.list.setCurrentRow(0)

    def set_checked(self, kind: str, ref_id: int, checked: bool = True) -> bool:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(EvidenceRole) == (kind, ref_id):
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def chosen(self) -> list[tuple[str, int]]:
        out = []
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                kind, ref_id = entry.data(EvidenceRole)
                out.append((str(kind), int(ref_id)))
        return out


class OverrideReasonDialog(QDialog):
    """Ask why documents alone are enough; ``submit(reason)`` records it (its errors show here)."""

    def __init__(
        self, codes: list[str], submit: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Accept a decision on documents alone"))
        self.setMinimumWidth(520)
        intro = QLabel(
            fill(
                self.tr(
                    "These outcomes are judged on documents alone: %1. Udir's guidance says such an "
                    "assessment is hardly sound (forsvarlig). Record why the documents are enough here; the "
                    "reason is kept with the case and shown in the decision."
                ),
                ", ".join(codes),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for accepting documents alone"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(self.fontMetrics().height() * 5)
        caption = QLabel(self.tr("&Reason (at least 15 characters):"), self)
        caption.setBuddy(self.reason_edit)
        self.counter = QLabel(self)
        self.counter.setObjectName("overrideCounter")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("overrideError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record reason"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        n = len(self.reason())
        self.ok_button.setEnabled(n >= MIN_OVERRIDE_REASON)
        if n >= MIN_OVERRIDE_REASON:
            self.counter.setText(fill(self.tr("%1 characters."), n))
        else:
            self.counter.setText(fill(self.tr("%1 of at least %2 characters."), n, MIN_OVERRIDE_REASON))

    def accept(self) -> None:
        if len(self.reason()) < MIN_OVERRIDE_REASON:
            return
        try:
            self._submit(self.reason())
        except RplError as exc:
            self.error_label.setText(exc.detail if isinstance(exc, ValidationError) else exc.message)
            self.error_label.show()
            return
        super().accept()


# -- the widget ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Draft:
    judgement: Judgement
    methods: frozenset[Method]
    reason: str
    notes: str


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def _fit_height(view: QListWidget, max_rows: int) -> None:
    """Make a short one-line-per-item list as high as its rows (at most ``max_rows``)."""
    line = max(view.sizeHintForRow(0), view.fontMetrics().height() + 4) if view.count() else 0
    view.setFixedHeight(line * max(1, min(view.count(), max_rows)) + 2 * view.frameWidth() + 2)


class MatrixWidget(QWidget):
    """The mapping matrix of one case. ``load(matrix)`` shows it; edits go through the services.

    Signals (after the matrix was read again): ``matrixChanged(Matrix)`` on every change,
    ``judgementSaved(uid)``, ``evidenceChanged(uid)``, ``overrideRecorded()``.
    ``exec_dialog(dialog)`` runs the evidence picker and the override dialog; tests replace it.
    """

    matrixChanged = Signal(object)
    judgementSaved = Signal(str)
    evidenceChanged = Signal(str)
    overrideRecorded = Signal()
    # Runs the conflict view (modal) when a judgement was saved by someone else; tests may replace it.
    exec_conflict: Callable[[ConflictDialog], int] = staticmethod(exec_dialog)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._matrix: Matrix | None = None
        self._uid: str | None = None  # the outcome in the editor
        self._drafts: dict[str, _Draft] = {}
        self._bases: dict[str, tuple[int, dict[str, str]]] = {}  # per draft: the version and values opened
        self._hidden: set[tuple[str, str, int]] = set()  # (outcome uid, kind, ref id) ignored suggestions
        self._hidden_case: int | None = None
        self._filling = False
        self.exec_dialog: Callable[[QDialog], int] = _exec
        # Unsaved judgements are autosaved as a draft of the case; "Restore unsaved changes?" on opening it.
        self.ask_restore: AskRestore = ask_restore
        self.autosave = DraftAutosaver(db, draft_service.MATRIX, self._draft_payload, self)
        self.setObjectName("matrixWidget")

        self._build_banner()
        self._build_tree()
        self._build_editor()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("matrixSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.override_note)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        link = QShortcut(QKeySequence("Ctrl+L"), self)
        link.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        link.activated.connect(self.pick_evidence)
        self._user_sized = False
        self._sizing = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self._show_outcome(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            # Most of the width for the outcomes (until the user drags the divider).
            width = self.splitter.width()
            editor = max(self.editor_scroll.minimumWidth(), int(width * 0.36))
            self._sizing = True
            self.splitter.setSizes([max(100, width - editor), editor])
            self._sizing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_editor()
        return super().eventFilter(watched, event)

    def _fit_editor(self) -> None:
        """Give the editor the height its wrapped texts need at this width, so the scroll area scrolls
        instead of squeezing it (QScrollArea does not ask for height-for-width by itself)."""
        layout = self.editor.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.editor_scroll.viewport().width())
        self.editor.setMinimumHeight(max(0, height))

    def _splitter_moved(self) -> None:
        if not self._sizing:
            self._user_sized = True

    # -- building ---------------------------------------------------------------------------------

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("documentOnlyBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "QFrame#documentOnlyBanner { background: #fff4ce; border: 1px solid #e0c36a; "
            "border-radius: 3px; }"
            "QFrame#documentOnlyBanner QLabel { color: #3d3000; }"
        )
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("documentOnlyText")
        self.banner_label.setWordWrap(True)
        self.override_button = QPushButton(self.tr("Override &with reason…"), self.banner)
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self.override_document_only)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self.override_note = QLabel(self)
        self.override_note.setObjectName("overrideNote")
        self.override_note.setWordWrap(True)
        self.override_note.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("matrixMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.hide()

    def _build_tree(self) -> None:
        self.left = QWidget(self)
        self.model = MatrixTreeModel(self)
        self.tree = QTreeView(self.left)
        self.tree.setObjectName("matrixTree")
        self.tree.setAccessibleName(self.tr("Outcomes"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MatrixTreeModel.COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        fm = self.fontMetrics()
        char = fm.averageCharWidth()
        for column, chars in (
            (MatrixTreeModel.COL_CODE, 8),
            (MatrixTreeModel.COL_EVIDENCE, 17),
            (MatrixTreeModel.COL_METHODS, 15),
            (MatrixTreeModel.COL_JUDGEMENT, 11),
        ):
            header.resizeSection(column, char * chars + 24)
        for column in (*MatrixTreeModel.INDICATOR_COLUMNS, MatrixTreeModel.COL_SUGGESTIONS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, fm.horizontalAdvance(title) + 18)

        self.grouping_combo = QComboBox(self.left)
        self.grouping_combo.setObjectName("matrixGrouping")
        self.grouping_combo.setAccessibleName(self.tr("Group outcomes by"))
        self.grouping_combo.addItem(self.tr("Kind of outcome (K / F / GK)"), MatrixTreeModel.BY_CATEGORY)
        self.grouping_combo.addItem(self.tr("Area or emne"), MatrixTreeModel.BY_GROUP)
        self.grouping_combo.currentIndexChanged.connect(self._grouping_changed)
        grouping_label = QLabel(self.tr("Group &by:"), self.left)
        grouping_label.setBuddy(self.grouping_combo)
        self.legend = QLabel(
            self.tr("Rules of evidence: ✓ fulfilled   ! check   – missing   (✎ unsaved)"), self.left
        )
        self.legend.setObjectName("matrixLegend")
        self.legend.setToolTip(
            self.tr(
                "Current: evidence from recent years. Sufficient: not only the candidate's own word. "
                "Authentic: signed, verified or seen directly. Valid: the method fits the outcome."
            )
        )
        top = QHBoxLayout()
        top.addWidget(grouping_label)
        top.addWidget(self.grouping_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.legend)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _build_editor(self) -> None:
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setObjectName("outcomeEditorScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = QWidget()
        self.editor.setObjectName("outcomeEditor")
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setMinimumWidth(420)
        self.editor_scroll.viewport().installEventFilter(self)

        self.placeholder = QLabel(
            self.tr("Choose an outcome in the list to see its evidence and judge it."), self.editor
        )
        self.placeholder.setObjectName("outcomePlaceholder")
        self.placeholder.setWordWrap(True)
        self.title_label = QLabel(self.editor)
        self.title_label.setObjectName("outcomeTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(self.editor)
        self.text_label.setObjectName("outcomeText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicator_label = QLabel(self.editor)
        self.indicator_label.setObjectName("outcomeIndicators")
        self.indicator_label.setWordWrap(True)
        self.indicator_label.setTextFormat(Qt.TextFormat.RichText)

        # evidence
        self.evidence_box = QGroupBox(self.tr("Linked evidence"), self.editor)
        self.evidence_list = QListWidget(self.evidence_box)
        self.evidence_list.setObjectName("linkedEvidence")
        self.evidence_list.setAccessibleName(self.tr("Linked evidence"))
        self.evidence_list.setWordWrap(False)
        self.evidence_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        unlink_key = QShortcut(QKeySequence.StandardKey.Delete, self.evidence_list)
        unlink_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        unlink_key.activated.connect(self.unlink_selected)
        self.evidence_empty = QLabel(self.tr("No evidence linked yet."), self.evidence_box)
        self.link_button = QPushButton(self.tr("&Link evidence…"), self.evidence_box)
        self.link_button.setObjectName("linkEvidence")
        self.link_button.setToolTip(self.tr("Choose from the candidate's history (Ctrl+L)"))
        self.link_button.clicked.connect(self.pick_evidence)
        self.unlink_button = QPushButton(self.tr("&Unlink"), self.evidence_box)
        self.unlink_button.setObjectName("unlinkEvidence")
        self.unlink_button.setToolTip(self.tr("Remove the selected evidence from this outcome (Delete)"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.evidence_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.evidence_box)
        box.addWidget(self.evidence_list)
        box.addWidget(self.evidence_empty)
        box.addLayout(buttons)

        # suggestions
        self.suggestion_box = QGroupBox(self.tr("Suggestions from the history"), self.editor)
        hint = QLabel(
            self.tr("Found by matching words. Accepting links the evidence; it does not judge the outcome."),
            self.suggestion_box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5561;")
        self.suggestion_rows = QWidget(self.suggestion_box)
        self.suggestion_rows.setObjectName("suggestions")
        self.suggestion_rows.setAccessibleName(self.tr("Suggested evidence"))
        self.suggestion_layout = QVBoxLayout(self.suggestion_rows)
        self.suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_layout.setSpacing(4)
        self._suggestion_frames: list[QFrame] = []
        box = QVBoxLayout(self.suggestion_box)
        box.addWidget(hint)
        box.addWidget(self.suggestion_rows)

        # the assessment
        self.assessment_box = QGroupBox(self.tr("Assessment"), self.editor)
        form = QFormLayout(self.assessment_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_errors = FieldErrors(form, self.assessment_box)
        inputs = JudgementInputs(self.assessment_box, self, self._edited)
        self.methods_box, self.method_checks = inputs.methods_box, inputs.method_checks
        self.judgement_box, self.judgement_group = inputs.judgement_box, inputs.judgement_group
        self.judgement_radios = inputs.judgement_radios
        form.addRow(self.tr("Methods:"), self.methods_box)
        form.addRow(self.tr("Judgement:"), self.judgement_box)

        self.reason_edit = add_text_row(
            form, self.tr("Reaso&n:"), name="judgementReason",
            accessible_name=self.tr("Reason for the judgement"),
            placeholder=self.tr("What in the evidence shows it"), lines=4, on_edit=self._edited,
        )
        self.notes_edit = add_text_row(
            form, self.tr("Not&es:"), name="judgementNotes", accessible_name=self.tr("Notes"),
            placeholder=self.tr("Interview notes and the like (not shown in the decision)"),
            lines=3, on_edit=self._edited,
        )

        self.save_button = QPushButton(self.tr("&Save"), self.assessment_box)
        self.save_button.setObjectName("saveJudgement")
        self.save_button.setToolTip(self.tr("Save the judgement of this outcome (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self.assessment_box)
        self.revert_button.setObjectName("revertJudgement")
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes of this outcome"))
        self.revert_button.clicked.connect(self.revert)
        self.dirty_label = QLabel(self.tr("Unsaved changes"), self.assessment_box)
        self.dirty_label.setObjectName("unsavedMarker")
        self.dirty_label.setStyleSheet(f"color: {WARN_COLOUR};")
        self.saved_label = QLabel(self.assessment_box)
        self.saved_label.setObjectName("savedMarker")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.dirty_label)
        save_row.addWidget(self.saved_label)
        save_row.addStretch(1)
        form.addRow(save_row)
        self.field_errors.add("methods", self.methods_box)
        self.field_errors.add("judgement", self.judgement_box)
        self.field_errors.add("reason", self.reason_edit)
        self.field_errors.add("notes", self.notes_edit)
        form.addRow(self.field_errors.general_label)
        self.readonly_label = QLabel(
            self.tr("The case is issued or closed: its judgements can no longer change."), self.editor
        )
        self.readonly_label.setObjectName("matrixReadOnly")
        self.readonly_label.setWordWrap(True)

        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.indicator_label)
        layout.addWidget(self.readonly_label)
        layout.addWidget(self.evidence_box)
        layout.addWidget(self.suggestion_box)
        layout.addWidget(self.assessment_box)
        layout.addStretch(1)

    # -- public -----------------------------------------------------------------------------------

    def matrix(self) -> Matrix | None:
        return self._matrix

    def selected_uid(self) -> str | None:
        return self._uid

    def has_unsaved_changes(self) -> bool:
        self._capture()
        return bool(self._drafts)

    def load(self, matrix: Matrix, *, keep_editor: bool = True) -> None:
        """Show ``matrix``; the selected outcome stays selected, typed changes are kept."""
        if keep_editor:
            self._capture()
        restored = False
        if self._hidden_case != matrix.case.id:  # another case: start afresh
            if self._hidden_case is not None:
                self.autosave.flush()  # the other case's unsaved judgements stay in its draft
            self._hidden = set()
            self._drafts = {}
            self._bases = {}
            self._hidden_case = matrix.case.id
            self._uid = None
            self._choose_default_grouping(matrix)
            self.autosave.set_entity(matrix.case.id)
            restored = self._restore_draft(matrix)
        self._matrix = matrix
        keep = self._uid
        self._filling = True
        try:
            self.model.set_matrix(matrix)
            self.model.set_hidden_suggestions(self._hidden)
            self.model.set_drafts(set(self._drafts))
            self.tree.expandAll()
            self._span_groups()
            self._fit_code_column(matrix)
        finally:
            self._filling = False
        self._update_banner()
        self.message_label.hide()
        if restored:
            self._show_message(fill(self.tr(
                "Unsaved judgements restored for %1 outcome(s) (marked in the list). Save each to keep it."),
                len(self._drafts)))
        index = self.model.index_of(keep) if keep else QModelIndex()
        if index.isValid():
            self._filling = True
            try:
                self.tree.setCurrentIndex(index)
            finally:
                self._filling = False
            self.tree.scrollTo(index)
            self._show_outcome(keep)
        else:
            self._show_outcome(None)

    def reload(self, *, emit: bool = True, keep_editor: bool = False) -> Matrix | None:
        """Read the matrix again from the database (after an edit here or elsewhere)."""
        if self._matrix is None:
            return None
        case_id = self._matrix.case.id
        assert case_id is not None
        try:
            matrix = load_matrix(self._db, case_id)
        except RplError as exc:
            self._show_message(exc.message)
            return None
        self.load(matrix, keep_editor=keep_editor)
        if emit:
            self.matrixChanged.emit(matrix)
        return matrix

    def select_outcome(self, outcome_uid: str) -> bool:
        index = self.model.index_of(outcome_uid)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if self._uid != outcome_uid or not self.title_label.isVisible():
            self._show_outcome(outcome_uid)
        return True

    def row_indicator(self, outcome_uid: str, name: str) -> str:
        """The state ("ok" / "warn" / "missing") the model shows for one rule of an outcome."""
        column = {v: k for k, v in MatrixTreeModel.INDICATOR_COLUMNS.items()}[name]
        return str(self.model.index_of(outcome_uid, column).data(IndicatorRole))

    def document_only_codes(self) -> list[str]:
        if self._matrix is None:
            return []
        return [
            r.assessment.outcome.code or r.assessment.outcome.uid
            for r in self._matrix.rows
            if document_only(r.assessment)
        ]

    def banner_text(self) -> str:
        return self.banner_label.text() if not self.banner.isHidden() else ""

    # -- editing ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the judgement of the outcome in the editor (Ctrl+S)."""
        if self._matrix is None or self._uid is None or self._read_only():
            return False
        state = self._editor_state()
        case_id = self._matrix.case.id
        assert case_id is not None
        self.field_errors.clear()
        version, opened = self._opened(self._uid)
        try:
            set_judgement(
                self._db,
                case_id,
                self._uid,
                state.judgement,
                state.reason,
                set(state.methods),
                notes=state.notes,
                version=version,
                opened=opened,
            )
        except ConflictError as exc:  # someone else saved this judgement since it was opened here
            if not self._resolve_conflict(exc):
                self._fit_editor()
                return False
        except RplError as exc:
            self.field_errors.show(exc)
            self._fit_editor()
            return False
        uid = self._uid
        self._drafts.pop(uid, None)
        self._bases.pop(uid, None)
        self.reload(emit=False)
        self.autosave.flush()  # the other outcomes' unsaved judgements stay in the draft
        self.saved_label.setText(self.tr("Saved."))
        self.judgementSaved.emit(uid)
        if self._matrix is not None:
            self.matrixChanged.emit(self._matrix)
        return True

    def revert(self) -> None:
        if self._uid is None:
            return
        self._drafts.pop(self._uid, None)
        self._bases.pop(self._uid, None)
        self.model.set_drafts(set(self._drafts))
        self.field_errors.clear()
        self._show_outcome(self._uid)
        self.autosave.flush()

    def pick_evidence(self) -> None:
        row = self._current_row()
        if row is None or self._matrix is None or self._read_only():
            return
        linked = {(e.kind, e.ref_id) for e in row.assessment.evidence}
        choices = [i for i in self._matrix.available if (i.kind, i.ref_id) not in linked]
        dialog = EvidencePickerDialog(choices, row.assessment.outcome.code, self)
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen:
            self._link(row.assessment.outcome.uid, chosen)

    def suggestion_texts(self) -> list[str]:
        """The suggestions shown for the outcome in the editor, as the caseworker reads them."""
        return [f.findChild(QLabel).text() for f in self._suggestion_frames]  # type: ignore[union-attr]

    def suggestion_button(self, kind: str, ref_id: int, action: str = "accept") -> QPushButton | None:
        """The Accept (or Ignore) button of one suggestion shown for the outcome in the editor."""
        name = f"{action}Suggestion_{kind}_{ref_id}"
        for frame in self._suggestion_frames:
            button = frame.findChild(QPushButton, name)
            if button is not None:
                return button
        return None

    def accept_suggestion(self, kind: str, ref_id: int) -> None:
        """Link a suggested item to the outcome in the editor (a suggestion never sets a judgement)."""
        row = self._current_row()
        if row is None or self._read_only():
            return
        self._link(row.assessment.outcome.uid, [(kind, ref_id)])

    def ignore_suggestion(self, kind: str, ref_id: int) -> None:
        """Hide a suggestion for the outcome in the editor until the case is opened again."""
        row = self._current_row()
        if row is None:
            return
        self._hidden.add((row.assessment.outcome.uid, kind, ref_id))
        self.model.set_hidden_suggestions(self._hidden)
        self._fill_suggestions(row)

    def unlink_selected(self) -> None:
        row = self._current_row()
        item = self.evidence_list.currentItem()
        if row is None or item is None or self._matrix is None or self._read_only():
            return
        kind, ref_id = item.data(EvidenceRole)
        uid = row.assessment.outcome.uid
        try:
            unlink_evidence(self._db, self._case_id(), uid, EvidenceKindRef(kind), int(ref_id))
        except RplError as exc:
            self._show_message(exc.message)
            return
        self.reload(keep_editor=True)
        self.evidenceChanged.emit(uid)

    def override_document_only(self) -> bool:
        """Ask for the reason documents alone are enough and record it (set_document_only_override)."""
        if self._matrix is None:
            return False
        case_id = self._case_id()
        seen = self._matrix.case.document_only_override  # none, or the reason the banner showed
        dialog = OverrideReasonDialog(
            self.document_only_codes(),
            lambda reason: set_document_only_override(self._db, case_id, reason, expected=seen),
            self,
        )
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self.reload(keep_editor=True)
            self.overrideRecorded.emit()
        return accepted

    def _link(self, uid: str, items: list[tuple[str, int]]) -> None:
        try:
            for kind, ref_id in items:
                link_evidence(self._db, self._case_id(), uid, EvidenceKindRef(kind), ref_id)
        except RplError as exc:
            self._show_message(exc.message)
        self.reload(keep_editor=True)
        self.evidenceChanged.emit(uid)

    # -- internals --------------------------------------------------------------------------------

    def _opened(self, uid: str) -> tuple[int, dict[str, str]]:
        """The judgement's version and values as the user began editing it (not a newer read: saving on
        a newer version would silently overwrite whatever someone else saved in between)."""
        if uid in self._bases:
            return self._bases[uid]
        assert self._matrix is not None
        row = self._matrix.row(uid)
        return row.version, row_values(row)

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        """The conflict view for the judgement in the editor. True once the merge is saved; False when
        the user discards theirs (the stored judgement is shown) or cancels (the editor keeps mine)."""
        assert self._matrix is not None and self._uid is not None
        case_id, uid = self._case_id(), self._uid

        def save(merged: dict[str, str], version: int, theirs: dict[str, str]) -> None:
            set_judgement(self._db, case_id, uid, Judgement(merged["judgement"]), merged["reason"],
                          methods_from_values(merged["methods"]), notes=merged["notes"], version=version,
                          opened=theirs)

        if not exc.has_details:
            self.field_errors.show(exc)
            return False
        if not exc.merge().conflicts and exc.saved_by_same_user(self._db.actor.user_id):
            try:  # e.g. this user's own interview notes, saved from the guide: nothing clashes
                save(exc.merge().result(), exc.their_version or 0, exc.theirs)
                return True
            except ConflictError as again:
                exc = again if again.has_details else exc
            except RplError as error:
                self.field_errors.show(error)
                return False
        row = self._matrix.row(uid)
        what = fill(self.tr("Outcome %1 in case %2"), row.assessment.outcome.code, self._matrix.case.number)
        code, _saved = resolve_conflict(self, exc, save, self.exec_conflict, what=what)
        if code == QDialog.DialogCode.Accepted:
            log.info("case %s: judgement conflict resolved by a merge", case_id)
            return True
        if code == ConflictDialog.DISCARDED:
            log.info("case %s: own judgement discarded after a conflict", case_id)
            self._drafts.pop(uid, None)
            self._bases.pop(uid, None)
            self.reload()
            self._show_message(self.tr("Your changes were dropped; this is the judgement saved last."))
            return False
        self.field_errors.show(exc)
        return False

    def _case_id(self) -> int:
        assert self._matrix is not None and self._matrix.case.id is not None
        return self._matrix.case.id

    def _read_only(self) -> bool:
        return self._matrix is not None and self._matrix.case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _choose_default_grouping(self, matrix: Matrix) -> None:
        kind = matrix.standard.kind
        grouping = (
            MatrixTreeModel.BY_GROUP
            if kind in (StandardKind.LAEREFAG, StandardKind.UTDANNING)
            else MatrixTreeModel.BY_CATEGORY
        )
        self.grouping_combo.blockSignals(True)
        self.grouping_combo.setCurrentIndex(self.grouping_combo.findData(grouping))
        self.grouping_combo.blockSignals(False)
        self.model.set_grouping(grouping)

    def _grouping_changed(self) -> None:
        keep = self._uid
        self._capture()
        self._filling = True
        try:
            self.model.set_grouping(self.grouping_combo.currentData())
            self.tree.expandAll()
            self._span_groups()
        finally:
            self._filling = False
        if keep:
            self.select_outcome(keep)

    def _fit_code_column(self, matrix: Matrix) -> None:
        fm = self.tree.fontMetrics()
        widest = max(
            (fm.horizontalAdvance(f"{r.assessment.outcome.code} ✎") for r in matrix.rows), default=40
        )
        self.tree.header().resizeSection(
            MatrixTreeModel.COL_CODE, min(widest, 200) + self.tree.indentation() + 16
        )

    def _span_groups(self) -> None:
        for g in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(g, QModelIndex(), True)

    def _current_row(self) -> MatrixRow | None:
        if self._matrix is None or self._uid is None:
            return None
        try:
            return self._matrix.row(self._uid)
        except KeyError:
            return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling:
            return
        uid = current.data(OutcomeUidRole) if current.isValid() else None
        if uid == self._uid:
            return
        self._capture()
        self._show_outcome(uid)

    def _saved_state(self, row: MatrixRow) -> _Draft:
        a = row.assessment
        return _Draft(a.judgement, frozenset(a.methods), a.reason, a.notes)

    def _editor_state(self) -> _Draft:
        checked = self.judgement_group.checkedButton()
        judgement = next(
            (j for j, r in self.judgement_radios.items() if r is checked), Judgement.NOT_ASSESSED
        )
        methods = frozenset(m for m, c in self.method_checks.items() if c.isChecked())
        return _Draft(
            judgement, methods, self.reason_edit.toPlainText().strip(), self.notes_edit.toPlainText().strip()
        )

    def _capture(self) -> None:
        """Keep the editor's unsaved changes of the current outcome as a draft."""
        row = self._current_row()
        if row is None or self._filling or not self.assessment_box.isEnabled():
            return
        state = self._editor_state()
        uid = row.assessment.outcome.uid
        if state != self._saved_state(row):
            self._drafts[uid] = state
            self._bases.setdefault(uid, (row.version, row_values(row)))
        else:
            self._drafts.pop(uid, None)
            self._bases.pop(uid, None)
        self.model.set_drafts(set(self._drafts))

    def _edited(self) -> None:
        if self._filling:
            return
        self.autosave.changed()
        row = self._current_row()
        dirty = row is not None and self._editor_state() != self._saved_state(row)
        self.dirty_label.setVisible(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.saved_label.clear()

    # -- autosaved drafts -----------------------------------------------------------------------

    def _draft_payload(self) -> dict[str, Any] | None:
        """Every outcome with unsaved changes in this case (None: nothing unsaved)."""
        self._capture()
        if not self._drafts or self._read_only():
            return None
        outcomes: dict[str, dict[str, Any]] = {}
        for uid, d in self._drafts.items():
            entry: dict[str, Any] = {"judgement": d.judgement.value, "reason": d.reason, "notes": d.notes,
                                     "methods": sorted(m.value for m in d.methods)}
            if uid in self._bases:  # what it was opened with: a restored draft saves against that version
                version, base = self._bases[uid]
                entry |= {"version": version, "base": dict(base)}
            outcomes[uid] = entry
        return {"outcomes": outcomes}

    def _restore_draft(self, matrix: Matrix) -> bool:
        """Offer a draft of this case newer than its judgements; restore it into the editor's drafts."""
        case_id = matrix.case.id
        if case_id is None or matrix.case.status in (CaseStatus.ISSUED, CaseStatus.CLOSED):
            return False
        try:
            draft = draft_service.restorable_draft(self._db, draft_service.MATRIX, case_id)
        except RplError as exc:
            self._show_message(exc.message)
            return False
        if draft is None:
            return False
        uids = {r.assessment.outcome.uid for r in matrix.rows}
        restored: dict[str, _Draft] = {}
        bases: dict[str, tuple[int, dict[str, str]]] = {}
        for uid, state in draft.payload.get("outcomes", {}).items():
            try:
                restored[uid] = _Draft(
                    Judgement(state["judgement"]), frozenset(Method(m) for m in state["methods"]),
                    str(state["reason"]), str(state["notes"]))
            except (KeyError, TypeError, ValueError):
                continue  # a damaged entry is dropped, the others are offered
            if draft_service.has_base(state):
                # saved against the version it was typed on: a save by someone else since then leads to
                # the conflict view, not to their judgement being overwritten
                bases[uid] = (state["version"], {k: str(state["base"].get(k, "")) for k in JUDGEMENT_FIELDS})
        restored = {uid: d for uid, d in restored.items() if uid in uids}
        what = fill(self.tr("the judgements of case %1"), matrix.case.number)
        if not restored or not self.ask_restore(self, draft, what):
            self.autosave.set_entity(case_id, has_draft=True)
            self.autosave.abandon()
            log.info("matrix draft of case %s discarded", case_id)
            return False
        self._drafts = restored
        self._bases = {uid: base for uid, base in bases.items() if uid in restored}
        self.autosave.set_entity(case_id, has_draft=True)
        log.info("matrix draft of case %s restored (%d outcome(s))", case_id, len(restored))
        return True

    def _show_outcome(self, uid: str | None) -> None:
        self._uid = uid
        row = self._current_row()
        shown = row is not None
        self.placeholder.setVisible(not shown)
        for widget in (
            self.title_label,
            self.text_label,
            self.indicator_label,
            self.evidence_box,
            self.suggestion_box,
            self.assessment_box,
        ):
            widget.setVisible(shown)
        self.readonly_label.setVisible(shown and self._read_only())
        self.field_errors.clear()
        self.saved_label.clear()
        if row is None or self._matrix is None:
            self.dirty_label.hide()
            self._fit_editor()
            return
        a = row.assessment
        group = category_label(a.outcome.category)
        if self._matrix.standard.kind == StandardKind.LAEREFAG:
            group = self._matrix.standard.group_titles.get(a.outcome.category, a.outcome.category)
        self.title_label.setText(f"{a.outcome.code} · {group}")
        self.text_label.setText(a.outcome.text)
        self.indicator_label.setText(self._indicator_html(row))
        self.evidence_list.clear()
        for e in a.evidence:
            item = QListWidgetItem(f"{evidence_kind_label(e.kind)}: {e.label}", self.evidence_list)
            item.setData(EvidenceRole, (e.kind.value, e.ref_id))
            item.setToolTip(item.text())
        _fit_height(self.evidence_list, 5)
        if a.evidence:
            self.evidence_list.setCurrentRow(0)
        self.evidence_list.setVisible(bool(a.evidence))
        self.evidence_empty.setVisible(not a.evidence)
        self._fill_suggestions(row)
        state = self._drafts.get(a.outcome.uid, self._saved_state(row))
        self._filling = True
        try:
            for method, check in self.method_checks.items():
                check.setChecked(method in state.methods)
            self.judgement_radios[state.judgement].setChecked(True)
            self.reason_edit.setPlainText(state.reason)
            self.notes_edit.setPlainText(state.notes)
        finally:
            self._filling = False
        editable = not self._read_only()
        self.assessment_box.setEnabled(editable)
        self.link_button.setEnabled(editable)
        self._edited()
        self._update_buttons()
        self._fit_editor()
        QTimer.singleShot(0, self, self._fit_editor)  # again once the scroll bar has settled

    def _fill_suggestions(self, row: MatrixRow) -> None:
        """One line per suggestion: its text, Accept and Ignore."""
        for frame in self._suggestion_frames:
            self.suggestion_layout.removeWidget(frame)
            frame.hide()
            for child in (frame, *frame.findChildren(QPushButton)):
                child.setObjectName("")  # a button may be the sender of this very refill: delete later
            frame.deleteLater()
        self._suggestion_frames = []
        shown = self.model.visible_suggestions(row)
        editable = not self._read_only()
        for s in shown:
            frame = QFrame(self.suggestion_rows)
            frame.setObjectName(f"suggestion_{s.kind}_{s.ref_id}")
            text = QLabel(suggestion_text(s), frame)
            text.setWordWrap(True)
            accept = QPushButton(self.tr("Accept"), frame)
            accept.setObjectName(f"acceptSuggestion_{s.kind}_{s.ref_id}")
            accept.setAccessibleName(fill(self.tr("Accept suggestion: %1"), s.label))
            accept.setToolTip(self.tr("Link this evidence to the outcome; the judgement stays yours"))
            accept.setEnabled(editable)
            accept.clicked.connect(lambda _c=False, k=s.kind, r=s.ref_id: self.accept_suggestion(k, r))
            ignore = QPushButton(self.tr("Ignore"), frame)
            ignore.setObjectName(f"ignoreSuggestion_{s.kind}_{s.ref_id}")
            ignore.setAccessibleName(fill(self.tr("Ignore suggestion: %1"), s.label))
            ignore.setToolTip(self.tr("Hide this suggestion until the case is opened again"))
            ignore.clicked.connect(lambda _c=False, k=s.kind, r=s.ref_id: self.ignore_suggestion(k, r))
            line = QHBoxLayout(frame)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(text, 1)
            line.addWidget(accept, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(ignore, 0, Qt.AlignmentFlag.AlignTop)
            self.suggestion_layout.addWidget(frame)
            frame.show()  # at once, not at the next turn of the event loop
            self._suggestion_frames.append(frame)
        self.suggestion_box.setVisible(bool(shown))

    def _update_buttons(self) -> None:
        editable = self._matrix is not None and not self._read_only()
        self.unlink_button.setEnabled(editable and self.evidence_list.currentItem() is not None)

    def _indicator_html(self, row: MatrixRow) -> str:
        years = self._matrix.currency_years if self._matrix else 5
        lines = []
        for name in INDICATOR_NAMES:
            state = _indicator(row.indicators, name)
            lines.append(
                f"<tr><td style='color:{COLOURS[state]}; font-weight:bold; padding-right:6px'>"
                f"{SYMBOLS[state]}</td>"
                f"<td style='padding-right:8px'><b>{html.escape(indicator_name(name))}</b> "
                f"({html.escape(indicator_state(state))})</td>"
                f"<td>{html.escape(indicator_explanation(name, state, years))}</td></tr>"
            )
        messages = "".join(f"<li>{html.escape(m)}</li>" for m in row.indicators.messages)
        heading = html.escape(self.tr("Rules of evidence"))
        return (
            f"<p style='margin-top:6px'><b>{heading}</b></p><table cellspacing='2'>{''.join(lines)}</table>"
            + (f"<ul style='margin-top:2px'>{messages}</ul>" if messages else "")
        )

    def _update_banner(self) -> None:
        codes = self.document_only_codes()
        override = self._matrix.case.document_only_override.strip() if self._matrix else ""
        blocked = bool(codes) and not override
        self.banner.setVisible(blocked)
        self.override_button.setEnabled(blocked and not self._read_only())
        if blocked:
            self.banner_label.setText(
                fill(
                    self.tr(
                        "<b>Judged on documents alone:</b> %1. A decision cannot rest on documents alone "
                        "(Udir: hardly forsvarlig). Add a dialogue or a practical test, or record why the "
                        "documents are enough."
                    ),
                    html.escape(", ".join(codes)),
                )
            )
        self.override_note.setVisible(bool(codes) and bool(override))
        if codes and override:
            self.override_note.setText(
                fill(self.tr("Documents alone accepted for %1, because: %2"), ", ".join(codes), override)
            )
