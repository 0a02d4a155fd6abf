"""The web profile of every map page, in the window and in exports (Qt, no widgets).

- A request guard: nothing leaves the machine unless a page has been granted an online
  basemap, and then only requests to that basemap's tile hosts; everything else is blocked
  and counted. It adds the Tianditu key to requests for Tianditu's hosts, so the key is in no
  page, template, export or log.
- The `explorer-tiles:` URL scheme, serving tiles from MBTiles / GeoPackage files with no
  network at all. The scheme must be registered before the QApplication exists
  (`register_tile_scheme`); its handler is installed with the profile.
- QtWebEngine's own disk cache, with a size limit: tiles the user has viewed are kept, and
  nothing is fetched in bulk (Tianditu's terms forbid it).
"""

from __future__ import annotations

import logging
import re
from collections import deque
import struct
import zlib
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QStandardPaths, QUrl
from PySide6.QtWebEngineCore import (QWebEngineProfile, QWebEngineUrlRequestInterceptor,
                                     QWebEngineUrlRequestJob, QWebEngineUrlScheme,
                                     QWebEngineUrlSchemeHandler)

from explorer.core.tilefiles import TileFile, open_tile_file
from explorer.mapview.basemaps import (BASEMAPS, FILE_PREFIX, TILE_SCHEME, Basemap,
                                       file_basemap, file_token)

log = logging.getLogger(__name__)



def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data)))


LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "blob", "about", "devtools", TILE_SCHEME})
CACHE_BYTES = 200 * 1024 * 1024
PROFILE_NAME = "map"
# A transparent 1×1 PNG: where a tile file has no tile, the map shows nothing, not an error.
EMPTY_PNG = (b"\x89PNG\r\n\x1a\n"
             + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
             + _chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00"))
             + _chunk(b"IEND", b""))
_KEY_PATTERN = re.compile(r"([?&]tk=)[^&#\s]*", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with any Tianditu key in a URL replaced, for logs and messages."""
    return _KEY_PATTERN.sub(r"\1…", text)


def register_tile_scheme() -> None:
    """Make `explorer-tiles:` a URL scheme QtWebEngine knows. Must run before the
    QApplication is created (Qt ignores it later); harmless to call twice."""
    name = TILE_SCHEME.encode()
    if QWebEngineUrlScheme.schemeByName(QByteArray(name)).name() == QByteArray(name):
        return
    scheme = QWebEngineUrlScheme(name)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(QWebEngineUrlScheme.Flag.LocalScheme
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed
                    | QWebEngineUrlScheme.Flag.SecureScheme)
    QWebEngineUrlScheme.registerScheme(scheme)


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Lets local requests through, and requests to the tile hosts of the online basemaps
    granted to pages (`grant(owner, basemap)`); blocks and remembers everything else.
    Requests to the hosts of a basemap that needs a key get the key added (a redirect)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.blocked: list[str] = []
        self._grants: dict[object, Basemap] = {}
        self._hosts: frozenset[str] = frozenset()
        self._key_hosts: dict[str, str] = {}  # host -> the name of the key it needs
        self.keys: dict[str, str] = {}  # "tianditu" -> key
        # Requests let through and redirected to carry a key: their second pass is the same
        # request, allowed even if the page has meanwhile lost its grant.
        self._redirected: deque[str] = deque(maxlen=512)

    def grant(self, owner, basemap: Basemap | None) -> None:
        """Let `owner`'s page reach `basemap`'s tile hosts (None: nothing at all)."""
        if basemap is not None and basemap.online:
            self._grants[owner] = basemap
        else:
            self._grants.pop(owner, None)
        self._hosts = frozenset().union(*(b.hosts() for b in self._grants.values()))
        self._key_hosts = {host: b.needs_key for b in self._grants.values() if b.needs_key
                           for host in b.hosts()}

    def revoke(self, owner) -> None:
        self.grant(owner, None)

    @property
    def allowed_hosts(self) -> frozenset[str]:
        return self._hosts

    def interceptRequest(self, info) -> None:  # noqa: N802 (Qt's name)
        url = info.requestUrl()
        if url.scheme() in LOCAL_SCHEMES:
            return
        host = url.host().lower()
        if url.toString() in self._redirected:
            self._redirected.remove(url.toString())
            return
        if url.scheme() not in ("http", "https") or host not in self._hosts:
            info.block(True)
            self.blocked.append(redact(url.toString()))
            return
        key = self.keys.get(self._key_hosts.get(host, ""))
        if key and "tk=" not in (url.query() or ""):
            target = QUrl(_with_key(url.toString(), key))
            self._redirected.append(target.toString())
            info.redirect(target)


def _with_key(url: str, key: str) -> str:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + [("tk", key)]
    return urlunsplit(parts._replace(query=urlencode(query)))


class TileFileHandler(QWebEngineUrlSchemeHandler):
    """Serves `explorer-tiles:/<token>/<z>/<x>/<y>` from the tile files added to it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._files: dict[str, TileFile] = {}

    def add(self, tile_file: TileFile) -> None:
        old = self._files.get(file_token(tile_file.path))
        self._files[file_token(tile_file.path)] = tile_file
        if old is not None and old is not tile_file:
            old.close()

    def opened(self, path: Path | str) -> TileFile | None:
        return self._files.get(file_token(path))

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's)
        parts = job.requestUrl().path().strip("/").split("/")
        tile_file = self._files.get(parts[0]) if len(parts) == 4 else None
        if tile_file is None or not all(p.isdigit() for p in parts[1:]):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        try:
            found = tile_file.tile(*(int(p) for p in parts[1:]))
        except Exception as exc:  # noqa: BLE001 (a broken file must not break the app)
            log.warning("tile %s of %s: %s", "/".join(parts[1:]), tile_file.path.name, exc)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        data, mime = found if found else (EMPTY_PNG, "image/png")
        buffer = QBuffer(job)  # owned by the job: alive until Chromium has read it
        buffer.setData(QByteArray(data))
        job.reply(mime.encode(), buffer)


_PROFILE: list = []  # [profile, guard, handler], made once


def _cache_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.CacheLocation)) / "web"


def map_profile() -> QWebEngineProfile:
    """The profile of every map page: request guard, tile scheme, disk cache. Made once,
    owned by the application, so it outlives every page."""
    if not _PROFILE:
        app = QCoreApplication.instance()
        profile = QWebEngineProfile(PROFILE_NAME, app)
        folder = _cache_folder()
        profile.setCachePath(str(folder / "cache"))
        profile.setPersistentStoragePath(str(folder / "storage"))
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
        profile.setHttpCacheMaximumSize(CACHE_BYTES)
        profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy
                                           .NoPersistentCookies)
        guard = RequestGuard(profile)
        profile.setUrlRequestInterceptor(guard)
        handler = TileFileHandler(profile)
        profile.installUrlSchemeHandler(TILE_SCHEME.encode(), handler)
        _PROFILE.extend([profile, guard, handler])
    return _PROFILE[0]


def request_guard() -> RequestGuard:
    map_profile()
    return _PROFILE[1]


def tile_files() -> TileFileHandler:
    map_profile()
    return _PROFILE[2]


def use_tile_file(path: Path | str, reopen: bool = False) -> Basemap:
    """Serve a tile file to map pages (opened once, or again with `reopen`); its basemap.
    Raises TileFileError for a file that is missing or holds no raster tiles."""
    tile_file = None if reopen else tile_files().opened(path)
    if tile_file is None:
        tile_file = open_tile_file(path)
        tile_files().add(tile_file)
    return file_basemap(tile_file.path, name=tile_file.name, attribution=tile_file.attribution,
                        max_zoom=tile_file.max_zoom, bounds=tile_file.bounds)


def basemap_for(key: str) -> Basemap:
    """The basemap a key names: one of BASEMAPS, or "file:<path>" for a tile file (opened and
    served). Raises TileFileError for a file that cannot be used, KeyError for no such key."""
    if key.startswith(FILE_PREFIX):
        return use_tile_file(key[len(FILE_PREFIX):])
    return BASEMAPS[key]
