"""One case: header (number, candidate, target, purpose, status, phases) and tabs for the work.

Header: the case number, the candidate, the target (marked when it is from the sample catalogue), the
purpose, the status with a button for each status the case may go to next (``TRANSITIONS``; a refused
move shows the service's message with what blocks it), and the details a caseworker keeps up to date:
caseworker, due date and the dates of the four phases (veiledning, kartlegging, vurdering,
dokumentasjon), saved with :func:`save_case`.

Tabs: **Mapping** (:class:`MatrixWidget`), **Interview guide** (:class:`InterviewGuideWidget`),
**Practice time** (only for a praksiskandidat case against a lærefag; the praksis panel) and
**Result** (full / partial / none, met and missing outcomes, credits, what blocks a decision).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.cases import PHASE_ORDER, TRANSITIONS, Case, CaseStatus, Phase, Purpose
from rpl_desktop.domain.catalogue import StandardKind
from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.mapping import MappingResult, Outcome, ResultClass
from rpl_desktop.domain.praksis import PraksisResult, Status
from rpl_desktop.domain.security import permission_for_status
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.cases import case_with_values, save_case
from rpl_desktop.services.mapping import Matrix, change_status, credits_text, load_matrix
from rpl_desktop.services.praksis_case import approval_blockers, compute_case_praksis
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_list import phase_label, purpose_label, status_label
from rpl_desktop.ui.conflict_dialog import ConflictDialog, exec_dialog
from rpl_desktop.ui.conflict_dialog import resolve as resolve_conflict
from rpl_desktop.ui.date_edit import DateLineEdit, format_date
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.interview_guide import InterviewGuideWidget
from rpl_desktop.ui.matrix_widget import MatrixWidget
from rpl_desktop.ui.permissions import gate

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #2e7d32;"
SUGGESTIONS_LATER_FROM = 60  # outcomes; smaller matrices open with their suggestions at once
RESULT_COLOURS = {ResultClass.FULL: "#2e7d32", ResultClass.PARTIAL: "#a15c00", ResultClass.NONE: "#5f6b78"}


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


AskUnsaved = Callable[[QWidget, list[str]], QMessageBox.StandardButton]
"""``ask(parent, what) -> Save / Discard / Cancel`` about changes in a case that could not be saved."""


def ask_unsaved_case(parent: QWidget, what: list[str]) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel before leaving a case with changes that could not be saved."""
    t = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("unsavedCaseBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(t("CaseViewWidget", "Unsaved changes"))
    box.setText(t("CaseViewWidget", "The case has changes that are not saved:"))
    box.setInformativeText(
        "\n".join(f"• {line}" for line in what) + "\n\n" + t(
            "CaseViewWidget",
            "Save them now (notes someone else changed meanwhile are compared with theirs first), "
            "discard them, or go back to the case?",
        )
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")  # the list on few lines
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    try:
        answer = box.exec()
    finally:
        box.deleteLater()
    if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
        return QMessageBox.StandardButton(answer)
    return QMessageBox.StandardButton.Cancel


def _move_label(current: CaseStatus, target: CaseStatus) -> str:
    t = QCoreApplication.translate
    if target == CaseStatus.UNDER_ASSESSMENT:
        if current == CaseStatus.DRAFT:
            return t("CaseViewWidget", "Start assessment")
        return t("CaseViewWidget", "Back to assessment")
    return {
        CaseStatus.DRAFT: t("CaseViewWidget", "Back to draft"),
        CaseStatus.PROPOSED: t("CaseViewWidget", "Propose decision"),
        CaseStatus.APPROVED: t("CaseViewWidget", "Approve"),
        CaseStatus.ISSUED: t("CaseViewWidget", "Issue"),
        CaseStatus.APPEALED: t("CaseViewWidget", "Register appeal"),
        CaseStatus.CLOSED: t("CaseViewWidget", "Close case"),
    }[target]


class CaseResultWidget(QWidget):
    """The Result tab: what the matrix adds up to, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseResult")
        self.headline = QLabel(self)
        self.headline.setObjectName("resultHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.credits = QLabel(self)
        self.credits.setObjectName("resultCredits")
        self.credits.setWordWrap(True)
        self.credits.setTextFormat(Qt.TextFormat.RichText)
        self.blockers = QLabel(self)
        self.blockers.setObjectName("resultBlockers")
        self.blockers.setWordWrap(True)
        self.blockers.setTextFormat(Qt.TextFormat.RichText)
        self.outcomes = QLabel(self)
        self.outcomes.setObjectName("resultOutcomes")
        self.outcomes.setWordWrap(True)
        self.outcomes.setTextFormat(Qt.TextFormat.RichText)
        self.outcomes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 16, 8)
        layout.setSpacing(10)
        for widget in (self.headline, self.credits, self.blockers, self.outcomes):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._blocker_texts: list[str] = []

    def headline_text(self) -> str:
        return self.headline.text()

    def credits_text(self) -> str:
        return self.credits.text() if not self.credits.isHidden() else ""

    def blocker_texts(self) -> list[str]:
        return list(self._blocker_texts)

    def show_matrix(self, matrix: Matrix) -> None:
        r = matrix.result
        total = len(r.met) + len(r.partly) + len(r.missing)
        if r.result == ResultClass.FULL:
            text = fill(self.tr("Result: full — all %1 outcomes met."), total)
        elif r.result == ResultClass.PARTIAL and r.partly:
            text = fill(
                self.tr("Result: partial — %1 of %2 outcomes met, %3 partly met."),
                len(r.met),
                total,
                len(r.partly),
            )
        elif r.result == ResultClass.PARTIAL:
            text = fill(self.tr("Result: partial — %1 of %2 outcomes met."), len(r.met), total)
        else:
            text = fill(self.tr("Result: none — no outcome met yet (%1 outcomes)."), total)
        self.headline.setText(text)
        self.headline.setStyleSheet(f"color: {RESULT_COLOURS[r.result]};")
        self._show_credits(matrix, r)
        self._show_blockers(matrix, r)
        self._show_outcomes(r)

    def _show_credits(self, matrix: Matrix, r: MappingResult) -> None:
        std = matrix.standard
        if not std.group_credits and std.programme_credits is None:
            self.credits.hide()
            return
        lines = [
            fill(self.tr("Credits recognised: <b>%1 studiepoeng</b>."), credits_text(r.credits_recognised))
        ]
        if std.programme_credits is not None or std.group_credits:
            lines.append(
                fill(
                    self.tr("Remaining for the programme: <b>%1 studiepoeng</b>."),
                    credits_text(r.credits_remaining),
                )
            )
        if any(g.credits is not None for g in r.groups):
            items = []
            for g in r.groups:
                title = std.group_titles.get(g.group, g.group)
                title = html.escape(g.group if title == g.group else f"{g.group} {title}")
                state = self.tr("complete") if g.complete else fill(self.tr("%1 of %2 met"), g.met, g.total)
                sp = fill(self.tr("%1 sp"), credits_text(g.credits)) if g.credits is not None else ""
                items.append(
                    f"<li>{title}: {html.escape(state)}" + (f" — {html.escape(sp)}" if sp else "") + "</li>"
                )
            lines.append(
                self.tr("An emne counts with all its credits only when every outcome in it is met:")
                + f"<ul>{''.join(items)}</ul>"
            )
        self.credits.setText("<p>" + "<br>".join(lines) + "</p>")
        self.credits.show()

    def _show_blockers(self, matrix: Matrix, r: MappingResult) -> None:
        self._blocker_texts = list(r.blockers)
        if matrix.case.purpose == Purpose.KOMPETANSEKARTLEGGING:
            head = self.tr("A competence map leads to no decision; it shows what is met and what is missing.")
            self.blockers.setText(f"<p>{html.escape(head)}</p>")
            return
        override = matrix.case.document_only_override.strip()
        extra = ""
        if override:
            extra = (
                "<p>" + html.escape(fill(self.tr("Documents alone accepted, because: %1"), override)) + "</p>"
            )
        if not r.blockers:
            self.blockers.setText(
                f"<p style='color:#2e7d32'>✓ {html.escape(self.tr('Nothing blocks a decision.'))}</p>{extra}"
            )
            return
        items = "".join(f"<li>{html.escape(b)}</li>" for b in r.blockers)
        head = html.escape(self.tr("Before a decision can be proposed:"))
        self.blockers.setText(f"<p><b>{head}</b></p><ul>{items}</ul>{extra}")

    def _show_outcomes(self, r: MappingResult) -> None:
        def block(title: str, outcomes: tuple[Outcome, ...]) -> str:
            if not outcomes:
                return ""
            items = "".join(f"<li><b>{html.escape(o.code)}</b> {html.escape(o.text)}</li>" for o in outcomes)
            return f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"

        parts = [
            block(fill(self.tr("Met (%1)"), len(r.met)), r.met),
            block(fill(self.tr("Partly met (%1)"), len(r.partly)), r.partly),
            block(fill(self.tr("Missing: not met or not assessed (%1)"), len(r.missing)), r.missing),
        ]
        self.outcomes.setText("".join(parts))


class CaseViewWidget(QWidget):
    """The whole of one case. ``caseChanged(id)`` after anything in it was saved.

    ``confirm(title, text)`` asks before closing a case for good; tests replace it.
    """

    caseChanged = Signal(int)
    # Runs the conflict view (modal); tests may replace it to drive the dialog directly.
    exec_conflict: Callable[[ConflictDialog], int] = staticmethod(exec_dialog)

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._paths = paths
        self._case: Case | None = None
        self._details_base: Case | None = None  # the case as the details form was filled
        self._matrix: Matrix | None = None
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        # Save / Discard / Cancel when leaving the case with changes that could not be saved; tests may
        # replace it (or drive the real box).
        self.ask_unsaved: AskUnsaved = ask_unsaved_case
        self.praksis_panel: QWidget | None = None
        self._draft_failed = False  # the unsaved judgements' draft could not be written when leaving
        self.setObjectName("caseView")

        self._build_header()
        self.matrix_widget = MatrixWidget(db, self)
        # External assessor (fagkonsulent, yrkesbedömare): send open outcomes, import their judgements.
        from rpl_desktop.ui.assessor_office import AssessorBar

        self.assessor_bar = AssessorBar(db, self.header)
        self.header.layout().addWidget(self.assessor_bar)  # type: ignore[union-attr]
        self.assessor_bar.judgementsImported.connect(self._assessor_judgements_imported)
        # Offline case files: "Checked out to … since …" while the case is on a laptop.
        from rpl_desktop.ui.offline_dialogs import CheckoutLabel

        self.checkout_label = CheckoutLabel(db, self.header)
        self.header.layout().insertWidget(0, self.checkout_label)  # type: ignore[union-attr]
        self.assessor_bar.on_external = self.matrix_widget.model.set_external_assessments
        self.guide = InterviewGuideWidget(db, self)
        self.result_widget = CaseResultWidget(self)
        self.praksis_tab = QWidget(self)
        self.praksis_tab.setObjectName("praksisTab")
        praksis_layout = QVBoxLayout(self.praksis_tab)
        praksis_layout.setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.matrix_widget, self.tr("Ma&pping"))
        self.tabs.addTab(self.guide, self.tr("Interview guide"))
        self.tabs.addTab(self.result_widget, self.tr("Result"))
        from rpl_desktop.ui.documents_tab import DocumentsTabWidget

        self.documents_tab = DocumentsTabWidget(db, paths, self)
        self.tabs.addTab(self.documents_tab, self.tr("&Documents"))
        self._documents_pending: int | None = None
        # A preview costs a PDF build: the tab loads its case only when it is shown.
        self.tabs.currentChanged.connect(self._load_documents_if_shown)
        self.documents_tab.documentIssued.connect(lambda _doc_id: self._refresh_after_change())
        # History: the case's audit trail in plain words, read again whenever the tab is shown.
        from rpl_desktop.ui.case_history import CaseHistoryWidget

        self.history_tab = CaseHistoryWidget(db, self.case_id, self)
        self.tabs.addTab(self.history_tab, self.tr("&History"))
        self.caseChanged.connect(self.history_tab.refresh_if_shown)
        for n in range(4):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self.tabs.setCurrentIndex(min(n, self.tabs.count() - 1)))
        self.tabs.setToolTip(self.tr("Ctrl+1 … Ctrl+4 switch between the tabs"))

        self.empty_label = QLabel(self.tr("Choose a case in the list, or open a new one."), self)
        self.empty_label.setObjectName("caseViewEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.matrix_widget.matrixChanged.connect(self._matrix_changed)
        self.guide.notesSaved.connect(self._notes_saved)
        self._set_open(False)

    # -- building ---------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.header = QWidget(self)
        self.header.setObjectName("caseHeader")
        self.title_label = QLabel(self.header)
        self.title_label.setObjectName("caseTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target_label = QLabel(self.header)
        self.target_label.setObjectName("caseTarget")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sample_badge = QLabel(self.tr("sample"), self.header)
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setToolTip(
            self.tr(
                "The target is from the sample catalogue written for trying the "
                "program, not an official standard."
            )
        )
        self.sample_badge.setStyleSheet(
            "QLabel#sampleBadge { background: #e8eef7; color: #2f4f7f; "
            "border: 1px solid #9fb3d1; border-radius: 3px; padding: 1px 6px; }"
        )
        self.purpose_label = QLabel(self.header)
        self.purpose_label.setObjectName("casePurpose")
        self.status_label = QLabel(self.header)
        self.status_label.setObjectName("caseStatus")
        self.status_buttons_box = QHBoxLayout()
        self.status_buttons_box.setSpacing(6)
        self.status_buttons: dict[CaseStatus, QPushButton] = {}
        self._buttons_for: CaseStatus | None = None
        self.status_message = QLabel(self.header)
        self.status_message.setObjectName("caseStatusMessage")
        self.status_message.setWordWrap(True)
        self.status_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_message.hide()

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        self.appeal_button = QPushButton(self.tr("Appeal &bundle…"), self.header)
        self.appeal_button.setObjectName("appealBundleButton")
        self.appeal_button.setToolTip(
            self.tr("The case, its documents, evidence list and history for the appeal body"))
        self.appeal_button.clicked.connect(self.make_appeal_bundle)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_label)
        target_row.addWidget(self.sample_badge)
        target_row.addSpacing(16)
        target_row.addWidget(self.purpose_label)
        target_row.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addSpacing(12)
        status_row.addLayout(self.status_buttons_box)
        status_row.addSpacing(24)
        status_row.addWidget(self.appeal_button)
        status_row.addStretch(1)

        # details: one form, each row a container so that FieldErrors puts messages under it
        self.details_box = QGroupBox(self.tr("Case details"), self.header)
        self.details_box.setObjectName("caseDetails")
        form = QFormLayout(self.details_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(8, 4, 8, 6)
        form.setVerticalSpacing(4)
        self.detail_errors = FieldErrors(form, self.details_box)
        people = QWidget(self.details_box)
        self.caseworker_edit = QLineEdit(people)
        self.caseworker_edit.setObjectName("caseCaseworker")
        self.caseworker_edit.setAccessibleName(self.tr("Caseworker"))
        self.caseworker_edit.setMaxLength(200)
        self.due_edit = DateLineEdit("due_on", people)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.reference_edit = QLineEdit(people)
        self.reference_edit.setObjectName("caseTheirReference")
        self.reference_edit.setAccessibleName(self.tr("Their reference (Deres ref.)"))
        self.reference_edit.setMaxLength(100)
        row = QHBoxLayout(people)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caseworker_edit, 2)
        for text, widget, stretch in (
            (self.tr("D&ue date:"), self.due_edit, 0),
            (self.tr("Deres &ref.:"), self.reference_edit, 2),
        ):
            row.addSpacing(12)
            label = QLabel(text, people)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        caseworker_label = QLabel(self.tr("Case&worker:"), self.details_box)
        caseworker_label.setBuddy(self.caseworker_edit)
        form.addRow(caseworker_label, people)

        phases = QWidget(self.details_box)
        # Two phases a row, so the case view fits a laptop screen beside the case list.
        phase_row = QGridLayout(phases)
        phase_row.setContentsMargins(0, 0, 0, 0)
        phase_row.setHorizontalSpacing(8)
        self.phase_edits: dict[Phase, DateLineEdit] = {}
        for n, phase in enumerate(PHASE_ORDER):
            edit = DateLineEdit(phase.value, phases)
            edit.setAccessibleName(fill(self.tr("Date of the phase %1"), phase_label(phase)))
            label = QLabel(phase_label(phase) + ":", phases)
            label.setBuddy(edit)
            row, column = divmod(n, 2)
            phase_row.addWidget(label, row, column * 2)
            phase_row.addWidget(edit, row, column * 2 + 1)
            self.phase_edits[phase] = edit
        phase_row.setColumnStretch(4, 1)
        form.addRow(self.tr("Phases:"), phases)

        self.detail_errors.add("caseworker", self.caseworker_edit)
        self.detail_errors.add("due_on", self.due_edit)
        self.detail_errors.add("their_reference", self.reference_edit)
        for phase, edit in self.phase_edits.items():
            self.detail_errors.add(phase.value, edit)
        self.save_details_button = QPushButton(self.tr("Save &details"), self.details_box)
        self.save_details_button.setObjectName("saveCaseDetails")
        self.save_details_button.clicked.connect(self.save_details)
        self.save_details_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.details_message = self.detail_errors.general_label
        self.details_saved = QLabel(self.details_box)
        self.details_saved.setObjectName("caseDetailsSaved")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_details_button)
        buttons.addWidget(self.details_saved)
        buttons.addWidget(self.details_message, 1)
        form.addRow(buttons)

        layout = QVBoxLayout(self.header)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addLayout(target_row)
        layout.addLayout(status_row)
        layout.addWidget(self.status_message)
        layout.addWidget(self.details_box)

    # -- public -----------------------------------------------------------------------------------

    def case(self) -> Case | None:
        return self._case

    def case_id(self) -> int | None:
        return self._case.id if self._case else None

    def matrix(self) -> Matrix | None:
        return self._matrix

    # -- leaving the case ---------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Anything typed in the case that is not saved in the database: interview notes waiting for
        their autosave or kept after a failed save, judgements not saved (they may be in their autosaved
        draft), case details not saved."""
        if self._case is None:
            return False
        return (self.matrix_widget.has_unsaved_changes() or self.guide.has_unsaved_changes()
                or self._details_changed())

    def save_pending(self) -> bool:
        """Save now what waits to be saved by itself: the interview notes (instead of a second after the
        typing) and the unsaved judgements' draft (offered again when the case is opened). True when
        nothing typed is left in the widgets alone; False when something could not be saved (notes in
        conflict or refused, a draft not written) or needs the user (case details not saved)."""
        if self._case is None:
            return True
        notes = self.guide.flush()
        self._draft_failed = not self.matrix_widget.autosave.flush()
        return notes and not self._draft_failed and not self._details_changed()

    def unsaved_descriptions(self) -> list[str]:
        """What :meth:`save_pending` left unsaved, one line each (for the Save / Discard / Cancel box)."""
        lines = []
        for code, why in self.guide.unsaved_notes():
            if why == "conflict":
                lines.append(fill(self.tr(
                    "Interview notes for %1: someone else saved notes for it meanwhile"), code))
            elif why == "failed":
                lines.append(fill(self.tr("Interview notes for %1: they could not be saved"), code))
            else:
                lines.append(fill(self.tr("Interview notes for %1"), code))
        if self._draft_failed:
            lines.append(self.tr("Judgements not saved yet, whose draft could not be written"))
        if self._details_changed():
            lines.append(self.tr("Case details (caseworker, due date, reference, phase dates)"))
        return lines

    def may_leave(self) -> bool:
        """Before another case is shown or the window closes: save what is pending; for what still cannot
        be saved ask Save / Discard / Cancel. True if the case may be left; False keeps it on screen,
        showing what is unsaved."""
        if self.save_pending():
            return True
        case_id = self.case_id()
        answer = self.ask_unsaved(self, self.unsaved_descriptions())
        if answer == QMessageBox.StandardButton.Discard:
            self.guide.discard_unsaved()
            if self._details_changed():
                self._fill_details(self._details_opened())
            log.info("case %s: unsaved changes discarded on leaving", case_id)
            return True
        if answer == QMessageBox.StandardButton.Save and self._save_for_leaving():
            return True
        self._show_unsaved()
        log.info("case %s: left open, %s", case_id,
                 "changes not saved" if answer == QMessageBox.StandardButton.Save else "cancelled")
        return False

    def _save_for_leaving(self) -> bool:
        """The user chose Save: the notes (through the conflict view where someone else saved), the
        judgements' draft again and the case details. True once nothing is left unsaved."""
        ok = self.guide.save_unsaved()
        if self._draft_failed:
            self._draft_failed = not self.matrix_widget.autosave.flush()
            ok = ok and not self._draft_failed
        if self._details_changed():
            ok = self.save_details() and ok
        return ok

    def _show_unsaved(self) -> None:
        """Bring what is unsaved into view: the guide's first unsaved box, else the matrix or details."""
        if self.guide.has_unsaved_changes():
            self.tabs.setCurrentWidget(self.guide)
            self.guide.show_unsaved()
        elif self._draft_failed:
            self.tabs.setCurrentWidget(self.matrix_widget)
        elif self._details_changed():
            self.caseworker_edit.setFocus()

    def _details_changed(self) -> bool:
        """True when the details form differs from the case it was filled with (not saved yet)."""
        base = self._details_base or self._case
        if base is None or not self.details_box.isEnabled():
            return False
        if (self.caseworker_edit.text().strip() != base.caseworker.strip()
                or self.reference_edit.text().strip() != base.their_reference.strip()):
            return True
        dates = [(self.due_edit, base.due_on)]
        dates += [(edit, base.phase_dates.get(phase)) for phase, edit in self.phase_edits.items()]
        return any(not edit.is_valid() or edit.date() != value for edit, value in dates)

    def open_case(self, case_id: int) -> bool:
        """Show case ``case_id``. False (with a message) if it cannot be read, or if the case shown has
        changes that could not be saved and the user chose to stay (:meth:`may_leave`).

        A large matrix opens first without suggested evidence (ranking the history against hundreds
        of outcomes is the slow part); the suggestions follow a moment later.
        """
        if self.case_id() not in (None, case_id):
            if not self.may_leave():
                return False
        else:
            self.guide.flush()
        self.status_message.hide()
        try:
            matrix = load_matrix(self._db, case_id, with_suggestions=False)
        except RplError as exc:
            self._case = self._matrix = None
            self._set_open(False)
            self.empty_label.setText(exc.message)
            return False
        self._set_open(True)
        praksis = self._praksis_wanted(matrix)
        self._show_praksis(matrix)
        self._show_bransch(matrix)
        later = len(matrix.rows) >= SUGGESTIONS_LATER_FROM
        if not later:
            matrix = load_matrix(self._db, case_id)
        elif praksis:
            matrix = load_matrix(self._db, case_id, with_suggestions=False)
        self._matrix = matrix
        self._case = matrix.case
        self._fill_header(matrix)
        self.checkout_label.set_case(case_id)
        self._fill_details(matrix.case)
        self.assessor_bar.set_case(case_id, editable=matrix.case.status not in (CaseStatus.ISSUED,
                                                                                CaseStatus.CLOSED))
        self.matrix_widget.load(matrix)
        self.guide.load(matrix)
        self.result_widget.show_matrix(matrix)
        if later:
            QTimer.singleShot(0, self, lambda: self._add_suggestions(case_id))
        self._documents_pending = case_id
        self._load_documents_if_shown()
        self.history_tab.refresh_if_shown()
        log.debug("case %s opened", case_id)
        return True

    def _load_documents_if_shown(self, _index: int = -1) -> None:
        if self._documents_pending is not None and self.tabs.currentWidget() is self.documents_tab:
            case_id, self._documents_pending = self._documents_pending, None
            self.documents_tab.open_case(case_id)

    def _add_suggestions(self, case_id: int) -> None:
        if self.case_id() != case_id:
            return  # another case was opened in the meantime
        matrix = self.matrix_widget.reload(emit=False, keep_editor=True)
        if matrix is not None:
            self._matrix = matrix
            self._case = matrix.case

    def status_button(self, status: CaseStatus) -> QPushButton | None:
        return self.status_buttons.get(status)

    def status_message_text(self) -> str:
        return self.status_message.text() if not self.status_message.isHidden() else ""

    def move_to(self, status: CaseStatus) -> bool:
        """Change the status through :func:`change_status`; a refusal is shown under the buttons."""
        if self._case is None or self._case.id is None:
            return False
        case_id = self._case.id
        if status == CaseStatus.CLOSED and not self.confirm(
            self.tr("Close the case"), self.tr("A closed case cannot be opened again or changed. Close it?")
        ):
            return False
        if not self.guide.flush():
            return False
        try:
            change_status(self._db, case_id, status, expected_status=self._case.status)
        except ConflictError as exc:  # someone else moved it meanwhile: show where it is now
            self._refresh_after_change(refill_details=False)
            self._show_status_message(exc.message, error=True)
            return False
        except RplError as exc:
            self._show_status_message(exc.message, error=True)
            return False
        self._refresh_after_change(refill_details=False)
        self._show_status_message(fill(self.tr("The case is now: %1."), status_label(status)), error=False)
        self.caseChanged.emit(case_id)
        return True

    def save_details(self) -> bool:
        """Save caseworker, due date, reference and the phase dates (:func:`save_case`)."""
        if self._case is None:
            return False
        self.detail_errors.clear()
        self.details_saved.clear()
        base = self._details_opened()
        try:
            phases = {}
            errors: list[ValidationError] = []
            for phase, edit in self.phase_edits.items():
                try:
                    value = edit.parse()
                except ValidationError as exc:
                    errors.append(exc)
                    continue
                if value is not None:
                    phases[phase] = value
            try:
                due = self.due_edit.parse()
            except ValidationError as exc:
                errors.append(exc)
                due = None
            if errors:
                raise ValidationErrors(errors)
            case = replace(
                base,
                caseworker=self.caseworker_edit.text().strip(),
                due_on=due,
                their_reference=self.reference_edit.text().strip(),
                phase_dates=phases,
            )
            saved = save_case(self._db, case, opened=base)
        except ConflictError as exc:  # someone else saved the case since these details were shown
            merged = self._resolve_details_conflict(exc, base)
            if merged is None:
                return False
            saved = merged
        except RplError as exc:
            self._show_details_error(exc)
            return False
        self._case = saved
        assert saved.id is not None
        self._refresh_after_change()
        self.details_saved.setText(self.tr("Saved."))
        self.details_saved.setStyleSheet(OK_STYLE)
        self.caseChanged.emit(saved.id)
        return True

    # -- internals --------------------------------------------------------------------------------

    @staticmethod
    def _detail_fields(case: Case) -> tuple[object, ...]:
        return case.caseworker, case.due_on, case.their_reference, dict(case.phase_dates)

    def _details_opened(self) -> Case:
        """The case as it was when the details form was filled: a save carries ITS version.

        The view reads the case again after many things (a judgement saved, notes, a status change);
        when none of the fields in the form changed in that newer read, the newer read is as good.
        """
        opened = self._details_base or self._case
        assert opened is not None and self._case is not None
        if opened is not self._case and self._detail_fields(self._case) == self._detail_fields(opened):
            opened = self._details_base = self._case
        return opened

    def _resolve_details_conflict(self, exc: ConflictError, base: Case) -> Case | None:
        """The conflict view for the case details. The merged case once saved; else None ("Discard mine"
        shows their details, Cancel keeps the form as typed with the message under it)."""

        def save(merged: dict[str, str], version: int, theirs: dict[str, str]) -> Case:
            return save_case(self._db, case_with_values(base, merged, version=version),
                             opened=case_with_values(base, theirs, version=version))

        if not exc.has_details:
            self._show_details_error(exc)
            return None
        if not exc.merge().conflicts and exc.saved_by_same_user(self._db.actor.user_id):
            try:  # e.g. this user's own status change: nothing clashes, merge without asking
                return save(exc.merge().result(), exc.their_version or 0, exc.theirs)
            except ConflictError as again:
                exc = again if again.has_details else exc
            except RplError as error:
                self._show_details_error(error)
                return None
        what = fill(self.tr("Case %1"), base.number)
        code, saved = resolve_conflict(self, exc, save, self.exec_conflict, what=what)
        if code == QDialog.DialogCode.Accepted and isinstance(saved, Case):
            log.info("case %s: details conflict resolved by a merge", base.id)
            return saved
        if code == ConflictDialog.DISCARDED:
            log.info("case %s: own detail changes discarded after a conflict", base.id)
            self._refresh_after_change()
            self.details_saved.setText(
                self.tr("Your changes were dropped; these are the details saved last."))
            self.details_saved.setStyleSheet("")
            return None
        self._show_details_error(exc)
        return None

    def make_appeal_bundle(self) -> QWidget | None:
        """The appeal bundle (klagesak) of the open case: a dialog that writes one zip file."""
        from rpl_desktop.ui.privacy_dialogs import AppealBundleDialog

        if self._case is None or self._case.id is None:
            return None
        dialog = AppealBundleDialog(self._db, self._case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_status_message(dialog.result_text, error=False))
        dialog.open()
        return dialog

    def _set_open(self, is_open: bool) -> None:
        self.empty_label.setVisible(not is_open)
        self.header.setVisible(is_open)
        self.tabs.setVisible(is_open)
        if not is_open:
            self.empty_label.setText(self.tr("Choose a case in the list, or open a new one."))

    def _show_details_error(self, exc: RplError) -> None:
        self.detail_errors.show(exc)

    def _show_status_message(self, text: str, *, error: bool) -> None:
        self.status_message.setText(text)
        self.status_message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_message.show()

    def _praksis_wanted(self, matrix: Matrix) -> bool:
        return (
            matrix.standard.kind == StandardKind.LAEREFAG and matrix.case.purpose == Purpose.PRAKSISKANDIDAT
        )

    def _show_bransch(self, matrix: Matrix) -> None:
        """The Branschmodell tab (component results, rules, outcome class) for a branschmodell target."""
        wanted = matrix.standard.kind == StandardKind.BRANSCHMODELL
        panel = getattr(self, "bransch_panel", None)
        if not wanted:
            if panel is not None and self.tabs.indexOf(panel) >= 0:
                self.tabs.removeTab(self.tabs.indexOf(panel))
            return
        if panel is None:
            from rpl_desktop.ui.bransch_panel import BranschPanelWidget

            panel = self.bransch_panel = BranschPanelWidget(self._db, self)
        if self.tabs.indexOf(panel) < 0:
            self.tabs.insertTab(1, panel, self.tr("Branschmodell"))
        assert matrix.case.id is not None
        panel.open_case(matrix.case.id)

    def _show_praksis(self, matrix: Matrix) -> None:
        """The Practice time tab, for a praksiskandidat case against a lærefag only."""
        index = self.tabs.indexOf(self.praksis_tab)
        if not self._praksis_wanted(matrix):
            if index >= 0:
                self.tabs.removeTab(index)
            return
        if index < 0:
            self.tabs.insertTab(2, self.praksis_tab, self.tr("Practice time"))
        assert matrix.case.id is not None
        panel = self._praksis_widget()
        try:
            calc = compute_case_praksis(self._db, matrix.case.id)
        except RplError as exc:
            if isinstance(panel, QLabel):
                panel.setText(exc.message)
            else:
                panel.clear(exc.message)  # type: ignore[attr-defined]
            return
        reasons = approval_blockers(calc.result)
        if isinstance(panel, QLabel):
            panel.setText(self._praksis_summary(calc.result, reasons))
        else:
            panel.show_result(calc.result, approvable_reasons=reasons)  # type: ignore[attr-defined]

    def _praksis_widget(self) -> QWidget:
        if self.praksis_panel is None:
            try:
                from rpl_desktop.ui.praksis_panel import PraksisPanelWidget
            except ImportError:
                label = QLabel(self.praksis_tab)
                label.setObjectName("praksisSummary")
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.praksis_panel = label
            else:
                self.praksis_panel = PraksisPanelWidget(self.praksis_tab)
            layout = self.praksis_tab.layout()
            assert layout is not None
            layout.addWidget(self.praksis_panel)
        return self.praksis_panel

    def _praksis_summary(self, result: PraksisResult, reasons: list[str]) -> str:
        """The main figures in words, when the full panel is not available."""
        status = {
            Status.MET: self.tr("met"),
            Status.NOT_MET: self.tr("not met"),
            Status.NEEDS_JUDGEMENT: self.tr("needs your judgement"),
        }.get(result.status, result.status.value)
        lines = [
            fill(self.tr("Practice time for %1: %2."), result.trade_title, status),
            fill(self.tr("Counted: %1 h of %2 h required."), result.total_hours, result.required_hours),
            fill(self.tr("Remaining: %1 h."), result.remaining_hours),
        ]
        lines += reasons
        return "\n".join(lines)

    def _fill_header(self, matrix: Matrix) -> None:
        case, std, person = matrix.case, matrix.standard, matrix.candidate
        self.title_label.setText(f"{case.number}  ·  {person.given_name} {person.family_name}")
        self.target_label.setText(f"{std.code}  {std.title}")
        self.sample_badge.setVisible(std.sample)
        self.purpose_label.setText(fill(self.tr("Purpose: %1"), purpose_label(case.purpose)))
        self.purpose_label.setToolTip(self.tr("The purpose is chosen when the case is opened."))
        self._fill_status(case)

    def _fill_status(self, case: Case) -> None:
        text = fill(self.tr("Status: <b>%1</b>"), html.escape(status_label(case.status)))
        if case.is_overdue():
            text += " " + html.escape(fill(self.tr("(overdue since %1)"), format_date(case.due_on)))
        self.status_label.setText(text)
        self.details_box.setEnabled(case.status != CaseStatus.CLOSED)
        if self._buttons_for == case.status:
            return  # the same moves as before: keep the buttons (and the keyboard focus on them)
        self._buttons_for = case.status
        for button in self.status_buttons.values():
            self.status_buttons_box.removeWidget(button)
            button.hide()
            button.setObjectName("")
            button.deleteLater()  # it may be the sender of this very change
        self.status_buttons = {}
        for target in TRANSITIONS[case.status]:
            button = QPushButton(_move_label(case.status, target), self.header)
            button.setObjectName(f"statusButton_{target.value}")
            button.setToolTip(fill(self.tr("Move the case to: %1"), status_label(target)))
            button.clicked.connect(lambda _checked=False, t=target: self.move_to(t))
            gate(button, self._db.actor, permission_for_status(target.value))  # the role allows the move?
            self.status_buttons_box.addWidget(button)
            button.show()
            self.status_buttons[target] = button

    def _fill_details(self, case: Case) -> None:
        self._details_base = case  # what the form shows: a save of the details carries its version
        self.detail_errors.clear()
        self.details_saved.clear()
        self.caseworker_edit.setText(case.caseworker)
        self.due_edit.setDate(case.due_on)
        self.reference_edit.setText(case.their_reference)
        for phase, edit in self.phase_edits.items():
            edit.setDate(case.phase_dates.get(phase))

    def _refresh_after_change(self, *, refill_details: bool = True) -> None:
        """Read the case again after a status or details change; the editors keep what is typed."""
        if self._case is None or self._case.id is None:
            return
        case_id = self._case.id
        if self._matrix is not None and self._praksis_wanted(self._matrix):
            self._show_praksis(self._matrix)
        matrix = self.matrix_widget.reload(emit=False, keep_editor=True)
        if matrix is None:
            return
        self._apply_matrix(matrix)
        if refill_details:
            self._fill_details(matrix.case)
        log.debug("case %s refreshed", case_id)

    def _apply_matrix(self, matrix: Matrix) -> None:
        self._matrix = matrix
        self._case = matrix.case
        self._fill_header(matrix)
        self.guide.load(matrix)
        self.result_widget.show_matrix(matrix)

    def _matrix_changed(self, matrix: Matrix) -> None:
        self._apply_matrix(matrix)
        if matrix.case.id is not None:
            self.caseChanged.emit(matrix.case.id)

    def _assessor_judgements_imported(self, case_id: int) -> None:
        self._refresh_after_change(refill_details=False)
        self.caseChanged.emit(case_id)

    def _notes_saved(self, _uid: str) -> None:
        matrix = self.matrix_widget.reload(emit=False, keep_editor=True)
        if matrix is not None:
            self._matrix = matrix
            self._case = matrix.case
            self.result_widget.show_matrix(matrix)
            if matrix.case.id is not None:
                self.caseChanged.emit(matrix.case.id)
