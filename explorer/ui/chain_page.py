"""The page of one chain, in a web view beside the chains table: its parks and firms (each a
link), its figures with targets beside results and the source sentence on hover, and its
ECharts charts. The page is the chain report's page (explorer/export/chainpage.py) on screen.

Clicks come back through one QWebChannel object with one slot taking JSON, validated here:
`{"type": "select", "kind": "park" | "firm", "id": id}` with an id of the catalogue, or
`{"type": "ready"}`. Anything else is logged and dropped.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from explorer.core.catalogue import Catalogue
from explorer.export.chaindata import chain_page
from explorer.export.chainpage import render_chain_page
from explorer.mapview.page import write_page
from explorer.ui.map_view import MapPage, map_profile

log = logging.getLogger(__name__)
MAX_MESSAGE_CHARS = 4096


class ChainBridge(QObject):
    """What the chain page may say: it is ready, or a park or firm of the catalogue was
    clicked."""

    ready = Signal()
    selected = Signal(str, str)  # kind ('park' or 'firm'), id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cat: Catalogue | None = None
        self.ignored = 0

    @Slot(str)
    def receive(self, text: str) -> None:
        message = self._parse(text)
        if message is None:
            self.ignored += 1
            log.warning("chain page: dropped message %.200r", text)
        elif message["type"] == "ready":
            self.ready.emit()
        else:
            self.selected.emit(message["kind"], message["id"])

    def _parse(self, text) -> dict | None:
        if not isinstance(text, str) or len(text) > MAX_MESSAGE_CHARS:
            return None
        try:
            message = json.loads(text)
        except ValueError:
            return None
        if message == {"type": "ready"}:
            return message
        if not (isinstance(message, dict) and set(message) == {"type", "kind", "id"}
                and message["type"] == "select" and isinstance(message["id"], str)):
            return None
        known = {"park": self.cat.parks if self.cat else {},
                 "firm": self.cat.tenants if self.cat else {}}.get(message["kind"])
        return message if known is not None and message["id"] in known else None


class ChainPage(QWebEngineView):
    """Shows one chain's page; `show_chain` loads the page once, then redraws it in place."""

    def __init__(self, cache_dir: Path, parent=None):
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._ready = False
        self._pending: dict | None = None  # what to show once the page is ready
        self._loaded: dict | None = None  # what the page was loaded with
        self.chain_id: str | None = None
        page = MapPage(map_profile(), self)
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
        page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, False)
        self.setPage(page)
        self.bridge = ChainBridge(self)
        self.bridge.ready.connect(self._on_ready)
        channel = QWebChannel(page)
        channel.registerObject("chains", self.bridge)
        page.setWebChannel(channel)

    @property
    def is_ready(self) -> bool:
        return self._ready

    def show_chain(self, cat: Catalogue, chain_id: str, lang: str) -> None:
        """Draw the page of `chain_id` in `lang`."""
        self.bridge.cat = cat
        self.chain_id = chain_id
        data = chain_page(cat, chain_id, lang)
        if self._ready:
            self.page().runJavaScript(f"chainPage.show({json.dumps(data)}); 1")
            return
        if self._pending is None:  # the first time: load the page with this chain's data
            path = write_page(render_chain_page(data, mode="app", with_bridge=True),
                              self._cache_dir, "chain.html")
            self.load(QUrl.fromLocalFile(str(path)))
            self._loaded = data
        self._pending = data

    def _on_ready(self) -> None:
        self._ready = True
        if self._pending is not None and self._pending is not self._loaded:
            self.page().runJavaScript(f"chainPage.show({json.dumps(self._pending)}); 1")
        self._pending = None

    def request_state(self, callback) -> None:
        """Call `callback(dict)` with what the page shows (chain, text, links, charts)."""
        self.page().runJavaScript("chainPage.state()", 0,
                                  lambda text: callback(json.loads(text)))
