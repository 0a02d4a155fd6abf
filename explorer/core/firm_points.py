"""A GeoPackage's firms layer read as columns: text in Arrow strings, points as lon/lat.

A catalogue of a million firms spends most of its load turning each firm's point into a
shapely object (a GEOS geometry and a Python object each: half a second and some 150 MB),
only for `TenantTable` to keep the point's two numbers. So a catalogue GeoPackage's
`tenants` layer is read here through GDAL's Arrow stream, and the points are decoded from
their WKB with numpy: a 2D point is 21 bytes (byte order, type, x, y). Anything else (a
shape a file gave a firm, a point with Z) goes through shapely, as before.

The result is a "points frame": a DataFrame with the layer's fields, `lon` and `lat` (NaN
where a firm has no point) and `shape` (a shapely geometry where the firm's place is no
point, else None), marked by `attrs["firm_points"]`. `load`, `places.check_places` and
`TenantTable.from_frame` take it beside a GeoDataFrame; everything that writes or changes a
catalogue still works on GeoDataFrames.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import shapely
from pyogrio.errors import DataSourceError

from explorer.core.errors import Message, Problem, shown
from explorer.core.frames import is_blank

POINT_COLUMNS = ("lon", "lat", "shape")
_POINT_WKB = 21  # little-endian byte order (1), type 1 (Point), x, y: little-endian WKB
_POINT_HEAD = np.array([1, 1, 0, 0, 0], dtype=np.uint8)


def is_points_frame(df: pd.DataFrame) -> bool:
    return bool(df.attrs.get("firm_points"))


def read_points_frame(path: Path, layer: str) -> pd.DataFrame | None:
    """The layer as a points frame; None when it needs the general reader: a layer not in
    WGS-84 (it is reprojected there), or with fields this reader does not convert as
    GDAL's reader does (dates, JSON) or named like the frame's own columns.

    Read in batches, each batch's text copied into memory of its own before GDAL's batch is
    let go: the text then takes its own size once (pandas wants 64-bit offsets, and text
    that pointed into GDAL's batches would keep every batch alive, their geometries and
    32-bit offsets with it: some 120 MB at a million firms). The copies come from the C
    allocator, as GDAL's batches do, so the memory either leaves free goes back to the system
    (see core/memory.py); Arrow's own pool would keep it."""
    pool = pa.system_memory_pool()
    with pyogrio.open_arrow(path, layer=layer, use_pyarrow=True) as (meta, batches):
        if not _readable(meta):
            return None
        geometry = meta["geometry_name"]
        fields = [field for field in batches.schema if field.name != geometry]
        text: dict[str, list[pa.Array]] = {field.name: [] for field in fields}
        points = []
        for batch in batches:
            for field in fields:
                text[field.name].append(_own_copy(batch.column(field.name), pool))
            points.append(decode_points(batch.column(geometry)))
            del batch
    try:
        df = pa.table({field.name: pa.chunked_array(text.pop(field.name), _copied(field.type))
                       for field in fields}).to_pandas()
    except UnicodeDecodeError as exc:  # in the words of pyogrio's reader
        raise DataSourceError("The file being read is not encoded in UTF-8; please "
                              "use_arrow=False") from exc
    lon, lat, shapes = (np.concatenate(parts) for parts in zip(*points)) if points else (
        np.zeros(0), np.zeros(0), np.zeros(0, dtype=object))
    if not fields:  # a layer of places alone: as many rows as places
        df = pd.DataFrame(index=range(len(lon)))
    df["lon"], df["lat"], df["shape"] = lon, lat, shapes
    df.attrs["firm_points"] = True
    return df


def _readable(meta: dict) -> bool:
    """Whether read_points_frame reads a layer of GDAL's Arrow stream `meta` as GDAL's own
    reader (pyogrio.read_dataframe) would."""
    return meta["crs"] == "EPSG:4326" and bool(meta["geometry_name"]) and not any(
        (dtype or "").startswith("datetime") for dtype in meta["dtypes"]) and \
        "OFSTJSON" not in meta["ogr_subtypes"] and \
        not set(meta["fields"]) & {*POINT_COLUMNS, "geometry"}


def _own_copy(column: pa.Array, pool: pa.MemoryPool) -> pa.Array:
    """A copy of an Arrow column in memory of its own; text with 64-bit offsets."""
    return pa.concat_arrays([column.cast(_copied(column.type), memory_pool=pool)],
                            memory_pool=pool)


def _copied(kind: pa.DataType) -> pa.DataType:
    return pa.large_string() if pa.types.is_string(kind) else kind


def decode_points(wkb: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, np.ndarray,
                                                            np.ndarray]:
    """(lon, lat, shapes) of WKB geometries: x and y of each non-empty point (NaN for a
    missing or empty geometry, and for the other shapes), and an object array holding the
    shapes that are no point (None elsewhere). A point keeps NaN or Infinity it has in one
    coordinate (`check_coordinates` refuses it); one with NaN in both is empty (no place),
    as shapely reads it."""
    chunks = wkb.chunks if isinstance(wkb, pa.ChunkedArray) else [wkb]
    n = sum(len(chunk) for chunk in chunks)
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    shapes = np.full(n, None, dtype=object)
    start = 0
    for chunk in chunks:
        _decode_chunk(chunk, lon[start:start + len(chunk)], lat[start:start + len(chunk)],
                      shapes[start:start + len(chunk)])
        start += len(chunk)
    return lon, lat, shapes


def _decode_chunk(chunk: pa.Array, lon: np.ndarray, lat: np.ndarray,
                  shapes: np.ndarray) -> None:
    """One Arrow binary array into the views lon, lat and shapes (of the same length)."""
    if not len(chunk):
        return
    if pa.types.is_large_binary(chunk.type):
        offset_type = np.int64
    elif pa.types.is_binary(chunk.type):
        offset_type = np.int32
    else:
        raise ValueError(f"geometry column of type {chunk.type}, expected WKB")
    validity, offsets, data = chunk.buffers()[:3]
    offsets = np.frombuffer(offsets, offset_type)[chunk.offset:chunk.offset + len(chunk) + 1]
    data = np.frombuffer(data, np.uint8) if data is not None else np.zeros(0, np.uint8)
    valid = chunk.is_valid().to_numpy(zero_copy_only=False)
    lengths = np.diff(offsets)
    points = np.flatnonzero(valid & (lengths == _POINT_WKB))
    if lengths[points].sum() == offsets[-1] - offsets[0]:  # nothing else takes a byte
        rows = data[offsets[0]:offsets[-1]].reshape(-1, _POINT_WKB)  # a view
    else:
        rows = data[offsets[points][:, None] + np.arange(_POINT_WKB)]
    is_point = (rows[:, :5] == _POINT_HEAD).all(axis=1)
    xy = np.ascontiguousarray(rows[is_point, 5:]).view("<f8")
    lon[points[is_point]], lat[points[is_point]] = xy[:, 0], xy[:, 1]
    others = np.setdiff1d(np.flatnonzero(valid), points[is_point], assume_unique=True)
    if len(others):
        _decode_others(chunk.take(pa.array(others)), others, lon, lat, shapes)


def _decode_others(wkb: pa.Array, rows: np.ndarray, lon: np.ndarray, lat: np.ndarray,
                   shapes: np.ndarray) -> None:
    """Geometries other than a 2D little-endian point, read by shapely: a point (with Z,
    say) gives its x and y, as `TenantTable` keeps it; anything else stays a shape."""
    geoms = shapely.from_wkb(wkb.to_numpy(zero_copy_only=False))
    point = shapely.get_type_id(geoms) == 0
    placed = point & ~shapely.is_empty(geoms)  # GEOS has no x of an empty point
    lon[rows[placed]] = shapely.get_x(geoms[placed])
    lat[rows[placed]] = shapely.get_y(geoms[placed])
    shapes[rows[~point]] = geoms[~point]


def check_coordinates(df: pd.DataFrame, file: str, layer: str) -> list[Problem]:
    """`frames.check_coordinates` for a points frame: the same error for every place with
    a coordinate that is no finite number."""
    lon, lat = df["lon"].to_numpy(), df["lat"].to_numpy()
    bad = (~np.isnan(lon) | ~np.isnan(lat)) & ~(np.isfinite(lon) & np.isfinite(lat))
    shapes = df["shape"].to_numpy()
    coords, index = shapely.get_coordinates(shapes, return_index=True)
    bad[np.unique(index[~np.isfinite(coords).all(axis=1)])] = True
    field = df.attrs.get("place_field", "geometry")
    return [Problem(file, Message("expected coordinates in numbers, found NaN or Infinity"),
                    layer, int(row) + 1, field) for row in np.flatnonzero(bad)]


def repair_geometries(df: pd.DataFrame, file: str,
                      layer: str) -> tuple[pd.DataFrame, list[Problem]]:
    """`frames.repair_geometries` for a points frame: a point is always valid, so only the
    shapes are looked at."""
    shapes = df["shape"].to_numpy()
    invalid = ~shapely.is_missing(shapes) & ~shapely.is_valid(shapes)
    if not invalid.any():
        return df, []
    reasons = shapely.is_valid_reason(shapes[invalid])
    repaired = shapes.copy()
    repaired[invalid] = shapely.make_valid(shapes[invalid])
    df = df.copy()
    df["shape"] = repaired
    warnings = []
    for position, reason in zip(np.flatnonzero(invalid), reasons):
        firm_id = df["id"].iloc[position] if "id" in df.columns else ""
        message = (Message("had an invalid geometry ({reason}); repaired, please check its "
                           "shape", reason=reason) if is_blank(firm_id) else
                   Message("{id} had an invalid geometry ({reason}); repaired, please check "
                           "its shape", id=shown(firm_id), reason=reason))
        warnings.append(Problem(file, message, layer, int(position) + 1, "geometry",
                                severity="warning"))
    return df, warnings
