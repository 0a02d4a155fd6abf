"""The left panel: search box, chain filter with colour swatches, parks grouped by chain, and
the firms a search finds.

It follows the view state (hidden chains, search text, selection, language) and writes the
user's changes to it; it never talks to the map or the panel directly. A search looks at
parks, chains and firms, says how many of each it found (or that nothing matches), and
Enter goes to the first result: a park, else a chain, else a firm.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from explorer.core.catalogue import Catalogue
from explorer.core.model import display_name
from explorer.core.viewstate import ViewState
from explorer.ui.widgets import swatch

PARK_ROLE = Qt.UserRole
CHAIN_ROLE = Qt.UserRole + 1
FIRM_ROLE = Qt.UserRole + 2
SEARCH_PAUSE_MS = 200  # the map filters its firms by the search: wait for a pause in typing
LISTED_FIRMS = 50  # firms a search lists by name; the count says how many matched


def _firm_count(results) -> str:
    """How many firms a search found: "500+" when a database had more than it listed."""
    if not results:
        return "0"
    return f"{len(results.firms)}+" if results.more_firms else str(len(results.firms))


def _both_names(record, lang: str) -> str:
    """A tooltip with the whole name in `lang`, then in the other language."""
    first = display_name(record, lang)
    other = display_name(record, "en" if lang == "zh" else "zh")
    return first if other == first else f"{first}\n{other}"


class _FittedList(QListWidget):
    """A list that asks for the height of all its rows (`fitted`), and gives way to a
    scroll bar only in a window too small for them."""

    fitted = 0
    least = 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.fitted or super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.least)


class ParkList(QWidget):
    """The list of parks for one catalogue, following and writing `state`."""

    def __init__(self, state: ViewState, parent=None):
        super().__init__(parent)
        self.state = state
        self._cat: Catalogue | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.chains = _FittedList(self)
        self.chains.setWordWrap(True)  # long chain names wrap; every chain stays in view
        self.chains.setResizeMode(QListWidget.Adjust)
        self.chains.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chains.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)  # a small window only
        self.chains.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.chains.viewport().installEventFilter(self)
        self.chains_label = QLabel(self)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        # One column as wide as the list: long names end in "…", the tooltip has them whole.
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.ElideRight)
        self.firms_group: QTreeWidgetItem | None = None
        self._results = None
        self.count = QLabel(self)
        self.focus_label = QLabel(self)  # "Only the chain …", while a chain is selected
        self.focus_label.setWordWrap(True)
        self.focus_button = QPushButton(self)
        self.focus_button.clicked.connect(lambda: self.state.select())
        self.count.setWordWrap(True)
        self._build_layout()
        self.retranslate()
        self.search.textChanged.connect(self._on_typed)
        self._search_pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.search.textChanged.connect(self._search_pause.start)
        self._search_pause.timeout.connect(self._write_search)
        self.search.returnPressed.connect(self._activate_first_match)
        self.chains.itemChanged.connect(self._write_hidden_chains)
        self.all_button.clicked.connect(self.show_all_chains)
        self.none_button.clicked.connect(self.hide_all_chains)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        state.subscribe("hidden_chains", self._show_ticks)
        state.subscribe("search", self._show_search)
        state.subscribe("selection", lambda _: self._show_selection())
        state.subscribe("lang", lambda _: self._on_language())

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
        focus = QHBoxLayout()
        focus.addWidget(self.focus_label, 1)
        focus.addWidget(self.focus_button)
        layout.addLayout(focus)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search parks, chains, firms"))
        self.chains_label.setText(self.tr("Industrial chains"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self.focus_button.setText(self.tr("Show all (Esc)"))

    def _on_language(self) -> None:
        """Names in the new language; ticks, search text and selection stay as they are."""
        self.retranslate()
        if self._cat:
            self.set_catalogue(self._cat)

    def set_catalogue(self, cat: Catalogue) -> None:
        self._cat = cat
        with QSignalBlocker(self.chains):
            self.chains.clear()
            for chain in cat.chains.values():
                item = QListWidgetItem(swatch(chain.color), display_name(chain, self.state.lang),
                                       self.chains)
                item.setToolTip(_both_names(chain, self.state.lang))
                item.setData(CHAIN_ROLE, chain.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        self._fit_chains()
        self._show_ticks(self.state.hidden_chains)
        self._fill_tree()
        self._show_search(self.state.search)
        self._show_selection()

    def _fit_chains(self) -> None:
        """The chain list as tall as its rows (wrapped at the list's width): no scrolling
        at the default window size; in a smaller window it shrinks to four rows."""
        chains = self.chains
        chains.doItemsLayout()
        count = chains.count()
        if not count:
            return
        rows = [chains.visualItemRect(chains.item(i)) for i in range(count)]
        frame = 2 * chains.frameWidth() + 4
        fitted = rows[-1].bottom() - rows[0].top() + 1 + frame
        least = min(fitted, sum(r.height() for r in rows[:4]) + frame)
        if (chains.fitted, chains.least) != (fitted, least):
            chains.fitted, chains.least = fitted, least
            chains.setMaximumHeight(fitted)
            chains.updateGeometry()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.chains.viewport() and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self._fit_chains)  # once the rows are laid out anew
        return super().eventFilter(watched, event)

    def _fill_tree(self) -> None:
        cat, lang = self._cat, self.state.lang
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for chain in cat.chains.values():
                parks = cat.parks_by_chain([chain.id])
                group = QTreeWidgetItem(self.tree, [f"{display_name(chain, lang)} ({len(parks)})"])
                group.setIcon(0, swatch(chain.color))
                group.setToolTip(0, _both_names(chain, lang))
                group.setData(0, CHAIN_ROLE, chain.id)
                group.setToolTip(0, self.tr("Open the page of this chain"))
                for park in parks:
                    label = display_name(park, lang)
                    if not park.is_mapped:
                        label = self.tr("{name} (not on the map)").format(name=label)
                    child = QTreeWidgetItem(group, [label])
                    child.setData(0, PARK_ROLE, park.id)
                    child.setToolTip(0, _both_names(park, lang))
            self.firms_group = QTreeWidgetItem(self.tree, [""])
            self.firms_group.setFlags(Qt.ItemIsEnabled)
            self.firms_group.setHidden(True)
            self.tree.expandAll()

    def _chain_items(self) -> list[QListWidgetItem]:
        return [self.chains.item(i) for i in range(self.chains.count())]

    def _show_ticks(self, hidden) -> None:
        with QSignalBlocker(self.chains):
            for item in self._chain_items():
                item.setCheckState(Qt.Unchecked if item.data(CHAIN_ROLE) in hidden else Qt.Checked)
        self._apply_visibility()

    def _write_hidden_chains(self, _item=None) -> None:
        self.state.update(hidden_chains=[item.data(CHAIN_ROLE) for item in self._chain_items()
                                         if item.checkState() != Qt.Checked])

    def _show_search(self, text: str) -> None:
        if self.search.text() != text:
            with QSignalBlocker(self.search):
                self.search.setText(text)
        self._apply_visibility()

    def _on_typed(self) -> None:
        """Filter as the user types; a database's firms are searched once typing pauses
        (the pause writes the search, which filters again), one query, not one a key."""
        if self._cat is not None and not self._cat.tenants.by_view:
            self._apply_visibility()

    def _write_search(self) -> None:
        self.state.update(search=self.search.text())

    def _show_selection(self) -> None:
        """Show the selected park (or chain heading) as the current item, without writing it
        back; a selected chain shows that chain alone."""
        park_id = self.state.selected_id("park")
        chain_id = self.state.selected_id("chain")
        self._apply_visibility()
        item = self._park_item(park_id) if park_id else self._chain_item(chain_id)
        with QSignalBlocker(self.tree):
            self.tree.setCurrentItem(item)
            if item is None:
                self.tree.clearSelection()

    def _chain_item(self, chain_id: str | None) -> QTreeWidgetItem | None:
        return next((g for g in self._groups() if g.data(0, CHAIN_ROLE) == chain_id), None)

    def _park_item(self, park_id: str) -> QTreeWidgetItem | None:
        for group in self._groups():
            for j in range(group.childCount()):
                if group.child(j).data(0, PARK_ROLE) == park_id and not group.isHidden():
                    return group.child(j)
        return None

    def _groups(self):
        """The chain groups (not the firms a search found)."""
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(i) is not self.firms_group]

    def _apply_visibility(self) -> None:
        """Hide unticked chains and what does not match the search; list matching firms."""
        if not self._cat:
            return
        text = self.search.text()
        results = self._cat.search_all(text) if text.strip() else None
        self._results = results
        matches = {p.id for p in self._cat.search(text)}
        named = {c.id for c in results.chains} if results else set()
        hidden = self.state.hidden_chains
        focus = self.state.selected_id("chain")
        self._show_focus(focus)
        shown = set()
        for group in self._groups():
            chain_named = group.data(0, CHAIN_ROLE) in named
            children = [group.child(j) for j in range(group.childCount())]
            for child in children:
                child.setHidden(not chain_named and child.data(0, PARK_ROLE) not in matches)
            chain_id = group.data(0, CHAIN_ROLE)
            if focus is not None:
                group.setHidden(chain_id != focus)  # the selected chain, even without parks
            else:
                group.setHidden(chain_id in hidden or (
                    not chain_named and all(c.isHidden() for c in children)))
            shown |= {c.data(0, PARK_ROLE) for c in children
                      if not group.isHidden() and not c.isHidden()}
        self._list_firms(results)
        self.count.setText(self._count_text(results, len(shown)))

    def _list_firms(self, results) -> None:
        group = self.firms_group
        if group is None:
            return
        firm_ids = results.firms if results else []
        with QSignalBlocker(self.tree):
            group.takeChildren()
            for firm_id in firm_ids[:LISTED_FIRMS]:
                firm = self._cat.tenants[firm_id]
                child = QTreeWidgetItem(group, [display_name(firm, self.state.lang)])
                child.setData(0, FIRM_ROLE, firm_id)
                child.setToolTip(0, firm.name_en if self.state.lang == "zh" else firm.name_zh)
            more = len(firm_ids) - LISTED_FIRMS
            group.setText(0, self.tr("Firms ({count})").format(count=_firm_count(results))
                          + (" " + self.tr("(first {n} listed)").format(n=LISTED_FIRMS)
                             if more > 0 else "")
                          + (" " + self.tr("(names starting with the text: type three "
                                           "characters or more to find them anywhere in a "
                                           "name)") if results and results.firms_by_prefix
                             else ""))
            group.setHidden(not firm_ids)
            group.setExpanded(True)

    def _count_text(self, results, parks_shown: int) -> str:
        if results is None:
            return self.tr("%n park(s) shown", "", parks_shown)
        if not results:
            return self.tr("No park, chain or firm matches “{text}”").format(
                text=self.search.text().strip())
        return " · ".join((self.tr("%n park(s)", "", len(results.parks)),
                           self.tr("%n chain(s)", "", len(results.chains)),
                           self.tr("{count} firms").format(count=_firm_count(results))
                           if results.more_firms else
                           self.tr("%n firm(s)", "", len(results.firms))))

    def _show_focus(self, chain_id: str | None) -> None:
        chain = self._cat.chains.get(chain_id) if chain_id else None
        self.focus_label.setVisible(chain is not None)
        self.focus_button.setVisible(chain is not None)
        if chain is not None:
            self.focus_label.setText(self.tr("Only the chain {chain}").format(
                chain=display_name(chain, self.state.lang)))

    def show_all_chains(self) -> None:
        self.state.update(hidden_chains=())

    def hide_all_chains(self) -> None:
        if self._cat:
            self.state.update(hidden_chains=self._cat.chains)

    def _activate_first_match(self) -> None:
        """Enter: the first park listed, else the first chain found, else the first firm."""
        self._search_pause.stop()
        self._write_search()
        results = self._results
        for group in self._groups():
            for j in range(group.childCount()):
                child = group.child(j)
                if not group.isHidden() and not child.isHidden() and (
                        results is None or child.data(0, PARK_ROLE) in
                        {p.id for p in results.parks}):
                    self.tree.setCurrentItem(child)
                    return
        if results and results.chains:
            self.state.reveal("chain", results.chains[0].id)
        elif results and results.firms:
            self.state.reveal("firm", results.firms[0])

    def _on_current_changed(self, current, _previous) -> None:
        """A park or a firm: select it and bring it into view; a chain heading: open the
        chain."""
        if current is None:
            return
        park_id, firm_id = current.data(0, PARK_ROLE), current.data(0, FIRM_ROLE)
        chain_id = current.data(0, CHAIN_ROLE)
        if park_id:
            self.state.reveal("park", park_id)
        elif firm_id:
            self.state.reveal("firm", firm_id)
        elif chain_id:
            self.state.select("chain", chain_id)
