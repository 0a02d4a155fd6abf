"""A firm registry as people keep them, written by the tests: an Excel workbook with a sheet
of explanations first, Chinese headers, GCJ-02 coordinates (as Amap gives them), credit
codes, parks and chains by their Chinese names, one value of each that the catalogue does
not know, a row without coordinates, an empty row, and hostile text.

The firms are invented: every name starts with 【示例】 and uses placeholder words
(甲号, 乙号 …), so that no screenshot or test shows a real firm. Their true places
(WGS-84) lie near the catalogue's parks; the file holds them shifted into GCJ-02.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from explorer.core.coords import wgs84_to_gcj02
from explorer.core.uscc import check_character

HOSTILE = "<b>{{ 6*7 }}</b>{% endfor %}<script>window.__pwned=1</script>"
HEADERS = ("序号", "企业名称", "统一社会信用代码", "所属园区", "所属产业链", "注册地址", "经度",
           "纬度", "行业", "成立日期", "注册资本（万元）", "备注")


def credit_code(serial: int, valid: bool = True) -> str:
    """A well-formed 统一社会信用代码 of a Hengyang (4304xx) company; `valid=False` gives it a
    wrong check character."""
    first17 = f"9143040{serial:02d}MA4L{serial:04d}X"[:17]
    first17 = first17.ljust(17, "0")
    check = check_character(first17)
    if not valid:
        check = "0" if check != "0" else "1"
    return first17 + check


@dataclass
class Firm:
    name: str
    code: str
    park: str
    chain: str
    address: str
    wgs84: tuple[float, float] | None  # the true place; the file holds it in GCJ-02
    industry: str = "制造业"
    founded: str = "2019-05-20"
    capital: str = "1000"


def firms(hostile: bool = True) -> list[Firm]:
    listed = [
        Firm("【示例】衡阳甲号电子有限公司", credit_code(1), "松木经开区", "电子信息",
             "衡阳市石鼓区松木乡示例路1号", (112.6093, 26.9731)),
        Firm("【示例】衡阳乙号化工有限公司", credit_code(2), "衡阳松木经济开发区", "盐卤化工",
             "衡阳市石鼓区松木乡示例路2号", (112.6212, 26.9655)),
        Firm("【示例】衡阳丙号纺织有限公司", credit_code(3), "湘南纺织产业基地", "纺织服装",
             "衡阳市示例大道3号", None),
        Firm("【示例】衡阳丁号物流有限公司", credit_code(4), "", "新物流", "衡阳市示例街4号",
             None),
        Firm("【示例】衡阳戊号材料有限公司", credit_code(5), "松木园区B区", "新材料",
             "衡阳市石鼓区示例路5号", (112.6150, 26.9790)),
        Firm("【示例】衡阳己号医药有限公司", credit_code(6, valid=False), "白沙绿岛高新区",
             "生物医药", "衡阳市示例路6号", (112.6650, 26.8950)),
    ]
    if hostile:  # its credit code is hostile too, so that the report lists it
        listed.append(Firm(HOSTILE, "<i>{{ 7*6 }}</i>", "白沙绿岛", "生物医药", HOSTILE,
                           (112.6720, 26.8880)))
    return listed


def gcj02(place: tuple[float, float]) -> tuple[str, str]:
    lon, lat = wgs84_to_gcj02(*place)
    return f"{float(lon):.6f}", f"{float(lat):.6f}"


# More example firms for the screenshots: (placeholder, trade, chain, near which park).
MORE = (("辛号", "电子", "电子信息", "hengyang-hitech-zone"),
        ("壬号", "化工", "盐卤化工", "songmu-edz"),
        ("癸号", "医药", "生物医药", "baisha-ludao"),
        ("子号", "纺织", "纺织服装", "xiangnan-textile-base"),
        ("丑号", "物流", "新物流", "hengzhou-avenue-corridor"),
        ("寅号", "钟表", "钟表", "xidu-time-valley"))


def more_firms(cat, count: int) -> list[Firm]:
    """`count` more example firms, a few hundred metres around the catalogue's parks."""
    listed = []
    for n in range(count):
        word, trade, chain, park = MORE[n % len(MORE)]
        spot = cat.parks[park].geometry
        ring, turn = 1 + n // len(MORE), n * 2.4
        place = (spot.x + 0.004 * ring * math.cos(turn), spot.y + 0.003 * ring * math.sin(turn))
        listed.append(Firm(f"【示例】衡阳{word}{n + 1}{trade}有限公司", credit_code(20 + n),
                           "", chain, f"衡阳市示例路{n + 20}号", place, industry=trade))
    return listed


def write_registry(path: Path, hostile: bool = True, more: list[Firm] = ()) -> list[Firm]:
    """The registry workbook at `path` (sheets 说明, 企业名录, 备用); returns its firms, in
    file order. Row 5 of 企业名录 is empty; the last row has a longitude that is no
    number; `more` firms come before it."""
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["本表为测试用示例数据，企业名称均为虚构。"])
    notes.append(["坐标取自高德地图（GCJ-02）。"])
    sheet = book.create_sheet("企业名录")
    sheet.append(list(HEADERS))
    listed = firms(hostile) + list(more)
    for n, firm in enumerate(listed, start=1):
        lon, lat = gcj02(firm.wgs84) if firm.wgs84 else ("", "")
        sheet.append([n, firm.name, firm.code, firm.park, firm.chain, firm.address, lon, lat,
                      firm.industry, firm.founded, firm.capital, "示例数据"])
        if n == 3:
            sheet.append([None] * len(HEADERS))  # an empty row (spreadsheet row 5)
    bad = Firm("【示例】衡阳庚号机械有限公司", credit_code(8), "", "钢管及深加工",
               "衡阳市示例路8号", None)
    sheet.append([len(listed) + 1, bad.name, bad.code, "", bad.chain, bad.address,
                  "东经112度", "26.9", bad.industry, bad.founded, bad.capital, "坐标写法不对"])
    spare = book.create_sheet("备用")
    spare.append(list(HEADERS))
    book.save(path)
    return listed + [bad]
