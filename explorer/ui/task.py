"""Long work off the GUI thread, with progress and Cancel: reading a registry, planning an
import, writing a firm table.

The work is a plain function run on a Python thread (as explorer/ui/loader.py does). It gets
two callables: `progress(done, total)` and `cancelled() -> bool`; it stops when asked by
raising (an `ImportCancelled`, for instance), and the task then says `cancelled` instead of
`failed`.

The worker emits nothing: it leaves its progress and its outcome in the task, and a timer in
the GUI thread passes them on (progress only when the percentage moves). PySide6 6.12 loses
a reference to True at every `emit()` made from Python, and one to None whenever a Python
QRunnable or `QThread.run` returns; a worker emitting at every step (or run that way) would
bring the process closer to freeing True or None, a crash (tests/ui/test_task.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from explorer.core.errors import DataError, Message, Problem

log = logging.getLogger(__name__)
POLL_MS = 50


class Task(QObject):
    """Runs `work(progress, cancelled)` once; emits `progress`, then exactly one of
    `finished(result)`, `failed(DataError)` or `cancelled()`, and then `done` is True (every
    slot of that signal has run). Keep a reference until then."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)  # a DataError
    cancelled = Signal()

    def __init__(self, work: Callable, what: str, parent=None):
        super().__init__(parent)
        self._work, self._what = work, what  # `what`: the file, for an unexpected error
        self._stop = threading.Event()
        self.done = False
        self._step: tuple[int, int] | None = None  # written by the worker, read by the timer
        self._shown = -1  # the percentage last passed on
        self._outcome: tuple[str, object] | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()
        threading.Thread(target=self._run, name=f"task {self._what}", daemon=True).start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled` follows when it has."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _poll(self) -> None:
        step, outcome = self._step, self._outcome
        if step is not None and step[1] > 0 and step[0] * 100 // step[1] != self._shown:
            self._shown = step[0] * 100 // step[1]
            self.progress.emit(*step)
        if outcome is None:
            return
        self._timer.stop()
        kind, value = outcome
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.done = True

    def _progress(self, done: int, total: int) -> None:
        self._step = (int(done), int(total))

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except DataError as exc:
            self._outcome = ("cancelled" if self._stop.is_set() else "failed", exc)
        except Exception as exc:  # noqa: BLE001 - the GUI must say it, never crash on it
            if self._stop.is_set():
                self._outcome = ("cancelled", None)
                return
            log.exception("unexpected error in %s", self._what)
            self._outcome = ("failed", DataError([Problem(self._what, Message(
                "stopped by an unexpected error ({reason})",
                reason=f"{type(exc).__name__}: {exc}"))]))
        else:
            self._outcome = ("cancelled" if self._stop.is_set() else "finished", result)


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
