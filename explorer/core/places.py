"""Where the places of a layer lie: swapped coordinates, impossible ones, outside Hengyang.

Swapped latitude and longitude are an error, not silently fixed: a file whose columns or
axes are mixed up may be wrong in other ways too, and the catalogue never moves a point
that a source gave. The message names the rows and says what to change.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from explorer.core.errors import Message, Problem, shown
from explorer.core.firm_points import is_points_frame

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


def check_places(df: gpd.GeoDataFrame | pd.DataFrame, file: str, layer: str,
                 city: BaseGeometry | None) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) about the geometries of one layer in WGS-84, one per row at most.

    Errors: swapped latitude/longitude (the swapped point lies inside the city, the given one
    does not) and coordinates that are no degrees at all. Warning: outside the city.
    """
    place_field = df.attrs.get("place_field", "geometry")
    if is_points_frame(df):
        rows, x, y, degrees, inside, swapped, shape_of = _where_in_points_frame(df, city)
    else:
        geoms = np.asarray(df.geometry.array, dtype=object)
        rows = np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
        shapes = geoms[rows]
        x, y, degrees, inside, swapped = _where(shapes, city)
        shape_of = shapes.__getitem__
    if rows.size == 0:
        return [], []
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
    km = _km_from(city, shape_of(outside)) if outside.size else []
    warnings = [problem(k, Message("{id} lies outside Hengyang's boundary, {km} km from it",
                                   id=shown(ids[k]), km=_km(d)) if d > 0 else
                        Message("{id} lies partly outside Hengyang's boundary", id=shown(ids[k])),
                        "warning")
                for k, d in zip(outside, km)]
    return errors, warnings


def _where_in_points_frame(df: pd.DataFrame, city: BaseGeometry | None):
    """`_where` for a points frame (see core/firm_points.py), with the rows that have a
    place and a function giving the shapes of some of them (by position among those rows).

    A point is tested by its coordinates (`intersects_xy`: for a point, the same as
    `covers`), without a shapely object per firm."""
    lon, lat = df["lon"].to_numpy(), df["lat"].to_numpy()
    shapes = df["shape"].to_numpy()
    is_point = ~np.isnan(lon) | ~np.isnan(lat)
    rows = np.flatnonzero(is_point | (~shapely.is_missing(shapes) & ~shapely.is_empty(shapes)))
    point = is_point[rows]
    x, y = lon[rows], lat[rows]
    degrees = (x >= -180) & (x <= 180) & (y >= -90) & (y <= 90)
    inside = np.ones(len(rows), bool)
    swapped = np.zeros(len(rows), bool)
    if city is not None:
        inside[point] = shapely.intersects_xy(city, x[point], y[point])
        out = np.flatnonzero(point & ~inside)  # only what lies outside can be swapped
        swapped[out] = shapely.intersects_xy(city, y[out], x[out])
    others = np.flatnonzero(~point)
    if others.size:
        x[others], y[others], degrees[others], inside[others], swapped[others] = _where(
            shapes[rows[others]], city)

    def shape_of(positions: np.ndarray) -> np.ndarray:
        at = rows[positions]
        out = shapes[at].copy()
        out[point[positions]] = shapely.points(lon[at[point[positions]]],
                                               lat[at[point[positions]]])
        return out
    return rows, x, y, degrees, inside, swapped, shape_of


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
