"""Settings → Database: which database this desktop uses, and the dialog that points it at a server.

An office shares one PostgreSQL server; each desktop is pointed at it once. The setting lives in the
config folder (``database.json``, never in the database itself) and applies at the next start. The
password is not written there: it may be kept in the OS keyring, else it is asked for at start.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.paths import (
    DATABASE_URL_ENV,
    SSL_MODES,
    AppPaths,
    ServerSetting,
    ServerSettingError,
    keyring_password,
    load_server_setting,
    remember_password,
    save_server_setting,
    set_password_prompt,
)
from rpl_desktop.store.server import ConnectionCheck, check_connection, display_url, is_server_url
from rpl_desktop.ui.i18n import fill

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseSettings", text)


def _keyring_status() -> tuple[bool, str]:
    try:
        from rpl_desktop.services.security_keys import keyring_status
    except ImportError:  # pragma: no cover - the security module is part of the program
        return False, "No password store (keyring) is available on this computer."
    return keyring_status()


class _CheckSignals(QObject):
    finished = Signal(bool, str)


class _CheckJob(QRunnable):
    """Tries the connection off the GUI thread (a server that does not answer takes seconds)."""

    def __init__(self, url: str, check: Callable[[str], ConnectionCheck]) -> None:
        super().__init__()
        self.url = url
        self.check = check
        self.signals = _CheckSignals()

    def run(self) -> None:
        try:
            result = self.check(self.url)
        except Exception as exc:  # reported in the dialog, never a crash
            result = ConnectionCheck(False, f"The connection could not be tested ({type(exc).__name__}).")
        self.signals.finished.emit(result.ok, result.message)


class ConnectionDialog(QDialog):
    """Choose between the database on this computer and a shared PostgreSQL server."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None,
                 check: Callable[[str], ConnectionCheck] = check_connection) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Database connection"))
        self._paths = paths
        self._check = check
        self._job: _CheckJob | None = None

        intro = QLabel(self.tr(
            "An office with several caseworkers keeps its cases on one PostgreSQL server that the IT "
            "department runs; every desktop is pointed at it here. The change applies the next time "
            "rpl-desktop starts."), self)
        intro.setWordWrap(True)

        self.local_radio = QRadioButton(self.tr("Use the database on &this computer"), self)
        self.local_radio.setObjectName("useLocalDatabase")
        self.server_radio = QRadioButton(self.tr("Use a &shared PostgreSQL server"), self)
        self.server_radio.setObjectName("useServerDatabase")
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)

        self.server_box = QWidget(self)
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.host_edit = QLineEdit(self.server_box)
        self.host_edit.setObjectName("serverHost")
        self.host_edit.setPlaceholderText(self.tr("e.g. db.vestfjell.no"))
        self.port_spin = QSpinBox(self.server_box)
        self.port_spin.setObjectName("serverPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit(self.server_box)
        self.database_edit.setObjectName("serverDatabase")
        self.database_edit.setPlaceholderText("rpl")
        self.user_edit = QLineEdit(self.server_box)
        self.user_edit.setObjectName("serverUser")
        self.password_edit = QLineEdit(self.server_box)
        self.password_edit.setObjectName("serverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("&Remember the password on this computer (OS keyring)"),
                                        self.server_box)
        self.remember_check.setObjectName("rememberServerPassword")
        available, why = _keyring_status()
        if not available:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(why)
            self.keyring_note = QLabel(self.tr(
                "No keyring on this computer: you will be asked for the password at each start."),
                self.server_box)
        else:
            self.keyring_note = QLabel(self.tr(
                "Otherwise you are asked for it at each start. It is never written to a file."),
                self.server_box)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(mid);")
        self.ssl_combo = QComboBox(self.server_box)
        self.ssl_combo.setObjectName("serverSslMode")
        ssl_names = {
            "disable": self.tr("Off (only on a trusted network)"),
            "prefer": self.tr("Use SSL when the server offers it"),
            "require": self.tr("Require SSL"),
            "verify-ca": self.tr("Require SSL and check the server's certificate"),
            "verify-full": self.tr("Require SSL, check the certificate and the server name"),
        }
        for mode in SSL_MODES:
            self.ssl_combo.addItem(ssl_names[mode], mode)

        def row(text: str, widget: QWidget, accessible: str) -> None:
            label = QLabel(text, self.server_box)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)

        row(self.tr("Ser&ver:"), self.host_edit, self.tr("Server name or address"))
        row(self.tr("P&ort:"), self.port_spin, self.tr("Port"))
        row(self.tr("&Database:"), self.database_edit, self.tr("Database name"))
        row(self.tr("&User:"), self.user_edit, self.tr("Database user"))
        row(self.tr("&Password:"), self.password_edit, self.tr("Password"))
        remember_box = QWidget(self.server_box)
        remember_layout = QVBoxLayout(remember_box)
        remember_layout.setContentsMargins(0, 0, 0, 0)
        remember_layout.setSpacing(2)
        remember_layout.addWidget(self.remember_check)
        remember_layout.addWidget(self.keyring_note)
        form.addRow("", remember_box)
        row(self.tr("SS&L:"), self.ssl_combo, self.tr("SSL mode"))

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_label, 1)

        self.env_note = QLabel(self)
        self.env_note.setObjectName("environmentNote")
        self.env_note.setWordWrap(True)
        if os.environ.get(DATABASE_URL_ENV):
            self.env_note.setText(fill(
                self.tr("The environment variable %1 is set and takes precedence over this setting."),
                DATABASE_URL_ENV))
            self.env_note.setStyleSheet(ERROR_STYLE)
        self.env_note.setVisible(bool(os.environ.get(DATABASE_URL_ENV)))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addLayout(test_row)
        layout.addWidget(self.env_note)
        layout.addWidget(self.buttons)

        self.local_radio.toggled.connect(self._update_enabled)
        self._load()
        self._update_enabled()
        self.setMinimumWidth(580)
        self.adjustSize()

    # --- state ----------------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            setting = load_server_setting(self._paths)
        except ServerSettingError as exc:
            setting = None
            self._show_result(False, str(exc))
        if setting is None:
            self.local_radio.setChecked(True)
            self.ssl_combo.setCurrentIndex(self.ssl_combo.findData("prefer"))
            return
        self.server_radio.setChecked(True)
        self.host_edit.setText(setting.host)
        self.port_spin.setValue(setting.port)
        self.database_edit.setText(setting.database)
        self.user_edit.setText(setting.user)
        self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(setting.sslmode)))
        stored = keyring_password(setting)
        if stored:
            self.password_edit.setText(stored)
            self.remember_check.setChecked(True)

    def _update_enabled(self) -> None:
        server = self.server_radio.isChecked()
        self.server_box.setEnabled(server)
        self.test_button.setEnabled(server and self._job is None)
        if server:
            self.host_edit.setFocus()

    def setting(self) -> ServerSetting:
        """The server setting as entered; ServerSettingError says what is missing."""
        return ServerSetting(
            host=self.host_edit.text(), database=self.database_edit.text(), user=self.user_edit.text(),
            port=self.port_spin.value(), sslmode=str(self.ssl_combo.currentData()),
        ).check()

    def _show_result(self, ok: bool, message: str) -> None:
        self.result_label.setText(message)
        self.result_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    # --- actions --------------------------------------------------------------------------------------

    def test_connection(self) -> None:
        try:
            setting = self.setting()
        except ServerSettingError as exc:
            self._show_result(False, str(exc))
            return
        self._show_result(True, self.tr("Connecting…"))
        self.result_label.setStyleSheet("")
        self._job = _CheckJob(setting.url(self.password_edit.text() or None), self._check)
        self._job.signals.finished.connect(self._tested)
        self.test_button.setEnabled(False)
        QThreadPool.globalInstance().start(self._job)

    def _tested(self, ok: bool, message: str) -> None:
        self._job = None
        self._show_result(ok, message)
        self._update_enabled()

    def save(self) -> None:
        if self.local_radio.isChecked():
            save_server_setting(self._paths, None)
            self.accept()
            return
        try:
            setting = self.setting()
        except ServerSettingError as exc:
            self._show_result(False, str(exc))
            return
        password = self.password_edit.text()
        if self.remember_check.isChecked() and password:
            if not remember_password(setting, password):
                self._show_result(False, self.tr(
                    "The password could not be kept in the OS keyring. Untick “Remember the password” "
                    "to be asked for it at each start."))
                return
        else:
            remember_password(setting, None)
        save_server_setting(self._paths, setting)
        self.accept()


def describe_store(db_url: str, paths: AppPaths) -> str:
    """One line saying which database is in use (no password)."""
    if is_server_url(db_url):
        return fill(_tr("Shared PostgreSQL server: %1"), display_url(db_url))
    return fill(_tr("The database on this computer (in %1)"), paths.data_dir)


class DatabaseSettingsWidget(QWidget):
    """The "Database" box of the Settings page: the store in use, the one chosen for the next start."""

    def __init__(self, paths: AppPaths, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseSettings")
        self._paths = paths
        self._current_url = current_url
        self.current_label = QLabel(self)
        self.current_label.setObjectName("databaseInUse")
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("databaseNextStart")
        self.next_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("&Connection…"), self)
        self.change_button.setObjectName("changeDatabaseConnection")
        self.change_button.setToolTip(
            self.tr("Use the database on this computer or a shared PostgreSQL server"))
        self.change_button.clicked.connect(self.change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        in_use = describe_store(self._current_url, self._paths)
        self.current_label.setText(fill(self.tr("In use: %1"), in_use))
        try:
            setting = load_server_setting(self._paths)
        except ServerSettingError as exc:
            self.next_label.setText(str(exc))
            self.next_label.setStyleSheet(ERROR_STYLE)
            self.next_label.setVisible(True)
            return
        self.next_label.setStyleSheet("")
        if os.environ.get(DATABASE_URL_ENV):
            chosen = os.environ[DATABASE_URL_ENV]
        elif setting is None:
            chosen = self._paths.default_database_url()
        else:
            chosen = setting.url()
        same = display_url(chosen) == display_url(self._current_url) if is_server_url(chosen) \
            else not is_server_url(self._current_url)
        self.next_label.setText(fill(self.tr("After a restart: %1"), describe_store(chosen, self._paths)))
        self.next_label.setVisible(not same)

    def change(self) -> None:
        dialog = ConnectionDialog(self._paths, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


def ask_server_password(setting: ServerSetting, parent: QWidget | None = None) -> str | None:
    """Asks at start for the password of the shared server (None if the user cancels)."""
    text, ok = QInputDialog.getText(
        parent, _tr("Database password"),
        fill(_tr("Password of the database user %1 on %2:"), setting.user, setting.host),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def install_password_prompt() -> None:
    """From now on, opening the shared server asks for its password when the keyring has none."""
    set_password_prompt(ask_server_password)
