"""Two real windows on one PostGIS catalogue, edited at once by real drags: the second save
meets the conflict dialog, and each choice leaves the database row it should; different parks
both save; a lost connection keeps the edits; another office's save shows up live."""

import json

import psycopg
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.db.location import parse_location
from explorer.core.db.store import PostgisStore
from explorer.core.db.transfer import push
from explorer.core.load import BUNDLED_PATH
from explorer.ui.conflict_dialog import ConflictDialog
from tests.pages import marker
from tests.ui.editing import drag, edit_mode, set_view

XIDU, SONGMU = "xidu-time-valley", "songmu-edz"


@pytest.fixture
def shared(database):
    push(BUNDLED_PATH, database)
    return database


def db_park(uri, park_id):
    return load_catalogue(uri).parks[park_id]


def open_window(make_window, uri, tmp_path, name):
    """A window of its own (own settings file) on the database catalogue."""
    from PySide6.QtCore import QSettings

    from explorer.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.IniFormat))
    settings.editor_name = f"office {name}"
    return make_window(cat=load_catalogue(uri), settings=settings)


def drag_park(qtbot, window, park_id, dx, dy):
    """Drag `park_id`'s marker by (dx, dy) pixels with the real mouse, in edit mode."""
    park = window.cat.parks[park_id]
    set_view(qtbot, window, park.geometry.y, park.geometry.x, 12)
    if not window.editor.edit_mode:
        edit_mode(qtbot, window)
    start = marker(qtbot, window, park_id)
    before = window.cat.parks[park_id].geometry
    drag(qtbot, window, (start["x"], start["y"]), (start["x"] + dx, start["y"] + dy))
    qtbot.waitUntil(lambda: window.cat.parks[park_id].geometry != before, timeout=10_000)
    return window.cat.parks[park_id].geometry


def conflict_dialog(qtbot, window) -> ConflictDialog:
    qtbot.waitUntil(lambda: window.findChild(ConflictDialog) is not None
                    and window.findChild(ConflictDialog).isVisible(), timeout=10_000)
    return window.findChild(ConflictDialog)


def two_drags_of_one_park(qtbot, make_window, shared, tmp_path):
    """Office A and office B drag the same park; A saves first, B's save conflicts."""
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    theirs = drag_park(qtbot, a, XIDU, 90, 40)
    mine = drag_park(qtbot, b, XIDU, -60, 80)
    assert a.saver.save()
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.saver.save() is False
    return a, b, theirs, mine, conflict_dialog(qtbot, b)


def test_keep_mine_after_a_conflict(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    assert dialog.rows.count() == 1
    # Side by side, the place differs and is highlighted; the coordinates are shown.
    rows = {dialog.table.item(r, 0).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    place = rows["geometry"]
    assert f"{theirs.y:.6f}" in dialog.table.item(place, 1).text()
    assert f"{mine.y:.6f}" in dialog.table.item(place, 2).text()
    assert dialog.table.item(place, 1).font().bold()
    assert not dialog.table.item(rows["name_zh"], 1).font().bold()
    QTest.mouseClick(dialog.findChild(QPushButton, "keep-mine"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(mine)
    # Nothing lost: both moves are in the history.
    history = [e for e in load_catalogue(shared).history if e.row_id == XIDU]
    assert [e.after["geometry"].equals(g) for e, g in zip(history, (theirs, mine))] == [True,
                                                                                        True]


def test_keep_theirs_after_a_conflict(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    QTest.keyClick(dialog, Qt.Key_T, Qt.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.cat.parks[XIDU].geometry.equals(theirs)  # the window shows theirs too
    # Nothing lost: the user's own move is in the history, then the choice that undid it.
    history = [e for e in load_catalogue(shared).history if e.row_id == XIDU]
    assert history[-2].after["geometry"].equals(mine)
    assert history[-1].after["geometry"].equals(theirs)


def test_merge_field_by_field(qtbot, make_window, shared, tmp_path):
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    theirs = drag_park(qtbot, a, XIDU, 90, 40)
    drag_park(qtbot, b, XIDU, -60, 80)
    b.editor.push(editing.change_park(b.cat, XIDU, {"name_en": "Xidu (office B)"}, "B"),
                  "rename")
    assert a.saver.save()
    assert b.saver.save() is False
    dialog = conflict_dialog(qtbot, b)
    dialog.pick(0, "geometry", "theirs")  # their place, my English name
    QTest.mouseClick(dialog.findChild(QPushButton, "merge"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    park = db_park(shared, XIDU)
    assert park.geometry.equals(theirs) and park.name_en == "Xidu (office B)"


def test_cancel_keeps_the_edits_unsaved(qtbot, make_window, shared, tmp_path):
    a, b, theirs, mine, dialog = two_drags_of_one_park(qtbot, make_window, shared, tmp_path)
    QTest.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert b.saver.dirty and b.cat.parks[XIDU].geometry.equals(mine)
    assert db_park(shared, XIDU).geometry.equals(theirs)
    assert b.windowTitle().startswith("*")
    b.saver.save()  # asked again: the conflict is still there
    QTest.mouseClick(conflict_dialog(qtbot, b).findChild(QPushButton, "keep-mine"),
                     Qt.LeftButton)
    qtbot.waitUntil(lambda: not b.saver.dirty, timeout=10_000)
    assert db_park(shared, XIDU).geometry.equals(mine)


def test_two_windows_editing_different_parks_both_save(qtbot, make_window, shared, tmp_path):
    a = open_window(make_window, shared, tmp_path, "a")
    b = open_window(make_window, shared, tmp_path, "b")
    moved_a = drag_park(qtbot, a, XIDU, 80, 30)
    moved_b = drag_park(qtbot, b, SONGMU, -50, 60)
    assert a.saver.save() and b.saver.save()
    parks = load_catalogue(shared).parks
    assert parks[XIDU].geometry.equals(moved_a) and parks[SONGMU].geometry.equals(moved_b)
    assert b.findChild(ConflictDialog) is None
