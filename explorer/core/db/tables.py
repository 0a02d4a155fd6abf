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
# The firm-count pyramid: at level z a cell is 56.25 / 2**z degrees, about 40 screen pixels
# at zoom z (as the page's clusters), kept for the zooms at which a view holds too many firms
# to send one by one. See explorer/core/db/viewport.py.
CELL_LEVELS = range(4, 15)
CELL_DEGREES_AT_ZOOM_0 = 56.25
BULK_SETTING = "explorer.bulk"  # set locally by a bulk load, which rebuilds the pyramid after


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
    out += _cell_statements(schema)
    out += firm_index_statements(schema)
    out.append(sql.SQL(
        "CREATE TABLE {}.edits (id bigserial PRIMARY KEY, layer text NOT NULL, "
        "key jsonb NOT NULL, before jsonb, after jsonb, editor text NOT NULL, "
        "edited_at timestamptz NOT NULL DEFAULT now(), note text NOT NULL DEFAULT '')").format(s))
    return out


# The expression firm searches match (explorer/core/db/firms.py): both names and the credit
# code, so that one index answers a search for any of them.
SEARCH_TEXT = "lower(name_zh || ' ' || coalesce(name_en, '') || ' ' || coalesce(credit_code, ''))"
TRIGRAM_INDEX = "tenants_search_trgm"


def firm_index_statements(schema: str) -> list[sql.Composed]:
    """Indexes for what the window asks of a firm layer it does not load (firms by view):
    a firm by park, the firms of a chain per park, the unplaced firms per chain, and a name
    or credit code starting with some text (B-tree, `text_pattern_ops`: prefix LIKE in any
    collation)."""
    t = sql.Identifier(schema, "tenants")
    return [
        sql.SQL("CREATE INDEX ON {} (park_id)").format(t),
        sql.SQL("CREATE INDEX ON {} (chain_id, park_id)").format(t),
        sql.SQL("CREATE INDEX ON {} (chain_id) WHERE geom IS NULL OR ST_IsEmpty(geom)").format(t),
        sql.SQL("CREATE INDEX ON {} (lower(name_zh) text_pattern_ops)").format(t),
        sql.SQL("CREATE INDEX ON {} (lower(name_en) text_pattern_ops)").format(t),
        sql.SQL("CREATE INDEX ON {} (lower(credit_code) text_pattern_ops)").format(t),
    ]


def trigram_statements(schema: str) -> list[sql.Composed]:
    """pg_trgm (PostgreSQL's contrib, in Debian's server package; a trusted extension that a
    database owner may create) and a GIN trigram index on SEARCH_TEXT: "contains" searches of
    three characters or more, Chinese included (the cluster's ctype must be a UTF-8 locale,
    as C.UTF-8). Run in a savepoint: where the extension is missing the search falls back to
    the prefix indexes of firm_index_statements."""
    return [sql.SQL("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            sql.SQL("CREATE INDEX {} ON {} USING gin (({}) gin_trgm_ops)").format(
                sql.Identifier(TRIGRAM_INDEX), sql.Identifier(schema, "tenants"),
                sql.SQL(SEARCH_TEXT))]


def _cell_statements(schema: str) -> list[sql.Composed]:
    """The firm_cells table and the trigger that keeps it in step with every firm saved."""
    s = sql.Identifier(schema)
    levels = sql.SQL(", ").join(sql.Literal(level) for level in CELL_LEVELS)
    # One row per (level, cell, chain): firms, and the sums of their coordinates (their mean
    # position is where the cluster is drawn).
    return [
        sql.SQL("CREATE TABLE {}.firm_cells (level smallint, gx integer, gy integer, "
                "chain_id text, n integer NOT NULL, sum_lon double precision NOT NULL, "
                "sum_lat double precision NOT NULL, PRIMARY KEY (level, gx, gy, chain_id))"
                ).format(s),
        sql.SQL("""CREATE FUNCTION {s}.count_firm(g geometry, chain text, sign integer)
            RETURNS void LANGUAGE sql AS $$
            INSERT INTO {s}.firm_cells AS c
            SELECT level, floor(ST_X(g) / size)::integer, floor(ST_Y(g) / size)::integer,
                   chain, sign, sign * ST_X(g), sign * ST_Y(g)
            FROM (SELECT level, {deg} / 2.0 ^ level AS size
                  FROM unnest(ARRAY[{levels}]) AS level) l
            WHERE g IS NOT NULL AND NOT ST_IsEmpty(g)
            ON CONFLICT (level, gx, gy, chain_id) DO UPDATE
            SET n = c.n + EXCLUDED.n, sum_lon = c.sum_lon + EXCLUDED.sum_lon,
                sum_lat = c.sum_lat + EXCLUDED.sum_lat $$""").format(
            s=s, deg=sql.Literal(CELL_DEGREES_AT_ZOOM_0), levels=levels),
        sql.SQL("""CREATE FUNCTION {s}.count_firms() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF current_setting({bulk}, true) = 'on' THEN RETURN NULL; END IF;
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM {s}.count_firm(OLD.geom, OLD.chain_id, -1);
              END IF;
              IF TG_OP IN ('UPDATE', 'INSERT') THEN
                PERFORM {s}.count_firm(NEW.geom, NEW.chain_id, 1);
              END IF;
              RETURN NULL;
            END $$""").format(s=s, bulk=sql.Literal(BULK_SETTING)),
        sql.SQL("CREATE TRIGGER count_firms AFTER INSERT OR UPDATE OF geom, chain_id OR DELETE "
                "ON {}.tenants FOR EACH ROW EXECUTE FUNCTION {}.count_firms()").format(s, s),
    ]


def rebuild_cells_statements(schema: str) -> list[sql.Composed]:
    """Recount the whole pyramid (after a bulk load)."""
    s = sql.Identifier(schema)
    out = [sql.SQL("DELETE FROM {}.firm_cells").format(s)]
    for level in CELL_LEVELS:
        size = sql.Literal(CELL_DEGREES_AT_ZOOM_0 / 2 ** level)
        out.append(sql.SQL(
            "INSERT INTO {s}.firm_cells SELECT {level}, floor(ST_X(geom) / {size})::integer, "
            "floor(ST_Y(geom) / {size})::integer, chain_id, count(*), sum(ST_X(geom)), "
            "sum(ST_Y(geom)) FROM {s}.tenants WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom) "
            "GROUP BY 2, 3, 4").format(s=s, level=sql.Literal(level), size=size))
    return out
