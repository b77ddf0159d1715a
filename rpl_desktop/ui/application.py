"""Starting the desktop program: QApplication, translations, crash dialog, database, first start, window.

The steps are small functions so tests can run them without ``app.exec()``; every question to the
user goes through a :class:`StartupPrompts` object (``ask``), which tests replace with one that
answers by itself.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

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
from rpl_desktop.ui.i18n import install_translations
from rpl_desktop.ui.main_window import EditorFactory, MainWindow, stored_language

if TYPE_CHECKING:
    from rpl_desktop.store.database import Database

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


def open_store_or_report(paths: AppPaths, ask: StartupPrompts) -> Database | None:
    """Open the database; on expected trouble (locked, newer, damaged...) tell the user and return None."""
    from rpl_desktop.cli import open_store

    try:
        return open_store(paths)
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
    window.attach_database(db)
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
            if window.has_database():
                window.database.close()
            window.hide()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qInstallMessageHandler(previous_handler)
        hook.uninstall()
