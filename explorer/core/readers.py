"""Parks or firms (the `tenants` layer) from a GeoJSON or CSV file: the formats people pass
around.

Column names are recognised by `explorer.core.columns` (`name` or `名称` for `name_zh`,
`lng` or `经度` for `lon`, …). A firms file without an `id` column gets one id per row,
`<file name>-<row>`.

Such a file holds one layer. Which one:
1. a `kind` column (in GeoJSON, a property) with `park` or `firm` (`tenant`, or the plurals)
   decides; every row must say the same (blank rows follow the others);
2. otherwise a `park_id` or `chain_id` column means firms (parks have `chain_ids`);
3. otherwise the file holds parks.

Its fields are those of the layer in `explorer.core.schema`, except a few that such a file
seldom has (see DEFAULTS): parks may leave out `name_en` (the Chinese name is shown) and
`location_precision` (taken as 'unknown', with a warning: nobody said how close the point
is to the site, and claiming 'surveyed' would overstate it); tenants may leave out
`source_id` (shown without a source, with a warning).

CSV: a header line, then one row per record; `lon` and `lat` in WGS-84 degrees (both, or
neither: then nothing is drawn); comma, semicolon or tab separated. GeoJSON: one feature per
record, in the coordinate system of its `crs` member (WGS-84 without one, as RFC 7946 says);
`chain_ids` may be a list.
Text may be UTF-8 (with or without BOM) or GB18030 (a superset of GBK, as Excel writes it on
Chinese Windows); anything else is refused, naming the encodings tried.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
from pyogrio.errors import DataSourceError

from explorer.core.columns import ALIASES, accepted, canonical_columns
from explorer.core.errors import DataError, Message, Problem, shown
from explorer.core.frames import is_blank
from explorer.core.schema import BUNDLED_CRS, LAYERS, Field

FORMATS = {"GeoJSON": (".geojson", ".json"), "CSV": (".csv",)}
SUFFIXES = {suffix for suffixes in FORMATS.values() for suffix in suffixes}
ENCODINGS = {"utf-8-sig": "UTF-8", "gb18030": "GB18030/GBK"}
KINDS = {"park": "parks", "parks": "parks", "tenant": "tenants", "tenants": "tenants",
         "firm": "tenants", "firms": "tenants"}
# What a file of each layer must have a column for (the rest may be absent or empty).
NEEDED = {"parks": ("id", "name_zh", "chain_ids"), "tenants": ("name_zh", "chain_id")}
WHAT = {"id": Message("id"), "name_zh": Message("name"), "chain_ids": Message("chains"),
        "chain_id": Message("chain")}
# Fields a one-layer file may leave empty: the value they take, and the warning that says so.
DEFAULTS: dict[str, dict[str, tuple[str, Message | None]]] = {
    "parks": {
        "name_en": ("", None),
        "location_precision": ("unknown", Message(
            "no location precision given; taken as 'unknown' (how close the point is to the "
            "site is not known)")),
    },
    "tenants": {"source_id": ("", Message("no source given; the firms are shown without one"))},
}
# Which field a problem with the place of a CSV row names.
CSV_PLACE = "lon/lat"
# The largest GeoJSON feature read, in MB of text (GDAL's own default): a park or a firm
# drawn with millions of points is a survey outline, which the map would carry to the page
# and redraw at every pan; such a file is refused with a hint to simplify it.
MAX_FEATURE_MB = 200


def layer_fields(layer: str) -> tuple[Field, ...]:
    """The schema's fields of `layer`, those with a default made optional."""
    return tuple(Field(f.name, f.kind, f.required and f.name not in DEFAULTS[layer])
                 for f in LAYERS[layer])


def read_layer_file(path: Path, progress: Callable[[int, str], None]
                    ) -> tuple[str, gpd.GeoDataFrame, list[Problem]]:
    """(layer, frame, problems) of a GeoJSON or CSV file; raise DataError if it is unreadable.

    The frame has the layer's fields (those present; check them against `layer_fields`)
    and a geometry in the file's own coordinate system.
    """
    file = str(path)
    progress(0, f"Reading {path.name}")
    raw = path.read_bytes()
    text, encoding = decode(raw, file)
    problems = [] if encoding == "utf-8-sig" else [Problem(
        file, Message("the text is not UTF-8; read it as {encoding}",
                      encoding=ENCODINGS[encoding]), severity="warning")]
    if path.suffix.lower() == ".csv":
        layer, df, found = _read_csv(text, file)
    else:
        if not text.strip():
            raise DataError([Problem(file, Message("the file is empty: expected a GeoJSON "
                                                   "FeatureCollection"))])
        data = raw.removeprefix(b"\xef\xbb\xbf") if encoding == "utf-8-sig" else text.encode()
        layer, df, found = _read_geojson(data, file)
    if layer == "tenants" and "id" not in df.columns:
        df["id"] = [f"{path.stem}-{n}" for n in range(1, len(df) + 1)]
    progress(60, f"Checking {len(df):,} {layer} of {path.name}")
    df, defaults = _fill_defaults(df, layer, file)
    for field in layer_fields(layer):
        if not field.required and field.name not in df.columns:
            df[field.name] = None
    columns = [f.name for f in LAYERS[layer] if f.name in df.columns] + [df.geometry.name]
    progress(100, f"Read {path.name}")
    return layer, df[columns], problems + defaults + found


def decode(raw: bytes, file: str) -> tuple[str, str]:
    """The text and the encoding (a key of ENCODINGS) that reads it without an error.

    NUL bytes are valid UTF-8, so UTF-16 text and binary files would decode, and then miss
    every field: they are refused here, naming the cause.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw):
        raise DataError([Problem(file, Message(
            "the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as "
            "UTF-8 and open it again"))])
    nul = raw.find(b"\0")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise DataError([Problem(file, Message(
            "line {line} holds a NUL byte (byte {byte} of the file): not a text file, or a "
            "damaged one", line=line, byte=f"{nul + 1:,}"))])
    failures = []
    for encoding, name in ENCODINGS.items():
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            failures.append(Message("{encoding} fails at line {line}, byte {byte}",
                                    encoding=name, line=line, byte=f"{raw[exc.start]:#04x}"))
    raise DataError([Problem(file, Message(
        "cannot decode the text ({first}; {second}); save it as UTF-8 and open it again",
        first=failures[0], second=failures[1]))])


def _looks_utf16(raw: bytes) -> bool:
    """Zeros in many even (or odd) bytes of the start and in no others: UTF-16 without a BOM
    (the header line, in Latin letters, is half zeros in UTF-16)."""
    even, odd = raw[:2000:2], raw[1:2000:2]
    return len(odd) >= 2 and any(one.count(0) >= len(one) * 0.4 and other.count(0) == 0
                                 for one, other in ((even, odd), (odd, even)))


def _read_geojson(data: bytes, file: str) -> tuple[str, gpd.GeoDataFrame, list[Problem]]:
    pyogrio.set_gdal_config_options({"OGR_GEOJSON_MAX_OBJ_SIZE": str(MAX_FEATURE_MB)})
    try:
        with warnings.catch_warnings():  # mixed types, empty coordinates: checked below
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            df = gpd.read_file(io.BytesIO(data))
    except (DataSourceError, ValueError, OSError) as exc:
        if "OGR_GEOJSON_MAX_OBJ_SIZE" in str(exc):
            raise DataError([Problem(file, Message(
                "a feature is larger than {size} MB of text (a shape of millions of points?), "
                "more than the map can draw; simplify it (in QGIS: Vector > Geometry Tools > "
                "Simplify) and open the file again", size=MAX_FEATURE_MB))]) from exc
        reason = re.sub(r"'?/vsimem/[^' ]*'? ?", "", str(exc)).split("; It might help")[0]
        raise DataError([Problem(file, Message("not a readable GeoJSON file ({reason})",
                                               reason=reason))]) from exc
    if df.empty:
        raise DataError([Problem(file, Message("the file holds no features"))])
    df = _renamed(df, file)
    layer = layer_of(df, file)
    problems = []
    for field in LAYERS[layer]:
        if field.name not in df.columns:
            continue
        if field.kind == "str":
            df[field.name] = _integers_as_text(df[field.name])
        elif field.kind == "float" and not pd.api.types.is_numeric_dtype(df[field.name]):
            # GDAL turns a property that is a number in one feature and text in another into
            # text everywhere: parse it back, naming the rows that hold no number.
            df[field.name], found = _numbers(df[field.name], file, layer, field.name,
                                             field.expected)
            problems += found
    if "chain_ids" in df.columns:  # a JSON list of chains, as ";"-separated text
        df["chain_ids"] = [";".join(map(str, v)) if isinstance(v, (list, np.ndarray)) else v
                           for v in df["chain_ids"]]
    return layer, df, problems


def _renamed(df: pd.DataFrame, file: str) -> pd.DataFrame:
    """The columns under the schema's names (see explorer.core.columns); then every column
    the file's layer needs must be there, or the error lists the names accepted for it."""
    df = df.rename(columns=canonical_columns([c for c in df.columns if c != "geometry"], file))
    layer = layer_of(df, file)
    missing = [field for field in NEEDED[layer] if field not in df.columns]
    if missing:
        raise DataError([Problem(file, Message(
            "no column for the {what} of the firms (accepted column names: {names})"
            if layer == "tenants" else
            "no column for the {what} of the parks (accepted column names: {names})",
            what=WHAT[field], names=accepted(field)), layer, None, field) for field in missing])
    return df


def _integers_as_text(column: pd.Series) -> pd.Series:
    """A column of whole numbers (ids, adcodes typed as JSON numbers) as text; others as is."""
    if not pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return column
    values = column.to_numpy(dtype=float)
    known = ~np.isnan(values)
    if not np.all(values[known] == np.round(values[known])):
        return column
    return pd.Series([str(int(v)) if ok else None for v, ok in zip(values, known)],
                     index=column.index, dtype=object)


def _read_csv(text: str, file: str) -> tuple[str, gpd.GeoDataFrame, list[Problem]]:
    df = _renamed(_csv_table(text, file), file)
    layer = layer_of(df, file)
    problems = []
    for field in LAYERS[layer]:
        if field.kind == "float" and field.name in df.columns:
            df[field.name], found = _numbers(df[field.name], file, layer, field.name,
                                             field.expected)
            problems += found
    geometry, found = _points(df, file, layer)
    gdf = gpd.GeoDataFrame(df.drop(columns="geometry", errors="ignore"), geometry=geometry,
                           crs=BUNDLED_CRS)
    gdf.attrs["place_field"] = CSV_PLACE
    return layer, gdf, problems + found


def _csv_table(text: str, file: str) -> pd.DataFrame:
    """The rows of a CSV file as text, stripped; row n is the n-th record after the header.

    Python's csv module rather than pandas: pandas quietly takes surplus values of a first
    row as an index, and a blank row in the middle would shift every row number after it.
    """
    header_line = text.lstrip("\ufeff").partition("\n")[0]
    if not header_line.strip():
        raise DataError([Problem(file, Message("the file is empty: expected a header line, "
                                               "then one row per record"))])
    try:
        separator = csv.Sniffer().sniff(header_line, delimiters=",;\t").delimiter
    except csv.Error:
        separator = ","  # a single column
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=separator, strict=True)
    try:
        header = [name.strip() for name in next(reader)]
        rows = [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise DataError([Problem(file, Message("not a readable CSV file (line {line}: {reason})",
                                               line=reader.line_num, reason=exc))]) from exc
    while rows and not any(rows[-1]):
        rows.pop()  # blank lines at the end
    _check_table(header, rows, file)
    width = len(header)
    return pd.DataFrame([row[:width] + [""] * (width - len(row)) for row in rows],
                        columns=header, dtype=str)


def _check_table(header: list[str], rows: list[list[str]], file: str) -> None:
    twice = sorted({name for name in header if name and header.count(name) > 1})
    if twice:
        raise DataError([Problem(file, Message(
            "column {name} appears more than once in the header", name=shown(name)))
                         for name in twice])
    if not rows:
        raise DataError([Problem(file, Message("the file holds a header but no rows"))])
    problems = [Problem(file, Message("{values} values for {names} column names",
                                      values=len(row), names=len(header)), None, n)
                for n, row in enumerate(rows, start=1)
                if len(row) > len(header) and any(row[len(header):])]
    if problems:
        raise DataError(problems)


def _numbers(column: pd.Series, file: str, layer: str, name: str,
             expected: Message) -> tuple[np.ndarray, list[Problem]]:
    """Numbers parsed from text (NaN where blank or wrong), and a problem for every value
    that is no finite number ('inf' and 'nan' parse, but no place or size is infinite)."""
    text = column.fillna("").astype(str)
    blank = text.eq("").to_numpy()
    values = pd.to_numeric(text.where(~blank), errors="coerce").to_numpy(dtype=float, copy=True)
    wrong = np.flatnonzero(~blank & ~np.isfinite(values))
    values[wrong] = np.nan
    return values, [Problem(file, Message("expected {expected}, found {found}",
                                          expected=expected, found=shown(text.iloc[i])),
                            layer, int(i) + 1, name) for i in wrong]


def _points(df: pd.DataFrame, file: str, layer: str) -> tuple[gpd.GeoSeries, list[Problem]]:
    """Points from the `lon` and `lat` columns; none where a row leaves both empty."""
    given = [c for c in ("lon", "lat") if c in df.columns]
    if not given:
        unplaced = gpd.GeoSeries([None] * len(df), index=df.index)
        return unplaced, [] if layer == "tenants" else [Problem(
            file, Message("no 'lon' and 'lat' columns: the parks are listed, not drawn"), layer,
            severity="warning")]
    if len(given) == 1:
        other = "lat" if given == ["lon"] else "lon"
        raise DataError([Problem(file, Message(
            "field missing (expected '{other}' beside '{given}', in degrees)",
            other=other, given=given[0]), layer, None, other)])
    lon, problems = _numbers(df["lon"], file, layer, "lon", Message("a longitude in degrees"))
    lat, found = _numbers(df["lat"], file, layer, "lat", Message("a latitude in degrees"))
    problems += found
    blank_lon, blank_lat = df["lon"].eq("").to_numpy(), df["lat"].eq("").to_numpy()
    for i in np.flatnonzero(blank_lon != blank_lat):
        missing = "lon" if blank_lon[i] else "lat"
        problems.append(Problem(file, Message("expected a number: the row has only one "
                                              "coordinate"), layer, int(i) + 1, missing))
    points = gpd.points_from_xy(lon, lat)
    placed = ~(np.isnan(lon) | np.isnan(lat))
    return gpd.GeoSeries(np.where(placed, points, None), index=df.index), problems


def layer_of(df: pd.DataFrame, file: str) -> str:
    """'parks' or 'tenants', by the rule in this module's docstring."""
    if "kind" in df.columns:
        kinds = df["kind"].fillna("").astype(str).str.strip().str.lower()
        layers = kinds.map(KINDS)
        for i in np.flatnonzero(kinds.ne("").to_numpy() & layers.isna().to_numpy()):
            raise DataError([Problem(file, Message("expected park or firm, found {found}",
                                                   found=shown(df["kind"].iloc[i])),
                                     None, int(i) + 1, "kind")])
        named = np.flatnonzero(layers.notna().to_numpy())
        if named.size:
            first = layers.iloc[named[0]]
            for i in named[layers.iloc[named].to_numpy() != first][:1]:
                raise DataError([Problem(file, Message(
                    "expected {layer} like row {row}, found {found}: a file holds either "
                    "parks or firms", layer=first, row=named[0] + 1,
                    found=shown(df["kind"].iloc[i])), None, int(i) + 1, "kind")])
            return first
    return "tenants" if {"park_id", "chain_id"} & set(df.columns) else "parks"


def accepted_columns(layer: str) -> dict[str, str]:
    """{field: accepted column names} of the columns a file of `layer` may have."""
    fields = [f.name for f in LAYERS[layer] if f.name in ALIASES] + ["lon", "lat"]
    return {field: accepted(field) for field in fields}


def _fill_defaults(df: pd.DataFrame, layer: str,
                   file: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Blank or absent fields of DEFAULTS filled in, with a warning naming the rows."""
    problems = []
    for name, (value, note) in DEFAULTS[layer].items():
        if name in df.columns:
            blank = np.array([is_blank(v) for v in df[name]], dtype=bool)
            df[name] = df[name].astype(object).where(~blank, value)
        else:
            blank = np.ones(len(df), dtype=bool)
            df[name] = value
        if note and blank.any():
            problems.append(Problem(file, Message("{note}: {rows}", note=note,
                                                  rows=_rows(blank)),
                                    layer, None, name, severity="warning"))
    return df, problems


def _rows(mask: np.ndarray, listed: int = 10) -> Message:
    """'rows 1, 4 and 9', 'rows 1, 2, ... (5,000 rows)' or 'every row' for a row mask."""
    if mask.all() and mask.size > 1:
        return Message("every row ({count})", count=f"{mask.size:,}")
    numbers = [str(i + 1) for i in np.flatnonzero(mask)]
    if len(numbers) == 1:
        return Message("row {row}", row=numbers[0])
    if len(numbers) <= listed:
        return Message("rows {rows} and {last}", rows=", ".join(numbers[:-1]), last=numbers[-1])
    return Message("rows {rows}, ... ({count} rows)", rows=", ".join(numbers[:listed]),
                   count=f"{len(numbers):,}")
