"""Synthetic catalogues for the benchmark: the bundled layers with N seeded firms as tenants.

Each file is a full catalogue GeoPackage (every layer of explorer/core/schema.py) whose
`tenants` layer is replaced by the bundled firms (a handful, without points, which the
bundled figures refer to) plus N synthetic firms at random points inside Hengyang's city
outline. The
files go to a temporary folder given by the caller, never into the repository.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from explorer.core.geopackage import write_geopackage
from explorer.core.load import BUNDLED_PATH
from explorer.core.schema import LAYERS, SPATIAL_LAYERS

SEED = 20240601
PARK_SHARE = 0.1  # one firm in ten names its park (as a real registry would, partly)


def bundled_layers() -> dict[str, pd.DataFrame]:
    """Every layer of the bundled GeoPackage, read as stored (no checks: they are ours)."""
    frames = {}
    for layer in LAYERS:
        if layer in SPATIAL_LAYERS:
            frames[layer] = gpd.read_file(BUNDLED_PATH, layer=layer)
        else:
            frames[layer] = pyogrio.read_dataframe(BUNDLED_PATH, layer=layer,
                                                   read_geometry=False)
    return frames


def city_outline(frames: dict[str, pd.DataFrame]):
    districts = frames["districts"]
    return districts[districts["kind"] == "city"].geometry.iloc[0]


def random_points_in(polygon, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """n uniform random points inside `polygon`, by rejection from its bounding box."""
    west, south, east, north = polygon.bounds
    lons, lats, have = [], [], 0
    while have < n:
        lon = rng.uniform(west, east, 2 * n)
        lat = rng.uniform(south, north, 2 * n)
        inside = shapely.contains_xy(polygon, lon, lat)
        lons.append(lon[inside])
        lats.append(lat[inside])
        have += int(inside.sum())
    return np.concatenate(lons)[:n], np.concatenate(lats)[:n]


def synthetic_tenants(frames: dict[str, pd.DataFrame], n: int,
                      seed: int = SEED) -> gpd.GeoDataFrame:
    """n firms spread over every chain, some in a park, at points inside the city."""
    rng = np.random.default_rng(seed + n)
    lon, lat = random_points_in(city_outline(frames), n, rng)
    chains = frames["chains"]["id"].to_numpy()
    parks = frames["parks"]["id"].to_numpy()
    source = frames["chains"]["source_id"].iloc[0]
    park_source = frames["sources"]["id"].iloc[0]
    in_park = rng.random(n) < PARK_SHARE
    park_ids = np.where(in_park, rng.choice(parks, n), "")
    numbers = np.arange(n)
    tenants = pd.DataFrame({
        "id": [f"firm-{i}" for i in numbers],
        "name_zh": [f"测试企业{i}号" for i in numbers],
        "name_en": [f"Test firm {i}" for i in numbers],
        "park_id": park_ids,
        "chain_id": chains[rng.integers(0, len(chains), n)],
        "source_id": source,
        "quote": "",
        "park_source_id": np.where(in_park, park_source, ""),
        "note_zh": "合成（基准测试）",
        "note_en": "synthetic (benchmark)",
        "credit_code": "",
        "address": "",
    })
    assert list(tenants.columns) == [f.name for f in LAYERS["tenants"]]
    return gpd.GeoDataFrame(tenants, geometry=shapely.points(lon, lat), crs="EPSG:4326")


def make_catalogue(n: int, folder: Path) -> Path:
    """A catalogue GeoPackage with n synthetic firms, in `folder`; checked to load."""
    from explorer.core.catalogue import load_catalogue

    frames = bundled_layers()
    bundled = frames["tenants"]
    frames["tenants"] = gpd.GeoDataFrame(
        pd.concat([bundled, synthetic_tenants(frames, n)], ignore_index=True),
        geometry="geometry", crs="EPSG:4326")
    path = folder / f"firms-{n}.gpkg"
    write_geopackage(frames, path)
    cat = load_catalogue(path)  # raises DataError, naming every problem, if it is unsound
    placed = cat.tenants.placed_count
    if placed != n:
        raise RuntimeError(f"{path}: {placed} of {n} firms have a point")
    return path
