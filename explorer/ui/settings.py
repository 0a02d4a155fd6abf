"""Typed settings over QSettings, declared once, with a version key for later upgrades."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
ORGANISATION = "HengyangParkExplorer"
APPLICATION = "Hengyang Park Explorer"


class _Option:
    """One setting: its key, its type and its default; read and written as an attribute."""

    def __init__(self, key: str, kind: type, default):
        self.key, self.kind, self.default = key, kind, default

    def __get__(self, settings: Settings, owner=None):
        value = settings.qsettings.value(self.key, self.default)
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) and not value.isEmpty() else None
        if self.kind is list:
            value = [value] if isinstance(value, str) else value
            return [str(v) for v in value or []]
        if self.kind is dict:
            return dict(value) if isinstance(value, dict) else {}
        return self.kind(value)

    def __set__(self, settings: Settings, value) -> None:
        settings.qsettings.setValue(self.key, list(value) if self.kind is list else value)


class Settings:
    """What the app remembers between runs: window, splitter, filter, language, folders."""

    geometry = _Option("window/geometry", QByteArray, None)
    window_state = _Option("window/state", QByteArray, None)
    splitter = _Option("window/splitter", QByteArray, None)
    # Chains the user unticked, so that a chain added to the data later shows by default.
    hidden_chains = _Option("filter/hidden_chains", list, [])
    language = _Option("ui/language", str, "")
    basemap = _Option("map/basemap", str, "none")  # a basemap key, or "file:<path>"
    basemap_opacity = _Option("map/basemap_opacity", float, 1.0)
    tianditu_key = _Option("map/tianditu_key", str, "")  # here only: never in pages or files
    last_basemap_folder = _Option("paths/last_basemap_folder", str, "")
    last_data_folder = _Option("paths/last_data_folder", str, "")
    last_export_folder = _Option("paths/last_export_folder", str, "")
    export_choices = _Option("export/choices", dict, {})
    # Who edits (recorded with every edit; empty: the system user) and the note their
    # survey source carries.
    editor_name = _Option("edit/editor", str, "")
    edit_note = _Option("edit/note", str, "")
    last_save_folder = _Option("paths/last_save_folder", str, "")
    # The catalogue the user saved their edits to: opened at start instead of the bundled one.
    last_catalogue = _Option("paths/last_catalogue", str, "")
    # Database catalogues connected to, newest first: URIs without password, never one.
    recent_databases = _Option("database/recent", list, [])
    connect_geometry = _Option("database/connect_dialog", QByteArray, None)
    conflict_geometry = _Option("database/conflict_dialog", QByteArray, None)
    last_import_folder = _Option("paths/last_import_folder", str, "")
    # File → Export firm table…: scope, format and encoding chosen last time.
    firm_export_choices = _Option("firm_export/choices", dict, {})

    def dialog_geometry(self, name: str) -> QByteArray | None:
        """Where a dialog was and how large, when it was last closed."""
        value = self.qsettings.value(f"dialogs/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_dialog_geometry(self, name: str, geometry: QByteArray) -> None:
        self.qsettings.setValue(f"dialogs/{name}", geometry)

    def import_choice(self, headers_key: str) -> dict:
        """The column mapping and datum chosen last for files with these headers (see
        explorer.core.registry.mapping.headers_key); {} if none."""
        try:
            value = json.loads(self.qsettings.value(f"import_mappings/{headers_key}", "{}"))
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def remember_import_choice(self, headers_key: str, choice: dict) -> None:
        self.qsettings.setValue(f"import_mappings/{headers_key}",
                                json.dumps(choice, ensure_ascii=False))

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings or QSettings(ORGANISATION, APPLICATION)
        if self.qsettings.value("version", 0, type=int) != SETTINGS_VERSION:
            self.qsettings.setValue("version", SETTINGS_VERSION)

    def sync(self) -> None:
        self.qsettings.sync()
