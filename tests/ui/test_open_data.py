"""File → Open data: a bad file is explained and changes nothing; a good one replaces the
catalogue; a large one loads in the background while the window keeps working."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.helpers.catalogues import bundled_frames, write_frames
from tests.pages import page_state


def test_a_bad_file_is_explained_and_the_old_data_stays(qtbot, window, tmp_path):
    frames = bundled_frames()
    frames["tenants"].loc[0, "park_id"] = "atlantis"
    bad = write_frames(frames, tmp_path / "other-office.gpkg")
    before = window.cat
    with qtbot.waitSignal(window.opener.open_path(bad).failed, timeout=30_000):
        pass
    box = window.findChild(QMessageBox, "data-error")
    assert "other-office.gpkg" in box.text()
    assert "layer 'tenants', row 1, field 'park_id': unknown park 'atlantis'" in (
        box.informativeText())
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
