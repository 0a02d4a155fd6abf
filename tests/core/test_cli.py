import subprocess
import sys

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.core.errors import DataError
from tests.helpers.catalogues import point_features, three_parks, write_csv, write_geojson


def run(*args):
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True,
                          text=True, timeout=120)


def test_validate_bundled_data_exits_zero_with_a_report():
    out = run("validate")
    assert out.returncode == 0, out.stderr
    assert "valid" in out.stdout and "parks 8" in out.stdout
    assert "placed approximately" in out.stdout


def test_validate_bad_file_exits_two_naming_the_problem(tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    out = run("validate", str(bad))
    assert out.returncode == 2
    assert "broken.gpkg" in out.stderr and "Traceback" not in out.stderr


def test_data_build_writes_where_asked(tmp_path):
    out = run("data", "build", "--out", str(tmp_path / "x.gpkg"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "x.gpkg").exists() and "parks 8" in out.stdout


def test_validate_geojson_parks_exits_zero_with_the_window_s_warnings(tmp_path):
    path = write_geojson(tmp_path / "parks.geojson", point_features(three_parks()))
    out = run("validate", str(path))
    assert out.returncode == 0, out.stderr
    assert f"{path}: valid" in out.stdout and "parks 3 (3 on the map), firms 0" in out.stdout
    for warning in load_catalogue(path).warnings:
        assert f"  {warning}\n" in out.stdout


def test_validate_gbk_csv_exits_zero_and_says_which_encoding_was_used(tmp_path):
    path = write_csv(tmp_path / "园区.csv", three_parks(), encoding="gbk")
    out = run("validate", str(path))
    assert out.returncode == 0, out.stderr
    assert "  园区.csv: the text is not UTF-8; read it as GB18030/GBK\n" in out.stdout
    assert out.stderr == ""


def test_validate_bad_csv_exits_two_with_the_precise_messages(tmp_path):
    rows = three_parks()
    rows[1]["lon"], rows[1]["lat"] = rows[1]["lat"], rows[1]["lon"]
    rows[2]["id"] = "p1"
    path = write_csv(tmp_path / "parks.csv", rows)
    out = run("validate", str(path))
    assert out.returncode == 2
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    expected = "".join(f"  {p}\n" for p in info.value.problems)
    assert out.stderr == f"2 error(s):\n{expected}"
    assert "row 2, field 'lon/lat': 'p2' has latitude and longitude swapped" in out.stderr
