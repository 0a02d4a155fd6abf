"""Screenshots of the window on stand-in basemaps, for the README (not part of the suite).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/basemap_screenshots.py
The stand-ins are the local tile server of the tests (tests/tiles.py), serving tiles under
the providers' own URL paths: county outlines drawn in the provider's datum (GCJ-02 for the
Gaode stand-in, WGS-84 for Tianditu's), a magenta square where each park really is (in that
datum), and for Tianditu a label layer. No network is used.
"""

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="explorer-shots-")

from explorer.qtenv import prepare_qtwebengine  # noqa: E402

prepare_qtwebengine(headless=True)

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.export.webprofile import register_tile_scheme, request_guard  # noqa: E402

register_tile_scheme()
QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
app = QApplication([])

import numpy as np  # noqa: E402

from explorer.core.catalogue import load_catalogue  # noqa: E402
from explorer.core.coords import from_wgs84  # noqa: E402
from explorer.mapview.basemaps import BASEMAPS  # noqa: E402
from explorer.ui.i18n import Translations  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402
from explorer.ui.settings import Settings  # noqa: E402
from tests.tiles import (TileServer, make_mbtiles, outlines, paint_tile, png,  # noqa: E402
                         world_pixel)

CAT = load_catalogue()
PARKS = [(p.geometry.x, p.geometry.y) for p in CAT.parks.values() if p.is_mapped]
LINES = {d: outlines(CAT, d) for d in ("wgs84", "gcj02")}
COLOURS = {"gaode": (247, 243, 233, 255), "tianditu": (233, 242, 248, 255)}
painting = {"key": "gaode", "datum": "gcj02"}


def paint(layer, z, x, y):
    datum = painting["datum"]
    if layer > 0:  # the label layer: a small dark label box in each tile
        tile = np.zeros((256, 256, 4), np.uint8)
        tile[20:32, 20:70] = (60, 60, 60, 200)
        return tile
    marks = [tuple(float(v) for v in from_wgs84(datum, lon, lat)) for lon, lat in PARKS]
    return paint_tile(z, x, y, COLOURS[painting["key"]], marks, LINES[datum])


def wait(window, ms):
    for _ in range(ms // 50):
        app.processEvents()
        window.map.view.page().runJavaScript("1")
        QApplication.processEvents()
        import time
        time.sleep(0.05)


def shoot(window, name):
    wait(window, 2500)
    window.grab().save(str(REPO / "docs" / name))
    print("wrote", name)


def main():
    server = TileServer(paint)
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    settings.tianditu_key = "stand-in-key"
    translations = Translations()
    translations.install("zh")
    window = MainWindow(CAT, settings, folder / "cache", translations)
    window.resize(1400, 860)
    window.show()
    window.load_map()
    wait(window, 3000)
    for key in ("gaode", "tianditu"):
        BASEMAPS[key] = server.stand_in(BASEMAPS[key])
        painting.update(key=key, datum="gcj02" if key == "gaode" else "wgs84")
        request_guard().keys["tianditu"] = "stand-in-key"
        window.basemaps.choose(key)
        window.map._call("setView", [26.92, 112.60], 12)
        window.state.select("park", "hengyang-hitech-zone")
        shoot(window, f"basemap-{key}.png")
    tiles = {}
    for z in (8, 9, 10):
        (x0, x1), (y0, y1) = (np.asarray(v) // 256 for v in world_pixel(
            np.array([111.6, 113.7]), np.array([27.7, 25.9]), z))
        for tx in range(int(x0), int(x1) + 1):
            for ty in range(int(y0), int(y1) + 1):
                colour = (225 + 12 * ((tx + ty) % 2), 236, 220 - 10 * (tx % 3), 255)
                tiles[(z, tx, ty)] = png(paint_tile(z, tx, ty, colour, [], LINES["wgs84"]))
    path = folder / "hengyang-demo.mbtiles"
    make_mbtiles(path, tiles, name="Hengyang demo tiles")
    window.basemaps.use_file(path)
    window.map._call("setView", [26.75, 112.55], 9)
    shoot(window, "basemap-mbtiles.png")
    window.close()
    server.close()


main()
