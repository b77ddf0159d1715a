"""Settings → Security: encryption status, the passphrase, backups now and automatic, restore.

Long work (backup, restore, encrypting) runs off the GUI thread behind a progress dialog
(:func:`rpl_desktop.ui.background.run_with_progress`). Every question goes through a replaceable
callable, so tests can answer in code; the defaults show the real dialogs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import PermissionDenied, RplError
from rpl_desktop.domain.security import CHANGE_SETTINGS, allows, refusal, require
from rpl_desktop.paths import AppPaths, database_url
from rpl_desktop.services import security_keys as keys
from rpl_desktop.store import crypto
from rpl_desktop.store.backup import KEEP_SETTING, SUFFIX, backup_keep, create_backup, default_backup_name
from rpl_desktop.store.database import Database, evidence_key
from rpl_desktop.store.engine import DatabasePassphraseWrong, engine_passphrase, make_engine
from rpl_desktop.store.evidence_store import EvidenceStore
from rpl_desktop.store.restore import RestoreResult, StagedRestore, prepare_restore
from rpl_desktop.ui.background import run_with_progress
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.passphrase_dialog import NewPassphraseDialog, PassphraseChoice, Purpose, UnlockDialog

log = logging.getLogger(__name__)

# --- the group box ----------------------------------------------------------------------------------

def _ask_new_passphrase(parent: QWidget, purpose: Purpose) -> PassphraseChoice | None:
    dialog = NewPassphraseDialog(purpose, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _ask_backup_passphrase(parent: QWidget, message: str) -> PassphraseChoice | None:
    dialog = UnlockDialog(parent, message=message, for_backup=True)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class SecurityBox(QGroupBox):
    """Encryption, passphrase and backups, for the Settings page."""

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Security and backups"))
        self.setObjectName("securityBox")
        self._db = db
        self._paths = paths
        # Injection points for tests; the defaults show the real dialogs.
        self.ask_new_passphrase: Callable[[Purpose], PassphraseChoice | None] = \
            lambda purpose: _ask_new_passphrase(self, purpose)
        self.ask_backup_passphrase: Callable[[str], PassphraseChoice | None] = \
            lambda message: _ask_backup_passphrase(self, message)
        self.ask_save_path: Callable[[Path], Path | None] = self._ask_save_path
        self.ask_open_path: Callable[[Path], Path | None] = self._ask_open_path
        self.confirm_restore: Callable[[RestoreResult], bool] = self._confirm_restore
        self.inform: Callable[[str, str], None] = self._inform
        self.quit_program: Callable[[], None] = QCoreApplication.quit

        self.status_label = QLabel(self)
        self.status_label.setObjectName("encryptionStatus")
        self.status_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt the data…"), self)
        self.encrypt_button.setObjectName("encryptData")
        self.encrypt_button.clicked.connect(self.encrypt_data)
        self.change_button = QPushButton(self.tr("C&hange passphrase…"), self)
        self.change_button.setObjectName("changePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        self.remember_box = QCheckBox(self.tr("Remember the passphrase on this computer (OS &keyring)"), self)
        self.remember_box.setObjectName("rememberPassphraseSetting")
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("backupKeep")
        self.keep_spin.setRange(0, 60)
        self.keep_spin.setSpecialValueText(self.tr("Off"))
        self.keep_spin.setSuffix(self.tr(" days"))
        self.keep_spin.setAccessibleName(self.tr("Automatic daily backups to keep"))
        self.keep_spin.setToolTip(self.tr(
            "Each day the program is started it writes an encrypted backup into the backups folder and "
            "keeps this many of them. Off: no automatic backups."))
        self.backup_button = QPushButton(self.tr("&Back up now…"), self)
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Rest&ore from a backup…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("securityMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.encrypt_button)
        passphrase_row.addWidget(self.change_button)
        passphrase_row.addStretch(1)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        keep_label = QLabel(self.tr("Automatic backups &kept:"), self)
        keep_label.setBuddy(self.keep_spin)
        form.addRow(keep_label, self.keep_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(passphrase_row)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.keyring_note)
        layout.addLayout(form)
        layout.addLayout(backup_row)
        layout.addWidget(self.message_label)

        self.keep_spin.setValue(backup_keep(db))
        self.keep_spin.valueChanged.connect(self._keep_changed)
        self.remember_box.toggled.connect(self._remember_toggled)
        self.refresh()

    # -- state ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db_file = self._db.database_file
        server = db_file is None
        encrypted = self._db.encrypted
        if server:
            self.status_label.setText(self.tr(
                "The data is on a database server. Encryption at rest and backups are looked after there "
                "(ask your IT department)."))
        elif encrypted:
            self.status_label.setText(self.tr(
                "Encrypted: the database and the evidence files are encrypted with your passphrase."))
        else:
            self.status_label.setText(self.tr(
                "Not encrypted: anyone who gets hold of this computer or its disk can read the data. "
                "Encrypt it with a passphrase."))
        self.status_label.setStyleSheet("" if encrypted or server else "color: #b00020;")
        self.encrypt_button.setVisible(not server and not encrypted)
        self.change_button.setVisible(encrypted)
        self.backup_button.setEnabled(not server)
        # Encrypting, the passphrase, restoring and the backup setting concern everyone's data.
        may = allows(self._db.actor, CHANGE_SETTINGS)
        why = "" if may else refusal(self._db.actor, CHANGE_SETTINGS)
        for widget in (self.encrypt_button, self.change_button, self.keep_spin, self.restore_button):
            widget.setEnabled(may and not server)
            widget.setToolTip(why or widget.toolTip())
        available, _why = keys.keyring_status()
        self.remember_box.setVisible(encrypted)
        self.remember_box.setEnabled(available)
        self.keyring_note.setVisible(encrypted and not available)
        self.keyring_note.setText(self.tr(
            "This computer has no password store (keyring) that rpl-desktop can use, so the passphrase is "
            "asked at each start."))
        self.remember_box.blockSignals(True)
        self.remember_box.setChecked(bool(encrypted and db_file is not None and available
                                          and keys.stored_passphrase(db_file)))
        self.remember_box.blockSignals(False)

    def _allowed(self) -> bool:
        try:
            require(self._db.actor, CHANGE_SETTINGS)
        except PermissionDenied as exc:
            self._say(exc.message, error=True)
            return False
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b00020;" if error else "")

    def message(self) -> str:
        return self.message_label.text()

    def _keep_changed(self, value: int) -> None:
        self._db.set_setting(KEEP_SETTING, str(value))

    def _remember_toggled(self, checked: bool) -> None:
        db_file = self._db.database_file
        passphrase = engine_passphrase(self._db.engine)
        if db_file is None or passphrase is None:
            return
        if checked:
            if not keys.remember_passphrase(db_file, passphrase):
                self._say(self.tr("The keyring did not accept the passphrase; it is asked at each start."),
                          error=True)
                self.refresh()
                return
            self._say(self.tr("The passphrase is kept in this computer's keyring; the program starts without "
                              "asking."))
        else:
            keys.forget_passphrase(db_file)
            self._say(self.tr("The passphrase is no longer kept on this computer; it is asked at each "
                              "start."))

    # -- default dialogs ----------------------------------------------------------------------------

    def _ask_save_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(suggested), fill(self.tr("rpl-desktop backups (*%1)"), SUFFIX))
        return Path(name) if name else None

    def _ask_open_path(self, folder: Path) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(folder), fill(self.tr("rpl-desktop backups (*%1)"), SUFFIX))
        return Path(name) if name else None

    def _confirm_restore(self, result: RestoreResult) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup?"),
                          self.tr("Replace all current data with this backup?"), parent=self)
        box.setInformativeText(fill(self.tr(
            "The backup was made %1 by rpl-desktop %2 and holds %3 candidates, %4 cases and %5 evidence "
            "files. Everything entered since then is replaced (a safety backup of the current data is "
            "written first). The program closes afterwards; start it again."),
            result.created_at.replace("T", " "), result.program_version, result.tables.get("candidate", 0),
            result.tables.get("rpl_case", 0), result.evidence_files))
        replace = box.addButton(self.tr("&Replace the data"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # -- actions ------------------------------------------------------------------------------------

    def encrypt_data(self) -> bool:
        """Encrypt the unencrypted embedded database and its evidence files, in place."""
        if not self._allowed():
            return False
        choice = self.ask_new_passphrase(Purpose.ENCRYPT)
        if choice is None:
            return False
        db = self._db
        db.engine.dispose()
        try:
            count = run_with_progress(self.window(), self.tr("Encrypting"), self.tr("Encrypting the data…"),
                                      lambda progress: keys.encrypt_store(self._paths, choice.passphrase,
                                                                          progress=progress))
        except RplError as exc:
            self._say(exc.message, error=True)
            return False
        db_file = db.database_file
        assert db_file is not None
        db.replace_engine(make_engine(database_url(self._paths), choice.passphrase))
        db.evidence = EvidenceStore(self._paths.evidence_dir, key=evidence_key(db, create=False))
        db.encrypted = True
        if choice.remember:
            keys.remember_passphrase(db_file, choice.passphrase)
        log.info("data encrypted from Settings (%d evidence files)", count)
        self.refresh()
        self._say(self.tr("The data is now encrypted. Keep the passphrase safe: without it the data cannot "
                          "be opened."))
        return True

    def change_passphrase(self) -> bool:
        if not self._allowed():
            return False
        choice = self.ask_new_passphrase(Purpose.CHANGE)
        if choice is None:
            return False
        try:
            keys.change_passphrase(self._db, choice.current, choice.passphrase)
        except DatabasePassphraseWrong:
            self._say(self.tr("The current passphrase is not right, so nothing was changed. Try again."),
                      error=True)
            return False
        except RplError as exc:
            self._say(exc.message, error=True)
            return False
        db_file = self._db.database_file
        if choice.remember and db_file is not None:
            keys.remember_passphrase(db_file, choice.passphrase)
        self.refresh()
        self._say(self.tr("The passphrase was changed. Backups made before keep the old passphrase."))
        return True

    def back_up_now(self) -> Path | None:
        db = self._db
        if db.database_file is None:
            return None
        passphrase = engine_passphrase(db.engine)
        if passphrase is None:
            choice = self.ask_new_passphrase(Purpose.BACKUP)
            if choice is None:
                return None
            passphrase = choice.passphrase
        target = self.ask_save_path(self._paths.backup_dir / default_backup_name())
        if target is None:
            return None
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        secret = passphrase
        try:
            info = run_with_progress(self.window(), self.tr("Backing up"), self.tr("Writing the backup…"),
                                     lambda progress: create_backup(db, target, secret, progress))
        except RplError as exc:
            self._say(exc.message, error=True)
            return None
        text = fill(self.tr("The backup was written to %1 (%2 MB: %3 candidates, %4 evidence files)."),
                    info.path, f"{info.size / 1_000_000:.1f}", info.tables.get("candidate", 0),
                    info.evidence_files)
        if db.encrypted:
            text += " " + self.tr("It opens with the passphrase of the data.")
        else:
            text += " " + self.tr("It opens with the passphrase you chose for it.")
        self._say(text)
        return info.path

    def restore(self) -> bool:
        db = self._db
        db_file = db.database_file
        if db_file is None or not self._allowed():
            return False
        source = self.ask_open_path(self._paths.backup_dir)
        if source is None:
            return False
        current = engine_passphrase(db.engine)
        message = ""
        staged: StagedRestore | None = None
        choice: PassphraseChoice | None = None
        for _attempt in range(3):
            choice = self.ask_backup_passphrase(message)
            if choice is None:
                return False
            secret = choice.passphrase
            try:
                staged = run_with_progress(
                    self.window(), self.tr("Checking the backup"), self.tr("Checking the backup…"),
                    lambda progress, secret=secret: prepare_restore(  # type: ignore[misc]
                        source, secret, db_file, self._paths.evidence_dir, current_passphrase=current,
                        progress=progress))
                break
            except crypto.WrongPassphrase:
                message = self.tr("That passphrase does not open the backup. Check it and try again.")
            except RplError as exc:
                self._say(exc.message, error=True)
                return False
        if staged is None or choice is None:
            self._say(self.tr("The passphrase did not open the backup; nothing was changed."), error=True)
            return False
        try:
            if not self.confirm_restore(staged.result):
                return False
            stamp = default_backup_name().removeprefix("rpl_desktop-")
            safety = self._paths.backup_dir / f"rpl_desktop-before-restore-{stamp}"
            safety_passphrase = current or choice.passphrase
            run_with_progress(self.window(), self.tr("Restoring"), self.tr("Saving the current data first…"),
                              lambda progress: create_backup(db, safety, safety_passphrase, progress))
            db.engine.dispose()
            result = staged.commit()
        except RplError as exc:
            self._say(exc.message, error=True)
            return False
        finally:
            staged.discard()
        restored_passphrase = staged.passphrase
        db.replace_engine(make_engine(database_url(self._paths), restored_passphrase))
        db.encrypted = restored_passphrase is not None
        db.evidence = EvidenceStore(self._paths.evidence_dir, key=evidence_key(db, create=False))
        if result.uses_backup_passphrase and keys.stored_passphrase(db_file) is not None:
            keys.remember_passphrase(db_file, choice.passphrase)
        text = fill(self.tr("The backup of %1 was restored. The data you replaced was saved to %2. "
                            "rpl-desktop closes now: start it again to work with the restored data."),
                    result.created_at.replace("T", " "), safety.name)
        if result.uses_backup_passphrase:
            text += " " + self.tr("The restored data opens with the backup's passphrase.")
        self._say(text)
        self.inform(self.tr("Backup restored"), text)
        self.quit_program()
        return True
