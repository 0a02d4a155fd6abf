"""Template syntax in a catalogue and in --title, through the command line: validate, and
export to PNG, PDF and HTML. Everything ends, the text stays literal, nothing else is written.
"""

import subprocess
import sys

import pytest
from pypdf import PdfReader

from explorer.cli import main
from tests.conftest import REPO
from tests.mapview.test_page import json_block
from tests.payloads import MARKER, PWNED, TEMPLATE_PAYLOADS, write_payload_catalogue


@pytest.fixture(scope="module")
def payload_file(tmp_path_factory):
    return write_payload_catalogue(tmp_path_factory.mktemp("catalogue") / "templates.gpkg")


def test_validate_prints_the_text_literally(payload_file):
    out = subprocess.run([sys.executable, "-m", "explorer", "validate", str(payload_file)],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "'xidu-time-valley Park {{ 6*7 }} tmpl-marker' is placed approximately" in out.stdout
    assert not PWNED.exists()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name, title", [
    ("map.png", TEMPLATE_PAYLOADS[2]),  # the unbalanced {% endfor %} once hung the export
    ("map.png", "Hengyang {% x"),
    ("map.pdf", TEMPLATE_PAYLOADS[0]),
    ("map.html", TEMPLATE_PAYLOADS[4]),
])
def test_export_with_template_text_everywhere_succeeds(qapp, payload_file, tmp_path, capsys,
                                                       name, title):
    out = tmp_path / name
    code = main(["export", "--data", str(payload_file), "--out", str(out), "--title", title,
                 "--size", "300x200", "--lang", "en"])
    assert code == 0, capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert not PWNED.exists()
    if name.endswith(".pdf"):
        assert PdfReader(out).metadata.title == title
    if name.endswith(".html"):
        page = out.read_text(encoding="utf-8")
        assert json_block(page, "explorer-export")["title"] == title
        parks = json_block(page, "explorer-data")["parks"]
        assert all(MARKER in park["name_en"] for park in parks)
