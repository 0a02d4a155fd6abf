"""Child process: start the real app on a catalogue, report ready, then measure clicks and
the chain filter inside the running window.

It calls `explorer.ui.app.run` itself, so the start is exactly the app's (Qt set-up,
settings, translations, load_catalogue, MainWindow, show, load_map, app.exec). The app has no
benchmark hooks, so this script wraps from outside: MainWindow is replaced by a subclass that
records when things happen and, once the map says `ready`, drives the measurements; the
catalogue loader and the page builder are wrapped to time them.

    python benchmarks/child_app.py CATALOGUE.gpkg [--clicks 10] [--toggles 10]
                                                  [--profile FILE.prof]

Prints `BENCH {json}` lines (see protocol.py); exits 0 when all went through.
"""

from __future__ import annotations

import time

T_START = time.time()  # as early as this script can read the clock

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from protocol import emit, pause, run_js, wait_js  # noqa: E402

# Wraps a page function (explorer.setFilter, explorer.setTenantMatch) to time it in the page:
# from entering it to two animation frames later (the first frame callback runs before the
# frame with the change is painted; the second, once it has been). `enter` and `done` are
# Date.now() (epoch ms, the same clock as Python's time.time()); `js` and `frame` are
# performance.now() differences (sub-ms).
PAGE_CALL_PROBE = """(function () {{
  var log = window.__log_{name} = window.__log_{name} || [];
  if (window.__probed_{name}) {{ return 1; }}
  window.__probed_{name} = true;
  var original = explorer.{name};
  explorer.{name} = function () {{
    var enter = Date.now(), a = performance.now();
    original.apply(this, arguments);
    var js = performance.now() - a;
    requestAnimationFrame(function () {{ requestAnimationFrame(function () {{
      log.push({{enter: enter, js: js, frame: performance.now() - a, done: Date.now(),
                shown: (JSON.parse(explorer.state()).tenants || {{}}).shown}});
    }}); }});
  }};
  return 1;
}})()"""

SEARCH_CALLS: list[float] = []  # when MapView._show_search was entered (epoch ms)

# What the search measurement types, one step at a time, as a user would.
SEARCH_STEPS = ("企", "企业", "企业1", "企业12", "企业123", "企业12", "firm 4", "", "Test", "")

# Notes when the page sees a click, before any handler of the page runs (capturing phase).
CLICK_PROBE = """(function () {
  if (!window.__clickProbe) {
    window.__clickProbe = true;
    window.addEventListener('click', function () { window.__clickAt = Date.now(); }, true);
  }
  return 1;
})()"""

ZOOM_TO = """(function () {{
  var p = JSON.parse(explorer.tenantPosition({index}));
  var map = Object.values(window).find(function (v) {{ return v instanceof L.Map; }});
  map.setView(map.containerPointToLatLng([p.x, p.y]), {zoom}, {{animate: false}});
  return 1;
}})()"""

# Navigation timing of the page (epoch ms), to split the start into its parts.
PAGE_TIMING = """JSON.stringify((function () {
  var n = performance.getEntriesByType('navigation')[0];
  var o = performance.timeOrigin;
  return {origin: o, response_end: o + n.responseEnd, dom_interactive: o + n.domInteractive,
          dom_complete: o + n.domComplete, load_end: o + n.loadEventEnd,
          html_bytes: n.decodedBodySize};
})())"""


def median(values):
    values = sorted(values)
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


class Driver:
    """The measurements made in the running window, once its map is ready."""

    def __init__(self, window, clicks: int, toggles: int):
        self.window, self.clicks, self.toggles = window, clicks, toggles
        self.view = window.map.view

    def run(self) -> None:
        from PySide6.QtWidgets import QApplication

        try:
            emit("page_timing", **json.loads(run_js(self.view, PAGE_TIMING)))
            state = json.loads(run_js(self.view, "explorer.state()"))
            emit("state", tenants=state["tenants"], zoom=state["zoom"], size=state["size"])
            if self.toggles:
                self.measure_filter()
                self.measure_search()
            if self.clicks:
                self.measure_clicks()
            emit("done")
        except Exception as exc:  # report, then leave: the parent shows it
            emit("error", message=f"{type(exc).__name__}: {exc}")
        self.window.close()
        QApplication.instance().quit()

    def measure_filter(self) -> None:
        """Untick and re-tick chains in the list, each change timed Python -> page drawn.

        Runs at the start view (the whole city in view, the heaviest redraw)."""
        from PySide6.QtCore import Qt

        run_js(self.view, PAGE_CALL_PROBE.format(name="setFilter"))
        chains = self.window.park_list.chains
        samples = []
        for k in range(self.toggles):
            item = chains.item((k // 2) % chains.count())
            new = Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked
            t_python = time.time() * 1000
            item.setCheckState(new)
            t_returned = time.time() * 1000
            entry = wait_js(self.view, f"JSON.stringify(window.__log_setFilter[{k}] || null)",
                            lambda r: r != "null")
            entry = json.loads(entry)
            samples.append({"round_trip_ms": entry["done"] - t_python,
                            "python_ms": t_returned - t_python,
                            "js_ms": entry["js"], "frame_ms": entry["frame"],
                            "shown": entry.get("shown")})
            pause(50)
        emit("filter", samples=samples,
             round_trip_ms=median([s["round_trip_ms"] for s in samples]),
             frame_ms=median([s["frame_ms"] for s in samples]),
             js_ms=median([s["js_ms"] for s in samples]))

    def measure_search(self) -> None:
        """Type in the search box step by step. Each step is timed from the map receiving
        the text (the list passes it on once typing pauses for 200 ms, by design) to the
        page redrawn with the matching firms: the search itself runs in Python, over every
        firm, and the page gets a bit set."""
        run_js(self.view, PAGE_CALL_PROBE.format(name="setTenantMatch"))
        search = self.window.park_list.search
        samples = []
        for k, text in enumerate(SEARCH_STEPS):
            SEARCH_CALLS.clear()
            search.setText(text)
            entry = json.loads(wait_js(
                self.view, f"JSON.stringify(window.__log_setTenantMatch[{k}] || null)",
                lambda r: r != "null"))
            samples.append({"round_trip_ms": entry["done"] - SEARCH_CALLS[-1], "text": text,
                            "shown": entry.get("shown")})
            pause(50)
        emit("search", samples=samples,
             round_trip_ms=median([s["round_trip_ms"] for s in samples]))

    def measure_clicks(self) -> None:
        """Click firms at zoom 15, each timed from the page's click event to the panel. The
        firms are spread evenly over the placed ones (any catalogue: a synthetic one, or an
        imported registry)."""
        run_js(self.view, CLICK_PROBE)
        tenants = json.loads(run_js(self.view, "explorer.state()"))["tenants"]
        n = tenants["count"] if tenants else 0  # the bundled catalogue has no firm to click
        samples, misses = [], []
        table = self.window.cat.tenants
        step = max(1, n // self.clicks) if self.clicks else 1
        chosen = []
        for index in list(range(step // 2, n, step))[:self.clicks]:
            firm = table[table.placed_id(index)]
            chosen.append((firm.id, (firm.name_zh, firm.name_en)))
        for tenant_id, names in chosen:
            sample = self.click_firm(tenant_id, names)
            (misses if "miss" in sample else samples).append(sample)
        emit("clicks", samples=samples, misses=misses,
             latency_ms=median([s["latency_ms"] for s in samples]),
             signal_ms=median([s["signal_ms"] for s in samples]))

    def zoom_to(self, tenant_id: str) -> dict | None:
        """Centre the map on the firm at zoom 15 and return where it is drawn (container
        pixels), once it is in view: a late resize of the map can move the view, so retry."""
        index = self.window.map.tenant_index(tenant_id)
        pos = None
        for _ in range(3):
            run_js(self.view, ZOOM_TO.format(index=index, zoom=15))
            state = json.loads(wait_js(self.view, "explorer.state()",
                                       lambda r: json.loads(r)["tenants"]["mode"] == "points"))
            pause(20)
            pos = json.loads(run_js(self.view, f"explorer.tenantPosition({index})"))
            width, height = state["size"]
            if pos and 20 <= pos["x"] <= width - 20 and 20 <= pos["y"] <= height - 20:
                return pos
        return pos

    def click_firm(self, tenant_id: str, names: tuple[str, str]) -> dict:
        """One click; the sample, or {"id", "miss": why} when the panel did not show it."""
        from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
        from PySide6.QtTest import QTest

        pos = self.zoom_to(tenant_id)
        if not pos or not pos["shown"]:
            return {"id": tenant_id, "miss": f"not drawn: {pos}"}
        got: dict = {}
        loop = QEventLoop()
        state, title = self.window.state, self.window.detail.title

        def after_events():
            got["panel"] = time.time() * 1000
            got["title"] = title.text()
            loop.quit()

        def on_tenant(selection):
            # Subscribed after the window's own widgets, so the panel has been filled already.
            if selection is not None and selection.id == tenant_id and "signal" not in got:
                got["signal"] = time.time() * 1000
                QTimer.singleShot(0, after_events)  # and let Qt handle what that queued

        state.subscribe("selection", on_tenant)
        QTest.mouseClick(self.view.focusProxy(), Qt.LeftButton, Qt.NoModifier,
                         QPoint(round(pos["x"]), round(pos["y"])))
        QTimer.singleShot(5000, loop.quit)
        if "panel" not in got:
            loop.exec()
        state.unsubscribe("selection", on_tenant)
        if "panel" not in got:
            return {"id": tenant_id, "miss": f"no firm selected in 5 s (click at {pos})"}
        if got["title"] not in names:
            return {"id": tenant_id, "miss": f"panel shows {got['title']!r}"}
        clicked = run_js(self.view, "window.__clickAt")
        pause(30)
        return {"id": tenant_id, "latency_ms": got["panel"] - clicked,
                "signal_ms": got["signal"] - clicked}


def install_hooks(clicks: int, toggles: int) -> None:
    """Wrap the loader, the page builder and MainWindow, as app.run finds them at call time."""
    from PySide6.QtCore import QTimer

    import explorer.core.catalogue as catalogue_module
    import explorer.ui.main_window as main_window_module
    import explorer.ui.map_view as map_view_module

    load_catalogue = catalogue_module.load_catalogue

    def timed_load(*args, **kwargs):
        t0 = time.time()
        cat = load_catalogue(*args, **kwargs)
        emit("catalogue_loaded", started=t0, tenants=len(cat.tenants))
        return cat

    catalogue_module.load_catalogue = timed_load

    render_page = map_view_module.render_page

    def timed_render(*args, **kwargs):
        t0 = time.time()
        page = render_page(*args, **kwargs)
        emit("page_rendered", started=t0, html_bytes=len(page.encode("utf-8")))
        return page

    map_view_module.render_page = timed_render

    show_search = map_view_module.MapView._show_search

    def timed_show_search(self, text):
        SEARCH_CALLS.append(time.time() * 1000)
        show_search(self, text)

    map_view_module.MapView._show_search = timed_show_search

    class BenchWindow(main_window_module.MainWindow):
        def __init__(self, *args, **kwargs):
            t0 = time.time()
            super().__init__(*args, **kwargs)
            emit("window_built", started=t0)
            self._bench_ready = False
            self.map.view.page().loadFinished.connect(
                lambda ok: emit("load_finished", ok=ok))
            self.map.ready.connect(self._on_bench_ready)

        def load_map(self):
            t0 = time.time()
            super().load_map()
            emit("load_map_returned", started=t0)

        def _on_bench_ready(self):
            if self._bench_ready:
                return
            self._bench_ready = True
            emit("ready")
            # Leave the bridge's message handler first; then drive from the event loop.
            QTimer.singleShot(0, Driver(self, clicks, toggles).run)

    main_window_module.MainWindow = BenchWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("--clicks", type=int, default=10)
    parser.add_argument("--toggles", type=int, default=10)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the whole run here")
    args = parser.parse_args()
    emit("started", t_start=T_START, pid=os.getpid())

    from explorer.qtenv import prepare_qtwebengine

    prepare_qtwebengine()  # app.run does it again; here because the hooks import Qt first
    install_hooks(args.clicks, args.toggles)
    emit("imported")
    from explorer.ui.app import run

    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        code = profiler.runcall(run, args.catalogue)
        profiler.dump_stats(args.profile)
    else:
        code = run(args.catalogue)
    emit("exit", code=code)
    return code


if __name__ == "__main__":
    sys.exit(main())
