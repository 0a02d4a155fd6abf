"""A firm layer left in the database: what the app asks of firms it does not load.

Above `FIRMS_BY_VIEW_ABOVE` firms, `PostgisStore.read` loads no firm into memory (see there
for why); the catalogue's `tenants` is then a `DatabaseFirms`, which answers the questions a
`TenantTable` answers (a firm by id, the firms of a park or a chain, counts per chain, a
search) with queries, and the map asks for the firms of its view (`viewport.firms_in_view`).

Counts per chain are read once, when the catalogue opens, from the firm-count pyramid
(placed firms) and a partial index (firms without a place): what the chains view shows
costs no scan of the firms. Everything else is one indexed query per question, on a
connection of its own, used from one thread (the window's); the map's view queries run on
connections of their own in another thread.

Edits made in the window and not yet saved are kept in `pending` and win over the database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

import numpy as np
import pandas as pd
import shapely
import psycopg
from psycopg import sql

from explorer.core.db.tables import SEARCH_TEXT, TRIGRAM_INDEX
from explorer.core.db.viewport import cell_size
from explorer.core.errors import DataError, Message, Problem
from explorer.core.model import Tenant
from explorer.core.tenants import TEXT_FIELDS

# Above this many firms the app leaves them in the database and asks for them by view.
# Loaded whole, a firm costs the window about 0.6 kB (its text columns, its point in the page's
# arrays): 200,000 firms are about 120 MB more and a second more to start (benchmarks/run.py
# at 100,000 firms: 675 MB PSS, 1.7 s). Beyond that, by view keeps memory and start flat.
# EXPLORER_FIRMS_BY_VIEW_ABOVE overrides it (a machine with little memory, a benchmark).
FIRMS_BY_VIEW_ABOVE = 200_000
SEARCH_LIMIT = 500  # firms a search returns at most; the list says "500+"
TRIGRAM_MIN = 3  # pg_trgm finds "contains" from three characters on; shorter text: prefix
BOUNDS_LEVEL = 10  # a chain's firms framed by the cells of this level (about 5 km)
FIRM_LIMIT = 1000  # firms of a park listed at most


def firms_by_view_above() -> int:
    """The threshold: EXPLORER_FIRMS_BY_VIEW_ABOVE if it is a whole number, else the default."""
    text = os.environ.get("EXPLORER_FIRMS_BY_VIEW_ABOVE", "").strip()
    return int(text) if text.isdigit() else FIRMS_BY_VIEW_ABOVE


class DatabaseFirms(Mapping):
    """The firms of `store` by id (a read-only mapping of id → Tenant) without loading them.

    `by_view` is True: the map asks for its view's firms; nothing is numbered for the page.
    """

    by_view = True
    search_limit = SEARCH_LIMIT
    placed_count = 0  # none drawn from memory: the page draws what its view query returns

    def __init__(self, store, conn, known: pd.DataFrame | None = None):
        self.store = store
        self._conn = conn
        self.pending: dict[str, Tenant | None] = {}  # edits not yet saved (None: deleted)
        placed = conn.execute(sql.SQL(
            "SELECT chain_id, sum(n) FROM {} WHERE level = 4 GROUP BY chain_id").format(
            store.table("firm_cells"))).fetchall()
        unplaced = conn.execute(sql.SQL(
            "SELECT chain_id, count(*) FROM {} WHERE geom IS NULL OR ST_IsEmpty(geom) "
            "GROUP BY chain_id").format(store.table("tenants"))).fetchall()
        self._placed = {c: int(n) for c, n in placed if n}
        self._unplaced = {c: int(n) for c, n in unplaced}
        self.count = sum(self._placed.values()) + sum(self._unplaced.values())
        self.trigrams = conn.execute("SELECT to_regclass(%s) IS NOT NULL", [
            sql.Identifier(store.schema, TRIGRAM_INDEX).as_string(conn)]).fetchone()[0]
        self._known = known  # firms read with the catalogue (those figures name)

    def close(self) -> None:
        self._conn.close()

    def _rows(self, query, params=()) -> list[tuple]:
        """The rows of a query; a connection the server dropped (a restart, an idle timeout)
        is opened again once, else DataError saying why."""
        for attempt in (1, 2):
            try:
                return self._conn.execute(query, params).fetchall()
            except psycopg.OperationalError as exc:
                if attempt == 2:
                    raise DataError([Problem(self.store.location, Message(
                        "cannot connect ({reason})", reason=str(exc).strip().splitlines()[0]
                        if str(exc).strip() else type(exc).__name__))]) from exc
                self._conn.close()
                self._conn = self.store.connect(autocommit=True)
        return []

    # -- the mapping ------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        """Every firm id, in the database's order, streamed (a server-side cursor)."""
        with self._conn.transaction(), self._conn.cursor(name="firm_ids") as cursor:
            cursor.execute(sql.SQL("SELECT id FROM {} ORDER BY fid").format(
                self.store.table("tenants")))
            for (firm_id,) in cursor:
                yield firm_id

    def __contains__(self, tenant_id) -> bool:
        if not isinstance(tenant_id, str):
            return False
        if tenant_id in self.pending:
            return self.pending[tenant_id] is not None
        return bool(self._select(sql.SQL("id = %s"), [tenant_id], 1))

    def __getitem__(self, tenant_id: str) -> Tenant:
        if tenant_id in self.pending:
            if self.pending[tenant_id] is None:
                raise KeyError(tenant_id)
            return self.pending[tenant_id]
        found = self._select(sql.SQL("id = %s"), [tenant_id], 1)
        if not found:
            raise KeyError(tenant_id)
        return found[0]

    def _select(self, where: sql.Composable, params: list, limit: int | None) -> list[Tenant]:
        columns = sql.SQL(", ").join([sql.Identifier(f) for f in TEXT_FIELDS]
                                     + [sql.SQL("ST_AsBinary(geom)"), sql.SQL("version")])
        query = sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY fid{}").format(
            columns, self.store.table("tenants"), where,
            sql.SQL(" LIMIT {}").format(sql.Literal(limit)) if limit else sql.SQL(""))
        rows = self._rows(query, params)
        self.store.remember_versions("tenants", {(r[0],): r[-1] for r in rows})
        return [_tenant(row[:-1]) for row in rows]

    # -- queries, as TenantTable answers them -----------------------------------------------

    def of_park(self, park_id: str, limit: int | None = FIRM_LIMIT) -> list[Tenant]:
        """The firms of a park in the database's order (the first `limit`)."""
        return self._select(sql.SQL("park_id = %s"), [park_id], limit)

    def park_count(self, park_id: str) -> int:
        return self._rows(sql.SQL("SELECT count(*) FROM {} WHERE park_id = %s").format(
            self.store.table("tenants")), [park_id])[0][0]

    def of_chain(self, chain_id: str, limit: int | None = None) -> list[Tenant]:
        return self._select(sql.SQL("chain_id = %s"), [chain_id], limit)

    def chain_counts(self, chain_id: str) -> tuple[int, int]:
        """(placed, unplaced), as read when the catalogue opened."""
        return self._placed.get(chain_id, 0), self._unplaced.get(chain_id, 0)

    def placed_bounds(self, chain_id: str) -> tuple[float, float, float, float] | None:
        """The box of the pyramid's cells (level BOUNDS_LEVEL) that hold firms of a chain:
        the firms' own box to within a cell, without reading them."""
        row = self._rows(sql.SQL(
            "SELECT min(gx), min(gy), max(gx), max(gy) FROM {} WHERE level = %s AND "
            "chain_id = %s AND n > 0").format(self.store.table("firm_cells")),
            [BOUNDS_LEVEL, chain_id])[0]
        if row[0] is None:
            return None
        size = cell_size(BOUNDS_LEVEL)
        return row[0] * size, row[1] * size, (row[2] + 1) * size, (row[3] + 1) * size

    def park_counts(self, chain_id: str) -> dict[str, int]:
        rows = self._rows(sql.SQL(
            "SELECT park_id, count(*) FROM {} WHERE chain_id = %s GROUP BY park_id").format(
            self.store.table("tenants")), [chain_id])
        return {str(k or ""): int(n) for k, n in rows}

    def matching_ids(self, text: str, limit: int = SEARCH_LIMIT + 1) -> list[str]:
        """Ids of firms whose Chinese or English name or credit code contains `text`
        (ignoring case), in the database's order, at most `limit`; from fewer than
        TRIGRAM_MIN characters (or without pg_trgm), those that start with it."""
        needle = text.strip().lower()
        if not needle:
            return []
        pattern = _escaped(needle)
        if self.contains_search(needle):
            where = sql.SQL("{} LIKE %s").format(sql.SQL(SEARCH_TEXT))
            params = [f"%{pattern}%"]
        else:
            where = sql.SQL("lower(name_zh) LIKE %s OR lower(name_en) LIKE %s OR "
                            "lower(credit_code) LIKE %s")
            params = [f"{pattern}%"] * 3
        rows = self._rows(sql.SQL("SELECT id FROM {} WHERE {} ORDER BY fid LIMIT %s").format(
            self.store.table("tenants"), where), params + [limit])
        found = [r[0] for r in rows if self.pending.get(r[0], True) is not None]
        return found + [i for i, t in self.pending.items()
                        if t is not None and i not in found and _matches(t, needle)]

    def contains_search(self, text: str) -> bool:
        """Whether a search for `text` finds names containing it (else: starting with it)."""
        return self.trigrams and len(text.strip()) >= TRIGRAM_MIN

    def placed_matching(self, text: str):
        return None  # the page's view queries are not filtered by name

    def placed_index(self, tenant_id: str) -> int:
        return -1

    def placed_chains(self, chain_order) -> np.ndarray:
        """The chain of each placed firm is not at hand; see `chains_placed`."""
        return np.zeros(0, dtype=np.uint16)

    def chains_placed(self) -> set[str]:
        return set(self._placed)

    # -- edits: kept until saved ------------------------------------------------------------

    def put(self, row: Mapping) -> None:
        self.pending[row["id"]] = Tenant(**{name: "" if row.get(name) is None else
                                            str(row.get(name)) for name in TEXT_FIELDS},
                                         geometry=row.get("geometry"))

    def delete(self, tenant_id: str) -> None:
        if tenant_id not in self:
            raise KeyError(tenant_id)
        self.pending[tenant_id] = None

    def frame_columns(self) -> tuple[dict[str, pd.Series], np.ndarray]:
        """The firms this catalogue holds in memory (those its figures name, and those
        edited), as TenantTable gives them: what a save checks besides the database's own."""
        known = {} if self._known is None else {
            r.id: _tenant_from_record(r) for r in self._known.itertuples(index=False)}
        known.update(self.pending)
        firms = [t for t in known.values() if t is not None]
        columns = {name: pd.Series([getattr(t, name) for t in firms], dtype="str")
                   for name in TEXT_FIELDS}
        return columns, np.array([t.geometry for t in firms], dtype=object)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(tenant: Tenant, needle: str) -> bool:
    return any(needle in (getattr(tenant, f) or "").lower()
               for f in ("name_zh", "name_en", "credit_code"))


def _tenant(row) -> Tenant:
    *text, wkb = row
    geometry = shapely.from_wkb(wkb) if wkb is not None else None
    if geometry is not None and geometry.is_empty:
        geometry = None
    return Tenant(**{name: value or "" for name, value in zip(TEXT_FIELDS, text)},
                  geometry=geometry)


def _tenant_from_record(record) -> Tenant:
    values = record._asdict()
    return Tenant(**{name: "" if pd.isna(values.get(name)) else str(values.get(name))
                     for name in TEXT_FIELDS}, geometry=values.get("geometry"))
