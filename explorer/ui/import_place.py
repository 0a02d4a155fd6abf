"""The second step of an import: the coordinate system of the file's longitudes and
latitudes, with the points drawn where that system puts them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout,
                               QWizardPage)

from explorer.core.coords import to_wgs84
from explorer.core.registry.plan import DATUMS, datum_label
from explorer.ui.points_preview import PointsPreview
from explorer.ui.problem_texts import message_text
from explorer.ui.widgets import plain_label

DRAWN = 5_000  # points drawn at most (a random sample of a larger file, always the same)


def _numbers(column) -> np.ndarray:
    """Cells as numbers (NaN where there is none); the reader has trimmed them."""
    values = pd.to_numeric(pd.Series(column, dtype=object), errors="coerce")
    return values.to_numpy(dtype=float, na_value=np.nan)


class PlacePage(QWizardPage):
    """Which coordinate system the file's coordinates are in."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Coordinates"))
        self.setSubTitle(self.tr("Choose the coordinate system of the file's longitudes "
                                 "and latitudes, and check on the map that the points lie "
                                 "where the firms are."))
        hint = plain_label(self, self.tr(
            "Coordinates from Amap (高德) or Tencent maps are GCJ-02, from Baidu maps BD-09; "
            "GPS and OpenStreetMap give WGS-84, Tianditu CGCS2000. Read in the wrong system, "
            "points land some 500–700 m away from the firms."))
        self.datum_box = QComboBox(self)
        self.datum_box.setObjectName("datum")
        for datum in DATUMS:
            self.datum_box.addItem(message_text(datum_label(datum)), datum)
        self.datum_box.currentIndexChanged.connect(self._redraw)
        self.whole_city = QCheckBox(self.tr("Show the &whole city"), self)
        self.whole_city.setObjectName("whole-city")
        self.preview = PointsPreview(wizard.cat, wizard.lang, self)
        self.whole_city.toggled.connect(self.preview.set_whole_city)
        self.summary = plain_label(self, name="place-summary")
        label = QLabel(self.tr("Coordinate &system"), self)
        label.setBuddy(self.datum_box)
        form = QFormLayout()
        form.addRow(label, self.datum_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.whole_city)
        layout.addWidget(self.summary)
        self.lon = self.lat = np.empty(0)
        self.rows_total = self.with_place = self.sampled = 0

    def datum(self) -> str:
        return self.datum_box.currentData()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """The points of the columns chosen in the first step."""
        wizard = self.wizard_
        mapping = wizard.columns_page.mapping()
        column = {field: header for header, field in mapping.items() if field}
        table = wizard.table
        self.rows_total = len(table)
        remembered = wizard.settings.import_choice(wizard.columns_page.key())
        index = self.datum_box.findData(remembered.get("datum"))
        if index >= 0:
            self.datum_box.setCurrentIndex(index)
        if "lon" in column and "lat" in column:
            lon, lat = _numbers(table.columns[column["lon"]]), _numbers(table.columns[column["lat"]])
            known = np.isfinite(lon) & np.isfinite(lat)
            lon, lat = lon[known], lat[known]
            if len(lon) > DRAWN:
                pick = np.random.default_rng(0).choice(len(lon), DRAWN, replace=False)
                lon, lat = lon[pick], lat[pick]
                self.sampled = int(known.sum())
            else:
                self.sampled = 0
            self.lon, self.lat, self.with_place = lon, lat, int(known.sum())
        else:
            self.lon = self.lat = np.empty(0)
            self.with_place, self.sampled = 0, 0
        self.datum_box.setEnabled(self.with_place > 0)
        self._redraw()

    def _redraw(self, *_) -> None:
        datum = self.datum()
        lon, lat = to_wgs84(datum, self.lon, self.lat) if len(self.lon) else (self.lon, self.lat)
        self.preview.set_points(lon, lat, self.datum_box.currentText() if len(lon) else
                                self.tr("No coordinates"))
        self.summary.setText(self._summary(lon, lat))

    def _summary(self, lon: np.ndarray, lat: np.ndarray) -> str:
        if not len(lon):
            return self.tr("The file gives no coordinates. Firms that name a park are placed "
                           "at the park; the others are imported without a place (search "
                           "finds them).")
        districts = self.wizard_.cat.districts
        city = districts[districts["kind"] == "city"].geometry.union_all()
        inside = int(shapely.contains_xy(city, lon, lat).sum())
        share = inside / len(lon)
        text = self.tr("{rows} of {total} rows have coordinates.").format(
            rows=f"{self.with_place:,}", total=f"{self.rows_total:,}")
        if self.sampled:
            text += " " + self.tr("Drawn: {drawn} of them, chosen at random.").format(
                drawn=f"{len(lon):,}")
        text += " " + self.tr("{percent} % of the points drawn lie inside Hengyang.").format(
            percent=f"{100 * share:.0f}")
        raw_lon, raw_lat = self.lon, self.lat
        moved = _metres(raw_lon, raw_lat, lon, lat)
        if moved >= 1:
            text += " " + self.tr("This coordinate system moves them about {metres} m from "
                                  "where WGS-84 would put them.").format(metres=f"{moved:.0f}")
        if share < 0.5:
            text += " " + self.tr("Most points lie outside Hengyang: are the longitude and "
                                  "latitude columns right, and in degrees?")
        return text


def _metres(lon0, lat0, lon1, lat1) -> float:
    """The median distance between two sets of points, in metres (equirectangular)."""
    scale = np.cos(np.radians(lat0))
    d = np.hypot((lon1 - lon0) * scale, lat1 - lat0) * 111_320
    return float(np.median(d))
