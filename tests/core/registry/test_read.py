"""Reading registries: workbooks and CSVs written here, every cell kept as the user sees it."""

from __future__ import annotations

import datetime as dt

import numpy as np
import openpyxl
import pytest
import xlwt

from explorer.core.errors import DataError
from explorer.core.registry.mapping import FIELDS, field_label, guess_mapping, headers_key
from explorer.core.registry.read import open_table

HOSTILE = "{{ 6*7 }} <img src=x onerror=alert(1)> {% endfor %} '; DROP TABLE tenants; --"


def workbook(path, sheets):
    """Write a workbook: {sheet name: rows}."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_chinese_headers_numbers_as_text_and_leading_zeros(tmp_path):
    path = workbook(tmp_path / "名录.xlsx", {"企业名录": [
        ["企业名称", "统一社会信用代码", "经度", "纬度", "注册资本"],
        ["衡阳甲公司", "0012345678ABCDEFGH", 112.5718, "26.8934", 500],
        ["衡阳乙公司", "91430400MA4L0001XY", "112.60", 26.9, 12.5],
    ]})
    table = open_table(path)
    assert table.kind == "xlsx" and table.sheets == ["企业名录"] and table.sheet == "企业名录"
    assert table.encoding is None
    assert table.headers == ["企业名称", "统一社会信用代码", "经度", "纬度", "注册资本"]
    assert len(table) == 2
    assert list(table.columns["统一社会信用代码"]) == ["0012345678ABCDEFGH",
                                                  "91430400MA4L0001XY"]
    assert list(table.columns["经度"]) == ["112.5718", "112.60"]  # text kept as written
    assert list(table.columns["注册资本"]) == ["500", "12.5"]  # whole numbers without .0
    assert table.columns["企业名称"].dtype == object
    assert list(table.row_numbers) == [2, 3]
    assert table.preview(1) == [["衡阳甲公司", "0012345678ABCDEFGH", "112.5718", "26.8934",
                                 "500"]]


def test_an_old_xls_workbook_with_several_sheets(tmp_path):
    """.xls (Excel 97–2003) as older registry exports still come: text cells keep leading
    zeros, numbers and dates read as Excel shows them, the sheet is chosen by name."""
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("说明").write(0, 0, "本表为示例")
    sheet = book.add_sheet("企业名录")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for column, header in enumerate(["企业名称", "统一社会信用代码", "经度", "纬度", "成立日期"]):
        sheet.write(0, column, header)
    sheet.write(1, 0, "衡阳甲公司（示例）")
    sheet.write(1, 1, "0012345678ABCDEFGH")
    sheet.write(1, 2, 112.5718)
    sheet.write(1, 3, "26.8934")
    sheet.write(1, 4, dt.date(2019, 5, 1), date_style)
    path = tmp_path / "名录.xls"
    book.save(str(path))
    assert path.read_bytes()[:4] == bytes.fromhex("d0cf11e0")  # a real BIFF/OLE2 file
    table = open_table(path, sheet="企业名录")
    assert table.kind == "xls" and table.sheets == ["说明", "企业名录"]
    assert table.sheet == "企业名录" and table.encoding is None
    assert table.headers == ["企业名称", "统一社会信用代码", "经度", "纬度", "成立日期"]
    assert table.preview(1) == [["衡阳甲公司（示例）", "0012345678ABCDEFGH", "112.5718",
                                 "26.8934", "2019-05-01"]]
    assert list(table.row_numbers) == [2]


def test_english_headers_are_mapped(tmp_path):
    path = workbook(tmp_path / "firms.xlsx", {"Sheet1": [
        ["Name", "USCC", "Lng", "Lat", "Park", "Chain", "Address", "Founded"],
        ["Alpha Ltd", "", 112.1, 26.1, "p1", "c1", "x road", dt.date(2019, 5, 1)],
    ]})
    table = open_table(path)
    assert guess_mapping(table.headers) == {
        "Name": "name_zh", "USCC": "uscc", "Lng": "lon", "Lat": "lat", "Park": "park",
        "Chain": "chain", "Address": "address", "Founded": "founded"}
    assert table.columns["Founded"][0] == "2019-05-01"


def test_chinese_mapping_and_labels():
    headers = ["企业名称", "统一社会信用代码", "注册地址", "经度", "纬度", "所属园区", "所属产业链",
               "行业", "成立日期", "注册资本", "备注", "法定代表人"]
    assert guess_mapping(headers) == {
        "企业名称": "name_zh", "统一社会信用代码": "uscc", "注册地址": "address", "经度": "lon",
        "纬度": "lat", "所属园区": "park", "所属产业链": "chain", "行业": "industry",
        "成立日期": "founded", "注册资本": "capital", "备注": "note", "法定代表人": None}
    assert {str(field_label(f)) for f in FIELDS} >= {"Longitude", "Unified social credit code"}


def test_one_field_goes_to_the_first_column_naming_it():
    assert guess_mapping(["名称", "企业名称"]) == {"名称": "name_zh", "企业名称": None}


def test_headers_key_is_stable_and_tells_header_sets_apart():
    assert headers_key(["a", "b"]) == headers_key(["a", "b"])
    assert headers_key(["a", "b"]) != headers_key(["b", "a"])
    assert headers_key(["a,b"]) != headers_key(["a", "b"])


def test_several_sheets_pick_one(tmp_path):
    path = workbook(tmp_path / "two.xlsx", {
        "说明": [["本表为测试数据"]],
        "企业": [["名称", "经度", "纬度"], ["甲", 112, 26]],
    })
    first = open_table(path)  # the first sheet with a header: 说明 holds only a title
    assert first.sheets == ["说明", "企业"] and first.sheet == "企业"
    with pytest.raises(DataError, match="sheet '说明' has no header row"):
        open_table(path, sheet="说明")
    table = open_table(path, sheet="企业")
    assert table.sheet == "企业" and list(table.columns["名称"]) == ["甲"]
    with pytest.raises(DataError, match="no sheet '缺'; its sheets are 说明, 企业"):
        open_table(path, sheet="缺")


def test_merged_header_cells_and_a_title_above(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["衡阳市企业名录（2024）"])
    sheet.append([])
    sheet.append(["企业名称", "信用代码", "坐标", None])
    sheet.append([None, None, "经度", "纬度"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("C3:D3")
    sheet.append(["甲", "914304001234567890", 112.5, 26.9])
    book.save(tmp_path / "merged.xlsx")
    table = open_table(tmp_path / "merged.xlsx")
    assert table.headers == ["企业名称", "信用代码", "经度", "纬度"]
    assert list(table.row_numbers) == [5]
    assert table.preview() == [["甲", "914304001234567890", "112.5", "26.9"]]


def test_empty_rows_are_skipped_but_row_numbers_are_excels(tmp_path):
    path = workbook(tmp_path / "gaps.xlsx", {"S": [
        ["名称", "经度"], ["甲", 1], [], [None, None], ["乙", 2], []]})
    table = open_table(path)
    assert list(table.columns["名称"]) == ["甲", "乙"]
    assert list(table.row_numbers) == [2, 5]


def test_blank_and_repeated_headers_get_names(tmp_path):
    path = workbook(tmp_path / "h.xlsx", {"S": [["名称", None, "名称", "备注"],
                                                ["甲", "x", "乙", ""]]})
    assert open_table(path).headers == ["名称", "(B)", "名称 (2)", "备注"]


def test_gbk_csv_is_read_as_gb18030_and_says_so(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("企业名称,统一社会信用代码,经度\r\n湘南㵘公司,0012,112.5\r\n"
                     .encode("gb18030"))
    table = open_table(path)
    assert table.encoding == "gb18030" and table.kind == "csv" and table.sheets == []
    assert list(table.columns["企业名称"]) == ["湘南㵘公司"]
    assert list(table.columns["统一社会信用代码"]) == ["0012"]


def test_utf8_bom_and_plain_utf8_csv(tmp_path):
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeff名称;经度;纬度\n甲;112,5;26\n\n乙;1;2\n".encode("utf-8"))
    table = open_table(bom)
    assert table.encoding == "utf-8-sig" and table.headers == ["名称", "经度", "纬度"]
    assert list(table.columns["经度"]) == ["112,5", "1"]
    assert list(table.row_numbers) == [2, 4]
    plain = tmp_path / "plain.txt"
    plain.write_text("name\tlon\n\"a, \"\"quoted\"\"\"\t1\n", encoding="utf-8")
    table = open_table(plain)
    assert table.encoding == "utf-8" and table.preview() == [['a, "quoted"', "1"]]


def test_a_title_line_above_a_csv_header(tmp_path):
    path = tmp_path / "title.csv"
    path.write_text("衡阳市企业名录\n\n名称,经度,纬度\n甲,1,2\n", encoding="utf-8")
    table = open_table(path)
    assert table.headers == ["名称", "经度", "纬度"] and list(table.row_numbers) == [4]


def test_hostile_text_stays_literal(tmp_path):
    path = workbook(tmp_path / "h.xlsx", {HOSTILE[:31].replace("*", "x").replace("/", "x"):
                                          [["名称", "备注"], [HOSTILE, "=1+1"]]})
    table = open_table(path)
    assert list(table.columns["名称"]) == [HOSTILE]
    csv = tmp_path / "h.csv"
    csv.write_text(f'名称,备注\n"{HOSTILE}",=cmd|x\n', encoding="utf-8")
    assert open_table(csv).preview() == [[HOSTILE, "=cmd|x"]]


def test_unreadable_files_say_why(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(DataError, match="bad.xlsx: cannot read the workbook"):
        open_table(bad)
    other = tmp_path / "x.docx"
    other.write_bytes(b"x")
    with pytest.raises(DataError, match=r"expected a workbook \(.xlsx, .xls, .ods\) or a CSV"):
        open_table(other)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,x\n\x00\n".encode())
    with pytest.raises(DataError, match="NUL byte"):
        open_table(latin)
    with pytest.raises(DataError):
        open_table(tmp_path / "missing.csv")


def test_a_hundred_thousand_rows(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["名称,统一社会信用代码,经度,纬度"] + [f"企业{i},{i:018d},112.{i},26.{i}"
                                             for i in range(100_000)]
    path.write_text("\n".join(lines), encoding="gb18030")
    table = open_table(path)
    assert len(table) == 100_000 and table.encoding == "gb18030"
    codes = table.columns["统一社会信用代码"]
    assert codes[7] == "000000000000000007" and codes[-1] == f"{99_999:018d}"
    assert table.row_numbers[-1] == 100_001
    assert np.array_equal(table.row_numbers, np.arange(2, 100_002))
