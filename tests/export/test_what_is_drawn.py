"""Exports show what is drawn: a park's map is titled with the park and lists only the
chains in view; a chain with nothing to draw is said so; a page size fits the area to the
page; the English credits are in English."""

import re

import pytest

from explorer.cli import main
from explorer.export.options import ExportError, ExportOptions, check_options, credits, title_of

CJK = re.compile(r"[\u3400-\u9fff]")


def test_a_park_export_is_titled_with_the_park_and_lists_only_what_is_in_view(
        catalogue, export_ok, tmp_path):
    options = ExportOptions(size=(500, 400), park="baisha-ludao")
    assert title_of(catalogue, options) == "白沙绿岛高新区"
    assert title_of(catalogue, ExportOptions(park="baisha-ludao", lang="en")).startswith(
        "Baisha Lüdao High-tech Zone")
    job = export_ok(catalogue, options, tmp_path / "park.png")
    width, height = job.state["size"]
    in_view = {chain for pid, p in job.state["parks"].items()
               if p["shown"] and 0 <= p["x"] <= width and 0 <= p["y"] <= height
               for chain in catalogue.parks[pid].chain_ids}
    assert "nuclear" in job.state["legend"]
    assert set(job.state["legend"]) == in_view
    assert "textile" not in job.state["legend"]  # Changning is far out of view


def test_a_chain_with_nothing_to_draw_is_refused_alone_and_warned_among_others(
        qapp, tmp_path, capsys):
    with pytest.raises(ExportError, match="nothing to draw: 'biomedicine'"):
        from explorer.core.catalogue import load_catalogue
        check_options(load_catalogue(), ExportOptions(chains=("biomedicine",)))
    out = tmp_path / "bio.png"
    assert main(["export", "--out", str(out), "--chain", "biomedicine"]) == 2
    assert "nothing to draw" in capsys.readouterr().err and not out.exists()
    assert main(["export", "--out", str(out), "--size", "300x200", "--chain", "biomedicine",
                 "nuclear"]) == 0
    err = capsys.readouterr().err
    assert "warning: chain 'biomedicine' has nothing on the map" in err and out.exists()


def test_per_chain_says_which_chains_it_skips(qapp, tmp_path, capsys):
    folder = tmp_path / "chains"
    assert main(["export", "--per-chain", str(folder), "--size", "200x150", "--chain",
                 "nuclear", "biomedicine", "electronics"]) == 0
    err = capsys.readouterr().err
    assert "skipped 'biomedicine': nothing on the map" in err
    assert "skipped 'electronics': nothing on the map" in err
    assert sorted(p.name for p in folder.iterdir()) == ["nuclear.png"]
    assert main(["export", "--per-chain", str(folder), "--chain", "biomedicine"]) == 2


def test_a_page_size_fits_the_area_to_the_page(catalogue, export_ok, tmp_path):
    bbox = (112.45, 26.8, 112.75, 27.0)  # a landscape area on a portrait page
    job = export_ok(catalogue, ExportOptions(size=(400, 600), bbox=bbox), tmp_path / "p.png")
    west, south, east, north = job.state["bounds"]
    assert (bbox[2] - bbox[0]) / (east - west) > 0.9  # the area spans the page's width


def test_english_credits_are_in_english(catalogue):
    for line in credits(catalogue, ExportOptions(lang="en")):
        assert not CJK.search(line), line
    zh = credits(catalogue, ExportOptions(lang="zh"))
    assert any("衡阳日报" in line for line in zh) and any("边界" in line for line in zh)
