"""No title or catalogue text ever reaches a template compiler while an export page is
built (see tests/mapview/test_templates.py for the window's page)."""

import json
import re

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.export.html import render_export_page, write_standalone_html
from explorer.export.options import ExportOptions, page_options
from tests.mapview.test_page import json_block
from tests.payloads import (MARKER, TEMPLATE_PAYLOADS, assert_no_payload_compiled,  # noqa: F401
                            compiled, write_payload_catalogue)


@pytest.fixture(scope="module")
def payload_cat(tmp_path_factory):
    return load_catalogue(write_payload_catalogue(tmp_path_factory.mktemp("c") / "p.gpkg"))


@pytest.mark.parametrize("title", TEMPLATE_PAYLOADS + ["Hengyang {% x"])
def test_export_page_compiles_no_title_or_catalogue_text(payload_cat, compiled, title):
    options = ExportOptions(title=title, lang="en")
    page = render_export_page(payload_cat, **page_options(payload_cat, options, image=True))
    assert_no_payload_compiled(compiled)
    assert not [s for s in compiled if "{% x" in s]
    exported = json_block(page, "explorer-export")
    assert exported["title"] == title
    assert any(MARKER in line for line in exported["credits"])  # the sources' publishers


def test_standalone_html_holds_the_text_literally(payload_cat, compiled, tmp_path):
    out = tmp_path / "map.html"
    write_standalone_html(payload_cat, out, **page_options(
        payload_cat, ExportOptions(title=TEMPLATE_PAYLOADS[4]), image=False))
    assert_no_payload_compiled(compiled)
    page = out.read_text(encoding="utf-8")
    assert json_block(page, "explorer-export")["title"] == TEMPLATE_PAYLOADS[4]
    # The page's only script from Python calls our functions with constant block ids.
    calls = re.findall(r"explorer(?:Setup|Export)\(([^)]*)\)", page)
    assert [json.loads(call.split(", ")[1]) for call in calls] == ["explorer-data",
                                                                   "explorer-export"]
