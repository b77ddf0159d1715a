"""Dialogs for the passphrase that encrypts the data: choosing one, typing it to unlock, changing it.

:class:`NewPassphraseDialog` asks for a new passphrase twice, shows the rule (at least ten characters)
and a strength hint as it is typed, and may offer to remember it in the OS keyring; when this computer
has no keyring the box is disabled and says why. It serves the first start, encrypting existing data,
changing the passphrase (it then asks for the current one too) and a backup's own passphrase.

:class:`UnlockDialog` asks for the passphrase of encrypted data (or of a backup file) and shows why the
last try failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.services.security_keys import (
    MIN_LENGTH,
    PassphraseIssue,
    Strength,
    keyring_status,
    passphrase_issue,
    passphrase_strength,
)
from rpl_desktop.ui.i18n import fill

ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class PassphraseChoice:
    passphrase: str
    remember: bool = False
    current: str = ""


class Purpose(StrEnum):
    FIRST_START = "first_start"  # no data yet: protect what will be entered
    ENCRYPT = "encrypt"  # existing unencrypted data
    CHANGE = "change"  # a new passphrase for encrypted data (asks for the current one)
    BACKUP = "backup"  # a passphrase for one backup file of unencrypted data


def _secret_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(280)
    return edit


class NewPassphraseDialog(QDialog):
    """Choose a new passphrase (typed twice). ``choice()`` gives it after ``accept``."""

    def __init__(self, purpose: Purpose = Purpose.FIRST_START, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setObjectName("newPassphraseDialog")
        titles = {
            Purpose.FIRST_START: self.tr("Protect the data with a passphrase"),
            Purpose.ENCRYPT: self.tr("Encrypt the data"),
            Purpose.CHANGE: self.tr("Change the passphrase"),
            Purpose.BACKUP: self.tr("Passphrase for the backup"),
        }
        intros = {
            Purpose.FIRST_START: self.tr(
                "rpl-desktop keeps national ID numbers, work histories and attests. Choose a passphrase: "
                "the database and the evidence files are encrypted with it, so a lost or stolen computer "
                "reveals nothing. You need it each time the program starts, unless this computer "
                "remembers it."),
            Purpose.ENCRYPT: self.tr(
                "The database and the evidence files will be encrypted with this passphrase. Unencrypted "
                "copies are removed afterwards. You need the passphrase each time the program starts, "
                "unless this computer remembers it."),
            Purpose.CHANGE: self.tr(
                "Enter the current passphrase, then the new one twice. The data is re-encrypted with the "
                "new passphrase; the old one stops working. Backups made earlier keep the passphrase "
                "they were made with."),
            Purpose.BACKUP: self.tr(
                "The data on this computer is not encrypted, but a backup always is. Choose a passphrase "
                "for the backup and keep it safe: without it the backup cannot be restored."),
        }
        self.setWindowTitle(titles[purpose])
        intro = QLabel(intros[purpose], self)
        intro.setObjectName("passphraseIntro")
        intro.setWordWrap(True)

        self.current_edit = _secret_edit(self, "currentPassphrase", self.tr("Current passphrase"))
        self.new_edit = _secret_edit(self, "newPassphrase", self.tr("New passphrase"))
        self.repeat_edit = _secret_edit(self, "repeatPassphrase", self.tr("New passphrase again"))
        self.rule_label = QLabel(
            fill(self.tr("At least %1 characters. A few unrelated words are easy to remember and hard to "
                         "guess, for example “blue kettle, seven gulls”."), MIN_LENGTH), self)
        self.rule_label.setObjectName("passphraseRule")
        self.rule_label.setWordWrap(True)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("passphraseStrength")
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.show_box = QCheckBox(self.tr("&Show the passphrase"), self)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._show_toggled)
        self.remember_box = QCheckBox(self.tr("&Remember on this computer (OS keyring)"), self)
        self.remember_box.setObjectName("rememberPassphrase")
        self.remember_note = QLabel(self)
        self.remember_note.setObjectName("rememberNote")
        self.remember_note.setWordWrap(True)
        available, _why = keyring_status()
        if available:
            self.remember_box.setToolTip(self.tr(
                "The passphrase is kept in the password store of your user account; the program then "
                "starts without asking. Anyone who can sign in as you can then open the data."))
            self.remember_note.hide()
        else:
            self.remember_box.setEnabled(False)
            self.remember_note.setText(self.tr(
                "This computer has no password store (keyring) that rpl-desktop can use, so the "
                "passphrase cannot be remembered: you will type it at each start."))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("passphraseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        if purpose is Purpose.CHANGE:
            form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        else:
            self.current_edit.hide()
        form.addRow(self.tr("&New passphrase:") if purpose is Purpose.CHANGE else self.tr("&Passphrase:"),
                    self.new_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        form.addRow("", self.rule_label)
        form.addRow(self.tr("Strength:"), self.strength_label)
        form.addRow("", self.show_box)
        if purpose is not Purpose.BACKUP:
            form.addRow("", self.remember_box)
            form.addRow("", self.remember_note)
        else:
            self.remember_box.hide()
            self.remember_note.hide()

        self.buttons = QDialogButtonBox(self)
        ok_texts = {
            Purpose.FIRST_START: self.tr("&Encrypt"),
            Purpose.ENCRYPT: self.tr("&Encrypt now"),
            Purpose.CHANGE: self.tr("&Change passphrase"),
            Purpose.BACKUP: self.tr("&Use this passphrase"),
        }
        self.ok_button = self.buttons.addButton(ok_texts[purpose], QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("passphraseOk")
        self.ok_button.setDefault(True)
        cancel_text = self.tr("Continue &without encryption") if purpose is Purpose.FIRST_START \
            else self.tr("Cancel")
        self.cancel_button = self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("passphraseCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when a message appears
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.new_edit.textChanged.connect(self._update_strength)
        self._update_strength("")
        (self.current_edit if purpose is Purpose.CHANGE else self.new_edit).setFocus()

    def _show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(mode)

    def _update_strength(self, text: str) -> None:
        if not text:
            self.strength_label.setText(self.tr("(type a passphrase)"))
            self.strength_label.setStyleSheet("color: palette(mid);")
            return
        if len(text) < MIN_LENGTH:
            self.strength_label.setText(fill(self.tr("Too short: %1 of at least %2 characters"),
                                             len(text), MIN_LENGTH))
            self.strength_label.setStyleSheet(ERROR_STYLE)
            return
        strength = passphrase_strength(text)
        texts = {
            Strength.WEAK: (self.tr("Weak: easy to guess. Add more words."), "#b00020"),
            Strength.FAIR: (self.tr("Fair: a word or two more would help."), "#8a5a00"),
            Strength.GOOD: (self.tr("Good"), "#1b6e20"),
            Strength.STRONG: (self.tr("Strong"), "#1b6e20"),
        }
        label, colour = texts[strength]
        self.strength_label.setText(label)
        self.strength_label.setStyleSheet(f"color: {colour};")

    def issue_text(self, issue: PassphraseIssue) -> str:
        return {
            PassphraseIssue.EMPTY: self.tr("Enter a passphrase."),
            PassphraseIssue.TOO_SHORT: fill(
                self.tr("The passphrase is too short: use at least %1 characters."), MIN_LENGTH),
            PassphraseIssue.CONTROL: self.tr("The passphrase contains a control character (such as a tab). "
                                             "Use letters, digits, spaces and punctuation only."),
            PassphraseIssue.MISMATCH: self.tr("The two passphrases are not the same. Type the same "
                                              "passphrase twice."),
        }[issue]

    def show_error(self, message: str, field: QLineEdit | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def accept(self) -> None:
        if self.purpose is Purpose.CHANGE and not self.current_edit.text():
            self.show_error(self.tr("Enter the current passphrase."), self.current_edit)
            return
        issue = passphrase_issue(self.new_edit.text(), self.repeat_edit.text())
        if issue is not None:
            self.show_error(self.issue_text(issue),
                            self.repeat_edit if issue is PassphraseIssue.MISMATCH else self.new_edit)
            return
        if self.purpose is Purpose.CHANGE and self.new_edit.text() == self.current_edit.text():
            self.show_error(self.tr("The new passphrase is the same as the current one. Choose another."),
                            self.new_edit)
            return
        super().accept()

    def choice(self) -> PassphraseChoice:
        return PassphraseChoice(
            passphrase=self.new_edit.text(),
            remember=self.remember_box.isEnabled() and self.remember_box.isChecked()
            and self.purpose is not Purpose.BACKUP,
            current=self.current_edit.text(),
        )


class UnlockDialog(QDialog):
    """Type the passphrase of encrypted data (or of a backup file)."""

    def __init__(self, parent: QWidget | None = None, *, message: str = "", for_backup: bool = False,
                 location: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.for_backup = for_backup
        if for_backup:
            self.setWindowTitle(self.tr("Open the backup"))
            text = self.tr("The backup file is encrypted. Enter the passphrase it was made with.")
        else:
            self.setWindowTitle(self.tr("Unlock rpl-desktop"))
            text = self.tr("The data is encrypted. Enter the passphrase to open it.")
        intro = QLabel(text, self)
        intro.setObjectName("unlockIntro")
        intro.setWordWrap(True)
        self.location_label = QLabel(location, self)
        self.location_label.setObjectName("unlockLocation")
        self.location_label.setWordWrap(True)
        self.location_label.setStyleSheet("color: palette(mid);")
        self.location_label.setVisible(bool(location))
        self.passphrase_edit = _secret_edit(self, "unlockPassphrase", self.tr("Passphrase"))
        self.remember_box = QCheckBox(self.tr("&Remember on this computer (OS keyring)"), self)
        self.remember_box.setObjectName("rememberPassphrase")
        available, _why = keyring_status()
        if not available:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(self.tr(
                "This computer has no password store (keyring) that rpl-desktop can use."))
        self.remember_box.setVisible(not for_backup)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.set_message(message)

        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, self.passphrase_edit)
        form.addRow("", self.remember_box)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Open") if for_backup else self.tr("&Unlock"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("unlockOk")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel") if for_backup else self.tr("&Quit"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("unlockCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.location_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_message(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        if not self.passphrase_edit.text():
            self.set_message(self.tr("Enter the passphrase."))
            self.passphrase_edit.setFocus()
            return
        super().accept()

    def choice(self) -> PassphraseChoice:
        return PassphraseChoice(
            passphrase=self.passphrase_edit.text(),
            remember=self.remember_box.isEnabled() and self.remember_box.isChecked() and not self.for_backup,
        )
