"""Where a catalogue lives in a database: a libpq URI plus the schema that holds it.

`postgresql://user@host:port/db?schema=NAME&sslmode=require` — everything but `schema` is
passed to libpq untouched, so its own rules hold: `PG*` environment variables fill what the
URI leaves out, passwords come from `~/.pgpass` (or a prompt in the app), `sslmode` is
honoured. A password is never part of what the app shows, logs or stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from explorer.core.errors import DataError, Message, Problem

SCHEMES = ("postgresql", "postgres")
DEFAULT_SCHEMA = "explorer"
MAX_IDENTIFIER = 63  # PostgreSQL's NAMEDATALEN - 1


def is_database(location) -> bool:
    """True for a postgresql:// or postgres:// URI."""
    return isinstance(location, str) and urlsplit(location).scheme in SCHEMES


@dataclass(frozen=True)
class DatabaseLocation:
    conninfo: str  # for libpq: the URI without `schema`
    schema: str
    shown: str  # the URI without password, for titles, messages and logs

    @property
    def name(self) -> str:
        """Short: database and schema."""
        database = urlsplit(self.conninfo).path.lstrip("/") or "postgres"
        return f"{database}/{self.schema}"


def parse_location(uri: str) -> DatabaseLocation:
    """Split a catalogue URI; DataError naming what is wrong with it."""
    parts = urlsplit(uri)
    if parts.scheme not in SCHEMES:
        raise DataError([Problem(_without_password(uri), Message(
            "expected a URI that starts with postgresql://"))])
    query = parse_qsl(parts.query, keep_blank_values=True)
    schemas = [value for key, value in query if key == "schema"]
    schema = schemas[-1] if schemas else DEFAULT_SCHEMA
    if not schema or len(schema.encode("utf-8")) > MAX_IDENTIFIER or "\x00" in schema:
        raise DataError([Problem(_without_password(uri), Message(
            "expected a schema name of 1 to {most} bytes without NUL, found {found}",
            most=MAX_IDENTIFIER, found=repr(schema)))])
    rest = urlencode([(key, value) for key, value in query if key != "schema"])
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    shown = urlunsplit((parts.scheme, _netloc_without_password(parts), parts.path,
                        urlencode([(k, v) for k, v in query if k != "password"]), ""))
    return DatabaseLocation(conninfo, schema, shown)


def _netloc_without_password(parts) -> str:
    if parts.password is None:
        return parts.netloc
    user, _, host = parts.netloc.rpartition("@")
    return f"{user.split(':', 1)[0]}@{host}"


def _without_password(uri: str) -> str:
    parts = urlsplit(uri)
    return urlunsplit((parts.scheme, _netloc_without_password(parts), parts.path, "", ""))
