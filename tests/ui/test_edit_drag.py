"""Edit mode, parks dragged by a real mouse: page, panel, store and export follow; undo
puts the park back bit for bit."""

import json

import pytest
from PySide6.QtGui import QAction

from explorer.core.catalogue import load_catalogue
from explorer.export.html import write_standalone_html
from explorer.export.options import ExportOptions, page_options
from tests.pages import marker, page_state
from tests.ui.editing import drag, edit_mode, latlng_at, own_catalogue, set_view

XIDU = "xidu-time-valley"


@pytest.fixture
def cat(tmp_path):
    return own_catalogue(tmp_path)


def test_a_real_drag_moves_a_park_and_undo_puts_it_back(qtbot, make_window, cat, tmp_path):
    window = make_window(cat)
    original = cat.parks[XIDU]
    set_view(qtbot, window, original.geometry.y, original.geometry.x, 12)
    edit_mode(qtbot, window)
    start = marker(qtbot, window, XIDU)
    end = (start["x"] + 120, start["y"] + 70)
    window.state.select("park", XIDU)
    drag(qtbot, window, (start["x"], start["y"]), end)
    qtbot.waitUntil(lambda: cat.parks[XIDU].geometry != original.geometry, timeout=10_000)
    moved = cat.parks[XIDU].geometry
    expected_lat, expected_lon = latlng_at(qtbot, window, *end)  # where the mouse let go
    assert moved.y == pytest.approx(expected_lat, abs=2e-5)
    assert moved.x == pytest.approx(expected_lon, abs=2e-5)
    # The page draws it there, the panel says who moved it and where it was.
    qtbot.waitUntil(lambda: abs(marker(qtbot, window, XIDU)["x"] - end[0]) < 2, timeout=10_000)
    assert "移动" in window.detail.provenance.text() or "Moved" in window.detail.provenance.text()
    assert f"{original.geometry.y:.5f}" in window.detail.provenance.text()
    assert window.windowTitle().startswith("*")  # unsaved edits
    # An export shows the new place.
    out = tmp_path / "map.html"
    write_standalone_html(cat, out, **page_options(cat, ExportOptions(), image=False))
    assert f"{round(moved.x, 6)}" in out.read_text(encoding="utf-8")
    # Saved, the store has it.
    assert window.saver.save()
    assert load_catalogue(cat.store.location).parks[XIDU].geometry.equals(moved)
    assert not window.windowTitle().startswith("*")
    # Undo restores the park exactly (fields, geometry bit for bit) and redraws it.
    window.findChild(QAction, "undo").trigger()
    assert cat.parks[XIDU] == original
    assert cat.parks[XIDU].geometry.wkb == original.geometry.wkb
    qtbot.waitUntil(lambda: abs(marker(qtbot, window, XIDU)["x"] - start["x"]) < 2,
                    timeout=10_000)
    window.findChild(QAction, "redo").trigger()
    assert cat.parks[XIDU].geometry.equals(moved)


def test_outside_edit_mode_a_drag_pans_the_map(qtbot, make_window, cat):
    window = make_window(cat)
    original = cat.parks[XIDU]
    set_view(qtbot, window, original.geometry.y, original.geometry.x, 12)
    start = marker(qtbot, window, XIDU)
    center = page_state(qtbot, window)["center"]
    drag(qtbot, window, (start["x"], start["y"]), (start["x"] + 100, start["y"] + 50))
    qtbot.waitUntil(lambda: page_state(qtbot, window)["center"] != center, timeout=10_000)
    assert cat.parks[XIDU] == original
    assert window.editor.stack.count() == 0
