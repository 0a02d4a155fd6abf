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
    quotes += [e.quote for e in cat.entities.values() if e.source_id == ARTICLE]
    assert len(quotes) >= 70
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


def notes(cat):
    """(where, Chinese, English) of every note the app shows."""
    for chain in cat.chains.values():
        yield f"chain {chain.id}", chain.note_zh, chain.note_en
    for park in cat.parks.values():
        yield f"park {park.id}", park.location_note_zh, park.location_note_en
    for tenant in cat.tenants.values():
        yield f"tenant {tenant.id}", tenant.note_zh, tenant.note_en
    for n, fig in enumerate(cat.figures, start=1):
        yield f"figure {n}", fig.note_zh, fig.note_en
    for entity in cat.entities.values():
        yield f"entity {entity.id}", entity.note_zh, entity.note_en


def test_every_note_is_in_both_languages(cat):
    one_sided = [where for where, zh, en in notes(cat) if bool(zh.strip()) != bool(en.strip())]
    assert one_sided == []
    assert all(zh and en for where, zh, en in notes(cat) if where.startswith("park "))
    chinese = [where for where, zh, en in notes(cat) if not any("\u4e00" <= c <= "\u9fff"
                                                                  for c in zh + "一")]
    assert chinese == []


def test_no_note_shows_an_internal_id(cat):
    ids = [i for i in [*cat.sources, *cat.parks, *cat.tenants, *cat.entities] if "-" in i]
    shown = [(where, i) for where, zh, en in notes(cat) for i in ids if i in zh or i in en]
    # Chain ids are English words ('steel-pipe'): only out of place in a Chinese note.
    shown += [(where, i) for where, zh, en in notes(cat) for i in cat.chains if i in zh]
    assert shown == []
    assert "hyqss-2021-time-valley" in ids


def test_the_four_sites_of_the_article_are_on_the_map(cat):
    for park_id in ("xidu-time-valley", "xiangnan-textile-base", "baisha-ludao",
                    "hengzhou-avenue-corridor"):
        assert cat.parks[park_id].is_mapped, park_id
    corridor = cat.parks["hengzhou-avenue-corridor"]
    assert (corridor.geometry.x, corridor.geometry.y) == (112.704232, 26.89989)
    assert corridor.location_precision == "landmark" and corridor.uncertainty_m == 25_000
    assert "listenzcc" in cat.sources[corridor.location_source_id].url


def test_no_district_where_no_source_names_one(cat):
    for park_id in ("hengyang-hitech-zone", "songmu-edz", "hengzhou-avenue-corridor"):
        assert cat.parks[park_id].district_code == "", park_id
    for park_id in ("hengyang-hitech-zone", "songmu-edz"):
        assert cat.parks[park_id].location_precision == "unknown", park_id


def test_targets_are_figures_of_their_own_kind(cat):
    targets = {f.metric: f for f in cat.figures if f.kind == "target"}
    assert {m: (f.value, f.period) for m, f in targets.items()} == {
        "projects_started_target": (60, "2023"), "projects_completed_target": (90, "2023"),
        "projects_over_100m_target": (40, "2023"),
        "manufacturing_project_over_10bn_target": (1, "2023")}
    assert targets["manufacturing_project_over_10bn_target"].qualifier == ">="
    assert {f.kind for f in cat.figures} == {"result", "target"}


def test_no_period_the_source_does_not_state(cat):
    for park_id in ("hengzhou-avenue-corridor", "xiangnan-textile-base"):
        figures = cat.figures_for("park", park_id)
        assert len(figures) >= 2 and {f.period for f in figures} == {""}, park_id


def test_figures_of_events_and_organisations_name_a_known_row(cat):
    for fig in cat.figures:
        if fig.subject_type in ("event", "organisation"):
            assert cat.entities[fig.subject_id].kind == fig.subject_type
    assert {e.id for e in cat.entities.values() if e.kind == "organisation"} == {
        "cnnc", "sinopec"}


def test_every_park_has_short_names_that_only_shorten_its_names(cat):
    from explorer.core.model import short_name

    for park in cat.parks.values():
        assert park.short_zh and park.short_en, park.id
        assert short_name(park, "zh") == park.short_zh
        assert short_name(park, "en") == park.short_en
    assert not [w for w in cat.warnings if (w.field or "").startswith("short_")]


@pytest.mark.parametrize("field, value, words", [
    ("short_zh", "白沙核谷", "characters"),        # 核谷 is not in 白沙绿岛高新区
    ("short_en", "Baisha Nuclear Valley", "words"),  # adds a word the name lacks
    ("short_zh", "高新白沙", "characters"),        # order changed
])
def test_a_short_name_that_adds_to_the_name_is_not_shown(tmp_path, field, value, words):
    """Not shown on the map (the full name is), and named in a warning."""
    from explorer.core.model import short_name
    from tests.helpers.catalogues import bundled_frames, write_frames

    frames = bundled_frames()
    row = frames["parks"].index[frames["parks"]["id"] == "baisha-ludao"][0]
    frames["parks"].loc[row, field] = value
    cat = load_catalogue(write_frames(frames, tmp_path / "short.gpkg"))
    park = cat.parks["baisha-ludao"]
    lang = field[-2:]
    assert short_name(park, lang) == getattr(park, f"name_{lang}")
    message = "\n".join(str(w) for w in cat.warnings if w.field == field)
    assert "not a shortening" in message and words in message
