"""Cross-checks of a catalogue's frames: keys, references, vocabularies and plausibility.

They run on the frames a store read (or is about to write), before any record is built:
a bad row of a 100,000-row file fails without building 100,000 records first.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from explorer.core.errors import DataError, Message, Problem, shown
from explorer.core.frames import is_blank, row_keys
from explorer.core.model import (EDIT_ACTIONS, ENTITY_KINDS, FIGURE_KINDS, PRECISIONS,
                                 QUALIFIERS, SUBJECT_TYPES, is_shortening)
from explorer.core.places import check_places, city_outline
from explorer.core.schema import KEYS, LAYERS

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
ADCODE = re.compile(r"^\d{6}$")
# Subjects that have no layer of their own: any id is accepted for them.
FREE_SUBJECTS = ("city", "project")


class _Findings:
    """Errors and warnings of one catalogue, each naming the file its layer came from.

    A frame's `attrs["file"]` says where its rows were read (the bundled catalogue, for the
    layers a parks or tenants file borrows); otherwise they come from `file`.
    """

    def __init__(self, files: dict[str, str], ids: dict[str, pd.Index]):
        self.files = files
        self.ids = ids  # of each layer that has them: hashed indexes (fast `in` and `isin`)
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    @classmethod
    def of(cls, frames: dict[str, pd.DataFrame], file: str) -> _Findings:
        return cls({layer: df.attrs.get("file", file) for layer, df in frames.items()},
                   {layer: pd.Index(frames[layer][key[0]]) for layer, key in KEYS.items()
                    if len(key) == 1 and layer in frames})

    def error(self, layer, row, fld, message: Message):
        self.errors.append(Problem(self.files[layer], message, layer, row, fld))

    def warn(self, layer, row, fld, message: Message):
        self.warnings.append(Problem(self.files[layer], message, layer, row, fld,
                                     severity="warning"))

    def source(self, source_id, layer, row, fld) -> None:
        if not is_blank(source_id) and source_id not in self.ids["sources"]:
            self.error(layer, row, fld, Message("unknown source {id}", id=shown(source_id)))

    def unknown(self, df: pd.DataFrame, layer: str, fld: str, known: str, what: Message,
                blank_ok: bool = True) -> None:
        """An error for every row whose `fld` names no id of the layer `known`, found with
        one vectorised look-up instead of a Python loop over every row."""
        column = df[fld]
        bad = ~column.isin(self.ids[known])
        if blank_ok:
            bad &= ~(column.isna() | column.eq("").fillna(False))
        positions = np.flatnonzero(bad.to_numpy(dtype=bool))
        # Only the bad rows' values become Python objects: a million would take a second.
        values = column.iloc[positions].to_numpy(dtype=object)
        for position, value in zip(positions.tolist(), values):
            self.error(layer, position + 1, fld,
                       Message("unknown {what} {id}", what=what, id=shown(value)))


def check_catalogue(frames: dict[str, pd.DataFrame], file: str) -> list[Problem]:
    """Raise DataError on broken keys or references; return the warnings (doubtful but
    usable). `frames` holds every layer, each with its schema's fields (see `load`);
    problems name `file`, or the `attrs["file"]` of the frame they are found in."""
    found = _Findings.of(frames, file)
    _check_keys(frames, found)
    _check_chains(frames["chains"], found)
    _check_parks(frames["parks"], found)
    _check_tenants(frames["tenants"], found)
    _check_figures(frames["figures"], frames["entities"], found)
    _check_entities(frames["entities"], found)
    if "edits" in frames:
        _check_edits(frames["edits"], found)
    city = city_outline(frames["districts"])
    for layer in ("parks", "tenants"):
        errors, warnings = check_places(frames[layer], found.files[layer], layer, city)
        found.errors += errors
        found.warnings += warnings
    if found.errors:
        raise DataError(found.errors)
    return found.warnings


def check_rows(rows: dict[str, pd.DataFrame], ids: dict[str, pd.Index],
               entities: pd.DataFrame, districts: pd.DataFrame, file: str) -> None:
    """The checks of `check_catalogue` that look at one row at a time, on some rows of some
    layers (parks, tenants, figures, edits), against the ids of a whole catalogue: raise
    DataError with the errors `check_catalogue` would give for those rows, in the same order
    and at the same row numbers (each frame's `attrs["rows"]`: its rows' numbers in the
    whole layer). The checks across rows (repeated keys) are not made: see `save_check`."""
    found = _Findings({layer: file for layer in (*KEYS, "districts")}, ids)
    checks = {"parks": _check_parks, "tenants": _check_tenants,
              "figures": lambda df, found: _check_figures(df, entities, found),
              "edits": _check_edits}
    for layer, check in checks.items():
        if layer in rows:
            check(rows[layer], found)
    city = city_outline(districts)
    for layer in ("parks", "tenants"):
        if layer in rows:
            found.errors += check_places(rows[layer], file, layer, city)[0]
    if found.errors:
        raise DataError([renumbered(p, rows) for p in found.errors])


def renumbered(problem: Problem, rows: dict[str, pd.DataFrame]) -> Problem:
    """`problem` of row n of a frame of some rows, at the number of that row in its layer."""
    if problem.row is None:
        return problem
    return replace(problem, row=rows[problem.layer].attrs["rows"][problem.row - 1])


def _check_keys(frames, found: _Findings) -> None:
    """A repeated id is an error. A figure given twice only a warning: files with one have
    always loaded, but neither of the two can be changed on its own (see `changes`)."""
    for layer, key in KEYS.items():
        if layer not in frames:
            continue
        df = frames[layer]
        if _no_repeats(df, key):  # the usual case, decided without a Python loop
            continue
        report = found.error if len(key) == 1 else found.warn
        seen: dict[tuple, int] = {}
        for n, value in enumerate(row_keys(df, key), start=1):
            if value in seen:
                report(layer, n, key[0], _duplicate(layer, key, value, seen[value]))
            seen.setdefault(value, n)


def _no_repeats(df: pd.DataFrame, key: tuple[str, ...]) -> bool:
    """Whether no two rows share `key`. A one-field key is looked at by Arrow on its
    buffers: a million ids as Python strings, hashed by pandas, would take 200 MB more.
    Text is sorted and neighbours compared (0.07 s for a million ids, where counting the
    distinct ones in a hash table takes 0.3 s)."""
    if len(key) == 1:
        try:
            ids = pa.array(df[key[0]], from_pandas=True)
            if not (pa.types.is_string(ids.type) or pa.types.is_large_string(ids.type)):
                return pc.count_distinct(ids, mode="all").as_py() == len(ids)
            if ids.null_count > 1:
                return False
            in_order = ids.take(pc.sort_indices(ids))  # a blank (null) last, if any
            return len(ids) < 2 or not pc.any(pc.equal(in_order[1:], in_order[:-1])).as_py()
        except (pa.ArrowException, TypeError):  # not one type of values: pandas below
            pass
    return not df.duplicated(list(key)).any()


def _duplicate(layer: str, key: tuple[str, ...], value: tuple, first: int) -> Message:
    if len(key) == 1:
        return Message("duplicate id {id} (first used in row {first})", id=shown(value[0]),
                       first=first)
    return Message("the same {record} as row {first}: same {fields} and {last} ({values})",
                   record=layer[:-1], first=first, fields=", ".join(key[:-1]), last=key[-1],
                   values=", ".join(map(repr, value)))


def _check_chains(chains: pd.DataFrame, found: _Findings) -> None:
    for n, chain in enumerate(chains.itertuples(), start=1):
        if not COLOR.match(chain.color):
            found.error("chains", n, "color", Message(
                "expected a colour like #1f77b4, found {found}", found=shown(chain.color)))
        if chain.source_id not in found.ids["sources"]:
            found.error("chains", n, "source_id",
                        Message("unknown source {id}", id=shown(chain.source_id)))


def _check_parks(parks: pd.DataFrame, found: _Findings) -> None:
    place_field = parks.attrs.get("place_field", "geometry")
    for n, park in enumerate(parks.itertuples(), start=1):
        for chain_id in str(park.chain_ids).split(";"):
            if chain_id.strip() not in found.ids["chains"]:
                found.error("parks", n, "chain_ids",
                            Message("unknown chain {id}", id=shown(chain_id.strip())))
        if park.location_precision not in PRECISIONS:
            found.error("parks", n, "location_precision", _not_one_of(
                ", ".join(PRECISIONS), park.location_precision))
        if not is_blank(park.district_code) and not ADCODE.match(str(park.district_code)):
            found.error("parks", n, "district_code", Message(
                "expected a 6-digit adcode, found {found}", found=shown(park.district_code)))
        found.source(park.location_source_id, "parks", n, "location_source_id")
        _check_short_names(park, n, found)
        _check_precision(park, n, place_field, found)


def _check_short_names(park, n: int, found: _Findings) -> None:
    """A short name only shortens the name (see `model.is_shortening`); one that does not
    (the name was edited since, say) is a warning, and the map shows the full name."""
    for lang in ("zh", "en"):
        short, name = getattr(park, f"short_{lang}"), getattr(park, f"name_{lang}")
        if is_blank(short) or is_blank(name) or is_shortening(str(short), str(name), lang):
            continue
        found.warn("parks", n, f"short_{lang}", Message(
            "'{short}' is not a shortening of '{name}' (a short name keeps some of the "
            "name's characters, in order); the map shows the full name" if lang == "zh" else
            "'{short}' is not a shortening of '{name}' (a short name keeps some of the "
            "name's words, in order); the map shows the full name", short=short, name=name))


def _check_precision(park, n: int, place_field: str, found: _Findings) -> None:
    geometry = park.geometry
    if geometry is None or is_blank(geometry) or geometry.is_empty:
        found.warn("parks", n, place_field,
                   Message("{id} has no location: listed, not drawn", id=shown(park.id)))
    elif park.location_precision == "unknown":
        found.warn("parks", n, "location_precision", Message(
            "{id}: how close its location is to the site is not known", id=shown(park.id)))
    elif park.location_precision != "surveyed":
        found.warn("parks", n, "location_precision", Message(
            "{id} is placed approximately, at {precision} level", id=shown(park.id),
            precision=park.location_precision) if is_blank(park.uncertainty_m) else Message(
            "{id} is placed approximately, at {precision} level (±{km} km)", id=shown(park.id),
            precision=park.location_precision, km=f"{park.uncertainty_m / 1000:g}"))


def _check_tenants(tenants: pd.DataFrame, found: _Findings) -> None:
    found.unknown(tenants, "tenants", "park_id", "parks", Message("park"))
    found.unknown(tenants, "tenants", "chain_id", "chains", Message("chain"), blank_ok=False)
    for fld in ("source_id", "park_source_id"):
        found.unknown(tenants, "tenants", fld, "sources", Message("source"))


def _check_figures(figures: pd.DataFrame, entities: pd.DataFrame, found: _Findings) -> None:
    # The firms that figures name, looked up at once (one `in` on a million ids would first
    # hash them all as Python strings).
    firms = found.ids["tenants"]
    named = firms[firms.isin(figures["subject_id"][figures["subject_type"] == "tenant"])]
    subjects = {"chain": found.ids["chains"], "park": found.ids["parks"],
                "tenant": set(named),
                **{kind: set(entities["id"][entities["kind"] == kind]) for kind in ENTITY_KINDS}}
    for n, fig in enumerate(figures.itertuples(), start=1):
        if fig.subject_type not in SUBJECT_TYPES:
            found.error("figures", n, "subject_type",
                        _not_one_of(", ".join(SUBJECT_TYPES), fig.subject_type))
        elif fig.subject_type not in FREE_SUBJECTS and fig.subject_id not in subjects[
                fig.subject_type]:
            found.error("figures", n, "subject_id", Message(
                "unknown {what} {id}", what=fig.subject_type, id=shown(fig.subject_id)))
        if fig.kind not in FIGURE_KINDS:
            found.error("figures", n, "kind", _not_one_of(", ".join(FIGURE_KINDS), fig.kind))
        if not is_blank(fig.qualifier) and fig.qualifier not in QUALIFIERS:
            found.error("figures", n, "qualifier",
                        _not_one_of(" ".join(QUALIFIERS[1:]), fig.qualifier))
        found.source(fig.source_id, "figures", n, "source_id")


def _check_entities(entities: pd.DataFrame, found: _Findings) -> None:
    for n, entity in enumerate(entities.itertuples(), start=1):
        if entity.kind not in ENTITY_KINDS:
            found.error("entities", n, "kind",
                        _not_one_of(", ".join(ENTITY_KINDS), entity.kind))
        found.source(entity.source_id, "entities", n, "source_id")


def _not_one_of(choices: str, found) -> Message:
    return Message("expected one of {choices}, found {found}", choices=choices,
                   found=shown(found))


def _check_edits(edits: pd.DataFrame, found: _Findings) -> None:
    """The history of edits names layers of the catalogue and known kinds of edit; the rows
    it names may since have been deleted, so they are not looked up."""
    for n, edit in enumerate(edits.itertuples(), start=1):
        if edit.layer not in LAYERS:
            found.error("edits", n, "layer", _not_one_of(", ".join(LAYERS), edit.layer))
        if edit.action not in EDIT_ACTIONS:
            found.error("edits", n, "action", _not_one_of(", ".join(EDIT_ACTIONS), edit.action))
