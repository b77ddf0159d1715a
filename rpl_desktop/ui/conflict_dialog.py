"""The conflict view: someone else saved the record while this user was editing it.

Shown when a save raises :class:`ConflictError`. A table lists every field changed on either side:
the field, its value as the user opened it (original), as the other person saved it (theirs, with
who and when where known) and as typed here (mine). Changes made on one side only are merged already;
fields changed on both sides, differently, are highlighted (colour and a ⚠ mark) and need a choice:
keep mine, take theirs, and for free text also combine both.

Buttons: **Save merged** saves the merged record on top of THEIR version (checked again: if it was
saved yet again meanwhile, the view reloads with the newer version), **Discard mine** drops this user's
changes (the caller shows theirs), **Cancel** goes back to the form with nothing lost.

The caller passes ``save(merged, their_version, theirs)``, which saves and returns the saved object,
or raises ConflictError again or another RplError (shown here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import ConflictError, RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.ids import IdType, NationalId, mask_national_id
from rpl_desktop.domain.merge import MISSING, Change, Choice, FieldMerge, Merge
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

CONFLICT_BACKGROUND = "#fdecea"
ERROR_STYLE = "color: #c0392b;"
DATE_FIELDS = frozenset({"birth_date", "due_on", "veiledning", "kartlegging", "vurdering", "dokumentasjon"})
SaveMerged = Callable[[dict[str, str], int, dict[str, str]], Any]
CELL_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _t(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def field_label(name: str) -> str:
    """A field of a candidate, case or judgement in words."""
    from rpl_desktop.domain.cases import Phase
    from rpl_desktop.ui.case_list import phase_label

    phases = {p.value: p for p in Phase}
    if name in phases:
        return phase_label(phases[name])
    return {
        "given_name": _t("Given name"),
        "family_name": _t("Family name"),
        "birth_date": _t("Birth date"),
        "id_type": _t("Type of ID number"),
        "national_id": _t("ID number"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "address": _t("Address"),
        "postcode": _t("Postcode"),
        "city": _t("City"),
        "country": _t("Country"),
        "language": _t("Language"),
        "status": _t("Status"),
        "caseworker": _t("Caseworker"),
        "due_on": _t("Due date"),
        "their_reference": _t("Their reference"),
        "rule_profile_id": _t("Practice-time rule profile"),
        "document_only_override": _t("Why documents alone are enough"),
        "judgement": _t("Judgement"),
        "methods": _t("Methods"),
        "reason": _t("Reason"),
        "notes": _t("Interview notes"),
    }.get(name, name)


def display_value(name: str, value: Any, id_type: str = "", *, reveal_ids: bool = False) -> str:
    """A stored value as the interface shows it (dates dd.mm.yyyy, codes in words, ID numbers masked)."""
    if value is MISSING or value is None or value == "":
        return "—"
    text = str(value)
    try:
        if name in DATE_FIELDS:
            return format_date(date.fromisoformat(text))
        if name == "id_type":
            t = QCoreApplication.translate
            return {
                IdType.NO_FNR.value: t("CandidateEditorWidget", "Norwegian fødselsnummer"),
                IdType.NO_DNR.value: t("CandidateEditorWidget", "Norwegian D-nummer"),
                IdType.SE_PNR.value: t("CandidateEditorWidget", "Swedish personnummer"),
                IdType.SE_SAMNR.value: t("CandidateEditorWidget", "Swedish samordningsnummer"),
                IdType.FOREIGN.value: t("CandidateEditorWidget", "Foreign ID number"),
                IdType.NONE.value: t("CandidateEditorWidget", "None"),
            }.get(text, text)
        if name == "national_id" and not reveal_ids:
            try:
                return mask_national_id(NationalId(IdType(id_type), text))
            except (ValueError, RplError):
                return text[:3] + "…"
        if name == "language":
            from rpl_desktop.ui.documents_tab import language_label

            return language_label(text)
        if name == "status":
            from rpl_desktop.domain.cases import CaseStatus
            from rpl_desktop.ui.case_list import status_label

            return status_label(CaseStatus(text))
        if name == "judgement":
            from rpl_desktop.domain.mapping import Judgement
            from rpl_desktop.ui.matrix_widget import judgement_label

            return judgement_label(Judgement(text))
        if name == "methods":
            from rpl_desktop.domain.mapping import Method
            from rpl_desktop.ui.matrix_widget import method_label

            return ", ".join(method_label(Method(m)) for m in text.split(",") if m)
    except ValueError:
        return text
    return text


def when_text(at: datetime | None, today: date | None = None) -> str:
    """14:32 today, else 12.03.2025 14:32."""
    if at is None:
        return ""
    today = today or date.today()
    clock = f"{at.hour:02d}:{at.minute:02d}"
    return clock if at.date() == today else f"{format_date(at.date())} {clock}"


class PaddedRowDelegate(QStyledItemDelegate):
    """Rows with room to breathe: the text (one line or several) vertically centred with ``padding``
    above and below, and every row at least ``min_height`` tall (e.g. as tall as a choice box), so rows
    with and without a widget in them look alike."""

    def __init__(self, parent: QWidget, padding: int = 5, min_height: int = 0) -> None:
        super().__init__(parent)
        self.padding = padding
        self.min_height = min_height

    def sizeHint(  # noqa: N802 - Qt naming
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height() + 2 * self.padding, self.min_height))


class ConflictDialog(QDialog):
    """Compare original / theirs / mine, choose per conflicting field, save the merge (see module doc).

    ``result()`` after the dialog: Accepted (merged and saved; :attr:`saved` holds what ``save``
    returned), :attr:`DISCARDED` (the user drops their changes) or Rejected (Cancel: back to the form).
    """

    DISCARDED = 2
    COL_FIELD, COL_ORIGINAL, COL_THEIRS, COL_MINE, COL_RESULT = range(5)

    def __init__(
        self,
        error: ConflictError,
        save: SaveMerged,
        parent: QWidget | None = None,
        *,
        what: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._today = today
        self._error = error
        self._merge: Merge = error.merge()
        self._choices: dict[str, QComboBox] = {}
        self.saved: Any = None
        self.rounds = 1  # how many versions of theirs were shown (more when they saved again meanwhile)
        self.setObjectName("conflictDialog")
        self.setModal(True)
        self.setMinimumWidth(760)
        self.resize(940, 560)

        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.what_label = QLabel(what, self)
        self.what_label.setObjectName("conflictWhat")
        self.what_label.setVisible(bool(what))
        self.who_label = QLabel(self)
        self.who_label.setObjectName("conflictWho")
        self.who_label.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("conflictExplanation")
        self.explanation.setWordWrap(True)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Fields changed here and by the other person"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(PaddedRowDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.COL_ORIGINAL, self.COL_THEIRS, self.COL_MINE, self.COL_RESULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("&Changed fields:"), self)
        table_label.setBuddy(self.table)
        self.nothing_label = QLabel(
            self.tr("Their save changed none of these fields; your changes can be saved as they are."), self
        )
        self.nothing_label.setObjectName("conflictNothing")
        self.nothing_label.setWordWrap(True)

        self.reveal_ids = QCheckBox(self.tr("Show whole ID &numbers"), self)
        self.reveal_ids.setObjectName("conflictRevealIds")
        self.reveal_ids.toggled.connect(lambda _on: self._fill())

        self.error_label = QLabel(self)
        self.error_label.setObjectName("conflictError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save merged"), self)
        self.save_button.setObjectName("conflictSaveMerged")
        self.save_button.setToolTip(self.tr("Save the merged version shown in the last column"))
        self.save_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard mine"), self)
        self.discard_button.setObjectName("conflictDiscardMine")
        self.discard_button.setToolTip(self.tr("Drop your changes and show the version they saved"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("conflictCancel")
        self.cancel_button.setToolTip(self.tr("Back to the form: your changes stay there, not saved yet"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_merged)
        self.discard_button.clicked.connect(self.discard_mine)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.what_label)
        layout.addWidget(self.who_label)
        layout.addWidget(self.explanation)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.reveal_ids)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._show_error(error)
        # Start on the first choice to make (or on Save merged): focusing the table would put a focus frame
        # on its first cell, which looks like something is selected there.
        first_choice = next(iter(self._choices.values()), None)
        (first_choice or self.save_button).setFocus()

    # -- public -------------------------------------------------------------------------------------

    def error(self) -> ConflictError:
        return self._error

    def merge(self) -> Merge:
        return self._merge

    def rows(self) -> list[str]:
        """The fields shown, top to bottom."""
        items = (self.table.item(r, self.COL_FIELD) for r in range(self.table.rowCount()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def cell_text(self, field: str, column: int) -> str:
        """What a cell shows (the Result column: the value that will be saved, without its source)."""
        row = self.rows().index(field)
        if column == self.COL_RESULT and field in self._choices:
            preview = self.table.cellWidget(row, column).findChild(QLabel)
            return preview.text() if preview is not None else ""
        item = self.table.item(row, column)
        text = item.text() if item is not None else ""
        return text.rsplit("\n(", 1)[0] if column == self.COL_RESULT else text

    def is_highlighted(self, field: str) -> bool:
        item = self.table.item(self.rows().index(field), self.COL_FIELD)
        return item is not None and item.background().color() == QColor(CONFLICT_BACKGROUND)

    def choice_box(self, field: str) -> QComboBox | None:
        return self._choices.get(field)

    def choose(self, field: str, choice: Choice) -> None:
        box = self._choices[field]
        box.setCurrentIndex(box.findData(choice.value))

    def choices(self) -> dict[str, Choice]:
        return {f: Choice(box.currentData()) for f, box in self._choices.items() if box.currentIndex() >= 0}

    def merged(self) -> dict[str, Any]:
        """The merged values with the choices made so far (RplError if a conflict has no choice)."""
        return self._merge.result(self.choices())

    def message(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def save_merged(self) -> bool:
        """Save the merge on top of their version; reload if they saved yet again. True when saved."""
        try:
            merged = self.merged()
        except RplError as exc:
            self._set_message(exc.message)
            return False
        assert self._error.their_version is not None
        try:
            self.saved = self._save(
                {k: str(v) for k, v in merged.items()}, self._error.their_version, dict(self._error.theirs)
            )
        except ConflictError as again:
            if not again.has_details:
                self._set_message(again.message)
                return False
            self.rounds += 1
            log.info("conflict on %s %s again, version %s", again.kind, again.entity_id, again.their_version)
            keep = self.choices()
            self._show_error(again)
            for field, choice in keep.items():
                if field in self._choices and self._choices[field].findData(choice.value) >= 0:
                    self.choose(field, choice)
            self._set_message(self.tr(
                "It was saved again while you were choosing. Look at the newest version and save again."))
            return False
        except ValidationErrors as exc:
            self._set_message(" ".join(f"{field_label(e.field)}: {e.detail}" for e in exc.errors))
            return False
        except ValidationError as exc:
            self._set_message(f"{field_label(exc.field)}: {exc.detail}" if exc.field else exc.message)
            return False
        except RplError as exc:
            self._set_message(exc.message)
            return False
        self.accept()
        return True

    def discard_mine(self) -> None:
        self.done(self.DISCARDED)

    # -- internals ----------------------------------------------------------------------------------

    def _set_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_error(self, error: ConflictError) -> None:
        self._error = error
        self._merge = error.merge()
        kind = error.kind
        title = {
            "candidate": self.tr("Someone else saved this candidate while you were editing"),
            "case": self.tr("Someone else saved this case while you were editing"),
            "judgement": self.tr("Someone else saved this judgement while you were editing"),
        }.get(kind, self.tr("Someone else saved this while you were editing"))
        self.setWindowTitle(title)
        self.heading.setText(title)
        when = when_text(error.saved_at, self._today)
        if error.saved_by and when:
            who = fill(self.tr("%1 saved it at %2."), error.saved_by, when)
        elif error.saved_by:
            who = fill(self.tr("%1 saved it."), error.saved_by)
        elif when:
            who = fill(self.tr("It was saved at %1."), when)
        else:
            who = ""
        self.who_label.setText(who)
        self.who_label.setVisible(bool(who))
        if self._merge.conflicts:
            self.explanation.setText(self.tr(
                "Changes made on one side only are merged already. The highlighted rows (⚠) were changed on "
                "both sides: choose for each which version to keep. Nothing is saved until you press "
                "Save merged."))
        else:
            self.explanation.setText(self.tr(
                "None of your changes clash with theirs: the last column shows both merged. Nothing is saved "
                "until you press Save merged."))
        self.reveal_ids.setVisible("national_id" in self._merge.changed)
        self._fill()

    def _theirs_header(self) -> str:
        when = when_text(self._error.saved_at, self._today)
        by = self._error.saved_by
        if by and when:
            return fill(self.tr("Theirs\nsaved by %1\n%2"), by, when)
        if by:
            return fill(self.tr("Theirs\nsaved by %1"), by)
        if when:
            return fill(self.tr("Theirs\nsaved %1"), when)
        return self.tr("Theirs")

    def _fill(self) -> None:
        old = self.choices()
        self.table.clearContents()
        self._choices = {}
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Original"), self._theirs_header(), self.tr("Mine"), self.tr("Result"),
        ])
        fields = [f for f in self._merge.fields if f.change != Change.UNCHANGED]
        self.table.setRowCount(len(fields))
        reveal = self.reveal_ids.isChecked()
        previous: QWidget = self.table
        for row, f in enumerate(fields):
            conflict = f.change == Change.CONFLICT
            name_item = QTableWidgetItem(("⚠ " if conflict else "") + field_label(f.name))
            name_item.setData(Qt.ItemDataRole.UserRole, f.name)
            name_item.setToolTip(self._change_text(f))
            name_item.setTextAlignment(CELL_ALIGNMENT)
            if conflict:
                bold = QFont(name_item.font())
                bold.setBold(True)
                name_item.setFont(bold)
            self.table.setItem(row, self.COL_FIELD, name_item)
            for column, value, side in (
                (self.COL_ORIGINAL, f.original, "original"),
                (self.COL_THEIRS, f.theirs, "theirs"),
                (self.COL_MINE, f.mine, "mine"),
            ):
                text = display_value(f.name, value, self._side_value("id_type", side), reveal_ids=reveal)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(CELL_ALIGNMENT)
                self.table.setItem(row, column, item)
            if conflict:
                box = self._choice_box(f, reveal)
                if f.name in old and box.findData(old[f.name].value) >= 0:
                    box.setCurrentIndex(box.findData(old[f.name].value))
                self.table.setCellWidget(row, self.COL_RESULT, self._result_cell(f, box, reveal))
                QWidget.setTabOrder(previous, box)
                previous = box
            else:
                text = display_value(f.name, f.automatic, self._merged_id_type(), reveal_ids=reveal)
                source = {Change.ONLY_MINE: self.tr("yours"), Change.ONLY_THEIRS: self.tr("theirs")}.get(
                    f.change, self.tr("the same on both sides"))
                item = QTableWidgetItem(f"{text}\n({source})")
                item.setToolTip(self._change_text(f))
                item.setTextAlignment(CELL_ALIGNMENT)
                self.table.setItem(row, self.COL_RESULT, item)
            if conflict:
                for column in range(self.COL_RESULT):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        cell.setBackground(QBrush(QColor(CONFLICT_BACKGROUND)))
        QWidget.setTabOrder(previous, self.reveal_ids)
        self._fit_rows()
        self.table.setVisible(bool(fields))
        self.nothing_label.setVisible(not fields)
        self._update_buttons()

    def _result_cell(self, f: FieldMerge, box: QComboBox, reveal: bool) -> QWidget:
        """The choice, and under it the value it gives (what will be saved)."""
        cell = QWidget(self.table)
        preview = QLabel(cell)
        preview.setObjectName(f"result_{f.name}")
        preview.setWordWrap(True)
        preview.setStyleSheet("color: #444;")

        def show() -> None:
            choice = box.currentData()
            value = MISSING if choice is None else f.value(Choice(choice))
            preview.setText(display_value(f.name, value, self._merged_id_type(), reveal_ids=reveal))
            preview.setVisible(choice is not None)
            self._fit_rows()

        box.currentIndexChanged.connect(show)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(2, 4, 2, 4)
        layout.setSpacing(2)
        layout.addStretch(1)  # centred in a row made taller by another column
        layout.addWidget(box)
        layout.addWidget(preview)
        layout.addStretch(1)
        preview.hide()
        return cell

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()  # now that the columns have their widths

    def _fit_rows(self) -> None:
        """Rows as tall as their text, and the choice cells as tall as the choice with its result."""
        self.table.resizeRowsToContents()
        width = self.table.columnWidth(self.COL_RESULT)
        for row in range(self.table.rowCount()):
            cell = self.table.cellWidget(row, self.COL_RESULT)
            layout = cell.layout() if cell is not None else None
            if layout is not None:
                wanted = cell.sizeHint().height()
                if layout.hasHeightForWidth():
                    wanted = layout.totalHeightForWidth(width)
                self.table.setRowHeight(row, max(self.table.rowHeight(row), wanted))

    def _choice_box(self, f: FieldMerge, reveal: bool) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"choice_{f.name}")
        box.setAccessibleName(fill(self.tr("Which %1 to keep"), field_label(f.name)))
        box.setPlaceholderText(self.tr("Choose…"))
        mine = display_value(f.name, f.mine, self._side_value("id_type", "mine"), reveal_ids=reveal)
        theirs = display_value(f.name, f.theirs, self._side_value("id_type", "theirs"), reveal_ids=reveal)
        box.addItem(fill(self.tr("Keep mine: %1"), _short(mine)), Choice.MINE.value)
        box.addItem(fill(self.tr("Take theirs: %1"), _short(theirs)), Choice.THEIRS.value)
        if f.name in self._error.text_fields and f.can_combine:
            box.addItem(self.tr("Combine both (theirs, then mine)"), Choice.BOTH.value)
        box.setCurrentIndex(-1)
        box.currentIndexChanged.connect(self._update_buttons)
        self._choices[f.name] = box
        return box

    def _side_value(self, name: str, side: str) -> str:
        e = self._error
        values = {"original": e.original, "theirs": e.theirs, "mine": e.mine}[side]
        return str(values.get(name, ""))

    def _merged_id_type(self) -> str:
        if "id_type" not in self._merge:
            return self._side_value("id_type", "theirs")
        f = self._merge["id_type"]
        return str(f.automatic if not f.is_conflict else f.mine)

    def _change_text(self, f: FieldMerge) -> str:
        return {
            Change.ONLY_MINE: self.tr("Changed by you only: yours is kept"),
            Change.ONLY_THEIRS: self.tr("Changed by them only: theirs is taken"),
            Change.BOTH_SAME: self.tr("Changed alike on both sides"),
            Change.CONFLICT: self.tr("Changed differently on both sides: choose which to keep"),
            Change.UNCHANGED: "",
        }[f.change]

    def _update_buttons(self) -> None:
        missing = [f for f, box in self._choices.items() if box.currentIndex() < 0]
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip(
            self.tr("Save the merged version shown in the last column") if not missing
            else self.tr("Choose a version for every highlighted row first")
        )


def _short(text: str, limit: int = 60) -> str:
    line = text.replace("\n", " ")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def resolve(
    parent: QWidget,
    error: ConflictError,
    save: SaveMerged,
    exec_dialog: Callable[[ConflictDialog], int],
    *,
    what: str = "",
) -> tuple[int, Any]:
    """Show the conflict view for ``error``; (result code, what ``save`` returned if it saved)."""
    dialog = ConflictDialog(error, save, parent, what=what)
    try:
        code = exec_dialog(dialog)
        return code, dialog.saved
    finally:
        dialog.deleteLater()


def exec_dialog(dialog: ConflictDialog) -> int:
    return dialog.exec()
