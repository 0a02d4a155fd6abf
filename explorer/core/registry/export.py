"""The firm table written out as a spreadsheet: .xlsx, or .csv for older tools.

The headers are the Chinese ones a registry has (企业名称, 统一社会信用代码, 经度 …), which
the importer recognises, so a table exported, corrected in Excel and imported again changes
only what was corrected. Parks and chains are written by their Chinese names (the importer
matches those back); coordinates in WGS-84, as many digits as the number has. Every file
is written to a temporary file first and renamed: never half-written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.atomic import write_atomically
from explorer.core.errors import DataError, Message, Problem

# (header, what it holds) in the order written.
COLUMNS = (("企业名称", "name_zh"), ("英文名称", "name_en"), ("统一社会信用代码", "credit_code"),
           ("经度", "lon"), ("纬度", "lat"), ("所属园区", "park"), ("产业链", "chain"),
           ("注册地址", "address"), ("备注", "note_zh"))
ENCODINGS = ("utf-8-sig", "gb18030")
# A cell starting with one of these is a formula to Excel: such text is written after an
# apostrophe in a CSV (the registry reader takes it off again).
FORMULA_STARTS = ("=", "+", "-", "@")


def firm_columns(cat, ids: Iterable[str] | None = None) -> dict[str, np.ndarray]:
    """header → values (object arrays) of the firms `ids` (all, in catalogue order, when
    None); lon/lat as floats, NaN for a firm without a point."""
    tenants = cat.tenants
    all_ids = tenants.column("id")
    wanted = all_ids if ids is None else pd.Index(list(ids))
    rows = tenants.rows(wanted)
    parks = {p.id: p.name_zh for p in cat.parks.values()}
    chains = {c.id: c.name_zh for c in cat.chains.values()}
    out = {}
    for header, what in COLUMNS:
        if what == "lon":
            out[header] = rows.lon
        elif what == "lat":
            out[header] = rows.lat
        elif what == "park":
            out[header] = rows.columns["park_id"].map(lambda p: parks.get(p, p)) \
                .to_numpy(dtype=object)
        elif what == "chain":
            out[header] = rows.columns["chain_id"].map(lambda c: chains.get(c, c)) \
                .to_numpy(dtype=object)
        else:
            out[header] = rows.columns[what].to_numpy(dtype=object)
    return out


def write_firm_table(cat, path: Path | str, ids: Iterable[str] | None = None,
                     encoding: str = "utf-8-sig") -> int:
    """Write the firms `ids` (all when None) to `path` (.xlsx or .csv); the number written.
    `encoding` (CSV only): 'utf-8-sig' (UTF-8 with BOM, which Excel reads) or 'gb18030'
    (for older Excel on Chinese Windows). DataError for another suffix or encoding, or a
    name that GB18030 cannot write (it can write every Unicode character, so: none)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DataError([Problem(str(path), Message(
            "the firm table is written as .xlsx or .csv, not '{suffix}'",
            suffix=suffix or "no extension"))])
    if encoding not in ENCODINGS:
        raise DataError([Problem(str(path), Message(
            "a CSV is written as utf-8-sig or gb18030, not '{encoding}'", encoding=encoding))])
    columns = firm_columns(cat, ids)
    if suffix == ".xlsx":
        write_atomically(path, lambda tmp: _xlsx(tmp, columns))
    else:
        write_atomically(path, lambda tmp: _csv(tmp, columns, encoding))
    return len(next(iter(columns.values())))


def _number_text(values: np.ndarray) -> list[str]:
    """Floats as the shortest text that reads back as the same number; '' for NaN."""
    return ["" if v != v else repr(float(v)) for v in values.tolist()]


def _csv(tmp: Path, columns: dict[str, np.ndarray], encoding: str) -> None:
    frame = pd.DataFrame({header: _number_text(values) if values.dtype.kind == "f"
                          else [_escaped(v) for v in values]
                          for header, values in columns.items()})
    frame.to_csv(tmp, index=False, encoding=encoding, lineterminator="\r\n")


def _escaped(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _xlsx(tmp: Path, columns: dict[str, np.ndarray]) -> None:
    import xlsxwriter  # only when an .xlsx is written

    book = xlsxwriter.Workbook(str(tmp), {
        "constant_memory": True,  # rows go to disk as written: a million firms fit
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
    })
    sheet = book.add_worksheet("企业名录")
    bold = book.add_format({"bold": True})
    headers = list(columns)
    sheet.write_row(0, 0, headers, bold)
    sheet.freeze_panes(1, 0)
    values = [columns[h].tolist() for h in headers]
    numeric = [columns[h].dtype.kind == "f" for h in headers]
    for at, row in enumerate(zip(*values), start=1):
        for col, (value, is_number) in enumerate(zip(row, numeric)):
            if is_number:
                if value == value:
                    sheet.write_number(at, col, value)
            elif value:
                sheet.write_string(at, col, value)
    book.close()
