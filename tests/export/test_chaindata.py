"""The data of the chain page, the chains table and the overview: every number is the
catalogue's, formatted for the language; a chain with nothing says so; catalogue text reaches
the page only inside JSON."""

import copy
import dataclasses
import json
import re

import pytest

from explorer.core import chains as core
from explorer.core.numbers import format_figure
from explorer.export.chaindata import chain_page, chain_row, overview_page, page_text
from explorer.export.chainpage import render_chain_page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_table_number_is_the_catalogues(catalogue, lang):
    for chain_id, chain in catalogue.chains.items():
        row = chain_row(catalogue, core.summarise(catalogue, chain_id), lang)
        parks = [p for p in catalogue.parks.values() if chain_id in p.chain_ids]
        firms = [catalogue.tenants[t] for t in catalogue.tenants
                 if catalogue.tenants[t].chain_id == chain_id]
        assert row["parks"] == len(parks)
        assert row["firms_placed"] + row["firms_unplaced"] == len(firms)
        assert row["confirmed"] == chain.official_confirmed
        assert row["name"] == (chain.name_en if lang == "en" else chain.name_zh)
        own = [f for f in catalogue.figures if (f.subject_type, f.subject_id) == ("chain",
                                                                                  chain_id)]
        for name, cell in row["headlines"].items():
            mine = [f for f in own if core.headline_of(f) == name
                    and core.figure_kind(f) == "result"]
            assert (cell is None) == (not mine)
            if cell:
                assert cell["value"] == format_figure(mine[0], lang)
                assert cell["quote"] == mine[0].quote and cell["period"] == mine[0].period


def test_headline_values_as_readers_write_them(catalogue):
    zh = chain_row(catalogue, core.summarise(catalogue, "steel-pipe"), "zh")["headlines"]
    en = chain_row(catalogue, core.summarise(catalogue, "steel-pipe"), "en")["headlines"]
    assert (zh["investment"]["value"], en["investment"]["value"]) == ("20.04亿元",
                                                                      "CNY 2.004 bn")
    assert (zh["projects"]["value"], en["projects"]["value"]) == ("15个", "15 projects")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_chain_page_lists_every_figure_park_and_firm(catalogue, lang):
    data = chain_page(catalogue, "nuclear", lang)
    values = [row["result"]["value"] for row in data["figures"]]
    assert values == [format_figure(f, lang) for f in core.chain_figures(catalogue, "nuclear")]
    assert [p["id"] for p in data["parks"]] == ["baisha-ludao"]
    assert [f["id"] for f in data["firms"]] == ["cnnc-jinyuan"]
    assert data["counts"] == {"parks": 1, "mapped": 1, "firms_placed": 0, "firms_unplaced": 1}
    assert data["charts"]["firms_per_park"]["counts"] == [0, 1]
    expected = {catalogue.chains["nuclear"].source_id,
                catalogue.parks["baisha-ludao"].location_source_id,
                catalogue.tenants["cnnc-jinyuan"].source_id}
    expected |= {f.source_id for f in core.chain_figures(catalogue, "nuclear")}
    assert {s["id"] for s in data["sources"]} == expected - {""}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_chain_with_nothing_says_so(catalogue, lang):
    data = chain_page(catalogue, "agriculture", lang)
    assert data["parks"] == data["firms"] == data["figures"] == []
    assert data["charts"]["firms_per_park"] is None and data["charts"]["over_time"] == []
    text = page_text(lang)
    assert text["no_parks"] and text["no_figures"] and text["no_firms"]
    assert text["no_parks"] != "The catalogue holds no park of this chain." or lang == "en"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_overview_holds_the_city_figures_and_every_chain(catalogue, lang):
    data = overview_page(catalogue, lang)
    city = [row["result"] or row["target"] for row in data["city"]]
    assert [c["value"] for c in city] == [format_figure(f, lang)
                                          for f in core.city_figures(catalogue)]
    assert [r["id"] for r in data["chains"]] == list(catalogue.chains)
    assert data["charts"]["parks_firms"]["parks"] == [r["parks"] for r in data["chains"]]
    assert [f["value"] for row in data["other"] for f in [row["result"]]] == [
        format_figure(f, lang) for f in core.other_figures(catalogue)]


def test_catalogue_text_stays_inside_the_json_block(catalogue):
    cat = copy.copy(catalogue)
    payload = "</script><script>window.__pwned = 1</script>{{ 7*7 }}"
    cat.chains = {k: dataclasses.replace(c, name_zh=payload, quote=payload)
                  for k, c in catalogue.chains.items()}
    page = render_chain_page(chain_page(cat, "nuclear", "zh"), mode="app")
    assert "</script><script>window.__pwned" not in page
    block = re.search(r'id="chain-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["chain"]["name"] == payload
