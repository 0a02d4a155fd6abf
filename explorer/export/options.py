"""What an export shows and where it goes: options, their checks, and the text drawn on the map.

Shared by the command line and the window. Only QtCore is used (for translations), never
widgets, so the HTML export and the checks run without a QApplication.
"""

from __future__ import annotations

import os
import re
import signal
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from explorer.core.catalogue import Catalogue
from explorer.core.model import display_name, publisher_name
from explorer.export.i18n import translate
from explorer.mapview.basemaps import BASEMAPS, FILE_PREFIX, Basemap, datum_name
from explorer.mapview.page import attributions

FORMATS = {".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html"}
PAPERS = ("A4", "A3")
LANGUAGES = ("zh", "en")
MAX_SCALE = 4
MIN_SIDE = 100
MAX_PIXELS = 30_000_000  # Chromium fails to capture pictures above about 33 million pixels
TITLE_CHAINS = 3  # a default title names at most this many chains, else counts them


class ExportError(Exception):
    """An export that cannot be done; the message names the problem for the user."""


class Interrupted(Exception):
    """An export stopped by a signal (SIGINT, SIGTERM) before it wrote its file."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"stopped by {signal.Signals(signum).name}")

    @property
    def exit_code(self) -> int:
        """What a shell reports for a process the signal ended: 130 for SIGINT, 143 for
        SIGTERM."""
        return 128 + self.signum


@dataclass(frozen=True)
class ExportOptions:
    """One snapshot of the map.

    size is the map's size in CSS pixels and scale the number of image pixels per CSS pixel
    (PNG only: a PDF takes its size from the paper and is drawn at 300 dpi). No chains means
    all chains; bbox is (west, south, east, north) in degrees and wins over the park's own
    view; the park is then only highlighted. `view` (lat, lon, zoom, WGS-84) wins over
    both: the exact view of the screen, for an export of "the current view" at the screen's
    size. A title of None means the default title (the park's name when a park is given).
    basemap names the tiles under the map (explorer.mapview.basemaps; none by default).
    """

    size: tuple[int, int] = (1600, 1000)
    scale: int = 1
    chains: tuple[str, ...] = ()
    park: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    title: str | None = None
    lang: str = "zh"
    paper: str = "A4"
    landscape: bool = False
    view: tuple[float, float, float] | None = None
    basemap: str = "none"  # a key of BASEMAPS, or "file:<path>" of a tile file
    basemap_opacity: float = 1.0


# -- parsing (command line, dialog fields) ------------------------------------------------

def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' -> (1920, 1080)."""
    match = re.fullmatch(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*", text)
    if not match:
        raise ExportError(f"bad size '{text}': expected WIDTHxHEIGHT, e.g. 1920x1080")
    return int(match[1]), int(match[2])


def parse_scale(text: str) -> int:
    if not text.strip().isdigit():
        raise ExportError(f"bad scale '{text}': expected a whole number from 1 to {MAX_SCALE}")
    return int(text)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """'W,S,E,N' in degrees -> a tuple of four floats."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise ExportError(f"bad bbox '{text}': expected four numbers WEST,SOUTH,EAST,NORTH "
                          "in degrees, e.g. 112.4,26.7,112.8,27.0") from None
    return west, south, east, north


# -- checks ------------------------------------------------------------------------------

def export_format(path: Path | str) -> str:
    """'png', 'pdf' or 'html', from the file name's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"unknown file type '{suffix or Path(path).name}' for {path}: "
                          "use .png, .pdf or .html")
    return FORMATS[suffix]


def check_target(path: Path | str) -> None:
    """Fail early, before any work, when `path` cannot be written."""
    path = Path(path)
    export_format(path)
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {path}: folder {folder} is not writable")


def check_options(cat: Catalogue, options: ExportOptions) -> None:
    """Raise ExportError naming the first problem with `options` for this catalogue."""
    if options.lang not in LANGUAGES:
        raise ExportError(f"unknown language '{options.lang}': use zh or en")
    if options.paper not in PAPERS:
        raise ExportError(f"unknown paper '{options.paper}': use A4 or A3")
    _check_size(options.size, options.scale)
    for chain_id in options.chains:
        if chain_id not in cat.chains:
            raise ExportError(f"unknown chain '{chain_id}' (known: {', '.join(cat.chains)})")
    if options.park is not None:
        _check_park(cat, options)
    if options.bbox is not None:
        _check_bbox(options.bbox)
    if not options.basemap.startswith(FILE_PREFIX) and options.basemap not in BASEMAPS:
        raise ExportError(f"unknown basemap '{options.basemap}' (known: {', '.join(BASEMAPS)}, "
                          "or an .mbtiles or .gpkg file of raster tiles)")
    if not 0 <= options.basemap_opacity <= 1:
        raise ExportError(f"bad basemap opacity {options.basemap_opacity}: use 0 to 1")
    if not drawn_chains(cat, options):
        raise ExportError(f"nothing to draw: {_chain_list(cat, shown_chains(cat, options))} "
                          "has no park or firm with a place on the map")


def drawn_chains(cat: Catalogue, options: ExportOptions) -> list[str]:
    """The chains shown that have something on the map: a park or a firm with a place."""
    placed = {p for park in cat.parks.values() if park.is_mapped for p in park.chain_ids}
    if cat.tenants.placed_count:
        order = list(cat.chains)
        placed |= {order[i] for i in set(cat.tenants.placed_chains(order).tolist())}
    return [c for c in shown_chains(cat, options) if c in placed]


def empty_chains(cat: Catalogue, options: ExportOptions) -> list[str]:
    """The chains asked for that have nothing to draw (for a warning)."""
    drawn = set(drawn_chains(cat, options))
    return [c for c in shown_chains(cat, options) if c not in drawn]


def _chain_list(cat: Catalogue, chain_ids: list[str]) -> str:
    names = [f"'{c}'" for c in chain_ids]
    if len(chain_ids) == len(cat.chains):
        return "the catalogue"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _check_size(size: tuple[int, int], scale: int) -> None:
    width, height = size
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ExportError(f"bad size {width}x{height}: width and height must be at least "
                          f"{MIN_SIDE} px")
    if not 1 <= scale <= MAX_SCALE:
        raise ExportError(f"bad scale {scale}: use 1 to {MAX_SCALE}")
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        raise ExportError(f"image too large: {width * scale}x{height * scale} is "
                          f"{pixels / 1e6:.1f} million pixels, the limit is "
                          f"{MAX_PIXELS / 1e6:.0f} million; use a smaller size or scale")


def _check_park(cat: Catalogue, options: ExportOptions) -> None:
    park = cat.parks.get(options.park)
    if park is None:
        raise ExportError(f"unknown park '{options.park}' (known: {', '.join(cat.parks)})")
    if not park.is_mapped:
        raise ExportError(f"park '{park.id}' has no place on the map")
    if not set(park.chain_ids) & set(shown_chains(cat, options)):
        raise ExportError(f"park '{park.id}' belongs to none of the chains shown "
                          f"(its chains: {', '.join(park.chain_ids)})")


def _check_bbox(bbox: tuple[float, float, float, float]) -> None:
    west, south, east, north = bbox
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise ExportError(f"bad bbox {west},{south},{east},{north}: need west < east within "
                          "-180..180 and south < north within -90..90 degrees")


def shown_chains(cat: Catalogue, options: ExportOptions) -> list[str]:
    """The chain ids drawn, in the catalogue's order."""
    wanted = set(options.chains) or set(cat.chains)
    return [chain_id for chain_id in cat.chains if chain_id in wanted]


# -- text on the map ----------------------------------------------------------------------

# Text drawn on exported maps: English sources, translated by resources/translations.
TITLE_ALL = QT_TRANSLATE_NOOP("Export", "Industrial parks of {city}")
TITLE_COUNT = QT_TRANSLATE_NOOP("Export", "Industrial parks of {city}: {count} chains")
TITLE_CHAIN_NAMES = QT_TRANSLATE_NOOP("Export", "Industrial parks of {city}: {chains}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Export", ", ")
SOURCES_LINE = QT_TRANSLATE_NOOP("Export", "Sources: {sources}")
DATE_LINE = QT_TRANSLATE_NOOP("Export", "Exported {date}")
BASEMAP_LINE = QT_TRANSLATE_NOOP("Export", "Basemap: {credit} · datum {datum}")
BASEMAP_SHIFTED = QT_TRANSLATE_NOOP(
    "Export", "Basemap: {credit} · datum {datum}: the data (WGS-84) are drawn shifted to match")
BASEMAP_NOT_EMBEDDED = QT_TRANSLATE_NOOP(
    "Export", "Basemap file {name} not embedded: this page shows no tiles")
FIRMS_NOT_DRAWN = QT_TRANSLATE_NOOP(
    "Export", "Firms not drawn: the {count} firms of this database are shown by view in the "
    "window only")
LEGEND_TITLE = QT_TRANSLATE_NOOP("Export", "Industrial chains")
LEGEND_EMPTY = QT_TRANSLATE_NOOP("Export", "No chain shown")


def _text(source: str, lang: str) -> str:
    """A source string (marked with QT_TRANSLATE_NOOP for lupdate) in `lang`."""
    return translate("Export", source, lang)


def default_title(cat: Catalogue, options: ExportOptions) -> str:
    """The city and the chains shown, e.g. '衡阳市产业园区分布图：纺织服装、钟表'."""
    city_rows = cat.districts[cat.districts["kind"] == "city"]
    city = (city_rows.iloc[0]["name_en" if options.lang == "en" else "name_zh"]
            if not city_rows.empty else "")
    chains = shown_chains(cat, options)
    if len(chains) == len(cat.chains):
        return _text(TITLE_ALL, options.lang).format(city=city)
    if len(chains) > TITLE_CHAINS:
        return _text(TITLE_COUNT, options.lang).format(
            city=city, count=len(chains))
    names = _text(LIST_SEPARATOR, options.lang).join(
        display_name(cat.chains[c], options.lang) for c in chains)
    return _text(TITLE_CHAIN_NAMES, options.lang).format(
        city=city, chains=names)


def title_of(cat: Catalogue, options: ExportOptions) -> str:
    """The title given, else the park's name for a park's map, else the default title."""
    if options.title is not None:
        return options.title
    if options.park is not None and options.park in cat.parks:
        return display_name(cat.parks[options.park], options.lang)
    return default_title(cat, options)


def credits(cat: Catalogue, options: ExportOptions, today: date | None = None,
            basemap: Basemap | None = None) -> list[str]:
    """Lines naming the publishers of the data shown, the basemap with its datum, the map
    credits and the export date."""
    lang = options.lang
    publishers = _text(LIST_SEPARATOR, lang).join(_publishers(cat, shown_chains(cat, options), lang))
    lines = [_text(SOURCES_LINE, lang).format(sources=publishers)] if publishers else []
    if basemap is not None and basemap.base is not None:
        line = BASEMAP_SHIFTED if basemap.shifted else BASEMAP_LINE
        lines.append(_text(line, lang).format(credit=basemap.credit(lang),
                                              datum=datum_name(basemap.datum)))
    if cat.tenants.by_view:  # the export's page holds no firm (see tenant_points)
        lines.append(_text(FIRMS_NOT_DRAWN, lang).format(count=f"{len(cat.tenants):,}"))
    lines.append(" · ".join(attributions(cat, lang)))
    lines.append(_text(DATE_LINE, lang).format(
        date=(today or date.today()).isoformat()))
    return lines


def _publishers(cat: Catalogue, chain_ids: list[str], lang: str) -> list[str]:
    """Short publisher names of the sources behind the chains and park places shown, in
    `lang` where the catalogue has the name in it."""
    source_ids = [cat.chains[c].source_id for c in chain_ids]
    source_ids += [p.location_source_id for p in cat.parks_by_chain(chain_ids) if p.is_mapped]
    names = []
    for source_id in source_ids:
        source = cat.sources.get(source_id)
        if source and source.publisher:
            name = publisher_name(source, lang)
            names.append(name.split(";")[0].split(" (")[0].strip())
    return list(dict.fromkeys(names))


def page_text(lang: str) -> dict[str, str]:
    """The strings explorer.js draws in the legend."""
    return {"legend": _text(LEGEND_TITLE, lang), "legend_empty": _text(LEGEND_EMPTY, lang)}


def page_options(cat: Catalogue, options: ExportOptions, *, image: bool,
                 viewport: tuple[int, int] | None = None, show_title: bool = True,
                 basemap: Basemap | None = None) -> dict:
    """Keyword arguments for html.build_export_map: what the page draws and how.

    image: a picture (app controls hidden), else an interactive page; viewport: the CSS
    size the page must reach before it draws; show_title: False when the title is drawn
    outside the map (PDF); basemap: the tiles under the map. A standalone page embeds no
    tile file: it says so in its credits instead.
    """
    west, south, east, north = options.bbox or cat.districts.total_bounds
    lines = credits(cat, options, basemap=basemap)
    if basemap is not None and basemap.is_file and not image:
        lines.insert(-2, _text(BASEMAP_NOT_EMBEDDED, options.lang).format(
            name=Path(basemap.id[len(FILE_PREFIX):]).name))
        basemap = None
    return {
        "lang": options.lang,
        "text": page_text(options.lang),
        "chains": shown_chains(cat, options),
        "script_options": {
            "title": title_of(cat, options) if show_title else None,
            "credits": lines,
            "basemap": basemap.as_page_data(options.lang) if basemap else None,
            "basemap_opacity": options.basemap_opacity,
            "bbox": [float(west), float(south), float(east), float(north)],
            "view": list(options.view) if options.view else None,
            "park": options.park,
            "fly": options.park is not None and options.bbox is None and options.view is None,
            "image": image,
            "viewport": list(viewport) if viewport else None,
        },
    }
