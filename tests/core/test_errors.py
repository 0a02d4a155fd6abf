"""Bad catalogue files give one precise error: file, layer, row, field, what was expected."""

import os
import sqlite3

import pytest
import shapely
from shapely.geometry import Point, Polygon

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError, Message, Problem, summarize
from explorer.core.load import BUNDLED_PATH
from tests.helpers.catalogues import bundled_frames, write_frames


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
    assert str(errors_of(fake)) == ("fake.gpkg: not a GeoPackage: a GeoPackage is an SQLite "
                                    "database, and this file is not one")


def test_wrong_extension(tmp_path):
    other = tmp_path / "parks.xlsx"
    other.write_bytes(b"PK")
    assert str(errors_of(other)) == (
        "parks.xlsx: expected a GeoPackage (.gpkg), GeoJSON (.geojson, .json) or CSV (.csv) "
        "file, found '.xlsx'")


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
    assert abs(xidu.x - 112.362907) < 1e-6 and abs(xidu.y - 26.972786) < 1e-6
    assert any("reprojected from EPSG:3857" in str(w) for w in cat.warnings)


def test_point_outside_hengyang_is_warned_not_fatal(tmp_path):
    frames = bundled_frames()
    frames["parks"].loc[0, "geometry"] = Point(116.39, 39.91)  # Beijing
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    assert ("c.gpkg, layer 'parks', row 1, field 'geometry': 'xidu-time-valley' lies outside "
            "Hengyang's boundary, 1,4") in "\n".join(map(str, cat.warnings))  # 1,418 km from it
    assert cat.parks["xidu-time-valley"].is_mapped


def test_folder_instead_of_a_file(tmp_path):
    assert str(errors_of(tmp_path)) == f"{tmp_path.name}: a folder, not a file"


def test_truncated_geopackage_is_named_as_cut_short(tmp_path):
    data = BUNDLED_PATH.read_bytes()
    half = tmp_path / "half.gpkg"
    half.write_bytes(data[: len(data) // 2])
    assert str(errors_of(half)) == (
        f"half.gpkg: the file is cut short: it holds {len(data) // 2:,} of the {len(data):,} "
        "bytes its header announces (an interrupted copy or download?)")


def test_corrupt_pages_are_named_as_damage(tmp_path):
    data = bytearray(BUNDLED_PATH.read_bytes())
    data[40960:49152] = os.urandom(8192)  # two pages of noise in the middle of the file
    corrupt = tmp_path / "corrupt.gpkg"
    corrupt.write_bytes(bytes(data))
    assert str(errors_of(corrupt)).startswith("corrupt.gpkg: the database is damaged (")


def test_sqlite_database_that_is_no_geopackage(tmp_path):
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE parks (id TEXT)")
    assert str(errors_of(plain)) == ("plain.gpkg: not a GeoPackage: an SQLite database "
                                     "without the GeoPackage table gpkg_contents")


def test_no_crs_is_assumed_wgs84_with_a_warning(tmp_path):
    frames = bundled_frames()
    frames["parks"] = frames["parks"].set_crs(None, allow_override=True)
    with pytest.warns(UserWarning, match="'crs' was not provided"):
        path = write_frames(frames, tmp_path / "c.gpkg")
    cat = load_catalogue(path)
    assert "c.gpkg, layer 'parks': no coordinate system given; assumed WGS-84 longitude/" \
           "latitude (EPSG:4326)" in map(str, cat.warnings)
    assert cat.parks["xidu-time-valley"].geometry.equals(Point(112.362907, 26.972786))


def test_china_geodetic_cgcs2000_is_reprojected(tmp_path):
    frames = bundled_frames()
    frames["parks"] = frames["parks"].to_crs("EPSG:4490")
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    assert ("c.gpkg, layer 'parks': reprojected from EPSG:4490 (China Geodetic Coordinate "
            "System 2000) to WGS-84") in map(str, cat.warnings)
    xidu = cat.parks["xidu-time-valley"].geometry
    assert xidu.distance(Point(112.362907, 26.972786)) < 1e-5  # CGCS2000 ~ WGS-84, under 1 m


def test_projected_coordinates_without_a_crs_are_an_error(tmp_path):
    frames = bundled_frames()
    frames["parks"] = frames["parks"].to_crs("EPSG:3857").set_crs(None, allow_override=True)
    with pytest.warns(UserWarning):
        path = write_frames(frames, tmp_path / "c.gpkg")
    err = str(errors_of(path))
    assert ("c.gpkg, layer 'parks', row 1, field 'geometry': 'xidu-time-valley' is at "
            "x 12508181.59, y 3120072.131, which") in err
    assert "which is no longitude and latitude in degrees: is the file in a coordinate " \
           "system it does not name?" in err


def test_self_intersecting_polygon_is_repaired_with_a_warning(tmp_path):
    frames = bundled_frames()
    bow_tie = Polygon([(112.36, 26.96), (112.38, 26.98), (112.38, 26.96), (112.36, 26.98)])
    frames["parks"].loc[0, "geometry"] = bow_tie
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    repaired = cat.parks["xidu-time-valley"].geometry
    assert repaired.is_valid and repaired.geom_type == "MultiPolygon"
    assert abs(repaired.area - 2 * 0.0001) < 1e-9  # both triangles of the bow-tie kept
    assert ("c.gpkg, layer 'parks', row 1, field 'geometry': 'xidu-time-valley' had an "
            "invalid geometry (Self-intersection[112.37 26.97]); repaired, please check its "
            "shape") in map(str, cat.warnings)


def test_empty_and_missing_geometries_are_listed_not_drawn(tmp_path):
    frames = bundled_frames()
    frames["parks"].loc[0, "geometry"] = Point()  # POINT EMPTY
    frames["parks"].loc[2, "geometry"] = None
    cat = load_catalogue(write_frames(frames, tmp_path / "c.gpkg"))
    assert not cat.parks["xidu-time-valley"].is_mapped and not cat.parks["baisha-ludao"].is_mapped
    warnings = list(map(str, cat.warnings))
    assert ("c.gpkg, layer 'parks', row 1, field 'geometry': 'xidu-time-valley' has no "
            "location: listed, not drawn") in warnings
    assert "c.gpkg, layer 'parks', row 3, field 'geometry': 'baisha-ludao' has no location: " \
           "listed, not drawn" in warnings


def test_swapped_latitude_and_longitude_are_an_error_naming_the_rows(tmp_path):
    frames = bundled_frames()
    swapped = shapely.transform(frames["parks"].geometry.values[:2], lambda xy: xy[:, ::-1])
    frames["parks"].loc[:1, "geometry"] = swapped
    err = str(errors_of(write_frames(frames, tmp_path / "c.gpkg")))
    assert err.splitlines() == [
        "c.gpkg, layer 'parks', row 1, field 'geometry': 'xidu-time-valley' has latitude and "
        "longitude swapped: lon 26.972786, lat 112.362907 lies outside Hengyang, "
        "lon 112.362907, lat 26.972786 would lie inside; swap the two coordinates in the file",
        "c.gpkg, layer 'parks', row 2, field 'geometry': 'xiangnan-textile-base' has latitude "
        "and longitude swapped: lon 26.355361, lat 112.397258 lies outside Hengyang, "
        "lon 112.397258, lat 26.355361 would lie inside; swap the two coordinates in the file"]


def test_tenant_pointing_at_an_unknown_park(tmp_path):
    frames = bundled_frames()
    frames["tenants"].loc[3, "park_id"] = "atlantis"
    err = str(errors_of(write_frames(frames, tmp_path / "c.gpkg")))
    assert err == "c.gpkg, layer 'tenants', row 4, field 'park_id': unknown park 'atlantis'"


def test_a_failed_load_leaves_the_previous_catalogue_as_it_was(tmp_path):
    previous = load_catalogue()
    parks, warnings = dict(previous.parks), list(previous.warnings)
    bundled_bytes = BUNDLED_PATH.read_bytes()
    half = tmp_path / "half.gpkg"
    half.write_bytes(bundled_bytes[:50_000])
    errors_of(half)
    assert previous.parks == parks and previous.warnings == warnings
    assert BUNDLED_PATH.read_bytes() == bundled_bytes


def test_long_problem_lists_are_summarized():
    problems = [Problem("f.csv", Message("expected {expected}, found nothing",
                                         expected=Message("a number")), "parks", n, "lat")
                for n in range(1, 501)]
    problems.append(Problem("f.csv", Message("unknown chain '{id}'", id="x"), "parks", 7,
                            "chain_ids"))
    err = DataError(problems)
    assert len(err.problems) == 22
    assert str(err.problems[-1]) == "f.csv, layer 'parks', field 'lat': 480 more errors like " \
                                    "the ones above"
    assert summarize(problems[:20]) == problems[:20]
