"""The one GeoPackage writer: the build script, the store, the tests and the benchmarks use it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pyogrio

from explorer.core.atomic import atomic_path
from explorer.core.schema import SPATIAL_LAYERS


def write_geopackage(frames: dict[str, pd.DataFrame], target: Path | str,
                     base: Path | str | None = None) -> None:
    """Write `frames` as the layers of the GeoPackage `target`, atomically (see atomic_path).

    Without `base`, the file holds these layers only. With `base` (usually `target` itself),
    the new file starts as a copy of `base`, so that everything else in it (other layers,
    styles, metadata) stays; each frame replaces the layer of its name. Every column of a
    frame is written, known to the schema or not.

    No checks here: a store checks a catalogue before writing it, and tests write broken
    catalogues with this on purpose.
    """
    with atomic_path(target) as tmp:
        if base is not None:
            shutil.copyfile(base, tmp)
        for layer, df in frames.items():
            kwargs = {"geometry_type": "Unknown"} if layer in SPATIAL_LAYERS else {}
            pyogrio.write_dataframe(df, tmp, layer=layer, driver="GPKG", **kwargs)
