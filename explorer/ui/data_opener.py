"""File → Open data… and File → Connect to database…: load another catalogue in the
background, with progress; on error say exactly what is wrong and keep the current catalogue
on screen. A database that asks for a password gets it from a prompt, kept in memory only
(explorer.core.db.connect.PASSWORDS)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from explorer.core.catalogue import Catalogue
from explorer.core.db import connect as connection
from explorer.core.db.location import parse_location
from explorer.core.errors import DataError
from explorer.core.readers import SUFFIXES as CATALOGUE_SUFFIXES
from explorer.core.registry.read import SUFFIXES as REGISTRY_SUFFIXES
from explorer.ui.connect_dialog import ConnectDialog, remember
from explorer.ui.loader import CatalogueLoader
from explorer.ui.messages import show_message
from explorer.ui.problem_texts import problems_text
from explorer.ui.settings import Settings


# What File → Open and a drop take: catalogues, and firm lists to import.
OPENED = tuple(dict.fromkeys((".gpkg", *sorted(CATALOGUE_SUFFIXES), *REGISTRY_SUFFIXES)))


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
                             self.tr("Catalogues and firm lists ({patterns});;All files (*)")
                             .format(patterns=" ".join(f"*{s}" for s in OPENED)))
        dialog.setObjectName("open-data-dialog")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.open_file(Path(path)) if path else None)
        dialog.open()
        return dialog

    @staticmethod
    def can_open(path: Path) -> bool:
        return path.suffix.lower() in OPENED

    def open_file(self, path: Path):
        """A list of firms (a workbook, a CSV of firms) is imported into the catalogue on
        screen; a catalogue (GeoPackage, GeoJSON, a CSV of parks) replaces it, once unsaved
        edits are saved or discarded. Returns the import's or the load's task."""
        if self.window.importer.handles(path):
            return self.window.importer.import_path(path)
        return self.open_catalogue(path)

    def open_catalogue(self, path: Path) -> CatalogueLoader | None:
        if not self.window.saver.confirm_discard():
            return None
        return self.open_path(path)

    def open_path(self, path: Path) -> CatalogueLoader:
        """Start loading `path`; the loader reports `loaded` or `failed` when done."""
        loader = self._load(path, path.name)
        loader.loaded.connect(lambda cat: self._loaded(cat, path))
        loader.failed.connect(lambda exc: self._failed(path, exc))
        loader.start()
        return loader

    # -- a database --------------------------------------------------------------------------

    def ask_database(self, error: DataError | None = None) -> ConnectDialog:
        """File → Connect to database…; `error`: why the last try failed, shown on top."""
        dialog = ConnectDialog(self.settings, self.window, error)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_database(dialog.uri()))
        dialog.open()
        return dialog

    def open_database(self, uri: str) -> CatalogueLoader | None:
        """Start loading the catalogue at `uri`; asks for a password if the server wants one."""
        try:
            where = parse_location(uri)
        except DataError as exc:
            self._database_failed(uri, exc)
            return None
        loader = self._load(uri, where.name)
        loader.loaded.connect(lambda cat: self._database_loaded(cat, where.shown))
        loader.failed.connect(lambda exc: self._database_failed(uri, exc))
        loader.start()
        return loader

    def _database_loaded(self, cat: Catalogue, shown: str) -> None:
        remember(self.settings, shown)
        self.opened.emit(cat)

    def _database_failed(self, uri: str, exc: DataError) -> None:
        kind = getattr(exc, "kind", None)
        where = parse_location(uri) if kind else None
        if kind in (connection.PASSWORD_NEEDED, connection.AUTHENTICATION) and (
                kind == connection.PASSWORD_NEEDED or where.conninfo in connection.PASSWORDS):
            refused = connection.PASSWORDS.pop(where.conninfo, None) is not None
            self.ask_password(uri, where, refused)
            return
        self.window.statusBar().showMessage(self.tr("Not connected"))
        texts = {
            connection.UNREACHABLE: self.tr(
                "The database server cannot be reached. Check the host and the port, and "
                "that the server is running."),
            connection.AUTHENTICATION: self.tr(
                "The server refused the user name or the password."),
            connection.NO_DATABASE: self.tr("The server has no database of that name."),
            connection.NOT_POSTGIS: self.tr(
                "This database has no PostGIS. Install PostGIS on the server, then run "
                "`hengyang-explorer db init URI`."),
            connection.NO_SCHEMA: self.tr(
                "This database holds no catalogue in that schema. Run `hengyang-explorer db "
                "init URI` to create it and `hengyang-explorer db push FILE URI` to fill it."),
        }
        box = show_message(self.window, "database-error", QMessageBox.Warning,
                           self.tr("Cannot connect"),
                           texts.get(kind, self.tr("The database catalogue was not opened; the "
                                                   "current data stays on screen.")),
                           informative=problems_text(exc.problems[:12]),
                           detailed=problems_text(exc.problems))
        box.finished.connect(lambda _: self.ask_database(exc))

    def ask_password(self, uri: str, where, refused: bool) -> QInputDialog:
        """The server wants a password: ask for it (kept in memory for this run only)."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("database-password")
        dialog.setWindowTitle(self.tr("Password"))
        text = self.tr("Password for {database}:").format(database=where.shown)
        if refused:
            text = self.tr("The password was refused. Try again.") + "\n" + text
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.Password)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def entered(password: str) -> None:
            connection.PASSWORDS[where.conninfo] = password
            self.open_database(uri)
        dialog.textValueSelected.connect(entered)
        dialog.open()
        return dialog

    # -- loading -----------------------------------------------------------------------------

    def _load(self, location, name: str) -> CatalogueLoader:
        """A loader of `location` with its progress dialog; connect its signals, then start
        it (a failure can come at once)."""
        loader = CatalogueLoader(location, self)
        progress = QProgressDialog(self.tr("Opening {file}…").format(file=name), "",
                                   0, 100, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        loader.progress.connect(lambda percent, _: progress.setValue(percent))
        loader.loaded.connect(progress.close)
        loader.failed.connect(progress.close)
        self.window.statusBar().showMessage(self.tr("Opening {file}…").format(file=name))
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
