"""Edits of a catalogue: Qt-free commands with before and after, and who made them, when, why.

An `Edit` changes one row of `parks` or `tenants`: `before` and `after` are whole rows
(every field of the schema and the geometry; None for a row that does not exist), so that
undoing an edit puts back exactly what was there. Applying one changes the in-memory
catalogue in place, one record at a time: a drag with 100,000 firms loaded never rebuilds
the catalogue.

Every saved edit becomes a row of the `edits` layer (`edit_row`): geometry as WKT, other
fields as JSON, with time, editor and note. A value a source gave is never lost: the row
keeps it as `before`. The rows an edit writes name the editor's "user survey" source
(`survey_source_id`), created on the first save (see `session.EditSession`).
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from explorer.core.model import Park, Source, Tenant
from explorer.core.tenants import FirmRows

SURVEY_PREFIX = "user-survey-"
EDITED_LAYERS = ("parks", "tenants")
Row = dict  # field -> value, and "geometry" -> shapely geometry or None


def now() -> str:
    """The time of an edit: UTC, ISO 8601, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Edit:
    """One row of `layer` changed from `before` to `after` (None: absent)."""

    layer: str
    row_id: str
    action: str  # one of model.EDIT_ACTIONS
    before: Row | None
    after: Row | None
    editor: str
    time: str = field(default_factory=now)
    note: str = ""
    id: str = field(default_factory=_new_id)

    def inverse(self, editor: str, note: str = "") -> Edit:
        """The edit that takes `after` back to `before` (undoing a saved edit)."""
        return replace(self, before=self.after, after=self.before, editor=editor, time=now(),
                       note=note, id=_new_id())


@dataclass(frozen=True)
class BulkEdit:
    """Many firms changed at once (an import): `before` holds the touched firms that
    existed before the edit, `after` those that exist after it, both as columns
    (`tenants.FirmRows`), so that a million firms cost arrays, not a million dicts.
    Applying deletes the firms of `before` missing from `after` and puts `after`;
    reverting does the opposite, putting back exactly what was there.

    The `edits` layer records one summary row for it (`summary`: the file, the counts);
    undo needs `before`, which lives in memory for the session, as an undo stack does.
    """

    before: FirmRows
    after: FirmRows
    editor: str
    summary: dict
    action: str = "import"
    time: str = field(default_factory=now)
    note: str = ""
    id: str = field(default_factory=_new_id)
    layer: str = "tenants"

    @property
    def row_id(self) -> str:
        """What the history names: the imported file."""
        return str(self.summary.get("file", ""))

    @property
    def row_ids(self) -> pd.Index:
        """The ids of every firm the edit adds, changes or removes."""
        return self.after.ids.union(self.before.ids, sort=False)

    def apply_to(self, tenants) -> None:
        tenants.delete_many(self.before.ids.difference(self.after.ids, sort=False))
        tenants.put_many(self.after)

    def revert_from(self, tenants) -> None:
        tenants.delete_many(self.after.ids.difference(self.before.ids, sort=False))
        tenants.put_many(self.before)

    def inverse(self, editor: str, note: str = "") -> BulkEdit:
        return replace(self, before=self.after, after=self.before, editor=editor, time=now(),
                       note=note, id=_new_id())


def survey_source_id(editor: str) -> str:
    return f"{SURVEY_PREFIX}{editor.strip() or 'unknown'}"


def survey_source(editor: str, note: str, date: str) -> Source:
    """The source an editor's corrections cite: their own survey, dated, with their note."""
    return Source(id=survey_source_id(editor), title=f"用户核实：{editor}",
                  title_en=f"User survey by {editor}", publisher=editor, publisher_en=editor,
                  date=date, url="",
                  licence="", note=note)


# -- rows of records ---------------------------------------------------------------------

def park_row(park: Park) -> Row:
    return {"id": park.id, "name_zh": park.name_zh, "name_en": park.name_en,
            "short_zh": park.short_zh, "short_en": park.short_en,
            "chain_ids": ";".join(park.chain_ids), "district_code": park.district_code,
            "location_precision": park.location_precision,
            "uncertainty_m": park.uncertainty_m, "location_source_id": park.location_source_id,
            "location_note_zh": park.location_note_zh,
            "location_note_en": park.location_note_en, "geometry": park.geometry}


def park_from_row(row: Row) -> Park:
    uncertainty = row.get("uncertainty_m")
    blank = uncertainty is None or (isinstance(uncertainty, float) and math.isnan(uncertainty))
    return Park(id=row["id"], name_zh=row["name_zh"], name_en=row.get("name_en") or "",
                short_zh=row.get("short_zh") or "", short_en=row.get("short_en") or "",
                chain_ids=tuple(c.strip() for c in row["chain_ids"].split(";") if c.strip()),
                district_code=row.get("district_code") or "",
                location_precision=row["location_precision"],
                uncertainty_m=None if blank else float(uncertainty),
                location_source_id=row.get("location_source_id") or "",
                location_note_zh=row.get("location_note_zh") or "",
                location_note_en=row.get("location_note_en") or "",
                geometry=row.get("geometry"))


def tenant_row(tenant: Tenant) -> Row:
    return {name: getattr(tenant, name) for name in Tenant.__dataclass_fields__}


def row_of(cat, layer: str, row_id: str) -> Row | None:
    """The current row `row_id` of `layer` in the catalogue, None if there is none."""
    if layer == "parks":
        park = cat.parks.get(row_id)
        return park_row(park) if park else None
    return tenant_row(cat.tenants[row_id]) if row_id in cat.tenants else None


def put_row(cat, layer: str, row_id: str, row: Row | None) -> None:
    """Make row `row_id` of the in-memory catalogue `row` (None: remove it)."""
    if layer == "parks":
        if row is None:
            cat.parks.pop(row_id, None)
        else:
            cat.parks[row_id] = park_from_row(row)
    elif row is None:
        cat.tenants.delete(row_id)
    else:
        cat.tenants.put(row)


def same_row(a: Row | None, b: Row | None) -> bool:
    """Whether two rows hold the same values, geometry compared exactly."""
    if a is None or b is None:
        return a is b
    if set(a) != set(b):
        return False
    for name, value in a.items():
        other = b[name]
        if isinstance(value, BaseGeometry) or isinstance(other, BaseGeometry):
            if value is None or other is None or not value.equals_exact(other, 0):
                return False
        elif _blank(value) != _blank(other) or (not _blank(value) and value != other):
            return False
    return True


def _blank(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


# -- the edits layer ---------------------------------------------------------------------

def _wkt(row: Row | None) -> str | None:
    geometry = None if row is None else row.get("geometry")
    return None if geometry is None else shapely.to_wkt(geometry, rounding_precision=-1)


def _fields(row: Row | None) -> str | None:
    if row is None:
        return None
    plain = {k: (None if _blank(v) else v) for k, v in row.items() if k != "geometry"}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def edit_row(edit: Edit | BulkEdit) -> dict:
    """The row of the `edits` layer that records `edit` (for a bulk edit: one summary row,
    its `after_fields` the summary as JSON)."""
    if isinstance(edit, BulkEdit):
        return {"id": edit.id, "time": edit.time, "editor": edit.editor, "note": edit.note,
                "layer": edit.layer, "row_id": edit.row_id, "action": edit.action,
                "before_wkt": None, "after_wkt": None, "before_fields": None,
                "after_fields": json.dumps(edit.summary, ensure_ascii=False, sort_keys=True)}
    return {"id": edit.id, "time": edit.time, "editor": edit.editor, "note": edit.note,
            "layer": edit.layer, "row_id": edit.row_id, "action": edit.action,
            "before_wkt": _wkt(edit.before), "after_wkt": _wkt(edit.after),
            "before_fields": _fields(edit.before), "after_fields": _fields(edit.after)}


def _row(fields_json, wkt) -> Row | None:
    if _blank(fields_json):
        return None
    row = json.loads(fields_json)
    row["geometry"] = None if _blank(wkt) else shapely.from_wkt(wkt)
    return row


def edit_from_row(row) -> Edit:
    """An edit read back from a row of the `edits` layer (a dict or a named tuple)."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    text = {name: "" if _blank(get(name)) else str(get(name))
            for name in ("id", "time", "editor", "note", "layer", "row_id", "action")}
    return Edit(layer=text["layer"], row_id=text["row_id"], action=text["action"],
                before=_row(get("before_fields"), get("before_wkt")),
                after=_row(get("after_fields"), get("after_wkt")), editor=text["editor"],
                time=text["time"], note=text["note"], id=text["id"])
