"""Raster tiles from a file the user owns: MBTiles or a GeoPackage with a tile layer.

Both are SQLite databases, read here with the standard library, read-only. Tiles are asked
for as Web Mercator z/x/y with y counted from the top (as Leaflet asks):
- MBTiles (1.3) stores rows in TMS order, counted from the bottom: row = 2^z - 1 - y.
- A GeoPackage stores each zoom level's matrix from the top left of its tile matrix set; the
  set must be on the Web Mercator grid (EPSG:3857, as GDAL writes with
  TILING_SCHEME=GoogleMapsCompatible), which gives each level's z and its first column and row.

Vector tiles (MBTiles format "pbf") are refused: the map draws raster tiles only.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

WORLD = 20037508.342789244  # half the side of the Web Mercator square, in metres
RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                  "webp": "image/webp"}
MAGIC = ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"RIFF", "image/webp"))


class TileFileError(Exception):
    """A file that cannot serve as a basemap; the message says why, for the user."""


@dataclass
class TileFile:
    """An open tile file. `tile(z, x, y)` gives (bytes, MIME type) or None."""

    path: Path
    kind: str  # "mbtiles" or "gpkg"
    name: str
    attribution: str
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # W, S, E, N in degrees
    _table: str = "tiles"
    _levels: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # z -> level, col0, row0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _db: sqlite3.Connection | None = None

    def tile(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        """The tile at Web Mercator z/x/y (y from the top), or None where the file has none."""
        if not (0 <= x < 2 ** z and 0 <= y < 2 ** z):
            return None
        if self.kind == "mbtiles":
            query, args = ("SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? "
                           "AND tile_row=?", (z, x, 2 ** z - 1 - y))
        else:
            if z not in self._levels:
                return None
            level, col0, row0 = self._levels[z]
            query = (f'SELECT tile_data FROM "{self._table}" WHERE zoom_level=? '
                     "AND tile_column=? AND tile_row=?")
            args = (level, x - col0, y - row0)
        with self._lock:
            row = self._connection().execute(query, args).fetchone()
        if row is None or not row[0]:
            return None
        data = bytes(row[0])
        return data, mime_type(data)

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = _connect(self.path)
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def mime_type(data: bytes) -> str:
    """The image type of a tile, from its first bytes."""
    for magic, mime in MAGIC:
        if data.startswith(magic):
            return mime
    return "application/octet-stream"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)


def open_tile_file(path: Path | str) -> TileFile:
    """Open an MBTiles file or a GeoPackage with raster tiles; TileFileError says what is
    wrong with any other file."""
    path = Path(path)
    if not path.is_file():
        raise TileFileError(f"{path}: no such file")
    try:
        db = _connect(path)
        try:
            tables = {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            if "gpkg_contents" in tables:
                tile_file = _open_gpkg(path, db)
            elif "tiles" in tables and "metadata" in tables:
                tile_file = _open_mbtiles(path, db)
            else:
                raise TileFileError(f"{path.name}: neither an MBTiles file nor a GeoPackage "
                                    "with tiles (no 'tiles' or 'gpkg_contents' table)")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise TileFileError(f"{path.name}: not a readable SQLite database ({exc})") from None
    return tile_file


def _open_mbtiles(path: Path, db: sqlite3.Connection) -> TileFile:
    meta = dict(db.execute("SELECT name, value FROM metadata").fetchall())
    fmt = (meta.get("format") or "").lower()
    if fmt == "pbf":
        raise TileFileError(f"{path.name} holds vector tiles (format pbf); the map draws "
                            "raster tiles only (png, jpg or webp)")
    if fmt and fmt not in RASTER_FORMATS:
        raise TileFileError(f"{path.name}: unknown tile format '{fmt}' "
                            "(expected png, jpg or webp)")
    low, high = db.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
    if low is None:
        raise TileFileError(f"{path.name} holds no tiles")
    return TileFile(path, "mbtiles", meta.get("name", ""), meta.get("attribution", ""),
                    int(low), int(high), _bounds(meta.get("bounds")))


def _bounds(text: str | None) -> tuple[float, float, float, float] | None:
    try:
        west, south, east, north = (float(v) for v in (text or "").split(","))
    except ValueError:
        return None
    return west, south, east, north


def _open_gpkg(path: Path, db: sqlite3.Connection) -> TileFile:
    row = db.execute("SELECT c.table_name, c.identifier, s.organization, "
                     "s.organization_coordsys_id, m.min_x, m.min_y, m.max_x, m.max_y "
                     "FROM gpkg_contents c JOIN gpkg_tile_matrix_set m USING (table_name) "
                     "JOIN gpkg_spatial_ref_sys s ON s.srs_id = m.srs_id "
                     "WHERE c.data_type = 'tiles' ORDER BY c.table_name").fetchone()
    if row is None:
        raise TileFileError(f"{path.name}: this GeoPackage has no tile layer")
    table, identifier, org, code, min_x, min_y, max_x, max_y = row
    if (org or "").upper() != "EPSG" or code != 3857:
        raise TileFileError(f"{path.name}: tiles in {org}:{code}; the map needs Web Mercator "
                            "tiles (EPSG:3857), e.g. gdal_translate -of GPKG "
                            "-co TILING_SCHEME=GoogleMapsCompatible")
    levels = {}
    for level, width, height, px, py in db.execute(
            "SELECT zoom_level, tile_width, tile_height, pixel_x_size, pixel_y_size "
            "FROM gpkg_tile_matrix WHERE table_name = ?", (table,)):
        z, col0, row0 = _grid_position(width * px, height * py, min_x, max_y)
        if z is None:
            raise TileFileError(f"{path.name}: zoom level {level} is not on the Web Mercator "
                                "tile grid; rebuild it with gdal_translate -of GPKG "
                                "-co TILING_SCHEME=GoogleMapsCompatible")
        levels[z] = (level, col0, row0)
    if not levels:
        raise TileFileError(f"{path.name}: the tile layer '{table}' has no zoom levels")
    return TileFile(path, "gpkg", identifier or table, "", min(levels), max(levels),
                    _mercator_bounds(min_x, min_y, max_x, max_y), _table=table,
                    _levels=levels)


def _grid_position(tile_w: float, tile_h: float, min_x: float, max_y: float):
    """(z, first column, first row) of a level whose tiles are tile_w × tile_h metres with
    the matrix's top left at (min_x, max_y); (None, 0, 0) when off the Web Mercator grid."""
    z = math.log2(2 * WORLD / tile_w)
    col0 = (min_x + WORLD) / tile_w
    row0 = (WORLD - max_y) / tile_h
    if not all(abs(v - round(v)) < 1e-6 for v in (z, col0, row0)) or abs(tile_w - tile_h) > 1e-6:
        return None, 0, 0
    return round(z), round(col0), round(row0)


def _mercator_bounds(min_x, min_y, max_x, max_y) -> tuple[float, float, float, float]:
    def lat(y):
        return math.degrees(math.atan(math.sinh(y / 6378137.0)))

    return (min_x / 6378137.0 * 180 / math.pi, lat(min_y), max_x / 6378137.0 * 180 / math.pi,
            lat(max_y))
