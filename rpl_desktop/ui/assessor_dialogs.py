"""The external assessor's dialogs: the package's passphrase and who is assessing.

:class:`PackagePassphraseDialog` asks the passphrase the caseworker gave by another channel and opens the
package; a wrong passphrase is said in the dialog and asked again, nothing is written. :class:`IdentityDialog`
asks the assessor's name, role (fagkonsulent, yrkesbedömare ...) and organisation once; it is kept in the
encrypted response file and travels with every judgement.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.assessor_files import AssessorIdentity
from rpl_desktop.services.assessor_session import AssessorSession
from rpl_desktop.store.crypto import WrongPassphrase
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.i18n import fill

ROLE_SUGGESTIONS = ("fagkonsulent", "yrkesbedømmer", "yrkesbedömare", "prøvenemndsmedlem", "faglærer")


class PackagePassphraseDialog(QDialog):
    """Ask the passphrase of a package and open it; a wrong passphrase is said here and asked again."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        opener: Callable[[Path, str], AssessorSession] = AssessorSession.open,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._opener = opener
        self.session: AssessorSession | None = None
        self.setObjectName("packagePassphraseDialog")
        self.setWindowTitle(self.tr("Open assessor package"))
        self.setMinimumWidth(460)
        intro = QLabel(
            fill(
                self.tr(
                    "<b>%1</b> is encrypted. Enter the passphrase the caseworker gave you (by telephone or "
                    "text message, not with the file)."
                ),
                html.escape(path.name),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("packagePassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        self.show_check = QCheckBox(self.tr("&Show the passphrase"), self)
        self.show_check.toggled.connect(
            lambda on: self.passphrase_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("packagePassphraseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.show_check)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase_edit.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def accept(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._error(self.tr("Enter the passphrase."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session = self._opener(self._path, passphrase)
        except WrongPassphrase:
            self._error(
                self.tr(
                    "The passphrase does not open this package. Check it (capital letters, spaces) "
                    "and try again, or ask the caseworker."
                )
            )
            self.passphrase_edit.selectAll()
            return
        except RplError as exc:
            self._error(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()
        self.passphrase_edit.setFocus()


class IdentityDialog(QDialog):
    """Who is assessing: name, role and organisation; recorded with every judgement."""

    def __init__(
        self,
        identity: AssessorIdentity | None,
        submit: Callable[[str, str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who is assessing?"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "The office records your name and role with each of your judgements; they appear in the case "
                "and in its history."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("assessorName")
        self.name_edit.setMaxLength(200)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("assessorRole")
        self.role_combo.setEditable(True)
        self.role_combo.addItems(ROLE_SUGGESTIONS)
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.role_combo.lineEdit().setPlaceholderText(self.tr("e.g. fagkonsulent or yrkesbedömare"))  # type: ignore[union-attr]
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("assessorOrganisation")
        self.organisation_edit.setMaxLength(200)
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Role:"), self.role_combo),
            (self.tr("&Organisation:"), self.organisation_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.errors = FieldErrors(form, self)
        self.errors.add("name", self.name_edit)
        self.errors.add("role", self.role_combo)
        self.errors.add("organisation", self.organisation_edit)
        if identity is not None:
            self.name_edit.setText(identity.name)
            self.role_combo.setEditText(identity.role)
            self.organisation_edit.setText(identity.organisation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def accept(self) -> None:
        try:
            self._submit(self.name_edit.text(), self.role_combo.currentText(), self.organisation_edit.text())
        except RplError as exc:
            self.errors.show(exc)
            return
        super().accept()
