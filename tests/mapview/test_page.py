"""The page, without Qt: local assets only, data as escaped JSON, every mapped park in it."""

import base64
import copy
import dataclasses
import json
import re

import numpy as np
import pytest
import shapely

from explorer.core.catalogue import load_catalogue
from explorer.core.model import Tenant
from explorer.core.tenants import TenantTable
from explorer.mapview.page import (EDIT_SCRIPTS, PAGE_SCRIPTS, WEB, match_bits, page_data,
                                   render_page,
                                   tenant_points, write_page)

TEXT = {"legend": "产业链", "legend_empty": "无"}


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


@pytest.fixture(scope="module")
def page(cat):
    return render_page(cat, lang="zh", text=TEXT)


def test_no_remote_url_anywhere_in_the_page(page):
    assert not re.search(r"https?://", page)
    assert "cdn" not in page.lower()


def test_assets_are_local_files_that_exist(page):
    urls = re.findall(r'(?:src|href)="(file://[^"]+)"', page)
    # leaflet js + css, explorer css, geoman js + css, and our scripts
    assert len(urls) == 5 + len(PAGE_SCRIPTS) + len(EDIT_SCRIPTS)
    for url in urls:
        assert (WEB / url.split("/resources/web/")[1]).is_file(), url
    assert "qrc:///qtwebchannel/qwebchannel.js" in page


def test_vendored_libraries_carry_their_licence():
    for folder in (WEB / "vendor").iterdir():
        assert (folder / "LICENSE").is_file(), folder


def test_standalone_page_has_no_channel(cat):
    assert "qwebchannel" not in render_page(cat, lang="zh", text=TEXT, with_bridge=False)


def test_data_holds_every_mapped_park_and_only_those(cat):
    data = page_data(cat, lang="en", text=TEXT)
    ids = [p["id"] for p in data["parks"]]
    assert ids == [p.id for p in cat.parks.values() if p.is_mapped]
    xidu = next(p for p in data["parks"] if p["id"] == "xidu-time-valley")
    assert xidu["anchor"] == [26.972786, 112.362907]
    assert xidu["uncertainty_m"] == 10000
    assert [c["id"] for c in data["chains"]] == list(cat.chains)
    assert len(data["districts"]["features"]) == 13
    assert data["visible_chains"] == list(cat.chains)


def test_filter_is_passed_to_the_page(cat):
    data = page_data(cat, lang="zh", text=TEXT, visible_chains=["nuclear"])
    assert data["visible_chains"] == ["nuclear"]


def test_hostile_names_cannot_break_out_of_the_script(cat):
    payload = '</script><img src=x onerror="document.title=1">${alert(1)}`'
    hostile = copy.copy(cat)
    hostile.parks = {**cat.parks, "xidu-time-valley": dataclasses.replace(
        cat.parks["xidu-time-valley"], name_zh=payload)}
    page = render_page(hostile, lang="zh", text=TEXT)
    assert payload not in page
    assert "</script><img" not in page
    names = [p["name_zh"] for p in json_block(page, "explorer-data")["parks"]]
    assert payload in names  # the same text, only escaped for the HTML parser


def json_block(page: str, block_id: str):
    """The data of the page's JSON block `block_id`, as explorer.js reads it."""
    text = re.search(rf'<script type="application/json" id="{block_id}">(.*?)</script>', page,
                     re.S).group(1)
    return json.loads(text)


def test_page_is_written_atomically(tmp_path, page):
    path = write_page(page, tmp_path / "cache")
    assert path.read_text(encoding="utf-8") == page
    assert [p.name for p in path.parent.iterdir()] == ["map.html"]


def test_firms_reach_the_page_as_binary_columns_without_names(cat):
    points = shapely.points([[112.571234, 26.893456], [113.0, 27.0]])
    firms = [Tenant(f"f{i}", f"企业{i}", "", "", chain, "", "", "", "", "", point)
             for i, (chain, point) in enumerate(zip(["textile", "nuclear"], points))]
    firms.insert(1, dataclasses.replace(firms[0], id="unplaced", geometry=None))
    data = tenant_points(dataclasses.replace(cat, tenants=TenantTable.from_records(firms)))
    assert data["count"] == 2
    assert np.frombuffer(base64.b64decode(data["lon"]), "<i4").tolist() == [112571234, 113000000]
    assert np.frombuffer(base64.b64decode(data["lat"]), "<i4").tolist() == [26893456, 27000000]
    chains = list(cat.chains)
    assert np.frombuffer(base64.b64decode(data["chain"]), "<u2").tolist() == [
        chains.index("textile"), chains.index("nuclear")]
    assert "企业" not in json.dumps(data, ensure_ascii=False)


def test_search_matches_reach_the_page_as_a_bit_set():
    assert match_bits(None) is None
    mask = np.zeros(20, dtype=bool)
    mask[[0, 9, 19]] = True
    bits = base64.b64decode(match_bits(mask))
    assert len(bits) == 3 and [i for i in range(20) if bits[i >> 3] >> (i & 7) & 1] == [0, 9, 19]
