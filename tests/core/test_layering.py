"""The core and the map builder import no Qt: they work headless."""

import ast
import subprocess
import sys
from pathlib import Path

import explorer

PACKAGE = Path(explorer.__file__).parent
QT_FREE = ("core", "mapview")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_import_in_core_or_mapview_source():
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for folder in QT_FREE for path in (PACKAGE / folder).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("explorer.ui")
    ]
    assert offenders == []


def test_importing_core_and_mapview_loads_no_qt():
    code = ("import sys, explorer.core.catalogue, explorer.mapview.page, explorer.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
