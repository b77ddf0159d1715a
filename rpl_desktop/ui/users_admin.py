"""Settings → Users and roles: the users of this data, their roles, and the two-person rule.

Only an administrator may change anything here (the services check it again); everyone else sees the
list, read-only, with a tooltip on each disabled button saying why. Users are never deleted, since the
audit log names them: someone who leaves is *deactivated*.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain import security
from rpl_desktop.domain.actors import ROLES
from rpl_desktop.domain.errors import RplError
from rpl_desktop.services import users
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.permissions import gate, role_label, roles_text

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"
Index = QModelIndex | QPersistentModelIndex


class UsersTableModel(QAbstractTableModel):
    COL_NAME, COL_USERNAME, COL_ROLES, COL_STATUS, COL_PASSWORD = range(5)
    UserRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[users.User] = []

    def set_users(self, items: list[users.User]) -> None:
        self.beginResetModel()
        self._users = list(items)
        self.endResetModel()

    def user(self, row: int) -> users.User | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("User name"),
            self.tr("Roles"),
            self.tr("Status"),
            self.tr("Password"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        u = self.user(index.row()) if index.isValid() else None
        if u is None:
            return None
        if role == self.UserRole:
            return u.id
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            u.display_name,
            u.username,
            roles_text(u.roles),
            self.tr("active") if u.active else self.tr("inactive"),
            self.tr("yes") if u.has_password else self.tr("no"),
        )[index.column()]


class UserDialog(QDialog):
    """Add a user (user name, name, roles, optional password) or edit one (name and roles)."""

    def __init__(self, db: Database, user: users.User | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self.saved: users.User | None = None
        self.setObjectName("userDialog")
        self.setWindowTitle(
            self.tr("Add a user") if user is None else fill(self.tr("Roles of %1"), user.display_name)
        )
        self.setMinimumWidth(440)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("userUsername")
        self.username_edit.setMaxLength(security.USERNAME_MAX)
        self.username_edit.setToolTip(self.tr("A short name without spaces, e.g. the login name"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("userDisplayName")
        self.name_edit.setMaxLength(security.DISPLAY_NAME_MAX)
        self.name_edit.setToolTip(self.tr("The name shown in the program and in the audit log"))
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_widget = QWidget(self)
        roles_layout = QVBoxLayout(roles_widget)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        explanations = {
            "caseworker": self.tr("register, cases, mapping, proposes decisions"),
            "approver": self.tr("also approves and issues decisions"),
            "counsellor": self.tr("register, cases, competence maps; no decisions"),
            "admin": self.tr("catalogue, rule profiles, users, settings"),
        }
        for role in ROLES:
            box = QCheckBox(fill(self.tr("%1 — %2"), role_label(role), explanations[role]), roles_widget)
            box.setObjectName(f"role_{role}")
            roles_layout.addWidget(box)
            self.role_boxes[role] = box
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("userPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("optional"))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("userPasswordRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("userDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        form = QFormLayout()
        for text, widget in (
            (self.tr("&User name:"), self.username_edit),
            (self.tr("&Name:"), self.name_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Roles:"), roles_widget)
        if user is None:
            for text, widget in (
                (self.tr("&Password:"), self.password_edit),
                (self.tr("&Repeat password:"), self.repeat_edit),
            ):
                label = QLabel(text, self)
                label.setBuddy(widget)
                form.addRow(label, widget)
        else:
            self.username_edit.setText(user.username)
            self.username_edit.setReadOnly(True)
            self.name_edit.setText(user.display_name)
            for role, box in self.role_boxes.items():
                box.setChecked(role in user.roles)
            self.password_edit.hide()
            self.repeat_edit.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def save(self) -> bool:
        try:
            if self._user is None:
                if self.password_edit.text() != self.repeat_edit.text():
                    raise RplError(self.tr("The two passwords differ. Type the same password twice."))
                self.saved = users.add_user(
                    self._db,
                    self.username_edit.text(),
                    self.name_edit.text(),
                    self.roles(),
                    self.password_edit.text(),
                )
            else:
                users.set_display_name(self._db, self._user.id, self.name_edit.text())
                self.saved = users.set_roles(self._db, self._user.id, self.roles())
        except RplError as exc:
            self.message.setText(getattr(exc, "detail", None) or exc.message)
            self.message.show()
            return False
        self.accept()
        return True


class PasswordDialog(QDialog):
    """Set or reset a user's password (empty: the user has none)."""

    def __init__(self, db: Database, user: users.User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self.setObjectName("passwordDialog")
        self.setWindowTitle(fill(self.tr("Password of %1"), user.display_name))
        self.setMinimumWidth(400)
        note = QLabel(
            fill(
                self.tr("At least %1 characters. Leave both fields empty to remove the password."),
                security.PASSWORD_MIN,
            ),
            self,
        )
        note.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("newPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("newPasswordRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&New password:"), self.password_edit),
            (self.tr("&Repeat:"), self.repeat_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            if self.password_edit.text() != self.repeat_edit.text():
                raise RplError(self.tr("The two passwords differ. Type the same password twice."))
            users.set_password(self._db, self._user.id, self.password_edit.text())
        except RplError as exc:
            self.message.setText(getattr(exc, "detail", None) or exc.message)
            self.message.show()
            return False
        self.accept()
        return True


class UsersAdminWidget(QWidget):
    """The list of users with Add, Edit roles, Deactivate/Reactivate, Reset password, two-person rule.

    ``confirm(title, text)`` asks before a user is deactivated; tests replace it.
    """

    usersChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("usersAdmin")
        self.confirm: Callable[[str, str], bool] = self._ask
        self.model = UsersTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UsersTableModel.COL_ROLES, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.signed_in_label = QLabel(self)
        self.signed_in_label.setObjectName("signedInAs")
        self.signed_in_label.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(self.tr("&Roles…"), self)
        self.edit_button.setObjectName("editUserRoles")
        self.edit_button.setToolTip(self.tr("Change the name and roles of the chosen user"))
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.setObjectName("toggleUserActive")
        self.active_button.setToolTip(
            self.tr("A user who leaves is deactivated, never deleted: the audit log names them.")
        )
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.password_button.setObjectName("resetUserPassword")
        self.two_person_box = QCheckBox(
            self.tr(
                "&Two-person rule: a decision is approved and a vedtak issued "
                "by another user than the case's caseworker"
            ),
            self,
        )
        self.two_person_box.setObjectName("twoPersonRule")
        self.two_person_box.setToolTip(
            self.tr(
                "The caseworker is the case's assigned caseworker and the last "
                "user who changed its judgements."
            )
        )
        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signed_in_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.two_person_box)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.two_person_box.toggled.connect(self._two_person_toggled)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.refresh()

    # -- state ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected_user()
        self.model.set_users(users.list_users(self._db))
        actor = self._db.actor
        if actor.user_id is None:
            self.signed_in_label.setText(
                self.tr(
                    "No users yet: the program works without signing in. The "
                    "first user becomes its administrator."
                )
            )
        else:
            self.signed_in_label.setText(
                fill(self.tr("Signed in as %1 (%2)."), actor.display_name, roles_text(actor.roles))
            )
        self.two_person_box.blockSignals(True)
        self.two_person_box.setChecked(users.two_person_rule(self._db))
        self.two_person_box.blockSignals(False)
        if chosen is not None:
            self.select(chosen.username)
        self._update_buttons()

    def selected_user(self) -> users.User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user(rows[0].row()) if rows else None

    def select(self, username: str) -> bool:
        for row in range(self.model.rowCount()):
            u = self.model.user(row)
            if u is not None and u.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        actor = self._db.actor
        chosen = self.selected_user()
        self.active_button.setText(
            self.tr("Re&activate") if chosen is not None and not chosen.active else self.tr("&Deactivate")
        )
        gate(self.add_button, actor, security.MANAGE_USERS)
        for button in (self.edit_button, self.active_button, self.password_button):
            gate(button, actor, security.MANAGE_USERS, enabled=chosen is not None)
        gate(self.two_person_box, actor, security.CHANGE_SETTINGS)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- actions ----------------------------------------------------------------------------------

    def add_user(self) -> UserDialog:
        """Open the Add user dialog (window-modal, not blocking); the list updates when it is saved."""
        dialog = UserDialog(self._db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved, self.tr("User %1 added.")))
        dialog.open()
        return dialog

    def edit_user(self) -> UserDialog | None:
        chosen = self.selected_user()
        if chosen is None or not security.allows(self._db.actor, security.MANAGE_USERS):
            return None
        dialog = UserDialog(self._db, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved, self.tr("The roles of %1 are saved.")))
        dialog.open()
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        chosen = self.selected_user()
        if chosen is None:
            return None
        dialog = PasswordDialog(self._db, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(chosen, self.tr("The password of %1 is saved.")))
        dialog.open()
        return dialog

    def toggle_active(self) -> bool:
        chosen = self.selected_user()
        if chosen is None:
            return False
        if chosen.active and not self.confirm(
            self.tr("Deactivate user"),
            fill(
                self.tr(
                    "Deactivate %1? They can no longer sign in; what they did stays in the audit log. "
                    "An administrator can reactivate them."
                ),
                chosen.display_name,
            ),
        ):
            return False
        try:
            saved = users.set_active(self._db, chosen.id, not chosen.active)
        except RplError as exc:
            self._show(getattr(exc, "detail", None) or exc.message, error=True)
            return False
        self._saved(saved, self.tr("%1 is active again.") if saved.active else self.tr("%1 is deactivated."))
        return True

    def _saved(self, user: users.User | None, text: str) -> None:
        self.refresh()
        if user is not None:
            self.select(user.username)
            self._show(fill(text, user.display_name))
        self.usersChanged.emit()

    def _two_person_toggled(self, on: bool) -> None:
        try:
            users.set_two_person_rule(self._db, on)
        except RplError as exc:
            self._show(exc.message, error=True)
            self.refresh()
            return
        self._show(self.tr("The two-person rule is on.") if on else self.tr("The two-person rule is off."))

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()
