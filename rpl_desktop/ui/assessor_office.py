"""The office's side of the external-assessor round trip, in the case view.

:class:`AssessorBar` sits under the case header: where the case's latest package stands ("sent to Ola
Fagkonsulent on 2026-11-20, waiting for the response") and two buttons, *Send to external assessor…*
(:class:`SendToAssessorDialog`: the outcomes, the evidence files the assessor may see, a message, the
passphrase) and *Import assessor's judgements…* (:class:`ImportResponseDialog`: the passphrase, then the
assessor's judgements next to the office's, a choice wherever the office changed a judgement since the
package was sent, and Import).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError
from rpl_desktop.domain.mapping import Judgement
from rpl_desktop.services import assessor as service
from rpl_desktop.services.assessor_files import MIN_PASSPHRASE, ExternalAssessment
from rpl_desktop.services.evidence import list_evidence
from rpl_desktop.services.mapping import load_matrix
from rpl_desktop.store.database import Database
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.matrix_widget import METHOD_ORDER, judgement_label, method_label

log = logging.getLogger(__name__)

ChooseFile = Callable[[str], Path | None]
WARN_BACKGROUND = "#fff4ce"


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MiB" if n >= 1048576 else f"{max(1, n // 1024)} KiB"


class SendToAssessorDialog(QDialog):
    """Choose what an external assessor gets, and write the encrypted package."""

    def __init__(
        self, db: Database, case_id: int, parent: QWidget | None = None, choose_file: ChooseFile | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._case_id = case_id
        self.choose_file: ChooseFile = choose_file or self._save_dialog
        self.sent: service.SentPackage | None = None
        self.path: Path | None = None
        self.setObjectName("sendToAssessorDialog")
        self.setWindowTitle(self.tr("Send to an external assessor"))
        self.setMinimumWidth(640)
        matrix = load_matrix(db, case_id, with_suggestions=False)
        self._case_number = matrix.case.number
        intro = QLabel(
            self.tr(
                "The assessor (a fagkonsulent or yrkesbedömare) gets an encrypted file with the outcomes and "
                "the files you tick, the interview guide for those outcomes and the candidate's name — never "
                "the national ID number, contact details, the work history or other cases. They judge in "
                "rpl-desktop without access to this database and send back a response file."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assessor_edit = QLineEdit(self)
        self.assessor_edit.setObjectName("assessorNameEdit")
        self.assessor_edit.setMaxLength(200)
        self.assessor_edit.setPlaceholderText(self.tr("e.g. Ola Fagkonsulent"))
        label = QLabel(self.tr("&Assessor:"), self)
        label.setBuddy(self.assessor_edit)
        form.addRow(label, self.assessor_edit)

        self.outcome_list = QListWidget(self)
        self.outcome_list.setObjectName("assessorOutcomeChoices")
        self.outcome_list.setAccessibleName(self.tr("Outcomes to send"))
        for row in matrix.rows:
            a = row.assessment
            open_ = a.judgement == Judgement.NOT_ASSESSED
            state = self.tr("open") if open_ else judgement_label(a.judgement)
            item = QListWidgetItem(f"{a.outcome.code}  {a.outcome.text}  ({state})", self.outcome_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if open_ else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, a.outcome.uid)
            item.setToolTip(a.outcome.text)
        self.outcome_list.setMinimumHeight(self.fontMetrics().height() * 8)
        label = QLabel(self.tr("&Outcomes:"), self)
        label.setBuddy(self.outcome_list)
        form.addRow(label, self.outcome_list)

        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("assessorEvidenceChoices")
        self.evidence_list.setAccessibleName(self.tr("Evidence files the assessor may see"))
        linked: dict[int, list[str]] = {}
        for matrix_row in matrix.rows:
            for link in matrix_row.assessment.evidence:
                if link.kind.value == "file":
                    linked.setdefault(link.ref_id, []).append(matrix_row.assessment.outcome.code)
        for e in list_evidence(db, matrix.case.candidate_id):
            assert e.id is not None
            codes = linked.get(e.id, [])
            text = f"{e.filename}  ({_size(e.size)})"
            if codes:
                text += "  " + fill(self.tr("linked to %1"), ", ".join(codes))
            item = QListWidgetItem(text, self.evidence_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
        self.evidence_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.evidence_empty = QLabel(self.tr("The candidate has no evidence files."), self)
        self.evidence_empty.setVisible(self.evidence_list.count() == 0)
        self.evidence_list.setVisible(self.evidence_list.count() > 0)
        files = QWidget(self)
        box = QVBoxLayout(files)
        box.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Tick only the files the assessor needs to see (Space ticks):"), files)
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(self.evidence_list)
        box.addWidget(self.evidence_empty)
        label = QLabel(self.tr("&Files:"), self)
        label.setBuddy(self.evidence_list)
        form.addRow(label, files)

        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setObjectName("assessorMessageEdit")
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.message_edit.setPlaceholderText(
            self.tr("Optional: where and when to meet the candidate, what to look at")
        )
        label = QLabel(self.tr("&Message:"), self)
        label.setBuddy(self.message_edit)
        form.addRow(label, self.message_edit)

        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("packagePassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("packagePassphraseRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("The passphrase again"))
        show = QCheckBox(self.tr("Sho&w"), self)
        show.toggled.connect(self._show_passphrase)
        secret = QWidget(self)
        secret_row = QHBoxLayout(secret)
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.passphrase_edit, 1)
        again = QLabel(self.tr("A&gain:"), secret)
        again.setBuddy(self.repeat_edit)
        secret_row.addWidget(again)
        secret_row.addWidget(self.repeat_edit, 1)
        secret_row.addWidget(show)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, secret)
        self.errors = FieldErrors(form, self)
        self.errors.add("assessor", self.assessor_edit)
        self.errors.add("outcomes", self.outcome_list)
        self.errors.add("evidence", files)
        self.errors.add("message", self.message_edit)
        self.errors.add("passphrase", secret)

        note = QLabel(
            fill(
                self.tr(
                    "<b>Give the assessor the passphrase by another channel</b> — by telephone or text "
                    "message, never in the same e-mail as the file. At least %1 characters; a few unrelated "
                    "words are easy to read out. Keep it: you need it again to import the assessor's answer."
                ),
                MIN_PASSPHRASE,
            ),
            self,
        )
        note.setObjectName("passphraseChannelNote")
        note.setWordWrap(True)
        note.setStyleSheet(
            "QLabel#passphraseChannelNote { background: #fff4ce; border: 1px solid #e0c36a; "
            "border-radius: 3px; padding: 6px; color: #3d3000; }"
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create package…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(buttons)
        self.assessor_edit.setFocus()

    # -- public, also for tests ----------------------------------------------------------------------

    def set_outcome_checked(self, code: str, checked: bool = True) -> bool:
        return self._set_checked(self.outcome_list, lambda item: item.text().split("  ")[0] == code, checked)

    def set_evidence_checked(self, evidence_id: int, checked: bool = True) -> bool:
        return self._set_checked(
            self.evidence_list, lambda item: item.data(Qt.ItemDataRole.UserRole) == evidence_id, checked
        )

    def chosen_outcomes(self) -> list[str]:
        return [str(uid) for uid in self._checked(self.outcome_list)]

    def chosen_evidence(self) -> list[int]:
        return [int(str(i)) for i in self._checked(self.evidence_list)]

    def accept(self) -> None:
        self.errors.clear()
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.errors.show(ValidationError("passphrase", self.tr("The two passphrases differ.")))
            return
        target = self.choose_file(service.default_package_name(self._case_number))
        if target is None:
            return
        try:
            self.sent = service.export_package(
                self._db,
                self._case_id,
                assessor_name=self.assessor_edit.text(),
                passphrase=self.passphrase_edit.text(),
                out=target,
                outcome_uids=self.chosen_outcomes(),
                evidence_ids=self.chosen_evidence(),
                message=self.message_edit.toPlainText(),
            )
        except RplError as exc:
            self.errors.show(exc)
            return
        self.path = target
        super().accept()

    # -- internals ----------------------------------------------------------------------------------

    def _show_passphrase(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _save_dialog(self, default_name: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the assessor package"),
            str(Path.home() / default_name),
            self.tr("Assessor packages (*.rpl)"),
        )
        return Path(name) if name else None

    @staticmethod
    def _set_checked(view: QListWidget, match: Callable[[QListWidgetItem], bool], checked: bool) -> bool:
        for n in range(view.count()):
            item = view.item(n)
            if match(item):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    @staticmethod
    def _checked(view: QListWidget) -> list[object]:
        return [
            view.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(view.count())
            if view.item(n).checkState() == Qt.CheckState.Checked
        ]


def _judgement_text(judgement: Judgement, methods: frozenset, reason: str) -> str:  # type: ignore[type-arg]
    words = judgement_label(judgement)
    if methods:
        words += " (" + ", ".join(method_label(m) for m in METHOD_ORDER if m in methods) + ")"
    if reason:
        words += f": {reason}"
    return words


class ImportResponseDialog(QDialog):
    """Check a response file with its passphrase, show the assessor's judgements next to the office's,
    let the caseworker choose where the office changed a judgement since the export, and import."""

    TAKE = "take"
    KEEP = "keep"
    COL_CODE, COL_OUTCOME, COL_OFFICE, COL_ASSESSOR, COL_CHOICE = range(5)

    def __init__(
        self, db: Database, path: Path, case_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._path = path
        self._case_id = case_id
        self.review: service.ResponseReview | None = None
        self.imported: service.ImportResult | None = None
        self.choices: dict[str, QComboBox] = {}
        self.setObjectName("importResponseDialog")
        self.setWindowTitle(self.tr("Import the assessor's judgements"))
        self.setMinimumWidth(820)
        intro = QLabel(
            fill(
                self.tr("<b>%1</b> is encrypted with the passphrase you chose when you sent the package."),
                html.escape(path.name),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("responsePassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        self.check_button = QPushButton(self.tr("&Check the file"), self)
        self.check_button.setObjectName("checkResponse")
        self.check_button.clicked.connect(self.check)
        self.passphrase_edit.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.check_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("responseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()

        self.review_box = QFrame(self)
        self.review_box.setObjectName("responseReview")
        self.summary_label = QLabel(self.review_box)
        self.summary_label.setObjectName("responseSummary")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 5, self.review_box)
        self.table.setObjectName("responseTable")
        self.table.setAccessibleName(self.tr("The assessor's judgements"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Outcome"), self.tr("Office now"), self.tr("Assessor"), self.tr("Use")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.COL_OUTCOME, self.COL_OFFICE, self.COL_ASSESSOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.hint_label = QLabel(self.review_box)
        self.hint_label.setObjectName("responseHint")
        self.hint_label.setWordWrap(True)
        box = QVBoxLayout(self.review_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary_label)
        box.addWidget(self.table, 1)
        box.addWidget(self.hint_label)
        self.review_box.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.review_box, 1)
        layout.addWidget(buttons)
        self.passphrase_edit.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def check(self) -> bool:
        """Open and check the file; show the judgements. Nothing is written."""
        self.error_label.hide()
        try:
            review = service.review_response(self._db, self._path, self.passphrase_edit.text())
        except RplError as exc:
            self._show_error(exc.message)
            return False
        if self._case_id is not None and review.package.case_id != self._case_id:
            self._show_error(
                fill(
                    self.tr(
                        "This response belongs to case %1, not to the case open here. Open case "
                        "%1 and import it there."
                    ),
                    review.case_number,
                )
            )
            return False
        self.review = review
        self._fill(review)
        return True

    def choose(self, code: str, take: bool) -> None:
        """Choose for one outcome: take the assessor's judgement or keep the office's."""
        combo = self.choices[code]
        combo.setCurrentIndex(combo.findData(self.TAKE if take else self.KEEP))

    def accept(self) -> None:
        if self.review is None or not self._all_chosen():
            return
        take = {}
        for row in self.review.rows:
            data = self.choices[row.code].currentData()
            take[row.outcome_uid] = data == self.TAKE
        try:
            self.imported = service.import_response(self._db, self.review, take)
        except ConflictError as exc:
            self._show_error(exc.message)
            self.check()  # read again: the change shows as a conflict now
            return
        except RplError as exc:
            self._show_error(exc.message)
            return
        super().accept()

    # -- internals ----------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _fill(self, review: service.ResponseReview) -> None:
        finished = review.response.finished_at
        lines = [
            fill(
                self.tr("From <b>%1</b>, finished %2, for case %3."),
                html.escape(review.assessor.describe()),
                finished.strftime("%Y-%m-%d %H:%M") if finished else "",
                html.escape(review.case_number),
            )
        ]
        if review.not_judged:
            lines.append(
                html.escape(fill(self.tr("Left open by the assessor: %1."), ", ".join(review.not_judged)))
            )
        self.summary_label.setText("<br>".join(lines))
        self.table.setRowCount(len(review.rows))
        self.choices = {}
        for n, row in enumerate(review.rows):
            a: ExternalAssessment = row.assessor
            office = _judgement_text(row.office_judgement, row.office_methods, row.office_reason)
            if row.conflict:
                office = fill(self.tr("%1 — changed after the package was sent"), office)
            cells = [row.code, row.text, office, _judgement_text(a.judgement, a.methods, a.reason)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.conflict:
                    item.setBackground(QColor(WARN_BACKGROUND))
                self.table.setItem(n, column, item)
            combo = QComboBox()
            combo.setObjectName(f"choice_{row.code}")
            combo.setAccessibleName(fill(self.tr("What to use for %1"), row.code))
            if row.conflict:
                combo.addItem(self.tr("Choose…"), None)
                combo.addItem(self.tr("Keep the office's"), self.KEEP)
                combo.addItem(self.tr("Take the assessor's"), self.TAKE)
            else:
                combo.addItem(self.tr("Take the assessor's"), self.TAKE)
                combo.addItem(self.tr("Keep the office's"), self.KEEP)
            combo.currentIndexChanged.connect(self._update)
            holder = QWidget(self.table)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(4, 2, 4, 2)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(n, self.COL_CHOICE, holder)
            self.choices[row.code] = combo
        self.table.resizeRowsToContents()
        self.review_box.show()
        self._update()
        self.adjustSize()

    def _all_chosen(self) -> bool:
        return all(combo.currentData() is not None for combo in self.choices.values())

    def _update(self) -> None:
        assert self.review is not None
        open_ = [code for code, combo in self.choices.items() if combo.currentData() is None]
        if open_:
            self.hint_label.setText(
                fill(
                    self.tr(
                        "The office changed %1 after the package was sent: choose for "
                        "each whether to keep the office's judgement or take the "
                        "assessor's."
                    ),
                    ", ".join(open_),
                )
            )
            self.hint_label.setStyleSheet("color: #a15c00;")
        else:
            self.hint_label.setText(
                self.tr(
                    "Importing records the assessor's name with each judgement; nothing you keep is changed."
                )
            )
            self.hint_label.setStyleSheet("")
        self.import_button.setEnabled(not open_)


class AssessorBar(QWidget):
    """Under the case header: the latest package's state and the two actions.

    ``judgementsImported(case_id)`` after an import. Injection points for tests: ``exec_dialog``,
    ``choose_response_file()``, ``choose_package_file(default_name)``, ``inform(title, text)``.
    """

    judgementsImported = Signal(int)
    packageSent = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._case_id: int | None = None
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.choose_response_file: Callable[[], Path | None] = self._open_dialog
        self.choose_package_file: ChooseFile | None = None
        self.inform: Callable[[str, str], None] = self._tell
        self.last_dialog: QDialog | None = None
        # Told "Assessed by …" per outcome uid on every refresh (the case view gives it to the matrix).
        self.on_external: Callable[[dict[str, str]], object] | None = None
        self.setObjectName("assessorBar")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("assessorStatus")
        self.status_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send to e&xternal assessor…"), self)
        self.send_button.setObjectName("sendToAssessor")
        self.send_button.setToolTip(
            self.tr("Write an encrypted package with open outcomes for a fagkonsulent or yrkesbedömare")
        )
        self.send_button.clicked.connect(self.send)
        self.import_button = QPushButton(self.tr("Import assessor's &judgements…"), self)
        self.import_button.setObjectName("importAssessorResponse")
        self.import_button.setToolTip(self.tr("Read the response file the assessor sent back"))
        self.import_button.clicked.connect(self.import_response)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.import_button)

    def set_case(self, case_id: int | None, *, editable: bool = True) -> None:
        self._case_id = case_id
        self.send_button.setEnabled(case_id is not None and editable)
        self.import_button.setEnabled(case_id is not None and editable)
        self.refresh()

    def external_text(self, info: service.ExternalJudgementInfo) -> str:
        """'Assessed by Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest), 2026-11-20'."""
        text = fill(
            self.tr("Assessed by %1, %2"), info.assessor.describe(), info.assessed_at.date().isoformat()
        )
        if not info.applied:
            text += " " + fill(
                self.tr("(judged %1; the office kept its own judgement)"), judgement_label(info.judgement)
            )
        return text

    def status_text(self) -> str:
        return self.status_label.text()

    def refresh(self) -> None:
        if self._case_id is None:
            self.status_label.clear()
            if self.on_external is not None:
                self.on_external({})
            return
        try:
            packages = service.list_packages(self._db, self._case_id)
            external = service.external_judgements(self._db, self._case_id) if packages else {}
        except RplError:
            packages, external = [], {}
        if self.on_external is not None:
            self.on_external({uid: self.external_text(info) for uid, info in external.items()})
        if not packages:
            self.status_label.clear()
            return
        p = packages[0]
        if p.returned and p.returned_at is not None:
            text = fill(
                self.tr("External assessor: judgements from %1 imported %2."),
                p.assessor_name,
                p.returned_at.date().isoformat(),
            )
        else:
            text = fill(
                self.tr("External assessor: %1 outcome(s) sent to %2 on %3; waiting for the response."),
                len(p.outcome_codes),
                p.assessor_name,
                p.sent_at.date().isoformat(),
            )
        self.status_label.setText(text)

    def send(self) -> bool:
        if self._case_id is None:
            return False
        try:
            dialog = SendToAssessorDialog(self._db, self._case_id, self, self.choose_package_file)
        except RplError as exc:
            self.inform(self.tr("Send to an external assessor"), exc.message)
            return False
        self.last_dialog = dialog
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.sent is None:
                return False
            sent, path = dialog.sent, dialog.path
        finally:
            dialog.deleteLater()
        self.refresh()
        self.packageSent.emit(self._case_id)
        self.inform(
            self.tr("Package created"),
            fill(
                self.tr(
                    "The package for %1 is in %2. Send the file (e.g. by e-mail) and give the passphrase by "
                    "telephone or text message. When the response comes back, use Import assessor's "
                    "judgements."
                ),
                sent.assessor_name,
                str(path),
            ),
        )
        return True

    def import_response(self) -> bool:
        if self._case_id is None:
            return False
        path = self.choose_response_file()
        if path is None:
            return False
        dialog = ImportResponseDialog(self._db, path, self._case_id, self)
        self.last_dialog = dialog
        try:
            if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.imported is None:
                return False
            result = dialog.imported
        finally:
            dialog.deleteLater()
        self.refresh()
        self.judgementsImported.emit(self._case_id)
        kept = (
            fill(self.tr(" Kept the office's judgement of %1."), ", ".join(result.kept))
            if result.kept
            else ""
        )
        self.inform(
            self.tr("Judgements imported"),
            fill(self.tr("Applied the assessor's judgement of %1."), ", ".join(result.applied) or "–") + kept,
        )
        return True

    def _open_dialog(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the assessor's response"),
            str(Path.home()),
            self.tr("Assessor responses (*.response.rpl);;All files (*)"),
        )
        return Path(name) if name else None

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        try:
            box.exec()
        finally:
            box.deleteLater()
