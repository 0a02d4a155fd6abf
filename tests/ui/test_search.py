"""Search finds parks, chains and firms, counts each, says when nothing matches, and Enter
goes to the first result of any kind. Typed with real key presses."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.pages import page_state
from tests.ui.firms import catalogue_with_firms
from tests.ui.test_main_window import type_with_input_method


def _search(window, text):
    window.park_list.search.clear()
    window.park_list.search.setFocus()
    QTest.keyClicks(window.park_list.search, text)


def test_a_firm_name_is_found_and_enter_shows_the_firm(qtbot, window):
    _search(window, "Kingboard")
    assert window.park_list.count.text() == "0个园区 · 0条产业链 · 1家企业"
    firms = window.park_list.firms_group
    assert not firms.isHidden() and firms.child(0).text(0) == "建滔实业"
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("firm") == "kingboard-hengyang"
    assert window.detail.title.text() == "建滔实业"


def test_a_chain_name_is_found_with_its_parks_and_enter_opens_the_chain(qtbot, window):
    window.state.update(lang="en")
    _search(window, "transformation")  # Power transmission and transformation equipment
    assert window.park_list.count.text() == "0 parks · 1 chain · 0 firms"
    before = page_state(qtbot, window)["zoom"]
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("chain") == "power-transmission"  # the map frames it
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] > before, timeout=10_000)


def test_parks_come_first_and_the_counts_add_up(qtbot, window):
    type_with_input_method(window.park_list.search, "松木")
    counts = window.park_list.count.text()
    assert counts.startswith("1个园区")
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("park") == "songmu-edz"


def test_no_match_says_so(qtbot, window):
    _search(window, "Atlantis")
    assert window.park_list.count.text() == "没有与“Atlantis”匹配的园区、产业链或企业"
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selection is None


def test_with_firms_on_the_map_enter_goes_to_the_first_firm_on_the_map(qtbot, make_window,
                                                                       catalogue):
    window = make_window(cat=catalogue_with_firms(catalogue, 300))
    _search(window, "Test firm 123")
    assert window.park_list.count.text() == "0个园区 · 0条产业链 · 1家企业"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["shown"] == 1)
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("firm") == "firm-123"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] >= 14, timeout=10_000)
