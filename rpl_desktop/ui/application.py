"""Starting the desktop program: QApplication, translations, crash dialog, database, first start, window.

The steps are small functions so tests can run them without ``app.exec()``; every question to the
user goes through a :class:`StartupPrompts` object (``ask``), which tests replace with one that
answers by itself.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rpl_desktop import __version__
from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import APP_AUTHOR, APP_NAME, AppPaths
from rpl_desktop.ui.crash_dialog import install_gui_excepthook
from rpl_desktop.ui.i18n import fill, install_translations
from rpl_desktop.ui.main_window import EditorFactory, MainWindow, stored_language

if TYPE_CHECKING:
    from rpl_desktop.store.database import Database
    from rpl_desktop.ui.passphrase_dialog import PassphraseChoice

# The data layer is imported inside the functions below, after the window is on screen.
EXIT_USER_ERROR = 2

log = logging.getLogger(__name__)

EXIT_STORE_ERROR = EXIT_USER_ERROR  # 2, as the headless commands
DEMO_OFFERED_KEY = "demo_offered"
ORGANISATION_OFFERED_KEY = "organisation_offered"


class StartupPrompts(Protocol):
    """The questions asked while starting. The default shows dialogs; tests answer in code."""

    def show_error(self, message: str) -> None:
        """The program cannot start (e.g. the database is newer than the program)."""

    def set_up_organisation(self, db: Database) -> bool:
        """First start: let the user create the organisation profile. True if it was saved."""

    def offer_demo_data(self) -> bool:
        """The register is empty: load the invented demo candidates?"""

    def choose_passphrase(self, purpose: str) -> PassphraseChoice | None:
        """No data yet (``"first_start"``) or unencrypted data (``"encrypt"``): choose a passphrase.

        None: go on without encryption."""

    def unlock(self, message: str) -> PassphraseChoice | None:
        """The data is encrypted: its passphrase (``message`` says why the last try failed). None: quit."""

    def offer_encryption(self) -> bool:
        """The data is not encrypted: encrypt it now?"""


class DialogPrompts:
    """The real dialogs (modal, blocking: they run before the main window exists)."""

    def show_error(self, message: str) -> None:
        tr = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Startup", "rpl-desktop cannot start"), message)
        box.setInformativeText(tr("Startup", "The data was not changed."))
        box.exec()

    def set_up_organisation(self, db: Database) -> bool:
        from rpl_desktop.ui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(db, None, first_start=True)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def offer_demo_data(self) -> bool:
        tr = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Startup", "Load demo data?"), tr("Startup", "Load demo data?")
        )
        box.setInformativeText(
            tr(
                "Startup",
                "The register is empty. To try the program, rpl-desktop can add a few demo candidates with "
                "work histories. They are invented (their ID numbers are synthetic test numbers) and can be "
                "deleted like any other candidate. This question is asked only once.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_passphrase(self, purpose: str) -> PassphraseChoice | None:
        from rpl_desktop.ui.passphrase_dialog import NewPassphraseDialog, Purpose

        dialog = NewPassphraseDialog(Purpose(purpose))
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def unlock(self, message: str) -> PassphraseChoice | None:
        from rpl_desktop.ui.passphrase_dialog import UnlockDialog

        dialog = UnlockDialog(message=message)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def offer_encryption(self) -> bool:
        tr = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Startup", "Your data is not encrypted"),
                          tr("Startup", "Your data is not encrypted. Encrypt it now?"))
        box.setInformativeText(tr(
            "Startup",
            "The database and the evidence files on this computer can be read by anyone who gets hold of "
            "the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all "
            "data. If you choose Not now, you are asked again in a week; Settings → Security can "
            "encrypt at any time."))
        encrypt = box.addButton(tr("Startup", "&Encrypt now…"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(tr("Startup", "&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(encrypt)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is encrypt

    def sign_in(self, db: Database) -> bool:
        """Several users (or one with a password): who is working? True once signed in."""
        from rpl_desktop.ui.sign_in_dialog import SignInDialog

        dialog = SignInDialog(db)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def first_user(self) -> tuple[str, str] | None:
        """The first start, and the system gives no login name: (user name, full name), or None."""
        from rpl_desktop.ui.sign_in_dialog import FirstUserDialog

        dialog = FirstUserDialog()
        try:
            return dialog.names() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()




def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one, as under pytest-qt)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv)
    )
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    return app


UNLOCK_TRIES = 3
ENCRYPTION_DECLINED_KEY = "encryption_offer_declined"
ENCRYPTION_REOFFER_DAYS = 7


class StartCancelled(RplError):
    """The user chose to quit instead of unlocking the data."""


def _passphrase_prompt(ask: StartupPrompts, name: str, *args: object) -> Any:
    """Ask a passphrase question; a scripted prompts object without it answers "no" (None/False)."""
    method = getattr(ask, name, None)
    return method(*args) if method is not None else None


def _remember(db_file: object, choice: PassphraseChoice) -> None:
    from pathlib import Path

    from rpl_desktop.services.security_keys import remember_passphrase

    if choice.remember and isinstance(db_file, Path):
        remember_passphrase(db_file, choice.passphrase)


def _unlock(paths: AppPaths, ask: StartupPrompts) -> Database:
    """Open encrypted data: RPL_PASSPHRASE, then the OS keyring, then ask (three tries)."""
    from rpl_desktop.paths import database_url
    from rpl_desktop.services.security_keys import (
        embedded_database_file,
        passphrase_from_environment,
        stored_passphrase,
    )
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.engine import DatabasePassphraseWrong

    tr = QCoreApplication.translate
    db_file = embedded_database_file(paths)
    assert db_file is not None
    url = database_url(paths)
    message = ""
    for source, passphrase in (("environment", passphrase_from_environment()),
                               ("keyring", stored_passphrase(db_file))):
        if not passphrase:
            continue
        try:
            return open_database(url, paths.evidence_dir, paths.backup_dir, passphrase=passphrase)
        except DatabasePassphraseWrong:
            log.warning("the passphrase from the %s does not open the database", source)
            message = tr("Startup", "The remembered passphrase no longer opens the data (it may have been "
                                    "changed elsewhere). Enter the current passphrase.")
    for attempt in range(1, UNLOCK_TRIES + 1):
        choice = _passphrase_prompt(ask, "unlock", message)
        if choice is None:
            raise StartCancelled("cancelled")
        try:
            db = open_database(url, paths.evidence_dir, paths.backup_dir, passphrase=choice.passphrase)
        except DatabasePassphraseWrong:
            log.info("wrong passphrase (try %d of %d)", attempt, UNLOCK_TRIES)
            left = UNLOCK_TRIES - attempt
            message = (fill(tr("Startup", "That passphrase does not open the data. Check it (capital "
                                          "letters, keyboard layout) and try again. Tries left: %1."), left)
                       if left else "")
            continue
        _remember(db_file, choice)
        return db
    from rpl_desktop.domain.errors import StoreError

    raise StoreError(tr("Startup", "The passphrase was wrong three times, so rpl-desktop closes. Nothing has "
                                   "been changed. Start the program again to retry."))


def _encryption_declined_recently(db: Database) -> bool:
    from datetime import date, timedelta

    value = db.get_setting(ENCRYPTION_DECLINED_KEY)
    try:
        declined = date.fromisoformat(value) if value else None
    except ValueError:
        return False
    return declined is not None and declined + timedelta(days=ENCRYPTION_REOFFER_DAYS) > date.today()




def _offer_encryption(db: Database, paths: AppPaths, ask: StartupPrompts) -> Database:
    """Unencrypted embedded data: offer to encrypt it now (asked again a week after 'Not now')."""
    from datetime import date

    from rpl_desktop.paths import database_url
    from rpl_desktop.services.security_keys import embedded_database_file, encrypt_store
    from rpl_desktop.store.database import open_database

    if _encryption_declined_recently(db):
        return db
    offered = _passphrase_prompt(ask, "offer_encryption")
    choice = _passphrase_prompt(ask, "choose_passphrase", "encrypt") if offered else None
    if choice is None:
        db.set_setting(ENCRYPTION_DECLINED_KEY, date.today().isoformat())
        return db
    db.close()
    try:
        count = encrypt_store(paths, choice.passphrase)
    except RplError:
        open_database(database_url(paths), paths.evidence_dir, paths.backup_dir).close()
        raise
    log.info("data encrypted at start (%d evidence files)", count)
    _remember(embedded_database_file(paths), choice)
    return open_database(database_url(paths), paths.evidence_dir, paths.backup_dir,
                         passphrase=choice.passphrase)


def open_protected_store(paths: AppPaths, ask: StartupPrompts) -> Database:
    """Open the data store, asking for (or choosing) the passphrase of an embedded database.

    No database yet: the user chooses a passphrase (or goes on without encryption). Encrypted:
    RPL_PASSPHRASE, the OS keyring, else asked, three tries. Unencrypted: offered to encrypt it.
    A server database (RPL_DATABASE_URL) opens as before. Raises RplError; StartCancelled if the user
    chose to quit.
    """
    from rpl_desktop.cli import open_store
    from rpl_desktop.paths import database_url
    from rpl_desktop.services.security_keys import (
        clear_opened_copies,
        embedded_database_file,
        passphrase_from_environment,
    )
    from rpl_desktop.store.database import open_database
    from rpl_desktop.store.engine import FileState, database_file_state

    db_file = embedded_database_file(paths)
    if db_file is None:
        return open_store(paths)
    url = database_url(paths)
    state = database_file_state(db_file)
    if state is FileState.ENCRYPTED:
        db = _unlock(paths, ask)
        clear_opened_copies(paths)  # decrypted copies left from viewing attachments last time
        return db
    if state is FileState.MISSING:
        env = passphrase_from_environment()
        choice = None if env else _passphrase_prompt(ask, "choose_passphrase", "first_start")
        passphrase = env or (choice.passphrase if choice is not None else None)
        db = open_database(url, paths.evidence_dir, paths.backup_dir, passphrase=passphrase)
        if choice is not None:
            _remember(db_file, choice)
        log.info("first start: data %s", "encrypted" if passphrase else "not encrypted")
        if passphrase is None:
            from datetime import date

            db.set_setting(ENCRYPTION_DECLINED_KEY, date.today().isoformat())
        return db
    db = open_database(url, paths.evidence_dir, paths.backup_dir)  # plain (or damaged: a clear error)
    return _offer_encryption(db, paths, ask)


_backup_threads: list[threading.Thread] = []


def start_automatic_backup(db: Database, paths: AppPaths) -> None:
    """The daily rotating backup, in the background (its own connection; the window stays usable)."""
    from rpl_desktop.store.backup import auto_backup

    def run() -> None:
        try:
            auto_backup(db, paths.backup_dir)
        except Exception as exc:  # never stops the program; the log says what kind of trouble
            log.warning("automatic backup failed: %s", type(exc).__name__)

    thread = threading.Thread(target=run, name="automatic-backup", daemon=True)
    _backup_threads.append(thread)
    thread.start()


def wait_for_automatic_backup(timeout: float | None = None) -> None:
    """Let a running automatic backup finish (before the database closes at exit)."""
    while _backup_threads:
        _backup_threads.pop().join(timeout)


def open_store_or_report(paths: AppPaths, ask: StartupPrompts) -> Database | None:
    """Open the database; on expected trouble (locked, newer, damaged...) tell the user and return None."""
    try:
        return open_protected_store(paths, ask)
    except StartCancelled:
        log.info("start cancelled at the passphrase")
        return None
    except RplError as exc:
        log.error("database not opened: %s", type(exc).__name__)
        ask.show_error(exc.message)
        return None


def sign_in_step(db: Database, ask: StartupPrompts) -> bool:
    """Who is working: sets ``db.actor``. False if nobody signed in (the program then ends).

    No users yet: the first user is created from the OS login name (or the name asked for) as
    administrator, caseworker and approver, and signed in. One active user without a password: signed
    in without a question. Otherwise the sign-in dialog asks (``ask.sign_in``).
    """
    from rpl_desktop.services import users

    def prompt(name: str) -> Callable[..., object]:
        return getattr(ask, name, None) or getattr(DialogPrompts(), name)

    try:
        if not users.has_users(db):
            first = users.ensure_first_user(db)
            if first is None:
                names = prompt("first_user")()
                if not isinstance(names, tuple) or not names[0]:
                    return False
                first = users.ensure_first_user(db, names[0], names[1])
            if first is None:
                return False
            users.sign_in(db, first.username)
            log.info("first start: first user %s created", first.id)
            return True
        only = users.startup_user(db)
        if only is not None:
            users.sign_in(db, only.username)
            return True
        return bool(prompt("sign_in")(db))
    except RplError as exc:
        log.error("sign-in failed: %s", type(exc).__name__)
        ask.show_error(exc.message)
        return False


def offer_organisation(db: Database, ask: StartupPrompts) -> bool:
    """First start without an organisation profile: ask for it. True if a profile exists.

    Asked once: if the user postpones, the main window's banner reminds them instead of a dialog at
    every start.
    """
    from rpl_desktop.services.organisation import get_organisation

    if get_organisation(db) is not None:
        return True
    if db.get_setting(ORGANISATION_OFFERED_KEY) == "1":
        return False
    saved = ask.set_up_organisation(db)
    db.set_setting(ORGANISATION_OFFERED_KEY, "1")
    log.info("first start: organisation profile %s", "saved" if saved else "postponed")
    return get_organisation(db) is not None


def offer_demo_data(db: Database, ask: StartupPrompts) -> int:
    """An empty register, never asked before: offer the demo candidates. Returns how many were added."""
    from rpl_desktop.services.candidates import count_candidates
    from rpl_desktop.services.demo import load_demo_data

    if count_candidates(db, cap=1) > 0 or db.get_setting(DEMO_OFFERED_KEY) == "1":
        return 0
    added = load_demo_data(db) if ask.offer_demo_data() else 0
    db.set_setting(DEMO_OFFERED_KEY, "1")
    log.info("demo data offered: %d candidates added", added)
    return added


def prepare_main_window(
    paths: AppPaths,
    *,
    ask: StartupPrompts | None = None,
    editor_factory: EditorFactory | None = None,
    app: QCoreApplication | None = None,
) -> MainWindow | None:
    """Open the store, run the first-start questions and build the window (not shown).

    Returns None if the store cannot be opened (the user has been told). With ``app``, the interface
    language stored in the database is applied before any window is built. The window owns the
    database: close it with ``window.database.close()`` when the window is done.
    """
    ask = ask or DialogPrompts()
    if app is not None:
        install_translations(app, stored_language(paths))
    db = open_store_or_report(paths, ask)
    if db is None:
        return None
    if not sign_in_step(db, ask):
        db.close()
        return None
    offer_organisation(db, ask)
    offer_demo_data(db, ask)
    start_automatic_backup(db, paths)
    return MainWindow(db, paths, editor_factory=editor_factory)


def open_into_window(window: MainWindow, paths: AppPaths, ask: StartupPrompts) -> bool:
    """Open the store, ask the first-start questions and fill ``window``. False if it cannot open."""
    db = open_store_or_report(paths, ask)
    if db is None:
        return False
    if not sign_in_step(db, ask):
        db.close()
        return False
    offer_organisation(db, ask)
    offer_demo_data(db, ask)
    start_automatic_backup(db, paths)
    window.attach_database(db)
    from rpl_desktop.ui.draft_restore import offer_recovery_on_start

    # After a crash: say which forms have unsaved changes and which batch was interrupted.
    window.recovery_box = offer_recovery_on_start(window, db)
    return True


def _qt_message_handler(debug: bool) -> Callable[[QtMsgType, QMessageLogContext, str], None]:
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handle(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        if level >= logging.INFO or debug:
            qt_log.log(level, "%s", message)

    return handle


def run_gui(
    paths: AppPaths,
    *,
    debug: bool = False,
    ask: StartupPrompts | None = None,
    editor_factory: EditorFactory | None = None,
) -> int:
    """Run the desktop program; returns the exit status (2 if the database cannot be opened)."""
    app = create_application()
    hook = install_gui_excepthook(app)
    previous_handler = qInstallMessageHandler(_qt_message_handler(debug))
    window: MainWindow | None = None
    try:
        language = install_translations(app, stored_language(paths))
        log.info("GUI starting (language %s)", language)
        # The window's frame goes on screen first; the data layer is imported and the database
        # opened right after, so the user sees the program at once (the list fills a moment later).
        window = MainWindow(None, paths, editor_factory=editor_factory)
        window.show()
        status: list[int] = []
        if ask is None:  # a shared server whose password is not in the keyring: ask for it at start
            from rpl_desktop.ui.connection_dialog import install_password_prompt

            install_password_prompt()

        def finish_start() -> None:
            if not open_into_window(window, paths, ask or DialogPrompts()):
                status.append(EXIT_STORE_ERROR)
                window.hide()
                app.quit()

        QTimer.singleShot(0, finish_start)
        code = app.exec()
        return status[0] if status else code
    finally:
        if window is not None:
            wait_for_automatic_backup()
            if window.has_database():
                window.database.close()
            window.hide()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qInstallMessageHandler(previous_handler)
        hook.uninstall()
