"""Where the places of a layer lie: swapped coordinates, impossible ones, outside Hengyang.

Swapped latitude and longitude are an error, not silently fixed: a file whose columns or
axes are mixed up may be wrong in other ways too, and the catalogue never moves a point
that a source gave. The message names the rows and says what to change.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from explorer.core.errors import Message, Problem, shown

GEOD = Geod(ellps="WGS84")


def city_outline(districts: gpd.GeoDataFrame) -> BaseGeometry | None:
    """The city's outer boundary from the districts layer; None if the layer has none.

    Holes are filled: the simplified boundary of the bundled data has slivers between
    districts (Hengyang has no enclaves), and a park in one is not outside the city.
    """
    city = districts[districts["kind"] == "city"].geometry
    if city.empty or city.iloc[0] is None or city.iloc[0].is_empty:
        return None
    parts = shapely.get_parts(city.iloc[0])
    outline = shapely.union_all(shapely.polygons(shapely.get_exterior_ring(parts)))
    shapely.prepare(outline)
    return outline


def check_places(df: gpd.GeoDataFrame, file: str, layer: str,
                 city: BaseGeometry | None) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) about the geometries of one layer in WGS-84, one per row at most.

    Errors: swapped latitude/longitude (the swapped point lies inside the city, the given one
    does not) and coordinates that are no degrees at all. Warning: outside the city.
    """
    place_field = df.attrs.get("place_field", "geometry")
    geoms = np.asarray(df.geometry.array, dtype=object)
    rows = np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
    if rows.size == 0:
        return [], []
    shapes = geoms[rows]
    x, y, degrees, inside, swapped = _where(shapes, city)
    problem_rows = np.flatnonzero(swapped | ~degrees | ~inside)
    # Only the ids of rows with a problem become Python objects (a million would take a
    # second); `ids[k]` for those rows alone.
    ids = dict(zip(problem_rows.tolist(),
                   df["id"].iloc[rows[problem_rows]].to_numpy(dtype=object)))

    def problem(k, message, severity="error"):
        return Problem(file, message, layer, int(rows[k]) + 1, place_field, severity)

    errors = [problem(k, Message(
        "{id} has latitude and longitude swapped: lon {x}, lat {y} lies outside Hengyang, "
        "lon {y}, lat {x} would lie inside; swap the two coordinates in the file",
        id=shown(ids[k]), x=f"{x[k]:.6f}", y=f"{y[k]:.6f}")) for k in np.flatnonzero(swapped)]
    errors += [problem(k, Message(
        "{id} is at x {x}, y {y}, which is no longitude and latitude in degrees: is the "
        "file in a coordinate system it does not name?", id=shown(ids[k]), x=f"{x[k]:.10g}",
        y=f"{y[k]:.10g}")) for k in np.flatnonzero(~swapped & ~degrees)]
    outside = np.flatnonzero(degrees & ~swapped & ~inside)
    km = _km_from(city, shapes[outside]) if outside.size else []
    warnings = [problem(k, Message("{id} lies outside Hengyang's boundary, {km} km from it",
                                   id=shown(ids[k]), km=_km(d)) if d > 0 else
                        Message("{id} lies partly outside Hengyang's boundary", id=shown(ids[k])),
                        "warning")
                for k, d in zip(outside, km)]
    return errors, warnings


def _where(shapes: np.ndarray, city: BaseGeometry | None):
    """Per shape: x and y of a point on it, whether it is in degrees, inside, swapped."""
    anchor = shapes.copy()  # a point is its own anchor; only other shapes need computing
    others = shapely.get_type_id(shapes) != 0
    anchor[others] = shapely.point_on_surface(shapes[others])
    x, y = shapely.get_x(anchor), shapely.get_y(anchor)
    west, south, east, north = shapely.bounds(shapes).T
    degrees = (west >= -180) & (east <= 180) & (south >= -90) & (north <= 90)
    if city is None:
        return x, y, degrees, np.ones(len(shapes), bool), np.zeros(len(shapes), bool)
    inside = shapely.covers(city, shapes)
    swapped = np.zeros(len(shapes), bool)
    out = np.flatnonzero(~inside)  # only what lies outside can be swapped
    swapped[out] = (~shapely.covers(city, anchor[out])
                    & shapely.covers(city, shapely.points(y[out], x[out])))
    return x, y, degrees, inside, swapped


def _km_from(city: BaseGeometry, shapes: np.ndarray) -> np.ndarray:
    """Geodesic distance in km from each shape to the city (along the shortest line)."""
    ends = shapely.get_coordinates(shapely.shortest_line(shapes, city)).reshape(-1, 2, 2)
    metres = GEOD.inv(ends[:, 0, 0], ends[:, 0, 1], ends[:, 1, 0], ends[:, 1, 1])[2]
    return np.asarray(metres) / 1000


def _km(distance: float) -> str:
    return f"{distance:.1f}" if distance < 10 else f"{distance:,.0f}"
