"""Connecting to a catalogue's database, and why a connection failed, in words a user can act
on: the server cannot be reached, it wants a password, the password was refused, the
database has no PostGIS, the schema holds no catalogue, or the connection was lost.

A password the user types lives in `PASSWORDS` for this run only (keyed by the URI without
password): never in settings, logs, titles or messages. Everything else — `PG*` variables,
`~/.pgpass`, `sslmode` — is libpq's to honour.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from explorer.core.errors import DataError, Message, Problem

if TYPE_CHECKING:  # psycopg is imported when a database is used: the app starts without it
    import psycopg

# conninfo -> the password typed for it in this run (memory only, see the module's docstring)
PASSWORDS: dict[str, str] = {}
CONNECT_TIMEOUT_S = 10  # unless the URI or PGCONNECT_TIMEOUT says otherwise

# What went wrong, for the window to choose its words (see ConnectFailed.kind).
UNREACHABLE, PASSWORD_NEEDED, AUTHENTICATION, NO_DATABASE, LOST = (
    "unreachable", "password", "authentication", "no-database", "lost")
NOT_POSTGIS, NO_SCHEMA = "not-postgis", "no-schema"


class ConnectFailed(DataError):
    """No usable connection; `kind` says why (one of the names above)."""

    def __init__(self, kind: str, location: str, message: Message):
        self.kind = kind
        super().__init__([Problem(location, message)])


def connect(conninfo: str, location: str, **kwargs) -> psycopg.Connection:
    """A new connection to `conninfo` (with the password typed for it, if any); ConnectFailed
    naming `location` (the URI without password) and why, when there is none."""
    if conninfo in PASSWORDS:
        kwargs.setdefault("password", PASSWORDS[conninfo])
    if "connect_timeout" not in conninfo and "PGCONNECT_TIMEOUT" not in os.environ:
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    import psycopg

    try:
        return psycopg.connect(conninfo, **kwargs)
    except psycopg.OperationalError as exc:
        kind = failure_kind(exc)
        raise ConnectFailed(kind, location, Message(
            "cannot connect ({reason})", reason=first_line(exc))) from exc


def failure_kind(exc: psycopg.OperationalError) -> str:
    """Why libpq could not connect: its SQLSTATE where the server sent one, else its text
    (libpq's own failures, such as a missing password, carry none)."""
    text = str(exc)
    if "no password supplied" in text:
        return PASSWORD_NEEDED
    if exc.sqlstate in ("28P01", "28000") or "authentication failed" in text:
        return AUTHENTICATION
    if exc.sqlstate == "3D000" or ('database "' in text and "does not exist" in text):
        return NO_DATABASE
    return UNREACHABLE


def connection_lost(exc: psycopg.Error) -> bool:
    """Whether `exc` means the connection went away (server stopped, backend terminated),
    rather than the server refusing a statement."""
    import psycopg

    return isinstance(exc, psycopg.OperationalError)


def has_postgis(conn) -> bool:
    return conn.execute("SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'postgis')"
                        ).fetchone()[0]


def first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
