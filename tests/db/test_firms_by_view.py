"""A firm layer above the threshold stays in the database: the catalogue asks for its firms,
counts, searches and a park's firms, and every answer equals what the firms themselves
give (pandas on the same rows, or plain SQL)."""

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import pytest
import shapely

from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.chains import summaries
from explorer.core.db import firms as db_firms
from explorer.core.db.store import PostgisStore
from explorer.core.db.transfer import pull, push
from explorer.core.geopackage import write_geopackage
from explorer.core.load import BUNDLED_PATH
from explorer.core.store import open_store

FIRMS = 5000
THRESHOLD = 1000


def many_firms(frames, n=FIRMS, seed=7):
    """The bundled catalogue plus `n` firms at seeded random points around Hengyang, some in
    a park, some without a place, with names and credit codes to search."""
    rng = np.random.default_rng(seed)
    chains = frames["chains"]["id"].to_numpy()
    parks = np.append(frames["parks"]["id"].to_numpy()[:3], "")
    points = gpd.points_from_xy(rng.uniform(112.3, 113.0, n), rng.uniform(26.6, 27.2, n))
    points[::97] = None  # about 1 % have no place
    firms = gpd.GeoDataFrame({
        "id": [f"firm-{i}" for i in range(n)],
        "name_zh": [f"衡阳测试企业{i}号有限公司" for i in range(n)],
        "name_en": [f"Test Firm {i} Ltd" for i in range(n)],
        "chain_id": rng.choice(chains, n),
        "park_id": rng.choice(parks, n),
        "credit_code": [f"91430400TEST{i:06d}" for i in range(n)],
        "source_id": frames["chains"]["source_id"].iloc[0],
    }, geometry=points, crs="EPSG:4326")
    out = dict(frames)
    out["tenants"] = pd.concat([frames["tenants"], firms], ignore_index=True)
    return out


@pytest.fixture(scope="module")
def frames():
    return many_firms(open_store(BUNDLED_PATH).read()[0])


@pytest.fixture
def by_view(monkeypatch):
    monkeypatch.setattr(db_firms, "FIRMS_BY_VIEW_ABOVE", THRESHOLD)


@pytest.fixture
def firm_database(database, frames, tmp_path):
    path = tmp_path / "firms.gpkg"
    write_geopackage(frames, path)
    push(path, database)
    return database


def test_below_the_threshold_firms_load_whole(firm_database, frames, monkeypatch):
    monkeypatch.setattr(db_firms, "FIRMS_BY_VIEW_ABOVE", len(frames["tenants"]))
    cat = load_catalogue(firm_database)
    assert not cat.tenants.by_view and len(cat.tenants) == len(frames["tenants"])


def test_above_it_the_firms_stay_in_the_database(firm_database, frames, by_view, tmp_path):
    cat = load_catalogue(firm_database)
    firms = cat.tenants
    assert firms.by_view and cat.store.firms_by_view
    assert len(firms) == len(frames["tenants"])
    assert firms.placed_count == 0 and not firms.pending
    assert firms.trigrams  # pg_trgm is in Debian's server package
    firm = firms["firm-42"]
    expected = frames["tenants"].set_index("id").loc["firm-42"]
    assert (firm.name_zh, firm.chain_id, firm.park_id) == (
        expected["name_zh"], expected["chain_id"], expected["park_id"])
    assert shapely.equals_exact(firm.geometry, expected["geometry"], 1e-9)
    assert "firm-42" in firms and "firm-x" not in firms and 42 not in firms
    with pytest.raises(KeyError):
        firms["firm-x"]
    # db pull still copies every firm.
    assert len(pull(firm_database, tmp_path / "pulled.gpkg")["tenants"]) == \
        len(frames["tenants"])


def test_counts_per_chain_and_park_equal_sql(firm_database, frames, by_view):
    cat = load_catalogue(firm_database)
    with psycopg.connect(cat.store._where.conninfo) as conn:
        rows = conn.execute("SELECT chain_id, count(*) FILTER (WHERE geom IS NOT NULL), "
                            "count(*) FILTER (WHERE geom IS NULL) FROM explorer.tenants "
                            "GROUP BY chain_id").fetchall()
    sql_counts = {chain: (placed, unplaced) for chain, placed, unplaced in rows}
    for summary in summaries(cat):
        assert (summary.firms_placed, summary.firms_unplaced) == \
            sql_counts.get(summary.id, (0, 0)), summary.id
    tenants = frames["tenants"]
    for chain in ("nuclear", "textile"):
        expected = tenants[tenants["chain_id"] == chain]["park_id"].fillna("").value_counts()
        assert cat.tenants.park_counts(chain) == {k: int(v) for k, v in expected.items()}
        placed = tenants[(tenants["chain_id"] == chain) & tenants.geometry.notna()]
        west, south, east, north = cat.tenants.placed_bounds(chain)
        x, y = placed.geometry.x, placed.geometry.y
        assert west <= x.min() and x.max() <= east and south <= y.min() and y.max() <= north
        assert east - west < x.max() - x.min() + 0.12  # within a cell of level 10 each side
    park = frames["parks"]["id"].iloc[0]
    listed = cat.tenants_of(park, 10)
    assert [t.id for t in listed] == list(tenants[tenants["park_id"] == park]["id"][:10])
    assert cat.tenants.park_count(park) == int((tenants["park_id"] == park).sum())


def test_search_by_name_and_credit_code(firm_database, frames, by_view):
    cat = load_catalogue(firm_database)
    found = cat.search_all("测试企业4321号")
    assert found.firms == ["firm-4321"] and not found.more_firms and not found.firms_by_prefix
    assert cat.search_all("test firm 17 LTD").firms == ["firm-17"]
    assert cat.search_all("TEST004321").firms == ["firm-4321"]
    many = cat.search_all("有限公司")
    assert many.more_firms and len(many.firms) == db_firms.SEARCH_LIMIT
    assert many.firms[:3] == ["firm-0", "firm-1", "firm-2"]
    short = cat.search_all("衡阳")  # two characters: names starting with them
    assert short.firms_by_prefix and short.more_firms
    assert cat.search_all("测试").firms == []  # no name starts with 测试
    assert cat.search_all("100%").firms == []  # a wildcard is a character like any other


def test_an_edited_firm_is_saved_with_its_version(firm_database, frames, by_view):
    cat = load_catalogue(firm_database)
    firm = cat.tenants["firm-7"]
    changes = Changes()
    changes.put("tenants", {"id": "firm-7", "name_zh": "改名企业",
                            "geometry": shapely.Point(112.61, 26.91)})
    cat.store.write(changes)
    again = load_catalogue(firm_database)
    assert again.tenants["firm-7"].name_zh == "改名企业" != firm.name_zh
    # Someone else's copy, read before, gets a conflict rather than overwriting.
    theirs = PostgisStore(firm_database)
    theirs.read()
    theirs.remember_versions("tenants", {("firm-8",): 1})
    mine = load_catalogue(firm_database)
    mine.tenants["firm-8"]
    first = Changes()
    first.put("tenants", {"id": "firm-8", "name_zh": "甲"})
    mine.store.write(first)
    second = Changes()
    second.put("tenants", {"id": "firm-8", "name_zh": "乙"})
    with pytest.raises(Exception, match="changed by someone else"):
        theirs.write(second)


def test_a_dropped_connection_is_opened_again(firm_database, by_view):
    cat = load_catalogue(firm_database)
    with psycopg.connect(cat.store._where.conninfo, autocommit=True) as admin:
        pid = cat.tenants._conn.info.backend_pid
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    assert cat.tenants["firm-3"].id == "firm-3"
    assert cat.tenants._conn.info.backend_pid != pid


def test_a_registry_is_not_imported_into_firms_kept_by_view(firm_database, by_view, tmp_path):
    """Matching a registry needs every firm in memory, which this mode avoids: the import
    says so and what to do instead, and nothing changes."""
    from explorer.core.errors import DataError
    from explorer.core.registry.mapping import guess_mapping
    from explorer.core.registry.plan import ImportOptions, plan_import
    from explorer.core.registry.read import open_table

    cat = load_catalogue(firm_database)
    path = tmp_path / "名录.csv"
    path.write_text("企业名称,经度,纬度,产业链\n衡阳示例公司,112.6,26.9,textile\n",
                    encoding="utf-8")
    table = open_table(path)
    options = ImportOptions(mapping=guess_mapping(table.headers), datum="wgs84",
                            chain_values={}, park_values={}, bad_codes="keep")
    with pytest.raises(DataError) as refused:
        plan_import(cat, table, options)
    text = str(refused.value.problems[0].message)
    assert "draws them by view" in text and "db pull" in text
    assert "password" not in text.lower()
    assert len(load_catalogue(firm_database).tenants) == len(cat.tenants)
