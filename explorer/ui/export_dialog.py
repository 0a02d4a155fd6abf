"""File → Export map…: format, size preset, scale, paper, title and file, as ExportOptions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox,
                               QWidget)

from explorer.export.options import MAX_SCALE, MIN_SIDE, PAPERS, ExportOptions

FORMATS = (("png", "PNG"), ("pdf", "PDF"), ("html", "HTML"))
# Size presets: (key, CSS width, CSS height, scale); None sizes mean "as the view is".
PRESETS = (("view", None, None, 1), ("hd", 1920, 1080, 1), ("a4", 1240, 1754, 2),
           ("custom", None, None, 1))


class ExportDialog(QDialog):
    """Asks how to export the current view; `options()` and `path()` give the answer."""

    def __init__(self, base: ExportOptions, default_title: str, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self._base = base
        self.format = QComboBox(self)
        for key, label in FORMATS:
            self.format.addItem(label, key)
        self.preset = QComboBox(self)
        view_w, view_h = base.size
        labels = {"view": self.tr("Current view ({w}×{h})").format(w=view_w, h=view_h),
                  "hd": self.tr("1920×1080 (slides)"),
                  "a4": self.tr("A4 portrait at 300 dpi (2480×3508 px)"),
                  "custom": self.tr("Custom")}
        for key, *_ in PRESETS:
            self.preset.addItem(labels[key], key)
        self.width_box, self.height_box = self._side(view_w), self._side(view_h)
        self.scale = QSpinBox(self)
        self.scale.setRange(1, MAX_SCALE)
        self.paper = QComboBox(self)
        self.paper.addItems(PAPERS)
        self.landscape = QCheckBox(self.tr("Landscape"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(default_title)
        self.file_edit = QLineEdit(str(Path(folder or Path.home()) / "hengyang-map.png"), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self._build_layout(browse)
        self.format.currentIndexChanged.connect(self._on_format)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self._on_preset()
        self._on_format()

    def restore(self, choices: dict) -> None:
        """Put back what was chosen last time: format, size preset, scale, paper."""
        index = self.format.findData(choices.get("format"))
        if index >= 0:
            self.format.setCurrentIndex(index)
        index = self.preset.findData(choices.get("preset"))
        if index >= 0:
            self.preset.setCurrentIndex(index)
        if choices.get("preset") == "custom":
            self.width_box.setValue(int(choices.get("width", self.width_box.value())))
            self.height_box.setValue(int(choices.get("height", self.height_box.value())))
        self.scale.setValue(int(choices.get("scale", self.scale.value())))
        self.paper.setCurrentText(str(choices.get("paper", self.paper.currentText())))
        self.landscape.setChecked(bool(choices.get("landscape", False)))

    def choices(self) -> dict:
        """What to remember for next time (not the title, which belongs to one map)."""
        return {"format": self.format.currentData(), "preset": self.preset.currentData(),
                "width": self.width_box.value(), "height": self.height_box.value(),
                "scale": self.scale.value(), "paper": self.paper.currentText(),
                "landscape": self.landscape.isChecked()}

    def _side(self, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(MIN_SIDE, 8000)
        box.setValue(max(MIN_SIDE, value))
        box.setSuffix(" px")
        return box

    def _build_layout(self, browse: QPushButton) -> None:
        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(self.height_box)
        paper = QHBoxLayout()
        paper.addWidget(self.paper)
        paper.addWidget(self.landscape)
        target = QHBoxLayout()
        target.addWidget(self.file_edit, 1)
        target.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Size"), self.preset)
        form.addRow("", _wrap(self, size))
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(self.tr("Paper (PDF)"), _wrap(self, paper))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("File"), _wrap(self, target))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_format(self) -> None:
        fmt = self.format.currentData()
        is_png = fmt == "png"
        for widget in (self.preset, self.width_box, self.height_box, self.scale):
            widget.setEnabled(is_png)
        self.paper.setEnabled(fmt == "pdf")
        self.landscape.setEnabled(fmt == "pdf")
        if is_png:
            self._on_preset()
        self.file_edit.setText(str(Path(self.file_edit.text()).with_suffix(f".{fmt}")))

    def _on_preset(self) -> None:
        key, width, height, scale = PRESETS[self.preset.currentIndex()]
        custom = key == "custom"
        self.width_box.setEnabled(custom and self.format.currentData() == "png")
        self.height_box.setEnabled(self.width_box.isEnabled())
        if key == "view":
            width, height = self._base.size
        if width:
            self.width_box.setValue(width)
            self.height_box.setValue(height)
            self.scale.setValue(scale)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), self.file_edit.text(),
                                              f"{fmt.upper()} (*.{fmt})")
        if path:
            self.file_edit.setText(path)

    def path(self) -> Path:
        return Path(self.file_edit.text()).expanduser()

    def options(self) -> ExportOptions:
        """The view on screen, exactly, for "current view"; for any other size or a PDF
        page, the area on screen fitted to that page."""
        same_view = self.format.currentData() == "png" and self.preset.currentData() == "view"
        return replace(self._base, size=(self.width_box.value(), self.height_box.value()),
                       scale=self.scale.value(), title=self.title_edit.text().strip() or None,
                       paper=self.paper.currentText(), landscape=self.landscape.isChecked(),
                       view=self._base.view if same_view else None)


def _wrap(parent, layout) -> QWidget:
    widget = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
