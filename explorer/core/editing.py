"""The edits a user makes, built and checked against the catalogue: move a park, give it a
footprint or a line, change its fields, add or delete it; add, change or delete a firm.

Each function returns the `Edit`s to apply (see `session.EditSession`) or raises EditError
saying, in words for the user, why the edit is refused. Nothing is changed here.
"""

from __future__ import annotations

import uuid

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from explorer.core.edits import Edit, Row, park_row, row_of, survey_source_id, tenant_row
from explorer.core.measure import AREA_TYPES, LINE_TYPES
from explorer.core.model import PRECISIONS
from explorer.core.uscc import CreditCodeError, check_credit_code


class EditError(ValueError):
    """An edit refused. `code` names the reason for a translated message; `values` fill it."""

    def __init__(self, code: str, message: str, **values):
        super().__init__(message)
        self.code, self.values = code, values


def _located(row: Row, geometry: BaseGeometry, editor: str, note: str) -> Row:
    """`row` at a new place that `editor` gives: their survey is its source; the notes that
    described the old place go (the edit keeps them as `before`)."""
    return {**row, "geometry": geometry, "location_source_id": survey_source_id(editor),
            "location_note_zh": note, "location_note_en": note}


def move_park(cat, park_id: str, lon: float, lat: float, editor: str, note: str = "") -> Edit:
    """The park dragged to (lon, lat): now placed at a site a person knows ('landmark'), its
    old circle of uncertainty dropped until the editor gives one."""
    before = park_row(cat.parks[park_id])
    after = {**_located(before, Point(lon, lat), editor, note),
             "location_precision": "landmark", "uncertainty_m": None}
    return Edit("parks", park_id, "move", before, after, editor, note=note)


def check_shape(geometry: BaseGeometry) -> str:
    """'footprint' or 'line' for a valid polygon or line; EditError otherwise."""
    if geometry.geom_type in AREA_TYPES:
        kind = "footprint"
    elif geometry.geom_type in LINE_TYPES:
        kind = "line"
    else:
        raise EditError("shape_type", f"a park's shape is a polygon or a line, not a "
                                      f"{geometry.geom_type}", type=geometry.geom_type)
    if geometry.is_empty:
        raise EditError("shape_empty", "the shape has no points")
    if not shapely.is_valid(geometry):
        reason = shapely.is_valid_reason(geometry)
        raise EditError("shape_invalid", f"the outline crosses itself or is otherwise "
                                         f"invalid ({reason}); draw it again", reason=reason)
    return kind


# The page draws shapes rounded to a millionth of a degree (explorer/mapview/page.py): a
# corner snapped onto another shape's corner is at most half of that off it in each axis.
PAGE_ROUNDING = 1e-6


def onto_corners(cat, park_id: str, geometry: BaseGeometry) -> BaseGeometry:
    """`geometry` with each corner that lies within the page's rounding of a corner of
    another park's shape put exactly on that corner: Geoman snapped it onto the rounded
    copy the page draws, and two footprints that share a corner should share it in the
    catalogue too."""
    others = [p.geometry for p in cat.parks.values() if p.id != park_id
              and p.geometry is not None and p.geometry.geom_type in AREA_TYPES + LINE_TYPES]
    if not others:
        return geometry
    known = shapely.get_coordinates(others)

    def snapped(xy):
        gap = np.abs(xy[:, None, :] - known[None, :, :]).max(axis=2)
        nearest = gap.argmin(axis=1)
        close = gap[np.arange(len(xy)), nearest] <= PAGE_ROUNDING
        return np.where(close[:, None], known[nearest], xy)
    return shapely.transform(geometry, snapped)


def reshape_park(cat, park_id: str, geometry: BaseGeometry, editor: str,
                 note: str = "") -> Edit:
    """The park's footprint (polygon, with parts and holes) or line (a corridor), drawn or
    edited on the map; it replaces the point or shape the park had."""
    geometry = onto_corners(cat, park_id, geometry)
    kind = check_shape(geometry)
    before = park_row(cat.parks[park_id])
    after = {**_located(before, geometry, editor, note), "location_precision": "landmark",
             "uncertainty_m": None}
    return Edit("parks", park_id, kind, before, after, editor, note=note)


def add_part(cat, park_id: str, part: BaseGeometry) -> BaseGeometry:
    """The park's footprint with `part` (a polygon) added; the part alone if it had none."""
    current = cat.parks[park_id].geometry
    if current is None or current.geom_type not in AREA_TYPES:
        return part
    parts = [*shapely.get_parts(current), *shapely.get_parts(part)]
    return shapely.MultiPolygon(parts)


def change_park(cat, park_id: str, fields: dict, editor: str, note: str = "") -> Edit:
    """Names, chains, district, precision or uncertainty changed in the park form."""
    before = park_row(cat.parks[park_id])
    after = {**before, **_checked_park_fields(cat, fields)}
    if "location_precision" in fields or "uncertainty_m" in fields:
        after["location_source_id"] = survey_source_id(editor)
    return Edit("parks", park_id, "fields", before, after, editor, note=note)


def new_park(cat, fields: dict, lon: float, lat: float, editor: str, note: str = "") -> Edit:
    """A park the editor adds where they clicked; its district found from the districts."""
    park_id = fields.get("id") or f"park-{uuid.uuid4().hex[:8]}"
    if park_id in cat.parks:
        raise EditError("duplicate_id", f"there is already a park '{park_id}'", id=park_id)
    row = {"id": park_id, "name_zh": "", "name_en": "", "chain_ids": "",
           "district_code": district_at(cat, lon, lat), "location_precision": "landmark",
           "uncertainty_m": None, "location_source_id": survey_source_id(editor),
           "location_note_zh": note, "location_note_en": note, "geometry": Point(lon, lat)}
    row.update(_checked_park_fields(cat, {k: v for k, v in fields.items() if k != "id"}))
    return Edit("parks", park_id, "add", None, row, editor, note=note)


def _checked_park_fields(cat, fields: dict) -> dict:
    fields = dict(fields)
    if "name_zh" in fields and not str(fields["name_zh"]).strip():
        raise EditError("name_missing", "a park needs a Chinese name")
    if "chain_ids" in fields:
        chains = fields["chain_ids"]
        chains = [c for c in (chains.split(";") if isinstance(chains, str) else chains) if c]
        unknown = [c for c in chains if c not in cat.chains]
        if not chains or unknown:
            raise EditError("chains", "a park needs one or more of the catalogue's chains")
        fields["chain_ids"] = ";".join(chains)
    precision = fields.get("location_precision", PRECISIONS[0])
    if precision not in PRECISIONS:
        raise EditError("precision", f"precision is one of {', '.join(PRECISIONS)}")
    uncertainty = fields.get("uncertainty_m")
    if uncertainty is not None and not 0 < float(uncertainty) <= 200_000:
        raise EditError("uncertainty", "the uncertainty is between 1 m and 200 km")
    return fields


def district_at(cat, lon: float, lat: float) -> str:
    """The adcode of the county-level district at (lon, lat); '' outside them all."""
    districts = cat.districts[cat.districts["kind"] != "city"]
    inside = districts[districts.geometry.covers(Point(lon, lat))]
    return str(inside["adcode"].iloc[0]) if len(inside) else ""


def delete_park(cat, park_id: str, editor: str, note: str = "") -> list[Edit]:
    """The park removed; its firms stay, no longer linked to it. Refused while figures of
    the park are in the catalogue: they come from sources, and would be left pointing at
    nothing."""
    figures = cat.figures_for("park", park_id)
    if figures:
        raise EditError("has_figures", f"{len(figures)} figure(s) from sources describe this "
                                       "park; it is kept", count=len(figures))
    edits = []
    for tenant in cat.tenants_of(park_id):
        before = tenant_row(tenant)
        after = {**before, "park_id": "", "park_source_id": ""}
        edits.append(Edit("tenants", tenant.id, "fields", before, after, editor, note=note))
    edits.append(Edit("parks", park_id, "delete", park_row(cat.parks[park_id]), None, editor,
                      note=note))
    return edits


def put_firm(cat, fields: dict, editor: str, note: str = "") -> Edit:
    """A firm added or changed in the firm form (a firm has an id once added)."""
    firm_id = fields.get("id") or f"firm-{uuid.uuid4().hex[:8]}"
    before = row_of(cat, "tenants", firm_id)
    row = dict(before) if before else {
        "id": firm_id, "name_zh": "", "name_en": "", "park_id": "", "chain_id": "",
        "source_id": survey_source_id(editor), "quote": "", "park_source_id": "",
        "note_zh": "", "note_en": "", "credit_code": "", "address": "", "geometry": None}
    row.update({k: v for k, v in fields.items() if k != "id"})
    _check_firm(cat, row)
    if before and row.get("park_id") != before.get("park_id"):
        row["park_source_id"] = survey_source_id(editor) if row["park_id"] else ""
    elif not before and row["park_id"]:
        row["park_source_id"] = survey_source_id(editor)
    action = "add" if before is None else _firm_action(before, row)
    return Edit("tenants", firm_id, action, before, row, editor, note=note)


def _firm_action(before: Row, after: Row) -> str:
    moved = before.get("geometry") != after.get("geometry")
    others = any(before.get(k) != after.get(k) for k in after if k != "geometry")
    return "move" if moved and not others else "fields"


def _check_firm(cat, row: Row) -> None:
    if not str(row.get("name_zh") or "").strip():
        raise EditError("name_missing", "a firm needs a Chinese name")
    if row.get("chain_id") not in cat.chains:
        raise EditError("chain", "a firm belongs to one of the catalogue's chains")
    if row.get("park_id") and row["park_id"] not in cat.parks:
        raise EditError("park", f"there is no park '{row['park_id']}'", park=row["park_id"])
    if row.get("credit_code"):
        try:
            row["credit_code"] = check_credit_code(row["credit_code"])
        except CreditCodeError as exc:
            raise EditError("credit_code", str(exc), expected=exc.expected or "") from exc


def delete_firm(cat, firm_id: str, editor: str, note: str = "") -> Edit:
    return Edit("tenants", firm_id, "delete", row_of(cat, "tenants", firm_id), None, editor,
                note=note)


def park_at(cat, lon: float, lat: float) -> str:
    """The park whose footprint holds (lon, lat), '' if none does: a firm placed there
    probably belongs to it."""
    point = Point(lon, lat)
    for park in cat.parks.values():
        shape = park.geometry
        if shape is not None and shape.geom_type in AREA_TYPES and shape.covers(point):
            return park.id
    return ""
