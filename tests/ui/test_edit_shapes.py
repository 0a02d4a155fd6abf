"""Footprints and corridor lines drawn by real clicks on the map (Leaflet-Geoman): the land
area and length the panel shows match pyproj's, computed independently for the same
vertices."""

import re

import pytest
from pyproj import Geod
from PySide6.QtGui import QAction

from tests.ui.editing import click, edit_mode, edit_state, latlng_at, own_catalogue, set_view

XIDU = "xidu-time-valley"
CORRIDOR = "hengzhou-avenue-corridor"
GEOD = Geod(ellps="WGS84")
# Corners in view pixels, away from every marker and district edge at zoom 14.
CORNERS = [(300, 250), (520, 260), (560, 470), (330, 520)]


def number(text: str, unit: str) -> float:
    found = re.search(r"([\d,]+(?:\.\d+)?) " + re.escape(unit), text)
    return float(found.group(1).replace(",", ""))


@pytest.fixture
def window(make_window, tmp_path):
    return make_window(own_catalogue(tmp_path))


def start_tool(qtbot, window, park_id, name):
    window.state.select("park", park_id)
    window.findChild(QAction, name).trigger()
    qtbot.waitUntil(lambda: edit_state(qtbot, window)["tool"] is not None, timeout=10_000)


def test_a_footprint_drawn_by_clicks_has_pyproj_s_area(qtbot, window):
    cat = window.cat
    park = cat.parks[XIDU]
    set_view(qtbot, window, park.geometry.y + 0.02, park.geometry.x + 0.03, 14)
    edit_mode(qtbot, window)
    assert edit_state(qtbot, window)["lang"] == "zh"  # Geoman's tooltips follow the app
    start_tool(qtbot, window, XIDU, "draw-footprint")
    corners = [latlng_at(qtbot, window, x, y) for x, y in CORNERS]
    for x, y in CORNERS + CORNERS[:1]:  # the first corner again closes the outline
        click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: cat.parks[XIDU].geometry.geom_type == "Polygon", timeout=10_000)
    lats, lons = zip(*corners)
    expected = abs(GEOD.polygon_area_perimeter(lons, lats)[0])
    text = window.detail.measures.text()
    assert number(text, "m²") == pytest.approx(expected, rel=1e-3)
    assert number(text, "亩") == pytest.approx(expected / (10_000 / 15), rel=1e-3)
    # Land area beside the cited floor area, each named for what it is.
    assert "40万平方米" in text and "实物建筑面积" in text
    assert "绘制用地范围" in window.detail.provenance.text()  # "Footprint drawn by …"
    window.findChild(QAction, "undo").trigger()
    assert cat.parks[XIDU].geometry.geom_type == "Point"


def test_a_corridor_line_drawn_by_clicks_has_pyproj_s_length(qtbot, window):
    cat = window.cat
    xidu = cat.parks[XIDU]  # a quiet place to draw: no edge or marker to snap to
    set_view(qtbot, window, xidu.geometry.y + 0.02, xidu.geometry.x + 0.03, 14)
    edit_mode(qtbot, window)
    start_tool(qtbot, window, CORRIDOR, "draw-line")
    points = [(300, 300), (420, 260), (560, 420)]
    vertices = [latlng_at(qtbot, window, x, y) for x, y in points]
    for x, y in points + points[-1:]:  # the last point again ends the line
        click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: cat.parks[CORRIDOR].geometry.geom_type == "LineString",
                    timeout=10_000)
    lats, lons = zip(*vertices)
    expected = GEOD.line_length(lons, lats)
    assert window.state.selected_id("park") == CORRIDOR, window.detail.title.text()
    measures = window.detail.measures.text()
    assert number(measures, "公里") * 1000 == pytest.approx(expected, abs=10)
    # Beside it, the length the corridor's source gives (geodata/sources/figures.csv).
    assert "来源中的长度：25公里" in measures, measures


def test_a_crossing_outline_is_refused_with_a_message(qtbot, window):
    import shapely
    cat = window.cat
    edit_mode(qtbot, window)
    bow_tie = {"type": "Polygon", "coordinates": [[[112.40, 26.90], [112.41, 26.91],
                                                   [112.41, 26.90], [112.40, 26.91],
                                                   [112.40, 26.90]]]}
    before = cat.parks[XIDU]
    window.map.bridge.geometryEdited.emit(XIDU, bow_tie)
    assert cat.parks[XIDU] == before
    assert shapely.Point(before.geometry.x, before.geometry.y).equals(cat.parks[XIDU].geometry)
    assert "交叉" in window.statusBar().currentMessage() or "cross" in \
        window.statusBar().currentMessage()


def test_a_hole_cut_by_clicks_takes_its_area_out_and_undo_restores(qtbot, window):
    cat = window.cat
    park = cat.parks[XIDU]
    set_view(qtbot, window, park.geometry.y + 0.02, park.geometry.x + 0.03, 14)
    edit_mode(qtbot, window)
    start_tool(qtbot, window, XIDU, "draw-footprint")
    outer = [latlng_at(qtbot, window, x, y) for x, y in CORNERS]
    for x, y in CORNERS + CORNERS[:1]:
        click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: cat.parks[XIDU].geometry.geom_type == "Polygon", timeout=10_000)
    drawn = cat.parks[XIDU].geometry
    # The hole: well inside the footprint, its corners far from its edges (no snapping).
    hole_pixels = [(390, 330), (470, 335), (465, 420), (395, 425)]
    hole = [latlng_at(qtbot, window, x, y) for x, y in hole_pixels]
    start_tool(qtbot, window, XIDU, "cut-hole")
    assert edit_state(qtbot, window)["tool"] == "cut"
    for x, y in hole_pixels + hole_pixels[:1]:  # clicks on the footprint: corners, not picks
        click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: len(cat.parks[XIDU].geometry.interiors) == 1
                    if cat.parks[XIDU].geometry.geom_type == "Polygon" else False,
                    timeout=10_000)
    assert window.state.selected_id("park") == XIDU
    area = {name: abs(GEOD.polygon_area_perimeter([p[1] for p in ring], [p[0] for p in ring])[0])
            for name, ring in (("outer", outer), ("hole", hole))}
    expected = area["outer"] - area["hole"]
    assert area["hole"] > 0.1 * area["outer"]  # a hole big enough to tell the two apart
    qtbot.waitUntil(lambda: "m²" in window.detail.measures.text(), timeout=5_000)
    assert number(window.detail.measures.text(), "m²") == pytest.approx(expected, rel=1e-3)
    # The hole's corners are where the clicks were (the page sends full precision).
    ring = cat.parks[XIDU].geometry.interiors[0].coords
    for lat, lon in hole:
        assert min(abs(x - lon) + abs(y - lat) for x, y in ring) < 1e-9
    window.findChild(QAction, "undo").trigger()
    assert cat.parks[XIDU].geometry.wkb == drawn.wkb  # the footprint as drawn, exactly
    qtbot.waitUntil(lambda: str(round(abs(GEOD.geometry_area_perimeter(drawn)[0])))[:4]
                    in window.detail.measures.text().replace(",", ""), timeout=5_000)
