"""The window as a person uses it: real clicks on real markers in the real QtWebEngine."""

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.ui.map_view import blocked_requests
from tests.pages import click_map, colour_at, marker, near, page_state, run_js




def type_with_input_method(widget, text):
    """Type as a Chinese user does: the input method commits the composed characters.

    (QTest.keyClicks aborts on characters outside Latin-1.)"""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)




def test_clicking_a_marker_shows_the_park_in_the_panel(qtbot, window):
    pos = marker(qtbot, window, "xidu-time-valley")
    assert pos["shown"]
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: window.state.selected_id("park") == "xidu-time-valley", timeout=5000)
    assert window.detail.title.text() == "西渡高新区“船山时间谷”钟表产业园"
    assert "Chuanshan Time Valley" in window.detail.subtitle.text()
    assert window.detail.figures.rowCount() == 6
    values = [window.detail.figures.parts(r)[1] for r in range(6)]
    assert "超过40万平方米" in values and "141家" in values
    assert window.detail.district.text() == "衡阳县"
    # the list follows, and the map highlights the park
    assert window.park_list.tree.currentItem().data(0, Qt.UserRole) == "xidu-time-valley"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["highlighted"] == "xidu-time-valley")


def test_clicking_each_marker_selects_that_park(qtbot, window):
    parks = page_state(qtbot, window)["parks"]
    for park_id, pos in parks.items():
        click_map(window, pos["x"], pos["y"])
        qtbot.waitUntil(lambda: window.state.selected_id("park") == park_id, timeout=5000)


def selections(window) -> list:
    heard = []
    window.state.subscribe("selection", heard.append)
    return heard


def test_clicking_empty_map_selects_nothing(qtbot, window):
    heard = selections(window)
    click_map(window, 5, 400)  # the far west edge, outside the city
    assert window.detail.title.text() == "未选择园区"
    pos = marker(qtbot, window, "songmu-edz")  # a click after it is answered, so it was not
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: heard != [], timeout=5000)
    assert [s.id for s in heard] == ["songmu-edz"]


def test_coincident_parks_are_both_clickable(qtbot, window):
    parks = page_state(qtbot, window)["parks"]
    a, b = parks["xiangnan-textile-base"], parks["shuikoushan-edz"]
    assert abs(a["x"] - b["x"]) + abs(a["y"] - b["y"]) >= 16
    click_map(window, b["x"], b["y"])
    qtbot.waitUntil(lambda: window.state.selected_id("park") == "shuikoushan-edz", timeout=5000)


def test_selecting_in_the_list_highlights_and_flies_to_the_park(qtbot, window):
    before = page_state(qtbot, window)["zoom"]
    type_with_input_method(window.park_list.search, "松木")
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("park") == "songmu-edz"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["highlighted"] == "songmu-edz")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] > before, timeout=5000)
    assert [t.text().split("\n")[0] for t in window.detail.tenants.findItems("", Qt.MatchContains)] \
        == ["建滔实业", "建衡实业", "瑞达电源"]


def test_search_filters_the_list_in_both_languages(qtbot, window):
    tree = window.park_list.tree

    def visible_parks():
        return [tree.topLevelItem(i).child(j).data(0, Qt.UserRole)
                for i in range(tree.topLevelItemCount()) if not tree.topLevelItem(i).isHidden()
                for j in range(tree.topLevelItem(i).childCount())
                if not tree.topLevelItem(i).child(j).isHidden()]

    type_with_input_method(window.park_list.search, "纺织")
    assert visible_parks() == ["xiangnan-textile-base"]
    window.park_list.search.clear()
    QTest.keyClicks(window.park_list.search, "nuclear")
    assert visible_parks() == ["baisha-ludao"]
    assert window.park_list.count.text() == "1个园区 · 1条产业链 · 0家企业"  # and its chain






def test_chain_filter_changes_the_live_page_without_reloading(qtbot, window):
    watch = window.cat.chains["watch-clock"].color
    pos = marker(qtbot, window, "xidu-time-valley")
    qtbot.waitUntil(lambda: near(colour_at(window, pos), watch))
    loads = []
    window.map.view.loadFinished.connect(loads.append)
    run_js(qtbot, window.map.view, "window.__probe = 42")
    chains = window.park_list.chains
    item = next(chains.item(i) for i in range(chains.count())
                if chains.item(i).data(Qt.UserRole + 1) == "watch-clock")
    item.setCheckState(Qt.Unchecked)
    qtbot.waitUntil(lambda: not marker(qtbot, window, "xidu-time-valley")["shown"])
    state = page_state(qtbot, window)
    assert "watch-clock" not in state["legend"] and "nuclear" in state["legend"]
    assert run_js(qtbot, window.map.view, "window.__probe") == 42  # same page, not reloaded
    assert loads == []
    qtbot.waitUntil(lambda: not near(colour_at(window, pos), watch))  # gone from the pixels
    heard = selections(window)
    pos = marker(qtbot, window, "xidu-time-valley")
    click_map(window, pos["x"], pos["y"])  # a hidden park cannot be clicked …
    shown = marker(qtbot, window, "baisha-ludao")
    click_map(window, shown["x"], shown["y"])  # … a shown one can, and is answered in order
    qtbot.waitUntil(lambda: heard != [], timeout=5000)
    assert [s.id for s in heard] == ["baisha-ludao"]
    window.park_list.all_button.click()
    qtbot.waitUntil(lambda: marker(qtbot, window, "xidu-time-valley")["shown"])


def test_a_park_without_location_is_listed_and_says_so(qtbot, window):
    type_with_input_method(window.park_list.search, "智慧医疗")
    QTest.keyClick(window.park_list.search, Qt.Key_Return)
    assert window.state.selected_id("park") == "smart-medical-park"
    assert window.detail.location.text() == "位置不详"
    assert window.detail.tenants_empty.text().startswith("数据库中没有列出名称的企业")
    assert "smart-medical-park" not in page_state(qtbot, window)["parks"]


def test_figure_quotes_are_shown_verbatim(qtbot, window):
    window.state.select("park", "xidu-time-valley")
    table = window.detail.figures
    assert "目前签约入驻的钟表企业达到141家" in table.item(4, 0).toolTip()
    table.setCurrentCell(4, 0)
    assert window.detail.quote.text().startswith("“目前签约入驻的钟表企业达到141家”")


def test_window_state_and_filter_persist(qtbot, make_window, settings):
    first = make_window()
    first.park_list.chains.item(0).setCheckState(Qt.Unchecked)
    first.resize(701, 555)
    first.close()
    second = make_window(settings=settings)
    assert (second.width(), second.height()) == (701, 555)
    assert second.state.hidden_chains == {"textile"}
    assert "textile" not in page_state(qtbot, second)["visible"]


def test_no_request_leaves_the_machine(qtbot, window):
    html = (window.map._cache_dir / "map.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://", html)
    assert blocked_requests() == []


def test_a_corridor_is_drawn_as_a_line_and_clickable(qtbot, make_window, catalogue):
    """The bundled corridor has no known ends; a catalogue that has them gets a line."""
    import copy
    import dataclasses

    from shapely.geometry import LineString

    cat = copy.copy(catalogue)
    corridor = dataclasses.replace(
        catalogue.parks["hengzhou-avenue-corridor"], location_precision="landmark",
        geometry=LineString([(112.52, 26.88), (112.60, 26.90), (112.68, 26.89)]))
    cat.parks = {**catalogue.parks, corridor.id: corridor}
    window = make_window(cat=cat)
    kind = run_js(qtbot, window.map.view, "(function () { var m = Object.values(window).find("
                  "v => v instanceof L.Map); var n = 0; m.eachLayer(l => { if (l instanceof "
                  "L.Polyline && !(l instanceof L.Polygon)) n++; }); return n; })()")
    assert kind == 1
    pos = marker(qtbot, window, corridor.id)
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: window.state.selected_id("park") == corridor.id, timeout=5000)
