"""The menu bar, built in the current language; its check marks follow the view state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from explorer.mapview.basemaps import BASEMAPS, FILE_PREFIX
from explorer.ui.basemap_ui import basemap_names, short_name

translate = QCoreApplication.translate  # by this name, pyside6-lupdate finds the strings
# Each language is named in itself, so a reader can always find their own.
LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))


def _action(menu: QMenu, text: str, slot, shortcut=QKeySequence(), name: str = "") -> QAction:
    action = QAction(text, menu)
    action.setShortcut(shortcut)
    action.triggered.connect(slot)
    if name:
        action.setObjectName(name)
    menu.addAction(action)
    return action


def _choices(menu: QMenu, prefix: str, choices, current: str, choose) -> None:
    """Checkable actions named `prefix-<key>`, one per (key, text); `choose(key)` on click."""
    for key, text in choices:
        action = _action(menu, text, lambda _=False, key=key: choose(key), name=f"{prefix}-{key}")
        action.setCheckable(True)
        action.setChecked(key == current)


def build_menus(window) -> None:
    """(Re)build the window's menus; the old menus and their actions are deleted."""
    bar = window.menuBar()
    # Direct children only: a menu inside the corner's buttons is theirs to delete.
    for menu in bar.findChildren(QMenu, options=Qt.FindDirectChildrenOnly):
        menu.deleteLater()
    bar.clear()
    state = window.state
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    _action(file_menu, translate("MainWindow", "&Open data…"), window.open_data,
            QKeySequence.Open)
    _action(file_menu, translate("MainWindow", "Connect to &database…"),
            window.connect_database, QKeySequence("Ctrl+Shift+O"), "connect-database")
    _action(file_menu, translate("MainWindow", "&Import firms…"),
            window.importer.ask_and_import, QKeySequence("Ctrl+I"), "import-firms")
    _action(file_menu, translate("MainWindow", "Export &firm table…"),
            window.firm_exporter.export_table, QKeySequence("Ctrl+Shift+T"), "export-firms")
    file_menu.addSeparator()
    _action(file_menu, translate("MainWindow", "&Save"), window.saver.save, QKeySequence.Save,
            "save")
    _action(file_menu, translate("MainWindow", "Save &as…"), lambda: window.saver.save_as(),
            QKeySequence("Ctrl+Shift+S"), "save-as")
    _action(file_menu, translate("MainWindow", "&Reload map"), window.load_map,
            QKeySequence("F5"))
    file_menu.addSeparator()
    _action(file_menu, translate("MainWindow", "&Export map…"), window.exporter.export_map,
            QKeySequence("Ctrl+E"))
    _action(file_menu, translate("MainWindow", "&Copy map image"),
            window.exporter.copy_map_image, QKeySequence("Ctrl+Shift+C"))
    _action(file_menu, translate("MainWindow", "Export chain &report…"),
            window.reporter.export_report, QKeySequence("Ctrl+Shift+R"), name="export-report")
    file_menu.addSeparator()
    _action(file_menu, translate("MainWindow", "&Quit"), window.close, QKeySequence.Quit)
    _edit_menu(window, bar.addMenu(translate("MainWindow", "&Edit")))
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    _action(view_menu, translate("MainWindow", "&Find park"), window.focus_search,
            QKeySequence.Find)
    _action(view_menu, translate("MainWindow", "Show &all chains"),
            window.park_list.show_all_chains, QKeySequence("Ctrl+Shift+A"))
    _action(view_menu, translate("MainWindow", "&Clear selection"),
            lambda: (window.map.cancel_tool(), state.select()), QKeySequence("Esc"))
    # F5 rebuilds the page from the catalogue in memory; this reads the catalogue again.
    _action(view_menu, translate("MainWindow", "Re&fresh data"), lambda: window.live.refresh(),
            QKeySequence("Ctrl+R"), "refresh-data")
    chains = window.chains_dock.toggleViewAction()
    chains.setText(translate("MainWindow", "C&hains view"))
    chains.setShortcut(QKeySequence("Ctrl+Shift+H"))
    view_menu.addAction(chains)
    _basemap_menu(window, view_menu.addMenu(translate("MainWindow", "&Basemap")))
    _choices(view_menu.addMenu(translate("MainWindow", "&Language")), "language",
             LANGUAGE_NAMES, state.lang, lambda lang: state.update(lang=lang))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(help_menu, translate("MainWindow", "&About"), window.about,
            QKeySequence.HelpContents)


def _edit_menu(window, menu: QMenu) -> None:
    """Undo and redo, edit mode, and the edits of parks and firms."""
    stack, forms = window.editor.stack, window.forms
    for action, keys, name in (
            (stack.createUndoAction(menu, translate("MainWindow", "&Undo")),
             [QKeySequence.Undo], "undo"),
            (stack.createRedoAction(menu, translate("MainWindow", "&Redo")),
             [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], "redo")):
        action.setShortcuts(keys)
        action.setObjectName(name)
        menu.addAction(action)
    _action(menu, translate("MainWindow", "&History…"), forms.history, name="history")
    menu.addSeparator()
    mode = _action(menu, translate("MainWindow", "&Edit mode"), window.editor.set_edit_mode,
                   QKeySequence("Ctrl+Shift+E"), "edit-mode")
    mode.setCheckable(True)
    mode.setChecked(window.editor.edit_mode)
    mode.setEnabled(not window.editor.read_only)
    mode.setToolTip(window.editor.read_only or mode.text().replace("&", ""))
    menu.setToolTipsVisible(True)
    window.edit_mode_action = mode
    park = menu.addMenu(translate("MainWindow", "&Park"))
    for text, slot, name in (
            (translate("MainWindow", "&Add park…"), forms.add_park, "add-park"),
            (translate("MainWindow", "&Draw footprint"), lambda: forms.draw_shape("Polygon"),
             "draw-footprint"),
            (translate("MainWindow", "Add footprint &part"),
             lambda: forms.draw_shape("Polygon", add_part=True), "add-part"),
            (translate("MainWindow", "Cut &hole in footprint"), forms.cut_hole, "cut-hole"),
            (translate("MainWindow", "Draw &line (corridor)"), lambda: forms.draw_shape("Line"),
             "draw-line"),
            (translate("MainWindow", "Edit &shape"), forms.edit_shape, "edit-shape"),
            (translate("MainWindow", "Park &details…"), forms.edit_park, "edit-park"),
            (translate("MainWindow", "De&lete park…"), forms.delete_park, "delete-park")):
        _action(park, text, slot, name=name)
    firm = menu.addMenu(translate("MainWindow", "&Firm"))
    for text, slot, name in (
            (translate("MainWindow", "&Add firm…"), forms.add_firm, "add-firm"),
            (translate("MainWindow", "Firm &details…"), forms.edit_firm, "edit-firm"),
            (translate("MainWindow", "&Move firm"), forms.move_firm, "move-firm"),
            (translate("MainWindow", "De&lete firm…"), forms.delete_firm, "delete-firm")):
        _action(firm, text, slot, name=name)
    for submenu in (park, firm):
        submenu.setEnabled(not window.editor.read_only)
    menu.addSeparator()
    _action(menu, translate("MainWindow", "Editor &name and note…"), forms.editor_settings,
            name="editor-settings")
    menu.addSeparator()
    _action(menu, translate("MainWindow", "&Preferences…"),
            lambda: window.basemaps.edit_preferences(), QKeySequence.Preferences,
            name="preferences")
    _edit_buttons(window, [mode, menu.actions()[0], menu.actions()[1]])


def _edit_buttons(window, actions) -> None:
    """Edit mode, undo and redo as buttons in the menu bar's corner: always at hand, and no
    toolbar row taking height from the map. Rebuilt with the menus."""
    bar = window.menuBar()
    old = bar.cornerWidget()
    bar.setCornerWidget(None)
    height = bar.sizeHint().height()  # the buttons never make the menu bar taller
    corner = QWidget(bar)
    corner.setObjectName("edit-buttons")
    corner.setToolTip(translate("MainWindow", "Editing"))
    layout = QHBoxLayout(corner)
    layout.setContentsMargins(0, 0, 4, 0)
    for action in actions:
        button = QToolButton(corner)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setMaximumHeight(height)
        layout.addWidget(button)
    bar.setCornerWidget(corner)
    if old is not None:
        old.deleteLater()


def _basemap_menu(window, menu: QMenu) -> None:
    """The built-in basemaps, the tile file in use (if any), and Open basemap file…."""
    names = basemap_names()
    choices = [(key, names[key]) for key in BASEMAPS]
    if window.state.basemap.startswith(FILE_PREFIX):
        choices.append((window.state.basemap, short_name(window.state.basemap)))
    _choices(menu, "basemap", choices, window.state.basemap,
             lambda key: window.basemaps.choose(key) if key in BASEMAPS else None)
    menu.addSeparator()
    _action(menu, translate("MainWindow", "Open basemap &file…"),
            window.basemaps.ask_for_file, name="basemap-open-file")


def has_choice(window, prefix: str, key: str) -> bool:
    return any(action.objectName() == f"{prefix}-{key}"
               for action in window.menuBar().findChildren(QAction))


def check_choice(window, prefix: str, key: str) -> None:
    """Tick `prefix-key` and untick the other choices of that menu."""
    for action in window.menuBar().findChildren(QAction):
        if action.objectName().startswith(f"{prefix}-"):
            action.setChecked(action.objectName() == f"{prefix}-{key}")
