"""Catalogues with synthetic firms, for the GUI tests."""

import copy

import numpy as np
import shapely

from explorer.core.model import Tenant
from explorer.core.tenants import TenantTable


def catalogue_with_firms(catalogue, count: int, seed: int = 7):
    """A copy of `catalogue` plus `count` firms at seeded random points inside Hengyang,
    named 测试企业<i>号 / Test firm <i>, ids firm-<i>, spread over every chain."""
    rng = np.random.default_rng(seed)
    city = catalogue.districts[catalogue.districts["kind"] == "city"].geometry.iloc[0]
    west, south, east, north = city.bounds
    lon = rng.uniform(west, east, count * 3)
    lat = rng.uniform(south, north, count * 3)
    inside = shapely.contains_xy(city, lon, lat)
    lon, lat = lon[inside][:count], lat[inside][:count]
    chains = list(catalogue.chains)
    tenants = list(catalogue.tenants.values())
    for i in range(count):
        tenants.append(Tenant(
            id=f"firm-{i}", name_zh=f"测试企业{i}号", name_en=f"Test firm {i}",
            park_id="", chain_id=chains[i % len(chains)], source_id="hyrb-2023-chains",
            quote="", park_source_id="", note_zh="合成", note_en="synthetic",
            geometry=shapely.Point(lon[i], lat[i])))
    cat = copy.copy(catalogue)
    cat.tenants = TenantTable.from_records(tenants)
    return cat
