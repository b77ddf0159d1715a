"""Autosaved drafts in the window: the debounced autosave, the "Restore unsaved changes?" question and
the notice after a crash.

:class:`DraftAutosaver` writes a form's unsaved state through :mod:`rpl_desktop.services.drafts` a few
seconds (:data:`AUTOSAVE_MS`) after the last change, in its own short transaction; the real records are
never touched. A form calls :meth:`~DraftAutosaver.changed` on every edit, :meth:`~DraftAutosaver.saved`
after a successful save and :meth:`~DraftAutosaver.abandon` when its changes are discarded.

:func:`ask_restore` is the question shown when a record with a newer draft is opened
("Restore unsaved changes from 14:32?" with Restore / Discard). :func:`offer_recovery_on_start` tells the
user after a crash which forms had unsaved changes and which batches of certificates were interrupted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import drafts
from rpl_desktop.services.drafts import Draft
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
"""How long after the last change a draft is written."""

AskRestore = Callable[[QWidget, Draft, str], bool]
"""``ask(parent, draft, what) -> True`` to restore the draft, False to discard it."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftRestore", text)


def draft_time(when: datetime, today: date | None = None) -> str:
    """``14:32`` today, else ``3 March 14:32`` (in the interface language)."""
    from PySide6.QtCore import QDateTime, QLocale

    today = today or date.today()
    stamp = QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)
    locale = QLocale()
    if when.date() == today:
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp, "d MMMM HH:mm")


def restore_box(parent: QWidget | None, draft: Draft, what: str) -> QMessageBox:
    """The question, not shown yet: Restore (default) and Discard."""
    box = QMessageBox(parent)
    box.setObjectName("draftRestoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(fill(_tr("Restore unsaved changes from %1?"), draft_time(draft.updated_at)))
    box.setInformativeText(fill(_tr(
        "Changes to %1 were not saved when the program last stopped. Restore puts them back in the form; "
        "they are kept only when you save. Discard deletes them."), what))
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreDraft")
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardDraft")
    box.setDefaultButton(restore)
    box.setEscapeButton(discard)
    return box


def ask_restore(parent: QWidget, draft: Draft, what: str) -> bool:
    """Ask "Restore unsaved changes from 14:32?"; True for Restore."""
    box = restore_box(parent, draft, what)
    box.exec()
    chosen = box.clickedButton()
    restored = chosen is not None and chosen.objectName() == "restoreDraft"
    box.deleteLater()
    return restored


class DraftAutosaver(QObject):
    """Debounced autosave of one form. ``collect()`` gives the form's unsaved state as a JSON-able dict,
    or None when nothing is unsaved. ``written`` is emitted after each draft written (with the time)."""

    written = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, form: str, collect: Callable[[], dict[str, Any] | None],
                 parent: QObject | None = None, *, interval: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._form = form
        self._collect = collect
        self._entity: int | None = None
        self._has_draft = False  # a draft of this form and record may be in the database
        self._muted = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("draftTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.flush)

    @property
    def entity(self) -> int | None:
        return self._entity

    def set_entity(self, entity_id: int | None, *, has_draft: bool = False) -> None:
        """The form now shows ``entity_id`` (None: a new record); ``has_draft`` if one was restored."""
        self.timer.stop()
        self._entity = entity_id
        self._has_draft = has_draft

    def mute(self) -> _Muted:
        """``with autosaver.mute():`` around filling the form in code (no autosave for that)."""
        return _Muted(self)

    def changed(self) -> None:
        """The user changed something: write the draft :data:`AUTOSAVE_MS` after the last change."""
        if self._muted:
            return
        self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> bool:
        """Write the draft now (or delete it when nothing is unsaved any more). False if it failed."""
        self.timer.stop()
        try:
            payload = self._collect()
            if payload is None:
                if self._has_draft:
                    drafts.discard_draft(self._db, self._form, self._entity)
                    self._has_draft = False
                return True
            drafts.save_draft(self._db, self._form, self._entity, payload)
        except RplError as exc:  # e.g. the database is locked: the typing is still in the form
            log.warning("draft %s not written: %s", self._form, type(exc).__name__)
            self.failed.emit(exc.message)
            return False
        self._has_draft = True
        self.written.emit(datetime.now())
        return True

    def saved(self, entity_id: int | None = None) -> None:
        """The form was saved: delete the draft (of the record as it was before a first save too)."""
        self.timer.stop()
        self._discard(self._entity)  # a "new" draft, or the record's own
        if entity_id is not None:
            self._entity = entity_id
        self._has_draft = False

    def abandon(self) -> None:
        """The form's unsaved changes are discarded: delete the draft too."""
        self.timer.stop()
        if self._has_draft:
            self._discard(self._entity)
        self._has_draft = False

    def _discard(self, entity: int | None) -> None:
        try:
            drafts.discard_draft(self._db, self._form, entity)
        except RplError as exc:  # an old draft is offered once more next time; nothing is lost
            log.warning("draft %s not deleted: %s", self._form, type(exc).__name__)


class _Muted:
    def __init__(self, saver: DraftAutosaver) -> None:
        self._saver = saver

    def __enter__(self) -> None:
        self._saver._muted += 1

    def __exit__(self, *_exc: object) -> None:
        self._saver._muted -= 1


# ----------------------------------------------------------------------------------------------------
# after a crash


def recovery_text(db: Database) -> str:
    """What was left unsaved or unfinished when the program last stopped ("" for nothing)."""
    from rpl_desktop.services import batch_jobs
    from rpl_desktop.services.candidates import get_candidate
    from rpl_desktop.services.cases import get_case

    lines = []
    for draft in drafts.list_drafts(db):
        when = draft_time(draft.updated_at)
        try:
            if draft.form == drafts.CANDIDATE and draft.entity_id is None:
                what = _tr("a new candidate")
            elif draft.form == drafts.CANDIDATE:
                assert draft.entity_id is not None
                what = fill(_tr("candidate %1"), get_candidate(db, draft.entity_id).full_name)
            else:
                assert draft.entity_id is not None
                what = fill(_tr("the judgements of case %1"), get_case(db, draft.entity_id).number)
        except RplError:
            continue  # the record is gone; its draft is dropped when it would be offered
        lines.append(fill(_tr("• %1 (%2)"), what, when))
    for job in batch_jobs.unfinished(db, mine_only=True):
        lines.append(fill(_tr("• a batch of certificates: %1 of %2 done"), job.done, job.total))
    if not lines:
        return ""
    return "\n".join(lines)


def offer_recovery_on_start(parent: QWidget, db: Database) -> QMessageBox | None:
    """After a crash: tell the user what was left unsaved or unfinished and where to find it.

    Not modal (shown with ``open()``); returns the box, or None when there is nothing to tell.
    Unsaved changes are offered again when their record is opened; an interrupted batch is offered in
    the Documents tab of any case (Resume).
    """
    try:
        text = recovery_text(db)
    except RplError as exc:
        log.warning("recovery check failed: %s", type(exc).__name__)
        return None
    if not text:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Unsaved work found"),
                      _tr("The program stopped last time before this work was saved or finished:"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("recoveryBox")
    box.setInformativeText(text + "\n\n" + _tr(
        "Open the candidate or case to restore its unsaved changes. An interrupted batch of certificates "
        "can be resumed from the Documents tab of a case."))
    box.open()
    log.info("recovery notice shown")
    return box
