"""Changes written into a GeoPackage in place: the changed rows only, in one SQLite transaction.

A save of one edit then costs milliseconds whatever the size of the file, where rewriting
the file cost seconds at 100,000 firms. SQLite makes the transaction atomic: until it
commits, the pages it overwrites wait in `<file>-journal`, and a crash at any moment leaves
the old file (SQLite puts the old pages back at the next open, see
`load.roll_back_interrupted_write`) or the new one.

GDAL keeps each spatial table's R-tree index up to date with triggers that call SpatiaLite's
`ST_IsEmpty`, `ST_MinX`, ... ; plain sqlite3 lacks them, so they are registered here, read
from the GeoPackage geometry header (or, without an envelope, from the WKB). Geometries are
written as GeoPackage binary: the header (with an envelope, except for points, as GDAL
does) and ISO WKB, in WGS-84 (srs 4326).
"""

from __future__ import annotations

import math
import sqlite3
import struct
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from shapely.geometry.base import BaseGeometry

from explorer.core import rtree_pack
from explorer.core.bulk_insert import Scratch
from explorer.core.changes import Changes, Key
from explorer.core.errors import DataError, Message, Problem
from explorer.core.schema import ALL_LAYERS, KEYS

SRS_ID = 4326
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# Above this many changed rows of a layer, one query maps every key to its row.
_LOOKUP_ALL = 32
# From this many new points of a bulk write on, the R-tree is rebuilt packed
# (explorer/core/rtree_pack.py) rather than given the points one by one.
PACK_FROM = 20_000
# Rows of a bulk write turned into Python values at a time.
_CHUNK = 100_000


def encode_geometry(geometry: BaseGeometry | None) -> bytes | None:
    """GeoPackage binary of a shapely geometry (None stays None)."""
    if geometry is None:
        return None
    empty = geometry.is_empty
    with_envelope = not empty and geometry.geom_type != "Point"
    flags = 0b1 | (0b10 if with_envelope else 0) | (0b10000 if empty else 0)
    header = b"GP" + bytes([0, flags]) + struct.pack("<i", SRS_ID)
    if with_envelope:
        west, south, east, north = geometry.bounds
        header += struct.pack("<4d", west, east, south, north)
    return header + shapely.to_wkb(geometry, byte_order=1, flavor="iso")


@lru_cache(maxsize=8)  # a trigger asks for the four sides of one blob in a row
def _envelope(blob: bytes) -> tuple[float, float, float, float] | None:
    """(min x, max x, min y, max y) of a GeoPackage geometry; None when empty."""
    if not isinstance(blob, bytes) or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0b10000:
        return None
    size = _ENVELOPE_BYTES.get((flags >> 1) & 0b111, 0)
    order = "<" if flags & 1 else ">"
    if size:
        return struct.unpack(f"{order}4d", blob[8:40])
    geometry = shapely.from_wkb(blob[8 + size:])
    if geometry.is_empty:
        return None
    west, south, east, north = geometry.bounds
    return west, east, south, north


def _side(index: int):
    def side(blob):
        envelope = _envelope(blob)
        return None if envelope is None else envelope[index]
    return side


def register_functions(db: sqlite3.Connection) -> None:
    """The SQL functions GDAL's R-tree triggers call."""
    db.create_function("ST_IsEmpty", 1, lambda blob: int(_envelope(blob) is None),
                       deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        db.create_function(name, 1, _side(index), deterministic=True)


def write_rows(path: Path | str, changes: Changes,
               before_commit: Callable[[], None] | None = None) -> None:
    """Make `changes` in the GeoPackage `path` in one transaction: all or nothing.

    DataError (naming file, layer and key) for a row to delete that is not there, or a key
    several rows share; the file is then left as it was. `before_commit()` is called last
    before the commit: an error it raises rolls the changes back (the store waits there
    for the checks it runs meanwhile).
    """
    file = str(path)
    # The scratch files of bulk inserts go once the connection that attached them is closed.
    with Scratch(path) as scratch, closing(sqlite3.connect(file, isolation_level=None)) as db:
        register_functions(db)
        db.execute("PRAGMA synchronous = FULL")  # the journal reaches the disk before the file
        db.execute("BEGIN IMMEDIATE")
        try:
            for layer, blocks in changes.blocks.items():
                for block in blocks:
                    _Layer(db, layer, file, scratch).write_block(block)
            for layer, rows in changes.layers.items():
                if rows:
                    _Layer(db, layer, file, scratch).write(rows)
            if before_commit is not None:
                before_commit()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


class _Layer:
    """One table of the GeoPackage, as a transaction changes it."""

    def __init__(self, db: sqlite3.Connection, layer: str, file: str, scratch: Scratch):
        self.db, self.layer, self.file, self.scratch = db, layer, file, scratch
        self.table = _quote(layer)
        if not db.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?",
                          (layer,)).fetchone():
            _create_attributes_table(db, layer)
        found = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                           (layer,)).fetchone()
        self.geometry_column = found[0] if found else None
        self.columns = {row[1] for row in db.execute(f"PRAGMA table_info({self.table})")}
        self.key = KEYS[layer]
        self.fids: dict[Key, list[int]] | None = None

    def write(self, rows: dict[Key, dict | None]) -> None:
        if len(rows) > _LOOKUP_ALL:
            self.fids = {}
            names = ", ".join(f"COALESCE({_quote(n)}, '')" for n in self.key)
            for fid, *key in self.db.execute(f"SELECT fid, {names} FROM {self.table}"):
                self.fids.setdefault(tuple(key), []).append(fid)
        for key, row in rows.items():
            fid = self._fid(key, row)
            if row is None:
                self.db.execute(f"DELETE FROM {self.table} WHERE fid = ?", (fid,))
            else:
                self._put(fid, row)
        self.db.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?",
                        (datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4]
                         + "Z", self.layer))

    def write_block(self, block) -> None:
        """Many whole rows (`tenants.FirmRows`) put by id: those the table has are updated,
        the others inserted. An import of a million firms: the inserts bypass the per-row
        triggers (R-tree, feature count), whose work is then done once for all of them in
        the same transaction; a trigger calling Python per row, and an R-tree taking a
        million entries one by one, would take most of a minute."""
        ids = block.columns["id"]
        table_ids = pd.DataFrame(self.db.execute(
            f"SELECT fid, COALESCE(id, '') FROM {self.table}").fetchall(),
            columns=["fid", "id"])
        repeated = table_ids["id"][table_ids["id"].duplicated(keep=False)]
        if len(repeated):
            named = repeated[repeated.isin(set(ids))]
            if len(named):
                self._fid((named.iloc[0],), None)  # raises, naming the rows
        if len(repeated):
            fids = pd.Series(table_ids["fid"].to_numpy(), index=table_ids["id"].to_numpy(
                dtype=object)).reindex(ids.to_numpy(dtype=object)).fillna(-1) \
                .to_numpy(np.int64)
        else:  # each id once: looked up in Arrow, without a Python string per row
            found = pc.index_in(pa.array(ids.array).cast(pa.large_string()),
                                value_set=pa.array(table_ids["id"], pa.large_string()))
            at = found.fill_null(-1).to_numpy(zero_copy_only=False)
            fids = np.where(at >= 0, table_ids["fid"].to_numpy(np.int64)[at], -1)
        names = list(block.columns)
        for name in names:
            if name not in self.columns:
                self.db.execute(f"ALTER TABLE {self.table} ADD COLUMN {_quote(name)} TEXT")
                self.columns.add(name)
        quoted = [_quote(n) for n in names] + ([_quote(self.geometry_column)]
                                                if self.geometry_column else [])
        old = np.flatnonzero(fids >= 0)
        if len(old):
            sets = ", ".join(f"{q} = ?" for q in quoted)
            self.db.executemany(f"UPDATE {self.table} SET {sets} WHERE fid = ?",
                                self._values(block, names, old, fids[old]))
        new = np.flatnonzero(fids < 0)
        if len(new):
            self._insert_many(new, quoted, names, block)
        self.db.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?",
                        (datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4]
                         + "Z", self.layer))

    def _values(self, block, names, positions, after):
        """The parameters of rows `positions` of `block` for executemany (`after`: a value
        to put last in each), built 100,000 rows at a time: a million rows as Python
        objects at once would take a gigabyte. The text goes from
        Arrow to Python strings directly, blanks as NULL, as GDAL writes them."""
        for start in range(0, len(positions), _CHUNK):
            part = positions[start:start + _CHUNK]
            rows = _rows(part)
            columns = [_blank_null(block.columns[n].iloc[rows])
                       .to_numpy(zero_copy_only=False).tolist() for n in names]
            if self.geometry_column:
                columns.append(_geometry_blobs(block, part))
            columns.append(after[start:start + _CHUNK].tolist())
            yield from zip(*columns)

    def _batches(self, block, names, positions, fids, schema):
        """The new rows `positions` of `block` as Arrow batches of `schema`: fid, the text
        (blanks as NULL, as GDAL writes them), the geometry; 100,000 rows at a time. They
        are made in the scratch file's thread, where Arrow's `if_else` costs a third of
        what SQLite's NULLIF would in the copy."""
        for start in range(0, len(positions), _CHUNK):
            part = positions[start:start + _CHUNK]
            rows = _rows(part)
            columns = [pa.array(fids[start:start + _CHUNK], pa.int64())]
            columns += [_blank_null(block.columns[n].iloc[rows]) for n in names]
            if self.geometry_column:
                columns.append(_geometry_array(block, part))
            yield from pa.Table.from_arrays(columns, schema=schema).to_batches()

    def _insert_many(self, new, quoted, names, block) -> None:
        rtree = f"rtree_{self.layer}_{self.geometry_column}" if self.geometry_column else None
        triggers = {f"{rtree}_insert": rtree} if rtree else {}
        triggers[f"trigger_insert_feature_count_{self.layer}"] = None
        found = dict(self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (self.layer,)).fetchall())
        bypassed = {name: found[name] for name in triggers if name in found}
        for name in bypassed:
            self.db.execute(f"DROP TRIGGER {_quote(name)}")
        start = max([self.db.execute(f"SELECT COALESCE(MAX(fid), 0) FROM {self.table}")
                     .fetchone()[0], *[r[0] for r in self.db.execute(
                         "SELECT seq FROM sqlite_sequence WHERE name = ?", (self.layer,))]]) + 1
        fids = np.arange(start, start + len(new))
        schema = pa.schema([("fid", pa.int64())] + [(n, pa.large_string()) for n in names]
                           + ([("geometry", pa.binary())] if self.geometry_column else []))
        # The rows go into a scratch file in a thread (the ADBC driver works outside
        # Python's lock) while the R-tree is packed here; both a second at a million.
        with ThreadPoolExecutor(1, thread_name_prefix="bulk-insert") as pool:
            rows = pool.submit(self.scratch.ingest, schema,
                               self._batches(block, names, new, fids, schema))
            boxes = packed = None
            if rtree and f"{rtree}_insert" in bypassed:
                boxes = _boxes(fids, block.lon[new], block.lat[new],
                               None if block.shapes is None else block.shapes[new])
                if len(boxes[0]) >= PACK_FROM:
                    packed = rtree_pack.pack(self.db, rtree, *boxes)
            scratch = rows.result()
        self.scratch.copy(self.db, scratch, self.table, ["fid", *quoted])
        for name, tree in triggers.items():
            if name not in bypassed:
                continue
            if tree and packed is not None:
                rtree_pack.write(self.db, tree, packed, self.scratch)
            elif tree:  # a few: one by one
                self.db.executemany(
                    f"INSERT OR REPLACE INTO {_quote(tree)} VALUES (?, ?, ?, ?, ?)",
                    zip(*(column.tolist() for column in boxes)))
            else:
                self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = "
                                "feature_count + ? WHERE lower(table_name) = lower(?)",
                                (len(new), self.layer))
            self.db.execute(bypassed[name])

    def _fid(self, key: Key, row: dict | None) -> int | None:
        if self.fids is not None:
            found = self.fids.get(tuple(str(k) for k in key), [])
        else:
            where = " AND ".join(f"COALESCE({_quote(n)}, '') = ?" for n in self.key)
            found = [r[0] for r in self.db.execute(
                f"SELECT fid FROM {self.table} WHERE {where}", [str(k) for k in key])]
        named = ", ".join(f"{n} '{v}'" for n, v in zip(self.key, key))
        if len(found) > 1:
            raise DataError([Problem(self.file, Message(
                "{count} rows ({rows}) have {key}: tell them apart before changing one",
                count=len(found), rows=", ".join(map(str, found)), key=named), self.layer,
                None, self.key[0])])
        if not found and row is None:
            raise DataError([Problem(self.file, Message("no row with {key} to delete",
                                                        key=named), self.layer, None,
                                     self.key[0])])
        return found[0] if found else None

    def _put(self, fid: int | None, row: dict) -> None:
        values = {}
        for name, value in row.items():
            column = self.geometry_column if name == "geometry" else name
            if column is None:
                continue  # a geometry for a table without one: nothing to keep it in
            if column not in self.columns:
                self.db.execute(f"ALTER TABLE {self.table} ADD COLUMN {_quote(column)} "
                                f"{_sql_type(value)}")
                self.columns.add(column)
            values[column] = encode_geometry(value) if name == "geometry" else _plain(value)
        names = list(values)
        if fid is None:
            self.db.execute(f"INSERT INTO {self.table} ({', '.join(map(_quote, names))}) "
                            f"VALUES ({', '.join('?' * len(names))})", list(values.values()))
        elif names:
            sets = ", ".join(f"{_quote(n)} = ?" for n in names)
            self.db.execute(f"UPDATE {self.table} SET {sets} WHERE fid = ?",
                            [*values.values(), fid])


def _boxes(fids: np.ndarray, lon, lat, shapes) -> tuple[np.ndarray, ...]:
    """(fids, min x, max x, min y, max y) of the rows with a box: a point, or a shape."""
    minx, maxx, miny, maxy = lon.copy(), lon.copy(), lat.copy(), lat.copy()
    if shapes is not None:
        shaped = np.flatnonzero(np.isnan(lon) & ~shapely.is_missing(shapes)
                                & ~shapely.is_empty(shapes))
        bounds = shapely.bounds(shapes[shaped])
        minx[shaped], miny[shaped], maxx[shaped], maxy[shaped] = bounds.T
    has = ~np.isnan(minx)
    return fids[has], minx[has], maxx[has], miny[has], maxy[has]


def _rows(positions: np.ndarray) -> slice | np.ndarray:
    """Positions as a slice when they are consecutive (an import's new firms): taking a
    slice copies nothing."""
    consecutive = positions[-1] - positions[0] == len(positions) - 1
    return slice(positions[0], positions[-1] + 1) if consecutive else positions


def _blank_null(column: pd.Series) -> pa.Array:
    """A text column in Arrow, blank text as NULL, as GDAL writes it."""
    text = pa.array(column, type=pa.large_string())
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, text.type), text)


# A point as GeoPackage binary: the header without an envelope (as GDAL writes points),
# then little-endian ISO WKB. Built with numpy, a million points take a tenth of a second,
# where a shapely point each, turned into WKB, took seconds.
_POINT_BLOB = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                        ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _point_cells(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    cells = np.zeros(len(lon), dtype=_POINT_BLOB)
    cells["magic"], cells["flags"], cells["srs"] = b"GP", 0b1, SRS_ID
    cells["order"], cells["type"] = 1, 1
    cells["x"], cells["y"] = lon, lat
    return cells


def point_blobs(lon: np.ndarray, lat: np.ndarray) -> list[bytes]:
    """GeoPackage binary of the points (lon, lat), as `encode_geometry` writes a Point."""
    return _point_cells(lon, lat).view(f"V{_POINT_BLOB.itemsize}").tolist()


def point_blob_array(lon: np.ndarray, lat: np.ndarray) -> pa.BinaryArray:
    """`point_blobs` as an Arrow array, built without a Python object per point; NULL
    where lon is NaN (no point)."""
    cells = _point_cells(lon, lat)
    missing = np.isnan(lon)
    validity = pa.array(~missing).buffers()[1] if missing.any() else None
    return pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(_POINT_BLOB.itemsize), len(lon), [validity, pa.py_buffer(cells)]) \
        .cast(pa.binary())


def _geometry_array(block, positions: np.ndarray) -> pa.BinaryArray:
    """`_geometry_blobs` as an Arrow array: built in one go when every row is a point (or
    has none), through Python objects only where a row has another shape."""
    if block.shapes is None or not (block.shapes[positions] != None).any():  # noqa: E711
        return point_blob_array(block.lon[positions], block.lat[positions])
    return pa.array(_geometry_blobs(block, positions), pa.binary())


def _geometry_blobs(block, positions: np.ndarray) -> list:
    """GeoPackage binary of the geometry of rows `positions`; points built from lon/lat in
    one go."""
    out = [None] * len(positions)
    lon, lat = block.lon[positions], block.lat[positions]
    placed = np.flatnonzero(~np.isnan(lon))
    if len(placed) == len(positions):
        out = point_blobs(lon, lat)
    elif len(placed):
        for at, blob in zip(placed.tolist(), point_blobs(lon[placed], lat[placed])):
            out[at] = blob
    if block.shapes is not None:
        shapes = block.shapes[positions]
        for at in np.flatnonzero(shapes != None):  # noqa: E711 (an object array)
            out[at] = encode_geometry(shapes[at])
    return out


def _create_attributes_table(db: sqlite3.Connection, layer: str) -> None:
    """A table without geometry (a GeoPackage 'attributes' table) for an optional layer."""
    columns = ", ".join(f"{_quote(f.name)} {'REAL' if f.kind == 'float' else 'TEXT'}"
                        for f in ALL_LAYERS[layer])
    db.execute(f"CREATE TABLE {_quote(layer)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
               f"{columns})")
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
               "VALUES (?, 'attributes', ?, 0)", (layer, layer))


def _plain(value):
    """A value SQLite stores: numpy scalars as Python ones, NaN and pandas' NA as NULL."""
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str, bytes)):
        return value
    return None if value is pd.NA or value is pd.NaT else str(value)


def _sql_type(value) -> str:
    if isinstance(value, (bool, np.bool_, int, np.integer)):
        return "INTEGER"
    return "REAL" if isinstance(value, (float, np.floating)) else "TEXT"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
