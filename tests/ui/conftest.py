"""GUI fixtures: the real main window on the real QtWebEngine, offscreen, settings isolated."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.qt_setup import close_windows

READY_TIMEOUT = 30_000


@pytest.fixture
def settings(tmp_path):
    from explorer.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def make_window(qtbot, catalogue, settings, tmp_path):
    """Open a main window and wait until its map says ready."""
    from explorer.ui.i18n import Translations
    from explorer.ui.main_window import MainWindow

    def make(cat=catalogue, settings=settings, lang="zh"):
        translations = Translations()
        translations.install(lang)
        window = MainWindow(cat, settings, tmp_path / "cache", translations,
                            journal_dir=tmp_path / "journals")
        # pytest-qt closes the window before fixtures end: unsaved edits are discarded then,
        # not asked about (a test of the question replaces this).
        window.saver.ask_unsaved = lambda: QMessageBox.Discard
        qtbot.addWidget(window)
        if settings.geometry is None:
            # Tall enough for the chains view under a map of the size the map tests expect.
            window.resize(1300, 1100)
        window.show()
        with qtbot.waitSignals([window.map.ready, window.map.view.loadFinished],
                               timeout=READY_TIMEOUT):
            window.load_map()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def pytest_sessionfinish(session, exitstatus):
    close_windows()
