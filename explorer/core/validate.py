"""Cross-checks of a loaded catalogue: ids, references, vocabularies and plausibility."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from explorer.core.errors import DataError, Problem
from explorer.core.frames import is_blank
from explorer.core.model import (ENTITY_KINDS, FIGURE_KINDS, PRECISIONS, QUALIFIERS,
                                 SUBJECT_TYPES)
from explorer.core.places import check_places, city_outline

if TYPE_CHECKING:
    from explorer.core.catalogue import Catalogue

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
ADCODE = re.compile(r"^\d{6}$")
# Subjects that have no layer of their own: any id is accepted for them.
FREE_SUBJECTS = ("city", "project")
ID_FIELDS = (("sources", "id"), ("chains", "id"), ("parks", "id"), ("tenants", "id"),
             ("entities", "id"), ("districts", "adcode"))


class _Findings:
    """Errors and warnings of one catalogue, each naming the file its layer came from.

    A frame's `attrs["file"]` says where its rows were read (the bundled catalogue, for the
    layers a parks or tenants file borrows); otherwise they come from the catalogue's file.
    """

    def __init__(self, cat: Catalogue, frames: dict[str, pd.DataFrame]):
        self.cat = cat
        self.files = {layer: df.attrs.get("file", str(cat.path)) for layer, df in frames.items()}
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, layer, row, fld, message):
        self.errors.append(Problem(self.files[layer], message, layer, row, fld))

    def warn(self, layer, row, fld, message):
        self.warnings.append(Problem(self.files[layer], message, layer, row, fld,
                                     severity="warning"))

    def source(self, source_id, layer, row, fld) -> None:
        if not is_blank(source_id) and source_id not in self.cat.sources:
            self.error(layer, row, fld, f"unknown source '{source_id}'")

    def unknown(self, df: pd.DataFrame, layer: str, fld: str, known, what: str,
                blank_ok: bool = True) -> None:
        """An error for every row whose `fld` names no member of `known`, found with one
        vectorised look-up instead of a Python loop over every row."""
        column = df[fld]
        bad = ~column.isin(list(known))
        if blank_ok:
            bad &= ~(column.isna() | column.eq("").fillna(False))
        values = column.to_numpy(dtype=object)
        for position in np.flatnonzero(bad.to_numpy(dtype=bool)):
            self.error(layer, int(position) + 1, fld, f"unknown {what} '{values[position]}'")


def check_catalogue(cat: Catalogue, frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Raise DataError on broken references; return the warnings (doubtful but usable)."""
    found = _Findings(cat, frames)
    _check_ids(frames, found)
    _check_chains(frames["chains"], found)
    _check_parks(frames["parks"], found)
    _check_tenants(frames["tenants"], found)
    _check_figures(frames["figures"], found)
    _check_entities(frames["entities"], found)
    city = city_outline(cat.districts)
    for layer in ("parks", "tenants"):
        errors, warnings = check_places(frames[layer], found.files[layer], layer, city)
        found.errors += errors
        found.warnings += warnings
    if found.errors:
        raise DataError(found.errors)
    return found.warnings


def _check_ids(frames, found: _Findings) -> None:
    for layer, key in ID_FIELDS:
        column = frames[layer][key]
        if not column.duplicated().any():  # the usual case, decided without a Python loop
            continue
        seen: dict[str, int] = {}
        for n, value in enumerate(column, start=1):
            if value in seen:
                found.error(layer, n, key,
                            f"duplicate id '{value}' (first used in row {seen[value]})")
            seen.setdefault(value, n)


def _check_chains(chains: pd.DataFrame, found: _Findings) -> None:
    for n, chain in enumerate(chains.itertuples(), start=1):
        if not COLOR.match(chain.color):
            found.error("chains", n, "color",
                        f"expected a colour like #1f77b4, found {chain.color!r}")
        if chain.source_id not in found.cat.sources:
            found.error("chains", n, "source_id", f"unknown source '{chain.source_id}'")


def _check_parks(parks: pd.DataFrame, found: _Findings) -> None:
    place_field = parks.attrs.get("place_field", "geometry")
    for n, park in enumerate(parks.itertuples(), start=1):
        for chain_id in str(park.chain_ids).split(";"):
            if chain_id.strip() not in found.cat.chains:
                found.error("parks", n, "chain_ids", f"unknown chain '{chain_id.strip()}'")
        if park.location_precision not in PRECISIONS:
            found.error("parks", n, "location_precision", f"expected one of "
                        f"{', '.join(PRECISIONS)}, found {park.location_precision!r}")
        if not is_blank(park.district_code) and not ADCODE.match(str(park.district_code)):
            found.error("parks", n, "district_code",
                        f"expected a 6-digit adcode, found {park.district_code!r}")
        found.source(park.location_source_id, "parks", n, "location_source_id")
        _check_precision(park, n, place_field, found)


def _check_precision(park, n: int, place_field: str, found: _Findings) -> None:
    geometry = park.geometry
    if geometry is None or is_blank(geometry) or geometry.is_empty:
        found.warn("parks", n, place_field, f"'{park.id}' has no location: listed, not drawn")
    elif park.location_precision == "unknown":
        found.warn("parks", n, "location_precision",
                   f"'{park.id}': how close its location is to the site is not known")
    elif park.location_precision != "surveyed":
        size = "" if is_blank(park.uncertainty_m) else f" (±{park.uncertainty_m / 1000:g} km)"
        found.warn("parks", n, "location_precision",
                   f"'{park.id}' is placed approximately, at {park.location_precision} "
                   f"level{size}")


def _check_tenants(tenants: pd.DataFrame, found: _Findings) -> None:
    found.unknown(tenants, "tenants", "park_id", found.cat.parks, "park")
    found.unknown(tenants, "tenants", "chain_id", found.cat.chains, "chain", blank_ok=False)
    for fld in ("source_id", "park_source_id"):
        found.unknown(tenants, "tenants", fld, found.cat.sources, "source")


def _check_figures(figures: pd.DataFrame, found: _Findings) -> None:
    entities = found.cat.entities.values()
    subjects = {"chain": found.cat.chains, "park": found.cat.parks,
                "tenant": found.cat.tenants,
                **{kind: {e.id for e in entities if e.kind == kind} for kind in ENTITY_KINDS}}
    for n, fig in enumerate(figures.itertuples(), start=1):
        if fig.subject_type not in SUBJECT_TYPES:
            found.error("figures", n, "subject_type", f"expected one of "
                        f"{', '.join(SUBJECT_TYPES)}, found {fig.subject_type!r}")
        elif fig.subject_type not in FREE_SUBJECTS and fig.subject_id not in subjects[
                fig.subject_type]:
            found.error("figures", n, "subject_id",
                        f"unknown {fig.subject_type} '{fig.subject_id}'")
        if fig.kind not in FIGURE_KINDS:
            found.error("figures", n, "kind",
                        f"expected one of {', '.join(FIGURE_KINDS)}, found {fig.kind!r}")
        if not is_blank(fig.qualifier) and fig.qualifier not in QUALIFIERS:
            found.error("figures", n, "qualifier",
                        f"expected one of {' '.join(QUALIFIERS[1:])}, found {fig.qualifier!r}")
        found.source(fig.source_id, "figures", n, "source_id")


def _check_entities(entities: pd.DataFrame, found: _Findings) -> None:
    for n, entity in enumerate(entities.itertuples(), start=1):
        if entity.kind not in ENTITY_KINDS:
            found.error("entities", n, "kind",
                        f"expected one of {', '.join(ENTITY_KINDS)}, found {entity.kind!r}")
        found.source(entity.source_id, "entities", n, "source_id")
