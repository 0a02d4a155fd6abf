"""What the README's screenshot scripts share (docs/*_screenshots.py): waiting in Qt's event
loop, and a main window on a catalogue, shown with its map page ready. Import it after
`prepare_qtwebengine`; call it once the QApplication exists."""

from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from explorer.ui.main_window import MainWindow
from explorer.ui.settings import Settings


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition, ms: int = 60_000) -> None:
    for _ in range(ms // 50):
        if condition():
            return
        wait(50)
    raise TimeoutError("the window did not get there")


def ready_window(cat, translations, work: Path, settings_name: str, editor: str,
                 size: tuple[int, int]) -> MainWindow:
    """A window on `cat` with its own settings file in `work`, signed by `editor`, shown at
    `size` and returned once its map page says it is ready."""
    settings = Settings(QSettings(str(work / f"{settings_name}.ini"), QSettings.IniFormat))
    settings.editor_name = editor
    window = MainWindow(cat, settings, work / "cache", translations,
                        journal_dir=work / "journals")
    window.resize(*size)
    window.show()
    ready = []
    window.map.ready.connect(lambda: ready.append(1))
    window.load_map()
    until(lambda: ready)
    return window
