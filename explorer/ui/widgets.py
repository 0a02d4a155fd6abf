"""Small shared pieces for the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel


def swatch(color: str, size: int = 12) -> QIcon:
    """A filled circle in the chain's colour, as the map draws it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QColor("#202020"))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def keep_geometry(dialog, settings, name: str, size: tuple[int, int]) -> None:
    """Open `dialog` where and as large as it was last closed (else at `size`), and
    remember that again whenever it closes."""
    geometry = settings.dialog_geometry(name)
    if geometry is None or not dialog.restoreGeometry(geometry):
        dialog.resize(*size)
    dialog.finished.connect(lambda _: settings.set_dialog_geometry(name, dialog.saveGeometry()))


def plain_label(parent, text: str = "", name: str = "") -> QLabel:
    """A label that shows its text as text, never as markup (file contents pass here)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label
