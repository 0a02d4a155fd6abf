"""A catalogue in a PostgreSQL + PostGIS schema, shared by many offices.

Reading gives the same frames as a GeoPackage (every layer, every field checked, fields the
schema does not know kept from the `extra` column). Writing is one transaction with
optimistic locking: every row carries a `version`; a change applies only if the row still
has the version this store read (`UPDATE … WHERE key = … AND version = …`). When another
user changed or deleted the row since, nothing is written and `ConflictError` lists, per
row, theirs and yours — QGIS lets the last save win; this lets the user choose. The result
is checked as a load would check it before the transaction commits, so an invalid catalogue
is never written and a failed save leaves the database as it was.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timezone

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from explorer.core.changes import Changes, Key, key_of
from explorer.core.db import connect as connection
from explorer.core.db.location import parse_location
from explorer.core.db.tables import create_statements, trigram_statements
from explorer.core.errors import DataError, Message, Problem
from explorer.core.frames import check_fields, repair_geometries
from explorer.core.load import Progress, no_progress
from explorer.core.schema import BUNDLED_CRS, KEYS, LAYERS, OPTIONAL_LAYERS, SPATIAL_LAYERS
from explorer.core.store import Frames, Store, check_before_writing

log = logging.getLogger(__name__)
PANDAS_TYPES = {"str": "string", "float": "float64", "bool": "boolean"}


@dataclass(frozen=True)
class Conflict:
    """One row another user changed since it was read: theirs (None: they deleted it) and
    yours (None: you delete it)."""

    layer: str
    key: Key
    theirs: dict | None
    yours: dict | None


class ConflictError(DataError):
    """Nothing was written: the rows in `conflicts` were changed by someone else meanwhile."""

    def __init__(self, location: str, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__([Problem(location, Message(
            "changed by someone else since you opened it (deleted)" if c.theirs is None else
            "changed by someone else since you opened it (edited)"),
                                  c.layer, None, ", ".join(map(str, c.key)))
                          for c in conflicts])


class PostgisStore(Store):
    """The catalogue in one schema of one database (see explorer.core.db.location)."""

    def __init__(self, uri: str):
        self._where = parse_location(uri)
        self.schema = self._where.schema
        self.location = self._where.shown
        self.name = self._where.name
        self.writable = False  # known once read
        self.firms_by_view = False  # known once read: see read()
        self._versions: dict[str, dict[Key, int]] = {}
        # The server process of the last save: other offices' notifications are the others.
        self.last_writer_pid: int | None = None

    def __repr__(self) -> str:
        return f"PostgisStore({self.location!r})"

    def connect(self, **kwargs) -> psycopg.Connection:
        """A new connection; ConnectFailed (a DataError) that says why when there is none
        (see explorer.core.db.connect)."""
        return connection.connect(self._where.conninfo, self.location, **kwargs)

    @property
    def conninfo(self) -> str:
        """For libpq (may hold a password the user pasted: never show it)."""
        return self._where.conninfo

    def table(self, layer: str) -> sql.Identifier:
        return sql.Identifier(self.schema, layer)

    # -- reading ---------------------------------------------------------------------------

    def read(self, progress: Progress = no_progress, *,
             whole: bool = False) -> tuple[Frames, list[Problem]]:
        """The catalogue as frames. Above `firms.FIRMS_BY_VIEW_ABOVE` firms (unless `whole`,
        as `db pull` asks) the `tenants` frame holds only the firms the figures name, and
        `firms_by_view` is True: the catalogue then asks the database for its firms
        (`firm_table`)."""
        with self.connect() as conn:
            self.firms_by_view = not whole and self._many_firms(conn)
            frames, problems = self._read_all(conn, progress, by_view=self.firms_by_view)
            self.writable = self._may_write(conn)
        return frames, problems

    def _many_firms(self, conn) -> bool:
        from explorer.core.db import firms

        if not self.has_schema(conn):
            return False  # _read_all says what is missing
        above = firms.firms_by_view_above()
        return conn.execute(sql.SQL("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT %s) f").format(
            self.table("tenants")), [above + 1]).fetchone()[0] > above

    def firm_table(self, frame: pd.DataFrame):
        """The catalogue's firms: in memory, or (firms by view) a DatabaseFirms on a
        connection of its own."""
        if not self.firms_by_view:
            return super().firm_table(frame)
        from explorer.core.db.firms import DatabaseFirms

        return DatabaseFirms(self, self.connect(autocommit=True), frame)

    def _read_all(self, conn, progress: Progress = no_progress, by_view: bool = False,
                  firm_ids: tuple[str, ...] = ()) -> tuple[Frames, list[Problem]]:
        """Every layer; by view, of `tenants` only the firms figures name and `firm_ids`."""
        if not connection.has_postgis(conn):
            raise connection.ConnectFailed(connection.NOT_POSTGIS, self.location, Message(
                "not a PostGIS database: the extension postgis is not installed in it "
                "(`hengyang-explorer db init` installs it where the server has PostGIS)"))
        if not self.has_schema(conn):
            raise connection.ConnectFailed(connection.NO_SCHEMA, self.location, Message(
                "no catalogue in schema '{schema}': create it with `hengyang-explorer db "
                "init` and fill it with `db push`", schema=self.schema))
        frames, problems, versions = {}, [], {}
        for n, layer in enumerate(LAYERS):
            progress(5 + 90 * n // len(LAYERS), f"Reading '{layer}' from {self.name}")
            if by_view and layer == "tenants":
                # One array, then the primary key: an OR with a subquery would scan every firm.
                where = sql.SQL("id = ANY(%s::text[] || ARRAY(SELECT subject_id FROM {} WHERE "
                                "subject_type = 'tenant'))").format(self.table("figures"))
                df, versions[layer] = self._read_layer(conn, layer, where, [list(firm_ids)])
            else:
                df, versions[layer] = self._read_layer(conn, layer)
            problems += check_fields(df, LAYERS[layer], self.location, layer)
            if layer in SPATIAL_LAYERS:
                df, repairs = repair_geometries(df, self.location, layer)
                problems += repairs
            frames[layer] = df
        frames["edits"] = self._read_edits(conn)
        if any(p.severity == "error" for p in problems):
            raise DataError(problems)
        if by_view:  # the versions of firms read since (a firm shown, then edited) stay
            versions["tenants"] = {**self._versions.get("tenants", {}), **versions["tenants"]}
        self._versions = versions
        progress(100, f"Read {self.name}")
        return frames, problems

    def _read_layer(self, conn, layer: str, where: sql.Composable = sql.SQL("TRUE"),
                    params=()) -> tuple[pd.DataFrame, dict[Key, int]]:
        """The rows of `layer` (those `where` selects) as a frame, and their versions."""
        fields = LAYERS[layer]
        columns = [sql.Identifier(f.name) for f in fields]
        if layer in SPATIAL_LAYERS:
            columns.append(sql.SQL("ST_AsBinary(geom)"))
        columns += [sql.SQL("extra"), sql.SQL("version")]
        query = sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY fid").format(
            sql.SQL(", ").join(columns), self.table(layer), where)
        rows = conn.execute(query, params).fetchall()
        values = list(zip(*rows)) if rows else [[] for _ in columns]
        data = {f.name: pd.array(list(v), dtype=PANDAS_TYPES[f.kind])
                for f, v in zip(fields, values)}
        df = pd.DataFrame(data)
        extras = pd.DataFrame.from_records(list(values[-2]), index=df.index) if rows else None
        if extras is not None and len(extras.columns):
            df = pd.concat([df, extras.drop(columns=[c for c in extras if c in df])], axis=1)
        if layer in SPATIAL_LAYERS:
            wkb = np.array(values[len(fields)], dtype=object)
            df = gpd.GeoDataFrame(df, geometry=shapely.from_wkb(wkb), crs=BUNDLED_CRS)
        keys = [tuple(r) for r in df[list(KEYS[layer])].fillna("").astype(str).to_numpy()]
        return df, dict(zip(keys, values[-1]))

    def remember_versions(self, layer: str, versions: dict[Key, int]) -> None:
        """Versions of rows read since the catalogue was (firms by view, when shown): a
        save of such a row then checks that nobody changed it meanwhile."""
        self._versions.setdefault(layer, {}).update(versions)

    def has_schema(self, conn) -> bool:
        return conn.execute("SELECT to_regclass(%s) IS NOT NULL",
                            [f'{sql.Identifier(self.schema).as_string(conn)}.meta']).fetchone()[0]

    def _may_write(self, conn) -> bool:
        tables = [f"{sql.Identifier(self.schema, layer).as_string(conn)}" for layer in LAYERS]
        return conn.execute(
            "SELECT bool_and(has_table_privilege(t, 'INSERT,UPDATE,DELETE')) "
            "FROM unnest(%s::text[]) AS t", [tables]).fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def write(self, changes: Changes, after=None) -> None:
        """Make `changes` in one transaction, or raise (ConflictError, DataError) and change
        nothing. `after` (see Store.write) is not needed: the database checks the catalogue
        as this transaction leaves it, other offices' rows included. Rows of the `edits`
        layer go into the schema's `edits` history table."""
        if not changes:
            return
        versions = self._versions
        with self.connect() as conn:
            self.last_writer_pid = conn.info.backend_pid
            try:
                with conn.transaction():
                    conflicts = self._write_rows(conn, changes)
                    if conflicts:
                        raise ConflictError(self.location, conflicts)
                    # The result as a load sees it (this transaction's rows, new versions).
                    frames, _ = self._read_all(conn, by_view=self.firms_by_view,
                                               firm_ids=_changed_firms(changes))
                    check_before_writing(frames, self.location)
            except psycopg.Error as exc:  # refused by the server, or the connection was lost
                self._versions = versions
                if connection.connection_lost(exc):
                    raise connection.ConnectFailed(connection.LOST, self.location, Message(
                        "the connection to the database was lost; nothing was saved "
                        "({reason})", reason=_first_line(exc))) from exc
                raise DataError([Problem(self.location, Message(
                    "nothing was saved: {reason}", reason=_first_line(exc)))]) from exc
            except BaseException:
                self._versions = versions  # rolled back: what was read still holds
                raise
        self._versions = _written_versions(versions, self._versions, changes)

    def versions_of(self, rows) -> list[int]:
        """The versions read of (layer, id) rows, 0 for a row not read: a stamp that
        changes when another office saves one of them and this store reads it again."""
        return [self._versions.get(layer, {}).get((str(row_id),), 0) for layer, row_id in rows]

    def _write_rows(self, conn, changes: Changes) -> list[Conflict]:
        conflicts = []
        for layer, blocks in changes.blocks.items():  # a bulk edit (an import): row by row
            for block in blocks:
                rows = {key_of(layer, row): row for row in block.records()}
                conflicts += self._write_layer(conn, layer, rows)
        for layer, rows in changes.layers.items():
            if layer == "edits":
                for row in rows.values():
                    self._record_edit(conn, row)
                continue
            conflicts += self._write_layer(conn, layer, rows)
        return conflicts

    def _write_layer(self, conn, layer: str, rows: dict) -> list[Conflict]:
        """Rows of one layer (key -> row, None to delete), each against the version read;
        the rows someone else changed, as conflicts."""
        conflicts = []
        known = self._versions.get(layer, {})
        for key, row in rows.items():
            key = tuple("" if v is None else str(v) for v in key)
            version = known.get(key)
            if row is None:
                done = self._delete(conn, layer, key, version)
            elif version is None:
                done = self._insert(conn, layer, row)
            else:
                done = self._update(conn, layer, key, row, version)
            if not done:
                conflicts.append(Conflict(layer, key, self._current(conn, layer, key),
                                          None if row is None else dict(row)))
        return conflicts

    def _record_edit(self, conn, row: dict) -> None:
        """One row of the `edits` layer (explorer/core/edits.py) in the history table: the
        edited row's fields and geometry (WKT) before and after, with the kind of edit."""
        def side(fields, wkt):
            if fields is None:
                return None
            return json.dumps({"action": row["action"], "fields": json.loads(fields),
                               "wkt": wkt}, ensure_ascii=False)
        conn.execute(sql.SQL("INSERT INTO {} (layer, key, before, after, editor, edited_at, "
                             "note) VALUES (%s, %s, %s, %s, %s, %s, %s)").format(
            self.table("edits")), [row["layer"], json.dumps([row["row_id"]]),
                                   side(row["before_fields"], row["before_wkt"]),
                                   side(row["after_fields"], row["after_wkt"]),
                                   row["editor"], row["time"], row["note"] or ""])

    def _read_edits(self, conn) -> pd.DataFrame:
        """The history table as the `edits` layer (see schema.OPTIONAL_LAYERS)."""
        rows = []
        query = sql.SQL("SELECT id, layer, key, before, after, editor, edited_at, note FROM {} "
                        "ORDER BY id").format(self.table("edits"))
        for number, layer, key, before, after, editor, edited_at, note in conn.execute(query):
            either = after or before or {}
            rows.append({
                "id": str(number), "layer": layer, "row_id": str(key[0]),
                "time": edited_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "editor": editor, "note": note, "action": either.get("action", "fields"),
                "before_wkt": (before or {}).get("wkt"), "after_wkt": (after or {}).get("wkt"),
                "before_fields": json.dumps(before["fields"], ensure_ascii=False)
                if before else None,
                "after_fields": json.dumps(after["fields"], ensure_ascii=False)
                if after else None})
        return pd.DataFrame(rows, columns=[f.name for f in OPTIONAL_LAYERS["edits"]])

    def _key_match(self, layer: str, key: Key) -> tuple[sql.Composed, list]:
        names = KEYS[layer]
        return (sql.SQL(" AND ").join(sql.SQL("{} = %s").format(sql.Identifier(n))
                                      for n in names), list(key))

    def _delete(self, conn, layer, key, version) -> bool:
        if version is None:
            return False  # a row this store never read: someone else's
        match, params = self._key_match(layer, key)
        query = sql.SQL("DELETE FROM {} WHERE {} AND version = %s").format(
            self.table(layer), match)
        return conn.execute(query, params + [version]).rowcount == 1

    def _insert(self, conn, layer, row) -> bool:
        names, values = _assignments(layer, row)
        query = sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING").format(
            self.table(layer), sql.SQL(", ").join(names), sql.SQL(", ").join(values[0]))
        return conn.execute(query, values[1]).rowcount == 1

    def _update(self, conn, layer, key, row, version) -> bool:
        names, values = _assignments(layer, row, update=True)
        sets = [sql.SQL("{} = {}").format(n, v) for n, v in zip(names, values[0])]
        sets.append(sql.SQL("version = version + 1"))
        match, params = self._key_match(layer, key)
        query = sql.SQL("UPDATE {} SET {} WHERE {} AND version = %s").format(
            self.table(layer), sql.SQL(", ").join(sets), match)
        return conn.execute(query, values[1] + params + [version]).rowcount == 1

    def _current(self, conn, layer, key) -> dict | None:
        """Their row as it is now in the database; None if it is gone."""
        df, _ = self._read_layer(conn, layer, *self._key_match(layer, key))
        return None if df.empty else df.iloc[0].to_dict()

    def accept(self, conflict: Conflict) -> None:
        """Take their version of a conflicting row as the one read: the next write of that
        row then overwrites theirs (the user chose to keep their own)."""
        with self.connect() as conn:
            match, params = self._key_match(conflict.layer, conflict.key)
            found = conn.execute(sql.SQL("SELECT version FROM {} WHERE {}").format(
                self.table(conflict.layer), match), params).fetchone()
        versions = self._versions.setdefault(conflict.layer, {})
        if found:
            versions[conflict.key] = found[0]
        else:
            versions.pop(conflict.key, None)

    # -- the schema ------------------------------------------------------------------------

    def create(self) -> None:
        """Create the schema with its tables; DataError if it exists already."""
        with self.connect() as conn, conn.transaction():
            if self.has_schema(conn):
                raise DataError([Problem(self.location, Message(
                    "schema '{schema}' already holds a catalogue", schema=self.schema))])
            self.create_in(conn)

    def create_in(self, conn) -> None:
        """Create the schema and its tables in the open transaction of `conn`."""
        for statement in create_statements(self.schema):
            conn.execute(statement)
        try:
            with conn.transaction():  # a savepoint: without pg_trgm, searches use prefixes
                for statement in trigram_statements(self.schema):
                    conn.execute(statement)
        except psycopg.Error as exc:
            log.warning("no trigram index for firm searches in %s: %s", self.location,
                        _first_line(exc))


def _assignments(layer: str, row: dict, update: bool = False):
    """(column identifiers, ([value placeholders], [values])) for a row: known fields as
    columns, the geometry through WKB, every other field into `extra`."""
    known = {f.name: f for f in LAYERS[layer]}
    names, placeholders, values, extra = [], [], [], {}
    for column, value in row.items():
        if column == "geometry" and layer in SPATIAL_LAYERS:
            names.append(sql.Identifier("geom"))
            placeholders.append(sql.SQL("ST_GeomFromWKB(%s, 4326)"))
            values.append(None if value is None else shapely.to_wkb(value))
        elif column in known:
            names.append(sql.Identifier(column))
            placeholders.append(sql.Placeholder())
            values.append(plain_value(value, column in KEYS[layer]))
        else:
            extra[column] = plain_value(value, False)
    if extra or not update:
        names.append(sql.Identifier("extra"))
        placeholders.append(sql.SQL("extra || %s::jsonb") if update else sql.Placeholder())
        values.append(json.dumps(extra, ensure_ascii=False))
    return names, (placeholders, values)


def _written_versions(before: dict, after: dict, changes: Changes) -> dict:
    """The versions this store holds after a save: the new ones of the rows it wrote, the
    ones read before for every other row. A row another office changed meanwhile keeps the
    version this window shows, so that editing it later is a conflict, not an overwrite."""
    out = {layer: dict(rows) for layer, rows in before.items()}
    written = {layer: list(rows) for layer, rows in changes.layers.items()}
    for layer, blocks in changes.blocks.items():  # many rows at once (an import)
        written.setdefault(layer, []).extend(
            (firm_id,) for block in blocks for firm_id in block.columns["id"].tolist())
    for layer, keys in written.items():
        for key in keys:
            key = tuple("" if v is None else str(v) for v in key)
            version = after.get(layer, {}).get(key)
            if version is None:
                out.get(layer, {}).pop(key, None)
            else:
                out.setdefault(layer, {})[key] = version
    return out


def plain_value(value, key: bool):
    """A value psycopg and JSON take: numpy scalars as Python, blanks as None ('' in a key)."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "" if key else None
    return value.item() if isinstance(value, np.generic) else value


def _changed_firms(changes: Changes) -> tuple[str, ...]:
    return tuple(str(key[0]) for key in changes.layers.get("tenants", {}))


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
