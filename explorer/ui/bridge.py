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

    Anything else (not JSON, unknown type, unknown park, wrong shape, oversized) is logged
    and dropped: the page is never trusted further than the messages it is expected to send.
    """

    ready = Signal()
    parkClicked = Signal(str)
    tenantClicked = Signal(str)

    def __init__(self, park_ids, tenant_ids=(), parent=None):
        super().__init__(parent)
        self.set_ids(park_ids, tenant_ids)
        self.ignored = 0

    def set_ids(self, park_ids, tenant_ids=()) -> None:
        """The ids a message may name: those of the catalogue on screen."""
        self._known = {"select": ("park", frozenset(park_ids)),
                       "select_tenant": ("tenant", frozenset(tenant_ids))}

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
            self.tenantClicked.emit(message["tenant"])

    def _parse(self, text) -> dict | None:
        if not isinstance(text, str) or len(text) > MAX_MESSAGE_CHARS:
            log.warning("bridge: dropped a message that is not a short string")
            return None
        try:
            message = json.loads(text)
        except ValueError:
            log.warning("bridge: dropped a message that is not JSON: %.80r", text)
            return None
        if message == {"type": "ready"}:
            return message
        if isinstance(message, dict) and message.get("type") in self._known:
            key, ids = self._known[message["type"]]
            value = message.get(key)
            if set(message) == {"type", key} and isinstance(value, str) and value in ids:
                return message
        log.warning("bridge: dropped an unexpected message: %.80r", text)
        return None
