"""Exports with a basemap: tiles in the picture, credit and datum in the sources line, only
the provider's tiles in a standalone page, clear errors when tiles cannot be had."""

import json
import re
import threading

import numpy as np
import pytest

from explorer.cli import main
from explorer.export import render
from explorer.export.options import ExportOptions
from explorer.export.webprofile import request_guard
from explorer.mapview.basemaps import BASEMAPS, file_key
from tests.pages import colour_mask, pixels
from tests.tiles import TileServer, make_mbtiles, paint_tile, png, world_pixel

TAN = (205, 170, 110, 255)  # the stand-in's tiles, a colour nothing else on the map has


@pytest.fixture
def server():
    tiles = TileServer(lambda layer, z, x, y: paint_tile(z, x, y, TAN, border=False))
    yield tiles
    tiles.close()


@pytest.fixture
def gaode(server, monkeypatch):
    monkeypatch.setitem(BASEMAPS, "gaode", server.stand_in(BASEMAPS["gaode"]))
    return BASEMAPS["gaode"]


BBOX = (112.55, 26.85, 112.7, 26.95)


def test_a_png_shows_the_tiles_and_credits_the_basemap_with_its_datum(
        catalogue, export_ok, gaode, server, tmp_path):
    out = tmp_path / "gaode.png"
    job = export_ok(catalogue, ExportOptions(size=(500, 400), bbox=BBOX, lang="en",
                                             basemap="gaode"), out)
    rgb = pixels(out)
    # The counties' light veil tints the tiles a little.
    assert colour_mask(rgb, "#cdaa6e", 40).mean() > 0.3
    assert job.state["tiles"]["loaded"] > 0 and job.state["tiles"]["failed"] == 0
    assert job.state["datum"] == "gcj02"
    assert server.requests and not request_guard().allowed_hosts  # granted only meanwhile


def test_the_sources_line_names_the_basemap_and_its_datum(catalogue):
    from explorer.export.options import credits

    lines = credits(catalogue, ExportOptions(lang="en"), basemap=BASEMAPS["gaode"])
    assert any("© Gaode.com" in line and "GCJ-02" in line and "shifted" in line
               for line in lines)
    lines = credits(catalogue, ExportOptions(lang="zh"), basemap=BASEMAPS["tianditu"])
    assert any("天地图" in line and "CGCS2000" in line for line in lines)


def test_tiles_that_fail_or_never_come_fail_the_export_clearly(
        catalogue, run_export, gaode, server, tmp_path, monkeypatch):
    server.status = 503
    _, error = run_export(catalogue, ExportOptions(size=(300, 200), basemap="gaode"),
                          tmp_path / "a.png")
    assert "tiles could not be loaded" in error and not (tmp_path / "a.png").exists()
    server.status = 200
    release = threading.Event()  # tiles that hang until the export has given up
    server.paint = lambda *tile: release.wait(20) and paint_tile(*tile[1:], TAN)
    monkeypatch.setattr(render, "TILES_TIMEOUT_MS", 1000)
    try:
        _, error = run_export(catalogue, ExportOptions(size=(300, 200), basemap="gaode"),
                              tmp_path / "b.png")
    finally:
        release.set()
    assert "did not all load within 1 s" in error and "still loading" in error
    assert not (tmp_path / "b.png").exists()


def test_html_export_references_only_the_providers_tiles(catalogue, tmp_path, gaode):
    from explorer.export.html import write_standalone_html
    from explorer.export.options import page_options

    out = tmp_path / "map.html"
    write_standalone_html(catalogue, out, **page_options(
        catalogue, ExportOptions(basemap="gaode"), image=False, basemap=gaode))
    text = out.read_text(encoding="utf-8")
    templates = {json.loads(f'"{url}"') for url in re.findall(r'"url": "([^"]+)"', text)}
    assert templates == {gaode.base.url}
    tile_urls = set(re.findall(r"https?://[^\"'\s<>]*\{[xyz]\}[^\"'\s<>]*",
                               text.replace("\\u0026", "&")))
    assert tile_urls <= {gaode.base.url}


def test_html_with_a_tile_file_embeds_nothing_and_says_so(catalogue, tmp_path, run_export):
    tile = np.zeros((256, 256, 4), np.uint8)
    tile[:] = TAN
    x, y = (int(v // 256) for v in world_pixel(112.6, 26.9, 10))
    path = tmp_path / "town.mbtiles"
    make_mbtiles(path, {(10, x, y): png(tile)})
    out = tmp_path / "map.html"
    _, error = run_export(catalogue, ExportOptions(basemap=file_key(path), lang="en"), out)
    assert error is None
    text = out.read_text(encoding="utf-8")
    assert "explorer-tiles" not in text and "town.mbtiles not embedded" in text


def test_tianditu_is_refused_in_html_and_needs_a_key_for_pictures(catalogue, run_export,
                                                                   tmp_path):
    _, error = run_export(catalogue, ExportOptions(basemap="tianditu"), tmp_path / "m.html")
    assert "cannot go into an HTML export" in error
    request_guard().keys.pop("tianditu", None)
    _, error = run_export(catalogue, ExportOptions(basemap="tianditu"), tmp_path / "m.png")
    assert "Tianditu needs a key" in error and "console.tianditu.gov.cn" in error


@pytest.mark.parametrize("args, words", [
    (["--basemap", "mapbox"], "unknown basemap 'mapbox'"),
    (["--basemap", "nowhere.mbtiles"], "no such file"),
    (["--basemap", "tianditu"], "Tianditu needs a key"),
])
def test_cli_basemap_errors_exit_2(args, words, tmp_path, capsys):
    request_guard().keys.pop("tianditu", None)
    assert main(["export", "--out", str(tmp_path / "m.png"), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err


def test_cli_exports_over_a_tile_file(catalogue, tmp_path, capsys):
    tiles = {}
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            x, y = (int(v // 256) for v in world_pixel(112.62, 26.9, 11))
            tile = np.zeros((256, 256, 4), np.uint8)
            tile[:] = TAN
            tiles[(11, x + dx, y + dy)] = png(tile)
    path = tmp_path / "town.mbtiles"
    make_mbtiles(path, tiles)
    out = tmp_path / "m.png"
    assert main(["export", "--out", str(out), "--size", "400x300", "--bbox",
                 "112.55,26.86,112.69,26.94", "--basemap", str(path)]) == 0
    assert colour_mask(pixels(out), "#cdaa6e", 40).mean() > 0.3
