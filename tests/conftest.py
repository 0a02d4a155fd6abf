"""Shared test set-up: offscreen Qt, QtWebEngine without its sandbox when run as root, and
the bundled catalogue loaded once."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from explorer.core.catalogue import load_catalogue
from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)
QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)  # before pytest-qt makes the app

REPO = Path(__file__).resolve().parents[1]
# The source article, kept beside the repository in shared/ (in CI too).
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_d8bf1e993a032e8e.txt"


@pytest.fixture(scope="session")
def catalogue():
    """The bundled catalogue (tests that change it work on a copy)."""
    return load_catalogue()


def pytest_sessionfinish(session, exitstatus):
    """Delete every window (and so every web page) before Qt tears down its web profile.

    Pages still alive when QtWebEngine releases the profile make the process crash at exit.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
