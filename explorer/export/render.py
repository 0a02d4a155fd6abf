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
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import (QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRect, QSize,
                            Qt, QTimer, QUrl, Signal)
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from explorer.core.atomic import write_bytes
from explorer.core.catalogue import Catalogue
from explorer.core.tilefiles import TileFileError
from explorer.export.fonts import chinese_font, has_chinese, missing_chinese_font_message
from explorer.export.html import render_export_page, standalone_html
from explorer.export.job import GuardedJob, application, run_blocking, step
from explorer.export.options import (ExportError, ExportOptions, check_options, check_target,
                                     export_format, page_options, title_of)
from explorer.export.webprofile import basemap_for, map_profile, redact, request_guard
from explorer.mapview.basemaps import TIANDITU_KEY_URL, Basemap
from explorer.mapview.page import write_page

TIMEOUT_MS = 60_000
POLL_MS = 40
CSS_DPI = 96  # one CSS pixel is 1/96 inch
PDF_DPI = 300
PDF_MARGIN_MM = 10
PDF_TITLE_MM = 14
PAPER_SIZES = {"A4": QPageSize.A4, "A3": QPageSize.A3}
TILES_TIMEOUT_MS = 30_000  # for the basemap's visible tiles, once the page has drawn
TILES_FAILED = ("the basemap's tiles could not be loaded ({failed} of {total} failed): no "
                "network, or the tile server refused them{hint}. Export without a basemap, "
                "or try again")
TILES_LATE = ("the basemap's tiles did not all load within {seconds} s ({pending} still "
              "loading): the network is slow or the server does not answer. Export without a "
              "basemap, or try again")
KEY_HINT = " (is the Tianditu key right?)"
READY_SCRIPT = ("window.explorerReady === true && window.explorerExportReady === true"
                " ? explorer.state() : null")


class _ExportPage(QWebEnginePage):
    """Reports the page's script errors, so that a broken page fails at once, not on timeout."""

    scriptError = Signal(str)

    def javaScriptConsoleMessage(self, level, message, line, source):
        if level == QWebEnginePage.ErrorMessageLevel:
            self.scriptError.emit(f"{redact(message)} (line {line})")


class ExportJob(GuardedJob):
    """One export of a map to one file (PNG, PDF or HTML), run inside the application's
    event loop without blocking it, as a guarded job (explorer.export.job: how it ends,
    with its messages, timeout, stop on a signal and temporary files). After finished,
    `state` holds the page's explorer.state() at capture time (park positions in CSS
    pixels, legend rows), for callers that check or annotate.
    """

    TIMEOUT_MS = TIMEOUT_MS
    TIMEOUT_MESSAGE = "the map page did not finish drawing within {seconds} s"

    def __init__(self, cat: Catalogue, options: ExportOptions, out: Path | str,
                 parent: QObject | None = None):
        super().__init__(out, parent)
        self.cat, self.options = cat, options
        self.state: dict | None = None
        self._pixels = QSize()
        self._previous: QImage | None = None
        self._same = 0  # grabs in a row equal to the one before
        self._basemap: Basemap | None = None
        self._tiles_since: float | None = None  # when the page was drawn, waiting for tiles

    # -- steps ---------------------------------------------------------------------------

    @step
    def _run(self) -> None:
        fmt = export_format(self.out)
        check_target(self.out)
        check_options(self.cat, self.options)
        if fmt != "html" and _needs_chinese(self.cat, self.options) and not chinese_font():
            raise ExportError(missing_chinese_font_message())
        self._basemap = export_basemap(self.options.basemap, fmt)
        if fmt == "html":
            page = standalone_html(self.cat, **page_options(
                self.cat, self.options, image=False, basemap=self._basemap))
            self._save(page.encode("utf-8"))
            self._succeed()
        else:
            self._load(fmt)

    def _load(self, fmt: str) -> None:
        self.progress.emit(5)
        css_size, zoom = (pdf_map_size(self.options), PDF_DPI / CSS_DPI) if fmt == "pdf" \
            else (self.options.size, float(self.options.scale))
        self._pixels = QSize(round(css_size[0] * zoom), round(css_size[1] * zoom))
        page = render_export_page(self.cat, **page_options(
            self.cat, self.options, image=True, viewport=css_size, show_title=fmt == "png",
            basemap=self._basemap))
        folder = self._temp_folder()
        try:
            path = write_page(page, folder)
        except OSError as exc:
            raise ExportError(f"cannot write the map page to the temporary folder "
                              f"{folder}: {exc.strerror or exc}") from exc
        request_guard().grant(self, self._basemap)
        self._view = _offscreen_view(self._pixels, zoom, self._basemap.online)
        self._view.loadFinished.connect(self._on_loaded)
        self._view.page().scriptError.connect(
            lambda message: self._fail(f"the map page failed: {message}"))
        self._view.page().renderProcessTerminated.connect(
            lambda *_: self._fail("the map page stopped unexpectedly (renderer crashed)"))
        self._timeout.start()
        self._view.load(QUrl.fromLocalFile(str(path)))
        self.progress.emit(15)

    @step
    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            self._fail("the map page could not be loaded")
            return
        self.progress.emit(40)
        self._poll_ready()

    @step
    def _poll_ready(self) -> None:
        self._view.page().runJavaScript(READY_SCRIPT, 0, self._on_ready_answer)

    @step
    def _on_ready_answer(self, state) -> None:
        if not state:
            QTimer.singleShot(POLL_MS, self._poll_ready)
            return
        self.state = json.loads(state)
        if not self._tiles_done(self.state["tiles"]):
            QTimer.singleShot(POLL_MS, self._poll_ready)
            return
        self.progress.emit(70)
        self._grab()

    def _tiles_done(self, tiles: dict) -> bool:
        """True once every visible tile has loaded; fails the export when tiles fail or
        take longer than TILES_TIMEOUT_MS."""
        if tiles["id"] is None:
            return True
        if tiles["failed"]:
            hint = KEY_HINT if self._basemap.needs_key == "tianditu" else ""
            raise ExportError(TILES_FAILED.format(failed=tiles["failed"], hint=hint,
                                                  total=tiles["failed"] + tiles["loaded"]))
        if tiles["pending"] == 0 and tiles["loaded"] > 0 and tiles["fading"] == 0:
            return True
        now = time.monotonic()
        self._tiles_since = self._tiles_since or now
        if (now - self._tiles_since) * 1000 > TILES_TIMEOUT_MS:
            raise ExportError(TILES_LATE.format(seconds=TILES_TIMEOUT_MS // 1000,
                                                pending=tiles["pending"]))
        return False

    @step
    def _grab(self) -> None:
        """Grab until three grabs in a row agree and show something: the frame has landed
        (two can agree on a late frame when the machine is busy)."""
        image = self._view.grab().toImage()
        same = self._previous is not None and image == self._previous
        self._same = self._same + 1 if same else 0
        if self._same >= 2 and not _is_blank(image):
            self._write(image)
            return
        self._previous = image
        QTimer.singleShot(POLL_MS, self._grab)

    def _write(self, image: QImage) -> None:
        self.progress.emit(90)
        if image.size() != self._pixels:  # a screen with a fractional pixel ratio: off by 1
            image = image.scaled(self._pixels, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        if export_format(self.out) == "pdf":
            data = pdf_bytes(image, title_of(self.cat, self.options), self.options)
        else:
            data = png_bytes(image)
        self._save(data)
        self._succeed()

    def _save(self, data: bytes) -> None:
        """Write the file beside the target and rename it over the target, unless a signal
        came meanwhile: then the target stays as it was."""
        with self._saving() as tmp:
            write_bytes(tmp, data)


def _needs_chinese(cat: Catalogue, options: ExportOptions) -> bool:
    """A picture in Chinese, or with a Chinese title, needs a font that draws Chinese."""
    return options.lang == "zh" or has_chinese(title_of(cat, options))


def export_basemap(key: str, fmt: str) -> Basemap:
    """The basemap of an export, checked: a tile file that opens, a Tianditu key for a
    picture; no Tianditu in a standalone page (it would need the key inside the file)."""
    try:
        basemap = basemap_for(key)
    except TileFileError as exc:
        raise ExportError(f"basemap file: {exc}") from None
    if basemap.needs_key and fmt == "html":
        raise ExportError("a Tianditu basemap cannot go into an HTML export: its tiles need "
                          "your key, which is never written into a file. Export PNG or PDF, "
                          "or choose another basemap")
    if basemap.needs_key and not request_guard().keys.get(basemap.needs_key):
        raise ExportError(f"Tianditu needs a key: enter it in Preferences (or pass "
                          f"--tianditu-key KEY); get one free at {TIANDITU_KEY_URL}")
    return basemap


def _offscreen_view(pixels: QSize, zoom: float, online: bool = False) -> QWebEngineView:
    """A view that paints `pixels` without appearing on any screen, `zoom` px per CSS px.

    It is shown (pages that are not shown may stop painting) but never on a screen; on a
    screen with a device pixel ratio the view is made smaller by that ratio. Only with an
    `online` basemap may the page (a local file) ask for remote tiles.
    """
    view = QWebEngineView()
    page = _ExportPage(map_profile(), view)
    page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
    page.settings().setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, online)
    view.setPage(page)
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


def png_bytes(image: QImage) -> bytes:
    """The image as a PNG file's bytes (written by the caller, who can check the write)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("could not encode the map as a PNG image")
    buffer.close()
    return bytes(data)


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


def pdf_bytes(image: QImage, title: str, options: ExportOptions) -> bytes:
    """One page: the title as real (selectable, searchable) text above the map image.

    Made in memory: QPdfWriter does not say when writing its file fails, so the caller
    writes the bytes itself and checks that.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout(options))
    writer.setTitle(title)
    writer.setCreator("Hengyang Park Explorer")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("could not start drawing the PDF page")
    band = round(PDF_TITLE_MM / 25.4 * PDF_DPI)
    font = QFont(["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"])
    font.setPointSizeF(16)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, writer.width(), band), Qt.AlignLeft | Qt.AlignVCenter, title)
    target = QRect(0, band, writer.width(), writer.height() - band)
    size = image.size().scaled(target.size(), Qt.KeepAspectRatio)
    painter.drawImage(QRect(target.topLeft(), size), image)
    if not painter.end():
        raise ExportError("could not finish drawing the PDF page")
    buffer.close()
    return bytes(data)


# -- blocking use (command line) -------------------------------------------------------------

def export_map(cat: Catalogue, options: ExportOptions, out: Path | str) -> Path:
    """Export and wait: returns the path written, raises ExportError with the reason, or
    Interrupted when SIGINT or SIGTERM stopped it (its temporary files then removed and the
    target left as it was). Call it from the main thread.

    Creates a QApplication when none exists (set QT_QPA_PLATFORM=offscreen beforehand to
    run without a display); inside a running app prefer ExportJob, which does not block.
    """
    application()
    return run_blocking(ExportJob(cat, options, out))
