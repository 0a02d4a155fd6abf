"""Firms and parks added, changed and deleted through the forms; a wrong credit code is
refused with the right check character; hostile text stays literal everywhere."""

import json

import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.export.html import write_standalone_html
from explorer.export.options import ExportOptions, page_options
from tests.pages import page_state, run_js
from tests.ui.editing import (click, drag, edit_mode, edit_state, latlng_at, own_catalogue,
                              set_view)

HOSTILE = "<b>{{ 6*7 }}</b>{% endfor %}<script>window.__pwned=1</script>"


@pytest.fixture
def window(make_window, tmp_path):
    return make_window(own_catalogue(tmp_path))


def firms_drawn(qtbot, window) -> int:
    return (page_state(qtbot, window)["tenants"] or {"count": 0})["count"]


def pick(qtbot, window, action, x=420, y=360):
    window.findChild(QAction, action).trigger()
    qtbot.waitUntil(lambda: edit_state(qtbot, window)["tool"] == "pick", timeout=10_000)
    click(qtbot, window, x, y)
    qtbot.waitUntil(lambda: window.forms.form is not None and window.forms.form.isVisible(),
                    timeout=10_000)
    return window.forms.form


def test_a_firm_is_added_edited_and_deleted_through_the_form(qtbot, window, monkeypatch):
    cat = window.cat
    xidu = cat.parks["xidu-time-valley"]
    set_view(qtbot, window, xidu.geometry.y, xidu.geometry.x + 0.02, 13)
    edit_mode(qtbot, window)
    count = firms_drawn(qtbot, window)
    form = pick(qtbot, window, "add-firm")
    form.name_zh.setText(HOSTILE)
    form.name_en.setText(HOSTILE)
    form.credit_code.setText("91350100M000100Y44")
    assert "3" in form.code_check.text()
    form.buttons.accepted.emit()
    assert form.isVisible() and "3" in form.error.text()  # refused, the right character shown
    form.credit_code.setText("91350100M000100Y43")
    form.address.setText(HOSTILE)
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5_000)
    firm = next(t for t in cat.tenants.values() if t.name_zh == HOSTILE)
    assert firm.credit_code == "91350100M000100Y43" and firm.geometry is not None
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) == count + 1,
                    timeout=10_000)
    window.state.select("firm", firm.id)
    assert window.detail.title.text() == HOSTILE  # literal, never markup or a template
    assert HOSTILE in window.detail.location_note.text()
    form = window.forms._firm_form(cat.tenants[firm.id])
    form.name_en.setText("Renamed firm")
    form.buttons.accepted.emit()
    assert cat.tenants[firm.id].name_en == "Renamed firm"
    assert cat.tenants[firm.id].credit_code == "91350100M000100Y43"
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    window.findChild(QAction, "delete-firm").trigger()
    assert firm.id not in cat.tenants
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) == count,
                    timeout=10_000)
    assert run_js(qtbot, window.map.view, "String(window.__pwned)") == "undefined"
    window.findChild(QAction, "undo").trigger()
    assert cat.tenants[firm.id].name_en == "Renamed firm"


def test_a_park_added_with_hostile_names_stays_text(qtbot, window, tmp_path, monkeypatch):
    cat = window.cat
    xidu = cat.parks["xidu-time-valley"]
    set_view(qtbot, window, xidu.geometry.y, xidu.geometry.x + 0.02, 13)
    edit_mode(qtbot, window)
    form = pick(qtbot, window, "add-park", 600, 400)
    form.buttons.accepted.emit()
    assert form.isVisible() and form.error.text()  # no name, no chain: refused
    form.name_zh.setText(HOSTILE)
    form.name_en.setText(HOSTILE)
    form.chains.item(0).setCheckState(Qt.Checked)
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5_000)
    park = next(p for p in cat.parks.values() if p.name_zh == HOSTILE)
    assert park.district_code  # filled in from the districts layer
    qtbot.waitUntil(lambda: park.id in page_state(qtbot, window)["parks"], timeout=10_000)
    window.state.select("park", park.id)
    assert window.detail.title.text() == HOSTILE
    assert any(park.id == window.park_list.tree.topLevelItem(i).child(j).data(0, 256)
               for i in range(window.park_list.tree.topLevelItemCount())
               for j in range(window.park_list.tree.topLevelItem(i).childCount()))
    out = tmp_path / "map.html"
    write_standalone_html(cat, out, **page_options(cat, ExportOptions(), image=False))
    page = out.read_text(encoding="utf-8")
    assert "{{ 6*7 }}" in page and "{% endfor %}" in page  # never compiled as a template
    assert "<script>window.__pwned" not in page
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    window.findChild(QAction, "delete-park").trigger()
    assert park.id not in cat.parks
    qtbot.waitUntil(lambda: park.id not in page_state(qtbot, window)["parks"], timeout=10_000)
    assert run_js(qtbot, window.map.view, "String(window.__pwned)") == "undefined"


def firm_at(qtbot, window, firm_id) -> dict:
    index = window.map.tenant_index(firm_id)
    return json.loads(run_js(qtbot, window.map.view, f"explorer.tenantPosition({index})"))


def test_a_firm_dragged_by_the_real_mouse_moves_and_undo_restores(qtbot, window):
    cat = window.cat
    xidu = cat.parks["xidu-time-valley"]
    set_view(qtbot, window, xidu.geometry.y + 0.01, xidu.geometry.x + 0.02, 14)
    edit_mode(qtbot, window)
    calls = []
    real_call = window.map._call
    window.map._call = lambda name, *args: (calls.append(name), real_call(name, *args))[1]
    place = shapely.Point(xidu.geometry.x + 0.02, xidu.geometry.y + 0.01)
    assert window.editor.attempt(lambda: editing.put_firm(
        cat, {"name_zh": "拖动测试企业", "chain_id": "nuclear", "geometry": place},
        window.editor.editor_name), lambda _: "add")
    firm = next(t for t in cat.tenants.values() if t.name_zh == "拖动测试企业")
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) == 1, timeout=10_000)
    start = firm_at(qtbot, window, firm.id)
    assert start["shown"]
    end = (start["x"] + 110, start["y"] + 65)
    window.state.select("firm", firm.id)
    drag(qtbot, window, (start["x"], start["y"]), end)
    qtbot.waitUntil(lambda: not cat.tenants[firm.id].geometry.equals(place), timeout=10_000)
    moved = cat.tenants[firm.id].geometry
    lat, lon = latlng_at(qtbot, window, *end)
    assert (moved.y, moved.x) == pytest.approx((lat, lon), abs=2e-5)
    assert window.editor.stack.command(window.editor.stack.index() - 1).edits[0].action \
        == "move"
    # The page draws it there, the panel shows the new place, the saved file has it.
    qtbot.waitUntil(lambda: abs(firm_at(qtbot, window, firm.id)["x"] - end[0]) < 2,
                    timeout=10_000)
    assert abs(firm_at(qtbot, window, firm.id)["y"] - end[1]) < 2
    assert window.state.selected_id("firm") == firm.id
    assert f"{moved.y:.5f}°" in window.detail.location.text()
    assert "移动" in window.detail.provenance.text() or "Moved" in \
        window.detail.provenance.text()
    assert window.saver.save()
    assert load_catalogue(cat.store.location).tenants[firm.id].geometry.equals(moved)
    # Neither the add nor the move sent the whole firms layer again.
    assert "setFirms" not in calls and "insertFirm" in calls and "putFirm" in calls
    window.findChild(QAction, "undo").trigger()
    assert cat.tenants[firm.id].geometry.wkb == place.wkb
    qtbot.waitUntil(lambda: abs(firm_at(qtbot, window, firm.id)["x"] - start["x"]) < 2,
                    timeout=10_000)
    assert f"{place.y:.5f}°" in window.detail.location.text()


def test_a_firm_edited_in_the_form_is_changed_in_the_page_alone(qtbot, window):
    cat = window.cat
    xidu = cat.parks["xidu-time-valley"]
    set_view(qtbot, window, xidu.geometry.y, xidu.geometry.x + 0.02, 13)
    edit_mode(qtbot, window)
    form = pick(qtbot, window, "add-firm")
    form.name_zh.setText("表单企业")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5_000)
    firm = next(t for t in cat.tenants.values() if t.name_zh == "表单企业")
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) == 1, timeout=10_000)
    calls = []
    real_call = window.map._call
    window.map._call = lambda name, *args: (calls.append((name, args)), real_call(name, *args))[1]
    window.state.select("firm", firm.id)
    form = window.forms._firm_form(cat.tenants[firm.id])
    other = next(c for c in cat.chains if c != firm.chain_id)
    form.chain.setCurrentIndex(form.chain.findData(other))
    form.name_en.setText("Renamed")
    form.buttons.accepted.emit()
    assert cat.tenants[firm.id].chain_id == other
    names = [name for name, _ in calls]
    assert "setFirms" not in names
    put = next(args for name, args in calls if name == "putFirm")
    assert put[0] == window.map.tenant_index(firm.id) and put[3] == list(cat.chains).index(other)
    window.findChild(QAction, "undo").trigger()
    assert cat.tenants[firm.id].chain_id == firm.chain_id
    assert [args for name, args in calls if name == "putFirm"][-1][3] == \
        list(cat.chains).index(firm.chain_id)
