"""Start the GUI: Qt set-up, translations, the catalogue, the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from explorer.logs import configure_logging
from explorer.qtenv import prepare_qtwebengine

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def quit_on_interrupt(app) -> None:
    """Ctrl+C in the terminal closes the window properly (settings saved), not with a
    traceback. Python only sees the signal when it runs, so a timer wakes it up."""
    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer(app, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()


def load_with_password(location):
    """The catalogue at `location`; a database that wants a password gets it from a prompt
    (kept in memory only), asked again while the server refuses it. DataError otherwise, or
    when the user cancels the prompt."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from explorer.core.catalogue import load_catalogue
    from explorer.core.db import connect as connection
    from explorer.core.db.location import parse_location

    translate = QCoreApplication.translate
    while True:
        try:
            return load_catalogue(location)
        except connection.ConnectFailed as exc:
            if exc.kind not in (connection.PASSWORD_NEEDED, connection.AUTHENTICATION):
                raise
            where = parse_location(location)
            if exc.kind == connection.AUTHENTICATION and where.conninfo not in connection.PASSWORDS:
                raise  # refused without a password typed here (a wrong ~/.pgpass, say)
            text = translate("DataOpener", "Password for {database}:").format(
                database=where.shown)
            if exc.kind == connection.AUTHENTICATION:
                text = translate("DataOpener", "The password was refused. Try again.") + \
                    "\n" + text
            password, ok = QInputDialog.getText(None, translate("DataOpener", "Password"),
                                                text, QLineEdit.Password)
            if not ok:
                raise
            connection.PASSWORDS[where.conninfo] = password


def run(data_path: Path | None, verbose: bool = False) -> int:
    prepare_qtwebengine(verbose=verbose)
    from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from explorer.core.errors import DataError
    from explorer.export.qtlog import route_qt_messages
    from explorer.ui.i18n import LANGUAGES, Translations, system_language
    from explorer.ui.main_window import MainWindow
    from explorer.ui.problem_texts import problems_text
    from explorer.ui.settings import APPLICATION, ORGANISATION, Settings

    from explorer.export.webprofile import register_tile_scheme

    register_tile_scheme()  # before the application exists, or Qt ignores it
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)  # QtWebEngine asks for it
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # The log first, then Qt's messages into it: the platform plugin speaks at start-up.
    log_path = configure_logging(
        Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "logs", verbose)
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "explorer.svg")))
    settings = Settings()
    translations = Translations()
    lang = settings.language if settings.language in LANGUAGES else system_language()
    translations.install(lang)
    if data_path is None and settings.last_catalogue and Path(settings.last_catalogue).is_file():
        data_path = Path(settings.last_catalogue)  # where the user saved their edits
    try:
        cat = load_with_password(data_path)
    except DataError as exc:
        box = QMessageBox(QMessageBox.Critical, APPLICATION, problems_text(exc.problems),
                          QMessageBox.Ok)
        box.setTextFormat(Qt.PlainText)
        box.exec()
        return 2
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.CacheLocation)) / "pages"
    journals = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "journals"
    window = MainWindow(cat, settings, cache, translations, log_path, journals)
    window.show()
    window.warn_if_no_chinese_font()
    window.load_map()
    quit_on_interrupt(app)
    code = app.exec()
    # Pages must go before QtWebEngine releases its profile, or the process crashes on exit.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    return code
