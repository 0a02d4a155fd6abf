"""The one object the page talks to, through QWebChannel: JSON in, validated, signals out."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4096  # real messages are under 100 characters


class MapBridge(QObject):
    """Receives the page's messages; emits `ready`, `parkClicked(id)` and `tenantClicked(id)`
    for valid ones only.

    Anything else (not JSON, unknown type, unknown park, firm number out of range, wrong
    shape, oversized) is logged and dropped: the page is never trusted further than the
    messages it is expected to send.
    """

    ready = Signal()
    parkClicked = Signal(str)
    tenantClicked = Signal(str)

    def __init__(self, park_ids=(), tenants=None, parent=None):
        super().__init__(parent)
        self.set_catalogue(park_ids, tenants)
        self.ignored = 0

    def set_catalogue(self, park_ids, tenants=None) -> None:
        """What a message may name: the parks by id, and the placed firms of `tenants` (a
        TenantTable) by number, as the page numbers them."""
        self._park_ids = frozenset(park_ids)
        self._tenants = tenants

    @Slot(str)
    def receive(self, text: str) -> None:
        message = self._parse(text)
        if message is None:
            self.ignored += 1
            return
        if message["type"] == "ready":
            self.ready.emit()
        elif message["type"] == "select":
            self.parkClicked.emit(message["park"])
        else:
            self.tenantClicked.emit(self._tenants.placed_id(message["index"]))

    def _parse(self, text) -> dict | None:
        if not isinstance(text, str) or len(text) > MAX_MESSAGE_CHARS:
            log.warning("bridge: dropped a message that is not a short string")
            return None
        try:
            message = json.loads(text)
        except ValueError:
            log.warning("bridge: dropped a message that is not JSON: %.80r", text)
            return None
        if message == {"type": "ready"} or self._names_a_park(message) or \
                self._names_a_firm(message):
            return message
        log.warning("bridge: dropped an unexpected message: %.80r", text)
        return None

    def _names_a_park(self, message) -> bool:
        return (isinstance(message, dict) and set(message) == {"type", "park"}
                and message["type"] == "select" and isinstance(message["park"], str)
                and message["park"] in self._park_ids)

    def _names_a_firm(self, message) -> bool:
        if not (isinstance(message, dict) and set(message) == {"type", "index"}
                and message["type"] == "select_tenant" and self._tenants is not None):
            return False
        index = message["index"]
        return (type(index) is int  # not a bool, not a float
                and 0 <= index < self._tenants.placed_count)
