"""Cross-checks of a loaded catalogue: ids, references, vocabularies and plausibility."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd
import shapely

from explorer.core.errors import DataError, Problem
from explorer.core.load import is_blank
from explorer.core.model import PRECISIONS, QUALIFIERS, SUBJECT_TYPES

if TYPE_CHECKING:
    from explorer.core.catalogue import Catalogue

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
ADCODE = re.compile(r"^\d{6}$")
# Subjects that have no layer of their own: any id is accepted for them.
FREE_SUBJECTS = ("city", "project", "event")


def check_catalogue(cat: Catalogue, frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Raise DataError on broken references; return the warnings (doubtful but usable)."""
    file = str(cat.path)
    errors: list[Problem] = []
    warnings: list[Problem] = []

    def error(layer, row, fld, message):
        errors.append(Problem(file, message, layer, row, fld))

    def warn(layer, row, fld, message):
        warnings.append(Problem(file, message, layer, row, fld, severity="warning"))

    for layer, key in (("sources", "id"), ("chains", "id"), ("parks", "id"), ("tenants", "id"),
                       ("districts", "adcode")):
        seen: dict[str, int] = {}
        for n, value in enumerate(frames[layer][key], start=1):
            if value in seen:
                error(layer, n, key, f"duplicate id '{value}' (first used in row {seen[value]})")
            seen.setdefault(value, n)

    for n, chain in enumerate(frames["chains"].itertuples(), start=1):
        if not COLOR.match(chain.color):
            error("chains", n, "color", f"expected a colour like #1f77b4, found {chain.color!r}")
        if chain.source_id not in cat.sources:
            error("chains", n, "source_id", f"unknown source '{chain.source_id}'")

    for n, park in enumerate(frames["parks"].itertuples(), start=1):
        for chain_id in str(park.chain_ids).split(";"):
            if chain_id.strip() not in cat.chains:
                error("parks", n, "chain_ids", f"unknown chain '{chain_id.strip()}'")
        if park.location_precision not in PRECISIONS:
            error("parks", n, "location_precision",
                  f"expected one of {', '.join(PRECISIONS)}, found {park.location_precision!r}")
        if not is_blank(park.district_code) and not ADCODE.match(str(park.district_code)):
            error("parks", n, "district_code",
                  f"expected a 6-digit adcode, found {park.district_code!r}")
        _check_source(cat, park.location_source_id, "parks", n, "location_source_id", error)
        _check_place(cat, park, "parks", n, warn)

    for n, tenant in enumerate(frames["tenants"].itertuples(), start=1):
        if not is_blank(tenant.park_id) and tenant.park_id not in cat.parks:
            error("tenants", n, "park_id", f"unknown park '{tenant.park_id}'")
        if tenant.chain_id not in cat.chains:
            error("tenants", n, "chain_id", f"unknown chain '{tenant.chain_id}'")
        _check_source(cat, tenant.source_id, "tenants", n, "source_id", error)
        _check_source(cat, tenant.park_source_id, "tenants", n, "park_source_id", error)

    subjects = {"chain": cat.chains, "park": cat.parks, "tenant": cat.tenants}
    for n, fig in enumerate(frames["figures"].itertuples(), start=1):
        if fig.subject_type not in SUBJECT_TYPES:
            error("figures", n, "subject_type",
                  f"expected one of {', '.join(SUBJECT_TYPES)}, found {fig.subject_type!r}")
        elif fig.subject_type not in FREE_SUBJECTS and fig.subject_id not in subjects[
                fig.subject_type]:
            error("figures", n, "subject_id", f"unknown {fig.subject_type} '{fig.subject_id}'")
        if not is_blank(fig.qualifier) and fig.qualifier not in QUALIFIERS:
            error("figures", n, "qualifier", f"expected one of > ~ +, found {fig.qualifier!r}")
        _check_source(cat, fig.source_id, "figures", n, "source_id", error)

    if errors:
        raise DataError(errors)
    return warnings


def _check_source(cat, source_id, layer, n, fld, error) -> None:
    if not is_blank(source_id) and source_id not in cat.sources:
        error(layer, n, fld, f"unknown source '{source_id}'")


def _check_place(cat: Catalogue, park, layer: str, n: int, warn) -> None:
    geometry = park.geometry
    if geometry is None or is_blank(geometry) or geometry.is_empty:
        warn(layer, n, "geometry", f"'{park.id}' has no location: listed, not drawn")
        return
    if park.location_precision != "surveyed":
        size = "" if is_blank(park.uncertainty_m) else f" (±{park.uncertainty_m / 1000:g} km)"
        warn(layer, n, "location_precision",
             f"'{park.id}' is placed approximately, at {park.location_precision} level{size}")
    city = cat.districts[cat.districts["kind"] == "city"]
    if not city.empty and not shapely.covers(city.geometry.iloc[0], geometry):
        warn(layer, n, "geometry", f"'{park.id}' lies outside Hengyang's boundary")
