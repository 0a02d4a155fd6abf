"""A small offline map for the import: the file's points over Hengyang's district outlines and
the parks, drawn with QPainter, so that a wrong coordinate system shows before the import.

Everything is in WGS-84 longitude/latitude, drawn in an equirectangular view scaled by the
cosine of the middle latitude (true to a few per mille over a city). The view fits the
points (most of them: a few strays do not shrink the rest to a dot), or the whole city.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.core.model import display_name, in_language

POINT_COLOUR = QColor("#d62728")
PARK_COLOUR = QColor("#1f4e79")
LEAST_SPAN = 0.03  # degrees: a view never closer than about 3 km across
SCALES_KM = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50)


class PointsPreview(QWidget):
    """Districts, parks and points; `set_points` redraws."""

    def __init__(self, cat, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("points-preview")
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setFocusPolicy(Qt.NoFocus)
        districts = cat.districts
        city = districts[districts["kind"] == "city"]
        self.city_bounds = tuple(city.total_bounds) if len(city) else tuple(
            districts.total_bounds)
        self.outlines: list[tuple[bool, np.ndarray]] = []  # (is the city, ring lon/lat)
        self.labels: list[tuple[str, float, float]] = []
        for _, row in districts.iterrows():
            is_city = row["kind"] == "city"
            for ring in _rings(row.geometry):
                self.outlines.append((is_city, ring))
            if not is_city:
                spot = row.geometry.representative_point()
                self.labels.append((row[f"name_{'zh' if lang == 'zh' else 'en'}"],
                                    spot.x, spot.y))
        spots: dict[tuple[float, float], list[str]] = {}  # parks drawn at one point share it
        for park in cat.parks.values():
            if park.geometry is not None and park.geometry.geom_type == "Point":
                spots.setdefault((park.geometry.x, park.geometry.y), []).append(
                    in_language(park, "short", lang) or display_name(park, lang))
        self.parks = [(" / ".join(names), x, y) for (x, y), names in spots.items()]
        self.lon = self.lat = np.empty(0)
        self.whole_city = False
        self.caption = ""

    def set_points(self, lon: np.ndarray, lat: np.ndarray, caption: str) -> None:
        """Draw these points (WGS-84), with `caption` in the corner."""
        self.lon, self.lat, self.caption = np.asarray(lon), np.asarray(lat), caption
        self.update()

    def set_whole_city(self, whole: bool) -> None:
        self.whole_city = whole
        self.update()

    def extent(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) shown: most points, or the city."""
        if self.whole_city or not len(self.lon):
            west, south, east, north = self.city_bounds
        else:
            west, east = np.percentile(self.lon, [2, 98])
            south, north = np.percentile(self.lat, [2, 98])
        cx, cy = (west + east) / 2, (south + north) / 2
        half_x = max((east - west) * 0.65, LEAST_SPAN / 2)
        half_y = max((north - south) * 0.65, LEAST_SPAN / 2)
        return cx - half_x, cy - half_y, cx + half_x, cy + half_y

    def _transform(self):
        west, south, east, north = self.extent()
        squeeze = math.cos(math.radians((south + north) / 2))
        width, height = self.width() - 16, self.height() - 16
        scale = min(width / ((east - west) * squeeze), height / (north - south))
        cx, cy = (west + east) / 2, (south + north) / 2

        def to_xy(lon, lat):
            return (self.width() / 2 + (np.asarray(lon) - cx) * squeeze * scale,
                    self.height() / 2 - (np.asarray(lat) - cy) * scale)
        return to_xy, scale * squeeze  # pixels per degree of longitude

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f7f6f2"))
        to_xy, px_per_lon = self._transform()
        for is_city, ring in self.outlines:
            x, y = to_xy(ring[:, 0], ring[:, 1])
            painter.setPen(QPen(QColor("#404040" if is_city else "#9a9a9a"),
                                2.0 if is_city else 1.0))
            painter.drawPolyline(QPolygonF([QPointF(a, b) for a, b in zip(x, y)]))
        for name, lon, lat in self.labels:
            x, y = to_xy(lon, lat)
            _halo_text(painter, QPointF(float(x) - 20, float(y)), name, QColor("#7a7a7a"))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(PARK_COLOUR)
        for name, lon, lat in self.parks:
            x, y = to_xy(lon, lat)
            painter.drawRect(QRectF(float(x) - 4, float(y) - 4, 8, 8))
        for name, lon, lat in self.parks:
            x, y = to_xy(lon, lat)
            _halo_text(painter, QPointF(float(x) + 6, float(y) - 4), name, PARK_COLOUR)
        if len(self.lon):
            x, y = to_xy(self.lon, self.lat)
            points = QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist())])
            for colour, width in ((QColor("#7a1010"), 6.5), (POINT_COLOUR, 5.0)):
                painter.setPen(QPen(colour, width, Qt.SolidLine, Qt.RoundCap))
                painter.drawPoints(points)  # one call: round dots, outlined
        self._scale_bar(painter, px_per_lon)
        painter.setPen(QColor("#202020"))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(8, 6, self.width() - 16, 20), Qt.AlignLeft, self.caption)
        painter.end()

    def _scale_bar(self, painter: QPainter, px_per_lon: float) -> None:
        west, south, east, north = self.extent()
        km_per_px = 111.32 * math.cos(math.radians((south + north) / 2)) / px_per_lon
        km = next((k for k in SCALES_KM if k / km_per_px >= 60), SCALES_KM[-1])
        length = km / km_per_px
        x0, y0 = 12, self.height() - 14
        painter.setPen(QPen(QColor("#202020"), 2))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0))
        painter.drawLine(QPointF(x0, y0 - 4), QPointF(x0, y0))
        painter.drawLine(QPointF(x0 + length, y0 - 4), QPointF(x0 + length, y0))
        painter.drawText(QPointF(x0 + length + 6, y0 + 4),
                         f"{km:g} km" if km >= 1 else f"{km * 1000:g} m")


def _halo_text(painter: QPainter, at: QPointF, text: str, colour: QColor) -> None:
    """Text with a light halo, readable over outlines and points."""
    painter.setPen(QColor(247, 246, 242, 220))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        painter.drawText(at + QPointF(dx, dy), text)
    painter.setPen(colour)
    painter.drawText(at, text)


def _rings(geometry) -> list[np.ndarray]:
    """The exterior rings of a (multi)polygon, as arrays of lon/lat."""
    parts = shapely.get_parts(geometry)
    return [np.asarray(shapely.get_coordinates(shapely.get_exterior_ring(p)))
            for p in parts if p.geom_type == "Polygon"]
