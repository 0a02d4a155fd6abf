"""The page, without Qt: local assets only, data as escaped JSON, every mapped park in it."""

import copy
import dataclasses
import json
import re

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.mapview.page import WEB, page_data, render_page, write_page

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
    assert len(urls) == 5  # leaflet js + css, tenants js, explorer js + css
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
    assert xidu["anchor"] == [26.96977, 112.37065]
    assert xidu["uncertainty_m"] == 5000
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
    setup = re.search(r"explorerSetup\([^,]+, (.*)\);", page).group(1)
    names = [p["name_zh"] for p in json.loads(setup)["parks"]]
    assert payload in names  # the same text, only escaped for the HTML parser


def test_page_is_written_atomically(tmp_path, page):
    path = write_page(page, tmp_path / "cache")
    assert path.read_text(encoding="utf-8") == page
    assert [p.name for p in path.parent.iterdir()] == ["map.html"]
