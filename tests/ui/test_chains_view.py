"""The chains view in the window: its numbers are the catalogue's in both languages, and it is
linked both ways with the map, the park list and its own chain page, by real clicks."""

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from explorer.core import chains as core
from explorer.core.numbers import format_figure
from explorer.core.viewstate import Selected
from tests.pages import click_map, marker, page_state, run_js

COLUMNS = ("name", "confirmed", "parks", "firms_placed", "firms_unplaced", *core.HEADLINES)


def table_rows(window) -> dict[str, dict[str, str]]:
    table = window.chains_view.table
    return {table.item(r, 0).data(Qt.UserRole): {c: table.item(r, i).text()
                                                 for i, c in enumerate(COLUMNS)}
            for r in range(table.rowCount())}


def click_row(window, chain_id):
    table = window.chains_view.table
    rect = table.visualItemRect(table.item(window.chains_view.row_of(chain_id), 2))
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())


def chain_page_state(qtbot, window) -> dict:
    box = {}
    window.chains_view.page.request_state(lambda state: box.setdefault("state", state))
    qtbot.waitUntil(lambda: "state" in box, timeout=10_000)
    return box["state"]


def wait_for_page(qtbot, window, chain_id):
    page = window.chains_view.page
    qtbot.waitUntil(lambda: page.is_ready and run_js(
        qtbot, page, "window.chainPageReady === true && chainPage.state()") and
        chain_page_state(qtbot, window)["chain"] == chain_id, timeout=20_000)
    return chain_page_state(qtbot, window)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_of_the_table_is_the_catalogues(qtbot, make_window, catalogue, lang):
    window = make_window(lang=lang)
    rows = table_rows(window)
    assert set(rows) == set(catalogue.chains)  # chains without parks too
    yes, no = ("是", "否") if lang == "zh" else ("yes", "no")
    for chain_id, chain in catalogue.chains.items():
        row = rows[chain_id]
        assert row["name"] == (chain.name_zh if lang == "zh" else chain.name_en)
        assert row["confirmed"] == (yes if chain.official_confirmed else no)
        firms = [catalogue.tenants[t] for t in catalogue.tenants
                 if catalogue.tenants[t].chain_id == chain_id]
        assert int(row["parks"]) == sum(chain_id in p.chain_ids
                                        for p in catalogue.parks.values())
        assert int(row["firms_placed"]) == sum(f.geometry is not None for f in firms)
        assert int(row["firms_unplaced"]) == sum(f.geometry is None for f in firms)
        for name in core.HEADLINES:
            mine = [f for f in catalogue.figures_for("chain", chain_id)
                    if core.headline_of(f) == name and core.figure_kind(f) == "result"]
            expected = f"{format_figure(mine[0], lang)} ({mine[0].period})" if mine else "—"
            assert row[name].startswith(expected), (chain_id, name)
    cards = [label.text() for label in window.chains_view.city.findChildren(type(
        window.chains_view.city_title)) if label.objectName().startswith("city-")]
    for figure in core.city_figures(catalogue):
        assert any(format_figure(figure, lang) in card for card in cards), figure.metric


def test_the_table_sorts_by_number(qtbot, window):
    table = window.chains_view.table
    table.sortByColumn(COLUMNS.index("firms_unplaced"), Qt.DescendingOrder)
    assert table.item(0, 0).data(Qt.UserRole) == "salt-chemicals"  # its 3 firms
    table.sortByColumn(COLUMNS.index("investment"), Qt.DescendingOrder)
    assert table.item(0, 0).data(Qt.UserRole) == "new-energy-vehicles"


def test_choosing_a_chain_filters_and_frames_the_map_and_the_list(qtbot, window, catalogue):
    click_row(window, "salt-chemicals")
    assert window.state.selection == Selected("chain", "salt-chemicals")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["visible"] == ["salt-chemicals"])
    state = page_state(qtbot, window)
    assert state["parks"]["songmu-edz"]["shown"]
    assert not state["parks"]["xidu-time-valley"]["shown"]
    assert state["zoom"] >= 10  # framed on the Songmu zone, not the whole city
    tree = window.park_list.tree
    shown = [tree.topLevelItem(i).data(0, Qt.UserRole + 1) for i in
             range(tree.topLevelItemCount()) if not tree.topLevelItem(i).isHidden()]
    assert shown == ["salt-chemicals"]
    page = wait_for_page(qtbot, window, "salt-chemicals")
    assert [link["id"] for link in page["links"]] == ["songmu-edz", "kingboard-hengyang",
                                                      "jianheng", "ruida-power"]
    QTest.keyClick(window, Qt.Key_Escape)
    qtbot.waitUntil(lambda: len(page_state(qtbot, window)["visible"]) == len(catalogue.chains))


def test_a_click_on_a_park_marker_selects_its_chain_row(qtbot, window):
    pos = marker(qtbot, window, "songmu-edz")
    click_map(window, pos["x"], pos["y"])
    qtbot.waitUntil(lambda: window.state.selection == Selected("park", "songmu-edz"))
    selected = window.chains_view.table.selectionModel().selectedRows()
    assert [window.chains_view.table.item(i.row(), 0).data(Qt.UserRole)
            for i in selected] == ["salt-chemicals"]


def test_a_chain_heading_in_the_park_list_opens_the_chain(qtbot, window):
    tree = window.park_list.tree
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).data(0, Qt.UserRole + 1) == "nuclear")
    QTest.mouseClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier,
                     tree.visualItemRect(group).center())
    assert window.state.selection == Selected("chain", "nuclear")
    assert window.chains_dock.isVisible()
    wait_for_page(qtbot, window, "nuclear")


def test_a_click_on_a_firm_and_a_park_of_the_chain_page(qtbot, window, catalogue):
    window.state.select("chain", "nuclear")
    wait_for_page(qtbot, window, "nuclear")
    view = window.chains_view.page
    for kind, item_id in (("firm", "cnnc-jinyuan"), ("park", "baisha-ludao")):
        box = json.loads(run_js(qtbot, view, (
            "(function () { var a = document.querySelector('a[data-id=\"%s\"]');"
            " a.scrollIntoView(); var r = a.getBoundingClientRect();"
            " return JSON.stringify({x: r.left + 4, y: r.top + r.height / 2}); })()") % item_id))
        QTest.mouseClick(view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                         QPoint(round(box["x"]), round(box["y"])))
        qtbot.waitUntil(lambda: window.state.selection == Selected(kind, item_id))
    assert window.detail.title.text() == catalogue.parks["baisha-ludao"].name_zh
    qtbot.waitUntil(lambda: page_state(qtbot, window)["highlighted"] == "baisha-ludao")
    assert view.bridge.ignored == 0


@pytest.mark.parametrize("lang, sentence", [
    ("zh", "目录中没有这条产业链的园区。"), ("en", "The catalogue holds no park of this chain.")])
def test_a_chain_with_nothing_has_a_page_that_says_so(qtbot, make_window, lang, sentence):
    window = make_window(lang=lang)
    window.state.select("chain", "agriculture")
    page = wait_for_page(qtbot, window, "agriculture")
    assert sentence in page["text"]
    assert page["links"] == [] and page["charts"] == []
    assert "agriculture" in window.statusBar().currentMessage() or \
        window.cat.chains["agriculture"].name_zh in window.statusBar().currentMessage() or \
        window.cat.chains["agriculture"].name_en in window.statusBar().currentMessage()


def test_the_chain_page_draws_its_chart_and_follows_the_language(qtbot, window):
    window.state.select("chain", "salt-chemicals")
    page = wait_for_page(qtbot, window, "salt-chemicals")
    assert page["charts"][0]["id"] == "chart-firms-per-park" and page["charts"][0]["svg"] > 3
    assert "各园区企业数" in page["text"]
    window.state.update(lang="en")
    qtbot.waitUntil(lambda: "Firms per park" in chain_page_state(qtbot, window)["text"])


def test_the_chain_page_drops_unknown_messages(qtbot, window):
    window.state.select("chain", "nuclear")
    wait_for_page(qtbot, window, "nuclear")
    bridge = window.chains_view.page.bridge
    for text in ('{"type": "select", "kind": "park", "id": "nowhere"}',
                 '{"type": "select", "kind": "chain", "id": "nuclear"}', "not json", "x" * 5000):
        bridge.receive(text)
    assert bridge.ignored == 4 and window.state.selection == Selected("chain", "nuclear")


def test_file_export_chain_report_writes_the_pdf(qtbot, window, tmp_path):
    from explorer.export.report import ReportOptions

    out = tmp_path / "nuclear.pdf"
    assert any(a.objectName() == "export-report" for a in window.menuBar().findChildren(
        type(window.chains_dock.toggleViewAction())))
    job = window.reporter.start(ReportOptions("nuclear", "zh"), out)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert out.stat().st_size > 10_000
    assert str(out) in window.statusBar().currentMessage()
