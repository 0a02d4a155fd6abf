"""Chain reports and the city overview report as A4 portrait PDF (Qt, no widgets of the app).

A report is the chain page printed: Chromium lays the page out for A4 (its @page rule puts
the page numbers in the bottom margin) and writes a PDF with real, selectable text, its
fonts embedded and the ECharts charts as vector SVG. The chain's map is an export of the
map page (explorer.export.render) at print resolution, placed as an image.

Steps, each on an event, never a fixed wait: map PNG → report page loaded → the page says
its charts are drawn → printToPdf → the PDF moved onto the target in one rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSize, QTimer, QUrl
from PySide6.QtGui import QPageLayout, QPageSize

from explorer.core.atomic import write_text_atomically
from explorer.core.catalogue import Catalogue
from explorer.core.chains import chain_bounds
from explorer.export.chaindata import chain_page, overview_page
from explorer.export.chainpage import render_chain_page
from explorer.export.fonts import chinese_font, missing_chinese_font_message
from explorer.export.options import LANGUAGES, ExportError, ExportOptions
from explorer.export.pdftext import fix_radicals
from explorer.export.job import GuardedJob, application, run_blocking, step
from explorer.export.render import ExportJob, _offscreen_view

TIMEOUT_MS = 90_000
POLL_MS = 40
MARGINS_MM = (15, 16, 15, 18)  # left, top, right, bottom: as in chainpage.css
PAGE_WIDTH_CSS = 680  # A4 (210 mm) less 15 mm margins each side, at 96 CSS px per inch
MAP_SIZE = (680, 540)  # the map image in CSS px, drawn at MAP_SCALE: about 290 dpi
MAP_SCALE = 3
MIN_SPAN_DEG = 0.02  # a map frames at least this many degrees each way
READY_SCRIPT = "window.chainPageReady === true"


@dataclass(frozen=True)
class ReportOptions:
    """One report: a chain's, or (chain None) the city overview of all chains."""

    chain: str | None = None
    lang: str = "zh"


def check_report(cat: Catalogue, options: ReportOptions, out: Path | str) -> None:
    """Raise ExportError naming the first problem, before any work."""
    if options.lang not in LANGUAGES:
        raise ExportError(f"unknown language '{options.lang}': use zh or en")
    if options.chain is not None and options.chain not in cat.chains:
        raise ExportError(f"unknown chain '{options.chain}' (known: {', '.join(cat.chains)})")
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ExportError(f"a report is a PDF file: {out} does not end in .pdf")
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {out.parent} does not exist")


def map_options(cat: Catalogue, options: ReportOptions) -> ExportOptions | None:
    """The map of a report: the chain's parks and firms framed, or the whole city; None for
    a chain none of whose parks or firms has a place."""
    if options.chain is None:
        return ExportOptions(size=MAP_SIZE, scale=MAP_SCALE, title="", lang=options.lang)
    bounds = chain_bounds(cat, options.chain)
    if bounds is None:
        return None
    west, south, east, north = bounds
    pad_x = max((east - west) * 0.1, (MIN_SPAN_DEG - (east - west)) / 2, 0)
    pad_y = max((north - south) * 0.1, (MIN_SPAN_DEG - (north - south)) / 2, 0)
    return ExportOptions(size=MAP_SIZE, scale=MAP_SCALE, chains=(options.chain,),
                         bbox=(west - pad_x, south - pad_y, east + pad_x, north + pad_y),
                         title="", lang=options.lang)


def report_data(cat: Catalogue, options: ReportOptions, today: date | None = None) -> dict:
    """The page data of the report (every firm listed; the map added by the job)."""
    if options.chain is None:
        return overview_page(cat, options.lang, today)
    return chain_page(cat, options.chain, options.lang, firms_limit=None, today=today)


def page_layout() -> QPageLayout:
    """A4 portrait with the margins of chainpage.css's @page rule (the page numbers sit in
    the bottom one): Chromium takes the printer's margins over the page's."""
    return QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                       QMarginsF(*MARGINS_MM), QPageLayout.Millimeter)


class ReportJob(GuardedJob):
    """One report to one PDF, inside the running event loop, as a guarded job (see
    explorer.export.job: how it ends, with its messages, timeout, stop on a signal and
    temporary files, as a map export). Connect, then start(); exactly one of
    finished(path) or failed(message) follows."""

    TIMEOUT_MS = TIMEOUT_MS
    TIMEOUT_MESSAGE = "the report was not ready within {seconds} s"
    FOLDER_KIND = "report"

    def __init__(self, cat: Catalogue, options: ReportOptions, out: Path | str,
                 parent: QObject | None = None):
        super().__init__(out, parent)
        self.cat, self.options = cat, options
        self._map_job: ExportJob | None = None

    @step
    def _run(self) -> None:
        check_report(self.cat, self.options, self.out)
        if self.options.lang == "zh" and not chinese_font():
            raise ExportError(missing_chinese_font_message())
        self._timeout.start()
        map_export = map_options(self.cat, self.options)
        if map_export is None:
            self._load_page(False)
            return
        self._map_job = ExportJob(self.cat, map_export, self._path("map.png"), self)
        self._map_job.finished.connect(lambda _: self._load_page(True))
        self._map_job.failed.connect(self._map_failed)
        self._map_job.start()
        self.progress.emit(10)

    def _path(self, name: str) -> Path:
        return self._temp_folder() / name

    def _map_failed(self, message: str) -> None:
        if not self._done:
            self._fail(f"the map: {message}")

    @step
    def _load_page(self, has_map: bool) -> None:
        self.progress.emit(50)
        data = report_data(self.cat, self.options)
        data["map"] = "map.png" if has_map else None
        page = self._path("report.html")
        write_text_atomically(page, render_chain_page(data, mode="print"))
        self._view = _offscreen_view(QSize(PAGE_WIDTH_CSS, 960), 1.0)
        self._view.loadFinished.connect(self._on_loaded)
        self._view.page().scriptError.connect(
            lambda message: self._fail(f"the report page failed: {message}"))
        self._view.page().pdfPrintingFinished.connect(self._on_printed)
        self._view.load(QUrl.fromLocalFile(str(page)))

    @step
    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            raise ExportError("the report page could not be loaded")
        self.progress.emit(70)
        self._poll()

    @step
    def _poll(self) -> None:
        self._view.page().runJavaScript(READY_SCRIPT, 0, self._on_ready_answer)

    @step
    def _on_ready_answer(self, ready) -> None:
        if not ready:
            QTimer.singleShot(POLL_MS, self._poll)
            return
        self.progress.emit(85)
        self._view.page().printToPdf(str(self._path("report.pdf")), page_layout())

    @step
    def _on_printed(self, path: str, ok: bool) -> None:
        if not ok:
            raise ExportError("the report could not be printed to PDF")
        with self._saving() as tmp:
            fix_radicals(path, tmp)  # the text reads 工, not the radical ⼯
        self._succeed()

    def _end(self) -> None:
        if self._map_job is not None:
            self._map_job.cancel("the report it was for has ended")
            self._map_job = None
        super()._end()


def export_report(cat: Catalogue, options: ReportOptions, out: Path | str) -> Path:
    """Write one report and wait: the path written, ExportError with the reason, or
    Interrupted when SIGINT or SIGTERM stopped it (its temporary files then removed and the
    target left as it was)."""
    application()
    return run_blocking(ReportJob(cat, options, out))
