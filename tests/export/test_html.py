"""The standalone HTML map: nothing to fetch, and it draws the parks in QtWebEngine."""

import json
import re
import shutil

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView

from explorer.export.options import ExportOptions
from explorer.export.render import export_map
from tests.pages import run_js

CHAINS = ("textile", "nuclear")
READY = "window.explorerReady === true && window.explorerExportReady === true"


def test_html_needs_no_other_file_and_no_network(catalogue, tmp_path):
    out = tmp_path / "map.html"
    export_map(catalogue, ExportOptions(chains=CHAINS), out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"https?://", page)
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", page)
    assert links and all(link.startswith("data:") for link in links), links
    assert "qwebchannel" not in page.lower()
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_html_draws_the_parks_and_filter_alone_in_qtwebengine(catalogue, qtbot, tmp_path):
    out = tmp_path / "map.html"
    export_map(catalogue, ExportOptions(chains=CHAINS, park="baisha-ludao"), out)
    alone = tmp_path / "elsewhere"
    alone.mkdir()
    shutil.copy(out, alone / "map.html")  # nothing beside it: every asset must be inside
    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.load(QUrl.fromLocalFile(str(alone / "map.html")))
    qtbot.waitUntil(lambda: run_js(qtbot, view, READY) is True, timeout=30_000)
    state = json.loads(run_js(qtbot, view, "explorer.state()"))
    shown = {pid for pid, p in state["parks"].items() if p["shown"]}
    assert shown == {p.id for p in catalogue.parks_by_chain(CHAINS) if p.is_mapped}
    assert state["visible"] == sorted(CHAINS)
    assert state["highlighted"] == "baisha-ludao" and not state["connected"]
    assert run_js(qtbot, view, "document.querySelectorAll('.leaflet-control-zoom').length") == 1

