"""Open a catalogue in a worker thread, with progress, so a large file never freezes the window."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError, Message, Problem


class CatalogueLoader(QObject):
    """Loads one catalogue off the GUI thread; emits progress, then `loaded` or `failed`.

    The signals cross from the worker thread to the receiver's thread as queued calls, so
    slots run in the GUI thread. Keep a reference until one of the two final signals.
    """

    progress = Signal(int, str)
    loaded = Signal(object)  # Catalogue
    failed = Signal(object)  # DataError

    def __init__(self, location: Path | str, parent=None):
        super().__init__(parent)
        self.location = location  # where the catalogue is: see explorer.core.store.open_store

    def start(self) -> None:
        threading.Thread(target=self._run, name="catalogue-loader", daemon=True).start()

    def _run(self) -> None:
        try:
            cat = load_catalogue(self.location, progress=self.progress.emit)
        except DataError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - the GUI must say it, never crash on it
            self.failed.emit(DataError([Problem(str(self.location), Message(
                "could not be read ({reason})", reason=exc))]))
        else:
            self.loaded.emit(cat)
