"""The firm table exported to .xlsx and .csv, and imported back without a change."""

from __future__ import annotations

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from explorer.core.registry.export import write_firm_table
from explorer.core.registry.mapping import guess_mapping
from explorer.core.registry.plan import ImportOptions, plan_import
from explorer.core.registry.read import open_table
from explorer.core.session import EditSession

from .helpers import credit_code, write_csv

HOSTILE = "{{ 6*7 }} <b>x</b>"


@pytest.fixture(scope="module")
def cat(tmp_path_factory):
    """The bundled catalogue with a registry imported: points, parks, codes, odd text."""
    cat = load_catalogue()
    folder = tmp_path_factory.mktemp("registry")
    rows = [["企业名称", "统一社会信用代码", "经度", "纬度", "所属园区", "产业链", "注册地址", "备注"]]
    rows += [[f"合成企业{i}", credit_code(i), f"{112.5 + i / 7:.9f}", f"{26.9 + i / 13}",
              "", "纺织服装", "蒸湘区", ""] for i in range(5)]
    rows += [[HOSTILE, "", "", "", "湘南纺织产业基地", "生物医药", "=1+1", "-负数备注"],
             ["无址企业", credit_code(9), "", "", "", "核技术应用", "", "@备注"]]
    table = open_table(write_csv(folder / "in.csv", rows))
    plan = plan_import(cat, table, ImportOptions(guess_mapping(table.headers), editor="x"))
    EditSession(cat, "x").apply(plan.edit)
    return cat


def plan_back(cat, path):
    table = open_table(path)
    return table, plan_import(cat, table, ImportOptions(guess_mapping(table.headers)))


@pytest.mark.parametrize("name,encoding", [("firms.xlsx", "utf-8-sig"),
                                           ("firms.csv", "utf-8-sig"),
                                           ("firms.csv", "gb18030")])
def test_export_then_import_changes_nothing(cat, tmp_path, name, encoding):
    path = tmp_path / name
    assert write_firm_table(cat, path, encoding=encoding) == len(cat.tenants) == 13
    table, plan = plan_back(cat, path)
    if name.endswith(".csv"):
        assert table.encoding == ("gb18030" if encoding == "gb18030" else "utf-8-sig")
    assert table.headers == ["企业名称", "英文名称", "统一社会信用代码", "经度", "纬度", "所属园区",
                             "产业链", "注册地址", "备注"]
    assert set(guess_mapping(table.headers).values()) >= {"name_zh", "uscc", "lon", "lat",
                                                          "park", "chain", "note"}
    assert len(plan.edit.after) == 0 and len(plan.edit.before) == 0
    assert plan.report.counts["unchanged"] == 13
    assert plan.report.counts["imported"] == plan.report.counts["updated"] == 0


def test_export_of_some_firms_keeps_text_literal(cat, tmp_path):
    [hostile] = cat.tenants.matching_ids("6*7")
    path = tmp_path / "some.csv"
    assert write_firm_table(cat, path, ids=[hostile]) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert HOSTILE in text and "'=1+1" in text and "'-负数备注" in text  # no formulas
    table = open_table(path)
    row = dict(zip(table.headers, table.preview()[0]))
    assert row["企业名称"] == HOSTILE and row["注册地址"] == "=1+1"
    assert row["所属园区"] == "湘南纺织产业基地" and row["产业链"] == "生物医药"
    assert row["备注"] == "-负数备注；位置取自所属园区（精度：区县范围内）"


def test_a_wrong_suffix_or_encoding_is_refused_and_nothing_is_written(cat, tmp_path):
    with pytest.raises(DataError, match="written as .xlsx or .csv, not '.ods'"):
        write_firm_table(cat, tmp_path / "x.ods")
    with pytest.raises(DataError, match="utf-8-sig or gb18030, not 'latin-1'"):
        write_firm_table(cat, tmp_path / "x.csv", encoding="latin-1")
    target = tmp_path / "keep.csv"
    target.write_text("old")
    with pytest.raises(KeyError):
        write_firm_table(cat, target, ids=["no-such-firm"])
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == [
        "keep.csv"]
