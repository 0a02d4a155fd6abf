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
