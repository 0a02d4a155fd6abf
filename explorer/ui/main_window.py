"""The main window: park list | map | detail panel around one view state; status bar and
remembered window. Opening data, exporting and the menus live in their own modules."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QSplitter

from explorer import __version__
from explorer.core.catalogue import Catalogue
from explorer.core.chains import chain_bounds
from explorer.core.db.location import is_database
from explorer.core.model import display_name
from explorer.core.viewstate import ViewState
from explorer.export.fonts import chinese_font, missing_chinese_font_message
from explorer.mapview.basemaps import BASEMAPS, DEFAULT_BASEMAP, FILE_PREFIX
from explorer.mapview.page import WEB, vendored_assets
from explorer.ui.basemap_ui import BasemapChooser, BasemapStatus
from explorer.ui.chains_view import ChainsView
from explorer.ui.data_opener import DataOpener
from explorer.ui.detail_panel import DetailPanel
from explorer.ui.edit_forms import EditForms
from explorer.ui.editor import Editor
from explorer.ui.exporter import MapExporter
from explorer.ui.firm_export import FirmTableExporter
from explorer.ui.i18n import LANGUAGES, Translations
from explorer.ui.live_refresh import LiveRefresh
from explorer.ui.importer import FirmImporter
from explorer.ui.map_view import MapView
from explorer.ui.menus import build_menus, check_choice, has_choice
from explorer.ui.messages import show_message
from explorer.ui.park_list import ParkList
from explorer.ui.report_exporter import ReportExporter
from explorer.ui.saver import Saver
from explorer.ui.settings import Settings

log = logging.getLogger(__name__)


def initial_state(settings: Settings, lang: str) -> ViewState:
    """The view state a new window starts from: what the user had last time (a tile file
    only while it is still there)."""
    basemap = settings.basemap
    known = basemap in BASEMAPS or (basemap.startswith(FILE_PREFIX)
                                    and Path(basemap[len(FILE_PREFIX):]).is_file())
    basemap = basemap if known else DEFAULT_BASEMAP
    opacity = min(max(settings.basemap_opacity, 0.0), 1.0)
    return ViewState(hidden_chains=settings.hidden_chains, lang=lang, basemap=basemap,
                     datum=BASEMAPS[basemap].datum if basemap in BASEMAPS else "wgs84",
                     basemap_opacity=opacity)


class DropFilter(QObject):
    """Sends the drag events of the widgets it watches to `take(event)`, and keeps them from
    those widgets (the web view would navigate to a dropped file). An object of its own, not
    the window: a filter is called for every event of the map, the window's end included."""

    DRAGS = (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop)

    def __init__(self, take, parent):
        super().__init__(parent)
        self.take = take

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in self.DRAGS:
            return False
        self.take(event)
        return True


class MainWindow(QMainWindow):
    """Hands one ViewState to the list, the map and the panel; they follow it and write
    to it, never to each other."""

    def __init__(self, cat: Catalogue, settings: Settings, cache_dir: Path,
                 translations: Translations, log_path: Path | None = None,
                 journal_dir: Path | None = None):
        super().__init__()
        self.cat, self.settings, self.translations = cat, settings, translations
        self.log_path = log_path
        self.state = initial_state(settings, translations.lang)
        # First listener of the language: the translator must switch before widgets redraw.
        self.state.subscribe("lang", self._switch_language)
        self.state.subscribe("basemap", self._remember_basemap)
        self.park_list = ParkList(self.state, self)
        self.map = MapView(self.state, cache_dir, self)
        self.basemaps = BasemapChooser(self)
        self.basemap_status = BasemapStatus(self.state, self)
        self.statusBar().addPermanentWidget(self.basemap_status)
        self.state.subscribe("basemap_opacity", self._remember_opacity)
        self.detail = DetailPanel(self.state, self)
        self.opener = DataOpener(self, settings)
        self.opener.opened.connect(self.set_catalogue)
        self.exporter = MapExporter(self, settings)
        self.importer = FirmImporter(self, settings)
        self.firm_exporter = FirmTableExporter(self, settings)
        self.reporter = ReportExporter(self, settings)
        self.chains_view = ChainsView(self.state, cache_dir, self)
        self.chains_dock = QDockWidget(self)
        self.chains_dock.setObjectName("chains-dock")  # saveState finds it by this name
        self.chains_dock.setWidget(self.chains_view)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.chains_dock)
        self.resizeDocks([self.chains_dock], [280], Qt.Vertical)
        self.state.subscribe("selection", self._on_selection)
        self.editor = Editor(self, settings)
        self.editor.set_catalogue(cat)
        self.saver = Saver(self, self.editor, settings, journal_dir or cache_dir.parent / "journals")
        self.live = LiveRefresh(self)
        self.forms = EditForms(self, self.editor)
        self.editor.modeChanged.connect(lambda on: self.edit_mode_action.setChecked(on))
        self.splitter = QSplitter(Qt.Horizontal, self)
        for widget, stretch in ((self.park_list, 0), (self.map, 1), (self.detail, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setChildrenCollapsible(False)  # a dragged panel never hides the map
        self.map.setMinimumWidth(320)
        self.splitter.setSizes([300, 760, 380])
        self.setCentralWidget(self.splitter)
        self.map.ready.connect(self._show_counts)
        self.setAcceptDrops(True)
        self.drops = DropFilter(self._drag, self)
        self.map.ready.connect(self._take_drops_from_map)
        self._take_drops_from_map()
        self.map.ready.connect(self._log_ready)
        self.map.loadFailed.connect(self.statusBar().showMessage)
        self._check_writable()
        build_menus(self)
        self.chains_dock.setWindowTitle(self.tr("Chains"))
        self._restore()
        self._show_catalogue_in_panels()
        self.saver.catalogue_opened()
        self.live.catalogue_opened()

    @property
    def lang(self) -> str:
        return self.state.lang

    def _switch_language(self, lang: str) -> None:
        """The whole UI, the data names and the page in `lang`, without a restart."""
        if lang not in LANGUAGES:
            return
        self.translations.install(lang)
        self.settings.language = lang
        self._check_writable()
        build_menus(self)
        self.show_title()
        self.chains_dock.setWindowTitle(self.tr("Chains"))
        self.basemap_status.retranslate()
        self.live.show_state()
        if self.map.is_ready:
            self._show_counts()

    def _remember_basemap(self, basemap_id: str) -> None:
        self.settings.basemap = basemap_id
        self.check_basemap()

    def _remember_opacity(self, opacity: float) -> None:
        self.settings.basemap_opacity = opacity

    def check_basemap(self) -> None:
        """Tick the basemap shown in View → Basemap (a new tile file gets its entry)."""
        if has_choice(self, "basemap", self.state.basemap):
            check_choice(self, "basemap", self.state.basemap)
        else:
            build_menus(self)

    def _on_selection(self, selection) -> None:
        """A chosen chain opens the chains view; say so when none of it is on the map."""
        if selection is None or selection.kind != "chain" or selection.id not in self.cat.chains:
            return
        self.chains_dock.show()
        self.chains_dock.raise_()
        if chain_bounds(self.cat, selection.id) is None:
            self.statusBar().showMessage(self.tr(
                "No park or firm of the chain {chain} has a place on the map.").format(
                chain=display_name(self.cat.chains[selection.id], self.lang)))

    def focus_search(self) -> None:
        self.park_list.search.setFocus()
        self.park_list.search.selectAll()

    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1440, 980)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)
        if self.settings.splitter:
            self.splitter.restoreState(self.settings.splitter)

    def show_title(self) -> None:
        """The catalogue's name, after a `*` while edits are not saved."""
        dirty = hasattr(self, "saver") and self.saver.dirty
        self.setWindowTitle(("*" if dirty else "") + self.tr(
            "Hengyang Park Explorer — {name}").format(name=self.cat.store.name))

    def open_data(self) -> None:
        """File → Open data…: a catalogue (once unsaved edits are saved or discarded), or a
        list of firms to import into this one."""
        self.opener.ask_and_open()

    # -- files dropped on the window ---------------------------------------------------------

    def _take_drops_from_map(self) -> None:
        """The map's web view would take a dropped file itself (and show it as a page):
        files dropped on it come to the window instead."""
        for widget in (self.map.view, self.map.view.focusProxy()):
            if widget is not None:
                widget.installEventFilter(self.drops)

    def _dropped_file(self, event) -> Path | None:
        """The one local file of a drag, if the window can open or import it."""
        data = event.mimeData()
        urls = [url for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []
        if len(urls) != 1:
            return None
        path = Path(urls[0].toLocalFile())
        return path if self.opener.can_open(path) else None

    def _drag(self, event) -> bool:
        """Take a drag event of a file we can open; True if it was ours."""
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Drop:
            self.opener.open_file(path)
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._drag(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._drag(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._drag(event)

    def connect_database(self) -> None:
        """File → Connect to database…, once unsaved edits are saved or discarded."""
        if self.saver.confirm_discard():
            self.opener.ask_database()

    def _check_writable(self) -> None:
        """A database role without the right to write: editing is off, and says why."""
        store = self.cat.store
        read_only = is_database(store.location) and not store.writable
        self.editor.read_only = self.tr(
            "Editing is off: your database role may read this catalogue but not change it "
            "(no INSERT, UPDATE or DELETE privilege). Ask the database's owner for write "
            "access.") if read_only else ""
        if read_only and self.editor.edit_mode:
            self.editor.set_edit_mode(False)

    def set_catalogue(self, cat: Catalogue) -> None:
        """Show another catalogue: panels at once, the map once its page has loaded. What is
        selected stays selected if the new catalogue has it."""
        self.cat = cat
        self.editor.set_catalogue(cat)
        self._check_writable()
        build_menus(self)
        self._show_catalogue_in_panels()
        self.load_map()
        self.saver.catalogue_opened()
        self.live.catalogue_opened()

    def _show_catalogue_in_panels(self) -> None:
        self.show_title()
        selection = self.state.selection
        if selection is not None and selection.id not in {
                "park": self.cat.parks, "firm": self.cat.tenants,
                "chain": self.cat.chains}[selection.kind]:
            self.state.select()
        self.park_list.set_catalogue(self.cat)
        self.detail.set_catalogue(self.cat)
        self.chains_view.set_catalogue(self.cat)

    def load_map(self) -> None:
        """(Re)build the page for the current catalogue; the view state is replayed on it."""
        self.statusBar().showMessage(self.tr("Loading map…"))
        self.map.show_catalogue(self.cat)

    def _show_counts(self) -> None:
        mapped = sum(p.is_mapped for p in self.cat.parks.values())
        text = self.tr(
            "{parks} parks, {mapped} on the map · {firms} firms · {figures} figures").format(
            parks=len(self.cat.parks), mapped=mapped, firms=len(self.cat.tenants),
            figures=len(self.cat.figures))
        if self.cat.tenants.by_view:
            text += " · " + self.tr("firms drawn by view from the database")
        if self.cat.added_firms:
            text += " · " + self.tr("{count} firms added from {file}").format(
                count=self.cat.added_firms, file=self.cat.store.name)
        self.statusBar().showMessage(text)

    def _log_ready(self) -> None:
        """One line that says the map can be used (the real-display test waits for it)."""
        log.info("map ready: %s, %d parks drawn", self.cat.store.name,
                 sum(p.is_mapped for p in self.cat.parks.values()))

    def warn_if_no_chinese_font(self) -> bool:
        """Say once, plainly, when no font can draw Chinese; True when one can."""
        if chinese_font():
            return True
        show_message(self, "font-warning", QMessageBox.Warning, self.tr("No Chinese font"),
                     missing_chinese_font_message())
        return False

    def about(self) -> None:
        """Version, where the data and the log live, every source and library with its
        licence."""
        lines = [self.tr("Hengyang Park Explorer {version}").format(version=__version__), "",
                 self.tr("Data: {path}").format(path=self.cat.store.location),
                 self.tr("Log: {path}").format(path=self.log_path or self.tr("not written")),
                 "", self.tr("Sources:")]
        lines += [" · ".join(part for part in (s.title, s.publisher, s.date, s.licence) if part)
                  for s in self.cat.sources.values()]
        lines += ["", self.tr("Web libraries (in {folder}):").format(folder=WEB / "vendor")]
        lines += [f"{name} · {licence}" for name, licence in vendored_assets()]
        show_message(self, "about", QMessageBox.Information,
                     self.tr("About Hengyang Park Explorer"), "\n".join(lines[:4]),
                     informative="\n".join(lines[4:]))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.saver.confirm_discard():
            event.ignore()
            return
        self.live.close()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter = self.splitter.saveState()
        self.settings.hidden_chains = sorted(self.state.hidden_chains)
        self.settings.sync()
        super().closeEvent(event)
