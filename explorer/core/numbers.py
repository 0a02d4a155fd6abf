"""Figures as readers expect them: 万/亿 in Chinese, grouped digits and bn/m in English."""

from __future__ import annotations

from explorer.core.model import Figure

# Counting words per unit: (Chinese measure word, English singular, English plural).
COUNT_UNITS = {
    "firms": ("家", "firm", "firms"),
    "organisations": ("家", "organisation", "organisations"),
    "buildings": ("栋", "building", "buildings"),
    "projects": ("个", "project", "projects"),
    "parks": ("家", "park", "parks"),
    "chains": ("条", "chain", "chains"),
    "days": ("天", "day", "days"),
    "times": ("倍", "time", "times"),
    "industries": ("个", "industry", "industries"),
    "clusters": ("个", "cluster", "clusters"),
    "titles": ("块", "title", "titles"),
    "clicks": ("次", "click", "clicks"),
    "m": ("米", "m", "m"),
}
ZH_QUALIFIER = {">": ("超过", ""), "~": ("约", ""), "+": ("", "余"), ">=": ("至少", "")}
EN_QUALIFIER = {">": "over ", "~": "about ", "+": "over ", ">=": "at least "}
# Places in a ranking: `rank` 1 is the first; `top` 100 is among the first hundred.
RANKS = {"rank": ("第{n}", "No. {n}"), "top": ("前{n}", "top {n}")}


def _number(value: float, digits: int = 10) -> str:
    """Plain decimal with grouping, no float noise: 2154.04, 400,000, 7.65."""
    return format(round(value, 6), f",.{digits}g")


def _zh_scaled(value: float) -> tuple[str, str]:
    if abs(value) >= 1e8:
        return _number(value / 1e8).replace(",", ""), "亿"
    if abs(value) >= 1e4:
        return _number(value / 1e4).replace(",", ""), "万"
    return _number(value).replace(",", ""), ""


def format_zh(value: float, unit: str, qualifier: str = "") -> str:
    before, after = ZH_QUALIFIER.get(qualifier, ("", ""))
    if unit == "percent":
        return f"{before}{_number(value)}%"
    if unit == "CNY":
        number, scale = _zh_scaled(value)
        return f"{before}{number}{after}{scale}元"
    if unit == "m2":
        number, scale = _zh_scaled(value)
        return f"{before}{number}{after}{scale}平方米"
    if unit in RANKS:
        return before + RANKS[unit][0].format(n=_number(value))
    if unit == "m" and _whole_km(value):
        return f"{before}{_number(value / 1000)}{after}公里"
    word = COUNT_UNITS.get(unit, ("", "", unit))[0]
    number, scale = _zh_scaled(value)
    return f"{before}{number}{after}{scale}{word}"


def format_en(value: float, unit: str, qualifier: str = "") -> str:
    before = EN_QUALIFIER.get(qualifier, "")
    if unit == "percent":
        return f"{before}{_number(value)}%"
    if unit == "CNY":
        if abs(value) >= 1e9:
            return f"{before}CNY {_number(value / 1e9)} bn"
        if abs(value) >= 1e6:
            return f"{before}CNY {_number(value / 1e6)} m"
        return f"{before}CNY {_number(value)}"
    if unit == "m2":
        return f"{before}{_number(value)} m²"
    if unit in RANKS:
        return before + RANKS[unit][1].format(n=_number(value))
    if unit == "m" and _whole_km(value):
        return f"{before}{_number(value / 1000)} km"
    _, one, many = COUNT_UNITS.get(unit, ("", unit, unit))
    return f"{before}{_number(value)} {one if value == 1 else many}"


def _whole_km(value: float) -> bool:
    """A length given in whole kilometres (25 km, not 9,026 m): shown in km, as said."""
    return abs(value) >= 1000 and value % 1000 == 0


def format_figure(figure: Figure, lang: str) -> str:
    """The figure's value with unit and qualifier, in 'zh' or 'en'."""
    formatter = format_en if lang == "en" else format_zh
    return formatter(figure.value, figure.unit, figure.qualifier)
