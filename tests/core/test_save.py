"""Saving edits: in place in one transaction, identical on reopening, never half-written
(kill -9 in the middle of a save), and the journal that survives a crash."""

import shutil
import signal
import subprocess
import sys
import time

import pyogrio
import pytest
import shapely

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.edits import park_row
from explorer.core.errors import DataError
from explorer.core.gpkg_rows import write_rows
from explorer.core.journal import (file_stamp, journal_path, read_journal, remove_journal,
                                   write_journal)
from explorer.core.load import BUNDLED_PATH
from explorer.core.session import EditSession
from explorer.core.store import open_store
from tests.helpers.catalogues import bundled_frames, write_frames

XIDU = "xidu-time-valley"


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "catalogue.gpkg"
    shutil.copyfile(BUNDLED_PATH, target)
    return target


def snapshot(cat):
    """Everything a catalogue holds, comparable: layer by layer, row by row (by key)."""
    frames = cat.frames()
    out = {}
    for layer, df in frames.items():
        rows = df.drop(columns=[c for c in ("geometry",) if c in df.columns]).astype(object)
        rows = rows.where(rows.notna(), None).to_dict("records")
        if "geometry" in df.columns:
            for row, geometry in zip(rows, df.geometry):
                row["geometry"] = None if geometry is None else geometry.wkb_hex
        key = [c for c in ("id", "adcode", "subject_id", "metric", "kind", "period")
               if c in df.columns]
        out[layer] = sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))
    return out


def edit_and_save(path):
    cat = load_catalogue(path)
    session = EditSession(cat, "测试员", "现场核实")
    session.apply(editing.move_park(cat, XIDU, 112.3812345678901, 26.9712345678901, "测试员"))
    square = shapely.Polygon([(112.40, 26.90), (112.41, 26.90), (112.41, 26.91), (112.40, 26.91)])
    session.apply(editing.reshape_park(cat, "hengyang-hitech-zone", square, "测试员"))
    session.apply(editing.put_firm(cat, {"name_zh": "<b>{{ 6*7 }}</b>", "chain_id": "nuclear",
                                         "geometry": shapely.Point(112.6, 26.9)}, "测试员"))
    cat.store.write(session.changes(), cat)
    session.saved()
    return cat


def test_save_and_reopen_give_the_same_catalogue(path):
    cat = edit_and_save(path)
    again = load_catalogue(path)
    assert snapshot(again) == snapshot(cat)
    assert [e.action for e in again.history] == ["move", "footprint", "add"]
    assert pyogrio.read_info(path, layer="edits")["features"] == 3
    from explorer.cli import main
    assert main(["validate", str(path)]) == 0


def test_the_rtree_index_follows_the_edit(path):
    edit_and_save(path)
    import sqlite3
    with sqlite3.connect(path) as db:
        fid = db.execute("SELECT fid FROM parks WHERE id = ?", (XIDU,)).fetchone()[0]
        box = db.execute("SELECT minx, maxx, miny, maxy FROM rtree_parks_geom WHERE id = ?",
                         (fid,)).fetchone()
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert box[0] == pytest.approx(112.3812345678901, abs=1e-5)
    assert box[2] == pytest.approx(26.9712345678901, abs=1e-5)
    # GDAL's own spatial filter uses the index: the moved park is found at its new place.
    found = pyogrio.read_dataframe(path, layer="parks", bbox=(112.38, 26.97, 112.382, 26.972))
    assert list(found["id"]) == [XIDU]


def test_an_invalid_catalogue_is_not_written(path):
    cat = load_catalogue(path)
    before = path.read_bytes()
    changes = Changes()
    changes.put("parks", {**park_row(cat.parks[XIDU]), "chain_ids": "no-such-chain"})
    with pytest.raises(DataError, match="unknown chain 'no-such-chain'"):
        cat.store.write(changes)
    assert path.read_bytes() == before


def test_a_failing_change_rolls_the_whole_transaction_back(path):
    before = path.read_bytes()
    changes = Changes()
    changes.put("parks", {**park_row(load_catalogue(path).parks[XIDU]), "name_zh": "改"})
    changes.delete("tenants", "no-such-firm")
    with pytest.raises(DataError, match="no row with id 'no-such-firm'"):
        write_rows(path, changes)
    assert path.read_bytes() == before


def test_files_without_an_edits_layer_or_new_fields_load(tmp_path):
    frames = bundled_frames()
    frames["tenants"] = frames["tenants"].drop(columns=["credit_code", "address"])
    old = write_frames({k: v for k, v in frames.items() if k != "edits"}, tmp_path / "old.gpkg")
    cat = load_catalogue(old)
    assert cat.history == [] and all(t.credit_code == "" for t in cat.tenants.values())


def test_save_as_leaves_the_original_untouched(path, tmp_path):
    before = path.read_bytes()
    cat = load_catalogue(path)
    session = EditSession(cat, "x")
    session.apply(editing.move_park(cat, XIDU, 112.38, 26.97, "x"))
    copy = cat.store.save_as(tmp_path / "copy.gpkg", session.changes(), cat)
    assert path.read_bytes() == before
    assert load_catalogue(copy).parks[XIDU].geometry.equals(shapely.Point(112.38, 26.97))


SLOW_SAVE = """
import sys, shapely
from explorer.core.changes import Changes
from explorer.core.gpkg_rows import write_rows
changes = Changes()
for i in range(int(sys.argv[2])):
    changes.put("tenants", {"id": f"bulk-{i}", "name_zh": "批量" * 50, "chain_id": "nuclear",
                            "source_id": "hyrb-2023-chains",
                            "geometry": shapely.Point(112.5 + i * 1e-6, 26.9)})
print("start", flush=True)
write_rows(sys.argv[1], changes)
print("done", flush=True)
"""


SQLITE_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.4, 1.0])
def test_kill_9_in_the_middle_of_a_save_leaves_the_old_file_or_the_new(path, delay):
    rows = 20_000
    original = snapshot(load_catalogue(path))
    child = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(path), str(rows)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "start"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # A quiet machine may finish the save (0.9 s) before the latest kill.
    assert child.returncode in (0, -signal.SIGKILL)
    finished = child.returncode == 0
    cat = load_catalogue(path)  # rolls an interrupted save back, then checks everything
    added = sum(1 for t in cat.tenants if t.startswith("bulk-"))
    assert added in ((rows,) if finished else (0, rows))
    now = snapshot(cat)
    now["tenants"] = [t for t in now["tenants"] if not t["id"].startswith("bulk-")]
    assert now == original  # the previous file, row for row (and the new rows, or none)
    import sqlite3
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # No hot journal left (rolled back or committed): none, empty, or its header zeroed.
    journal = path.with_name(path.name + "-journal")
    assert not journal.exists() or journal.read_bytes()[:8] != SQLITE_JOURNAL_MAGIC
    from explorer.cli import main
    assert main(["validate", str(path)]) == 0


def test_the_journal_keeps_the_pending_edits(path, tmp_path):
    cat = load_catalogue(path)
    session = EditSession(cat, "x")
    session.apply(editing.move_park(cat, XIDU, 112.3812345678901, 26.97, "x"))
    where = journal_path(path, tmp_path / "fallback")
    assert where.parent == path.parent
    write_journal(where, path, file_stamp(path), session.pending)
    journal = read_journal(where)
    assert journal.matches(path)
    fresh = load_catalogue(path)
    replay = EditSession(fresh, "x")
    for edit in journal.edits:
        replay.apply(edit)
    assert fresh.parks[XIDU] == cat.parks[XIDU]
    remove_journal(where)
    assert read_journal(where) is None


def test_journals_of_protected_catalogues_go_elsewhere(tmp_path):
    where = journal_path(BUNDLED_PATH, tmp_path / "journals", protected=BUNDLED_PATH.parents[1])
    assert where.parent == tmp_path / "journals"


def test_layer_files_are_not_written(tmp_path):
    from tests.helpers.catalogues import three_parks, write_csv
    store = open_store(write_csv(tmp_path / "parks.csv", three_parks()))
    changes = Changes()
    changes.delete("parks", "p1")
    with pytest.raises(DataError, match="read-only"):
        store.write(changes)


def test_the_command_line_lists_edits_and_provenance(path, capsys):
    import json

    from explorer.cli import main
    edit_and_save(path)
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    report = capsys.readouterr().out
    assert "3 edited row(s), 3 edit(s)" in report
    assert f"parks '{XIDU}': move by 测试员" in report and "user-survey-测试员" in report
    assert main(["edits", str(path), "--json"]) == 0
    edits = json.loads(capsys.readouterr().out)["edits"]
    assert [e["action"] for e in edits] == ["move", "footprint", "add"]
    assert edits[0]["before_wkt"].startswith("POINT") and edits[0]["editor"] == "测试员"
    assert main(["edits", str(path)]) == 0
    assert "3 edit(s)" in capsys.readouterr().out
