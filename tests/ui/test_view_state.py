"""The window follows one view state: what is selected, filtered and searched survives a
reload of the page (F5, a new file); Esc clears any selection."""

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from explorer.core.viewstate import Selected
from tests.pages import click_map, marker, page_state, run_js
from tests.ui.conftest import READY_TIMEOUT
from tests.ui.firms import catalogue_with_firms


@pytest.fixture(scope="module")
def small_firm_catalogue(catalogue):
    return catalogue_with_firms(catalogue, 300)


@pytest.fixture
def firm_window(make_window, small_firm_catalogue):
    return make_window(cat=small_firm_catalogue)


def reload(qtbot, window):
    """F5, as the user presses it; returns when the new page says ready."""
    with qtbot.waitSignal(window.map.ready, timeout=READY_TIMEOUT):
        QTest.keyClick(window, Qt.Key_F5)


def test_esc_clears_a_selected_firm(qtbot, firm_window):
    window = firm_window
    window.state.select("firm", "firm-5")
    index = window.map.tenant_index("firm-5")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["selected"] == index)
    assert window.detail.title.text() == "测试企业5号"
    QTest.keyClick(window, Qt.Key_Escape)
    assert window.state.selection is None
    assert window.detail.title.text() == "未选择园区"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["selected"] == -1)


def test_a_reload_keeps_the_selected_firm_ringed(qtbot, firm_window):
    window = firm_window
    window.state.select("firm", "firm-5")
    reload(qtbot, window)
    assert page_state(qtbot, window)["tenants"]["selected"] == window.map.tenant_index("firm-5")
    assert window.detail.title.text() == "测试企业5号"


def test_a_reload_keeps_filter_search_selection_and_view(qtbot, window):
    window.state.update(hidden_chains=["watch-clock"], search="纺织")
    window.state.select("park", "baisha-ludao")
    run_js(qtbot, window.map.view, "explorer.setView([26.85, 112.62], 11); 1")
    qtbot.waitUntil(lambda: window.state.viewport is not None
                    and window.state.viewport.zoom == 11)
    reload(qtbot, window)
    state = page_state(qtbot, window)
    assert "watch-clock" not in state["visible"] and "nuclear" in state["visible"]
    assert state["highlighted"] == "baisha-ludao"
    assert state["zoom"] == 11
    assert state["center"] == pytest.approx([26.85, 112.62], abs=1e-6)
    assert window.park_list.search.text() == "纺织"
    assert not marker(qtbot, window, "xidu-time-valley")["shown"]


def test_panning_the_map_is_written_to_the_state(qtbot, window):
    run_js(qtbot, window.map.view, "explorer.setView([27.0, 112.5], 10); 1")
    qtbot.waitUntil(lambda: window.state.viewport is not None
                    and window.state.viewport.zoom == 10)
    assert (window.state.viewport.lat, window.state.viewport.lon) == pytest.approx((27.0, 112.5))


def test_a_click_on_the_map_is_a_selection_everyone_follows(qtbot, window):
    pos = marker(qtbot, window, "songmu-edz")
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: window.state.selection == Selected("park", "songmu-edz"))
    assert window.park_list.tree.currentItem().data(0, Qt.UserRole) == "songmu-edz"
    assert window.detail.title.text() == window.cat.parks["songmu-edz"].name_zh
    qtbot.waitUntil(lambda: page_state(qtbot, window)["highlighted"] == "songmu-edz")


def test_a_language_switch_keeps_everything_else(qtbot, window):
    window.state.update(hidden_chains=["nuclear"])
    window.state.select("park", "xidu-time-valley")
    window.state.update(lang="en")
    assert window.detail.title.text().startswith("Chuanshan Time Valley")
    state = page_state(qtbot, window)
    assert state["lang"] == "en" and "nuclear" not in state["visible"]
    assert state["highlighted"] == "xidu-time-valley"
    assert window.settings.language == "en"


def test_the_page_console_goes_to_the_log(qtbot, window, caplog):
    caplog.set_level(logging.INFO, logger="explorer.page")
    logging.getLogger("explorer").propagate = True  # the app may have turned it off
    run_js(qtbot, window.map.view, "console.error('page says: {{ 6*7 }} <b>x</b>'); 1")
    qtbot.waitUntil(lambda: any("page says" in r.getMessage() for r in caplog.records))
    record = next(r for r in caplog.records if "page says" in r.getMessage())
    assert record.levelno == logging.ERROR
    assert "{{ 6*7 }} <b>x</b>" in record.getMessage()
