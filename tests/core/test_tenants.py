"""The firms as columns: a mapping of id → Tenant, and the placed firms the page draws."""

import dataclasses

import pytest
import shapely

from explorer.core.model import Tenant
from explorer.core.tenants import TenantTable


def firm(tenant_id, name_zh="", name_en="", park_id="", chain_id="nuclear", point=None):
    return Tenant(tenant_id, name_zh, name_en, park_id, chain_id, "src", "", "", "", "", point)


FIRMS = [
    firm("a", "衡阳钢管厂", "Hengyang Steel Tube", "songmu-edz", "nonferrous",
         shapely.Point(112.6, 26.9)),
    firm("b", "湖南核材料", "", "", "nuclear", None),
    firm("c", "纺织公司", "TEXTILE Co.", "songmu-edz", "textile", shapely.Point(112.7, 26.8)),
    firm("d", "空点企业", "Empty point", "", "nuclear", shapely.Point()),
]


@pytest.fixture
def table():
    return TenantTable.from_records(FIRMS)


def test_a_mapping_of_records_in_file_order(table):
    assert len(table) == 4 and list(table) == ["a", "b", "c", "d"]
    assert table["c"] == FIRMS[2]
    assert table["d"] == dataclasses.replace(FIRMS[3], geometry=None)  # empty: no place
    assert "b" in table and "z" not in table and 3 not in table
    with pytest.raises(KeyError):
        table["z"]
    assert dict(table.items()) == {t.id: table[t.id] for t in FIRMS}
    assert TenantTable.from_records([]) == {}


def test_of_park(table):
    assert [t.id for t in table.of_park("songmu-edz")] == ["a", "c"]
    assert table.of_park("nowhere") == []


def test_placed_firms_are_numbered_in_file_order(table):
    assert table.placed_count == 2
    assert [table.placed_id(i) for i in range(2)] == ["a", "c"]
    assert [table.placed_index(i) for i in ["a", "b", "c", "d", "z"]] == [0, -1, 1, -1, -1]
    assert table.lon.tolist() == [112.6, 112.7] and table.lat.tolist() == [26.9, 26.8]
    assert table.placed_chains(["nuclear", "textile", "nonferrous"]).tolist() == [2, 1]
    with pytest.raises(ValueError):
        table.placed_chains(["nuclear"])


def test_search_names_in_both_languages_ignoring_case(table):
    assert table.placed_matching("  ") is None
    assert table.placed_matching("钢管").tolist() == [True, False]
    assert table.placed_matching("textile").tolist() == [False, True]
    assert table.placed_matching("co").tolist() == [False, True]
    assert table.placed_matching("核材料").tolist() == [False, False]  # firm b has no point
    assert table.placed_matching(".*").tolist() == [False, False]  # text, not a pattern


def test_blank_text_reads_as_empty_strings():
    table = TenantTable({"id": ["x"], "name_zh": [None], "name_en": [float("nan")],
                         "park_id": [""], "chain_id": ["nuclear"], "source_id": [None],
                         "quote": [None], "park_source_id": [None], "note_zh": [None],
                         "note_en": [None]}, [None])
    assert table["x"] == Tenant("x", "", "", "", "nuclear", "", "", "", "", "", None)


def test_search_finds_firms_by_credit_code():
    """A registry's firms are found by their 统一社会信用代码 too, whole or in part, in any
    case, placed or not."""
    firms = [dataclasses.replace(FIRMS[0], credit_code="91430400MA4L16JQ9B"),
             dataclasses.replace(FIRMS[1], credit_code="91430400123456789X"), FIRMS[2]]
    table = TenantTable.from_records(firms)
    assert table.matching_ids("91430400MA4L16JQ9B") == ["a"]
    assert table.matching_ids("ma4l16") == ["a"]
    assert table.matching_ids("91430400") == ["a", "b"]
    assert list(table.placed_matching("MA4L16")) == [True, False]
    assert list(table.placed_matching("123456789X")) == [False, False]  # b has no point


def test_bulk_put_and_delete_keep_rows_and_points_in_step(table):
    from explorer.core.tenants import FirmRows

    rows = table.rows(["c", "b"])
    assert list(rows.columns["id"]) == ["c", "b"] and rows.lon[0] == 112.7
    assert rows.lon[1] != rows.lon[1]  # NaN: b has no point
    rows.columns["name_zh"] = rows.columns["name_zh"] + "（改）"
    new = FirmRows({"id": ["e"], "name_zh": ["新企业"], "chain_id": ["textile"]},
                   [113.0], [27.0])
    table.put_many(rows)
    table.put_many(new)
    assert list(table) == ["a", "b", "c", "d", "e"]
    assert table["c"].name_zh == "纺织公司（改）" and table["c"].geometry.x == 112.7
    assert table["e"].geometry.equals(shapely.Point(113.0, 27.0))
    assert [table.placed_id(i) for i in range(table.placed_count)] == ["a", "c", "e"]
    table.delete_many(["c", "a"])
    assert list(table) == ["b", "d", "e"]
    assert [table.placed_id(i) for i in range(table.placed_count)] == ["e"]
    with pytest.raises(KeyError):
        table.delete_many(["zz"])


def test_lookups_searches_and_chains_follow_edits(table):
    """What the table derives from its columns (ids in order, chain numbers, the last
    search) is that of the columns as they are after each edit."""
    assert table.matching_ids("钢管") == ["a"] and table.chain_counts("textile") == (1, 0)
    assert table.placed_chains(["nuclear", "nonferrous", "textile"]).tolist() == [1, 2]
    table.put({**dataclasses.asdict(firm("e", "钢管二厂", chain_id="textile")),
               "geometry": shapely.Point(112.5, 26.9)})
    assert table.matching_ids("钢管") == ["a", "e"] and table.chain_counts("textile") == (2, 0)
    assert table["e"].name_zh == "钢管二厂" and table.placed_index("e") == 2
    table.put({**dataclasses.asdict(table["a"]), "chain_id": "textile", "name_zh": "改名"})
    assert table.matching_ids("钢管") == ["e"] and table.chain_counts("textile") == (3, 0)
    assert table.placed_chains(["nuclear", "nonferrous", "textile"]).tolist() == [2, 2, 2]
    table.delete("a")
    assert "a" not in table and table["e"].name_zh == "钢管二厂"
    assert table.matching_ids("钢管") == ["e"] and table.chain_counts("textile") == (2, 0)
    assert [table._row(i) for i in ("b", "c", "d", "e")] == [0, 1, 2, 3]


def test_a_repeated_id_finds_its_last_row():
    table = TenantTable.from_records([firm("x", "一"), firm("y", "二"), firm("x", "三")])
    assert table["x"].name_zh == "三" and "y" in table and "" not in table
    assert [table._row(i) for i in ("x", "y")] == [2, 1]
    ids = table.matching_ids("二")
    assert ids == ["y"] and len(ids) == 1 and list(ids) == ["y"] and ids[:5] == ["y"]


def many_firms(n=12_000) -> list[Tenant]:
    """n firms whose chains, parks, sources and notes repeat (kept as categories), every
    tenth without a point."""
    chains = ("nuclear", "textile", "nonferrous")
    return [Tenant(f"f{k}", f"企业{k}", "", "songmu-edz" if k % 3 else "", chains[k % 3],
                   "src", "", "rednet" if k % 3 else "", f"行业{k % 4}", "",
                   None if k % 10 == 0 else shapely.Point(112 + k / 1e5, 26.9),
                   credit_code=f"9143{k:014d}") for k in range(n)]


def test_repeated_fields_kept_as_categories_answer_as_text(monkeypatch):
    import explorer.core.tenants as tenants_module

    firms = many_firms()
    compact = TenantTable.from_records(firms)
    with monkeypatch.context() as patched:  # a table as it was before categories
        patched.setattr(tenants_module, "COMPACT_FROM", 10**9)
        text = TenantTable.from_records(firms)
    assert str(compact._text["chain_id"].dtype) == "category"
    assert str(compact._text["id"].dtype) == str(text._text["chain_id"].dtype) == "str"

    def same(a: TenantTable, b: TenantTable):
        assert list(a) == list(b) and a.placed_count == b.placed_count
        for name in ("chain_id", "park_id", "note_zh", "name_zh"):
            assert a.column(name).dtype == "str" and a.column(name).equals(b.column(name))
        for chain in ("nuclear", "textile", "nonferrous", "none"):
            assert a.chain_counts(chain) == b.chain_counts(chain)
            assert a.park_counts(chain) == b.park_counts(chain)
            assert a.placed_bounds(chain) == b.placed_bounds(chain)
        order = ["textile", "nuclear", "nonferrous", "new-chain", "steel"]
        assert a.placed_chains(order).tolist() == b.placed_chains(order).tolist()
        assert a.park_count("songmu-edz") == b.park_count("songmu-edz")
        assert a.rows_naming("park_id", ["songmu-edz"]).tolist() == \
            b.rows_naming("park_id", ["songmu-edz"]).tolist()
        for tenant_id in ("f0", "f7", "f11999", "new"):
            assert (tenant_id in a) == (tenant_id in b)
            if tenant_id in a:
                assert a[tenant_id] == b[tenant_id]
        columns_a, geometries_a = a.frame_columns()
        columns_b, geometries_b = b.frame_columns()
        assert all(columns_a[k].equals(columns_b[k]) for k in columns_b)
        some = a.rows(["f5", "f11"])
        assert some.columns["chain_id"].tolist() == ["nonferrous", "nonferrous"]
        assert all(some.columns[k].equals(b.rows(["f5", "f11"]).columns[k]) for k in columns_b)

    same(compact, text)
    for table in (compact, text):  # one firm at a time, with values new to a category
        table.put({**dataclasses.asdict(table["f3"]), "chain_id": "textile", "note_zh": "新"})
        table.put({**dataclasses.asdict(firm("new", "新企业", park_id="new-park",
                                             chain_id="new-chain")),
                   "geometry": shapely.Point(112.4, 26.8)})
        table.delete("f4")
    same(compact, text)
    assert compact["new"].park_id == "new-park" and compact["f3"].note_zh == "新"
    assert compact.chain_counts("new-chain") == (1, 0)
    for table in (compact, text):  # many at once, as an import
        table.put_many(table.rows(["f6", "f8"]).take([1, 0]))
        changed = table.rows(["f10"])  # without a point
        changed.columns["chain_id"].iloc[0] = "steel"
        table.put_many(changed)
        table.delete_many(["f1", "f2"])
    same(compact, text)
    assert compact.chain_counts("steel") == (0, 1)
