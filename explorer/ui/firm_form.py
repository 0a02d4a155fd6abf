"""The firm form: names, 统一社会信用代码 (checked with its GB 32100-2015 check character),
chain, park (suggested from the footprint the firm's point lies in), address and note."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from explorer.core.model import display_name
from explorer.core.uscc import CreditCodeError, check_credit_code
from explorer.ui.park_form import CheckedForm
from explorer.ui.widgets import swatch

translate = QCoreApplication.translate


class FirmForm(CheckedForm):
    """A new firm (at a place picked on the map) or an existing one."""

    def __init__(self, parent, cat, lang: str, firm=None, place=None, suggested_park=""):
        title = translate("FirmForm", "Firm") if firm else translate("FirmForm", "New firm")
        super().__init__(parent, title, "firm-form")
        self.name_zh = self.line(translate("FirmForm", "Name (Chinese)"),
                                 firm.name_zh if firm else "", "name_zh")
        self.name_en = self.line(translate("FirmForm", "Name (English)"),
                                 firm.name_en if firm else "", "name_en")
        self.credit_code = self.line(translate("FirmForm", "Unified social credit code"),
                                     firm.credit_code if firm else "", "credit_code")
        self.credit_code.setPlaceholderText(translate("FirmForm", "18 characters, optional"))
        self.code_check = QLabel(self)
        self.code_check.setTextFormat(Qt.PlainText)
        self.code_check.setObjectName("code_check")
        self.form.addRow("", self.code_check)
        self.credit_code.textChanged.connect(self._show_code_check)
        self.chain = QComboBox(self)
        self.chain.setObjectName("chain")
        for chain in cat.chains.values():
            self.chain.addItem(swatch(chain.color), display_name(chain, lang), chain.id)
        if firm:
            self.chain.setCurrentIndex(max(self.chain.findData(firm.chain_id), 0))
        self.form.addRow(translate("FirmForm", "Chain"), self.chain)
        self.park = QComboBox(self)
        self.park.setObjectName("park")
        self.park.addItem(translate("FirmForm", "(no park)"), "")
        for park in cat.parks.values():
            self.park.addItem(display_name(park, lang), park.id)
        self.park.setCurrentIndex(max(self.park.findData(firm.park_id if firm else
                                                         suggested_park), 0))
        self.form.addRow(translate("FirmForm", "Park"), self.park)
        if suggested_park and not firm:
            hint = QLabel(translate("FirmForm", "Suggested: the point lies in this park's "
                                                "footprint."), self)
            self.form.addRow("", hint)
        self.address = self.line(translate("FirmForm", "Address"),
                                 firm.address if firm else "", "address")
        self._note = (firm.note_zh or firm.note_en) if firm else ""
        self.note = self.line(translate("FirmForm", "Note"), self._note, "note")
        self.place = place  # (lon, lat) of a new firm, None to keep the firm's
        if place:
            where = QLabel(translate("FirmForm", "{lat:.6f}° N, {lon:.6f}° E").format(
                lat=place[1], lon=place[0]), self)
            self.form.addRow(translate("FirmForm", "Place"), where)

    def _show_code_check(self, text: str) -> None:
        if not text.strip():
            self.code_check.setText("")
            return
        try:
            check_credit_code(text)
        except CreditCodeError as exc:
            message = translate("FirmForm", "not valid: {reason}").format(reason=exc)
            if exc.expected:
                message = translate("FirmForm", "wrong check character: should be {char}"
                                    ).format(char=exc.expected)
            self.code_check.setText(message)
        else:
            self.code_check.setText(translate("FirmForm", "valid check character"))

    def values(self) -> dict:
        values = {"name_zh": self.name_zh.text().strip(), "name_en": self.name_en.text().strip(),
                  "credit_code": self.credit_code.text().strip(),
                  "chain_id": self.chain.currentData(), "park_id": self.park.currentData(),
                  "address": self.address.text().strip()}
        note = self.note.text().strip()
        if note != self._note:  # a firm's notes in two languages stay unless retyped
            values.update(note_zh=note, note_en=note)
        if self.place:
            values["geometry"] = shapely.Point(*self.place)
        return values
