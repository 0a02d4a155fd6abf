"""The map: a QWebEngineView showing the page built by explorer.mapview, and its bridge.

The page is written to a cache folder and loaded by URL (never `setHtml`, which fails
silently above about 1.5 MB). Calls into the page are queued until it says `ready`; then the
whole view state is replayed, so that a reload (F5, a new file) loses nothing. The page's
console goes to Python logging.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from explorer.core.catalogue import Catalogue
from explorer.core.chains import chain_bounds
from explorer.core.coords import to_wgs84
from explorer.core.memory import return_free_memory
from explorer.core.tilefiles import TileFileError
from explorer.core.viewstate import ViewState, Viewport
from explorer.export.options import page_text
from explorer.export.webprofile import basemap_for, map_profile, redact, request_guard
from explorer.mapview.basemaps import BASEMAPS, DEFAULT_BASEMAP, Basemap
from explorer.mapview.page import (chain_data, match_bits, park_data, render_page,
                                   tenant_points, view_firm_data, write_page)
from explorer.ui.bridge import MapBridge, ViewBounds
from explorer.ui.firm_fetcher import FirmFetcher

page_log = logging.getLogger("explorer.page")
CONSOLE_LEVELS = {
    QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.INFO,
    QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
    QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
}
NOTICE_MS = 15_000
# Above this many firms changed at once (a recovered journal), the layer is sent anew.
FIRM_STEPS_MAX = 500


def blocked_requests() -> list[str]:
    """Every request the map profile has refused to send off the machine."""
    return request_guard().blocked


def state_in_wgs84(state: dict) -> dict:
    """The page's explorer.state() with its bounds and centre taken back to WGS-84 from the
    datum the page draws in (the box of the four shifted corners)."""
    datum = state.get("datum", "wgs84")
    west, south, east, north = state["bounds"]
    lons, lats = to_wgs84(datum, [west, east, west, east], [south, south, north, north])
    lon, lat = to_wgs84(datum, state["center"][1], state["center"][0])
    return {**state, "bounds": [float(lons.min()), float(lats.min()), float(lons.max()),
                                float(lats.max())], "center": [float(lat), float(lon)]}


class ViewFirmIds(list):
    """The ids of the firms a view query returned, in the page's numbering: what a click on
    one of them names (the bridge asks `placed_count` and `placed_id` as of a TenantTable)."""

    @property
    def placed_count(self) -> int:
        return len(self)

    def placed_id(self, index: int) -> str:
        return self[index]


class MapPage(QWebEnginePage):
    """A map page whose console messages (level, text, source line) go to Python logging."""

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802 (Qt's)
        page_log.log(CONSOLE_LEVELS.get(level, logging.INFO), "%s (%s:%d)", redact(message),
                     redact(source.rsplit("/", 1)[-1]), line)


class MapView(QWidget):
    """The map widget: follows the view state in the live page, and writes the user's clicks
    and moves to it. `show_catalogue` (re)builds the page; everything else changes it in
    place."""

    ready = Signal()
    loadFailed = Signal(str)
    tilesFailed = Signal(str)  # the basemap key whose tiles do not load
    viewFirmsDrawn = Signal(object)  # the ViewRequest whose firms the page now draws

    def __init__(self, state: ViewState, cache_dir: Path, parent=None):
        super().__init__(parent)
        self.state = state
        self._cache_dir = cache_dir
        self._ready = False
        self._queue: list[str] = []
        self._cat: Catalogue | None = None
        self._chain_shown = False  # the page shows one selected chain only
        self.view = QWebEngineView(self)
        page = MapPage(map_profile(), self.view)
        self.destroyed.connect(lambda: request_guard().revoke(self))
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, False)
        self.view.setPage(page)
        self._tenants = None
        self.fetcher: FirmFetcher | None = None  # firms by view (a database's firm layer)
        self._view_ids = ViewFirmIds()
        self._bounds: ViewBounds | None = None
        self.bridge = MapBridge(parent=self)
        self.bridge.ready.connect(self._on_ready)
        self.bridge.parkClicked.connect(lambda park_id: state.select("park", park_id))
        self.bridge.tenantClicked.connect(lambda firm_id: state.select("firm", firm_id))
        self.bridge.viewChanged.connect(
            lambda lat, lon, zoom: state.update(viewport=Viewport(lat, lon, zoom)))
        self.bridge.tilesFailed.connect(self._on_tiles_failed)
        self.bridge.boundsChanged.connect(self._on_bounds)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._channel = QWebChannel(page)
        self._channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self._channel)
        page.loadProgress.connect(self._on_progress)
        page.loadFinished.connect(self._on_load_finished)
        self._build_layout()
        state.subscribe("hidden_chains", lambda _: self._show_filter())
        state.subscribe("search", self._show_search)
        state.subscribe("selection", self._show_selection)
        state.subscribe("basemap", self._show_basemap)
        state.subscribe("basemap_opacity", self._show_opacity)
        state.subscribe("lang", self._show_language)
        state.subscribe("reveal", self._reveal)

    def _build_layout(self) -> None:
        """The view fills the widget; progress and messages float over it, so that showing
        or hiding them never resizes the map (which would move every marker)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fff3cd; padding: 8px; border: 1px solid #c9a227;")
        self.message.hide()
        self._notice_timer.timeout.connect(self.message.hide)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.setFormat(self.tr("Loading map… %p%"))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width = min(self.width() - 40, 420)
        self.progress.setGeometry((self.width() - width) // 2, 12, width, 24)
        self.message.setGeometry(20, 12, self.width() - 40, 80)
        self.progress.raise_()
        self.message.raise_()

    @property
    def is_ready(self) -> bool:
        return self._ready

    def show_catalogue(self, cat: Catalogue) -> Path:
        """Build the page for `cat` and load it; the view state is replayed once it is ready."""
        self._ready = False
        self._queue.clear()
        self._cat = cat
        self._follow_firms_by_view(cat)
        self.bridge.set_catalogue(cat.parks, self._firm_numbers())
        state = self.state
        page = render_page(cat, lang=state.lang, text=page_text(state.lang),
                           visible_chains=state.visible_chains(cat.chains))
        path = write_page(page, self._cache_dir)
        del page
        return_free_memory()  # the page's pieces, tens of MB at a million firms
        self.progress.setValue(0)
        self.progress.show()
        self.progress.raise_()
        self.message.hide()
        self.view.load(QUrl.fromLocalFile(str(path)))
        return path

    # -- the view state, shown in the page -------------------------------------------------

    def _replay(self) -> None:
        """Show the whole view state: after a (re)load, the page shows what the user had."""
        self._show_language(self.state.lang)
        self._show_filter()
        self._show_search(self.state.search)
        self._show_basemap(keep_view=False)  # first: the datum the rest is drawn in
        self._show_selection(self.state.selection)
        self._show_view()

    def shown_chains(self) -> list[str]:
        """The chains drawn: the selected chain alone, else every chain not hidden."""
        chain_id = self.state.selected_id("chain")
        if chain_id is not None and self._cat is not None and chain_id in self._cat.chains:
            return [chain_id]
        return self.state.visible_chains(self._cat.chains) if self._cat is not None else []

    def _show_filter(self) -> None:
        if self._cat is not None:
            self._call("setFilter", self.shown_chains())
            self._ask_view_firms()

    def _show_search(self, text: str) -> None:
        """Show only the firms whose name contains `text` (the page holds no names). Firms
        by view are not filtered by name: the database counts them per cell and chain."""
        if self._cat is not None:
            self._call("setTenantMatch", match_bits(self._cat.tenants.placed_matching(text)))

    # -- firms by view: a firm layer left in the database -------------------------------------

    @property
    def firms_by_view(self) -> bool:
        return self._cat is not None and self._cat.tenants.by_view

    def _follow_firms_by_view(self, cat: Catalogue) -> None:
        """A fetcher for a catalogue whose firms stay in the database (none otherwise)."""
        if self.fetcher is not None and self.fetcher.store is not cat.store:
            self.fetcher.close()
            self.fetcher.deleteLater()
            self.fetcher = None
        self._view_ids = ViewFirmIds()
        self._bounds = None
        if cat.tenants.by_view and self.fetcher is None:
            self.fetcher = FirmFetcher(cat.store, parent=self)
            self.fetcher.answered.connect(self._draw_view_firms)
            self.fetcher.failed.connect(self._on_view_firms_failed)

    def _firm_numbers(self):
        """What the page's firm numbers name: the view's firms, or every placed firm."""
        return self._view_ids if self.firms_by_view else self._cat.tenants

    def _on_bounds(self, bounds: ViewBounds) -> None:
        self._bounds = bounds
        self._ask_view_firms()

    def _ask_view_firms(self) -> None:
        """Ask for the firms of the view the page last reported (firms by view only)."""
        if not self.firms_by_view or self._bounds is None or not self._ready:
            return
        chains = self.shown_chains()
        self.fetcher.ask(self._bounds.box, self._bounds.zoom,
                         None if len(chains) == len(self._cat.chains) else chains)

    def _draw_view_firms(self, request, answer) -> None:
        if not self.firms_by_view:
            return
        data, ids = view_firm_data(self._cat, answer)
        self._view_ids = ViewFirmIds(ids)
        self.bridge.set_catalogue(self.bridge.park_ids, self._view_ids)
        firm_id = self.state.selected_id("firm")
        selected = self.tenant_index(firm_id) if firm_id else -1
        script = (f"explorer.setViewFirms({json.dumps(data)}, "
                  f"{selected if selected >= 0 else 'null'});")
        self.view.page().runJavaScript(script, 0,
                                       lambda _result: self.viewFirmsDrawn.emit(request))

    def _on_view_firms_failed(self, reason: str) -> None:
        self.show_notice(self.tr("The firms of this view could not be read from the "
                                 "database: {reason}").format(reason=reason))

    def _show_selection(self, selection) -> None:
        chain_id = self.state.selected_id("chain")
        if chain_id is not None or self._chain_shown:
            self._show_filter()  # a chain selected shows only that chain; else the filter
        self._chain_shown = chain_id is not None
        if chain_id is not None and self._cat is not None and chain_id in self._cat.chains:
            bounds = chain_bounds(self._cat, chain_id)
            if bounds is not None:
                west, south, east, north = bounds
                self._call("fitBounds", [[south, west], [north, east]])
        park_id = self.state.selected_id("park")
        firm_id = self.state.selected_id("firm")
        self._call("highlight", park_id)
        index = self.tenant_index(firm_id) if firm_id else -1
        self._call("highlightTenant", index if index >= 0 else None)

    def basemap(self) -> Basemap:
        """The basemap the view state names (none if its file cannot be read any more)."""
        try:
            return basemap_for(self.state.basemap)
        except (KeyError, TileFileError):
            return BASEMAPS[DEFAULT_BASEMAP]

    def _show_basemap(self, _key: str = "", keep_view: bool = True) -> None:
        """Show the basemap under the data, keeping the view on the same ground when the
        datum changes. The network opens only for an online basemap, and only to its hosts."""
        basemap = self.basemap()
        request_guard().grant(self, basemap)
        self.view.page().settings().setAttribute(
            QWebEngineSettings.LocalContentCanAccessRemoteUrls, basemap.online)
        self._call("setBasemap", basemap.as_page_data(self.state.lang))
        self._call("setBasemapOpacity", self.state.basemap_opacity)
        if keep_view:
            self._show_view()

    def _show_view(self) -> None:
        """The view state's view (WGS-84; the page puts it in its datum)."""
        viewport = self.state.viewport
        if viewport is not None:
            self._call("setView", [viewport.lat, viewport.lon], viewport.zoom)

    def reload_basemap(self) -> None:
        """The current basemap's tiles again (after a new key, say)."""
        self._show_basemap()

    def _show_opacity(self, opacity: float) -> None:
        self._call("setBasemapOpacity", opacity)

    def _on_tiles_failed(self, basemap_id: str, failed: int, loaded: int) -> None:
        if basemap_id == self.basemap().id:
            self.tilesFailed.emit(self.state.basemap)

    def show_notice(self, text: str) -> None:
        """A message over the map that goes by itself: the map stays usable."""
        self.message.setText(text)
        self.message.show()
        self.message.raise_()
        self._notice_timer.start()

    def _show_language(self, lang: str) -> None:
        self.retranslate()
        self._call("setLanguage", lang, page_text(lang))
        basemap = self.basemap()
        if len(basemap.labels) > 1 or basemap.attribution_zh:  # labels, credit in the language
            self._show_basemap()

    def _reveal(self, selection) -> None:
        """Bring what was chosen in the list or found by a search into view."""
        if self._cat is None:
            return
        if selection.kind == "park" and self._cat.parks[selection.id].is_mapped:
            self._call("flyTo", selection.id)
        elif selection.kind == "firm" and self.firms_by_view:
            point = self._cat.tenants[selection.id].geometry
            if point is not None and point.geom_type == "Point":
                zoom = max(self.state.viewport.zoom if self.state.viewport else 0, 16)
                self._call("setView", [point.y, point.x], zoom)
        elif selection.kind == "firm" and self.tenant_index(selection.id) >= 0:
            self._call("flyToFirm", self.tenant_index(selection.id))

    # -- the live page: features added, changed and removed in place ------------------------

    def upsert_park(self, park) -> None:
        """Draw `park` (a new one, or new place, shape, chains or names) without a reload."""
        self.bridge.set_catalogue({*self.bridge.park_ids, park.id}, self._firm_numbers())
        self._call("upsertPark", park_data(park))

    def remove_park(self, park_id: str) -> None:
        self.bridge.set_catalogue(self.bridge.park_ids - {park_id}, self._firm_numbers())
        self._call("removePark", park_id)

    def show_park(self, park_id: str) -> None:
        """Show park `park_id` as the catalogue now has it: drawn anew, taken off the map
        (a park without a place: the page may still name it, to give it a shape), or gone."""
        park = self._cat.parks.get(park_id) if self._cat is not None else None
        if park is None:
            self.remove_park(park_id)
        elif park.is_mapped:
            self.upsert_park(park)
        else:
            self.bridge.set_catalogue({*self.bridge.park_ids, park_id}, self._firm_numbers())
            self._call("removePark", park_id)

    # -- edit mode (resources/web/edit.js) ---------------------------------------------------

    def set_edit_mode(self, enabled: bool) -> None:
        self._call("setEditMode", enabled)

    def draw_shape(self, park_id: str, shape: str, add_part: bool = False) -> None:
        """Let the user draw `park_id`'s footprint ("Polygon"), a part of it, or its line
        ("Line") on the map; the result comes back as a bridge message."""
        self._call("drawShape", park_id, shape, add_part)

    def cut_hole(self, park_id: str) -> None:
        """Let the user draw a hole to cut out of `park_id`'s footprint (Geoman's Cut mode);
        the footprint with the hole comes back as a `geometry` message."""
        self._call("cutHole", park_id)

    def edit_shape(self, park_id: str) -> None:
        self._call("editShape", park_id)

    def pick_place(self, purpose: str) -> None:
        """The next click on the map picks a place for `purpose` (see bridge.PICK_PURPOSES)."""
        self._call("pickPlace", purpose)

    def cancel_tool(self) -> None:
        self._call("cancelTool")

    def set_chains(self, cat: Catalogue) -> None:
        """Restyle every layer after chains changed (colour, names): parks, firms, legend."""
        self._call("setChains", [chain_data(c) for c in cat.chains.values()])

    def set_firms(self, cat: Catalogue) -> None:
        """Replace the firms layer (firms added, moved or removed) without a reload. Firms
        by view are asked for again: the page shows them as the database has them (saved)."""
        self._cat = cat
        if self.firms_by_view:
            self._ask_view_firms()
            return
        self.bridge.set_catalogue(self.bridge.park_ids, cat.tenants)
        self._call("setFirms", tenant_points(cat))
        self._show_search(self.state.search)
        self._show_selection(self.state.selection)

    def change_firms(self, cat: Catalogue, steps: list[tuple[int, int, list | None]]) -> None:
        """Firms edited, shown one at a time without resending the layer: each step is a
        firm's placed number (see `TenantTable`) before and after one edit, in the order
        the edits were made (-1 where it had or has no point), and its point then as
        `mapview.page.tenant_point` gives it. A point changed in place is put, a new one inserted, a gone
        one removed (the numbers after it shift, as in the catalogue). Many steps at once (a
        recovered journal) send the layer anew."""
        if len(steps) > FIRM_STEPS_MAX or self.firms_by_view:  # by view: asked again
            self.set_firms(cat)
            return
        self._cat = cat
        for before, after, point in steps:
            if before >= 0 and after >= 0:
                self._call("putFirm", after, *point)
            elif before >= 0:
                self._call("removeFirm", before)
            elif after >= 0:
                self._call("insertFirm", after, *point)
        if self.state.search.strip():
            self._show_search(self.state.search)
        self._show_selection(self.state.selection)

    def tenant_index(self, tenant_id: str) -> int:
        """The number the page knows a firm by; -1 if it is not drawn."""
        if self._cat is None:
            return -1
        if self.firms_by_view:
            return self._view_ids.index(tenant_id) if tenant_id in self._view_ids else -1
        return self._cat.tenants.placed_index(tenant_id)

    def request_state(self, callback) -> None:
        """Call `callback(dict)` with the page's state: view bounds (WGS-84) and size, parks,
        legend."""
        self.view.page().runJavaScript(
            "explorer.state()", 0, lambda text: callback(state_in_wgs84(json.loads(text))))

    def _call(self, function: str, *args) -> None:
        script = f"explorer.{function}({', '.join(json.dumps(a) for a in args)});"
        if self._ready:
            self.view.page().runJavaScript(script)
        else:
            self._queue.append(script)

    def _on_ready(self) -> None:
        self._ready = True
        self.progress.hide()
        if self.firms_by_view:  # the first view's firms: the page reports later moves itself
            self.request_state(lambda state: self._on_bounds(ViewBounds(
                *state["bounds"], float(state["zoom"]))))
        self._replay()
        for script in self._queue:  # what came meanwhile, in order: edits, a fly-to
            self.view.page().runJavaScript(script)
        self._queue.clear()
        self.ready.emit()
    def _on_progress(self, percent: int) -> None:
        if not self._ready:
            self.progress.setValue(percent)

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            self.progress.hide()
            text = self.tr("The map page could not be loaded. The park list and details "
                           "still work; try File → Reload map.")
            self.message.setText(text)
            self.message.show()
            self.message.raise_()
            self.loadFailed.emit(text)
