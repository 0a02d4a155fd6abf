"""Write test catalogues: GeoPackages (deliberately broken ones too) and one-layer files.

The one helper module for catalogues in tests; GeoPackages go through the app's own writer.
"""

import csv
import io
import json
import math
from pathlib import Path

import numpy as np

from explorer.core.geopackage import write_geopackage
from explorer.core.store import open_store

# Points inside Hengyang (WGS-84 lon, lat): Xidu town, the high-tech zone, Songmu.
XIDU = (112.37065, 26.96977)
HITECH = (112.56755, 26.9126)
SONGMU = (112.615, 26.9688)
BEIJING = (116.39, 39.91)


def bundled_frames():
    frames, _ = open_store().read()
    return {name: df.copy() for name, df in frames.items()}


def write_frames(frames, path: Path, skip=()) -> Path:
    """A GeoPackage of `frames` without the layers in `skip`, unchecked."""
    write_geopackage({layer: df for layer, df in frames.items() if layer not in skip}, path)
    return path


def park(pid, name_zh, chain_ids="textile", lon=None, lat=None, **more) -> dict:
    """One park row as a CSV or GeoJSON file might give it: few fields, lon/lat in degrees."""
    return {"id": pid, "name_zh": name_zh, "chain_ids": chain_ids, "lon": lon, "lat": lat,
            **more}


def three_parks() -> list[dict]:
    return [park("p1", "西渡钟表园", "watch-clock", *XIDU, name_en="Xidu watch park"),
            park("p2", "高新区", "power-transmission", *HITECH),
            park("p3", "松木经开区", "salt-chemicals", *SONGMU)]


def write_csv(path: Path, rows: list[dict], encoding="utf-8", sep=",") -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=sep, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def point_features(rows: list[dict]) -> list[dict]:
    """GeoJSON features from park rows: lon/lat become a Point (none where they are None)."""
    features = []
    for row in rows:
        props = {k: v for k, v in row.items() if k not in ("lon", "lat")}
        geometry = None if row.get("lon") is None else {
            "type": "Point", "coordinates": [row["lon"], row["lat"]]}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return features


def write_geojson(path: Path, features: list[dict], crs: str | None = None) -> Path:
    collection = {"type": "FeatureCollection", "features": features}
    if crs:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return path


def write_big_geojson(path: Path, size: int, vertices: int = 40) -> int:
    """A GeoJSON file of at least `size` bytes of parks with round footprints; their count.

    The footprints lie in central Hengyang, each a `vertices`-gon of about 200 m radius:
    the kind of file another office would send.
    """
    rng = np.random.default_rng(5)
    angles = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    ring = np.column_stack([np.cos(angles), np.sin(angles)]) * 0.002
    chains = ["textile", "nuclear", "watch-clock", "salt-chemicals", "nonferrous"]
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        written = f.write('{"type": "FeatureCollection", "features": [\n')
        while written < size:  # characters, so at least as many bytes
            xy = ring + rng.uniform((112.45, 26.85), (112.65, 27.0))
            coords = ",".join(f"[{x:.6f},{y:.6f}]" for x, y in [*xy, xy[0]])
            props = json.dumps({"id": f"park-{n}", "name_zh": f"衡阳第{n}号产业园",
                                "name_en": f"Park {n}", "chain_ids": chains[n % 5],
                                "location_precision": "landmark", "uncertainty_m": 300.0,
                                "location_note_zh": "测试用的轮廓"}, ensure_ascii=False)
            geometry = f'{{"type":"Polygon","coordinates":[[{coords}]]}}'
            written += f.write(f'{"," if n else ""}{{"type":"Feature","properties":{props},'
                               f'"geometry":{geometry}}}\n')
            n += 1
        f.write("]}\n")
    return n
