"""Hostile text in the catalogue shows as literal text everywhere and never runs.

Each payload, if it ever ran, would set window.__pwned or change document.title, or try to
call the bridge; the tests assert that none of that happened.
"""

import copy
import dataclasses
import json

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWebEngineWidgets import QWebEngineView

from explorer.core.tenants import TenantTable
from explorer.export.html import write_standalone_html
from explorer.export.options import ExportOptions, page_options
from tests.pages import page_state, run_js
from tests.payloads import MARKER, PWNED, TEMPLATE_PAYLOADS, write_payload_catalogue

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2; document.title = \'pwned\'">',
    "${window.__pwned = 3}`${document.title = 'pwned'}`",
    "</script><script>window.__pwned = 4</script>",
    "\"'><svg onload=\"qt.webChannelTransport.send('{}')\">",
    "\u202eevil\u202c <b>bold</b> & “quotes” '",
    "长" * 10_000,
]


@pytest.fixture(scope="module")
def hostile(catalogue):
    cat = copy.copy(catalogue)
    parks = list(catalogue.parks.values())
    cat.parks = {p.id: dataclasses.replace(p, name_zh=PAYLOADS[i % len(PAYLOADS)],
                                           name_en=PAYLOADS[(i + 1) % len(PAYLOADS)],
                                           location_note_zh=PAYLOADS[(i + 2) % len(PAYLOADS)])
                 for i, p in enumerate(parks)}
    cat.tenants = TenantTable.from_records(
        dataclasses.replace(t, name_zh=PAYLOADS[i % len(PAYLOADS)])
        for i, t in enumerate(catalogue.tenants.values()))
    cat.figures = [dataclasses.replace(f, quote=PAYLOADS[i % len(PAYLOADS)],
                                       label_zh=PAYLOADS[(i + 3) % len(PAYLOADS)])
                   for i, f in enumerate(catalogue.figures)]
    return cat


def untouched(qtbot, view):
    return json.loads(run_js(qtbot, view, "JSON.stringify({pwned: window.__pwned === undefined"
                                          " ? null : window.__pwned, title: document.title, "
                                          "images: document.images.length})"))


def test_hostile_names_stay_text_in_window_and_page(qtbot, make_window, hostile):
    window = make_window(cat=hostile)
    title_before = run_js(qtbot, window.map.view, "document.title")
    for park_id, pos in page_state(qtbot, window)["parks"].items():
        QTest.mouseMove(window.map.view.focusProxy(), QPoint(round(pos["x"]), round(pos["y"])))
        QTest.mouseClick(window.map.view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                         QPoint(round(pos["x"]), round(pos["y"])))
        qtbot.waitUntil(lambda: window.state.selected_id("park") == park_id, timeout=5000)
        park = hostile.parks[park_id]
        assert window.detail.title.text() == park.name_zh
        assert window.detail.title.textFormat() == Qt.PlainText
        assert window.detail.location_note.text().startswith(park.location_note_zh)
        tooltips = json.loads(run_js(qtbot, window.map.view, "JSON.stringify(Array.from("
                                     "document.querySelectorAll('.leaflet-tooltip:not("
                                     ".district-label)'), t => t.textContent))"))
        assert park.name_zh in tooltips
    assert untouched(qtbot, window.map.view) == {"pwned": None, "title": title_before,
                                                 "images": 0}
    assert window.map.bridge.ignored == 0  # and nothing tried to talk to the app


def test_hostile_text_in_the_list_and_figures(qtbot, make_window, hostile):
    window = make_window(cat=hostile)
    tree = window.park_list.tree
    texts = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert PAYLOADS[0] in texts
    window.state.select("park", "xidu-time-valley")
    table = window.detail.figures
    assert table.parts(0)[0] in PAYLOADS
    table.setCurrentCell(0, 0)
    assert window.detail.quote.text().startswith("“" + hostile.figures_for(
        "park", "xidu-time-valley")[0].quote)
    assert "&lt;" in table.item(0, 0).toolTip() or "<" not in table.item(0, 0).toolTip()


def test_hostile_text_in_an_exported_page(qtbot, hostile, tmp_path):
    out = tmp_path / "hostile.html"
    write_standalone_html(hostile, out, **page_options(hostile, ExportOptions(), image=False))
    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.loadFinished, timeout=30_000):
        view.load(QUrl.fromLocalFile(str(out)))
    qtbot.waitUntil(lambda: run_js(qtbot, view, "window.explorerReady === true"))
    state = untouched(qtbot, view)
    assert state["pwned"] is None and state["title"] != "pwned"


def test_template_syntax_opened_in_the_window_shows_literally(qtbot, window, tmp_path):
    path = write_payload_catalogue(tmp_path / "templates.gpkg")
    with qtbot.waitSignal(window.opener.open_path(path).loaded, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=30_000)
    parks = page_state(qtbot, window)["parks"]
    assert set(parks) == {p.id for p in window.cat.parks.values() if p.is_mapped}
    texts = json.loads(run_js(qtbot, window.map.view, "JSON.stringify(Array.from("
                              "document.querySelectorAll('.leaflet-tooltip'), "
                              "t => t.textContent))"))
    assert [name for name in texts if TEMPLATE_PAYLOADS[0] in name]  # district labels
    park_id = next(iter(parks))
    window.state.select("park", park_id)
    assert window.detail.title.text() == window.cat.parks[park_id].name_zh
    assert MARKER in window.detail.title.text() and not PWNED.exists()
    assert not [t for t in texts if "Park 42" in t]
