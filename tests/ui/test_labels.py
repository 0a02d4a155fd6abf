"""Every drawn park named by its short name, labels that never collide, crowded markers
fanned out, markers over district names, in the window (exports: tests/export)."""

import itertools
import math

from explorer.core.model import short_name
from tests.pages import colour_at, near, page_state, run_js

MARKER_RADIUS = 8


def _overlap(a, b) -> bool:
    return (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])


def check_labels(state, cat, lang):
    """Every shown park has a label in `lang`; shown labels overlap no label and no marker."""
    shown_parks = {pid: p for pid, p in state["parks"].items() if p["shown"]}
    labels = state["labels"]
    assert set(labels) == set(shown_parks)
    for park_id, label in labels.items():
        assert label["text"] == short_name(cat.parks[park_id], lang)
    boxes = {pid: label["box"] for pid, label in labels.items() if label["shown"]}
    for a, b in itertools.combinations(boxes.values(), 2):
        assert not _overlap(a, b)
    for park_id, box in boxes.items():
        for other, marker in shown_parks.items():
            circle = {"x": marker["x"] - MARKER_RADIUS, "y": marker["y"] - MARKER_RADIUS,
                      "w": 2 * MARKER_RADIUS, "h": 2 * MARKER_RADIUS}
            assert other == park_id or not _overlap(box, circle), (park_id, other)
    return boxes


def _free_places(state, park_id):
    """The places beside a park's marker that lie inside the map and clear of markers."""
    width, height = state["size"]
    w, h = state["labels"][park_id]["size"]
    p, r, pad = state["parks"][park_id], MARKER_RADIUS, 3
    places = [(p["x"] + r + pad, p["y"] - h / 2), (p["x"] - r - pad - w, p["y"] - h / 2),
              (p["x"] - w / 2, p["y"] - r - pad - h), (p["x"] - w / 2, p["y"] + r + pad)]
    markers = [{"x": m["x"] - r, "y": m["y"] - r, "w": 2 * r, "h": 2 * r}
               for pid, m in state["parks"].items() if m["shown"] and pid != park_id]
    boxes = [{"x": x, "y": y, "w": w, "h": h} for x, y in places]
    return [b for b in boxes if b["x"] >= 0 and b["y"] >= 0 and b["x"] + w <= width
            and b["y"] + h <= height and not any(_overlap(b, m) for m in markers)]


def _zoom(qtbot, window, lat, lon, zoom):
    run_js(qtbot, window.map.view, f"explorer.setView([{lat}, {lon}], {zoom}); 1")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["zoom"] == zoom)


def test_parks_are_labelled_by_short_name_without_collisions(qtbot, window):
    state = page_state(qtbot, window)
    boxes = check_labels(state, window.cat, "zh")
    assert len(boxes) >= 6  # at the city view nearly every park keeps its label
    assert state["labels"]["baisha-ludao"]["text"] == "白沙绿岛"
    window.state.update(lang="en")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["labels"]["baisha-ludao"]["text"]
                    == "Baisha Lüdao")
    check_labels(page_state(qtbot, window), window.cat, "en")


def test_a_label_that_would_collide_is_hidden_and_the_selected_park_keeps_its_own(
        qtbot, window):
    window.state.update(lang="en")  # longer labels
    window.splitter.setSizes([500, 320, 600])  # the narrowest map: not every label fits
    qtbot.waitUntil(lambda: page_state(qtbot, window)["size"][0] <= 330)
    _zoom(qtbot, window, 26.9, 112.6, 8)
    state = page_state(qtbot, window)
    check_labels(state, window.cat, "en")
    hidden = [pid for pid, label in state["labels"].items() if not label["shown"]]
    assert hidden, "on a narrow map some labels must give way"
    # A hidden label that gave way to another label (a place clear of markers and edges
    # exists): once its park is selected, it comes first and takes that place.
    gave_way = [pid for pid in hidden if _free_places(state, pid)]
    assert gave_way
    window.state.select("park", gave_way[0])
    qtbot.waitUntil(lambda: page_state(qtbot, window)["labels"][gave_way[0]]["shown"])
    check_labels(page_state(qtbot, window), window.cat, "en")


def test_crowded_markers_are_fanned_out_at_every_zoom(qtbot, window):
    for zoom in (8, 9, 10):
        _zoom(qtbot, window, 26.9, 112.6, zoom)
        parks = [p for p in page_state(qtbot, window)["parks"].values() if p["shown"]]
        for a, b in itertools.combinations(parks, 2):
            assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) >= 2 * MARKER_RADIUS, zoom


def test_markers_stay_visible_over_district_names(qtbot, window):
    """Shuikoushan sits where Changning is named: its marker is drawn over the name."""
    _zoom(qtbot, window, 26.42, 112.4, 10)
    marker = page_state(qtbot, window)["parks"]["shuikoushan-edz"]
    colour = window.cat.chains["nonferrous"].color
    qtbot.waitUntil(lambda: near(colour_at(window, marker), colour, 30))
