"""The firms of a catalogue, kept as columns.

A registry holds tens of thousands of firms, and most of them are only ever drawn, filtered
and searched as a whole; a Python object per firm would cost a quarter of a second and tens
of megabytes at 100,000 firms. So the firms stay in arrays, and a `Tenant` record is built
only for the firm somebody asks about.

The firms with a point ("placed" firms) are what the map draws; they are numbered 0..n-1
in file order, and the page names a firm by that number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import numpy as np
import pandas as pd
import shapely

from explorer.core.model import Tenant

# The Tenant fields before `geometry`, in the dataclass's order.
TEXT_FIELDS = tuple(f for f in Tenant.__dataclass_fields__ if f != "geometry")


def _text_column(values) -> np.ndarray:
    """A column as an object array of str, blanks as ''."""
    return pd.Series(values, dtype=object).fillna("").astype(str).to_numpy(dtype=object)


class TenantTable(Mapping):
    """The firms by id (a read-only mapping of id → Tenant), in file order."""

    def __init__(self, columns: Mapping[str, Iterable], geometries: Iterable):
        self._columns = {name: _text_column(columns[name]) for name in TEXT_FIELDS}
        geoms = np.asarray(geometries, dtype=object)
        geoms = np.where(shapely.is_missing(geoms) | shapely.is_empty(geoms), None, geoms)
        self._geometries = geoms
        self._ids = pd.Index(self._columns["id"])
        self.placed_rows = np.flatnonzero(shapely.get_type_id(geoms) == 0)  # 0: Point
        placed = geoms[self.placed_rows]
        self.lon = shapely.get_x(placed)
        self.lat = shapely.get_y(placed)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> TenantTable:
        """From a checked `tenants` layer (a GeoDataFrame)."""
        return cls({name: frame[name] for name in TEXT_FIELDS}, frame.geometry.array)

    @classmethod
    def from_records(cls, tenants: Iterable[Tenant]) -> TenantTable:
        tenants = list(tenants)
        return cls({name: [getattr(t, name) for t in tenants] for name in TEXT_FIELDS},
                   [t.geometry for t in tenants])

    # -- the mapping ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns["id"])

    def __contains__(self, tenant_id) -> bool:
        return isinstance(tenant_id, str) and tenant_id in self._ids

    def __getitem__(self, tenant_id: str) -> Tenant:
        if tenant_id not in self:
            raise KeyError(tenant_id)
        return self._record(self._row(tenant_id))

    def _row(self, tenant_id: str) -> int:
        found = self._ids.get_loc(tenant_id)
        if isinstance(found, (int, np.integer)):
            return int(found)
        return int(np.arange(len(self))[found][-1])  # a repeated id (an error): its last row

    def _record(self, row: int) -> Tenant:
        return Tenant(*(self._columns[name][row] for name in TEXT_FIELDS),
                      geometry=self._geometries[row])

    # -- queries ----------------------------------------------------------------------------

    def of_park(self, park_id: str) -> list[Tenant]:
        """The firms of a park, in file order."""
        return [self._record(row) for row in np.flatnonzero(self._columns["park_id"] == park_id)]

    def column(self, name: str) -> np.ndarray:
        """One text field of every firm, in file order (read-only)."""
        view = self._columns[name].view()
        view.flags.writeable = False
        return view

    @property
    def placed_count(self) -> int:
        return len(self.placed_rows)

    def placed_id(self, index: int) -> str:
        """The id of placed firm number `index`."""
        return self._columns["id"][self.placed_rows[index]]

    def placed_index(self, tenant_id: str) -> int:
        """The number of a firm among the placed ones; -1 if it has no point or is unknown."""
        if tenant_id not in self:
            return -1
        row = self._row(tenant_id)
        at = int(np.searchsorted(self.placed_rows, row))
        return at if at < len(self.placed_rows) and self.placed_rows[at] == row else -1

    def placed_chains(self, chain_order: Iterable[str]) -> np.ndarray:
        """Each placed firm's chain as its position in `chain_order` (uint16)."""
        codes = pd.Index(list(chain_order)).get_indexer(
            self._columns["chain_id"][self.placed_rows])
        if (codes < 0).any():
            raise ValueError("a placed firm's chain is not in the chain order")
        return codes.astype(np.uint16)

    def placed_matching(self, text: str) -> np.ndarray | None:
        """Which placed firms have `text` in their Chinese or English name (ignoring case);
        None when the text is blank (every firm matches)."""
        needle = text.strip().casefold()
        if not needle:
            return None
        rows = self.placed_rows
        found = np.zeros(len(rows), dtype=bool)
        for name in ("name_zh", "name_en"):
            names = pd.Series(self._columns[name][rows], dtype=object)
            found |= names.str.casefold().str.contains(needle, regex=False).to_numpy(bool)
        return found
