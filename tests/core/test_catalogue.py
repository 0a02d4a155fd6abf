"""The bundled catalogue: honest, sourced, inside Hengyang, and queryable."""

import shapely
import pytest

from explorer.core.catalogue import load_catalogue
from tests.conftest import SEED_ARTICLE

ARTICLE = "hyrb-2023-chains"


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_counts(cat):
    assert len(cat.chains) == 13
    assert sum(c.official_confirmed for c in cat.chains.values()) == 10
    assert len(cat.districts) == 13
    assert "xidu-time-valley" in cat.parks and "baisha-ludao" in cat.parks


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="the article copy lives in ../shared")
def test_every_quote_of_the_article_is_verbatim(cat):
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    quotes = [f.quote for f in cat.figures if f.source_id == ARTICLE]
    quotes += [c.quote for c in cat.chains.values() if c.source_id == ARTICLE]
    quotes += [t.quote for t in cat.tenants.values() if t.source_id == ARTICLE and t.quote]
    assert len(quotes) > 40
    missing = [q for q in quotes if q not in article]
    assert missing == []


def test_every_figure_has_a_known_source_and_a_quote(cat):
    for fig in cat.figures:
        assert fig.source_id in cat.sources and fig.quote.strip()


def test_article_figures_keep_their_units(cat):
    output = cat.figures_for("city", "hengyang")
    by_metric = {f.metric: f for f in output}
    assert by_metric["chain_firms_output"].value == 215_404_000_000
    assert by_metric["chain_firms_output"].unit == "CNY"
    built = {f.metric: f for f in cat.figures_for("park", "xidu-time-valley")}["built_area"]
    assert (built.value, built.unit, built.qualifier) == (400_000, "m2", ">")


def test_mapped_parks_lie_inside_hengyang(cat):
    city = cat.districts[cat.districts["kind"] == "city"].geometry.iloc[0]
    mapped = [p for p in cat.parks.values() if p.is_mapped]
    assert len(mapped) >= 5
    for park in mapped:
        assert shapely.covers(city, park.geometry), park.id


def test_no_coordinate_without_a_reason(cat):
    """A drawn park either cites where its point comes from, or is placed in its district."""
    for park in cat.parks.values():
        if not park.is_mapped:
            assert park.location_precision == "unknown"
            continue
        assert park.location_precision != "surveyed"  # no source gave a surveyed point
        assert park.uncertainty_m and park.uncertainty_m >= 1000
        assert park.location_source_id in cat.sources
        if park.location_precision == "district":
            district = cat.districts.set_index("adcode").geometry[park.district_code]
            assert shapely.covers(district, park.geometry), park.id


def test_unknown_places_stay_visible_gaps(cat):
    assert not cat.parks["smart-medical-park"].is_mapped
    assert any("no location" in str(w) for w in cat.warnings)


def test_queries(cat):
    assert [p.id for p in cat.parks_by_chain(["textile"])] == ["xiangnan-textile-base"]
    assert {p.id for p in cat.parks_by_chain(["textile", "nonferrous"])} == {
        "xiangnan-textile-base", "shuikoushan-edz"}
    assert [p.id for p in cat.search("时间谷")] == ["xidu-time-valley"]
    assert [p.id for p in cat.search("TIME valley")] == ["xidu-time-valley"]
    assert len(cat.search("  ")) == len(cat.parks)
    assert {p.id for p in cat.parks_in_district("430482")} == {
        "xiangnan-textile-base", "shuikoushan-edz"}
    assert {t.id for t in cat.tenants_of("songmu-edz")} == {
        "kingboard-hengyang", "jianheng", "ruida-power"}
    assert cat.district("430421").name_zh == "衡阳县"
    assert cat.district("999999") is None
