"""The bridge accepts only the messages the page is meant to send."""

import json

import numpy as np
import pytest
import shapely
from hypothesis import given, settings, strategies as st

from explorer.core.coords import wgs84_to_gcj02
from explorer.core.model import Tenant
from explorer.core.tenants import TenantTable
from explorer.ui.bridge import MapBridge

PARKS = ["xidu-time-valley", "baisha-ludao"]
# Firm 0 and firm 1 as the page numbers them; "unplaced" has no point, so no number.
FIRMS = TenantTable.from_records(
    Tenant(id, id, "", "", "nuclear", "", "", "", "", "", point)
    for id, point in [("firm-1", shapely.Point(112.6, 26.9)), ("unplaced", None),
                      ("cnnc-jinyuan", shapely.Point(112.5, 26.8))])


@pytest.fixture
def bridge(qapp):
    return MapBridge(PARKS, FIRMS)


def received(bridge, text):
    clicks, readies = [], []
    bridge.parkClicked.connect(clicks.append)
    bridge.tenantClicked.connect(lambda firm: clicks.append(("firm", firm)))
    bridge.ready.connect(lambda: readies.append(True))
    bridge.receive(text)
    return clicks, readies


def test_valid_messages(bridge):
    assert received(bridge, '{"type": "select", "park": "baisha-ludao"}') == (["baisha-ludao"], [])
    assert received(bridge, '{"type": "ready"}') == ([], [True])
    assert received(bridge, '{"type": "select_tenant", "index": 0}') == (
        [("firm", "firm-1")], [])
    assert received(bridge, '{"type": "select_tenant", "index": 1}') == (
        [("firm", "cnnc-jinyuan")], [])


@pytest.mark.parametrize("text", [
    "", "not json", "null", "[]", '"select"', '{"type": "select"}',
    '{"type": "select", "park": "atlantis"}', '{"type": "select", "park": 3}',
    '{"type": "select", "park": ["xidu-time-valley"]}',
    '{"type": "select", "park": "xidu-time-valley", "extra": 1}',
    '{"type": "delete", "park": "xidu-time-valley"}', '{"type": "ready", "x": 1}',
    json.dumps({"type": "select", "park": "x" * 10_000}),
    '{"type": "select_tenant", "tenant": "firm-1"}', '{"type": "select_tenant", "index": 2}',
    '{"type": "select_tenant", "index": -1}', '{"type": "select_tenant", "index": 0.0}',
    '{"type": "select_tenant", "index": true}', '{"type": "select_tenant", "index": "0"}',
    '{"type": "select_tenant", "index": 1e3}', '{"type": "select_tenant", "park": 0}',
    '{"type": "select", "park": "firm-1"}', '{"type": "select_tenant", "index": 0, "x": 0}',
])
def test_unexpected_messages_are_dropped(bridge, text):
    assert received(bridge, text) == ([], [])
    assert bridge.ignored == 1


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=10).map(json.dumps)))
def test_random_messages_never_select_an_unknown_park(qapp, text):
    bridge = MapBridge(PARKS, FIRMS)
    clicks, _ = received(bridge, text)
    assert all(c in PARKS or c in [("firm", "firm-1"), ("firm", "cnnc-jinyuan")]
               for c in clicks)


def edits(bridge, text):
    heard = []
    bridge.viewChanged.connect(lambda *view: heard.append(("view", *view)))
    bridge.parkMoved.connect(lambda *moved: heard.append(("moved", *moved)))
    bridge.geometryEdited.connect(lambda *edited: heard.append(("geometry", *edited)))
    bridge.partDrawn.connect(lambda *part: heard.append(("part", *part)))
    bridge.placePicked.connect(lambda *picked: heard.append(("picked", *picked)))
    bridge.firmMoved.connect(lambda *moved: heard.append(("firm_moved", *moved)))
    bridge.receive(text)
    return heard


BOX = [112.5, 26.8, 112.7, 27.0]
SQUARE = {"type": "Polygon",
          "coordinates": [[[112.5, 26.8], [112.6, 26.8], [112.6, 26.9], [112.5, 26.8]]]}


def test_view_moves_and_edited_geometries(bridge):
    assert edits(bridge, '{"type": "view", "center": [26.9, 112.6], "zoom": 11, '
                         '"bounds": [112.5, 26.8, 112.7, 27.0], "datum": "wgs84"}') == [
        ("view", 26.9, 112.6, 11.0)]
    assert edits(bridge, json.dumps({"type": "moved", "park": "baisha-ludao",
                                     "latlng": [26.85, 112.65], "datum": "wgs84"})) == [
        ("moved", "baisha-ludao", 26.85, 112.65)]
    assert edits(bridge, json.dumps({"type": "geometry", "park": "baisha-ludao",
                                     "geometry": SQUARE, "datum": "wgs84"})) == [
        ("geometry", "baisha-ludao", SQUARE)]


def test_parts_and_picked_places(bridge):
    assert edits(bridge, json.dumps({"type": "part", "park": "baisha-ludao",
                                     "geometry": SQUARE, "datum": "wgs84"})) == [
        ("part", "baisha-ludao", SQUARE)]
    for purpose in ("park", "firm", "move_firm"):
        assert edits(bridge, json.dumps({"type": "picked", "purpose": purpose,
                                         "latlng": [26.85, 112.65], "datum": "wgs84"})) == [
            ("picked", purpose, 26.85, 112.65)]


def test_firms_dropped_are_named_by_their_page_number(bridge):
    assert edits(bridge, json.dumps({"type": "firm_moved", "index": 1,
                                     "latlng": [26.85, 112.65], "datum": "wgs84"})) == [
        ("firm_moved", "cnnc-jinyuan", 26.85, 112.65)]
    lon, lat = 112.6, 26.85
    glon, glat = (float(v) for v in wgs84_to_gcj02(lon, lat))
    [(_, firm, mlat, mlon)] = edits(bridge, json.dumps(
        {"type": "firm_moved", "index": 0, "latlng": [glat, glon], "datum": "gcj02"}))
    assert firm == "firm-1"
    assert (mlat, mlon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))


def test_positions_on_a_gcj02_map_come_out_in_wgs84(bridge):
    """The page names its datum; the bridge shifts back with the iterated inverse."""
    lon, lat = 112.6, 26.85
    glon, glat = (float(v) for v in wgs84_to_gcj02(lon, lat))
    [(_, *view)] = edits(bridge, json.dumps({"type": "view", "center": [glat, glon],
                                             "bounds": [glon, glat, glon + 0.1, glat + 0.1],
                                             "zoom": 12, "datum": "gcj02"}))
    assert view[0] == pytest.approx(lat, abs=1e-9) and view[1] == pytest.approx(lon, abs=1e-9)
    [(_, park, mlat, mlon)] = edits(bridge, json.dumps(
        {"type": "moved", "park": "baisha-ludao", "latlng": [glat, glon], "datum": "gcj02"}))
    assert (mlat, mlon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))
    ring = np.array(SQUARE["coordinates"][0])
    shifted = np.column_stack(wgs84_to_gcj02(ring[:, 0], ring[:, 1])).tolist()
    [(_, _, geometry)] = edits(bridge, json.dumps(
        {"type": "geometry", "park": "baisha-ludao", "datum": "gcj02",
         "geometry": {"type": "Polygon", "coordinates": [shifted]}}))
    assert geometry["type"] == "Polygon"
    assert np.allclose(geometry["coordinates"][0], ring, atol=1e-9, rtol=0)
    [(_, _, part)] = edits(bridge, json.dumps(
        {"type": "part", "park": "baisha-ludao", "datum": "gcj02",
         "geometry": {"type": "Polygon", "coordinates": [shifted]}}))
    assert np.allclose(part["coordinates"][0], ring, atol=1e-9, rtol=0)
    [(_, purpose, plat, plon)] = edits(bridge, json.dumps(
        {"type": "picked", "purpose": "park", "latlng": [glat, glon], "datum": "gcj02"}))
    assert (plat, plon) == (pytest.approx(lat, abs=1e-9), pytest.approx(lon, abs=1e-9))


def test_a_large_footprint_passes_where_a_large_click_does_not(bridge):
    ring = [[112.5 + i * 1e-5, 26.8] for i in range(60_000)] + [[112.5, 26.8]]
    big = {"type": "Polygon", "coordinates": [ring]}
    text = json.dumps({"type": "geometry", "park": "xidu-time-valley", "geometry": big,
                       "datum": "wgs84"})
    assert len(text) > 1_000_000
    assert len(edits(bridge, text)) == 1


@pytest.mark.parametrize("message", [
    {"type": "view", "center": [26.9, 112.6], "zoom": 99, "bounds": BOX, "datum": "wgs84"},
    {"type": "view", "center": [95, 112.6], "zoom": 9, "bounds": BOX, "datum": "wgs84"},
    {"type": "view", "center": [26.9], "zoom": 9, "bounds": BOX, "datum": "wgs84"},
    {"type": "view", "center": [26.9, "112.6"], "zoom": 9, "bounds": BOX, "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": BOX},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": BOX, "datum": "bd09"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": BOX[:3], "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": [112.7, 26.8, 112.5, 27.0],
     "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": [112.5, 26.8, 112.7, 91],
     "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": [112.5, 26.8, 900, 27.0],
     "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": [112.5, 26.8, "112.7", 27],
     "datum": "wgs84"},
    {"type": "view", "center": [26.9, 112.6], "zoom": 9, "bounds": [112.5, 26.8, 112.7, None],
     "datum": "wgs84"},
    {"type": "moved", "park": "atlantis", "latlng": [26.9, 112.6], "datum": "wgs84"},
    {"type": "moved", "park": "baisha-ludao", "latlng": [26.9, 181], "datum": "wgs84"},
    {"type": "moved", "park": "baisha-ludao", "latlng": [True, 112.6], "datum": "wgs84"},
    {"type": "moved", "park": "baisha-ludao", "latlng": [26.9, 112.6]},
    {"type": "tiles_failed", "basemap": "osm", "failed": -1, "loaded": 0},
    {"type": "tiles_failed", "basemap": "osm", "failed": 2.5, "loaded": 0},
    {"type": "tiles_failed", "basemap": 7, "failed": 1, "loaded": 0},
    {"type": "geometry", "park": "baisha-ludao", "geometry": {"type": "Polygon"}},
    {"type": "geometry", "park": "baisha-ludao",
     "geometry": {"type": "GeometryCollection", "coordinates": []}},
    {"type": "geometry", "park": "baisha-ludao",
     "geometry": {"type": "Polygon", "coordinates": [[[112.5, 26.8], [112.6]]]}},
    {"type": "geometry", "park": "baisha-ludao",
     "geometry": {"type": "Polygon", "coordinates": [[[[112.5, 26.8]]]]}},
    {"type": "geometry", "park": "baisha-ludao",
     "geometry": {"type": "Point", "coordinates": [112.5, 26.8], "crs": "x"}},
    {"type": "geometry", "park": "baisha-ludao",
     "geometry": {"type": "LineString", "coordinates": [[112.5, 26.8]] * 200_001}},
    {"type": "select", "park": "baisha-ludao", "pad": "x" * 5000},
    {"type": "part", "park": "baisha-ludao",
     "geometry": {"type": "LineString", "coordinates": [[112.5, 26.8], [112.6, 26.8]]}},
    {"type": "part", "park": "atlantis", "geometry": SQUARE},
    {"type": "part", "park": "baisha-ludao", "geometry": SQUARE, "x": 1},
    {"type": "picked", "purpose": "delete_everything", "latlng": [26.85, 112.65]},
    {"type": "picked", "purpose": "park", "latlng": [26.85]},
    {"type": "picked", "purpose": "park", "latlng": [26.85, 112.65, 3]},
    {"type": "picked", "purpose": ["park"], "latlng": [26.85, 112.65]},
    {"type": "picked", "purpose": "park", "latlng": [float("nan"), 112.65]},
    {"type": "picked", "purpose": "park", "latlng": [26.85, 112.65], "pad": "x" * 5000},
    {"type": "firm_moved", "index": 2, "latlng": [26.85, 112.65], "datum": "wgs84"},
    {"type": "firm_moved", "index": -1, "latlng": [26.85, 112.65], "datum": "wgs84"},
    {"type": "firm_moved", "index": True, "latlng": [26.85, 112.65], "datum": "wgs84"},
    {"type": "firm_moved", "index": "firm-1", "latlng": [26.85, 112.65], "datum": "wgs84"},
    {"type": "firm_moved", "index": 0, "latlng": [26.85], "datum": "wgs84"},
    {"type": "firm_moved", "index": 0, "latlng": [26.85, 112.65], "datum": "bd09"},
    {"type": "firm_moved", "index": 0, "latlng": [26.85, 112.65]},
    {"type": "firm_moved", "index": 0, "latlng": [26.85, 112.65], "datum": "wgs84", "x": 1},
])
def test_malformed_edits_are_dropped(bridge, message):
    assert edits(bridge, json.dumps(message)) == []
    assert bridge.ignored == 1
