"""Child process: the "obvious way" for comparison. Read the firms of a catalogue, make their
map with `GeoDataFrame.explore()`, save it to a temporary HTML file and show it by URL in a
QWebEngineView (offscreen); report when the map is drawn.

"Drawn": the document has finished loading (every feature was added by the page's one big
script), the folium map object exists, and two animation frames have passed since.

    python benchmarks/child_explore.py CATALOGUE.gpkg HTML_OUT

Prints `BENCH {json}` lines (see protocol.py).
"""

from __future__ import annotations

import time

T_START = time.time()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from protocol import emit, wait_js  # noqa: E402

DRAWN = """(function () {{
  if (document.readyState !== "complete" || typeof {map} === "undefined" ||
      !({map} instanceof L.Map)) {{ return 0; }}
  if (!window.__frames) {{
    window.__frames = 1;
    requestAnimationFrame(function () {{ requestAnimationFrame(function () {{
      window.__frames = 2; }}); }});
  }}
  return window.__frames === 2 ? document.querySelectorAll(
    ".leaflet-overlay-pane path, .leaflet-overlay-pane canvas").length : 0;
}})()"""


def main() -> int:
    catalogue, html_out = Path(sys.argv[1]), Path(sys.argv[2])
    emit("started", t_start=T_START)
    from explorer.qtenv import prepare_qtwebengine

    prepare_qtwebengine()
    from explore_page import explore_map, offline_html, stand_ins_for_plotting_libraries

    stand_ins = stand_ins_for_plotting_libraries()
    import geopandas  # noqa: F401  (imported here so that the phases below are honest)

    emit("imported", stand_ins=stand_ins)
    fmap, firms = explore_map(catalogue)
    page = offline_html(fmap)
    html_out.write_text(page, encoding="utf-8")
    emit("html_written", html_bytes=len(page.encode("utf-8")), firms=firms)

    from PySide6.QtCore import QCoreApplication, Qt, QUrl
    from PySide6.QtWebEngineCore import QWebEngineSettings
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    view = QWebEngineView()
    settings = view.page().settings()
    # Set both: turning one on alone switches the other off (Qt 6.12).
    settings.setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
    settings.setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, False)
    view.resize(1400, 860)
    view.show()
    view.load(QUrl.fromLocalFile(str(html_out.resolve())))
    # The page's one script adds every feature before the document completes, so the first
    # answer may take minutes at 100,000 firms: allow as long as the parent does.
    drawn = wait_js(view, DRAWN.format(map=fmap.get_name()), lambda n: bool(n),
                    timeout=3600, poll_ms=50)
    emit("drawn", features=drawn)
    app.quit()
    del view
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:
        emit("error", message=f"{type(exc).__name__}: {exc}")
        sys.exit(1)
