"""Changes name rows by key; a replacing row keeps the columns it does not give."""

import pandas as pd
import pytest
import shapely

from explorer.core.changes import Changes
from explorer.core.errors import DataError
from tests.helpers.catalogues import HITECH, bundled_frames

FIGURE_KEY = ("subject_type", "subject_id", "metric", "kind", "period", "source_id")


@pytest.fixture(scope="module")
def frames():
    frames = bundled_frames()
    frames["parks"]["contact"] = "office"  # a column the schema does not know
    return frames


def test_a_new_row_is_added_at_the_end_and_other_layers_are_untouched(frames):
    changes = Changes()
    changes.put("parks", {"id": "new-park", "name_zh": "新园区", "chain_ids": "textile",
                          "geometry": shapely.Point(HITECH)})
    out = changes.apply(frames, "c.gpkg")
    parks = out["parks"]
    assert len(parks) == len(frames["parks"]) + 1
    new = parks.iloc[-1]
    assert (new["id"], new["name_zh"], new.geometry) == ("new-park", "新园区",
                                                         shapely.Point(HITECH))
    assert pd.isna(new["name_en"]) and pd.isna(new["contact"])
    assert all(out[layer] is frames[layer] for layer in frames if layer != "parks")


def test_a_replacing_row_changes_only_the_fields_it_gives(frames):
    park = frames["parks"].iloc[3]
    changes = Changes()
    changes.put("parks", {"id": park["id"], "name_en": "Renamed", "uncertainty_m": 250.0})
    parks = changes.apply(frames, "c.gpkg")["parks"]
    changed = parks.iloc[3]
    assert (changed["name_en"], changed["uncertainty_m"]) == ("Renamed", 250.0)
    assert (changed["name_zh"], changed["contact"], changed.geometry) == (
        park["name_zh"], "office", park.geometry)
    assert len(parks) == len(frames["parks"])
    assert frames["parks"].iloc[3]["name_en"] == park["name_en"]  # the input stays as it was


def test_rows_are_deleted_by_id_or_by_a_figures_key(frames):
    figure = frames["figures"].iloc[0]
    tenant_id = frames["tenants"]["id"].iloc[1]
    changes = Changes()
    changes.delete("tenants", tenant_id)
    changes.delete("figures", tuple(figure[name] for name in FIGURE_KEY))
    out = changes.apply(frames, "c.gpkg")
    assert tenant_id not in set(out["tenants"]["id"])
    assert len(out["tenants"]) == len(frames["tenants"]) - 1
    assert out["figures"].equals(frames["figures"].iloc[1:].reset_index(drop=True))


def test_a_blank_in_a_key_is_blank_whether_missing_or_empty(frames):
    figures = frames["figures"].copy()
    figures.loc[4, "period"] = None
    key = tuple(figures.iloc[4][name] for name in FIGURE_KEY[:-2]) + (
        "", figures.iloc[4]["source_id"])
    changes = Changes()
    changes.delete("figures", key)
    assert len(changes.apply({**frames, "figures": figures}, "c.gpkg")["figures"]) == len(
        figures) - 1


def test_the_later_change_of_a_key_wins(frames):
    park_id = frames["parks"]["id"].iloc[0]
    changes = Changes()
    changes.put("parks", {"id": park_id, "name_en": "Renamed"})
    changes.delete("parks", park_id)
    assert park_id not in set(changes.apply(frames, "c.gpkg")["parks"]["id"])


def test_deleting_a_row_that_is_not_there_names_file_layer_and_key(frames):
    changes = Changes()
    changes.delete("parks", "nowhere")
    with pytest.raises(DataError) as info:
        changes.apply(frames, "/data/c.gpkg")
    assert str(info.value) == ("c.gpkg, layer 'parks', field 'id': no row with id 'nowhere' "
                               "to delete")


def test_a_figure_given_twice_cannot_be_changed_on_its_own(frames):
    figures = pd.concat([frames["figures"], frames["figures"].iloc[[2]]], ignore_index=True)
    key = tuple(figures.iloc[2][name] for name in FIGURE_KEY)
    changes = Changes()
    changes.delete("figures", key)
    with pytest.raises(DataError) as info:
        changes.apply({**frames, "figures": figures}, "c.gpkg")
    assert str(info.value).startswith(
        f"c.gpkg, layer 'figures', row 3, field 'subject_type': 2 rows (3, {len(figures)}) "
        "have subject_type 'city'")


def test_a_change_must_name_its_row_and_layer():
    with pytest.raises(ValueError, match="a figures row needs kind, period, source_id to name it"):
        Changes().put("figures", {"subject_type": "park", "subject_id": "p", "metric": "m"})
    with pytest.raises(ValueError, match="unknown layer 'firms'"):
        Changes().delete("firms", "f1")
    with pytest.raises(TypeError, match="must be a shapely geometry or None, not str"):
        Changes().put("parks", {"id": "p", "geometry": "POINT (1 2)"})


def test_no_changes_is_false():
    changes = Changes()
    assert not changes
    changes.delete("parks", "p")
    assert changes
