"""Offline case files in the window: take cases to a laptop, bring them back and decide what differs.

* :class:`TakeOfflineDialog` (File → Take cases offline…, or the case list's context menu): choose the
  cases, who takes them and where, a passphrase and the file. In the office the cases are then marked
  as checked out; on a laptop the same dialog writes the file that goes back to the office.
* :class:`BringBackDialog` (File → Bring cases back…): choose the file and give its passphrase; the
  dialog compares it with this database and lists what was added, what changed on one side (taken
  without asking) and what needs a decision (changed differently on both sides, or deleted on one side),
  with the original, this database's and the file's value side by side. Import is possible once every
  decision is made; it is applied in one go or not at all.
* :class:`CheckoutLabel`: the small "Checked out to … since …" line of the case view.

The work is done by :mod:`rpl_desktop.services.offline`; these are thin skins over it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import offline
from rpl_desktop.services.candidates import ConflictError
from rpl_desktop.services.cases import CaseFilter, list_cases
from rpl_desktop.services.offline_entities import KINDS
from rpl_desktop.store.database import Database
from rpl_desktop.ui.background import Progress, run_with_progress
from rpl_desktop.ui.case_list import status_label
from rpl_desktop.ui.conflict_dialog import PaddedRowDelegate, display_value
from rpl_desktop.ui.conflict_dialog import field_label as shared_field_label
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)
T = TypeVar("T")

CONFLICT_BACKGROUND = "#fff1e0"
FILE_FILTER = "rpl-desktop offline case files (*.rplcases);;All files (*)"


def _t(text: str) -> str:
    return QCoreApplication.translate("OfflineLabels", text)


def kind_label(kind: str) -> str:
    return {
        "candidate": _t("Candidate"),
        "period": _t("History period"),
        "schooling": _t("Schooling"),
        "exam": _t("Exam"),
        "course": _t("Course"),
        "evidence": _t("Evidence file"),
        "case": _t("Case"),
        "judgement": _t("Judgement"),
        "link": _t("Evidence link"),
        "bransch_result": _t("Component result"),
        "bransch_phase": _t("Validation step"),
        "bransch_signoff": _t("Workplace sign-off"),
        "bransch_signature": _t("Assessor's signature"),
        "bransch_tag": _t("Trade hours"),
    }.get(kind, kind)


def field_label(name: str) -> str:
    """A field in words: the candidate/case/judgement fields as the candidate editor and the conflict view
    name them (one table, :func:`rpl_desktop.ui.conflict_dialog.field_label`); the rest from here."""
    if name.endswith("_on") and name[:-3] in _PHASES:
        return shared_field_label(name[:-3])  # veiledning_on -> the phase's name
    shared = shared_field_label(name)
    if shared != name:
        return shared
    labels = {
        "kind": _t("Kind"),
        "employer": _t("Employer"),
        "role": _t("Role"),
        "tasks": _t("Tasks"),
        "start": _t("Start"),
        "end": _t("End"),
        "fte_percent": _t("Position %"),
        "hours_per_week": _t("Hours a week"),
        "third_party_confirmed": _t("Confirmed by a third party"),
        "attest_issued_by": _t("Attest issued by"),
        "attest_signer_name": _t("Attest signed by"),
        "attest_signer_title": _t("Signer's title"),
        "attest_date": _t("Attest date"),
        "attest_letterhead": _t("On letterhead"),
        "level": _t("Level"),
        "programme": _t("Programme"),
        "passed": _t("Passed"),
        "year": _t("Year"),
        "in_school": _t("In school"),
        "yff_relevant": _t("Relevant YFF"),
        "code": _t("Code"),
        "exam_date": _t("Exam date"),
        "result": _t("Result"),
        "provider": _t("Provider"),
        "title": _t("Title"),
        "hours": _t("Hours"),
        "completed_on": _t("Completed on"),
        "filename": _t("File name"),
        "verified": _t("Verified"),
        "translated": _t("Translated"),
        "period": _t("Period"),
        "standard_uid": _t("Target"),
        "purpose": _t("Purpose"),
        "opened_on": _t("Opened"),
        "date": _t("Date"),
        "score": _t("Score"),
        "assessor_id": _t("Assessor"),
        "accreditation_id": _t("Accreditation"),
        "note": _t("Note"),
        "actor_role": _t("Done by"),
        "evidence_note": _t("Evidence"),
        "signed_by": _t("Signed by"),
    }
    return labels.get(name, name.replace("_", " "))


_PHASES = frozenset({"veiledning", "kartlegging", "vurdering", "dokumentasjon"})
# Dates of offline entities the conflict view does not know (it has its own: birth_date, due_on)
_DATE_FIELDS = frozenset(
    {"start", "end", "attest_date", "exam_date", "completed_on", "opened_on", "date"}
    | {f"{p}_on" for p in _PHASES}
)
# Shown in words by the conflict view's display_value (the same words as the forms and the matrix)
_SHARED_VALUES = frozenset({"birth_date", "due_on", "id_type", "language", "status", "judgement", "methods"})
# Internal references: nothing a caseworker can read
_NOT_SHOWN_WHEN_ADDED = frozenset({"period", "standard_uid", "rule_profile_id"})


def value_words(value: Any, name: str = "", kind: str = "") -> str:
    """A stored value of field ``name`` of an entity of ``kind`` as the rest of the interface shows it:
    dates dd.mm.yyyy, yes/no, and codes (judgement, methods, status, period kind …) in words."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    text = str(value)
    try:
        if name in _SHARED_VALUES:
            return display_value(name, text, reveal_ids=True)
        if name in _DATE_FIELDS:
            return format_date(date.fromisoformat(text))
        if name == "purpose":
            from rpl_desktop.domain.cases import Purpose
            from rpl_desktop.ui.case_list import purpose_label

            return purpose_label(Purpose(text))
        if kind == "period" and name == "kind":
            from rpl_desktop.domain.register import PeriodKind
            from rpl_desktop.ui.history_table import period_kind_label

            return period_kind_label(PeriodKind(text))
        if kind == "schooling" and name == "level":
            from rpl_desktop.domain.register import SchoolLevel
            from rpl_desktop.ui.history_table import school_level_label

            return school_level_label(SchoolLevel(text))
        if kind == "evidence" and name == "kind":
            from rpl_desktop.domain.register import EvidenceKind
            from rpl_desktop.ui.evidence_widget import evidence_kind_label

            return evidence_kind_label(EvidenceKind(text))
    except (ValueError, KeyError):
        return text
    return text


def value_text(value: Any, name: str = "", kind: str = "") -> str:
    """:func:`value_words`, shortened to its first line and 80 characters for a table cell."""
    text = value_words(value, name, kind)
    first = text.splitlines()[0] if text.splitlines() else text
    return first if first == text and len(text) <= 80 else first[:80] + " …"


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def _message(label: QLabel, text: str, *, error: bool) -> None:
    label.setText(text)
    label.setStyleSheet("color: #a4262c;" if error else "")
    label.setVisible(bool(text))


class _Busy:
    """While long work runs in the background (:func:`run_with_progress`): the dialog neither starts the
    work again nor closes (the progress dialog blocks input only once it shows, after 400 ms)."""

    _busy = False

    def _in_background(self, title: str, label: str, work: Callable[[Progress], T]) -> T:
        self._busy = True
        try:
            return run_with_progress(self, title, label, work)  # type: ignore[arg-type]
        finally:
            self._busy = False

    def reject(self) -> None:
        if not self._busy:
            super().reject()  # type: ignore[misc]


# -- take offline ---------------------------------------------------------------------------------------


class TakeOfflineDialog(_Busy, QDialog):
    """Choose cases and write them to one encrypted offline case file."""

    COL_NUMBER, COL_CANDIDATE, COL_STATUS, COL_OUT = range(4)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        case_ids: Sequence[int] = (),
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._preselected = set(case_ids)
        self._folder = folder or Path.home()
        self.result_info: offline.ExportResult | None = None
        # Injection point for tests: the save-file question.
        self.ask_path: Callable[[QWidget, str], str] = lambda parent, start: QFileDialog.getSaveFileName(
            parent, self.tr("Offline case file"), start, FILE_FILTER
        )[0]
        self.setWindowTitle(self.tr("Take cases offline"))
        self.setObjectName("takeOfflineDialog")

        intro = QLabel(
            self.tr(
                "Writes the chosen cases – with their candidates, history, evidence files, judgements and "
                "case "
                "history – to one encrypted file for a laptop. Here they are marked as checked out until the "
                "file comes back (File → Bring cases back…). On a laptop, this writes the file that goes "
                "back "
                "to the office."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("offlineCaseSearch")
        self.search_edit.setPlaceholderText(self.tr("Find a case by number or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill_cases)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_edit)

        self.case_table = QTableWidget(0, 4, self)
        self.case_table.setObjectName("offlineCaseTable")
        self.case_table.setAccessibleName(self.tr("Cases to take offline"))
        self.case_table.setHorizontalHeaderLabels(
            [self.tr("Case no."), self.tr("Candidate"), self.tr("Status"), self.tr("Checked out")]
        )
        self.case_table.verticalHeader().hide()
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.horizontalHeader().setSectionResizeMode(
            self.COL_CANDIDATE, QHeaderView.ResizeMode.Stretch
        )
        self.case_table.itemChanged.connect(lambda _item: self._update_buttons())
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("offlineChosenCount")

        self.to_edit = QLineEdit(self)
        self.to_edit.setObjectName("offlineTakenTo")
        self.to_edit.setPlaceholderText(self.tr("e.g. Kari Nordmann, admission day in Arendal"))
        self.to_edit.setMaxLength(200)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setObjectName("offlinePassphrase")
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("offlinePassphraseRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        from rpl_desktop.services.security_keys import MIN_LENGTH

        rule = QLabel(
            fill(
                self.tr(
                    "At least %1 characters; a few unrelated words are easy to remember and hard to guess. "
                    "Give the passphrase to the person who opens the file by another channel (in person, by "
                    "telephone), "
                    "never with the file."
                ),
                MIN_LENGTH,
            ),
            self,
        )
        rule.setWordWrap(True)
        rule.setObjectName("offlinePassphraseRule")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("offlinePath")
        self.path_edit.setText(str(self._folder / f"cases-{datetime.now():%Y%m%d-%H%M}{offline.SUFFIX}"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.setObjectName("offlineBrowse")
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Taken by and where:"), self.to_edit)
        form.addRow(self.tr("&Passphrase:"), self.pass_edit)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat_edit)
        form.addRow("", rule)
        form.addRow(_buddy(self.tr("&File:"), self.path_edit, self), path_row)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("offlineMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            self.tr("&Write file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("offlineWrite")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.chosen_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.case_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._checked: set[int] = set(self._preselected)
        self._fill_cases()
        self.resize(760, 620)
        self.search_edit.setFocus()

    # -- public ---------------------------------------------------------------------------------------

    def checked_case_ids(self) -> list[int]:
        self._remember_checks()
        return sorted(self._checked)

    def set_checked(self, case_id: int, checked: bool = True) -> None:
        for row in range(self.case_table.rowCount()):
            item = self.case_table.item(row, self.COL_NUMBER)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == case_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._remember_checks()
        if checked:
            self._checked.add(case_id)
        else:
            self._checked.discard(case_id)
        self._update_buttons()

    def write(self) -> offline.ExportResult | None:
        """Write the file; on success the dialog shows what was written and offers Close."""
        if self._busy:
            return None
        ids = self.checked_case_ids()
        path_text = self.path_edit.text().strip()
        try:
            if not ids:
                raise RplError(self.tr("Tick at least one case to take offline."))
            if not path_text:
                raise RplError(self.tr("Choose where to write the file."))
            offline.check_passphrase(self.pass_edit.text(), self.repeat_edit.text())
            path = Path(path_text)
            if not path.suffix:
                path = path.with_suffix(offline.SUFFIX)
            passphrase, taken_to = self.pass_edit.text(), self.to_edit.text()
            result = self._in_background(
                self.tr("Take cases offline"),
                fill(self.tr("Writing %1 case(s) to the offline case file…"), len(ids)),
                lambda _progress: offline.export_cases(self._db, ids, path, passphrase, taken_to=taken_to),
            )
        except RplError as exc:
            _message(self.message_label, exc.message, error=True)
            return None
        self.result_info = result
        self.pass_edit.clear()
        self.repeat_edit.clear()
        what = (
            self.tr("%1 case(s) are checked out and written to %2 (%3 KiB).")
            if result.home
            else self.tr("%1 case(s) are written to %2 (%3 KiB) for the office.")
        )
        _message(
            self.message_label,
            fill(what, len(result.case_numbers), str(result.path), f"{result.size / 1024:.0f}")
            + " "
            + self.tr("Give the passphrase by another channel, never with the file."),
            error=False,
        )
        self.write_button.setEnabled(False)
        self.close_button.setText(self.tr("&Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self._fill_cases()
        log.info("offline file written from the window: %d cases", len(result.case_numbers))
        return result

    # -- internals --------------------------------------------------------------------------------------

    def _remember_checks(self) -> None:
        for row in range(self.case_table.rowCount()):
            item = self.case_table.item(row, self.COL_NUMBER)
            if item is None:
                continue
            case_id = int(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked:
                self._checked.add(case_id)
            else:
                self._checked.discard(case_id)

    def _fill_cases(self) -> None:
        if self.case_table.rowCount():
            self._remember_checks()
        try:
            rows = list_cases(self._db, CaseFilter(text=self.search_edit.text().strip()))
            out = offline.checkouts(self._db, [r.id for r in rows])
        except RplError as exc:
            _message(self.message_label, exc.message, error=True)
            return
        blocked = self.case_table.blockSignals(True)
        try:
            self.case_table.setRowCount(len(rows))
            for n, r in enumerate(rows):
                number = QTableWidgetItem(r.number)
                number.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                number.setCheckState(
                    Qt.CheckState.Checked if r.id in self._checked else Qt.CheckState.Unchecked
                )
                number.setData(Qt.ItemDataRole.UserRole, r.id)
                self.case_table.setItem(n, self.COL_NUMBER, number)
                self.case_table.setItem(n, self.COL_CANDIDATE, QTableWidgetItem(r.candidate_name))
                self.case_table.setItem(n, self.COL_STATUS, QTableWidgetItem(status_label(r.status)))
                c = out.get(r.id)
                text = "" if c is None else fill(self.tr("%1, since %2"), c.to or c.by, f"{c.since:%d.%m.%Y}")
                self.case_table.setItem(n, self.COL_OUT, QTableWidgetItem(text))
        finally:
            self.case_table.blockSignals(blocked)
        self.case_table.resizeColumnToContents(self.COL_NUMBER)
        self.case_table.resizeColumnToContents(self.COL_STATUS)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self._remember_checks()
        n = len(self._checked)
        self.chosen_label.setText(self.tr("1 case chosen") if n == 1 else fill(self.tr("%1 cases chosen"), n))
        if self.result_info is None:
            self.write_button.setEnabled(n > 0)

    def _choose_path(self) -> None:
        chosen = self.ask_path(self, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)


# -- bring back -----------------------------------------------------------------------------------------


class BringBackDialog(_Busy, QDialog):
    """Read an offline case file, show what differs, take the decisions, import in one go."""

    imported = Signal(list)  # the local case ids

    COL_WHAT, COL_BASE, COL_HERE, COL_FILE, COL_DECISION = range(5)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan: offline.ImportPlan | None = None
        self.result_info: offline.ImportResult | None = None
        self._path: Path | None = None
        self._passphrase = ""
        self.combos: dict[str, QComboBox] = {}
        self.ask_path: Callable[[QWidget], str] = lambda parent: QFileDialog.getOpenFileName(
            parent, self.tr("Offline case file"), str(Path.home()), FILE_FILTER
        )[0]
        self.setWindowTitle(self.tr("Bring cases back"))
        self.setObjectName("bringBackDialog")

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("bringBackPath")
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.setObjectName("bringBackBrowse")
        browse.clicked.connect(self._choose_path)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setObjectName("bringBackPassphrase")
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.returnPressed.connect(self.compare)
        self.compare_button = QPushButton(self.tr("C&ompare"), self)
        self.compare_button.setObjectName("bringBackCompare")
        self.compare_button.clicked.connect(self.compare)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.pass_edit, 1)
        pass_row.addWidget(self.compare_button)
        form = QFormLayout()
        form.addRow(_buddy(self.tr("&File:"), self.path_edit, self), path_row)
        form.addRow(_buddy(self.tr("&Passphrase:"), self.pass_edit, self), pass_row)

        self.info_label = QLabel(self)
        self.info_label.setObjectName("bringBackInfo")
        self.info_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("bringBackSummary")
        self.summary_label.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("bringBackChanges")
        self.tree.setAccessibleName(self.tr("What differs"))
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (self.COL_BASE, self.COL_HERE, self.COL_FILE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(self.COL_WHAT, 300)
        self.tree.setColumnWidth(self.COL_DECISION, 240)
        # Every row as tall as a row with a decision box in it, text centred: no cramped lines.
        row_height = QComboBox().sizeHint().height() + 4  # a parentless probe, never shown
        self.tree.setItemDelegate(PaddedRowDelegate(self.tree, padding=4, min_height=row_height))

        self.keep_all_button = QPushButton(self)
        self.keep_all_button.setObjectName("bringBackKeepAll")
        self.keep_all_button.clicked.connect(lambda: self.choose_all(offline.Side.HERE))
        self.take_all_button = QPushButton(self)
        self.take_all_button.setObjectName("bringBackTakeAll")
        self.take_all_button.clicked.connect(lambda: self.choose_all(offline.Side.FILE))
        bulk = QHBoxLayout()
        bulk.addWidget(self.keep_all_button)
        bulk.addWidget(self.take_all_button)
        bulk.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("bringBackMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("bringBackImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._set_sides(True)
        self._show_plan()
        self.resize(1040, 660)
        self.path_edit.setFocus()

    # -- public -----------------------------------------------------------------------------------------

    def load(self, path: Path, passphrase: str) -> bool:
        self.path_edit.setText(str(path))
        self.pass_edit.setText(passphrase)
        return self.compare()

    def compare(self) -> bool:
        """Read the file and compare it with this database (nothing is written)."""
        if self._busy:
            return False
        path_text = self.path_edit.text().strip()
        if not path_text:
            _message(self.message_label, self.tr("Choose the offline case file."), error=True)
            return False
        try:
            plan = self._read_and_compare(Path(path_text), self.pass_edit.text())
        except RplError as exc:
            self.plan = None
            self._show_plan()
            _message(self.message_label, exc.message, error=True)
            return False
        self._path, self._passphrase = Path(path_text), self.pass_edit.text()
        self.pass_edit.clear()
        self.plan = plan
        _message(self.message_label, "", error=False)
        self._show_plan()
        return True

    def open_decisions(self) -> list[str]:
        return [d for d, combo in self.combos.items() if combo.currentData() is None]

    def choose(self, decision_id: str, side: offline.Side) -> None:
        combo = self.combos[decision_id]
        combo.setCurrentIndex(combo.findData(side.value))

    def choose_all(self, side: offline.Side) -> None:
        for decision_id in self.open_decisions():
            self.choose(decision_id, side)

    def choices(self) -> dict[str, offline.Side]:
        return {
            d: offline.Side(combo.currentData())
            for d, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def import_now(self) -> offline.ImportResult | None:
        if self.plan is None or self.open_decisions() or self._busy:
            return None
        plan, choices = self.plan, self.choices()
        try:
            result = self._in_background(
                self.tr("Bring cases back"),
                self.tr("Importing the cases…"),
                lambda _progress: offline.apply_import(self._db, plan, choices),
            )
        except ConflictError as exc:
            kept = self.choices()
            if self._path is not None:
                try:
                    self.plan = self._read_and_compare(self._path, self._passphrase)
                except RplError:
                    self.plan = None
            self._show_plan()
            for decision_id, side in kept.items():
                if decision_id in self.combos:
                    self.choose(decision_id, side)
            _message(
                self.message_label, exc.message + " " + self.tr("The comparison above is fresh."), error=True
            )
            return None
        except RplError as exc:
            _message(self.message_label, exc.message, error=True)
            return None
        self.result_info = result
        self._passphrase = ""
        text = fill(
            self.tr("Imported: %1 added, %2 changed, %3 deleted, %4 restored; %5 decision(s) applied."),
            result.added,
            result.updated,
            result.deleted,
            result.restored,
            result.conflicts_resolved,
        )
        if result.notes:
            text += "\n" + "\n".join(result.notes)
        _message(self.message_label, text, error=False)
        self.import_button.setEnabled(False)
        self.keep_all_button.setEnabled(False)
        self.take_all_button.setEnabled(False)
        for combo in self.combos.values():
            combo.setEnabled(False)
        self.close_button.setText(self.tr("&Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.imported.emit(list(result.case_ids))
        return result

    # -- internals --------------------------------------------------------------------------------------

    def _read_and_compare(self, path: Path, passphrase: str) -> offline.ImportPlan:
        """Decrypt the file and compare it with this database, off the GUI thread."""
        plan: offline.ImportPlan = self._in_background(
            self.tr("Bring cases back"),
            self.tr("Reading the file and comparing it with this database…"),
            lambda _progress: offline.plan_import(self._db, offline.read_offline_file(path, passphrase)),
        )
        return plan

    def _choose_path(self) -> None:
        chosen = self.ask_path(self)
        if chosen:
            self.path_edit.setText(chosen)
            self.pass_edit.setFocus()

    def _set_sides(self, home: bool) -> None:
        self._here = self.tr("Office (this database)") if home else self.tr("This computer")
        self._file = self.tr("Laptop (the file)") if home else self.tr("Office (the file)")
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Original"), self._here, self._file, self.tr("Decision")]
        )
        here = self.tr("the office's version") if home else self.tr("this computer's version")
        there = self.tr("the laptop's version") if home else self.tr("the office's version")
        self.keep_all_button.setText(fill(self.tr("&Keep %1 for every open decision"), here))
        self.take_all_button.setText(fill(self.tr("&Take %1 for every open decision"), there))

    def _show_plan(self) -> None:
        self.tree.clear()
        self.combos = {}
        plan = self.plan
        if plan is None:
            self.info_label.setText(self.tr("Choose the file and enter its passphrase, then Compare."))
            self.summary_label.clear()
            self._update_buttons()
            return
        self._set_sides(plan.home)
        f = plan.file
        numbers = ", ".join(c["number"] for c in f.cases)
        self.info_label.setText(
            fill(
                self.tr("File from %1, written %2: %3 case(s) (%4)."),
                f.exported_by,
                f"{f.exported_at:%d.%m.%Y %H:%M}",
                len(f.cases),
                numbers,
            )
        )
        shown = [c for c in plan.changes if c.action != offline.Action.KEEP]
        decisions = plan.decisions()
        added = plan.count(offline.Action.ADD)
        changed = plan.count(offline.Action.UPDATE)
        if not shown:
            summary = self.tr(
                "Nothing differs from this database: importing only records that the file came back."
            )
        else:
            summary = fill(
                self.tr("%1 added, %2 changed; %3 need(s) your decision (marked “Decide”)."),
                added,
                changed,
                len(decisions),
            )
        if plan.notes:
            summary += "\n" + "\n".join(plan.notes)
        self.summary_label.setText(summary)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for change in shown:
            top = QTreeWidgetItem(self.tree)
            what = f"{kind_label(change.kind)}: {change.label}" if change.label else kind_label(change.kind)
            if change.case_number:
                what = fill(self.tr("%1 · %2"), change.case_number, what)
            top.setText(self.COL_WHAT, what)
            top.setToolTip(self.COL_WHAT, what)
            top.setText(self.COL_DECISION, self._action_text(change))
            if change.needs_decision:
                self._decision(top, change.decision_id, self._deletion_options(change), bold)
            if change.action == offline.Action.ADD:
                self._added_fields(top, change)
            for fc in change.fields:
                item = QTreeWidgetItem(top)
                item.setText(self.COL_WHAT, field_label(fc.name))
                for column, value in (
                    (self.COL_BASE, fc.base),
                    (self.COL_HERE, fc.here),
                    (self.COL_FILE, fc.file),
                ):
                    item.setText(column, value_text(value, fc.name, change.kind))
                    item.setToolTip(column, "" if value is None else value_words(value, fc.name, change.kind))
                if fc.is_conflict:
                    options = [
                        (fill(self.tr("Keep: %1"), self._here), offline.Side.HERE),
                        (fill(self.tr("Take: %1"), self._file), offline.Side.FILE),
                    ]
                    if fc.can_combine:
                        options.append((self.tr("Keep both texts"), offline.Side.BOTH))
                    self._decision(item, change.field_id(fc.name), options, bold)
                else:
                    item.setText(self.COL_DECISION, self._field_text(fc))
            top.setExpanded(True)
        self._update_buttons()

    def _added_fields(self, top: QTreeWidgetItem, change: offline.EntityChange) -> None:
        """Under an added entity, what it holds (in the column of the side it comes from), so it can be
        seen before importing; the top row's tooltip says the same in one place."""
        values = change.entity.values or {}
        column = self.COL_FILE
        lines = []
        for name in KINDS[change.kind].fields:
            value = values.get(name)
            if value is None or value == "" or value is False or name in _NOT_SHOWN_WHEN_ADDED:
                continue
            item = QTreeWidgetItem(top)
            item.setText(self.COL_WHAT, field_label(name))
            item.setText(column, value_text(value, name, change.kind))
            words = value_words(value, name, change.kind)
            item.setToolTip(column, words)
            lines.append(f"{field_label(name)}: {words}")
        if lines:
            tip = top.toolTip(self.COL_WHAT) + "\n" + "\n".join(lines)
            for c in (self.COL_WHAT, self.COL_DECISION):
                top.setToolTip(c, tip)

    def _decision(
        self, item: QTreeWidgetItem, decision_id: str, options: list[tuple[str, offline.Side]], bold: QFont
    ) -> None:
        item.setText(self.COL_WHAT, self.tr("Decide: ") + item.text(self.COL_WHAT))
        for column in range(5):
            item.setBackground(column, QBrush(QColor(CONFLICT_BACKGROUND)))
        item.setFont(self.COL_WHAT, bold)
        combo = QComboBox(self.tree)
        combo.setObjectName("decision")
        combo.setAccessibleName(fill(self.tr("Decision for %1"), item.text(self.COL_WHAT)))
        combo.addItem(self.tr("Choose…"), None)
        for text, side in options:
            combo.addItem(text, side.value)
        combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.tree.setItemWidget(item, self.COL_DECISION, combo)
        self.combos[decision_id] = combo

    def _deletion_options(self, change: offline.EntityChange) -> list[tuple[str, offline.Side]]:
        if change.action == offline.Action.DELETED_IN_FILE:
            return [
                (self.tr("Keep it"), offline.Side.HERE),
                (self.tr("Delete it here too"), offline.Side.FILE),
            ]
        return [
            (self.tr("Leave it deleted"), offline.Side.HERE),
            (self.tr("Restore it from the file"), offline.Side.FILE),
        ]

    def _action_text(self, change: offline.EntityChange) -> str:
        plan = self.plan
        laptop = plan is None or plan.home
        return {
            offline.Action.ADD: self.tr("Added on the laptop") if laptop else self.tr("Added in the office"),
            offline.Action.UPDATE: self.tr("Changed"),
            offline.Action.DELETED_IN_FILE: self.tr("Deleted on the laptop")
            if laptop
            else self.tr("Deleted in the office"),
            offline.Action.DELETED_HERE: self.tr("Deleted in the office, changed on the laptop")
            if laptop
            else self.tr("Deleted here, changed in the office"),
            offline.Action.GONE_HERE: self.tr("Deleted here; stays deleted"),
        }.get(change.action, "")

    def _field_text(self, fc: offline.FieldChange) -> str:
        from rpl_desktop.domain.merge import Change

        return {
            Change.ONLY_MINE: fill(self.tr("Taken from %1"), self._file.lower()),
            Change.ONLY_THEIRS: fill(self.tr("Kept (%1)"), self._here.lower()),
            Change.BOTH_SAME: self.tr("Same change on both sides"),
        }.get(fc.change, "")

    def _update_buttons(self) -> None:
        open_ = len(self.open_decisions())
        ready = self.plan is not None and not open_ and self.result_info is None
        self.import_button.setEnabled(ready)
        self.keep_all_button.setEnabled(bool(open_))
        self.take_all_button.setEnabled(bool(open_))
        self.keep_all_button.setVisible(bool(self.combos))
        self.take_all_button.setVisible(bool(self.combos))
        if self.plan is not None and open_:
            self.import_button.setToolTip(fill(self.tr("%1 decision(s) still open"), open_))
        else:
            self.import_button.setToolTip("")


# -- the case view's line --------------------------------------------------------------------------------


class CheckoutLabel(QLabel):
    """ "Checked out to … by … since …" above a case that is on a laptop; hidden otherwise."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("caseCheckedOut")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#caseCheckedOut { background: #e8f0fb; border: 1px solid #9fb3d1; "
            "border-radius: 3px; padding: 3px 6px; }"
        )
        self.hide()

    def set_case(self, case_id: int | None) -> None:
        found = offline.checkouts(self._db, [case_id]).get(case_id) if case_id is not None else None
        if found is not None:
            since = f"{found.since:%d.%m.%Y %H:%M}"
            text = (
                fill(self.tr("Checked out to %1 by %2 since %3."), found.to, found.by, since)
                if found.to
                else fill(self.tr("Checked out by %1 since %2."), found.by, since)
            )
            self.setText(text + " " + self.tr("Changes made here meanwhile are compared when it comes back."))
            self.show()
            return
        received = offline.received_at(self._db, case_id) if case_id is not None else None
        if received is not None:
            text = self.tr(
                "An offline copy from the office (received %1). When the work is done, write the file for "
                "the office with File → Take cases offline…"
            )
            self.setText(fill(text, f"{received:%d.%m.%Y %H:%M}"))
            self.show()
            return
        self.clear()
        self.hide()


def take_cases_offline(parent: QWidget, db: Database, case_ids: Sequence[int] = ()) -> TakeOfflineDialog:
    dialog = TakeOfflineDialog(db, parent, case_ids=case_ids)
    dialog.exec()
    return dialog


def bring_cases_back(
    parent: QWidget, db: Database, on_imported: Callable[[list[int]], None]
) -> BringBackDialog:
    dialog = BringBackDialog(db, parent)
    dialog.imported.connect(on_imported)
    dialog.exec()
    return dialog
