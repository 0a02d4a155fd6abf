"""The view state: one object, notifications only on real changes, no echo."""

import pytest

from explorer.core.viewstate import Selected, ViewState, Viewport


def recorder(state, *names):
    heard = []
    for name in names:
        state.subscribe(name, lambda value, name=name: heard.append((name, value)))
    return heard


def test_a_change_is_heard_once_and_the_same_value_not_at_all():
    state = ViewState()
    heard = recorder(state, "search", "selection")
    state.update(search="纺织")
    state.update(search="纺织")
    state.select("park", "baisha-ludao")
    state.select("park", "baisha-ludao")
    assert heard == [("search", "纺织"), ("selection", Selected("park", "baisha-ludao"))]


def test_clearing_a_firm_selection_is_heard():
    """Esc while a firm is selected used to do nothing."""
    state = ViewState()
    state.select("firm", "firm-7")
    heard = recorder(state, "selection")
    state.select()
    assert heard == [("selection", None)]
    assert state.selection is None


def test_hidden_chains_compare_as_sets_and_new_chains_show():
    state = ViewState(hidden_chains=["nuclear", "textile"])
    heard = recorder(state, "hidden_chains")
    state.update(hidden_chains=("textile", "nuclear"))
    assert heard == []
    assert state.visible_chains(["textile", "biomedicine", "nuclear", "new-chain"]) == [
        "biomedicine", "new-chain"]


def test_listeners_see_every_field_already_set():
    """A listener of one field may read another changed in the same update."""
    state = ViewState()
    seen = []
    state.subscribe("basemap", lambda _: seen.append((state.basemap, state.datum)))
    state.update(basemap="gaode", datum="gcj02")
    assert seen == [("gaode", "gcj02")]


def test_reveal_selects_and_tells_only_reveal_listeners():
    state = ViewState()
    heard = recorder(state, "reveal", "selection")
    state.reveal("park", "songmu-edz")
    assert heard == [("selection", Selected("park", "songmu-edz")),
                     ("reveal", Selected("park", "songmu-edz"))]


def test_selected_id_by_kind():
    state = ViewState(selection=Selected("firm", "f1"))
    assert state.selected_id("firm") == "f1"
    assert state.selected_id("park") is None


@pytest.mark.parametrize("changes", [
    {"colour": "red"}, {"selection": "park"}, {"viewport": (26.9, 112.6, 10)},
    {"search": None}, {"lang": 3},
])
def test_wrong_fields_and_values_are_refused(changes):
    state = ViewState()
    with pytest.raises(ValueError):
        state.update(**changes)


@pytest.mark.parametrize("kind, item_id", [("district", "430400"), ("park", ""), ("park", None)])
def test_a_selection_names_a_known_kind_and_an_id(kind, item_id):
    with pytest.raises(ValueError):
        Selected(kind, item_id)


def test_viewport_is_a_value():
    state = ViewState()
    state.update(viewport=Viewport(26.9, 112.6, 10))
    heard = recorder(state, "viewport")
    state.update(viewport=Viewport(26.9, 112.6, 10))
    assert heard == []
