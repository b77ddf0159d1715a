"""The interview guide: questions for the outcomes still open, and notes captured during the talk.

The questions come from :meth:`Matrix.guide` in the language of the case (or the candidate's målform);
the caseworker can switch between nb, nn, en and sv. Each outcome has a notes box. Notes are saved
with :func:`set_notes` one second after typing stops and whenever the box loses focus, and land in the
matrix (``notesSaved(uid)`` tells the case view to read it again). A failed save keeps the text and says
why under the box.

Each save passes the notes as last loaded or saved here (``expected``): when someone else saved other
notes for the outcome meanwhile, nothing is overwritten. The box keeps the typed text, says what happened,
stops saving by itself and offers **Compare…**, the conflict view (theirs next to mine, combine both,
save the merge).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import ConflictError, RplError
from rpl_desktop.domain.interview import GuideItem
from rpl_desktop.services.mapping import Matrix, set_notes
from rpl_desktop.store.database import Database
from rpl_desktop.ui.conflict_dialog import ConflictDialog, exec_dialog
from rpl_desktop.ui.i18n import fill

ERROR_STYLE = "color: #c0392b;"
QUIET_STYLE = "color: #4a5561;"

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000
GUIDE_LANGUAGES = (("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English"), ("sv", "Svenska"))


class _GuideEntry(QFrame):
    """One outcome: its text, the questions and a notes box with autosave."""

    def __init__(self, item: GuideItem, owner: InterviewGuideWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.owner = owner
        self.saved_text = item.notes
        self.setObjectName("guideEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setText(f"<b>{html.escape(item.code)}</b>&nbsp;&nbsp;{html.escape(item.outcome_text)}")
        self.questions = QLabel(self)
        self.questions.setObjectName("guideQuestions")
        self.questions.setWordWrap(True)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName(f"guideNotes_{item.code}")
        self.notes.setAccessibleName(fill(owner.tr("Notes for %1"), item.code))
        self.notes.setPlaceholderText(owner.tr("Notes from the conversation"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.notes.setPlainText(item.notes)
        self.status = QLabel(self)
        self.status.setObjectName("guideNoteStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        # someone else saved notes for this outcome while these were typed: saving waits for a comparison
        self.conflict: ConflictError | None = None
        self.failed = False  # the last save failed for another reason (e.g. a locked database)
        self.compare_button = QPushButton(owner.tr("&Compare with theirs…"), self)
        self.compare_button.setObjectName("guideCompare")
        self.compare_button.setToolTip(owner.tr(
            "Show their notes next to yours and choose what to keep, or combine both"))
        self.compare_button.setAccessibleName(
            fill(owner.tr("Compare the notes for %1 with theirs"), item.code))
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.notes.textChanged.connect(self._typed)
        self.notes.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.questions)
        layout.addWidget(self.notes)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        self.set_questions(item)

    def set_questions(self, item: GuideItem) -> None:
        self.item = item
        self.questions.setText("\n".join(f"{n}. {q}" for n, q in enumerate(item.questions, 1)))

    def pending(self) -> bool:
        return self.notes.toPlainText().strip() != self.saved_text.strip()

    def update_saved(self, notes: str) -> None:
        """The notes in the database changed (saved elsewhere); show them unless typing is under way."""
        if self.pending() or self.notes.hasFocus():
            return
        self.saved_text = notes
        if self.notes.toPlainText() != notes:
            self._set_text(notes)

    def save(self) -> bool:
        """Save the typed notes if they changed. False (text kept, reason shown) if they could not be;
        while a conflict waits for :meth:`compare`, nothing is saved."""
        self.timer.stop()
        if self.conflict is not None:
            return False
        if not self.pending():
            return True
        text = self.notes.toPlainText()
        try:
            self.owner.save_notes(self.item.outcome_uid, text, expected=self.saved_text)
        except ConflictError as exc:
            self._show_conflict(exc)
            return False
        except RplError as exc:
            self.failed = True
            self._show_status(exc.message, error=True)
            return False
        self.failed = False
        self.saved_text = text
        self._show_status(self.owner.tr("Saved in the matrix."))
        return True

    def discard(self) -> None:
        """Drop the typed notes: the box shows the notes saved last (theirs, after a conflict)."""
        self.timer.stop()
        if self.conflict is not None:
            self.saved_text = str(self.conflict.theirs.get("notes", self.saved_text))
        self.conflict = None
        self.failed = False
        self.compare_button.hide()
        self.status.hide()
        if self.notes.toPlainText() != self.saved_text:
            self._set_text(self.saved_text)

    def compare(self) -> bool:
        """The conflict view for these notes: theirs next to the typed ones. True once saved."""
        text = self.notes.toPlainText()
        try:  # with what is stored now (they may have saved again, or the clash may have gone)
            self.owner.save_notes(self.item.outcome_uid, text, expected=self.saved_text)
        except ConflictError as exc:
            self.conflict = exc
        except RplError as exc:
            self._show_status(exc.message, error=True)
            return False
        else:
            self._settled(text, self.owner.tr("Saved in the matrix."))
            return True
        code, saved, theirs = self.owner.resolve_conflict(self.item, self.conflict)
        if code == QDialog.DialogCode.Accepted and isinstance(saved, str):
            self._settled(saved, self.owner.tr("Saved in the matrix, merged with their notes."))
            return True
        if code == ConflictDialog.DISCARDED:
            self._settled(theirs, self.owner.tr("Your notes were dropped; these are the notes saved last."))
            return False
        self._show_conflict(self.conflict)  # cancelled: the typed text stays, still not saved
        return False

    def _settled(self, notes: str, message: str) -> None:
        self.conflict = None
        self.failed = False
        self.compare_button.hide()
        self.saved_text = notes
        if self.notes.toPlainText() != notes:
            self._set_text(notes)
        self._show_status(message)

    def _show_conflict(self, exc: ConflictError) -> None:
        self.conflict = exc
        self._show_status(exc.message + " " + self.owner.tr(
            "Your notes stay in the box and are not saved until you compare them with theirs."), error=True)
        self.compare_button.show()
        log.info("case %s: interview notes not saved, someone else saved notes meanwhile",
                 self.owner.case_id())

    def _set_text(self, notes: str) -> None:
        self.notes.blockSignals(True)
        self.notes.setPlainText(notes)
        self.notes.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after the text
        self.notes.blockSignals(False)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else QUIET_STYLE)
        self.status.show()

    def _typed(self) -> None:
        if self.conflict is not None:
            return  # the message about the conflict stays; nothing is saved by itself
        self._show_status(self.owner.tr("Saving when you pause…"))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)


class InterviewGuideWidget(QWidget):
    """Questions and notes for the open outcomes of one case. ``notesSaved(uid)`` after each save."""

    notesSaved = Signal(str)
    # Runs the conflict view (modal) when someone else saved notes meanwhile; tests may replace it.
    exec_conflict: Callable[[ConflictDialog], int] = staticmethod(exec_dialog)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._matrix: Matrix | None = None
        self._lang = ""
        self._case_id: int | None = None
        self._entries: dict[str, _GuideEntry] = {}
        self._stale = False  # the entries wait to be built until the guide is shown
        self.setObjectName("interviewGuide")

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("guideLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the questions"))
        for code, name in GUIDE_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Language of the questions:"), self)
        language_label.setBuddy(self.language_combo)
        self.intro = QLabel(
            self.tr(
                "Questions for the outcomes not yet judged met. Notes are saved as you type and appear in "
                "the mapping matrix."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("guideEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(8)
        self.body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("guideScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)

    # -- public -----------------------------------------------------------------------------------

    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def entries(self) -> dict[str, _GuideEntry]:
        self._ensure()
        return dict(self._entries)

    def notes_edit(self, outcome_uid: str) -> QPlainTextEdit | None:
        self._ensure()
        entry = self._entries.get(outcome_uid)
        return entry.notes if entry else None

    def question_texts(self, outcome_uid: str) -> list[str]:
        self._ensure()
        entry = self._entries.get(outcome_uid)
        return list(entry.item.questions) if entry else []

    def load(self, matrix: Matrix) -> None:
        """Show the guide of ``matrix``; the language is the case's, else the candidate's (until switched)."""
        new_case = matrix.case.id != self._case_id
        if new_case:
            self.flush()
            self._case_id = matrix.case.id
            lang = matrix.case.language or matrix.candidate.language or "nb"
            self._lang = lang if any(code == lang for code, _ in GUIDE_LANGUAGES) else "nb"
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._lang)))
            self.language_combo.blockSignals(False)
            self._clear_entries()
        self._matrix = matrix
        self._stale = True
        if self.isVisible():
            self._show()

    def flush(self) -> bool:
        """Save every notes box with unsaved text now. False if one could not be saved."""
        ok = True
        for entry in list(self._entries.values()):
            ok = entry.save() and ok
        return ok

    def has_unsaved_changes(self) -> bool:
        return any(e.pending() for e in self._entries.values())

    def unsaved_notes(self) -> list[tuple[str, str]]:
        """The boxes whose text is not saved: (outcome code, why) with why "conflict" (someone else saved
        notes meanwhile), "failed" (the last save failed) or "waiting" (the autosave has not run yet)."""
        out = []
        for entry in self._entries.values():
            if entry.pending():
                why = "conflict" if entry.conflict is not None else "failed" if entry.failed else "waiting"
                out.append((entry.item.code, why))
        return out

    def save_unsaved(self) -> bool:
        """Save every box with unsaved text, running the conflict view for those in conflict (the user
        chose to save them). True once nothing is left unsaved."""
        ok = True
        for entry in list(self._entries.values()):
            if entry.pending():
                saved = entry.compare() if entry.conflict is not None else entry.save()
                ok = saved and ok
        return ok and not self.has_unsaved_changes()

    def discard_unsaved(self) -> None:
        """Drop the typed text of every box not saved (the user chose to discard it)."""
        for entry in self._entries.values():
            if entry.pending() or entry.conflict is not None:
                entry.discard()
                log.info("case %s: unsaved interview notes discarded", self._case_id)

    def show_unsaved(self) -> bool:
        """Scroll to the first box with unsaved text and put the cursor in it. False if there is none."""
        entry = next((e for e in self._entries.values() if e.pending()), None)
        if entry is None:
            return False
        self.scroll_area.ensureWidgetVisible(entry)
        entry.notes.setFocus()
        return True

    def case_id(self) -> int | None:
        return self._case_id

    def save_notes(self, outcome_uid: str, text: str, *, expected: str | None = None) -> None:
        """Save the notes; ``expected`` is the notes as last loaded or saved here (ConflictError, nothing
        saved, when someone else saved different notes since)."""
        assert self._case_id is not None
        set_notes(self._db, self._case_id, outcome_uid, text, expected=expected)
        self.notesSaved.emit(outcome_uid)

    def resolve_conflict(self, item: GuideItem, error: ConflictError) -> tuple[int, object, str]:
        """Show the conflict view for the notes of ``item``: (result code, the merged notes if saved,
        their notes as last seen)."""
        assert self._case_id is not None
        case_id, uid = self._case_id, item.outcome_uid

        def save(merged: dict[str, str], _version: int, theirs: dict[str, str]) -> str:
            set_notes(self._db, case_id, uid, merged["notes"], expected=theirs.get("notes", ""))
            return merged["notes"].strip()

        what = fill(self.tr("Interview notes for outcome %1"), item.code)
        dialog = ConflictDialog(error, save, self, what=what)
        try:
            code = self.exec_conflict(dialog)
            saved, theirs = dialog.saved, dialog.error().theirs.get("notes", "")
        finally:
            dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            log.info("case %s: interview notes merged after a conflict", case_id)
            self.notesSaved.emit(uid)
        return code, saved, theirs

    # -- internals --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._show()

    def _ensure(self) -> None:
        """Build the entries now if they wait for the tab to be shown (building 300 of them takes time)."""
        if self._stale:
            self._show()

    def _language_chosen(self) -> None:
        self._lang = self.language_combo.currentData()
        self._stale = True
        if self.isVisible():
            self._show()

    def _rebuild(self, items: list[GuideItem]) -> None:
        """Show the entries of ``items``: the boxes of outcomes still listed are kept as they are, new ones
        are made. A box whose text could not be saved stays too, even when its outcome is no longer
        asked about (say, judged met meanwhile): typed text is dropped only when the user says so."""
        old = self._entries
        entries: dict[str, _GuideEntry] = {}
        for item in items:
            entry = old.get(item.outcome_uid)
            if entry is None:
                entry = _GuideEntry(item, self, self.body)
            else:
                entry.set_questions(item)
                entry.update_saved(item.notes)
            entries[item.outcome_uid] = entry
        for uid, entry in old.items():
            if uid in entries:
                continue
            if entry.pending() or entry.conflict is not None:
                entries[uid] = entry  # unsaved: kept, after the others
                continue
            entry.timer.stop()
            self.body_layout.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        for n, entry in enumerate(entries.values()):  # in the order of the guide, moving only what moved
            slot = self.body_layout.itemAt(n)
            if slot is None or slot.widget() is not entry:
                self.body_layout.removeWidget(entry)
                self.body_layout.insertWidget(n, entry)
        self._entries = entries

    def _clear_entries(self) -> None:
        for entry in self._entries.values():
            entry.timer.stop()
            self.body_layout.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        self._entries = {}

    def _show(self) -> None:
        self._stale = False
        if self._matrix is None:
            return
        items = self._matrix.guide(self._lang)
        uids = [i.outcome_uid for i in items]
        if uids == list(self._entries):
            for item in items:  # the same outcomes: update in place, typing goes on undisturbed
                entry = self._entries[item.outcome_uid]
                entry.set_questions(item)
                entry.update_saved(item.notes)
        else:
            self.flush()
            self._rebuild(items)
        if items:
            self.empty_label.hide()
        else:
            self.empty_label.setText(self.tr("Every outcome is judged met: there is nothing left to ask."))
            self.empty_label.show()
