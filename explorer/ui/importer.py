"""File → Import firms… (and a registry file opened or dropped on the window): read the file,
ask how to import it, plan the import in the background, make it one undoable edit, report.

Each long step runs as a Task with a progress dialog; Cancel leaves the catalogue as it was,
since planning never changes it: only the finished plan's one edit does, through the
window's Editor (so Ctrl+Z takes the whole import back, and Ctrl+S saves it like any edit).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from explorer.core.columns import field_of
from explorer.core.readers import KINDS
from explorer.core.registry.plan import plan_import
from explorer.core.registry.read import SUFFIXES, open_table
from explorer.ui.import_report import ReportDialog
from explorer.ui.import_wizard import ImportWizard
from explorer.ui.messages import show_message
from explorer.ui.problem_texts import problems_text
from explorer.ui.task import Task, progress_dialog


def holds_parks(table) -> bool:
    """Whether a CSV is a catalogue of parks (File → Open's kind of file) rather than a list
    of firms: it has a parks' `chain_ids` column, or its `kind` column says park."""
    if table.kind != "csv":
        return False
    fields = [field_of(header) for header in table.headers]
    if "chain_ids" in fields:
        return True
    if "kind" not in fields:
        return False
    at = fields.index("kind")
    kinds = [row[at].strip().lower() for row in table.preview(1000) if row[at].strip()]
    return bool(kinds) and KINDS.get(kinds[0]) == "parks"


class FirmImporter(QObject):
    """Imports firm registries into the window's catalogue."""

    planned = Signal(object)  # the ImportPlan, once made (and pushed, if it changes anything)

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.task: Task | None = None
        self.wizard: ImportWizard | None = None
        self.report_dialog: ReportDialog | None = None

    @staticmethod
    def handles(path: Path) -> bool:
        return path.suffix.lower() in SUFFIXES

    def ask_and_import(self) -> QFileDialog:
        """Qt's own file dialog, in the app's language (see DataOpener.ask_and_open)."""
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        dialog = QFileDialog(self.window, self.tr("Import firms"),
                             self.settings.last_import_folder or self.settings.last_data_folder,
                             self.tr("Firm lists ({patterns});;All files (*)").format(
                                 patterns=patterns))
        dialog.setObjectName("import-file-dialog")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.import_path(Path(path)) if path else None)
        dialog.open()
        return dialog

    # -- 1. read -----------------------------------------------------------------------------

    def import_path(self, path: Path) -> Task | None:
        """Read `path`, then ask how to import it (not into a catalogue that may not be
        changed: a database role without write access)."""
        refused = self.window.editor.read_only
        if refused:
            self.window.statusBar().showMessage(refused, 10_000)
            show_message(self.window, "import-error", QMessageBox.Warning,
                         self.tr("Cannot import firms"), refused)
            return None
        self.settings.last_import_folder = str(path.parent)
        return self._read(path, None, None, self._show_wizard)

    def _read(self, path: Path, sheet, encoding, then) -> Task:
        task = self._start(lambda progress, cancelled: open_table(path, sheet, encoding), path,
                           self.tr("Reading {file}…").format(file=path.name))
        task.finished.connect(lambda _: self.window.statusBar().clearMessage())
        task.finished.connect(then)
        task.failed.connect(lambda exc: self._failed(path, exc, self.tr(
            "{file} was not imported; the catalogue is unchanged.")))
        return task

    def _start(self, work, path: Path, label: str) -> Task:
        task = Task(work, str(path), self)
        self.task = task
        progress_dialog(self.window, task, label, self.tr("Cancel"))
        self.window.statusBar().showMessage(label)
        task.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Import of {file} cancelled; the catalogue is unchanged.").format(
                file=path.name), 10_000))
        task.start()
        return task

    def _failed(self, path: Path, exc, text: str) -> None:
        self.window.statusBar().showMessage(self.tr("{file} was not imported").format(
            file=path.name))
        show_message(self.window, "import-error", QMessageBox.Warning,
                     self.tr("Cannot import firms"), text.format(file=path.name),
                     informative=problems_text(exc.problems[:12]),
                     detailed=problems_text(exc.problems))
        if self.wizard is not None:
            self.wizard.reread_failed()

    # -- 2. ask ------------------------------------------------------------------------------

    def _show_wizard(self, table) -> ImportWizard | None:
        window = self.window
        if holds_parks(table):  # a catalogue of parks, not a list of firms: open it
            window.opener.open_catalogue(table.path)
            return None
        wizard = ImportWizard(window, window.cat, table, self.settings, window.lang)
        self.wizard = wizard
        wizard.reread.connect(lambda sheet, encoding: self._read(
            table.path, sheet, encoding, wizard.set_table))
        wizard.finished.connect(lambda result: self._asked(wizard, result))
        wizard.open()
        return wizard

    def _asked(self, wizard: ImportWizard, result: int) -> None:
        self.wizard = None
        wizard.deleteLater()
        if result != QWizard.Accepted:
            self.window.statusBar().showMessage(self.tr("Import cancelled; the catalogue is "
                                                        "unchanged."), 10_000)
            return
        options = wizard.options()
        options.editor = self.window.editor.editor_name
        options.note = self.settings.edit_note
        self.settings.remember_import_choice(wizard.columns_page.key(), {
            "mapping": options.mapping, "datum": options.datum})
        self._plan(wizard.table, options)

    # -- 3. plan, then one edit --------------------------------------------------------------

    def _plan(self, table, options) -> Task:
        cat = self.window.cat
        task = self._start(
            lambda progress, cancelled: plan_import(cat, table, options, progress, cancelled),
            table.path, self.tr("Importing {file}…").format(file=table.path.name))
        task.finished.connect(lambda plan: self._planned(plan, table, cat))
        task.failed.connect(lambda exc: self._failed(table.path, exc, self.tr(
            "{file} was not imported; the catalogue is unchanged.")))
        return task

    def _planned(self, plan, table, cat) -> None:
        """Make the plan one edit (unless nothing changes), then show the report."""
        window = self.window
        if window.cat is not cat:  # another catalogue opened meanwhile: the plan is stale
            return
        counts = plan.report.counts
        changed = counts.get("imported", 0) + counts.get("updated", 0)
        name = table.path.name
        if plan.edit is not None and changed:
            window.editor.push(plan.edit, self.tr("Import {count} firms from {file}").format(
                count=f"{changed:,}", file=name))
            text = self.tr("{file}: {imported} firms imported, {updated} updated. The import "
                           "is one edit: Ctrl+Z takes it back, Ctrl+S saves it.").format(
                file=name, imported=f"{counts.get('imported', 0):,}",
                updated=f"{counts.get('updated', 0):,}")
            if not window.editor.edit_mode:  # an import is an edit: say so, show the tools
                window.editor.set_edit_mode(True)
                text += " " + self.tr("Edit mode is on.")
            window.statusBar().showMessage(text)
        else:
            window.statusBar().showMessage(self.tr(
                "{file}: nothing new; the catalogue already holds these firms.").format(
                file=name), 10_000)
        self.planned.emit(plan)
        dialog = ReportDialog(window, plan.report, name, self.settings)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self._report_closed(dialog))
        self.report_dialog = dialog
        dialog.open()

    def _report_closed(self, dialog: ReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None
