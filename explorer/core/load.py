"""Read a catalogue file into typed layer frames, checking every field of every row.

`explorer.core.store` decides which reader a file needs.

A GeoPackage must hold every layer of the catalogue's schema. A GeoJSON or CSV file holds one
layer, parks or firms (see `explorer.core.readers`); the other layers then come from the
bundled catalogue, so that the app has chains to colour and districts to draw; such
borrowed frames carry `attrs["file"]`, so that a problem in them names the bundled file.
A firms file adds its firms to the bundled ones (its rows first, so that row numbers in
messages are the file's own); a parks file replaces the bundled parks, and with them the
firms and figures that refer to them.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from pyogrio.errors import DataSourceError

from explorer.core import firm_points, readers
from explorer.core.errors import DataError, Message, Problem
from explorer.core.firm_points import is_points_frame, read_points_frame
from explorer.core.frames import (check_coordinates, check_fields, repair_geometries,
                                  to_wgs84)
from explorer.core.schema import ADDED_FIELDS, LAYERS, OPTIONAL_LAYERS, SPATIAL_LAYERS, Field

BUNDLED_PATH = Path(__file__).resolve().parents[2] / "geodata" / "hengyang.gpkg"

# A progress callback: (percent 0-100, what is being done). It may raise to cancel a load:
# loading changes nothing until it returns, so an exception leaves every catalogue as it was.
Progress = Callable[[int, str], None]

SQLITE_HEADER = b"SQLite format 3\x00"


def no_progress(percent: int, message: str) -> None:
    """The progress callback of a caller that shows none."""


def scaled(progress: Progress, start: int, end: int) -> Progress:
    """`progress` for one stage of a longer task: its 0-100 maps to start-end."""
    return lambda percent, message: progress(start + (end - start) * percent // 100, message)


def check_readable(path: Path) -> None:
    """Raise a DataError that names the real reason when `path` is no file this user may
    read: missing, a dangling link or a loop of links, a folder, a pipe or a device (opening
    a named pipe would wait for a writer forever), or no permission."""
    def fail(message: Message):
        raise DataError([Problem(str(path), message)])

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            fail(Message("a symbolic link to {target}, which does not exist",
                         target=os.readlink(path)))
        fail(Message("file not found"))
    except PermissionError:
        fail(Message("permission denied: you may not open the folder that holds it"))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            fail(Message("a symbolic link that leads back to itself (a loop of links)"))
        fail(Message("cannot be read ({reason})", reason=exc.strerror or exc))
    if stat.S_ISDIR(mode):
        fail(Message("a folder, not a file"))
    if not stat.S_ISREG(mode):
        kind = (Message("a named pipe (FIFO)") if stat.S_ISFIFO(mode) else Message("a socket")
                if stat.S_ISSOCK(mode) else Message("a device"))
        fail(Message("{kind}, not a file: open a catalogue saved as a file", kind=kind))
    try:
        path.open("rb").close()
    except PermissionError:
        fail(Message("permission denied: you may not read this file (ask its owner for "
                     "access, or for a copy)"))
    except OSError as exc:
        fail(Message("cannot be read ({reason})", reason=exc.strerror or exc))


def read_geopackage(path: Path, progress: Progress = no_progress, *,
                    firms_as_points: bool = False):
    """Every layer of a catalogue GeoPackage, checked field by field; an optional layer the
    file lacks (see `schema.OPTIONAL_LAYERS`) comes empty. With `firms_as_points`, the
    `tenants` layer comes as a points frame where it can (see `explorer.core.firm_points`):
    for a catalogue to be built, not for a frame to change and write."""
    roll_back_interrupted_write(path)
    _check_sqlite(path)
    with _pages_checked(path):
        return _read_layers(path, progress, firms_as_points)


def _read_layers(path: Path, progress: Progress, firms_as_points: bool = False):
    try:
        present = {name for name, _ in pyogrio.list_layers(path)}
    except (DataSourceError, OSError) as exc:
        raise DataError([Problem(str(path), Message("not a readable GeoPackage ({reason})",
                                                    reason=exc))]) from exc
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for n, layer in enumerate(LAYERS):
        progress(5 + 90 * n // len(LAYERS), f"Reading layer '{layer}' of {path.name}")
        if layer not in present:
            problems.append(Problem(str(path), Message(
                "layer missing; a catalogue GeoPackage has the layers {layers}",
                layers=", ".join(LAYERS)), layer))
            continue
        try:
            df = _read_layer(path, layer, firms_as_points)
        except (DataSourceError, OSError, ValueError) as exc:
            problems.append(Problem(str(path), Message("layer unreadable ({reason})",
                                                       reason=exc), layer))
            continue
        frames[layer], found = _check_layer(df, str(path), layer, LAYERS[layer])
        problems += found
    for layer, fields in OPTIONAL_LAYERS.items():
        if layer in present:
            frames[layer], found = _check_layer(_read_layer(path, layer), str(path), layer, fields)
            problems += found
        else:
            frames[layer] = empty_layer(fields)
    if any(p.severity == "error" for p in problems):
        raise DataError(problems)
    progress(100, f"Read {path.name}")
    return frames, problems


def empty_layer(fields: tuple[Field, ...]) -> pd.DataFrame:
    """A layer without rows, with the columns of `fields`."""
    return pd.DataFrame({f.name: pd.Series(dtype="float64" if f.kind == "float" else "str")
                         for f in fields})


def roll_back_interrupted_write(path: Path) -> None:
    """Undo the half of a save that a crash (or kill -9) interrupted.

    A save changes a GeoPackage in one SQLite transaction; SQLite keeps what it overwrites
    in `<file>-journal` until the transaction commits. After a crash that "hot" journal is
    still there, and the file must not be read before SQLite has put the old pages back,
    which only a connection allowed to write does: this one, opened and closed at once.
    """
    journal = Path(f"{path}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA schema_version").fetchone()  # reads, so rolls back first
    except sqlite3.Error as exc:
        raise DataError([Problem(str(path), Message(
            "a save was interrupted and could not be undone ({reason}); is the folder "
            "writable?", reason=str(exc)))]) from exc


def _read_layer(path: Path, layer: str, firms_as_points: bool = False) -> pd.DataFrame:
    """One layer, read through GDAL's Arrow stream: a registry of 100,000 firms reads in
    less than half the time, and its text stays in Arrow's compact strings."""
    if firms_as_points and layer == "tenants":
        df = read_points_frame(path, layer)
        if df is not None:
            return df
    if layer in SPATIAL_LAYERS:
        return gpd.read_file(path, layer=layer, use_arrow=True)
    return pyogrio.read_dataframe(path, layer=layer, read_geometry=False, use_arrow=True)


def _check_layer(df: pd.DataFrame, file: str, layer: str,
                 fields: tuple[Field, ...]) -> tuple[pd.DataFrame, list[Problem]]:
    """The layer's fields checked; a spatial layer in WGS-84 with valid geometries."""
    missing = [name for name in ADDED_FIELDS.get(layer, ()) if name not in df.columns]
    if missing:
        df = df.assign(**{name: pd.Series([""] * len(df), index=df.index, dtype="str")
                          for name in missing})
    problems = check_fields(df, fields, file, layer)
    if is_points_frame(df):  # in WGS-84 already (see firm_points.read_points_frame)
        unplaceable = firm_points.check_coordinates(df, file, layer)
        if unplaceable:
            return df, problems + unplaceable
        df, repairs = firm_points.repair_geometries(df, file, layer)
        return df, problems + repairs
    if layer in SPATIAL_LAYERS:
        unplaceable = check_coordinates(df, file, layer)
        if unplaceable:  # nothing more to learn from geometries that cannot be computed
            return df, problems + unplaceable
        df, crs_notes = to_wgs84(df, file, layer)
        df, repairs = repair_geometries(df, file, layer)
        problems += crs_notes + repairs
    return df, problems


def _check_sqlite(path: Path) -> None:
    """Raise a DataError that says why, if the file is no SQLite database with the tables
    of a GeoPackage (see `_pages_checked` for damage inside it)."""
    file = str(path)
    with open(path, "rb") as f:
        header = f.read(100)
    if not header:
        raise DataError([Problem(file, Message("the file is empty (0 bytes): a GeoPackage is "
                                               "an SQLite database"))])
    if not header.startswith(SQLITE_HEADER):
        raise DataError([Problem(file, Message("not a GeoPackage: a GeoPackage is an SQLite "
                                               "database, and this file is not one"))])
    expected = _announced_size(header)
    actual = path.stat().st_size
    if expected and actual < expected:
        raise DataError([Problem(file, Message(
            "the file is cut short: it holds {actual} of the {expected} bytes its header "
            "announces (an interrupted copy or download?)", actual=f"{actual:,}",
            expected=f"{expected:,}"))])
    try:
        with closing(_read_only(path)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DataError([Problem(file, Message("the database is damaged ({reason})",
                                               reason=exc))]) from exc
    if "gpkg_contents" not in tables:
        raise DataError([Problem(file, Message("not a GeoPackage: an SQLite database without "
                                               "the GeoPackage table gpkg_contents"))])


@contextmanager
def _pages_checked(path: Path):
    """Run the block while SQLite checks every page of the file (`PRAGMA quick_check`) in
    another thread; then raise a DataError that says so if the file is damaged, in place of
    whatever the block met or gave.

    GDAL reads a damaged SQLite file until it meets a missing page and then fails with an
    error about some internal query; the check says plainly what is wrong instead. It reads
    the whole file (about a second for a million firms), and SQLite and GDAL both let go of
    Python's lock while they work, so the check costs little time beside the reading."""
    def quick_check() -> str:
        with closing(_read_only(path)) as db:
            return db.execute("PRAGMA quick_check").fetchone()[0]

    def raise_if_damaged(verdict: Future) -> None:
        try:
            found = verdict.result()
        except sqlite3.DatabaseError as exc:
            found = str(exc)
        if found != "ok":
            raise DataError([Problem(str(path), Message("the database is damaged ({reason})",
                                                        reason=found))])

    with ThreadPoolExecutor(1, thread_name_prefix="quick_check") as pool:
        verdict = pool.submit(quick_check)
        try:
            yield
        except Exception:
            raise_if_damaged(verdict)
            raise
        raise_if_damaged(verdict)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _announced_size(header: bytes) -> int | None:
    """The database size in the SQLite header, where the header vouches for it."""
    if len(header) < 100:
        return len(SQLITE_HEADER) + 84  # shorter than the header itself
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by the same change as the change counter.
    return page_size * pages if pages and header[24:28] == header[92:96] else None


def read_one_layer_file(path: Path, progress: Progress = no_progress):
    """A parks or firms file, with the other layers of the bundled catalogue."""
    layer, df, problems = readers.read_layer_file(path, scaled(progress, 0, 80))
    df, found = _check_layer(df, str(path), layer, readers.layer_fields(layer))
    problems += found
    if any(p.severity == "error" for p in problems):
        raise DataError(problems)
    progress(85, "Adding the chains, sources and districts of the bundled catalogue")
    frames, _ = read_geopackage(BUNDLED_PATH)
    for borrowed_frame in frames.values():
        borrowed_frame.attrs["file"] = str(BUNDLED_PATH)  # problems name the file of the rows
    if layer == "tenants":
        frames["tenants"] = _added_firms(df, frames["tenants"], str(path))
        progress(100, f"Read {path.name}")
        return frames, problems
    frames["parks"] = df
    frames["figures"] = frames["figures"].iloc[0:0]
    frames["tenants"] = frames["tenants"].iloc[0:0]
    note = Message("this file holds parks only: chains, sources and districts are those of "
                   "the bundled catalogue ({bundled}); no firms or figures",
                   bundled=BUNDLED_PATH.name)
    progress(100, f"Read {path.name}")
    return frames, [Problem(str(path), note, severity="warning")] + problems


def _added_firms(added: pd.DataFrame, bundled: pd.DataFrame, file: str) -> pd.DataFrame:
    """The file's firms, then the bundled ones; an id the bundled firms use is an error."""
    taken = set(bundled["id"])
    clashes = [Problem(file, Message("id '{id}' is already a firm of the bundled catalogue; "
                                     "give this firm another id (or leave the id column out)",
                                     id=value), "tenants", n, "id")
               for n, value in enumerate(added["id"], start=1) if value in taken]
    if clashes:
        raise DataError(clashes)
    merged = pd.concat([added, bundled.to_crs(added.crs)], ignore_index=True)
    merged = gpd.GeoDataFrame(merged, geometry=added.geometry.name, crs=added.crs)
    merged.attrs = {key: value for key, value in added.attrs.items() if key != "file"}
    merged.attrs["added_rows"] = len(added)
    return merged
