"""The chains view (产业链 / Chains): the city-wide figures on top, a sortable table of every
chain of the catalogue (with or without parks), and the page of the selected chain.

It follows the view state: a selected chain is its selected row and page; a selected park or
firm selects the rows of its chains. Choosing a row selects the chain; a click on a park or
firm of the chain page selects it (and the map brings it into view).
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from explorer.core.catalogue import Catalogue
from explorer.core.chains import HEADLINES, chains_of, city_figures, summaries
from explorer.core.viewstate import ViewState
from explorer.export.chaindata import chain_row, figure_rows, page_text
from explorer.ui.chain_page import ChainPage
from explorer.ui.widgets import swatch

ID_ROLE = Qt.UserRole
SORT_ROLE = Qt.UserRole + 1
COUNT_COLUMNS = ("parks", "firms_placed", "firms_unplaced")
CITY_CARDS = 12  # per strip; a catalogue with more city figures shows "+n more"


def _tooltip(lines) -> str:
    """A tooltip Qt shows as literal text, whatever the catalogue text holds."""
    text = "\n".join(line for line in lines if line)
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def _cell_tooltip(cell: dict) -> str:
    return _tooltip([f"{cell['label']} · {cell['period']}", f"“{cell['quote']}”",
                     f"— {cell['source']}"])


class SortItem(QTableWidgetItem):
    """A cell sorted by its SORT_ROLE value (a number, or text), not by its display text."""

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return str(mine) < str(theirs)


class ChainsView(QWidget):
    """City figures, the chains table and the chain page, following and writing `state`."""

    def __init__(self, state: ViewState, cache_dir: Path, parent=None):
        super().__init__(parent)
        self.state = state
        self._cat: Catalogue | None = None
        self.city = QWidget(self)  # two strips of cards: results, then targets
        self.city_rows = QVBoxLayout(self.city)
        self.city_rows.setContentsMargins(0, 0, 0, 0)
        self.city_rows.setSpacing(3)
        self.city_title = QLabel(self)
        self.table = QTableWidget(0, 2 + len(COUNT_COLUMNS) + len(HEADLINES), self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # file order
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setWordWrap(False)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.page = ChainPage(cache_dir, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.page)
        self._build_layout()
        self.retranslate()
        self.table.itemSelectionChanged.connect(self._write_selection)
        self.page.bridge.selected.connect(self._select_from_page)
        state.subscribe("selection", lambda _: self._show_selection())
        state.subscribe("lang", lambda _: self._on_language())

    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.city)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMaximumHeight(120)  # the table keeps the rest; small windows shrink it
        scroll.setMinimumHeight(100)  # two rows of cards: results, targets
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.city_title)
        column.addWidget(scroll)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def headers(self) -> list[str]:
        """Column titles: the same words as the chain page and the reports."""
        text = page_text(self.state.lang)
        return [text[key] for key in ("chain", "confirmed_short", "parks", "firms_placed",
                                      "firms_unplaced", *HEADLINES)]

    def retranslate(self) -> None:
        self.city_title.setText(page_text(self.state.lang)["city"])
        self.table.setHorizontalHeaderLabels(self.headers())
        self.placeholder.setText(self.tr(
            "Choose a chain in the table (or a chain heading in the park list) to see its "
            "parks, firms, figures and charts."))

    def _on_language(self) -> None:
        self.retranslate()
        if self._cat is not None:
            self.set_catalogue(self._cat)

    def set_catalogue(self, cat: Catalogue) -> None:
        self._cat = cat
        self._fill_city()
        self._fill_table()
        self._show_selection()
        shown = self.state.selected_id("chain") or self.page.chain_id
        if shown is not None:  # another language or catalogue: the page again
            self.show_page(shown)

    # -- city-wide figures -------------------------------------------------------------------

    def _fill_city(self) -> None:
        """The city-wide results in one strip, the city's targets in a second one."""
        while self.city_rows.count():
            item = self.city_rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                while item.layout().count():
                    child = item.layout().takeAt(0).widget()
                    if child is not None:
                        child.deleteLater()
        text = page_text(self.state.lang)
        cells = [cell for row in figure_rows(self._cat, city_figures(self._cat), self.state.lang)
                 for cell in (row["result"], row["target"]) if cell is not None]
        for kind in ("result", "target"):
            strip = [c for c in cells if c["kind"] == kind]
            if not strip:
                continue
            row = QHBoxLayout()
            title = QLabel(text[kind], self.city)
            title.setMinimumWidth(40)
            row.addWidget(title)
            for cell in strip[:CITY_CARDS]:
                row.addWidget(self._city_card(cell))
            if len(strip) > CITY_CARDS:
                row.addWidget(QLabel(self.tr(" +{n} more").format(n=len(strip) - CITY_CARDS),
                                     self.city))
            row.addStretch(1)
            self.city_rows.addLayout(row)
        if not cells:
            self.city_rows.addWidget(QLabel(text["no_city"], self.city))
        self.city_rows.addStretch(1)

    def _city_card(self, cell: dict) -> QLabel:
        label = QLabel(self.city)
        label.setTextFormat(Qt.PlainText)
        label.setText(f"{cell['label']}\n{cell['value']} · {cell['period']}")
        label.setToolTip(_cell_tooltip(cell))
        label.setObjectName("city-target" if cell["kind"] == "target" else "city-result")
        label.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        label.setFrameShape(QFrame.StyledPanel)
        label.setStyleSheet("QLabel { padding: 3px 6px; background: %s; }"
                            % ("#f3ecfa" if cell["kind"] == "target" else "#f4f4f4"))
        return label

    # -- the table ----------------------------------------------------------------------------

    def _fill_table(self) -> None:
        lang = self.state.lang
        with QSignalBlocker(self.table):
            self.table.setSortingEnabled(False)
            rows = [chain_row(self._cat, s, lang) for s in summaries(self._cat)]
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, item in enumerate(self._row_items(row)):
                    item.setData(ID_ROLE, row["id"])
                    self.table.setItem(r, c, item)
            self.table.setSortingEnabled(True)

    def _row_items(self, row: dict) -> list[SortItem]:
        name = SortItem(swatch(row["color"]), row["name"])
        name.setData(SORT_ROLE, row["name"])
        text = page_text(self.state.lang)
        confirmed = SortItem(text["yes"] if row["confirmed"] else text["no"])
        confirmed.setData(SORT_ROLE, int(row["confirmed"]))
        items = [name, confirmed]
        for key in COUNT_COLUMNS:
            item = SortItem(str(row[key]))
            item.setData(SORT_ROLE, row[key])
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            items.append(item)
        for key in HEADLINES:
            cell = row["headlines"][key]
            item = SortItem(self._headline_text(cell))
            item.setData(SORT_ROLE, cell["number"] if cell else -math.inf)
            if cell:
                item.setToolTip(_cell_tooltip(cell))
            items.append(item)
        return items

    def _headline_text(self, cell: dict | None) -> str:
        if cell is None:
            return page_text(self.state.lang)["none"]
        text = f"{cell['value']} ({cell['period']})"
        return text + self.tr(" +{n} more").format(n=cell["more"]) if cell["more"] else text

    def row_of(self, chain_id: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == chain_id:
                return row
        return -1

    # -- the view state -----------------------------------------------------------------------

    def _show_selection(self) -> None:
        """Select the rows of the chains of what is selected; open a selected chain's page."""
        selection = self.state.selection
        chain_ids = chains_of(self._cat, selection.kind, selection.id) \
            if selection is not None and self._cat is not None else []
        rows = QItemSelection()
        model = self.table.model()
        for chain_id in chain_ids:
            row = self.row_of(chain_id)
            if row >= 0:
                rows.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        with QSignalBlocker(self.table):
            self.table.selectionModel().select(rows, QItemSelectionModel.ClearAndSelect)
            if len(chain_ids) == 1 and self.row_of(chain_ids[0]) >= 0:
                self.table.scrollTo(model.index(self.row_of(chain_ids[0]), 0))
        chain_id = self.state.selected_id("chain")
        if chain_id is not None and chain_id != self.page.chain_id:
            self.show_page(chain_id)

    def show_page(self, chain_id: str) -> None:
        if self._cat is None or chain_id not in self._cat.chains:
            self.pages.setCurrentWidget(self.placeholder)
            return
        self.page.show_chain(self._cat, chain_id, self.state.lang)
        self.pages.setCurrentWidget(self.page)

    def _write_selection(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) == 1:
            self.state.select("chain", self.table.item(rows.pop(), 0).data(ID_ROLE))

    def _select_from_page(self, kind: str, item_id: str) -> None:
        if kind == "park":
            self.state.reveal("park", item_id)
        else:
            self.state.select("firm", item_id)
