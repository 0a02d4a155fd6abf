"""Points built as GeoPackage binary with numpy (gpkg_rows.point_blobs) are byte for byte
what the per-geometry encoder writes, and what GDAL reads back as the same points."""

import numpy as np
import shapely

from explorer.core.gpkg_rows import encode_geometry, point_blobs


def test_point_blobs_match_the_encoder_byte_for_byte():
    lon = np.array([112.572, -0.0, 1e-300, 180.0, -73.5])
    lat = np.array([26.893, 0.0, -90.0, 1 / 3, 45.25])
    blobs = point_blobs(lon, lat)
    assert blobs == [encode_geometry(shapely.Point(x, y)) for x, y in zip(lon, lat)]
    assert all(isinstance(b, bytes) and len(b) == 29 for b in blobs)


def test_point_blobs_read_back_as_the_same_points():
    lon, lat = np.array([112.6, 112.7]), np.array([26.9, 27.1])
    points = shapely.from_wkb([b[8:] for b in point_blobs(lon, lat)])
    assert shapely.get_x(points).tolist() == lon.tolist()
    assert shapely.get_y(points).tolist() == lat.tolist()


def test_no_points_no_blobs():
    assert point_blobs(np.zeros(0), np.zeros(0)) == []
