"""The bridge accepts only the messages the page is meant to send."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from explorer.ui.bridge import MapBridge

PARKS = ["xidu-time-valley", "baisha-ludao"]
FIRMS = ["firm-1", "cnnc-jinyuan"]


@pytest.fixture
def bridge(qapp):
    return MapBridge(PARKS, FIRMS)


def received(bridge, text):
    clicks, readies = [], []
    bridge.parkClicked.connect(clicks.append)
    bridge.tenantClicked.connect(lambda firm: clicks.append(("firm", firm)))
    bridge.ready.connect(lambda: readies.append(True))
    bridge.receive(text)
    return clicks, readies


def test_valid_messages(bridge):
    assert received(bridge, '{"type": "select", "park": "baisha-ludao"}') == (["baisha-ludao"], [])
    assert received(bridge, '{"type": "ready"}') == ([], [True])
    assert received(bridge, '{"type": "select_tenant", "tenant": "firm-1"}') == (
        [("firm", "firm-1")], [])


@pytest.mark.parametrize("text", [
    "", "not json", "null", "[]", '"select"', '{"type": "select"}',
    '{"type": "select", "park": "atlantis"}', '{"type": "select", "park": 3}',
    '{"type": "select", "park": ["xidu-time-valley"]}',
    '{"type": "select", "park": "xidu-time-valley", "extra": 1}',
    '{"type": "delete", "park": "xidu-time-valley"}', '{"type": "ready", "x": 1}',
    json.dumps({"type": "select", "park": "x" * 10_000}),
    '{"type": "select_tenant", "tenant": "baisha-ludao"}',
    '{"type": "select_tenant", "park": "firm-1"}', '{"type": "select", "park": "firm-1"}',
    '{"type": "select_tenant", "tenant": "firm-1", "x": 0}',
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
    bridge = MapBridge(PARKS, FIRMS)
    clicks, _ = received(bridge, text)
    assert all(c in PARKS or c in [("firm", f) for f in FIRMS] for c in clicks)
