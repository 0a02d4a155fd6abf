"""The main window: park list | map | detail panel, menus, status bar, remembered state."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QMainWindow, QMenu,
                               QMessageBox, QProgressDialog, QSplitter)

from explorer import __version__
from explorer.core.catalogue import Catalogue
from explorer.core.errors import DataError
from explorer.export.fonts import chinese_font, missing_chinese_font_message
from explorer.export.options import ExportOptions, page_text, title_of
from explorer.export.render import ExportJob
from explorer.mapview.basemaps import BASEMAPS, DEFAULT_BASEMAP
from explorer.mapview.page import WEB, vendored_assets
from explorer.ui.detail_panel import DetailPanel
from explorer.ui.export_dialog import ExportDialog
from explorer.ui.i18n import LANGUAGES, Translations
from explorer.ui.loader import CatalogueLoader
from explorer.ui.map_view import MapView
from explorer.ui.park_list import ParkList
from explorer.ui.selection import Selection
from explorer.ui.settings import Settings


class MainWindow(QMainWindow):
    """Wires the list, the map and the panel to one Selection; menus; settings."""

    def __init__(self, cat: Catalogue, settings: Settings, cache_dir: Path,
                 translations: Translations):
        super().__init__()
        self.cat, self.settings, self.translations = cat, settings, translations
        self.selection = Selection(self)
        self.park_list = ParkList(self)
        self.map = MapView(cache_dir, self)
        self.detail = DetailPanel(self)
        self.splitter = QSplitter(Qt.Horizontal, self)
        for widget, stretch in ((self.park_list, 0), (self.map, 1), (self.detail, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([280, 820, 360])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._connect()
        self._restore()
        self._show_catalogue_in_panels()

    def _connect(self) -> None:
        self.map.parkClicked.connect(self.selection.select)
        self.map.tenantClicked.connect(self.selection.select_tenant)
        self.selection.tenantChanged.connect(self.detail.show_tenant)
        self.selection.tenantChanged.connect(self.map.highlight_tenant)
        self.park_list.searchChanged.connect(self.map.set_search)
        self.park_list.parkActivated.connect(self._select_and_fly)
        self.selection.changed.connect(self.detail.show_park)
        self.selection.changed.connect(self.park_list.select_park)
        self.selection.changed.connect(self.map.highlight)
        self.park_list.filterChanged.connect(self.map.set_filter)
        self.map.ready.connect(self._on_map_ready)
        self.map.loadFailed.connect(self.statusBar().showMessage)

    @property
    def lang(self) -> str:
        return self.translations.lang

    def set_language(self, lang: str) -> None:
        """Switch the whole UI, the data names and the page to `lang`, without a restart."""
        if lang not in LANGUAGES or lang == self.lang:
            return
        self.translations.install(lang)
        self.settings.language = lang
        self._build_menus()
        self.park_list.set_language(lang)
        self.detail.set_language(lang)
        self.map.retranslate()
        self.map.set_language(lang, page_text(self.lang))
        self._show_title()
        if self.map.is_ready:
            self._on_map_ready()

    def _basemap_id(self) -> str:
        saved = self.settings.basemap
        return saved if saved in BASEMAPS else DEFAULT_BASEMAP

    def set_basemap(self, basemap_id: str) -> None:
        """Switch the background map (remembered); only an online one lets the page go online."""
        self.settings.basemap = basemap_id
        for action in self.menuBar().findChildren(QAction):
            if action.objectName().startswith("basemap-"):
                action.setChecked(action.objectName() == f"basemap-{basemap_id}")
        self.map.set_basemap(BASEMAPS[self._basemap_id()])

    def _select_and_fly(self, park_id: str) -> None:
        self.selection.select(park_id)
        if self.cat.parks[park_id].is_mapped:
            self.map.fly_to(park_id)

    def _build_menus(self) -> None:
        """(Re)build the menus in the current language; actions belong to their menu."""
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()
        self.menuBar().clear()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open data…"), self.open_data, QKeySequence.Open)
        self._action(file_menu, self.tr("&Reload map"), self.load_map, QKeySequence("F5"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Export map…"), self.export_map, QKeySequence("Ctrl+E"))
        self._action(file_menu, self.tr("&Copy map image"), self.copy_map_image,
                     QKeySequence("Ctrl+Shift+C"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Find park"), self._focus_search, QKeySequence.Find)
        self._action(view_menu, self.tr("Show &all chains"),
                     self.park_list.show_all_chains, QKeySequence("Ctrl+Shift+A"))
        self._action(view_menu, self.tr("&Clear selection"),
                     lambda: self.selection.select(None), QKeySequence("Esc"))
        basemap_menu = view_menu.addMenu(self.tr("&Basemap"))
        names = {"none": self.tr("None (offline)"),
                 "osm": self.tr("OpenStreetMap (online: the map goes on the internet)")}
        for basemap_id in BASEMAPS:
            action = self._action(basemap_menu, names[basemap_id], lambda _=False, b=basemap_id:
                                  self.set_basemap(b), QKeySequence())
            action.setCheckable(True)
            action.setChecked(basemap_id == self._basemap_id())
            action.setObjectName(f"basemap-{basemap_id}")
        language_menu = view_menu.addMenu(self.tr("&Language"))
        # Each language is named in itself, so a reader can always find their own.
        for lang, name in (("zh", "中文"), ("en", "English")):
            action = self._action(language_menu, name, lambda _=False, lang=lang:
                                  self.set_language(lang), QKeySequence())
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            action.setObjectName(f"language-{lang}")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), self.about, QKeySequence.HelpContents)

    def _action(self, menu, text, slot, shortcut) -> QAction:
        action = QAction(text, menu)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _focus_search(self) -> None:
        self.park_list.search.setFocus()
        self.park_list.search.selectAll()

    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1400, 860)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)
        if self.settings.splitter:
            self.splitter.restoreState(self.settings.splitter)

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("Hengyang Park Explorer — {name}").format(
            name=self.cat.path.name))

    def _show_catalogue_in_panels(self) -> None:
        self._show_title()
        self.park_list.set_catalogue(self.cat, self.lang, self.settings.hidden_chains)
        self.detail.set_catalogue(self.cat, self.lang)
        self.selection.select(None)

    def load_map(self) -> None:
        """(Re)build the page for the current catalogue and filter; shows progress."""
        self.statusBar().showMessage(self.tr("Loading map…"))
        self.map.show_catalogue(self.cat, lang=self.lang, text=page_text(self.lang),
                                visible_chains=self.park_list.visible_chains())
        self.map.set_search(self.park_list.search.text())  # a new page: the search still holds
        self.map.set_basemap(BASEMAPS[self._basemap_id()])

    def _on_map_ready(self) -> None:
        mapped = sum(p.is_mapped for p in self.cat.parks.values())
        self.statusBar().showMessage(self.tr(
            "{parks} parks, {mapped} on the map · {tenants} tenants · {figures} figures").format(
            parks=len(self.cat.parks), mapped=mapped, tenants=len(self.cat.tenants),
            figures=len(self.cat.figures)))
        if self.selection.park_id:
            self.map.highlight(self.selection.park_id)

    def open_data(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open catalogue"), self.settings.last_data_folder,
            self.tr("Catalogues (*.gpkg *.geojson *.json *.csv);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> CatalogueLoader:
        """Load another catalogue in the background, with progress; on error say exactly
        what is wrong and keep the current catalogue on screen."""
        loader = CatalogueLoader(path, self)
        progress = QProgressDialog(self.tr("Opening {file}…").format(file=path.name), "",
                                   0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        loader.progress.connect(lambda percent, _: progress.setValue(percent))
        loader.loaded.connect(progress.close)
        loader.failed.connect(progress.close)
        loader.loaded.connect(lambda cat: self._show_new_catalogue(cat, path))
        loader.failed.connect(lambda exc: self._show_data_error(path, exc))
        self.statusBar().showMessage(self.tr("Opening {file}…").format(file=path.name))
        loader.start()
        return loader

    def _show_new_catalogue(self, cat: Catalogue, path: Path) -> None:
        self.settings.last_data_folder = str(path.parent)
        self.cat = cat
        self._show_catalogue_in_panels()
        self.load_map()
        if cat.warnings:
            self._show_warnings(cat)

    def _show_warnings(self, cat: Catalogue) -> None:
        self._message("data-warnings", QMessageBox.Information, self.tr("Opened with warnings"),
                      self.tr("{file} is open. {count} warning(s): approximate or missing "
                              "places and other doubtful rows.").format(
                          file=cat.path.name, count=len(cat.warnings)),
                      detailed="\n".join(str(w) for w in cat.warnings))

    def _show_data_error(self, path: Path, exc: DataError) -> None:
        self._message("data-error", QMessageBox.Warning, self.tr("Cannot open data"),
                      self.tr("{file} was not opened; the current data stays on screen.")
                      .format(file=path.name),
                      informative="\n".join(str(p) for p in exc.problems[:12]),
                      detailed=str(exc))

    def warn_if_no_chinese_font(self) -> bool:
        """Say once, plainly, when no font can draw Chinese; True when one can."""
        if chinese_font():
            return True
        self._message("font-warning", QMessageBox.Warning, self.tr("No Chinese font"),
                      missing_chinese_font_message())
        return False

    # -- export ----------------------------------------------------------------------------

    def view_options(self, state: dict) -> ExportOptions | None:
        """Export options for what the map shows now: its area, size, filter and selection."""
        visible = self.park_list.visible_chains()
        if not visible:
            self.statusBar().showMessage(self.tr("No chain is shown: tick at least one chain "
                                                 "to export the map."))
            return None
        park = self.cat.parks.get(self.selection.park_id or "")
        shown = park and park.is_mapped and set(park.chain_ids) & set(visible)
        return ExportOptions(size=tuple(state["size"]), scale=1, chains=tuple(visible),
                             park=park.id if shown else None, bbox=tuple(state["bounds"]),
                             lang=self.lang)

    def export_map(self) -> None:
        if self.map.is_ready:
            self.map.request_state(self._open_export_dialog)

    def _open_export_dialog(self, state: dict) -> None:
        base = self.view_options(state)
        if base is None:
            return
        dialog = ExportDialog(base, title_of(self.cat, base), self.settings.last_export_folder,
                              self)
        dialog.restore(self.settings.export_choices)
        if dialog.exec() == QDialog.Accepted:
            self.settings.export_choices = dialog.choices()
            self.start_export(dialog.options(), dialog.path())

    def start_export(self, options: ExportOptions, path: Path) -> ExportJob:
        """Export to `path`, remembering its folder, and say where it went."""
        job = self._run_export(options, path)
        job.finished.connect(lambda out: self._exported(Path(out)))
        return job

    def _run_export(self, options: ExportOptions, path: Path) -> ExportJob:
        """Export in the background with a progress dialog; the window stays responsive."""
        job = ExportJob(self.cat, options, path, self)
        progress = QProgressDialog(self.tr("Exporting map…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        job.progress.connect(progress.setValue)
        job.finished.connect(progress.close)
        job.failed.connect(progress.close)
        job.failed.connect(self._export_failed)
        job.start()
        return job

    def _exported(self, path: Path) -> None:
        self.settings.last_export_folder = str(path.parent)
        self.statusBar().showMessage(self.tr("Map exported to {path}").format(path=path))

    def _export_failed(self, message: str) -> None:
        self._message("export-error", QMessageBox.Warning, self.tr("Export failed"), message)

    def copy_map_image(self) -> None:
        if self.map.is_ready:
            self.map.request_state(self._copy_view)

    def _copy_view(self, state: dict) -> None:
        options = self.view_options(state)
        if options is None:
            return
        folder = tempfile.TemporaryDirectory(prefix="explorer-clip-")
        job = self._run_export(options, Path(folder.name) / "map.png")
        job.finished.connect(lambda out: self._to_clipboard(out, folder))
        job.failed.connect(lambda _: folder.cleanup())

    def _to_clipboard(self, path: str, folder: tempfile.TemporaryDirectory) -> None:
        QApplication.clipboard().setImage(QImage(path))
        folder.cleanup()
        self.statusBar().showMessage(self.tr("Map image copied to the clipboard"))

    def about(self) -> None:
        """Version, where the data lives, and every source and library with its licence."""
        lines = [self.tr("Hengyang Park Explorer {version}").format(version=__version__), "",
                 self.tr("Data: {path}").format(path=self.cat.path), "", self.tr("Sources:")]
        lines += [" · ".join(part for part in (s.title, s.publisher, s.date, s.licence) if part)
                  for s in self.cat.sources.values()]
        lines += ["", self.tr("Web libraries (in {folder}):").format(folder=WEB / "vendor")]
        lines += [f"{name} · {licence}" for name, licence in vendored_assets()]
        self._message("about", QMessageBox.Information, self.tr("About Hengyang Park Explorer"),
                      "\n".join(lines[:3]), informative="\n".join(lines[3:]))

    def _message(self, name: str, icon, title: str, text: str, *, informative: str = "",
                 detailed: str = "") -> None:
        """A window-modal message that shows its text as plain text, never as markup."""
        box = QMessageBox(icon, title, text, QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(informative)
        box.setDetailedText(detailed)
        box.setObjectName(name)
        box.open()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter = self.splitter.saveState()
        self.settings.hidden_chains = self.park_list.hidden_chains()
        self.settings.sync()
        super().closeEvent(event)
