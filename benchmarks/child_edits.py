"""Benchmark child: edits at scale, in one offscreen window.

    python benchmarks/child_edits.py CATALOGUE [--compare SMALLER_CATALOGUE] [--drags 5]

Prints one JSON line per figure (see protocol.emit):
- saves: one edit saved through the store (`Store.write(changes, after=cat)`: the checks
  of the rows it changes, then the in-place SQLite transaction), for CATALOGUE and, if
  given, a smaller one, in the same run, so that their ratio shows whether a save stays
  flat as the catalogue grows; with, for comparison, the whole-catalogue check that a
  save ran before (`check_before_writing(cat.frames())`) and the same edit written by
  rewriting a copy of the GeoPackage;
- drag: a park's drag released (the page's `moved` message reaching the bridge) until the
  page has redrawn the park (a round trip queued behind the redraw) and the panel shows it;
- firm_drag: the same for a firm (its `firm_moved` message), the firm changed in the page
  alone (putFirm);
- firm_edit: a firm renamed and given another chain (an edit that is not a move) until the
  page shows it (putFirm), and `set_firms`, sending the whole layer as every firm edit did
  before, for comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from protocol import emit, pause, run_js  # noqa: E402

XIDU = "xidu-time-valley"
SAVES = 3  # saves per catalogue (median)


def round_trip(window, t0: float) -> float:
    """Milliseconds since `t0` once the page has run what was queued (a round trip)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    run_js(window.map.view, "1")  # answered after the queued calls have run
    return (time.perf_counter() - t0) * 1000


def measure_drags(window, drags: int) -> list[float]:
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
        times.append(round_trip(window, t0))
        if not window.detail.provenance.text():
            raise RuntimeError("the panel does not show the moved park")
    return times


def measure_firm_edits(window, runs: int) -> dict:
    """A firm dragged (released), and a firm renamed with another chain, each until the page
    shows it; and the whole firms layer sent anew, as before."""
    from explorer.core import editing

    cat, editor = window.cat, window.editor
    index = 0
    firm_id = cat.tenants.placed_id(index)
    window.state.select("firm", firm_id)
    drags, edits, whole = [], [], []
    chains = list(cat.chains)
    for i in range(runs):
        lon, lat, _ = cat.tenants.placed_point(index)
        message = json.dumps({"type": "firm_moved", "index": index,
                              "latlng": [lat + 0.0005, lon + 0.0005], "datum": "wgs84"})
        t0 = time.perf_counter()
        window.map.bridge.receive(message)
        drags.append(round_trip(window, t0))
        chain = chains[(chains.index(cat.tenants[firm_id].chain_id) + 1) % len(chains)]
        t0 = time.perf_counter()
        editor.attempt(lambda: editing.put_firm(cat, {"id": firm_id, "name_zh": f"改名{i}",
                                                      "chain_id": chain}, "bench"),
                       lambda _: "rename")
        edits.append(round_trip(window, t0))
        if cat.tenants[firm_id].chain_id != chain:
            raise RuntimeError("the firm edit was not made")
        t0 = time.perf_counter()
        window.map.set_firms(cat)
        whole.append(round_trip(window, t0))
    return {"drag_ms": drags, "edit_ms": edits, "set_firms_ms": whole}


def measure_saves(catalogue: Path, work: Path) -> dict:
    """One edit saved `SAVES` times (a new edit each time) through the store."""
    from explorer.core import editing
    from explorer.core.catalogue import load_catalogue
    from explorer.core.geopackage import write_geopackage
    from explorer.core.save_check import check_changes
    from explorer.core.session import EditSession
    from explorer.core.store import check_before_writing

    path = work / f"save-{catalogue.name}"
    shutil.copyfile(catalogue, path)
    cat = load_catalogue(path)
    session = EditSession(cat, "bench")
    saves, checks, whole_checks = [], [], []
    for i in range(SAVES):
        session.apply(editing.move_park(cat, XIDU, 112.38 + 0.001 * i, 26.97, "bench"))
        changes = session.changes()
        t0 = time.perf_counter()
        check_changes(cat, changes, str(path))
        t1 = time.perf_counter()
        cat.store.write(changes, cat)  # what Ctrl+S does: the checks, then the write
        t2 = time.perf_counter()
        session.saved()
        frames = cat.frames()
        check_before_writing(frames, str(path))
        t3 = time.perf_counter()
        checks.append((t1 - t0) * 1000)
        saves.append((t2 - t1) * 1000)
        whole_checks.append((t3 - t2) * 1000)
    copy = work / "copy.gpkg"
    shutil.copyfile(catalogue, copy)
    t0 = time.perf_counter()
    write_geopackage({"parks": changes.apply(frames, str(copy))["parks"],
                      "edits": changes.apply(frames, str(copy))["edits"]}, copy, base=copy)
    rewrite = (time.perf_counter() - t0) * 1000
    return {"firms": len(cat.tenants), "save_ms": statistics.median(saves),
            "saves_ms": saves, "check_ms": statistics.median(checks),
            "whole_check_ms": statistics.median(whole_checks), "rewrite_copy_ms": rewrite}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("--compare", type=Path, help="a smaller catalogue, saved as well")
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
        emit("saves", sizes=[measure_saves(catalogue, work) for catalogue in
                             ([args.compare] if args.compare else []) + [args.catalogue]])
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
        emit("firms", **measure_firm_edits(window, args.drags))
        window.editor.stack.setClean()
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
