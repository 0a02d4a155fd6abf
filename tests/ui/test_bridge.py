"""The bridge accepts only the messages the page is meant to send."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from explorer.ui.bridge import MapBridge

PARKS = ["xidu-time-valley", "baisha-ludao"]


@pytest.fixture
def bridge(qapp):
    return MapBridge(PARKS)


def received(bridge, text):
    clicks, readies = [], []
    bridge.parkClicked.connect(clicks.append)
    bridge.ready.connect(lambda: readies.append(True))
    bridge.receive(text)
    return clicks, readies


def test_valid_messages(bridge):
    assert received(bridge, '{"type": "select", "park": "baisha-ludao"}') == (["baisha-ludao"], [])
    assert received(bridge, '{"type": "ready"}') == ([], [True])


@pytest.mark.parametrize("text", [
    "", "not json", "null", "[]", '"select"', '{"type": "select"}',
    '{"type": "select", "park": "atlantis"}', '{"type": "select", "park": 3}',
    '{"type": "select", "park": ["xidu-time-valley"]}',
    '{"type": "select", "park": "xidu-time-valley", "extra": 1}',
    '{"type": "delete", "park": "xidu-time-valley"}', '{"type": "ready", "x": 1}',
    json.dumps({"type": "select", "park": "x" * 10_000}),
])
def test_unexpected_messages_are_dropped(bridge, text):
    assert received(bridge, text) == ([], [])
    assert bridge.ignored == 1


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=10).map(json.dumps)))
def test_random_messages_never_select_an_unknown_park(qapp, text):
    bridge = MapBridge(PARKS)
    clicks, _ = received(bridge, text)
    assert all(c in PARKS for c in clicks)
