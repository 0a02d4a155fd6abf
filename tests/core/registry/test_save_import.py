"""An import saved like any edit: in place into a GeoPackage, or into PostGIS; undone and
saved again; re-imported without a change."""

from __future__ import annotations

import shutil

import pyogrio
import pytest

from explorer.core.catalogue import load_catalogue
from explorer.core.load import BUNDLED_PATH
from explorer.core.registry.mapping import guess_mapping
from explorer.core.registry.plan import ImportOptions, plan_import
from explorer.core.registry.read import open_table
from explorer.core.session import EditSession

from .helpers import credit_code, write_csv

HEADER = ["企业名称", "统一社会信用代码", "经度", "纬度", "所属园区", "产业链"]


def registry(tmp_path, n=50):
    rows = [[f"合成企业{i}", credit_code(i), f"{112.5 + i / 1000:.6f}", "26.9", "",
             "纺织服装"] for i in range(n)]
    rows.append(["建滔实业", "", "", "", "songmu-edz", "salt-chemicals"])
    rows.append(["园区企业", "", "", "", "湘南纺织产业基地", "纺织服装"])
    return open_table(write_csv(tmp_path / "registry.csv", [HEADER, *rows]))


def firms(cat):
    columns, geometries = cat.tenants.frame_columns()
    rows = zip(*[list(c) for c in columns.values()], [g.wkt if g is not None else None
                                                      for g in geometries])
    return sorted(rows)


def imported(cat, table):
    session = EditSession(cat, "测试员", "名录导入")
    plan = plan_import(cat, table, ImportOptions(guess_mapping(table.headers),
                                                 editor="测试员", note="名录导入"))
    session.apply(plan.edit)
    return session, plan


def test_an_import_is_saved_in_place_and_reads_back(tmp_path):
    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    cat = load_catalogue(path)
    table = registry(tmp_path)
    session, plan = imported(cat, table)
    cat.store.write(session.changes(), cat)
    session.saved()
    again = load_catalogue(path)
    assert firms(again) == firms(cat)
    assert len(again.tenants) == 6 + 51
    assert again.tenants["kingboard-hengyang"].geometry is None
    assert again.tenants["kingboard-hengyang"].credit_code == ""
    [edit] = again.history
    assert (edit.action, edit.editor, edit.row_id, edit.note) == (
        "import", "测试员", "registry.csv", "名录导入")
    assert edit.after["imported"] == 51 and edit.after["unchanged"] == 1
    # GDAL's spatial index knows the new points
    found = pyogrio.read_dataframe(path, layer="tenants", bbox=(112.5, 26.8, 112.52, 27.0))
    assert sorted(found["name_zh"]) == sorted(f"合成企业{i}" for i in range(21))
    info = pyogrio.read_info(path, layer="tenants")
    assert info["features"] == 6 + 51


def test_undo_after_saving_is_saved_back_to_the_original(tmp_path):
    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    cat = load_catalogue(path)
    original = firms(cat)
    session, plan = imported(cat, registry(tmp_path))
    cat.store.write(session.changes(), cat)
    session.saved()
    session.revert(plan.edit)
    cat.store.write(session.changes(), cat)
    again = load_catalogue(path)
    assert firms(again) == original
    assert [e.action for e in again.history] == ["import", "import"]


def test_reimporting_changes_nothing_in_the_file(tmp_path):
    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    cat = load_catalogue(path)
    table = registry(tmp_path)
    session, _ = imported(cat, table)
    cat.store.write(session.changes(), cat)
    session.saved()
    again = load_catalogue(path)
    plan = plan_import(again, table, ImportOptions(guess_mapping(table.headers)))
    assert len(plan.edit.after) == 0 and plan.report.counts["unchanged"] == 52


def test_an_import_saved_to_postgis(database, tmp_path):
    from explorer.core.db.transfer import push

    push(BUNDLED_PATH, database)
    cat = load_catalogue(database)
    session, plan = imported(cat, registry(tmp_path, n=20))
    cat.store.write(session.changes(), cat)
    session.saved()
    again = load_catalogue(database)
    assert firms(again) == firms(cat)
    assert len(again.tenants) == 6 + 21
    assert [e.action for e in again.history] == ["import"]
    session.revert(plan.edit)
    cat.store.write(session.changes(), cat)
    assert len(load_catalogue(database).tenants) == 6


def test_a_large_import_packs_the_spatial_index(tmp_path, monkeypatch):
    """Past gpkg_rows.PACK_FROM new points the R-tree is rebuilt packed: SQLite's checker
    passes, GDAL's bbox filter finds what the catalogue holds, and later edits work."""
    import sqlite3

    import numpy as np

    from explorer.core import editing, gpkg_rows

    monkeypatch.setattr(gpkg_rows, "PACK_FROM", 10)
    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    cat = load_catalogue(path)
    session, _ = imported(cat, registry(tmp_path, n=300))
    cat.store.write(session.changes(), cat)
    session.saved()
    firm = cat.tenants.matching_ids("合成企业7")[0]
    session.apply(editing.put_firm(cat, {"id": firm, "geometry": shapely_point(112.9, 27.1)},
                                   "测试员"))
    cat.store.write(session.changes(), cat)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT rtreecheck('rtree_tenants_geom')").fetchone()[0] == "ok"
    again = load_catalogue(path)
    lon, lat = again.tenants.lon, again.tenants.lat
    box = (112.55, 26.85, 112.75, 26.95)
    inside = (lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])
    found = pyogrio.read_dataframe(path, layer="tenants", bbox=box)
    assert len(found) == int(inside.sum()) > 100
    moved = pyogrio.read_dataframe(path, layer="tenants", bbox=(112.89, 27.09, 112.91, 27.11))
    assert list(moved["id"]) == [firm]
    assert np.isclose(again.tenants[firm].geometry.x, 112.9)


def shapely_point(x, y):
    import shapely

    return shapely.Point(x, y)


def test_a_journal_holds_an_import_as_lost_not_as_edits_to_replay(tmp_path):
    """The journal keeps an import's summary only: reading it back gives the file to import
    again, never an edit that would put a summary into the firms."""
    from explorer.core import editing
    from explorer.core.journal import file_stamp, read_journal, write_journal

    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    cat = load_catalogue(path)
    session, _ = imported(cat, registry(tmp_path, n=3))
    session.apply(editing.move_park(cat, "xidu-time-valley", 112.4, 26.9, "测试员"))
    where = tmp_path / "j.journal"
    write_journal(where, path, file_stamp(path), session.pending)
    journal = read_journal(where)
    assert journal.lost_imports == ["registry.csv"]
    assert [e.action for e in journal.edits] == ["move"]


def test_cancel_leaves_the_file_byte_identical(tmp_path):
    import hashlib

    from explorer.core.registry.plan import ImportCancelled

    path = tmp_path / "office.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    cat = load_catalogue(path)
    table = registry(tmp_path)
    with pytest.raises(ImportCancelled):
        plan_import(cat, table, ImportOptions(guess_mapping(table.headers)),
                    cancelled=lambda: True)
    assert not EditSession(cat, "x").changes()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.gpkg", "registry.csv"]
