"""The left panel: search box, chain filter with colour swatches, parks grouped by chain."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from explorer.core.catalogue import Catalogue
from explorer.core.model import display_name
from explorer.ui.widgets import swatch

PARK_ROLE = Qt.UserRole
CHAIN_ROLE = Qt.UserRole + 1


class ParkList(QWidget):
    """Emits `filterChanged(visible chain ids)` and `parkActivated(park id)`."""

    filterChanged = Signal(list)
    parkActivated = Signal(str)
    searchChanged = Signal(str)  # the search text, once typing pauses

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cat: Catalogue | None = None
        self._lang = "zh"
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.chains = QListWidget(self)
        self.chains.setMaximumHeight(190)
        self.chains_label = QLabel(self)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.count = QLabel(self)
        self._build_layout()
        self.retranslate()
        self.search.textChanged.connect(self._apply_visibility)
        # The map filters its firms by the same text; wait for a pause in typing.
        self._search_pause = QTimer(self, singleShot=True, interval=200)
        self.search.textChanged.connect(self._search_pause.start)
        self._search_pause.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.returnPressed.connect(self._activate_first_match)
        self.chains.itemChanged.connect(self._on_chain_toggled)
        self.all_button.clicked.connect(self.show_all_chains)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.tree.currentItemChanged.connect(self._on_current_changed)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.chains_label, 1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.chains)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search parks (Chinese or English)"))
        self.chains_label.setText(self.tr("Industrial chains"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))

    def set_language(self, lang: str) -> None:
        """Names in `lang`; ticks, search text and selection stay as they are."""
        current = self.tree.currentItem()
        park_id = current.data(0, PARK_ROLE) if current else None
        self.retranslate()
        self.set_catalogue(self._cat, lang, self.hidden_chains())
        self.select_park(park_id)

    def set_catalogue(self, cat: Catalogue, lang: str, hidden_chains: list[str]) -> None:
        self._cat, self._lang = cat, lang
        self.chains.blockSignals(True)
        self.chains.clear()
        for chain in cat.chains.values():
            item = QListWidgetItem(swatch(chain.color), display_name(chain, lang), self.chains)
            item.setData(CHAIN_ROLE, chain.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if chain.id in hidden_chains else Qt.Checked)
        self.chains.blockSignals(False)
        self._fill_tree()
        self._apply_visibility()

    def _fill_tree(self) -> None:
        cat = self._cat
        self.tree.blockSignals(True)
        self.tree.clear()
        for chain in cat.chains.values():
            parks = cat.parks_by_chain([chain.id])
            group = QTreeWidgetItem(self.tree, [f"{display_name(chain, self._lang)} ({len(parks)})"])
            group.setIcon(0, swatch(chain.color))
            group.setData(0, CHAIN_ROLE, chain.id)
            group.setFlags(Qt.ItemIsEnabled)
            for park in parks:
                label = display_name(park, self._lang)
                if not park.is_mapped:
                    label = self.tr("{name} (not on the map)").format(name=label)
                child = QTreeWidgetItem(group, [label])
                child.setData(0, PARK_ROLE, park.id)
                child.setToolTip(0, park.name_en if self._lang == "zh" else park.name_zh)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def visible_chains(self) -> list[str]:
        return [self.chains.item(i).data(CHAIN_ROLE) for i in range(self.chains.count())
                if self.chains.item(i).checkState() == Qt.Checked]

    def hidden_chains(self) -> list[str]:
        visible = set(self.visible_chains())
        return [c for c in self._cat.chains if c not in visible] if self._cat else []

    def select_park(self, park_id: str | None) -> None:
        """Show `park_id` as the current item without emitting `parkActivated`."""
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self._park_item(park_id) if park_id else None)
        self.tree.blockSignals(False)

    def _park_item(self, park_id: str) -> QTreeWidgetItem | None:
        for group in self._groups():
            for j in range(group.childCount()):
                if group.child(j).data(0, PARK_ROLE) == park_id and not group.isHidden():
                    return group.child(j)
        return None

    def _groups(self):
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _apply_visibility(self) -> None:
        """Hide unticked chains and parks that do not match the search text."""
        if not self._cat:
            return
        matches = {p.id for p in self._cat.search(self.search.text())}
        visible = set(self.visible_chains())
        shown = set()
        for group in self._groups():
            children = [group.child(j) for j in range(group.childCount())]
            for child in children:
                child.setHidden(child.data(0, PARK_ROLE) not in matches)
            group.setHidden(group.data(0, CHAIN_ROLE) not in visible
                            or all(c.isHidden() for c in children))
            shown |= {c.data(0, PARK_ROLE) for c in children
                      if not group.isHidden() and not c.isHidden()}
        self.count.setText(self.tr("%n park(s) shown", "", len(shown)))

    def _on_chain_toggled(self, _item) -> None:
        self._apply_visibility()
        self.filterChanged.emit(self.visible_chains())

    def show_all_chains(self) -> None:
        self._check_all(True)

    def _check_all(self, checked: bool) -> None:
        self.chains.blockSignals(True)
        for i in range(self.chains.count()):
            self.chains.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.chains.blockSignals(False)
        self._on_chain_toggled(None)

    def _activate_first_match(self) -> None:
        for group in self._groups():
            for j in range(group.childCount()):
                child = group.child(j)
                if not group.isHidden() and not child.isHidden():
                    self.tree.setCurrentItem(child)
                    return

    def _on_current_changed(self, current, _previous) -> None:
        park_id = current.data(0, PARK_ROLE) if current else None
        if park_id:
            self.parkActivated.emit(park_id)
