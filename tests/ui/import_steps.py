"""Real key presses and clicks through the import's dialogs: the file dialog, the wizard's
steps, the report; shared by the import tests and the screenshot script."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QApplication, QCheckBox, QFileDialog, QLineEdit, QRadioButton,
                               QWizard)
from PySide6.QtTest import QTest

from tests.pages import run_js


def press(qtbot, widget, key, modifier=Qt.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    qtbot.wait(10)


def click(widget) -> None:
    """A real click: on a radio button or check box at its indicator (the widget may be
    wider than its text), on anything else in the middle."""
    at = QPoint(8, widget.height() // 2) if isinstance(widget, (QRadioButton, QCheckBox)) \
        else widget.rect().center()
    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, at)


def choose_file(qtbot, parent, name: str, path: Path) -> None:
    """Type `path` into Qt's file dialog named `name` (a child of `parent`) and press Enter."""
    qtbot.waitUntil(lambda: parent.findChild(QFileDialog, name) is not None, timeout=10_000)
    dialog = parent.findChild(QFileDialog, name)
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setFocus()
    edit.setText(str(path))
    press(qtbot, edit, Qt.Key_Return)


def choose(qtbot, combo, data) -> None:
    """Pick the item whose data is `data` with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    press(qtbot, combo, Qt.Key_Home)
    while combo.currentData() != data:
        before = combo.currentIndex()
        press(qtbot, combo, Qt.Key_Down)
        assert combo.currentIndex() != before, f"{data!r} is not in {combo.objectName()}"


def wizard_shown(qtbot, window, timeout=60_000):
    """The import wizard, once it shows and is ready for input."""
    qtbot.waitUntil(lambda: window.importer.wizard is not None
                    and window.importer.wizard.isVisible()
                    and window.importer.wizard.isEnabled(), timeout=timeout)
    return window.importer.wizard


def next_page(qtbot, wizard) -> None:
    page = wizard.currentId()
    click(wizard.button(QWizard.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == page + 1, timeout=10_000)


def finish(qtbot, wizard) -> None:
    click(wizard.button(QWizard.FinishButton))


def report_shown(qtbot, window, timeout=60_000):
    qtbot.waitUntil(lambda: window.importer.report_dialog is not None
                    and window.importer.report_dialog.isVisible(), timeout=timeout)
    return window.importer.report_dialog


def drop_file(qtbot, widget, path: Path) -> bool:
    """A real drag of `path` onto `widget`: enter, then drop; True if the drop was taken."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(widget.rect().center())
    enter = QDragEnterEvent(at, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(at, Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    qtbot.wait(10)
    return drop.isAccepted()


def screen_point(qtbot, window, lat: float, lon: float) -> dict:
    """Where the map draws WGS-84 (lat, lon) now, in view pixels."""
    return json.loads(run_js(qtbot, window.map.view, f"""(function () {{
        var map = ExplorerPage.S.map;
        var p = map.latLngToContainerPoint([{lat}, {lon}]);  // no basemap: WGS-84
        return JSON.stringify({{x: p.x, y: p.y}}); }})()"""))

