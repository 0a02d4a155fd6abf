"""Benchmark: the app at 1,000 / 10,000 / 100,000 firms, side by side with GeoDataFrame.explore().

    python benchmarks/run.py [--sizes 1000,10000,100000] [--runs 3] [--skip-explore] [--skip-edits]
                             [--explore-timeout 300] [--no-bundled] [--json FILE]
                             [--validate-rows 1000000] [--registry-rows 1000000]

--registry-rows N (issue 18) also imports a registry of N synthetic firms, as CSV and as
.xlsx, with the command line into a new catalogue, then opens that catalogue in the app;
the figures are printed beside those of the largest size. Off by default (0): at a million
rows it adds minutes. To run it alone: --sizes 100000 --runs 1 --skip-explore --skip-edits
--validate-rows 0 --registry-rows 1000000.

Generates seeded synthetic catalogues in a temporary folder, then for each size spawns fresh
processes (offscreen, no network needed) and prints a table of medians. See
benchmarks/README.md for what each figure means. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from procmem import TreeSampler  # noqa: E402
from protocol import parse  # noqa: E402

MB = 1024 * 1024
EXPLORE_ONCE_FROM = 100_000  # explore() takes minutes from here: run it once, not `runs` times
BUNDLED = 0  # the "size" that stands for the bundled catalogue


# -- running a child ---------------------------------------------------------------------------

class Child:
    """One spawned process: its events (by name), exit code, wall time and peak memory."""

    def __init__(self, command: list[str], env: dict, timeout: float, log: Path):
        self.command, self.env, self.timeout, self.log = command, env, timeout, log
        self.events: dict[str, dict] = {}
        self.code: int | None = None
        self.timed_out = False

    def run(self) -> Child:
        with open(self.log, "wb") as stderr:
            self.t_spawn = time.time()  # the parent's clock, just before the spawn
            proc = subprocess.Popen(self.command, cwd=REPO, env=self.env, stdout=subprocess.PIPE,
                                    stderr=stderr, text=True, start_new_session=True)
            reader = threading.Thread(target=self._read, args=(proc.stdout,), daemon=True)
            reader.start()
            with TreeSampler(proc.pid) as memory:
                try:
                    self.code = proc.wait(timeout=self.timeout)
                except subprocess.TimeoutExpired:
                    self.timed_out = True
                    os.killpg(proc.pid, signal.SIGKILL)  # the child's own session: its tree
                    self.code = proc.wait()
            self.t_exit = time.time()
            reader.join(5)
        self.peak_rss, self.peak_pss = memory.peak_rss / MB, memory.peak_pss / MB
        self.processes = memory.peak_processes
        return self

    def _read(self, stream) -> None:
        for line in stream:
            event = parse(line)
            if event:
                self.events.setdefault(event["event"], event)

    def since_spawn(self, event: str) -> float | None:
        """Seconds from the spawn to the child's report of `event`."""
        return self.events[event]["t"] - self.t_spawn if event in self.events else None

    def error(self) -> str | None:
        if self.timed_out:
            return f"timed out after {self.timeout:.0f} s"
        if "error" in self.events:
            return self.events["error"]["message"]
        if self.code != 0:
            tail = self.log.read_text(errors="replace").strip().splitlines()[-3:]
            return f"exit code {self.code}: {' | '.join(tail)}"
        return None


def child_env(folder: Path) -> dict:
    """Offscreen, with settings and caches in a fresh folder: every start is a first start,
    and nothing is written to the user's own settings or cache."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"),
               XDG_CACHE_HOME=str(folder / "cache"), PYTHONDONTWRITEBYTECODE="1")
    return env


# -- the three measurements --------------------------------------------------------------------

def run_app(catalogue: Path, folder: Path, args) -> dict:
    """Cold start to a ready map, then clicks and filter changes, in one process."""
    child = Child([sys.executable, str(HERE / "child_app.py"), str(catalogue),
                   "--clicks", str(args.clicks), "--toggles", str(args.toggles)],
                  child_env(folder), args.app_timeout, folder / "app.log").run()
    ev = child.events
    result = {"error": child.error(), "peak_rss_mb": child.peak_rss,
              "peak_pss_mb": child.peak_pss, "processes": child.processes,
              "cold_start_s": child.since_spawn("ready")}
    if "ready" in ev:
        page = ev.get("page_timing", {})
        result["phases_s"] = {
            "python start + imports": child.since_spawn("imported"),
            "load_catalogue": ev["catalogue_loaded"]["t"] - ev["catalogue_loaded"]["started"],
            "MainWindow()": ev["window_built"]["t"] - ev["window_built"]["started"],
            "render_page (folium + JSON)": ev["page_rendered"]["t"] - ev["page_rendered"]["started"],
            "page: load to HTML read": (page["response_end"] / 1000 - ev["load_map_returned"]["t"]
                                        if page else None),
            "page: parse + scripts (first draw)": ((page["dom_interactive"] - page["response_end"])
                                                   / 1000 if page else None),
            # The page's clock and Python's agree to about a millisecond: clamp at 0.
            "page: to ready (bridge, 2 frames)": (max(0.0, ev["ready"]["t"]
                                                      - page["dom_interactive"] / 1000)
                                                  if page else None),
        }
        result["html_mb"] = ev["page_rendered"]["html_bytes"] / MB
    if "clicks" in ev:
        result["click_ms"] = ev["clicks"]["latency_ms"]
        result["click_misses"] = len(ev["clicks"]["misses"])
        result["click_samples"] = [s["latency_ms"] for s in ev["clicks"]["samples"]]
    if "filter" in ev:
        result["filter_frame_ms"] = ev["filter"]["frame_ms"]
        result["filter_round_trip_ms"] = ev["filter"]["round_trip_ms"]
        result["filter_js_ms"] = ev["filter"]["js_ms"]
    if "search" in ev:
        result["search_round_trip_ms"] = ev["search"]["round_trip_ms"]
    return result


def run_export(catalogue: Path, folder: Path, args) -> dict:
    """`python -m explorer export` to a 1920x1080 x2 PNG, spawn to exit."""
    out = folder / "export.png"
    command = [sys.executable, "-m", "explorer", "export", "--data", str(catalogue),
               "--out", str(out), "--size", "1920x1080", "--scale", "2"]
    child = Child(command, child_env(folder), args.app_timeout, folder / "export.log").run()
    error = child.error()
    if error is None and png_size(out) != (3840, 2160):
        error = f"expected a 3840x2160 PNG, found {png_size(out)}"
    return {"error": error, "export_s": child.t_exit - child.t_spawn,
            "export_peak_rss_mb": child.peak_rss}


def run_validate(path: Path, folder: Path, args) -> dict:
    """`python -m explorer validate FILE`, spawn to exit, with the peak memory of the process."""
    command = [sys.executable, "-m", "explorer", "validate", str(path)]
    child = Child(command, child_env(folder), args.app_timeout, folder / "validate.log").run()
    return {"error": child.error(), "validate_s": child.t_exit - child.t_spawn,
            "validate_peak_rss_mb": child.peak_rss}


def measure_validate(n: int, root: Path, args) -> list[dict]:
    """Validate a CSV of n firms `args.runs` times; prints each run."""
    from big_csv import make_csv

    t0 = time.time()
    path = make_csv(n, root)
    print(f"\nvalidate a CSV of {n:,} firms: {path.stat().st_size / MB:.0f} MB, made in "
          f"{time.time() - t0:.1f} s")
    runs = []
    for run in range(args.runs):
        result = run_validate(path, root, args)
        print(f"  run {run + 1}: {fmt(result['validate_s'])} s, peak RSS "
              f"{fmt(result['validate_peak_rss_mb'], 0)} MB"
              + (f" ({result['error']})" if result["error"] else ""))
        runs.append({"validate": result})
    print(f"validate, {n:,}-row CSV (median of {len(runs)}): "
          f"{fmt(median_of(runs, 'validate', 'validate_s'))} s, peak RSS "
          f"{fmt(median_of(runs, 'validate', 'validate_peak_rss_mb'), 0)} MB")
    return runs


def png_size(path: Path) -> tuple[int, int] | None:
    try:
        head = path.read_bytes()[:24]
    except OSError:
        return None
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def run_explore(catalogue: Path, folder: Path, args) -> dict:
    """GeoDataFrame.explore() on the same firms, shown in a QWebEngineView: spawn to drawn."""
    child = Child([sys.executable, str(HERE / "child_explore.py"), str(catalogue),
                   str(folder / "explore.html")],
                  child_env(folder), args.explore_timeout, folder / "explore.log").run()
    ev = child.events
    result = {"error": child.error(), "explore_s": child.since_spawn("drawn"),
              "explore_peak_rss_mb": child.peak_rss, "explore_peak_pss_mb": child.peak_pss,
              "explore_stand_ins": ev.get("imported", {}).get("stand_ins", [])}
    if child.timed_out:
        # Not drawn within the timeout: the figure is at least that (shown as "> T").
        result["explore_s_at_least"] = child.t_exit - child.t_spawn
        for key in ("explore_peak_rss_mb", "explore_peak_pss_mb"):
            result[key + "_at_least"] = result.pop(key)
    if "html_written" in ev:
        result["explore_html_mb"] = ev["html_written"]["html_bytes"] / MB
        result["explore_build_s"] = ev["html_written"]["t"] - ev["imported"]["t"]
    if "drawn" in ev:
        result["explore_features"] = ev["drawn"]["features"]
        result["explore_page_s"] = ev["drawn"]["t"] - ev["html_written"]["t"]
    return result


# -- one size ----------------------------------------------------------------------------------

def measure_size(n: int, catalogue: Path, root: Path, args) -> list[dict]:
    """Every run at one size; the measurements interleaved so that drift hits all alike."""
    runs = []
    for r in range(args.runs):
        folder = root / f"n{n}-run{r}"
        folder.mkdir()
        run: dict = {"app": run_app(catalogue, folder, args)}
        print(f"  run {r + 1}: app {fmt(run['app'].get('cold_start_s'), 2)} s", end="",
              flush=True)
        run["export"] = run_export(catalogue, folder, args)
        print(f", export {fmt(run['export'].get('export_s'), 2)} s", end="", flush=True)
        if want_explore(n, r, args):
            run["explore"] = run_explore(catalogue, folder, args)
            print(f", explore() {fmt(run['explore'].get('explore_s'), 1)} s", end="", flush=True)
        print(flush=True)
        for part in run.values():
            if part.get("error"):
                print(f"    ! {part['error']}", flush=True)
        runs.append(run)
    return runs


def want_explore(n: int, run: int, args) -> bool:
    if args.skip_explore or n == BUNDLED:
        return False
    return run == 0 or n < EXPLORE_ONCE_FROM


# -- the report --------------------------------------------------------------------------------

def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def at_least(runs: list[dict], part: str, key: str):
    """The smallest lower bound recorded for a figure whose runs all timed out, or None."""
    values = [r[part].get(key + "_at_least") for r in runs if part in r]
    values = [v for v in values if v is not None]
    return min(values) if values and median_of(runs, part, key) is None else None


def median_of(runs: list[dict], part: str, key: str):
    """The median of a figure over the runs that have it (a failed run lacks those it did
    not reach, and keeps those it did: a cold start stands even if a later click failed)."""
    values = [r[part][key] for r in runs if part in r and r[part].get(key) is not None]
    return statistics.median(values) if values else None


def phase_median(runs: list[dict], phase: str):
    values = [r["app"]["phases_s"][phase] for r in runs
              if r["app"].get("phases_s", {}).get(phase) is not None]
    return statistics.median(values) if values else None


def ratio(ours, theirs, theirs_at_least=None) -> str:
    """ours/theirs; "< x" when theirs only has a lower bound (it timed out)."""
    if ours is not None and theirs is None and theirs_at_least:
        return f"< {ours / theirs_at_least:.3f}"
    if ours is None or theirs is None or theirs == 0:
        return "—"
    return f"{ours / theirs:.3f}" if ours < theirs / 10 else f"{ours / theirs:.2f}"


def cell(runs: list[dict], part: str, key: str, digits: int) -> str:
    bound = at_least(runs, part, key)
    if bound is not None:
        return f"> {bound:,.0f}"
    return fmt(median_of(runs, part, key), digits)


ROWS = [
    # (label, part, key, digits)
    ("cold start → map ready for clicks, whole process (s)", "app", "cold_start_s", 2),
    ("click on a firm → panel shows it (ms)", "app", "click_ms", 1),
    ("chain filter → page redrawn, in page (ms)", "app", "filter_frame_ms", 1),
    ("chain filter, Python untick → page redrawn (ms)", "app", "filter_round_trip_ms", 1),
    ("  of which setFilter JS (ms)", "app", "filter_js_ms", 1),
    ("search, text → page redrawn (ms)", "app", "search_round_trip_ms", 1),
    ("PNG export 1920×1080 ×2, whole process (s)", "export", "export_s", 2),
    ("peak memory, app tree, summed RSS (MB)", "app", "peak_rss_mb", 0),
    ("peak memory, app tree, summed PSS (MB)", "app", "peak_pss_mb", 0),
    ("page HTML (MB)", "app", "html_mb", 1),
    ("explore(): start → drawn, whole process (s)", "explore", "explore_s", 2),
    ("  explore(): build page (s)", "explore", "explore_build_s", 2),
    ("  explore(): page load → drawn (s)", "explore", "explore_page_s", 2),
    ("explore(): peak memory, summed RSS (MB)", "explore", "explore_peak_rss_mb", 0),
    ("explore(): peak memory, summed PSS (MB)", "explore", "explore_peak_pss_mb", 0),
    ("explore(): page HTML (MB)", "explore", "explore_html_mb", 1),
]

PHASES = ["python start + imports", "load_catalogue", "MainWindow()",
          "render_page (folium + JSON)", "page: load to HTML read",
          "page: parse + scripts (first draw)", "page: to ready (bridge, 2 frames)"]


def label_of(n: int) -> str:
    return "bundled" if n == BUNDLED else f"{n:,}"


def print_table(results: dict[int, list[dict]], args) -> None:
    sizes = list(results)
    width = 54
    col = 13
    header = "firms".ljust(width) + "".join(label_of(n).rjust(col) for n in sizes)
    print("\n" + header)
    print("-" * len(header))
    for label, part, key, digits in ROWS:
        if part == "explore" and args.skip_explore:
            continue
        cells = [cell(results[n], part, key, digits) for n in sizes]
        print(label.ljust(width) + "".join(c.rjust(col) for c in cells))
    if not args.skip_explore:
        for label, ours_key, theirs_key in (
                ("ratio ours/explore(), start time", "cold_start_s", "explore_s"),
                ("ratio ours/explore(), peak RSS", "peak_rss_mb", "explore_peak_rss_mb"),
                ("ratio ours/explore(), peak PSS", "peak_pss_mb", "explore_peak_pss_mb")):
            cells = [ratio(median_of(results[n], "app", ours_key),
                           median_of(results[n], "explore", theirs_key),
                           at_least(results[n], "explore", theirs_key)) if n else "—"
                     for n in sizes]
            print(label.ljust(width) + "".join(c.rjust(col) for c in cells))
    print("\ncold start, where the time goes (medians, s)")
    for phase in PHASES:
        print(("  " + phase).ljust(width) +
              "".join(fmt(phase_median(results[n], phase), 2).rjust(col) for n in sizes))
    print_notes(results, args)


def print_notes(results: dict[int, list[dict]], args) -> None:
    print()
    print(f"Medians of {args.runs} run(s) per size, each in fresh processes; explore() "
          f"{'skipped' if args.skip_explore else f'run once (not a median) at sizes ≥ {EXPLORE_ONCE_FROM:,}'}.")
    stand_ins = {s for runs in results.values() for r in runs
                 for s in r.get("explore", {}).get("explore_stand_ins", [])}
    if stand_ins:
        print(f"  explore() ran with stand-ins for {', '.join(sorted(stand_ins))} (not "
              "installed; explore() imports them but does not use them for a list of colours, "
              "so its page is the same; their import time is not counted)")
    for n, runs in results.items():
        clicks = [r["app"].get("click_misses") for r in runs if "click_misses" in r["app"]]
        if any(clicks):
            print(f"  {label_of(n)}: {sum(clicks)} click(s) did not reach the panel "
                  "(left out of the median)")
        features = [r["explore"].get("explore_features") for r in runs if "explore" in r]
        if any(f is not None and f != n for f in features):
            print(f"  {label_of(n)}: explore() drew {features} features, expected {n}")
    errors = [(n, part, r[part]["error"]) for n, runs in results.items() for r in runs
              for part in r if r[part].get("error")]
    for n, part, error in errors:
        print(f"  FAILED {label_of(n)} {part}: {error}")


def machine_info() -> list[str]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    try:
        from PySide6.QtWebEngineCore import qWebEngineChromiumVersion, qWebEngineVersion

        engine = f"QtWebEngine {qWebEngineVersion()} (Chromium {qWebEngineChromiumVersion()})"
    except ImportError:
        engine = "QtWebEngine ?"
    import folium
    import geopandas

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024
    except (OSError, ValueError):
        memory = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip() or "?"
    now = dt.datetime.now(dt.timezone.utc).astimezone()
    return [
        f"date: {now:%Y-%m-%d %H:%M %Z}   commit: {commit}",
        f"machine: {cores} cores ({cpu}), {memory:,} MB RAM, {platform.platform()}",
        f"Python {platform.python_version()}, PySide6 {pyside}, Qt {qVersion()}, {engine}, "
        f"folium {folium.__version__}, geopandas {geopandas.__version__}",
        f"offscreen (QT_QPA_PLATFORM=offscreen), software rendering; running as "
        f"{'root (Chromium sandbox off)' if os.geteuid() == 0 else 'a normal user'}",
    ]


# -- main --------------------------------------------------------------------------------------

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="numbers of synthetic firms, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--skip-explore", action="store_true",
                        help="do not measure GeoDataFrame.explore()")
    parser.add_argument("--skip-edits", action="store_true",
                        help="do not measure edits (drag to redraw, save) at the largest size")
    parser.add_argument("--explore-timeout", type=float, default=300,
                        help="seconds allowed to one explore() run")
    parser.add_argument("--app-timeout", type=float, default=300,
                        help="seconds allowed to one app or export run")
    parser.add_argument("--no-bundled", action="store_true",
                        help="leave out the column for the bundled catalogue")
    parser.add_argument("--clicks", type=int, default=10, help="firms clicked per run")
    parser.add_argument("--toggles", type=int, default=10, help="chain filter changes per run")
    parser.add_argument("--validate-rows", type=int, default=1_000_000,
                        help="firms in the CSV file that `validate` checks (0: skip)")
    parser.add_argument("--registry-rows", type=int, default=0,
                        help="firms in the registry that `import` brings in, as CSV and "
                             ".xlsx, before the app opens the result (0: skip; issue 18)")
    parser.add_argument("--json", type=Path, help="also write every raw figure here")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (catalogues, pages, logs)")
    args = parser.parse_args(argv)
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    return args


def measure_edits(catalogue: Path, n: int, root: Path, compare: Path | None) -> None:
    """Edits at the largest size: a park's and a firm's drag released, and a firm edited,
    until page and panel show it; one edit saved, beside the same at a smaller size."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(HERE / "child_edits.py"), str(catalogue)]
    if compare is not None:
        command += ["--compare", str(compare)]
    child = Child(command, env, 900, root / "edits.log").run()
    drag, firms, saves = (child.events.get(e) for e in ("drag", "firms", "saves"))
    if not drag or not firms or not saves:
        print(f"\nedits: the child failed (see {root / 'edits.log'})")
        return

    def runs(times):
        return (f"median {statistics.median(times):.1f} ms "
                f"(runs: {', '.join(f'{t:.1f}' for t in times)})")
    print(f"\nedits, {n:,} firms loaded")
    print(f"  park drag released -> page and panel updated: {runs(drag['times_ms'])}")
    print(f"  firm drag released -> page and panel updated: {runs(firms['drag_ms'])}")
    print(f"  firm renamed, chain changed -> page updated (that firm alone): "
          f"{runs(firms['edit_ms'])}")
    print(f"    (the whole firms layer sent again, as before: {runs(firms['set_firms_ms'])})")
    for size in saves["sizes"]:
        print(f"  save one edit at {size['firms']:,} firms: {size['save_ms']:.0f} ms "
              f"(runs: {', '.join(f'{t:.0f}' for t in size['saves_ms'])}), of which checks "
              f"of the changed rows {size['check_ms']:.1f} ms; the whole-catalogue check "
              f"alone took {size['whole_check_ms']:.0f} ms; rewriting a copy of the file "
              f"{size['rewrite_copy_ms']:.0f} ms")
    if len(saves["sizes"]) == 2:
        small, large = saves["sizes"]
        print(f"  save at {large['firms']:,} / at {small['firms']:,} firms: "
              f"{large['save_ms'] / small['save_ms']:.2f}x (whole check: "
              f"{large['whole_check_ms'] / small['whole_check_ms']:.1f}x)")


def run_import(registry: Path, target: Path, folder: Path, args) -> dict:
    """`python -m explorer import REGISTRY --into TARGET --datum gcj02`, spawn to exit."""
    command = [sys.executable, "-m", "explorer", "import", str(registry), "--into",
               str(target), "--datum", "gcj02"]
    child = Child(command, child_env(folder), args.app_timeout * 4,
                  folder / f"import-{registry.suffix[1:]}.log").run()
    return {"error": child.error(), "import_s": child.t_exit - child.t_spawn,
            "import_peak_pss_mb": child.peak_pss, "import_peak_rss_mb": child.peak_rss}


# (what, goal, unit, where in the results) of the registry section, and the row of the
# largest size's table it stands beside.
REGISTRY_ROWS = [
    ("import a CSV registry, whole process", 10, "s", ("csv", "import_s")),
    ("  its peak PSS", None, "MB", ("csv", "import_peak_pss_mb")),
    ("import an .xlsx registry, whole process", 40, "s", ("xlsx", "import_s")),
    ("  its peak PSS", None, "MB", ("xlsx", "import_peak_pss_mb")),
    ("app: start to ready for clicks", 4, "s", ("app", "cold_start_s")),
    ("app: click -> panel (median)", 50, "ms", ("app", "click_ms")),
    ("app: chain filter round trip (median)", 100, "ms", ("app", "filter_round_trip_ms")),
    ("app: peak PSS, process tree", 1200, "MB", ("app", "peak_pss_mb")),
]


def measure_registry(n: int, root: Path, args, results) -> dict:
    """Import a registry of n firms (CSV, then .xlsx) into new catalogues with the command
    line, then open the CSV one in the app; prints the figures beside the largest size's."""
    from registry import make_registry

    folder = root / "registry"
    folder.mkdir()
    out = {}
    for kind in ("csv", "xlsx"):
        t0 = time.time()
        path = make_registry(n, folder, kind)
        print(f"\nregistry of {n:,} firms as {kind}: {path.stat().st_size / MB:.0f} MB, made in "
              f"{time.time() - t0:.1f} s")
        out[kind] = run_import(path, folder / f"catalogue-{kind}.gpkg", folder, args)
        if out[kind]["error"]:
            print(f"  import failed: {out[kind]['error']}")
    out["app"] = run_app(folder / "catalogue-csv.gpkg", folder, args) \
        if not out["csv"]["error"] else {"error": "no catalogue"}
    largest = max((k for k in results if isinstance(k, int) and k), default=None)
    beside = {"cold_start_s": "app", "click_ms": "app", "filter_round_trip_ms": "app",
              "peak_pss_mb": "app"}
    print(f"\nregistry import (issue 18): {n:,} firms"
          + (f", beside the {largest:,}-firm catalogue above" if largest else ""))
    for label, goal, unit, (part, key) in REGISTRY_ROWS:
        value = out[part].get(key)
        digits = 0 if unit == "MB" else (1 if unit == "ms" else 2)
        there = ""
        if largest and key in beside:
            there = f"   ({label_of(largest)}: {fmt(median_of(results[largest], 'app', key), digits)} {unit})"
        verdict = "" if goal is None or value is None else (
            "  ok" if value < goal else "  MISSED")
        print(f"  {label:<42}{fmt(value, digits):>10} {unit:<3}"
              + (f" goal < {goal} {unit}" if goal else "") + verdict + there)
    if out["app"].get("error"):
        print(f"  app: {out['app']['error']}")
    return out


def main(argv=None) -> int:
    args = parse_args(argv)
    print("Hengyang Park Explorer benchmark")
    for line in machine_info():
        print("  " + line)
    from catalogues import make_catalogue

    root = Path(tempfile.mkdtemp(prefix="explorer-bench-"))
    results: dict[int, list[dict]] = {}
    try:
        if not args.no_bundled:
            print("\nbundled catalogue")
            from explorer.core.load import BUNDLED_PATH

            results[BUNDLED] = measure_size(BUNDLED, BUNDLED_PATH, root, args)
        for n in args.sizes:
            t0 = time.time()
            catalogue = make_catalogue(n, root)
            print(f"\n{n:,} firms: {catalogue.name}, {catalogue.stat().st_size / MB:.1f} MB, "
                  f"made and checked in {time.time() - t0:.1f} s")
            results[n] = measure_size(n, catalogue, root, args)
        print_table(results, args)
        if args.validate_rows:
            results["validate"] = measure_validate(args.validate_rows, root, args)
        if args.registry_rows:
            results["registry"] = measure_registry(args.registry_rows, root, args, results)
        if args.sizes and not args.skip_edits:
            smaller = [n for n in args.sizes if n < max(args.sizes)]
            measure_edits(root / f"firms-{max(args.sizes)}.gpkg", max(args.sizes), root,
                          root / f"firms-{max(smaller)}.gpkg" if smaller else None)
        if args.json:
            args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))
    finally:
        if args.keep:
            print(f"\nkept {root}")
        else:
            import shutil

            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
