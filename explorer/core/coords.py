"""GCJ-02 <-> WGS-84 conversion, and BD-09 (Baidu's datum) <-> GCJ-02.

GCJ-02 is the obfuscated datum of Chinese web maps (Amap, DataV). pyproj cannot do it, as it
is no geodetic transformation but a published formula; the few PyPI packages that implement
it are unmaintained, so the formula is written out here (about thirty lines) and tested.
The inverse has no closed form: it is solved by fixed-point iteration to well under 1 cm.
BD-09 is GCJ-02 shifted once more by a second published formula; its published inverse
(`bd09_to_gcj02`, a few centimetres from exact) is refined by iteration where a point must
come back within a centimetre (`to_wgs84`).
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

_A = 6378245.0  # Krasovsky 1940 semi-major axis, as the GCJ-02 formula uses it
_EE = 0.00669342162296594323  # its first eccentricity squared


def in_china(lon, lat):
    """True where the point lies inside the rough box in which GCJ-02 is applied."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    return (lon > 73.66) & (lon < 135.05) & (lat > 3.86) & (lat < 53.55)


def _offset(lon, lat):
    x = lon - 105.0
    y = lat - 35.0
    root = np.sqrt(np.abs(x))
    both = (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
            + 0.2 * root
            + both
            + (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
            + (160.0 * np.sin(y / 12.0 * np.pi) + 320 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0)
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * root
            + both
            + (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
            + (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0)
    rad = lat / 180.0 * np.pi
    magic = 1 - _EE * np.sin(rad) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * np.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * np.cos(rad) * np.pi)
    return dlon, dlat


def wgs84_to_gcj02(lon, lat):
    """Convert WGS-84 lon/lat (scalars or arrays) to GCJ-02; identity outside China."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    dlon, dlat = _offset(lon, lat)
    inside = in_china(lon, lat)
    return np.where(inside, lon + dlon, lon), np.where(inside, lat + dlat, lat)


def gcj02_to_wgs84(lon, lat):
    """Convert GCJ-02 lon/lat (scalars or arrays) to WGS-84; identity outside China."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    wlon, wlat = lon.copy(), lat.copy()
    for _ in range(30):
        glon, glat = _in_halves(wgs84_to_gcj02, wlon, wlat)
        dlon, dlat = glon - lon, glat - lat
        wlon, wlat = wlon - dlon, wlat - dlat
        if np.all(np.abs(dlon) < 1e-10) and np.all(np.abs(dlat) < 1e-10):
            break
    inside = in_china(lon, lat)
    return np.where(inside, wlon, lon), np.where(inside, wlat, lat)


# From this many points on, a conversion works on two halves at once (see _in_halves).
_HALVES_FROM = 100_000


def _in_halves(convert, lon: np.ndarray, lat: np.ndarray):
    """`convert(lon, lat)` of many points, the second half in a thread: numpy leaves
    Python's lock while it computes the sines, so the halves share the cores. Each
    point's result is the same, computed by the same operations."""
    if lon.ndim != 1 or len(lon) < _HALVES_FROM:
        return convert(lon, lat)
    half = len(lon) // 2
    with ThreadPoolExecutor(1, thread_name_prefix="datum") as pool:
        second = pool.submit(convert, lon[half:], lat[half:])
        first = convert(lon[:half], lat[:half])
        rest = second.result()
    return np.concatenate([first[0], rest[0]]), np.concatenate([first[1], rest[1]])


def gcj02_to_wgs84_coords(coords: np.ndarray) -> np.ndarray:
    """An (N, 2) array of GCJ-02 lon/lat as WGS-84; the form `shapely.transform` wants."""
    lon, lat = gcj02_to_wgs84(coords[:, 0], coords[:, 1])
    return np.column_stack([lon, lat])


_BD_FACTOR = np.pi * 3000.0 / 180.0


def bd09_to_gcj02(lon, lat):
    """Convert BD-09 lon/lat (scalars or arrays) to GCJ-02."""
    x = np.asarray(lon, dtype=float) - 0.0065
    y = np.asarray(lat, dtype=float) - 0.006
    z = np.hypot(x, y) - 0.00002 * np.sin(y * _BD_FACTOR)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * _BD_FACTOR)
    return z * np.cos(theta), z * np.sin(theta)


def gcj02_to_bd09(lon, lat):
    """Convert GCJ-02 lon/lat (scalars or arrays) to BD-09: Baidu's published forward
    formula, of which `bd09_to_gcj02` is the inverse."""
    x = np.asarray(lon, dtype=float)
    y = np.asarray(lat, dtype=float)
    z = np.hypot(x, y) + 0.00002 * np.sin(y * _BD_FACTOR)
    theta = np.arctan2(y, x) + 0.000003 * np.cos(x * _BD_FACTOR)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def bd09_to_gcj02_iterated(lon, lat):
    """BD-09 to GCJ-02 exactly: the published inverse, refined by fixed-point iteration of
    the forward formula until it moves less than 1e-10° (the published inverse alone is a
    few centimetres off, so a round trip would not come back within 1 cm)."""
    blon = np.asarray(lon, dtype=float)
    blat = np.asarray(lat, dtype=float)
    glon, glat = bd09_to_gcj02(blon, blat)
    for _ in range(10):
        flon, flat = gcj02_to_bd09(glon, glat)
        dlon, dlat = flon - blon, flat - blat
        glon, glat = glon - dlon, glat - dlat
        if np.all(np.abs(dlon) < 1e-10) and np.all(np.abs(dlat) < 1e-10):
            break
    return glon, glat


def from_wgs84(datum: str, lon, lat):
    """WGS-84 lon/lat in `datum` ("wgs84", "cgcs2000", "gcj02" or "bd09")."""
    if datum == "gcj02":
        return wgs84_to_gcj02(lon, lat)
    if datum == "bd09":
        return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def to_wgs84(datum: str, lon, lat):
    """Lon/lat in `datum` back in WGS-84: the iterated inverse for GCJ-02 (under 1 mm);
    CGCS2000 is taken as WGS-84 (they differ by centimetres); BD-09 goes through GCJ-02."""
    if datum == "gcj02":
        return gcj02_to_wgs84(lon, lat)
    if datum == "bd09":
        return gcj02_to_wgs84(*bd09_to_gcj02_iterated(lon, lat))
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def geojson_to_wgs84(datum: str, geometry: dict) -> dict:
    """A GeoJSON geometry (lon/lat in `datum`) with every position in WGS-84."""
    if datum != "gcj02":
        return geometry
    shape = shapely.transform(shapely.geometry.shape(geometry), gcj02_to_wgs84_coords)
    return json.loads(shapely.to_geojson(shape))
