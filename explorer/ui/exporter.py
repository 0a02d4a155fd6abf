"""File → Export map… and Copy map image: the current view, exported in the background."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from explorer.core.tempfiles import make_temp_folder
from explorer.export.options import ExportOptions, title_of
from explorer.export.render import ExportJob
from explorer.ui.export_dialog import ExportDialog
from explorer.ui.job_progress import run_with_progress
from explorer.ui.settings import Settings


class MapExporter(QObject):
    """Exports what `window` shows: its catalogue, view state and the page's view."""

    def __init__(self, window, settings: Settings):
        super().__init__(window)
        self.window, self.settings = window, settings

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def view_options(self, page_state: dict) -> ExportOptions | None:
        """Export options for what the map shows now: its area (WGS-84), size, filter,
        selection and basemap."""
        cat, state = self.window.cat, self.window.state
        visible = self.window.map.shown_chains()  # a selected chain alone, or the filter
        if not visible:
            self._status(self.tr("No chain is shown: tick at least one chain to export the "
                                 "map."))
            return None
        park = cat.parks.get(state.selected_id("park") or "")
        shown = park and park.is_mapped and set(park.chain_ids) & set(visible)
        lat, lon = page_state["center"]
        return ExportOptions(size=tuple(page_state["size"]), scale=1, chains=tuple(visible),
                             park=park.id if shown else None,
                             bbox=tuple(page_state["bounds"]), lang=state.lang,
                             view=(lat, lon, page_state["zoom"]),
                             basemap=state.basemap, basemap_opacity=state.basemap_opacity)

    def export_map(self) -> None:
        if self.window.map.is_ready:
            self.window.map.request_state(self._open_dialog)

    def _open_dialog(self, page_state: dict) -> None:
        base = self.view_options(page_state)
        if base is None:
            return
        dialog = ExportDialog(base, title_of(self.window.cat, base),
                              self.settings.last_export_folder, self.window)
        dialog.restore(self.settings.export_choices)
        if dialog.exec() == QDialog.Accepted:
            self.settings.export_choices = dialog.choices()
            self.start_export(dialog.options(), dialog.path())

    def start_export(self, options: ExportOptions, path: Path) -> ExportJob:
        """Export to `path`, remembering its folder, and say where it went."""
        job = self._run(options, path)
        job.finished.connect(lambda out: self._exported(Path(out)))
        return job

    def _run(self, options: ExportOptions, path: Path) -> ExportJob:
        """Export in the background with a progress dialog; the window stays responsive."""
        return run_with_progress(self.window, ExportJob(self.window.cat, options, path, self),
                                 self.tr("Exporting map…"), "export-error",
                                 self.tr("Export failed"))

    def _exported(self, path: Path) -> None:
        self.settings.last_export_folder = str(path.parent)
        self._status(self.tr("Map exported to {path}").format(path=path))

    def copy_map_image(self) -> None:
        if self.window.map.is_ready:
            self.window.map.request_state(self._copy_view)

    def _copy_view(self, page_state: dict) -> None:
        options = self.view_options(page_state)
        if options is None:
            return
        folder = make_temp_folder("clip")
        job = self._run(options, Path(folder.name) / "map.png")
        job.finished.connect(lambda out: self._to_clipboard(out, folder))
        job.failed.connect(lambda _: folder.cleanup())

    def _to_clipboard(self, path: str, folder: tempfile.TemporaryDirectory) -> None:
        QApplication.clipboard().setImage(QImage(path))
        folder.cleanup()
        self._status(self.tr("Map image copied to the clipboard"))
