"""Screenshots of the conflict dialog for the README (docs/conflict-zh.png, conflict-en.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/conflict_screenshots.py [URI]

Two windows on one database catalogue (the bundled one, pushed to URI, or to a throwaway
PostgreSQL + PostGIS server started here when no URI is given, as the tests do): office A
(张工) moves the Xidu watch park and saves; office B (李工) moves it elsewhere and gives it
a 500 m uncertainty circle, then saves, and meets the dialog. Place ticked "theirs" for a
merge. The places are the editors' moves, not facts about the park.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from explorer.qtenv import prepare_qtwebengine

prepare_qtwebengine(headless=True)

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core import editing  # noqa: E402
from explorer.core.catalogue import load_catalogue  # noqa: E402
from explorer.core.db.transfer import push  # noqa: E402
from explorer.core.load import BUNDLED_PATH  # noqa: E402
from explorer.ui.conflict_dialog import ConflictDialog  # noqa: E402
from explorer.ui.i18n import Translations  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402
from shots import ready_window, wait  # noqa: E402

DOCS = Path(__file__).resolve().parent
XIDU = "xidu-time-valley"


def window(uri: str, lang: str, work: Path, editor: str) -> MainWindow:
    translations = Translations()
    translations.install(lang)
    return ready_window(load_catalogue(uri), translations, work, f"{lang}-{editor}", editor,
                        (1300, 800))


def shot(uri: str, lang: str, work: Path) -> None:
    push(BUNDLED_PATH, uri, replace=True)
    a = window(uri, lang, work, "张工" if lang == "zh" else "Zhang")
    b = window(uri, lang, work, "李工" if lang == "zh" else "Li")
    park = a.cat.parks[XIDU].geometry
    a.editor.edit_mode = b.editor.edit_mode = True
    a.editor._park_moved(XIDU, park.y + 0.0042, park.x + 0.0061)
    assert a.saver.save()
    b.editor._park_moved(XIDU, park.y - 0.0023, park.x + 0.0035)
    b.editor.push(editing.change_park(b.cat, XIDU, {"uncertainty_m": 500.0},
                                      b.editor.editor_name), "uncertainty")
    b.saver.save()
    wait(300)
    dialog = b.findChild(ConflictDialog)
    dialog.pick(0, "geometry", "theirs")
    dialog.table.setCurrentCell(0, 0)
    wait(300)
    dialog.grab().save(str(DOCS / f"conflict-{lang}.png"))
    dialog.reject()
    for win in (a, b):
        win.editor.stack.setClean()
        win.close()
        win.deleteLater()
    wait(200)


def main() -> int:
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="explorer-shots-"))
    cluster = None
    if len(sys.argv) > 1:
        uri = sys.argv[1]
    else:
        import psycopg

        sys.path.insert(0, str(DOCS.parent))
        from tests.helpers.postgres import Cluster, server_bin

        cluster = Cluster(server_bin())
        cluster.start()
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE shots")
        with psycopg.connect(cluster.dsn("shots"), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION postgis")
        uri = cluster.dsn("shots")
    try:
        for lang in ("zh", "en"):
            shot(uri, lang, work)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
