"""`db init`, `db push` and `db pull`: a catalogue between a GeoPackage and a database.

Push copies rows with COPY (fast enough for millions of firms) in one transaction: a failed
push leaves the schema as it was. Push then pull gives back the same catalogue, row for row.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import shapely
from psycopg import sql

from explorer.core.db.store import PostgisStore, plain_value
from explorer.core.db.tables import BULK_SETTING, rebuild_cells_statements
from explorer.core.errors import DataError, Message, Problem
from explorer.core.geopackage import write_geopackage
from explorer.core.load import Progress, no_progress
from explorer.core.schema import KEYS, LAYERS, SPATIAL_LAYERS
from explorer.core.store import Frames, open_store
from explorer.core.validate import check_catalogue


def init_database(uri: str) -> PostgisStore:
    """Create the catalogue's schema and tables at `uri`."""
    store = PostgisStore(uri)
    store.create()
    return store


def push(source, uri: str, *, replace: bool = False,
         progress: Progress = no_progress) -> dict[str, int]:
    """Copy the catalogue at `source` (a file) into the database at `uri`, creating the
    schema if needed; return the rows per layer. A schema that holds rows is refused unless
    `replace`, which empties it first (in the same transaction)."""
    frames, _ = open_store(source).read()
    check_catalogue(frames, str(source))
    store = PostgisStore(uri)
    with store.connect() as conn, conn.transaction():
        if not store.has_schema(conn):
            store.create_in(conn)
        # Row by row, the firm-cell trigger would cost seconds per 100,000 firms: it stands
        # aside for this transaction, and the cells are recounted once at the end.
        conn.execute("SELECT set_config(%s, 'on', true)", [BULK_SETTING])
        for n, layer in enumerate(LAYERS):
            progress(100 * n // len(LAYERS), f"Copying '{layer}'")
            table = store.table(layer)
            held = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(table)).fetchone()[0]
            if held and not replace:
                raise DataError([Problem(store.location, Message(
                    "already holds {count} rows; push with --replace to overwrite the "
                    "catalogue", count=f"{held:,}"), layer)])
            conn.execute(sql.SQL("DELETE FROM {}").format(table))
            _copy(conn, table, layer, frames[layer])
        progress(95, "Counting firms per map cell")
        for statement in rebuild_cells_statements(store.schema):
            conn.execute(statement)
    progress(100, "Copied")
    return {layer: len(df) for layer, df in frames.items()}


def _copy(conn, table, layer: str, df: pd.DataFrame) -> None:
    fields = [f.name for f in LAYERS[layer]]
    extra_columns = [c for c in df.columns if c not in fields and c != "geometry"]
    columns = [sql.Identifier(f) for f in fields]
    if layer in SPATIAL_LAYERS:
        columns.append(sql.Identifier("geom"))
        geoms = shapely.set_srid(df.geometry.to_numpy(), 4326)
        ewkb = np.where(shapely.is_missing(geoms), None,
                        shapely.to_wkb(geoms, hex=True, include_srid=True))
    columns.append(sql.Identifier("extra"))
    keys = set(KEYS[layer])
    data = [df[f].to_numpy(dtype=object) for f in fields]
    extras = [df[c].to_numpy(dtype=object) for c in extra_columns]
    query = sql.SQL("COPY {} ({}) FROM STDIN").format(table, sql.SQL(", ").join(columns))
    with conn.cursor().copy(query) as copy:
        for i in range(len(df)):
            row = [plain_value(column[i], f in keys) for f, column in zip(fields, data)]
            if layer in SPATIAL_LAYERS:
                row.append(ewkb[i])
            row.append(json.dumps({c: plain_value(e[i], False) for c, e in zip(extra_columns, extras)},
                                  ensure_ascii=False, default=str))
            copy.write_row(row)


def pull(uri: str, target, progress: Progress = no_progress) -> Frames:
    """Write the database's catalogue into the GeoPackage `target` (atomically)."""
    frames, _ = PostgisStore(uri).read(progress, whole=True)
    write_geopackage(frames, target)
    return frames
