"""Long work off the GUI thread, with progress and Cancel: reading a registry, planning an
import, writing a firm table.

The work is a plain function run on Qt's global thread pool. It gets two callables:
`progress(done, total)` and `cancelled() -> bool`; it stops when asked by raising (an
`ImportCancelled`, for instance), and the task then says `cancelled` instead of `failed`.
The signals cross to the GUI thread as queued calls, so their slots run there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog

from explorer.core.errors import DataError, Message, Problem

log = logging.getLogger(__name__)


_POOL: list[QThreadPool] = []


def _pool() -> QThreadPool:
    """The app's own pool: Qt's global one also serves Qt's internals (file dialogs…),
    whose waiting work could hold our tasks back."""
    if not _POOL:
        _POOL.append(QThreadPool())
        _POOL[0].setMaxThreadCount(2)
    return _POOL[0]


class Task(QObject):
    """Runs `work(progress, cancelled)` once; emits `progress`, then exactly one of
    `finished(result)`, `failed(DataError)` or `cancelled()`, and then `done` is True.
    Keep a reference until then.

    The end crosses from the worker as one queued call (`_ended`), which emits the public
    signal in the GUI thread: every slot of it has run when `done` turns True."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)  # a DataError
    cancelled = Signal()
    _ended = Signal(str, object)  # which of the three, and its argument

    def __init__(self, work: Callable, what: str, parent=None):
        super().__init__(parent)
        self._work, self._what = work, what  # `what`: the file, for an unexpected error
        self._stop = threading.Event()
        self.done = False
        self._ended.connect(self._end)

    def start(self) -> None:
        _pool().start(QRunnable.create(self._run))

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled` follows when it has."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _end(self, kind: str, value) -> None:
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.done = True

    def _run(self) -> None:
        try:
            self._result()
        except RuntimeError:  # the window closed meanwhile and took this task with it
            log.info("%s ended after its window closed", self._what)

    def _result(self) -> None:
        try:
            result = self._work(self.progress.emit, self._stop.is_set)
        except DataError as exc:
            self._ended.emit("cancelled" if self._stop.is_set() else "failed", exc)
        except Exception as exc:  # noqa: BLE001 - the GUI must say it, never crash on it
            if self._stop.is_set():
                self._ended.emit("cancelled", None)
                return
            log.exception("unexpected error in %s", self._what)
            self._ended.emit("failed", DataError([Problem(self._what, Message(
                "stopped by an unexpected error ({reason})",
                reason=f"{type(exc).__name__}: {exc}"))]))
        else:
            self._ended.emit("cancelled" if self._stop.is_set() else "finished", result)


def progress_dialog(parent, task: Task, label: str, cancel: str | None) -> QProgressDialog:
    """A window-modal progress dialog that follows `task` and closes when it ends. With a
    `cancel` text its button (and Esc) cancels the task; without, there is no button."""
    dialog = QProgressDialog(label, cancel or "", 0, 0, parent)
    dialog.setObjectName("task-progress")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.canceled.connect(task.cancel)
        # The work stops at its next check (reading a file has none until it is read).
        dialog.canceled.connect(lambda: dialog.setLabelText(QCoreApplication.translate(
            "Task", "Stopping…")) if not task.done else None)

    def show(done: int, total: int) -> None:
        if total > 0 and not dialog.wasCanceled():
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    task.progress.connect(show)
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(dialog.close)
        signal.connect(dialog.deleteLater)
    return dialog
