"""The guarded job every export runs in: a map (explorer.export.render) or a report
(explorer.export.report), in the app's event loop or from the command line.

A job is a chain of steps, each called by the event loop (a page loaded, an answer from it,
a timer). `GuardedJob` gives them one way to end: whatever a step raises becomes a message
(a full disk says so, naming the user's file); a timeout ends a job that waits too long; a
signal (SIGINT, SIGTERM) stops it between steps, and never between writing a file beside
the target and renaming it over the target, so the target is the old file or the new one.
Its page and temporary folder go with it, however it ends. Exactly one of `finished(path)`
or `failed(message)` is emitted.
"""

from __future__ import annotations

import errno
import functools
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from explorer.core.atomic import atomic_path
from explorer.core.tempfiles import make_temp_folder, remove_stale_folders
from explorer.export.options import ExportError, Interrupted
from explorer.export.webprofile import register_tile_scheme, request_guard

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SIGNAL_CHECK_MS = 100


def step(method):
    """A step of a job, called by the event loop: whatever it raises ends the job with a
    message. (An exception escaping into Qt is only printed, and the job would wait forever.)
    A signal that came during the step stops the job when the step is over."""
    @functools.wraps(method)
    def guarded(self, *args):
        if self._done:
            return
        outermost = not self._busy  # a step may call another
        self._busy = True
        try:
            method(self, *args)
        except Interrupted:
            pass  # stopped below
        except ExportError as exc:
            self._fail(str(exc))
        except OSError as exc:
            self._fail(write_error(self.out, exc))
        except Exception as exc:  # noqa: BLE001 - any bug must end the job, not hang it
            self._fail(f"unexpected error ({type(exc).__name__}: {exc}); please report it")
        finally:
            if outermost:
                self._busy = False
                if self.interrupted:
                    self._stop()
    return guarded


def write_error(out: Path, exc: OSError) -> str:
    """What went wrong writing `out`, in the user's words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full" if exc.errno == errno.ENOSPC else "the disk quota is used up"
        kept = "; the existing file was kept" if out.exists() else ""
        return f"cannot write {out}: {reason}{kept}"
    return f"cannot write {out}: {exc.strerror or exc}"


class GuardedJob(QObject):
    """One file written by steps (see the module's docstring). Subclasses give `_run`, the
    first step (decorated with `step`), and the message of a timeout. Connect the signals,
    then call start(); keep a reference (or give it a parent) until it ends.
    interrupt(signal number) stops it; `interrupted` then holds the signal's number."""

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)

    TIMEOUT_MS = 60_000
    TIMEOUT_MESSAGE = "the job did not finish within {seconds} s"
    FOLDER_KIND = "export"  # the name of its temporary folder (see core.tempfiles)

    def __init__(self, out: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.out = Path(out)
        self.interrupted: int | None = None
        self._view = None  # the page's view, while there is one
        self._folder = None  # a TemporaryDirectory, while the job needs one
        self._done = False
        self._busy = False  # inside a step
        self._timeout = QTimer(self, singleShot=True, interval=self.TIMEOUT_MS)
        self._timeout.timeout.connect(lambda: self._fail(self.TIMEOUT_MESSAGE.format(
            seconds=self.TIMEOUT_MS // 1000)))

    def start(self) -> None:
        """Begin on the next turn of the event loop, so every signal reaches its receiver."""
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        raise NotImplementedError

    def interrupt(self, signum: int) -> None:
        """Stop because of a signal: at once between steps, else when the step is over (and
        never after writing a temporary file, before its rename: see _saving)."""
        self.interrupted = self.interrupted or signum
        if not self._busy:
            self._stop()

    def cancel(self, message: str) -> None:
        """End the job now, failed with `message` (a job it was part of has ended)."""
        self._fail(message)

    def _temp_folder(self) -> Path:
        """The job's own temporary folder (those a killed run left are removed first)."""
        if self._folder is None:
            remove_stale_folders()
            self._folder = make_temp_folder(self.FOLDER_KIND)
        return Path(self._folder.name)

    @contextmanager
    def _saving(self):
        """A temporary path beside the target to write; renamed over the target at the end,
        unless a signal came meanwhile: then the target stays as it was."""
        with atomic_path(self.out) as tmp:
            yield tmp
            if self.interrupted:
                raise Interrupted(self.interrupted)

    # -- endings -------------------------------------------------------------------------

    def _stop(self) -> None:
        self._fail(f"stopped by {signal.Signals(self.interrupted).name}; {self.out} was left "
                   "as it was")

    def _succeed(self) -> None:
        if not self._done:
            self._end()
            self.progress.emit(100)
            self.finished.emit(str(self.out))

    def _fail(self, message: str) -> None:
        if not self._done:
            self._end()
            self.failed.emit(message)

    def _end(self) -> None:
        self._done = True
        self._busy = False  # a signal now only records itself
        self._timeout.stop()
        request_guard().revoke(self)
        if self._view is not None:
            self._view.deleteLater()
            self._view = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


# -- blocking use (command line) -------------------------------------------------------------

def application() -> QApplication:
    """The running QApplication, or a new one (QtWebEngine views need widgets)."""
    app = QApplication.instance()
    if app is None:
        register_tile_scheme()
        QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
        app = QApplication([sys.argv[0] if sys.argv else "hengyang-explorer"])
    return app


def run_blocking(job: GuardedJob) -> Path:
    """Run `job` and wait: the path written, ExportError with the reason, or Interrupted
    when SIGINT or SIGTERM stopped it (its temporary files then removed and the target left
    as it was). Call it from the main thread, with `application()` made."""
    loop = QEventLoop()
    outcome: dict[str, str] = {}
    job.finished.connect(lambda path: outcome.setdefault("path", path))
    job.failed.connect(lambda message: outcome.setdefault("error", message))
    # Queued: a job that ends before the loop runs (a signal at once) still ends the loop.
    job.finished.connect(loop.quit, Qt.QueuedConnection)
    job.failed.connect(loop.quit, Qt.QueuedConnection)
    with _stopping_on_signals(job):
        job.start()
        loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # free the page now
    if "path" in outcome:
        return Path(outcome["path"])
    if job.interrupted:
        raise Interrupted(job.interrupted)
    raise ExportError(outcome["error"])


@contextmanager
def _stopping_on_signals(job: GuardedJob):
    """SIGINT (Ctrl-C) and SIGTERM stop the job instead of being lost in Qt's event loop.

    Python runs a signal handler only when it next runs Python code, and the loop can wait
    in Qt for seconds: a timer makes it run some often enough. Once the job is stopped, the
    signals stay ignored: the caller is on its way out, and a second Ctrl-C must not turn
    that into a traceback.
    """
    previous = {signum: signal.signal(signum, lambda number, _: job.interrupt(number))
                for signum in STOP_SIGNALS}
    timer = QTimer(interval=SIGNAL_CHECK_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_IGN if job.interrupted else handler)
