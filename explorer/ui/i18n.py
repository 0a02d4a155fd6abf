"""The UI language: Qt translators for Chinese and English, switchable at run time.

Source strings are English; both languages load a .qm file (English for its plural forms).
Build the .qm files from the .ts sources with `make translations`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from explorer.export.i18n import qm_path

LANGUAGES = ("zh", "en")


def system_language() -> str:
    """Chinese for a zh* locale, English otherwise."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


class Translations:
    """Keeps exactly one of our translators installed in the application."""

    def __init__(self):
        self._translator: QTranslator | None = None
        self.lang = ""

    def install(self, lang: str) -> bool:
        """Switch to `lang`; False if its .qm file is missing (the English sources show)."""
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.lang = lang
        translator = QTranslator(app)
        if not translator.load(str(qm_path(lang))):
            return False
        app.installTranslator(translator)
        self._translator = translator
        return True
