"""Signing in: choose your name (and give your password, if you have one); the first user's name.

Shown at start when the data store has several active users, or one with a password
(:func:`rpl_desktop.ui.application.sign_in_step`). Signing in sets ``db.actor`` and is recorded in the
audit log (:func:`rpl_desktop.services.users.sign_in`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.permissions import roles_text

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"


class SignInDialog(QDialog):
    """Choose a user and sign in. ``accepted`` once :func:`users.sign_in` succeeded."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.signed_in: users.User | None = None
        self.setWindowTitle(self.tr("Sign in – rpl-desktop"))
        self.setObjectName("signInDialog")
        self.setMinimumWidth(420)

        intro = QLabel(
            self.tr(
                "Several people use this data. Choose your name, so that what you do is recorded as yours."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("signInUser")
        self.user_combo.setAccessibleName(self.tr("User"))
        self._users = users.list_users(db, active_only=True)
        login = users.os_login_name().lower()
        for u in self._users:
            self.user_combo.addItem(fill(self.tr("%1 (%2)"), u.display_name, roles_text(u.roles)), u.id)
        self.user_combo.setCurrentIndex(
            max(0, next((i for i, u in enumerate(self._users) if u.username.lower() == login), 0))
        )
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        form = QFormLayout()
        user_label = QLabel(self.tr("&Name:"), self)
        user_label.setBuddy(self.user_combo)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(user_label, self.user_combo)
        form.addRow(password_label, self.password_edit)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.user_combo.currentIndexChanged.connect(self._user_changed)
        self._user_changed()

    def _current(self) -> users.User | None:
        index = self.user_combo.currentIndex()
        return self._users[index] if 0 <= index < len(self._users) else None

    def _user_changed(self, _index: int = -1) -> None:
        user = self._current()
        has_password = bool(user and user.has_password)
        self.password_edit.clear()
        self.password_edit.setEnabled(has_password)
        self.password_edit.setPlaceholderText("" if has_password else self.tr("no password"))
        self.message.hide()
        if has_password:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, username: str) -> bool:
        """Select the user ``username`` (for tests and scripted starts)."""
        for i, u in enumerate(self._users):
            if u.username == username:
                self.user_combo.setCurrentIndex(i)
                return True
        return False

    def try_sign_in(self) -> bool:
        user = self._current()
        if user is None:
            self._show(self.tr("There is no active user. Ask an administrator."))
            return False
        try:
            self.signed_in = users.sign_in(self._db, user.username, self.password_edit.text())
        except RplError as exc:
            self._show(exc.message)
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return False
        self.accept()
        return True

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class FirstUserDialog(QDialog):
    """The first start when the OS gives no login name: who is the first user (the administrator)?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The first user – rpl-desktop"))
        self.setObjectName("firstUserDialog")
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "You are the first user of this data. You will be its administrator, and "
                "caseworker and approver as well; you can add colleagues under Settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("firstUserName")
        self.username_edit.setMaxLength(100)
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("firstUserDisplayName")
        self.display_edit.setMaxLength(200)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        name_label = QLabel(self.tr("&User name:"), self)
        name_label.setBuddy(self.username_edit)
        display_label = QLabel(self.tr("Full &name:"), self)
        display_label.setBuddy(self.display_edit)
        form.addRow(name_label, self.username_edit)
        form.addRow(display_label, self.display_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept_if_named(self) -> None:
        from rpl_desktop.domain.security import validate_username

        try:
            validate_username(self.username_edit.text())
        except RplError:
            self.message.setText(self.tr("Give a user name: a short name without spaces."))
            self.message.show()
            self.username_edit.setFocus()
            return
        self.accept()

    def names(self) -> tuple[str, str]:
        return self.username_edit.text().strip(), self.display_edit.text().strip()
