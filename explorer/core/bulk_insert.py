"""Many rows into a table of an open SQLite transaction, from Arrow, bound in C.

Python's sqlite3 binds every value of an `executemany` from a Python object: a million
firms of 14 fields took 5–6 s, most of an import's write (the rows first made into Python
tuples, then bound one parameter at a time). Here the rows go first into a scratch SQLite
file beside the target, written by the ADBC SQLite driver (adbc-driver-sqlite, of the
Apache Arrow project) straight from the Arrow buffers, and are then copied with one
`INSERT … SELECT` inside the caller's transaction: about 2 s for the same rows, the same
values (text as text, blobs as blobs, NULL as NULL; the target's column affinities apply
to the copy as they apply to bound values).

The scratch file is attached to the caller's connection, so the copy is part of its
transaction (all or nothing). SQLite cannot detach it before that transaction ends, so
`Scratch` keeps its files until it is closed, after the connection (see
`gpkg_rows.write_rows`). They are named as temporary files beside the target
(`tempfiles.temp_file_prefix`), so that those of a killed process are removed later.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa

from explorer.core.tempfiles import temp_file_prefix

_TABLE = "rows"


class Scratch:
    """Scratch databases beside `target`, removed when this is closed (`with` block)."""

    def __init__(self, target: Path | str):
        self.target = Path(target)
        self.files: list[Path] = []

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Remove the scratch files (the connections that attached them must be closed)."""
        for file in self.files:
            for path in (file, file.with_name(file.name + "-journal")):
                try:
                    os.unlink(path)
                except FileNotFoundError:
                    pass
        self.files.clear()

    def ingest(self, schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> Path:
        """A new scratch file holding the rows of `batches` (of `schema`); it touches no
        other connection, so it can run in a thread while the caller goes on."""
        import adbc_driver_sqlite.dbapi as adbc  # loaded by the first bulk write only

        handle, name = tempfile.mkstemp(prefix=temp_file_prefix(self.target), suffix=".db",
                                        dir=self.target.parent)
        os.close(handle)
        file = Path(name)
        self.files.append(file)
        fields = [f"c{k}" for k in range(len(schema))]
        reader = pa.RecordBatchReader.from_batches(
            pa.schema([pa.field(f, schema.field(k).type) for k, f in enumerate(fields)]),
            (pa.RecordBatch.from_arrays(batch.columns, names=fields) for batch in batches))
        # Autocommit: the driver writes the whole ingest in one transaction of its own.
        with adbc.connect(str(file), autocommit=True) as scratch, scratch.cursor() as cursor:
            # A scratch file: nothing to recover after a crash, so no journal to write.
            cursor.execute("PRAGMA journal_mode = OFF")
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.adbc_ingest(_TABLE, reader, mode="create")
        return file

    def copy(self, db: sqlite3.Connection, file: Path, table: str,
             columns: list[str]) -> None:
        """INSERT INTO `table` (`columns`, quoted names) the rows of the scratch `file`
        (one field per column, in order), inside `db`'s open transaction."""
        alias = f"scratch_{self.files.index(file) + 1}"
        db.execute(f"ATTACH DATABASE ? AS {alias}", (str(file),))
        fields = ", ".join(f"c{k}" for k in range(len(columns)))
        db.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"SELECT {fields} FROM {alias}.{_TABLE}")

    def insert(self, db: sqlite3.Connection, table: str, columns: list[str],
               schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> None:
        """`ingest`, then `copy`."""
        self.copy(db, self.ingest(schema, batches), table, columns)
