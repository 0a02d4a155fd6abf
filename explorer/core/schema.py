"""The catalogue's layers and fields: declared once, used to build, load and validate."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.errors import Message

# What a value of each kind of field is, for messages: (kind, required) -> words.
EXPECTED = {
    ("str", True): Message("text"),
    ("str", False): Message("text or empty"),
    ("float", True): Message("a number"),
    ("float", False): Message("a number or empty"),
    ("bool", True): Message("true or false"),
    ("bool", False): Message("true or false or empty"),
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "str", "float" or "bool"
    required: bool = True  # False: may be empty

    @property
    def expected(self) -> Message:
        return EXPECTED[self.kind, self.required]


def _fields(spec: str) -> tuple[Field, ...]:
    """'id name?:float' -> fields; '?' marks an optional field, ':kind' its type."""
    out = []
    for token in spec.split():
        name, _, kind = token.partition(":")
        optional = name.endswith("?")
        out.append(Field(name.rstrip("?"), kind or "str", not optional))
    return tuple(out)


LAYERS: dict[str, tuple[Field, ...]] = {
    "sources": _fields("id title title_en? publisher? publisher_en? date? url? licence? note?"),
    "chains": _fields(
        "id name_zh name_en color official_confirmed:bool source_id quote note_zh? note_en?"
    ),
    "parks": _fields(
        "id name_zh name_en short_zh? short_en? chain_ids district_code? location_precision "
        "uncertainty_m?:float location_source_id? location_note_zh? location_note_en?"
    ),
    "tenants": _fields(
        "id name_zh name_en? park_id? chain_id source_id quote? park_source_id? "
        "note_zh? note_en? credit_code? address?"
    ),
    "figures": _fields(
        "subject_type subject_id metric kind label_zh label_en value:float unit qualifier? "
        "period? source_id quote note_zh? note_en?"
    ),
    # Organisations and events the sources name, for figures and notes to refer to.
    "entities": _fields("id kind name_zh name_en date? source_id quote note_zh? note_en?"),
    "districts": _fields("adcode name_zh name_en kind"),
}

# Optional fields added after catalogues were first written: a file without them loads
# with them blank. credit_code: the 统一社会信用代码 (GB 32100-2015), checked by core/uscc.py.
ADDED_FIELDS = {"tenants": ("credit_code", "address")}

# Layers a catalogue may lack (files written before they existed load with them empty).
# `edits`: every saved change to a row of another layer, before and after, with who, when
# and why (see explorer/core/edits.py); geometries as WKT, other fields as JSON objects.
OPTIONAL_LAYERS: dict[str, tuple[Field, ...]] = {
    "edits": _fields("id time editor note? layer row_id action before_wkt? after_wkt? "
                     "before_fields? after_fields?"),
}
ALL_LAYERS = {**LAYERS, **OPTIONAL_LAYERS}

# What names one row of each layer, unique within it: what a change replaces or deletes. A
# figure has no id of its own: it is one source's result or target for one metric of one
# subject and one period (two sources giving the same figure are two rows, both kept).
KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("id",),
    "chains": ("id",),
    "parks": ("id",),
    "tenants": ("id",),
    "figures": ("subject_type", "subject_id", "metric", "kind", "period", "source_id"),
    "entities": ("id",),
    "districts": ("adcode",),
    "edits": ("id",),
}

# Layers that carry a geometry column (in the GeoPackage: WGS-84, EPSG:4326).
SPATIAL_LAYERS = ("parks", "tenants", "districts")

BUNDLED_CRS = "EPSG:4326"
