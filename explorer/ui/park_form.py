"""The forms of edit mode for parks and for the editor: plain Qt forms, checked before they
close (a refused edit keeps the form open and says why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from explorer.core.model import PRECISIONS, display_name
from explorer.ui.widgets import swatch

translate = QCoreApplication.translate


def precision_names() -> dict[str, str]:
    return {
        "surveyed": translate("ParkForm", "surveyed (measured on site)"),
        "landmark": translate("ParkForm", "site (placed by someone who knows it)"),
        "town": translate("ParkForm", "town (its town's reference point)"),
        "district": translate("ParkForm", "district (somewhere in the district)"),
        "unknown": translate("ParkForm", "unknown"),
    }


class CheckedForm(QDialog):
    """A form whose OK first asks `check(values)`: an error text keeps the form open."""

    def __init__(self, parent, title: str, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal)
        self.check: Callable[[dict], str | None] = lambda values: None
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setObjectName("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def line(self, label: str, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        self.form.addRow(label, edit)
        return edit

    def values(self) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.check(self.values())
        if problem:
            self.error.setText(problem)
            return
        super().accept()


class ParkForm(CheckedForm):
    """Names, chains, location precision and uncertainty of a park (new or existing)."""

    def __init__(self, parent, cat, lang: str, park=None, district_name: str = ""):
        title = translate("ParkForm", "Park") if park else translate("ParkForm", "New park")
        super().__init__(parent, title, "park-form")
        self.name_zh = self.line(translate("ParkForm", "Name (Chinese)"),
                                 park.name_zh if park else "", "name_zh")
        self.name_en = self.line(translate("ParkForm", "Name (English)"),
                                 park.name_en if park else "", "name_en")
        self.chains = QListWidget(self)
        self.chains.setObjectName("chains")
        chosen = set(park.chain_ids) if park else set()
        for chain in cat.chains.values():
            item = QListWidgetItem(swatch(chain.color), display_name(chain, lang), self.chains)
            item.setData(Qt.UserRole, chain.id)
            item.setCheckState(Qt.Checked if chain.id in chosen else Qt.Unchecked)
        self.form.addRow(translate("ParkForm", "Chains"), self.chains)
        if district_name:
            district = QLabel(district_name, self)
            district.setTextFormat(Qt.PlainText)
            self.form.addRow(translate("ParkForm", "District"), district)
        self.precision = QComboBox(self)
        self.precision.setObjectName("precision")
        for key, text in precision_names().items():
            self.precision.addItem(text, key)
        current = park.location_precision if park else "landmark"
        self.precision.setCurrentIndex(PRECISIONS.index(current) if current in PRECISIONS
                                       else 1)
        self.form.addRow(translate("ParkForm", "Location precision"), self.precision)
        self.uncertainty = QDoubleSpinBox(self)
        self.uncertainty.setObjectName("uncertainty")
        self.uncertainty.setRange(0, 200)
        self.uncertainty.setDecimals(2)
        self.uncertainty.setSuffix(" km")
        self.uncertainty.setSpecialValueText(translate("ParkForm", "none"))
        self.uncertainty.setValue((park.uncertainty_m or 0) / 1000 if park else 0)
        self.form.addRow(translate("ParkForm", "Uncertainty (circle)"), self.uncertainty)

    def values(self) -> dict:
        chains = [self.chains.item(i).data(Qt.UserRole) for i in range(self.chains.count())
                  if self.chains.item(i).checkState() == Qt.Checked]
        km = self.uncertainty.value()
        return {"name_zh": self.name_zh.text().strip(), "name_en": self.name_en.text().strip(),
                "chain_ids": ";".join(chains), "location_precision": self.precision.currentData(),
                "uncertainty_m": km * 1000 if km > 0 else None}


class EditorForm(CheckedForm):
    """Who is editing, and the note their survey source carries."""

    def __init__(self, parent, name: str, note: str, default_name: str):
        super().__init__(parent, translate("ParkForm", "Editor"), "editor-form")
        self.name = self.line(translate("ParkForm", "Your name"), name, "editor")
        self.name.setPlaceholderText(default_name)
        self.note = self.line(translate("ParkForm", "Note on your corrections"), note, "note")
        self.note.setPlaceholderText(translate("ParkForm", "e.g. checked on site, 2026-05"))

    def values(self) -> dict:
        return {"editor": self.name.text().strip(), "note": self.note.text().strip()}
