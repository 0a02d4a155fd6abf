"""Firms by view from the database equal what geopandas computes for the same bounds."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from explorer.core.db.store import PostgisStore
from explorer.core.db.transfer import push
from explorer.core.changes import Changes
from explorer.core.db.viewport import cell_size, firms_in_view
from explorer.core.geopackage import write_geopackage
from explorer.core.load import BUNDLED_PATH
from explorer.core.store import open_store

FIRMS = 3000


@pytest.fixture(scope="module")
def firm_frames():
    """The bundled catalogue plus FIRMS firms at seeded random points around Hengyang."""
    frames, _ = open_store(BUNDLED_PATH).read()
    rng = np.random.default_rng(11)
    chains = frames["chains"]["id"].to_numpy()
    firms = gpd.GeoDataFrame({
        "id": [f"firm-{i}" for i in range(FIRMS)],
        "name_zh": [f"测试企业{i}号" for i in range(FIRMS)],
        "chain_id": rng.choice(chains, FIRMS),
        "source_id": frames["chains"]["source_id"].iloc[0],
    }, geometry=gpd.points_from_xy(rng.uniform(112.3, 113.0, FIRMS),
                                   rng.uniform(26.6, 27.2, FIRMS)), crs="EPSG:4326")
    frames["tenants"] = pd.concat([frames["tenants"], firms], ignore_index=True)
    return frames


@pytest.fixture
def firm_database(database, firm_frames, tmp_path):
    path = tmp_path / "firms.gpkg"
    write_geopackage(firm_frames, path)
    push(path, database)
    return database


def in_bounds(frames, bounds):
    firms = frames["tenants"].dropna(subset=["geometry"])
    firms = firms[~firms.geometry.is_empty]
    west, south, east, north = bounds
    x, y = firms.geometry.x, firms.geometry.y
    return firms[(x >= west) & (x <= east) & (y >= south) & (y <= north)]


def test_a_small_view_gets_exactly_its_firms(firm_database, firm_frames):
    bounds = (112.55, 26.85, 112.65, 26.95)
    store = PostgisStore(firm_database)
    with store.connect() as conn:
        view = firms_in_view(store, conn, bounds, zoom=12)
    expected = in_bounds(firm_frames, bounds)
    assert view.kind == "firms" and 0 < len(view.ids) < FIRMS
    assert sorted(view.ids) == sorted(expected["id"])


def expected_cells(frames, bounds, zoom, chains=None):
    """Per cell of the zoom's level meeting `bounds`: firms, mean lon, mean lat."""
    size = cell_size(zoom)
    firms = frames["tenants"].dropna(subset=["geometry"])
    firms = firms[~firms.geometry.is_empty]
    if chains:
        firms = firms[firms["chain_id"].isin(chains)]
    gx, gy = np.floor(firms.geometry.x / size), np.floor(firms.geometry.y / size)
    west, south, east, north = bounds
    inside = ((gx >= np.floor(west / size)) & (gx <= np.floor(east / size))
              & (gy >= np.floor(south / size)) & (gy <= np.floor(north / size)))
    firms = firms[inside].assign(x=firms.geometry.x, y=firms.geometry.y)
    return firms.groupby([gx[inside], gy[inside]]).agg(n=("x", "size"), x=("x", "mean"),
                                                       y=("y", "mean"))


def test_a_large_view_gets_cells_that_add_up(firm_database, firm_frames):
    bounds = (111.9, 26.3, 113.3, 27.4)
    store = PostgisStore(firm_database)
    with store.connect() as conn:
        view = firms_in_view(store, conn, bounds, zoom=9, max_firms=500)
        nuclear = firms_in_view(store, conn, bounds, zoom=9, chains=["nuclear"],
                                max_firms=50)
    expected = expected_cells(firm_frames, bounds, 9)
    assert view.kind == "cells" and view.total == expected["n"].sum()
    got = sorted(zip(view.count, np.round(view.lon, 9), np.round(view.lat, 9)))
    assert got == sorted(zip(expected["n"], np.round(expected["x"], 9),
                             np.round(expected["y"], 9)))
    assert nuclear.total == expected_cells(firm_frames, bounds, 9, ["nuclear"])["n"].sum()


def test_the_cells_follow_every_save(firm_database, firm_frames):
    store = PostgisStore(firm_database)
    store.read()
    changes = Changes()
    changes.put("tenants", {"id": "firm-0", "geometry": shapely.Point(112.61, 26.91)})
    changes.delete("tenants", "firm-1")
    changes.put("tenants", {"id": "new-firm", "name_zh": "新企业", "chain_id": "nuclear",
                            "source_id": firm_frames["chains"]["source_id"].iloc[0],
                            "geometry": shapely.Point(112.62, 26.92)})
    store.write(changes)
    frames, _ = PostgisStore(firm_database).read()
    bounds = (111.9, 26.3, 113.3, 27.4)
    with store.connect() as conn:
        for zoom in (4, 9, 14):
            view = firms_in_view(store, conn, bounds, zoom=zoom, max_firms=0)
            expected = expected_cells(frames, bounds, zoom)
            assert sorted(view.count) == sorted(expected["n"]), zoom
