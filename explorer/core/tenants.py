"""The firms of a catalogue, kept as columns.

A registry holds tens of thousands of firms, and most of them are only ever drawn, filtered
and searched as a whole; a Python object per firm would cost a quarter of a second and tens
of megabytes at 100,000 firms. So the firms stay in arrays, and a `Tenant` record is built
only for the firm somebody asks about.

The firms with a point ("placed" firms) are what the map draws; they are numbered 0..n-1
in file order, and the page names a firm by that number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from explorer.core.firm_points import is_points_frame
from explorer.core.model import Tenant

# The Tenant fields before `geometry`, in the dataclass's order.
TEXT_FIELDS = tuple(f for f in Tenant.__dataclass_fields__ if f != "geometry")
# What a search looks in: the names, and the 统一社会信用代码 (a registry's key).
SEARCHED = ("name_zh", "name_en", "credit_code")


def _text_column(values) -> pd.Series:
    """A column of text (pandas' str type: Arrow strings), blanks as '', numbered from 0."""
    series = pd.Series(values).reset_index(drop=True)
    if not isinstance(series.dtype, pd.StringDtype):  # an empty, numeric or mixed column
        series = series.astype(object).where(series.notna(), "").astype("str")
    return series.fillna("")


# Fields that a catalogue repeats from firm to firm (a chain, a park, a source) are kept as
# categories when few values repeat: a byte or two a firm instead of its text and an 8-byte
# offset; some 100 MB at a million firms. Ids and what a search looks in stay text.
COMPACT_FROM = 10_000  # firms: below this, text costs little
SAMPLE = 10_000  # firms whose distinct values decide whether a field is worth trying
FEW = 20  # at most one distinct value per FEW firms
NEVER_COMPACT = ("id", *SEARCHED)


def _compact(column: pd.Series) -> pd.Series:
    """A text column, as categories if it has few distinct values."""
    if len(column) < COMPACT_FROM or column.iloc[:SAMPLE].nunique() > SAMPLE // FEW:
        return column
    compact = column.astype("category")
    return compact if len(compact.cat.categories) <= len(column) // FEW else column


def _as_text(column: pd.Series) -> pd.Series:
    """A column as text (pandas' str type), whether kept as text or as categories."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return column
    categories = pa.array(column.cat.categories.array)  # Arrow's take: 20 ms a million
    text = categories.take(pa.array(column.cat.codes.to_numpy()))
    return pd.Series(pd.array(text, dtype="str"), index=column.index)


def _with_category(column: pd.Series, value: str) -> pd.Series:
    """`column`, able to take `value` (a column of categories gains it as one)."""
    if isinstance(column.dtype, pd.CategoricalDtype) and value not in column.cat.categories:
        return column.cat.add_categories([value])
    return column


@dataclass
class FirmRows:
    """Whole rows of the `tenants` layer as columns: what a bulk edit (an import) holds.

    `columns`: every Tenant text field → a str Series of the same length; `lon` / `lat`:
    the point of each firm, NaN for a firm without one; `shapes`: None, or an object
    array holding a firm's shape where it is not a point (a polygon a file gave it).
    """

    columns: dict[str, pd.Series]
    lon: np.ndarray
    lat: np.ndarray
    shapes: np.ndarray | None = None

    def __post_init__(self):
        self.lon = np.asarray(self.lon, dtype=float)
        self.lat = np.asarray(self.lat, dtype=float)
        self.columns = {name: _text_column(self.columns[name]) if name in self.columns
                        else _text_column([""] * len(self.lon)) for name in TEXT_FIELDS}

    def __len__(self) -> int:
        return len(self.lon)

    @property
    def ids(self) -> pd.Index:
        return pd.Index(self.columns["id"])

    @classmethod
    def empty(cls) -> FirmRows:
        return cls({}, np.zeros(0), np.zeros(0))

    def take(self, positions) -> FirmRows:
        positions = np.asarray(positions, dtype=np.int64)
        return FirmRows({name: column.iloc[positions].reset_index(drop=True)
                         for name, column in self.columns.items()},
                        self.lon[positions], self.lat[positions],
                        None if self.shapes is None else self.shapes[positions])

    def geometries(self) -> np.ndarray:
        """Each row's shapely geometry (a Point, a shape, or None)."""
        placed = ~np.isnan(self.lon)
        out = np.full(len(self), None, dtype=object) if self.shapes is None \
            else self.shapes.copy()
        out[placed] = shapely.points(self.lon[placed], self.lat[placed])
        return out

    def records(self) -> Iterator[dict]:
        """Each row as a dict of every field and `geometry` (for a few rows at a time:
        a million dicts is what these columns avoid)."""
        columns = {name: column.to_numpy(dtype=object) for name, column in self.columns.items()}
        for values, geometry in zip(zip(*columns.values()), self.geometries()):
            yield {**dict(zip(columns, values)), "geometry": geometry}

    def row(self, at: int) -> dict:
        """Row `at` as a dict of every field and `geometry`."""
        row = {name: column.iloc[at] for name, column in self.columns.items()}
        row["geometry"] = self.take([at]).geometries()[0]
        return row


class FirmIds(Sequence):
    """The ids of some firms, read from the id column when asked: a search that matches a
    million firms lists a few of them, and a million Python strings would cost 150 MB and
    most of a second. Equal to a list or tuple of the same ids."""

    def __init__(self, ids: pd.Series, rows: np.ndarray):
        self._ids, self._rows = ids, rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return list(self._ids.iloc[self._rows[at]])
        return self._ids.iloc[int(self._rows[at])]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids.iloc[self._rows])

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        return self._ids.iloc[self._rows].to_numpy(dtype=object)

    def __eq__(self, other) -> bool:
        if isinstance(other, (FirmIds, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FirmIds({list(self[:5])}{', …' if len(self) > 5 else ''}, {len(self)} ids)"


class TenantTable(Mapping):
    """The firms by id (a read-only mapping of id → Tenant), in file order."""

    by_view = False  # all in memory, drawn by the page (see core/db/firms.py for the other)

    def __init__(self, columns: Mapping[str, Iterable], geometries: Iterable | None = None, *,
                 lon: np.ndarray | None = None, lat: np.ndarray | None = None):
        """The firms of `columns` (text fields), placed by `geometries` (shapely objects or
        None, one per firm), or by `lon` and `lat` (NaN: no point) with `geometries` the
        shapes that are no point (None elsewhere; all None if not given)."""
        self._text = {name: _text_column(columns[name] if name in columns else
                                         [""] * len(columns["id"])) for name in TEXT_FIELDS}
        self._compact()
        self._ids = pd.Index(self._text["id"])
        self._forget()
        if lon is not None:
            self._shapes = np.full(len(lon), None, dtype=object) if geometries is None \
                else np.asarray(geometries, dtype=object).copy()
            self._set_points(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
            return
        geoms = np.asarray(geometries, dtype=object)
        geoms = np.where(shapely.is_missing(geoms) | shapely.is_empty(geoms), None, geoms)
        self.placed_rows = np.flatnonzero(shapely.get_type_id(geoms) == 0)  # 0: Point
        self.lon = shapely.get_x(geoms[self.placed_rows])
        self.lat = shapely.get_y(geoms[self.placed_rows])
        # Points live on as lon/lat only (a GEOS object each would cost 20 MB at 100,000
        # firms); other shapes, if a file has any, are kept as they are.
        geoms[self.placed_rows] = None
        self._shapes = geoms

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> TenantTable:
        """From a checked `tenants` layer: a GeoDataFrame, or a points frame (see
        core/firm_points.py)."""
        columns = {name: frame[name] for name in TEXT_FIELDS if name in frame.columns}
        if is_points_frame(frame):
            shapes = frame["shape"].to_numpy()
            shapes = np.where(shapely.is_missing(shapes) | shapely.is_empty(shapes), None,
                              shapes)
            return cls(columns, shapes, lon=frame["lon"].to_numpy(),
                       lat=frame["lat"].to_numpy())
        return cls(columns, frame.geometry.array)

    @classmethod
    def from_records(cls, tenants: Iterable[Tenant]) -> TenantTable:
        tenants = list(tenants)
        return cls({name: [getattr(t, name) for t in tenants] for name in TEXT_FIELDS},
                   [t.geometry for t in tenants])

    # -- the mapping ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._text["id"])

    def __contains__(self, tenant_id) -> bool:
        return isinstance(tenant_id, str) and self._find(tenant_id) >= 0

    def __getitem__(self, tenant_id: str) -> Tenant:
        if tenant_id not in self:
            raise KeyError(tenant_id)
        return self._record(self._row(tenant_id))

    def _row(self, tenant_id: str) -> int:
        return self._find(tenant_id)

    def _compact(self) -> None:
        for name in TEXT_FIELDS:
            if name not in NEVER_COMPACT:
                self._text[name] = _compact(_as_text(self._text[name]))

    def _forget(self) -> None:
        """Drop what is derived from the columns (after they changed): the firms in the
        order of their ids, each firm's chain as a number, the last search's answer."""
        self._id_order: np.ndarray | None = None
        self._chain_codes: tuple[np.ndarray, pd.Index] | None = None
        self._match: tuple[str, np.ndarray] | None = None

    def _find(self, tenant_id: str) -> int:
        """The row of a firm; -1 if there is none; the last row of a repeated id (an error).

        A binary search in the firms sorted by id (Arrow sorts a million ids in 0.05 s, into
        8 MB), not a hash table: pandas hashes text as a Python string per firm, 120 MB and
        a quarter of a second at a million firms. Arrow sorts by UTF-8 bytes, the order of
        Python's comparison of str; the sort is stable, so equal ids keep their rows' order."""
        if self._id_order is None:
            self._id_order = pc.sort_indices(self._id_arrow()).to_numpy()
        ids, order = self._id_arrow(), self._id_order
        low, high = 0, len(order)
        while low < high:  # the first position whose id sorts after tenant_id
            middle = (low + high) // 2
            if tenant_id < ids[int(order[middle])].as_py():
                high = middle
            else:
                low = middle + 1
        if low and ids[int(order[low - 1])].as_py() == tenant_id:
            return int(order[low - 1])
        return -1

    def _id_arrow(self) -> pa.ChunkedArray:
        ids = pa.array(self._text["id"].array)  # the column's own Arrow data: no copy
        return ids if isinstance(ids, pa.ChunkedArray) else pa.chunked_array([ids])

    def _chains(self) -> tuple[np.ndarray, pd.Index]:
        """(each firm's chain as its position in the index, the index of the chain ids):
        computed once, so that filtering by chain compares numbers, not a million strings."""
        if self._chain_codes is None:
            column = self._text["chain_id"]
            if isinstance(column.dtype, pd.CategoricalDtype):
                codes, chains = column.cat.codes.to_numpy(), column.cat.categories
            else:
                codes, chains = pd.factorize(column)
            self._chain_codes = codes, pd.Index(chains)
        return self._chain_codes

    def _record(self, row: int) -> Tenant:
        at = self._placed_index(row)
        geometry = shapely.Point(self.lon[at], self.lat[at]) if at >= 0 else self._shapes[row]
        return Tenant(**{name: self._text[name].iloc[row] for name in TEXT_FIELDS},
                      geometry=geometry)

    # -- queries ----------------------------------------------------------------------------

    def of_park(self, park_id: str, limit: int | None = None) -> list[Tenant]:
        """The firms of a park, in file order (the first `limit`, if given)."""
        return [self._record(row) for row in self._park_rows(park_id)[:limit]]

    def park_count(self, park_id: str) -> int:
        return len(self._park_rows(park_id))

    def _park_rows(self, park_id: str) -> np.ndarray:
        return np.flatnonzero((self._text["park_id"] == park_id).to_numpy(dtype=bool))

    def chain_rows(self, chain_id: str) -> np.ndarray:
        """Row numbers of the firms of a chain, in file order."""
        return np.flatnonzero(self._of_chain(chain_id))

    def _of_chain(self, chain_id: str, rows=slice(None)) -> np.ndarray:
        """Whether each firm (of `rows`) is of the chain."""
        codes, chains = self._chains()
        code = chains.get_indexer([chain_id])[0]
        return codes[rows] == code if code >= 0 else np.zeros(len(codes[rows]), bool)

    def of_chain(self, chain_id: str, limit: int | None = None) -> list[Tenant]:
        """The firms of a chain in file order (the first `limit` of them, if given)."""
        rows = self.chain_rows(chain_id)
        return [self._record(row) for row in rows[:limit]]

    def chain_counts(self, chain_id: str) -> tuple[int, int]:
        """(placed, unplaced): how many firms of a chain have a point, and how many not."""
        placed = int(np.count_nonzero(self._of_chain(chain_id, self.placed_rows)))
        return placed, int(np.count_nonzero(self._of_chain(chain_id))) - placed

    def placed_bounds(self, chain_id: str) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the placed firms of a chain; None if it has none."""
        mask = self._of_chain(chain_id, self.placed_rows)
        if not mask.any():
            return None
        lon, lat = self.lon[mask], self.lat[mask]
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())

    def park_counts(self, chain_id: str) -> dict[str, int]:
        """Firms of a chain per park id ('' for firms no source puts in a park)."""
        parks = _as_text(self._text["park_id"].iloc[self.chain_rows(chain_id)])
        return {str(k): int(v) for k, v in parks.value_counts(sort=False).items()}

    @property
    def placed_count(self) -> int:
        return len(self.placed_rows)

    def placed_id(self, index: int) -> str:
        """The id of placed firm number `index`."""
        return self._text["id"].iloc[self.placed_rows[index]]

    def placed_index(self, tenant_id: str) -> int:
        """The number of a firm among the placed ones; -1 if it has no point or is unknown."""
        if tenant_id not in self:
            return -1
        return self._placed_index(self._row(tenant_id))

    def placed_point(self, index: int) -> tuple[float, float, str]:
        """(lon, lat, chain id) of placed firm number `index`."""
        return (float(self.lon[index]), float(self.lat[index]),
                self._text["chain_id"].iloc[self.placed_rows[index]])

    def _placed_index(self, row: int) -> int:
        at = int(np.searchsorted(self.placed_rows, row))
        return at if at < len(self.placed_rows) and self.placed_rows[at] == row else -1

    def placed_chains(self, chain_order: Iterable[str]) -> np.ndarray:
        """Each placed firm's chain as its position in `chain_order` (uint16)."""
        codes, chains = self._chains()
        positions = np.append(pd.Index(list(chain_order)).get_indexer(chains), -1)
        codes = positions[codes[self.placed_rows]]  # a missing chain (code -1): -1
        if (codes < 0).any():
            raise ValueError("a placed firm's chain is not in the chain order")
        return codes.astype(np.uint16)

    def matching_ids(self, text: str) -> Sequence[str]:
        """The ids of every firm (placed or not) with `text` in its Chinese or English name
        or its credit code, ignoring case, in file order; none for blank text."""
        needle = text.strip()
        if not needle or not len(self):
            return []
        return FirmIds(self._text["id"], np.flatnonzero(self._matching(needle)))

    def _matching(self, needle: str) -> np.ndarray:
        """Whether each firm has `needle` in a searched field (ignoring case). The last
        answer is kept: the list and the map ask the same question at each keystroke."""
        if self._match is None or self._match[0] != needle:
            found = np.zeros(len(self), dtype=bool)
            for name in SEARCHED:
                found |= self._text[name].str.contains(needle, case=False, regex=False) \
                    .to_numpy(dtype=bool)
            self._match = needle, found
        return self._match[1]

    def placed_matching(self, text: str) -> np.ndarray | None:
        """Which placed firms have `text` in their Chinese or English name or their credit
        code (ignoring case), None when the text is blank (every firm matches)."""
        needle = text.strip()
        if not needle:
            return None
        return self._matching(needle)[self.placed_rows]  # no copy of the text of placed firms

    # -- edits: one firm at a time, in place ------------------------------------------------
    # A firm changed in place keeps its row and its number among the placed firms; adding,
    # deleting or (un)placing one renumbers the placed firms after it.

    def put(self, row: Mapping) -> None:
        """Add the firm `row` (every Tenant field and `geometry`) at the end, or replace the
        firm with its id where it is."""
        tenant_id = row["id"]
        if tenant_id in self:
            at = self._row(tenant_id)
        else:
            at = len(self)
            for name in TEXT_FIELDS:
                column = self._text[name]
                blank = _text_column([""])
                if isinstance(column.dtype, pd.CategoricalDtype):
                    column = _with_category(column, "")
                    blank = blank.astype(column.dtype)
                self._text[name] = pd.concat([column, blank], ignore_index=True)
            self._ids = self._ids.append(pd.Index([tenant_id], dtype=self._ids.dtype))
            self._shapes = np.append(self._shapes, None)
        for name in TEXT_FIELDS:  # only what changed: setting one Arrow string costs ~7 ms
            value = row.get(name)
            value = "" if value is None else str(value)
            if self._text[name].iloc[at] != value:
                self._text[name] = _with_category(self._text[name], value)
                self._text[name].iloc[at] = value
        self._forget()
        self._place(at, row.get("geometry"))

    def _place(self, row: int, geometry) -> None:
        at = self._placed_index(row)
        is_point = geometry is not None and geometry.geom_type == "Point" \
            and not geometry.is_empty
        if is_point and at >= 0:
            self.lon[at], self.lat[at] = geometry.x, geometry.y
            return
        if at >= 0:
            self._unplace(at)
        if is_point:
            at = int(np.searchsorted(self.placed_rows, row))
            self.placed_rows = np.insert(self.placed_rows, at, row)
            self.lon = np.insert(self.lon, at, geometry.x)
            self.lat = np.insert(self.lat, at, geometry.y)
            self._shapes[row] = None
        else:
            self._shapes[row] = None if geometry is None or geometry.is_empty else geometry

    def _unplace(self, at: int) -> None:
        self.placed_rows = np.delete(self.placed_rows, at)
        self.lon = np.delete(self.lon, at)
        self.lat = np.delete(self.lat, at)

    def delete(self, tenant_id: str) -> None:
        """Remove the firm `tenant_id`; KeyError if there is none."""
        if tenant_id not in self:
            raise KeyError(tenant_id)
        row = self._row(tenant_id)
        at = self._placed_index(row)
        if at >= 0:
            self._unplace(at)
        self.placed_rows = np.where(self.placed_rows > row, self.placed_rows - 1,
                                    self.placed_rows)
        keep = np.arange(len(self)) != row
        for name in TEXT_FIELDS:
            self._text[name] = self._text[name][keep].reset_index(drop=True)
        self._ids = self._ids[keep]
        self._shapes = self._shapes[keep]
        self._forget()

    def has_ids(self, ids) -> np.ndarray:
        """Whether each of `ids` is a firm here (hashed in Arrow: pandas' isin on Arrow
        strings goes through Python objects, seconds for a million)."""
        wanted = pa.array(pd.Series(ids, dtype="str").array).cast(pa.large_string())
        known = pa.array(self._text["id"].array).cast(pa.large_string())
        return pc.is_in(wanted, value_set=known).to_numpy(zero_copy_only=False)

    def column(self, name: str) -> pd.Series:
        """One text field of every firm, in file order (do not change it)."""
        return _as_text(self._text[name])

    # -- bulk edits: many firms at once (an import), column by column --------------------

    def rows(self, ids: Iterable[str]) -> FirmRows:
        """The firms `ids` (every one must be here) as columns, in the order given."""
        positions = self._positions(ids)
        if (positions < 0).any():
            raise KeyError(pd.Index(ids)[positions < 0][0])
        lon, lat = self._full_points()
        shapes = self._shapes[positions]
        if len(positions) and np.array_equal(positions, np.arange(positions[0],
                                                                 positions[0] + len(positions))):
            at = slice(int(positions[0]), int(positions[0]) + len(positions))  # no copy
        else:
            at = positions
        return FirmRows({name: _as_text(column.iloc[at]).reset_index(drop=True)
                         for name, column in self._text.items()},
                        lon[positions], lat[positions],
                        shapes if any(s is not None for s in shapes) else None)

    def _positions(self, ids) -> np.ndarray:
        if not self._ids.is_unique:  # a repeated id (an error): its last row, as _row
            last = pd.Series(np.arange(len(self)), index=self._ids)
            last = last[~last.index.duplicated(keep="last")]
            return last.reindex(pd.Index(ids)).fillna(-1).to_numpy(dtype=np.int64)
        return self._ids.get_indexer(pd.Index(ids))

    def _full_points(self) -> tuple[np.ndarray, np.ndarray]:
        lon = np.full(len(self), np.nan)
        lat = np.full(len(self), np.nan)
        lon[self.placed_rows], lat[self.placed_rows] = self.lon, self.lat
        return lon, lat

    def put_many(self, rows: FirmRows) -> None:
        """Add or replace many firms at once (by id, as `put`): changed firms keep their
        row, new ones go at the end in the order given."""
        if not len(rows):
            return
        positions = self._positions(rows.ids)
        old = positions >= 0
        new = ~old
        lon, lat = self._full_points()
        count = int(new.sum())
        for name in TEXT_FIELDS:  # as text from here: the edit holds its rows as text anyway
            column = _as_text(self._text[name])
            values = rows.columns[name]
            if old.any():
                column = column.copy()
                column.iloc[positions[old]] = values[old].to_numpy()
            if count:
                column = pd.concat([column, values[new]], ignore_index=True)
            self._text[name] = column.reset_index(drop=True)
        shapes = rows.shapes if rows.shapes is not None else np.full(len(rows), None, object)
        lon[positions[old]], lat[positions[old]] = rows.lon[old], rows.lat[old]
        self._shapes[positions[old]] = shapes[old]
        if count:
            lon = np.concatenate([lon, rows.lon[new]])
            lat = np.concatenate([lat, rows.lat[new]])
            self._shapes = np.concatenate([self._shapes, shapes[new]])
        self._ids = pd.Index(self._text["id"])
        self._forget()
        self._set_points(lon, lat)

    def delete_many(self, ids: Iterable[str]) -> None:
        """Remove many firms at once; KeyError if one of them is not here."""
        positions = self._positions(ids)
        if (positions < 0).any():
            raise KeyError(pd.Index(ids)[positions < 0][0])
        if not len(positions):
            return
        keep = np.ones(len(self), dtype=bool)
        keep[positions] = False
        lon, lat = self._full_points()
        for name in TEXT_FIELDS:
            self._text[name] = self._text[name][keep].reset_index(drop=True)
        self._ids = self._ids[keep]
        self._shapes = self._shapes[keep]
        self._forget()
        self._set_points(lon[keep], lat[keep])

    def _set_points(self, lon: np.ndarray, lat: np.ndarray) -> None:
        """The placed firms from a point (or NaN) per row."""
        self.placed_rows = np.flatnonzero(~np.isnan(lon))
        self.lon, self.lat = lon[self.placed_rows], lat[self.placed_rows]
        self._shapes[self.placed_rows] = None

    def frame_columns(self, rows=None) -> tuple[dict[str, pd.Series], np.ndarray]:
        """Every firm's text fields (columns) and geometry (an array of shapely objects),
        in file order: the `tenants` layer as the catalogue holds it now; only the firms at
        the row positions `rows` (in order) when given."""
        if rows is None:
            geometries = self._shapes.copy()
            geometries[self.placed_rows] = shapely.points(self.lon, self.lat)
            return {name: _as_text(column) for name, column in self._text.items()}, geometries
        rows = np.asarray(rows, dtype=int)
        geometries = self._shapes[rows].copy()
        for k, row in enumerate(rows):
            at = self._placed_index(int(row))
            if at >= 0:
                geometries[k] = shapely.points(self.lon[at], self.lat[at])
        return ({name: _as_text(column.iloc[rows]).reset_index(drop=True)
                 for name, column in self._text.items()}, geometries)

    def points_frame(self) -> pd.DataFrame:
        """Every firm as a row of a points frame (see core/firm_points.py): the text fields,
        `lon` / `lat` (NaN where a firm has no point) and `shape` (a firm's shape where it is
        no point). What a save checks the whole layer on: the checks take it as they take
        the frame of `frame_columns`, without a shapely point per firm (a second at a
        million firms)."""
        lon, lat = np.full(len(self), np.nan), np.full(len(self), np.nan)
        lon[self.placed_rows], lat[self.placed_rows] = self.lon, self.lat
        frame = pd.DataFrame({name: _as_text(column) for name, column in self._text.items()})
        frame["lon"], frame["lat"], frame["shape"] = lon, lat, self._shapes
        frame.attrs["firm_points"] = True
        return frame

    def row_of(self, tenant_id: str) -> int:
        """The position of a firm in file order (from 0); KeyError if there is none."""
        if tenant_id not in self:
            raise KeyError(tenant_id)
        return self._row(tenant_id)

    def rows_naming(self, field: str, values) -> np.ndarray:
        """Positions of the firms whose `field` is one of `values`, in file order."""
        return np.flatnonzero(self._text[field].isin(list(values)).to_numpy(dtype=bool))

    @property
    def ids(self) -> pd.Index:
        return self._ids
