"""Environment QtWebEngine needs, set before Qt is imported. No Qt import here."""

from __future__ import annotations

import ctypes
import os
import sys

# Chromium writes its own log lines (dbus, GPU, sandbox) straight to stderr; by default only
# fatal ones are shown. --verbose leaves Chromium's default.
QUIET_CHROMIUM = "--log-level=3"


# Python 3.12 made True, False and None immortal (PEP 683): a reference count no decrement
# can bring to zero. Older Pythons get the same by a count far above anything a process uses.
IMMORTAL_REFERENCES = 1 << 40


def pin_singletons() -> None:
    """Make True, False and None immortal on CPython before 3.12, as 3.12 does itself.

    PySide6 6.12.0 drops a reference it does not own: to True at every `Signal.emit()` made
    from Python, to None whenever a Python `QRunnable.run` or `QThread.run` returns
    (tests/ui/test_pyside_references.py measures it). After a few thousand emits (the map
    sends one at every pan) True's count reaches zero and the interpreter aborts
    ("bool_dealloc"). No PySide6 release fixes it yet, and the objects' memory is static,
    so raising their counts out of reach is all it takes. A debug build (whose objects carry
    more fields) and other Pythons are left alone."""
    if (sys.implementation.name != "cpython" or sys.version_info >= (3, 12)
            or hasattr(sys, "gettotalrefcount")):
        return
    for singleton in (True, False, None):
        before = sys.getrefcount(singleton)
        if before >= IMMORTAL_REFERENCES:
            continue  # done already
        # ob_refcnt is a PyObject's first field in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_REFERENCES
        assert sys.getrefcount(singleton) == before + IMMORTAL_REFERENCES


def prepare_qtwebengine(headless: bool = False, verbose: bool = False) -> None:
    """Turn Chromium's sandbox off when running as root (it cannot run as root), and
    with `headless`, render offscreen so that no display is needed. Unless `verbose`,
    Chromium logs only fatal errors; with it, Qt WebEngine also says which GPU it uses.
    Also guards against PySide6's lost references (`pin_singletons`)."""
    pin_singletons()
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    wanted = [] if verbose else [QUIET_CHROMIUM]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    flags += [flag for flag in wanted if flag not in flags]
    if flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    if verbose:
        os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=true")
