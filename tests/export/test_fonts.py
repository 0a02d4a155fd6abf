"""Chinese shows as glyphs, never as boxes: in the font check, in exported pixels, and when
no Chinese font exists (the export refuses instead of drawing boxes)."""

import os
import subprocess
import sys

import dataclasses

import numpy as np
import pytest

from explorer.export.fonts import chinese_font, covers
from explorer.export.options import ExportOptions, title_of
from tests.pages import pixels


def test_the_chinese_font_covers_every_chinese_name(qapp, catalogue):
    cat = catalogue
    family = chinese_font()
    assert family
    texts = [p.name_zh for p in cat.parks.values()] + [c.name_zh for c in cat.chains.values()]
    texts += list(cat.districts["name_zh"]) + [title_of(cat, ExportOptions())]
    chinese = {ch for text in texts for ch in text if "\u3400" <= ch <= "\u9fff"}
    assert len(chinese) > 100 and covers(family, "".join(chinese))


def test_distinct_characters_draw_distinct_glyphs(export_ok, catalogue, tmp_path):
    """Missing-glyph boxes all look alike: two titles of different characters would then
    give the same pixels. Real glyphs differ."""
    base = ExportOptions(size=(500, 300), lang="zh")
    for name, title in (("one", "衡阳衡阳衡阳"), ("two", "产业园区分布")):
        export_ok(catalogue, dataclasses.replace(base, title=title), tmp_path / f"{name}.png")
    a, b = (pixels(tmp_path / f"{name}.png")[:60].mean(axis=2) for name in ("one", "two"))
    assert (a < 128).sum() > 200  # the title has ink
    assert (np.abs(a - b) > 64).mean() > 0.005  # and different characters look different


@pytest.fixture
def no_cjk_fonts(tmp_path):
    """A fontconfig set-up that knows only DejaVu, which has no Chinese."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def test_without_a_chinese_font_the_export_refuses(no_cjk_fonts, tmp_path):
    out = tmp_path / "boxes.png"
    result = subprocess.run([sys.executable, "-m", "explorer", "export", "--out", str(out),
                             "--size", "400x300"], env=no_cjk_fonts, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert "fonts-noto-cjk" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_english_export_needs_no_chinese_font(no_cjk_fonts, tmp_path):
    out = tmp_path / "en.png"
    result = subprocess.run([sys.executable, "-m", "explorer", "export", "--out", str(out),
                             "--size", "400x300", "--lang", "en"], env=no_cjk_fonts,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.exists()
