"""Read a catalogue file into typed layer frames, checking every field of every row."""

from __future__ import annotations

import math
import numbers
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
from pyogrio.errors import DataSourceError

from explorer.core.errors import DataError, Problem
from explorer.core.schema import BUNDLED_CRS, LAYERS, SPATIAL_LAYERS, Field

BUNDLED_PATH = Path(__file__).resolve().parents[2] / "geodata" / "hengyang.gpkg"


def read_layers(path: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read every catalogue layer of a GeoPackage; raise DataError on anything unusable.

    Returns the frames (spatial ones in EPSG:4326) and the warnings met on the way.
    """
    path = Path(path)
    if not path.exists():
        raise DataError([Problem(str(path), "file not found")])
    if path.suffix.lower() != ".gpkg":
        raise DataError([Problem(str(path), f"expected a GeoPackage (.gpkg), found "
                                 f"'{path.suffix or 'no extension'}'")])
    try:
        present = {name for name, _ in pyogrio.list_layers(path)}
    except (DataSourceError, OSError) as exc:
        raise DataError([Problem(str(path), f"not a readable GeoPackage ({exc})")]) from exc

    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for layer, fields in LAYERS.items():
        if layer not in present:
            problems.append(Problem(str(path), "layer missing", layer))
            continue
        try:
            df = gpd.read_file(path, layer=layer) if layer in SPATIAL_LAYERS else \
                pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
        except (DataSourceError, OSError, ValueError) as exc:
            problems.append(Problem(str(path), f"layer unreadable ({exc})", layer))
            continue
        problems += _check_fields(df, fields, str(path), layer)
        if layer in SPATIAL_LAYERS and isinstance(df, gpd.GeoDataFrame):
            df, note = _to_wgs84(df)
            if note:
                problems.append(Problem(str(path), note, layer, severity="warning"))
        frames[layer] = df
    if any(p.severity == "error" for p in problems):
        raise DataError(problems)
    return frames, problems


def _to_wgs84(df: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, str | None]:
    if df.crs is None:
        return df.set_crs(BUNDLED_CRS), "no coordinate system given; assumed WGS-84 (EPSG:4326)"
    if df.crs.to_epsg() == 4326:
        return df, None
    return df.to_crs(BUNDLED_CRS), f"reprojected from {df.crs.to_string()} to WGS-84"


def _check_fields(df: pd.DataFrame, fields: tuple[Field, ...], file: str,
                  layer: str) -> list[Problem]:
    problems = []
    for field in fields:
        if field.name not in df.columns:
            problems.append(Problem(file, f"field missing (expected {field.expected})",
                                    layer, None, field.name))
            continue
        for n, value in enumerate(df[field.name], start=1):
            message = _check_value(value, field)
            if message:
                problems.append(Problem(file, message, layer, n, field.name))
    return problems


def is_blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _check_value(value, field: Field) -> str | None:
    if is_blank(value):
        return f"expected {field.expected}, found nothing" if field.required else None
    ok = {
        "str": isinstance(value, str),
        "float": isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)),
        "bool": isinstance(value, (bool, np.bool_)) or value in (0, 1),
    }[field.kind]
    return None if ok else f"expected {field.expected}, found {value!r}"
