"""What a save writes after bulk edits (EditSession.changes): after one import it takes the
import's rows without looking them up among all the firms, and those are exactly the rows
the lookup finds; after anything else it looks them up."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.edits import tenant_row
from explorer.core.registry.mapping import guess_mapping
from explorer.core.registry.plan import ImportOptions, plan_import
from explorer.core.registry.read import open_table
from explorer.core.session import EditSession

from .helpers import credit_code, write_csv

HEADER = ["企业名称", "统一社会信用代码", "经度", "纬度", "所属园区", "产业链"]


def plan_of(cat, tmp_path, rows, name="r.csv"):
    table = open_table(write_csv(tmp_path / name, [HEADER, *rows]))
    return plan_import(cat, table, ImportOptions(guess_mapping(table.headers),
                                                 editor="测试员"))


def looked_up(session):
    """The touched firms as the general path finds them."""
    tenants = session.cat.tenants
    ids = session._bulk_ids()
    return tenants.rows(ids[tenants.has_ids(ids)])


def same(a, b) -> bool:
    if len(a) != len(b) or not np.array_equal(a.lon, b.lon, equal_nan=True) or \
            not np.array_equal(a.lat, b.lat, equal_nan=True):
        return False
    if any(a.columns[n].tolist() != b.columns[n].tolist() for n in a.columns):
        return False
    shapes = [None if a.shapes is None else a.shapes, None if b.shapes is None else b.shapes]
    if shapes[0] is None or shapes[1] is None:
        return all(s is None or not any(x is not None for x in s) for s in shapes)
    return all((x is None and y is None) or (x is not None and y is not None and
                                             x.equals_exact(y, 0))
               for x, y in zip(*shapes))


@pytest.fixture
def cat():
    return load_catalogue(None)


def rows_with_updates():
    new = [[f"企业{i}", credit_code(i), f"{112.5 + i / 1000:.6f}", "26.9", "", "纺织服装"]
           for i in range(40)]
    # an update of a bundled firm (same name and park), with a point from the file
    return new + [["建滔实业", "", "112.61", "26.95", "songmu-edz", "salt-chemicals"]]


def test_after_one_import_the_rows_are_the_import_s_and_those_the_lookup_finds(cat, tmp_path):
    session = EditSession(cat, "测试员")
    plan = plan_of(cat, tmp_path, rows_with_updates())
    session.apply(plan.edit)
    fast = session._rows_of_last_bulk_edit()
    assert fast is plan.edit.after
    assert same(fast, looked_up(session))
    [block] = session.changes().blocks["tenants"]
    assert block is plan.edit.after


def test_a_firm_with_a_shape_given_a_point_is_written_as_the_point(cat, tmp_path):
    """The table keeps a shape only for a firm without a point; so does the fast path."""
    firm = next(iter(cat.tenants))
    square = shapely.box(112.4, 26.8, 112.41, 26.81)
    cat.tenants.put({**tenant_row(cat.tenants[firm]), "geometry": square})
    row = cat.tenants[firm]
    session = EditSession(cat, "测试员")
    plan = plan_of(cat, tmp_path, [[row.name_zh, row.credit_code, "112.7", "26.95",
                                    row.park_id, row.chain_id]])
    assert plan.edit.after.shapes is not None and plan.edit.after.shapes[0] is not None
    session.apply(plan.edit)
    fast = session._rows_of_last_bulk_edit()
    assert fast.shapes is None
    assert same(fast, looked_up(session))


@pytest.mark.parametrize("then", ["single edit", "undo", "undo and redo", "second import"])
def test_otherwise_the_rows_are_looked_up(cat, tmp_path, then):
    session = EditSession(cat, "测试员")
    plan = plan_of(cat, tmp_path, rows_with_updates())
    session.apply(plan.edit)
    if then == "single edit":
        firm = plan.edit.after.columns["id"].iloc[0]
        session.apply(editing.put_firm(cat, {"id": firm, "name_zh": "改名企业"}, "测试员"))
    elif then == "undo":
        session.saved()
        session.revert(plan.edit)
    elif then == "undo and redo":
        session.revert(plan.edit)
        session.apply(plan.edit)
    else:
        session.apply(plan_of(cat, tmp_path, [["另一企业", "", "112.6", "26.9", "",
                                               "纺织服装"]], "s.csv").edit)
    fast = session._rows_of_last_bulk_edit()
    if then == "undo and redo":  # the same state as after the import alone
        assert fast is plan.edit.after
    else:
        assert fast is None
    changes = session.changes()
    if then == "undo":  # the import's new firms are deleted, the updated one put back
        assert len(changes.layers["tenants"]) == 40
        [block] = changes.blocks["tenants"]
        assert block.columns["name_zh"].tolist() == ["建滔实业"]
    else:
        [block] = changes.blocks["tenants"]
        assert same(block, looked_up(session))
    if then == "single edit":
        assert "改名企业" in block.columns["name_zh"].tolist()
