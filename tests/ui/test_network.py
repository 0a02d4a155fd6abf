"""No network unless the user picks an online basemap: remote requests are blocked and
counted; the basemap choice is remembered."""

from PySide6.QtWebEngineCore import QWebEngineSettings

from explorer.export.webprofile import request_guard
from explorer.mapview.basemaps import BASEMAPS, Basemap, TileLayer
from explorer.ui.map_view import blocked_requests
from tests.pages import page_state, run_js


def test_a_remote_request_from_the_page_is_blocked_and_counted(qtbot, window):
    """Even with the page's own guard off, the profile's interceptor stops the request."""
    window.map.view.page().settings().setAttribute(
        QWebEngineSettings.LocalContentCanAccessRemoteUrls, True)
    url = "https://tiles.example.invalid/0/0/0.png"
    before = len(blocked_requests())

    def own_blocked():
        # Its own request, among any late ones a page of an earlier test may still make.
        return [u for u in blocked_requests()[before:] if u.startswith("https://tiles.")]

    def fetched_and_blocked():
        # The setting reaches the page's renderer a little later than setAttribute returns;
        # until then the page itself refuses the fetch (it never reaches the network side),
        # so the page asks again until the interceptor has seen the request.
        if not own_blocked():
            run_js(qtbot, window.map.view, f"fetch('{url}').catch(() => 0); 1")
        return bool(own_blocked())

    try:
        qtbot.waitUntil(fetched_and_blocked, timeout=30_000)
        assert set(own_blocked()) == {url}
    finally:
        del blocked_requests()[before:]  # the rest of the suite checks that none happened


def test_only_an_online_basemap_opens_the_network(qtbot, window, monkeypatch, tmp_path):
    assert BASEMAPS["osm"].online and not BASEMAPS["none"].online
    guard = request_guard()
    assert not guard.allowed_hosts  # the default basemap is none
    local = Basemap("osm", TileLayer((tmp_path / "{z}-{x}-{y}.png").as_uri()),
                    "local tiles <b>x</b>")
    monkeypatch.setitem(BASEMAPS, "osm", local)  # a stand-in: tests never go online
    window.state.update(basemap="osm")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["basemap"] == local.base.url)
    assert window.settings.basemap == "osm"
    attribution = run_js(qtbot, window.map.view,
                         "document.querySelector('.leaflet-control-attribution').textContent")
    assert "local tiles <b>x</b>" in attribution  # shown as text, not markup
    window.state.update(basemap="none")
    qtbot.waitUntil(lambda: page_state(qtbot, window)["basemap"] is None)
    assert not guard.allowed_hosts and window.settings.basemap == "none"
