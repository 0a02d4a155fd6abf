"""Parks and firms from GeoJSON and CSV files: encodings, the parks-or-firms rule, column
names, firms added to the bundled ones, places."""

import json

import pytest
from shapely.geometry import Point

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from explorer.core.load import BUNDLED_PATH
from tests.helpers.catalogues import (BEIJING, HITECH, XIDU, park, point_features, three_parks,
                                write_csv, write_geojson)

COMBINED = ("this file holds parks only: chains, sources and districts are those of the "
            "bundled catalogue (hengyang.gpkg); no firms or figures")


def errors_of(path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    return [str(p) for p in info.value.problems]


def warnings_of(cat) -> list[str]:
    return [str(w) for w in cat.warnings]


def tenant(tid, park_id, chain_id="salt-chemicals", **more) -> dict:
    return {"id": tid, "name_zh": f"{tid}公司", "park_id": park_id, "chain_id": chain_id, **more}


# -- what a file holds, and what it borrows from the bundled catalogue ---------------------

def test_geojson_parks_are_shown_with_the_bundled_chains_and_districts(tmp_path):
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson",
                                       point_features(three_parks())))
    assert list(cat.parks) == ["p1", "p2", "p3"]
    p1 = cat.parks["p1"]
    assert (p1.name_zh, p1.name_en, p1.chain_ids) == ("西渡钟表园", "Xidu watch park",
                                                     ("watch-clock",))
    assert p1.geometry.equals(Point(*XIDU)) and p1.location_precision == "unknown"
    assert cat.parks["p2"].name_en == ""  # the Chinese name is shown instead
    assert len(cat.chains) == 13 and len(cat.districts) == 13
    assert cat.tenants == {} and cat.figures == []
    warnings = warnings_of(cat)
    assert warnings[0] == f"parks.geojson: {COMBINED}"
    assert ("parks.geojson, layer 'parks', field 'location_precision': no location precision "
            "given; taken as 'unknown' (how close the point is to the site is not known): "
            "every row (3)") in warnings
    assert ("parks.geojson, layer 'parks', row 2, field 'location_precision': 'p2': how close "
            "its location is to the site is not known") in warnings


def test_blank_precision_in_some_rows_names_the_rows(tmp_path):
    rows = three_parks()
    rows[0]["location_precision"], rows[1]["location_precision"] = "town", ""
    rows[2]["location_precision"] = None
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", rows))
    assert cat.parks["p1"].location_precision == "town"
    assert ("parks.csv, layer 'parks', field 'location_precision': no location precision "
            "given; taken as 'unknown' (how close the point is to the site is not known): "
            "rows 2 and 3") in warnings_of(cat)


def test_a_firms_file_adds_its_firms_to_the_bundled_catalogue(tmp_path):
    bundled = load_catalogue()
    rows = [tenant("t1", "songmu-edz"), tenant("t2", "")]
    cat = load_catalogue(write_csv(tmp_path / "firms.csv", rows))
    assert list(cat.tenants) == ["t1", "t2", *bundled.tenants] and len(cat.parks) == 8
    assert cat.added_firms == 2
    assert [t.id for t in cat.tenants_of("songmu-edz")] == [
        "t1", *(t.id for t in bundled.tenants_of("songmu-edz"))]
    assert len(cat.figures) == len(bundled.figures) > 30  # nothing bundled disappears
    assert cat.tenants["t1"].source_id == ""
    # Warnings only about the file's own rows: none about the bundled parks.
    assert warnings_of(cat) == [
        "firms.csv, layer 'tenants', field 'source_id': no source given; the firms are shown "
        "without one: every row (2)"]


def test_a_firm_id_the_bundled_catalogue_uses_is_refused(tmp_path):
    taken = next(iter(load_catalogue().tenants))
    rows = [tenant("t1", "songmu-edz"), tenant(taken, "")]
    assert errors_of(write_csv(tmp_path / "firms.csv", rows)) == [
        f"firms.csv, layer 'tenants', row 2, field 'id': id '{taken}' is already a firm of the "
        "bundled catalogue; give this firm another id (or leave the id column out)"]


@pytest.mark.parametrize("header", [
    ("name", "lon", "lat", "chain_id"),
    ("名称", "经度", "纬度", "产业链"),
    ("Company", "LNG", "Latitude", "chain"),
])
def test_common_column_names_are_recognised_and_ids_generated(tmp_path, header):
    path = tmp_path / "firms5.csv"
    lines = [",".join(header)] + [f"公司{n},112.6{n},26.9{n},salt-chemicals"
                                  for n in range(1, 6)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cat = load_catalogue(path)
    assert cat.added_firms == 5
    assert [cat.tenants[f"firms5-{n}"].name_zh for n in range(1, 6)] == [
        f"公司{n}" for n in range(1, 6)]
    assert cat.tenants["firms5-3"].geometry.equals(Point(112.63, 26.93))


def test_a_missing_column_lists_the_names_accepted_for_it(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text("firm_name,lon,lat,chain\n公司,112.6,26.9,textile\n", encoding="utf-8")
    assert errors_of(path) == [
        "firms.csv, layer 'tenants', field 'name_zh': no column for the name of the firms "
        "(accepted column "
        "names: name_zh, name, firm, company, 名称, 企业名称, 公司名称, 单位名称, 中文名称, "
        "园区名称)"]


def test_two_columns_for_one_field_are_refused(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text("name,lon,lng,lat,chain\n公司,112.6,112.6,26.9,textile\n",
                    encoding="utf-8")
    assert errors_of(path) == [
        "firms.csv, field 'lon': columns 'lon' and 'lng' both give 'lon'; keep one of them"]


def test_a_firm_inside_a_parks_circle_gets_that_park_as_a_suggestion(tmp_path):
    bundled = load_catalogue()
    songmu = bundled.parks["songmu-edz"].geometry
    rows = [tenant("near", "", lon=songmu.x + 0.01, lat=songmu.y),
            tenant("named", "baisha-ludao", lon=songmu.x, lat=songmu.y)]
    cat = load_catalogue(write_csv(tmp_path / "firms.csv", rows))
    assert cat.suggested_park(cat.tenants["near"]).id == "songmu-edz"
    assert cat.suggested_park(cat.tenants["named"]) is None  # a source names its park
    assert all(cat.suggested_park(t) is None for t in bundled.tenants.values()
               if t.geometry is None)


def test_a_tenant_pointing_at_an_unknown_park_names_the_row(tmp_path):
    rows = [tenant("t1", "songmu-edz"), tenant("t2", "atlantis")]
    assert errors_of(write_csv(tmp_path / "firms.csv", rows)) == [
        "firms.csv, layer 'tenants', row 2, field 'park_id': unknown park 'atlantis'"]


@pytest.mark.parametrize("kind", ["tenant", "Tenants ", "firm", "FIRMS"])
def test_kind_column_decides_the_layer(tmp_path, kind):
    features = [{"type": "Feature", "geometry": None,
                 "properties": {"kind": kind, "id": "t1", "name_zh": "某公司",
                                "chain_id": "textile"}}]
    cat = load_catalogue(write_geojson(tmp_path / "f.geojson", features))
    assert list(cat.tenants)[0] == "t1" and cat.added_firms == 1 and len(cat.parks) == 8


def test_a_file_mixing_parks_and_tenants_is_refused(tmp_path):
    rows = [park("p1", "园一", kind="park"), park("p2", "园二", kind=""),
            park("t1", "公司", kind="tenant")]
    assert errors_of(write_csv(tmp_path / "mixed.csv", rows)) == [
        "mixed.csv, row 3, field 'kind': expected parks like row 1, found 'tenant': a file "
        "holds either parks or firms"]


def test_an_unknown_kind_is_refused(tmp_path):
    rows = [park("p1", "园一", kind="park"), park("p2", "园二", kind="zone")]
    assert errors_of(write_csv(tmp_path / "k.csv", rows)) == [
        "k.csv, row 2, field 'kind': expected park or firm, found 'zone'"]


# -- text encodings ---------------------------------------------------------------------

@pytest.mark.parametrize("encoding,warned", [("utf-8", False), ("utf-8-sig", False),
                                             ("gbk", True), ("gb18030", True)])
def test_csv_text_in_utf8_or_gbk_reads_correctly(tmp_path, encoding, warned):
    rows = three_parks()
    rows[0]["location_note_zh"] = "梅花村，西渡镇（县城）"
    if encoding == "gb18030":
        rows[1]["name_zh"] = "𠀀高新区"  # a character beyond GBK, in GB18030's four-byte range
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", rows, encoding=encoding))
    assert cat.parks["p1"].name_zh == "西渡钟表园"
    assert cat.parks["p1"].location_note_zh == "梅花村，西渡镇（县城）"
    assert cat.parks["p2"].name_zh == rows[1]["name_zh"]
    note = "parks.csv: the text is not UTF-8; read it as GB18030/GBK"
    assert (note in warnings_of(cat)) == warned


def test_gbk_geojson_reads_correctly(tmp_path):
    path = write_geojson(tmp_path / "parks.geojson", point_features(three_parks()))
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    cat = load_catalogue(path)
    assert cat.parks["p3"].name_zh == "松木经开区"
    assert "parks.geojson: the text is not UTF-8; read it as GB18030/GBK" in warnings_of(cat)


def test_undecodable_text_names_the_file_and_the_encodings_tried(tmp_path):
    path = tmp_path / "parks.csv"
    path.write_bytes("id,name_zh,chain_ids\np1,西渡,textile\n".encode() + b"p2,\xff\xfe,x\n")
    assert errors_of(path) == [
        "parks.csv: cannot decode the text (UTF-8 fails at line 3, byte 0xff; GB18030/GBK "
        "fails at line 3, byte 0xff); save it as UTF-8 and open it again"]


def test_semicolon_separated_csv_as_excel_writes_it(tmp_path):
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", three_parks(), sep=";"))
    assert cat.parks["p2"].geometry.equals(Point(*HITECH))


# -- fields and types -------------------------------------------------------------------

def test_missing_required_field(tmp_path):
    rows = [{k: v for k, v in row.items() if k != "chain_ids"} for row in three_parks()]
    assert errors_of(write_csv(tmp_path / "parks.csv", rows)) == [
        "parks.csv, layer 'parks', field 'chain_ids': no column for the chains of the parks "
        "(accepted column names: chain_ids, chains)"]


def test_wrong_types_in_csv_name_row_and_field(tmp_path):
    rows = three_parks()
    rows[0]["uncertainty_m"] = "far"
    rows[1]["lat"] = "north"
    rows[2]["lon"] = None
    assert errors_of(write_csv(tmp_path / "parks.csv", rows)) == [
        "parks.csv, layer 'parks', row 1, field 'uncertainty_m': expected a number or empty, "
        "found 'far'",
        "parks.csv, layer 'parks', row 2, field 'lat': expected a latitude in degrees, found "
        "'north'",
        "parks.csv, layer 'parks', row 3, field 'lon': expected a number: the row has only one "
        "coordinate"]


def test_wrong_types_in_geojson_name_row_and_field(tmp_path):
    features = point_features(three_parks())
    features[1]["properties"]["uncertainty_m"] = "far"
    features[2]["properties"]["uncertainty_m"] = 800
    assert errors_of(write_geojson(tmp_path / "parks.geojson", features)) == [
        "parks.geojson, layer 'parks', row 2, field 'uncertainty_m': expected a number or "
        "empty, found 'far'"]


def test_chains_may_be_a_json_list_in_geojson(tmp_path):
    features = point_features(three_parks())
    features[2]["properties"]["chain_ids"] = ["salt-chemicals", "textile"]
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson", features))
    assert cat.parks["p3"].chain_ids == ("salt-chemicals", "textile")
    assert cat.parks["p1"].chain_ids == ("watch-clock",)


def test_whole_numbers_in_geojson_text_fields_are_taken_as_text(tmp_path):
    features = point_features(three_parks())
    for n, feature in enumerate(features):
        feature["properties"].update(id=n + 1, district_code=430421)
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson", features))
    assert list(cat.parks) == ["1", "2", "3"]
    assert cat.parks["1"].district_code == "430421"


def test_duplicate_ids(tmp_path):
    rows = three_parks()
    rows[2]["id"] = "p1"
    assert errors_of(write_csv(tmp_path / "parks.csv", rows)) == [
        "parks.csv, layer 'parks', row 3, field 'id': duplicate id 'p1' (first used in row 1)"]


def test_one_coordinate_column_alone_is_refused(tmp_path):
    rows = [{k: v for k, v in row.items() if k != "lat"} for row in three_parks()]
    assert errors_of(write_csv(tmp_path / "parks.csv", rows)) == [
        "parks.csv, layer 'parks', field 'lat': field missing (expected 'lat' beside 'lon', "
        "in degrees)"]


def test_no_coordinate_columns_lists_the_parks_without_drawing_them(tmp_path):
    rows = [{k: v for k, v in row.items() if k not in ("lon", "lat")} for row in three_parks()]
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", rows))
    assert not any(p.is_mapped for p in cat.parks.values())
    warnings = warnings_of(cat)
    assert ("parks.csv, layer 'parks': no 'lon' and 'lat' columns: the parks are listed, not "
            "drawn") in warnings
    assert "parks.csv, layer 'parks', row 1, field 'lon/lat': 'p1' has no location: listed, " \
           "not drawn" in warnings


@pytest.mark.parametrize("content,message", [
    (b"", "parks.csv: the file is empty: expected a header line, then one row per record"),
    (b"id,name_zh,chain_ids\r\n", "parks.csv: the file holds a header but no rows"),
])
def test_empty_csv(tmp_path, content, message):
    path = tmp_path / "parks.csv"
    path.write_bytes(content)
    assert errors_of(path) == [message]


@pytest.mark.parametrize("content,messages", [
    ("id,name_zh,chain_ids\r\np1,园一,textile,surplus,values\r\n",
     ["parks.csv, row 1: 5 values for 3 column names"]),
    ("id,id,name_zh,chain_ids\r\na,b,c,textile\r\n",
     ["parks.csv: column 'id' appears more than once in the header"]),
    ('id,name_zh,chain_ids\r\np1,"园一,textile\r\n',
     ["parks.csv: not a readable CSV file (line 2: unexpected end of data)"]),
    ("id,name_zh,chain_ids\r\np1,园一,textile\r\n,,\r\np3,园三,textile\r\n",
     ["parks.csv, layer 'parks', row 2, field 'id': expected text, found nothing",
      "parks.csv, layer 'parks', row 2, field 'name_zh': expected text, found nothing",
      "parks.csv, layer 'parks', row 2, field 'chain_ids': expected text, found nothing"]),
])
def test_malformed_csv_rows_are_named(tmp_path, content, messages):
    path = tmp_path / "parks.csv"
    path.write_text(content, encoding="utf-8")
    assert errors_of(path) == messages


def test_blank_lines_and_a_trailing_separator_at_the_end_are_ignored(tmp_path):
    path = tmp_path / "parks.csv"
    path.write_text("id,name_zh,chain_ids,\np1,园一,textile,\np2,园二,textile,\n\n\n",
                    encoding="utf-8")
    assert list(load_catalogue(path).parks) == ["p1", "p2"]


def test_unreadable_geojson(tmp_path):
    path = tmp_path / "parks.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    [error] = errors_of(path)
    assert error.startswith("parks.geojson: not a readable GeoJSON file (")
    assert "/vsimem/" not in error


def test_json_that_is_no_geojson(tmp_path):
    path = tmp_path / "parks.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    assert errors_of(path) == ["parks.json: not a readable GeoJSON file (not recognized as "
                               "being in a supported file format.)"]


def test_geojson_without_features(tmp_path):
    path = write_geojson(tmp_path / "parks.geojson", [])
    assert errors_of(path) == ["parks.geojson: the file holds no features"]


# -- places -----------------------------------------------------------------------------

def test_empty_and_missing_geometries_are_listed_not_drawn(tmp_path):
    features = point_features(three_parks())
    features[0]["geometry"] = None
    features[1]["geometry"] = {"type": "Point", "coordinates": []}
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson", features))
    assert [p.is_mapped for p in cat.parks.values()] == [False, False, True]
    assert ("parks.geojson, layer 'parks', row 2, field 'geometry': 'p2' has no location: "
            "listed, not drawn") in warnings_of(cat)


def test_self_intersecting_polygon_in_geojson_is_repaired(tmp_path):
    features = point_features(three_parks())
    features[1]["geometry"] = {"type": "Polygon", "coordinates": [[
        [112.56, 26.91], [112.58, 26.93], [112.58, 26.91], [112.56, 26.93], [112.56, 26.91]]]}
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson", features))
    assert cat.parks["p2"].geometry.is_valid
    assert ("parks.geojson, layer 'parks', row 2, field 'geometry': 'p2' had an invalid "
            "geometry (Self-intersection[112.57 26.92]); repaired, please check its shape"
            ) in warnings_of(cat)


@pytest.mark.parametrize("crs,coordinates", [
    ("urn:ogc:def:crs:EPSG::3857", [12509043.54, 3119695.417]),
    ("urn:ogc:def:crs:EPSG::4490", list(XIDU)),
])
def test_geojson_in_another_crs_is_reprojected(tmp_path, crs, coordinates):
    features = point_features(three_parks())
    features[0]["geometry"]["coordinates"] = coordinates
    for feature in features[1:]:
        feature["geometry"] = None
    cat = load_catalogue(write_geojson(tmp_path / "parks.geojson", features, crs=crs))
    assert cat.parks["p1"].geometry.distance(Point(*XIDU)) < 1e-5
    code = crs.rsplit(":", 1)[1]
    assert any(w.startswith(f"parks.geojson, layer 'parks': reprojected from EPSG:{code} ")
               for w in warnings_of(cat))


def test_swapped_lat_lon_in_csv_is_an_error_naming_the_rows(tmp_path):
    rows = three_parks()
    for row in rows[1:]:
        row["lon"], row["lat"] = row["lat"], row["lon"]
    errors = errors_of(write_csv(tmp_path / "parks.csv", rows))
    assert [e.split(":")[0] for e in errors] == [
        "parks.csv, layer 'parks', row 2, field 'lon/lat'",
        "parks.csv, layer 'parks', row 3, field 'lon/lat'"]
    assert errors[0].endswith(": 'p2' has latitude and longitude swapped: lon 26.912600, lat "
                              "112.567550 lies outside Hengyang, lon 112.567550, lat 26.912600 "
                              "would lie inside; swap the two coordinates in the file")


def test_coordinates_far_outside_hengyang_are_warned(tmp_path):
    rows = three_parks()
    rows[2]["lon"], rows[2]["lat"] = BEIJING
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", rows))
    assert cat.parks["p3"].is_mapped
    [outside] = [w for w in warnings_of(cat) if "outside" in w]
    assert outside.startswith("parks.csv, layer 'parks', row 3, field 'lon/lat': 'p3' lies "
                              "outside Hengyang's boundary, 1,4")


def test_loading_a_file_never_writes_the_bundled_catalogue(tmp_path):
    before = BUNDLED_PATH.read_bytes()
    load_catalogue(write_csv(tmp_path / "parks.csv", three_parks()))
    assert BUNDLED_PATH.read_bytes() == before


# -- progress ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["parks.csv", "bundled"])
def test_progress_is_reported_in_order_up_to_100(tmp_path, name):
    path = write_csv(tmp_path / name, three_parks()) if name != "bundled" else BUNDLED_PATH
    calls = []
    load_catalogue(path, progress=lambda percent, message: calls.append((percent, message)))
    percents = [p for p, _ in calls]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 100
    assert len(calls) >= 5 and all(isinstance(m, str) and m for _, m in calls)
    assert calls[-1][1] == f"Loaded {path.name}"


def test_progress_may_cancel_the_load_by_raising(tmp_path):
    class Cancelled(Exception):
        pass

    def cancel_at_checks(percent, message):
        if message.startswith("Checking"):
            raise Cancelled

    with pytest.raises(Cancelled):
        load_catalogue(write_csv(tmp_path / "parks.csv", three_parks()),
                       progress=cancel_at_checks)


def test_geojson_rows_survive_a_json_round_trip_of_the_helpers(tmp_path):
    """The helpers write real GeoJSON: what the tests above rely on."""
    path = write_geojson(tmp_path / "parks.geojson", point_features(three_parks()))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"][0]["geometry"] == {"type": "Point", "coordinates": list(XIDU)}


def test_the_readme_lists_every_accepted_column_name():
    from explorer.core.columns import ALIASES
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for field, names in ALIASES.items():
        row = f"  | `{field}` | " + ", ".join(f"`{name}`" for name in names) + " |"
        assert row in readme, field
