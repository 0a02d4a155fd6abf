"""What a conflict's choices make of a row, and a shape in figures (explorer/core/conflicts.py)."""

import pandas as pd
import pytest
import shapely

from explorer.core import conflicts
from explorer.core.db.store import Conflict

THEIRS = {"id": "p", "name_en": "Theirs", "uncertainty_m": 500.0, "geometry":
          shapely.Point(112.6, 26.9), "office_note": "kept in the database", "short_en": pd.NA}
YOURS = {"id": "p", "name_en": "Mine", "uncertainty_m": None,
         "geometry": shapely.Point(112.61, 26.91), "short_en": ""}


def test_each_choice_makes_its_row():
    c = Conflict("parks", ("p",), THEIRS, YOURS)
    assert conflicts.resolved(c, conflicts.MINE) == YOURS
    theirs = conflicts.resolved(c, conflicts.THEIRS)
    assert theirs["name_en"] == "Theirs" and "office_note" not in theirs
    assert theirs["short_en"] is None  # pd.NA as a blank
    merged = conflicts.resolved(c, conflicts.MERGE, {"geometry": conflicts.THEIRS})
    assert merged["name_en"] == "Mine" and merged["geometry"].equals(THEIRS["geometry"])
    assert [d.name for d in conflicts.diffs(c) if d.differs] == ["name_en", "uncertainty_m",
                                                                 "geometry"]


def test_a_deleted_side_cannot_be_merged():
    gone = Conflict("parks", ("p",), None, YOURS)
    assert conflicts.resolved(gone, conflicts.MERGE, {"name_en": conflicts.THEIRS}) == YOURS
    assert conflicts.resolved(gone, conflicts.THEIRS) is None
    deleted_by_me = Conflict("parks", ("p",), THEIRS, None)
    assert conflicts.resolved(deleted_by_me, conflicts.MINE) is None
    assert conflicts.resolved(deleted_by_me, conflicts.THEIRS)["name_en"] == "Theirs"


def test_a_shape_in_figures():
    square = shapely.box(112.60, 26.90, 112.61, 26.91)  # about 1 km × 1.1 km
    shape = conflicts.shape_of(square)
    assert shape.kind == "Polygon" and shape.points == 4
    assert shape.area_km2 == pytest.approx(0.9936 * 1.1132, rel=0.02)
    assert (shape.lon, shape.lat) == pytest.approx((112.605, 26.905))
    assert conflicts.shape_of(None) is None
    assert conflicts.shape_of(shapely.LineString([(112.6, 26.9), (112.61, 26.9)])).length_km \
        == pytest.approx(0.9936, rel=0.01)


def test_a_save_keeps_the_versions_read_of_rows_it_did_not_write(database):
    """Office B changes park X; office A saves park Y, then edits X: that is a conflict,
    not an overwrite of B's change (A's window still shows X as A read it)."""
    from explorer.core.changes import Changes
    from explorer.core.db.store import ConflictError, PostgisStore
    from explorer.core.db.transfer import push
    from explorer.core.load import BUNDLED_PATH

    push(BUNDLED_PATH, database)
    a, b = PostgisStore(database), PostgisStore(database)
    a.read()
    b.read()
    for store, park, name in ((b, "songmu-edz", "B"), (a, "baisha-ludao", "A")):
        changes = Changes()
        changes.put("parks", {"id": park, "name_en": name})
        store.write(changes)
    later = Changes()
    later.put("parks", {"id": "songmu-edz", "name_en": "A, later"})
    with pytest.raises(ConflictError):
        a.write(later)
    assert a.versions_of([("parks", "baisha-ludao"), ("parks", "songmu-edz")]) == [2, 1]
