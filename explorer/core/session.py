"""An editing session: the edits made to a loaded catalogue since it was opened or saved.

`apply` makes an edit (do or redo), `revert` takes it back (undo); both change the
in-memory catalogue one record at a time. `changes()` is what a save writes: every row
touched that now differs from the store, the editors' "user survey" sources, and one row
of the `edits` layer per edit made since the last save. A Qt undo stack drives a session
(explorer/ui/undo.py); the journal (explorer/core/journal.py) keeps its edits on disk.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from explorer.core.changes import Changes
from explorer.core.edits import (BulkEdit, Edit, Row, edit_row, put_row, row_of, same_row,
                                 survey_source, survey_source_id)
from explorer.core.model import Source
from explorer.core.tenants import FirmRows


class _Touched:
    """The firms bulk edits touched since the last save (ids), and which of them the
    store holds: what a save must put or delete for them."""

    def __init__(self, edit: BulkEdit, ids: pd.Index, stored: pd.Index):
        self.edit, self.ids, self.stored = edit, ids, stored


class EditSession:
    """Edits of `cat` not saved yet. `editor` and `note` go into the edits made from now."""

    def __init__(self, cat, editor: str, note: str = ""):
        self.cat = cat
        self.editor, self.note = editor, note
        self.pending: list[Edit] = []  # made since the last save, in order
        self._saved_rows: dict[tuple[str, str], Row | None] = {}  # as the store holds them
        self._stored_sources = set(cat.sources)
        self._touched: list[_Touched] = []  # by bulk edits (imports), oldest first

    def apply(self, edit: Edit | BulkEdit) -> None:
        """Make `edit` (a new edit, or one redone)."""
        self._add_source(edit.editor)
        if isinstance(edit, BulkEdit):
            self._touch(edit)
            edit.apply_to(self.cat.tenants)
        else:
            self._saved_rows.setdefault((edit.layer, edit.row_id), edit.before)
            put_row(self.cat, edit.layer, edit.row_id, edit.after)
        self.pending.append(edit)
        self.cat.history.append(edit)

    def _touch(self, edit: BulkEdit) -> None:
        """Note the firms `edit` is about to change, and which of them the store holds
        (those present now, unless a single edit since the save says otherwise)."""
        ids = edit.row_ids
        for earlier in self._touched:
            ids = ids.difference(earlier.ids, sort=False)
        present = ids[self.cat.tenants.has_ids(ids)]
        stored = [i for (layer, i), saved in self._saved_rows.items()
                  if layer == "tenants" and i in ids and saved is not None]
        added = {i for (layer, i), saved in self._saved_rows.items()
                 if layer == "tenants" and i in ids and saved is None}
        present = present.difference(pd.Index(list(added), dtype=object), sort=False) \
            .union(pd.Index(stored, dtype=object), sort=False)
        self._touched.append(_Touched(edit, ids, present))

    def revert(self, edit: Edit) -> None:
        """Take `edit` back (undo). Undoing the last edit forgets it; undoing one already
        saved records its inverse, to be saved in turn."""
        if isinstance(edit, BulkEdit):
            self._touch(edit)
            edit.revert_from(self.cat.tenants)
        else:
            self._saved_rows.setdefault((edit.layer, edit.row_id), edit.after)
            put_row(self.cat, edit.layer, edit.row_id, edit.before)
        if self.pending and self.pending[-1] is edit:
            self.pending.pop()
            self.cat.history.pop()
            if self._touched and self._touched[-1].edit is edit and len(self._touched) > 1 \
                    and self._touched[-2].edit is edit:
                self._touched.pop()  # the record of its undo
                self._touched.pop()  # and of the edit itself: nothing left to save
        else:
            inverse = edit.inverse(self.editor, f"undo of the edit of {edit.time}")
            self._add_source(self.editor)
            self.pending.append(inverse)
            self.cat.history.append(inverse)

    def _add_source(self, editor: str) -> None:
        """The editor's survey source, in memory from their first edit, so that the rows
        they edit can name it; written with the first save."""
        source_id = survey_source_id(editor)
        if source_id not in self.cat.sources:
            self.cat.sources[source_id] = survey_source(editor, self.note,
                                                        date.today().isoformat())

    def changes(self) -> Changes:
        """What a save writes (see the module's docstring)."""
        changes = Changes()
        bulk = self._bulk_ids()
        for (layer, row_id), saved in self._saved_rows.items():
            if layer == "tenants" and row_id in bulk:
                continue  # saved with the bulk edits' firms, below
            current = row_of(self.cat, layer, row_id)
            if same_row(current, saved):
                continue
            if current is None:
                changes.delete(layer, row_id)
            else:
                changes.put(layer, current)
        for source_id in {survey_source_id(e.editor) for e in self.pending}:
            if source_id not in self._stored_sources and source_id in self.cat.sources:
                changes.put("sources", _source_row(self.cat.sources[source_id]))
        self._bulk_changes(changes, bulk)
        for edit in self.pending:
            changes.put("edits", edit_row(edit))
        return changes

    def stored(self, layer: str, row_id: str, row: Row | None) -> None:
        """The store now holds `row` (another office saved it, and the user resolved the
        conflict): what a save writes is measured against it."""
        if layer == "sources":
            self._stored_sources.add(row_id)
        else:
            self._saved_rows[(layer, row_id)] = row

    def _bulk_ids(self) -> pd.Index:
        ids = pd.Index([], dtype=object)
        for touched in self._touched:
            ids = ids.union(touched.ids, sort=False)
        return ids

    def _bulk_changes(self, changes: Changes, ids: pd.Index) -> None:
        """The firms bulk edits touched: put as they are now, deleted where the store
        holds one no longer in the catalogue."""
        if not len(ids):
            return
        stored = pd.Index([], dtype=object)
        for touched in self._touched:
            stored = stored.union(touched.stored, sort=False)
        rows = self._rows_of_last_bulk_edit()
        if rows is None:
            tenants = self.cat.tenants
            rows = tenants.rows(ids[tenants.has_ids(ids)])
        changes.put_rows("tenants", rows)
        # The stored firms no longer in the catalogue (`stored` is part of `ids`).
        if len(stored):
            for firm_id in stored[~self.cat.tenants.has_ids(stored)]:
                changes.delete("tenants", firm_id)

    def _rows_of_last_bulk_edit(self) -> FirmRows | None:
        """The touched firms as the catalogue holds them, without looking them up among
        all the firms (a second for a million), where that is provably `after` of the one
        bulk edit since the save: it is the last edit made, none undone since (an undo
        adds a record to `_touched`), and no single edit of a firm since the save (none in
        `_saved_rows`). Then `apply_to` put exactly those rows and removed the firms of
        `before` that `after` lacks, so the touched firms present are those of `after`, in
        its order (`row_ids` lists them first), with its values; the table keeps a shape
        only for a firm without a point (`put_many`), and so does this. (Were an id
        repeated in `after`, the catalogue would hold it twice, and the check before
        writing refuses a repeated id.) None otherwise: look them up."""
        if len(self._touched) != 1 or not self.pending or \
                self.pending[-1] is not self._touched[0].edit or \
                any(layer == "tenants" for layer, _ in self._saved_rows):
            return None
        after = self._touched[0].edit.after
        if after.shapes is None:
            return after
        shapes = np.where(np.isnan(after.lon), after.shapes, None)
        return FirmRows(after.columns, after.lon, after.lat,
                        shapes if (shapes != None).any() else None)  # noqa: E711

    def saved(self) -> None:
        """The store now holds everything: nothing is pending."""
        self.pending.clear()
        self._saved_rows.clear()
        self._touched.clear()
        self._stored_sources = set(self.cat.sources)


def _source_row(source: Source) -> dict:
    return {name: getattr(source, name) or None for name in Source.__dataclass_fields__}
