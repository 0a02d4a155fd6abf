"""The column names people give the catalogue's fields, recognised in one place.

A list of firms typed by hand or saved from a spreadsheet rarely uses the schema's names:
`name`, `名称` or `企业名称` for the name, `lng` or `经度` for the longitude. Every reader of
such files (File → Open's CSV and GeoJSON now, a spreadsheet import later) renames the
columns it finds with `canonical_columns`, and names the accepted columns in its errors with
`accepted`. Matching ignores case, surrounding spaces, and `-`/space versus `_`.
"""

from __future__ import annotations

import re

from explorer.core.errors import DataError, Message, Problem

# Schema field (or lon / lat, which become the geometry) -> the names accepted for it, the
# schema's own name first. A name belongs to one field only.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "firm_id", "编号", "企业编号"),
    "kind": ("kind", "类型"),
    "name_zh": ("name_zh", "name", "firm", "company", "名称", "企业名称", "公司名称", "单位名称",
                "中文名称", "园区名称"),
    "name_en": ("name_en", "english_name", "name_english", "英文名称"),
    "chain_id": ("chain_id", "chain", "产业链"),
    "chain_ids": ("chain_ids", "chains"),
    "park_id": ("park_id", "park", "园区"),
    "source_id": ("source_id", "source", "来源"),
    "lon": ("lon", "lng", "long", "longitude", "经度"),
    "lat": ("lat", "latitude", "纬度"),
}
_LOOKUP = {name: field for field, names in ALIASES.items() for name in names}


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lstrip("\ufeff")).casefold()


def field_of(column: str) -> str | None:
    """The field a column name stands for, or None if it is none we know."""
    return _LOOKUP.get(_key(column))


def canonical_columns(columns, file: str) -> dict[str, str]:
    """{column as written: field} for the columns we recognise. Raise DataError when two
    columns stand for one field (`lon` and `lng`): which one holds the value is unclear."""
    found: dict[str, list[str]] = {}
    for column in columns:
        field = field_of(str(column))
        if field:
            found.setdefault(field, []).append(str(column))
    twice = [Problem(file, Message("columns {columns} both give '{field}'; keep one of them",
                                   columns=" and ".join(repr(c) for c in names), field=field),
                     field=field)
             for field, names in found.items() if len(names) > 1]
    if twice:
        raise DataError(twice)
    return {names[0]: field for field, names in found.items()}


def accepted(field: str) -> str:
    """The column names accepted for `field`, for messages: 'lon, lng, long, …'."""
    return ", ".join(ALIASES[field])
