"""The figures of the detail panel as a list: one row per figure, wrapped to the panel's
width (label, then value, then period and source), never a horizontal scroll bar, and as
tall as its rows, so that the panel scrolls, not the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget,
                               QTableWidgetItem)

PARTS_ROLE = Qt.UserRole  # (label, value, period, source) of the row's figure


class FigureList(QTableWidget):
    """Rows of figures; `set_rows` fills it, `parts(row)` reads a row back."""

    def __init__(self, parent=None):
        super().__init__(0, 1, parent)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.ElideNone)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().sectionResized.connect(lambda *_: self._fit_height())

    def set_rows(self, rows: list[tuple[tuple[str, str, str, str], str]]) -> None:
        """One row per ((label, value, period, source), tooltip)."""
        self.setRowCount(len(rows))
        for row, (parts, tooltip) in enumerate(rows):
            label, value, period, source = parts
            text = "\n".join(t for t in (label, value, " · ".join(p for p in (period, source)
                                                                   if p)) if t)
            item = QTableWidgetItem(text)
            item.setData(PARTS_ROLE, list(parts))
            item.setToolTip(tooltip)
            self.setItem(row, 0, item)
        self.scrollToTop()
        self._fit_height()

    def parts(self, row: int) -> tuple[str, str, str, str]:
        """(label, value, period, source) of row `row`."""
        return tuple(self.item(row, 0).data(PARTS_ROLE))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_height)  # rows re-wrap at the new width first

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount())) + 2 * self.frameWidth()
        if self.height() != height:
            self.setFixedHeight(max(height, 2 * self.frameWidth()))
