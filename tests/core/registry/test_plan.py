"""Planning an import: mapping, datums, chains and parks, credit codes, duplicates, the
report, and one edit that a session applies and undoes exactly."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.catalogue import load_catalogue
from explorer.core.coords import from_wgs84
from explorer.core.errors import DataError
from explorer.core.registry.mapping import guess_mapping
from explorer.core.registry.plan import (ImportCancelled, ImportOptions, plan_import,
                                         unmatched)
from explorer.core.registry.read import open_table
from explorer.core.session import EditSession

from .helpers import credit_code, write_csv

HEADER = ["企业名称", "统一社会信用代码", "经度", "纬度", "所属园区", "产业链", "注册地址"]
HOSTILE = "{{ 6*7 }} <b>x</b> {% endfor %}"


@pytest.fixture
def cat():
    return load_catalogue()


def table_of(tmp_path, rows, header=HEADER, name="registry.csv"):
    return open_table(write_csv(tmp_path / name, [header, *rows]))


def options(table, **kw):
    return ImportOptions(mapping=guess_mapping(table.headers), editor="测试员", **kw)


def reasons(plan, outcome=None):
    return [(r.row, r.column, r.value, str(r.reason)) for r in plan.report.rows
            if outcome is None or r.outcome == outcome]


def tenant_snapshot(cat):
    columns, geometries = cat.tenants.frame_columns()
    return ({k: list(v) for k, v in columns.items()},
            [None if g is None else g.wkb for g in geometries])


def test_a_gcj02_registry_lands_in_wgs84(cat, tmp_path):
    wgs = (112.6, 26.9)
    glon, glat = from_wgs84("gcj02", *wgs)
    table = table_of(tmp_path, [["衡阳甲公司", credit_code(1), f"{float(glon):.9f}",
                                 f"{float(glat):.9f}", "", "纺织服装", "蒸湘区 1 号"]])
    plan = plan_import(cat, table, options(table, datum="gcj02"))
    assert plan.report.counts["imported"] == 1 and plan.report.rows == []
    row = plan.edit.after.row(0)
    assert row["chain_id"] == "textile" and row["credit_code"] == credit_code(1)
    assert row["address"] == "蒸湘区 1 号" and row["source_id"] == "user-survey-测试员"
    assert abs(row["geometry"].x - wgs[0]) < 1e-7 and abs(row["geometry"].y - wgs[1]) < 1e-7
    assert plan.edit.layer == "tenants" and len(plan.edit.row_ids) == 1


def test_chains_and_parks_match_by_id_chinese_or_english_name(cat, tmp_path):
    table = table_of(tmp_path, [
        ["甲", "", "112.6", "26.9", "xiangnan-textile-base", "textile", ""],
        ["乙", "", "112.6", "26.9", "湘南纺织产业基地", "Textiles and apparel", ""],
        ["丙", "", "112.6", "26.9", "Xiangnan Textile Industrial Base", " 纺织服装 ", ""],
    ])
    plan = plan_import(cat, table, options(table))
    after = plan.edit.after
    assert list(after.columns["park_id"]) == ["xiangnan-textile-base"] * 3
    assert list(after.columns["chain_id"]) == ["textile"] * 3
    assert unmatched(cat, table, options(table)) == ([], [])


def test_unmatched_values_are_listed_once_and_can_be_mapped(cat, tmp_path):
    table = table_of(tmp_path, [
        ["甲", "", "112.6", "26.9", "某某园", "新材料", ""],
        ["乙", "", "112.6", "26.9", "某某园", "新材料", ""],
        ["丙", "", "112.6", "26.9", "", "", ""],
    ])
    assert unmatched(cat, table, options(table)) == (["新材料", ""], ["某某园"])
    plan = plan_import(cat, table, options(table))
    assert plan.report.counts["rejected"] == 3
    chosen = options(table, chain_values={"新材料": "textile", "": "nuclear"},
                     park_values={"某某园": None})
    plan = plan_import(cat, table, chosen)
    assert plan.report.counts["imported"] == 3 and plan.report.counts["doubtful"] == 0
    assert list(plan.edit.after.columns["chain_id"]) == ["textile", "textile", "nuclear"]
    assert list(plan.edit.after.columns["park_id"]) == ["", "", ""]


def test_a_firm_without_coordinates_is_placed_at_its_park_and_says_so(cat, tmp_path):
    park = cat.parks["xiangnan-textile-base"]
    table = table_of(tmp_path, [["甲", "", "", "", "湘南纺织产业基地", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    row = plan.edit.after.row(0)
    assert row["geometry"].equals(park.geometry)
    assert "精度：区县范围内" in row["note_zh"] and "precision: district" in row["note_en"]
    assert plan.report.counts["placed_at_park"] == 1
    assert reasons(plan, "placed_at_park") == [
        (2, "所属园区", "湘南纺织产业基地",
         "no coordinates: placed at its park 湘南纺织产业基地 (precision: approximate: "
         "somewhere in the district)")]


def test_a_firm_with_neither_stays_unplaced_and_is_found_by_search(cat, tmp_path):
    table = table_of(tmp_path, [["无址企业", credit_code(5), "", "", "", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    assert plan.report.counts["unplaced"] == 1
    assert [r[3] for r in reasons(plan, "unplaced")] == [
        "no coordinates and no park with a place: kept without a place; find it by search"]
    EditSession(cat, "测试员").apply(plan.edit)
    found = cat.tenants.matching_ids("无址")
    assert len(found) == 1 and cat.tenants[found[0]].geometry is None
    assert cat.tenants.matching_ids(credit_code(5)) == found
    assert cat.tenants.matching_ids(credit_code(5).lower()) == found
    assert cat.search_all(credit_code(5)[:12]).firms == found


REJECTIONS = [
    (["", credit_code(1), "112.6", "26.9", "", "纺织服装", ""], "企业名称",
     "no firm name: the row is left out"),
    (["甲", "", "112.6", "26.9", "", "", ""], "产业链",
     "no industrial chain: every firm belongs to one of the catalogue's chains; choose one "
     "for the rows without"),
    (["甲", "", "112.6", "26.9", "", "不存在链", ""], "产业链",
     "no chain '不存在链' in the catalogue: map it to a chain, or the row is left out"),
]


@pytest.mark.parametrize("row,column,reason", REJECTIONS)
def test_each_rejection_reason(cat, tmp_path, row, column, reason):
    table = table_of(tmp_path, [row])
    plan = plan_import(cat, table, options(table))
    assert plan.report.counts["rejected"] == 1 and plan.report.counts["imported"] == 0
    assert [(r.row, r.column, str(r.reason), r.outcome) for r in plan.report.rows] == [
        (2, column, reason, "rejected")]
    assert len(plan.edit.after) == 0


BAD_CODES = [
    ("91430400123", "a credit code has 18 characters, this one 11"),
    ("91430400I2345678O9", "a credit code has digits and the capitals "
                           "ABCDEFGHJKLMNPQRTUWXY only, not I O"),
    (credit_code(7)[:17] + ("0" if credit_code(7)[17] != "0" else "1"),
     f"the check character is {'0' if credit_code(7)[17] != '0' else '1'}, but the first 17 "
     f"characters call for {credit_code(7)[17]}"),
]


@pytest.mark.parametrize("code,reason", BAD_CODES)
def test_bad_credit_codes_are_kept_as_doubtful_or_rejected(cat, tmp_path, code, reason):
    table = table_of(tmp_path, [["甲", code, "112.6", "26.9", "", "纺织服装", ""]])
    kept = plan_import(cat, table, options(table, bad_codes="keep"))
    assert reasons(kept) == [(2, "统一社会信用代码", code, reason)]
    assert kept.report.rows[0].outcome == "doubtful"
    assert kept.report.counts["doubtful"] == 1 and kept.report.counts["imported"] == 1
    assert list(kept.edit.after.columns["credit_code"]) == [code]
    refused = plan_import(cat, table, options(table, bad_codes="reject"))
    assert refused.report.rows[0].outcome == "rejected"
    assert refused.report.counts["rejected"] == 1 and len(refused.edit.after) == 0


def test_full_width_and_spaced_codes_are_normalised(cat, tmp_path):
    code = credit_code(3)
    typed = " ".join([code[:6], code[6:].lower()]).replace("1", "１")
    table = table_of(tmp_path, [["甲", typed, "112.6", "26.9", "", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    assert plan.report.rows == [] and list(plan.edit.after.columns["credit_code"]) == [code]


def test_duplicates_in_the_file_are_rejected_with_the_first_row(cat, tmp_path):
    table = table_of(tmp_path, [
        ["甲", credit_code(1), "112.6", "26.9", "", "纺织服装", ""],
        ["甲二", credit_code(1), "112.6", "26.9", "", "纺织服装", ""],
        ["乙", "", "112.6", "26.9", "", "纺织服装", ""],
        ["乙", "", "112.7", "26.8", "", "纺织服装", ""],
    ])
    plan = plan_import(cat, table, options(table))
    assert [(r.row, str(r.reason)) for r in plan.report.rows] == [
        (3, "the same credit code as row 2: left out"),
        (5, "the same name and park as row 4: left out")]
    assert plan.report.counts["imported"] == 2 and plan.report.counts["rejected"] == 2


DOUBTFUL_POINTS = [
    (["", "26.9"], "纬度", "26.9", "only the latitude is given: the point is left out"),
    (["112.6", ""], "经度", "112.6", "only the longitude is given: the point is left out"),
    (["东经112度", "26.9"], "经度", "东经112度", "'东经112度' is not a number: the point is left out"),
    (["112.6", "inf"], "纬度", "inf", "'inf' is not a number: the point is left out"),
    (["26.9", "112.6"], "经度", "26.9, 112.6",
     "longitude and latitude seem swapped: the point is left out"),
    (["2.35", "48.85"], "经度", "2.35, 48.85", "the point is not in China: the point is left out"),
]


@pytest.mark.parametrize("point,column,value,reason", DOUBTFUL_POINTS)
def test_doubtful_points_are_reported_and_left_out(cat, tmp_path, point, column, value,
                                                   reason):
    table = table_of(tmp_path, [["甲", "", *point, "", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    assert reasons(plan, "doubtful") == [(2, column, value, reason)]
    assert plan.edit.after.row(0)["geometry"] is None
    assert plan.report.counts["doubtful"] == 1 and plan.report.counts["unplaced"] == 1


def test_a_point_far_from_hengyang_is_kept_but_doubtful(cat, tmp_path):
    table = table_of(tmp_path, [["甲", "", "116.4", "39.9", "", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    assert [r[3] for r in reasons(plan, "doubtful")] == [
        "the point is far outside Hengyang: check the coordinate system; the point is kept"]
    assert plan.edit.after.row(0)["geometry"].x == 116.4


def test_an_unknown_park_is_doubtful_and_left_empty(cat, tmp_path):
    table = table_of(tmp_path, [["甲", "", "112.6", "26.9", "月球园区", "纺织服装", ""]])
    plan = plan_import(cat, table, options(table))
    assert reasons(plan) == [(2, "所属园区", "月球园区",
                              "no park '月球园区' in the catalogue: imported without a park")]
    assert list(plan.edit.after.columns["park_id"]) == [""]


def test_a_mapping_that_cannot_work_is_refused(cat, tmp_path):
    table = table_of(tmp_path, [["甲", "", "112.6", "26.9", "", "纺织服装", ""]])
    mapping = guess_mapping(table.headers)
    with pytest.raises(DataError, match="no column is mapped to the firm name"):
        plan_import(cat, table, ImportOptions({**mapping, "企业名称": None}))
    with pytest.raises(DataError, match="map both longitude and latitude, or neither"):
        plan_import(cat, table, ImportOptions({**mapping, "纬度": None}))
    with pytest.raises(DataError, match="unknown coordinate system 'wgs72'"):
        plan_import(cat, table, ImportOptions(mapping, datum="wgs72"))


def registry(tmp_path):
    return table_of(tmp_path, [
        ["衡阳甲公司", credit_code(1), "112.6", "26.9", "", "纺织服装", HOSTILE],
        ["衡阳乙公司", "", "", "", "湘南纺织产业基地", "生物医药", ""],
        ["建滔实业", "", "", "", "songmu-edz", "salt-chemicals", "松木经开区"],
        ["无名之地", "", "", "", "", "纺织服装", ""],
        ["", "", "", "", "", "纺织服装", ""],
    ])


def test_reimporting_the_same_file_changes_nothing(cat, tmp_path):
    table = registry(tmp_path)
    session = EditSession(cat, "测试员")
    first = plan_import(cat, table, options(table))
    assert {k: v for k, v in first.report.counts.items() if v} == {
        "imported": 3, "updated": 1, "placed_at_park": 1, "unplaced": 1, "rejected": 1}
    session.apply(first.edit)
    snapshot = tenant_snapshot(cat)
    again = plan_import(cat, table, options(table))
    assert again.report.counts["imported"] == 0 and again.report.counts["updated"] == 0
    assert again.report.counts["unchanged"] == 4
    assert len(again.edit.after) == 0 and len(again.edit.before) == 0
    session.apply(again.edit)
    assert tenant_snapshot(cat) == snapshot


def test_a_catalogue_firm_is_updated_not_duplicated(cat, tmp_path):
    table = registry(tmp_path)
    before = cat.tenants["kingboard-hengyang"]
    plan = plan_import(cat, table, options(table))
    EditSession(cat, "测试员").apply(plan.edit)
    after = cat.tenants["kingboard-hengyang"]
    assert after.address == "松木经开区" and after.source_id == before.source_id
    assert after.quote == before.quote
    assert after.geometry is None  # no source gives its site: not placed at its park
    assert sum(t.name_zh == "建滔实业" for t in cat.tenants.values()) == 1


def test_bundled_figures_tenants_and_parks_stay_as_they_were(cat, tmp_path):
    table = registry(tmp_path)
    figures, parks = list(cat.figures), dict(cat.parks)
    bundled = {i: cat.tenants[i] for i in cat.tenants if i != "kingboard-hengyang"}
    EditSession(cat, "测试员").apply(plan_import(cat, table, options(table)).edit)
    assert cat.figures == figures and cat.parks == parks and len(figures) > 30
    assert all(cat.tenants[i] == t for i, t in bundled.items())
    assert len(cat.tenants) == 6 + 3


def test_undo_restores_exactly_and_redo_again(cat, tmp_path):
    table = registry(tmp_path)
    session = EditSession(cat, "测试员")
    original = tenant_snapshot(cat)
    plan = plan_import(cat, table, options(table))
    session.apply(plan.edit)
    imported = tenant_snapshot(cat)
    session.revert(plan.edit)
    assert tenant_snapshot(cat) == original
    assert not session.changes().blocks and not session.pending
    session.apply(plan.edit)
    assert tenant_snapshot(cat) == imported


def test_cancel_raises_and_leaves_the_catalogue_unchanged(cat, tmp_path):
    table = registry(tmp_path)
    original = tenant_snapshot(cat)
    seen = []
    with pytest.raises(ImportCancelled):
        plan_import(cat, table, options(table), progress=lambda d, t: seen.append((d, t)),
                    cancelled=lambda: len(seen) >= 3)
    assert seen == [(1, 8), (2, 8), (3, 8)]
    assert tenant_snapshot(cat) == original


def test_hostile_text_stays_literal(cat, tmp_path):
    table = table_of(tmp_path, [[HOSTILE, "", "112.6", "26.9", HOSTILE, "纺织服装", HOSTILE]])
    plan = plan_import(cat, table, options(table))
    row = plan.edit.after.row(0)
    assert row["name_zh"] == HOSTILE and row["address"] == HOSTILE
    assert reasons(plan)[0][2] == HOSTILE


def test_the_report_csv_has_chinese_headers_and_every_row(cat, tmp_path):
    table = registry(tmp_path)
    plan = plan_import(cat, table, options(table))
    out = tmp_path / "report.csv"
    plan.report.write_csv(out)
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[0] == "行号,列,值,结果,原因"
    assert len(lines) == 1 + len(plan.report.rows) == 4
    assert lines[1].startswith("3,所属园区,湘南纺织产业基地,placed at its park,")


def test_arrays_not_rows_at_scale(cat, tmp_path):
    n = 20_000
    rows = [[f"合成企业{i}", credit_code(i), f"{112.3 + i / 1e5:.6f}", "26.9", "",
             "纺织服装", ""] for i in range(n)]
    table = table_of(tmp_path, rows)
    plan = plan_import(cat, table, options(table))
    assert plan.report.counts["imported"] == n and plan.report.rows == []
    assert np.allclose(plan.edit.after.lon, 112.3 + np.arange(n) / 1e5)


def test_two_rows_naming_one_catalogue_firm_keep_the_first(cat, tmp_path):
    """Two codes the catalogue does not know, on two rows with the name and park of one
    catalogue firm (which has no code): the first row updates it, the second is left out."""
    table = table_of(tmp_path, [
        ["建滔实业", credit_code(11), "", "", "songmu-edz", "salt-chemicals", ""],
        ["建滔实业", credit_code(12), "", "", "songmu-edz", "salt-chemicals", ""],
    ])
    plan = plan_import(cat, table, options(table))
    assert [(r.row, str(r.reason), r.outcome) for r in plan.report.rows] == [
        (3, "the same catalogue firm as row 2: left out", "rejected")]
    assert plan.report.counts["updated"] == 1 and plan.report.counts["imported"] == 0
    assert list(plan.edit.after.columns["id"]) == ["kingboard-hengyang"]
    assert list(plan.edit.after.columns["credit_code"]) == [credit_code(11)]
