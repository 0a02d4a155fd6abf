import numpy as np
import pytest
from pyproj import Geod

from explorer.core.coords import gcj02_to_wgs84, wgs84_to_gcj02

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
