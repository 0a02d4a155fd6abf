"""The UI language: Qt translators for Chinese and English, switchable at run time.

Source strings are English; both languages load a .qm file (English for its plural forms).
Build the .qm files from the .ts sources with `make translations`. Qt's own strings (the
buttons of standard dialogs: Cancel, OK…) come from the translations that ship with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.export.i18n import qm_path

LANGUAGES = ("zh", "en")
QT_LOCALES = {"zh": "zh_CN", "en": "en"}


def system_language() -> str:
    """Chinese for a zh* locale, English otherwise."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


class Translations:
    """Keeps exactly one set of our translators (ours and Qt's) installed in the app."""

    def __init__(self):
        self._translators: list[QTranslator] = []
        self.lang = ""

    def install(self, lang: str) -> bool:
        """Switch to `lang`; False if our .qm file is missing (the English sources show)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        self.lang = lang
        qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{QT_LOCALES[lang]}", qt_folder):
            self._add(app, qt_own)
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            return False
        self._add(app, ours)
        return True

    def _add(self, app, translator: QTranslator) -> None:
        app.installTranslator(translator)
        self._translators.append(translator)
