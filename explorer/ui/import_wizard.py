"""File → Import firms…: the three steps between a registry file and the import.

1. Columns (import_columns.py): the sheet, the text encoding of a CSV, which field each
   column of the file holds, with the first rows as they are in the file.
2. Coordinates (import_place.py): the coordinate system of the file's longitudes and
   latitudes, with the points drawn over the districts as that system puts them.
3. Chains, parks and credit codes (import_values.py): what the values that match no chain
   or park stand for, and whether rows with an invalid credit code are kept.

The wizard only asks; `options()` is the answer (an ImportOptions), and FirmImporter does
the rest. A new sheet or encoding is read by the importer (`reread`), which hands the new
table back with `set_table`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWizard

from explorer.core.registry.plan import ImportOptions
from explorer.ui.import_columns import ColumnsPage
from explorer.ui.import_place import PlacePage
from explorer.ui.import_values import ValuesPage
from explorer.ui.widgets import keep_geometry


class ImportWizard(QWizard):
    """Asks how to import `table` into `cat`; `options()` once accepted."""

    reread = Signal(object, object)  # sheet (str | None), encoding (str | None)

    def __init__(self, parent, cat, table, settings, lang: str):
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.setWindowModality(Qt.WindowModal)
        self.setWizardStyle(QWizard.ClassicStyle)  # the same look on every platform
        self.setOption(QWizard.NoBackButtonOnStartPage)
        self.setOption(QWizard.HaveHelpButton, False)
        self.cat, self.table, self.settings, self.lang = cat, table, settings, lang
        self.setWindowTitle(self.tr("Import firms"))
        self.setButtonText(QWizard.FinishButton, self.tr("&Import"))
        self.columns_page = ColumnsPage(self)
        self.place_page = PlacePage(self)
        self.values_page = ValuesPage(self)
        for page in (self.columns_page, self.place_page, self.values_page):
            self.addPage(page)
        keep_geometry(self, settings, "import-wizard", (980, 720))
        self.columns_page.show_table(table)

    def set_table(self, table) -> None:
        """The file read again (another sheet or encoding): the columns step shows it."""
        self.table = table
        self.setEnabled(True)
        self.columns_page.show_table(table)

    def reread_failed(self) -> None:
        """The other sheet or encoding could not be read: the table shown stays."""
        self.setEnabled(True)
        self.columns_page.show_source(self.table)

    def ask_reread(self, sheet, encoding) -> None:
        self.setEnabled(False)  # until the importer hands the table back
        self.reread.emit(sheet, encoding)

    def options(self, chain_values=None, park_values=None) -> ImportOptions:
        """What the user chose so far (the values page adds its answers)."""
        values = self.values_page
        return ImportOptions(
            mapping=self.columns_page.mapping(), datum=self.place_page.datum(),
            chain_values=values.chain_values() if chain_values is None else chain_values,
            park_values=values.park_values() if park_values is None else park_values,
            bad_codes=values.bad_codes())
