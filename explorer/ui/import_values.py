"""The third step of an import: the chain and park values that match nothing in the
catalogue, each listed once with a choice of chain or park (or none), and what to do with
rows whose credit code is invalid."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGridLayout, QGroupBox, QLabel,
                               QRadioButton, QScrollArea, QVBoxLayout, QWidget, QWizardPage)

from explorer.core.model import display_name
from explorer.core.registry.plan import unmatched
from explorer.ui.widgets import plain_label, swatch


class ValuesPage(QWizardPage):
    """Unmatched chain and park values; credit codes kept or rejected."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Chains, parks and credit codes"))
        self.setSubTitle(self.tr(
            "Values are matched to the catalogue's chains and parks by id, Chinese or English "
            "name. Say what each value below stands for, or leave it empty."))
        self.chain_box = QGroupBox(self.tr("Chains not found in the catalogue"), self)
        self.park_box = QGroupBox(self.tr("Parks not found in the catalogue"), self)
        self.chain_grid = QGridLayout(self.chain_box)
        self.park_grid = QGridLayout(self.park_box)
        self.all_matched = plain_label(self, name="all-matched")
        self.chain_combos: dict[str, QComboBox] = {}
        self.park_combos: dict[str, QComboBox] = {}
        host = QWidget(self)
        inner = QVBoxLayout(host)
        inner.addWidget(self.all_matched)
        inner.addWidget(self.chain_box)
        inner.addWidget(self.park_box)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        codes = QGroupBox(self.tr("Rows with an invalid credit code (统一社会信用代码)"), self)
        self.keep_codes = QRadioButton(self.tr("&Keep them, marked as doubtful in the report"),
                                       codes)
        self.keep_codes.setObjectName("keep-codes")
        self.reject_codes = QRadioButton(self.tr("&Reject them (not imported)"), codes)
        self.reject_codes.setObjectName("reject-codes")
        self.keep_codes.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_codes)
        group.addButton(self.reject_codes)
        box = QVBoxLayout(codes)
        box.addWidget(self.keep_codes)
        box.addWidget(self.reject_codes)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(codes)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        wizard = self.wizard_
        chains, parks = unmatched(wizard.cat, wizard.table, wizard.options({}, {}))
        cat, lang = wizard.cat, wizard.lang
        self.chain_combos = self._fill(self.chain_box, self.chain_grid, chains, [
            (chain.id, display_name(chain, lang), chain.color) for chain in cat.chains.values()],
            "chain")
        self.park_combos = self._fill(self.park_box, self.park_grid, parks, [
            (park.id, display_name(park, lang), None) for park in cat.parks.values()], "park")
        chain = [*self.chain_combos.values(), *self.park_combos.values(), self.keep_codes,
                 self.reject_codes]
        for first, second in zip(chain, chain[1:]):  # Tab: chains, parks, then the codes
            QWidget.setTabOrder(first, second)
        self.all_matched.setVisible(not chains and not parks)
        self.all_matched.setText(self.tr("Every chain and park named in the file is in the "
                                         "catalogue."))

    def _fill(self, box: QGroupBox, grid: QGridLayout, values: list[str], choices,
              kind: str) -> dict[str, QComboBox]:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        box.setVisible(bool(values))
        combos = {}
        empty = self.tr("(leave empty)")
        for n, value in enumerate(values):
            combo = QComboBox(box)
            combo.setObjectName(f"{kind}-value-{n}")
            combo.addItem(empty, None)
            for key, name, colour in choices:
                if colour:
                    combo.addItem(swatch(colour), name, key)
                else:
                    combo.addItem(name, key)
            label = plain_label(box, value)
            label.setBuddy(combo)
            grid.addWidget(label, n, 0)
            grid.addWidget(QLabel("→", box), n, 1)
            grid.addWidget(combo, n, 2)
            combos[value] = combo
        grid.setColumnStretch(2, 1)
        return combos

    def chain_values(self) -> dict[str, str | None]:
        return {value: combo.currentData() for value, combo in self.chain_combos.items()}

    def park_values(self) -> dict[str, str | None]:
        return {value: combo.currentData() for value, combo in self.park_combos.items()}

    def bad_codes(self) -> str:
        return "reject" if self.reject_codes.isChecked() else "keep"
