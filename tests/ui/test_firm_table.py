"""File → Export firm table… (all firms, or those the filter and search show; .xlsx, or CSV in
UTF-8 with BOM or GB18030), read back from the file; and the search box finds a firm by its
credit code."""

import copy
import csv
import io
from dataclasses import replace

import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from explorer.core.tenants import TenantTable
from tests.pages import page_state
from tests.ui.import_steps import choose, click, press
from tests.ui.registry import credit_code

CODE = credit_code(42)


@pytest.fixture
def coded_catalogue(catalogue):
    """The bundled catalogue with a credit code and a place for 建滔实业 (Kingboard)."""
    cat = copy.copy(catalogue)
    songmu = catalogue.parks["songmu-edz"].geometry
    tenants = [replace(t, credit_code=CODE, geometry=shapely.Point(songmu.x + 0.004, songmu.y))
               if t.id == "kingboard-hengyang" else t for t in catalogue.tenants.values()]
    cat.tenants = TenantTable.from_records(tenants)
    return cat


@pytest.fixture
def window(make_window, coded_catalogue):
    return make_window(coded_catalogue)


def export(qtbot, window, tmp_path, name: str, fmt: str, shown: bool):
    window.activateWindow()
    press(qtbot, window, Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: window.firm_exporter.dialog is not None
                    and window.firm_exporter.dialog.isVisible(), timeout=10_000)
    dialog = window.firm_exporter.dialog
    click(dialog.shown_firms if shown else dialog.all_firms)
    choose(qtbot, dialog.format, fmt)
    path = tmp_path / name
    dialog.file_edit.setText(str(path))
    click(dialog.buttons.button(QDialogButtonBox.Ok))
    qtbot.waitUntil(lambda: window.firm_exporter.task is not None
                    and window.firm_exporter.task.done, timeout=30_000)
    return path


def test_every_firm_is_exported_to_a_workbook_with_chinese_headers(qtbot, window, tmp_path):
    from python_calamine import CalamineWorkbook

    path = export(qtbot, window, tmp_path, "全部企业.xlsx", "xlsx", shown=False)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    header, body = rows[0], rows[1:]
    assert "企业名称" in header and "统一社会信用代码" in header
    names = {row[header.index("企业名称")] for row in body}
    assert names == {t.name_zh for t in window.cat.tenants.values()}
    kingboard = next(row for row in body if row[header.index("企业名称")] == "建滔实业")
    assert str(kingboard[header.index("统一社会信用代码")]) == CODE
    assert str(window.settings.firm_export_choices["format"]) == "xlsx"


def test_the_firms_of_the_filter_and_search_are_exported_to_gb18030(qtbot, window, tmp_path):
    window.state.update(hidden_chains=frozenset({"steel-pipe"}))  # 衡钢 is not shown
    window.park_list.search.setFocus()
    window.park_list.search.setText("建")  # 建滔实业, 建衡实业
    qtbot.waitUntil(lambda: window.state.search == "建", timeout=5_000)
    path = export(qtbot, window, tmp_path, "筛选.csv", "csv-gb18030", shown=True)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("gb18030"))))
    names = {row[rows[0].index("企业名称")] for row in rows[1:]}
    assert names == {"建滔实业", "建衡实业"}


def test_utf8_csv_starts_with_a_bom(qtbot, window, tmp_path):
    path = export(qtbot, window, tmp_path, "firms.csv", "csv-utf8", shown=False)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1 + len(window.cat.tenants)


def test_the_search_box_finds_a_firm_by_its_credit_code(qtbot, window):
    search = window.park_list.search
    search.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClicks(search, CODE)
    qtbot.waitUntil(lambda: window.state.search == CODE, timeout=5_000)
    assert window.park_list.count.text() == "0个园区 · 0条产业链 · 1家企业"
    assert window.park_list.firms_group.child(0).text(0) == "建滔实业"
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["shown"] == 1, timeout=10_000)
    press(qtbot, search, Qt.Key_Return)
    assert window.state.selected_id("firm") == "kingboard-hengyang"


def test_the_dialog_opens_where_and_as_large_as_it_was_closed(qtbot, window):
    window.firm_exporter.export_table()
    dialog = window.firm_exporter.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    dialog.resize(700, 260)
    qtbot.wait(50)
    size = dialog.size()
    click(dialog.buttons.button(QDialogButtonBox.Cancel))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert window.settings.dialog_geometry("firm-export") is not None
    again = window.firm_exporter.export_table()
    qtbot.waitUntil(again.isVisible, timeout=10_000)
    assert again.size() == size
    assert again.choices()["scope"] == "all"
    again.reject()
