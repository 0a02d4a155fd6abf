"""Typed records of the catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

PRECISIONS = ("surveyed", "landmark", "town", "district", "unknown")
SUBJECT_TYPES = ("city", "chain", "park", "tenant", "project", "event")
QUALIFIERS = ("", ">", "~", "+")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
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
    note: str


@dataclass(frozen=True)
class Park:
    id: str
    name_zh: str
    name_en: str
    chain_ids: tuple[str, ...]
    district_code: str
    location_precision: str
    uncertainty_m: float | None
    location_source_id: str
    location_note: str
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
    note: str
    geometry: BaseGeometry | None


@dataclass(frozen=True)
class Figure:
    subject_type: str
    subject_id: str
    metric: str
    label_zh: str
    label_en: str
    value: float
    unit: str
    qualifier: str
    period: str
    source_id: str
    quote: str


@dataclass(frozen=True)
class District:
    adcode: str
    name_zh: str
    name_en: str
    kind: str


def display_name(record, lang: str) -> str:
    """A record's name in `lang` ('zh' or 'en'), falling back to the other language."""
    first, other = (record.name_en, record.name_zh) if lang == "en" else (
        record.name_zh, record.name_en)
    return first or other or ""
