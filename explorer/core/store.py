"""Where a catalogue lives: one interface to read it as frames and to write changes back.

`open_store(location)` gives the store of a location: a GeoPackage (read and written), or a
GeoJSON or CSV file of parks or tenants (read only). A database store (PostGIS) fits the same
interface: `location` is then a URI (without its password), `read` runs queries, `write` is
one transaction.

The frames keep every column of the file, known to the schema or not, and `write` writes
them back: nothing the app does not know is lost by a save.
"""

from __future__ import annotations

import shutil
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from explorer.core import readers
from explorer.core.atomic import write_atomically
from explorer.core.changes import Changes
from explorer.core.db.location import is_database
from explorer.core.errors import DataError, Message, Problem
from explorer.core.frames import check_fields
from explorer.core.geopackage import write_geopackage
from explorer.core.gpkg_rows import write_rows
from explorer.core.load import (BUNDLED_PATH, Progress, check_readable, no_progress,
                                read_geopackage, read_one_layer_file,
                                roll_back_interrupted_write)
from explorer.core.save_check import check_changes, rows_suffice
from explorer.core.schema import ALL_LAYERS, LAYERS
from explorer.core.validate import check_catalogue

Frames = dict[str, pd.DataFrame]


class Store(ABC):
    """A catalogue's home. `location` says where it is, in full (a path, a database URI);
    `name` is short, for a window title or a message."""

    location: str
    name: str
    writable: bool

    @abstractmethod
    def read(self, progress: Progress = no_progress) -> tuple[Frames, list[Problem]]:
        """Every layer as a frame (spatial ones in EPSG:4326), each field checked, and the
        warnings met on the way; DataError on anything unusable. Check the whole catalogue
        with `validate.check_catalogue` before building records from the frames."""

    def read_catalogue(self, progress: Progress = no_progress) -> tuple[Frames, list[Problem]]:
        """As `read`, for `load_catalogue`: the `tenants` frame may be a points frame (see
        core/firm_points.py), which the checks and `firm_table` take, but which is not for
        changing and writing back."""
        return self.read(progress)

    def firm_table(self, frame: pd.DataFrame):
        """The catalogue's firms from the checked `tenants` frame: a TenantTable in memory
        (a database store may leave a large firm layer where it is, see core/db/firms.py)."""
        from explorer.core.tenants import TenantTable

        return TenantTable.from_frame(frame)

    @abstractmethod
    def write(self, changes: Changes, after=None) -> None:
        """Make `changes` at once or not at all; DataError if the result would not load.

        `after`: the catalogue (a `Catalogue`) as it is once the changes are made — what an
        editor holds; the checks then run on the rows the changes touch (`save_check`)
        instead of on the store read again and changed, which costs a read of everything.
        """


class _FileStore(Store):
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.location = str(path)
        self.name = self.path.name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.location!r})"


class GeoPackageStore(_FileStore):
    """A catalogue GeoPackage: every layer of the schema, and whatever else the file holds."""

    writable = True

    def read(self, progress: Progress = no_progress) -> tuple[Frames, list[Problem]]:
        check_readable(self.path)
        progress(0, f"Opening {self.name}")
        return read_geopackage(self.path, progress)

    def read_catalogue(self, progress: Progress = no_progress) -> tuple[Frames, list[Problem]]:
        check_readable(self.path)
        progress(0, f"Opening {self.name}")
        return read_geopackage(self.path, progress, firms_as_points=True)

    def write(self, changes: Changes, after=None) -> None:
        """Check the catalogue as the changes leave it, as a load would, then make them in
        the file in place, in one SQLite transaction (`gpkg_rows.write_rows`): only the
        changed rows are written, and a crash leaves the old file or the new one, never
        half of one. Measured at 100,000 firms: one edit in a few milliseconds, where
        rewriting a copy of the file took seconds (see benchmarks/child_edits.py)."""
        if not changes:
            return
        with self._checking(changes, after, self.location) as checked:
            write_rows(self.path, changes, checked)

    def save_as(self, target: Path | str, changes: Changes, after=None) -> GeoPackageStore:
        """A copy of this GeoPackage with `changes` made, written atomically to `target`
        (this file is left as it is); the store of the copy."""
        with self._checking(changes, after, str(target)) as checked:
            roll_back_interrupted_write(self.path)

            def write(tmp: Path) -> None:
                shutil.copyfile(self.path, tmp)
                if changes:
                    write_rows(tmp, changes, checked)
            write_atomically(target, write)
        return GeoPackageStore(target)

    @contextmanager
    def _checking(self, changes: Changes, after, file: str) -> Iterator[Callable[[], None]]:
        """The checks of `_check`, and a function that returns once they have passed
        (raising their DataError if not): the writing waits for it before it commits.

        Given the edited catalogue `after`, the checks look only at it, in memory, so they
        run in a thread beside the writing (SQLite and Arrow leave Python's lock while
        they work, so the two share the cores: at a million imported firms the checks
        take 1.5 s and the writing 4). Without it they read this file, so they run first.
        Either way nothing is committed unless they pass, and their error is the one
        raised when both fail, as when they ran first."""
        if after is None:
            self._check(changes, after, file)
            yield lambda: None
            return
        with ThreadPoolExecutor(1, thread_name_prefix="save-check") as pool:
            checks = pool.submit(self._check, changes, after, file)
            try:
                yield checks.result
            except Exception:
                failed = checks.exception()
                if failed is not None:
                    raise failed from None
                raise
            checks.result()  # passed, even where nothing waited for them

    def _check(self, changes: Changes, after, file: str) -> None:
        """The checks of a load on the catalogue as `changes` leave it: on the rows they
        touch, given the edited catalogue `after` (see `save_check`); else on the whole of
        it (read, changed in memory)."""
        if after is not None and rows_suffice(changes):
            check_changes(after, changes, file)
        elif after is not None:
            check_before_writing(after.frames(firms_as_points=True), file)
        else:
            frames, _ = self.read()
            check_before_writing(changes.apply(frames, self.location), file)


class LayerFileStore(_FileStore):
    """A GeoJSON or CSV file of parks or tenants, with the other layers of the bundled
    catalogue (see `load.read_one_layer_file`). Read only: such a file cannot hold a whole
    catalogue."""

    writable = False

    def read(self, progress: Progress = no_progress) -> tuple[Frames, list[Problem]]:
        check_readable(self.path)
        progress(0, f"Opening {self.name}")
        return read_one_layer_file(self.path, progress)

    def write(self, changes: Changes, after=None) -> None:
        raise DataError([Problem(self.location, Message(
            "a GeoJSON or CSV file is opened read-only and never written; to keep changes, "
            "save the catalogue as a GeoPackage"))])


def save_frames_as(frames: Frames, target: Path | str) -> GeoPackageStore:
    """A whole catalogue (every layer of `frames`, checked first) as a new GeoPackage,
    written atomically: "Save as" for a catalogue read from a GeoJSON or CSV file."""
    check_before_writing(frames, str(target))
    write_geopackage({layer: df for layer, df in frames.items()
                      if layer in LAYERS or len(df)}, target)
    return GeoPackageStore(target)


def open_store(location: str | Path | None = None) -> Store:
    """The store of `location`; the bundled catalogue's when None. DataError for a file of
    another format. Nothing is read yet: see `Store.read`."""
    if is_database(location):
        from explorer.core.db.store import PostgisStore  # psycopg only when a database is used

        return PostgisStore(location)
    path = Path(location) if location else BUNDLED_PATH
    suffix = path.suffix.lower()
    if suffix == ".gpkg":
        return GeoPackageStore(path)
    if suffix in readers.SUFFIXES:
        return LayerFileStore(path)
    check_readable(path)  # a missing file or a folder says so, whatever its name
    formats = [f"{name} ({', '.join(suffixes)})" for name, suffixes in
               {"GeoPackage": (".gpkg",), **readers.FORMATS}.items()]
    raise DataError([Problem(str(path), Message(
        "expected a {formats} or {last} file, found '{suffix}'" if suffix else
        "expected a {formats} or {last} file, found 'no extension'",
        formats=", ".join(formats[:-1]), last=formats[-1], suffix=suffix))])


def check_before_writing(frames: Frames, file: str) -> None:
    """The checks of a load, on frames about to be written; DataError if any fails."""
    problems = [problem for layer, fields in ALL_LAYERS.items() if layer in frames
                for problem in check_fields(frames[layer], fields, file, layer)]
    if problems:
        raise DataError(problems)
    check_catalogue(frames, file)
