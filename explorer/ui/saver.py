"""Saving edits: Ctrl+S through the store, Save as…, Save / Discard / Cancel before the
edits would be lost, the `*` in the title, and the journal that survives a crash.

The catalogue bundled with the app is never written: the first save of edits to it (or to
a GeoJSON or CSV file, which is read only) asks for a new GeoPackage, by default in the
user's documents folder, and the app keeps that file from then on.

A database catalogue is saved to its database in one transaction. Rows another office saved
meanwhile make a conflict: the conflict dialog asks what to keep, and the save is made again
with the user's choice (one more edit, so that the history keeps both sides). A lost
connection saves nothing and keeps the edits, in the window and in the journal (in the
user's data folder, named after the URI without password), for the next save.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from explorer.core.db.location import is_database
from explorer.core.edits import EDITED_LAYERS, BulkEdit, Edit, row_of, same_row
from explorer.core.errors import DataError
from explorer.core.journal import (database_journal_path, file_stamp, journal_path,
                                   read_journal, remove_journal, write_journal)
from explorer.core.load import BUNDLED_PATH
from explorer.core.store import GeoPackageStore, save_frames_as
from explorer.ui.editor import EditCommand
from explorer.ui.messages import show_message
from explorer.ui.problem_texts import problems_text

log = logging.getLogger(__name__)
INSTALLATION = BUNDLED_PATH.parent  # the bundled data's folder: never written
JOURNAL_DELAY_MS = 1000  # a burst of edits is journalled once, at most a second later
DEFAULT_NAME = "hengyang-catalogue.gpkg"


class Saver(QObject):
    """Saves the window's catalogue and keeps its journal; `saved` after every save."""

    saved = Signal()

    def __init__(self, window, editor, settings, journal_dir: Path):
        super().__init__(window)
        self.window, self.editor, self.settings = window, editor, settings
        self.journal_dir = journal_dir
        self._stamp: list[int] | None = None
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        editor.stack.indexChanged.connect(lambda _: self._journal_timer.start())
        editor.stack.cleanChanged.connect(lambda _: window.show_title())

    @property
    def cat(self):
        return self.window.cat

    @property
    def dirty(self) -> bool:
        return not self.editor.stack.isClean()

    def catalogue_opened(self) -> None:
        """A catalogue was opened: remember how its file was, offer a journal left behind."""
        path = self._path()
        self._stamp = file_stamp(path) if path and path.is_file() else None
        self.window.show_title()
        self.offer_recovery()

    def _path(self) -> Path | None:
        path = getattr(self.cat.store, "path", None)
        return Path(path) if path is not None else None

    def database(self) -> bool:
        """Whether the catalogue is in a database (saved there, journal by URI)."""
        return is_database(self.cat.store.location)

    def protected(self) -> bool:
        """Whether a save must go to another file: the bundled catalogue, or read only."""
        if not self.cat.store.writable:
            return True
        if self.database():
            return False
        path = self._path()
        return path is None or path.resolve().is_relative_to(INSTALLATION.resolve())

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Ctrl+S. True once everything is saved (nothing to save counts)."""
        if not self.dirty and not self.editor.session.pending:
            return True
        if self.protected():
            return self.save_as()
        return self._write(lambda changes, cat: self.cat.store.write(changes, cat)
                           or self.cat.store)

    def save_as(self, target: Path | None = None) -> bool:
        """File → Save as…: the catalogue with its edits as a new GeoPackage."""
        target = target or self.ask_path()
        if target is None:
            return False
        store = self.cat.store

        def write(changes, cat):
            if isinstance(store, GeoPackageStore):
                return store.save_as(target, changes, cat)
            return save_frames_as(cat.frames(), target)
        return self._write(write)

    def _write(self, write) -> bool:
        from explorer.core.db import connect as connection
        from explorer.core.db.store import ConflictError

        session, old_journal = self.editor.session, self.journal_path()
        try:
            new_store = write(session.changes(), self.cat)
        except ConflictError as exc:
            return self.settle(exc.conflicts)
        except DataError as exc:
            if getattr(exc, "kind", None) in (connection.LOST, connection.UNREACHABLE):
                self.write_journal()  # the edits on disk now, whatever happens next
                show_message(self.window, "save-error", QMessageBox.Warning,
                             self.tr("Not saved"),
                             self.tr("The database cannot be reached: nothing was saved. Your "
                                     "edits are kept (on disk too) and are saved by the next "
                                     "Save once the connection is back."),
                             informative=problems_text(exc.problems[:12]))
                self.window.statusBar().showMessage(self.tr(
                    "Not saved: the database cannot be reached. Edits kept."))
                return False
            if self.database():
                show_message(self.window, "save-error", QMessageBox.Warning,
                             self.tr("Not saved"),
                             self.tr("The database refused the save; nothing was saved and "
                                     "your edits are kept."),
                             informative=problems_text(exc.problems[:12]),
                             detailed=problems_text(exc.problems))
                return False
            show_message(self.window, "save-error", QMessageBox.Warning,
                         self.tr("Not saved"), self.tr("The catalogue was not saved: it would "
                                                       "not pass the checks of a load."),
                         informative="\n".join(str(p) for p in exc.problems[:12]),
                         detailed=str(exc))
            return False
        except OSError as exc:
            show_message(self.window, "save-error", QMessageBox.Warning, self.tr("Not saved"),
                         self.tr("The catalogue was not saved: {error}").format(error=exc))
            return False
        session.saved()
        self.cat.store = new_store
        if not self.database():
            self.settings.last_catalogue = new_store.location
            self._stamp = file_stamp(Path(new_store.location))
        self.editor.stack.setClean()
        if old_journal:
            remove_journal(old_journal)
        self.window.show_title()
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(
            file=new_store.name), 5000)
        self.saved.emit()
        return True

    # -- conflicts ---------------------------------------------------------------------------

    def settle(self, conflicts) -> bool:
        """Rows both sides made the same (two offices adding the same source) are taken as
        they are and the save is made again; the others go to the conflict dialog."""
        from explorer.core import conflicts as core

        same = [c for c in conflicts if c.theirs is not None and c.yours is not None
                and not any(d.differs for d in core.diffs(c))]
        if len(same) == len(conflicts):
            return self.resolve(same, core.THEIRS, [{} for _ in same])
        self.ask_resolution([c for c in conflicts if c not in same])
        return False

    def ask_resolution(self, conflicts) -> QDialog:
        """The conflict dialog; the choice is made, then saved, once the user has chosen."""
        from explorer.ui.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflicts, self.cat, self.window.lang, self.settings,
                                self.window)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.resolve(conflicts, dialog.choice, dialog.picks()))
        dialog.rejected.connect(lambda: self.window.statusBar().showMessage(self.tr(
            "Not saved: your edits are kept; another office changed the same rows.")))
        dialog.open()
        return dialog

    def resolve(self, conflicts, choice: str, picks: list[dict]) -> bool:
        """Make the user's choice and save: their versions become the base of every
        conflicting row (explorer.core.db.store.PostgisStore.accept), and where the chosen
        row differs from the window's, one more edit makes it so — undoable, and recorded
        after the user's own edits in the history."""
        from explorer.core import conflicts as core

        edits = []
        for conflict, chosen in zip(conflicts, picks):
            self.cat.store.accept(conflict)
            theirs = core.theirs_row(conflict)
            row_id = conflict.key[0]
            if conflict.layer not in EDITED_LAYERS:
                if choice == core.THEIRS:
                    self.editor.session.stored(conflict.layer, row_id, theirs)
                continue
            self.editor.session.stored(conflict.layer, row_id, theirs)
            current = row_of(self.cat, conflict.layer, row_id)
            result = core.resolved(conflict, choice, chosen)
            if not same_row(current, result):
                edits.append(Edit(conflict.layer, row_id, _action(current, result),
                                  current, result, self.editor.editor_name,
                                  note=self.settings.edit_note))
        if edits:
            self.editor.push(edits, self.tr("Resolve conflict ({count})").format(
                count=len(edits)))
        return self.save()

    def ask_path(self) -> Path | None:
        folder = self.settings.last_save_folder or QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save catalogue as"), str(Path(folder) / DEFAULT_NAME),
            self.tr("GeoPackage (*.gpkg)"))
        if not path:
            return None
        path = Path(path).with_suffix(".gpkg")
        if path.resolve().is_relative_to(INSTALLATION.resolve()):
            show_message(self.window, "save-error", QMessageBox.Warning, self.tr("Not saved"),
                         self.tr("The catalogue that comes with the app is never changed; "
                                 "choose a file in another folder."))
            return None
        self.settings.last_save_folder = str(path.parent)
        return path

    def confirm_discard(self) -> bool:
        """Before unsaved edits would be lost: Save / Discard / Cancel. True to go on."""
        if not self.dirty:
            return True
        answer = _button(self.ask_unsaved())
        if answer == QMessageBox.Save:
            return self.save()
        if answer == QMessageBox.Discard:
            self.discard()
            return True
        return False

    def ask_unsaved(self):
        box = QMessageBox(QMessageBox.Question, self.tr("Unsaved edits"),
                          self.tr("The edits to {file} are not saved.").format(
                              file=self.cat.store.name),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                          self.window)
        box.setObjectName("unsaved-edits")
        box.setDefaultButton(QMessageBox.Save)
        return box.exec()

    def discard(self) -> None:
        self.editor.stack.setClean()
        path = self.journal_path()
        if path:
            remove_journal(path)

    # -- the journal -----------------------------------------------------------------------

    def journal_path(self) -> Path | None:
        if self.database():
            return database_journal_path(self.cat.store.location, self.journal_dir)
        path = self._path()
        return journal_path(path, self.journal_dir, INSTALLATION) if path else None

    def _database_stamp(self, edits) -> list[int]:
        """The versions, as read, of the rows `edits` touch (see core/journal.py); an
        import's firms are not among them (the journal keeps its summary only)."""
        return self.cat.store.versions_of(dict.fromkeys(
            (e.layer, e.row_id) for e in edits if not isinstance(e, BulkEdit)))

    def write_journal(self) -> None:
        """The pending edits on disk (none pending: no journal). An import is journalled
        as its summary only (see explorer/core/journal.py): recovery names its file."""
        path, session = self.journal_path(), self.editor.session
        if path is None or session is None:
            return
        try:
            if self.dirty and session.pending and self.database():
                write_journal(path, self.cat.store.location,
                              self._database_stamp(session.pending), session.pending)
            elif self.dirty and session.pending:
                write_journal(path, self._path(), self._stamp or [0, 0], session.pending)
            else:
                remove_journal(path)
        except OSError:
            log.exception("could not write the journal %s", path)

    def offer_recovery(self) -> None:
        """A journal left by a run that ended without saving: offer its edits again."""
        path = self.journal_path()
        journal = read_journal(path) if path and path.is_file() else None
        if journal is None or not (journal.edits or journal.lost_imports):
            return
        if not (journal.stamp == self._database_stamp(journal.edits) if self.database()
                else journal.matches(self._path())):
            path.rename(path.with_suffix(".journal-old"))
            show_message(self.window, "journal-stale", QMessageBox.Information,
                         self.tr("Unsaved edits found"),
                         self.tr("Edits of an earlier session were not saved, but {file} has "
                                 "changed since, so they cannot be made again. They are kept "
                                 "in {journal}.").format(file=self.cat.store.name,
                                                         journal=path.with_suffix(
                                                             ".journal-old")))
            return
        lost = self.tr("Imports are not kept in the journal; import again: {files}").format(
            files=", ".join(journal.lost_imports)) if journal.lost_imports else ""
        if not journal.edits:  # imports only: nothing to make again, but say which
            remove_journal(path)
            show_message(self.window, "journal-imports", QMessageBox.Information,
                         self.tr("Unsaved imports"), self.tr(
                             "The last session ended without saving its imports into "
                             "{file}.").format(file=self.cat.store.name), informative=lost)
            return
        box = show_message(self.window, "recover-journal", QMessageBox.Question,
                           self.tr("Recover unsaved edits?"),
                           self.tr("The last session ended without saving {count} edit(s) "
                                   "of {file}. Make them again?").format(
                               count=len(journal.edits), file=self.cat.store.name),
                           informative=lost)
        box.setStandardButtons(QMessageBox.Yes | QMessageBox.No)
        box.finished.connect(lambda answer: self._recover(journal.edits, path, answer))

    def _recover(self, edits, path: Path, answer) -> None:
        if _button(answer) == QMessageBox.Yes:
            self.editor.stack.push(EditCommand(self.editor, edits,
                                               self.tr("Recovered edits ({count})").format(
                                                   count=len(edits))))
        else:
            remove_journal(path)


def _action(before, after) -> str:
    """The kind of edit that takes a row from `before` to `after` (model.EDIT_ACTIONS)."""
    if after is None:
        return "delete"
    if before is None:
        return "add"
    moved = not same_row({"g": before.get("geometry")}, {"g": after.get("geometry")})
    others = {k: v for k, v in before.items() if k != "geometry"}
    if moved and same_row(others, {k: v for k, v in after.items() if k != "geometry"}):
        geometry = after.get("geometry")
        kind = "" if geometry is None else geometry.geom_type
        return {"Point": "move", "LineString": "line", "MultiLineString": "line"}.get(
            kind, "footprint")
    return "fields"


def _button(value) -> QMessageBox.StandardButton:
    """A message box's answer as a button, whether Qt gave an int or the enum."""
    return value if isinstance(value, QMessageBox.StandardButton) else \
        QMessageBox.StandardButton(int(value))
