"""PNG and PDF snapshots through an offscreen QtWebEngine page (Qt, but no widgets of the app).

The page is laid out at the requested CSS size and drawn `scale` times larger: the view is
(width·scale) × (height·scale) device pixels with a zoom factor of `scale`, so the CSS
viewport, and with it the map's view and layout, stay the same at every scale.

Capture waits for events, never for a fixed delay: the page's own ready flags, then two
identical, non-blank grabs in a row (a grab right after the page reports ready can still
return the previous frame).
"""

from __future__ import annotations

import errno
import functools
import json
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QEvent, QEventLoop,
                            QIODevice, QMarginsF, QObject, QRect, QSize, Qt, QTimer, QUrl,
                            Signal)
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from explorer.core.atomic import atomic_path, write_bytes
from explorer.core.catalogue import Catalogue
from explorer.core.tempfiles import make_temp_folder, remove_stale_folders
from explorer.core.tilefiles import TileFileError
from explorer.export.fonts import chinese_font, has_chinese, missing_chinese_font_message
from explorer.export.html import render_export_page, standalone_html
from explorer.export.options import (ExportError, ExportOptions, Interrupted, check_options,
                                     check_target, export_format, page_options, title_of)
from explorer.export.webprofile import (basemap_for, map_profile, redact,
                                        register_tile_scheme, request_guard)
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
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SIGNAL_CHECK_MS = 100


def _step(method):
    """A step of an export, called by the event loop: whatever it raises ends the job with a
    message. (An exception escaping into Qt is only printed, and the job would wait forever.)
    A signal that came during the step stops the job when the step is over."""
    @functools.wraps(method)
    def step(self, *args):
        if self._done:
            return
        outermost = not self._busy  # a step may call another
        self._busy = True
        try:
            method(self, *args)
        except Interrupted:
            pass  # stopped below
        except ExportError as exc:
            self._fail(str(exc))
        except OSError as exc:
            self._fail(write_error(self.out, exc))
        except Exception as exc:  # noqa: BLE001 - any bug must end the export, not hang it
            self._fail(f"unexpected error ({type(exc).__name__}: {exc}); please report it")
        finally:
            if outermost:
                self._busy = False
                if self.interrupted:
                    self._stop()
    return step


def write_error(out: Path, exc: OSError) -> str:
    """What went wrong writing `out`, in the user's words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full" if exc.errno == errno.ENOSPC else "the disk quota is used up"
        kept = "; the existing file was kept" if out.exists() else ""
        return f"cannot write {out}: {reason}{kept}"
    return f"cannot write {out}: {exc.strerror or exc}"


class _ExportPage(QWebEnginePage):
    """Reports the page's script errors, so that a broken page fails at once, not on timeout."""

    scriptError = Signal(str)

    def javaScriptConsoleMessage(self, level, message, line, source):
        if level == QWebEnginePage.ErrorMessageLevel:
            self.scriptError.emit(f"{redact(message)} (line {line})")


class ExportJob(QObject):
    """One export to one file, run inside the application's event loop without blocking it.

    Connect the signals, then call start(); keep a reference (or give it a parent) until it
    ends. Exactly one of finished(path) or failed(message) follows. After finished, `state` holds the page's explorer.state() at capture time
    (park positions in CSS pixels, legend rows), for callers that check or annotate.
    interrupt(signal number) stops it; `interrupted` then holds the signal's number.
    """

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, cat: Catalogue, options: ExportOptions, out: Path | str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.cat, self.options, self.out = cat, options, Path(out)
        self.state: dict | None = None
        self.interrupted: int | None = None
        self._view: QWebEngineView | None = None
        self._folder = None  # a TemporaryDirectory, while the page is loaded from it
        self._pixels = QSize()
        self._previous: QImage | None = None
        self._same = 0  # grabs in a row equal to the one before
        self._basemap: Basemap | None = None
        self._tiles_since: float | None = None  # when the page was drawn, waiting for tiles
        self._done = False
        self._busy = False  # inside a step
        self._timeout = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timeout.timeout.connect(self._on_timeout)

    def start(self) -> None:
        """Begin on the next turn of the event loop, so every signal reaches its receiver."""
        QTimer.singleShot(0, self._run)

    def interrupt(self, signum: int) -> None:
        """Stop because of a signal: at once between steps, else when the step is over (and
        never after writing a temporary file, before its rename: see _save)."""
        self.interrupted = self.interrupted or signum
        if not self._busy:
            self._stop()

    # -- steps ---------------------------------------------------------------------------

    @_step
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
        remove_stale_folders()
        self._folder = make_temp_folder("export")
        try:
            path = write_page(page, Path(self._folder.name))
        except OSError as exc:
            raise ExportError(f"cannot write the map page to the temporary folder "
                              f"{self._folder.name}: {exc.strerror or exc}") from exc
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

    @_step
    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            self._fail("the map page could not be loaded")
            return
        self.progress.emit(40)
        self._poll_ready()

    @_step
    def _poll_ready(self) -> None:
        self._view.page().runJavaScript(READY_SCRIPT, 0, self._on_ready_answer)

    @_step
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

    @_step
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
        with atomic_path(self.out) as tmp:
            write_bytes(tmp, data)
            if self.interrupted:
                raise Interrupted(self.interrupted)

    # -- endings -------------------------------------------------------------------------

    def _stop(self) -> None:
        self._fail(f"stopped by {signal.Signals(self.interrupted).name}; {self.out} was left "
                   "as it was")

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
        self._busy = False  # a signal now only records itself
        self._timeout.stop()
        request_guard().revoke(self)
        if self._view is not None:
            self._view.deleteLater()
            self._view = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


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

def application() -> QApplication:
    """The running QApplication, or a new one (QtWebEngine views need widgets)."""
    app = QApplication.instance()
    if app is None:
        register_tile_scheme()
        QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
        app = QApplication([sys.argv[0] if sys.argv else "hengyang-explorer"])
    return app


def export_map(cat: Catalogue, options: ExportOptions, out: Path | str) -> Path:
    """Export and wait: returns the path written, raises ExportError with the reason, or
    Interrupted when SIGINT or SIGTERM stopped it (its temporary files then removed and the
    target left as it was). Call it from the main thread.

    Creates a QApplication when none exists (set QT_QPA_PLATFORM=offscreen beforehand to
    run without a display); inside a running app prefer ExportJob, which does not block.
    """
    application()
    job = ExportJob(cat, options, out)
    loop = QEventLoop()
    outcome: dict[str, str] = {}
    job.finished.connect(lambda path: outcome.setdefault("path", path))
    job.failed.connect(lambda message: outcome.setdefault("error", message))
    # Queued: a job that ends before the loop runs (a signal at once) still ends the loop.
    job.finished.connect(loop.quit, Qt.QueuedConnection)
    job.failed.connect(loop.quit, Qt.QueuedConnection)
    with _stopping_on_signals(job):
        job.start()
        loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # free the page now
    if "path" in outcome:
        return Path(outcome["path"])
    if job.interrupted:
        raise Interrupted(job.interrupted)
    raise ExportError(outcome["error"])


@contextmanager
def _stopping_on_signals(job: ExportJob):
    """SIGINT (Ctrl-C) and SIGTERM stop the job instead of being lost in Qt's event loop.

    Python runs a signal handler only when it next runs Python code, and the loop can wait
    in Qt for seconds: a timer makes it run some often enough. Once the job is stopped, the
    signals stay ignored: the caller is on its way out, and a second Ctrl-C must not turn
    that into a traceback.
    """
    previous = {signum: signal.signal(signum, lambda number, _: job.interrupt(number))
                for signum in STOP_SIGNALS}
    timer = QTimer(interval=SIGNAL_CHECK_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_IGN if job.interrupted else handler)
