"""Which column of a registry holds which field: recognised from Chinese and English headers.

The fields are those a firm list carries (`FIELDS`). The names recognised for each build on
`explorer.core.columns` (the names File → Open accepts) and add the registry's own
(统一社会信用代码, 注册地址, 成立日期 …). Matching ignores case, spaces and `-`/`_`, as
there. Every guess can be changed by the user; `headers_key` names a header set, so that the
window can remember the mapping chosen for files with the same headers.
"""

from __future__ import annotations

import hashlib

from explorer.core.columns import _key, field_of
from explorer.core.errors import Message

FIELDS = ("name_zh", "name_en", "uscc", "lon", "lat", "park", "chain", "address", "industry",
          "founded", "capital", "note")

# The names recognised for each field beyond those of explorer.core.columns.
ALIASES: dict[str, tuple[str, ...]] = {
    "name_zh": ("企业名称", "企业名", "公司名称", "单位名称", "名称", "市场主体名称",
                "纳税人名称", "项目单位", "name_zh", "name", "company", "firm", "enterprise",
                "company_name", "firm_name"),
    "name_en": ("英文名称", "英文名", "name_en", "english_name", "name_english"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "uscc", "credit_code",
             "unified_social_credit_code", "social_credit_code"),
    "lon": ("经度", "lon", "lng", "long", "longitude", "x"),
    "lat": ("纬度", "lat", "latitude", "y"),
    "park": ("所属园区", "园区", "园区名称", "所在园区", "park", "park_id", "park_name"),
    "chain": ("所属产业链", "产业链", "产业链名称", "chain", "chain_id", "industry_chain"),
    "address": ("注册地址", "地址", "企业地址", "住所", "经营地址", "通讯地址", "address",
                "registered_address"),
    "industry": ("行业", "所属行业", "行业门类", "国标行业", "industry", "sector"),
    "founded": ("成立日期", "成立时间", "注册日期", "成立年份", "founded", "established",
                "date_founded"),
    "capital": ("注册资本", "注册资本（万元）", "注册资本(万元)", "capital",
                "registered_capital"),
    "note": ("备注", "说明", "note", "notes", "remark", "remarks"),
}
_LOOKUP = {_key(name): fld for fld, names in ALIASES.items() for name in names}
# Fields of explorer.core.columns that stand for a registry field.
_FROM_COLUMNS = {"name_zh": "name_zh", "name_en": "name_en", "lon": "lon", "lat": "lat",
                 "park_id": "park", "chain_id": "chain"}

_LABELS = {
    "name_zh": Message("Name (Chinese)"),
    "name_en": Message("Name (English)"),
    "uscc": Message("Unified social credit code"),
    "lon": Message("Longitude"),
    "lat": Message("Latitude"),
    "park": Message("Park"),
    "chain": Message("Industrial chain"),
    "address": Message("Address"),
    "industry": Message("Industry"),
    "founded": Message("Founded"),
    "capital": Message("Registered capital"),
    "note": Message("Note"),
}


def field_label(fld: str) -> Message:
    """The field's name for the mapping dialog, translatable."""
    return _LABELS[fld]


def field_for(header: str) -> str | None:
    """The field a header names, None if it names none we know."""
    found = _LOOKUP.get(_key(header))
    if found:
        return found
    return _FROM_COLUMNS.get(field_of(header) or "")


def guess_mapping(headers) -> dict[str, str | None]:
    """header → field (None: not imported) for every header; a field goes to the first
    header that names it, so that two columns never fill one field."""
    taken: set[str] = set()
    mapping: dict[str, str | None] = {}
    for header in headers:
        fld = field_for(str(header))
        if fld in taken:
            fld = None
        if fld:
            taken.add(fld)
        mapping[header] = fld
    return mapping


def headers_key(headers) -> str:
    """A short stable key of a header set (order and spelling as in the file)."""
    text = "\x1f".join(str(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
