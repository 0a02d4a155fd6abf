"""Screenshots of edit mode for the README (docs/edit-zh.png, docs/edit-en.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/edit_screenshots.py

On a copy of the bundled catalogue: edit mode on, the watch park given a footprint with a
hole and selected, and a second hole being cut with Leaflet-Geoman's Cut mode (its tooltip
in the language of the window).
"""

import shutil
import sys
import tempfile
from pathlib import Path

from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)

from PySide6.QtCore import QCoreApplication, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core.catalogue import load_catalogue  # noqa: E402
from explorer.core.load import BUNDLED_PATH  # noqa: E402
from explorer.ui.i18n import Translations  # noqa: E402
from shots import ready_window, wait  # noqa: E402

DOCS = Path(__file__).resolve().parent
XIDU = "xidu-time-valley"


def shot(lang: str, work: Path) -> None:
    path = work / f"{lang}.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    translations = Translations()
    translations.install(lang)
    window = ready_window(load_catalogue(path), translations, work, lang,
                          "张工" if lang == "zh" else "Zhang", (1400, 860))
    park = window.cat.parks[XIDU].geometry
    window.map._call("setView", [park.y + 0.003, park.x + 0.010], 14)
    window.editor.set_edit_mode(True)
    x, y = park.x + 0.006, park.y + 0.002
    footprint = {"type": "Polygon", "coordinates": [[
        [x, y], [x + 0.011, y - 0.001], [x + 0.013, y + 0.008], [x + 0.004, y + 0.011],
        [x - 0.002, y + 0.006], [x, y]], [
        [x + 0.002, y + 0.002], [x + 0.004, y + 0.002], [x + 0.004, y + 0.004],
        [x + 0.002, y + 0.004], [x + 0.002, y + 0.002]]]}
    window.state.select("park", XIDU)
    window.map.bridge.geometryEdited.emit(XIDU, footprint)
    window.state.select("park", XIDU)
    wait(500)
    window.forms.cut_hole()
    wait(300)
    view = window.map.view.focusProxy()
    for px, py in ((400, 150), (440, 175)):
        QTest.mouseMove(view, QPoint(px, py))
        wait(100)
        QTest.mouseClick(view, Qt.LeftButton, Qt.NoModifier, QPoint(px, py))
        wait(200)
    QTest.mouseMove(view, QPoint(420, 235))
    wait(800)
    window.grab().save(str(DOCS / f"edit-{lang}.png"))
    window.editor.stack.setClean()
    window.close()


def main() -> int:
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="explorer-shots-"))
    for lang in ("zh", "en"):
        shot(lang, work)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
