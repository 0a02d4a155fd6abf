"""The committed GeoPackage is exactly what the build script makes from the sources."""

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from explorer.core.build import build, read_source_table
from explorer.core.errors import DataError
from explorer.core.load import BUNDLED_PATH
from explorer.core.schema import LAYERS, SPATIAL_LAYERS

SOURCES = BUNDLED_PATH.parent / "sources"


def read(path, layer):
    if layer in SPATIAL_LAYERS:
        df = gpd.read_file(path, layer=layer)
        return pd.DataFrame(df.drop(columns="geometry")).assign(wkb=df.geometry.to_wkb())
    return pyogrio.read_dataframe(path, layer=layer, read_geometry=False)


def test_rebuild_matches_the_committed_geopackage(tmp_path):
    out = tmp_path / "rebuilt.gpkg"
    counts = build(SOURCES, out)
    assert counts["districts"] == 13 and counts["parks"] >= 8
    assert {n for n, _ in pyogrio.list_layers(out)} == set(LAYERS)
    for layer in LAYERS:
        pd.testing.assert_frame_equal(read(out, layer), read(BUNDLED_PATH, layer),
                                      obj=f"layer {layer}")


def test_a_failed_build_leaves_the_old_file_untouched(tmp_path):
    bad = tmp_path / "sources"
    bad.mkdir()
    for f in SOURCES.glob("*.csv"):
        (bad / f.name).write_bytes(f.read_bytes())
    parks = (bad / "parks.csv").read_text(encoding="utf-8")
    (bad / "parks.csv").write_text(parks.replace(",wgs84,", ",mars,", 1), encoding="utf-8")
    out = tmp_path / "out.gpkg"
    out.write_bytes(b"previous good file")
    with pytest.raises(DataError) as info:
        build(bad, out)
    assert "geometry_datum" in str(info.value) and "row 1" in str(info.value)
    assert out.read_bytes() == b"previous good file"
    assert {p.name for p in tmp_path.iterdir()} == {"sources", "out.gpkg"}


def test_source_rows_are_typed_and_errors_name_row_and_field(tmp_path):
    csv = tmp_path / "figures.csv"
    header = (SOURCES / "figures.csv").read_text(encoding="utf-8").splitlines()[0]
    csv.write_text(header + "\ncity,hengyang,m,result,l,l,lots,CNY,,2022,s,q,,\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_source_table(csv, "figures")
    assert "row 1, field 'value': expected a number, found 'lots'" in str(info.value)
