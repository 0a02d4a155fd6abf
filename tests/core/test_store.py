"""A store reads frames and writes changes: atomically, keeping what it does not know, and
never an invalid catalogue."""

import pyogrio
import pytest
import shapely

from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.errors import DataError
from explorer.core.load import BUNDLED_PATH
from explorer.core.store import GeoPackageStore, LayerFileStore, open_store
from tests.helpers.catalogues import (HITECH, bundled_frames, three_parks, write_csv,
                                      write_frames)


@pytest.fixture
def gpkg(tmp_path):
    """A copy of the bundled catalogue with a column and a layer the app does not know."""
    frames = bundled_frames()
    frames["parks"]["contact"] = [f"office {n}" for n in range(len(frames["parks"]))]
    frames["notes"] = frames["sources"][["id"]].assign(note="ours")
    return write_frames(frames, tmp_path / "c.gpkg")


def test_open_store_picks_the_store_of_a_file(tmp_path):
    bundled = open_store()
    assert isinstance(bundled, GeoPackageStore) and bundled.writable
    assert (bundled.location, bundled.name) == (str(BUNDLED_PATH), "hengyang.gpkg")
    parks = open_store(tmp_path / "parks.csv")
    assert isinstance(parks, LayerFileStore) and not parks.writable
    assert isinstance(open_store(str(tmp_path / "parks.GeoJSON")), LayerFileStore)


def test_a_catalogue_knows_its_store(gpkg):
    store = open_store(gpkg)
    cat = load_catalogue(store)
    assert cat.store is store and cat.store.name == "c.gpkg"
    assert load_catalogue(gpkg).store.location == str(gpkg)


def test_a_write_keeps_unknown_columns_and_layers(gpkg):
    store = open_store(gpkg)
    frames, _ = store.read()
    park_id = frames["parks"]["id"].iloc[2]
    subjects = set(frames["figures"]["subject_id"])
    tenant_id = next(t for t in frames["tenants"]["id"] if t not in subjects)
    changes = Changes()
    changes.put("parks", {"id": park_id, "geometry": shapely.Point(HITECH),
                          "location_precision": "surveyed"})
    changes.delete("tenants", tenant_id)
    store.write(changes)
    after, _ = store.read()
    moved = after["parks"].iloc[2]
    assert (moved["id"], moved.geometry, moved["location_precision"]) == (
        park_id, shapely.Point(HITECH), "surveyed")
    assert after["parks"]["contact"].tolist() == frames["parks"]["contact"].tolist()
    assert tenant_id not in set(after["tenants"]["id"])
    assert pyogrio.read_dataframe(gpkg, layer="notes")["note"].eq("ours").all()
    assert after["districts"].equals(frames["districts"])
    assert load_catalogue(store).parks[park_id].geometry == shapely.Point(HITECH)


def test_an_invalid_catalogue_is_not_written(gpkg):
    before = gpkg.read_bytes()
    store = open_store(gpkg)
    park_id = store.read()[0]["parks"]["id"].iloc[0]
    for row, expected in [
        ({"chain_ids": "no-such-chain"}, "field 'chain_ids': unknown chain 'no-such-chain'"),
        ({"uncertainty_m": "far"}, "field 'uncertainty_m': expected a number or empty, "
                                   "found 'far'"),
    ]:
        changes = Changes()
        changes.put("parks", {"id": park_id, **row})
        with pytest.raises(DataError) as info:
            store.write(changes)
        assert str(info.value) == f"c.gpkg, layer 'parks', row 1, {expected}"
    assert gpkg.read_bytes() == before
    assert [p.name for p in gpkg.parent.iterdir()] == ["c.gpkg"]


def test_a_csv_file_is_read_but_never_written(tmp_path):
    path = write_csv(tmp_path / "parks.csv", three_parks())
    before = path.read_bytes()
    store = open_store(path)
    assert list(load_catalogue(store).parks) == ["p1", "p2", "p3"]
    changes = Changes()
    changes.delete("parks", "p1")
    with pytest.raises(DataError) as info:
        store.write(changes)
    assert str(info.value) == ("parks.csv: a GeoJSON or CSV file is opened read-only and never "
                               "written; to keep changes, save the catalogue as a GeoPackage")
    assert path.read_bytes() == before


def _bad_import(cat):
    """A session holding one bulk edit whose firm names no chain of the catalogue."""
    import numpy as np

    from explorer.core.edits import BulkEdit
    from explorer.core.session import EditSession
    from explorer.core.tenants import FirmRows

    session = EditSession(cat, "测试员")
    bad = FirmRows({"id": ["imp-bad-1"], "name_zh": ["坏企业"], "chain_id": ["no-such-chain"],
                    "source_id": ["user-survey-测试员"]}, np.array([112.6]), np.array([26.9]))
    session.apply(BulkEdit(FirmRows.empty(), bad, "测试员", {"file": "bad.csv"}))
    return session


@pytest.mark.parametrize("how", ["write", "save_as"])
def test_checks_beside_the_writing_stop_it_before_the_commit(tmp_path, how):
    """Given the edited catalogue, the checks run in a thread while the rows are written;
    a failing check still leaves the file as it was (or no new file), with its error."""
    path = tmp_path / "c.gpkg"
    path.write_bytes(BUNDLED_PATH.read_bytes())
    cat = load_catalogue(path)
    session = _bad_import(cat)
    with pytest.raises(DataError, match="unknown chain 'no-such-chain'"):
        if how == "write":
            cat.store.write(session.changes(), cat)
        else:
            cat.store.save_as(tmp_path / "new.gpkg", session.changes(), cat)
    assert path.read_bytes() == BUNDLED_PATH.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.gpkg"]


def test_when_checks_and_writing_both_fail_the_checks_speak(tmp_path, monkeypatch):
    from explorer.core import editing, store
    from explorer.core.errors import Message, Problem
    from explorer.core.session import EditSession

    def broken(*args):
        raise DataError([Problem("c.gpkg", Message("the disk is full"))])

    path = tmp_path / "c.gpkg"
    path.write_bytes(BUNDLED_PATH.read_bytes())
    cat = load_catalogue(path)
    monkeypatch.setattr(store, "write_rows", broken)
    with pytest.raises(DataError, match="unknown chain"):
        cat.store.write(_bad_import(cat).changes(), cat)
    cat = load_catalogue(path)  # a good edit: the writing's own error
    session = EditSession(cat, "测试员")
    session.apply(editing.move_park(cat, "xidu-time-valley", 112.6, 26.9, "测试员"))
    with pytest.raises(DataError, match="the disk is full"):
        cat.store.write(session.changes(), cat)
