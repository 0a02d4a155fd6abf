"""The first step of an import: sheet, text encoding, and the field each column holds, with
the file's first rows as they are."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout,
                               QHeaderView, QLabel, QScrollArea, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizardPage)

from explorer.core.registry.mapping import FIELDS, field_label, guess_mapping, headers_key
from explorer.ui.problem_texts import message_text
from explorer.ui.widgets import plain_label

translate = QCoreApplication.translate
PREVIEW_ROWS = 20
SAMPLES = 3  # values shown beside each column's field
# The encodings a CSV may be read with: the key open_table takes, and its name.
ENCODINGS = (("utf-8-sig", "UTF-8"), ("gb18030", "GB18030 (GBK)"))


def field_names() -> dict[str | None, str]:
    """Each target field's label in the UI language; None: the column is not imported."""
    names = {None: translate("ImportWizard", "(not imported)")}
    names.update({field: message_text(field_label(field)) for field in FIELDS})
    return names


class ColumnsPage(QWizardPage):
    """Which field each column of the file holds."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose the field each column of the file holds. The "
                                 "guesses come from the column names; change any of them."))
        self.file_label = plain_label(self, name="file")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet")
        self.sheet.activated.connect(lambda _: self.wizard_.ask_reread(
            self.sheet.currentText(), None))
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("encoding")
        for key, name in ENCODINGS:
            self.encoding.addItem(name, key)
        self.encoding.activated.connect(lambda _: self.wizard_.ask_reread(
            None, self.encoding.currentData()))
        self.encoding_note = plain_label(self, name="encoding-note")
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.error = plain_label(self, name="error")
        self.error.setStyleSheet("color: #b00020;")
        self.combos: list[QComboBox] = []
        self.headers: list[str] = []
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        self.sheet_label = QLabel(self.tr("&Sheet"), self)
        self.sheet_label.setBuddy(self.sheet)
        form.addRow(self.sheet_label, self.sheet)
        self.encoding_label = QLabel(self.tr("Te&xt encoding"), self)
        self.encoding_label.setBuddy(self.encoding)
        form.addRow(self.encoding_label, self.encoding)
        form.addRow("", self.encoding_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 3)
        layout.addWidget(QLabel(self.tr("First rows of the file (row numbers as in the "
                                        "spreadsheet):"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.error)

    # -- the table ---------------------------------------------------------------------------

    def show_table(self, table) -> None:
        self.headers = list(table.headers)
        self.file_label.setText(self.tr("{file} · {rows} rows").format(
            file=table.path.name, rows=f"{len(table):,}"))
        self.show_source(table)
        remembered = self.wizard_.settings.import_choice(self.key())
        mapping = remembered.get("mapping")
        if not isinstance(mapping, dict) or set(mapping) != set(self.headers):
            mapping = guess_mapping(self.headers)
        self._build_grid(table, mapping)
        self._fill_preview(table)
        self._changed()

    def show_source(self, table) -> None:
        """The sheet and the encoding `table` was read with."""
        self._show_sheets(table)
        self._show_encoding(table)

    def _show_sheets(self, table) -> None:
        several = len(table.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        with QSignalBlocker(self.sheet):
            self.sheet.clear()
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet or "")

    def _show_encoding(self, table) -> None:
        """A CSV's encoding is never guessed silently: it is shown, and can be changed."""
        is_text = table.encoding is not None
        for widget in (self.encoding, self.encoding_label, self.encoding_note):
            widget.setVisible(is_text)
        if not is_text:
            return
        key = "gb18030" if table.encoding == "gb18030" else "utf-8-sig"
        with QSignalBlocker(self.encoding):
            self.encoding.setCurrentIndex(self.encoding.findData(key))
        self.encoding_note.setText(
            self.tr("Read as GB18030 (the encoding of Excel on Chinese Windows), since the "
                    "text is not UTF-8. If the names in the preview look wrong, choose the "
                    "other encoding.") if key == "gb18030" else
            self.tr("Read as UTF-8. If the names in the preview look wrong (a file saved by "
                    "older Excel), choose GB18030."))

    def _build_grid(self, table, mapping: dict) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = []
        names = field_names()
        first = list(zip(*table.preview(200))) or [()] * len(self.headers)
        for col, title in enumerate((self.tr("Column in the file"), self.tr("Field"),
                                     self.tr("First values"))):
            label = QLabel(f"<b>{title}</b>", self.grid_host)  # our own words only
            self.grid.addWidget(label, 0, col)
        for n, header in enumerate(self.headers, start=1):
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"field-{n - 1}")
            for field, name in names.items():
                combo.addItem(name, field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(header)), 0))
            combo.currentIndexChanged.connect(self._changed)
            label = plain_label(self.grid_host, header or self.tr("(column {n}, no name)")
                                .format(n=n))
            label.setWordWrap(False)
            label.setBuddy(combo)
            values = [v for v in first[n - 1] if v.strip()][:SAMPLES]
            sample = plain_label(self.grid_host, " · ".join(v[:40] for v in values))
            sample.setWordWrap(False)
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(combo, n, 1)
            self.grid.addWidget(sample, n, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(self.headers) + 1, 1)
        chain = [self.sheet, self.encoding, *self.combos, self.preview]
        for first, second in zip(chain, chain[1:]):  # Tab goes down the columns in order
            QWidget.setTabOrder(first, second)

    def _fill_preview(self, table) -> None:
        rows = table.preview(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(self.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:len(rows)]])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))  # items show plain text
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))

    # -- the mapping ---------------------------------------------------------------------------

    def key(self) -> str:
        """Under which key the choices for files with these headers are remembered."""
        return headers_key(self.headers)

    def mapping(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in zip(self.headers, self.combos)}

    def _changed(self, *_) -> None:
        names = field_names()
        mapping = self.mapping()
        self.preview.setHorizontalHeaderLabels([
            f"{header}\n→ {names[field]}" if field else header
            for header, field in mapping.items()])
        self.error.setText(self.problem() or "")
        self.completeChanged.emit()

    def problem(self) -> str | None:
        """Why the mapping cannot be imported, or None."""
        mapping = self.mapping()
        names = field_names()
        twice = [field for field, count in Counter(f for f in mapping.values() if f).items()
                 if count > 1]
        if twice:
            return self.tr("{field} is chosen for more than one column; keep one.").format(
                field=names[twice[0]])
        fields = set(mapping.values())
        if "name_zh" not in fields:
            return self.tr("Choose the column that holds the firms' names ({field}).").format(
                field=names["name_zh"])
        if ("lon" in fields) != ("lat" in fields):
            return self.tr("Choose both the longitude and the latitude column, or neither.")
        return None

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.headers) and self.problem() is None
