"""Tile files read without Qt: MBTiles row order, GeoPackage tile grids, refusals."""

import math
import sqlite3

import numpy as np
import pytest

from explorer.core.tilefiles import TileFileError, open_tile_file
from tests.tiles import make_gpkg_tiles, make_mbtiles, png


def solid(r, g, b):
    tile = np.zeros((256, 256, 4), np.uint8)
    tile[:] = (r, g, b, 255)
    return png(tile)


def test_mbtiles_rows_are_flipped_from_tms(tmp_path):
    path = tmp_path / "t.mbtiles"
    top, bottom = solid(255, 0, 0), solid(0, 0, 255)
    make_mbtiles(path, {(1, 0, 0): top, (1, 0, 1): bottom})
    with sqlite3.connect(path) as db:  # stored as TMS: the top tile in row 1
        assert db.execute("SELECT tile_row FROM tiles WHERE tile_data = ?",
                          (top,)).fetchone() == (1,)
    tiles = open_tile_file(path)
    assert (tiles.kind, tiles.min_zoom, tiles.max_zoom) == ("mbtiles", 1, 1)
    assert tiles.tile(1, 0, 0) == (top, "image/png")
    assert tiles.tile(1, 0, 1) == (bottom, "image/png")
    assert tiles.tile(1, 1, 0) is None and tiles.tile(1, 5, 0) is None
    assert tiles.attribution == "© test tiles"


def test_geopackage_tiles_are_found_on_the_web_mercator_grid(tmp_path):
    path = tmp_path / "t.gpkg"
    # Level 0 of the file is Web Mercator zoom 12, starting at tile (3330, 1727).
    tiles = {(12, 3330, 1727): solid(255, 0, 0), (12, 3331, 1728): solid(0, 255, 0)}
    make_gpkg_tiles(path, tiles, zoom=12, col0=3330, row0=1727, cols=2, rows=2)
    tile_file = open_tile_file(path)
    assert (tile_file.kind, tile_file.min_zoom, tile_file.max_zoom) == ("gpkg", 12, 12)
    assert tile_file.tile(12, 3330, 1727)[0] == tiles[(12, 3330, 1727)]
    assert tile_file.tile(12, 3331, 1728)[0] == tiles[(12, 3331, 1728)]
    assert tile_file.tile(12, 3331, 1727) is None and tile_file.tile(11, 1665, 858) is None
    west, south, east, north = tile_file.bounds
    assert west == pytest.approx(3330 / 4096 * 360 - 180)
    assert east == pytest.approx(3332 / 4096 * 360 - 180)
    tile_lat = lambda row: math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / 4096))))  # noqa: E731
    assert (south, north) == (pytest.approx(tile_lat(1729)), pytest.approx(tile_lat(1727)))


@pytest.mark.parametrize("content,message", [
    (b"this is not a database at all" * 100, "not a readable SQLite database"),
    (b"", "neither an MBTiles file nor a GeoPackage"),
])
def test_corrupt_files_are_refused_with_a_reason(tmp_path, content, message):
    path = tmp_path / "broken.mbtiles"
    path.write_bytes(content)
    with pytest.raises(TileFileError, match=message):
        open_tile_file(path)


def test_missing_vector_and_foreign_files_are_refused(tmp_path):
    with pytest.raises(TileFileError, match="no such file"):
        open_tile_file(tmp_path / "gone.mbtiles")
    vector = tmp_path / "v.mbtiles"
    make_mbtiles(vector, {(0, 0, 0): b"\x1f\x8b"}, fmt="pbf")
    with pytest.raises(TileFileError, match="vector tiles"):
        open_tile_file(vector)
    empty = tmp_path / "e.mbtiles"
    make_mbtiles(empty, {})
    with pytest.raises(TileFileError, match="holds no tiles"):
        open_tile_file(empty)
    other = tmp_path / "o.gpkg"
    make_gpkg_tiles(other, {}, zoom=3, col0=0, row0=0, cols=1, rows=1)
    with sqlite3.connect(other) as db:
        db.execute("UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id = 4490")
    with pytest.raises(TileFileError, match="EPSG:4490"):
        open_tile_file(other)
