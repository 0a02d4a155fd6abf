"""Qt's own strings that Qt's Chinese translation (qtbase_zh_CN.qm, as shipped with PySide6)
lacks: Qt 6 renamed them ("&Look in:" was "Look in:"), and the old translation no longer
matches. Listed here under Qt's own contexts, they get their Chinese text from our .ts files
(our translator is asked first), so Qt's file dialog is in Chinese in the Chinese window.

Nothing imports this module: `make translations` reads it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
)
