"""Validation runs on frames, before any record is built."""

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pytest
import shapely

import explorer.core.catalogue as catalogue_module
import explorer.core.validate as validate
from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from explorer.core.schema import LAYERS
from explorer.core.validate import check_catalogue
from tests.helpers.catalogues import XIDU, bundled_frames, write_frames

FIRMS = 100_000


def many_firms(frames, n: int) -> gpd.GeoDataFrame:
    """n firms of the first chain, at Xidu."""
    ids = [f"firm-{i}" for i in range(n)]
    firms = pd.DataFrame({field.name: "" for field in LAYERS["tenants"]}, index=range(n))
    firms["id"] = firms["name_zh"] = ids
    firms["chain_id"] = frames["chains"]["id"].iloc[0]
    firms["source_id"] = frames["sources"]["id"].iloc[0]
    return gpd.GeoDataFrame(firms, geometry=shapely.points(*[[c] * n for c in XIDU]),
                            crs="EPSG:4326")


def test_a_bad_row_of_a_big_file_fails_before_any_record_is_built(tmp_path, monkeypatch):
    frames = bundled_frames()
    firms = many_firms(frames, FIRMS)
    firms.loc[70_000, "chain_id"] = "no-such-chain"
    bundled = frames["tenants"]  # the figures name some of them
    frames["tenants"] = pd.concat([bundled, firms], ignore_index=True)
    path = write_frames(frames, tmp_path / "big.gpkg")

    def refuse(*_):
        raise AssertionError("records were built before the checks")

    monkeypatch.setattr(catalogue_module, "_records", refuse)
    monkeypatch.setattr(catalogue_module.TenantTable, "from_frame", refuse)
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    assert str(info.value) == (f"big.gpkg, layer 'tenants', row {len(bundled) + 70_001}, "
                               "field 'chain_id': unknown chain 'no-such-chain'")


def test_checks_take_ids_from_the_frames():
    frames = bundled_frames()
    park_id = frames["parks"]["id"].iloc[0]
    frames["parks"] = frames["parks"].iloc[1:]
    with pytest.raises(DataError) as info:
        check_catalogue(frames, "edited.gpkg")
    assert f"unknown park '{park_id}'" in str(info.value)
    assert str(info.value).startswith("edited.gpkg, layer '")


def test_a_figure_given_twice_is_pointed_out():
    frames = bundled_frames()
    figures = frames["figures"]
    frames["figures"] = pd.concat([figures, figures.iloc[[2]]], ignore_index=True)
    warnings = check_catalogue(frames, "c.gpkg")
    assert str(warnings[0]).startswith(
        f"c.gpkg, layer 'figures', row {len(figures) + 1}, field 'subject_type': the same "
        "figure as row 3: same subject_type, subject_id, metric, kind, period and source_id (")


def test_borrowed_layers_name_their_own_file():
    frames = bundled_frames()
    frames["chains"].attrs["file"] = "/elsewhere/bundled.gpkg"
    frames["chains"].loc[0, "color"] = "red"
    with pytest.raises(DataError) as info:
        check_catalogue(frames, "parks.csv")
    assert str(info.value) == ("bundled.gpkg, layer 'chains', row 1, field 'color': expected a "
                               "colour like #1f77b4, found 'red'")


@pytest.mark.parametrize("dtype", ["str", "object"])
def test_a_repeated_firm_id_is_found_in_arrow_text_and_in_python_objects(dtype):
    """Repeated keys are counted by Arrow for a column of text, by pandas otherwise: the
    same error either way, at the same rows."""
    frames = bundled_frames()
    firms = many_firms(frames, 5)
    firms.loc[3, "id"] = "firm-1"
    firms["id"] = firms["id"].astype(dtype)
    frames["tenants"] = pd.concat([frames["tenants"], firms], ignore_index=True)
    frames["tenants"]["id"] = frames["tenants"]["id"].astype(dtype)
    first = len(frames["tenants"]) - 5 + 2
    with pytest.raises(DataError) as err:
        check_catalogue(frames, "c.gpkg")
    assert [str(p) for p in err.value.problems] == [
        f"c.gpkg, layer 'tenants', row {first + 2}, field 'id': duplicate id 'firm-1' "
        f"(first used in row {first})"]


def test_ids_of_no_single_type_are_still_checked_for_repeats():
    frames = bundled_frames()
    frames["tenants"]["id"] = frames["tenants"]["id"].astype(object)
    frames["tenants"].loc[1, "id"] = 7  # a number among text: Arrow cannot take the column
    frames["tenants"].loc[2, "id"] = 7
    with pytest.raises(DataError) as err:
        check_catalogue(frames, "c.gpkg")
    assert "layer 'tenants', row 3, field 'id': duplicate id 7 (first used in row 2)" in \
        "\n".join(map(str, err.value.problems))


@pytest.mark.parametrize("ids, unique", [
    (["a", "b", "c"], True), (["a", "b", "a"], False), (["a", None, "b"], True),
    (["a", None, None], False), ([], True), (["b"], True), (["", "x", ""], False),
    (["企业2", "企业10", "企业1", "企业10"], False)])
def test_repeated_ids_are_found_in_sorted_text(ids, unique):
    chunked = pa.chunked_array([pa.array(ids[:2], pa.string()), pa.array(ids[2:], pa.string())])
    for column in (pd.array(ids, dtype="str"), pd.array(chunked, dtype="str")):
        assert validate._no_repeats(pd.DataFrame({"id": column}), ("id",)) is unique
