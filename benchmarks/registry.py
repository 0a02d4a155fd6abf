"""Registry-sized files for the import measurement (issue 18): N synthetic firms as a
registry export has them (Chinese headers, credit codes, GCJ-02 coordinates).

Every name says it is synthetic (合成企业000123号（基准测试）); the points are uniform in
Hengyang's city outline, converted to GCJ-02 as Amap would give them; chains are named in
Chinese, one firm in ten names its park, and every credit code passes the GB 32100-2015
check. Files go to a temporary folder given by the caller, never into the repository.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from catalogues import SEED, bundled_layers, city_outline, random_points_in
from explorer.core.coords import from_wgs84
from explorer.core.uscc import ALPHABET, WEIGHTS

HEADERS = ["企业名称", "统一社会信用代码", "注册地址", "经度", "纬度", "所属园区", "所属产业链",
           "行业", "成立日期"]


def credit_codes(numbers: np.ndarray) -> np.ndarray:
    """Valid made-up codes: 91 + 430400 + a 9-digit number + the check character."""
    digits = np.stack([np.full(len(numbers), 9), np.full(len(numbers), 1)]
                      + [np.full(len(numbers), int(c)) for c in "430400"]
                      + [(numbers // 10 ** k) % 10 for k in range(8, -1, -1)], axis=1)
    total = (digits * np.asarray(WEIGHTS)).sum(axis=1)
    check = np.asarray(list(ALPHABET))[(31 - total % 31) % 31]
    first = pd.Series(numbers).map("{:09d}".format)
    return ("91430400" + first + check).to_numpy(dtype=object)


def registry_frame(n: int, seed: int = SEED) -> pd.DataFrame:
    frames = bundled_layers()
    rng = np.random.default_rng(seed + n)
    lon, lat = random_points_in(city_outline(frames), n, rng)
    glon, glat = from_wgs84("gcj02", lon, lat)
    chains = frames["chains"]["name_zh"].to_numpy(dtype=object)
    parks = frames["parks"]["name_zh"].to_numpy(dtype=object)
    numbers = np.arange(n)
    label = pd.Series(numbers).map("{:06d}".format)
    return pd.DataFrame({
        "企业名称": ("合成企业" + label + "号（基准测试）").to_numpy(dtype=object),
        "统一社会信用代码": credit_codes(numbers),
        "注册地址": ("衡阳市合成路" + label + "号").to_numpy(dtype=object),
        "经度": np.round(glon, 6),
        "纬度": np.round(glat, 6),
        "所属园区": np.where(rng.random(n) < 0.1, rng.choice(parks, n), ""),
        "所属产业链": chains[rng.integers(0, len(chains), n)],
        "行业": "合成（基准测试）",
        "成立日期": "2020-01-01",
    })


def make_registry(n: int, folder: Path, kind: str = "csv") -> Path:
    """A registry of n firms in `folder`: .csv (UTF-8 with BOM, as Excel saves it) or .xlsx
    (written in constant memory)."""
    frame = registry_frame(n)
    path = folder / f"registry-{n}.{kind}"
    if kind == "csv":
        frame.to_csv(path, index=False, encoding="utf-8-sig")
        return path
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("企业名录")
    sheet.write_row(0, 0, HEADERS)
    columns = [frame[h].tolist() for h in HEADERS]
    for at, row in enumerate(zip(*columns), start=1):
        sheet.write_row(at, 0, row)
    book.close()
    return path
