"""The checks before a save look only at what the save changes (explorer/core/save_check.py):
for every kind of change, they find exactly the errors the whole check finds, at the same
rows, with the same messages; and a save refuses an invalid edit, saying the same."""

import shutil

import pytest
import shapely

from explorer.core import editing
from explorer.core.catalogue import load_catalogue
from explorer.core.changes import Changes
from explorer.core.edits import Edit, edit_row, park_row, put_row, tenant_row
from explorer.core.errors import DataError
from explorer.core.load import BUNDLED_PATH
from explorer.core.model import Source
from explorer.core.save_check import check_changes, rows_suffice
from explorer.core.session import EditSession
from explorer.core.store import check_before_writing
from tests.ui.firms import catalogue_with_firms

XIDU = "xidu-time-valley"
FILE = "catalogue.gpkg"


@pytest.fixture
def cat(tmp_path):
    path = tmp_path / FILE
    shutil.copyfile(BUNDLED_PATH, path)
    return catalogue_with_firms(load_catalogue(path), 300)


def put(cat, changes, layer, row):
    """`row` put into the catalogue in memory and into the changes: what a save would write
    (built by hand, past the edit builders' own checks)."""
    put_row(cat, layer, row["id"], row)
    changes.put(layer, row)


def delete(cat, changes, layer, row_id):
    put_row(cat, layer, row_id, None)
    changes.delete(layer, row_id)


def problems(check) -> list[str]:
    try:
        check()
    except DataError as exc:
        return [f"{p.file}|{p.layer}|{p.row}|{p.field}|{p}" for p in exc.problems]
    return []


def valid_edits(cat):
    session = EditSession(cat, "x")
    session.apply(editing.move_park(cat, XIDU, 112.38, 26.97, "x"))
    session.apply(editing.put_firm(cat, {"name_zh": "新企业", "chain_id": "nuclear",
                                         "geometry": shapely.Point(112.6, 26.9)}, "x"))
    session.apply(editing.put_firm(cat, {"id": "firm-7", "name_en": "Renamed"}, "x"))
    session.apply(editing.delete_firm(cat, "firm-9", "x"))
    return session.changes()


def bad_park_fields(cat):
    changes = Changes()
    put(cat, changes, "parks", {**park_row(cat.parks[XIDU]), "chain_ids": "nuclear;nope",
                                "location_precision": "roughly", "district_code": "43",
                                "location_source_id": "no-such-source"})
    put(cat, changes, "parks", {**park_row(cat.parks["songmu-edz"]), "name_zh": None})
    return changes


def bad_firms(cat):
    changes = Changes()
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-3"]), "park_id": "atlantis",
                                  "chain_id": "no-chain", "source_id": "nobody",
                                  "geometry": shapely.Point(26.9, 112.6)})  # swapped
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-200"]), "chain_id": None,
                                  "geometry": shapely.Point(400.0, 26.9)})
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-5"]), "name_en": "ok"})
    return changes


def misplaced_firms(cat):
    """Firms whose fields are right but whose places are not (the checks of places)."""
    changes = Changes()
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-3"]),
                                  "geometry": shapely.Point(26.9, 112.6)})  # swapped
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-200"]),
                                  "geometry": shapely.Point(400.0, 26.9)})
    put(cat, changes, "tenants", {**tenant_row(cat.tenants["firm-8"]),
                                  "geometry": shapely.box(100.0, 20.0, 100.1, 20.1)})
    return changes


def a_park_its_firms_name_deleted(cat):
    changes = Changes()
    for firm_id in ("firm-2", "firm-150", "firm-299"):  # named it before: a valid catalogue
        put_row(cat, "tenants", firm_id, {**tenant_row(cat.tenants[firm_id]),
                                          "park_id": "songmu-edz"})
    delete(cat, changes, "parks", "songmu-edz")
    return changes


def a_park_and_a_firm_with_figures_deleted(cat):
    changes = Changes()
    delete(cat, changes, "parks", XIDU)
    delete(cat, changes, "tenants", "cnnc-jinyuan")
    return changes


def bad_edits(cat):
    changes = Changes()
    edit = Edit("castles", XIDU, "teleport", None, None, "x")
    cat.history.append(edit)
    changes.put("edits", edit_row(edit))
    return changes


def a_source_without_title(cat):
    changes = bad_edits(cat)
    cat.sources["user-survey-x"] = Source(id="user-survey-x", title="", title_en="",
                                          publisher="", publisher_en="", date="", url="",
                                          licence="", note="")
    changes.put("sources", {name: getattr(cat.sources["user-survey-x"], name) or None
                            for name in Source.__dataclass_fields__})
    return changes


@pytest.mark.parametrize("make", [valid_edits, bad_park_fields, bad_firms, misplaced_firms,
                                  a_park_its_firms_name_deleted,
                                  a_park_and_a_firm_with_figures_deleted, bad_edits,
                                  a_source_without_title])
def test_the_rows_a_save_changes_give_the_errors_of_the_whole_check(cat, make):
    """...and the whole check gives them alike on the firms as shapely points and as a
    points frame (lon/lat columns, what a save after an import checks)."""
    changes = make(cat)
    assert rows_suffice(changes)
    whole = problems(lambda: check_before_writing(cat.frames(), FILE))
    assert problems(lambda: check_changes(cat, changes, FILE)) == whole
    # the whole check of a bulk save takes the firms as a points frame: the same errors
    assert problems(lambda: check_before_writing(cat.frames(firms_as_points=True),
                                                 FILE)) == whole
    assert (whole == []) == (make is valid_edits)


def test_edits_and_sources_rows_are_checked(cat):
    found = problems(lambda: check_changes(cat, bad_edits(cat), FILE))
    assert [p.split("|")[3] for p in found] == ["layer", "action"]
    found = problems(lambda: check_changes(cat, a_source_without_title(cat), FILE))
    assert [p.split("|")[1:4] for p in found] == [["sources", str(len(cat.sources)), "title"]]


def test_changes_of_other_layers_are_checked_whole(cat):
    changes = Changes()
    changes.put("chains", {"id": "nuclear", "color": "red"})
    assert not rows_suffice(changes)
    deleting = Changes()
    deleting.delete("sources", "hyrb-2023-chains")
    assert not rows_suffice(deleting)


def test_a_save_refuses_an_invalid_edit_with_the_same_message(cat):
    path = cat.store.path
    before = path.read_bytes()
    changes = Changes()
    put(cat, changes, "parks", {**park_row(cat.parks[XIDU]), "chain_ids": "no-such-chain"})
    with pytest.raises(DataError) as refused:
        cat.store.write(changes, cat)
    with pytest.raises(DataError) as whole:
        check_before_writing(cat.frames(), cat.store.location)
    assert [str(p) for p in refused.value.problems] == [str(p) for p in whole.value.problems]
    assert "unknown chain 'no-such-chain'" in str(refused.value)
    assert path.read_bytes() == before
