"""Other offices' saves, live: a thread LISTENs on the database's `explorer_changes` channel
(the schema's trigger NOTIFYs it on every save) and the window reloads the catalogue, keeping
the view, the selection and the page's state. With unsaved edits it waits: the status bar
says others changed the catalogue, and the refresh follows the save. View → Refresh data
reloads on demand, from a file as from a database.

The listening connection is the thread's own and blocks only that thread (psycopg's
`notifies(timeout=…)`); the UI thread is never polled. A lost connection is retried every
few seconds until the server is back.
"""

from __future__ import annotations

import json
import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from explorer.core.db.location import is_database
from explorer.ui.loader import CatalogueLoader
from explorer.ui.problem_texts import problems_text

log = logging.getLogger(__name__)
WAKE_S = 0.5  # how often the thread looks whether it should stop
RETRY_S = 5.0  # after a lost connection
SETTLE_MS = 300  # notifications of one save (one per table) make one refresh


class ChangeListener(QObject):
    """Emits `heard(pid)` for each notification about `store`'s schema (pid: the server
    process that saved), from its own thread; `stop()` ends it within WAKE_S."""

    heard = Signal(int)
    listening = Signal(bool)  # connected and listening, or not (lost, retrying)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="db-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import psycopg
        from psycopg import sql

        from explorer.core.db.tables import NOTIFY_CHANNEL  # psycopg: only with a database
        from explorer.core.errors import DataError

        listening = None
        while not self._stop.is_set():
            try:
                with self.store.connect(autocommit=True) as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(NOTIFY_CHANNEL)))
                    listening = True
                    self._emit(self.listening, True)
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=WAKE_S):
                            if self._ours(note.payload):
                                self._emit(self.heard, note.pid)
            except (DataError, psycopg.Error) as exc:
                if listening is not False:  # once per outage, not every few seconds
                    log.info("not listening to %s (%s); trying again every %.0f s",
                             self.store.location, str(exc).splitlines()[0] if str(exc)
                             else type(exc).__name__, RETRY_S)
                    self._emit(self.listening, False)
                listening = False
                self._stop.wait(RETRY_S)

    def _ours(self, payload: str) -> bool:
        try:
            return json.loads(payload).get("schema") == self.store.schema
        except (ValueError, AttributeError):
            return False

    def _emit(self, signal, value) -> None:
        if self._stop.is_set():
            return
        try:
            signal.emit(value)
        except RuntimeError:  # the window is gone
            self._stop.set()


class LiveRefresh(QObject):
    """Keeps `window`'s catalogue up to date with other offices' saves (see the module's
    docstring); its label in the status bar says what happened."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.listener: ChangeListener | None = None
        self.waiting = False  # others saved while this window had unsaved edits
        self.paused = False  # the listening connection is lost (retried)
        self.connected = False  # listening now
        self.closed = False  # the window is closing: a read still under way is dropped
        self.loader: CatalogueLoader | None = None
        self.label = QLabel(window)
        self.label.setObjectName("database-status")
        window.statusBar().addPermanentWidget(self.label)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._changed_elsewhere)
        window.saver.saved.connect(self._after_save)

    def catalogue_opened(self) -> None:
        """Listen to the new catalogue's database (if it is in one)."""
        self.stop()
        self.waiting = self.paused = self.connected = False
        store = self.window.cat.store
        if is_database(store.location):
            self.listener = ChangeListener(store, self)
            self.listener.heard.connect(self._heard)
            self.listener.listening.connect(self._listening)
            self.listener.start()
        self.show_state()

    def close(self) -> None:
        """The window closes: stop listening, and drop any read under way."""
        self.closed = True
        self.stop()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _listening(self, on: bool) -> None:
        """Listening again after an outage: what others saved meanwhile was not heard, so
        the catalogue is read again."""
        was_paused, self.paused = self.paused, not on
        self.connected = on
        self.show_state()
        if on and was_paused:
            self._settle.start()

    def _heard(self, pid: int) -> None:
        if pid != getattr(self.window.cat.store, "last_writer_pid", None):
            self._settle.start()

    def _changed_elsewhere(self) -> None:
        if self.window.saver.dirty:
            self.waiting = True
            self.show_state()
        else:
            self.refresh(self.tr("Updated at {time}: another office saved changes.").format(
                time=time.strftime("%H:%M")))

    def _after_save(self) -> None:
        if self.waiting:
            self.refresh(self.tr("Updated at {time} with other offices' changes.").format(
                time=time.strftime("%H:%M")))

    def refresh(self, done_text: str = "") -> CatalogueLoader | None:
        """Read the catalogue again from its store and show it; the view stays as it is.
        Unsaved edits are never dropped: the refresh waits for the save."""
        if self.window.saver.dirty:
            self.waiting = is_database(self.window.cat.store.location) or self.waiting
            self.window.statusBar().showMessage(self.tr(
                "Save or undo your edits first: a refresh would drop them."), 10_000)
            return None
        if self.loader is not None:
            return self.loader  # one read at a time
        store = self.window.cat.store
        # No Qt parent: the loader outlives a window closed while it reads (its answer is
        # then dropped, see `closed`), instead of its thread emitting on a deleted object.
        self.loader = CatalogueLoader(store)
        self.loader.loaded.connect(lambda cat: self._loaded(cat, done_text))
        self.loader.failed.connect(self._failed)
        self.label.setText(self.tr("Refreshing…"))
        self.loader.start()
        return self.loader

    def _loaded(self, cat, done_text: str) -> None:
        if self.closed:
            return
        self.loader = None
        if self.window.saver.dirty:  # edits made while it loaded: keep them, refresh later
            self.waiting = True
            self.show_state()
            return
        self.window.set_catalogue(cat)
        self.label.setText(done_text or self.tr("Refreshed at {time}.").format(
            time=time.strftime("%H:%M")))

    def _failed(self, exc) -> None:
        if self.closed:
            return
        self.loader = None
        self.label.setText(self.tr("Not refreshed: {reason}").format(
            reason=problems_text(exc.problems[:1])))

    def show_state(self) -> None:
        """What the label says when nothing has just happened."""
        store = self.window.cat.store
        if self.paused:
            self.label.setText(self.tr("Live updates paused: the database cannot be reached "
                                       "(trying again)."))
        elif self.waiting:
            self.label.setText(self.tr("Another office changed the catalogue: it is "
                                       "refreshed after your save."))
        elif is_database(store.location) and not store.writable:
            self.label.setText(self.tr("Read only: your database role may not change this "
                                       "catalogue."))
        else:
            self.label.clear()
