"""The firms of the map's view, asked of the database off the UI thread.

A firm layer left in the database (core/db/firms.py) is drawn from what a view query
(`viewport.firms_in_view`) returns for the bounds and zoom the page reports. The query runs
in a thread of its own, on a connection of its own, so that pan and zoom never wait for the
database. One query at a time: while one runs, a newer view replaces any view still waiting
(the user has moved on), and every answer carries the number of the view it was asked for;
an answer to anything but the latest view is dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from explorer.core.errors import DataError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewRequest:
    """One view to fetch: its number, bounds (west, south, east, north), zoom and the
    chains shown (None: every chain)."""

    seq: int
    box: tuple[float, float, float, float]
    zoom: float
    chains: tuple[str, ...] | None


class _Signals(QObject):
    done = Signal(object, object, str)  # request, ViewFirms or None, error text


class _Job(QRunnable):
    def __init__(self, fetcher: FirmFetcher, request: ViewRequest):
        super().__init__()
        self.fetcher, self.request = fetcher, request
        self.setAutoDelete(True)

    def run(self) -> None:
        request, signals = self.request, self.fetcher._signals
        try:
            answer = self.fetcher._query(request)
        except Exception as exc:  # noqa: BLE001 (a lost connection, a refusal: said, not raised)
            self.fetcher._drop_connection()
            log.warning("firms of the view %s not read: %s", request.box, exc)
            signals.done.emit(request, None, _reason(exc))
            return
        signals.done.emit(request, answer, "")


class FirmFetcher(QObject):
    """Fetches the firms of a view of `store` in a worker thread; `answered(request,
    ViewFirms)` for the latest view only, `failed(text)` when the database cannot answer."""

    answered = Signal(object, object)
    failed = Signal(str)

    def __init__(self, store, query: Callable | None = None, parent=None):
        super().__init__(parent)
        from explorer.core.db.viewport import firms_in_view

        self.store = store
        self._firms_in_view = query or firms_in_view
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one thread for the window's life
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._conn = None  # used by the worker only (one job at a time)
        self._seq = 0
        self._running: ViewRequest | None = None
        self._waiting: ViewRequest | None = None
        self.dropped = 0  # answers to views the user had left (for tests and the log)
        self.last_seconds = 0.0

    def ask(self, box, zoom: float, chains=None) -> ViewRequest:
        """Fetch the firms of this view; any earlier view still waiting is forgotten."""
        self._seq += 1
        request = ViewRequest(self._seq, tuple(float(v) for v in box), float(zoom),
                              None if chains is None else tuple(chains))
        if self._running is None:
            self._start(request)
        else:
            self._waiting = request
        return request

    @property
    def busy(self) -> bool:
        return self._running is not None

    def _start(self, request: ViewRequest) -> None:
        self._running = request
        self._pool.start(_Job(self, request))

    def _query(self, request: ViewRequest):
        """In the worker thread."""
        if self._conn is None:
            self._conn = self.store.connect(autocommit=True)
        started = time.perf_counter()
        answer = self._firms_in_view(self.store, self._conn, request.box, request.zoom,
                                     None if request.chains is None else list(request.chains))
        self.last_seconds = time.perf_counter() - started
        return answer

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 (already broken)
                pass

    def _on_done(self, request: ViewRequest, answer, error: str) -> None:
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        if request.seq != self._seq:
            self.dropped += 1
            return
        if answer is None:
            self.failed.emit(error)
        else:
            self.answered.emit(request, answer)

    def close(self) -> None:
        """Wait for the running query, then close the connection."""
        self._waiting = None
        self._pool.waitForDone()
        self._drop_connection()


def _reason(exc: Exception) -> str:
    """What went wrong, in the window's language where the core said it."""
    if isinstance(exc, DataError):
        from explorer.ui.problem_texts import problems_text

        return problems_text(exc.problems)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
