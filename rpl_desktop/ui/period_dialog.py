"""Dialogs that add or edit one entry of a candidate's history: a work period, schooling, an exam,
a non-formal course.

They share one pattern: OK saves through ``services.history``; if the input is refused, every
message is shown at its field, the dialog stays open and nothing typed is lost. Numbers are typed
into line edits (not spin boxes) because a spin box silently turns "120" into "100".
"""

from __future__ import annotations

import dataclasses
import logging
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.register import (
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
    validate_period,
)
from rpl_desktop.services import history
from rpl_desktop.store.database import Database
from rpl_desktop.ui.date_edit import DateLineEdit
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.history_table import format_number, mute, period_kind_label, school_level_label

log = logging.getLogger(__name__)

COMMON_COUNTRIES = ("NO", "SE", "DK", "FI", "PL", "UA", "LT", "DE", "GB")
_CODE_AT_START = re.compile(r"^\s*([A-Za-z]{2})(?:\s|$|[—–-])")


def country_names() -> dict[str, str]:
    def t(text: str) -> str:
        return QCoreApplication.translate("countries", text)

    return {
        "NO": t("Norway"),
        "SE": t("Sweden"),
        "DK": t("Denmark"),
        "FI": t("Finland"),
        "PL": t("Poland"),
        "UA": t("Ukraine"),
        "LT": t("Lithuania"),
        "DE": t("Germany"),
        "GB": t("United Kingdom"),
    }


class CountryComboBox(QComboBox):
    """Editable choice of an ISO 3166 code: common ones listed ("PL — Poland"), any code typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = country_names()
        for code in COMMON_COUNTRIES:
            self.addItem(f"{code} — {names[code]}", code)
        edit = self.lineEdit()
        if edit is not None:
            edit.setMaxLength(40)
        self.setToolTip(self.tr("Choose a country or type its two-letter ISO code, e.g. IS or RO"))
        completer = self.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def code(self) -> str:
        """The code the user chose or typed ("pl" -> "PL"); other text is returned as typed for
        the domain to refuse with its message."""
        text = self.currentText()
        match = _CODE_AT_START.match(text)
        if match:
            return match.group(1).upper()
        return text.strip().upper()

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


def parse_number(text: str, field: str, message: str) -> float | None:
    """A number typed by a person ("80", "37,5", "80 %"); None when blank; ValidationError if not."""
    cleaned = text.strip().replace("%", "").replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(field, message) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(field, message)
    return value


class _EntryDialog(QDialog):
    """OK = save through a service; errors at the fields; the dialog stays open with the typing."""

    def __init__(self, db: Database, candidate_id: int, item_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db = db
        self._candidate_id = candidate_id
        self._item_id = item_id
        self._saved: Any = None
        self._field_sets: dict[str, FieldErrors] = {}
        self._error_sets: list[FieldErrors] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = self._new_error_set(self.form)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.errors.general_label)
        self._layout.addLayout(self.form)

    def _finish_layout(self) -> None:
        """Add OK / Cancel last, so that they also come last in the tab order."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self._layout.addStretch(1)
        self._layout.addWidget(self.buttons)

    def _new_error_set(self, form: QFormLayout) -> FieldErrors:
        errors = FieldErrors(form, self)
        self._error_sets.append(errors)
        return errors

    def _register(self, field: str, widget: QWidget, errors: FieldErrors | None = None) -> None:
        target = errors or self.errors
        target.add(field, widget)
        self._field_sets[field] = target

    def saved_item(self) -> Any:
        """What was saved (with its id), after OK succeeded; None before."""
        return self._saved

    def field_message(self, field: str) -> str:
        """The message shown at ``field`` now ("" if none)."""
        target = self._field_sets.get(field)
        return target.message(field) if target is not None else ""

    def general_message(self) -> str:
        label = self.errors.general_label
        return "" if label.isHidden() else label.text()

    # subclasses
    def _collect(self) -> Any:
        """Build the item from the widgets; raise ValidationErrors for text that cannot be read."""
        raise NotImplementedError

    def _store(self, item: Any) -> Any:
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save what the form holds. True on success; otherwise the messages are shown."""
        try:
            item = self._collect()
            self._saved = self._store(item)
        except ValidationErrors as exc:
            self._show(exc.errors)
            return False
        except ValidationError as exc:
            self._show([exc])
            return False
        except RplError as exc:
            for errors in self._error_sets:
                errors.clear()
            self.errors.show(exc)
            self.fit_height()
            return False
        for errors in self._error_sets:
            errors.clear()
        return True

    def _show(self, problems: list[ValidationError]) -> None:
        # Each group of fields shows its own messages; the main form is handled last so that it
        # gets the focus when it has a problem, and it collects messages for unknown fields.
        groups: dict[int, list[ValidationError]] = {id(e): [] for e in self._error_sets}
        for problem in problems:
            target = self._field_sets.get(problem.field, self.errors)
            groups[id(target)].append(problem)
        for errors in reversed(self._error_sets):
            errors.show(ValidationErrors(groups[id(errors)]))
        log.info("%s refused input in %d field(s)", type(self).__name__, len(problems))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the form needs at the current width.

        Messages and hints wrap (height-for-width), which a window's minimum size does not take
        into account; without this, rows would be squeezed on top of each other.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def _on_ok(self) -> None:
        if self.try_save():
            self.accept()


def _line(parent: QWidget, name: str, accessible: str, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(max_length)
    return edit


class PeriodDialog(_EntryDialog):
    """Add or edit one :class:`HistoryPeriod` of a saved candidate (OK saves it)."""

    def __init__(
        self,
        db: Database,
        candidate_id: int,
        period: HistoryPeriod | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(db, candidate_id, period.id if period else None, parent)
        self._today = today
        self.setWindowTitle(self.tr("Edit period") if period and period.id else self.tr("Add period"))
        self.setObjectName("PeriodDialog")

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in PeriodKind:
            self.kind.addItem(period_kind_label(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.employer = _line(self, "employer", self.tr("Employer or organisation"))
        self.country = CountryComboBox(self)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        self.role = _line(self, "role", self.tr("Role or job title"))
        self.tasks = QPlainTextEdit(self)
        self.tasks.setObjectName("tasks")
        self.tasks.setAccessibleName(self.tr("Tasks"))
        self.tasks.setTabChangesFocus(True)
        self.tasks.setPlaceholderText(self.tr("What the candidate did, in the attest's words"))
        self.tasks.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        self.start = DateLineEdit("start", self)
        self.start.setAccessibleName(self.tr("From date"))
        self.end = DateLineEdit("end", self)
        self.end.setAccessibleName(self.tr("To date"))
        self.ongoing = QCheckBox(self.tr("O&ngoing"), self)
        self.ongoing.setObjectName("ongoing")
        self.ongoing.setToolTip(self.tr("Still employed / still going on"))
        self.ongoing.toggled.connect(self._on_ongoing)
        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end)
        end_layout.addWidget(self.ongoing)
        end_layout.addStretch(1)

        self.use_percent = QRadioButton(self.tr("&Position %"), self)
        self.use_percent.setObjectName("use_percent")
        self.use_hours = QRadioButton(self.tr("&Hours per week"), self)
        self.use_hours.setObjectName("use_hours")
        group = QButtonGroup(self)
        group.addButton(self.use_percent)
        group.addButton(self.use_hours)
        self.fte = _line(self, "fte_percent", self.tr("Position percent"), 10)
        self.fte.setPlaceholderText(self.tr("e.g. 100"))
        self.hours = _line(self, "hours_per_week", self.tr("Hours per week"), 10)
        self.hours.setPlaceholderText(self.tr("e.g. 37,5"))
        for edit in (self.fte, self.hours):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("e.g. 37,5") + 24)
        extent_row = QWidget(self)
        extent_layout = QHBoxLayout(extent_row)
        extent_layout.setContentsMargins(0, 0, 0, 0)
        extent_layout.addWidget(self.use_percent)
        extent_layout.addWidget(self.fte)
        extent_layout.addSpacing(16)
        extent_layout.addWidget(self.use_hours)
        extent_layout.addWidget(self.hours)
        extent_layout.addStretch(1)
        for first, second in (
            (self.ongoing, self.use_percent),
            (self.use_percent, self.fte),
            (self.fte, self.use_hours),
            (self.use_hours, self.hours),
        ):
            QWidget.setTabOrder(first, second)
        self.use_percent.toggled.connect(self._on_extent)
        self.use_percent.setChecked(True)

        self.confirmed = QCheckBox(self.tr("&Confirmed by a third party (employer, NAV, Aa-register)"), self)
        self.confirmed.setObjectName("third_party_confirmed")

        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Employer / organisation:"), self.employer)
        self.form.addRow(self.tr("Co&untry:"), self.country)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("T&asks:"), self.tasks)
        self.form.addRow(self.tr("&From:"), self.start)
        self.form.addRow(self.tr("&To:"), end_row)
        self.form.addRow(self.tr("E&xtent:"), extent_row)
        self.form.addRow("", self.confirmed)
        self._set_buddy(end_row, self.end)
        self._set_buddy(extent_row, self.use_percent)

        for field, widget in (
            ("kind", self.kind),
            ("employer", self.employer),
            ("country", self.country),
            ("role", self.role),
            ("tasks", self.tasks),
            ("start", self.start),
            ("end", self.end),
            ("fte_percent", self.fte),
            ("hours_per_week", self.hours),
        ):
            self._register(field, widget)

        # The attest (arbeidsattest / tjenestebevis), domain-norway §1.6.
        self.attest_box = QGroupBox(self.tr("Attest (work certificate)"), self)
        attest_form = QFormLayout(self.attest_box)
        attest_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        attest_errors = self._new_error_set(attest_form)
        self.attest_issued_by = _line(self, "attest_issued_by", self.tr("Attest issued by"))
        self.attest_signer_name = _line(self, "attest_signer_name", self.tr("Signer's name"))
        self.attest_signer_title = _line(self, "attest_signer_title", self.tr("Signer's title"))
        self.attest_date = DateLineEdit("attest_date", self)
        self.attest_date.setAccessibleName(self.tr("Date of issue"))
        self.attest_letterhead = QCheckBox(self.tr("On letterhead or sta&mped"), self)
        self.attest_letterhead.setObjectName("attest_letterhead")
        attest_form.addRow(self.tr("&Issued by:"), self.attest_issued_by)
        attest_form.addRow(self.tr("&Signed by:"), self.attest_signer_name)
        attest_form.addRow(self.tr("Signer's tit&le:"), self.attest_signer_title)
        attest_form.addRow(self.tr("&Date of issue:"), self.attest_date)
        attest_form.addRow("", self.attest_letterhead)
        hint = QLabel(
            self.tr(
                "An attest must be made out to the candidate and give the period, the position % "
                "or hours, and the tasks. Timesheets are not accepted."
            ),
            self.attest_box,
        )
        hint.setWordWrap(True)
        mute(hint)
        attest_form.addRow(hint)
        for field, widget in (
            ("attest_issued_by", self.attest_issued_by),
            ("attest_signer_name", self.attest_signer_name),
            ("attest_signer_title", self.attest_signer_title),
            ("attest_date", self.attest_date),
        ):
            self._register(field, widget, attest_errors)
        self._layout.addWidget(self.attest_box)
        self._finish_layout()

        self.kind.currentIndexChanged.connect(self._on_kind)
        if period is not None:
            self._load(period)
        self._on_kind()
        self.setMinimumWidth(560)
        self.employer.setFocus()

    def _set_buddy(self, field_widget: QWidget, focus: QWidget) -> None:
        label = self.form.labelForField(field_widget)
        if isinstance(label, QLabel):
            label.setBuddy(focus)

    def _load(self, p: HistoryPeriod) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind.value)))
        self.employer.setText(p.employer)
        self.country.set_code(p.country)
        self.role.setText(p.role)
        self.tasks.setPlainText(p.tasks)
        self.start.setDate(p.start)
        self.end.setDate(p.end)
        self.ongoing.setChecked(p.end is None)
        if p.fte_percent is None and p.hours_per_week is not None:
            self.use_hours.setChecked(True)
        self.fte.setText(format_number(p.fte_percent))
        self.hours.setText(format_number(p.hours_per_week))
        self.confirmed.setChecked(p.third_party_confirmed)
        self.attest_issued_by.setText(p.attest_issued_by)
        self.attest_signer_name.setText(p.attest_signer_name)
        self.attest_signer_title.setText(p.attest_signer_title)
        self.attest_date.setDate(p.attest_date)
        self.attest_letterhead.setChecked(p.attest_letterhead)

    def _on_kind(self) -> None:
        course = self.kind.currentData() == PeriodKind.NON_FORMAL_COURSE.value
        label = self.form.labelForField(self.employer)
        if isinstance(label, QLabel):
            label.setText(self.tr("Course pro&vider:") if course else self.tr("&Employer / organisation:"))

    def _on_ongoing(self, checked: bool) -> None:
        self.end.setEnabled(not checked)  # what was typed stays, it is only set aside

    def _on_extent(self) -> None:
        percent = self.use_percent.isChecked()
        self.fte.setEnabled(percent)
        self.hours.setEnabled(not percent)

    def _collect(self) -> HistoryPeriod:
        problems: list[ValidationError] = []

        def read(fn: Any, *args: Any) -> Any:
            try:
                return fn(*args)
            except ValidationError as exc:
                problems.append(exc)
                return None

        start = read(self.start.parse)
        if self.start.is_blank():
            problems.append(ValidationError("start", self.tr("The start date is required.")))
        end = None if self.ongoing.isChecked() else read(self.end.parse)
        if end is None and not self.ongoing.isChecked() and self.end.is_blank():
            problems.append(
                ValidationError(
                    "end", self.tr("Give the end date, or tick 'Ongoing' if the period has not ended.")
                )
            )
        attest_date = read(self.attest_date.parse)
        fte = hours = None
        if self.use_percent.isChecked():
            fte = read(
                parse_number,
                self.fte.text(),
                "fte_percent",
                self.tr("Write the position % as a number, e.g. 80 or 37,5."),
            )
        else:
            hours = read(
                parse_number,
                self.hours.text(),
                "hours_per_week",
                self.tr("Write the hours per week as a number, e.g. 37,5."),
            )
        period = HistoryPeriod(
            kind=PeriodKind(self.kind.currentData()),
            employer=self.employer.text(),
            start=start or date(2000, 1, 1),
            end=end,
            country=self.country.code(),
            role=self.role.text(),
            tasks=self.tasks.toPlainText(),
            fte_percent=fte,
            hours_per_week=hours,
            third_party_confirmed=self.confirmed.isChecked(),
            attest_issued_by=self.attest_issued_by.text(),
            attest_signer_name=self.attest_signer_name.text(),
            attest_signer_title=self.attest_signer_title.text(),
            attest_date=attest_date,
            attest_letterhead=self.attest_letterhead.isChecked(),
            id=self._item_id,
            candidate_id=self._candidate_id,
        )
        if problems:
            # Show the domain's messages for the other fields too, so the user fixes all at once.
            bad = {p.field for p in problems}
            if "start" in bad:
                bad |= {"end", "attest_date"}  # their checks compare against the unreadable start
            if "fte_percent" in bad or "hours_per_week" in bad:
                bad |= {"fte_percent", "hours_per_week"}
            try:
                validate_period(dataclasses.replace(period), today=self._today)
            except ValidationErrors as exc:
                problems.extend(e for e in exc.errors if e.field not in bad)
            raise ValidationErrors(problems)
        return period

    def _store(self, item: HistoryPeriod) -> HistoryPeriod:
        saved = history.save_period(self._db, item)
        log.info("period %s saved for candidate %s", saved.id, saved.candidate_id)
        return saved

    def saved_period(self) -> HistoryPeriod | None:
        return self._saved  # type: ignore[no-any-return]


class SchoolingDialog(_EntryDialog):
    """Add or edit one school level (vg1, vg2, vg3, higher) of a saved candidate."""

    def __init__(
        self, db: Database, candidate_id: int, item: Schooling | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, candidate_id, item.id if item else None, parent)
        self.setWindowTitle(self.tr("Edit schooling") if item and item.id else self.tr("Add schooling"))
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.level.setAccessibleName(self.tr("School level"))
        for level in SchoolLevel:
            self.level.addItem(school_level_label(level), level.value)
        self.programme = _line(self, "programme", self.tr("Programme"))
        self.programme.setPlaceholderText(self.tr("e.g. Vg1 bygg- og anleggsteknikk"))
        self.year = _line(self, "year", self.tr("Year"), 4)
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("00000") + 20)
        self.in_school = QCheckBox(self.tr("In &school (not as apprentice or privatist)"), self)
        self.in_school.setChecked(True)
        self.yff = QCheckBox(self.tr("&YFF relevant to the fag"), self)
        self.passed = QCheckBox(self.tr("&Passed"), self)
        self.form.addRow(self.tr("&Level:"), self.level)
        self.form.addRow(self.tr("P&rogramme:"), self.programme)
        self.form.addRow(self.tr("Y&ear:"), self.year)
        for box in (self.in_school, self.yff, self.passed):
            self.form.addRow("", box)
        self._register("programme", self.programme)
        self._register("year", self.year)
        self._finish_layout()
        if item is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(item.level.value)))
            self.programme.setText(item.programme)
            self.year.setText("" if item.year is None else str(item.year))
            self.in_school.setChecked(item.in_school)
            self.yff.setChecked(item.yff_relevant)
            self.passed.setChecked(item.passed)
        self.setMinimumWidth(460)
        self.programme.setFocus()

    def _collect(self) -> Schooling:
        text = self.year.text().strip()
        if text and not (text.isdigit() and len(text) == 4):
            raise ValidationError("year", self.tr("Write the year with four digits, e.g. 2012."))
        return Schooling(
            level=SchoolLevel(self.level.currentData()),
            programme=self.programme.text(),
            passed=self.passed.isChecked(),
            year=int(text) if text else None,
            in_school=self.in_school.isChecked(),
            yff_relevant=self.yff.isChecked(),
            id=self._item_id,
            candidate_id=self._candidate_id,
        )

    def _store(self, item: Schooling) -> Schooling:
        return history.save_schooling(self._db, item)


class ExamDialog(_EntryDialog):
    """Add or edit one exam (e.g. the privatist theory exam, code ending in 3102)."""

    def __init__(
        self, db: Database, candidate_id: int, item: Exam | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, candidate_id, item.id if item else None, parent)
        self.setWindowTitle(self.tr("Edit exam") if item and item.id else self.tr("Add exam"))
        self.code = _line(self, "code", self.tr("Exam code"), 20)
        self.code.setPlaceholderText(self.tr("e.g. TMF3102"))
        self.exam_date = DateLineEdit("exam_date", self)
        self.exam_date.setAccessibleName(self.tr("Exam date"))
        self.exam_result = _line(self, "result", self.tr("Result"), 50)
        self.passed = QCheckBox(self.tr("&Passed"), self)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Date:"), self.exam_date)
        self.form.addRow(self.tr("&Result:"), self.exam_result)
        self.form.addRow("", self.passed)
        self._register("code", self.code)
        self._register("exam_date", self.exam_date)
        self._finish_layout()
        if item is not None:
            self.code.setText(item.code)
            self.exam_date.setDate(item.exam_date)
            self.exam_result.setText(item.result)
            self.passed.setChecked(item.passed)
        self.setMinimumWidth(420)
        self.code.setFocus()

    def _collect(self) -> Exam:
        return Exam(
            code=self.code.text(),
            exam_date=self.exam_date.parse(),
            result=self.exam_result.text().strip(),
            passed=self.passed.isChecked(),
            id=self._item_id,
            candidate_id=self._candidate_id,
        )

    def _store(self, item: Exam) -> Exam:
        return history.save_exam(self._db, item)


class CourseDialog(_EntryDialog):
    """Add or edit one non-formal course (provider, title, hours, date completed)."""

    def __init__(
        self, db: Database, candidate_id: int, item: Course | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, candidate_id, item.id if item else None, parent)
        self.setWindowTitle(self.tr("Edit course") if item and item.id else self.tr("Add course"))
        self.provider = _line(self, "provider", self.tr("Course provider"))
        self.title = _line(self, "title", self.tr("Course title"))
        self.hours = _line(self, "hours", self.tr("Hours"), 10)
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("00000,0") + 20)
        self.completed_on = DateLineEdit("completed_on", self)
        self.completed_on.setAccessibleName(self.tr("Date completed"))
        self.form.addRow(self.tr("&Provider:"), self.provider)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Hours:"), self.hours)
        self.form.addRow(self.tr("&Completed:"), self.completed_on)
        for field, widget in (
            ("provider", self.provider),
            ("title", self.title),
            ("hours", self.hours),
            ("completed_on", self.completed_on),
        ):
            self._register(field, widget)
        self._finish_layout()
        if item is not None:
            self.provider.setText(item.provider)
            self.title.setText(item.title)
            self.hours.setText(format_number(item.hours))
            self.completed_on.setDate(item.completed_on)
        self.setMinimumWidth(460)
        self.provider.setFocus()

    def _collect(self) -> Course:
        problems: list[ValidationError] = []
        hours = completed = None
        try:
            hours = parse_number(
                self.hours.text(), "hours", self.tr("Write the hours as a number, e.g. 7,5.")
            )
        except ValidationError as exc:
            problems.append(exc)
        try:
            completed = self.completed_on.parse()
        except ValidationError as exc:
            problems.append(exc)
        if problems:
            raise ValidationErrors(problems)
        return Course(
            provider=self.provider.text(),
            title=self.title.text(),
            hours=hours,
            completed_on=completed,
            id=self._item_id,
            candidate_id=self._candidate_id,
        )

    def _store(self, item: Course) -> Course:
        return history.save_course(self._db, item)
