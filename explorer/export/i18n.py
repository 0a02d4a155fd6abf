"""Translators by language, for text that must be in a given language whatever the UI shows
(an export asked for in English from a Chinese window, or from the command line)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"explorer_{lang}.qm"


@cache
def _translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(qm_path(lang))) else None


def translate(context: str, source: str, lang: str) -> str:
    """`source` (English) in `lang`, from our .qm files; the source itself if none has it."""
    translator = _translator(lang)
    text = translator.translate(context, source) if translator else ""
    return text or source
