"""The one object the page talks to, through QWebChannel: JSON in, validated, signals out.

Every message type has its own shape and its own size limit: a click is a few dozen
characters, an edited footprint may be megabytes. Anything else is logged and dropped: the
page is never trusted further than the messages it is expected to send.

Positions from the page are in the datum the page draws in, which each such message names
("wgs84", or "gcj02" on a Gaode basemap); the bridge hands them on in WGS-84, shifted back
with the iterated inverse (explorer.core.coords). Naming the datum in the message, not
looking it up, keeps a message sent just before a basemap switch right.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from explorer.core.coords import geojson_to_wgs84, to_wgs84

log = logging.getLogger(__name__)

SHORT_MESSAGE_CHARS = 4096  # clicks, ready, view, a moved point: all under 200 characters
GEOMETRY_MESSAGE_CHARS = 8 * 1024 * 1024  # an edited footprint or line
MAX_VERTICES = 200_000
PICK_PURPOSES = ("park", "firm", "move_firm")  # what a place picked on the map is for
PAGE_DATUMS = ("wgs84", "gcj02")
GEOMETRY_TYPES = {"Point": 0, "LineString": 1, "MultiLineString": 2, "Polygon": 2,
                  "MultiPolygon": 3}  # type -> nesting depth of its coordinate arrays


def _is_number(value) -> bool:
    return type(value) in (int, float) and math.isfinite(value)


def _is_latlon(value) -> bool:
    return (isinstance(value, list) and len(value) == 2 and all(map(_is_number, value))
            and -90 <= value[0] <= 90 and -180 <= value[1] <= 180)


def _is_count(value) -> bool:
    return type(value) is int and 0 <= value < 2**31


def _is_box(value) -> bool:
    """[west, south, east, north] as Leaflet gives a view's bounds: latitudes within ±90,
    longitudes within ±720 (a view zoomed far out spans more than the world), west < east,
    south < north."""
    return (isinstance(value, list) and len(value) == 4 and all(map(_is_number, value))
            and all(abs(v) <= 720 for v in value[::2]) and all(abs(v) <= 90 for v in value[1::2])
            and value[0] < value[2] and value[1] < value[3])


@dataclass(frozen=True)
class ViewBounds:
    """The map's view in WGS-84: west, south, east, north (degrees, longitudes within ±180)
    and the zoom."""

    west: float
    south: float
    east: float
    north: float
    zoom: float

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.west, self.south, self.east, self.north


def _bounds_wgs84(datum: str, box: list, zoom: float) -> ViewBounds:
    """The box of a view the page sent in its datum: the WGS-84 box of its shifted corners."""
    west, south, east, north = box
    lons, lats = to_wgs84(datum, [west, east, west, east], [south, south, north, north])
    return ViewBounds(max(float(min(lons)), -180.0), float(min(lats)),
                      min(float(max(lons)), 180.0), float(max(lats)), zoom)


def _latlon_wgs84(datum: str, latlon: list) -> tuple[float, float]:
    """A [lat, lon] the page sent, in its datum, as WGS-84 (lat, lon)."""
    lon, lat = to_wgs84(datum, latlon[1], latlon[0])
    return float(lat), float(lon)


def _positions(coordinates, depth: int, budget: list[int]) -> bool:
    """True if `coordinates` nest `depth` levels deep down to [lon, lat] pairs, counting
    vertices against `budget` so that a huge or deeply nested message is refused early."""
    if not isinstance(coordinates, list):
        return False
    if depth == 0:
        budget[0] -= 1
        return budget[0] >= 0 and _is_latlon(coordinates[::-1])
    return bool(coordinates) and all(_positions(c, depth - 1, budget) for c in coordinates)


def valid_geometry(geometry) -> bool:
    """A GeoJSON Point, LineString, Polygon or their multi-forms, in lon/lat degrees."""
    if not (isinstance(geometry, dict) and set(geometry) == {"type", "coordinates"}
            and geometry["type"] in GEOMETRY_TYPES):
        return False
    return _positions(geometry["coordinates"], GEOMETRY_TYPES[geometry["type"]], [MAX_VERTICES])


class MapBridge(QObject):
    """Receives the page's messages and emits a signal for each valid one:

    - `{"type": "ready"}` → `ready()`
    - `{"type": "select", "park": id}` → `parkClicked(id)`
    - `{"type": "select_tenant", "index": n}` → `tenantClicked(firm id)` (n: the page's
      number of a placed firm)
    - `{"type": "view", "center": [lat, lon], "zoom": z, "bounds": [w, s, e, n],
      "datum": d}` → `viewChanged(lat, lon, zoom)` and `boundsChanged(ViewBounds)`
    - `{"type": "moved", "park": id, "latlng": [lat, lon], "datum": d}` →
      `parkMoved(id, lat, lon)`
    - `{"type": "geometry", "park": id, "geometry": GeoJSON, "datum": d}` →
      `geometryEdited(id, dict)`
    - `{"type": "part", "park": id, "geometry": GeoJSON polygon, "datum": d}` →
      `partDrawn(id, dict)`
    - `{"type": "firm_moved", "index": n, "latlng": [lat, lon], "datum": d}` →
      `firmMoved(firm id, lat, lon)` (n: the page's number of a placed firm, dragged)
    - `{"type": "picked", "purpose": p, "latlng": [lat, lon], "datum": d}` →
      `placePicked(p, lat, lon)`, p one of PICK_PURPOSES
    - `{"type": "tiles_failed", "basemap": id, "failed": n, "loaded": m}` →
      `tilesFailed(id, n, m)`

    Every coordinate the page sends is in one of these typed messages, as the map shows it,
    with the datum it shows it in (bridge.js adds it); a datum shift (a GCJ-02 basemap) is
    undone here, in one place, before any signal: every position a signal carries is WGS-84
    (lat, lon; GeoJSON lon/lat).
    """

    ready = Signal()
    parkClicked = Signal(str)
    tenantClicked = Signal(str)
    viewChanged = Signal(float, float, float)
    boundsChanged = Signal(object)  # a ViewBounds: what the firms of the view are asked for
    parkMoved = Signal(str, float, float)
    firmMoved = Signal(str, float, float)
    geometryEdited = Signal(str, object)
    partDrawn = Signal(str, object)
    placePicked = Signal(str, float, float)
    tilesFailed = Signal(str, int, int)

    def __init__(self, park_ids=(), tenants=None, parent=None):
        super().__init__(parent)
        self.set_catalogue(park_ids, tenants)
        self.ignored = 0

    def set_catalogue(self, park_ids, tenants=None) -> None:
        """What a message may name: the parks by id, and the placed firms of `tenants` (a
        TenantTable) by number, as the page numbers them."""
        self._park_ids = frozenset(park_ids)
        self._tenants = tenants

    @property
    def park_ids(self) -> frozenset[str]:
        return self._park_ids

    @Slot(str)
    def receive(self, text: str) -> None:
        message = self._parse(text)
        if message is None:
            self.ignored += 1
            log.warning("bridge: dropped an unexpected message: %.80r", text)
            return
        kind = message["type"]
        if kind == "ready":
            self.ready.emit()
        elif kind == "select":
            self.parkClicked.emit(message["park"])
        elif kind == "select_tenant":
            self.tenantClicked.emit(self._tenants.placed_id(message["index"]))
        elif kind == "view":
            lat, lon = _latlon_wgs84(message["datum"], message["center"])
            self.viewChanged.emit(lat, lon, float(message["zoom"]))
            self.boundsChanged.emit(_bounds_wgs84(message["datum"], message["bounds"],
                                                  float(message["zoom"])))
        elif kind == "moved":
            lat, lon = _latlon_wgs84(message["datum"], message["latlng"])
            self.parkMoved.emit(message["park"], lat, lon)
        elif kind == "firm_moved":
            lat, lon = _latlon_wgs84(message["datum"], message["latlng"])
            self.firmMoved.emit(self._tenants.placed_id(message["index"]), lat, lon)
        elif kind == "picked":
            lat, lon = _latlon_wgs84(message["datum"], message["latlng"])
            self.placePicked.emit(message["purpose"], lat, lon)
        elif kind == "part":
            self.partDrawn.emit(message["park"],
                                geojson_to_wgs84(message["datum"], message["geometry"]))
        elif kind == "tiles_failed":
            self.tilesFailed.emit(message["basemap"], message["failed"], message["loaded"])
        else:
            self.geometryEdited.emit(
                message["park"], geojson_to_wgs84(message["datum"], message["geometry"]))

    def _parse(self, text) -> dict | None:
        """The message if it has exactly the shape of its type, else None."""
        if not isinstance(text, str) or len(text) > GEOMETRY_MESSAGE_CHARS:
            return None
        try:
            message = json.loads(text)
        except ValueError:
            return None
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            return None
        check = self._CHECKS.get(message["type"])
        limit = GEOMETRY_MESSAGE_CHARS if message["type"] in ("geometry", "part") \
            else SHORT_MESSAGE_CHARS
        if check is None or len(text) > limit or set(message) != set(check[0]) | {"type"}:
            return None
        return message if check[1](self, message) else None

    def _names_a_park(self, message) -> bool:
        return isinstance(message["park"], str) and message["park"] in self._park_ids

    def _names_a_firm(self, message) -> bool:
        index = message["index"]
        return (self._tenants is not None and type(index) is int  # not a bool, not a float
                and 0 <= index < self._tenants.placed_count)

    def _is_view(self, message) -> bool:
        return _is_latlon(message["center"]) and _is_number(message["zoom"]) \
            and 0 <= message["zoom"] <= 30 and message["datum"] in PAGE_DATUMS \
            and _is_box(message["bounds"])

    # type -> (its fields besides "type", the check of their values)
    _CHECKS = {
        "ready": ((), lambda self, m: True),
        "select": (("park",), _names_a_park),
        "select_tenant": (("index",), _names_a_firm),
        "view": (("center", "zoom", "bounds", "datum"), _is_view),
        "moved": (("park", "latlng", "datum"),
                  lambda self, m: self._names_a_park(m) and _is_latlon(m["latlng"])
                  and m["datum"] in PAGE_DATUMS),
        "firm_moved": (("index", "latlng", "datum"),
                       lambda self, m: self._names_a_firm(m) and _is_latlon(m["latlng"])
                       and m["datum"] in PAGE_DATUMS),
        "geometry": (("park", "geometry", "datum"),
                     lambda self, m: self._names_a_park(m) and valid_geometry(m["geometry"])
                     and m["datum"] in PAGE_DATUMS),
        "part": (("park", "geometry", "datum"),
                 lambda self, m: self._names_a_park(m) and valid_geometry(m["geometry"])
                 and m["geometry"]["type"] in ("Polygon", "MultiPolygon")
                 and m["datum"] in PAGE_DATUMS),
        "picked": (("purpose", "latlng", "datum"),
                   lambda self, m: m["purpose"] in PICK_PURPOSES and _is_latlon(m["latlng"])
                   and m["datum"] in PAGE_DATUMS),
        "tiles_failed": (("basemap", "failed", "loaded"),
                         lambda self, m: isinstance(m["basemap"], str)
                         and len(m["basemap"]) <= 2048 and _is_count(m["failed"])
                         and _is_count(m["loaded"])),
    }
