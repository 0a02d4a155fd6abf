"""Figures from the 2023 article, formatted as Chinese and English readers expect them."""

import pytest

from explorer.core.numbers import format_en, format_zh


@pytest.mark.parametrize("value,unit,qualifier,zh,en", [
    (215_404_000_000, "CNY", "", "2154.04亿元", "CNY 215.404 bn"),
    (5_305_000_000, "CNY", "", "53.05亿元", "CNY 5.305 bn"),
    (7.65, "percent", "", "7.65%", "7.65%"),
    (400_000, "m2", ">", "超过40万平方米", "over 400,000 m²"),
    (251_000, "m2", "", "25.1万平方米", "251,000 m²"),
    (7000, "m2", "", "7000平方米", "7,000 m²"),
    (40_000, "m2", "~", "约4万平方米", "about 40,000 m²"),
    (141, "firms", "", "141家", "141 firms"),
    (95, "buildings", "", "95栋", "95 buildings"),
    (334, "days", "", "334天", "334 days"),
    (906_000_000, "CNY", "", "9.06亿元", "CNY 906 m"),
    (19_100_000, "CNY", "", "1910万元", "CNY 19.1 m"),
    (8.7, "times", "~", "约8.7倍", "about 8.7 times"),
    (230, "firms", "+", "230余家", "over 230 firms"),
    (35_280_000_000, "CNY", "", "352.8亿元", "CNY 35.28 bn"),
    (1, "parks", "", "1家", "1 park"),
    (14, "chains", "", "14条", "14 chains"),
    (300_000_000, "clicks", "", "3亿次", "300,000,000 clicks"),
    (9026, "m", "", "9026米", "9,026 m"),
    (25_000, "m", "", "25公里", "25 km"),  # said in whole kilometres: shown so
    (100, "top", "", "前100", "top 100"),
    (1, "rank", "", "第1", "No. 1"),
    (1, "projects", ">=", "至少1个", "at least 1 project"),
    (4, "titles", "", "4块", "4 titles"),
])
def test_article_figures(value, unit, qualifier, zh, en):
    assert format_zh(value, unit, qualifier) == zh
    assert format_en(value, unit, qualifier) == en
