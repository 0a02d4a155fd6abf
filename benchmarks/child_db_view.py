"""Child process: start the real app on a catalogue (a database URI, or a file for the
comparison), report ready, then pan and zoom through the app's real path and time each view
from the page asked to move to its firms drawn.

    python benchmarks/child_db_view.py URI [--views 30] [--seed N]

Each view: `explorer.setView(...)` in the page (a pan to a random place of Hengyang at the
scale's zoom) → Leaflet's moveend → the bridge's `view` message → the worker thread's query
(`viewport.firms_in_view`) → `explorer.setViewFirms` drawn in the page (MapView's
`viewFirmsDrawn`, emitted when the page has run the drawing). On a catalogue whose firms are
in memory (the bundled one) the same moves are timed to the bridge's `view` message: the
part of the path every catalogue pays. Prints `BENCH {json}` lines
(see protocol.py); exits 0 when all went through.
"""

from __future__ import annotations

import time

T_START = time.time()

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from protocol import emit, pause  # noqa: E402

HENGYANG = (112.0, 26.1, 113.4, 27.5)
# name -> the map's zoom (about 1.4°, 0.2° and 0.02° across a 900-px map)
SCALES = {"city": 9, "district": 12, "street": 15}
SEARCHES = ("测试企业12345号", "测试企业", "衡阳")  # one firm; very many; two characters


def drive(window, views: int, seed: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    try:
        cat = window.cat
        emit("catalogue", firms=len(cat.tenants), by_view=cat.tenants.by_view)
        rng = random.Random(seed)
        drawn: list = []
        by_view = cat.tenants.by_view
        if by_view:
            window.map.viewFirmsDrawn.connect(drawn.append)
            wait_drawn(window, drawn, lambda r: True)  # the first view's firms
        else:  # the same pans and zooms, for the memory they cost a page with its firms
            window.map.bridge.boundsChanged.connect(drawn.append)
        for scale, zoom in SCALES.items():
            times, queries = [], []
            for _ in range(views):
                lat = rng.uniform(HENGYANG[1] + 0.2, HENGYANG[3] - 0.2)
                lon = rng.uniform(HENGYANG[0] + 0.2, HENGYANG[2] - 0.2)
                drawn.clear()
                t0 = time.perf_counter()
                window.map.view.page().runJavaScript(f"explorer.setView([{lat}, {lon}], {zoom})")
                wait_drawn(window, drawn, lambda r: r.zoom == zoom and
                           r.box[0] <= lon <= r.box[2] and r.box[1] <= lat <= r.box[3])
                times.append((time.perf_counter() - t0) * 1000)
                if by_view:
                    queries.append(window.map.fetcher.last_seconds * 1000)
                pause(50)
            if views:
                emit("views", scale=scale, zoom=zoom, ms=times, query_ms=queries,
                     dropped=window.map.fetcher.dropped if by_view else 0)
        if by_view:
            for text in SEARCHES:
                t0 = time.perf_counter()
                found = cat.search_all(text)
                emit("search", text=text, ms=(time.perf_counter() - t0) * 1000,
                     firms=len(found.firms), more=found.more_firms)
            from explorer.core.chains import summaries

            t0 = time.perf_counter()
            counts = {s.id: s.firms for s in summaries(cat)}
            emit("chain_counts", ms=(time.perf_counter() - t0) * 1000, total=sum(counts.values()))
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)  # let memory settle before leaving
        loop.exec()
        emit("done")
    except Exception as exc:  # report, then leave: the parent shows it
        emit("error", message=f"{type(exc).__name__}: {exc}")
    window.close()
    QApplication.instance().quit()


def wait_drawn(window, drawn: list, accept, timeout: float = 30.0):
    """Run Qt until a drawn view that `accept`s arrives (and the fetcher is idle)."""
    end = time.time() + timeout
    fetcher = window.map.fetcher
    while time.time() < end:
        for request in drawn:
            if accept(request) and not (fetcher and fetcher.busy):
                return request
        pause(2)
    raise TimeoutError("no view drawn")


def install_hooks(views: int, seed: int) -> None:
    from PySide6.QtCore import QTimer

    import explorer.core.catalogue as catalogue_module
    import explorer.ui.main_window as main_window_module

    load_catalogue = catalogue_module.load_catalogue

    def timed_load(*args, **kwargs):
        t0 = time.time()
        cat = load_catalogue(*args, **kwargs)
        emit("catalogue_loaded", started=t0, tenants=len(cat.tenants))
        return cat

    catalogue_module.load_catalogue = timed_load

    class BenchWindow(main_window_module.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._bench_ready = False
            self.map.ready.connect(self._on_bench_ready)

        def _on_bench_ready(self):
            if self._bench_ready:
                return
            self._bench_ready = True
            emit("ready")
            QTimer.singleShot(0, lambda: drive(self, views, seed))

    main_window_module.MainWindow = BenchWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--views", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20241130)
    args = parser.parse_args()
    emit("started", t_start=T_START, pid=os.getpid())
    from explorer.qtenv import prepare_qtwebengine

    prepare_qtwebengine()
    install_hooks(args.views, args.seed)
    emit("imported")
    from explorer.ui.app import run

    code = run(args.data)
    emit("exit", code=code)
    return code


if __name__ == "__main__":
    sys.exit(main())
