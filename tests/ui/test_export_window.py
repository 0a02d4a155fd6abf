"""Exporting from the window: the same picture as the command line, progress, clipboard."""

import dataclasses
import subprocess
import sys

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.pages import page_state, pixels




def untick(window, chain_id):
    chains = window.park_list.chains
    for i in range(chains.count()):
        if chains.item(i).data(Qt.UserRole + 1) == chain_id:
            chains.item(i).setCheckState(Qt.Unchecked)


def test_window_export_matches_the_command_line(qtbot, window, tmp_path):
    untick(window, "textile")
    window.state.select("park", "baisha-ludao")
    state = page_state(qtbot, window)
    options = window.exporter.view_options(state)
    assert options.chains and "textile" not in options.chains
    assert options.park == "baisha-ludao" and options.size == tuple(state["size"])
    options = dataclasses.replace(options, view=None)  # the area on screen, as --bbox gives it
    ours = tmp_path / "window.png"
    with qtbot.waitSignal(window.exporter.start_export(options, ours).finished, timeout=60_000):
        pass
    assert window.settings.last_export_folder == str(tmp_path)
    assert str(ours) in window.statusBar().currentMessage()
    cli = tmp_path / "cli.png"
    args = [sys.executable, "-m", "explorer", "export", "--out", str(cli),
            "--size", f"{options.size[0]}x{options.size[1]}", "--park", "baisha-ludao",
            "--bbox", ",".join(repr(v) for v in options.bbox), "--lang", "zh",
            "--chain", *options.chains]
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    a, b = pixels(str(ours)), pixels(str(cli))
    assert a.shape == b.shape == (options.size[1], options.size[0], 3)
    assert np.abs(a - b).mean() < 1.0  # the same picture, up to antialiasing


def test_copy_map_image_puts_the_view_on_the_clipboard(qtbot, window):
    QApplication.clipboard().clear()
    state = page_state(qtbot, window)
    window.exporter.copy_map_image()
    qtbot.waitUntil(lambda: not QApplication.clipboard().image().isNull(), timeout=60_000)
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == tuple(state["size"])
    assert pixels(image).std() > 10  # a map, not a blank image
    assert window.settings.last_export_folder == ""  # a clipboard copy is no export


def test_failed_export_says_why_and_writes_nothing(qtbot, window, tmp_path):
    state = page_state(qtbot, window)
    options = window.exporter.view_options(state)
    target = tmp_path / "missing-folder" / "map.png"
    with qtbot.waitSignal(window.exporter.start_export(options, target).failed, timeout=30_000) as sig:
        pass
    assert "does not exist" in sig.args[0]
    box = window.findChild(QMessageBox, "export-error")
    assert box is not None and "does not exist" in box.text()
    assert not target.parent.exists()


def test_export_dialog_builds_the_options(qtbot, window, tmp_path):
    from explorer.export.options import ExportOptions
    from explorer.ui.export_dialog import ExportDialog

    base = ExportOptions(size=(900, 700), chains=("nuclear",), bbox=(112, 26, 113, 27))
    dialog = ExportDialog(base, "衡阳市产业园区分布图", str(tmp_path), window)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(2)  # A4 at 300 dpi
    dialog.title_edit.setText("报告附图")
    options = dialog.options()
    assert (options.size, options.scale) == ((1240, 1754), 2)
    assert options.title == "报告附图" and options.chains == ("nuclear",)
    assert options.bbox == (112, 26, 113, 27)
    dialog.format.setCurrentIndex(1)  # PDF
    assert dialog.path().suffix == ".pdf" and dialog.paper.isEnabled()


def test_export_choices_are_remembered(qtbot, window, settings, tmp_path):
    from explorer.export.options import ExportOptions
    from explorer.ui.export_dialog import ExportDialog

    base = ExportOptions(size=(900, 700))
    first = ExportDialog(base, "t", str(tmp_path), window)
    qtbot.addWidget(first)
    first.format.setCurrentIndex(1)  # PDF
    first.paper.setCurrentText("A3")
    first.landscape.setChecked(True)
    settings.export_choices = first.choices()
    second = ExportDialog(base, "t", str(tmp_path), window)
    qtbot.addWidget(second)
    second.restore(settings.export_choices)
    assert second.format.currentData() == "pdf" and second.paper.currentText() == "A3"
    assert second.landscape.isChecked() and second.path().suffix == ".pdf"


def test_current_view_is_exactly_what_the_screen_shows(qtbot, window, tmp_path):
    """The dialog's "current view": same size, same zoom, every marker where it is on screen."""
    run = "explorer.setView([26.93, 112.6], 10.5); 1"
    window.map.view.page().runJavaScript(run)
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] == 10.5)
    screen = page_state(qtbot, window)
    options = window.exporter.view_options(screen)
    out = tmp_path / "view.png"
    job = window.exporter.start_export(options, out)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert job.state["size"] == screen["size"] and job.state["zoom"] == screen["zoom"]
    for park_id, place in screen["parks"].items():
        drawn = job.state["parks"][park_id]
        assert abs(drawn["x"] - place["x"]) <= 1 and abs(drawn["y"] - place["y"]) <= 1
