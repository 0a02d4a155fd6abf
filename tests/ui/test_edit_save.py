"""Saving from the window: never into the installation, Save / Discard / Cancel, and the
journal offered after a run that ended without saving."""

import hashlib

from PySide6.QtWidgets import QMessageBox

from explorer.core.catalogue import load_catalogue
from explorer.core.load import BUNDLED_PATH
from tests.ui.editing import own_catalogue

XIDU = "xidu-time-valley"


def move(window, lat=26.95, lon=112.40):
    window.editor.set_edit_mode(True)
    window.map.bridge.parkMoved.emit(XIDU, lat, lon)
    assert window.cat.parks[XIDU].geometry.y == lat


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saving_the_bundled_catalogue_writes_elsewhere(make_window, tmp_path):
    before = digest(BUNDLED_PATH)
    window = make_window(load_catalogue())  # a fresh copy: edits change a catalogue in place
    move(window)
    target = tmp_path / "documents" / "mine.gpkg"
    target.parent.mkdir()
    window.saver.ask_path = lambda: target
    assert window.saver.save()
    assert digest(BUNDLED_PATH) == before
    assert not list(BUNDLED_PATH.parent.glob(".*journal*"))
    assert window.cat.store.location == str(target)
    assert load_catalogue(target).parks[XIDU].geometry.y == 26.95
    assert window.settings.last_catalogue == str(target)
    assert not window.windowTitle().startswith("*")


def test_closing_with_unsaved_edits_asks(qtbot, make_window, tmp_path):
    window = make_window(own_catalogue(tmp_path))
    move(window)
    window.saver.ask_unsaved = lambda: QMessageBox.Cancel
    window.close()
    assert window.isVisible() and window.windowTitle().startswith("*")
    window.saver.ask_unsaved = lambda: QMessageBox.Save
    window.close()
    assert not window.isVisible()
    assert load_catalogue(window.cat.store.location).parks[XIDU].geometry.y == 26.95


def test_after_a_run_that_ended_unsaved_the_journal_is_offered(qtbot, make_window, tmp_path):
    first = make_window(own_catalogue(tmp_path))
    move(first, 26.951234567890123, 112.401234567890123)
    qtbot.waitUntil(lambda: first.saver.journal_path().is_file(), timeout=5_000)
    journal = first.saver.journal_path()
    assert journal.parent == tmp_path  # beside the catalogue
    first.saver.ask_unsaved = lambda: QMessageBox.Cancel  # the run "crashes": nothing saved
    first.hide()
    second = make_window(load_catalogue(tmp_path / "catalogue.gpkg"))
    box = second.findChild(QMessageBox, "recover-journal")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.Yes).click()
    moved = second.cat.parks[XIDU].geometry
    assert (moved.y, moved.x) == (26.951234567890123, 112.401234567890123)
    assert second.windowTitle().startswith("*")
    assert second.saver.save()
    assert not journal.exists()
    first.editor.stack.setClean()
