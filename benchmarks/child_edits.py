"""Benchmark child: edits at scale, in one offscreen window.

    python benchmarks/child_edits.py CATALOGUE [--drags 5]

Prints one JSON line per figure (see protocol.emit):
- drag: a park's drag released (the page's `moved` message reaching the bridge) until the
  page has redrawn the park (a round trip queued behind the redraw) and the panel shows it;
- save: one edit saved through the store (the in-place SQLite transaction), split into the
  checks on the edited catalogue and the write itself; and, for comparison, the same edit
  written the old way, by rewriting a copy of the GeoPackage.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from protocol import emit, pause, run_js  # noqa: E402

XIDU = "xidu-time-valley"


def measure_drags(window, drags: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    park = window.cat.parks[XIDU]
    window.editor.set_edit_mode(True)
    window.state.select("park", XIDU)
    for i in range(drags):
        lat, lon = park.geometry.y + 0.001 * (i + 1), park.geometry.x + 0.001 * (i + 1)
        message = json.dumps({"type": "moved", "park": XIDU, "latlng": [lat, lon],
                              "datum": "wgs84"})
        t0 = time.perf_counter()
        window.map.bridge.receive(message)  # what the page sends on release
        QApplication.processEvents()
        run_js(window.map.view, "1")  # answered after the queued upsertPark has run
        if not window.detail.provenance.text():
            raise RuntimeError("the panel does not show the moved park")
        times.append((time.perf_counter() - t0) * 1000)
    return times


def measure_saves(catalogue: Path, work: Path) -> dict:
    from explorer.core import editing
    from explorer.core.catalogue import load_catalogue
    from explorer.core.geopackage import write_geopackage
    from explorer.core.session import EditSession
    from explorer.core.store import check_before_writing

    path = work / "save.gpkg"
    shutil.copyfile(catalogue, path)
    cat = load_catalogue(path)
    session = EditSession(cat, "bench")
    session.apply(editing.move_park(cat, XIDU, 112.38, 26.97, "bench"))
    changes = session.changes()
    t0 = time.perf_counter()
    frames = cat.frames()
    check_before_writing(frames, str(path))
    t1 = time.perf_counter()
    from explorer.core.gpkg_rows import write_rows
    write_rows(path, changes)
    t2 = time.perf_counter()
    copy = work / "copy.gpkg"
    shutil.copyfile(catalogue, copy)
    t3 = time.perf_counter()
    write_geopackage({"parks": changes.apply(frames, str(copy))["parks"],
                      "edits": changes.apply(frames, str(copy))["edits"]}, copy, base=copy)
    t4 = time.perf_counter()
    return {"check_ms": (t1 - t0) * 1000, "write_ms": (t2 - t1) * 1000,
            "rewrite_copy_ms": (t4 - t3) * 1000}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("--drags", type=int, default=5)
    args = parser.parse_args()
    from explorer.qtenv import prepare_qtwebengine

    prepare_qtwebengine(headless=True)
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from explorer.core.catalogue import load_catalogue
    from explorer.ui.i18n import Translations
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="explorer-edits-"))
    try:
        emit("save", **measure_saves(args.catalogue, work))
        path = work / "window.gpkg"
        shutil.copyfile(args.catalogue, path)
        translations = Translations()
        translations.install("zh")
        settings = Settings(QSettings(str(work / "s.ini"), QSettings.IniFormat))
        window = MainWindow(load_catalogue(path), settings, work / "cache", translations,
                            journal_dir=work / "journals")
        window.resize(1300, 820)
        window.show()
        ready = []
        window.map.ready.connect(lambda: ready.append(1))
        window.load_map()
        while not ready:
            pause(10)
        emit("drag", times_ms=measure_drags(window, args.drags),
             firms=len(window.cat.tenants))
        window.editor.stack.setClean()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
