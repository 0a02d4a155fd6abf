"""`hengyang-explorer import` and `export-firms`: exit 0 with the counts, 2 with reasons."""

from __future__ import annotations

import subprocess
import sys

from explorer.core.catalogue import load_catalogue
from explorer.core.coords import from_wgs84
from explorer.core.load import BUNDLED_PATH

from .helpers import credit_code, write_csv, write_xlsx


def run(*args):
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True,
                          text=True, timeout=120)


def registry_rows():
    glon, glat = from_wgs84("gcj02", 112.6, 26.9)
    return [["单位", "代码", "经度", "纬度", "产业链", "行业"],
            ["衡阳甲公司", credit_code(1), f"{float(glon):.9f}", f"{float(glat):.9f}", "纺织服装",
             "纺织业"],
            ["衡阳乙公司", credit_code(2)[:-1] + "0", "", "", "新材料", ""],
            ["", "", "", "", "纺织服装", ""]]


def test_import_an_xlsx_into_a_new_catalogue_then_again(tmp_path):
    path = write_xlsx(tmp_path / "名录.xlsx", registry_rows())
    target = tmp_path / "office.gpkg"
    args = ["import", str(path), "--into", str(target), "--datum", "gcj02",
            "--map", "单位=name_zh", "--map", "代码=uscc", "--chain", "新材料=textile",
            "--report", str(tmp_path / "report.csv"), "--editor", "测试员"]
    out = run(*args)
    assert out.returncode == 0, out.stderr
    assert "名录.xlsx (sheet '企业名录'): 3 rows" in out.stdout
    assert "imported 2, updated 0, unchanged 0, placed at park 0, unplaced 1, rejected 1, " \
           "doubtful 1" in out.stdout
    assert "row 4, 单位 '': no firm name: the row is left out (rejected)" in out.stderr
    assert f"saved into {target}" in out.stdout
    cat = load_catalogue(target)
    [firm] = [cat.tenants[i] for i in cat.tenants.matching_ids("衡阳甲公司")]
    assert abs(firm.geometry.x - 112.6) < 1e-7 and abs(firm.geometry.y - 26.9) < 1e-7
    assert firm.note_zh == "行业：纺织业" and firm.source_id == "user-survey-测试员"
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    again = run(*args)
    assert again.returncode == 0, again.stderr
    assert "imported 0, updated 0, unchanged 2" in again.stdout
    assert f"nothing to change in {target}" in again.stdout


def test_import_failures_exit_two_with_the_reason(tmp_path):
    csv = write_csv(tmp_path / "x.csv", registry_rows())
    target = tmp_path / "office.gpkg"
    out = run("import", str(csv), "--into", str(target), "--map", "单位=")
    assert out.returncode == 2 and "no column is mapped to the firm name" in out.stderr
    out = run("import", str(csv), "--into", str(target), "--map", "名称=name_zh")
    assert out.returncode == 2 and "no column '名称' in the file" in out.stderr
    out = run("import", str(tmp_path / "missing.xlsx"), "--into", str(target))
    assert out.returncode == 2 and "missing.xlsx" in out.stderr
    out = run("import", str(csv), "--into", str(tmp_path / "new.csv"))
    assert out.returncode == 2 and "a new catalogue is a GeoPackage" in out.stderr
    out = run("import", str(csv), "--into", str(target), "--chain", "新材料")
    assert out.returncode == 2 and "is not of the form A=B" in out.stderr
    assert "Traceback" not in out.stderr and not target.exists()


def test_export_firms_and_back(tmp_path):
    out = run("export-firms", str(BUNDLED_PATH), str(tmp_path / "firms.csv"),
              "--encoding", "gb18030")
    assert out.returncode == 0, out.stderr
    assert "wrote 6 firms" in out.stdout
    assert (tmp_path / "firms.csv").read_bytes().decode("gb18030").startswith("企业名称,")
    out = run("import", str(tmp_path / "firms.csv"), "--into", str(tmp_path / "o.gpkg"))
    assert out.returncode == 0 and "imported 0, updated 0, unchanged 6" in out.stdout
    out = run("export-firms", str(BUNDLED_PATH), str(tmp_path / "firms.pdf"))
    assert out.returncode == 2 and "written as .xlsx or .csv" in out.stderr
