"""Edit → Preferences…: the Tianditu key (stored with QSettings, nowhere else)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from explorer.mapview.basemaps import TIANDITU_KEY_URL


class PreferencesDialog(QDialog):
    """Asks for the Tianditu key, saying why it is needed and where to get one; `reason`
    (plain text) opens the dialog with a word on what asked for it."""

    def __init__(self, key: str, parent=None, reason: str = ""):
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        if reason:
            note = QLabel(reason, self)
            note.setTextFormat(Qt.PlainText)
            note.setWordWrap(True)
            note.setObjectName("preferences-reason")
            layout.addWidget(note)
        form = QFormLayout()
        self.key = QLineEdit(key, self)
        self.key.setObjectName("tianditu-key")
        self.key.setPlaceholderText(self.tr("32 letters and digits"))
        self.key.setMinimumWidth(320)
        form.addRow(self.tr("Tianditu key:"), self.key)
        layout.addLayout(form)
        help_text = QLabel(self.tr(
            "Tianditu (天地图) serves its maps only with a free key. Register at {url}, create "
            "an application of type \"browser\" (浏览器端), and paste its key here. The key is "
            "kept in this computer's settings and is never written into exports or logs.")
            .format(url=TIANDITU_KEY_URL), self)
        help_text.setTextFormat(Qt.PlainText)
        help_text.setWordWrap(True)
        help_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(help_text)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def tianditu_key(self) -> str:
        return self.key.text().strip()
