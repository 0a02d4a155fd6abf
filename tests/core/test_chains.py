"""The catalogue chain by chain: every count and figure the chains view shows, computed here
again the plain way (record by record), and the rules for targets, series and frames."""

from dataclasses import replace
from types import SimpleNamespace

import pytest

from explorer.core import chains as core
from explorer.core.model import Figure


def test_every_chain_is_summarised_in_catalogue_order_with_or_without_parks(catalogue):
    summaries = core.summaries(catalogue)
    assert [s.id for s in summaries] == list(catalogue.chains)
    without_parks = {s.id for s in summaries if not s.parks}
    assert {"steel-pipe", "electronics", "logistics", "new-energy-vehicles",
            "agriculture"} <= without_parks


def test_counts_equal_a_plain_count_of_the_records(catalogue):
    firms = [catalogue.tenants[t] for t in catalogue.tenants]
    for s in core.summaries(catalogue):
        parks = [p for p in catalogue.parks.values() if s.id in p.chain_ids]
        assert [p.id for p in s.parks] == [p.id for p in parks]
        assert s.mapped_parks == sum(p.geometry is not None for p in parks)
        mine = [f for f in firms if f.chain_id == s.id]
        assert s.firms_placed == sum(f.geometry is not None for f in mine)
        assert s.firms_unplaced == sum(f.geometry is None for f in mine)
        assert list(s.figures) == [f for f in catalogue.figures
                                   if (f.subject_type, f.subject_id) == ("chain", s.id)]


def test_the_named_firms_of_the_article_belong_to_their_chains(catalogue):
    by_chain = {s.id: s for s in core.summaries(catalogue)}
    assert (by_chain["nuclear"].firms_placed, by_chain["nuclear"].firms_unplaced) == (0, 1)
    assert by_chain["salt-chemicals"].firms == 3
    assert by_chain["steel-pipe"].firms == 1 and by_chain["logistics"].firms == 1
    assert [t.id for t in catalogue.tenants.of_chain("steel-pipe")] == ["hyst"]


def test_headlines_are_the_article_numbers(catalogue):
    by_chain = {s.id: s for s in core.summaries(catalogue)}
    assert by_chain["steel-pipe"].headline("investment").value == 2_004_000_000
    assert by_chain["steel-pipe"].headline("projects").value == 15
    assert by_chain["new-energy-vehicles"].headline("investment").value == 10_507_000_000
    assert by_chain["electronics"].headline("projects").value == 12
    assert by_chain["nonferrous"].headline("projects").value == 15
    for name in core.HEADLINES:
        assert by_chain["agriculture"].headline(name) is None
    assert by_chain["logistics"].headline("projects") is None  # its figures are firms, parks


def test_city_figures_are_the_city_wide_ones(catalogue):
    metrics = {f.metric: f.value for f in core.city_figures(catalogue)}
    assert metrics["chain_firms_output"] == 215_404_000_000
    assert metrics["chain_firms_output_growth"] == 7.65
    assert metrics["chain_firms_tax"] == 5_305_000_000


def test_a_chain_page_holds_the_figures_of_its_parks_and_firms(catalogue):
    figures = core.chain_figures(catalogue, "nuclear")
    subjects = [(f.subject_type, f.subject_id) for f in figures]
    assert ("park", "baisha-ludao") in subjects
    assert subjects.count(("tenant", "cnnc-jinyuan")) == len(
        catalogue.figures_for("tenant", "cnnc-jinyuan"))
    assert core.chain_figures(catalogue, "agriculture") == []


def test_firms_per_park_counts_firms_without_a_park_apart(catalogue):
    assert core.firms_per_park(catalogue, "salt-chemicals") == [("songmu-edz", 3)]
    assert core.firms_per_park(catalogue, "nuclear") == [("baisha-ludao", 0), ("", 1)]
    assert core.firms_per_park(catalogue, "agriculture") == []


def test_chain_bounds_hold_the_parks_and_their_circles(catalogue):
    assert core.chain_bounds(catalogue, "steel-pipe") is None
    west, south, east, north = core.chain_bounds(catalogue, "watch-clock")
    park = catalogue.parks["xidu-time-valley"]
    x, y = park.geometry.x, park.geometry.y
    assert west < x < east and south < y < north
    assert (north - south) == pytest.approx(2 * park.uncertainty_m / 111_320, rel=1e-6)


def test_chains_of_a_selection(catalogue):
    assert core.chains_of(catalogue, "park", "songmu-edz") == ["salt-chemicals"]
    assert core.chains_of(catalogue, "firm", "hyst") == ["steel-pipe"]
    assert core.chains_of(catalogue, "chain", "nuclear") == ["nuclear"]
    assert core.chains_of(catalogue, "park", "nowhere") == []


# -- results and targets -------------------------------------------------------------------

def _figure(metric, value, period="2023", kind="result"):
    return Figure(subject_type="city", subject_id="hengyang", metric=metric, kind=kind,
                  label_zh=metric, label_en=metric, value=value, unit="projects", qualifier="",
                  period=period, source_id="s", quote=f"q {metric}", note_zh="", note_en="")


def test_a_figure_without_a_kind_is_a_result_and_kind_target_is_a_target():
    assert core.figure_kind(SimpleNamespace(metric="a")) == "result"  # an older catalogue
    assert core.figure_kind(_figure("a", 1, kind="target")) == "target"
    assert core.figure_kind(_figure("a", 1)) == "result"


def test_the_catalogues_targets_are_the_2023_targets_of_the_article(catalogue):
    targets = [f for f in core.city_figures(catalogue) if core.figure_kind(f) == "target"]
    assert {(f.metric, f.value, f.period) for f in targets} >= {
        ("projects_started_target", 60, "2023"), ("projects_completed_target", 90, "2023"),
        ("projects_over_100m_target", 40, "2023")}
    assert all(core.headline_of(f) is None or core.figure_kind(f) == "target"
               for f in targets)


def test_targets_sit_beside_results_of_the_same_metric_and_period():
    started = _figure("projects_started", 55)
    target = _figure("projects_started_target", 60, kind="target")
    lone = _figure("projects_completed_target", 90, kind="target")
    other_year = replace(target, period="2024")
    rows = core.pair_targets([started, lone, target, other_year])
    assert rows == [(started, target), (None, lone), (None, other_year)]
    summary = core.ChainSummary(chain=None, parks=(), firms_placed=0, firms_unplaced=0,
                                figures=(started, target, lone))
    assert summary.results == [started] and summary.targets == [target, lone]
    assert summary.headline("projects") is started  # a target is never a headline result


def test_series_over_time_need_more_than_one_period():
    a, b = _figure("x", 1, "2021"), _figure("x", 2, "2022")
    assert core.series_over_time([b, a, _figure("y", 3)]) == [[a, b]]
    assert core.series_over_time([a, _figure("y", 3)]) == []
