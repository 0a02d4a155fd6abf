"""Map snapshots for the window and the command line.

options.py  ExportOptions, their checks and the text drawn on the map (QtCore only)
html.py     the export page and the standalone offline HTML file (no Qt)
render.py   PNG and PDF through an offscreen QtWebEngine page: ExportJob (signals, for a
            running app) and export_map (blocking, for scripts)
"""
