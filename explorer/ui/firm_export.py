"""File → Export firm table…: every firm, or those the current filter and search show, as an
Excel workbook or a CSV (UTF-8 with BOM, or GB18030 for older Excel), with the Chinese
headers the importer recognises. Written in the background, atomically."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from explorer.core.registry.export import write_firm_table
from explorer.ui.messages import show_message
from explorer.ui.problem_texts import problems_text
from explorer.ui.task import Task, progress_dialog
from explorer.ui.widgets import keep_geometry

# (key, suffix, encoding): what a table can be written as.
FORMATS = (("xlsx", ".xlsx", None), ("csv-utf8", ".csv", "utf-8-sig"),
           ("csv-gb18030", ".csv", "gb18030"))


def shown_firm_ids(window) -> list[str]:
    """The ids of the firms the current filter (ticked chains, or the chain selected) and
    search show, in the catalogue's order."""
    tenants = window.cat.tenants
    ids = tenants.column("id").to_numpy(dtype=object)
    keep = np.isin(tenants.column("chain_id").to_numpy(dtype=object),
                   np.array(window.map.shown_chains(), dtype=object))
    text = window.state.search.strip()
    if text:
        keep &= np.isin(ids, np.array(tenants.matching_ids(text), dtype=object))
    return list(ids[keep])


class FirmExportDialog(QDialog):
    """Which firms, which format, which file."""

    def __init__(self, parent, total: int, shown: int, folder: str, choices: dict, settings):
        super().__init__(parent)
        self.setObjectName("firm-export-dialog")
        self.setWindowTitle(self.tr("Export firm table"))
        self.all_firms = QRadioButton(self.tr("&All firms ({count})").format(
            count=f"{total:,}"), self)
        self.all_firms.setObjectName("all-firms")
        self.shown_firms = QRadioButton(self.tr("Firms the current &filter and search show "
                                                "({count})").format(count=f"{shown:,}"), self)
        self.shown_firms.setObjectName("shown-firms")
        group = QButtonGroup(self)
        group.addButton(self.all_firms)
        group.addButton(self.shown_firms)
        (self.shown_firms if choices.get("scope") == "shown" else self.all_firms).setChecked(True)
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        names = {"xlsx": self.tr("Excel workbook (.xlsx)"),
                 "csv-utf8": self.tr("CSV, UTF-8 with BOM (Excel 2016 and later, WPS)"),
                 "csv-gb18030": self.tr("CSV, GB18030 (older Excel on Chinese Windows)")}
        for key, _, _ in FORMATS:
            self.format.addItem(names[key], key)
        self.format.setCurrentIndex(max(self.format.findData(choices.get("format")), 0))
        self.file_edit = QLineEdit(str(Path(folder or Path.home()) / "hengyang-firms.xlsx"), self)
        self.file_edit.setObjectName("file")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.setContentsMargins(0, 0, 0, 0)
        target.addWidget(self.file_edit, 1)
        target.addWidget(browse)
        host = QWidget(self)
        host.setLayout(target)
        form = QFormLayout()
        form.addRow(self.tr("Firms"), self.all_firms)
        form.addRow("", self.shown_firms)
        format_label = QLabel(self.tr("F&ormat"), self)
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        file_label = QLabel(self.tr("F&ile"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, host)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._fit_suffix)
        self._fit_suffix()
        keep_geometry(self, settings, "firm-export", (620, 220))

    def _fit_suffix(self) -> None:
        suffix = FORMATS[self.format.currentIndex()][1]
        self.file_edit.setText(str(Path(self.file_edit.text()).with_suffix(suffix)))

    def _browse(self) -> None:
        suffix = FORMATS[self.format.currentIndex()][1]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export firm table"),
                                              self.file_edit.text(), f"*{suffix}")
        if path:
            self.file_edit.setText(str(Path(path).with_suffix(suffix)))

    def choices(self) -> dict:
        return {"scope": "shown" if self.shown_firms.isChecked() else "all",
                "format": self.format.currentData()}

    def path(self) -> Path:
        return Path(self.file_edit.text()).expanduser()

    def encoding(self) -> str:
        return FORMATS[self.format.currentIndex()][2] or "utf-8-sig"


class FirmTableExporter(QObject):
    """Exports the window's firm table."""

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.task: Task | None = None
        self.dialog: FirmExportDialog | None = None

    def export_table(self) -> FirmExportDialog:
        window = self.window
        shown = shown_firm_ids(window)
        dialog = FirmExportDialog(window, len(window.cat.tenants), len(shown),
                                  self.settings.last_export_folder,
                                  self.settings.firm_export_choices, self.settings)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog, shown))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, dialog: FirmExportDialog, shown: list[str]) -> None:
        self.settings.firm_export_choices = dialog.choices()
        ids = shown if dialog.choices()["scope"] == "shown" else None
        self.start(dialog.path(), ids, dialog.encoding())

    def start(self, path: Path, ids, encoding: str) -> Task:
        cat, window = self.window.cat, self.window
        task = Task(lambda progress, cancelled: write_firm_table(cat, path, ids, encoding),
                    str(path), self)
        self.task = task
        progress_dialog(window, task, self.tr("Exporting firms to {file}…").format(
            file=path.name), None)
        task.finished.connect(lambda _: self._done(path, ids))
        task.failed.connect(lambda exc: show_message(
            window, "firm-export-error", QMessageBox.Warning, self.tr("Export failed"),
            self.tr("The firm table was not written to {file}.").format(file=path),
            informative=problems_text(exc.problems[:12]), detailed=problems_text(exc.problems)))
        task.start()
        return task

    def _done(self, path: Path, ids) -> None:
        self.settings.last_export_folder = str(path.parent)
        count = len(self.window.cat.tenants) if ids is None else len(ids)
        self.window.statusBar().showMessage(self.tr("{count} firms exported to {file}").format(
            count=f"{count:,}", file=path), 10_000)
