"""The export page: the map page plus export.js (title, north arrow, credits, view), and the
standalone HTML file built from it. No Qt here.

Values reach export.js as one JSON block that it reads with JSON.parse (never through a
template: see explorer.mapview.page); export.js sets all text with textContent.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable
from pathlib import Path

import folium

from explorer.core.atomic import write_text_atomically
from explorer.core.catalogue import Catalogue
from explorer.mapview.page import PAN_PADDING, WEB, add_call, build_map, file_asset_url


def inline_asset_url(relative: str) -> str:
    """A data: URL holding the file under resources/web, so the page needs no other file."""
    path = WEB / relative
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def build_export_map(cat: Catalogue, *, lang: str, text: dict[str, str], chains: list[str],
                     script_options: dict,
                     asset_url: Callable[[str], str] = file_asset_url) -> folium.Map:
    """The map page with no bridge to the app, plus export.js driven by `script_options`.

    script_options (see export.js): title (or None), credits (lines), bbox [W, S, E, N],
    park (id or None), fly (bool: fly to the park), image (bool: hide the app's controls),
    viewport ([width, height] in CSS px the page must have before it draws, or None),
    basemap (Basemap.as_page_data, or None) and basemap_opacity.
    """
    fmap = build_map(cat, lang=lang, text=text, visible_chains=chains, with_bridge=False,
                     asset_url=asset_url,
                     canvas_padding=0 if script_options["image"] else PAN_PADDING)
    fmap.default_js.append(("export", asset_url("export.js")))
    fmap.default_css.append(("export_css", asset_url("export.css")))
    add_call(fmap, "explorerExport", "explorer-export", script_options)
    return fmap


def render_export_page(cat: Catalogue, **options) -> str:
    """The export page as one HTML string (see build_export_map for the options)."""
    return build_export_map(cat, **options).get_root().render()


def standalone_html(cat: Catalogue, **options) -> str:
    """An interactive page that opens offline in any browser: every asset inlined."""
    return render_export_page(cat, asset_url=inline_asset_url, **options)


def write_standalone_html(cat: Catalogue, out: Path, **options) -> None:
    """Write standalone_html(cat, **options) to `out`, atomically."""
    write_text_atomically(out, standalone_html(cat, **options))
