"""Typed records of the catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

PRECISIONS = ("surveyed", "landmark", "town", "district", "unknown")
SUBJECT_TYPES = ("city", "chain", "park", "tenant", "project", "organisation", "event")
QUALIFIERS = ("", ">", "~", "+", ">=")
FIGURE_KINDS = ("result", "target")  # what happened, or what a plan aims at for its period
ENTITY_KINDS = ("organisation", "event")
# What an edit did to a row (see explorer/core/edits.py).
EDIT_ACTIONS = ("move", "footprint", "line", "fields", "add", "delete", "import")


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # in the document's own language
    title_en: str  # an English gloss of the title, where it is not in English
    publisher: str
    publisher_en: str  # the publisher's name in English, where `publisher` is not
    date: str
    url: str
    licence: str
    note: str


@dataclass(frozen=True)
class Chain:
    id: str
    name_zh: str
    name_en: str
    color: str
    official_confirmed: bool
    source_id: str
    quote: str
    note_zh: str
    note_en: str


@dataclass(frozen=True)
class Park:
    id: str
    name_zh: str
    name_en: str
    short_zh: str  # a shortening of name_zh for map labels (its characters, in order), or ""
    short_en: str  # the same of name_en (its words, in order), or ""
    chain_ids: tuple[str, ...]
    district_code: str
    location_precision: str
    uncertainty_m: float | None
    location_source_id: str
    location_note_zh: str
    location_note_en: str
    geometry: BaseGeometry | None

    @property
    def is_mapped(self) -> bool:
        return self.geometry is not None and not self.geometry.is_empty


@dataclass(frozen=True)
class Tenant:
    id: str
    name_zh: str
    name_en: str
    park_id: str
    chain_id: str
    source_id: str
    quote: str
    park_source_id: str
    note_zh: str
    note_en: str
    geometry: BaseGeometry | None
    credit_code: str = ""  # 统一社会信用代码, where known
    address: str = ""


@dataclass(frozen=True)
class Figure:
    subject_type: str
    subject_id: str
    metric: str
    kind: str  # one of FIGURE_KINDS
    label_zh: str
    label_en: str
    value: float
    unit: str
    qualifier: str
    period: str  # empty where the source states none
    source_id: str
    quote: str
    note_zh: str
    note_en: str


@dataclass(frozen=True)
class Entity:
    """An organisation or event that a source names."""
    id: str
    kind: str  # one of ENTITY_KINDS
    name_zh: str
    name_en: str
    date: str
    source_id: str
    quote: str
    note_zh: str
    note_en: str


@dataclass(frozen=True)
class District:
    adcode: str
    name_zh: str
    name_en: str
    kind: str


def in_language(record, field: str, lang: str) -> str:
    """`record.<field>_zh` or `_en` for `lang` ('zh' or 'en'), else the other language's."""
    zh, en = getattr(record, f"{field}_zh"), getattr(record, f"{field}_en")
    first, other = (en, zh) if lang == "en" else (zh, en)
    return first or other or ""


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text.casefold())


def is_shortening(short: str, name: str, lang: str) -> bool:
    """Whether `short` only shortens `name`: in Chinese it keeps some of the name's
    characters, in English some of its words, in order; it adds nothing the name lacks."""
    split = list if lang == "zh" else _words
    rest = iter(split(name))
    return all(part in rest for part in split(short))


def short_name(park, lang: str) -> str:
    """A park's short name in `lang` for map labels; its full name where it has none, or
    where the short name does not shorten the name (see is_shortening)."""
    for code in (lang, "en" if lang == "zh" else "zh"):
        short, name = getattr(park, f"short_{code}"), getattr(park, f"name_{code}")
        if short and name and is_shortening(short, name, code):
            return short
        if name:
            return name
    return display_name(park, lang)


def display_name(record, lang: str) -> str:
    """A record's name in `lang` ('zh' or 'en'), falling back to the other language."""
    return in_language(record, "name", lang)


def publisher_name(source: Source, lang: str) -> str:
    """A source's publisher in `lang`: in English its English name, where it has one."""
    return source.publisher_en if lang == "en" and source.publisher_en else source.publisher


CJK = re.compile(r"[\u3400-\u9fff]")
# What a title gets when shown in the other language's window: its language, visibly.
WRITTEN_IN = {"zh": " (in Chinese)", "en": "（英文）"}


def source_title(source: Source, lang: str) -> str:
    """A source's title in `lang`: as written where it is in that language; in English its
    English gloss where it has one; else as written, marked with the language it is in."""
    chinese = bool(CJK.search(source.title))
    if (lang == "en") != chinese:
        return source.title
    if lang == "en" and source.title_en:
        return source.title_en
    return source.title + WRITTEN_IN["zh" if chinese else "en"]
