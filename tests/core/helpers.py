"""Make small, deliberately broken catalogues from the bundled one."""

from pathlib import Path

import pyogrio

from explorer.core.load import BUNDLED_PATH, read_layers
from explorer.core.schema import SPATIAL_LAYERS


def bundled_frames():
    frames, _ = read_layers(BUNDLED_PATH)
    return {name: df.copy() for name, df in frames.items()}


def write_frames(frames, path: Path, skip=()) -> Path:
    for layer, df in frames.items():
        if layer in skip:
            continue
        kwargs = {"geometry_type": "Unknown"} if layer in SPATIAL_LAYERS else {}
        pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", **kwargs)
    return path
