"""The catalogue's tables in PostgreSQL: the GeoPackage's layers and fields, geometry in
EPSG:4326 with GiST indexes, a `version` on every row (for conflict detection), an `extra`
column for fields the schema does not know, and the `edits` history.

Identifiers are always composed with psycopg.sql, never by string formatting: a schema name
from the user is quoted, whatever it contains.
"""

from __future__ import annotations

from psycopg import sql

from explorer.core.model import FIGURE_KINDS, PRECISIONS, QUALIFIERS
from explorer.core.schema import KEYS, LAYERS, SPATIAL_LAYERS

SCHEMA_VERSION = "1"
SQL_TYPES = {"str": "text", "float": "double precision", "bool": "boolean"}
# Vocabularies the database enforces as the validation does.
CHECKS = {
    "parks": [("location_precision", PRECISIONS)],
    "figures": [("kind", FIGURE_KINDS), ("qualifier", QUALIFIERS)],
}
NOTIFY_CHANNEL = "explorer_changes"


def _columns(layer: str) -> list[sql.Composable]:
    keys = KEYS[layer]
    out = [sql.SQL("fid bigserial UNIQUE")]
    for field in LAYERS[layer]:
        kind = sql.SQL(SQL_TYPES[field.kind])
        if field.name in keys:  # a key has no NULL: blank is ''
            out.append(sql.SQL("{} {} NOT NULL DEFAULT ''").format(sql.Identifier(field.name),
                                                                  kind))
        elif field.required:
            out.append(sql.SQL("{} {} NOT NULL").format(sql.Identifier(field.name), kind))
        else:
            out.append(sql.SQL("{} {}").format(sql.Identifier(field.name), kind))
    if layer in SPATIAL_LAYERS:
        out.append(sql.SQL("geom geometry(Geometry, 4326)"))
    out.append(sql.SQL("extra jsonb NOT NULL DEFAULT '{}'"))
    out.append(sql.SQL("version integer NOT NULL DEFAULT 1"))
    out.append(sql.SQL("PRIMARY KEY ({})").format(
        sql.SQL(", ").join(map(sql.Identifier, keys))))
    for column, allowed in CHECKS.get(layer, []):
        out.append(sql.SQL("CHECK ({} IS NULL OR {} IN ({}))").format(
            sql.Identifier(column), sql.Identifier(column),
            sql.SQL(", ").join(map(sql.Literal, allowed))))
    return out


def create_statements(schema: str) -> list[sql.Composed]:
    """Everything `db init` creates in `schema`, in order."""
    s = sql.Identifier(schema)
    out = [sql.SQL("CREATE EXTENSION IF NOT EXISTS postgis"),
           sql.SQL("CREATE SCHEMA {}").format(s),
           sql.SQL("CREATE TABLE {}.meta (key text PRIMARY KEY, value text NOT NULL)").format(s),
           sql.SQL("INSERT INTO {}.meta VALUES ('schema_version', {})").format(
               s, sql.Literal(SCHEMA_VERSION)),
           sql.SQL("CREATE FUNCTION {}.notify_change() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$BEGIN PERFORM pg_notify({}, json_build_object('schema', TG_TABLE_SCHEMA, "
                   "'layer', TG_TABLE_NAME)::text); RETURN NULL; END$$").format(
               s, sql.Literal(NOTIFY_CHANNEL))]
    for layer in LAYERS:
        table = sql.Identifier(schema, layer)
        out.append(sql.SQL("CREATE TABLE {} ({})").format(
            table, sql.SQL(", ").join(_columns(layer))))
        if layer in SPATIAL_LAYERS:
            out.append(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(table))
        out.append(sql.SQL("CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON {} "
                           "FOR EACH STATEMENT EXECUTE FUNCTION {}.notify_change()").format(
            table, s))
    out.append(sql.SQL(
        "CREATE TABLE {}.edits (id bigserial PRIMARY KEY, layer text NOT NULL, "
        "key jsonb NOT NULL, before jsonb, after jsonb, editor text NOT NULL, "
        "edited_at timestamptz NOT NULL DEFAULT now(), note text NOT NULL DEFAULT '')").format(s))
    return out
