"""Benchmark: a firm layer of 1,000,000 and 6,000,000 firms in PostGIS, queried by view.

    python benchmarks/db.py                    # 1,000,000 and 6,000,000 firms
    python benchmarks/db.py --sizes 1000000    # one size
    python benchmarks/db.py --no-app           # the queries alone, without the window

Starts a throwaway PostgreSQL + PostGIS cluster (as tests/helpers/postgres.py does; needs
Debian's postgresql and postgresql-<N>-postgis-3), fills it with the bundled catalogue and N
synthetic firms spread over a Hunan-sized box (bulk-loaded with COPY, index built after),
then times what the map asks when the user pans and zooms: the firms (or the per-cell counts)
of a view, at the city, district and street scales, 30 random views each, median and 95th
percentile. No network: the server listens on a Unix socket only.

Then, per size, the real app (benchmarks/child_db_view.py, spawned as benchmarks/run.py
spawns its children) opens the database: start to map ready, the same three scales panned and
zoomed through the window's real path (page → bridge → worker thread → page drawn), a firm
search and the chain counts, and the peak memory (PSS) of the app's whole process tree, beside
the same app on the bundled GeoPackage.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.core.db.store import PostgisStore  # noqa: E402
from explorer.core.db.tables import (BULK_SETTING, firm_index_statements,  # noqa: E402
                                     rebuild_cells_statements, trigram_statements)
from explorer.core.db.transfer import push  # noqa: E402
from explorer.core.db.viewport import firms_in_view  # noqa: E402
from explorer.core.load import BUNDLED_PATH  # noqa: E402
from tests.helpers.postgres import Cluster, server_bin  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from protocol import parse  # noqa: E402
from run import Child, child_env  # noqa: E402

HUNAN = (108.8, 24.6, 114.3, 30.1)  # west, south, east, north: the province's box
HENGYANG = (112.0, 26.1, 113.4, 27.5)
# name -> (view width in degrees, the map's zoom there: a 1400-px-wide window)
VIEWS = {"city (1.4°)": (1.4, 9), "district (0.2°)": (0.2, 12), "street (0.02°)": (0.02, 15)}
SEED = 20241130
CHUNK = 500_000


def load_firms(store: PostgisStore, first: int, n: int, chains: list[str], source: str) -> float:
    """Firms first .. first+n-1, half of them in Hengyang's box and half over the province,
    as a bulk load does it (see transfer.push); seconds taken."""
    rng = np.random.default_rng(SEED + first)
    started = time.perf_counter()
    with store.connect() as conn:
        conn.execute("SELECT set_config(%s, 'on', true)", [BULK_SETTING])
        conn.execute("SET maintenance_work_mem = '1GB'")
        # Indexes are built once after the load, not row by row during it.
        for (name,) in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s "
                                    "AND tablename = 'tenants' AND indexname NOT LIKE "
                                    "'%%pkey' AND indexname NOT LIKE '%%fid_key'",
                                    [store.schema]).fetchall():
            conn.execute(f'DROP INDEX "{store.schema}"."{name}"')
        with conn.cursor().copy(f'COPY "{store.schema}".tenants (id, name_zh, chain_id, '
                                'source_id, geom) FROM STDIN') as copy:
            for start in range(0, n, CHUNK):
                size = min(CHUNK, n - start)
                box = np.where(rng.random(size)[:, None] < 0.5, HENGYANG, HUNAN)
                lon = rng.uniform(box[:, 0], box[:, 2])
                lat = rng.uniform(box[:, 1], box[:, 3])
                chain = rng.choice(chains, size)
                buffer = io.StringIO()
                for i in range(size):
                    k = first + start + i
                    buffer.write(f"bench-{k}\t测试企业{k}号\t{chain[i]}\t{source}\t"
                                 f"SRID=4326;POINT({lon[i]:.6f} {lat[i]:.6f})\n")
                copy.write(buffer.getvalue())
        conn.execute(f'CREATE INDEX ON "{store.schema}".tenants USING gist (geom)')
        for statement in firm_index_statements(store.schema) + trigram_statements(store.schema):
            conn.execute(statement)
        for statement in rebuild_cells_statements(store.schema):
            conn.execute(statement)
    with store.connect(autocommit=True) as conn:  # the visibility map, for index-only scans
        conn.execute(f'VACUUM ANALYZE "{store.schema}".tenants')
        conn.execute(f'VACUUM ANALYZE "{store.schema}".firm_cells')
    return time.perf_counter() - started


def time_views(store: PostgisStore, runs: int) -> dict[str, list[float]]:
    rng = np.random.default_rng(SEED)
    out = {}
    with store.connect() as conn:
        for name, (width, zoom) in VIEWS.items():
            times = []
            for _ in range(runs):
                west = rng.uniform(HENGYANG[0], HENGYANG[2] - width)
                south = rng.uniform(HENGYANG[1], HENGYANG[3] - width * 0.6)
                started = time.perf_counter()
                firms_in_view(store, conn, (west, south, west + width, south + width * 0.6),
                              zoom)
                times.append((time.perf_counter() - started) * 1000)
            out[name] = times
    return out


class ViewsChild(Child):
    """A child whose `views` and `search` events come once per scale and text: all kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.views, self.searches = {}, {}

    def _read(self, stream) -> None:
        for line in stream:
            event = parse(line)
            if not event:
                continue
            if event["event"] == "views":
                self.views[event["scale"]] = event
            elif event["event"] == "search":
                self.searches[event["text"]] = event
            self.events.setdefault(event["event"], event)


def run_app(data: str, folder: Path, views: int, threshold: int | None = None) -> dict:
    """The real window on `data` (benchmarks/child_db_view.py): events and peak memory."""
    folder.mkdir(parents=True, exist_ok=True)
    env = child_env(folder)
    if threshold is not None:
        env["EXPLORER_FIRMS_BY_VIEW_ABOVE"] = str(threshold)
    child = ViewsChild([sys.executable, str(Path(__file__).resolve().parent /
                                            "child_db_view.py"), data, "--views", str(views)],
                       env, 900, folder / "app.log").run()
    loaded = child.events.get("catalogue_loaded")
    return {"child": child, "error": child.error(), "ready_s": child.since_spawn("ready"),
            "load_s": loaded["t"] - loaded["started"] if loaded else None,
            "pss_mb": child.peak_pss, "rss_mb": child.peak_rss}


def run_apps(data: str, folder: Path, views: int, starts: int,
             threshold: int | None = None) -> dict:
    """The app started `starts` times on `data`, panned and zoomed in the first run only:
    the median start and load, the largest peak memory, the first run's events."""
    runs = [run_app(data, folder / f"run{i}", views if i == 0 else 0, threshold)
            for i in range(starts)]
    first = runs[0]
    good = [r for r in runs if not r["error"]]
    if not good:
        return first
    return {**first, "error": next((r["error"] for r in runs if r["error"]), None),
            "ready_s": statistics.median(r["ready_s"] for r in good),
            "ready_all": [r["ready_s"] for r in good],
            "load_s": statistics.median(r["load_s"] for r in good),
            "pss_mb": max(r["pss_mb"] for r in good), "rss_mb": max(r["rss_mb"] for r in good)}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,6000000")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-app", action="store_true", help="time the queries only")
    parser.add_argument("--starts", type=int, default=3, help="app starts per catalogue "
                        "(the median is printed; pans and zooms in the first only)")
    parser.add_argument("--threshold", type=int, help="firms by view above this many (to "
                        "try small sizes; the app's default is 200,000)")
    args = parser.parse_args()
    bin_dir = server_bin()
    if bin_dir is None:
        print("no PostgreSQL server with PostGIS installed", file=sys.stderr)
        return 2
    cluster = Cluster(bin_dir)
    uri = cluster.start()
    apps = {}
    work = Path(tempfile.mkdtemp(prefix="explorer-dbbench-"))
    try:
        uri = uri + "&schema=bench"
        push(BUNDLED_PATH, uri)
        store = PostgisStore(uri)
        frames, _ = store.read()
        chains = list(frames["chains"]["id"])
        source = frames["chains"]["source_id"].iloc[0]
        loaded = 0
        if not args.no_app:
            apps["bundled"] = run_apps(str(BUNDLED_PATH), work / "bundled", args.runs,
                                       args.starts)
        print(f"{'firms':>10}  {'view':<16} {'median ms':>9} {'p95 ms':>7}   (load, index)")
        for n in sorted(int(s) for s in args.sizes.split(",")):
            seconds = load_firms(store, loaded, n - loaded, chains, source) if n > loaded \
                else 0.0
            loaded = n
            for name, times in time_views(store, args.runs).items():
                print(f"{n:>10,}  {name:<16} {statistics.median(times):>9.1f} "
                      f"{p95(times):>7.1f}   ({seconds:.0f} s)", flush=True)
            if not args.no_app:
                apps[n] = run_apps(uri, work / str(n), args.runs, args.starts, args.threshold)
        if apps:
            print_app(apps)
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def print_app(apps: dict) -> None:
    """The window's figures: start, memory, pan/zoom through the app, search, chain counts."""
    print()
    print(f"The app on the database (firms by view) beside the bundled GeoPackage "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    print(f"{'catalogue':>25}  {'start to map ready':>18}  {'load_catalogue':>14}  "
          f"{'peak PSS':>9}  {'peak RSS':>9}   (medians of the starts; peaks: the largest)")
    for key, app in apps.items():
        if app["error"]:
            print(f"{label(key):>25}  error: {app['error']}")
            continue
        starts = " / ".join(f"{t:.2f}" for t in app.get("ready_all", [app["ready_s"]]))
        print(f"{label(key):>25}  {app['ready_s']:>16.2f} s  {app['load_s']:>12.2f} s  "
              f"{app['pss_mb']:>6.0f} MB  {app['rss_mb']:>6.0f} MB   (starts: {starts} s)")
    print()
    print(f"{'catalogue':>25}  {'pan/zoom through the app':<26} {'median ms':>9} {'p95 ms':>7}"
          f"  {'of which the query in the worker, median':>40}")
    print("  (PostGIS: page moved → bridge → worker's query → page drawn; bundled: page moved →")
    print("   bridge, the part every catalogue pays)")
    for key, app in apps.items():
        if app["error"]:
            continue
        child = app["child"]
        views, searches = child.views, child.searches
        counts = child.events.get("chain_counts")
        for scale, event in views.items():
            query = (f"{statistics.median(event['query_ms']):>40.1f}" if event["query_ms"]
                     else "")
            print(f"{label(key):>25}  {scale + ' (zoom ' + str(event['zoom']) + ')':<26} "
                  f"{statistics.median(event['ms']):>9.1f} {p95(event['ms']):>7.1f}  {query}")
        for text, event in searches.items():
            found = f"{event['firms']}{'+' if event['more'] else ''} found"
            print(f"{label(key):>25}  search {text!r:<19} {event['ms']:>9.1f}  ({found})")
        if counts:
            print(f"{label(key):>25}  {'chain counts (all chains)':<26} {counts['ms']:>9.1f}")


def label(key) -> str:
    return "bundled GeoPackage" if key == "bundled" else f"{key:,} firms (PostGIS)"


if __name__ == "__main__":
    sys.exit(main())
