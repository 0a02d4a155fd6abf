"""The window on a database whose firms stay there (more than the threshold): the map draws
the database's cells at city zoom and the firms themselves at street zoom, exactly those in
the page's bounds; a real click on one shows it; a slow answer to a view the user has left
is dropped; search and chain counts come from the database."""

import json
import threading
import time

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from explorer.core.catalogue import load_catalogue
from explorer.core.db import firms as db_firms
from explorer.core.db.transfer import push
from explorer.core.db.viewport import firms_in_view
from explorer.core.geopackage import write_geopackage
from explorer.core.load import BUNDLED_PATH
from explorer.core.store import open_store
from explorer.ui.firm_fetcher import FirmFetcher
from explorer.ui.map_view import state_in_wgs84
from explorer.ui.park_list import FIRM_ROLE
from tests.db.test_firms_by_view import THRESHOLD, many_firms
from tests.pages import click_map, page_state, run_js
from tests.ui.test_main_window import type_with_input_method

TIMEOUT = 20_000


@pytest.fixture(scope="module")
def frames():
    return many_firms(open_store(BUNDLED_PATH).read()[0])


@pytest.fixture
def catalogue_by_view(database, frames, tmp_path, monkeypatch):
    monkeypatch.setattr(db_firms, "FIRMS_BY_VIEW_ABOVE", THRESHOLD)
    path = tmp_path / "firms.gpkg"
    write_geopackage(frames, path)
    push(path, database)
    cat = load_catalogue(database)
    assert cat.tenants.by_view
    return cat


def firms_state(qtbot, window) -> dict:
    return page_state(qtbot, window)["tenants"]


def settled(qtbot, window, kind: str) -> dict:
    """The page's state once the latest view's firms are drawn, of `kind`."""
    def done():
        fetcher = window.map.fetcher
        state = page_state(qtbot, window)
        if fetcher.busy or state["tenants"] is None or state["tenants"]["kind"] != kind:
            return False
        box["state"] = state
        return True
    box = {}
    qtbot.waitUntil(done, timeout=TIMEOUT)
    qtbot.wait(300)  # a last moveend may still be on its way
    qtbot.waitUntil(lambda: not window.map.fetcher.busy, timeout=TIMEOUT)
    return page_state(qtbot, window)


def placed_in(frames, bounds):
    firms = frames["tenants"].dropna(subset=["geometry"])
    west, south, east, north = bounds
    x, y = firms.geometry.x, firms.geometry.y
    return firms[(x >= west) & (x <= east) & (y >= south) & (y <= north)]


def test_cells_at_city_zoom_firms_at_street_zoom_and_a_click(qtbot, make_window,
                                                             catalogue_by_view, frames):
    cat = catalogue_by_view
    window = make_window(cat=cat)
    state = settled(qtbot, window, "cells")
    with psycopg.connect(cat.store._where.conninfo) as conn:
        placed = conn.execute("SELECT count(*) FROM explorer.tenants WHERE geom IS NOT NULL"
                              ).fetchone()[0]
    assert state["tenants"]["mode"] == "clusters"
    assert state["tenants"]["firms"] == placed  # the whole city is in view
    # Street zoom on a firm's place: the firms themselves, exactly those in the view.
    firm = frames["tenants"].set_index("id").loc["firm-1234"]
    run_js(qtbot, window.map.view,
           f"explorer.setView([{firm.geometry.y}, {firm.geometry.x}], 16)")
    state = settled(qtbot, window, "firms")
    bounds = state_in_wgs84(state)["bounds"]
    expected = placed_in(frames, bounds)
    assert state["tenants"]["mode"] == "points"
    assert sorted(window.map._view_ids) == sorted(expected["id"])
    assert 0 < len(expected) < 100
    # A real click on the firm: the panel shows it, fetched by id.
    index = window.map.tenant_index("firm-1234")
    position = json.loads(run_js(qtbot, window.map.view, f"explorer.tenantPosition({index})"))
    click_map(window, position["x"], position["y"])
    qtbot.waitUntil(lambda: window.state.selected_id("firm") == "firm-1234", timeout=TIMEOUT)
    assert window.detail.title.text() == firm["name_zh"]
    assert "firm-1234" not in window.cat.tenants.pending  # nothing was loaded whole
    # Chain filter: the view is asked again for the chains shown only.
    chain = firm["chain_id"]
    window.state.update(hidden_chains=[c for c in cat.chains if c != chain])
    state = settled(qtbot, window, "firms")
    shown = placed_in(frames, state_in_wgs84(state)["bounds"])
    assert sorted(window.map._view_ids) == sorted(shown[shown["chain_id"] == chain]["id"])


def test_zooming_out_with_the_keyboard_gives_cells_again(qtbot, make_window,
                                                         catalogue_by_view, frames):
    window = make_window(cat=catalogue_by_view)
    settled(qtbot, window, "cells")
    firm = frames["tenants"].set_index("id").loc["firm-99"].geometry
    run_js(qtbot, window.map.view, f"explorer.setView([{firm.y}, {firm.x}], 16)")
    settled(qtbot, window, "firms")
    proxy = window.map.view.focusProxy()
    click_map(window, window.map.view.width() / 2, 40)  # the map takes the keyboard
    for _ in range(16):  # Leaflet's keyboard zoom: "-" zooms out one level
        if page_state(qtbot, window)["zoom"] <= 8:
            break
        QTest.keyClick(proxy, Qt.Key_Minus)
        qtbot.wait(400)  # after the zoom animation: a key during one is not seen
    assert page_state(qtbot, window)["zoom"] <= 8
    state = settled(qtbot, window, "cells")
    assert state["tenants"]["firms"] == len(catalogue_by_view.tenants) - sum(
        catalogue_by_view.tenants.chain_counts(c)[1] for c in catalogue_by_view.chains)


def test_a_slow_answer_to_a_view_left_is_dropped(qtbot, catalogue_by_view):
    """The first query takes a second; two more views are asked meanwhile. Only the last
    is answered: the first answer is dropped, the second view never asked."""
    calls, release = [], threading.Event()

    def slow_first(store, conn, box, zoom, chains):
        calls.append(box)
        if len(calls) == 1:
            release.wait(5)
        return firms_in_view(store, conn, box, zoom, chains)

    fetcher = FirmFetcher(catalogue_by_view.store, query=slow_first)
    answers = []
    fetcher.answered.connect(lambda request, answer: answers.append((request, answer)))
    first = fetcher.ask((112.3, 26.6, 113.0, 27.2), 9)
    qtbot.waitUntil(lambda: bool(calls), timeout=TIMEOUT)
    fetcher.ask((112.5, 26.8, 112.6, 26.9), 12)
    last = fetcher.ask((112.55, 26.85, 112.56, 26.86), 15)
    time.sleep(0.2)
    release.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not fetcher.busy, timeout=TIMEOUT)
    qtbot.wait(200)
    assert [request for request, _ in answers] == [last]
    assert answers[0][1].kind == "firms"
    assert calls == [first.box, last.box] and fetcher.dropped == 1
    fetcher.close()


def test_the_page_keeps_only_the_latest_view_when_the_database_is_slow(
        qtbot, make_window, catalogue_by_view, frames):
    window = make_window(cat=catalogue_by_view)
    settled(qtbot, window, "cells")
    delays = iter([1.5])

    def slow_once(store, conn, box, zoom, chains):
        time.sleep(next(delays, 0))
        return firms_in_view(store, conn, box, zoom, chains)

    window.map.fetcher._firms_in_view = slow_once
    drawn = []
    window.map.viewFirmsDrawn.connect(drawn.append)
    firm = frames["tenants"].set_index("id").loc["firm-99"].geometry
    run_js(qtbot, window.map.view, f"explorer.setView([{firm.y}, {firm.x}], 15)")
    qtbot.waitUntil(lambda: window.map.fetcher.busy, timeout=TIMEOUT)
    started = time.perf_counter()
    run_js(qtbot, window.map.view, "explorer.setView([26.9, 112.6], 10)")
    assert time.perf_counter() - started < 1.0  # the window answered while the query ran
    state = settled(qtbot, window, "cells")
    assert [r.zoom for r in drawn] == [10] and state["zoom"] == 10


def test_search_and_chain_counts_come_from_the_database(qtbot, make_window,
                                                        catalogue_by_view):
    cat = catalogue_by_view
    window = make_window(cat=cat)
    search = window.park_list.search
    type_with_input_method(search, "企业4321号")
    group = window.park_list.firms_group
    qtbot.waitUntil(lambda: group.childCount() == 1, timeout=TIMEOUT)
    assert group.child(0).data(0, FIRM_ROLE) == "firm-4321"
    assert not cat.tenants.pending
    search.clear()
    QTest.keyClicks(search, "test firm 4321 LTD")
    qtbot.waitUntil(lambda: group.childCount() == 1 and not group.isHidden(), timeout=TIMEOUT)
    QTest.keyClick(search, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.state.selected_id("firm") == "firm-4321", timeout=TIMEOUT)
    state = settled(qtbot, window, "firms")
    assert "firm-4321" in window.map._view_ids and state["zoom"] >= 16
    with psycopg.connect(cat.store._where.conninfo) as conn:
        counts = dict(conn.execute("SELECT chain_id, count(*) FROM explorer.tenants WHERE "
                                   "geom IS NOT NULL GROUP BY chain_id").fetchall())
    table = window.chains_view.table
    for chain_id in cat.chains:
        row = window.chains_view.row_of(chain_id)
        assert int(table.item(row, 3).text()) == counts.get(chain_id, 0), chain_id
