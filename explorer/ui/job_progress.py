"""A background export (a map or a report: a GuardedJob of explorer.export.job) shown to the
user: a progress dialog while it runs, and a message saying why if it fails."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from explorer.ui.messages import show_message


def run_with_progress(window, job, text: str, error_name: str, error_title: str):
    """Start `job` with a window-modal progress dialog saying `text` (shown only if the job
    takes more than 300 ms) and, if it fails, a warning titled `error_title` (object name
    `error_name`) with its message. The window stays responsive. Returns the job."""
    progress = QProgressDialog(text, "", 0, 100, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModal)
    progress.setMinimumDuration(300)
    job.progress.connect(progress.setValue)
    job.finished.connect(progress.close)
    job.failed.connect(progress.close)
    job.failed.connect(lambda message: show_message(window, error_name, QMessageBox.Warning,
                                                    error_title, message))
    job.start()
    return job
