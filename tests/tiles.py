"""Tiles for the tests: a local tile server standing in for the online providers, tile
files (MBTiles, GeoPackage) made on the spot, and PNG tiles drawn with numpy.

The server listens on 127.0.0.1 only. Under `unshare -n` the loopback interface starts down;
`loopback_up()` brings it up inside that private namespace (root there, as in CI), so that
the suite needs no network at all.
"""

from __future__ import annotations

import errno
import fcntl
import math
import re
import socket
import sqlite3
import struct
import threading
import zlib
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import numpy as np

from explorer.core.coords import from_wgs84
from explorer.mapview.basemaps import Basemap, TileLayer

TILE = 256
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


# -- PNG and Web Mercator --------------------------------------------------------------------

def png(rgba: np.ndarray) -> bytes:
    """An (h, w, 4) uint8 array as PNG bytes."""
    height, width = rgba.shape[:2]

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    raw = b"".join(b"\x00" + rgba[row].astype(np.uint8).tobytes() for row in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


def world_pixel(lon, lat, z):
    """Web Mercator pixel (x, y) at zoom z, as Leaflet computes it."""
    scale = TILE * 2 ** z
    x = (np.asarray(lon) + 180) / 360 * scale
    phi = np.radians(np.asarray(lat))
    y = (1 - np.log(np.tan(np.pi / 4 + phi / 2)) / np.pi) / 2 * scale
    return x, y


def tiles_in_view(bounds, size, zoom):
    """The z/x/y of every tile a Leaflet view of `bounds` (W, S, E, N) and `size` covers."""
    west, south, east, north = bounds
    x0, y0 = world_pixel(west, north, zoom)
    x1, y1 = world_pixel(east, south, zoom)
    return {(zoom, x, y) for x in range(int(x0 // TILE), int(math.ceil(x1 / TILE)))
            for y in range(int(y0 // TILE), int(math.ceil(y1 / TILE)))}


def view_pixel(state, lon, lat):
    """Where (lon, lat), in the page's datum, is in the view of a page state."""
    west, south, east, north = state["bounds"]
    zoom = state["zoom"]
    x0, y0 = world_pixel(west, north, zoom)
    x, y = world_pixel(lon, lat, zoom)
    return float(x - x0), float(y - y0)


# -- painting ---------------------------------------------------------------------------------

MARK = (230, 0, 200)  # magenta squares at the landmarks


def paint_tile(z, x, y, colour, landmarks=(), lines=(), border=True) -> np.ndarray:
    """A tile in `colour` (r, g, b, a) with a thin border, dark `lines` (lists of lon/lat
    arrays, already in the provider's datum) and 9 px magenta squares at `landmarks`."""
    rgba = np.zeros((TILE, TILE, 4), np.uint8)
    rgba[:] = colour
    if border:
        rgba[0, :] = rgba[:, 0] = (170, 170, 170, 255)
    for lon, lat in lines:
        px, py = world_pixel(lon, lat, z)
        px, py = px - x * TILE, py - y * TILE
        steps = np.maximum(np.ceil(np.hypot(np.diff(px), np.diff(py))).astype(int), 1)
        t = np.concatenate([np.arange(n) / n for n in steps])
        seg = np.repeat(np.arange(len(steps)), steps)
        sx = (px[seg] + t * (px[seg + 1] - px[seg])).round().astype(int)
        sy = (py[seg] + t * (py[seg + 1] - py[seg])).round().astype(int)
        for dx, dy in ((0, 0), (1, 0), (0, 1)):
            keep = (sx + dx >= 0) & (sx + dx < TILE) & (sy + dy >= 0) & (sy + dy < TILE)
            rgba[sy[keep] + dy, sx[keep] + dx] = (90, 90, 140, 255)
    for lon, lat in landmarks:
        px, py = world_pixel(lon, lat, z)
        cx, cy = int(round(float(px) - x * TILE)), int(round(float(py) - y * TILE))
        rgba[max(cy - 4, 0):max(cy + 5, 0), max(cx - 4, 0):max(cx + 5, 0)] = (*MARK, 255)
    return rgba


def outlines(catalogue, datum: str):
    """The exterior rings of the catalogue's districts, in `datum`, for painting."""
    rings = []
    for geometry in catalogue.districts.geometry:
        for polygon in getattr(geometry, "geoms", [geometry]):
            coords = np.asarray(polygon.exterior.coords)
            rings.append(tuple(from_wgs84(datum, coords[:, 0], coords[:, 1])))
    return rings


# -- the server -------------------------------------------------------------------------------

def loopback_up() -> None:
    """Bring up the loopback interface if it is down (inside `unshare -n`)."""
    with socket.socket() as probe:
        probe.settimeout(1)
        try:
            probe.connect(("127.0.0.1", 9))
        except ConnectionRefusedError:
            return  # the loopback answers
        except OSError as exc:
            if exc.errno != errno.ENETUNREACH:
                return
        else:
            return
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("16sh14x", b"lo", 0)
        flags = struct.unpack("16sh14x", fcntl.ioctl(s, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sh14x", b"lo", flags | IFF_UP))


def _pattern(template: str) -> re.Pattern:
    """A regex for the path and query of a tile URL template, capturing z, x and y."""
    parts = urlsplit(template.replace("{s}", "s"))
    text = parts.path + ("?" + parts.query if parts.query else "")
    pattern = re.escape(text)
    for name in ("z", "x", "y"):
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>\\d+)")
    return re.compile(pattern)


class TileServer:
    """An HTTP tile server on 127.0.0.1 for stand-in basemaps. `paint(layer, z, x, y)`
    gives an RGBA array for layer number `layer` of the stand-in (0: the base), or None for
    a 404; `status` forces an HTTP error for every tile. Every request is recorded in
    `requests` as (layer, z, x, y, query dict)."""

    def __init__(self, paint):
        loopback_up()
        self.paint = paint
        self.status = 200
        self.requests: list[tuple] = []
        self.templates: list[re.Pattern] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server._serve(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stand_in(self, basemap: Basemap) -> Basemap:
        """`basemap` with its tiles from this server: same paths and queries, our host."""
        def local(layer: TileLayer) -> TileLayer:
            parts = urlsplit(layer.url)
            rest = layer.url[len(f"{parts.scheme}://{parts.netloc}"):]
            self.templates.append(_pattern(layer.url))
            return TileLayer(self.url + rest)

        self.templates = []
        base = local(basemap.base)
        labels = {lang: tuple(local(layer) for layer in layers)
                  for lang, layers in basemap.labels.items()}
        return replace(basemap, base=base, labels=labels)

    def _serve(self, handler) -> None:
        for number, pattern in enumerate(self.templates):
            match = pattern.match(handler.path)
            if match:
                z, x, y = (int(match[n]) for n in "zxy")
                query = dict(parse_qsl(urlsplit(handler.path).query))
                self.requests.append((number, z, x, y, query))
                rgba = self.paint(number, z, x, y) if self.status == 200 else None
                if rgba is None:
                    handler.send_error(self.status if self.status != 200 else 404)
                    return
                body = png(rgba)
                handler.send_response(200)
                handler.send_header("Content-Type", "image/png")
                handler.send_header("Content-Length", str(len(body)))
                handler.send_header("Cache-Control", "no-store")
                handler.end_headers()
                try:
                    handler.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the page dropped a tile it no longer needs
                return
        handler.send_error(404)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# -- tile files -------------------------------------------------------------------------------

def make_mbtiles(path, tiles: dict, fmt: str = "png", name: str = "test tiles") -> None:
    """An MBTiles file holding `tiles`: {(z, x, y): PNG bytes}, y from the top (XYZ); rows
    are stored flipped (TMS), as the format wants."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
               " tile_data BLOB)")
    db.executemany("INSERT INTO metadata VALUES (?, ?)",
                   [("name", name), ("format", fmt), ("attribution", "© test tiles")])
    db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                   [(z, x, 2 ** z - 1 - y, data) for (z, x, y), data in tiles.items()])
    db.commit()
    db.close()


def make_gpkg_tiles(path, tiles: dict, zoom: int, col0: int, row0: int, cols: int,
                    rows: int) -> None:
    """A GeoPackage tile layer in EPSG:3857 at one zoom level, whose matrix starts at tile
    (col0, row0) of the Web Mercator grid: `tiles` {(z, x, y): PNG bytes} in XYZ numbers."""
    world = 20037508.342789244
    size = 2 * world / 2 ** zoom
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY,
            organization TEXT, organization_coordsys_id INTEGER, definition TEXT,
            description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT,
            identifier TEXT, description TEXT, last_change TEXT, min_x REAL, min_y REAL,
            max_x REAL, max_y REAL, srs_id INTEGER);
        CREATE TABLE gpkg_tile_matrix_set (table_name TEXT PRIMARY KEY, srs_id INTEGER,
            min_x REAL, min_y REAL, max_x REAL, max_y REAL);
        CREATE TABLE gpkg_tile_matrix (table_name TEXT, zoom_level INTEGER,
            matrix_width INTEGER, matrix_height INTEGER, tile_width INTEGER,
            tile_height INTEGER, pixel_x_size REAL, pixel_y_size REAL);
        CREATE TABLE town (id INTEGER PRIMARY KEY, zoom_level INTEGER, tile_column INTEGER,
            tile_row INTEGER, tile_data BLOB);
    """)
    db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, "
               "'EPSG', 3857, '', '')")
    min_x, max_y = -world + col0 * size, world - row0 * size
    max_x, min_y = min_x + cols * size, max_y - rows * size
    db.execute("INSERT INTO gpkg_contents VALUES ('town', 'tiles', 'Town tiles', '', '', "
               "?, ?, ?, ?, 3857)", (min_x, min_y, max_x, max_y))
    db.execute("INSERT INTO gpkg_tile_matrix_set VALUES ('town', 3857, ?, ?, ?, ?)",
               (min_x, min_y, max_x, max_y))
    db.execute("INSERT INTO gpkg_tile_matrix VALUES ('town', 0, ?, ?, 256, 256, ?, ?)",
               (cols, rows, size / TILE, size / TILE))
    db.executemany("INSERT INTO town (zoom_level, tile_column, tile_row, tile_data) "
                   "VALUES (0, ?, ?, ?)",
                   [(x - col0, y - row0, data) for (z, x, y), data in tiles.items()])
    db.commit()
    db.close()
