"""PNG and PDF snapshots through an offscreen QtWebEngine page (Qt, but no widgets of the app).

The page is laid out at the requested CSS size and drawn `scale` times larger: the view is
(width·scale) × (height·scale) device pixels with a zoom factor of `scale`, so the CSS
viewport, and with it the map's view and layout, stay the same at every scale.

Capture waits for events, never for a fixed delay: the page's own ready flags, then two
identical, non-blank grabs in a row (a grab right after the page reports ready can still
return the previous frame).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import (QCoreApplication, QEvent, QEventLoop, QMarginsF, QObject, QRect,
                            QSize, Qt, QTimer, QUrl, Signal)
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from explorer.core.atomic import atomic_path
from explorer.core.catalogue import Catalogue
from explorer.export.fonts import chinese_font, has_chinese, missing_chinese_font_message
from explorer.export.html import render_export_page, write_standalone_html
from explorer.export.options import (ExportError, ExportOptions, check_options, check_target,
                                     export_format, page_options, title_of)
from explorer.mapview.page import write_page

TIMEOUT_MS = 60_000
POLL_MS = 40
CSS_DPI = 96  # one CSS pixel is 1/96 inch
PDF_DPI = 300
PDF_MARGIN_MM = 10
PDF_TITLE_MM = 14
PAPER_SIZES = {"A4": QPageSize.A4, "A3": QPageSize.A3}
READY_SCRIPT = ("window.explorerReady === true && window.explorerExportReady === true"
                " ? explorer.state() : null")


class _ExportPage(QWebEnginePage):
    """Reports the page's script errors, so that a broken page fails at once, not on timeout."""

    scriptError = Signal(str)

    def javaScriptConsoleMessage(self, level, message, line, source):
        if level == QWebEnginePage.ErrorMessageLevel:
            self.scriptError.emit(f"{message} (line {line})")


class ExportJob(QObject):
    """One export to one file, run inside the application's event loop without blocking it.

    Connect the signals, then call start(); keep a reference (or give it a parent) until it
    ends. Exactly one of finished(path) or failed(message) follows. After finished, `state` holds the page's explorer.state() at capture time
    (park positions in CSS pixels, legend rows), for callers that check or annotate.
    """

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, cat: Catalogue, options: ExportOptions, out: Path | str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.cat, self.options, self.out = cat, options, Path(out)
        self.state: dict | None = None
        self._view: QWebEngineView | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._pixels = QSize()
        self._previous: QImage | None = None
        self._done = False
        self._timeout = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timeout.timeout.connect(self._on_timeout)

    def start(self) -> None:
        """Begin on the next turn of the event loop, so every signal reaches its receiver."""
        QTimer.singleShot(0, self._run)

    # -- steps ---------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            fmt = export_format(self.out)
            check_target(self.out)
            check_options(self.cat, self.options)
            if fmt != "html" and _needs_chinese(self.cat, self.options) and not chinese_font():
                raise ExportError(missing_chinese_font_message())
            if fmt == "html":
                write_standalone_html(self.cat, self.out,
                                      **page_options(self.cat, self.options, image=False))
                self._succeed()
            else:
                self._load(fmt)
        except ExportError as exc:
            self._fail(str(exc))
        except OSError as exc:
            self._fail(f"cannot write {self.out}: {exc.strerror or exc}")

    def _load(self, fmt: str) -> None:
        self.progress.emit(5)
        css_size, zoom = (pdf_map_size(self.options), PDF_DPI / CSS_DPI) if fmt == "pdf" \
            else (self.options.size, float(self.options.scale))
        self._pixels = QSize(round(css_size[0] * zoom), round(css_size[1] * zoom))
        page = render_export_page(self.cat, **page_options(
            self.cat, self.options, image=True, viewport=css_size, show_title=fmt == "png"))
        self._folder = tempfile.TemporaryDirectory(prefix="explorer-export-")
        path = write_page(page, Path(self._folder.name))
        self._view = _offscreen_view(self._pixels, zoom)
        self._view.loadFinished.connect(self._on_loaded)
        self._view.page().scriptError.connect(
            lambda message: self._fail(f"the map page failed: {message}"))
        self._view.page().renderProcessTerminated.connect(
            lambda *_: self._fail("the map page stopped unexpectedly (renderer crashed)"))
        self._timeout.start()
        self._view.load(QUrl.fromLocalFile(str(path)))
        self.progress.emit(15)

    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            self._fail("the map page could not be loaded")
            return
        self.progress.emit(40)
        self._poll_ready()

    def _poll_ready(self) -> None:
        if not self._done:
            self._view.page().runJavaScript(READY_SCRIPT, 0, self._on_ready_answer)

    def _on_ready_answer(self, state) -> None:
        if self._done:
            return
        if not state:
            QTimer.singleShot(POLL_MS, self._poll_ready)
            return
        self.state = json.loads(state)
        self.progress.emit(70)
        self._grab()

    def _grab(self) -> None:
        """Grab until two grabs in a row agree and show something: the frame has landed."""
        if self._done:
            return
        image = self._view.grab().toImage()
        if self._previous is not None and image == self._previous and not _is_blank(image):
            self._write(image)
            return
        self._previous = image
        QTimer.singleShot(POLL_MS, self._grab)

    def _write(self, image: QImage) -> None:
        self.progress.emit(90)
        if image.size() != self._pixels:  # a screen with a fractional pixel ratio: off by 1
            image = image.scaled(self._pixels, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        try:
            with atomic_path(self.out) as tmp:
                if export_format(self.out) == "pdf":
                    write_pdf(image, title_of(self.cat, self.options), self.options, tmp)
                else:
                    _save_png(image, tmp)
        except OSError as exc:
            self._fail(f"cannot write {self.out}: {exc.strerror or exc}")
            return
        self._succeed()

    # -- endings -------------------------------------------------------------------------

    def _on_timeout(self) -> None:
        self._fail(f"the map page did not finish drawing within {TIMEOUT_MS // 1000} s")

    def _succeed(self) -> None:
        if not self._done:
            self._end()
            self.progress.emit(100)
            self.finished.emit(str(self.out))

    def _fail(self, message: str) -> None:
        if not self._done:
            self._end()
            self.failed.emit(message)

    def _end(self) -> None:
        self._done = True
        self._timeout.stop()
        if self._view is not None:
            self._view.deleteLater()
            self._view = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


def _needs_chinese(cat: Catalogue, options: ExportOptions) -> bool:
    """A picture in Chinese, or with a Chinese title, needs a font that draws Chinese."""
    return options.lang == "zh" or has_chinese(title_of(cat, options))


def _offscreen_view(pixels: QSize, zoom: float) -> QWebEngineView:
    """A view that paints `pixels` without appearing on any screen, `zoom` px per CSS px.

    It is shown (pages that are not shown may stop painting) but never on a screen; on a
    screen with a device pixel ratio the view is made smaller by that ratio.
    """
    view = QWebEngineView()
    view.setPage(_ExportPage(view))
    view.setAttribute(Qt.WA_DontShowOnScreen)
    view.show()
    ratio = view.devicePixelRatioF()
    view.resize(round(pixels.width() / ratio), round(pixels.height() / ratio))
    view.setZoomFactor(zoom / ratio)
    return view


def _is_blank(image: QImage) -> bool:
    """True when every pixel has one colour (a page that has not painted yet)."""
    image = image.convertToFormat(QImage.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return bool((pixels == pixels[0]).all())


def _save_png(image: QImage, path: Path) -> None:
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not encode or save the PNG image {path.name}")


# -- PDF -------------------------------------------------------------------------------------

def _page_layout(options: ExportOptions) -> QPageLayout:
    orientation = QPageLayout.Landscape if options.landscape else QPageLayout.Portrait
    margins = QMarginsF(*[PDF_MARGIN_MM] * 4)
    return QPageLayout(QPageSize(PAPER_SIZES[options.paper]), orientation, margins,
                       QPageLayout.Millimeter)


def pdf_map_size(options: ExportOptions) -> tuple[int, int]:
    """The map's CSS size on the paper: the printable area less the title band."""
    area = _page_layout(options).paintRect(QPageLayout.Millimeter)
    to_css = CSS_DPI / 25.4
    return round(area.width() * to_css), round((area.height() - PDF_TITLE_MM) * to_css)


def write_pdf(image: QImage, title: str, options: ExportOptions, path: Path) -> None:
    """One page: the title as real (selectable, searchable) text above the map image."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout(options))
    writer.setTitle(title)
    writer.setCreator("Hengyang Park Explorer")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not start the PDF file {path.name}")
    band = round(PDF_TITLE_MM / 25.4 * PDF_DPI)
    font = QFont(["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"])
    font.setPointSizeF(16)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, writer.width(), band), Qt.AlignLeft | Qt.AlignVCenter, title)
    target = QRect(0, band, writer.width(), writer.height() - band)
    size = image.size().scaled(target.size(), Qt.KeepAspectRatio)
    painter.drawImage(QRect(target.topLeft(), size), image)
    painter.end()


# -- blocking use (command line) -------------------------------------------------------------

def application() -> QApplication:
    """The running QApplication, or a new one (QtWebEngine views need widgets)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
        app = QApplication([sys.argv[0] if sys.argv else "hengyang-explorer"])
    return app


def export_map(cat: Catalogue, options: ExportOptions, out: Path | str) -> Path:
    """Export and wait: returns the path written, raises ExportError with the reason.

    Creates a QApplication when none exists (set QT_QPA_PLATFORM=offscreen beforehand to
    run without a display); inside a running app prefer ExportJob, which does not block.
    """
    application()
    job = ExportJob(cat, options, out)
    loop = QEventLoop()
    outcome: dict[str, str] = {}
    job.finished.connect(lambda path: (outcome.setdefault("path", path), loop.quit()))
    job.failed.connect(lambda message: (outcome.setdefault("error", message), loop.quit()))
    job.start()
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # free the page now
    if "error" in outcome:
        raise ExportError(outcome["error"])
    return Path(outcome["path"])
