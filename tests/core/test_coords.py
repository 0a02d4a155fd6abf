import numpy as np
import pytest
from pyproj import Geod

from explorer.core.coords import (bd09_to_gcj02, from_wgs84, gcj02_to_wgs84, geojson_to_wgs84,
                                 to_wgs84, wgs84_to_gcj02)

GEOD = Geod(ellps="WGS84")


def metres(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def test_offset_in_hengyang_matches_the_published_size():
    # Xidu town (WGS-84): the GCJ-02 shift here is about 0.0052-0.0056 deg east, 0.003 deg south.
    glon, glat = wgs84_to_gcj02(112.37065, 26.96977)
    assert 0.0050 < glon - 112.37065 < 0.0058
    assert -0.0040 < glat - 26.96977 < -0.0028


@pytest.mark.parametrize("lon,lat", [(112.37, 26.97), (112.6, 26.9), (116.39, 39.91),
                                     (87.6, 43.8), (121.47, 31.23), (113.3, 23.1)])
def test_round_trip_is_under_one_metre_in_china(lon, lat):
    glon, glat = wgs84_to_gcj02(lon, lat)
    assert metres(lon, lat, glon, glat) > 100  # the shift is real
    wlon, wlat = gcj02_to_wgs84(glon, glat)
    assert metres(lon, lat, float(wlon), float(wlat)) < 1.0


def test_identity_outside_china():
    for lon, lat in [(2.35, 48.85), (-74.0, 40.7), (151.2, -33.9)]:
        assert wgs84_to_gcj02(lon, lat) == (lon, lat)
        assert gcj02_to_wgs84(lon, lat) == (lon, lat)


def test_arrays_convert_elementwise():
    lons = np.array([112.3, 112.6, 2.35])
    lats = np.array([26.4, 26.9, 48.85])
    glon, glat = wgs84_to_gcj02(lons, lats)
    assert glon.shape == (3,) and glon[2] == 2.35
    back = gcj02_to_wgs84(glon, glat)
    assert np.allclose(back[0], lons, atol=1e-8) and np.allclose(back[1], lats, atol=1e-8)


# Published control points: hujiulong/gcoord, test/unit/crs/BD09.spec.ts and
# test/fixtures/china-cities.json (衡阳市, 蒸湘区), both at commit fa43556.
@pytest.mark.parametrize("bd09,gcj02,tolerance", [
    ((123.0, 45.0), (122.99363304, 44.99365430), 1e-8),
    ((112.578451, 26.8995105), (112.5720039, 26.8932343), 1e-6),
])
def test_bd09_to_gcj02_matches_published_control_points(bd09, gcj02, tolerance):
    lon, lat = bd09_to_gcj02(*bd09)
    assert abs(lon - gcj02[0]) < tolerance and abs(lat - gcj02[1]) < tolerance


def test_hengyang_east_station_values_agree_with_each_other():
    """The row 衡阳东 of listenzcc/China-rail-way-stations-data src/station.csv (commit
    fb1b147) gives the station in three datums; the catalogue uses its WGS-84 value."""
    wgs84, gcj02, bd09 = (112.704232, 26.89989), (112.709651, 26.896447), (
        112.7161967, 26.90223487)
    lon, lat = gcj02_to_wgs84(*gcj02)
    assert metres(*wgs84, float(lon), float(lat)) < 3  # 1.2 m: the same place
    lon, lat = gcj02_to_wgs84(*bd09_to_gcj02(*bd09))
    # 24 m: the BD-09 value is not a conversion of the same point; still the same station.
    assert 20 < metres(*wgs84, float(lon), float(lat)) < 30


# Published control points, WGS-84 -> GCJ-02 as (lat, lon): googollee/eviltransform,
# go/transform_test.go.
EVILTRANSFORM = [
    ((31.1774276, 121.5272106), (31.17530398364597, 121.531541859215)),
    ((22.543847, 113.912316), (22.540796131694766, 113.9171764808363)),
    ((39.911954, 116.377817), (39.91334545536069, 116.38404722455657)),
]


@pytest.mark.parametrize("wgs,gcj", EVILTRANSFORM)
def test_forward_matches_eviltransforms_control_points(wgs, gcj):
    glon, glat = wgs84_to_gcj02(wgs[1], wgs[0])
    assert metres(float(glon), float(glat), gcj[1], gcj[0]) < 0.01


@pytest.mark.parametrize("wgs,gcj", EVILTRANSFORM)
def test_inverse_returns_eviltransforms_points_within_a_centimetre(wgs, gcj):
    wlon, wlat = gcj02_to_wgs84(gcj[1], gcj[0])
    assert metres(float(wlon), float(wlat), wgs[1], wgs[0]) < 0.01


def test_hengyang_matches_gcoords_fixture():
    """hujiulong/gcoord test/fixtures/china-cities.json, 衡阳市 (rounded to 1e-7 degrees by
    the service it came from, hence the tolerance)."""
    glon, glat = wgs84_to_gcj02(112.5667569, 26.8968083)
    assert float(glon) == pytest.approx(112.5720039, abs=1e-5)
    assert float(glat) == pytest.approx(26.8932343, abs=1e-5)


def test_round_trips_across_hengyang_stay_within_a_centimetre():
    lon, lat = np.meshgrid(np.linspace(111.9, 113.4, 61), np.linspace(26.1, 27.5, 57))
    glon, glat = wgs84_to_gcj02(lon.ravel(), lat.ravel())
    wlon, wlat = gcj02_to_wgs84(glon, glat)
    errors = GEOD.inv(lon.ravel(), lat.ravel(), wlon, wlat)[2]
    assert errors.max() < 0.01
    shifts = GEOD.inv(lon.ravel(), lat.ravel(), glon, glat)[2]
    assert 550 < shifts.min() and shifts.max() < 750  # about 650 m across the city


def test_datum_helpers_shift_only_gcj02():
    assert from_wgs84("wgs84", 112.6, 26.9) == (112.6, 26.9)
    assert from_wgs84("cgcs2000", 112.6, 26.9) == (112.6, 26.9)
    glon, glat = from_wgs84("gcj02", 112.6, 26.9)
    assert to_wgs84("gcj02", glon, glat) == (pytest.approx(112.6, abs=1e-9),
                                             pytest.approx(26.9, abs=1e-9))
    line = {"type": "LineString", "coordinates": [[112.5, 26.8], [112.6, 26.9]]}
    assert geojson_to_wgs84("wgs84", line) is line
    shifted = {"type": "LineString",
               "coordinates": [[float(v) for v in wgs84_to_gcj02(*p)] for p in line["coordinates"]]}
    back = geojson_to_wgs84("gcj02", shifted)
    assert np.allclose(back["coordinates"], line["coordinates"], atol=1e-9, rtol=0)


def test_bd09_forward_matches_gcoords_control_point_and_its_inverse():
    """gcoord's 衡阳市 fixture (as above) in BD-09 and GCJ-02: forward within 1e-5°, and
    BD-09 → WGS-84 lands on the fixture's WGS-84 point within 1e-5°."""
    from explorer.core.coords import gcj02_to_bd09

    blon, blat = gcj02_to_bd09(112.5720039, 26.8932343)
    assert float(blon) == pytest.approx(112.578451, abs=1e-5)
    assert float(blat) == pytest.approx(26.8995105, abs=1e-5)
    wlon, wlat = to_wgs84("bd09", 112.578451, 26.8995105)
    assert float(wlon) == pytest.approx(112.5667569, abs=1e-5)
    assert float(wlat) == pytest.approx(26.8968083, abs=1e-5)


def test_bd09_round_trips_across_hengyang_stay_within_a_centimetre():
    lon, lat = np.meshgrid(np.linspace(111.9, 113.4, 31), np.linspace(26.1, 27.5, 29))
    blon, blat = from_wgs84("bd09", lon.ravel(), lat.ravel())
    assert metres(lon.ravel(), lat.ravel(), blon, blat).min() > 300  # really shifted
    wlon, wlat = to_wgs84("bd09", blon, blat)
    assert metres(lon.ravel(), lat.ravel(), wlon, wlat).max() < 0.01


def test_cgcs2000_and_wgs84_are_taken_as_they_are():
    for datum in ("wgs84", "cgcs2000"):
        lon, lat = to_wgs84(datum, [112.5, 113.0], [26.9, 27.0])
        assert list(lon) == [112.5, 113.0] and list(lat) == [26.9, 27.0]


def test_many_points_convert_in_two_halves_to_the_same_doubles(monkeypatch):
    """Past coords._HALVES_FROM points the conversion works on two halves at once; the
    result is the very doubles of converting the points in one piece."""
    import numpy as np

    from explorer.core import coords

    rng = np.random.default_rng(3)
    lon, lat = 112.2 + rng.random(1001) * 0.9, 26.5 + rng.random(1001) * 0.6
    lon[:2], lat[:2] = [10.0, 140.0], [50.0, 3.0]  # outside China: left as they are
    whole = coords.gcj02_to_wgs84(lon, lat), coords.to_wgs84("bd09", lon, lat)
    monkeypatch.setattr(coords, "_HALVES_FROM", 10)
    halves = coords.gcj02_to_wgs84(lon, lat), coords.to_wgs84("bd09", lon, lat)
    for one, two in zip(whole, halves):
        assert np.array_equal(one[0], two[0]) and np.array_equal(one[1], two[1])
    assert (halves[0][0][:2] == [10.0, 140.0]).all()
