"""Changes to a catalogue: per layer, rows to add or replace and rows to delete, by key.

A row is named by its layer's key (`schema.KEYS`): its id, or for a figure, which has none,
(subject_type, subject_id, metric, kind, period, source_id); a blank in a key is ''. A replacing row changes the fields
it gives and keeps the others, so that columns an editor does not know (a column another
office added to its file) survive an edit. Of two changes to the same key, the later wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from explorer.core.errors import DataError, Message, Problem
from explorer.core.frames import is_blank, row_keys
from explorer.core.schema import KEYS, SPATIAL_LAYERS

Key = tuple[str, ...]


def key_of(layer: str, row: Mapping) -> Key:
    """The key of `row` in `layer`; ValueError if the layer is unknown or the key missing."""
    if layer not in KEYS:
        raise ValueError(f"unknown layer {layer!r}; the layers are {', '.join(KEYS)}")
    missing = [name for name in KEYS[layer] if name not in row]
    if missing:
        raise ValueError(f"a {layer} row needs {', '.join(missing)} to name it")
    return tuple("" if is_blank(row[name]) else row[name] for name in KEYS[layer])


@dataclass
class Changes:
    """What to change, per layer: key -> the new row, or None to delete the row."""

    layers: dict[str, dict[Key, dict | None]] = field(default_factory=dict)
    # Many whole rows of a layer at once, as columns (a bulk edit: an import of a million
    # firms would be a million dicts): layer -> tenants.FirmRows. Only `tenants` so far.
    # They are written before the rows of `layers`, which never name the same keys.
    blocks: dict[str, list] = field(default_factory=dict)

    def put(self, layer: str, row: Mapping) -> None:
        """Add `row`, or replace the row with its key (see the module's docstring).

        In a spatial layer, `geometry` is a shapely geometry in WGS-84 lon/lat, or None.
        """
        geometry = row.get("geometry")
        if layer in SPATIAL_LAYERS and not (geometry is None or
                                            isinstance(geometry, BaseGeometry)):
            raise TypeError(f"a {layer} geometry must be a shapely geometry or None, "
                            f"not {type(geometry).__name__}")
        self.layers.setdefault(layer, {})[key_of(layer, row)] = dict(row)

    def put_rows(self, layer: str, rows) -> None:
        """Add or replace many whole rows (`tenants.FirmRows`), by id. A layer keeps one
        block: rows put again join it as writing them after it would leave the table (a
        row with an id of the block replaces it there, the others follow), so that a save
        writes one block per layer (see `bulk_insert`: SQLite attaches ten files at most)."""
        if layer != "tenants":
            raise ValueError(f"rows in bulk go to the tenants layer only, not {layer!r}")
        if not len(rows):
            return
        if self.blocks.get(layer):
            [block] = self.blocks[layer]
            rows = _joined_blocks(block, rows)
        self.blocks[layer] = [rows]

    def delete(self, layer: str, key: str | Key) -> None:
        """Delete the row named `key` (an id, or a figure's key tuple)."""
        key = (key,) if isinstance(key, str) else tuple(key)
        key_of(layer, dict(zip(KEYS.get(layer, ()), key)))  # the same checks as put
        self.layers.setdefault(layer, {})[key] = None

    def __bool__(self) -> bool:
        return any(self.layers.values()) or any(self.blocks.values())

    def apply(self, frames: dict[str, pd.DataFrame], file: str) -> dict[str, pd.DataFrame]:
        """New frames with the changes made (unchanged layers are the same objects).

        Raise DataError, naming `file`, if a deleted row does not exist, or if a change names
        a key that several rows share.
        """
        out = dict(frames)
        for layer, blocks in self.blocks.items():
            for block in blocks:
                out[layer] = _apply_block(out[layer], block, layer, file)
        for layer, rows in self.layers.items():
            if rows:
                out[layer] = _apply(out[layer], layer, rows, file)
        return out


def _joined_blocks(first, then):
    """The rows of `first` with those of `then` (both `tenants.FirmRows`) put after them:
    a row of `then` whose id `first` has replaces it in place, the others are added."""
    at = pd.Index(first.columns["id"]).get_indexer(then.columns["id"])
    old, new = at >= 0, at < 0
    columns = {}
    for name, column in first.columns.items():
        values = column.to_numpy(dtype=object)
        values[at[old]] = then.columns[name][old].to_numpy(dtype=object)
        columns[name] = pd.concat([pd.Series(values, dtype="str"),
                                   then.columns[name][new]], ignore_index=True)
    lon, lat = first.lon.copy(), first.lat.copy()
    lon[at[old]], lat[at[old]] = then.lon[old], then.lat[old]
    shapes = None
    if first.shapes is not None or then.shapes is not None:
        shapes = first.shapes.copy() if first.shapes is not None \
            else np.full(len(first), None, dtype=object)
        theirs = then.shapes if then.shapes is not None \
            else np.full(len(then), None, dtype=object)
        shapes[at[old]] = theirs[old]
        shapes = np.concatenate([shapes, theirs[new]])
    return type(first)(columns, np.concatenate([lon, then.lon[new]]),
                       np.concatenate([lat, then.lat[new]]), shapes)


def _apply(df: pd.DataFrame, layer: str, rows: dict[Key, dict | None],
           file: str) -> pd.DataFrame:
    key = KEYS[layer]
    positions: dict[Key, list[int]] = {}
    for position, value in enumerate(row_keys(df, key)):
        positions.setdefault(value, []).append(position)
    df = df.copy()
    dropped, added = [], []
    for k, row in rows.items():
        at = _position(positions.get(k, []), layer, key, k, row, file)
        if row is None:
            dropped.append(at)
        elif at is None:
            added.append(row)
        else:
            for column, value in row.items():
                _set(df, at, column, value)
    df = df.drop(index=df.index[dropped])
    if added:
        df = pd.concat([df, _frame(added, df)], ignore_index=True)
    return df.reset_index(drop=True)


def _apply_block(df: pd.DataFrame, block, layer: str, file: str) -> pd.DataFrame:
    """`df` with the rows of `block` (tenants.FirmRows) replacing those with their ids,
    column by column, and the others added at the end."""
    ids = pd.Index(df["id"].fillna("").astype(str))
    if not ids.is_unique:
        dup = ids[ids.duplicated()][0]
        raise DataError([Problem(file, Message(
            "{count} rows ({rows}) have {key}: tell them apart before changing one",
            count=int((ids == dup).sum()), rows=", ".join(
                str(p + 1) for p in (ids == dup).nonzero()[0]), key=f"id '{dup}'"), layer,
            None, "id")])
    positions = ids.get_indexer(block.ids)
    old, new = positions >= 0, positions < 0
    geometries = block.geometries()
    df = df.copy()
    for name, values in block.columns.items():
        if name not in df.columns:
            df[name] = None
        if old.any():
            column = df[name].astype(object)
            column.iloc[positions[old]] = values[old].to_numpy(dtype=object)
            df[name] = column
    if old.any():
        geometry = df.geometry.array.copy()
        geometry[positions[old]] = geometries[old]
        df[df.geometry.name] = geometry
    if new.any():
        added = gpd.GeoDataFrame({name: values[new].to_numpy(dtype=object)
                                  for name, values in block.columns.items()},
                                 geometry=list(geometries[new]), crs=df.crs)
        df = pd.concat([df, added], ignore_index=True)
    return df.reset_index(drop=True)


def _position(found: list[int], layer: str, key: tuple[str, ...], k: Key, row: dict | None,
              file: str) -> int | None:
    """The position of the one row named `k`, None if there is none and `row` adds it;
    DataError for a row to delete that is not there, or a key several rows share."""
    if len(found) > 1:
        numbers = ", ".join(str(position + 1) for position in found)
        raise DataError([Problem(file, Message(
            "{count} rows ({rows}) have {key}: tell them apart before changing one",
            count=len(found), rows=numbers, key=_named(key, k)), layer, found[0] + 1, key[0])])
    if not found and row is None:
        raise DataError([Problem(file, Message("no row with {key} to delete",
                                               key=_named(key, k)), layer, None, key[0])])
    return found[0] if found else None


def _named(key: tuple[str, ...], value: Key) -> str:
    return ", ".join(f"{name} '{v}'" for name, v in zip(key, value))


def _set(df: pd.DataFrame, at: int, column: str, value) -> None:
    """df[column] at position `at` = value; a value of another type than the column's makes
    the column one of Python objects: the checks before writing then name the wrong value."""
    if column not in df.columns:
        df[column] = None
    where = df.columns.get_loc(column)
    try:
        df.iloc[at, where] = value
    except TypeError:
        df[column] = df[column].astype(object)
        df.iloc[at, where] = value


def _frame(rows: list[dict], like: pd.DataFrame) -> pd.DataFrame:
    """New rows as a frame to append to `like` (a GeoDataFrame for a spatial layer)."""
    if not isinstance(like, gpd.GeoDataFrame):
        return pd.DataFrame(rows)
    return gpd.GeoDataFrame([{k: v for k, v in row.items() if k != "geometry"} for row in rows],
                            geometry=[row.get("geometry") for row in rows], crs=like.crs)
