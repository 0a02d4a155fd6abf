"""Helpers of the edit-mode tests: a catalogue of one's own, real mouse gestures on the map,
map pixels to coordinates."""

import json
import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from explorer.core.catalogue import load_catalogue
from explorer.core.load import BUNDLED_PATH
from tests.pages import run_js


def own_catalogue(tmp_path, name="catalogue.gpkg"):
    """A copy of the bundled catalogue in `tmp_path`, loaded (edits change it in place)."""
    path = tmp_path / name
    shutil.copyfile(BUNDLED_PATH, path)
    return load_catalogue(path)


def surface(window):
    return window.map.view.focusProxy()


def drag(qtbot, window, start, end, steps=8):
    """A real drag on the map: press at `start`, moves, release at `end` (view pixels)."""
    widget = surface(window)
    (x0, y0), (x1, y1) = start, end
    QTest.mouseMove(widget, QPoint(round(x0), round(y0)))
    QTest.mousePress(widget, Qt.LeftButton, Qt.NoModifier, QPoint(round(x0), round(y0)))
    for i in range(1, steps + 1):
        qtbot.wait(20)
        QTest.mouseMove(widget, QPoint(round(x0 + (x1 - x0) * i / steps),
                                       round(y0 + (y1 - y0) * i / steps)))
    qtbot.wait(20)
    QTest.mouseRelease(widget, Qt.LeftButton, Qt.NoModifier, QPoint(round(x1), round(y1)))


def click(qtbot, window, x, y):
    widget = surface(window)
    QTest.mouseMove(widget, QPoint(round(x), round(y)))
    qtbot.wait(30)
    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, QPoint(round(x), round(y)))
    qtbot.wait(60)


def latlng_at(qtbot, window, x, y) -> tuple[float, float]:
    """The (lat, lon) the map shows at view pixel (x, y)."""
    text = run_js(qtbot, window.map.view, "JSON.stringify(ExplorerPage.S.map."
                  f"containerPointToLatLng(L.point({round(x)}, {round(y)})))")
    point = json.loads(text)
    return point["lat"], point["lng"]


def set_view(qtbot, window, lat, lon, zoom):
    """Show (lat, lon) at `zoom`, and wait until the map is there."""
    run_js(qtbot, window.map.view, f"explorer.setView([{lat}, {lon}], {zoom}); 1")
    qtbot.waitUntil(lambda: window.state.viewport is not None
                    and abs(window.state.viewport.lat - lat) < 1e-6
                    and window.state.viewport.zoom == zoom, timeout=10_000)


def edit_state(qtbot, window) -> dict:
    return json.loads(run_js(qtbot, window.map.view, "explorer.editState()"))


def edit_mode(qtbot, window):
    from PySide6.QtGui import QAction
    window.findChild(QAction, "edit-mode").trigger()
    qtbot.waitUntil(lambda: edit_state(qtbot, window)["on"], timeout=10_000)
