"""Edit mode: the map's edit messages turned into edits, each one command on a QUndoStack.

The edits themselves are Qt-free (explorer/core/editing.py builds them, the session of
explorer/core/session.py makes and takes them back); here they become undoable commands,
and what they change is shown at once, in place: the park redrawn in the live page, the
panel and list refreshed. Nothing is rebuilt.
"""

from __future__ import annotations

import getpass

import shapely.geometry
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.core import editing
from explorer.core.edits import BulkEdit, Edit
from explorer.core.model import display_name
from explorer.core.session import EditSession
from explorer.mapview.page import tenant_point
from explorer.ui.messages import show_message

translate = QCoreApplication.translate
# Actions that change nothing the park list shows (names, chains, which parks exist).
_PLACE_ONLY = ("move", "footprint", "line")


class EditCommand(QUndoCommand):
    """Edits made together (a park deleted and its firms unlinked) as one undo step."""

    def __init__(self, editor: Editor, edits: list[Edit], text: str):
        super().__init__(text)
        self.editor, self.edits = editor, edits

    def redo(self) -> None:
        self.editor.make(self.edits)

    def undo(self) -> None:
        self.editor.make(self.edits, undo=True)


def error_text(exc: editing.EditError) -> str:
    """Why an edit was refused, in the user's language."""
    words = {
        "shape_invalid": translate("Editor", "The outline crosses itself ({reason}). Draw it "
                                             "again without crossing lines."),
        "shape_type": translate("Editor", "A park's shape is a polygon or a line."),
        "shape_empty": translate("Editor", "The shape has no points."),
        "has_figures": translate("Editor", "{count} figure(s) from sources describe this park, "
                                           "so it is kept. Correct its place or fields "
                                           "instead."),
        "credit_code": translate("Editor", "Wrong credit code: {message}. The check "
                                           "character should be {expected}."),
        "name_missing": translate("Editor", "A Chinese name is needed."),
        "chains": translate("Editor", "Choose at least one chain."),
        "chain": translate("Editor", "Choose the firm's chain."),
        "park": translate("Editor", "There is no park {park}."),
        "duplicate_id": translate("Editor", "There is already a park {id}."),
    }
    text = words.get(exc.code)
    if exc.code == "credit_code" and not exc.values.get("expected"):
        text = translate("Editor", "Wrong credit code: {message}.")
    return (text or "{message}").format(message=str(exc), **exc.values)


class Editor(QObject):
    """Edit mode, the undo stack and the session of the window's catalogue."""

    modeChanged = Signal(bool)
    edited = Signal()  # after every edit made, undone or redone

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.stack = QUndoStack(self)
        self.session: EditSession | None = None
        self.edit_mode = False
        self.read_only = ""  # why the catalogue may not be edited ("": it may)
        bridge = window.map.bridge
        bridge.parkMoved.connect(self._park_moved)
        bridge.firmMoved.connect(self._firm_moved)
        bridge.geometryEdited.connect(self._geometry_edited)
        bridge.partDrawn.connect(self._part_drawn)
        window.map.ready.connect(lambda: window.map.set_edit_mode(self.edit_mode))

    @property
    def editor_name(self) -> str:
        return self.settings.editor_name.strip() or getpass.getuser()

    @property
    def cat(self):
        return self.window.cat

    def set_catalogue(self, cat) -> None:
        """A new catalogue: a new session, an empty, clean stack."""
        self.stack.clear()
        self.session = EditSession(cat, self.editor_name, self.settings.edit_note)
        self.stack.setClean()

    def set_edit_mode(self, enabled: bool) -> None:
        if enabled and self.read_only:
            self.window.statusBar().showMessage(self.read_only, 10_000)
            enabled = False
        self.edit_mode = bool(enabled)
        self.window.map.set_edit_mode(self.edit_mode)
        self.modeChanged.emit(self.edit_mode)

    # -- making edits ----------------------------------------------------------------------

    def push(self, edits: list[Edit] | Edit, text: str) -> None:
        """Make `edits` as one undoable command named `text`."""
        self.session.editor = self.editor_name
        self.session.note = self.settings.edit_note
        self.stack.push(EditCommand(self, edits if isinstance(edits, list) else [edits], text))

    def attempt(self, build, text) -> bool:
        """Push the edits `build()` returns; say why if it refuses them. `text(edits)`."""
        try:
            edits = build()
        except editing.EditError as exc:
            self.refuse(exc)
            return False
        self.push(edits, text(edits if isinstance(edits, list) else [edits]))
        return True

    def refuse(self, exc: editing.EditError) -> None:
        message = error_text(exc)
        self.window.statusBar().showMessage(message, 10_000)
        show_message(self.window, "edit-refused", QMessageBox.Warning,
                     self.tr("Edit not made"), message)

    def make(self, edits: list[Edit | BulkEdit], undo: bool = False) -> None:
        """Make (or take back) `edits` in the catalogue, then show what changed. An import
        (a BulkEdit) is one edit however many firms it holds: the page gets the whole firm
        layer once (at a million firms a second or three, under a busy cursor); other
        firm edits are shown one firm at a time."""
        bulk = any(isinstance(edit, BulkEdit) for edit in edits)
        if bulk:
            QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            firms = []  # per firm edit: its placed number before and after, its point after
            tenants = self.cat.tenants
            for edit in reversed(edits) if undo else edits:
                single = edit.layer == "tenants" and not isinstance(edit, BulkEdit)
                before = tenants.placed_index(edit.row_id) if single else None
                (self.session.revert if undo else self.session.apply)(edit)
                if before is not None:
                    after = tenants.placed_index(edit.row_id)
                    firms.append((before, after,
                                  tenant_point(self.cat, after) if after >= 0 else None))
            self._show(edits, firms, bulk)
        finally:
            if bulk:
                QApplication.restoreOverrideCursor()
        self.edited.emit()

    def _show(self, edits: list[Edit | BulkEdit], firms: list, bulk: bool = False) -> None:
        window = self.window
        for park_id in dict.fromkeys(e.row_id for e in edits if e.layer == "parks"):
            window.map.show_park(park_id)
        if bulk:  # an import: the firm layer once, not a step per firm
            window.map.set_firms(self.cat)
        elif firms:
            window.map.change_firms(self.cat, firms)
        if bulk or firms:
            window.chains_view.set_catalogue(self.cat)  # its firms per chain
        selection = window.state.selection
        known = {"park": self.cat.parks, "firm": self.cat.tenants, "chain": self.cat.chains}
        if selection is not None and selection.id not in known[selection.kind]:
            window.state.select()
        if all(e.layer == "tenants" and e.action == "move" for e in edits):
            window.detail.refresh_firm_place(edits[0].row_id)
        elif not all(e.layer == "parks" and e.action in _PLACE_ONLY for e in edits):
            window.park_list.set_catalogue(self.cat)
            window.detail.set_catalogue(self.cat)
        else:  # a park moved or reshaped: only its place is shown anew
            for edit in edits:
                window.detail.refresh_place(edit.row_id)

    # -- what the page sends ---------------------------------------------------------------

    def _park_moved(self, park_id: str, lat: float, lon: float) -> None:
        if not self.edit_mode or park_id not in self.cat.parks:
            return
        self.attempt(lambda: editing.move_park(self.cat, park_id, lon, lat, self.editor_name,
                                               self.settings.edit_note),
                     lambda _: self.tr("Move {park}").format(park=self._park_name(park_id)))

    def _firm_moved(self, firm_id: str, lat: float, lon: float) -> None:
        """A firm dragged on the map and dropped at (lat, lon); refused, it is drawn back."""
        if not self.edit_mode or firm_id not in self.cat.tenants:
            return
        name = display_name(self.cat.tenants[firm_id], self.window.lang)
        if not self.attempt(lambda: editing.put_firm(
                self.cat, {"id": firm_id, "geometry": shapely.Point(lon, lat)},
                self.editor_name, self.settings.edit_note),
                lambda _: self.tr("Move {firm}").format(firm=name)):
            index = self.cat.tenants.placed_index(firm_id)
            self.window.map.change_firms(self.cat, [(index, index,
                                                     tenant_point(self.cat, index))])

    def _geometry_edited(self, park_id: str, geojson: dict) -> None:
        if not self.edit_mode or park_id not in self.cat.parks:
            return
        geometry = shapely.geometry.shape(geojson)
        if geometry.geom_type == "Point":
            lon, lat = geometry.x, geometry.y
            self._park_moved(park_id, lat, lon)
            return
        if not self.attempt(lambda: editing.reshape_park(
                self.cat, park_id, geometry, self.editor_name, self.settings.edit_note),
                lambda edits: self._shape_text(edits[0])):
            self.window.map.show_park(park_id)  # the page changed it (a cut): draw it back

    def _part_drawn(self, park_id: str, geojson: dict) -> None:
        if not self.edit_mode or park_id not in self.cat.parks:
            return
        part = shapely.geometry.shape(geojson)
        self.attempt(lambda: editing.reshape_park(
            self.cat, park_id, editing.add_part(self.cat, park_id, part), self.editor_name,
            self.settings.edit_note), lambda edits: self._shape_text(edits[0]))

    def _shape_text(self, edit: Edit) -> str:
        name = self._park_name(edit.row_id)
        if edit.action == "line":
            return self.tr("Line of {park}").format(park=name)
        return self.tr("Footprint of {park}").format(park=name)

    def _park_name(self, park_id: str) -> str:
        park = self.cat.parks.get(park_id)
        return display_name(park, self.window.lang) if park else park_id
