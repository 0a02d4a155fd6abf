"""The packed R-tree: SQLite's own checker passes, queries find what a scan finds, and the
module goes on working (inserts, deletes) on the packed tree."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from explorer.core.rtree_pack import rebuild


@pytest.mark.parametrize("n,before", [(0, 0), (1, 0), (51, 0), (52, 3), (3000, 200),
                                      (120_000, 10)])
def test_packed_tree_is_sound_and_finds_every_point(n, before):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    rng = np.random.default_rng(n)
    old = [(10_000_000 + i, *rng.uniform(111, 114, 1).repeat(2), *rng.uniform(26, 28, 1)
            .repeat(2)) for i in range(before)]
    db.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", old)
    lon, lat = rng.uniform(111, 114, n), rng.uniform(26, 28, n)
    odd = [-0.1, 1e-9, 112.0][:n]  # negative, tiny, exact
    lon[:len(odd)] = odd
    db.execute("BEGIN")
    rebuild(db, "r", np.arange(1, n + 1), lon, lon, lat, lat)
    db.execute("COMMIT")
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM r").fetchone()[0] == n + before
    # every point is inside its stored box, and a window query finds it
    for i in range(0, n, max(1, n // 50)):
        found = db.execute("SELECT id FROM r WHERE minx <= ? AND maxx >= ? AND miny <= ? AND "
                           "maxy >= ?", (lon[i], lon[i], lat[i], lat[i])).fetchall()
        assert (i + 1,) in found
    db.execute("INSERT INTO r VALUES (99999999, 112.2, 112.3, 26.7, 26.8)")
    db.execute("DELETE FROM r WHERE id IN (1, 2, 10000000)")
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def test_an_id_given_again_replaces_its_entry():
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    db.execute("INSERT INTO r VALUES (1, 0, 0, 0, 0)")
    rebuild(db, "r", np.array([1, 2]), np.array([5.0, 6.0]), np.array([5.0, 6.0]),
            np.array([7.0, 8.0]), np.array([7.0, 8.0]))
    assert db.execute("SELECT * FROM r ORDER BY id").fetchall() == [
        (1, 5.0, 5.0, 7.0, 7.0), (2, 6.0, 6.0, 8.0, 8.0)]


@pytest.mark.parametrize("n", [0, 1, 51, 52, 1000, 30_000])
def test_slices_are_ordered_as_lexsort_orders_them(n):
    """Sort-Tile-Recursive order, slice by slice: the order of np.lexsort on (slice, y),
    ties (firms at one point) by position."""
    from explorer.core.rtree_pack import _str_order

    rng = np.random.default_rng(n)
    lon, lat = rng.uniform(112, 113, n), rng.uniform(26, 27, n)
    lon[::7], lat[::7], lat[::11], lon[::13] = 112.5, 26.5, 26.25, -0.0
    boxes = np.column_stack([lon, lon, lat, lat])
    for fanout in (51, 170):
        if n <= fanout:
            continue
        leaves = -(-n // fanout)
        per_slice = int(np.ceil(np.sqrt(leaves))) * fanout
        by_x = np.argsort(lon, kind="stable")
        slice_of = np.empty(n, dtype=np.int64)
        slice_of[by_x] = np.arange(n) // per_slice
        assert np.array_equal(_str_order(boxes, fanout), np.lexsort((lat, slice_of)))
