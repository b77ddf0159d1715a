"""Personal data in the window: export a candidate's data, erase or anonymise, retention, appeal bundles.

* :class:`ExportPersonalDataDialog` — everything about one candidate in one zip file, optionally
  encrypted (GDPR art. 15/20);
* :class:`EraseCandidateDialog` — erase the candidate, or anonymise when a decision must be kept; shows
  what goes, and why erasure is refused when it is;
* :class:`RetentionReportDialog` — the candidates past their retention period, exportable as CSV, with
  erase/anonymise for the selected one;
* :class:`PersonalDataSettingsBox` — the retention periods per case type on the Settings page;
* :class:`AppealBundleDialog` — the appeal bundle (klagesak) of a case;
* :class:`CandidatePrivacyActions` — the "Personal data" button and context-menu actions of the
  candidate list.

The work is done by :mod:`rpl_desktop.services.privacy`, :mod:`~rpl_desktop.services.privacy_export` and
:mod:`~rpl_desktop.services.appeal`; their messages are shown as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.actors import ADMINISTRATOR, APPROVER
from rpl_desktop.domain.cases import CaseStatus, Purpose
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.retention import (
    MAX_YEARS,
    NO_CASE,
    NO_DECISION,
    RETENTION_KEYS,
    Action,
    CaseRetention,
    CaseState,
)
from rpl_desktop.services import privacy
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_list import purpose_label, status_label
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #2e7d32;"
MIN_PASSPHRASE = 10


def _t(text: str) -> str:
    return QCoreApplication.translate("PrivacyDialogs", text)


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str, *, error: bool) -> None:
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def _busy(call: Callable[[], Any]) -> Any:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return call()
    finally:
        QGuiApplication.restoreOverrideCursor()


def _fit(dialog: QDialog, width: int) -> None:
    """Size a dialog of wrapped text to ``width`` and the height that text needs at that width."""
    dialog.setMinimumWidth(width)
    layout = dialog.layout()
    height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    dialog.resize(width, max(height, dialog.sizeHint().height()))


def may_erase(db: Database) -> bool:
    actor = db.actor
    return actor.has_role("system") or actor.has_role(ADMINISTRATOR) or actor.has_role(APPROVER)


def case_words(item: CaseRetention) -> str:
    """``26/00001 (Praksiskandidat, Issued, kept until 2036-11-23)``."""
    f = item.facts
    try:
        purpose = purpose_label(Purpose(f.purpose))
    except ValueError:
        purpose = f.purpose
    if item.state == CaseState.OPEN:
        when = _t("open")
    elif item.state == CaseState.EXPIRED:
        when = fill(_t("ended %1"), item.ends_on.isoformat() if item.ends_on else "?")
    else:
        when = fill(_t("kept until %1"), item.ends_on.isoformat() if item.ends_on else "?")
    return f"{f.number} ({purpose}, {status_label(f.status)}, {when})"


def blocker_words(item: CaseRetention) -> str:
    f = item.facts
    if f.status == CaseStatus.APPEALED:
        return fill(_t("Case %1 is under appeal."), f.number)
    if item.starts_on is None or item.ends_on is None:
        return fill(
            _t("Case %1 is still open (%2) and holds an issued document."), f.number, status_label(f.status)
        )
    return fill(
        _t("Case %1 holds a decision issued on %2, which must be kept until %3 (%4 years)."),
        f.number,
        item.starts_on.isoformat(),
        item.ends_on.isoformat(),
        item.years,
    )


class _FileField(QWidget):
    """A file name with a Browse… button (the save dialog is replaceable in tests: ``choose``)."""

    def __init__(self, default: Path, title: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(default), self)
        self.edit.setAccessibleName(title)
        self.button = QPushButton(self.tr("&Browse…"), self)
        self.choose: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            self, title, self.edit.text(), filters
        )[0]
        self.button.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def _browse(self) -> None:
        name = self.choose()
        if name:
            self.edit.setText(name)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class _PassphraseFields(QWidget):
    """An "Encrypt with a passphrase" box with the passphrase entered twice."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypt = QCheckBox(self.tr("Encr&ypt the file with a passphrase"), self)
        self.encrypt.setObjectName("encryptCheck")
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.encrypt)
        first_label = QLabel(self.tr("&Passphrase:"), self)
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Again:"), self)
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addWidget(self.hint)
        self.setLayout(outer)
        self.encrypt.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        for widget in (self.first, self.second, self.hint):
            widget.setEnabled(on)

    def passphrase(self) -> str | None:
        """The passphrase, None when not encrypting; raises RplError when it is unusable."""
        if not self.encrypt.isChecked():
            return None
        value = self.first.text()
        if len(value) < MIN_PASSPHRASE:
            raise RplError(fill(self.tr("The passphrase needs at least %1 characters."), MIN_PASSPHRASE))
        if value != self.second.text():
            raise RplError(self.tr("The two passphrases differ. Type the same passphrase twice."))
        return value


# ----------------------------------------------------------------------------------------------------
# export


class ExportPersonalDataDialog(QDialog):
    """Write everything about one candidate to one zip file."""

    def __init__(self, db: Database, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rpl_desktop.services.candidates import get_candidate

        self._db = db
        self._candidate_id = candidate_id
        self.result_text = ""
        self.setObjectName("exportPersonalDataDialog")
        self.setWindowTitle(self.tr("Export personal data"))
        name = get_candidate(db, candidate_id).full_name
        self.intro = intro = QLabel(
            fill(
                self.tr(
                    "Everything rpl-desktop holds about %1 — register data, work and learning history, cases with "
                    "judgements and results, attachments and issued documents — in one zip file with a short "
                    "README. Use it to answer a request for access (GDPR art. 15) or to give the candidate their "
                    "data (art. 20)."
                ),
                name,
            ),
            self,
        )
        intro.setWordWrap(True)
        default = _documents_folder() / f"personal-data-{candidate_id}.zip"
        self.file = _FileField(
            default, self.tr("Save personal data as"), self.tr("Zip files (*.zip);;All files (*)"), self
        )
        self.file.edit.setObjectName("exportFile")
        self.passphrase = _PassphraseFields(
            self.tr(
                "The file holds national ID numbers and attachments. Encrypt it when it leaves the office, and "
                "give the passphrase to the candidate another way than the file (by phone or text message)."
            ),
            self,
        )
        self.message = _message_label(self, "exportMessage")
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file.edit)
        form.addRow(file_label, self.file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        _fit(self, 640)

    def export(self) -> bool:
        from rpl_desktop.services.privacy_export import export_personal_data

        path = self.file.path()
        if path is None:
            _show(self.message, self.tr("Choose the file to write."), error=True)
            self.file.edit.setFocus()
            return False
        try:
            passphrase = self.passphrase.passphrase()
            result = _busy(
                lambda: export_personal_data(self._db, self._candidate_id, path, passphrase=passphrase)
            )
        except RplError as exc:
            _show(self.message, exc.message, error=True)
            return False
        self.result_text = result.summary()
        log.info("personal data export done from the window")
        self.accept()
        return True


# ----------------------------------------------------------------------------------------------------
# erase or anonymise


class EraseCandidateDialog(QDialog):
    """Erase a candidate, or anonymise them; what goes is shown first, and a reason is required."""

    def __init__(
        self, db: Database, candidate_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._candidate_id = candidate_id
        self._today = today
        self.result: privacy.PrivacyResult | None = None
        self.setObjectName("eraseCandidateDialog")
        self.setWindowTitle(self.tr("Erase or anonymise a candidate"))
        preview = privacy.preview_erasure(db, candidate_id, today=today)
        self.preview = preview
        heading = QLabel(fill(self.tr("<b>%1</b> (candidate %2)"), _escape(preview.name), candidate_id), self)
        heading.setObjectName("eraseHeading")
        holds = QLabel(fill(self.tr("The register holds: %1."), privacy.counts_text(preview.counts)), self)
        holds.setObjectName("eraseCounts")
        holds.setWordWrap(True)
        cases = [case_words(c) for c in preview.status.cases]
        case_label = QLabel(fill(self.tr("Cases: %1"), "; ".join(cases) if cases else self.tr("none")), self)
        case_label.setWordWrap(True)

        self.erase_radio = QRadioButton(
            self.tr("Erase: delete the candidate and &everything about them"), self
        )
        self.erase_radio.setObjectName("eraseRadio")
        self.anonymise_radio = QRadioButton(
            self.tr("Anonymise: remove the &person, keep the case record"), self
        )
        self.anonymise_radio.setObjectName("anonymiseRadio")
        kept = QLabel(
            self.tr(
                "The name becomes “Anonymisert kandidat”; the ID number, birth date, contact data, employers, "
                "notes, reasons, attachments and the issued PDFs go. The standard, judgements, dates, result and "
                "the issued documents' numbers and checksums stay."
            ),
            self,
        )
        kept.setWordWrap(True)
        kept.setContentsMargins(24, 0, 0, 0)
        kept.setStyleSheet("color: #4d4d4d;")
        group = QButtonGroup(self)
        group.addButton(self.erase_radio)
        group.addButton(self.anonymise_radio)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("eraseRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        if preview.may_erase:
            self.erase_radio.setChecked(True)
            self.refusal.hide()
        else:
            self.erase_radio.setEnabled(False)
            self.anonymise_radio.setChecked(True)
            text = " ".join(blocker_words(b) for b in preview.status.blockers)
            self.erase_radio.setToolTip(text)
            self.refusal.setText(text + " " + self.tr("It cannot be erased before then; anonymise instead."))

        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("eraseReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the candidate's request of 3 March"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        reason_label = QLabel(self.tr("&Reason (kept in the log; do not write the candidate's name):"), self)
        reason_label.setBuddy(self.reason_edit)
        self.confirm_check = QCheckBox(self.tr("I understand that this cannot be &undone"), self)
        self.confirm_check.setObjectName("eraseConfirm")
        self.message = _message_label(self, "eraseMessage")

        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("eraseRunButton")
        self.run_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.erase_radio, self.anonymise_radio, self.confirm_check):
            widget.toggled.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(holds)
        layout.addWidget(case_label)
        layout.addSpacing(6)
        layout.addWidget(self.erase_radio)
        layout.addWidget(self.refusal)
        layout.addWidget(self.anonymise_radio)
        layout.addWidget(kept)
        layout.addSpacing(6)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not may_erase(db):
            for widget in (self.erase_radio, self.anonymise_radio, self.reason_edit, self.confirm_check):
                widget.setEnabled(False)
            _show(
                self.message,
                fill(
                    self.tr(
                        "Erasing and anonymising need the administrator or approver role; %1 has neither. Ask an "
                        "administrator or an approver."
                    ),
                    db.actor.display_name,
                ),
                error=True,
            )
        self._update()
        _fit(self, 680)
        self.reason_edit.setFocus()

    def _update(self) -> None:
        erase = self.erase_radio.isChecked()
        self.run_button.setText(self.tr("Erase") if erase else self.tr("Anonymise"))
        ready = (
            may_erase(self._db)
            and self.confirm_check.isChecked()
            and bool(self.reason_edit.toPlainText().strip())
        )
        self.run_button.setEnabled(ready)
        self.run_button.setToolTip(
            "" if ready else self.tr("Give the reason and tick the confirmation first.")
        )

    def run(self) -> bool:
        reason = self.reason_edit.toPlainText()
        try:
            if self.erase_radio.isChecked():
                result = _busy(
                    lambda: privacy.erase_candidate(self._db, self._candidate_id, reason, today=self._today)
                )
            else:
                result = _busy(lambda: privacy.anonymise_candidate(self._db, self._candidate_id, reason))
        except RplError as exc:
            _show(self.message, exc.message, error=True)
            return False
        self.result = result
        self.accept()
        return True


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# ----------------------------------------------------------------------------------------------------
# retention report


class RetentionTableModel(QAbstractTableModel):
    COL_ID, COL_NAME, COL_CASES, COL_ENDED, COL_ACTION = range(5)
    CandidateIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[privacy.RetentionRow] = []

    def set_rows(self, rows: list[privacy.RetentionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> privacy.RetentionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def _text(self, r: privacy.RetentionRow, column: int) -> str:
        if column == self.COL_ID:
            return str(r.candidate_id)
        if column == self.COL_NAME:
            return r.name + (f" ({self.tr('anonymised')})" if r.anonymised else "")
        if column == self.COL_CASES:
            cases = r.status.cases if r.status else ()
            return "; ".join(case_words(c) for c in cases) or self.tr("no cases")
        if column == self.COL_ENDED:
            return r.due_on.isoformat()
        return (
            self.tr("Erase (anonymised already)")
            if r.action == Action.ERASE
            else self.tr("Erase, or anonymise to keep the case record")
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, index.column())
        if role == self.CandidateIdRole:
            return r.candidate_id
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return r.candidate_id if index.column() == self.COL_ID else self._text(r, index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Id"),
            self.tr("Name"),
            self.tr("Cases"),
            self.tr("Retention ended"),
            self.tr("May be done"),
        )[section]


class RetentionReportDialog(QDialog):
    """The candidates past their retention period; CSV export; erase or anonymise the selected one."""

    candidatesChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.setObjectName("retentionReportDialog")
        self.setWindowTitle(self.tr("Retention report"))
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.model = RetentionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Candidates past their retention period"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(RetentionTableModel.COL_ID, 50)
        self.table.setColumnWidth(RetentionTableModel.COL_NAME, 200)
        self.table.setColumnWidth(RetentionTableModel.COL_CASES, 340)
        self.table.setColumnWidth(RetentionTableModel.COL_ENDED, 110)
        self.empty = QLabel(self.tr("No candidate is past their retention period."), self)
        self.empty.setObjectName("retentionEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = _message_label(self, "retentionMessage")
        self.csv_button = QPushButton(self.tr("Export as &CSV…"), self)
        self.csv_button.setObjectName("retentionCsv")
        self.csv_button.setToolTip(self.tr("The file holds names: keep it safe and delete it when done."))
        self.erase_button = QPushButton(self.tr("&Erase or anonymise…"), self)
        self.erase_button.setObjectName("retentionErase")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.choose_csv: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            self,
            self.tr("Save the retention report as"),
            str(_documents_folder() / "retention-report.csv"),
            self.tr("CSV files (*.csv)"),
        )[0]
        self.csv_button.clicked.connect(self.export_csv)
        self.erase_button.clicked.connect(self.erase_selected)
        self.table.doubleClicked.connect(lambda _index: self.erase_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(960, 480)
        self.refresh()

    def refresh(self) -> None:
        self.report = _busy(lambda: privacy.retention_report(self._db, today=self._today))
        r = self.report
        self.model.set_rows(list(r.rows))
        self.table.sortByColumn(RetentionTableModel.COL_ENDED, Qt.SortOrder.AscendingOrder)
        self.summary.setText(
            fill(
                self.tr(
                    "On %1, %2 of %3 candidates are past their retention period (%4 have an open case, %5 are still "
                    "within their period). The periods are set in Settings › Personal data; check them against your "
                    "county's bevarings- og kassasjonsregler (no national source was found)."
                ),
                r.today.isoformat(),
                r.due,
                r.candidates,
                r.active,
                r.kept,
            )
        )
        self.empty.setVisible(not r.rows)
        self.table.setVisible(bool(r.rows))
        self._update_buttons()

    def selected_candidate(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return int(self.proxy.data(index, RetentionTableModel.CandidateIdRole))

    def _update_buttons(self) -> None:
        self.csv_button.setEnabled(bool(self.report.rows))
        self.erase_button.setEnabled(self.selected_candidate() is not None and may_erase(self._db))

    def export_csv(self) -> Path | None:
        name = self.choose_csv()
        if not name:
            return None
        try:
            path = privacy.write_report_csv(self.report, Path(name))
        except RplError as exc:
            _show(self.message, exc.message, error=True)
            return None
        _show(
            self.message,
            fill(self.tr("Saved %1. It holds names: keep it safe and delete it when done."), path.name),
            error=False,
        )
        return path

    def erase_selected(self) -> EraseCandidateDialog | None:
        candidate_id = self.selected_candidate()
        if candidate_id is None or not may_erase(self._db):
            return None
        dialog = EraseCandidateDialog(self._db, candidate_id, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._done(dialog))
        dialog.open()
        return dialog

    def _done(self, dialog: EraseCandidateDialog) -> None:
        if dialog.result is not None:
            _show(self.message, dialog.result.summary(), error=False)
        self.refresh()
        self.candidatesChanged.emit()


# ----------------------------------------------------------------------------------------------------
# settings


def retention_label(key: str) -> str:
    if key == NO_DECISION:
        return _t("Cases closed without a decision")
    if key == NO_CASE:
        return _t("Candidates who never had a case")
    return purpose_label(Purpose(key))


class PersonalDataSettingsBox(QGroupBox):
    """Settings › Personal data: the retention periods per case type, and the retention report."""

    candidatesChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setTitle(self.tr("Personal data"))
        self.setObjectName("personalDataBox")
        intro = QLabel(
            self.tr(
                "How many years a case is kept after its decision was issued (or after it was closed without a "
                "decision). After that the candidate appears in the retention report, to be erased or anonymised. "
                "The defaults are placeholders: check your county's bevarings- og kassasjonsregler (no national "
                "source was found) and set the periods here."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("retentionIntro")
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        admin = db.actor.has_role("system") or db.actor.has_role(ADMINISTRATOR)
        for key in RETENTION_KEYS:
            spin = QSpinBox(self)
            spin.setObjectName(f"retention_{key}")
            spin.setRange(0, MAX_YEARS)
            spin.setSuffix(self.tr(" years"))
            spin.setAccessibleName(retention_label(key))
            spin.setEnabled(admin)
            if not admin:
                spin.setToolTip(self.tr("Only an administrator can change the retention periods."))
            label = QLabel(retention_label(key) + ":", self)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[key] = spin
        self.save_button = QPushButton(self.tr("Save &periods"), self)
        self.save_button.setObjectName("saveRetention")
        self.save_button.setEnabled(admin)
        self.save_button.clicked.connect(self.save)
        self.report_button = QPushButton(self.tr("Retention &report…"), self)
        self.report_button.setObjectName("retentionReportButton")
        self.report_button.clicked.connect(self.show_report)
        self.message = QLabel(self)
        self.message.setObjectName("retentionMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        years = privacy.retention_years(self._db)
        for key, spin in self.spins.items():
            spin.setValue(years[key])

    def save(self) -> bool:
        try:
            privacy.set_retention_years(self._db, {k: s.value() for k, s in self.spins.items()})
        except RplError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(exc.message)
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        return True

    def show_report(self) -> RetentionReportDialog:
        dialog = RetentionReportDialog(self._db, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.candidatesChanged.connect(self.candidatesChanged)
        dialog.open()
        return dialog


# ----------------------------------------------------------------------------------------------------
# appeal bundle


class AppealBundleDialog(QDialog):
    """The appeal bundle (klagesak) of one case, for the appeal body."""

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rpl_desktop.services.cases import get_case

        self._db = db
        self._case_id = case_id
        self.result_text = ""
        self.setObjectName("appealBundleDialog")
        self.setWindowTitle(self.tr("Appeal bundle"))
        number = get_case(db, case_id).number
        intro = QLabel(
            fill(
                self.tr(
                    "One zip file for the appeal body (klageinstans) with case %1: a summary, the issued documents, "
                    "every judgement with its reason, the evidence list and the case history from the audit log. "
                    "The national ID number and contact data are left out."
                ),
                number,
            ),
            self,
        )
        intro.setWordWrap(True)
        safe = number.replace("/", "-")
        self.file = _FileField(
            _documents_folder() / f"appeal-{safe}.zip",
            self.tr("Save the appeal bundle as"),
            self.tr("Zip files (*.zip);;All files (*)"),
            self,
        )
        self.file.edit.setObjectName("appealFile")
        self.evidence_check = QCheckBox(
            self.tr("Include the &evidence files themselves (not only the list)"), self
        )
        self.evidence_check.setObjectName("appealWithEvidence")
        self.passphrase = _PassphraseFields(
            self.tr(
                "Encrypt the file when it is sent by e-mail or on a memory stick, and give the passphrase to the "
                "appeal body another way."
            ),
            self,
        )
        self.message = _message_label(self, "appealMessage")
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            self.tr("&Write bundle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("appealWrite")
        self.write_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.file.edit)
        form.addRow(label, self.file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.evidence_check)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        _fit(self, 640)

    def write(self) -> bool:
        from rpl_desktop.services.appeal import make_appeal_bundle

        path = self.file.path()
        if path is None:
            _show(self.message, self.tr("Choose the file to write."), error=True)
            return False
        try:
            passphrase = self.passphrase.passphrase()
            result = _busy(
                lambda: make_appeal_bundle(
                    self._db,
                    self._case_id,
                    path,
                    include_evidence_files=self.evidence_check.isChecked(),
                    passphrase=passphrase,
                )
            )
        except RplError as exc:
            _show(self.message, exc.message, error=True)
            return False
        self.result_text = result.summary()
        self.accept()
        return True


# ----------------------------------------------------------------------------------------------------
# the candidate list's actions


class CandidatePrivacyActions(QObject):
    """ "Export personal data…" and "Erase or anonymise…" for the selected candidate: a menu button for the
    candidate page and the same actions in the candidate table's context menu."""

    candidateErased = Signal(int)
    candidateAnonymised = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget,
        current: Callable[[], int | None],
        may_leave: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._current = current
        self._may_leave = may_leave or (lambda _candidate_id: True)
        self.export_action = QAction(self.tr("E&xport personal data…"), parent)
        self.export_action.setObjectName("exportPersonalData")
        self.export_action.setToolTip(self.tr("Everything about the selected candidate in one file"))
        self.erase_action = QAction(self.tr("&Erase or anonymise…"), parent)
        self.erase_action.setObjectName("eraseCandidate")
        if not may_erase(db):
            self.erase_action.setEnabled(False)
            self.erase_action.setToolTip(self.tr("Needs the administrator or approver role"))
        self.export_action.triggered.connect(self.export)
        self.erase_action.triggered.connect(self.erase)
        self.menu = QMenu(parent)
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.erase_action)
        self.button = QToolButton(parent)
        self.button.setObjectName("personalDataButton")
        self.button.setText(self.tr("Personal &data"))
        self.button.setToolTip(self.tr("Export, erase or anonymise the selected candidate's personal data"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)

    def install_context_menu(self, view: QWidget) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.export_action)
        view.addAction(self.erase_action)

    def _candidate(self) -> int | None:
        candidate_id = self._current()
        if candidate_id is None:
            self.message.emit(self.tr("Select a candidate first."))
        return candidate_id

    def export(self) -> ExportPersonalDataDialog | None:
        candidate_id = self._candidate()
        if candidate_id is None:
            return None
        dialog = ExportPersonalDataDialog(self._db, candidate_id, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.message.emit(dialog.result_text))
        dialog.open()
        return dialog

    def erase(self) -> EraseCandidateDialog | None:
        candidate_id = self._candidate()
        if candidate_id is None or not self._may_leave(candidate_id):
            return None
        dialog = EraseCandidateDialog(self._db, candidate_id, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._done(dialog, candidate_id))
        dialog.open()
        return dialog

    def _done(self, dialog: EraseCandidateDialog, candidate_id: int) -> None:
        result = dialog.result
        if result is None:
            return
        self.message.emit(result.summary())
        if result.action == "erase":
            self.candidateErased.emit(candidate_id)
        else:
            self.candidateAnonymised.emit(candidate_id)
