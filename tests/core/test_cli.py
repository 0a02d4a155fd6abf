import subprocess
import sys


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
