"""The external assessor's window: judge the outcomes of a package without the office database.

Opened with ``rpl-desktop --assessor FILE`` or File → Open assessor package…. The passphrase is asked
first (:class:`PackagePassphraseDialog`), then the assessor's identity once (:class:`IdentityDialog`:
name, role such as fagkonsulent or yrkesbedömare, organisation).

Left, the outcomes of the package (code, text, the judgement so far, methods, evidence). Right, the
selected outcome: its text, the questions of the interview guide, the evidence files the office allowed
(opened as copies in a temporary folder that is removed when the window closes), and the assessment:
methods, judgement, reason and notes, with the same words and rules as the office's matrix.

Every change is saved into the encrypted response file next to the package a moment after typing
stops, when another outcome is chosen and when the window closes; nothing is written unencrypted.
"Finish and create the response file" marks the response finished; the assessor sends that file to the
office.
"""

from __future__ import annotations

import html
import logging
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.assessor_files import PackageOutcome
from rpl_desktop.services.assessor_session import AssessorSession
from rpl_desktop.ui.assessor_dialogs import IdentityDialog, PackagePassphraseDialog
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.forms import FieldErrors, add_text_row
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.matrix_widget import (
    JUDGEMENT_COLOURS,
    METHOD_ORDER,
    JudgementInputs,
    category_label,
    judgement_label,
    method_label,
    method_short_label,
)

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
OutcomeUidRole = Qt.ItemDataRole.UserRole + 1
AUTOSAVE_MS = 1500


def _t(text: str) -> str:
    return QCoreApplication.translate("AssessorWindow", text)


# -- the outcome table ---------------------------------------------------------------------------------------


class AssessorOutcomeTableModel(QAbstractTableModel):
    """The package's outcomes with what the assessor recorded so far."""

    COL_CODE = 0
    COL_OUTCOME = 1
    COL_JUDGEMENT = 2
    COL_METHODS = 3
    COL_EVIDENCE = 4
    COLUMN_COUNT = 5

    def __init__(self, session: AssessorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._outcomes: list[PackageOutcome] = list(session.manifest.outcomes)
        self._drafts: set[str] = set()

    def outcome(self, row: int) -> PackageOutcome:
        return self._outcomes[row]

    def row_of(self, uid: str) -> int:
        return next((n for n, o in enumerate(self._outcomes) if o.uid == uid), -1)

    def set_drafts(self, uids: set[str]) -> None:
        if uids != self._drafts:
            self._drafts = set(uids)
            self.refresh()

    def refresh(self) -> None:
        if self._outcomes:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._outcomes) - 1, self.COLUMN_COUNT - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_CODE: self.tr("Code"),
            self.COL_OUTCOME: self.tr("Outcome"),
            self.COL_JUDGEMENT: self.tr("Your judgement"),
            self.COL_METHODS: self.tr("Methods"),
            self.COL_EVIDENCE: self.tr("Files"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outcomes):
            return None
        o = self._outcomes[index.row()]
        a = self._session.assessment(o.uid)
        column = index.column()
        if role == OutcomeUidRole:
            return o.uid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_CODE:
                return (
                    f"{o.code} ✎" if o.uid in self._drafts and role == Qt.ItemDataRole.DisplayRole else o.code
                )
            if column == self.COL_OUTCOME:
                return o.text
            if column == self.COL_JUDGEMENT:
                return judgement_label(a.judgement if a else Judgement.NOT_ASSESSED)
            if column == self.COL_METHODS:
                if a is None:
                    return ""
                label = method_short_label if role == Qt.ItemDataRole.DisplayRole else method_label
                return ", ".join(label(m) for m in METHOD_ORDER if m in a.methods)
            if column == self.COL_EVIDENCE:
                count = len(self._session.evidence_for(o.uid))
                return str(count) if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_OUTCOME:
                return f"<p>{html.escape(o.text)}</p>"
            if column == self.COL_JUDGEMENT and a is not None and a.reason:
                return f"<p>{html.escape(a.reason)}</p>"
            if column == self.COL_CODE and o.uid in self._drafts:
                return self.tr(
                    "Not saved yet: complete the assessment (a judgement needs a reason and a method)."
                )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_JUDGEMENT and a is not None:
            colour = JUDGEMENT_COLOURS.get(a.judgement)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_EVIDENCE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


# -- the window ----------------------------------------------------------------------------------------------


def _remove_tree(folder: Path) -> None:
    """Remove the viewing folder even though its copies are read-only (Windows refuses otherwise)."""

    def make_writable(function: Any, path: str, _exc: Any) -> None:
        Path(path).chmod(stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=make_writable)
    else:
        shutil.rmtree(folder, onerror=make_writable)


class AssessorWindow(QMainWindow):
    """One open package. ``responseFinished(path)`` after "Finish and create the response file".

    Injection points for tests: ``open_url`` (opening an evidence copy), ``confirm(title, text)`` and
    ``inform(title, text)``, ``exec_dialog(dialog)`` (the identity dialog).
    """

    responseFinished = Signal(str)

    def __init__(self, session: AssessorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view_dir = Path(tempfile.mkdtemp(prefix="rpl-assessor-"))
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.confirm: Callable[[str, str], bool] = self._ask
        self.inform: Callable[[str, str], None] = self._tell
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._uid: str | None = None
        self._filling = False
        self._pending: set[str] = set()  # outcomes typed but not yet valid, so not saved
        self._drafts: dict[str, tuple[Judgement, frozenset[Method], str, str]] = {}
        self.setObjectName("assessorWindow")
        m = session.manifest
        self.setWindowTitle(
            fill(self.tr("Assessment %1 · %2 — rpl-desktop"), m.case_number, m.candidate_name)
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.commit)

        self._build_header()
        self._build_table()
        self._build_editor()
        self._build_footer()
        self._build_menu()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("assessorSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.footer)
        self.setCentralWidget(central)
        self.resize(1280, 820)
        self._fill_identity()
        self._update_footer()
        if self.model.rowCount():
            self.select_outcome(m.outcomes[0].uid)

    # -- building ---------------------------------------------------------------------------------

    def _build_header(self) -> None:
        m = self.session.manifest
        self.header = QWidget(self)
        self.title_label = QLabel(
            f"{html.escape(m.case_number)}  ·  {html.escape(m.candidate_name)}", self.header
        )
        self.title_label.setObjectName("assessorCaseTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        self.target_label = QLabel(f"{m.standard_code}  {m.standard_title}", self.header)
        self.target_label.setObjectName("assessorTarget")
        office = m.office_name or self.tr("the office")
        sent = fill(
            self.tr("Sent by %1, %2, on %3 to %4."),
            m.created_by,
            office,
            format_date(m.created_at.date()),
            m.addressed_to,
        )
        self.sent_label = QLabel(sent, self.header)
        self.sent_label.setObjectName("assessorSent")
        self.sent_label.setWordWrap(True)
        self.message_label = QLabel(self.header)
        self.message_label.setObjectName("assessorMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if m.message:
            self.message_label.setText(fill(self.tr("Message from the office: %1"), m.message))
        self.message_label.setVisible(bool(m.message))
        self.identity_label = QLabel(self.header)
        self.identity_label.setObjectName("assessorIdentity")
        self.identity_button = QPushButton(self.tr("&Who is assessing…"), self.header)
        self.identity_button.setObjectName("assessorIdentityButton")
        self.identity_button.clicked.connect(self.edit_identity)
        row = QHBoxLayout()
        row.addWidget(self.identity_label, 1)
        row.addWidget(self.identity_button)
        layout = QVBoxLayout(self.header)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.target_label)
        layout.addWidget(self.sent_label)
        layout.addWidget(self.message_label)
        layout.addLayout(row)

    def _build_table(self) -> None:
        self.model = AssessorOutcomeTableModel(self.session, self)
        self.table = QTableView(self)
        self.table.setObjectName("assessorOutcomes")
        self.table.setAccessibleName(self.tr("Outcomes to assess"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssessorOutcomeTableModel.COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _build_editor(self) -> None:
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setMinimumWidth(440)
        editor = QWidget()
        editor.setObjectName("assessorEditor")
        self.editor_scroll.setWidget(editor)
        self.outcome_title = QLabel(editor)
        self.outcome_title.setObjectName("assessorOutcomeTitle")
        font = self.outcome_title.font()
        font.setBold(True)
        self.outcome_title.setFont(font)
        self.outcome_text = QLabel(editor)
        self.outcome_text.setObjectName("assessorOutcomeText")
        self.outcome_text.setWordWrap(True)
        self.outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.guide_box = QGroupBox(self.tr("Interview guide"), editor)
        self.guide_label = QLabel(self.guide_box)
        self.guide_label.setObjectName("assessorGuide")
        self.guide_label.setWordWrap(True)
        self.guide_label.setTextFormat(Qt.TextFormat.RichText)
        self.guide_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.guide_box).addWidget(self.guide_label)

        self.evidence_box = QGroupBox(self.tr("Evidence the office lets you see"), editor)
        self.evidence_list = QListWidget(self.evidence_box)
        self.evidence_list.setObjectName("assessorEvidence")
        self.evidence_list.setAccessibleName(self.tr("Evidence files"))
        self.evidence_list.itemActivated.connect(lambda _item: self.open_selected_evidence())
        self.evidence_empty = QLabel(self.tr("No files in the package."), self.evidence_box)
        self.open_button = QPushButton(self.tr("&Open file"), self.evidence_box)
        self.open_button.setObjectName("assessorOpenEvidence")
        self.open_button.setToolTip(self.tr("Opens a copy; copies are deleted when this window closes"))
        self.open_button.clicked.connect(self.open_selected_evidence)
        box = QVBoxLayout(self.evidence_box)
        box.addWidget(self.evidence_list)
        box.addWidget(self.evidence_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        self.assessment_box = QGroupBox(self.tr("Your assessment"), editor)
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
            form, self.tr("Reaso&n:"), name="assessorReason",
            accessible_name=self.tr("Reason for the judgement"),
            placeholder=self.tr("What you saw or heard that shows it"), lines=5, on_edit=self._edited,
        )
        self.notes_edit = add_text_row(
            form, self.tr("Not&es:"), name="assessorNotes", accessible_name=self.tr("Notes"),
            placeholder=self.tr("Notes from the conversation or the test"), lines=4, on_edit=self._edited,
        )
        self.field_errors.add("methods", self.methods_box)
        self.field_errors.add("judgement", self.judgement_box)
        self.field_errors.add("reason", self.reason_edit)
        self.field_errors.add("notes", self.notes_edit)
        form.addRow(self.field_errors.general_label)

        layout = QVBoxLayout(editor)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.outcome_title)
        layout.addWidget(self.outcome_text)
        layout.addWidget(self.guide_box)
        layout.addWidget(self.evidence_box)
        layout.addWidget(self.assessment_box)
        layout.addStretch(1)

    def _build_footer(self) -> None:
        self.footer = QWidget(self)
        self.progress_label = QLabel(self.footer)
        self.progress_label.setObjectName("assessorProgress")
        self.saved_label = QLabel(self.footer)
        self.saved_label.setObjectName("assessorSaved")
        self.saved_label.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("&Finish and create the response file"), self.footer)
        self.finish_button.setObjectName("assessorFinish")
        self.finish_button.setDefault(False)
        self.finish_button.clicked.connect(self.finish)
        row = QHBoxLayout(self.footer)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.progress_label)
        row.addSpacing(16)
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.finish_button)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        identity = QAction(self.tr("&Who is assessing…"), self)
        identity.triggered.connect(self.edit_identity)
        menu.addAction(identity)
        finish = QAction(self.tr("&Finish and create the response file"), self)
        finish.setShortcut(QKeySequence("Ctrl+Return"))
        finish.triggered.connect(self.finish)
        menu.addAction(finish)
        menu.addSeparator()
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu.addAction(close)

    # -- public -----------------------------------------------------------------------------------

    def selected_uid(self) -> str | None:
        return self._uid

    def select_outcome(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        if self._uid != uid:
            self._show_outcome(uid)
        return True

    def ask_identity_if_missing(self) -> bool:
        """Ask who is assessing, once (it is kept in the response file)."""
        if self.session.identity is not None:
            return True
        return self.edit_identity()

    def edit_identity(self) -> bool:
        dialog = IdentityDialog(self.session.identity, self._set_identity, self)
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        self._fill_identity()
        return accepted

    def commit(self) -> bool:
        """Save the outcome in the editor (if it changed and is complete) into the response file."""
        self.timer.stop()
        if self._uid is None or self._filling:
            return True
        uid = self._uid
        state = self._editor_state()
        saved = self.session.assessment(uid)
        saved_state = (
            (saved.judgement, saved.methods, saved.reason, saved.notes)
            if saved
            else (Judgement.NOT_ASSESSED, frozenset(), "", "")
        )
        if state == saved_state:
            self._drafts.pop(uid, None)
            self.model.set_drafts(set(self._drafts))
            return True
        self.field_errors.clear()
        try:
            self.session.record(uid, *state)
        except ValidationError as exc:
            self._drafts[uid] = state
            self.model.set_drafts(set(self._drafts))
            self.field_errors.show(exc)
            self.saved_label.setText(self.tr("Not saved yet: complete the assessment."))
            return False
        except RplError as exc:
            self._drafts[uid] = state
            self.model.set_drafts(set(self._drafts))
            self.saved_label.setText(exc.message)
            return False
        self._drafts.pop(uid, None)
        self.model.set_drafts(set(self._drafts))
        self.model.refresh()
        self._update_footer()
        return True

    def finish(self) -> bool:
        """Save, check and write the finished response file; say where it is and what to do with it."""
        if not self.commit():
            return False
        if self._drafts:
            codes = ", ".join(self.session.manifest.outcome(u).code for u in self._drafts)
            self.inform(
                self.tr("Not finished"),
                fill(
                    self.tr(
                        "The assessment of %1 is not complete (a judgement needs a reason and a method). "
                        "Complete it or set it back to Not assessed."
                    ),
                    codes,
                ),
            )
            return False
        if self.session.identity is None and not self.edit_identity():
            return False
        open_codes = self.session.open_codes()
        if (
            open_codes
            and self.session.judged_count()
            and not self.confirm(
                self.tr("Finish with open outcomes?"),
                fill(
                    self.tr("You have not judged %1. The office will see them as still open. Finish anyway?"),
                    ", ".join(open_codes),
                ),
            )
        ):
            return False
        try:
            path = self.session.finish()
        except RplError as exc:
            self.inform(self.tr("The response file was not created"), exc.message)
            return False
        self._update_footer()
        office = self.session.manifest.office_name or self.tr("the office")
        self.inform(
            self.tr("Response file created"),
            fill(
                self.tr(
                    "Your judgements are in %1 (next to the package). Send this file to %2, e.g. by e-mail. "
                    "It is encrypted with the same passphrase; do not send the passphrase with it. You can "
                    "still change your judgements: then finish again and send the new file."
                ),
                str(path),
                office,
            ),
        )
        self.responseFinished.emit(str(path))
        return True

    def open_selected_evidence(self) -> Path | None:
        item = self.evidence_list.currentItem()
        if item is None:
            return None
        try:
            copy = self.session.evidence_copy(str(item.data(Qt.ItemDataRole.UserRole)), self.view_dir)
        except RplError as exc:
            self.inform(self.tr("The file cannot be opened"), exc.message)
            return None
        self.open_url(QUrl.fromLocalFile(str(copy)))
        return copy

    # -- internals --------------------------------------------------------------------------------

    def _set_identity(self, name: str, role: str, organisation: str) -> None:
        self.session.set_identity(name, role, organisation)
        self._update_footer()

    def _fill_identity(self) -> None:
        identity = self.session.identity
        if identity is None:
            self.identity_label.setText(self.tr("Enter who is assessing before you finish."))
            self.identity_label.setStyleSheet("color: #a15c00;")
        else:
            self.identity_label.setText(fill(self.tr("Assessed by: %1"), identity.describe()))
            self.identity_label.setStyleSheet("")

    def _update_footer(self) -> None:
        total = len(self.session.manifest.outcomes)
        judged = sum(1 for a in self.session.assessments() if a.judgement != Judgement.NOT_ASSESSED)
        self.progress_label.setText(fill(self.tr("%1 of %2 outcomes judged"), judged, total))
        if self.session.finished and self.session.finished_at is not None:
            text = fill(
                self.tr("Finished %1: send %2 to the office."),
                f"{format_date(self.session.finished_at.date())} {self.session.finished_at:%H:%M}",
                self.session.response_path.name,
            )
        elif self.session.saved_at is not None:
            text = fill(
                self.tr("Saved %1 in %2 (encrypted)."),
                self.session.saved_at.strftime("%H:%M:%S"),
                self.session.response_path.name,
            )
        else:
            text = self.tr("Your work is saved as you go, encrypted, next to the package.")
        self.saved_label.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling or not current.isValid():
            return
        uid = self.model.outcome(current.row()).uid
        if uid != self._uid:
            self.commit()
            self._show_outcome(uid)

    def _editor_state(self) -> tuple[Judgement, frozenset[Method], str, str]:
        checked = self.judgement_group.checkedButton()
        judgement = next(
            (j for j, r in self.judgement_radios.items() if r is checked), Judgement.NOT_ASSESSED
        )
        methods = frozenset(m for m, c in self.method_checks.items() if c.isChecked())
        return (
            judgement,
            methods,
            self.reason_edit.toPlainText().strip(),
            self.notes_edit.toPlainText().strip(),
        )

    def _show_outcome(self, uid: str) -> None:
        self._uid = uid
        o = self.session.manifest.outcome(uid)
        self.outcome_title.setText(f"{o.code} · {category_label(o.category)}")
        self.outcome_text.setText(o.text)
        guide = next((g for g in self.session.manifest.guide if g.outcome_uid == uid), None)
        if guide is not None and guide.questions:
            self.guide_label.setText(
                "<ul>" + "".join(f"<li>{html.escape(q)}</li>" for q in guide.questions) + "</ul>"
            )
        self.guide_box.setVisible(guide is not None and bool(guide.questions))
        self.evidence_list.clear()
        files = self.session.evidence_for(uid)
        others = [e for e in self.session.manifest.evidence if e not in files]
        for e in files + others:
            text = e.filename if e in files else fill(self.tr("%1 (not linked to this outcome)"), e.filename)
            item = QListWidgetItem(text, self.evidence_list)
            item.setData(Qt.ItemDataRole.UserRole, e.key)
        if self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)
            line = max(self.evidence_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
            rows = min(self.evidence_list.count(), 6)
            self.evidence_list.setFixedHeight(line * rows + 2 * self.evidence_list.frameWidth() + 4)
        self.evidence_list.setVisible(bool(self.evidence_list.count()))
        self.evidence_empty.setVisible(not self.evidence_list.count())
        self.open_button.setEnabled(bool(self.evidence_list.count()))
        a = self.session.assessment(uid)
        state = self._drafts.get(uid) or (
            (a.judgement, a.methods, a.reason, a.notes)
            if a
            else (Judgement.NOT_ASSESSED, frozenset(), "", "")
        )
        self._filling = True
        try:
            judgement, methods, reason, notes = state
            for method, check in self.method_checks.items():
                check.setChecked(method in methods)
            self.judgement_radios[judgement].setChecked(True)
            self.reason_edit.setPlainText(reason)
            self.notes_edit.setPlainText(notes)
        finally:
            self._filling = False
        self.field_errors.clear()

    def _edited(self) -> None:
        if not self._filling:
            self.timer.start()

    # -- messages and closing ---------------------------------------------------------------------

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        try:
            box.exec()
        finally:
            box.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit()
        if self._drafts:
            codes = ", ".join(self.session.manifest.outcome(u).code for u in self._drafts)
            if not self.confirm(
                self.tr("Close without the incomplete assessments?"),
                fill(
                    self.tr(
                        "The assessment of %1 is not complete and was not saved (a judgement needs a reason "
                        "and a method). Close anyway?"
                    ),
                    codes,
                ),
            ):
                event.ignore()
                return
        self.remove_copies()
        super().closeEvent(event)

    def remove_copies(self) -> None:
        """Delete the copies of evidence files opened for viewing."""
        if self.view_dir.exists():
            try:
                _remove_tree(self.view_dir)
            except OSError:
                log.warning("the folder of opened evidence copies could not be removed")


# -- starting -----------------------------------------------------------------------------------------------

_open_windows: list[AssessorWindow] = []


def open_package(
    path: Path, parent: QWidget | None = None, exec_dialog: Callable[[QDialog], int] = lambda d: d.exec()
) -> AssessorWindow | None:
    """Ask the passphrase, open the package and show its window (then ask who is assessing)."""
    dialog = PackagePassphraseDialog(path, parent)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.session is None:
            return None
        session = dialog.session
    finally:
        dialog.deleteLater()
    window = AssessorWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    QTimer.singleShot(0, window, window.ask_identity_if_missing)
    return window


def choose_and_open_package(parent: QWidget | None = None) -> AssessorWindow | None:
    """File → Open assessor package…"""
    name, _filter = QFileDialog.getOpenFileName(
        parent, _t("Open assessor package"), str(Path.home()), _t("Assessor packages (*.rpl);;All files (*)")
    )
    return open_package(Path(name), parent) if name else None


def run_assessor(path: Path, paths: AppPaths | None = None) -> int:
    """``rpl-desktop --assessor FILE``: the assessor's window alone, no office database."""
    from rpl_desktop.ui.application import create_application
    from rpl_desktop.ui.crash_dialog import install_gui_excepthook
    from rpl_desktop.ui.i18n import install_translations
    from rpl_desktop.ui.main_window import stored_language

    app = create_application()
    hook = install_gui_excepthook(app)
    try:
        install_translations(app, stored_language(paths) if paths is not None else None)
        if not path.is_file():
            QMessageBox.critical(
                None,
                _t("Open assessor package"),
                fill(_t("There is no file %1. Check the name and the folder."), str(path)),
            )
            return 2
        window = open_package(path)
        if window is None:
            return 0
        return app.exec()
    finally:
        for window in list(_open_windows):
            window.remove_copies()
        hook.uninstall()
