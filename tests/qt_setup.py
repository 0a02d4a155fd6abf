"""Qt set-up for the tests that use Qt: imported by the conftest.py of tests/ui and
tests/export, never by the root one, so that tests/core and tests/mapview run without Qt.

Importing it turns QtWebEngine's sandbox off when run as root, renders offscreen, and asks
for shared OpenGL contexts, which QtWebEngine needs before the QApplication exists (pytest-qt
makes it at the first test that asks for it, after every conftest is loaded).
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)
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
