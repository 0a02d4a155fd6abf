"""Screenshots of File → Import firms… for the README (docs/import-*-zh.png, -en.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/import_screenshots.py

On a copy of the bundled catalogue, a test registry written by tests/ui/registry.py: an
Excel workbook with Chinese headers and GCJ-02 coordinates whose firms are invented and
named as examples (【示例】衡阳甲号电子有限公司 …), imported through the real dialogs:
the column mapping, the coordinate system with its preview, and the report.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)

from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core.catalogue import load_catalogue  # noqa: E402
from explorer.core.load import BUNDLED_PATH  # noqa: E402
from explorer.ui.i18n import Translations  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from shots import ready_window, until, wait  # noqa: E402
from tests.ui.registry import more_firms, write_registry  # noqa: E402

DOCS = Path(__file__).resolve().parent
# What the unmatched values of the test registry stand for.
CHAINS = {"新材料": "nonferrous"}
PARKS = {"松木园区B区": "songmu-edz"}


def shot(lang: str, work: Path, translations: Translations) -> None:
    path = work / f"{lang}.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    translations.install(lang)  # one set of translators: Qt's own buttons switch too
    cat = load_catalogue(path)
    registry = work / ("衡阳市企业名录（示例）.xlsx" if lang == "zh" else "registry-example.xlsx")
    write_registry(registry, hostile=False, more=more_firms(cat, 30))
    window = ready_window(cat, translations, work, lang, "张工" if lang == "zh" else "Zhang",
                          (1400, 860))
    importer = window.importer
    importer.import_path(registry)
    until(lambda: importer.wizard is not None and importer.wizard.isVisible())
    wizard = importer.wizard
    wizard.resize(1040, 760)
    wait(300)
    wizard.grab().save(str(DOCS / f"import-mapping-{lang}.png"))
    wizard.next()
    place = wizard.place_page
    place.datum_box.setCurrentIndex(place.datum_box.findData("gcj02"))
    wait(300)
    wizard.grab().save(str(DOCS / f"import-coordinates-{lang}.png"))
    wizard.next()
    values = wizard.values_page
    for table, combos in ((CHAINS, values.chain_combos), (PARKS, values.park_combos)):
        for value, combo in combos.items():
            combo.setCurrentIndex(max(combo.findData(table.get(value)), 0))
    wizard.accept()
    until(lambda: importer.report_dialog is not None and importer.report_dialog.isVisible())
    report = importer.report_dialog
    report.resize(980, 560)
    wait(300)
    report.grab().save(str(DOCS / f"import-report-{lang}.png"))
    report.close()
    window.editor.stack.setClean()
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        translations = Translations()
        for lang in ("zh", "en"):
            shot(lang, Path(folder), translations)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
