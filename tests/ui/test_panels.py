"""The panels at the default window size: every chain in view, names that never scroll
sideways, figures readable as wrapped rows, a summary line, scroll reset per park, and a
map that fits the space it has."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.pages import page_state, run_js

DEFAULT_SIZE = (1400, 860)  # what a first start opens (MainWindow._restore)


def _default(window):
    window.resize(*DEFAULT_SIZE)


def _click_park_in_list(qtbot, window, park_id):
    tree = window.park_list.tree
    item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())
                if tree.topLevelItem(i).child(j).data(0, Qt.UserRole) == park_id)
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier,
                     tree.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.state.selected_id("park") == park_id)


def test_every_chain_is_in_view_and_no_list_scrolls_sideways(qtbot, window):
    for lang in ("zh", "en"):
        window.state.update(lang=lang)
        _default(window)
        chains = window.park_list.chains
        qtbot.waitUntil(lambda: chains.visualItemRect(chains.item(chains.count() - 1))
                        .bottom() <= chains.viewport().height())
        assert chains.verticalScrollBar().maximum() == 0
        assert not chains.horizontalScrollBar().isVisible()
        tree = window.park_list.tree
        assert not tree.horizontalScrollBar().isVisible()
        assert tree.header().sectionSize(0) <= tree.viewport().width()
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                park = window.cat.parks[group.child(j).data(0, Qt.UserRole)]
                assert park.name_zh in group.child(j).toolTip(0)  # the whole name, both
                assert park.name_en in group.child(j).toolTip(0)  # languages, on hover


def test_figures_are_wrapped_rows_all_readable_without_scrolling(qtbot, window):
    _default(window)
    _click_park_in_list(qtbot, window, "xidu-time-valley")
    figures = window.detail.figures
    assert figures.rowCount() == 6
    assert not figures.horizontalScrollBar().isVisible()
    qtbot.waitUntil(lambda: figures.height() >= sum(figures.rowHeight(r) for r in range(6)))
    for row in range(6):
        label, value, period, source = figures.parts(row)
        assert value in figures.item(row, 0).text() and period in figures.item(row, 0).text()
        assert figures.rowHeight(row) >= figures.sizeHintForRow(row)  # nothing cut off
    assert "超过40万平方米" in [figures.parts(r)[1] for r in range(6)]


def test_a_summary_line_tops_the_park_panel(qtbot, window):
    _click_park_in_list(qtbot, window, "xidu-time-valley")
    assert window.detail.summary.text() == (
        "钟表 · 用地面积：不详 · 建筑面积：超过40万平方米 · 具名企业0家")
    _click_park_in_list(qtbot, window, "songmu-edz")
    assert window.detail.summary.text() == (
        "盐卤化工 · 用地面积：不详 · 建筑面积：不详 · 具名企业3家")
    window.state.update(lang="en")
    assert window.detail.summary.text() == (
        "Salt-brine chemicals · land: not known · floor area: not known · 3 named firms")


def test_each_park_opens_at_the_top_of_the_panel(qtbot, window):
    _default(window)
    _click_park_in_list(qtbot, window, "xidu-time-valley")
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    _click_park_in_list(qtbot, window, "songmu-edz")
    assert bar.value() == 0


def _fits(qtbot, window) -> bool:
    return run_js(qtbot, window.map.view, """(function () {
        var map = Object.values(window).find(v => v instanceof L.Map);
        var d = window.ExplorerPage.S.data.bounds;
        return Math.abs(map.getZoom() - map.getBoundsZoom(d)) < 0.01; })()""")


def test_the_city_fits_the_map_whatever_width_the_panels_take(qtbot, make_window, settings):
    first = make_window(settings=settings)
    first.resize(*DEFAULT_SIZE)
    first.splitter.setSizes([600, 500, 300])  # a widened left panel, remembered
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] >= 550)
    first.close()
    second = make_window(settings=settings)
    assert second.splitter.sizes()[0] > 300 and second.splitter.sizes()[1] >= 320
    qtbot.waitUntil(lambda: _fits(qtbot, second))
    second.resize(*DEFAULT_SIZE)
    second.splitter.setSizes([250, 850, 300])  # the panel dragged back: the map refits
    qtbot.waitUntil(lambda: page_state(qtbot, second)["size"][0] > 700)
    qtbot.waitUntil(lambda: _fits(qtbot, second))
    view = second.map.view.focusProxy()
    QTest.mouseClick(view, Qt.LeftButton, Qt.NoModifier, QPoint(20, 300))  # the user's map now
    zoom = page_state(qtbot, second)["zoom"]
    second.splitter.setSizes([500, 600, 300])
    qtbot.waitUntil(lambda: page_state(qtbot, second)["size"][0] < 650)
    assert page_state(qtbot, second)["zoom"] == zoom and not page_state(qtbot, second)["fitted"]
