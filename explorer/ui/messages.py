"""Window-modal messages that show their text as plain text, never as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, name: str, icon, title: str, text: str, *,
                 informative: str = "", detailed: str = "") -> QMessageBox:
    """Open a message box named `name` (tests find it by that) and return it."""
    box = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setInformativeText(informative)
    box.setDetailedText(detailed)
    box.setObjectName(name)
    box.open()
    return box
