"""The window on a catalogue in PostGIS: opened by URI, titled by database and schema, the
parks clickable as with a file."""

from explorer.core.catalogue import load_catalogue
from explorer.core.db.transfer import push
from explorer.core.load import BUNDLED_PATH
from tests.pages import click_map, marker


def test_the_window_opens_a_database_catalogue(qtbot, make_window, database):
    uri = database + "&schema=city"
    push(BUNDLED_PATH, uri)
    cat = load_catalogue(uri)
    window = make_window(cat=cat)
    assert window.windowTitle().endswith("/city")
    assert "password" not in window.cat.store.location
    pos = marker(qtbot, window, "songmu-edz")
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: window.state.selected_id("park") == "songmu-edz", timeout=5000)
    assert window.detail.title.text() == cat.parks["songmu-edz"].name_zh
