"""The comparison: the catalogue's firms through `GeoDataFrame.explore()`, made to work offline.

explore() returns a folium map whose page loads Leaflet, jQuery, Bootstrap and
Leaflet.awesome-markers from CDNs. The page is loaded from a file, which reaches no remote URL
(and the benchmark must run without a network), so Leaflet is pointed at the repository's own
copy and every other remote asset is dropped: none of them is needed to draw GeoJSON circle
markers with tooltips.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

LEAFLET = Path(__file__).resolve().parents[1] / "resources" / "web" / "vendor" / "leaflet-1.9.4"

REMOTE_SCRIPT = re.compile(r"""<script[^>]*\ssrc=["']?(?:https?:)?//[^>]*>\s*</script>""", re.I)
REMOTE_LINK = re.compile(r"""<link[^>]*\shref=["']?(?:https?:)?//[^>]*>""", re.I)


def stand_ins_for_plotting_libraries() -> list[str]:
    """explore() imports matplotlib and mapclassify on every call, but with a list of colours
    for a categorical column it uses neither. Where they are not installed, put minimal
    stand-ins in their place (the page comes out the same) and return their names."""
    missing = []
    for name in ("matplotlib", "mapclassify"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if "matplotlib" in missing:
        mpl = types.ModuleType("matplotlib")
        pyplot = types.ModuleType("matplotlib.pyplot")
        pyplot.colormaps = lambda: []
        colors = types.ModuleType("matplotlib.colors")
        colors.Colormap = type("Colormap", (), {})
        colors.to_hex = lambda c: c
        mpl.pyplot, mpl.colors, mpl.colormaps = pyplot, colors, {}
        sys.modules.update({"matplotlib": mpl, "matplotlib.pyplot": pyplot,
                            "matplotlib.colors": colors})
    if "mapclassify" in missing:
        mapclassify = types.ModuleType("mapclassify")
        mapclassify.classify = None
        sys.modules["mapclassify"] = mapclassify
    return missing


def explore_map(catalogue: Path):
    """The firms of a catalogue (those with a point) via explore(), coloured by chain."""
    import geopandas as gpd
    import pyogrio

    tenants = gpd.read_file(catalogue, layer="tenants")
    chains = pyogrio.read_dataframe(catalogue, layer="chains", read_geometry=False)
    firms = tenants[tenants.geometry.notna()].assign(chain=lambda df: df["chain_id"])
    color_of = dict(zip(chains["id"], chains["color"]))
    # A categorical column's categories are sorted: give the colours in that order.
    cmap = [color_of[c] for c in sorted(firms["chain"].unique())]
    return firms.explore(column="chain", cmap=cmap, tiles=None), len(firms)


def offline_html(fmap) -> str:
    """The page with Leaflet from the repository and no remote asset left."""
    fmap.default_js = [("leaflet", (LEAFLET / "leaflet.js").as_uri())]
    fmap.default_css = [("leaflet_css", (LEAFLET / "leaflet.css").as_uri())]
    page = fmap.get_root().render()
    page = REMOTE_LINK.sub("", REMOTE_SCRIPT.sub("", page))
    left = re.findall(r"""(?:src|href)=["']?(?:https?:)?//[^"' >]+""", page)
    if left:
        raise RuntimeError(f"remote assets left in the explore() page: {left[:5]}")
    return page
