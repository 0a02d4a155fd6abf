"""The catalogue: validated records of chains, parks, tenants, figures and sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from explorer.core.edits import Edit, edit_from_row, edit_row, park_row
from explorer.core.errors import Problem, summarize
from explorer.core.frames import is_blank
from explorer.core.load import Progress, no_progress, scaled
from explorer.core.memory import return_free_memory
from explorer.core.schema import ALL_LAYERS
from explorer.core.model import Chain, District, Entity, Figure, Park, Source, Tenant
from explorer.core.places import GEOD
from explorer.core.store import Store, open_store
from explorer.core.tenants import TenantTable
from explorer.core.validate import check_catalogue


def _text(value) -> str:
    if isinstance(value, str):  # the common case, first: this runs for every field of every row
        return value
    return "" if is_blank(value) else str(value)


def _geometry(value):
    return None if value is None or is_blank(value) or value.is_empty else value


def _records(df: pd.DataFrame) -> list[dict]:
    """The rows as dicts. Built column by column: pandas' own to_dict("records") boxes every
    value one at a time and costs seconds for 100,000 firms."""
    columns = {name: df[name].to_numpy(dtype=object) for name in df.columns}
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


@dataclass(frozen=True)
class SearchResult:
    """What a search found, of each kind, in the catalogue's order (firms by id)."""

    parks: list[Park]
    chains: list[Chain]
    firms: Sequence[str]  # a list, or (firms in memory) tenants.FirmIds
    # Firms left in a database (core/db/firms.py): more matched than listed, and whether
    # names were matched from their start only (text too short for the trigram index).
    more_firms: bool = False
    firms_by_prefix: bool = False

    def __bool__(self) -> bool:
        return bool(self.parks or self.chains or self.firms)


@dataclass
class Catalogue:
    """Everything the app shows, loaded from one store. Records keep the store's order.

    `store` says where the catalogue lives (`store.name` for a title, `store.location` in
    full) and takes changes back (`store.write`).
    """

    store: Store
    sources: dict[str, Source]
    chains: dict[str, Chain]
    parks: dict[str, Park]
    tenants: TenantTable
    figures: list[Figure]
    entities: dict[str, Entity]
    districts: gpd.GeoDataFrame
    warnings: list[Problem] = field(default_factory=list)
    # Firms a firms file added to the bundled catalogue (0 for a whole catalogue).
    added_firms: int = 0
    # Every edit saved in the store (its `edits` layer), oldest first, then those made since
    # (see explorer.core.session): what the panel and `hengyang-explorer edits` show.
    history: list[Edit] = field(default_factory=list)

    # -- queries ---------------------------------------------------------------------------

    def parks_by_chain(self, chain_ids) -> list[Park]:
        """Parks carrying any of the given chains."""
        wanted = set(chain_ids)
        return [p for p in self.parks.values() if wanted & set(p.chain_ids)]

    def parks_in_district(self, adcode: str) -> list[Park]:
        return [p for p in self.parks.values() if p.district_code == adcode]

    def search(self, text: str) -> list[Park]:
        """Parks whose Chinese or English name (or short name) contains `text`
        (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return list(self.parks.values())
        return [p for p in self.parks.values()
                if any(needle in name.casefold()
                       for name in (p.name_zh, p.name_en, p.short_zh, p.short_en))]

    def search_all(self, text: str) -> SearchResult:
        """Parks, chains and firms whose names contain `text`; nothing for blank text."""
        needle = text.strip().casefold()
        if not needle:
            return SearchResult([], [], [])
        chains = [c for c in self.chains.values()
                  if needle in c.name_zh.casefold() or needle in c.name_en.casefold()]
        firms = self.tenants.matching_ids(text)
        if not self.tenants.by_view:
            return SearchResult(self.search(text), chains, firms)
        limit = self.tenants.search_limit
        return SearchResult(self.search(text), chains, firms[:limit], len(firms) > limit,
                            not self.tenants.contains_search(text))

    def tenants_of(self, park_id: str, limit: int | None = None) -> list[Tenant]:
        """The firms of a park, in the store's order (the first `limit`, if given)."""
        return self.tenants.of_park(park_id, limit)

    def suggested_park(self, tenant: Tenant) -> Park | None:
        """A park for a firm that names none, from where it is: the park whose drawn
        footprint holds the firm's point, else the one whose uncertainty circle holds it
        (the smallest such circle). A suggestion to show as such, never a fact."""
        point = tenant.geometry
        if tenant.park_id or point is None or point.geom_type != "Point":
            return None
        mapped = [p for p in self.parks.values() if p.is_mapped]
        for park in mapped:
            if park.geometry.geom_type in ("Polygon", "MultiPolygon") and \
                    park.geometry.covers(point):
                return park
        holding = []
        for park in mapped:
            anchor = park.geometry if park.geometry.geom_type == "Point" else \
                park.geometry.representative_point()
            if park.uncertainty_m and GEOD.inv(anchor.x, anchor.y, point.x, point.y)[2] \
                    <= park.uncertainty_m:
                holding.append(park)
        return min(holding, key=lambda p: p.uncertainty_m, default=None)

    def figures_for(self, subject_type: str, subject_id: str) -> list[Figure]:
        return [f for f in self.figures
                if f.subject_type == subject_type and f.subject_id == subject_id]

    def district(self, adcode: str) -> District | None:
        rows = self.districts[self.districts["adcode"] == adcode]
        if rows.empty:
            return None
        row = rows.iloc[0]
        return District(row["adcode"], row["name_zh"], row["name_en"], row["kind"])

    def edits_of(self, layer: str, row_id: str) -> list[Edit]:
        """The edits of one row, oldest first."""
        return [e for e in self.history if e.layer == layer and e.row_id == row_id]

    def frames(self, firms_as_points: bool = False) -> dict[str, pd.DataFrame]:
        """The catalogue as it is now, as the frames of its layers (the schema's fields):
        what a store checks before it writes an edited catalogue. With `firms_as_points`,
        the `tenants` layer comes as a points frame (`TenantTable.points_frame`), which the
        checks take, but a writer does not."""
        return {layer: self.tenants.points_frame() if firms_as_points and layer == "tenants"
                else self.frame(layer) for layer in FRAME_LAYERS}

    def frame(self, layer: str, rows=None) -> pd.DataFrame:
        """One layer as `frames()` gives it; only the rows at the positions `rows` (from 0,
        in order) when given, with `attrs["rows"]` their row numbers in the whole layer
        (from 1, as problems count them). A save's checks of the rows it changes use it
        (`save_check`): the same frame, so the same checks."""
        if layer == "districts":
            return self.districts
        if layer == "tenants":
            columns, geometries = self.tenants.frame_columns(rows)
            frame = gpd.GeoDataFrame(columns, geometry=geometries, crs="EPSG:4326")
        else:
            records = self._layer_rows(layer)
            if rows is not None:
                records = [records[k] for k in rows]
            frame = self._frame_of(layer, records)
        if rows is not None:
            frame.attrs["rows"] = [int(k) + 1 for k in rows]
        return frame

    def _layer_rows(self, layer: str) -> list:
        """The records of a layer, in the order of its frame."""
        return list({"sources": self.sources.values(), "chains": self.chains.values(),
                     "entities": self.entities.values(), "figures": self.figures,
                     "parks": self.parks.values(), "edits": self.history}[layer])

    @staticmethod
    def _frame_of(layer: str, records: list) -> pd.DataFrame:
        if layer == "parks":
            rows = [park_row(p) for p in records]
            frame = gpd.GeoDataFrame(
                pd.DataFrame([{k: v for k, v in r.items() if k != "geometry"}
                              for r in rows], columns=_columns("parks")),
                geometry=[r["geometry"] for r in rows], crs="EPSG:4326")
            frame["uncertainty_m"] = frame["uncertainty_m"].astype(float)
            return frame
        if layer == "edits":
            return pd.DataFrame([edit_row(e) for e in records], columns=_columns("edits"))
        frame = pd.DataFrame([_row(r) for r in records], columns=_columns(layer))
        if layer == "chains":
            frame["official_confirmed"] = frame["official_confirmed"].astype(bool)
        elif layer == "figures":
            frame["value"] = frame["value"].astype(float)
        return frame

    def parks_frame(self) -> gpd.GeoDataFrame:
        """The mapped parks as a GeoDataFrame in EPSG:4326 (one row per park with a place)."""
        mapped = [p for p in self.parks.values() if p.is_mapped]
        return gpd.GeoDataFrame(
            {"id": [p.id for p in mapped], "chain_id": [p.chain_ids[0] for p in mapped]},
            geometry=[p.geometry for p in mapped], crs="EPSG:4326")


FRAME_LAYERS = ("sources", "chains", "entities", "figures", "parks", "tenants", "districts",
                "edits")


def _row(record) -> dict:
    """A record's fields, empty text as None (a blank field, as a file holds it)."""
    values = {name: getattr(record, name) for name in record.__dataclass_fields__}
    return {name: None if value == "" else value for name, value in values.items()}


def _columns(layer: str) -> list[str]:
    return [f.name for f in ALL_LAYERS[layer]]


def load_catalogue(location: Store | Path | str | None = None,
                   progress: Progress | None = None) -> Catalogue:
    """Load and validate a catalogue; the bundled GeoPackage when no location is given.

    `location` is a store or where one is (see `explorer.core.store.open_store`): a catalogue
    GeoPackage, or a GeoJSON or CSV file of parks or tenants (see `explorer.core.readers`).
    Raises DataError listing every error (file, layer, row, field, what was expected).
    Loading is pure: it returns a new Catalogue or raises, and changes nothing else.
    `progress(percent, message)` is called at each stage (from the loading thread); it may
    raise to cancel the load.
    """
    store = location if isinstance(location, Store) else open_store(location)
    progress = progress or no_progress
    frames, warnings = store.read_catalogue(scaled(progress, 0, 80))
    progress(80, f"Checking {len(frames['parks']):,} parks and "
                 f"{len(frames['tenants']):,} tenants: references and places")
    warnings += check_catalogue(frames, store.location)
    progress(90, "Building the catalogue")
    added = frames["tenants"].attrs.get("added_rows", 0)
    catalogue = _build(store, frames, summarize(_own(warnings, store.location, added)))
    catalogue.added_firms = added
    del frames
    return_free_memory()
    progress(100, f"Loaded {store.name}")
    return catalogue


def _build(store: Store, frames: dict[str, pd.DataFrame], warnings: list[Problem]) -> Catalogue:
    """The records of checked frames."""
    return Catalogue(
        store=store,
        sources={r["id"]: Source(**{k: _text(r[k]) for k in Source.__dataclass_fields__})
                 for r in _records(frames["sources"])},
        chains={r["id"]: _chain(r) for r in _records(frames["chains"])},
        parks={r["id"]: _park(r) for r in _records(frames["parks"])},
        tenants=store.firm_table(frames["tenants"]),
        figures=[_figure(r) for r in _records(frames["figures"])],
        entities={r["id"]: Entity(**{k: _text(r[k]) for k in Entity.__dataclass_fields__})
                  for r in _records(frames["entities"])},
        districts=frames["districts"],
        warnings=warnings,
        history=[edit_from_row(r) for r in frames["edits"].itertuples(index=False)]
        if "edits" in frames else [],
    )


def _own(warnings: list[Problem], location: str, added_firms: int) -> list[Problem]:
    """The warnings about the user's own file: none about the bundled rows a parks or firms
    file borrows (they are the bundled catalogue's, and say nothing of the user's rows)."""
    def own(problem: Problem) -> bool:
        if problem.file != str(location):
            return False
        return not (added_firms and problem.layer == "tenants" and problem.row is not None
                    and problem.row > added_firms)
    return [w for w in warnings if own(w)]


def _chain(r: dict) -> Chain:
    return Chain(id=r["id"], name_zh=r["name_zh"], name_en=r["name_en"], color=r["color"],
                 official_confirmed=bool(r["official_confirmed"]), source_id=r["source_id"],
                 quote=r["quote"], note_zh=_text(r["note_zh"]), note_en=_text(r["note_en"]))


def _park(r: dict) -> Park:
    uncertainty = r["uncertainty_m"]
    return Park(id=r["id"], name_zh=r["name_zh"], name_en=r["name_en"],
                short_zh=_text(r.get("short_zh")), short_en=_text(r.get("short_en")),
                chain_ids=tuple(c.strip() for c in r["chain_ids"].split(";") if c.strip()),
                district_code=_text(r["district_code"]),
                location_precision=r["location_precision"],
                uncertainty_m=None if is_blank(uncertainty) else float(uncertainty),
                location_source_id=_text(r["location_source_id"]),
                location_note_zh=_text(r["location_note_zh"]),
                location_note_en=_text(r["location_note_en"]), geometry=_geometry(r["geometry"]))


def _figure(r: dict) -> Figure:
    return Figure(subject_type=r["subject_type"], subject_id=r["subject_id"],
                  metric=r["metric"], kind=r["kind"], label_zh=r["label_zh"],
                  label_en=r["label_en"], value=float(r["value"]), unit=r["unit"],
                  qualifier=_text(r["qualifier"]), period=_text(r["period"]),
                  source_id=r["source_id"], quote=r["quote"], note_zh=_text(r["note_zh"]),
                  note_en=_text(r["note_en"]))
