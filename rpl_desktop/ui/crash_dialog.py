"""The crash dialog: what a bug looks like to the user (Vorta's exception dialog, qutebrowser's BugError).

An unexpected exception is logged with its traceback and shown in a dialog with a report the user can
copy into a bug report: program, Python and Qt versions, platform and the traceback. The report adds
nothing about the user or their data; the traceback is shown as Python wrote it.

Expected trouble (``RplError``) never gets here: the windows catch it and show its message.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop import __version__

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text of a bug report: versions, platform and the traceback. Nothing else."""
    lines = [
        f"rpl-desktop {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"Platform: {platform.platform()}",
    ]
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        lines.append(f"Qt platform plugin: {QGuiApplication.platformName()}")
    lines.append("")
    lines.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
    return "\n".join(lines) + "\n"


class CrashDialog(QDialog):
    """Shows a bug report with Copy report and Close."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("rpl-desktop: unexpected error"))
        self.setObjectName("crashDialog")
        self.resize(720, 480)

        heading = QLabel(self.tr("rpl-desktop ran into a bug"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(
            self.tr(
                "This is an error in the program, not something you did. What was saved before it happened "
                "is kept. If it happens again, copy the report below and send it with a short description "
                "of what you were doing. The report contains program versions and where in the program "
                "the error happened; read it before you send it."
            ),
            self,
        )
        explanation.setWordWrap(True)

        self._report = QPlainTextEdit(self)
        self._report.setObjectName("crashReport")
        self._report.setReadOnly(True)
        self._report.setPlainText(report)
        self._report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._report.setAccessibleName(self.tr("Error report"))
        self._report.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Co&py report"), self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self._report, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self._report, self.copy_button)
        self.setTabOrder(self.copy_button, self.close_button)
        self.close_button.setFocus()

    def report(self) -> str:
        return self._report.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))


def _show_dialog(report: str) -> None:
    parent = QApplication.activeWindow()
    dialog = CrashDialog(report, parent)
    dialog.exec()
    dialog.deleteLater()


class GuiExceptHook:
    """``sys.excepthook`` for the window: log the traceback, then show the crash dialog.

    ``show`` receives the report text (the dialog by default; tests pass a recorder). An error while
    showing the dialog, or a second one during it, goes to stderr and the log only.
    """

    def __init__(self, app: QCoreApplication, show: Callable[[str], None] | None = None) -> None:
        self._app = app
        self._show = show or _show_dialog
        self._busy = False
        self.previous: ExceptHook = sys.excepthook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            log.info("interrupted; quitting")
            self._app.quit()
            return
        log.critical("unexpected error: %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        report = build_report(exc_type, exc, tb)
        if self._busy or QCoreApplication.instance() is None:
            sys.stderr.write(report)
            return
        self._busy = True
        try:
            self._show(report)
        except Exception:  # the crash dialog itself failed: do not loop
            log.exception("the crash dialog could not be shown")
            sys.stderr.write(report)
        finally:
            self._busy = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_gui_excepthook(app: QCoreApplication, show: Callable[[str], None] | None = None) -> GuiExceptHook:
    """Make ``sys.excepthook`` show the crash dialog; ``uninstall()`` on the result puts the old one back."""
    hook = GuiExceptHook(app, show)
    sys.excepthook = hook
    return hook
