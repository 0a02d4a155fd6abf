"""What is selected: one park or one firm. The panel, the list and the map all follow it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Holds the selected park id or firm id (at most one of them).

    `changed(park id or None)` and `tenantChanged(firm id or None)` are emitted only when
    the value really changes; selecting a firm clears the park and the other way round.
    """

    changed = Signal(object)  # str | None
    tenantChanged = Signal(object)  # str | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._park_id: str | None = None
        self._tenant_id: str | None = None

    @property
    def park_id(self) -> str | None:
        return self._park_id

    @property
    def tenant_id(self) -> str | None:
        return self._tenant_id

    def select(self, park_id: str | None) -> None:
        if park_id is not None:
            self._set_tenant(None)
        if park_id != self._park_id:
            self._park_id = park_id
            self.changed.emit(park_id)

    def select_tenant(self, tenant_id: str | None) -> None:
        if tenant_id is not None:
            self.select(None)
        self._set_tenant(tenant_id)

    def _set_tenant(self, tenant_id: str | None) -> None:
        if tenant_id != self._tenant_id:
            self._tenant_id = tenant_id
            self.tenantChanged.emit(tenant_id)
