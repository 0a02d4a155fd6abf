"""Input that used to crash or mislead: non-finite numbers, files that cannot be read or are
no text, huge features, and values that would flood or scramble a terminal."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from explorer.core import readers
from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from tests.conftest import REPO
from tests.helpers.catalogues import (HITECH, XIDU, park, point_features, three_parks, write_csv,
                                write_geojson)

# The capabilities that let root read any file.
DAC_CAPS = "-dac_override,-dac_read_search"


def error_of(path) -> str:
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    return str(info.value)


def validate(path):
    return subprocess.run([sys.executable, "-m", "explorer", "validate", str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


# -- NaN and Infinity --------------------------------------------------------------------

@pytest.mark.parametrize("lon, lat, field, found", [
    ("inf", "26.9", "lon", "'inf'"), ("112.5", "-Infinity", "lat", "'-Infinity'"),
])
def test_infinite_csv_coordinates_name_row_and_field(tmp_path, lon, lat, field, found):
    rows = three_parks()
    rows[1]["lon"], rows[1]["lat"] = lon, lat
    err = error_of(write_csv(tmp_path / "parks.csv", rows))
    degrees = "a longitude" if field == "lon" else "a latitude"
    assert err == (f"parks.csv, layer 'parks', row 2, field '{field}': expected {degrees} in "
                   f"degrees, found {found}")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_geojson_coordinates_name_row_and_field(tmp_path, value):
    features = point_features(three_parks())
    text = json.dumps({"type": "FeatureCollection", "features": features})
    text = text.replace(str(list(HITECH)).replace(" ", " "), f"[{value}, {HITECH[1]}]")
    path = tmp_path / "parks.geojson"
    path.write_text(text, encoding="utf-8")
    assert error_of(path) == ("parks.geojson, layer 'parks', row 2, field 'geometry': expected "
                              "coordinates in numbers, found NaN or Infinity")


def test_an_infinite_size_is_refused(tmp_path):
    rows = three_parks()
    rows[0]["uncertainty_m"] = "inf"
    rows[1]["uncertainty_m"] = rows[2]["uncertainty_m"] = ""
    err = error_of(write_csv(tmp_path / "parks.csv", rows))
    assert "row 1, field 'uncertainty_m': expected a number or empty, found 'inf'" in err


def test_validate_of_infinite_coordinates_exits_2_without_a_traceback(tmp_path):
    rows = three_parks()
    rows[0]["lon"] = "inf"
    out = validate(write_csv(tmp_path / "parks.csv", rows))
    assert out.returncode == 2, out.stderr
    assert "row 1, field 'lon': expected a longitude in degrees, found 'inf'" in out.stderr
    assert "Traceback" not in out.stderr


# -- files that cannot be read -----------------------------------------------------------

def test_an_unreadable_file_says_permission_denied_and_exits_2(tmp_path):
    path = write_csv(tmp_path / "parks.csv", three_parks())
    path.chmod(0)
    prefix = []
    if os.geteuid() == 0:  # root reads anything: ask as root without that power
        if not shutil.which("setpriv"):
            pytest.skip("as root, needs setpriv (util-linux) to drop the power to read all")
        prefix = ["setpriv", "--bounding-set", DAC_CAPS, "--inh-caps", DAC_CAPS, "--"]
    out = subprocess.run([*prefix, sys.executable, "-m", "explorer", "validate", str(path)],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2, out.stderr
    assert out.stderr == ("1 error(s):\n  parks.csv: permission denied: you may not read this "
                          "file (ask its owner for access, or for a copy)\n")


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "parks.csv")
    assert error_of(tmp_path / "parks.csv") == (
        "parks.csv: a named pipe (FIFO), not a file: open a catalogue saved as a file")


def test_a_dangling_link_and_a_loop_of_links_say_so(tmp_path):
    (tmp_path / "parks.csv").symlink_to(tmp_path / "moved.csv")
    assert error_of(tmp_path / "parks.csv") == (
        f"parks.csv: a symbolic link to {tmp_path / 'moved.csv'}, which does not exist")
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    assert error_of(tmp_path / "a.csv") == (
        "a.csv: a symbolic link that leads back to itself (a loop of links)")


# -- files that are no text, or empty ----------------------------------------------------

@pytest.mark.parametrize("name, content, message", [
    ("parks.geojson", b"", "the file is empty: expected a GeoJSON FeatureCollection"),
    ("parks.geojson", b" \r\n", "the file is empty: expected a GeoJSON FeatureCollection"),
    ("parks.gpkg", b"", "the file is empty (0 bytes): a GeoPackage is an SQLite database"),
    ("parks.csv", "id,name_zh,chain_ids\r\np1,园,textile\r\n".encode("utf-16-le"),
     "the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as "
     "UTF-8 and open it again"),
    ("parks.csv", b"i\0d,name_zh,chain_ids\r\np1,x,textile\r\n",
     "line 1 holds a NUL byte (byte 2 of the file): not a text file, or a damaged one"),
])
def test_files_that_hold_no_readable_text_say_why(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert error_of(path) == f"{name}: {message}"


def test_a_feature_too_large_to_draw_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FEATURE_MB", 1)  # GDAL's 200 MB, made small to test
    ring = [[XIDU[0] + i * 1e-7, XIDU[1] + (i % 2) * 1e-4] for i in range(60_000)]
    feature = {"type": "Feature", "properties": park("p1", "大园区"),
               "geometry": {"type": "Polygon", "coordinates": [ring + [ring[0]]]}}
    path = write_geojson(tmp_path / "parks.geojson", [feature])
    assert error_of(path) == (
        "parks.geojson: a feature is larger than 1 MB of text (a shape of millions of "
        "points?), more than the map can draw; simplify it (in QGIS: Vector > Geometry "
        "Tools > Simplify) and open the file again")


# -- values that would flood or scramble a terminal --------------------------------------

def test_a_long_id_is_cut_short_in_messages(tmp_path):
    rows = three_parks()
    rows[0]["id"] = "p" * 10_000
    rows[0]["location_precision"] = "district"
    cat = load_catalogue(write_csv(tmp_path / "parks.csv", rows))
    warning = next(str(w) for w in cat.warnings if w.row == 1 and w.field == "location_precision")
    assert len(warning) < 200, warning
    assert "'pppp" in warning and "… (10,000 characters) is placed approximately" in warning


def test_control_and_bidi_characters_are_shown_escaped(tmp_path):
    rows = three_parks()
    rows[0]["id"] = "evil\u202egpj.exe"
    rows[1]["id"] = rows[0]["id"]
    path = write_csv(tmp_path / "pa\u202erks.csv", rows)
    out = validate(path)
    assert out.returncode == 2
    assert "\u202e" not in out.stderr
    assert "pa\\u202erks.csv, layer 'parks', row 2, field 'id': duplicate id " \
           "'evil\\u202egpj.exe' (first used in row 1)" in out.stderr
