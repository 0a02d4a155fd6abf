"""Shared helpers of the Qt tests: run script in a page, read its state, click it, and read
pixels of a view, an image or a file."""

import json

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest


def run_js(qtbot, view, script: str):
    """Run `script` in the page and return its (JSON-friendly) result."""
    box = {}
    view.page().runJavaScript(script, 0, lambda result: box.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in box, timeout=10_000)
    return box["result"]


def page_state(qtbot, window) -> dict:
    return json.loads(run_js(qtbot, window.map.view, "explorer.state()"))


def marker(qtbot, window, park_id) -> dict:
    """Where a park's marker is ({shown, x, y} in view pixels)."""
    return page_state(qtbot, window)["parks"][park_id]


def click_map(window, x, y) -> None:
    """A real mouse click on the map view, at view pixels (x, y)."""
    QTest.mouseClick(window.map.view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                     QPoint(round(x), round(y)))


def pixels(image) -> np.ndarray:
    """A QImage, or the image file at a path, as an array of rows of (r, g, b)."""
    image = image if isinstance(image, QImage) else QImage(str(image))
    image = image.convertToFormat(QImage.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).astype(int)


def colour_mask(rgb: np.ndarray, colour: str, tolerance: int) -> np.ndarray:
    """Where the pixels are within `tolerance` (per channel) of '#rrggbb'."""
    wanted = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return (np.abs(rgb - wanted) <= tolerance).all(axis=2)


def colour_at(window, pos) -> QColor:
    """The colour the view shows at a page position (the grab is in device pixels)."""
    image = window.map.view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(pos["x"] * ratio), round(pos["y"] * ratio))


def near(colour: QColor, hex_colour: str, tolerance: int = 40) -> bool:
    wanted = QColor(hex_colour)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3]))
