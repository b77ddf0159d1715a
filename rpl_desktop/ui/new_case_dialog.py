"""The "New case" dialog: candidate, target standard, purpose, caseworker, due date and "Deres ref.".

The purpose follows the kind of target until the user picks one (a lærefag suggests praksiskandidat,
a fagskole emne or programme fritak, an admission requirement opptak). The case number is given by
the service when the case is created, following the office's pattern; the dialog shows the pattern.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.cases import Case, Purpose, format_case_number
from rpl_desktop.domain.catalogue import StandardKind
from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.services.candidates import CandidateRow, get_candidate, search_candidates
from rpl_desktop.services.cases import case_number_pattern, caseworkers, create_case
from rpl_desktop.services.catalogue import StandardSummary, list_standards
from rpl_desktop.store.database import Database
from rpl_desktop.ui.case_list import kind_label, purpose_label
from rpl_desktop.ui.date_edit import DateLineEdit, format_date
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 20
StandardUidRole = Qt.ItemDataRole.UserRole + 1
StandardKindRole = Qt.ItemDataRole.UserRole + 2

DEFAULT_PURPOSE: dict[StandardKind, Purpose] = {
    StandardKind.LAEREFAG: Purpose.PRAKSISKANDIDAT,
    StandardKind.FAGSKOLE_EMNE: Purpose.FRITAK,
    StandardKind.UTDANNING: Purpose.FRITAK,
    StandardKind.ADMISSION: Purpose.OPPTAK,
    StandardKind.BRANSCHMODELL: Purpose.BRANSJEVALIDERING,
}
KIND_ORDER = (
    StandardKind.FAGSKOLE_EMNE,
    StandardKind.UTDANNING,
    StandardKind.ADMISSION,
    StandardKind.LAEREFAG,
    StandardKind.BRANSCHMODELL,
)


class NewCaseDialog(QDialog):
    """Collects a new case and creates it with :func:`create_case` on OK.

    ``candidate_id`` presets the candidate (opened from a candidate's page); otherwise the user
    searches. :meth:`created_case_id` gives the new case's id after the dialog was accepted.
    """

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        candidate_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        self._preset = candidate_id
        self._created: int | None = None
        self._purpose_touched = False
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(680)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, self)

        # candidate: preset, or a search with a short result list
        self.candidate_box = QWidget(self)
        box = QVBoxLayout(self.candidate_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.candidate_search = QLineEdit(self.candidate_box)
        self.candidate_search.setObjectName("candidateSearch")
        self.candidate_search.setPlaceholderText(self.tr("Type a name, ID number or case number"))
        self.candidate_search.setAccessibleName(self.tr("Search candidate"))
        self.candidate_search.setClearButtonEnabled(True)
        self.candidate_results = QListWidget(self.candidate_box)
        self.candidate_results.setObjectName("candidateResults")
        self.candidate_results.setAccessibleName(self.tr("Matching candidates"))
        self.candidate_results.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        self.candidate_label = QLabel(self.candidate_box)
        self.candidate_label.setObjectName("presetCandidate")
        box.addWidget(self.candidate_search)
        box.addWidget(self.candidate_results)
        box.addWidget(self.candidate_label)
        candidate_caption = QLabel(self.tr("&Candidate:"), self)
        candidate_caption.setBuddy(self.candidate_search)
        form.addRow(candidate_caption, self.candidate_box)

        self.standard_combo = QComboBox(self)
        self.standard_combo.setObjectName("targetStandard")
        self.standard_combo.setAccessibleName(self.tr("Target standard"))
        self.standard_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.standard_combo.setMinimumContentsLength(30)
        self._standard_model = QStandardItemModel(self)
        self.standard_combo.setModel(self._standard_model)
        self._add_row(form, self.tr("&Target:"), self.standard_combo)

        self.purpose_combo = QComboBox(self)
        self.purpose_combo.setObjectName("purpose")
        self.purpose_combo.setAccessibleName(self.tr("Purpose"))
        for purpose in Purpose:
            self.purpose_combo.addItem(purpose_label(purpose), purpose.value)
        self._add_row(form, self.tr("&Purpose:"), self.purpose_combo)

        self.caseworker_combo = QComboBox(self)
        self.caseworker_combo.setObjectName("caseworker")
        self.caseworker_combo.setEditable(True)
        self.caseworker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.caseworker_combo.setAccessibleName(self.tr("Caseworker"))
        self.caseworker_combo.addItem("")
        self.caseworker_combo.addItems(caseworkers(db))
        line = self.caseworker_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Name of the caseworker"))
        line.setMaxLength(200)
        if db.actor.user_id is not None and db.actor.display_name:  # the signed-in user, by default
            line.setText(db.actor.display_name)
        self._add_row(form, self.tr("Case&worker:"), self.caseworker_combo)

        self.due_edit = DateLineEdit("due_on", self)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self._add_row(form, self.tr("&Due date:"), self.due_edit)

        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("theirReference")
        self.reference_edit.setAccessibleName(self.tr("Their reference (Deres ref.)"))
        self.reference_edit.setMaxLength(200)
        self._add_row(form, self.tr("Deres &ref.:"), self.reference_edit)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("caseLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the case"))
        self.language_combo.addItem(self.tr("The candidate's language (målform)"), "")
        for code, name in (
            ("nb", "Norsk bokmål"),
            ("nn", "Norsk nynorsk"),
            ("en", "English"),
            ("sv", "Svenska"),
        ):
            self.language_combo.addItem(name, code)
        self._add_row(form, self.tr("&Language:"), self.language_combo)

        pattern = case_number_pattern(db)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("caseNumberPattern")
        self.number_label.setWordWrap(True)
        try:
            example = format_case_number(pattern, self._today.year, 1234)
        except ValidationError:
            example = ""
        self.number_label.setText(
            fill(
                self.tr("The next in the series %1 (like %2), given when the case is created."),
                pattern,
                example,
            )
            if example
            else fill(self.tr("Given when the case is created (pattern %1)."), pattern)
        )
        form.addRow(self.tr("Case number:"), self.number_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create &case"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.errors.add("candidate", self.candidate_search)
        self.errors.add("standard", self.standard_combo)
        self.errors.add("due_on", self.due_edit)
        self.errors.add("caseworker", self.caseworker_combo)
        self.errors.add("language", self.language_combo)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(self.buttons)

        self._fill_standards()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.candidate_search.textChanged.connect(self._search_timer.start)
        self.candidate_search.returnPressed.connect(self.search_now)
        self.standard_combo.currentIndexChanged.connect(self._standard_changed)
        self.purpose_combo.activated.connect(self._purpose_chosen)

        if candidate_id is not None:
            person = get_candidate(db, candidate_id)
            self.candidate_label.setText(f"{person.given_name} {person.family_name}")
            self.candidate_search.hide()
            self.candidate_results.hide()
            candidate_caption.setBuddy(self.standard_combo)
            self.standard_combo.setFocus()
        else:
            self.candidate_label.hide()
            self.search_now()
            self.candidate_search.setFocus()
        self._standard_changed()

    # -- public -----------------------------------------------------------------------------------

    def created_case_id(self) -> int | None:
        return self._created

    def candidate_id(self) -> int | None:
        if self._preset is not None:
            return self._preset
        item = self.candidate_results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_candidate(self, candidate_id: int) -> bool:
        for row in range(self.candidate_results.count()):
            item = self.candidate_results.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == candidate_id:
                self.candidate_results.setCurrentItem(item)
                return True
        return False

    def standard_uid(self) -> str:
        return self.standard_combo.currentData(StandardUidRole) or ""

    def select_standard(self, uid: str) -> bool:
        for row in range(self._standard_model.rowCount()):
            if self._standard_model.item(row).data(StandardUidRole) == uid:
                self.standard_combo.setCurrentIndex(row)
                return True
        return False

    def purpose(self) -> Purpose:
        return Purpose(self.purpose_combo.currentData())

    def search_now(self) -> None:
        self._search_timer.stop()
        keep = self.candidate_id()
        rows = search_candidates(self._db, self.candidate_search.text().strip(), limit=RESULT_LIMIT)
        self.candidate_results.clear()
        for row in rows:
            item = QListWidgetItem(self._candidate_text(row), self.candidate_results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if keep is not None:
            self.select_candidate(keep)
        elif len(rows) == 1:
            self.candidate_results.setCurrentRow(0)

    def accept(self) -> None:
        self.errors.clear()
        try:
            candidate = self.candidate_id()
            if candidate is None:
                raise ValidationError(
                    "candidate", self.tr("Choose the candidate from the list (search by name).")
                )
            uid = self.standard_uid()
            if not uid:
                raise ValidationError("standard", self.tr("Choose the target standard."))
            case = Case(
                candidate_id=candidate,
                standard_uid=uid,
                purpose=self.purpose(),
                caseworker=self.caseworker_combo.currentText().strip(),
                opened_on=self._today,
                due_on=self.due_edit.parse(),
                their_reference=self.reference_edit.text().strip(),
                language=self.language_combo.currentData() or "",
            )
            created = create_case(self._db, case)
        except RplError as exc:
            self.errors.show(exc)
            return
        self._created = created.id
        log.info("case %s created", created.id)
        super().accept()

    # -- internals --------------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _candidate_text(self, row: CandidateRow) -> str:
        parts = [row.full_name]
        if row.birth_date:
            parts.append(fill(self.tr("born %1"), format_date(row.birth_date)))
        if row.city:
            parts.append(row.city)
        return ", ".join(parts)

    def _fill_standards(self) -> None:
        standards = list_standards(self._db)
        by_kind: dict[StandardKind, list[StandardSummary]] = {}
        for std in standards:
            by_kind.setdefault(std.kind, []).append(std)
        selectable = 0
        for kind in KIND_ORDER:
            items = by_kind.get(kind)
            if not items:
                continue
            header = QStandardItem(kind_label(kind))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            self._standard_model.appendRow(header)
            for std in items:
                text = f"   {std.code}  {std.title}"
                if std.sample:
                    text = fill(self.tr("%1 (sample)"), text)
                item = QStandardItem(text)
                item.setData(std.uid, StandardUidRole)
                item.setData(std.kind.value, StandardKindRole)
                item.setToolTip(
                    fill(self.tr("%1, version %2; %3 outcomes"), std.code, std.version, std.outcomes)
                    + (" " + self.tr("Sample written for trying the program.") if std.sample else "")
                )
                self._standard_model.appendRow(item)
                selectable += 1
        # Nothing is chosen for the user: a wrong default target would be an easy mistake to miss.
        if selectable:
            self.standard_combo.setPlaceholderText(self.tr("Choose the target standard"))
        else:
            self.standard_combo.setPlaceholderText(self.tr("The catalogue is empty: import standards first."))
            self.standard_combo.setEnabled(False)
        self.standard_combo.setCurrentIndex(-1)

    def _standard_changed(self) -> None:
        kind = self.standard_combo.currentData(StandardKindRole)
        if kind and not self._purpose_touched:
            purpose = DEFAULT_PURPOSE.get(StandardKind(kind), Purpose.FRITAK)
            self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(purpose.value))

    def _purpose_chosen(self, _index: int) -> None:
        self._purpose_touched = True
