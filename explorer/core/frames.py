"""Checks of one layer read from any file: field types, coordinate system, valid geometries."""

from __future__ import annotations

import math
import numbers

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from explorer.core.errors import Message, Problem, shown
from explorer.core.schema import BUNDLED_CRS, Field


def is_blank(value) -> bool:
    return (value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
            or (isinstance(value, str) and value == ""))


def row_keys(df: pd.DataFrame, names: tuple[str, ...]) -> list[tuple]:
    """Each row's values of the fields `names`, blanks (missing or '') as '': its key."""
    columns = []
    for name in names:
        values = df[name].to_numpy(dtype=object, copy=True)  # of an object column: a view
        values[pd.isna(values)] = ""
        columns.append(values)
    return list(zip(*columns))


def check_fields(df: pd.DataFrame, fields: tuple[Field, ...], file: str,
                 layer: str) -> list[Problem]:
    """One problem per missing field and per value of the wrong type or missing."""
    problems = []
    for field in fields:
        if field.name not in df.columns:
            problems.append(Problem(file, Message("field missing (expected {expected})",
                                                  expected=field.expected),
                                    layer, None, field.name))
            continue
        column = df[field.name]
        suspects = _suspect_rows(column, field)
        for position, value in zip(suspects, column.iloc[suspects].to_numpy(dtype=object)):
            message = _check_value(value, field)
            if message:
                problems.append(Problem(file, message, layer, int(position) + 1, field.name))
    return problems


def _suspect_rows(column: pd.Series, field: Field) -> np.ndarray:
    """Positions to check one by one: only the blanks where the column's type settles the rest.

    This keeps a file of 100,000 rows from costing a million Python calls.
    """
    typed = (field.kind == "str" and isinstance(column.dtype, pd.StringDtype)) or (
        field.kind == "float" and pd.api.types.is_numeric_dtype(column.dtype)
        and not pd.api.types.is_bool_dtype(column.dtype))
    if not typed:
        return np.arange(len(column))
    infinite = np.isinf(column.to_numpy(dtype=float)) if field.kind == "float" else False
    if not field.required:  # the type is right, and blanks are allowed
        return np.flatnonzero(infinite)
    blank = column.isna()
    if field.kind == "str":
        blank = blank | column.eq("").fillna(False)
    return np.flatnonzero(blank.to_numpy(dtype=bool) | infinite)


def _check_value(value, field: Field) -> Message | None:
    if is_blank(value):
        return (Message("expected {expected}, found nothing", expected=field.expected)
                if field.required else None)
    ok = {
        "str": isinstance(value, str),
        "float": isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
        and math.isfinite(value),
        "bool": isinstance(value, (bool, np.bool_)) or value in (0, 1),
    }[field.kind]
    found = value.tolist() if isinstance(value, np.ndarray) else value  # a GeoJSON list
    return None if ok else Message("expected {expected}, found {found}",
                                   expected=field.expected, found=shown(found))


def to_wgs84(df: gpd.GeoDataFrame, file: str, layer: str) -> tuple[gpd.GeoDataFrame,
                                                                    list[Problem]]:
    """The layer in WGS-84 lon/lat, and a warning saying what was assumed or converted."""
    def warn(message):
        return [Problem(file, message, layer, severity="warning")]

    if df.crs is None:
        return df.set_crs(BUNDLED_CRS), warn(Message(
            "no coordinate system given; assumed WGS-84 longitude/latitude (EPSG:4326)"))
    if df.crs.to_epsg() == 4326:
        return df, []
    name = df.crs.to_string()
    return df.to_crs(BUNDLED_CRS), warn(Message("reprojected from {crs} ({name}) to WGS-84",
                                                crs=name, name=df.crs.name))


def check_coordinates(df: gpd.GeoDataFrame, file: str, layer: str) -> list[Problem]:
    """An error for every geometry with a coordinate that is no finite number (NaN or
    Infinity, which GDAL reads from GeoJSON): no map can place it, and GEOS fails on it."""
    geoms = np.asarray(df.geometry.array, dtype=object)
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    rows = np.unique(index[~np.isfinite(coords).all(axis=1)])
    field = df.attrs.get("place_field", "geometry")
    return [Problem(file, Message("expected coordinates in numbers, found NaN or Infinity"),
                    layer, int(row) + 1, field) for row in rows]


def repair_geometries(df: gpd.GeoDataFrame, file: str,
                      layer: str) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """Invalid geometries (a self-intersecting outline, say) made valid, each with a warning.

    `shapely.make_valid` keeps every part of the outline (a bow-tie becomes two triangles)
    instead of dropping the row: the place stays on the map, and the warning asks for a check.
    """
    geoms = np.asarray(df.geometry.array, dtype=object)
    invalid = ~shapely.is_missing(geoms) & ~shapely.is_valid(geoms)
    if not invalid.any():
        return df, []
    reasons = shapely.is_valid_reason(geoms[invalid])
    repaired = geoms.copy()
    repaired[invalid] = shapely.make_valid(geoms[invalid])
    df = df.copy()
    df[df.geometry.name] = gpd.GeoSeries(repaired, index=df.index, crs=df.crs)
    ids = df["id"] if "id" in df.columns else pd.Series([""] * len(df), index=df.index)
    warnings = []
    for position, reason in zip(np.flatnonzero(invalid), reasons):
        message = (Message("had an invalid geometry ({reason}); repaired, please check its "
                           "shape", reason=reason) if is_blank(ids.iloc[position]) else
                   Message("{id} had an invalid geometry ({reason}); repaired, please check "
                           "its shape", id=shown(ids.iloc[position]), reason=reason))
        warnings.append(Problem(file, message, layer, int(position) + 1, "geometry",
                                severity="warning"))
    return df, warnings
