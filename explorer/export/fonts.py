"""Is there a font that draws Chinese? Without one, every Chinese name becomes empty boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

INSTALL_HINT = "Debian/Ubuntu: sudo apt install fonts-noto-cjk"
# Characters a font for Hengyang's names must have (a font may claim Chinese and lack some).
SAMPLE = "衡阳市产业链园区电网生盐疗纺织钟表"


def chinese_font() -> str | None:
    """The first installed font family that draws Simplified Chinese, or None.

    Needs a QGuiApplication. Qt and QtWebEngine's pages both find fonts through fontconfig on
    Linux, so what Qt sees here is what the map page can draw.
    """
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if covers(family, SAMPLE):
            return family
    return None


def covers(family: str, text: str) -> bool:
    """Whether `family` itself (not a fallback font) has a glyph for every character."""
    font = QFont(family)
    font.setStyleStrategy(QFont.NoFontMerging)
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def missing_chinese_font_message() -> str:
    return QCoreApplication.translate(
        "Fonts", "No font for Chinese is installed, so Chinese text would show as empty "
        "boxes. Install one ({hint}).").format(hint=INSTALL_HINT)


def has_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
