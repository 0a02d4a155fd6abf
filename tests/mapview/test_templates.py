"""No catalogue text ever reaches a template compiler while the window's page is built.

Every source jinja2 compiles is recorded (tests/payloads.py); with a payload (and its marker)
in every text field of every layer, none may hold the marker. The text reaches the page
unchanged, as JSON data. (tests/export/test_templates.py does the same for exports.)
"""

import pytest

from explorer.core.catalogue import load_catalogue
from explorer.mapview.page import render_page
from tests.mapview.test_page import TEXT, json_block
from tests.payloads import (TEMPLATE_PAYLOADS, assert_no_payload_compiled, compiled,  # noqa: F401
                            write_payload_catalogue)


@pytest.fixture(scope="module")
def payload_cat(tmp_path_factory):
    return load_catalogue(write_payload_catalogue(tmp_path_factory.mktemp("c") / "p.gpkg"))


def test_window_page_compiles_no_catalogue_text(payload_cat, compiled):
    page = render_page(payload_cat, lang="en", text=TEXT)
    assert_no_payload_compiled(compiled)
    data = json_block(page, "explorer-data")
    assert [p["name_en"] for p in data["parks"]] == [
        p.name_en for p in payload_cat.parks.values() if p.is_mapped]
    assert [c["name_zh"] for c in data["chains"]] == [
        c.name_zh for c in payload_cat.chains.values()]
    districts = [f["properties"]["name_zh"] for f in data["districts"]["features"]]
    assert districts == payload_cat.districts["name_zh"].tolist()
    assert "Park 42" not in page and TEMPLATE_PAYLOADS[0] in data["parks"][0]["name_zh"]
