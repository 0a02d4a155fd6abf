"""Parks, chains and firms change in the running page, without a reload."""

import dataclasses

import pytest
import shapely

from tests.pages import click_map, colour_at, marker, near, page_state, run_js
from tests.ui.firms import catalogue_with_firms


@pytest.fixture
def not_reloaded(qtbot, window):
    """Marks the window's page; call it to check that the page was never reloaded since."""
    loads = []
    window.map.view.loadFinished.connect(loads.append)
    run_js(qtbot, window.map.view, "window.__probe = 42; 1")

    def check():
        assert loads == [] and run_js(qtbot, window.map.view, "window.__probe") == 42
    return check


def test_a_park_is_added_moved_and_removed_in_place(qtbot, window, not_reloaded):
    songmu = window.cat.parks["songmu-edz"]
    new = dataclasses.replace(songmu, id="new-park", name_zh="新园区",
                              geometry=shapely.Point(112.45, 26.80), uncertainty_m=None)
    window.map.upsert_park(new)
    qtbot.waitUntil(lambda: "new-park" in page_state(qtbot, window)["parks"])
    pos = marker(qtbot, window, "new-park")
    click_map(window, pos["x"], pos["y"])  # the bridge knows the new park too
    qtbot.waitUntil(lambda: window.state.selected_id("park") == "new-park", timeout=5000)
    moved = dataclasses.replace(new, geometry=shapely.Point(112.50, 26.80))
    window.map.upsert_park(moved)
    qtbot.waitUntil(lambda: marker(qtbot, window, "new-park")["x"] > pos["x"] + 10)
    assert page_state(qtbot, window)["highlighted"] == "new-park"  # still ringed
    window.map.remove_park("new-park")
    qtbot.waitUntil(lambda: "new-park" not in page_state(qtbot, window)["parks"])
    assert page_state(qtbot, window)["highlighted"] is None
    not_reloaded()


def test_a_new_chain_colour_restyles_its_parks(qtbot, window, not_reloaded):
    pos = marker(qtbot, window, "xidu-time-valley")
    cat = window.cat
    chains = {cid: dataclasses.replace(c, color="#00ff00") if cid == "watch-clock" else c
              for cid, c in cat.chains.items()}
    window.map.set_chains(dataclasses.replace(cat, chains=chains))
    qtbot.waitUntil(lambda: near(colour_at(window, pos), "#00ff00"))
    not_reloaded()


def test_the_firms_layer_is_replaced_in_place(qtbot, window, not_reloaded, catalogue):
    assert page_state(qtbot, window)["tenants"] is None
    window.map.set_firms(catalogue_with_firms(catalogue, 250))
    qtbot.waitUntil(lambda: (page_state(qtbot, window)["tenants"] or {}).get("count") == 250)
    window.state.update(search="测试企业12")  # 12, 120-129: the search follows the new firms
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["shown"] == 11)
    not_reloaded()
