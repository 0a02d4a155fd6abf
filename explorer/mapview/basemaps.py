"""Background maps. The default draws no tiles at all and needs no network; an online
basemap is used only when the user picks one, and only then may the page go online."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Basemap:
    id: str
    url: str  # Leaflet tile URL template; empty for no tiles
    attribution: str  # plain text
    max_zoom: int = 18
    datum: str = "wgs84"  # tiles in GCJ-02 would need our data shifted: none such offered

    @property
    def online(self) -> bool:
        return self.url.startswith(("http://", "https://"))

    def as_page_data(self) -> dict | None:
        """What explorer.setBasemap takes: None for no tiles."""
        if not self.url:
            return None
        return {"url": self.url, "attribution": self.attribution, "maxZoom": self.max_zoom}


BASEMAPS = {
    "none": Basemap("none", "", ""),
    "osm": Basemap("osm", "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                   "© OpenStreetMap contributors", max_zoom=19),
}
DEFAULT_BASEMAP = "none"
