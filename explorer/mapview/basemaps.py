"""Background maps: the one place where every basemap is defined.

The default draws no tiles and needs no network. Online providers come from `xyzservices`
where it has them (OpenStreetMap, Esri, Gaode); Tianditu is not in it, so its templates are
ours. A tile file (MBTiles or GeoPackage) is a basemap too, served by the app's own URL scheme
and never by the network.

Every basemap names its datum. Stored data is WGS-84; on a GCJ-02 basemap (Gaode) the page
draws everything shifted into GCJ-02 (resources/web/datum.js) and the app shifts what comes
back (explorer.core.coords.to_wgs84). Tianditu is on CGCS2000, which equals WGS-84 to a few
centimetres, far below what a map at these scales shows: no shift.

A Tianditu key is never part of a template, a page or an export: the request interceptor
adds it to requests for Tianditu's hosts (explorer/export/webprofile.py).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import xyzservices.providers as xyz

TILE_SCHEME = "explorer-tiles"  # the app's URL scheme for tile files
FILE_PREFIX = "file:"  # a basemap key "file:/path/to/tiles.mbtiles"
DATUM_NAMES = {"wgs84": "WGS-84", "gcj02": "GCJ-02", "cgcs2000": "CGCS2000 ≈ WGS-84"}
SHIFTED_DATUMS = frozenset({"gcj02"})  # datums whose tiles need our data shifted
TIANDITU_KEY_URL = "https://console.tianditu.gov.cn/"


@dataclass(frozen=True)
class TileLayer:
    """One Leaflet tile layer: a URL template with {z}, {x}, {y} (and {s} for subdomains)."""

    url: str
    subdomains: str = ""

    def hosts(self) -> frozenset[str]:
        """Every host this layer's tiles come from, subdomains expanded."""
        host = urlsplit(self.url).hostname or ""
        if "{s}" in host:
            return frozenset(host.replace("{s}", s) for s in self.subdomains)
        return frozenset({host}) if host else frozenset()


@dataclass(frozen=True)
class Basemap:
    """A background map: its base layer and label layers, credit, zoom range and datum.

    `labels` maps a language to the label layers drawn over the base in that language (the
    layers for "zh" when a language has none). `needs_key` names the key the provider
    needs ("tianditu"), added to its requests by the interceptor, never to the templates.
    """

    id: str
    base: TileLayer | None
    attribution: str  # plain text
    max_zoom: int = 18
    max_native_zoom: int | None = None
    datum: str = "wgs84"
    labels: dict[str, tuple[TileLayer, ...]] = field(default_factory=dict)
    needs_key: str | None = None
    bounds: tuple[float, float, float, float] | None = None  # W, S, E, N of a tile file
    attribution_zh: str = ""  # the credit in Chinese, where it differs

    def credit(self, lang: str) -> str:
        """The credit line in `lang`."""
        return self.attribution_zh if lang == "zh" and self.attribution_zh else self.attribution

    @property
    def online(self) -> bool:
        return self.base is not None and self.base.url.startswith(("http://", "https://"))

    @property
    def is_file(self) -> bool:
        return self.id.startswith(FILE_PREFIX)

    @property
    def shifted(self) -> bool:
        """True when our WGS-84 data must be drawn shifted to sit right on these tiles."""
        return self.datum in SHIFTED_DATUMS

    def layers(self, lang: str) -> tuple[TileLayer, ...]:
        if self.base is None:
            return ()
        return (self.base, *self.labels.get(lang, self.labels.get("zh", ())))

    def hosts(self) -> frozenset[str]:
        """The hosts this basemap's tiles come from, in every language: all the network
        it may use."""
        layers = {layer for lang in ("zh", "en") for layer in self.layers(lang)}
        return frozenset().union(*(layer.hosts() for layer in layers))

    def as_page_data(self, lang: str) -> dict | None:
        """What explorer.setBasemap takes: None for no tiles."""
        if self.base is None:
            return None
        return {"id": self.id, "attribution": self.credit(lang), "maxZoom": self.max_zoom,
                "maxNativeZoom": self.max_native_zoom or self.max_zoom, "datum": self.datum,
                "layers": [{"url": layer.url, "subdomains": layer.subdomains}
                           for layer in self.layers(lang)]}


def _plain(attribution: str) -> str:
    """An HTML credit from xyzservices as plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", attribution)).strip()


def _from_xyz(basemap_id: str, name: str, **extra) -> Basemap:
    provider = xyz.query_name(name)
    return Basemap(basemap_id, TileLayer(provider.build_url()),
                   _plain(provider.get("html_attribution", provider["attribution"])),
                   max_zoom=provider.get("max_zoom", 18), **extra)


def _tianditu(layer: str) -> TileLayer:
    """A Tianditu layer on Web Mercator tiles ("_w"), WMTS key-value form, no key."""
    return TileLayer(f"https://t{{s}}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
                     f"&VERSION=1.0.0&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                     "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}", subdomains="01234567")


# Labels over Gaode's imagery: the road map's label style on the imagery hosts (not in
# xyzservices; the form used by Leaflet.ChineseTmsProviders).
_GAODE_LABELS = TileLayer("http://webst01.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}")
_TIANDITU = {"attribution": "© Tianditu (National Platform for Common GeoSpatial Information "
                            "Services)", "attribution_zh": "© 天地图（国家地理信息公共服务平台）"}

BASEMAPS: dict[str, Basemap] = {
    "none": Basemap("none", None, ""),
    "osm": _from_xyz("osm", "OpenStreetMap.Mapnik"),
    "esri": _from_xyz("esri", "Esri.WorldImagery"),
    "gaode": _from_xyz("gaode", "Gaode.Normal", datum="gcj02", max_native_zoom=18,
                       attribution_zh="© 高德地图"),
    "gaode-satellite": _from_xyz("gaode-satellite", "Gaode.Satellite", datum="gcj02",
                                 max_native_zoom=18, labels={"zh": (_GAODE_LABELS,)},
                                 attribution_zh="© 高德地图"),
    "tianditu": Basemap("tianditu", _tianditu("vec"), max_zoom=19, **_TIANDITU,
                        max_native_zoom=18, datum="cgcs2000", needs_key="tianditu",
                        labels={"zh": (_tianditu("cva"),), "en": (_tianditu("eva"),)}),
    "tianditu-imagery": Basemap("tianditu-imagery", _tianditu("img"), max_zoom=19,
                                **_TIANDITU,
                                max_native_zoom=18, datum="cgcs2000", needs_key="tianditu",
                                labels={"zh": (_tianditu("cia"),), "en": (_tianditu("eia"),)}),
}
DEFAULT_BASEMAP = "none"


def file_key(path: Path | str) -> str:
    """The basemap key of a tile file."""
    return FILE_PREFIX + str(Path(path).resolve())


def file_token(path: Path | str) -> str:
    """The name a tile file goes by in tile URLs: the page never learns the file's path."""
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]


def file_basemap(path: Path | str, *, name: str, attribution: str, max_zoom: int,
                 bounds: tuple[float, float, float, float] | None) -> Basemap:
    """A basemap drawn from a tile file through the app's URL scheme, fully offline."""
    layer = TileLayer(f"{TILE_SCHEME}:/{file_token(path)}/{{z}}/{{x}}/{{y}}")
    credit = attribution or name or Path(path).name
    return Basemap(file_key(path), layer, credit, max_zoom=max(max_zoom + 3, 18),
                   max_native_zoom=max_zoom, bounds=bounds)


def datum_name(datum: str) -> str:
    return DATUM_NAMES.get(datum, datum)
