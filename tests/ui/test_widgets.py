"""The list and the panel alone, against a view state: no main window, no map."""

import pytest
from PySide6.QtCore import Qt

from explorer.core.viewstate import Selected, ViewState
from explorer.ui.detail_panel import DetailPanel
from explorer.ui.i18n import Translations
from explorer.ui.park_list import CHAIN_ROLE, PARK_ROLE, ParkList


@pytest.fixture
def state(qapp):
    Translations().install("zh")  # the main window's job, done here by hand
    return ViewState(lang="zh")


@pytest.fixture
def park_list(qtbot, state, catalogue):
    widget = ParkList(state)
    qtbot.addWidget(widget)
    widget.set_catalogue(catalogue)
    return widget


@pytest.fixture
def panel(qtbot, state, catalogue):
    widget = DetailPanel(state)
    qtbot.addWidget(widget)
    widget.set_catalogue(catalogue)
    return widget


def chain_item(park_list, chain_id):
    items = [park_list.chains.item(i) for i in range(park_list.chains.count())]
    return next(item for item in items if item.data(CHAIN_ROLE) == chain_id)


def test_unticking_a_chain_writes_the_state_and_the_state_ticks_back(park_list, state):
    heard = []
    state.subscribe("hidden_chains", heard.append)
    chain_item(park_list, "nuclear").setCheckState(Qt.Unchecked)
    assert state.hidden_chains == {"nuclear"}
    assert heard == [{"nuclear"}]  # once: the list does not echo its own change
    state.update(hidden_chains=["textile"])
    assert chain_item(park_list, "nuclear").checkState() == Qt.Checked
    assert chain_item(park_list, "textile").checkState() == Qt.Unchecked
    assert heard == [{"nuclear"}, {"textile"}]


def test_typing_writes_the_search_after_a_pause(qtbot, park_list, state):
    park_list.search.setText("松木")
    assert state.search == ""  # not at every key
    qtbot.waitUntil(lambda: state.search == "松木", timeout=2000)
    state.update(search="白沙")
    assert park_list.search.text() == "白沙"
    assert park_list.count.text() == "1个园区 · 0条产业链 · 0家企业"


def test_choosing_a_park_reveals_it_and_a_selection_shows_in_the_list(park_list, state):
    revealed = []
    state.subscribe("reveal", revealed.append)
    item = park_list.tree.findItems("白沙", Qt.MatchContains | Qt.MatchRecursive)[0]
    park_list.tree.setCurrentItem(item)
    assert revealed == [Selected("park", "baisha-ludao")]
    state.select("park", "songmu-edz")
    assert park_list.tree.currentItem().data(0, PARK_ROLE) == "songmu-edz"
    assert revealed == [Selected("park", "baisha-ludao")]  # a selection alone flies nowhere


def test_the_panel_follows_selection_and_language(panel, state, catalogue):
    state.select("park", "xidu-time-valley")
    assert panel.title.text() == catalogue.parks["xidu-time-valley"].name_zh
    state.update(lang="en")
    assert panel.title.text() == catalogue.parks["xidu-time-valley"].name_en
    firm = next(iter(catalogue.tenants.values()))
    state.select("firm", firm.id)
    assert panel.title.text() == (firm.name_en or firm.name_zh)
    state.select()
    assert panel.title.text() == panel.tr("No park selected")  # whatever translator is in
