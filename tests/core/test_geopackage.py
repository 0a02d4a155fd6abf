"""The one GeoPackage writer: atomic, keeps what it is not asked to replace."""

import pandas as pd
import pyogrio
import pytest

import explorer.core.geopackage as geopackage
from explorer.core.geopackage import write_geopackage


def notes(text: str) -> pd.DataFrame:
    return pd.DataFrame({"id": ["n1"], "text": [text]})


def test_with_a_base_other_layers_stay_and_named_ones_are_replaced(tmp_path):
    path = tmp_path / "c.gpkg"
    write_geopackage({"notes": notes("old"), "theirs": notes("kept")}, path)
    write_geopackage({"notes": notes("new")}, path, base=path)
    assert {name for name, _ in pyogrio.list_layers(path)} == {"notes", "theirs"}
    assert pyogrio.read_dataframe(path, layer="notes")["text"].tolist() == ["new"]
    assert pyogrio.read_dataframe(path, layer="theirs")["text"].tolist() == ["kept"]


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "c.gpkg"
    write_geopackage({"notes": notes("old")}, path)
    before = path.read_bytes()
    written, write = [], pyogrio.write_dataframe

    def fail_on_second_layer(df, tmp, layer, **kwargs):
        if written:
            raise OSError("disk full")
        written.append(layer)
        write(df, tmp, layer=layer, **kwargs)

    monkeypatch.setattr(geopackage.pyogrio, "write_dataframe", fail_on_second_layer)
    with pytest.raises(OSError, match="disk full"):
        write_geopackage({"notes": notes("new"), "more": notes("x")}, path, base=path)
    assert written == ["notes"]
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.gpkg"]
