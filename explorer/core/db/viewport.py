"""Firms by view: what the map needs of a firm layer too large to load whole.

A view holding few firms gets the firms themselves. A view holding many gets clusters: per
grid cell, its number of firms, their mean position and their most common chain — what the
page draws anyway. Cells come from a pyramid of counts the database keeps up to date
(`firm_cells`, one level per zoom, see tables.py), so a city-wide view costs a few thousand
rows read by primary key instead of an aggregation over every firm in view. Firms use the
GiST index on their points (`geom && envelope`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from psycopg import sql

from explorer.core.db.tables import CELL_DEGREES_AT_ZOOM_0, CELL_LEVELS

MAX_FIRMS = 4000  # as the page's firm layer: above this many in view, it draws clusters


@dataclass
class ViewFirms:
    """`kind` "firms": one row per firm (`ids` set, `count` all 1); "cells": one row per
    grid cell with its number of firms."""

    kind: str
    lon: np.ndarray
    lat: np.ndarray
    chain: list[str]
    count: np.ndarray
    ids: list[str] | None = None

    @property
    def total(self) -> int:
        return int(self.count.sum())


def cell_size(level: int) -> float:
    """Degrees of one cell at `level` (about 40 screen pixels at that zoom)."""
    return CELL_DEGREES_AT_ZOOM_0 / 2 ** level


def firms_in_view(store, conn, bounds: tuple[float, float, float, float], zoom: float,
                  chains: list[str] | None = None, max_firms: int = MAX_FIRMS) -> ViewFirms:
    """The firms of `store` inside `bounds` (west, south, east, north) seen at `zoom`, or
    the cells of that zoom's level that meet the bounds when there are more than
    `max_firms`; only firms of `chains` when given."""
    level = min(max(math.floor(zoom), CELL_LEVELS[0]), CELL_LEVELS[-1])
    cells = _cells(store, conn, bounds, level, chains)
    if cells.total > max_firms:
        return cells
    firms = _firms(store, conn, bounds, chains, max_firms)
    return firms if firms is not None else cells


def _cells(store, conn, bounds, level: int, chains) -> ViewFirms:
    size = cell_size(level)
    west, south, east, north = (float(v) for v in bounds)
    where = sql.SQL("level = %s AND gx BETWEEN %s AND %s AND gy BETWEEN %s AND %s")
    params = [level, math.floor(west / size), math.floor(east / size),
              math.floor(south / size), math.floor(north / size)]
    if chains is not None:
        where = sql.SQL("{} AND chain_id = ANY(%s)").format(where)
        params.append(list(chains))
    rows = conn.execute(sql.SQL("SELECT gx, gy, chain_id, n, sum_lon, sum_lat FROM {} WHERE {}")
                        .format(store.table("firm_cells"), where), params).fetchall()
    df = pd.DataFrame(rows, columns=["gx", "gy", "chain", "n", "sum_lon", "sum_lat"])
    df = df[df["n"] > 0]
    top = df.sort_values("n", ascending=False).drop_duplicates(["gx", "gy"])
    per_cell = df.groupby(["gx", "gy"])[["n", "sum_lon", "sum_lat"]].sum()
    per_cell = per_cell.join(top.set_index(["gx", "gy"])["chain"])
    n = per_cell["n"].to_numpy()
    return ViewFirms("cells", per_cell["sum_lon"].to_numpy() / np.maximum(n, 1),
                     per_cell["sum_lat"].to_numpy() / np.maximum(n, 1),
                     per_cell["chain"].tolist(), n.astype(int))


def _firms(store, conn, bounds, chains, max_firms: int) -> ViewFirms | None:
    """The firms in `bounds`, or None if there are more than `max_firms` (a view at the
    finest level of cells can still hold many)."""
    west, south, east, north = (float(v) for v in bounds)
    where = sql.SQL("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
    params = [west, south, east, north]
    if chains is not None:
        where = sql.SQL("{} AND chain_id = ANY(%s)").format(where)
        params.append(list(chains))
    rows = conn.execute(sql.SQL("SELECT id, ST_X(geom), ST_Y(geom), chain_id FROM {} "
                                "WHERE {} ORDER BY fid LIMIT %s").format(
        store.table("tenants"), where), params + [max_firms + 1]).fetchall()
    if len(rows) > max_firms:
        return None
    ids, lon, lat, chain = (list(c) for c in zip(*rows)) if rows else ([], [], [], [])
    return ViewFirms("firms", np.array(lon, float), np.array(lat, float), chain,
                     np.ones(len(ids), int), ids)
