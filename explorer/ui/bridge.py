"""The one object the page talks to, through QWebChannel: JSON in, validated, signals out."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4096  # real messages are under 100 characters


class MapBridge(QObject):
    """Receives the page's messages; emits `ready` and `parkClicked(id)` for valid ones only.

    Anything else (not JSON, unknown type, unknown park, wrong shape, oversized) is logged
    and dropped: the page is never trusted further than the messages it is expected to send.
    """

    ready = Signal()
    parkClicked = Signal(str)

    def __init__(self, park_ids, parent=None):
        super().__init__(parent)
        self._park_ids = frozenset(park_ids)
        self.ignored = 0

    def set_park_ids(self, park_ids) -> None:
        self._park_ids = frozenset(park_ids)

    @Slot(str)
    def receive(self, text: str) -> None:
        message = self._parse(text)
        if message is None:
            self.ignored += 1
            return
        if message["type"] == "ready":
            self.ready.emit()
        else:
            self.parkClicked.emit(message["park"])

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
        if (isinstance(message, dict) and set(message) == {"type", "park"}
                and message["type"] == "select" and isinstance(message["park"], str)
                and message["park"] in self._park_ids):
            return message
        log.warning("bridge: dropped an unexpected message: %.80r", text)
        return None
