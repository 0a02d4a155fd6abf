"""Bad catalogue files give one precise error: file, layer, row, field, what was expected."""

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from tests.core.helpers import bundled_frames, write_frames


def errors_of(path):
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    return info.value


def test_missing_file(tmp_path):
    err = errors_of(tmp_path / "nowhere.gpkg")
    assert str(err) == "nowhere.gpkg: file not found"


def test_not_a_geopackage(tmp_path):
    fake = tmp_path / "fake.gpkg"
    fake.write_text("this is not SQLite")
    assert "not a readable GeoPackage" in str(errors_of(fake))


def test_wrong_extension(tmp_path):
    other = tmp_path / "parks.xlsx"
    other.write_bytes(b"PK")
    assert "expected a GeoPackage (.gpkg), found '.xlsx'" in str(errors_of(other))


def test_missing_layer(tmp_path):
    path = write_frames(bundled_frames(), tmp_path / "c.gpkg", skip=("figures",))
    assert "layer 'figures': layer missing" in str(errors_of(path))


def test_missing_field(tmp_path):
    frames = bundled_frames()
    frames["parks"] = frames["parks"].drop(columns="name_zh")
    err = errors_of(write_frames(frames, tmp_path / "c.gpkg"))
    assert "layer 'parks', field 'name_zh': field missing (expected text)" in str(err)


def test_wrong_type_and_empty_required_value(tmp_path):
    frames = bundled_frames()
    frames["figures"]["value"] = frames["figures"]["value"].astype(object)
    frames["figures"].loc[2, "value"] = "many"
    frames["chains"].loc[0, "name_en"] = None
    err = str(errors_of(write_frames(frames, tmp_path / "c.gpkg")))
    assert "layer 'figures', row 3, field 'value': expected a number, found 'many'" in err
    assert "layer 'chains', row 1, field 'name_en': expected text, found nothing" in err


def test_duplicate_ids_and_broken_references(tmp_path):
    frames = bundled_frames()
    frames["parks"].loc[1, "id"] = frames["parks"].loc[0, "id"]
    frames["tenants"].loc[0, "park_id"] = "atlantis"
    frames["parks"].loc[2, "chain_ids"] = "nuclear;unobtainium"
    err = str(errors_of(write_frames(frames, tmp_path / "c.gpkg")))
    assert "layer 'parks', row 2, field 'id': duplicate id 'xidu-time-valley' (first used in row 1)" in err
    assert "layer 'tenants', row 1, field 'park_id': unknown park 'atlantis'" in err
    assert "layer 'parks', row 3, field 'chain_ids': unknown chain 'unobtainium'" in err


def test_bad_vocabulary(tmp_path):
    frames = bundled_frames()
    frames["parks"].loc[0, "location_precision"] = "exact-ish"
    frames["chains"].loc[0, "color"] = "pink"
    err = str(errors_of(write_frames(frames, tmp_path / "c.gpkg")))
    assert "field 'location_precision': expected one of surveyed, landmark" in err
    assert "field 'color': expected a colour like #1f77b4, found 'pink'" in err


def test_other_crs_is_reprojected_with_a_warning(tmp_path):
    frames = bundled_frames()
    frames["parks"] = frames["parks"].to_crs("EPSG:3857")
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    xidu = cat.parks["xidu-time-valley"].geometry
    assert abs(xidu.x - 112.37065) < 1e-6 and abs(xidu.y - 26.96977) < 1e-6
    assert any("reprojected from EPSG:3857" in str(w) for w in cat.warnings)


def test_point_outside_hengyang_is_warned_not_fatal(tmp_path):
    from shapely.geometry import Point
    frames = bundled_frames()
    frames["parks"].loc[0, "geometry"] = Point(116.39, 39.91)  # Beijing
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    assert any("'xidu-time-valley' lies outside Hengyang" in str(w) for w in cat.warnings)
