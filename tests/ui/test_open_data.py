"""File → Open data: a bad file is explained and changes nothing; a good one replaces the
catalogue; a large one loads in the background while the window keeps working; a firms file
is imported into the catalogue on screen (tests/ui/test_import_firms.py drives the import's
dialogs)."""

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.catalogues import bundled_frames, three_parks, write_csv, write_frames
from tests.pages import page_state
from tests.ui.editing import own_catalogue
from tests.ui.import_steps import finish, next_page, report_shown, wizard_shown


def test_a_bad_file_is_explained_and_the_old_data_stays(qtbot, window, tmp_path):
    frames = bundled_frames()
    frames["tenants"].loc[0, "park_id"] = "atlantis"
    bad = write_frames(frames, tmp_path / "other-office.gpkg")
    before = window.cat
    with qtbot.waitSignal(window.opener.open_path(bad).failed, timeout=30_000):
        pass
    box = window.findChild(QMessageBox, "data-error")
    assert "other-office.gpkg" in box.text()
    assert "图层 'tenants'，第1行，字段 'park_id'：未知园区 'atlantis'" in box.informativeText()
    assert window.cat is before
    assert "xidu-time-valley" in page_state(qtbot, window)["parks"]


def test_a_good_file_replaces_the_catalogue(qtbot, window, tmp_path):
    frames = bundled_frames()
    frames["parks"].loc[0, "name_zh"] = "船山时间谷（另一份数据）"
    good = write_frames(frames, tmp_path / "edited.gpkg")
    with qtbot.waitSignal(window.opener.open_path(good).loaded, timeout=30_000):
        pass
    assert window.cat.store.location == str(good)
    assert "edited.gpkg" in window.windowTitle()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=30_000)
    window.state.select("park", "xidu-time-valley")
    assert window.detail.title.text() == "船山时间谷（另一份数据）"
    assert window.settings.last_data_folder == str(tmp_path)
    assert window.findChild(QMessageBox, "data-warnings") is not None  # approximate places


def test_the_window_keeps_working_while_a_large_file_loads(qtbot, window, tmp_path):
    frames = bundled_frames()
    big = frames["figures"].loc[frames["figures"].index.repeat(4000)].reset_index(drop=True)
    frames["figures"] = big  # 124,000 figure rows to read and check
    path = write_frames(frames, tmp_path / "big.gpkg")
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    percents = []
    loader = window.opener.open_path(path)
    loader.progress.connect(lambda percent, _: percents.append(percent))
    with qtbot.waitSignal(loader.loaded, timeout=120_000):
        pass
    timer.stop()
    assert len(window.cat.figures) == len(big)
    assert len(percents) >= 3 and percents == sorted(percents)
    assert len(ticks) >= 5  # the event loop ran while the file loaded


def _firms_csv(tmp_path, cat):
    """Five firms in a plain CSV, as people write them: name, lon, lat, chain; the first
    lies inside the Songmu zone's circle."""
    songmu = cat.parks["songmu-edz"].geometry
    rows = [f"盐化测试{n}号,{songmu.x + 0.002 * n:.6f},{songmu.y:.6f},salt-chemicals"
            for n in range(1, 6)]
    path = tmp_path / "firms5.csv"
    path.write_text("name,lng,lat,chain_id\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _import(qtbot, window, path):
    """Open `path` as File → Open does, and take the import's suggestions."""
    window.opener.open_file(path)
    wizard = wizard_shown(qtbot, window)
    for _ in range(2):
        next_page(qtbot, wizard)
    with qtbot.waitSignal(window.importer.planned, timeout=60_000):
        finish(qtbot, wizard)
    report_shown(qtbot, window).close()


def test_a_firms_file_adds_firms_and_keeps_figures_and_bundled_firms(qtbot, make_window,
                                                                    tmp_path):
    window = make_window(own_catalogue(tmp_path))  # the import changes it in place
    before = window.cat
    figures, firms = len(before.figures), {t.id for t in before.tenants.values()}
    path = _firms_csv(tmp_path, before)
    _import(qtbot, window, path)
    cat = window.cat
    assert cat is before  # the catalogue on screen, with its firms, figures and edits
    assert len(cat.figures) == figures > 30
    assert firms <= set(cat.tenants) and len(cat.tenants) == len(firms) + 5
    status = window.statusBar().currentMessage()
    assert "firms5.csv" in status and "5" in status
    qtbot.waitUntil(lambda: page_state(qtbot, window)["tenants"]["count"] == 5, timeout=10_000)


def test_a_firm_in_a_parks_circle_shows_the_park_as_a_suggestion(qtbot, make_window, tmp_path):
    from tests.ui.test_tenants import tenant_at, zoom_to_firm

    window = make_window(own_catalogue(tmp_path))
    path = _firms_csv(tmp_path, window.cat)
    _import(qtbot, window, path)
    firm = next(t.id for t in window.cat.tenants.values() if t.name_zh == "盐化测试1号")
    zoom_to_firm(qtbot, window, firm, zoom=16)
    pos = tenant_at(qtbot, window, firm)
    QTest.mouseClick(window.map.view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                     QPoint(round(pos["x"]), round(pos["y"])))
    qtbot.waitUntil(lambda: window.state.selected_id("firm") == firm, timeout=5000)
    text = window.detail.district.text()
    assert text.startswith("衡阳松木经济开发区？") and "建议" in text


def test_a_parks_file_still_opens_as_a_catalogue(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "parks.csv", three_parks())
    with qtbot.waitSignal(window.opener.opened, timeout=30_000):
        window.opener.open_file(path)  # read as a table first: a parks file is no firm list
    assert window.cat.store.location == str(path) and window.importer.wizard is None


def test_the_status_bar_does_not_stay_on_opening(qtbot, window, tmp_path):
    bad = tmp_path / "broken.csv"
    bad.write_text("just one column\nvalue\n", encoding="utf-8")
    window.opener.open_path(bad)  # fails within milliseconds: wait for its message
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "data-error") is not None,
                    timeout=30_000)
    status = window.statusBar().currentMessage()
    assert "broken.csv" in status and "正在打开" not in status


def test_an_unreadable_file_is_explained_and_the_old_data_stays(qtbot, window, tmp_path,
                                                               monkeypatch):
    path = write_csv(tmp_path / "locked.csv", three_parks())
    real_open = Path.open

    def permission_denied(self, *args, **kwargs):  # what the system answers to a non-owner
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", permission_denied)
    before = window.cat
    window.opener.open_path(path)  # fails at once: wait for its message, not its signal
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "data-error") is not None,
                    timeout=30_000)
    box = window.findChild(QMessageBox, "data-error")
    assert "locked.csv" in box.text()
    assert box.informativeText() == ("locked.csv：权限不足：你无权读取此文件（请向文件所有者"
                                     "申请访问权限，或索取一份副本）")
    assert window.cat is before
    assert "xidu-time-valley" in page_state(qtbot, window)["parks"]


@pytest.mark.parametrize("lang, content, expected", [
    ("zh", "name,lon,lat,chain_id\n宏达电子,abc,26.9,biomedicine\n",
     "bad.csv，图层 'tenants'，第1行，字段 'lon'：应为以度为单位的经度，实为 'abc'"),
    ("en", "name,lon,lat,chain_id\n宏达电子,abc,26.9,biomedicine\n",
     "bad.csv, layer 'tenants', row 1, field 'lon': expected a longitude in degrees, "
     "found 'abc'"),
    ("zh", "lon,lat,chain_id\n112.6,26.9,biomedicine\n",
     "bad.csv，图层 'tenants'，字段 'name_zh'：没有企业名称列（可用的列名："),
    ("en", "lon,lat,chain_id\n112.6,26.9,biomedicine\n",
     "bad.csv, layer 'tenants', field 'name_zh': no column for the name of the firms "
     "(accepted column names: "),
])
def test_a_bad_file_is_explained_in_the_window_language(qtbot, make_window, tmp_path, lang,
                                                        content, expected):
    window = make_window(lang=lang)
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    window.opener.open_path(bad)  # fails within milliseconds: wait for its message
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "data-error") is not None,
                    timeout=30_000)
    box = window.findChild(QMessageBox, "data-error")
    assert box.informativeText().startswith(expected)
    assert box.detailedText().startswith(expected)
