"""File → Import firms… through the real dialogs: a workbook with Chinese headers and GCJ-02
coordinates, imported with key presses and clicks, lands where the firms are on the map; the
report lists the doubtful rows and saves as CSV; Ctrl+Z takes the whole import back; Cancel
changes nothing; a dropped or opened firms file is imported into the catalogue on screen,
whose figures and firms stay."""

import csv
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QLabel, QMessageBox,
                               QProgressDialog, QPushButton, QWizard)

from explorer.core.coords import wgs84_to_gcj02
from explorer.core.journal import read_journal
from tests.pages import page_state, run_js
from tests.ui.editing import own_catalogue
from tests.ui.import_steps import (choose, choose_file, click, drop_file, finish, next_page,
                                   press, report_shown, screen_point, wizard_shown)
from tests.ui.registry import HOSTILE, more_firms, write_registry



def bundled_figures() -> int:
    """The figures of geodata/hengyang.gpkg, counted (the issue says 31: the catalogue has
    grown since; 47 today)."""
    import sqlite3

    from explorer.core.load import BUNDLED_PATH

    with sqlite3.connect(BUNDLED_PATH) as db:
        return db.execute("SELECT count(*) FROM figures").fetchone()[0]


@pytest.fixture
def window(make_window, tmp_path):
    return make_window(own_catalogue(tmp_path))


def firms_drawn(qtbot, window) -> int:
    return (page_state(qtbot, window)["tenants"] or {"count": 0})["count"]


def map_values(qtbot, wizard, chains: dict, parks: dict) -> None:
    """On the third step, map each unmatched value listed to the id given for it."""
    page = wizard.values_page
    for values, combos in ((chains, page.chain_combos), (parks, page.park_combos)):
        for value, combo in combos.items():
            choose(qtbot, combo, values.get(value))


def test_a_registry_is_imported_through_the_dialogs_and_undone(qtbot, window, tmp_path):
    cat = window.cat
    path = tmp_path / "衡阳企业名录.xlsx"
    listed = write_registry(path, more=more_firms(cat, 30))  # longer than a header search
    before_firms, before_drawn = len(cat.tenants), firms_drawn(qtbot, window)
    window.activateWindow()
    press(qtbot, window, Qt.Key_I, Qt.ControlModifier)  # File → Import firms…
    choose_file(qtbot, window, "import-file-dialog", path)
    wizard = wizard_shown(qtbot, window)
    columns = wizard.columns_page
    # The sheet picker lists every sheet; the first sheet with a header row is chosen.
    assert columns.sheet.isVisibleTo(wizard)
    assert [columns.sheet.itemText(i) for i in range(columns.sheet.count())] == [
        "说明", "企业名录", "备用"]
    assert columns.sheet.currentText() == "企业名录"
    assert not columns.encoding.isVisibleTo(wizard)  # a workbook has no text encoding
    guessed = columns.mapping()
    assert guessed["企业名称"] == "name_zh" and guessed["统一社会信用代码"] == "uscc"
    assert guessed["经度"] == "lon" and guessed["纬度"] == "lat"
    assert guessed["所属园区"] == "park" and guessed["所属产业链"] == "chain"
    assert guessed["序号"] is None
    assert columns.combos[1].currentText() == "名称（中文）"  # translated field labels
    # Every guess can be changed: 行业 (industry) is not imported this time.
    choose(qtbot, columns.combos[columns.headers.index("行业")], None)
    assert columns.mapping()["行业"] is None
    # Hostile text stays text in the preview (the row numbers are the spreadsheet's).
    preview = columns.preview
    rows = [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())]
    assert rows[:4] == ["2", "3", "4", "6"]  # row 5 is empty
    hostile_row = rows.index("9")  # the hostile firm, 7th of the list
    assert preview.item(hostile_row, 1).text() == HOSTILE
    next_page(qtbot, wizard)
    place = wizard.place_page
    wgs84_image = place.preview.grab().toImage()
    choose(qtbot, place.datum_box, "gcj02")
    assert place.preview.grab().toImage() != wgs84_image  # redrawn where GCJ-02 puts them
    first = listed[0].wgs84
    assert min(abs(place.preview.lon - first[0]) + abs(place.preview.lat - first[1])) < 1e-6
    assert "655" in place.summary.text() or "65" in place.summary.text()
    next_page(qtbot, wizard)
    values = wizard.values_page
    assert "新材料" in values.chain_combos and "松木园区B区" in values.park_combos
    value_labels = [label for label in values.findChildren(QLabel) if label.buddy()]
    assert {label.text() for label in value_labels} >= {"新材料", "松木园区B区"}
    assert all(label.textFormat() == Qt.PlainText for label in value_labels)
    map_values(qtbot, wizard, {"新材料": "nonferrous"},
               {"松木园区B区": "songmu-edz", "松木经开区": "songmu-edz",
                "白沙绿岛": "baisha-ludao"})
    assert values.keep_codes.isChecked()  # invalid credit codes: kept, as doubtful
    undo_count = window.editor.stack.count()
    with qtbot.waitSignal(window.importer.planned, timeout=60_000) as planned:
        finish(qtbot, wizard)
    plan = planned.args[0]
    report = report_shown(qtbot, window)
    counts = plan.report.counts
    assert counts["imported"] == len(cat.tenants) - before_firms == len(listed)
    # 丙号 is placed at its park; 丁号 (no park) and 庚号 (longitude '东经112度') have no
    # place; two credit codes fail the check and the longitude is no number: doubtful.
    assert (counts["placed_at_park"], counts["unplaced"], counts["doubtful"],
            counts["rejected"]) == (1, 2, 3, 0)
    assert report.count_labels["imported"].text() == f"{counts['imported']:,}"
    assert window.editor.stack.count() == undo_count + 1  # one edit for the whole import
    assert window.editor.edit_mode  # an import is an edit: edit mode is on, and says so
    # Every firm with GCJ-02 coordinates is stored, and drawn, at its true WGS-84 place.
    by_name = {t.name_zh: t for t in cat.tenants.values()}
    for firm in listed:
        if firm.wgs84 is None or firm.name not in by_name:
            continue
        stored = by_name[firm.name].geometry
        assert abs(stored.x - firm.wgs84[0]) < 1e-6 and abs(stored.y - firm.wgs84[1]) < 1e-6
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) > before_drawn, timeout=10_000)
    target = by_name[listed[0].name]
    run_js(qtbot, window.map.view, f"explorer.setView([{target.geometry.y}, "
                                   f"{target.geometry.x}], 15); 1")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] == 15, timeout=10_000)
    drawn = json.loads(run_js(qtbot, window.map.view, "explorer.tenantPosition("
                                            f"{window.map.tenant_index(target.id)})"))
    where = screen_point(qtbot, window, *listed[0].wgs84[::-1])
    assert abs(drawn["x"] - where["x"]) < 1.5 and abs(drawn["y"] - where["y"]) < 1.5
    # The report: the doubtful credit codes, hostile text literal; saved as CSV.
    table = report.model
    texts = [[table.data(table.index(r, c)) for c in range(5)] for r in range(table.rowCount())]
    assert any(row[2] == "<i>{{ 7*6 }}</i>" for row in texts)
    assert any(row[0] == "8" and row[1] == "统一社会信用代码" for row in texts)  # 己号
    out = tmp_path / "报告.csv"
    click(report.save_button)
    choose_file(qtbot, report, "save-report-dialog", out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    text = out.read_bytes().decode("utf-8-sig")
    saved = list(csv.reader(io.StringIO(text)))
    assert any("<i>{{ 7*6 }}</i>" in line for line in saved)
    assert any(listed[5].code in line for line in saved)
    click(report.buttons.button(QDialogButtonBox.Close))
    # One Ctrl+Z takes the whole import back.
    qtbot.waitUntil(lambda: window.importer.report_dialog is None, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    assert len(cat.tenants) == before_firms
    assert all(firm.name not in {t.name_zh for t in cat.tenants.values()} for firm in listed)
    qtbot.waitUntil(lambda: firms_drawn(qtbot, window) == before_drawn, timeout=10_000)
    assert run_js(qtbot, window.map.view, "String(window.__pwned)") == "undefined"


def test_cancel_leaves_the_catalogue_and_its_file_unchanged(qtbot, window, tmp_path):
    store = window.cat.store.path
    before_bytes, before_firms = store.read_bytes(), len(window.cat.tenants)
    path = tmp_path / "big.csv"
    songmu = window.cat.parks["songmu-edz"].geometry
    lines = ["企业名称,经度,纬度,所属产业链"] + [
        f"【示例】取消测试{n}号,{songmu.x + n * 1e-6:.6f},{songmu.y:.6f},盐卤化工"
        for n in range(1_000_000)]  # planned in about 2 s: time to press Cancel
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.importer.import_path(path)
    wizard = wizard_shown(qtbot, window)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(
        QProgressDialog, "task-progress")), timeout=30_000)
    progress = next(d for d in window.findChildren(QProgressDialog, "task-progress")
                    if d.isVisible())
    task = window.importer.task
    click(progress.findChild(QPushButton))
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.is_cancelled()
    assert len(window.cat.tenants) == before_firms
    assert window.editor.stack.count() == 0
    assert store.read_bytes() == before_bytes
    assert window.importer.report_dialog is None
    assert "取消" in window.statusBar().currentMessage()


def test_a_dropped_firms_file_is_imported_and_the_figures_stay(qtbot, window, tmp_path):
    cat = window.cat
    assert len(cat.figures) == bundled_figures()
    before = {t.id for t in cat.tenants.values()}
    path = tmp_path / "firms.csv"
    songmu = cat.parks["songmu-edz"].geometry
    lon, lat = wgs84_to_gcj02(songmu.x + 0.01, songmu.y)
    path.write_text("名称,经度,纬度,产业链\n"
                    f"【示例】拖放测试公司,{float(lon):.6f},{float(lat):.6f},盐卤化工\n",
                    encoding="utf-8")
    picture = tmp_path / "map.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert not drop_file(qtbot, window.map.view.focusProxy(), picture)  # not ours: refused
    assert window.map.view.url().scheme() == "file"  # and the page did not navigate to it
    assert drop_file(qtbot, window.map.view.focusProxy(), path)  # dropped on the map
    wizard = wizard_shown(qtbot, window)
    next_page(qtbot, wizard)
    choose(qtbot, wizard.place_page.datum_box, "gcj02")
    next_page(qtbot, wizard)
    with qtbot.waitSignal(window.importer.planned, timeout=60_000):
        finish(qtbot, wizard)
    assert window.cat is cat  # merged into the catalogue on screen, not replacing it
    assert len(cat.figures) == bundled_figures()
    assert before <= set(cat.tenants)
    added = [t for t in cat.tenants.values() if t.name_zh == "【示例】拖放测试公司"]
    assert len(added) == 1 and abs(added[0].geometry.x - (songmu.x + 0.01)) < 1e-6
    window.state.select("park", "xidu-time-valley")
    assert window.detail.title.text() == cat.parks["xidu-time-valley"].name_zh
    assert window.detail.figures.rowCount() > 0  # the park's figures are still shown


def test_open_data_with_a_firms_file_imports_it_into_the_catalogue(qtbot, window, tmp_path):
    cat = window.cat
    path = tmp_path / "firms5.csv"
    songmu = cat.parks["songmu-edz"].geometry
    path.write_text("name,lng,lat,chain_id\n" + "".join(
        f"盐化测试{n}号,{songmu.x + 0.002 * n:.6f},{songmu.y:.6f},salt-chemicals\n"
        for n in range(1, 6)), encoding="utf-8")
    firms_before = len(cat.tenants)
    window.activateWindow()
    press(qtbot, window, Qt.Key_O, Qt.ControlModifier)  # File → Open data…
    choose_file(qtbot, window, "open-data-dialog", path)
    wizard = wizard_shown(qtbot, window)
    for _ in range(2):
        next_page(qtbot, wizard)
    with qtbot.waitSignal(window.importer.planned, timeout=60_000):
        finish(qtbot, wizard)
    assert window.cat is cat and len(cat.figures) == bundled_figures()
    assert len(cat.tenants) == firms_before + 5
    assert window.findChild(QMessageBox, "data-error") is None


def test_the_encoding_of_a_csv_is_shown_and_can_be_changed(qtbot, window, tmp_path):
    path = tmp_path / "旧版Excel.csv"
    path.write_bytes("企业名称,所属产业链\n衡阳电子有限公司,电子信息\n".encode("gbk"))
    window.importer.import_path(path)
    wizard = wizard_shown(qtbot, window)
    columns = wizard.columns_page
    assert columns.encoding.isVisibleTo(wizard) and columns.encoding.currentData() == "gb18030"
    assert "GB18030" in columns.encoding_note.text()
    assert columns.preview.item(0, 0).text() == "衡阳电子有限公司"
    columns.encoding.setFocus()
    press(qtbot, columns.encoding, Qt.Key_Up)  # UTF-8: the wrong one, GBK is no UTF-8
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "import-error") is not None,
                    timeout=10_000)
    box = window.findChild(QMessageBox, "import-error")
    assert "UTF-8" in box.informativeText() and "第1行" in box.informativeText()
    box.close()
    qtbot.waitUntil(wizard.isEnabled, timeout=10_000)
    assert columns.encoding.currentData() == "gb18030"  # what the table shown was read with
    assert columns.preview.item(0, 0).text() == "衡阳电子有限公司"


def test_a_utf8_csv_can_be_read_as_gb18030_and_back(qtbot, window, tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text("企业名称,经度,纬度\n衡阳电子有限公司,112.6,26.9\n", encoding="utf-8")
    window.importer.import_path(path)
    wizard = wizard_shown(qtbot, window)
    columns = wizard.columns_page
    assert columns.encoding.currentData() == "utf-8-sig"
    columns.encoding.setFocus()
    press(qtbot, columns.encoding, Qt.Key_Down)  # GB18030
    qtbot.waitUntil(lambda: wizard.isEnabled() and columns.headers[0] == "浼佷笟鍚嶇О",
                    timeout=10_000)
    assert columns.mapping()["浼佷笟鍚嶇О"] is None  # mojibake names nothing
    assert not wizard.button(QWizard.NextButton).isEnabled()  # no name column: cannot go on
    columns.encoding.setFocus()
    press(qtbot, columns.encoding, Qt.Key_Up)  # back to UTF-8
    qtbot.waitUntil(lambda: wizard.isEnabled() and columns.headers[0] == "企业名称",
                    timeout=10_000)
    assert wizard.button(QWizard.NextButton).isEnabled()


def test_an_import_is_saved_with_ctrl_s_and_named_by_the_journal(qtbot, make_window, window,
                                                                 tmp_path, settings):
    from explorer.core.catalogue import load_catalogue

    path = tmp_path / "firms.csv"
    path.write_text("企业名称,所属园区,所属产业链\n【示例】保存测试公司,衡阳松木经济开发区,盐卤化工\n",
                    encoding="utf-8")
    window.importer.import_path(path)
    wizard = wizard_shown(qtbot, window)
    for _ in range(2):
        next_page(qtbot, wizard)
    with qtbot.waitSignal(window.importer.planned, timeout=60_000):
        finish(qtbot, wizard)
    report = report_shown(qtbot, window)
    assert report.count_labels["placed_at_park"].text() == "1"
    click(report.buttons.button(QDialogButtonBox.Close))
    assert window.saver.dirty and "*" in window.windowTitle()
    window.saver.write_journal()
    # The journal holds the import's summary, not its firms: after a crash, the next start
    # names the file to import again.
    journal = read_journal(window.saver.journal_path())
    assert journal.edits == [] and [Path(f).name for f in journal.lost_imports] == [path.name]
    other = make_window(load_catalogue(window.cat.store.path), settings=settings)
    qtbot.waitUntil(lambda: other.findChild(QMessageBox, "journal-imports") is not None,
                    timeout=10_000)
    box = other.findChild(QMessageBox, "journal-imports")
    assert path.name in box.informativeText() and "再次导入" in box.informativeText()
    box.close()
    other.close()
    qtbot.waitUntil(lambda: window.importer.report_dialog is None, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not window.saver.dirty, timeout=30_000)
    saved = load_catalogue(window.cat.store.path)
    firm = next(t for t in saved.tenants.values() if t.name_zh == "【示例】保存测试公司")
    songmu = saved.parks["songmu-edz"].geometry
    assert firm.park_id == "songmu-edz" and firm.geometry.equals_exact(songmu, 1e-9)
    assert len(saved.figures) == bundled_figures()


def test_the_mapping_and_datum_are_remembered_for_files_with_the_same_headers(qtbot, window,
                                                                             tmp_path):
    songmu = window.cat.parks["songmu-edz"].geometry
    bad_code = "914304006MA4L00060"  # its check character should be L
    rows = [("【示例】记忆测试甲公司", "914304001MA4L0001C", songmu.x, "首批"),
            ("【示例】记忆测试乙公司", bad_code, songmu.x + 0.01, "首批")]

    def write(name):
        path = tmp_path / name
        path.write_text("企业名称,统一社会信用代码,经度,纬度,所属产业链,备注\n" + "".join(
            f"{n},{c},{x:.6f},{songmu.y:.6f},盐卤化工,{note}\n" for n, c, x, note in rows),
            encoding="utf-8")
        return path

    window.importer.import_path(write("一月.csv"))
    wizard = wizard_shown(qtbot, window)
    columns = wizard.columns_page
    choose(qtbot, columns.combos[columns.headers.index("备注")], None)  # not imported
    next_page(qtbot, wizard)
    choose(qtbot, wizard.place_page.datum_box, "bd09")
    next_page(qtbot, wizard)
    click(wizard.values_page.reject_codes)
    with qtbot.waitSignal(window.importer.planned, timeout=60_000) as planned:
        finish(qtbot, wizard)
    counts = planned.args[0].report.counts
    assert (counts["imported"], counts["rejected"]) == (1, 1)  # the bad code: rejected
    report_shown(qtbot, window).close()
    qtbot.waitUntil(lambda: window.importer.report_dialog is None, timeout=5_000)
    window.importer.import_path(write("二月.csv"))  # another file, the same headers
    wizard = wizard_shown(qtbot, window)
    assert wizard.columns_page.mapping()["备注"] is None
    assert wizard.columns_page.mapping()["企业名称"] == "name_zh"
    next_page(qtbot, wizard)
    assert wizard.place_page.datum() == "bd09"
    wizard.reject()


def test_tab_goes_from_the_sheet_down_the_columns_to_the_preview(qtbot, window, tmp_path):
    path = tmp_path / "名录.xlsx"
    write_registry(path)
    window.importer.import_path(path)
    wizard = wizard_shown(qtbot, window)
    columns = wizard.columns_page
    columns.sheet.setFocus()
    qtbot.waitUntil(columns.sheet.hasFocus, timeout=5_000)
    seen = []
    for _ in range(len(columns.combos) + 1):
        press(qtbot, QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:-1] == columns.combos  # the encoding box is hidden for a workbook
    assert seen[-1] is columns.preview
    wizard.reject()


def test_no_import_into_a_catalogue_that_may_not_be_changed(qtbot, window, tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text("企业名称,所属产业链\n【示例】只读测试公司,盐卤化工\n", encoding="utf-8")
    window.editor.read_only = "Editing is off: your database role may read this catalogue"
    assert window.importer.import_path(path) is None
    box = window.findChild(QMessageBox, "import-error")
    assert box is not None and box.text() == window.editor.read_only
    assert window.importer.wizard is None
