"""Bulk inserts bound in C (explorer/core/bulk_insert.py, gpkg_rows' new firms): the same
values as sqlite3 binding them one by one, in the caller's transaction, scratch files
gone afterwards; a bulk write's rows read back by GDAL as they were given."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
import shapely

from explorer.core import gpkg_rows
from explorer.core.bulk_insert import Scratch
from explorer.core.changes import Changes
from explorer.core.load import BUNDLED_PATH
from explorer.core.tenants import FirmRows

TABLE = ('CREATE TABLE t (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, a TEXT, b BLOB, '
         'c REAL, d)')
ROWS = [(1, "衡阳", b"\x00GP\x01", "1.5", None), (2, None, None, "x", "7"),
        (3, "'=1+1", b"", None, "")]


def test_scratch_rows_are_the_values_sqlite3_binds(tmp_path):
    target = tmp_path / "t.db"
    with closing(sqlite3.connect(target, isolation_level=None)) as db:
        db.execute(TABLE)
        db.execute("CREATE TABLE u AS SELECT * FROM t")
        db.executemany("INSERT INTO u VALUES (?, ?, ?, ?, ?)", ROWS)
        schema = pa.schema([("fid", pa.int64()), ("a", pa.large_string()),
                            ("b", pa.binary()), ("c", pa.large_string()),
                            ("d", pa.large_string())])
        columns = [pa.array(list(column), field.type) for column, field in
                   zip(zip(*ROWS), schema)]
        with Scratch(target) as scratch:
            db.execute("BEGIN")
            # two batches: the rows arrive in order, whatever the batches
            batches = [pa.record_batch([c.slice(0, 1) for c in columns], schema=schema),
                       pa.record_batch([c.slice(1) for c in columns], schema=schema)]
            scratch.insert(db, "t", ["fid", "a", "b", "c", "d"], schema, batches)
            db.execute("COMMIT")
        typed = "SELECT fid, a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d) FROM {}"
        assert db.execute(typed.format("t")).fetchall() == \
            db.execute(typed.format("u")).fetchall()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db"]  # scratch files gone


def test_a_rolled_back_bulk_insert_leaves_the_table_and_no_scratch_file(tmp_path):
    target = tmp_path / "t.db"
    with closing(sqlite3.connect(target, isolation_level=None)) as db:
        db.execute(TABLE)
        schema = pa.schema([("fid", pa.int64()), ("a", pa.large_string())])
        with Scratch(target) as scratch:
            db.execute("BEGIN")
            scratch.insert(db, "t", ["fid", "a"], schema,
                           [pa.record_batch([pa.array([5]), pa.array(["x"], pa.large_string())],
                                            schema=schema)])
            assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1
            db.execute("ROLLBACK")
        assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db"]


def firms(n: int, start: int = 0) -> FirmRows:
    """n firms: every other one without an English name, every fifth without a point,
    one with a polygon instead; chain and source the same for all."""
    k = np.arange(start, start + n)
    columns = {"id": [f"bulk-{i}" for i in k], "name_zh": [f"企业{i}" for i in k],
               "name_en": ["" if i % 2 else f"Firm {i}" for i in k],
               "chain_id": ["textile"] * n, "source_id": ["user-survey-测试员"] * n,
               "quote": [f"r.csv, row {i}" for i in k], "note_zh": [""] * n}
    lon = np.where(k % 5 == 0, np.nan, 112.5 + k / 1e6)
    lat = np.where(k % 5 == 0, np.nan, 26.9 - k / 1e6)
    shapes = np.full(n, None, dtype=object)
    if n > 3:
        shapes[3] = shapely.box(112.4, 26.8, 112.41, 26.81)
        lon[3] = lat[3] = np.nan
    return FirmRows({name: pd.Series(v, dtype="str") for name, v in columns.items()},
                    lon, lat, shapes)


@pytest.mark.parametrize("n,chunk,pack_from", [(7, 3, 20_000), (60, 25, 10)])
def test_bulk_firms_read_back_by_gdal_as_given(tmp_path, monkeypatch, n, chunk, pack_from):
    """A block of new firms, in several chunks (a chunk whose English names are all blank
    and one with some; columns held in several Arrow chunks), with the R-tree filled one
    by one or packed: GDAL reads every row as given, with fids after the file's own."""
    monkeypatch.setattr(gpkg_rows, "_CHUNK", chunk)
    monkeypatch.setattr(gpkg_rows, "PACK_FROM", pack_from)
    path = tmp_path / "c.gpkg"
    shutil.copyfile(BUNDLED_PATH, path)
    with closing(sqlite3.connect(path)) as db:
        last = db.execute("SELECT max(fid) FROM tenants").fetchone()[0]
        count = db.execute("SELECT count(*) FROM tenants").fetchone()[0]
        boxed = db.execute("SELECT count(*) FROM rtree_tenants_geom").fetchone()[0]
    block = firms(n)
    # Columns in several Arrow chunks, as a million imported firms are.
    block.columns = {name: pd.concat([c.iloc[:2], c.iloc[2:]], ignore_index=True)
                     for name, c in block.columns.items()}
    changes = Changes()
    changes.put_rows("tenants", block)
    gpkg_rows.write_rows(path, changes)
    read = pyogrio.read_dataframe(path, layer="tenants", fid_as_index=True)
    new = read.iloc[count:]
    assert new.index.tolist() == list(range(last + 1, last + 1 + n))
    for name, column in block.columns.items():
        expected = [None if v == "" else v for v in column]
        assert [None if pd.isna(v) else v for v in new[name]] == expected, name
    expected = block.geometries()
    for got, want in zip(new.geometry, expected):
        assert (got is None and want is None) or got.equals_exact(want, 0)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT rtreecheck('rtree_tenants_geom')").fetchone()[0] == "ok"
        boxes = db.execute("SELECT count(*) FROM rtree_tenants_geom").fetchone()[0]
        assert boxes == boxed + sum(g is not None for g in expected)
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE "
                          "table_name = 'tenants'").fetchone()[0] == count + n
    assert not [p for p in tmp_path.iterdir() if "explorer-tmp" in p.name]


def test_rows_put_again_make_one_block_written_as_two_writes_would_leave_it(tmp_path):
    """A second put_rows joins the layer's one block (a save attaches a scratch file or
    two per block, and SQLite ten at most): the file ends as writing them in turn leaves
    it."""
    first, then = firms(8), firms(8, start=5)  # ids bulk-5 … bulk-7 in both
    then.columns["name_zh"] = then.columns["name_zh"] + "（改）"
    one, two = tmp_path / "one.gpkg", tmp_path / "two.gpkg"
    shutil.copyfile(BUNDLED_PATH, one)
    shutil.copyfile(BUNDLED_PATH, two)
    together = Changes()
    together.put_rows("tenants", first)
    together.put_rows("tenants", then)
    assert len(together.blocks["tenants"]) == 1 and len(together.blocks["tenants"][0]) == 13
    gpkg_rows.write_rows(one, together)
    for rows in (first, then):
        changes = Changes()
        changes.put_rows("tenants", rows)
        gpkg_rows.write_rows(two, changes)
    a = pyogrio.read_dataframe(one, layer="tenants", fid_as_index=True)
    b = pyogrio.read_dataframe(two, layer="tenants", fid_as_index=True)
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
    assert all((x is None and y is None) or x.equals_exact(y, 0)
               for x, y in zip(a.geometry, b.geometry))
    assert "企业6（改）" in set(a["name_zh"])


def test_scratch_files_are_named_as_temporary_files_a_later_run_removes(tmp_path):
    """A process killed in the middle of a bulk write leaves its scratch file; it is named
    so that `tempfiles.remove_stale` recognises it (beside a target, or beside the
    temporary copy a "save as" writes)."""
    from explorer.core.tempfiles import FILE

    schema = pa.schema([("a", pa.int64())])
    for target in (tmp_path / "c.gpkg", tmp_path / ".c.explorer-tmp-12-abcdefgh.gpkg"):
        with Scratch(target) as scratch:
            file = scratch.ingest(schema, [pa.record_batch([pa.array([1])], schema=schema)])
            assert FILE.fullmatch(file.name)
        assert not file.exists()
