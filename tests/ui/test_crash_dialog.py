"""The crash dialog and the GUI excepthook: a copyable report, the traceback logged, no loops."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from rpl_desktop import __version__
from rpl_desktop.ui.crash_dialog import CrashDialog, GuiExceptHook, build_report, install_gui_excepthook


def _raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("the widget was asked for row -1")
    except ValueError as exc:
        return type(exc), exc, exc.__traceback__


def test_report_holds_versions_and_the_traceback() -> None:
    exc_type, exc, tb = _raise_and_catch()
    report = build_report(exc_type, exc, tb)  # type: ignore[arg-type]
    assert f"rpl-desktop {__version__}" in report
    assert "Python " in report and "Qt " in report and "Platform: " in report
    assert "Traceback (most recent call last)" in report
    assert "ValueError: the widget was asked for row -1" in report
    assert "_raise_and_catch" in report


def test_dialog_shows_the_report_read_only_and_copies_it(qtbot) -> None:
    exc_type, exc, tb = _raise_and_catch()
    report = build_report(exc_type, exc, tb)  # type: ignore[arg-type]
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.report() == report
    editor = dialog.findChild(QPlainTextEdit, "crashReport")
    assert editor is not None and editor.isReadOnly()
    assert "rpl-desktop ran into a bug" in [label.text() for label in dialog.findChildren(QLabel)]
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert "ValueError: the widget was asked for row -1" in QGuiApplication.clipboard().text()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_excepthook_logs_the_traceback_and_shows_the_report(qapp, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    previous = sys.excepthook
    hook = install_gui_excepthook(qapp, show=shown.append)
    try:
        assert sys.excepthook is hook
        exc_type, exc, tb = _raise_and_catch()
        sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    finally:
        hook.uninstall()
    assert sys.excepthook is previous
    assert len(shown) == 1 and "ValueError: the widget was asked for row -1" in shown[0]
    assert "unexpected error: ValueError" in caplog.text
    assert any(r.exc_info for r in caplog.records)


def test_a_failing_dialog_falls_back_to_stderr(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_report: str) -> None:
        raise RuntimeError("no dialog today")

    hook = GuiExceptHook(qapp, show=broken)
    exc_type, exc, tb = _raise_and_catch()
    hook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert "ValueError: the widget was asked for row -1" in capsys.readouterr().err


def test_an_error_during_the_dialog_opens_no_second_one(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []

    def show(report: str) -> None:
        shown.append(report)
        exc_type, exc, tb = _raise_and_catch()
        hook(exc_type, exc, tb)  # type: ignore[arg-type]

    hook = GuiExceptHook(qapp, show=show)
    exc_type, exc, tb = _raise_and_catch()
    hook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "ValueError" in capsys.readouterr().err


def test_ctrl_c_quits_instead_of_reporting_a_bug() -> None:
    class FakeApp:
        quitted = False

        def quit(self) -> None:
            self.quitted = True

    app = FakeApp()
    shown: list[str] = []
    hook = GuiExceptHook(app, show=shown.append)  # type: ignore[arg-type]
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert app.quitted and shown == []
