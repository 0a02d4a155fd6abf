"""A catalogue's firms read as lon/lat (core/firm_points.py) give what the general reader,
with a shapely geometry per firm, gives: the same points, shapes, errors and warnings."""

import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from explorer.core.firm_points import decode_points, is_points_frame
from explorer.core.load import read_geopackage
from explorer.core.tenants import TenantTable
from explorer.core.validate import check_catalogue
from tests.helpers.catalogues import BEIJING, HITECH, XIDU, bundled_frames, write_frames

NAN, INF = math.nan, math.inf
SQUARE = Polygon([(112.56, 26.91), (112.57, 26.91), (112.57, 26.92), (112.56, 26.92)])
BOW_TIE = Polygon([(112.56, 26.91), (112.57, 26.92), (112.57, 26.91), (112.56, 26.92)])
with np.errstate(invalid="ignore"):  # a corner at NaN, on purpose
    NAN_CORNER = Polygon([(112.5, 26.9), (112.6, NAN), (112.6, 27.0)])
GEOMETRIES = [Point(XIDU), None, shapely.points(NAN, NAN), shapely.points(INF, 26.9),
              shapely.points(NAN, 26.9), shapely.points(112.5, -INF), Point(112.5, 26.9, 3.0),
              SQUARE, LineString([XIDU, HITECH]), Point(-0.0, 5e-324), Point(1e308, -1e308),
              shapely.from_wkt("POLYGON EMPTY"), Point(HITECH)]


def wkb_of(geometries, byte_order=1) -> list:
    return [None if g is None else shapely.to_wkb(g, byte_order=byte_order, flavor="iso")
            for g in geometries]


def as_shapely_reads_it(blobs: list):
    """(lon, lat, shapes) of WKB as TenantTable keeps shapely's reading of it."""
    geoms = shapely.from_wkb(np.array(blobs, dtype=object))
    point = (shapely.get_type_id(geoms) == 0) & ~shapely.is_empty(geoms)
    lon, lat = np.full(len(geoms), NAN), np.full(len(geoms), NAN)
    lon[point], lat[point] = shapely.get_x(geoms[point]), shapely.get_y(geoms[point])
    shapes = np.where(point | shapely.is_missing(geoms) | (shapely.get_type_id(geoms) == 0),
                      None, geoms)
    return lon, lat, shapes


@pytest.mark.parametrize("byte_order", [1, 0])
@pytest.mark.parametrize("binary", [pa.binary(), pa.large_binary()])
def test_points_decoded_from_wkb_are_shapelys_points(byte_order, binary):
    blobs = wkb_of(GEOMETRIES, byte_order) * 3
    chunked = pa.chunked_array([pa.array(blobs[:5], binary), pa.array(blobs[5:20], binary),
                                pa.array([], binary), pa.array(blobs[20:], binary)])
    for wkb in (chunked, pa.array(blobs, binary).slice(2)):  # chunks, and an offset
        start = 0 if isinstance(wkb, pa.ChunkedArray) else 2
        lon, lat, shapes = decode_points(wkb)
        want_lon, want_lat, want_shapes = as_shapely_reads_it(blobs[start:])
        np.testing.assert_array_equal(lon, want_lon)  # NaN where NaN, -0.0 and 5e-324 kept
        np.testing.assert_array_equal(np.signbit(lon), np.signbit(want_lon))
        np.testing.assert_array_equal(lat, want_lat)
        assert [None if s is None else s.wkb for s in shapes] == \
            [None if s is None else s.wkb for s in want_shapes]


def test_empty_and_half_empty_points():
    lon, lat, shapes = decode_points(pa.array(wkb_of([shapely.points(NAN, NAN),
                                                      shapely.points(NAN, 26.9)])))
    assert np.isnan(lon).all() and lat[1] == 26.9 and list(shapes) == [None, None]


def firms(frames, geometries: list, ids=None) -> pd.DataFrame:
    """Firms of the first chain with the given geometries, after the bundled ones."""
    import geopandas as gpd

    n = len(geometries)
    rows = pd.DataFrame({"id": ids or [f"firm-{k}" for k in range(n)],
                         "name_zh": [f"企业{k}" for k in range(n)],
                         "chain_id": frames["chains"]["id"].iloc[0],
                         "source_id": frames["sources"]["id"].iloc[0]})
    added = gpd.GeoDataFrame(rows, geometry=list(geometries), crs="EPSG:4326")
    return pd.concat([frames["tenants"], added], ignore_index=True)


def both_readings(path):
    """(problems, frames) of the general reader and of the points reader, checked."""
    out = []
    for as_points in (False, True):
        try:
            frames, problems = read_geopackage(path, firms_as_points=as_points)
            assert is_points_frame(frames["tenants"]) == as_points
            problems = problems + check_catalogue(frames, str(path))
        except DataError as exc:
            problems, frames = exc.problems, None
        out.append((problems, frames))
    return out


def test_a_catalogue_with_shapes_and_points_outside_reads_the_same(tmp_path):
    frames = bundled_frames()
    geometries = [Point(XIDU), SQUARE, None, Point(BEIJING), BOW_TIE,
                  LineString([XIDU, HITECH]), Point(HITECH), shapely.points(NAN, NAN)]
    frames["tenants"] = firms(frames, geometries)
    path = write_frames(frames, tmp_path / "shapes.gpkg")
    (general, general_frames), (points, points_frames) = both_readings(path)
    assert points == general
    assert any("outside Hengyang" in str(p) for p in points)
    assert any("invalid geometry" in str(p) for p in points)
    old = TenantTable.from_frame(general_frames["tenants"])
    new = TenantTable.from_frame(points_frames["tenants"])
    assert list(new) == list(old) and new.placed_count == old.placed_count
    np.testing.assert_array_equal(new.placed_rows, old.placed_rows)
    np.testing.assert_array_equal(new.lon, old.lon)
    np.testing.assert_array_equal(new.lat, old.lat)
    for tenant_id in list(old)[-len(geometries):]:
        assert new[tenant_id] == old[tenant_id]
    assert new["firm-1"].geometry.equals(SQUARE)
    assert new["firm-4"].geometry.is_valid  # the bow tie, repaired
    assert new["firm-2"].geometry is None and new["firm-7"].geometry is None

    cat = load_catalogue(path)  # the app's way, with the points reader
    assert cat.tenants["firm-5"].geometry.geom_type == "LineString"
    np.testing.assert_array_equal(cat.tenants.lon, old.lon)


@pytest.mark.parametrize("geometry, message", [
    (shapely.points(NAN, 26.9), "expected coordinates in numbers, found NaN or Infinity"),
    (shapely.points(112.5, INF), "expected coordinates in numbers, found NaN or Infinity"),
    (NAN_CORNER, "expected coordinates in numbers, found NaN or Infinity"),
    (Point(XIDU[1], XIDU[0]), "has latitude and longitude swapped"),
    (Point(12_000_000, 3_000_000), "which is no longitude and latitude in degrees"),
])
# GEOS warns as it reads the polygon with a NaN corner: that is the point of the case
@pytest.mark.filterwarnings("ignore:invalid value encountered in from_wkb:RuntimeWarning")
def test_a_bad_firm_place_gives_the_same_error_either_way(tmp_path, geometry, message):
    frames = bundled_frames()
    frames["tenants"] = firms(frames, [Point(XIDU), geometry])
    path = write_frames(frames, tmp_path / "bad.gpkg")
    (general, _), (points, _) = both_readings(path)
    assert points == general
    assert [p.severity for p in points if message in str(p)] == ["error"]
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    assert message in str(info.value)
    assert f"row {len(frames['tenants'])}" in str(info.value)


def test_a_layer_not_in_wgs84_is_read_by_the_general_reader(tmp_path):
    frames = bundled_frames()
    frames["tenants"] = firms(frames, [Point(XIDU)])
    path = write_frames(frames, tmp_path / "mercator.gpkg")
    pyogrio.write_dataframe(frames["tenants"].to_crs("EPSG:3857"), path, layer="tenants",
                            layer_options={"OVERWRITE": "YES"})
    read, problems = read_geopackage(path, firms_as_points=True)
    assert not is_points_frame(read["tenants"])
    assert any("reprojected" in str(p) for p in problems)
    table = TenantTable.from_frame(read["tenants"])
    assert table["firm-0"].geometry.distance(Point(XIDU)) < 1e-9


def test_a_catalogue_without_firms_reads_the_same(tmp_path):
    frames = bundled_frames()
    frames["tenants"] = frames["tenants"].iloc[0:0]
    frames["figures"] = frames["figures"][frames["figures"]["subject_type"] != "tenant"]
    path = write_frames(frames, tmp_path / "no-firms.gpkg")
    (general, general_frames), (points, points_frames) = both_readings(path)
    assert points == general and points_frames is not None
    assert list(points_frames["tenants"].columns[:len(general_frames["tenants"].columns) - 1]) \
        == [c for c in general_frames["tenants"].columns if c != "geometry"]
    assert len(load_catalogue(path).tenants) == 0
