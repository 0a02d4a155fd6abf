"""The selected park: one state object that the panel, the list and the map all follow."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Holds the selected park id (or None); emits `changed` only when it really changes."""

    changed = Signal(object)  # str | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._park_id: str | None = None

    @property
    def park_id(self) -> str | None:
        return self._park_id

    def select(self, park_id: str | None) -> None:
        if park_id != self._park_id:
            self._park_id = park_id
            self.changed.emit(park_id)
