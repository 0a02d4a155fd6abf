"""A CSV read in the encoding the user chose, when the one found looks wrong."""

import pytest

from explorer.core.errors import DataError
from explorer.core.registry.read import open_table

TEXT = "企业名称,经度,纬度\n衡阳电子有限公司,112.6,26.9\n"


def test_utf8_text_read_as_gb18030_on_request(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text(TEXT, encoding="utf-8")
    assert open_table(path).encoding == "utf-8"
    forced = open_table(path, encoding="gb18030")
    assert forced.encoding == "gb18030"
    assert forced.headers[0] == "浼佷笟鍚嶇О"  # what the user sees, and switches back from
    assert open_table(path, encoding="utf-8-sig").headers[0] == "企业名称"


def test_gbk_text_read_as_utf8_on_request_says_where_it_fails(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_bytes(TEXT.encode("gbk"))
    assert open_table(path).encoding == "gb18030"
    with pytest.raises(DataError) as caught:
        open_table(path, encoding="utf-8-sig")
    assert str(caught.value.problems[0]).endswith(
        "the text cannot be read as UTF-8: UTF-8 fails at line 1, byte 0xc6; choose the "
        "other encoding")
