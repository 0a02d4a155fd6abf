"""The Edit menu's commands that need the user: a place picked on the map, a form filled in,
a deletion confirmed. Each ends in edits pushed on the editor's undo stack."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QUndoView, QVBoxLayout

from explorer.core import editing
from explorer.core.measure import AREA_TYPES
from explorer.core.model import display_name
from explorer.ui.editor import error_text
from explorer.ui.firm_form import FirmForm
from explorer.ui.park_form import EditorForm, ParkForm


class EditForms(QObject):
    """Add, change and delete parks and firms; draw shapes; the editor's name; history."""

    def __init__(self, window, editor):
        super().__init__(window)
        self.window, self.editor = window, editor
        self.form: QDialog | None = None  # the open form, for tests and to close it
        window.map.bridge.placePicked.connect(self._picked)

    @property
    def cat(self):
        return self.window.cat

    def _hint(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)

    def _selected(self, kind: str) -> str | None:
        """The selected park or firm; says what to select first when there is none."""
        selected = self.window.state.selected_id(kind)
        if selected is None:
            self._hint(self.tr("Select a park first.") if kind == "park"
                       else self.tr("Select a firm first."))
        return selected

    def _editing(self) -> bool:
        if not self.editor.edit_mode:
            self.editor.set_edit_mode(True)
        return True

    # -- parks -------------------------------------------------------------------------------

    def add_park(self) -> None:
        self._editing()
        self.window.map.pick_place("park")
        self._hint(self.tr("Click the map where the new park is."))

    def draw_shape(self, shape: str, add_part: bool = False) -> None:
        park_id = self._selected("park")
        if park_id and self._editing():
            self.window.map.draw_shape(park_id, shape, add_part)
            self._hint(self.tr("Click the corners of the footprint; click the first one to "
                               "close it.") if shape == "Polygon" else
                       self.tr("Click along the line; click the last point again to end it."))

    def cut_hole(self) -> None:
        park_id = self._selected("park")
        if not park_id or not self._editing():
            return
        shape = self.cat.parks[park_id].geometry
        if shape is None or shape.geom_type not in AREA_TYPES:
            self._hint(self.tr("The park has no footprint to cut a hole in: draw its "
                               "footprint first."))
            return
        self.window.map.cut_hole(park_id)
        self._hint(self.tr("Click the corners of the hole inside the footprint; click the "
                           "first one to close it."))

    def edit_shape(self) -> None:
        park_id = self._selected("park")
        if park_id and self._editing():
            self.window.map.edit_shape(park_id)
            self._hint(self.tr("Drag the corners of the shape; Esc or another tool ends."))

    def edit_park(self) -> None:
        park_id = self._selected("park")
        if not park_id:
            return
        park = self.cat.parks[park_id]
        form = ParkForm(self.window, self.cat, self.window.lang, park)
        self._open(form, lambda values: editing.change_park(
            self.cat, park_id, values, self.editor.editor_name, self.window.settings.edit_note),
            self.tr("Change {park}").format(park=display_name(park, self.window.lang)))

    def delete_park(self) -> None:
        park_id = self._selected("park")
        if not park_id:
            return
        park = self.cat.parks[park_id]
        firms = len(self.cat.tenants_of(park_id))
        answer = QMessageBox.question(
            self.window, self.tr("Delete park"),
            self.tr("Delete {park}? Its {count} firm(s) stay in the catalogue, no longer "
                    "linked to a park.").format(park=display_name(park, self.window.lang),
                                                count=firms))
        if answer != QMessageBox.Yes:
            return
        self.editor.attempt(lambda: editing.delete_park(self.cat, park_id,
                                                        self.editor.editor_name),
                            lambda _: self.tr("Delete {park}").format(
                                park=display_name(park, self.window.lang)))

    # -- firms -------------------------------------------------------------------------------

    def add_firm(self) -> None:
        self._editing()
        self.window.map.pick_place("firm")
        self._hint(self.tr("Click the map where the new firm is."))

    def move_firm(self) -> None:
        if self._selected("firm") and self._editing():
            self.window.map.pick_place("move_firm")
            self._hint(self.tr("Click the map where the firm is."))

    def edit_firm(self) -> None:
        firm_id = self._selected("firm")
        if firm_id:
            self._firm_form(self.cat.tenants[firm_id])

    def delete_firm(self) -> None:
        firm_id = self._selected("firm")
        if not firm_id:
            return
        name = display_name(self.cat.tenants[firm_id], self.window.lang)
        answer = QMessageBox.question(self.window, self.tr("Delete firm"),
                                      self.tr("Delete {firm}?").format(firm=name))
        if answer == QMessageBox.Yes:
            self.editor.attempt(lambda: editing.delete_firm(self.cat, firm_id,
                                                            self.editor.editor_name),
                                lambda _: self.tr("Delete {firm}").format(firm=name))

    def _firm_form(self, firm=None, place=None) -> FirmForm:
        suggested = editing.park_at(self.cat, *place) if place else ""
        form = FirmForm(self.window, self.cat, self.window.lang, firm, place, suggested)
        name = display_name(firm, self.window.lang) if firm else ""

        def build(values):
            return editing.put_firm(self.cat, {**values, "id": firm.id if firm else None},
                                    self.editor.editor_name, self.window.settings.edit_note)
        self._open(form, build, lambda edit: (
            self.tr("Change {firm}").format(firm=name) if firm else
            self.tr("Add firm {firm}").format(firm=edit.after["name_zh"])))
        return form

    def _picked(self, purpose: str, lat: float, lon: float) -> None:
        if purpose == "park":
            district = editing.district_at(self.cat, lon, lat)
            place = self.cat.district(district)
            form = ParkForm(self.window, self.cat, self.window.lang,
                            district_name=display_name(place, self.window.lang) if place else "")
            self._open(form, lambda values: editing.new_park(
                self.cat, values, lon, lat, self.editor.editor_name,
                self.window.settings.edit_note),
                lambda edit: self.tr("Add park {park}").format(park=edit.after["name_zh"]))
        elif purpose == "firm":
            self._firm_form(place=(lon, lat))
        elif purpose == "move_firm" and self.window.state.selected_id("firm"):
            firm_id = self.window.state.selected_id("firm")
            name = display_name(self.cat.tenants[firm_id], self.window.lang)
            self.editor.attempt(lambda: editing.put_firm(
                self.cat, {"id": firm_id, "geometry": shapely.Point(lon, lat)},
                self.editor.editor_name, self.window.settings.edit_note),
                lambda _: self.tr("Move {firm}").format(firm=name))

    def _open(self, form, build, text) -> None:
        """Open `form`; its OK builds the edit (a refusal keeps it open, saying why) and
        pushes it. `text` names the undo step: a string, or a function of the edit."""
        built = {}

        def check(values):
            try:
                built["edit"] = build(values)
            except editing.EditError as exc:
                return error_text(exc)
            return None
        form.check = check
        form.accepted.connect(lambda: self.editor.push(
            built["edit"], text(built["edit"]) if callable(text) else text))
        self.form = form
        form.open()

    # -- the editor, the history -------------------------------------------------------------

    def editor_settings(self) -> None:
        settings = self.window.settings
        form = EditorForm(self.window, settings.editor_name, settings.edit_note,
                          self.editor.editor_name)

        def accepted():
            values = form.values()
            settings.editor_name, settings.edit_note = values["editor"], values["note"]
        form.accepted.connect(accepted)
        self.form = form
        form.open()

    def history(self) -> None:
        dialog = QDialog(self.window)
        dialog.setObjectName("edit-history")
        dialog.setWindowTitle(self.tr("Edit history"))
        view = QUndoView(self.editor.stack, dialog)
        view.setEmptyLabel(self.tr("<catalogue as opened or saved>"))
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(420, 360)
        dialog.show()

