"""The catalogue chain by chain: what the chains view, the chain page and the chain reports
count and show. Qt-free, so that every number they show can be checked without a window.

Only what the catalogue holds is counted or shown; nothing is estimated or filled in. A chain
without parks, firms or figures gets a summary all the same, with its zeros and empty lists.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from explorer.core.catalogue import Catalogue
from explorer.core.model import Chain, Figure, Park

# Headline columns of the chains view, in order.
HEADLINES = ("output", "growth", "investment", "projects")
RESULT, TARGET = "result", "target"
TARGET_SUFFIX = "_target"
# A park drawn as a point without a stated uncertainty is framed this far around (metres).
POINT_MARGIN_M = 1500
METRES_PER_DEGREE = 111_320


def figure_kind(figure: Figure) -> str:
    """'target' for a figure that states an aim for its period, else 'result'.

    Read from the figure's `kind` (or `figure_type`) field where the catalogue has one; a
    catalogue without the field holds results only.
    """
    kind = getattr(figure, "kind", "") or getattr(figure, "figure_type", "") or RESULT
    return TARGET if str(kind).strip().lower() == TARGET else RESULT


def headline_of(figure: Figure) -> str | None:
    """The headline column a chain figure belongs to (one of HEADLINES), or None."""
    metric = figure.metric.lower()
    if figure.unit == "percent" and "growth" in metric:
        return "growth"
    if figure.unit == "CNY" and "investment" in metric:
        return "investment"
    if figure.unit == "CNY" and ("output" in metric or "revenue" in metric):
        return "output"
    if figure.unit == "projects":
        return "projects"
    return None


@dataclass(frozen=True)
class ChainSummary:
    """One chain as the chains view shows it."""

    chain: Chain
    parks: tuple[Park, ...]
    firms_placed: int
    firms_unplaced: int
    figures: tuple[Figure, ...]  # the chain's own figures (results and targets)

    @property
    def id(self) -> str:
        return self.chain.id

    @property
    def mapped_parks(self) -> int:
        return sum(p.is_mapped for p in self.parks)

    @property
    def firms(self) -> int:
        return self.firms_placed + self.firms_unplaced

    @property
    def results(self) -> list[Figure]:
        return [f for f in self.figures if figure_kind(f) == RESULT]

    @property
    def targets(self) -> list[Figure]:
        return [f for f in self.figures if figure_kind(f) == TARGET]

    def headlines(self, name: str) -> list[Figure]:
        """The chain's results in headline column `name`, in catalogue order."""
        return [f for f in self.results if headline_of(f) == name]

    def headline(self, name: str) -> Figure | None:
        """The first result in headline column `name`, or None."""
        found = self.headlines(name)
        return found[0] if found else None


def summarise(cat: Catalogue, chain_id: str) -> ChainSummary:
    """The summary of one chain of `cat` (KeyError for an unknown chain)."""
    chain = cat.chains[chain_id]
    placed, unplaced = cat.tenants.chain_counts(chain_id)
    return ChainSummary(chain=chain, parks=tuple(cat.parks_by_chain([chain_id])),
                        firms_placed=placed, firms_unplaced=unplaced,
                        figures=tuple(cat.figures_for("chain", chain_id)))


def summaries(cat: Catalogue) -> list[ChainSummary]:
    """Every chain of the catalogue, in its order, with or without parks and figures."""
    return [summarise(cat, chain_id) for chain_id in cat.chains]


def city_figures(cat: Catalogue) -> list[Figure]:
    """Figures about the city as a whole (all chains together), results and targets."""
    return [f for f in cat.figures if f.subject_type == "city"]


def other_figures(cat: Catalogue) -> list[Figure]:
    """Figures about neither the city, a chain, a park nor a firm (events, projects, …)."""
    return [f for f in cat.figures
            if f.subject_type not in ("city", "chain", "park", "tenant")]


def chain_figures(cat: Catalogue, chain_id: str) -> list[Figure]:
    """Every figure of a chain's page: the chain's own, then its parks', then its firms'."""
    figures = cat.figures_for("chain", chain_id)
    for park in cat.parks_by_chain([chain_id]):
        figures += cat.figures_for("park", park.id)
    firm_ids = {f.subject_id for f in cat.figures if f.subject_type == "tenant"}
    for firm_id in sorted(firm_ids, key=_first_index(cat)):
        if firm_id in cat.tenants and cat.tenants[firm_id].chain_id == chain_id:
            figures += cat.figures_for("tenant", firm_id)
    return figures


def _first_index(cat: Catalogue):
    order = {}
    for i, figure in enumerate(cat.figures):
        order.setdefault(figure.subject_id, i)
    return lambda subject_id: order[subject_id]


def _pair_key(figure: Figure) -> tuple:
    metric = figure.metric
    if figure_kind(figure) == TARGET and metric.endswith(TARGET_SUFFIX):
        metric = metric[:-len(TARGET_SUFFIX)]
    return figure.subject_type, figure.subject_id, metric, figure.period, figure.unit


def pair_targets(figures: list[Figure]) -> list[tuple[Figure | None, Figure | None]]:
    """(result, target) rows: a target sits next to the result of the same subject, metric
    (less a '_target' suffix), period and unit; either side may be None. Results keep their
    order; targets without a result follow them."""
    targets = [f for f in figures if figure_kind(f) == TARGET]
    by_key = {}
    for target in targets:
        by_key.setdefault(_pair_key(target), target)
    rows, used = [], set()
    for result in (f for f in figures if figure_kind(f) == RESULT):
        target = by_key.get(_pair_key(result))
        if target is not None and id(target) not in used:
            used.add(id(target))
            rows.append((result, target))
        else:
            rows.append((result, None))
    rows += [(None, t) for t in targets if id(t) not in used]
    return rows


def series_over_time(figures: list[Figure]) -> list[list[Figure]]:
    """Figures of one subject, metric, kind and unit over more than one period, each series
    sorted by period; the chart 'figures over time' draws these and nothing else."""
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        key = (figure.subject_type, figure.subject_id, figure.metric, figure_kind(figure),
               figure.unit)
        groups[key].append(figure)
    series = []
    for group in groups.values():
        if len({f.period for f in group}) > 1:
            series.append(sorted(group, key=lambda f: f.period))
    return series


def firms_per_park(cat: Catalogue, chain_id: str) -> list[tuple[str, int]]:
    """(park id, firms of the chain in it) for each park of the chain, then ('', n) for the
    chain's firms that no source puts in one of its parks, if any."""
    counts = cat.tenants.park_counts(chain_id)
    rows = [(park.id, counts.pop(park.id, 0)) for park in cat.parks_by_chain([chain_id])]
    elsewhere = sum(counts.values())
    if elsewhere:
        rows.append(("", elsewhere))
    return rows


def chain_bounds(cat: Catalogue, chain_id: str) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) in degrees around the chain's mapped parks (with their
    uncertainty circles) and placed firms; None when none of them has a place."""
    boxes = [_park_box(p) for p in cat.parks_by_chain([chain_id]) if p.is_mapped]
    firms = cat.tenants.placed_bounds(chain_id)
    if firms is not None:
        boxes.append(firms)
    if not boxes:
        return None
    west, south, east, north = zip(*boxes)
    return min(west), min(south), max(east), max(north)


def _park_box(park: Park) -> tuple[float, float, float, float]:
    west, south, east, north = park.geometry.bounds
    if park.geometry.geom_type != "Point" and not park.uncertainty_m:
        return west, south, east, north
    radius = park.uncertainty_m or POINT_MARGIN_M
    dlat = radius / METRES_PER_DEGREE
    dlon = dlat / max(math.cos(math.radians((south + north) / 2)), 0.01)
    return west - dlon, south - dlat, east + dlon, north + dlat


def chains_of(cat: Catalogue, kind: str, item_id: str) -> list[str]:
    """The chains a selected park, firm or chain belongs to (empty for an unknown id)."""
    if kind == "chain":
        return [item_id] if item_id in cat.chains else []
    if kind == "park" and item_id in cat.parks:
        return list(cat.parks[item_id].chain_ids)
    if kind == "firm" and item_id in cat.tenants:
        return [cat.tenants[item_id].chain_id]
    return []
