"""An editing session that is killed (SIGKILL) before it saves: run as a child process by
tests/ui/test_edit_killed.py.

    python -m tests.ui.killed_session CATALOGUE WORK

Opens CATALOGUE in the real main window (offscreen, its map loaded), turns edit mode on and
makes three edits the way the page and the forms send them: a park dropped (a `moved`
message), a footprint drawn (a `geometry` message), a firm added (the firm form's edit).
It waits until the journal is on disk, prints `ROWS <json>` (the rows the edits left, with
their geometries as WKB in hex, bit for bit) and `journalled`, and then waits to be killed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.qt_setup import close_windows  # noqa: F401  (the Qt set-up of the tests)

XIDU = "xidu-time-valley"
OTHER = "hengyang-hitech-zone"
MOVED = [26.951234567890123, 112.401234567890123]
FOOTPRINT = {"type": "Polygon", "coordinates": [[
    [112.4012345678901, 26.9012345678901], [112.4198765432109, 26.9012345678901],
    [112.4198765432109, 26.9187654321098], [112.4012345678901, 26.9187654321098],
    [112.4012345678901, 26.9012345678901]]]}


def wait(until, seconds: float = 30) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not until():
        if deadline.hasExpired():
            raise TimeoutError("the session never got there")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def row_text(row) -> dict:
    return {k: (v.wkb_hex if hasattr(v, "wkb_hex") else v) for k, v in row.items()}


def main(catalogue: Path, work: Path) -> None:
    import shapely
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from explorer.core import editing
    from explorer.core.catalogue import load_catalogue
    from explorer.core.edits import row_of
    from explorer.ui.i18n import Translations
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    app = QApplication(sys.argv)  # noqa: F841 (kept alive until the kill)
    translations = Translations()
    translations.install("zh")
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.IniFormat))
    settings.editor_name = "现场核实员"
    window = MainWindow(load_catalogue(catalogue), settings, work / "cache", translations,
                        journal_dir=work / "journals")
    window.resize(1300, 900)
    window.show()
    ready = []
    window.map.ready.connect(lambda: ready.append(True))
    window.load_map()
    wait(lambda: ready)
    window.editor.set_edit_mode(True)
    bridge, cat = window.map.bridge, window.cat
    bridge.receive(json.dumps({"type": "moved", "park": XIDU, "latlng": MOVED,
                               "datum": "wgs84"}))
    bridge.receive(json.dumps({"type": "geometry", "park": OTHER, "geometry": FOOTPRINT,
                               "datum": "wgs84"}))
    window.editor.attempt(lambda: editing.put_firm(
        cat, {"id": "firm-killed", "name_zh": "未保存的企业", "chain_id": "nuclear",
              "credit_code": "91350100M000100Y43",
              "geometry": shapely.Point(112.6123456789012, 26.8987654321098)},
        window.editor.editor_name), lambda _: "add")
    if window.editor.stack.count() != 3:
        raise RuntimeError(f"{window.editor.stack.count()} edits made, not 3")
    wait(lambda: window.saver.journal_path().is_file())
    rows = {f"{layer}/{row_id}": row_text(row_of(cat, layer, row_id))
            for layer, row_id in (("parks", XIDU), ("parks", OTHER), ("tenants", "firm-killed"))}
    print("ROWS " + json.dumps(rows, ensure_ascii=False), flush=True)
    print("journalled", flush=True)
    wait(lambda: False, seconds=600)  # until killed


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
