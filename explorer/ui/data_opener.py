"""File → Open data…: load another catalogue in the background, with progress; on error say
exactly what is wrong and keep the current catalogue on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from explorer.core.catalogue import Catalogue
from explorer.core.errors import DataError
from explorer.ui.loader import CatalogueLoader
from explorer.ui.messages import show_message
from explorer.ui.problem_texts import problems_text
from explorer.ui.settings import Settings


class DataOpener(QObject):
    """Opens catalogue files for `window`; emits `opened(catalogue)` when one has loaded."""

    opened = Signal(object)  # Catalogue

    def __init__(self, window, settings: Settings):
        super().__init__(window)
        self.window, self.settings = window, settings

    def ask_and_open(self) -> QFileDialog:
        """Qt's own file dialog (not the desktop's), so that it speaks the app's language:
        "查找范围", "文件类型" in Chinese, whatever the desktop is set to."""
        dialog = QFileDialog(self.window, self.tr("Open catalogue"),
                             self.settings.last_data_folder,
                             self.tr("Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)"))
        dialog.setObjectName("open-data-dialog")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.open_path(Path(path)) if path else None)
        dialog.open()
        return dialog

    def open_path(self, path: Path) -> CatalogueLoader:
        """Start loading `path`; the loader reports `loaded` or `failed` when done."""
        loader = CatalogueLoader(path, self)
        progress = QProgressDialog(self.tr("Opening {file}…").format(file=path.name), "",
                                   0, 100, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        loader.progress.connect(lambda percent, _: progress.setValue(percent))
        loader.loaded.connect(progress.close)
        loader.failed.connect(progress.close)
        loader.loaded.connect(lambda cat: self._loaded(cat, path))
        loader.failed.connect(lambda exc: self._failed(path, exc))
        self.window.statusBar().showMessage(self.tr("Opening {file}…").format(file=path.name))
        loader.start()
        return loader

    def _loaded(self, cat: Catalogue, path: Path) -> None:
        self.settings.last_data_folder = str(path.parent)
        self.opened.emit(cat)
        if cat.warnings:
            show_message(self.window, "data-warnings", QMessageBox.Information,
                         self.tr("Opened with warnings"),
                         self.tr("{file} is open. {count} warning(s) about its rows: "
                                 "approximate or missing places and other doubtful rows.").format(
                             file=path.name, count=len(cat.warnings)),
                         detailed=problems_text(cat.warnings))

    def _failed(self, path: Path, exc: DataError) -> None:
        self.window.statusBar().showMessage(self.tr("{file} was not opened").format(
            file=path.name))
        show_message(self.window, "data-error", QMessageBox.Warning, self.tr("Cannot open data"),
                     self.tr("{file} was not opened; the current data stays on screen.")
                     .format(file=path.name),
                     informative=problems_text(exc.problems[:12]),
                     detailed=problems_text(exc.problems))
