"""PNG and PDF through the real QtWebEngine, offscreen: sizes, colours, legend, view, text."""

import re
import time

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from explorer.export.options import ExportOptions, default_title, shown_chains
from tests.pages import colour_mask, pixels

KEPT = ("watch-clock", "textile", "salt-chemicals", "nonferrous")
LEFT_OUT = ("nuclear", "power-transmission")
TOLERANCE = 20  # markers are 95 % opaque over pale ground: a few units off their colour
STRAY_PIXELS = 10  # fewer matching pixels than this is anti-aliasing, not a marker


@pytest.mark.parametrize("width, height, scale", [(320, 240, 1), (250, 160, 2), (150, 100, 3)])
def test_png_is_exactly_width_times_scale_by_height_times_scale(
        catalogue, export_ok, tmp_path, width, height, scale):
    out = tmp_path / "map.png"
    export_ok(catalogue, ExportOptions(size=(width, height), scale=scale), out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (width * scale, height * scale)
    rgb = pixels(out)
    assert len({tuple(p) for p in rgb[::4, ::4].reshape(-1, 3)}) > 50, "blank image"


def test_png_draws_each_park_in_its_chain_colour_and_no_chain_left_out(
        catalogue, export_ok, tmp_path):
    scale, out = 2, tmp_path / "map.png"
    job = export_ok(catalogue, ExportOptions(size=(480, 360), scale=scale, chains=KEPT), out)
    rgb = pixels(out)
    shown = {pid: p for pid, p in job.state["parks"].items() if p["shown"]}
    expected = {p.id for p in catalogue.parks_by_chain(KEPT) if p.is_mapped}
    assert set(shown) == expected
    for park_id, place in shown.items():
        x, y, r = round(place["x"] * scale), round(place["y"] * scale), 3 * scale
        colour = catalogue.chains[catalogue.parks[park_id].chain_ids[0]].color
        around = colour_mask(rgb[y - r:y + r + 1, x - r:x + r + 1], colour, TOLERANCE)
        assert around.sum() >= 5, f"{park_id}: no {colour} at ({x}, {y})"
    for chain_id in LEFT_OUT:
        colour = catalogue.chains[chain_id].color
        assert colour_mask(rgb, colour, TOLERANCE).sum() < STRAY_PIXELS, chain_id


def test_legend_lists_exactly_the_chains_shown(catalogue, export_ok, tmp_path):
    job = export_ok(catalogue, ExportOptions(size=(300, 300), chains=KEPT), tmp_path / "m.png")
    assert job.state["legend"] == [c for c in catalogue.chains if c in KEPT]
    assert job.state["visible"] == sorted(KEPT)


def test_park_is_centred_and_highlighted(catalogue, export_ok, tmp_path):
    job = export_ok(catalogue, ExportOptions(size=(400, 300), park="songmu-edz"),
                    tmp_path / "m.png")
    place = job.state["parks"]["songmu-edz"]
    assert job.state["highlighted"] == "songmu-edz"
    assert abs(place["x"] - 200) < 3 and abs(place["y"] - 150) < 3
    assert job.state["zoom"] >= 10


def test_bbox_decides_what_is_in_view(catalogue, export_ok, tmp_path):
    bbox = (112.3, 26.75, 112.9, 27.1)  # the city districts, not Changning in the south
    job = export_ok(catalogue, ExportOptions(size=(400, 300), bbox=bbox), tmp_path / "m.png")
    for park_id, place in job.state["parks"].items():
        lat, lon = _anchor(catalogue, park_id)
        inside_box = bbox[0] < lon < bbox[2] and bbox[1] < lat < bbox[3]
        in_view = 0 <= place["x"] <= 400 and 0 <= place["y"] <= 300
        assert inside_box == in_view, park_id


def _anchor(catalogue, park_id):
    point = catalogue.parks[park_id].geometry.representative_point()
    return point.y, point.x


def _text(reader: PdfReader) -> str:
    return re.sub(r"\s+", "", reader.pages[0].extract_text())


def test_pdf_is_one_a4_page_with_the_title_as_text(catalogue, export_ok, tmp_path):
    out = tmp_path / "map.pdf"
    export_ok(catalogue, ExportOptions(title="Hengyang parks 衡阳园区"), out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)
    assert "Hengyangparks衡阳园区" in _text(reader)
    assert reader.pages[0].images, "the map image is missing"


def test_pdf_a3_landscape_with_the_default_title(catalogue, export_ok, tmp_path):
    out = tmp_path / "map.pdf"
    options = ExportOptions(paper="A3", landscape=True, chains=("textile",))
    export_ok(catalogue, options, out)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (1191, 842)
    assert default_title(catalogue, options) == "衡阳市产业园区分布图：纺织服装"
    assert "衡阳市产业园区分布图：纺织服装" in _text(reader)
    assert shown_chains(catalogue, options) == ["textile"]


def test_failed_write_leaves_the_old_file_alone(catalogue, run_export, tmp_path,
                                                monkeypatch):
    from explorer.export import render

    def half_written(path, data):
        path.write_bytes(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "write_bytes", half_written)
    out = tmp_path / "map.png"
    out.write_bytes(b"a good old map")
    _, error = run_export(catalogue, ExportOptions(size=(200, 150)), out)
    assert error == f"cannot write {out}: the disk is full; the existing file was kept"
    assert out.read_bytes() == b"a good old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_a_broken_page_fails_at_once_naming_the_script_error(catalogue, run_export, tmp_path,
                                                            monkeypatch):
    from explorer.export import render

    real = render.page_options

    def without_view(*args, **kwargs):
        options = real(*args, **kwargs)
        options["script_options"]["bbox"] = None
        return options

    monkeypatch.setattr(render, "page_options", without_view)
    started = time.monotonic()
    _, error = run_export(catalogue, ExportOptions(size=(200, 150)), tmp_path / "map.png")
    assert error.startswith("the map page failed: Uncaught TypeError"), error
    assert time.monotonic() - started < 10
    assert not list(tmp_path.iterdir())


def ends_within(qtbot, job, seconds):
    """Start the job and wait at most `seconds` for its end; its error message."""
    outcome = {}
    job.finished.connect(lambda path: outcome.setdefault("path", path))
    job.failed.connect(lambda message: outcome.setdefault("error", message))
    job.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=seconds * 1000)
    return outcome.get("error")


@pytest.mark.parametrize("step", ["page_options", "_is_blank"])
def test_an_unexpected_error_in_any_step_ends_the_export_with_a_message(
        catalogue, qtbot, tmp_path, monkeypatch, step):
    from explorer.export import render

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(render, step, broken)  # the first step, and one after the page loads
    out = tmp_path / "map.png"
    job = render.ExportJob(catalogue, ExportOptions(size=(200, 150)), out)
    error = ends_within(qtbot, job, 20)
    assert error == "unexpected error (ValueError: a bug); please report it"
    assert not out.exists() and not list(tmp_path.iterdir())
