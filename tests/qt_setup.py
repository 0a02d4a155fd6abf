"""Qt set-up for the tests that use Qt: imported by the conftest.py of tests/ui and
tests/export, never by the root one, so that tests/core and tests/mapview run without Qt.

Importing it turns QtWebEngine's sandbox off when run as root, renders offscreen, registers
the app's tile URL scheme and asks for shared OpenGL contexts, which QtWebEngine needs before
the QApplication exists (pytest-qt makes it at the first test that asks for it, after every
conftest is loaded); the web profile's disk cache goes to a temporary folder.
"""

import os
import tempfile

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from explorer.export.webprofile import register_tile_scheme
from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)
# The web profile's disk cache goes to a folder of this run, not the user's cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="explorer-test-cache-")
register_tile_scheme()  # before pytest-qt makes the app, as the app does
QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)


def close_windows() -> None:
    """Delete every window (and so every web page) before Qt tears down its web profile.

    Pages still alive when QtWebEngine releases the profile make the process crash at exit.
    Call it from `pytest_sessionfinish`; a second call finds nothing left to do.
    """
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
