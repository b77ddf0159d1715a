"""The candidate editor: the person, the work and learning history, schooling and exams, evidence.

The main window embeds one :class:`CandidateEditorWidget` and talks to it through
``open_candidate``, ``has_unsaved_changes``, ``save``, ``current_candidate_id`` and the signals
``candidateSaved`` / ``candidateDeleted``. Asking "save changes?" before another candidate is opened
is the main window's job (``has_unsaved_changes`` tells it when to ask).

Only the Person tab has a Save button: history entries, schooling and evidence are saved one by one
as their dialogs are confirmed, so nothing already entered depends on pressing Save later.
Dialogs are shown with ``open()`` (window-modal, no nested event loop); :meth:`active_dialog` gives
the one showing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.ids import (
    IdType,
    NationalId,
    birth_date_from_id,
    mask_national_id,
    validate_national_id,
)
from rpl_desktop.domain.register import Candidate, HistoryPeriod, validate_candidate
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import candidates, drafts, history
from rpl_desktop.services import evidence as evidence_service
from rpl_desktop.store.database import Database
from rpl_desktop.ui.conflict_dialog import ConflictDialog, exec_dialog
from rpl_desktop.ui.conflict_dialog import resolve as resolve_conflict
from rpl_desktop.ui.date_edit import DateLineEdit, format_date
from rpl_desktop.ui.draft_restore import AskRestore, DraftAutosaver, ask_restore
from rpl_desktop.ui.evidence_widget import Confirm, EvidenceWidget, FileChooser, Opener
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.history_table import (
    CourseTableModel,
    ExamTableModel,
    PeriodTableModel,
    SchoolingTableModel,
    _ItemTableModel,
    make_period_view,
    make_table_view,
    mute,
    select_item,
    selected_item,
)
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.period_dialog import (
    CountryComboBox,
    CourseDialog,
    ExamDialog,
    PeriodDialog,
    SchoolingDialog,
)
from rpl_desktop.ui.timeline_widget import TimelineWidget

log = logging.getLogger(__name__)

TAB_PERSON, TAB_HISTORY, TAB_SCHOOLING, TAB_EVIDENCE = range(4)
_NUMBERED_TYPES = (IdType.NO_FNR, IdType.NO_DNR, IdType.SE_PNR, IdType.SE_SAMNR)


def _shortcut(key: str, owner: QWidget, slot: Callable[[], Any], context: Qt.ShortcutContext) -> QShortcut:
    shortcut = QShortcut(QKeySequence(key), owner)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


class _ListSection(QGroupBox):
    """A titled table with Add / Edit / Delete buttons (Ins, Enter, Del when the table has focus)."""

    def __init__(
        self,
        title: str,
        model: _ItemTableModel[Any],
        parent: QWidget,
        add: Callable[[], None],
        edit: Callable[[], None],
        remove: Callable[[], None],
        *,
        stretch_column: int = 1,
        sort_column: int = 0,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self.view = make_table_view(model, title.replace("&", ""), self, stretch_column=stretch_column)
        self.view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: edit())
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setToolTip(self.tr("Add (Ins)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected row (Del)"))
        for button, slot in ((self.add_button, add), (self.edit_button, edit), (self.delete_button, remove)):
            button.clicked.connect(slot)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for key, slot in (("Ins", add), ("Return", edit), ("Enter", edit), ("Del", remove)):
            _shortcut(key, self.view, slot, Qt.ShortcutContext.WidgetShortcut)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> Any:
        return selected_item(self.view)

    def _update_buttons(self, *_args: Any) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class CandidateEditorWidget(QWidget):
    """Edit one candidate; see the module docstring for the contract with the main window.

    ``confirm(title, text) -> bool`` (default: a question box), ``opener`` and ``file_chooser`` (for
    evidence) can be replaced, e.g. in tests. ``today`` fixes the date the timeline runs to.
    """

    candidateSaved = Signal(int)
    candidateDeleted = Signal(int)
    # Runs the conflict view (modal); tests may replace it to drive the dialog directly.
    exec_conflict: Callable[[ConflictDialog], int] = staticmethod(exec_dialog)

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        opener: Opener | None = None,
        file_chooser: FileChooser | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._paths = paths
        self._confirm = confirm or self._ask
        self._today = today
        self._candidate: Candidate | None = None  # the candidate as opened (what saving checks against)
        self._opened_known = True  # False: only its version is known (a restored draft of an older kind)
        self._id_value = ""
        self._snapshot: dict[str, Any] = {}
        self._periods: list[HistoryPeriod] = []
        self._deleted_period: HistoryPeriod | None = None
        self._deleted_links: list[int] = []
        self._dialog: QDialog | None = None
        self._offer_drafts = False  # not while the widget is being built
        # "Restore unsaved changes from 14:32?" (replaceable in tests)
        self.ask_restore: AskRestore = ask_restore
        self.setObjectName("CandidateEditor")

        # header: the name, what identifies the person, and messages for the whole form
        self.title_label = QLabel(self)
        self.title_label.setObjectName("candidateTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("candidateSubtitle")
        mute(self.subtitle_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("candidateStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_person_tab(), self.tr("P&erson"))
        self.tabs.addTab(self._build_history_tab(), self.tr("&Work and learning history"))
        self.tabs.addTab(self._build_schooling_tab(), self.tr("S&chooling and exams"))
        self.evidence = EvidenceWidget(
            db, paths, self, opener=opener, confirm=self._confirm, file_chooser=file_chooser
        )
        self.evidence.countChanged.connect(self._on_evidence_count)
        self.tabs.addTab(self.evidence, self.tr("E&vidence"))

        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title_label)
        names.addWidget(self.subtitle_label)
        header.addLayout(names, 1)
        header.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(self.tabs, 1)

        _shortcut("Ctrl+S", self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._init_autosave()
        self.open_candidate(None)
        self._offer_drafts = True

    # ----------------------------------------------------------------------------------------------
    # building the tabs

    def _build_person_tab(self) -> QWidget:
        page = QWidget(self)
        form_box = QWidget(page)
        form_box.setMaximumWidth(720)
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.person_form = form
        self.errors = FieldErrors(form, self)
        self.errors.general_label.setObjectName("candidateMessage")

        def line(name: str, accessible: str, max_length: int = 200) -> QLineEdit:
            edit = QLineEdit(form_box)
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setMaxLength(max_length)
            return edit

        self.given_name = line("given_name", self.tr("Given name"))
        self.family_name = line("family_name", self.tr("Family name"))
        self.birth_date = DateLineEdit("birth_date", form_box)
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.id_type = QComboBox(form_box)
        self.id_type.setObjectName("id_type")
        self.id_type.setAccessibleName(self.tr("Type of ID number"))
        for id_type, label in (
            (IdType.NO_FNR, self.tr("Norwegian fødselsnummer")),
            (IdType.NO_DNR, self.tr("Norwegian D-nummer")),
            (IdType.SE_PNR, self.tr("Swedish personnummer")),
            (IdType.SE_SAMNR, self.tr("Swedish samordningsnummer")),
            (IdType.FOREIGN, self.tr("Foreign ID number")),
            (IdType.NONE, self.tr("None")),
        ):
            self.id_type.addItem(label, id_type.value)
        self.national_id = line("national_id", self.tr("ID number"), 40)
        self.show_id = QPushButton(self.tr("S&how"), form_box)
        self.show_id.setObjectName("show_id")
        self.show_id.setCheckable(True)
        self.show_id.setToolTip(self.tr("Show the whole ID number to check or correct it"))
        self.show_id.setAccessibleName(self.tr("Show the whole ID number"))
        self.show_id.toggled.connect(self._on_show_id)
        id_row = QWidget(form_box)
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.national_id, 1)
        id_layout.addWidget(self.show_id)
        self.email = line("email", self.tr("E-mail"))
        self.phone = line("phone", self.tr("Phone"), 40)
        self.address = line("address", self.tr("Address"))
        self.postcode = line("postcode", self.tr("Postcode"), 20)
        self.postcode.setMaximumWidth(self.postcode.fontMetrics().horizontalAdvance("000000000") + 16)
        self.city = line("city", self.tr("City"), 100)
        self.country = CountryComboBox(form_box)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        self.language = QComboBox(form_box)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Preferred language for letters"))
        for code, label in (
            ("nb", self.tr("Norwegian bokmål")),
            ("nn", self.tr("Norwegian nynorsk")),
            ("en", self.tr("English")),
            ("sv", self.tr("Swedish (svenska)")),
        ):
            self.language.addItem(label, code)

        form.addRow(self.tr("&Given name:"), self.given_name)
        form.addRow(self.tr("&Family name:"), self.family_name)
        form.addRow(self.tr("&Birth date:"), self.birth_date)
        form.addRow(self.tr("ID &type:"), self.id_type)
        form.addRow(self.tr("ID &number:"), id_row)
        form.addRow(self.tr("E-&mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("P&ostcode:"), self.postcode)
        form.addRow(self.tr("C&ity:"), self.city)
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("&Language / målform:"), self.language)
        id_label = form.labelForField(id_row)
        if isinstance(id_label, QLabel):
            id_label.setBuddy(self.national_id)
        for field, widget in (
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("birth_date", self.birth_date),
            ("id_type", self.id_type),
            ("national_id", self.national_id),
            ("email", self.email),
            ("phone", self.phone),
            ("address", self.address),
            ("postcode", self.postcode),
            ("city", self.city),
            ("country", self.country),
            ("language", self.language),
        ):
            self.errors.add(field, widget)

        self.save_button = QPushButton(self.tr("&Save"), page)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the person's details (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete candidate…"), page)
        self.delete_button.setObjectName("delete_candidate")
        self.delete_button.clicked.connect(self.delete_candidate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.id_type.currentIndexChanged.connect(self._on_id_type)
        self.national_id.editingFinished.connect(self._fill_birth_date_from_id)

        inner = QWidget(page)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(form_box)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        inner.setMaximumWidth(740)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget(self)
        self.history_page = page
        self.undo_bar = QFrame(page)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setStyleSheet("#undoBar { background: #fff6d5; border: 1px solid #e0c060; }")
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setToolTip(self.tr("Bring the deleted period back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete_period)
        dismiss = QPushButton(self.tr("Dismiss"), self.undo_bar)
        dismiss.clicked.connect(self._hide_undo)
        bar_layout = QHBoxLayout(self.undo_bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.undo_label, 1)
        bar_layout.addWidget(self.undo_button)
        bar_layout.addWidget(dismiss)
        self.undo_bar.hide()

        self.timeline = TimelineWidget(page, today=self._today)
        self.timeline.periodClicked.connect(self._on_timeline_click)
        self.timeline_summary = QLabel(page)
        self.timeline_summary.setObjectName("timelineSummary")
        mute(self.timeline_summary)
        self.period_model = PeriodTableModel(page)
        self.period_view = make_period_view(self.period_model, page)
        self.period_view.doubleClicked.connect(lambda _i: self.edit_period())
        self.period_view.selectionModel().selectionChanged.connect(self._on_period_selection)

        self.add_period_button = QPushButton(self.tr("&Add…"), page)
        self.add_period_button.setToolTip(self.tr("Add a period (Ins)"))
        self.edit_period_button = QPushButton(self.tr("Ed&it…"), page)
        self.edit_period_button.setToolTip(self.tr("Edit the selected period (Enter or double-click)"))
        self.duplicate_period_button = QPushButton(self.tr("Du&plicate"), page)
        self.duplicate_period_button.setToolTip(
            self.tr("Copy the selected period, e.g. for a change of position % at the same employer (Ctrl+D)")
        )
        self.delete_period_button = QPushButton(self.tr("&Delete"), page)
        self.delete_period_button.setToolTip(self.tr("Delete the selected period (Del); it can be undone"))
        self.add_period_button.clicked.connect(self.add_period)
        self.edit_period_button.clicked.connect(self.edit_period)
        self.duplicate_period_button.clicked.connect(self.duplicate_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        buttons = QHBoxLayout()
        for button in (
            self.add_period_button,
            self.edit_period_button,
            self.duplicate_period_button,
            self.delete_period_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.timeline)
        layout.addWidget(self.timeline_summary)
        layout.addLayout(buttons)
        layout.addWidget(self.period_view, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        _shortcut("Ins", page, self.add_period, context)
        _shortcut("Ctrl+D", page, self.duplicate_period, context)
        _shortcut("Ctrl+Z", page, self.undo_delete_period, context)
        for key, slot in (
            ("Del", self.delete_period),
            ("Return", self.edit_period),
            ("Enter", self.edit_period),
        ):
            _shortcut(key, self.period_view, slot, Qt.ShortcutContext.WidgetShortcut)
            _shortcut(key, self.timeline, slot, Qt.ShortcutContext.WidgetShortcut)
        chain = [
            self.timeline,
            self.add_period_button,
            self.edit_period_button,
            self.duplicate_period_button,
            self.delete_period_button,
            self.period_view,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    def _build_schooling_tab(self) -> QWidget:
        page = QWidget(self)
        self.schooling_section = _ListSection(
            self.tr("Schooling (videregående and higher)"),
            SchoolingTableModel(page),
            page,
            lambda: self._open_entry(SchoolingDialog, None),
            lambda: self._edit_entry(self.schooling_section, SchoolingDialog),
            lambda: self._delete_entry(self.schooling_section, history.delete_schooling),
        )
        self.exam_section = _ListSection(
            self.tr("Exams (e.g. the privatist theory exam)"),
            ExamTableModel(page),
            page,
            lambda: self._open_entry(ExamDialog, None),
            lambda: self._edit_entry(self.exam_section, ExamDialog),
            lambda: self._delete_entry(self.exam_section, history.delete_exam),
            stretch_column=ExamTableModel.COL_RESULT,
            sort_column=ExamTableModel.COL_DATE,
        )
        self.course_section = _ListSection(
            self.tr("Non-formal courses"),
            CourseTableModel(page),
            page,
            lambda: self._open_entry(CourseDialog, None),
            lambda: self._edit_entry(self.course_section, CourseDialog),
            lambda: self._delete_entry(self.course_section, history.delete_course),
            stretch_column=CourseTableModel.COL_TITLE,
            sort_column=CourseTableModel.COL_DATE,
        )
        layout = QVBoxLayout(page)
        for section in (self.schooling_section, self.exam_section, self.course_section):
            layout.addWidget(section, 1)
        return page

    # ----------------------------------------------------------------------------------------------
    # the public contract

    def current_candidate_id(self) -> int | None:
        return self._candidate.id if self._candidate is not None else None

    def open_candidate(self, candidate_id: int | None) -> None:
        """Show ``candidate_id`` (None: a blank form for a new candidate). Unsaved typing is dropped
        (with its autosaved draft); ask with :meth:`has_unsaved_changes` first. A draft of the record
        newer than its last save is offered for restoring (:meth:`offer_draft`)."""
        self.autosave.abandon()
        self._close_dialog()
        self._hide_undo()
        self.errors.clear()
        self.status_label.clear()
        candidate = None
        if candidate_id is not None:
            try:
                candidate = candidates.get_candidate(self._db, candidate_id)
            except RplError as exc:
                self.errors.show(exc)
        self._show_candidate(candidate)
        self.autosave.set_entity(candidate.id if candidate is not None else None)
        self._reload_lists()
        self.tabs.setCurrentIndex(TAB_PERSON)
        if candidate is None:
            self.given_name.setFocus()
        if self._offer_drafts and (candidate is not None or candidate_id is None):
            self.offer_draft()
        log.info("candidate editor opened %s", candidate_id if candidate is not None else "a new candidate")

    def has_unsaved_changes(self) -> bool:
        return self._form_values() != self._snapshot

    def save(self) -> bool:
        """Save the Person tab. False (with messages at the fields, typing kept) when refused."""
        try:
            candidate = self._collect()
            saved = candidates.save_candidate(
                self._db, candidate, opened=self._candidate if self._opened_known else None)
        except ConflictError as exc:  # someone else saved it since it was opened here
            merged = self._resolve_conflict(exc)
            if merged is None:
                return False
            saved = merged
        except ValidationErrors as exc:
            self._show_errors(exc)
            return False
        except ValidationError as exc:
            self._show_errors(ValidationErrors([exc]))
            return False
        except RplError as exc:  # a deleted record, a locked database...
            self.errors.show(exc)
            self.status_label.clear()
            return False
        is_new = self._candidate is None or self._candidate.id is None
        self.errors.clear()
        self._show_candidate(saved)
        if is_new:
            self._reload_lists()
        self.status_label.setText(self.tr("Saved"))
        assert saved.id is not None
        self.autosave.saved(saved.id)
        log.info("candidate %s saved", saved.id)
        self.candidateSaved.emit(saved.id)
        return True

    # -- autosaved drafts (rpl_desktop.services.drafts) -------------------------------------------

    def _init_autosave(self) -> None:
        """Write the Person tab's unsaved typing as a draft a few seconds after each change."""
        self.autosave = DraftAutosaver(self._db, drafts.CANDIDATE, self._draft_payload, self)
        for edit in (self.given_name, self.family_name, self.national_id, self.email, self.phone,
                     self.address, self.postcode, self.city):
            edit.textEdited.connect(self.autosave.changed)
        self.birth_date.lineEdit().textChanged.connect(self.autosave.changed)
        for combo in (self.id_type, self.country, self.language):
            combo.currentIndexChanged.connect(self.autosave.changed)

    def _draft_payload(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        base = self._candidate
        payload: dict[str, Any] = {"values": self._form_values(), "version": base.version if base else 0}
        if base is not None and base.id is not None and self._opened_known:
            # what the form was opened with: a restored draft is saved against this version, so a save
            # by someone else in between leads to the conflict view instead of being overwritten
            payload["base"] = candidates.candidate_values(base)
        return payload

    def offer_draft(self) -> bool:
        """If the open record has a draft newer than its last save, ask whether to restore it.

        Restore fills the form (nothing is saved until the user saves); Discard deletes the draft.
        True if a draft was restored.
        """
        cid = self.current_candidate_id()
        try:
            draft = drafts.restorable_draft(self._db, drafts.CANDIDATE, cid)
        except RplError as exc:
            self.errors.show(exc)
            return False
        values = draft.payload.get("values") if draft is not None else None
        if draft is None or not isinstance(values, dict):
            return False
        if {k: values.get(k) for k in self._snapshot} == self._snapshot:  # holds nothing unsaved
            self.autosave.set_entity(cid, has_draft=True)
            self.autosave.abandon()
            log.info("candidate draft %s holds nothing unsaved; deleted", draft.entity)
            return False
        what = self._candidate.full_name if self._candidate is not None else self.tr("a new candidate")
        if not self.ask_restore(self, draft, what):
            self.autosave.set_entity(cid, has_draft=True)
            self.autosave.abandon()
            log.info("candidate draft %s discarded", draft.entity)
            return False
        current = self._candidate
        self._candidate, self._opened_known = self._opened_by_draft(draft)
        self._apply_draft(values)
        self.autosave.set_entity(cid, has_draft=True)
        if current is not None and self._candidate is not None and self._candidate.version != current.version:
            # the candidate was saved again after the typing: Save leads to the conflict view
            self.status_label.setText(
                self.tr("Unsaved changes restored; saved again since, so Save compares both"))
        else:
            self.status_label.setText(self.tr("Unsaved changes restored; save to keep them"))
        log.info("candidate draft %s restored", draft.entity)
        return True

    def _opened_by_draft(self, draft: drafts.Draft) -> tuple[Candidate | None, bool]:
        """The candidate as the draft's form was opened (its values and version) and whether its values
        are known. Saving the restored typing goes against that version: if someone saved the candidate
        since, the conflict view shows their changes next to the restored ones."""
        current = self._candidate
        if current is None or current.id is None:
            return current, True
        version, base = draft.payload.get("version"), draft.payload.get("base")
        if (drafts.has_base(draft.payload) and isinstance(base, dict) and isinstance(version, int)
                and all(isinstance(v, str) for v in base.values())):
            try:
                return candidates.candidate_from_values(base, candidate_id=current.id, version=version), True
            except ValueError:
                pass  # damaged: handled as a draft without its values below
        if isinstance(version, int) and not isinstance(version, bool) and version != current.version:
            # an older draft without the values it was opened with: every difference counts as a conflict
            return dataclasses.replace(current, version=version), False
        return current, True

    def _apply_draft(self, values: dict[str, Any]) -> None:
        def text(name: str) -> str:
            value = values.get(name, "")
            return value if isinstance(value, str) else ""

        for name in ("given_name", "family_name", "email", "phone", "address", "postcode", "city"):
            getattr(self, name).setText(text(name))
        self.birth_date.setText(text("birth_date"))
        for combo, name in ((self.id_type, "id_type"), (self.language, "language")):
            index = combo.findData(values.get(name))
            if index >= 0:
                combo.setCurrentIndex(index)
        if text("country"):
            self.country.set_code(text("country"))
        self._id_value = text("national_id")
        if self._id_value != (self._candidate.national_id if self._candidate else ""):
            self.show_id.blockSignals(True)
            self.show_id.setChecked(True)  # a changed number is shown, so the user sees what is restored
            self.show_id.blockSignals(False)
        self._apply_id_display()

    def _resolve_conflict(self, exc: ConflictError) -> Candidate | None:
        """Someone else saved this candidate after it was opened here: show the conflict view.

        Returns the merged candidate once saved. Otherwise None: "Discard mine" shows their version,
        Cancel keeps the form as typed with the message at the top. A change of theirs that clashes
        with nothing typed here and was made by this same user (another window) merges without asking.
        """
        cid = exc.entity_id

        def save(merged: dict[str, str], version: int, theirs: dict[str, str]) -> Candidate:
            return candidates.save_candidate(
                self._db, candidates.candidate_from_values(merged, candidate_id=cid, version=version),
                opened=candidates.candidate_from_values(theirs, candidate_id=cid, version=version))

        if not exc.has_details or cid is None:
            self.errors.show(exc)
            self.status_label.clear()
            return None
        if not exc.merge().conflicts and exc.saved_by_same_user(self._db.actor.user_id):
            try:
                return save(exc.merge().result(), exc.their_version or 0, exc.theirs)
            except ConflictError as again:
                exc = again if again.has_details else exc
            except RplError as error:
                self.errors.show(error)
                return None
        what = self._candidate.full_name if self._candidate is not None else ""
        code, saved = resolve_conflict(self, exc, save, self.exec_conflict, what=what)
        if code == QDialog.DialogCode.Accepted and isinstance(saved, Candidate):
            log.info("candidate %s: conflict resolved by a merge", cid)
            return saved
        if code == ConflictDialog.DISCARDED:
            log.info("candidate %s: own changes discarded after a conflict", cid)
            self.open_candidate(cid)
            self.status_label.setText(self.tr("Your changes were dropped; this is the version saved last."))
            return None
        self.errors.show(exc)
        self.status_label.clear()
        return None

    def active_dialog(self) -> QDialog | None:
        """The entry dialog now showing (period, schooling, exam, course), if any."""
        return self._dialog if self._dialog is not None and self._dialog.isVisible() else None

    # ----------------------------------------------------------------------------------------------
    # person

    def _show_candidate(self, c: Candidate | None) -> None:
        self._candidate = c
        self._opened_known = True
        c = c or Candidate(given_name="", family_name="")
        self.given_name.setText(c.given_name)
        self.family_name.setText(c.family_name)
        self.birth_date.setDate(c.birth_date)
        self.id_type.blockSignals(True)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(c.id_type.value)))
        self.id_type.blockSignals(False)
        self._id_value = c.national_id
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.address.setText(c.address)
        self.postcode.setText(c.postcode)
        self.city.setText(c.city)
        self.country.set_code(c.country)
        self.language.setCurrentIndex(max(0, self.language.findData(c.language)))
        # a saved number is shown masked; a new form shows what is typed
        saved = self._candidate is not None and bool(c.national_id)
        self.show_id.blockSignals(True)
        self.show_id.setChecked(not saved)
        self.show_id.blockSignals(False)
        self._apply_id_display()
        self._snapshot = self._form_values()
        saved_candidate = self._candidate is not None
        for tab in (TAB_HISTORY, TAB_SCHOOLING, TAB_EVIDENCE):
            self.tabs.setTabEnabled(tab, saved_candidate)
            self.tabs.setTabToolTip(tab, "" if saved_candidate else self.tr("Save the person first"))
        self.delete_button.setEnabled(saved_candidate)
        self.timeline.set_home_country(c.country)
        self._update_header()

    def masked_id(self) -> str:
        id_type = IdType(self.id_type.currentData())
        if id_type == IdType.NONE or not self._id_value:
            return ""
        return mask_national_id(NationalId(id_type, self._id_value))

    def _apply_id_display(self) -> None:
        id_type = IdType(self.id_type.currentData())
        revealed = self.show_id.isChecked()
        self.national_id.setEnabled(id_type != IdType.NONE)
        self.show_id.setVisible(
            bool(self._candidate and self._candidate.national_id) and id_type != IdType.NONE
        )
        self.national_id.setReadOnly(not revealed)
        self.national_id.setText(self._id_value if revealed else self.masked_id())
        self.show_id.setText(self.tr("Hi&de") if revealed else self.tr("S&how"))
        self.national_id.setPlaceholderText(self.tr("No ID number") if id_type == IdType.NONE else "")

    def _on_show_id(self, revealed: bool) -> None:
        if not revealed:
            self._id_value = self.national_id.text()  # keep a correction made while shown
        self._apply_id_display()
        if revealed:
            self.national_id.setFocus()

    def _current_id_value(self) -> str:
        return self.national_id.text() if self.show_id.isChecked() else self._id_value

    def _on_id_type(self) -> None:
        self._id_value = self._current_id_value()
        self._apply_id_display()

    def _fill_birth_date_from_id(self) -> None:
        """A blank birth date is filled from a valid Norwegian or Swedish number (never overwritten)."""
        id_type = IdType(self.id_type.currentData())
        if not self.birth_date.is_blank() or id_type not in _NUMBERED_TYPES or not self.show_id.isChecked():
            return
        try:
            born = birth_date_from_id(validate_national_id(id_type, self.national_id.text()))
        except ValidationError:
            return  # the message comes at Save
        self.birth_date.setDate(born)

    def _form_values(self) -> dict[str, Any]:
        return {
            "given_name": self.given_name.text(),
            "family_name": self.family_name.text(),
            "birth_date": self.birth_date.text(),
            "id_type": self.id_type.currentData(),
            "national_id": self._current_id_value(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "address": self.address.text(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
            "country": self.country.code(),
            "language": self.language.currentData(),
        }

    def _collect(self) -> Candidate:
        """The candidate in the form; ValidationErrors lists all problems, the date's included."""
        values = self._form_values()
        base = self._candidate
        candidate = Candidate(
            given_name=values["given_name"],
            family_name=values["family_name"],
            birth_date=None,
            id_type=IdType(values["id_type"]),
            national_id=values["national_id"],
            email=values["email"],
            phone=values["phone"],
            address=values["address"],
            postcode=values["postcode"],
            city=values["city"],
            country=values["country"],
            language=values["language"],
            id=base.id if base else None,
            version=base.version if base else 0,
        )
        try:
            candidate.birth_date = self.birth_date.parse()
        except ValidationError as date_error:
            problems: list[ValidationError] = [date_error]
            try:
                validate_candidate(dataclasses.replace(candidate), today=self._today)
            except ValidationErrors as exc:
                problems.extend(e for e in exc.errors if e.field != "birth_date")
            raise ValidationErrors(problems) from None
        return candidate

    def _show_errors(self, exc: ValidationErrors) -> None:
        if any(e.field == "national_id" for e in exc.errors) and not self.show_id.isChecked():
            self.show_id.setChecked(True)  # the user must see the number to correct it
        self.tabs.setCurrentIndex(TAB_PERSON)
        self.errors.show(exc)
        self.status_label.clear()
        log.info("candidate %s: save refused, %d field(s)", self.current_candidate_id(), len(exc.errors))

    def field_message(self, field: str) -> str:
        return self.errors.message(field)

    def general_message(self) -> str:
        label = self.errors.general_label
        return "" if label.isHidden() else label.text()

    def _update_header(self) -> None:
        c = self._candidate
        if c is None:
            self.title_label.setText(self.tr("New candidate"))
            self.subtitle_label.setText(
                self.tr("Fill in the person's details and save; then add the history.")
            )
            return
        self.title_label.setText(c.full_name)
        parts = []
        if c.birth_date:
            parts.append(fill(self.tr("born %1"), format_date(c.birth_date)))
        masked = self.masked_id()
        if masked:
            parts.append(masked)
        if c.city:
            parts.append(c.city)
        self.subtitle_label.setText(" · ".join(parts))

    def delete_candidate(self) -> None:
        c = self._candidate
        if c is None or c.id is None:
            return
        counts = [
            (
                len(self.period_model.items()),
                self.tr("1 work and learning period"),
                self.tr("%1 work and learning periods"),
            ),
            (
                len(self.schooling_section.model.items()),
                self.tr("1 schooling entry"),
                self.tr("%1 schooling entries"),
            ),
            (len(self.exam_section.model.items()), self.tr("1 exam"), self.tr("%1 exams")),
            (len(self.course_section.model.items()), self.tr("1 course"), self.tr("%1 courses")),
            (len(self.evidence.evidence()), self.tr("1 evidence file"), self.tr("%1 evidence files")),
        ]
        what = [one if n == 1 else fill(many, n) for n, one, many in counts if n]
        consequences = (
            fill(self.tr("This also deletes: %1."), ", ".join(what))
            if what
            else self.tr("No history or evidence is recorded.")
        )
        text = fill(
            self.tr(
                "Delete %1 and everything recorded about them?\n\n%2\n\n"
                "This cannot be undone; only a backup brings it back."
            ),
            c.full_name,
            consequences,
        )
        if not self._confirm(self.tr("Delete candidate"), text):
            return
        reason = ""
        if self._db.actor.user_id is not None:  # a signed-in user says why (the audit log keeps it)
            reason = (self.ask_delete_reason() or "").strip()
            if not reason:
                return
        try:  # one transaction: the candidate, history and evidence records; the stored files after it
            candidates.delete_candidate(self._db, c.id, reason=reason)
        except RplError as exc:
            self.errors.show(exc)
            return
        log.info("candidate %s deleted", c.id)
        self.open_candidate(None)
        self.status_label.setText(self.tr("Candidate deleted"))
        self.candidateDeleted.emit(c.id)

    def ask_delete_reason(self) -> str | None:
        """Why the candidate is deleted (None: cancelled). Tests replace it."""
        text, ok = QInputDialog.getText(
            self, self.tr("Delete candidate"),
            self.tr("Why is the candidate deleted? The reason is kept in the audit log (no names, please)."),
        )
        return text if ok else None

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ----------------------------------------------------------------------------------------------
    # lists

    def _reload_lists(self) -> None:
        cid = self.current_candidate_id()
        self._reload_periods()
        for section, loader in (
            (self.schooling_section, history.list_schooling),
            (self.exam_section, history.list_exams),
            (self.course_section, history.list_courses),
        ):
            section.model.set_items([] if cid is None else loader(self._db, cid))
        self._update_tab_titles()
        self.evidence.set_candidate(cid)

    def _reload_periods(self, select: int | None = None) -> None:
        cid = self.current_candidate_id()
        self._periods = [] if cid is None else history.list_periods(self._db, cid)
        self.period_model.set_items(self._periods)
        self.timeline.set_periods(self._periods)
        self.timeline_summary.setText(self.timeline.summary() if self._periods else "")
        self.evidence.set_periods(self._periods)
        if select is not None:
            select_item(self.period_view, select)
        self._on_period_selection()
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        n = len(self._periods)
        self.tabs.setTabText(TAB_HISTORY, self.tr("&Work and learning history") + (f" ({n})" if n else ""))

    def _on_evidence_count(self, n: int) -> None:
        self.tabs.setTabText(TAB_EVIDENCE, self.tr("E&vidence") + (f" ({n})" if n else ""))

    def selected_period(self) -> HistoryPeriod | None:
        item = selected_item(self.period_view)
        return item if isinstance(item, HistoryPeriod) else None

    def _on_period_selection(self, *_args: Any) -> None:
        period = self.selected_period()
        self.timeline.set_selected(period.id if period else None)
        has = period is not None
        for button in (self.edit_period_button, self.duplicate_period_button, self.delete_period_button):
            button.setEnabled(has)
        self.add_period_button.setEnabled(self.current_candidate_id() is not None)

    def _on_timeline_click(self, period_id: int) -> None:
        select_item(self.period_view, period_id)

    # -- periods ------------------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog, on_saved: Callable[[Any], None]) -> None:
        self._close_dialog()
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.saved_item()))  # type: ignore[attr-defined]
        dialog.finished.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self, _result: int = 0) -> None:
        self._dialog = None

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.reject()

    def add_period(self) -> None:
        cid = self.current_candidate_id()
        if cid is None:
            return
        self._hide_undo()
        self._show_dialog(PeriodDialog(self._db, cid, None, self, today=self._today), self._period_saved)

    def edit_period(self) -> None:
        period = self.selected_period()
        cid = self.current_candidate_id()
        if period is None or cid is None:
            return
        self._hide_undo()
        self._show_dialog(PeriodDialog(self._db, cid, period, self, today=self._today), self._period_saved)

    def _period_saved(self, period: HistoryPeriod | None) -> None:
        self._reload_periods(select=period.id if period else None)
        self.period_view.setFocus()

    def duplicate_period(self) -> None:
        period = self.selected_period()
        if period is None or period.id is None:
            return
        self._hide_undo()
        try:
            copy = history.duplicate_period(self._db, period.id)
        except RplError as exc:
            self.errors.show(exc)
            return
        log.info("period %s duplicated as %s", period.id, copy.id)
        self._reload_periods(select=copy.id)
        self.status_label.setText(self.tr("Period duplicated; edit the copy"))

    def delete_period(self) -> None:
        period = self.selected_period()
        if period is None or period.id is None:
            return
        links = [e.id for e in self.evidence.evidence() if e.period_id == period.id and e.id is not None]
        try:
            gone = history.delete_period(self._db, period.id)
        except RplError as exc:
            self.errors.show(exc)
            return
        log.info("period %s deleted (%d evidence link(s))", period.id, len(links))
        self._deleted_period = gone
        self._deleted_links = links
        self._reload_periods()
        if gone is not None:
            self.undo_label.setText(fill(self.tr("Period deleted: %1."), gone.employer))
            self.undo_bar.show()
        self.period_view.setFocus()

    def undo_delete_period(self) -> None:
        """Save the deleted period again (as a new row) and restore its evidence links."""
        gone = self._deleted_period
        if gone is None:
            return
        try:
            restored = history.save_period(self._db, dataclasses.replace(gone, id=None))
            for evidence in self.evidence.evidence():
                if evidence.id in self._deleted_links:
                    evidence_service.update_evidence(
                        self._db, dataclasses.replace(evidence, period_id=restored.id)
                    )
        except RplError as exc:
            self.errors.show(exc)
            return
        log.info("period deletion undone: %s restored as %s", gone.id, restored.id)
        self._hide_undo()
        self._reload_periods(select=restored.id)
        self.period_view.setFocus()

    def _hide_undo(self) -> None:
        self._deleted_period = None
        self._deleted_links = []
        self.undo_bar.hide()

    def undo_available(self) -> bool:
        return self._deleted_period is not None

    # -- schooling, exams, courses -----------------------------------------------------------------

    def _section_for(self, dialog_cls: type) -> _ListSection:
        return {
            SchoolingDialog: self.schooling_section,
            ExamDialog: self.exam_section,
            CourseDialog: self.course_section,
        }[dialog_cls]

    def _open_entry(self, dialog_cls: type, item: Any) -> None:
        cid = self.current_candidate_id()
        if cid is None:
            return
        section = self._section_for(dialog_cls)
        loaders: dict[type, Callable[[Database, int], list[Any]]] = {
            SchoolingDialog: history.list_schooling,
            ExamDialog: history.list_exams,
            CourseDialog: history.list_courses,
        }

        def saved(entry: Any) -> None:
            section.model.set_items(loaders[dialog_cls](self._db, cid))
            if entry is not None:
                select_item(section.view, entry.id)
            section.view.setFocus()

        self._show_dialog(dialog_cls(self._db, cid, item, self), saved)

    def _edit_entry(self, section: _ListSection, dialog_cls: type) -> None:
        item = section.selected()
        if item is not None:
            self._open_entry(dialog_cls, item)

    def _delete_entry(self, section: _ListSection, delete: Callable[[Database, int], None]) -> None:
        item = section.selected()
        if item is None or item.id is None:
            return
        text = fill(self.tr("Delete the selected row of '%1'? This cannot be undone."), section.title())
        if not self._confirm(self.tr("Delete"), text):
            return
        try:
            delete(self._db, item.id)
        except RplError as exc:
            self.errors.show(exc)
            return
        log.info("%s %s deleted", type(item).__name__, item.id)
        section.model.set_items([i for i in section.model.items() if i.id != item.id])
