"""Snapping while drawing a footprint (Leaflet-Geoman): a corner clicked a few pixels from
another footprint's corner lands on that corner, and one clicked near a district edge lands
on the edge. Tested by coordinates: without snapping, a click 5 px off at zoom 14 is
~45 m (4e-4°) off."""

import json

import numpy as np
import pytest
import shapely
from pyproj import Geod
from PySide6.QtGui import QAction

from tests.pages import page_state, run_js
from tests.ui.editing import click, edit_mode, edit_state, latlng_at, own_catalogue, set_view

XIDU = "xidu-time-valley"
OTHER = "hengyang-hitech-zone"
GEOD = Geod(ellps="WGS84")


@pytest.fixture
def window(make_window, tmp_path):
    return make_window(own_catalogue(tmp_path))


def pixel(qtbot, window, lat, lon) -> np.ndarray:
    text = run_js(qtbot, window.map.view, "JSON.stringify(ExplorerPage.S.map."
                  f"latLngToContainerPoint([{float(lat)!r}, {float(lon)!r}]))")
    point = json.loads(text)
    return np.array([point["x"], point["y"]])


def draw_footprint(qtbot, window, park_id, corners):
    window.state.select("park", park_id)
    window.findChild(QAction, "draw-footprint").trigger()
    qtbot.waitUntil(lambda: edit_state(qtbot, window)["tool"] == "geometry", timeout=10_000)
    for x, y in [*corners, corners[0]]:
        click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: window.cat.parks[park_id].geometry.geom_type == "Polygon",
                    timeout=10_000)
    return window.cat.parks[park_id].geometry


def far_from_parks(qtbot, window, corners, pixels=40):
    """No park's dot near the corners: they could snap to it instead."""
    for where in page_state(qtbot, window)["parks"].values():
        if where.get("shown"):
            for x, y in corners:
                assert np.hypot(where["x"] - x, where["y"] - y) > pixels


def test_a_corner_near_another_footprint_s_corner_snaps_onto_it(qtbot, window):
    cat = window.cat
    xidu = cat.parks[XIDU].geometry
    lat, lon = xidu.y + 0.02, xidu.x + 0.03
    set_view(qtbot, window, lat, lon, 14)
    edit_mode(qtbot, window)
    other = draw_footprint(qtbot, window, OTHER, [(250, 250), (400, 250), (400, 400),
                                                  (250, 400)])
    corner = other.exterior.coords[1]
    at = pixel(qtbot, window, corner[1], corner[0])
    near = (at[0] + 4, at[1] - 3)  # 5 px off the other footprint's corner
    corners = [near, (at[0] + 150, at[1] - 40), (at[0] + 170, at[1] + 120)]
    far_from_parks(qtbot, window, corners)
    unsnapped = latlng_at(qtbot, window, *near)
    drawn = draw_footprint(qtbot, window, XIDU, corners)
    vertices = list(drawn.exterior.coords)
    assert corner in vertices  # exactly the other footprint's corner, to the last bit
    assert GEOD.inv(unsnapped[1], unsnapped[0], *corner)[2] > 20  # the click was not on it


def shared_edge(cat):
    """The longest straight edge two districts share (with its two districts)."""
    districts = cat.districts[cat.districts["kind"] != "city"]
    best = None
    for adcode, geometry in zip(districts["adcode"], districts.geometry):
        for part in shapely.get_parts(geometry):
            xy = np.asarray(part.exterior.coords)
            for a, b in zip(xy[:-1], xy[1:]):
                length = GEOD.inv(a[0], a[1], b[0], b[1])[2]
                if best is None or length > best[0]:
                    best = (length, tuple(a), tuple(b))
    return best[1], best[2]


def test_a_corner_near_a_district_edge_snaps_onto_the_edge(qtbot, window):
    cat = window.cat
    a, b = shared_edge(cat)
    middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    set_view(qtbot, window, middle[1], middle[0], 14)
    edit_mode(qtbot, window)
    pa, pb, pm = (pixel(qtbot, window, p[1], p[0]) for p in (a, b, middle))
    along = (pb - pa) / np.linalg.norm(pb - pa)
    normal = np.array([-along[1], along[0]])
    near = pm + 5 * normal
    corners = [tuple(near), tuple(pm + 70 * normal + 90 * along),
               tuple(pm + 160 * normal), tuple(pm + 70 * normal - 90 * along)]
    far_from_parks(qtbot, window, corners)
    drawn = draw_footprint(qtbot, window, XIDU, corners)
    # The edges as the page draws them (the catalogue's, whose corners are in millionths of
    # a degree already).
    page = json.loads(run_js(qtbot, window.map.view,
                             "JSON.stringify(ExplorerPage.S.data.districts)"))
    edges = shapely.union_all([shapely.geometry.shape(f["geometry"]).boundary
                               for f in page["features"] if f["properties"]["kind"] != "city"])
    vertex = min(drawn.exterior.coords, key=lambda c: shapely.Point(c).distance(
        shapely.Point(middle)))
    # On the edge: Geoman puts it on the edge as drawn in Web Mercator, a millimetre or two
    # from the straight line in degrees over a 3 km edge.
    assert shapely.Point(vertex).distance(edges) < 1e-7
    unsnapped = latlng_at(qtbot, window, *near)
    assert shapely.Point(unsnapped[1], unsnapped[0]).distance(edges) > 1e-4  # 5 px is ~45 m
    others = [c for c in drawn.exterior.coords[:-1] if c != vertex]
    assert all(shapely.Point(c).distance(edges) > 3e-4 for c in others)
