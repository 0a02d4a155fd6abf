"""Edits of a catalogue in memory: apply, revert exactly, and the changes a save writes."""

import shutil

import pytest
import shapely
from pyproj import Geod

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.edits import edit_from_row, edit_row, park_from_row, park_row, same_row
from explorer.core.load import BUNDLED_PATH
from explorer.core.measure import area_units, land_area_m2, length_m
from explorer.core.session import EditSession

XIDU = "xidu-time-valley"


@pytest.fixture
def cat(tmp_path):
    path = tmp_path / "catalogue.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    return load_catalogue(path)


def square(lon=112.40, lat=26.90, size=0.01):
    return shapely.Polygon([(lon, lat), (lon + size, lat), (lon + size, lat + size),
                            (lon, lat + size)])


def test_a_move_and_its_undo_restore_the_park_exactly(cat):
    session = EditSession(cat, "张三")
    original = cat.parks[XIDU]
    edit = editing.move_park(cat, XIDU, 112.3812345678901, 26.9712345678901, "张三", "现场")
    session.apply(edit)
    moved = cat.parks[XIDU]
    assert (moved.geometry.x, moved.geometry.y) == (112.3812345678901, 26.9712345678901)
    assert moved.location_source_id == "user-survey-张三"
    assert "user-survey-张三" in cat.sources
    session.revert(edit)
    assert cat.parks[XIDU] == original
    assert cat.parks[XIDU].geometry.equals_exact(original.geometry, 0)
    assert not session.changes().layers.get("parks")
    assert not session.pending


def test_changes_hold_the_rows_the_sources_and_one_edit_row_per_edit(cat):
    session = EditSession(cat, "李四", "按规划图")
    session.apply(editing.move_park(cat, XIDU, 112.38, 26.97, "李四"))
    session.apply(editing.move_park(cat, XIDU, 112.39, 26.96, "李四"))
    session.apply(editing.reshape_park(cat, "hengyang-hitech-zone", square(), "李四"))
    changes = session.changes()
    assert set(changes.layers["parks"]) == {(XIDU,), ("hengyang-hitech-zone",)}
    assert changes.layers["parks"][(XIDU,)]["geometry"].equals(shapely.Point(112.39, 26.96))
    assert len(changes.layers["edits"]) == 3
    assert changes.layers["sources"][("user-survey-李四",)]["note"] == "按规划图"


def test_an_edit_row_reads_back_to_the_same_edit(cat):
    edit = editing.reshape_park(cat, XIDU, square(112.3 + 1 / 3, 26.9 + 1 / 7), "王五", "a")
    again = edit_from_row(edit_row(edit))
    assert again == edit or (same_row(again.before, edit.before)
                             and same_row(again.after, edit.after))
    assert again.after["geometry"].equals_exact(edit.after["geometry"], 0)


def test_self_intersecting_footprints_are_refused(cat):
    bow_tie = shapely.Polygon([(112.40, 26.90), (112.41, 26.91), (112.41, 26.90),
                               (112.40, 26.91)])
    with pytest.raises(editing.EditError, match="crosses itself") as caught:
        editing.reshape_park(cat, XIDU, bow_tie, "x")
    assert caught.value.code == "shape_invalid"


def test_footprints_may_have_parts_and_holes(cat):
    with_hole = square().difference(square(112.403, 26.903, 0.002))
    session = EditSession(cat, "x")
    session.apply(editing.reshape_park(cat, XIDU, with_hole, "x"))
    two = editing.add_part(cat, XIDU, square(112.45, 26.95))
    assert two.geom_type == "MultiPolygon" and len(two.geoms) == 2
    session.apply(editing.reshape_park(cat, XIDU, two, "x"))
    assert cat.parks[XIDU].geometry.equals(two)


def test_corners_snapped_onto_the_page_s_rounded_copy_land_on_the_exact_corner(cat):
    square = shapely.Polygon([(112.4000001234, 26.9000004321), (112.41, 26.90),
                              (112.41, 26.91), (112.40, 26.91)])
    session = EditSession(cat, "x")
    session.apply(editing.reshape_park(cat, "hengyang-hitech-zone", square, "x"))
    rounded = (112.400000, 26.900000)  # what the page draws, and Geoman snapped onto
    near_miss = (112.409997, 26.91)  # 3e-6° off the square's corner: a corner of its own
    drawn = shapely.Polygon([rounded, (112.39, 26.89), (112.38, 26.91), near_miss, rounded])
    edit = editing.reshape_park(cat, XIDU, drawn, "x")
    corners = list(edit.after["geometry"].exterior.coords)
    assert corners[0] == corners[-1] == (112.4000001234, 26.9000004321)
    assert corners[3] == near_miss and corners[1] == (112.39, 26.89)


def test_a_park_with_sourced_figures_is_not_deleted(cat):
    with pytest.raises(editing.EditError) as caught:
        editing.delete_park(cat, XIDU, "x")
    assert caught.value.code == "has_figures"


def test_a_deleted_park_leaves_its_firms_unlinked(cat):
    session = EditSession(cat, "x")
    park = editing.new_park(cat, {"name_zh": "新园区", "chain_ids": "nuclear"}, 112.6, 26.9, "x")
    session.apply(park)
    assert cat.parks[park.row_id].district_code  # found in the districts layer
    firm = editing.put_firm(cat, {"name_zh": "企业", "chain_id": "nuclear",
                                  "park_id": park.row_id}, "x")
    session.apply(firm)
    edits = editing.delete_park(cat, park.row_id, "x")
    for edit in edits:
        session.apply(edit)
    assert park.row_id not in cat.parks
    assert cat.tenants[firm.row_id].park_id == ""
    for edit in reversed(edits):
        session.revert(edit)
    assert cat.tenants[firm.row_id].park_id == park.row_id


def test_firms_with_a_wrong_credit_code_are_refused(cat):
    with pytest.raises(editing.EditError) as caught:
        editing.put_firm(cat, {"name_zh": "企业", "chain_id": "nuclear",
                               "credit_code": "91350100M000100Y44"}, "x")
    assert caught.value.values["expected"] == "3"


def test_firm_edits_change_the_table_in_place(cat):
    session = EditSession(cat, "x")
    count, placed = len(cat.tenants), cat.tenants.placed_count
    add = editing.put_firm(cat, {"name_zh": "企业", "chain_id": "nuclear",
                                 "geometry": shapely.Point(112.6, 26.9)}, "x")
    session.apply(add)
    assert (len(cat.tenants), cat.tenants.placed_count) == (count + 1, placed + 1)
    move = editing.put_firm(cat, {"id": add.row_id, "geometry": shapely.Point(112.61, 26.91)},
                            "x")
    assert move.action == "move"
    session.apply(move)
    assert cat.tenants[add.row_id].geometry.equals(shapely.Point(112.61, 26.91))
    session.revert(move)
    session.revert(add)
    assert add.row_id not in cat.tenants
    assert (len(cat.tenants), cat.tenants.placed_count) == (count, placed)


def test_areas_and_lengths_are_geodesic(cat):
    shape = square(112.5, 26.9, 0.01)
    geod = Geod(ellps="WGS84")
    lons, lats = shape.exterior.xy
    assert land_area_m2(shape) == pytest.approx(abs(geod.polygon_area_perimeter(lons, lats)[0]))
    assert 1.0e6 < land_area_m2(shape) < 1.2e6  # 0.01° × 0.01° at 27° N
    units = area_units(666_666.67)
    assert units["mu"] == pytest.approx(1000, rel=1e-6) and units["ha"] == pytest.approx(66.67,
                                                                                         rel=1e-3)
    line = shapely.LineString([(112.5, 26.9), (112.6, 26.9)])
    assert length_m(line) == pytest.approx(geod.line_length([112.5, 112.6], [26.9, 26.9]))


def test_park_rows_round_trip(cat):
    for park in cat.parks.values():
        assert park_from_row(park_row(park)) == park
