"""Long work off the GUI thread, behind a modal progress dialog.

:func:`run_with_progress` runs ``work(progress)`` in a worker :class:`QThread` while the GUI thread
waits in a local event loop (the window keeps painting; the application-modal progress dialog keeps
the user from starting anything else), then returns the work's result or raises its error in the GUI
thread. ``work`` must not touch widgets; read what it needs from them before. A ``Database`` may be
used from the worker: the services open a session per call, and the engine's pool hands that thread
its own connection. Used by Settings → Security (backup, restore, encrypting) and the offline case
files (write, read and compare, import).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(object, object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(int(done), int(total)))
        except BaseException as exc:  # handed to the GUI thread, which raises it again
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class _Outcome(QObject):
    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self._dialog = dialog
        self._loop = loop
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        # Scaled to per mille: QProgressDialog counts in int, files may be larger than 2 GiB.
        self._dialog.setMaximum(1000)
        self._dialog.setValue(min(1000, int(1000 * done / total)) if total else 0)

    @Slot(object, object)
    def finish(self, result: Any, error: Any) -> None:
        self.result = result
        self.error = error
        self._loop.quit()


def run_with_progress(parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]) -> T:
    """Run ``work(progress)`` in a worker thread behind a modal progress dialog; its result or error.

    The dialog shows a busy indicator until ``work`` calls ``progress(done, total)``; it appears only
    when the work takes longer than 400 ms.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    # Restarts the show timer with those 400 ms: the constructor started it with Qt's default 4 s, and
    # setMinimumDuration alone does not restart it while the bar's value (-1) is below its minimum.
    dialog.setValue(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    loop = QEventLoop()
    outcome = _Outcome(dialog, loop)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    worker.progressed.connect(outcome.progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(outcome.finish, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result  # type: ignore[no-any-return]
