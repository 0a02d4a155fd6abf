"""File → Connect to database…: where the shared catalogue is — host, port, database, user,
schema, sslmode, or a pasted `postgresql://` URI — and the connections used before.

The fields and the URI are two views of one location: editing one rewrites the other. What
the dialog leaves blank libpq fills from `PG*` variables; a password comes from `~/.pgpass`
or, when the server asks for one, from the prompt (explorer/ui/data_opener.py). The dialog
has no password field: a password typed into a URI is used, but never remembered.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout)

from explorer.core.db.location import DEFAULT_SCHEMA
from explorer.core.errors import DataError
from explorer.ui.problem_texts import problems_text

SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
RECENT_KEPT = 8


def compose_uri(host: str, port: int, database: str, user: str, schema: str, sslmode: str,
                password: str = "", other: list[tuple[str, str]] = ()) -> str:
    """A libpq URI from the fields; blanks are left to libpq (PG* variables, defaults). A
    host that is a folder (a Unix socket) goes in the query, as libpq wants it."""
    query = list(other)
    netloc = ""
    if user:
        netloc = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
        netloc += "@"
    if host.startswith("/"):
        query.insert(0, ("host", host))
        if port:
            query.insert(1, ("port", str(port)))
    elif host:
        netloc += f"[{host}]" if ":" in host else host
        netloc += f":{port}" if port else ""
    if schema and schema != DEFAULT_SCHEMA:
        query.append(("schema", schema))
    if sslmode:
        query.append(("sslmode", sslmode))
    rest = f"?{urlencode(query)}" if query else ""
    return f"postgresql://{netloc}/{quote(database, safe='')}{rest}"


def split_uri(uri: str) -> dict:
    """The fields of a URI (see compose_uri); ValueError if it is not a postgresql:// one."""
    parts = urlsplit(uri.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError(uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    named = dict(query)
    return {"host": named.get("host") or parts.hostname or "",
            "port": int(named.get("port") or parts.port or 0),
            "database": unquote(parts.path.lstrip("/")),
            "user": unquote(parts.username or named.get("user", "")),
            "password": unquote(parts.password or named.get("password", "")),
            "schema": named.get("schema", DEFAULT_SCHEMA),
            "sslmode": named.get("sslmode", ""),
            "other": [(k, v) for k, v in query
                      if k not in ("host", "port", "user", "password", "schema", "sslmode")]}


class ConnectDialog(QDialog):
    """Asks where the database catalogue is; `uri()` once accepted."""

    def __init__(self, settings, parent=None, error: DataError | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("connect-database")
        self.setWindowTitle(self.tr("Connect to database"))
        self._other: list[tuple[str, str]] = []
        self._password = ""  # only from a pasted URI; never remembered
        layout = QVBoxLayout(self)
        if error is not None:
            note = QLabel(problems_text(error.problems), self)
            note.setObjectName("connect-error")
            note.setTextFormat(Qt.PlainText)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.recent = QComboBox(self)
        self.recent.setObjectName("recent-databases")
        self.recent.addItem(self.tr("(new connection)"), "")
        for uri in settings.recent_databases:
            self.recent.addItem(uri, uri)
        self.recent.activated.connect(self._choose_recent)
        form.addRow(self.tr("&Recent:"), self.recent)
        self.uri_edit = QLineEdit(self)
        self.uri_edit.setObjectName("database-uri")
        self.uri_edit.setPlaceholderText("postgresql://user@host:5432/database?schema=explorer")
        self.uri_edit.textEdited.connect(self._uri_edited)
        form.addRow(self.tr("&URI:"), self.uri_edit)
        self.host = self._line("host", self.tr("from PGHOST, else this computer"))
        form.addRow(self.tr("&Host:"), self.host)
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default (5432)"))
        self.port.valueChanged.connect(self._fields_edited)
        form.addRow(self.tr("&Port:"), self.port)
        self.database = self._line("database", self.tr("from PGDATABASE, else the user name"))
        form.addRow(self.tr("&Database:"), self.database)
        self.user = self._line("user", self.tr("from PGUSER, else your login name"))
        form.addRow(self.tr("U&ser:"), self.user)
        self.schema = self._line("schema", "")
        self.schema.setText(DEFAULT_SCHEMA)
        form.addRow(self.tr("S&chema:"), self.schema)
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("sslmode")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode or self.tr("default (PGSSLMODE, else prefer)"), mode)
        self.sslmode.currentIndexChanged.connect(self._fields_edited)
        form.addRow(self.tr("SS&L mode:"), self.sslmode)
        layout.addLayout(form)
        help_text = QLabel(self.tr(
            "Blank fields are taken from the PG* environment variables. A password comes "
            "from ~/.pgpass, or you are asked for it; it is never stored. The schema must "
            "have been created with `hengyang-explorer db init` and filled with `db push`."),
            self)
        help_text.setWordWrap(True)
        help_text.setTextFormat(Qt.PlainText)
        layout.addWidget(help_text)
        self.problem = QLabel(self)
        self.problem.setObjectName("connect-problem")
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if settings.connect_geometry:
            self.restoreGeometry(settings.connect_geometry)
        else:
            self.resize(560, self.sizeHint().height())
        if settings.recent_databases:
            self.recent.setCurrentIndex(1)
            self._choose_recent(1)
        self.finished.connect(lambda _: setattr(settings, "connect_geometry",
                                                self.saveGeometry()))
        self.uri_edit.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._fields_edited)
        return edit

    def _choose_recent(self, index: int) -> None:
        uri = self.recent.itemData(index)
        if uri:
            self.uri_edit.setText(uri)
            self._uri_edited(uri)

    def _uri_edited(self, text: str) -> None:
        """A URI typed or pasted: the fields follow it."""
        try:
            fields = split_uri(text)
        except ValueError:
            self.problem.setText(self.tr("A URI starts with postgresql://") if text else "")
            return
        self.problem.clear()
        self._other, self._password = fields["other"], fields["password"]
        for widget in (self.host, self.database, self.user, self.schema, self.port,
                       self.sslmode):
            widget.blockSignals(True)
        self.host.setText(fields["host"])
        self.port.setValue(fields["port"])
        self.database.setText(fields["database"])
        self.user.setText(fields["user"])
        self.schema.setText(fields["schema"])
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(fields["sslmode"]), 0))
        for widget in (self.host, self.database, self.user, self.schema, self.port,
                       self.sslmode):
            widget.blockSignals(False)

    def _fields_edited(self, *_) -> None:
        """A field changed: the URI follows it (a pasted password is kept, never shown)."""
        self.problem.clear()
        self.uri_edit.setText(compose_uri(
            self.host.text().strip(), self.port.value(), self.database.text().strip(),
            self.user.text().strip(), self.schema.text().strip(), self.sslmode.currentData(),
            other=self._other))

    def uri(self) -> str:
        """The URI to connect to (with the pasted password, if there was one)."""
        return compose_uri(
            self.host.text().strip(), self.port.value(), self.database.text().strip(),
            self.user.text().strip(), self.schema.text().strip(), self.sslmode.currentData(),
            self._password, self._other)

    def _accept_if_valid(self) -> None:
        if not self.schema.text().strip():
            self.problem.setText(self.tr("Give the schema that holds the catalogue."))
            self.schema.setFocus()
            return
        self.accept()


def remember(settings, shown_uri: str) -> None:
    """Put a connection that worked (its URI without password) first among the recent."""
    recent = [shown_uri] + [u for u in settings.recent_databases if u != shown_uri]
    settings.recent_databases = recent[:RECENT_KEPT]
