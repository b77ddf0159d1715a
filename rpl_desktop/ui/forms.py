"""Helpers for forms: show validation messages at the field, keep what the user typed.

A form registers its input widgets under the field names the domain uses (``"national_id"``,
``"end"``...). When a service raises ``ValidationErrors``, :meth:`FieldErrors.show` puts each message
in a small label under its widget, marks the widget invalid (a red frame through a dynamic property)
and focuses the first one. Nothing in the widgets is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from rpl_desktop.domain.errors import RplError, ValidationError, ValidationErrors

INVALID_STYLE = "*[invalid=\"true\"] { border: 1px solid #c0392b; }"


class FieldErrors:
    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self._form = form
        self._parent = parent
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._general = QLabel(parent)
        self._general.setObjectName("formGeneralError")
        self._general.setWordWrap(True)
        self._general.setStyleSheet("color: #c0392b;")
        self._general.hide()

    @property
    def general_label(self) -> QLabel:
        """A label for errors that belong to no field; the form places it where it likes."""
        return self._general

    def add(self, field: str, widget: QWidget) -> None:
        """Register ``widget`` (already in the form layout) as the input for ``field``."""
        self._widgets[field] = widget
        label = QLabel(self._parent)
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #c0392b; font-size: small;")
        label.hide()
        row, _role = self._form.getWidgetPosition(widget)
        if row < 0:
            # The widget sits inside a container that is in the form: find that row.
            parent = widget.parentWidget()
            while parent is not None and row < 0:
                row, _role = self._form.getWidgetPosition(parent)
                parent = parent.parentWidget()
        if row >= 0:
            self._form.insertRow(row + 1, "", label)
        self._labels[field] = label

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.hide()
            label.clear()
            self._mark(self._widgets[field], False)
        self._general.hide()
        self._general.clear()

    def show(self, error: RplError) -> None:
        """Show ``error`` at its fields (or in the general label). Focus goes to the first bad field."""
        self.clear()
        errors: list[ValidationError]
        if isinstance(error, ValidationErrors):
            errors = error.errors
        elif isinstance(error, ValidationError):
            errors = [error]
        else:
            self._general.setText(error.message)
            self._general.show()
            return
        first: QWidget | None = None
        unplaced: list[str] = []
        for item in errors:
            field = item.field.split(".")[-1] if item.field not in self._labels else item.field
            label = self._labels.get(field)
            if label is None:
                unplaced.append(item.message)
                continue
            text = item.detail
            if label.isVisible() and label.text():
                text = f"{label.text()}\n{text}"
            label.setText(text)
            label.show()
            self._mark(self._widgets[field], True)
            first = first or self._widgets[field]
        if unplaced:
            self._general.setText("\n".join(unplaced))
            self._general.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", "true" if invalid else "false")
        widget.setStyleSheet("border: 1px solid #c0392b;" if invalid else "")


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


def add_text_row(
    form: QFormLayout,
    label: str,
    *,
    name: str,
    accessible_name: str,
    placeholder: str,
    lines: int,
    on_edit: Callable[[], None],
) -> QPlainTextEdit:
    """A free-text box of ``lines`` lines with its (mnemonic) label as a new row of ``form``.

    Tab moves on to the next field rather than typing a tab; every change calls ``on_edit``.
    """
    parent = form.parentWidget()
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    edit.textChanged.connect(on_edit)
    caption = QLabel(label, parent)
    caption.setBuddy(edit)
    form.addRow(caption, edit)
    return edit
