"""Basemaps in the window: stand-ins for the online providers on a local tile server, the
datum shift on Gaode (drawn, clicked, dragged), Tianditu's key, tile files, failures."""

import json
import logging

import numpy as np
import pytest
from pyproj import Geod
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.core.coords import gcj02_to_wgs84, wgs84_to_gcj02
from explorer.export.webprofile import request_guard
from explorer.mapview.basemaps import BASEMAPS, file_key
from explorer.ui.map_view import blocked_requests
from tests.pages import click_map, page_state, pixels, run_js
from tests.tiles import (MARK, TileServer, make_mbtiles, outlines, paint_tile, png,
                         tiles_in_view, view_pixel, world_pixel)

GEOD = Geod(ellps="WGS84")
PARK = "xidu-time-valley"  # a point park of its own (no neighbour at the same spot)
KEY = "0123456789abcdef0123456789abcdef"
BASE = {"gaode": (246, 240, 226, 255), "tianditu": (226, 238, 246, 255),
        "osm": (238, 238, 238, 255), "esri": (60, 80, 60, 255)}


def metres(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def park_point(catalogue, park_id=PARK):
    point = catalogue.parks[park_id].geometry
    return point.x, point.y


@pytest.fixture
def landmarks(catalogue):
    """WGS-84 points painted on the stand-in tiles, in each provider's datum: the park and
    a point 0.012 degrees east of it."""
    lon, lat = park_point(catalogue)
    return [(lon, lat), (lon + 0.012, lat)]


@pytest.fixture
def server(catalogue, landmarks):
    """One tile server painting every stand-in: the base layer in the provider's colour,
    with the county outlines and the landmarks in the provider's datum; label layers
    transparent with a small dark mark."""
    state = {"key": "gaode", "datum": "gcj02"}
    lines = {datum: outlines(catalogue, datum) for datum in ("wgs84", "gcj02")}

    def paint(layer, z, x, y):
        datum = state["datum"]
        if layer > 0:  # labels
            tile = np.zeros((256, 256, 4), np.uint8)
            tile[120:136, 120:136] = (40, 40, 40, 255)
            return tile
        marks = [tuple(float(v) for v in (wgs84_to_gcj02(*p) if datum == "gcj02" else p))
                 for p in landmarks]
        return paint_tile(z, x, y, BASE[state["key"]], marks, lines[datum])

    tiles = TileServer(paint)
    tiles.painting = state
    yield tiles
    tiles.close()


@pytest.fixture
def stand_in(qtbot, server, monkeypatch):
    """Put a provider's stand-in (same URL paths and queries, our server) in BASEMAPS.
    Afterwards every window goes back to no basemap before the server stops, so that no
    tile request of this test is left to be blocked (and counted) during the next one."""
    def make(key):
        basemap = server.stand_in(BASEMAPS[key])
        monkeypatch.setitem(BASEMAPS, key, basemap)
        server.painting.update(key=key.split("-")[0],
                               datum="gcj02" if basemap.datum == "gcj02" else "wgs84")
        return basemap

    yield make
    from explorer.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.state.update(basemap="none", datum="wgs84")
    qtbot.wait(500)
    blocked = blocked_requests()
    blocked[:] = [url for url in blocked if not url.startswith(server.url)]
    request_guard().keys.pop("tianditu", None)


def tiles_settled(qtbot, window, timeout=20_000):
    """Wait until the basemap's visible tiles have loaded (none pending); the page state."""
    box = {}

    def settled():
        box["state"] = page_state(qtbot, window)
        tiles = box["state"]["tiles"]
        return tiles["id"] is None or (tiles["pending"] == 0 and tiles["loaded"] > 0
                                       and tiles["fading"] == 0)

    qtbot.waitUntil(settled, timeout=timeout)
    return box["state"]


def show_view(qtbot, window, lon, lat, zoom):
    """Centre the map on a WGS-84 point and wait for the view to reach the app."""
    with qtbot.waitSignal(window.map.bridge.viewChanged, timeout=10_000):
        window.map._call("setView", [lat, lon], zoom)
    return tiles_settled(qtbot, window)


def choose(window, key):
    """View → Basemap → `key`, as the menu does it."""
    [action] = [a for a in window.menuBar().findChildren(type(window.menuBar().actions()[0]))
                if a.objectName() == f"basemap-{key}"]
    action.trigger()


def grab(qtbot, window):
    """The view's pixels once three grabs 150 ms apart agree: tiles are decoded and painted
    a little after they have loaded, and a busy machine may show a frame late."""
    images = []
    for _ in range(60):
        images = [*images[-2:], window.map.view.grab().toImage()]
        if len(images) == 3 and images[0] == images[1] == images[2]:
            return pixels(images[-1])
        qtbot.wait(150)
    raise AssertionError("the map did not stop changing")


def is_mark(rgb, x, y):
    # The counties lie over the tiles as a light veil: the mark shows a little paler.
    return bool((np.abs(rgb[round(y), round(x)] - np.array(MARK)) <= 45).all())


def test_on_the_gaode_stand_in_everything_is_drawn_in_gcj02_and_read_back_in_wgs84(
        qtbot, window, catalogue, stand_in, server, landmarks):
    stand_in("gaode")
    choose(window, "gaode")
    assert window.state.datum == "gcj02"
    lon, lat = park_point(catalogue)
    state = show_view(qtbot, window, lon, lat, 14)
    assert state["datum"] == "gcj02"
    # The right tiles: exactly those the view covers, at its zoom.
    asked = {(z, x, y) for layer, z, x, y, _ in server.requests if z == 14 and layer == 0}
    assert asked == tiles_in_view(state["bounds"], state["size"], 14)
    # The tiles draw at the right pixels: the landmark east of the park is where GCJ-02 puts
    # it, and nothing is where the unshifted point would be (about 75 px away at zoom 14).
    east = landmarks[1]
    g_east = [float(v) for v in wgs84_to_gcj02(*east)]
    rgb = grab(qtbot, window)
    assert is_mark(rgb, *view_pixel(state, *g_east))
    assert not is_mark(rgb, *view_pixel(state, *east))
    # The park's marker sits on the tiles' mark of the park, not 650 m off.
    g_park = [float(v) for v in wgs84_to_gcj02(lon, lat)]
    marker = state["parks"][PARK]
    x, y = view_pixel(state, *g_park)
    assert abs(marker["x"] - x) < 1.5 and abs(marker["y"] - y) < 1.5
    # A real click there selects the park.
    click_map(window, x, y)
    qtbot.waitUntil(lambda: window.state.selected_id("park") == PARK)
    # The view that comes back is WGS-84: shifted back to within a centimetre.
    viewport = window.state.viewport
    glon, glat = (float(v) for v in wgs84_to_gcj02(viewport.lon, viewport.lat))
    assert metres(glon, glat, state["center"][1], state["center"][0]) < 0.01
    assert metres(viewport.lon, viewport.lat, lon, lat) < 0.05


def test_a_drag_on_gaode_comes_back_in_wgs84_within_a_metre(qtbot, window, catalogue,
                                                             stand_in):
    stand_in("gaode")
    choose(window, "gaode")
    lon, lat = park_point(catalogue)
    state = show_view(qtbot, window, lon, lat, 15)
    # A real mouse drag of the map by (-120, -80) px: the ground under the view's centre
    # afterwards is where the pixel (cx + 120, cy + 80) was.
    cx, cy = state["size"][0] / 2, state["size"][1] / 2
    target = world_pixel(*(float(v) for v in wgs84_to_gcj02(lon, lat)), 15)
    widget = window.map.view.focusProxy()
    with qtbot.waitSignal(window.map.bridge.viewChanged, timeout=10_000):
        QTest.mousePress(widget, Qt.LeftButton, Qt.NoModifier, QPoint(round(cx), round(cy)))
        for step in range(1, 11):
            QTest.mouseMove(widget, QPoint(round(cx - 12 * step), round(cy - 8 * step)), 15)
        # Held still before the release: Leaflet then throws no inertia after the drag.
        QTest.mouseRelease(widget, Qt.LeftButton, Qt.NoModifier,
                           QPoint(round(cx - 120), round(cy - 80)), 200)
    after = tiles_settled(qtbot, window)
    moved = world_pixel(after["center"][1], after["center"][0], 15)
    assert abs(moved[0] - target[0] - 120) < 2 and abs(moved[1] - target[1] - 80) < 2
    viewport = window.state.viewport
    expected = gcj02_to_wgs84(after["center"][1], after["center"][0])
    assert metres(viewport.lon, viewport.lat, *(float(v) for v in expected)) < 1.0
    assert metres(viewport.lon, viewport.lat, after["center"][1], after["center"][0]) > 500
    # A point moved in the page (what an edit sends) is stored in WGS-84 within a metre.
    heard = []
    window.map.bridge.parkMoved.connect(lambda *moved: heard.append(moved))
    g_park = [float(v) for v in wgs84_to_gcj02(lon + 0.001, lat + 0.001)]
    x, y = view_pixel(after, *g_park)
    run_js(qtbot, window.map.view,
           f"var p = ExplorerPage.S.map.containerPointToLatLng([{x}, {y}]);"
           f"ExplorerPage.bridge.send({{type: 'moved', park: '{PARK}', latlng: [p.lat, p.lng],"
           " datum: ExplorerPage.datum.name}); 1")
    qtbot.waitUntil(lambda: bool(heard))
    park, mlat, mlon = heard[0]
    assert park == PARK and metres(mlon, mlat, lon + 0.001, lat + 0.001) < 1.0


def test_the_page_shifts_with_the_same_formula_as_the_app(qtbot, window):
    lon, lat = np.meshgrid(np.linspace(111.9, 113.4, 9), np.linspace(26.1, 27.5, 9))
    points = np.column_stack([lat.ravel(), lon.ravel()]).tolist() + [[48.85, 2.35]]
    page = run_js(qtbot, window.map.view, f"JSON.stringify({json.dumps(points)}.map("
                  "function (p) { return ExplorerPage.datum.wgs84ToGcj02(p[0], p[1]); }))")
    page = np.array(json.loads(page))
    glon, glat = wgs84_to_gcj02(np.array(points)[:, 1], np.array(points)[:, 0])
    assert np.abs(page[:, 0] - glat).max() < 1e-12 and np.abs(page[:, 1] - glon).max() < 1e-12
    assert page[-1].tolist() == [48.85, 2.35]  # outside China: not shifted


def test_switching_basemaps_keeps_the_view_the_selection_and_shows_the_datum(
        qtbot, window, catalogue, stand_in):
    stand_in("gaode")
    lon, lat = park_point(catalogue, "baisha-ludao")
    show_view(qtbot, window, lon, lat, 13)
    window.state.select("park", "baisha-ludao")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["highlighted"] == "baisha-ludao")
    before = window.state.viewport
    offline = grab(qtbot, window)
    choose(window, "gaode")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["datum"] == "gcj02")
    tiles_settled(qtbot, window)
    after = window.state.viewport
    pixel = 156543.03 * np.cos(np.radians(lat)) / 2 ** 13  # metres per screen pixel
    assert metres(before.lon, before.lat, after.lon, after.lat) < pixel
    assert after.zoom == before.zoom
    assert page_state(qtbot, window)["highlighted"] == "baisha-ludao"
    assert "GCJ-02" in window.basemap_status.label.text()
    assert window.settings.basemap == "gaode"
    with qtbot.waitSignal(window.map.bridge.viewChanged, timeout=10_000):
        choose(window, "none")  # the view is set again, on the same ground
    qtbot.waitUntil(lambda: page_state(qtbot, window)["datum"] == "wgs84")
    assert "WGS-84" in window.basemap_status.label.text()
    # Back offline, the map is as it was: no outline or veil left over from GCJ-02.
    # (The view may differ by a fraction of a pixel, Leaflet keeping its centre in whole
    # pixels, which changes the lines' antialiasing: so compare the fills, and how much is
    # drawn dark, where outlines left behind 650 m away would double it.)
    again = grab(qtbot, window)
    assert np.abs(np.median(again, axis=(0, 1)) - np.median(offline, axis=(0, 1))).max() <= 2
    dark = [(image.max(axis=2) < 170).sum() for image in (offline, again)]
    assert abs(dark[1] - dark[0]) <= 0.35 * dark[0]


def test_tianditu_gets_its_key_from_the_app_only(qtbot, make_window, settings, catalogue,
                                                 stand_in, server, landmarks, caplog,
                                                 tmp_path):
    caplog.set_level(logging.DEBUG)
    settings.tianditu_key = KEY
    window = make_window(settings=settings)
    stand_in("tianditu")
    choose(window, "tianditu")
    lon, lat = park_point(catalogue)
    state = show_view(qtbot, window, lon, lat, 14)
    assert state["datum"] == "wgs84" and window.state.datum == "cgcs2000"
    layers = {(layer, query.get("LAYER"), query.get("TILEMATRIXSET"), query.get("tk"))
              for layer, z, x, y, query in server.requests if z == 14}
    assert layers == {(0, "vec", "w", KEY), (1, "cva", "w", KEY)}
    rgb = grab(qtbot, window)
    assert is_mark(rgb, *view_pixel(state, *landmarks[1]))  # no shift on CGCS2000
    # English labels where Tianditu has them.
    server.requests.clear()
    window.state.update(lang="en")
    qtbot.waitUntil(lambda: any(q.get("LAYER") == "eva" for *_, q in server.requests))
    # The key is nowhere but in the settings: not in the page, its file, nor the log.
    html = run_js(qtbot, window.map.view, "document.documentElement.outerHTML")
    assert KEY not in html and "tk=" not in html
    assert all(KEY not in p.read_text(encoding="utf-8")
               for p in (tmp_path / "cache").glob("*.html"))
    server.status = 403  # a refused key: the message names the key
    window.map.reload_basemap()
    qtbot.waitUntil(lambda: window.map.message.isVisible(), timeout=20_000)
    assert "Preferences" in window.map.message.text() and "tianditu.gov.cn" in \
        window.map.message.text()
    assert KEY not in caplog.text


def test_tianditu_without_a_key_asks_for_one_and_otherwise_stays(qtbot, window, stand_in):
    stand_in("tianditu")
    answers = iter([None, KEY])

    def answer():
        dialog = QApplication.activeModalWidget()
        key = next(answers)
        if key is None:
            dialog.reject()
        else:
            dialog.key.setText(key)
            dialog.accept()

    QTimer.singleShot(200, answer)
    assert window.basemaps.choose("tianditu") is False
    assert window.state.basemap == "none"
    assert "tianditu.gov.cn" in window.statusBar().currentMessage()
    QTimer.singleShot(200, answer)
    assert window.basemaps.choose("tianditu") is True
    assert window.state.basemap == "tianditu" and window.settings.tianditu_key == KEY
    assert request_guard().keys["tianditu"] == KEY


def test_tiles_that_fail_are_reported_once_and_credits_clear_the_scale_bar(
        qtbot, make_window, stand_in, server):
    window = make_window()
    window.resize(1000, 640)
    stand_in("esri")  # the longest credit line
    server.status = 503  # as good as no network
    told = []
    window.map.tilesFailed.connect(told.append)
    choose(window, "esri")
    qtbot.waitUntil(lambda: window.map.message.isVisible(), timeout=20_000)
    assert "Esri" in window.map.message.text()
    failed = page_state(qtbot, window)["tiles"]["failed"]
    window.map._call("setView", [26.9, 112.6], 12)  # more tiles fail: no second message
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tiles"]["failed"] > failed,
                    timeout=20_000)
    qtbot.wait(300)
    assert told == ["esri"]
    boxes = json.loads(run_js(qtbot, window.map.view, """JSON.stringify(
        ['.leaflet-control-attribution', '.leaflet-control-scale', '.explorer-legend'].map(
        function (s) { var r = document.querySelector(s).getBoundingClientRect();
                       return [r.left, r.top, r.right, r.bottom]; }))"""))
    credit, scale, legend = boxes
    for other in (scale, legend):
        assert (credit[2] <= other[0] or other[2] <= credit[0] or credit[3] <= other[1]
                or other[3] <= credit[1]), (credit, other)
    assert credit[3] - credit[1] > 0 and "Esri" in run_js(
        qtbot, window.map.view, "document.querySelector('.leaflet-control-attribution')"
        ".textContent")


def test_with_an_online_basemap_only_its_hosts_are_reached(qtbot, window, stand_in, server):
    stand_in("osm")
    choose(window, "osm")
    tiles_settled(qtbot, window)
    assert request_guard().allowed_hosts == {"127.0.0.1"}
    before = len(blocked_requests())
    run_js(qtbot, window.map.view, "fetch('https://tile.openstreetmap.org/1/1/1.png')"
           ".catch(() => 0); fetch('http://localhost:%d/x').catch(() => 0); 1"
           % int(server.url.rsplit(":", 1)[1]))
    try:
        qtbot.waitUntil(lambda: len(blocked_requests()) == before + 2, timeout=10_000)
        assert {u.split("/")[2] for u in blocked_requests()[before:]} == {
            "tile.openstreetmap.org", f"localhost:{server.url.rsplit(':', 1)[1]}"}
    finally:
        del blocked_requests()[before:]
    choose(window, "none")
    qtbot.waitUntil(lambda: not request_guard().allowed_hosts)


def coloured_tiles(zoom, x0, y0, count=3):
    """count × count tiles of distinct colours from tile (x0, y0): {(z, x, y): (rgb, png)}."""
    tiles = {}
    for i in range(count):
        for j in range(count):
            colour = (40 + 80 * i, 40 + 80 * j, 200 - 60 * j, 255)
            tile = np.zeros((256, 256, 4), np.uint8)
            tile[:] = colour
            tiles[(zoom, x0 + i, y0 + j)] = (colour[:3], png(tile))
    return tiles


def test_an_mbtiles_file_draws_each_tile_where_it_belongs(qtbot, window, tmp_path):
    lon, lat = 112.95, 27.15  # in Hengdong, far from every park's circle
    x, y = (int(v // 256) for v in world_pixel(lon, lat, 12))
    tiles = coloured_tiles(12, x - 1, y - 1)
    path = tmp_path / "town.mbtiles"
    make_mbtiles(path, {k: data for k, (_, data) in tiles.items()})
    before = len(blocked_requests())
    assert window.basemaps.use_file(path)
    assert window.state.basemap == file_key(path) and window.settings.basemap == file_key(path)
    state = show_view(qtbot, window, lon, lat, 12)
    rgb = grab(qtbot, window)
    west, south, east, north = state["bounds"]
    x0, y0 = world_pixel(west, north, 12)
    colours = np.array([colour for colour, _ in tiles.values()])
    hits = 0
    for (z, tx, ty), (colour, _) in tiles.items():
        px, py = (tx + 0.5) * 256 - x0, (ty + 0.5) * 256 - y0
        if 20 <= px < state["size"][0] - 20 and 20 <= py < state["size"][1] - 20:
            # The counties' veil and the parks' circles tint the tiles: the patch's median
            # colour must be nearest to this tile's own colour of all nine.
            patch = rgb[round(py) - 20:round(py) + 20, round(px) - 20:round(px) + 20]
            median = np.median(patch.reshape(-1, 3), axis=0)
            nearest = colours[np.argmin(np.abs(colours - median).sum(axis=1))]
            assert tuple(nearest) == colour, ((tx, ty), colour, median)
            hits += 1
    assert hits >= 4
    assert len(blocked_requests()) == before  # not one request left the machine
    assert file_key(path) in [a.objectName()[len("basemap-"):] for a in
                              window.menuBar().findChildren(type(window.menuBar().actions()[0]))]


@pytest.mark.parametrize("content", [None, b"garbage" * 50])
def test_a_missing_or_corrupt_basemap_file_says_so_and_the_basemap_stays(
        qtbot, window, stand_in, tmp_path, content):
    stand_in("osm")
    choose(window, "osm")
    path = tmp_path / "bad.mbtiles"
    if content is not None:
        path.write_bytes(content)
    assert window.basemaps.use_file(path) is False
    box = window.findChild(QMessageBox, "basemap-file-error")
    assert box is not None and "bad.mbtiles" in box.text()
    box.close()
    assert window.state.basemap == "osm" and window.settings.basemap == "osm"


def test_opacity_follows_the_slider_and_is_remembered(qtbot, window, stand_in):
    stand_in("osm")
    choose(window, "osm")
    window.basemap_status.slider.setValue(40)
    assert window.state.basemap_opacity == 0.4 and window.settings.basemap_opacity == 0.4
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tiles"]["opacity"] == 0.4)
    opacity = run_js(qtbot, window.map.view,
                     "getComputedStyle(document.querySelector('.leaflet-tile-container')"
                     ".parentNode).opacity")
    assert float(opacity) == pytest.approx(0.4)


def test_firms_on_gaode_are_drawn_shifted_and_clicked_where_drawn(qtbot, make_window,
                                                                  catalogue, stand_in):
    from tests.ui.firms import catalogue_with_firms

    cat = catalogue_with_firms(catalogue, 300)
    window = make_window(cat)
    stand_in("gaode")
    choose(window, "gaode")
    index = 17
    lon, lat = cat.tenants.lon[index], cat.tenants.lat[index]
    state = show_view(qtbot, window, lon, lat, 15)
    position = json.loads(run_js(qtbot, window.map.view, f"explorer.tenantPosition({index})"))
    x, y = view_pixel(state, *(float(v) for v in wgs84_to_gcj02(lon, lat)))
    assert abs(position["x"] - x) < 1 and abs(position["y"] - y) < 1
    click_map(window, x, y)
    qtbot.waitUntil(lambda: window.state.selected_id("firm") == cat.tenants.placed_id(index))


def test_a_park_dragged_in_edit_mode_on_gaode_is_stored_in_wgs84_within_a_metre(
        qtbot, make_window, stand_in, tmp_path):
    from tests.ui.editing import drag, edit_mode, own_catalogue

    cat = own_catalogue(tmp_path)
    window = make_window(cat)
    stand_in("gaode")
    choose(window, "gaode")
    lon, lat = park_point(cat)
    state = show_view(qtbot, window, lon, lat, 15)
    edit_mode(qtbot, window)
    # The user drops the park where the Gaode tiles show the intended site: a point 600 m
    # east and 400 m north of the old place, drawn at its GCJ-02 position.
    target = (lon + 0.006, lat + 0.0036)
    start = state["parks"][PARK]
    end = view_pixel(state, *(float(v) for v in wgs84_to_gcj02(*target)))
    window.state.select("park", PARK)
    drag(qtbot, window, (start["x"], start["y"]), end)
    qtbot.waitUntil(lambda: metres(cat.parks[PARK].geometry.x, cat.parks[PARK].geometry.y,
                                   lon, lat) > 100, timeout=10_000)
    moved = cat.parks[PARK].geometry
    # Within a metre of the intended WGS-84 point (a pixel at zoom 15 is about 4 m, and the
    # release lands on a whole pixel: the page reports where it let go).
    pixel = 156543.03 * np.cos(np.radians(lat)) / 2 ** 15
    assert metres(moved.x, moved.y, *target) < pixel / 2 + 1.0
    # Exactly the inverse of where the page let go, and not the GCJ-02 point itself.
    dropped = json.loads(run_js(qtbot, window.map.view, "JSON.stringify(ExplorerPage.S.map."
                                f"containerPointToLatLng(L.point({round(end[0])}, "
                                f"{round(end[1])})))"))
    back = gcj02_to_wgs84(dropped["lng"], dropped["lat"])
    assert metres(moved.x, moved.y, *(float(v) for v in back)) < 1.0
    assert metres(moved.x, moved.y, dropped["lng"], dropped["lat"]) > 500
