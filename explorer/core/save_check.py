"""The checks before a save, on what the save changes: a save of one edit stays as quick
with 100,000 firms as with ten.

`store.check_before_writing` checks a whole catalogue, as a load does: at 100,000 firms
that took 0.5–0.7 s for a save of one edit, most of a save. But an editor's catalogue was
checked when it was loaded, and an edit changes a few rows of it. Every check of a load is
either a check of one row (field types; vocabularies; the ids it names: chains, sources,
parks; its place) or a check of keys across rows. So for `after`, the catalogue as the
changes leave it (what the editor holds), `check_changes` runs the same functions on:

- every row the changes put, against the ids of `after`;
- the rows that name a row the changes delete: the firms of a deleted park, the figures
  of a deleted park or firm — the only references into parks and firms;

and gives the errors the whole check gives for those rows, at the same row numbers. The
other rows cannot have gained an error: they are unchanged, and what they name still
exists (only a deletion can break a reference, and the rows it breaks are checked). Keys
stay unique: a put replaces the row with its key. For a change of any other layer
(chains, figures, entities, districts) or a source deleted — which editing never does —
the store runs the whole check, as before (`rows_suffice`).
"""

from __future__ import annotations

import pandas as pd

from explorer.core.changes import Changes
from explorer.core.errors import DataError
from explorer.core.frames import check_fields
from explorer.core.schema import ALL_LAYERS
from explorer.core.validate import check_rows, renumbered

# Layers whose changed rows are checked by themselves (see the module's docstring).
ROW_LAYERS = ("sources", "parks", "tenants", "edits")


def rows_suffice(changes: Changes) -> bool:
    """Whether checking the rows `changes` touch is enough (see the module's docstring).
    Not for many rows at once (an import: `Changes.blocks`), which are checked with the
    whole catalogue."""
    if any(changes.blocks.values()):
        return False
    for layer, rows in changes.layers.items():
        if rows and (layer not in ROW_LAYERS or (layer == "sources" and None in
                                                 rows.values())):
            return False
    return True


def check_changes(after, changes: Changes, file: str) -> None:
    """DataError if the catalogue `after` (a Catalogue holding `changes` made) would not
    pass the checks of a load, for the rows the changes touch; for changes of which
    `rows_suffice`."""
    rows = _changed_rows(after, changes)
    problems = [renumbered(problem, rows) for layer, fields in ALL_LAYERS.items()
                if layer in rows for problem in check_fields(rows[layer], fields, file, layer)]
    if problems:
        raise DataError(problems)
    ids = {"parks": pd.Index(list(after.parks)), "chains": pd.Index(list(after.chains)),
           "sources": pd.Index(list(after.sources)), "tenants": after.tenants.ids,
           "entities": pd.Index(list(after.entities))}
    check_rows(rows, ids, after.frame("entities"), after.districts, file)


def _changed_rows(after, changes: Changes) -> dict[str, pd.DataFrame]:
    """Per layer, the frame of the rows to check (in catalogue order, numbered as in the
    whole layer): those put, and those naming a deleted park or firm."""
    put = {layer: {key[0] for key, row in rows.items() if row is not None}
           for layer, rows in changes.layers.items()}
    deleted = {layer: {key[0] for key, row in rows.items() if row is None}
               for layer, rows in changes.layers.items()}
    positions: dict[str, list[int]] = {}
    if put.get("parks"):
        positions["parks"] = [k for k, park_id in enumerate(after.parks)
                              if park_id in put["parks"]]
    firms = {after.tenants.row_of(firm_id) for firm_id in put.get("tenants", ())}
    firms.update(int(k) for k in after.tenants.rows_naming("park_id", deleted.get("parks", ())))
    if firms:
        positions["tenants"] = sorted(firms)
    subjects = {("park", i) for i in deleted.get("parks", ())} | \
        {("tenant", i) for i in deleted.get("tenants", ())}
    if subjects:
        figures = [k for k, f in enumerate(after.figures)
                   if (f.subject_type, f.subject_id) in subjects]
        if figures:
            positions["figures"] = figures
    for layer, records in (("sources", after.sources), ("edits", None)):
        if put.get(layer):
            ids = list(records) if records is not None else [e.id for e in after.history]
            positions[layer] = [k for k, row_id in enumerate(ids) if row_id in put[layer]]
    return {layer: after.frame(layer, rows) for layer, rows in positions.items()}
