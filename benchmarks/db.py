"""Benchmark: a firm layer of 1,000,000 and 6,000,000 firms in PostGIS, queried by view.

    python benchmarks/db.py                    # 1,000,000 and 6,000,000 firms
    python benchmarks/db.py --sizes 1000000    # one size

Starts a throwaway PostgreSQL + PostGIS cluster (as tests/helpers/postgres.py does; needs
Debian's postgresql and postgresql-<N>-postgis-3), fills it with the bundled catalogue and N
synthetic firms spread over a Hunan-sized box (bulk-loaded with COPY, index built after),
then times what the map asks when the user pans and zooms: the firms (or the per-cell counts)
of a view, at the city, district and street scales, 30 random views each, median and 95th
percentile. No network: the server listens on a Unix socket only.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.core.db.store import PostgisStore  # noqa: E402
from explorer.core.db.tables import BULK_SETTING, rebuild_cells_statements  # noqa: E402
from explorer.core.db.transfer import push  # noqa: E402
from explorer.core.db.viewport import firms_in_view  # noqa: E402
from explorer.core.load import BUNDLED_PATH  # noqa: E402
from tests.helpers.postgres import Cluster, server_bin  # noqa: E402

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
        conn.execute(f'DROP INDEX IF EXISTS "{store.schema}".tenants_geom_idx')
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
        for statement in rebuild_cells_statements(store.schema):
            conn.execute(statement)
        conn.execute(f'ANALYZE "{store.schema}".tenants')
        conn.execute(f'ANALYZE "{store.schema}".firm_cells')
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,6000000")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    bin_dir = server_bin()
    if bin_dir is None:
        print("no PostgreSQL server with PostGIS installed", file=sys.stderr)
        return 2
    cluster = Cluster(bin_dir)
    uri = cluster.start()
    try:
        uri = uri + "&schema=bench"
        push(BUNDLED_PATH, uri)
        store = PostgisStore(uri)
        frames, _ = store.read()
        chains = list(frames["chains"]["id"])
        source = frames["chains"]["source_id"].iloc[0]
        loaded = 0
        print(f"{'firms':>10}  {'view':<16} {'median ms':>9} {'p95 ms':>7}   (load, index)")
        for n in sorted(int(s) for s in args.sizes.split(",")):
            seconds = load_firms(store, loaded, n - loaded, chains, source) if n > loaded \
                else 0.0
            loaded = n
            for name, times in time_views(store, args.runs).items():
                p95 = statistics.quantiles(times, n=20)[-1]
                print(f"{n:>10,}  {name:<16} {statistics.median(times):>9.1f} {p95:>7.1f}"
                      f"   ({seconds:.0f} s)")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
