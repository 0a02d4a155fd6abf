"""The map: a QWebEngineView showing the page built by explorer.mapview, and its bridge.

The page is written to a cache folder and loaded by URL (never `setHtml`, which fails
silently above about 1.5 MB). Calls into the page are queued until it says `ready`.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (QWebEnginePage, QWebEngineProfile, QWebEngineSettings,
                                     QWebEngineUrlRequestInterceptor)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from explorer.core.catalogue import Catalogue
from explorer.mapview.basemaps import Basemap
from explorer.mapview.page import match_bits, render_page, write_page
from explorer.ui.bridge import MapBridge

LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "blob", "about", "devtools"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine, and remembers what it blocked;
    only while the user has chosen an online basemap may pages go online."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.blocked: list[str] = []
        self.allow_online = False

    def interceptRequest(self, info) -> None:  # noqa: N802 (Qt's name)
        url = info.requestUrl()
        if url.scheme() not in LOCAL_SCHEMES and not self.allow_online:
            info.block(True)
            self.blocked.append(url.toString())


_INTERCEPTOR: list[LocalOnlyInterceptor] = []


def map_profile() -> QWebEngineProfile:
    """The web profile of every map page, with the interceptor installed once.

    Qt 6's default profile is off the record (nothing written to disk) and is owned by
    QtWebEngine itself, so it is released after the last page, never before.
    """
    profile = QWebEngineProfile.defaultProfile()
    if not _INTERCEPTOR:
        _INTERCEPTOR.append(LocalOnlyInterceptor(QCoreApplication.instance()))
        profile.setUrlRequestInterceptor(_INTERCEPTOR[0])
    return profile


def blocked_requests() -> list[str]:
    """Every request the map profile has refused to send off the machine."""
    map_profile()
    return _INTERCEPTOR[0].blocked


class MapView(QWidget):
    """The map widget: load a catalogue's page, then filter / highlight / fly in place."""

    ready = Signal()
    parkClicked = Signal(str)
    tenantClicked = Signal(str)
    loadFailed = Signal(str)

    def __init__(self, cache_dir: Path, parent=None):
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._ready = False
        self._queue: list[str] = []
        self.view = QWebEngineView(self)
        page = QWebEnginePage(map_profile(), self.view)
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, False)
        self.view.setPage(page)
        self._tenants = None
        self.bridge = MapBridge(parent=self)
        self.bridge.ready.connect(self._on_ready)
        self.bridge.parkClicked.connect(self.parkClicked)
        self.bridge.tenantClicked.connect(self.tenantClicked)
        self._channel = QWebChannel(page)
        self._channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self._channel)
        page.loadProgress.connect(self._on_progress)
        page.loadFinished.connect(self._on_load_finished)
        self._build_layout()

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

    def show_catalogue(self, cat: Catalogue, *, lang: str, text: dict[str, str],
                       visible_chains: list[str]) -> Path:
        """Build the page for `cat` and load it; calls made meanwhile wait for `ready`."""
        self._ready = False
        self._queue.clear()
        self._tenants = cat.tenants
        self.bridge.set_catalogue(cat.parks, cat.tenants)
        page = render_page(cat, lang=lang, text=text, visible_chains=visible_chains)
        path = write_page(page, self._cache_dir)
        self.progress.setValue(0)
        self.progress.show()
        self.progress.raise_()
        self.message.hide()
        self.view.load(QUrl.fromLocalFile(str(path)))
        return path

    def highlight(self, park_id: str | None) -> None:
        self._call("highlight", park_id)

    def set_filter(self, chain_ids: list[str]) -> None:
        self._call("setFilter", list(chain_ids))

    def highlight_tenant(self, tenant_id: str | None) -> None:
        """Ring the firm on the map (if it has a point); None: no firm."""
        index = self.tenant_index(tenant_id) if tenant_id else -1
        self._call("highlightTenant", index if index >= 0 else None)

    def tenant_index(self, tenant_id: str) -> int:
        """The number the page knows a firm by; -1 if it is not drawn."""
        return self._tenants.placed_index(tenant_id) if self._tenants is not None else -1

    def set_basemap(self, basemap: Basemap) -> None:
        """Show `basemap` under the data; the network is allowed only for an online one."""
        map_profile()
        _INTERCEPTOR[0].allow_online = basemap.online
        self.view.page().settings().setAttribute(
            QWebEngineSettings.LocalContentCanAccessRemoteUrls, basemap.online)
        self._call("setBasemap", basemap.as_page_data())

    def set_search(self, text: str) -> None:
        """Show only the firms whose name contains `text` (the page holds no names)."""
        if self._tenants is not None:
            self._call("setTenantMatch", match_bits(self._tenants.placed_matching(text)))

    def fly_to(self, park_id: str) -> None:
        self._call("flyTo", park_id)

    def set_language(self, lang: str, text: dict[str, str]) -> None:
        self._call("setLanguage", lang, text)

    def request_state(self, callback) -> None:
        """Call `callback(dict)` with the page's state: view bounds and size, parks, legend."""
        self.view.page().runJavaScript("explorer.state()", 0,
                                       lambda text: callback(json.loads(text)))

    def _call(self, function: str, *args) -> None:
        script = f"explorer.{function}({', '.join(json.dumps(a) for a in args)});"
        if self._ready:
            self.view.page().runJavaScript(script)
        else:
            self._queue.append(script)

    def _on_ready(self) -> None:
        self._ready = True
        self.progress.hide()
        for script in self._queue:
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
