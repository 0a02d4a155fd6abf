"""Choosing the basemap: the providers and tile files, the Tianditu key, the status bar's
basemap, datum and opacity, and the one message when tiles do not load."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QSizePolicy, QSlider, QWidget)

from explorer.core.tilefiles import TileFileError
from explorer.core.viewstate import ViewState
from explorer.export.webprofile import request_guard, use_tile_file
from explorer.mapview.basemaps import BASEMAPS, FILE_PREFIX, TIANDITU_KEY_URL, datum_name
from explorer.ui.messages import show_message
from explorer.ui.preferences import PreferencesDialog

translate = QCoreApplication.translate  # by this name, pyside6-lupdate finds the strings


def basemap_names() -> dict[str, str]:
    """The menu's name of every built-in basemap, in the UI language."""
    return {
        "none": translate("Basemap", "None (offline)"),
        "osm": translate("Basemap", "OpenStreetMap (online)"),
        "esri": translate("Basemap", "Esri World Imagery (online)"),
        "gaode": translate("Basemap", "Gaode road map (online, GCJ-02)"),
        "gaode-satellite": translate("Basemap", "Gaode satellite with labels (online, GCJ-02)"),
        "tianditu": translate("Basemap", "Tianditu vector map with labels (online, key)"),
        "tianditu-imagery": translate("Basemap", "Tianditu imagery with labels (online, key)"),
    }


def short_name(key: str) -> str:
    """A basemap's name for the status bar and messages: a file's name, or the menu's."""
    if key.startswith(FILE_PREFIX):
        return Path(key[len(FILE_PREFIX):]).name
    return re.split(r" \(|（", basemap_names().get(key, key))[0]


class BasemapChooser(QObject):
    """Puts the user's basemap choices into the view state, after the checks they need: a
    Tianditu key, a tile file that opens. Says once per choice when tiles fail to load."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.state, self.settings = window, window.state, window.settings
        self._told: set[str] = set()
        request_guard().keys["tianditu"] = self.settings.tianditu_key
        window.map.tilesFailed.connect(self._tiles_failed)
        self.state.subscribe("basemap", lambda _: self._told.clear())

    def choose(self, key: str) -> bool:
        """Show a built-in basemap; False (and the basemap unchanged) without a needed key."""
        basemap = BASEMAPS[key]
        if basemap.needs_key and not self.settings.tianditu_key:
            reason = self.tr("Tianditu needs a key. Enter it below to show its maps.")
            if not self.edit_preferences(reason) or not self.settings.tianditu_key:
                self.window.statusBar().showMessage(self.tr(
                    "No Tianditu key: the basemap stays as it was. Get a key at {url}").format(
                    url=TIANDITU_KEY_URL))
                self.window.check_basemap()
                return False
        self.state.update(basemap=key, datum=basemap.datum)
        return True

    def ask_for_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open basemap file"), self.settings.last_basemap_folder,
            self.tr("Tile files (*.mbtiles *.gpkg);;All files (*)"))
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> bool:
        """Show the raster tiles of an MBTiles file or GeoPackage; on a problem say what it
        is and keep the basemap as it was."""
        try:
            basemap = use_tile_file(path, reopen=True)
        except TileFileError as exc:
            show_message(self.window, "basemap-file-error", QMessageBox.Warning,
                         self.tr("Basemap file not opened"), str(exc),
                         informative=self.tr("The basemap stays as it was."))
            self.window.check_basemap()
            return False
        self.settings.last_basemap_folder = str(Path(path).parent)
        self.state.update(basemap=basemap.id, datum=basemap.datum)
        return True

    def edit_preferences(self, reason: str = "") -> bool:
        """The Preferences dialog; True when the user pressed OK."""
        dialog = PreferencesDialog(self.settings.tianditu_key, self.window, reason)
        if dialog.exec() != QDialog.Accepted:
            return False
        key = dialog.tianditu_key()
        if key != self.settings.tianditu_key:
            self.settings.tianditu_key = key
            request_guard().keys["tianditu"] = key
            self._told.clear()
            if BASEMAPS.get(self.state.basemap) and BASEMAPS[self.state.basemap].needs_key:
                self.window.map.reload_basemap()  # the tiles again, with the new key
        return True

    def _tiles_failed(self, key: str) -> None:
        if key in self._told:
            return
        self._told.add(key)
        text = self.tr("The tiles of {basemap} could not be loaded: no network, or the server "
                       "refused them. The map works without them; choose View → Basemap → "
                       "None to hide this basemap.").format(basemap=short_name(key))
        if BASEMAPS.get(key) and BASEMAPS[key].needs_key:
            text += " " + self.tr("If the network is fine, the Tianditu key may be wrong: "
                                  "check it in Edit → Preferences (keys: {url}).").format(
                url=TIANDITU_KEY_URL)
        self.window.map.show_notice(text)
        self.window.statusBar().showMessage(text)


class BasemapStatus(QWidget):
    """In the status bar: the basemap and its datum, and the basemap's opacity."""

    def __init__(self, state: ViewState, parent=None):
        super().__init__(parent)
        self.state = state
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        self.label = QLabel(self)
        self.label.setObjectName("basemap-datum")
        self.label.setTextFormat(Qt.PlainText)
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setObjectName("basemap-opacity")
        self.slider.setRange(0, 100)
        self.slider.setFixedWidth(90)
        self.slider.setValue(round(state.basemap_opacity * 100))
        self.slider.valueChanged.connect(
            lambda value: state.update(basemap_opacity=value / 100))
        # Never taller than the status bar makes it: the window keeps the height it had.
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        layout.addWidget(self.label)
        layout.addWidget(self.slider)
        state.subscribe("basemap", lambda _: self.retranslate())
        state.subscribe("datum", lambda _: self.retranslate())
        state.subscribe("basemap_opacity", lambda v: self.slider.setValue(round(v * 100)))
        self.retranslate()

    def retranslate(self) -> None:
        key, datum = self.state.basemap, self.state.datum
        if key == "none":
            text = self.tr("No basemap · WGS-84")
        elif datum == "gcj02":
            text = self.tr("Basemap: {name} · {datum} (data shifted to match)").format(
                name=short_name(key), datum=datum_name(datum))
        else:
            text = self.tr("Basemap: {name} · {datum}").format(name=short_name(key),
                                                             datum=datum_name(datum))
        self.label.setText(text)
        self.slider.setEnabled(key != "none")
        self.slider.setToolTip(self.tr("Basemap opacity"))
