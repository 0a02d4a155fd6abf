"""Geodesic land areas and lengths (pyproj `Geod`, WGS-84 ellipsoid), and their units.

A footprint's area is land area: the ground the park covers. Figures a source gives for
floor area (built or delivered 建筑面积) measure something else, and are never mixed with it.
"""

from __future__ import annotations

from pyproj import Geod
from shapely.geometry.base import BaseGeometry

GEOD = Geod(ellps="WGS84")
SQUARE_METRES_PER_MU = 10_000 / 15  # 1 亩 = 1/15 公顷
AREA_TYPES = ("Polygon", "MultiPolygon")
LINE_TYPES = ("LineString", "MultiLineString")


def land_area_m2(geometry: BaseGeometry) -> float:
    """The geodesic area of a polygon or multipolygon (holes taken out), in m²."""
    area, _ = GEOD.geometry_area_perimeter(geometry)
    return abs(area)


def length_m(geometry: BaseGeometry) -> float:
    """The geodesic length of a line or multiline, in metres."""
    return GEOD.geometry_length(geometry)


def area_units(square_metres: float) -> dict[str, float]:
    """One land area in m², hectares, 亩 and 万平方米."""
    return {"m2": square_metres, "ha": square_metres / 10_000,
            "mu": square_metres / SQUARE_METRES_PER_MU, "wan_m2": square_metres / 10_000}
