"""An editing session: the edits made to a loaded catalogue since it was opened or saved.

`apply` makes an edit (do or redo), `revert` takes it back (undo); both change the
in-memory catalogue one record at a time. `changes()` is what a save writes: every row
touched that now differs from the store, the editors' "user survey" sources, and one row
of the `edits` layer per edit made since the last save. A Qt undo stack drives a session
(explorer/ui/undo.py); the journal (explorer/core/journal.py) keeps its edits on disk.
"""

from __future__ import annotations

from datetime import date

from explorer.core.changes import Changes
from explorer.core.edits import (Edit, Row, edit_row, put_row, row_of, same_row,
                                 survey_source, survey_source_id)
from explorer.core.model import Source


class EditSession:
    """Edits of `cat` not saved yet. `editor` and `note` go into the edits made from now."""

    def __init__(self, cat, editor: str, note: str = ""):
        self.cat = cat
        self.editor, self.note = editor, note
        self.pending: list[Edit] = []  # made since the last save, in order
        self._saved_rows: dict[tuple[str, str], Row | None] = {}  # as the store holds them
        self._stored_sources = set(cat.sources)

    def apply(self, edit: Edit) -> None:
        """Make `edit` (a new edit, or one redone)."""
        self._saved_rows.setdefault((edit.layer, edit.row_id), edit.before)
        self._add_source(edit.editor)
        put_row(self.cat, edit.layer, edit.row_id, edit.after)
        self.pending.append(edit)
        self.cat.history.append(edit)

    def revert(self, edit: Edit) -> None:
        """Take `edit` back (undo). Undoing the last edit forgets it; undoing one already
        saved records its inverse, to be saved in turn."""
        self._saved_rows.setdefault((edit.layer, edit.row_id), edit.after)
        put_row(self.cat, edit.layer, edit.row_id, edit.before)
        if self.pending and self.pending[-1] is edit:
            self.pending.pop()
            self.cat.history.pop()
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
        for (layer, row_id), saved in self._saved_rows.items():
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

    def saved(self) -> None:
        """The store now holds everything: nothing is pending."""
        self.pending.clear()
        self._saved_rows.clear()
        self._stored_sources = set(self.cat.sources)


def _source_row(source: Source) -> dict:
    return {name: getattr(source, name) or None for name in Source.__dataclass_fields__}
