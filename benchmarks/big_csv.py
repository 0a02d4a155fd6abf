"""The registry-sized file for the validate measurement: a CSV of N firms with lon/lat.

The firms are those of catalogues.synthetic_tenants (seeded, at random points inside the
city, every chain, one in ten in a park), written as a one-layer tenants file as another
office would send it: UTF-8, a header line, one firm per line.
"""

from __future__ import annotations

from pathlib import Path

from catalogues import bundled_layers, synthetic_tenants


def make_csv(n: int, folder: Path) -> Path:
    """A CSV file of n firms in `folder`."""
    firms = synthetic_tenants(bundled_layers(), n)
    firms["lon"] = firms.geometry.x.round(6)
    firms["lat"] = firms.geometry.y.round(6)
    path = folder / f"firms-{n}.csv"
    firms.drop(columns="geometry").to_csv(path, index=False, encoding="utf-8")
    return path
