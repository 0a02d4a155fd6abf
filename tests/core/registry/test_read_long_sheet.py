"""Every row of a sheet longer than the rows looked at for its header is read (row 31 was
lost: the header search pulled it from the reader and dropped it)."""

from openpyxl import Workbook

from explorer.core.registry.read import HEADER_SEARCH, open_table


def test_every_row_after_the_header_search_is_read(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["企业名称", "所属产业链"])
    rows = HEADER_SEARCH + 10
    for n in range(1, rows + 1):
        sheet.append([f"【示例】第{n}号公司", "电子信息"])
    path = tmp_path / "long.xlsx"
    book.save(path)
    table = open_table(path)
    assert len(table) == rows
    assert list(table.columns["企业名称"]) == [f"【示例】第{n}号公司" for n in range(1, rows + 1)]
    assert list(table.row_numbers) == list(range(2, rows + 2))
