"""What the chain page, the chains view and the reports show, as plain JSON-ready data in one
language: names, formatted figures with their source sentences, counts, chart series.

Built from `explorer.core.chains` only; nothing is estimated. Only QtCore (for translations)
is used, so the data can be built and checked without a QApplication.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from explorer.core import chains as core
from explorer.core.catalogue import Catalogue
from explorer.core.model import Figure, display_name
from explorer.core.numbers import format_figure
from explorer.export.i18n import translate

FIRMS_LISTED = 200  # a chain page lists this many firms, then says how many more there are

# Every text the chain page and the reports draw; English sources, see resources/translations.
TEXT = {
    "confirmed": QT_TRANSLATE_NOOP("Chains", "A source confirms it is one of the city's 14 "
                                   "chains."),
    "not_confirmed": QT_TRANSLATE_NOOP("Chains", "Not confirmed as one of the city's 14 "
                                       "chains."),
    "parks": QT_TRANSLATE_NOOP("Chains", "Parks"),
    "no_parks": QT_TRANSLATE_NOOP("Chains", "The catalogue holds no park of this chain."),
    "not_on_map": QT_TRANSLATE_NOOP("Chains", "not on the map"),
    "firms": QT_TRANSLATE_NOOP("Chains", "Firms"),
    "no_firms": QT_TRANSLATE_NOOP("Chains", "The catalogue holds no firm of this chain."),
    "no_park_known": QT_TRANSLATE_NOOP("Chains", "no park known"),
    "firms_more": QT_TRANSLATE_NOOP("Chains", "… and {n} more firms (File → Export chain "
                                    "report… lists them all)"),
    "figures": QT_TRANSLATE_NOOP("Chains", "Figures"),
    "no_figures": QT_TRANSLATE_NOOP("Chains", "The catalogue holds no figures for this "
                                    "chain, its parks or its firms."),
    "of": QT_TRANSLATE_NOOP("Chains", "Of"),
    "figure": QT_TRANSLATE_NOOP("Chains", "Figure"),
    "result": QT_TRANSLATE_NOOP("Chains", "Result"),
    "target": QT_TRANSLATE_NOOP("Chains", "Target"),
    "period": QT_TRANSLATE_NOOP("Chains", "Period"),
    "source": QT_TRANSLATE_NOOP("Chains", "Source"),
    "quote": QT_TRANSLATE_NOOP("Chains", "Source sentence"),
    "not_stated": QT_TRANSLATE_NOOP("Chains", "not stated"),
    "hover": QT_TRANSLATE_NOOP("Chains", "Hover a figure to read the sentence it comes "
                               "from. Click a park or a firm to show it on the map."),
    "charts": QT_TRANSLATE_NOOP("Chains", "Charts"),
    "firms_per_park": QT_TRANSLATE_NOOP("Chains", "Firms per park"),
    "no_firm_chart": QT_TRANSLATE_NOOP("Chains", "No firm of this chain is in the catalogue, "
                                       "so there is no chart of firms per park."),
    "over_time": QT_TRANSLATE_NOOP("Chains", "Figures over time"),
    "no_time_chart": QT_TRANSLATE_NOOP("Chains", "No figure here has more than one period, "
                                       "so there is nothing to draw over time."),
    "map": QT_TRANSLATE_NOOP("Chains", "Map"),
    "no_map": QT_TRANSLATE_NOOP("Chains", "None of this chain's parks or firms has a place "
                                "on the map, so the report has no map."),
    "map_note": QT_TRANSLATE_NOOP("Chains", "Dots: parks, in the chain's colour; dashed "
                                  "circles: the area a park placed only approximately lies "
                                  "in."),
    "sources": QT_TRANSLATE_NOOP("Chains", "Sources"),
    "report_title": QT_TRANSLATE_NOOP("Chains", "Chain report"),
    "overview_title": QT_TRANSLATE_NOOP("Chains", "Industrial chains of {city}: overview"),
    "made": QT_TRANSLATE_NOOP("Chains", "Made on {date} with Hengyang Park Explorer from "
                              "its catalogue."),
    "city": QT_TRANSLATE_NOOP("Chains", "All chains together (city-wide)"),
    "no_city": QT_TRANSLATE_NOOP("Chains", "The catalogue holds no city-wide figures."),
    "chains": QT_TRANSLATE_NOOP("Chains", "Chains"),
    "chain": QT_TRANSLATE_NOOP("Chains", "Chain"),
    "confirmed_short": QT_TRANSLATE_NOOP("Chains", "Confirmed"),
    "yes": QT_TRANSLATE_NOOP("Chains", "yes"),
    "no": QT_TRANSLATE_NOOP("Chains", "no"),
    "firms_placed": QT_TRANSLATE_NOOP("Chains", "Firms on the map"),
    "firms_unplaced": QT_TRANSLATE_NOOP("Chains", "Firms without a place"),
    "output": QT_TRANSLATE_NOOP("Chains", "Output"),
    "growth": QT_TRANSLATE_NOOP("Chains", "Growth"),
    "investment": QT_TRANSLATE_NOOP("Chains", "Investment"),
    "projects": QT_TRANSLATE_NOOP("Chains", "Projects"),
    "parks_firms_chart": QT_TRANSLATE_NOOP("Chains", "Parks and firms per chain"),
    "other": QT_TRANSLATE_NOOP("Chains", "Other figures of the source (events)"),
    "counts": QT_TRANSLATE_NOOP("Chains", "Parks: {parks} ({mapped} on the map) · firms on "
                                "the map: {placed} · firms without a place: {unplaced}"),
    "none": QT_TRANSLATE_NOOP("Chains", "—"),
}
SUBJECT_WORDS = {
    "chain": QT_TRANSLATE_NOOP("Chains", "the chain"),
    "city": QT_TRANSLATE_NOOP("Chains", "the city"),
}


def page_text(lang: str) -> dict[str, str]:
    """Every text of the chain page and reports in `lang`."""
    return {key: translate("Chains", source, lang) for key, source in TEXT.items()}


def _text(key: str, lang: str) -> str:
    return translate("Chains", TEXT[key], lang)


# -- pieces ---------------------------------------------------------------------------------

def subject_name(cat: Catalogue, figure: Figure, lang: str) -> str:
    """What a figure is about, named in `lang`: the chain, a park, a firm, an event."""
    kind, item = figure.subject_type, figure.subject_id
    if kind in SUBJECT_WORDS:
        return translate("Chains", SUBJECT_WORDS[kind], lang)
    records = {"park": cat.parks, "tenant": cat.tenants,
               "organisation": getattr(cat, "entities", {}),
               "event": getattr(cat, "entities", {})}.get(kind, {})
    record = records.get(item) if item in records else None
    return display_name(record, lang) if record is not None else item


def source_data(cat: Catalogue, source_id: str, lang: str) -> dict:
    """A source as the page names it: title (with an English gloss where the catalogue has
    one), publisher, date, URL, licence."""
    source = cat.sources.get(source_id)
    if source is None:
        return {"id": source_id, "title": source_id, "publisher": "", "date": "", "url": "",
                "licence": ""}
    title = source.title
    gloss = getattr(source, "title_en", "")
    if lang == "en" and gloss and gloss != title:
        title = f"{title} ({gloss})"
    return {"id": source.id, "title": title, "publisher": source.publisher,
            "date": source.date, "url": source.url, "licence": source.licence}


def period_text(figure: Figure, lang: str) -> str:
    return figure.period or _text("not_stated", lang)


def figure_cell(cat: Catalogue, figure: Figure | None, lang: str) -> dict | None:
    """One figure: its label, formatted value, period, source and source sentence."""
    if figure is None:
        return None
    source = source_data(cat, figure.source_id, lang)
    return {"label": figure.label_en if lang == "en" else figure.label_zh,
            "value": format_figure(figure, lang), "number": figure.value,
            "unit": figure.unit, "period": period_text(figure, lang),
            "kind": core.figure_kind(figure), "source": short_source(source),
            "source_id": figure.source_id, "quote": figure.quote}


def short_source(source: dict) -> str:
    """A source named in a few words: its publisher, without reporters or glosses."""
    name = source["publisher"].split(";")[0].split(" (")[0].strip()
    return name or source["title"]


def figure_rows(cat: Catalogue, figures: list[Figure], lang: str) -> list[dict]:
    """Rows of a figures table: a result and, beside it, the target of the same metric and
    period where the catalogue has both."""
    rows = []
    for result, target in core.pair_targets(figures):
        first = result or target
        rows.append({"of": subject_name(cat, first, lang),
                     "label": figure_cell(cat, first, lang)["label"],
                     "result": figure_cell(cat, result, lang),
                     "target": figure_cell(cat, target, lang)})
    return rows


def chain_head(cat: Catalogue, summary: core.ChainSummary, lang: str) -> dict:
    """A chain's name in both languages, colour, whether a source confirms it, its quote."""
    chain = summary.chain
    other = chain.name_en if lang == "zh" else chain.name_zh
    note = getattr(chain, f"note_{lang}", "") or getattr(chain, "note", "")
    return {"id": chain.id, "name": display_name(chain, lang), "other": other,
            "color": chain.color, "confirmed": chain.official_confirmed,
            "status": _text("confirmed" if chain.official_confirmed else "not_confirmed", lang),
            "quote": chain.quote, "note": note,
            "source": source_data(cat, chain.source_id, lang)}


def park_rows(cat: Catalogue, summary: core.ChainSummary, lang: str) -> list[dict]:
    rows = []
    for park in summary.parks:
        district = cat.district(park.district_code)
        rows.append({"id": park.id, "name": display_name(park, lang),
                     "other": park.name_en if lang == "zh" else park.name_zh,
                     "district": display_name(district, lang) if district else "",
                     "mapped": park.is_mapped})
    return rows


def firm_rows(cat: Catalogue, chain_id: str, lang: str,
              limit: int | None = FIRMS_LISTED) -> list[dict]:
    rows = []
    for firm in cat.tenants.of_chain(chain_id, limit):
        park = cat.parks.get(firm.park_id)
        rows.append({"id": firm.id, "name": display_name(firm, lang),
                     "other": firm.name_en if lang == "zh" else firm.name_zh,
                     "park": display_name(park, lang) if park else "",
                     "park_id": park.id if park else "", "source_id": firm.source_id,
                     "placed": firm.geometry is not None})
    return rows


def _time_series(cat: Catalogue, figures: list[Figure], lang: str) -> list[dict]:
    series = []
    for group in core.series_over_time(figures):
        first = group[0]
        series.append({"name": f"{subject_name(cat, first, lang)} · "
                               f"{first.label_en if lang == 'en' else first.label_zh}",
                       "periods": [f.period for f in group], "values": [f.value for f in group],
                       "labels": [format_figure(f, lang) for f in group],
                       "kind": core.figure_kind(first)})
    return series


def _sources(cat: Catalogue, source_ids, lang: str) -> list[dict]:
    return [source_data(cat, s, lang) for s in dict.fromkeys(s for s in source_ids if s)]


def chain_page(cat: Catalogue, chain_id: str, lang: str, *, firms_limit=FIRMS_LISTED,
               today: date | None = None) -> dict:
    """Everything the page (or report) of one chain shows, in `lang`."""
    summary = core.summarise(cat, chain_id)
    figures = core.chain_figures(cat, chain_id)
    firms = firm_rows(cat, chain_id, lang, firms_limit)
    per_park = core.firms_per_park(cat, chain_id)
    source_ids = [summary.chain.source_id] + [f.source_id for f in figures]
    source_ids += [p.location_source_id for p in summary.parks]
    source_ids += [f["source_id"] for f in firms]
    return {
        "kind": "chain", "lang": lang, "text": page_text(lang),
        "date": (today or date.today()).isoformat(),
        "chain": chain_head(cat, summary, lang),
        "counts": {"parks": len(summary.parks), "mapped": summary.mapped_parks,
                   "firms_placed": summary.firms_placed,
                   "firms_unplaced": summary.firms_unplaced},
        "parks": park_rows(cat, summary, lang),
        "firms": firms, "firms_more": summary.firms - len(firms),
        "figures": figure_rows(cat, figures, lang),
        "charts": {
            "firms_per_park": {
                "names": [display_name(cat.parks[p], lang) if p else _text("no_park_known", lang)
                          for p, _ in per_park],
                "counts": [n for _, n in per_park]} if summary.firms else None,
            "over_time": _time_series(cat, figures, lang)},
        "sources": _sources(cat, source_ids, lang),
    }


def headline_cell(cat: Catalogue, summary: core.ChainSummary, name: str,
                  lang: str) -> dict | None:
    """The chain's first result in a headline column, with how many more it has there."""
    found = summary.headlines(name)
    if not found:
        return None
    cell = figure_cell(cat, found[0], lang)
    cell["more"] = len(found) - 1
    return cell


def chain_row(cat: Catalogue, summary: core.ChainSummary, lang: str) -> dict:
    """One row of the chains view (and of the overview report)."""
    return {"id": summary.id, "name": display_name(summary.chain, lang),
            "color": summary.chain.color, "confirmed": summary.chain.official_confirmed,
            "parks": len(summary.parks), "mapped": summary.mapped_parks,
            "firms_placed": summary.firms_placed, "firms_unplaced": summary.firms_unplaced,
            "headlines": {name: headline_cell(cat, summary, name, lang)
                          for name in core.HEADLINES},
            "targets": len(summary.targets)}


def overview_page(cat: Catalogue, lang: str, today: date | None = None) -> dict:
    """Everything the city overview report shows: city figures (results and targets), one
    row per chain, parks and firms per chain, other figures, sources."""
    summaries = core.summaries(cat)
    city_rows = cat.districts[cat.districts["kind"] == "city"]
    city = (city_rows.iloc[0]["name_en" if lang == "en" else "name_zh"]
            if not city_rows.empty else "")
    city_figures, others = core.city_figures(cat), core.other_figures(cat)
    rows = [chain_row(cat, s, lang) for s in summaries]
    source_ids = [s.chain.source_id for s in summaries]
    source_ids += [f.source_id for f in city_figures + others]
    source_ids += [f.source_id for s in summaries for f in s.figures]
    return {
        "kind": "overview", "lang": lang, "text": page_text(lang),
        "date": (today or date.today()).isoformat(),
        "title": _text("overview_title", lang).format(city=city),
        "city": figure_rows(cat, city_figures, lang),
        "chains": rows,
        "chain_figures": {s.id: figure_rows(cat, list(s.figures), lang) for s in summaries},
        "other": figure_rows(cat, others, lang),
        "charts": {"parks_firms": {
            "names": [r["name"] for r in rows], "colors": [r["color"] for r in rows],
            "parks": [r["parks"] for r in rows],
            "firms": [r["firms_placed"] + r["firms_unplaced"] for r in rows]}},
        "sources": _sources(cat, source_ids, lang),
    }
