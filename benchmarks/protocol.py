"""What the benchmark's child processes share: how they report, and how they wait on Qt.

A child prints one line per event, `BENCH {json}`, on stdout; the parent reads them as they
come. Times are `time.time()` (seconds since the epoch, the machine's one clock), so the parent
can subtract its own clock reading taken before it spawned the child.

The waits run a nested QEventLoop until a callback or a timer ends it: they never spin on
processEvents, which would steal a core from QtWebEngine on a two-core machine.
"""

from __future__ import annotations

import json
import sys
import time

PREFIX = "BENCH "


def emit(event: str, **fields) -> None:
    print(PREFIX + json.dumps({"event": event, "t": time.time(), **fields}), flush=True)


def parse(line: str) -> dict | None:
    """The event on a child's output line, or None for any other line."""
    if line.startswith(PREFIX):
        return json.loads(line[len(PREFIX):])
    return None


def pause(ms: int) -> None:
    """Let Qt run for `ms` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_js(view, script: str, timeout: float = 30.0):
    """Run `script` in the view's page and return its (JSON-friendly) result."""
    from PySide6.QtCore import QEventLoop, QTimer

    box: dict = {}
    loop = QEventLoop()

    def done(result):
        box["result"] = result
        loop.quit()

    view.page().runJavaScript(script, 0, done)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if "result" not in box:
        loop.exec()
    if "result" not in box:
        raise TimeoutError(f"no answer from the page in {timeout} s to: {script[:80]}")
    return box["result"]


def wait_js(view, script: str, accept, timeout: float = 30.0, poll_ms: int = 10):
    """Run `script` again and again (each after the last answered) until `accept(result)`."""
    end = time.time() + timeout
    while True:
        result = run_js(view, script, max(0.1, end - time.time()))
        if accept(result):
            return result
        if time.time() > end:
            raise TimeoutError(f"page never reached the state: {script[:80]}")
        pause(poll_ms)


def fail(message: str) -> None:
    """Report a failure to the parent and leave the child at once."""
    emit("error", message=message)
    sys.stdout.flush()
