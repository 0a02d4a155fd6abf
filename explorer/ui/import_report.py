"""What an import did: the counts, and every rejected or doubtful row with its row number,
column, value and reason, saveable as CSV for whoever fixes the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QMessageBox, QTableView, QVBoxLayout)

from explorer.ui.messages import show_message
from explorer.ui.problem_texts import message_text
from explorer.ui.widgets import keep_geometry, plain_label

translate = QCoreApplication.translate
COUNT_KEYS = ("imported", "updated", "unchanged", "placed_at_park", "unplaced", "rejected",
              "doubtful")
LISTED = ("rejected", "doubtful")  # the outcomes the table lists, row by row


def count_names() -> dict[str, str]:
    return {
        "imported": translate("ImportReport", "Imported (new firms)"),
        "updated": translate("ImportReport", "Updated (already in the catalogue)"),
        "unchanged": translate("ImportReport", "Unchanged (already in the catalogue)"),
        "placed_at_park": translate("ImportReport", "Placed at their park (no coordinates)"),
        "unplaced": translate("ImportReport", "Without a place (findable by search)"),
        "rejected": translate("ImportReport", "Rejected (not imported)"),
        "doubtful": translate("ImportReport", "Doubtful (imported, please check)"),
    }


def outcome_names() -> dict[str, str]:
    return {"rejected": translate("ImportReport", "rejected"),
            "doubtful": translate("ImportReport", "doubtful"),
            "placed_at_park": translate("ImportReport", "placed at park"),
            "unplaced": translate("ImportReport", "without a place")}


class ReportModel(QAbstractTableModel):
    """The report's rows (the listed outcomes), five columns; built lazily by the view."""

    def __init__(self, rows, parent=None):
        super().__init__(parent)
        self.rows = [row for row in rows if row.outcome in LISTED]
        self.headers = [translate("ImportReport", "Row"), translate("ImportReport", "Column"),
                        translate("ImportReport", "Value"), translate("ImportReport", "Reason"),
                        translate("ImportReport", "Outcome")]
        self.outcomes = outcome_names()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole) or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (str(row.row), row.column, row.value, message_text(row.reason),
                self.outcomes.get(row.outcome, row.outcome))[index.column()]


class ReportDialog(QDialog):
    """The report of one import (an ImportReport)."""

    def __init__(self, parent, report, file_name: str, settings):
        super().__init__(parent)
        self.setObjectName("import-report")
        self.setWindowTitle(self.tr("Import report — {file}").format(file=file_name))
        self.report, self.settings, self.file_name = report, settings, file_name
        names = count_names()
        counts = QFormLayout()
        self.count_labels = {}
        for key in COUNT_KEYS:
            value = QLabel(f"{report.counts.get(key, 0):,}", self)
            value.setObjectName(f"count-{key}")
            counts.addRow(names[key], value)
            self.count_labels[key] = value
        self.model = ReportModel(report.rows, self)
        self.table = QTableView(self)
        self.table.setObjectName("report-rows")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)  # the outcome, in full
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 380)
        self.rows_label = plain_label(self, self.tr(
            "Rows rejected or doubtful: {count}. Fix them in the file and import it again: "
            "firms already imported are updated, not duplicated.").format(
            count=f"{len(self.model.rows):,}") if self.model.rows else
            self.tr("No row was rejected or doubtful."), "rows-label")
        self.saved_label = plain_label(self, name="saved-label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.save_button = self.buttons.addButton(self.tr("&Save as CSV…"),
                                                  QDialogButtonBox.ActionRole)
        self.save_button.setObjectName("save-report")
        self.save_button.clicked.connect(self.ask_and_save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Close).clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        keep_geometry(self, settings, "import-report", (900, 600))

    def ask_and_save(self) -> QFileDialog:
        folder = self.settings.last_import_folder or str(Path.home())
        dialog = QFileDialog(self, self.tr("Save import report"),
                             str(Path(folder) / f"{Path(self.file_name).stem}-report.csv"),
                             self.tr("CSV (*.csv)"))
        dialog.setObjectName("save-report-dialog")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save(Path(path)) if path else None)
        dialog.open()
        return dialog

    def save(self, path: Path) -> bool:
        try:
            self.report.write_csv(path)
        except OSError as exc:
            show_message(self, "report-error", QMessageBox.Warning, self.tr("Not saved"),
                         self.tr("The report was not saved to {file}: {reason}").format(
                             file=path, reason=exc.strerror or exc))
            return False
        self.settings.last_import_folder = str(path.parent)
        self.saved_label.setText(self.tr("Saved as {file}").format(file=path))
        return True
