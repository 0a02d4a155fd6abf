"""File → Export chain report…: a chain's report (or the city overview) as an A4 PDF, written
in the background in the UI's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from explorer.core.model import display_name
from explorer.export.report import ReportJob, ReportOptions
from explorer.ui.job_progress import run_with_progress
from explorer.ui.settings import Settings


class ReportExporter(QObject):
    """Asks which chain and where, then writes the report with a progress dialog."""

    def __init__(self, window, settings: Settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.job: ReportJob | None = None

    def choices(self) -> list[tuple[str | None, str]]:
        """(chain id or None for the overview, text) in the order offered."""
        lang = self.window.state.lang
        return [(None, self.tr("City overview: all chains"))] + [
            (chain.id, display_name(chain, lang)) for chain in self.window.cat.chains.values()]

    def export_report(self) -> None:
        choices = self.choices()
        current = self.window.state.selected_id("chain")
        start = next((i for i, (key, _) in enumerate(choices) if key == current), 0)
        text, ok = QInputDialog.getItem(self.window, self.tr("Export chain report"),
                                        self.tr("Report of:"), [t for _, t in choices], start,
                                        False)
        if not ok:
            return
        chain_id = next(key for key, t in choices if t == text)
        lang = self.window.state.lang
        name = f"{chain_id or 'overview'}-{lang}.pdf"
        folder = Path(self.settings.last_export_folder or Path.home())
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export chain report"),
                                              str(folder / name), self.tr("PDF (*.pdf)"))
        if path:
            self.start(ReportOptions(chain=chain_id, lang=lang), Path(path))

    def start(self, options: ReportOptions, path: Path) -> ReportJob:
        """Write the report to `path` in the background; say where it went, or why not."""
        job = self.job = ReportJob(self.window.cat, options, path, self)
        job.finished.connect(lambda out: self._written(Path(out)))
        return run_with_progress(self.window, job, self.tr("Writing the report…"),
                                 "report-error", self.tr("Report failed"))

    def _written(self, path: Path) -> None:
        self.settings.last_export_folder = str(path.parent)
        self.window.statusBar().showMessage(
            self.tr("Report written to {path}").format(path=path))
