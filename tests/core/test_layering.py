"""Who may import whom: the contracts in pyproject.toml hold, and core tests need no Qt."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, cwd=REPO, timeout=240,
                          **kwargs)


def test_the_import_contracts_hold():
    """ui > export > mapview > core; no Qt and no folium in core, no Qt in mapview."""
    out = run(str(Path(sys.executable).parent / "lint-imports"), "--no-cache")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_importing_core_mapview_and_the_cli_loads_no_qt():
    """At run time too, where a contract cannot see (imports by name, plugins)."""
    code = ("import sys, explorer.core.catalogue, explorer.mapview.page, explorer.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = run(sys.executable, "-c", code, check=True)
    assert out.stdout.strip() == "[]"


def test_core_tests_are_collected_without_qt():
    """`pytest -p no:pytest-qt tests/core` runs where Qt cannot: no conftest or test module
    of tests/core imports it (pytest-qt itself imports Qt as it starts, hence `-p no:`)."""
    code = ("import sys, pytest; "
            "code = pytest.main(['tests/core', '--collect-only', '-q', '-p', 'no:pytest-qt', "
            "'-p', 'no:cacheprovider']); "
            "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))")
    out = run(sys.executable, "-c", code)
    assert out.stdout.splitlines()[-1] == "0 []", out.stdout[-2000:] + out.stderr
