"""A save refused because another office changed the same rows: each row's fields side by
side (theirs, yours), and the row the user's choice makes — keep mine, keep theirs, or a merge
chosen field by field. Qt-free; the dialog is explorer/ui/conflict_dialog.py.

Whatever the choice, nothing is lost without a trace: the user's own edits stay in the
catalogue's history, and the choice is one more edit after them (see ui/saver.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from explorer.core.db.store import Conflict
from explorer.core.edits import Row, same_row
from explorer.core.measure import AREA_TYPES, LINE_TYPES, land_area_m2, length_m

MINE, THEIRS, MERGE = "mine", "theirs", "merge"


def plain(value):
    """A value as a row of the catalogue holds it: blanks as None, numpy scalars as Python."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if isinstance(value, np.generic) else value


@dataclass(frozen=True)
class FieldDiff:
    name: str
    theirs: object
    yours: object

    @property
    def differs(self) -> bool:
        return not same_row({"v": self.theirs}, {"v": self.yours})


def fields_of(conflict: Conflict) -> list[str]:
    """The fields to show: those of the row as this app writes it (yours), else theirs."""
    side = conflict.yours if conflict.yours is not None else conflict.theirs or {}
    return list(side)


def theirs_row(conflict: Conflict) -> Row | None:
    """Their row with the fields yours has (their extra columns stay in the database)."""
    if conflict.theirs is None:
        return None
    return {name: plain(conflict.theirs.get(name)) for name in fields_of(conflict)}


def diffs(conflict: Conflict) -> list[FieldDiff]:
    """Every field, theirs beside yours (a deleted row's side is all None)."""
    theirs, yours = theirs_row(conflict) or {}, conflict.yours or {}
    return [FieldDiff(name, theirs.get(name), plain(yours.get(name)))
            for name in fields_of(conflict)]


def resolved(conflict: Conflict, choice: str, picks: dict[str, str] | None = None) -> Row | None:
    """The row the user chose: MINE (yours), THEIRS, or MERGE — per field `picks[name]`
    THEIRS or MINE (MINE where not said). A merge with a deleted side is not possible: the
    row is either there or not, so it is the user's own."""
    theirs = theirs_row(conflict)
    if choice == THEIRS:
        return theirs
    if choice == MINE or theirs is None or conflict.yours is None:
        return None if conflict.yours is None else dict(conflict.yours)
    picks = picks or {}
    return {name: theirs[name] if picks.get(name) == THEIRS else conflict.yours[name]
            for name in conflict.yours}


@dataclass(frozen=True)
class Shape:
    """What a geometry is, in figures a person can compare: its type, number of points,
    a point's coordinates, an area's km² or a line's km, and its centre."""

    kind: str
    points: int
    lon: float
    lat: float
    area_km2: float | None = None
    length_km: float | None = None


def shape_of(geometry: BaseGeometry | None) -> Shape | None:
    if geometry is None or geometry.is_empty:
        return None
    centre = geometry.centroid if geometry.geom_type != "Point" else geometry
    points = len(geometry.exterior.coords) - 1 if geometry.geom_type == "Polygon" else (
        sum(len(g.exterior.coords) - 1 for g in geometry.geoms)
        if geometry.geom_type == "MultiPolygon" else
        sum(len(g.coords) for g in getattr(geometry, "geoms", [geometry])))
    return Shape(geometry.geom_type, points, centre.x, centre.y,
                 land_area_m2(geometry) / 1e6 if geometry.geom_type in AREA_TYPES else None,
                 length_m(geometry) / 1000 if geometry.geom_type in LINE_TYPES else None)
