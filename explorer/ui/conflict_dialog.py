"""The conflict dialog: a save found rows another office changed since this window read
them. Per row, theirs and yours side by side, field by field, the differing fields
highlighted, a shape as coordinates and area; the user keeps theirs or their own, merges
(ticking, per differing field, which side to keep) or cancels. What the choice does is the
saver's (explorer/ui/saver.py); what makes the rows, explorer/core/conflicts.py.

Keyboard: the list of rows, the table (Space ticks a side), then the buttons, by Tab; each
button has its mnemonic, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QListWidget, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)
from shapely.geometry.base import BaseGeometry

from explorer.core import conflicts as core
from explorer.core.model import display_name
from explorer.ui.detail_panel import precision_text

translate = QCoreApplication.translate
HIGHLIGHT = QColor("#fff1b8")
THEIRS_COLUMN, YOURS_COLUMN = 1, 2


def field_label(name: str) -> str:
    """A field of a park or a firm in the user's language (its schema name otherwise)."""
    labels = {
        "id": translate("ConflictDialog", "Id"),
        "name_zh": translate("ConflictDialog", "Name (Chinese)"),
        "name_en": translate("ConflictDialog", "Name (English)"),
        "short_zh": translate("ConflictDialog", "Short name (Chinese)"),
        "short_en": translate("ConflictDialog", "Short name (English)"),
        "chain_ids": translate("ConflictDialog", "Chains"),
        "chain_id": translate("ConflictDialog", "Chain"),
        "district_code": translate("ConflictDialog", "District"),
        "location_precision": translate("ConflictDialog", "Location precision"),
        "uncertainty_m": translate("ConflictDialog", "Uncertainty (m)"),
        "location_source_id": translate("ConflictDialog", "Location source"),
        "location_note_zh": translate("ConflictDialog", "Location note (Chinese)"),
        "location_note_en": translate("ConflictDialog", "Location note (English)"),
        "geometry": translate("ConflictDialog", "Place and shape"),
        "park_id": translate("ConflictDialog", "Park"),
        "source_id": translate("ConflictDialog", "Source"),
        "quote": translate("ConflictDialog", "Quote"),
        "park_source_id": translate("ConflictDialog", "Source of the park"),
        "note_zh": translate("ConflictDialog", "Note (Chinese)"),
        "note_en": translate("ConflictDialog", "Note (English)"),
        "credit_code": translate("ConflictDialog", "Credit code"),
        "address": translate("ConflictDialog", "Address"),
    }
    return labels.get(name, name)


def value_text(name: str, value) -> str:
    """A field's value as the table shows it; a geometry as figures a person can compare."""
    if name == "geometry" or isinstance(value, BaseGeometry):
        shape = core.shape_of(value)
        if shape is None:
            return translate("ConflictDialog", "no place")
        if shape.kind == "Point":
            return translate("ConflictDialog", "point {lat:.6f}° N, {lon:.6f}° E").format(
                lat=shape.lat, lon=shape.lon)
        if shape.area_km2 is not None:
            return translate("ConflictDialog", "area {area:.3f} km², {points} corners, centre "
                                               "{lat:.5f}° N, {lon:.5f}° E").format(
                area=shape.area_km2, points=shape.points, lat=shape.lat, lon=shape.lon)
        return translate("ConflictDialog", "line {length:.2f} km, {points} points, centre "
                                           "{lat:.5f}° N, {lon:.5f}° E").format(
            length=shape.length_km or 0.0, points=shape.points, lat=shape.lat, lon=shape.lon)
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class ConflictDialog(QDialog):
    """Asks how to resolve `conflicts` (explorer.core.db.store.Conflict). Once accepted,
    `choice` is core.MINE, core.THEIRS or core.MERGE and `picks()` the ticks of a merge."""

    def __init__(self, conflicts, cat, lang: str, settings, parent=None):
        super().__init__(parent)
        self.conflicts, self.cat, self.lang, self.settings = conflicts, cat, lang, settings
        self.choice: str | None = None
        self._picks: list[dict[str, str]] = [
            {d.name: core.MINE for d in core.diffs(c) if d.differs} for c in conflicts]
        self.setObjectName("conflict-dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{count} row(s) you edited were changed by another office since you opened the "
            "catalogue. Nothing is saved yet. Keep your version, keep theirs, or merge them "
            "field by field: tick in the highlighted rows which value to keep.").format(
            count=len(conflicts)), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.PlainText)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Horizontal, self)
        self.rows = QListWidget(splitter)
        self.rows.setObjectName("conflict-rows")
        self.rows.setWordWrap(True)  # long park names wrap instead of scrolling
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for conflict in conflicts:
            self.rows.addItem(self.row_title(conflict))
        self.table = QTableWidget(0, 3, splitter)
        self.table.setObjectName("conflict-fields")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Yours (not saved)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for column in (THEIRS_COLUMN, YOURS_COLUMN):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.itemChanged.connect(self._ticked)
        splitter.addWidget(self.rows)
        splitter.addWidget(self.table)
        splitter.setSizes([220, 640])
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(self)
        for name, text, choice in (
                ("keep-mine", self.tr("Keep &mine"), core.MINE),
                ("keep-theirs", self.tr("Keep &theirs"), core.THEIRS),
                ("merge", self.tr("&Merge as ticked"), core.MERGE)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, choice=choice: self._choose(choice))
            self.buttons.addButton(button, QDialogButtonBox.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.Cancel)
        cancel.setObjectName("cancel")
        cancel.setText(self.tr("Cancel (keep editing)"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.rows.currentRowChanged.connect(self._show)
        self.rows.setCurrentRow(0)
        if settings.conflict_geometry:
            self.restoreGeometry(settings.conflict_geometry)
        else:
            self.resize(960, 560)
        self.finished.connect(lambda _: setattr(settings, "conflict_geometry",
                                                self.saveGeometry()))
        self.rows.setFocus()

    def row_title(self, conflict) -> str:
        """'Park 松木经开区 — deleted by them' and the like."""
        row_id = conflict.key[0] if len(conflict.key) == 1 else ", ".join(conflict.key)
        record = {"parks": self.cat.parks, "tenants": self.cat.tenants}.get(
            conflict.layer, {}).get(row_id) if conflict.layer in ("parks", "tenants") else None
        name = display_name(record, self.lang) if record is not None else row_id
        kind = {"parks": self.tr("Park"), "tenants": self.tr("Firm"),
                "sources": self.tr("Source")}.get(conflict.layer, conflict.layer)
        text = f"{kind} {name}"
        if conflict.theirs is None:
            text += " — " + self.tr("deleted by them")
        elif conflict.yours is None:
            text += " — " + self.tr("deleted by you")
        return text

    def _show(self, index: int) -> None:
        if index < 0:
            return
        conflict, picks = self.conflicts[index], self._picks[index]
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        for diff in core.diffs(conflict):
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(field_label(diff.name))
            label.setData(Qt.UserRole, diff.name)
            cells = [label]
            for column, value, side in ((THEIRS_COLUMN, diff.theirs, core.THEIRS),
                                        (YOURS_COLUMN, diff.yours, core.MINE)):
                gone = (conflict.theirs if side == core.THEIRS else conflict.yours) is None
                item = QTableWidgetItem(self.tr("(deleted)") if gone else self._text(diff.name,
                                                                                    value))
                if diff.differs and conflict.theirs is not None and conflict.yours is not None:
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                    item.setCheckState(Qt.Checked if picks.get(diff.name) == side
                                       else Qt.Unchecked)
                else:
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                cells.append(item)
            for column, item in enumerate(cells):
                if diff.differs:
                    item.setBackground(QBrush(HIGHLIGHT))
                    item.setFont(bold)
                    item.setToolTip(self.tr("Differs"))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _text(self, name: str, value) -> str:
        """value_text, with chains named in the window's language."""
        if name in ("chain_ids", "chain_id") and value:
            ids = [c.strip() for c in str(value).split(";") if c.strip()]
            return "; ".join(display_name(self.cat.chains[c], self.lang)
                             if c in self.cat.chains else c for c in ids)
        if name == "district_code" and value and self.cat.district(str(value)):
            return f"{display_name(self.cat.district(str(value)), self.lang)} ({value})"
        if name == "location_precision" and value:
            return precision_text(str(value))
        return value_text(name, value)

    def _ticked(self, item: QTableWidgetItem) -> None:
        """A side ticked: the other side of the field is unticked (one value per field)."""
        if item.column() not in (THEIRS_COLUMN, YOURS_COLUMN):
            return
        name = self.table.item(item.row(), 0).data(Qt.UserRole)
        side = core.THEIRS if item.column() == THEIRS_COLUMN else core.MINE
        if item.checkState() != Qt.Checked:
            side = core.MINE if side == core.THEIRS else core.THEIRS
        self._picks[self.rows.currentRow()][name] = side
        self._show(self.rows.currentRow())

    def pick(self, index: int, name: str, side: str) -> None:
        """Tick `side` of field `name` of conflict `index` (as a click on it does)."""
        self.rows.setCurrentRow(index)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.UserRole) == name:
                column = THEIRS_COLUMN if side == core.THEIRS else YOURS_COLUMN
                self.table.item(row, column).setCheckState(Qt.Checked)

    def picks(self) -> list[dict[str, str]]:
        return [dict(p) for p in self._picks]

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
