"""Firms as a data layer: clusters when many are in view, dots and real clicks when zoomed in,
live chain filter and search, each firm shown in the panel."""

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.pages import page_state, run_js
from tests.ui.firms import catalogue_with_firms

FIRMS = 20_000


@pytest.fixture(scope="module")
def firm_catalogue(catalogue):
    return catalogue_with_firms(catalogue, FIRMS)


@pytest.fixture
def firm_window(make_window, firm_catalogue):
    return make_window(cat=firm_catalogue)


def tenant_at(qtbot, window, tenant_id):
    index = window.map.tenant_index(tenant_id)
    return json.loads(run_js(qtbot, window.map.view, f"explorer.tenantPosition({index})"))


def zoom_to_firm(qtbot, window, tenant_id, zoom=15):
    pos_js = f"explorer.tenantPosition({window.map.tenant_index(tenant_id)})"
    run_js(qtbot, window.map.view, f"""(function () {{
        var p = JSON.parse({pos_js});
        var map = Object.values(window).find(v => v instanceof L.Map);
        map.setView(map.containerPointToLatLng([p.x, p.y]), {zoom}, {{animate: false}});
        return 1; }})()""")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["mode"] == "points")


def test_many_firms_in_view_are_clustered(qtbot, firm_window):
    state = page_state(qtbot, firm_window)
    assert state["tenants"] == {"count": FIRMS, "mode": "clusters", "shown": FIRMS,
                                "firms": FIRMS, "kind": "firms", "selected": -1}


def test_clicking_a_firm_shows_it_in_the_panel(qtbot, firm_window):
    zoom_to_firm(qtbot, firm_window, "firm-123")
    pos = tenant_at(qtbot, firm_window, "firm-123")
    QTest.mouseClick(firm_window.map.view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                     QPoint(round(pos["x"]), round(pos["y"])))
    qtbot.waitUntil(lambda: firm_window.state.selected_id("firm") == "firm-123", timeout=5000)
    assert firm_window.detail.title.text() == "测试企业123号"
    assert firm_window.detail.subtitle.text() == "Test firm 123"
    assert firm_window.detail.form_labels[1].text() == "所属园区"
    assert "北纬" in firm_window.detail.location.text()
    assert firm_window.state.selected_id("park") is None


def test_a_click_beside_a_firm_dot_still_hits_it(qtbot, firm_window):
    """The dot is 6 px wide; a click 10 px from its centre selects it, one 20 px away not."""
    zoom_to_firm(qtbot, firm_window, "firm-321", zoom=16)
    pos = tenant_at(qtbot, firm_window, "firm-321")
    view = firm_window.map.view.focusProxy()
    QTest.mouseClick(view, Qt.LeftButton, Qt.NoModifier,
                     QPoint(round(pos["x"]), round(pos["y"] - 20)))
    qtbot.wait(300)
    assert firm_window.state.selected_id("firm") is None
    QTest.mouseClick(view, Qt.LeftButton, Qt.NoModifier,
                     QPoint(round(pos["x"] + 7), round(pos["y"] + 7)))
    qtbot.waitUntil(lambda: firm_window.state.selected_id("firm") == "firm-321", timeout=5000)


def test_chain_filter_and_search_change_the_firms_in_place(qtbot, firm_window):
    run_js(qtbot, firm_window.map.view, "window.__probe = 7")
    chains = firm_window.park_list.chains
    chains.item(0).setCheckState(Qt.Unchecked)  # the first chain: firms 0, 13, 26, ...
    qtbot.waitUntil(lambda: not tenant_at(qtbot, firm_window, "firm-0")["shown"])
    assert tenant_at(qtbot, firm_window, "firm-1")["shown"]
    shown = page_state(qtbot, firm_window)["tenants"]["shown"]
    assert FIRMS - shown == len(range(0, FIRMS, len(firm_window.cat.chains)))
    firm_window.park_list.search.setText("企业1234号")
    qtbot.waitUntil(lambda: page_state(qtbot, firm_window)["tenants"]["shown"] == 1)
    assert tenant_at(qtbot, firm_window, "firm-1234")["shown"]
    assert run_js(qtbot, firm_window.map.view, "window.__probe") == 7  # never reloaded


def test_selecting_a_park_clears_the_firm(qtbot, firm_window):
    firm_window.state.select("firm", "firm-5")
    assert firm_window.detail.title.text() == "测试企业5号"
    firm_window.state.select("park", "baisha-ludao")
    assert firm_window.state.selected_id("firm") is None
    assert firm_window.detail.title.text() == "白沙绿岛高新区"


def test_a_reloaded_map_keeps_the_search(qtbot, firm_window):
    firm_window.park_list.search.setText("企业1234号")
    qtbot.waitUntil(lambda: page_state(qtbot, firm_window)["tenants"]["shown"] == 1)
    with qtbot.waitSignal(firm_window.map.ready, timeout=20_000):
        firm_window.load_map()
    qtbot.waitUntil(lambda: page_state(qtbot, firm_window)["tenants"]["shown"] == 1)
    assert tenant_at(qtbot, firm_window, "firm-1234")["shown"]
