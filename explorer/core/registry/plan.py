"""A registry table turned into one edit of the catalogue, and a report of every row.

`plan_import` reads the table through the user's mapping (`ImportOptions`), converts the
coordinates to WGS-84, matches chains and parks by id, Chinese or English name, checks
credit codes, and finds the firms the catalogue already holds (same credit code, else same
name and park): those are updated, not added, so that importing a file twice changes
nothing the second time. Planning never changes the catalogue; the result is an
`ImportPlan`: one edit (`edits.BulkEdit`) that an `EditSession` applies and reverts like
any edit, and an `ImportReport` listing every row that was rejected or is doubtful.

Everything runs on columns (numpy / Arrow), never one Python object per row, so that a
million-row registry is planned in seconds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from explorer.core.coords import in_china, to_wgs84
from explorer.core.edits import BulkEdit, survey_source_id
from explorer.core.errors import DataError, Message, Problem
from explorer.core.registry.codes import CODE_REASONS, credit_codes, text_bytes
from explorer.core.registry.mapping import FIELDS
from explorer.core.tenants import TEXT_FIELDS, FirmRows

DATUMS = ("wgs84", "cgcs2000", "gcj02", "bd09")
_DATUM_LABELS = {
    "wgs84": Message("WGS-84 (GPS, OpenStreetMap)"),
    "cgcs2000": Message("CGCS2000 (Tianditu, official maps)"),
    "gcj02": Message("GCJ-02 (Amap, Tencent)"),
    "bd09": Message("BD-09 (Baidu)"),
}
OUTCOMES = ("rejected", "doubtful", "placed_at_park", "unplaced")
COUNTS = ("imported", "updated", "unchanged", "placed_at_park", "unplaced", "rejected",
          "doubtful")


def datum_label(datum: str) -> Message:
    """The datum's name for the window, translatable."""
    return _DATUM_LABELS[datum]


class ImportCancelled(Exception):
    """The user cancelled planning: nothing was changed."""


@dataclass
class ImportOptions:
    """How to read a table: the user's choices in the mapping dialog (or the CLI's flags).

    `mapping`: header → field of `mapping.FIELDS` (None: the column is not imported).
    `datum`: the coordinate system of the lon/lat columns, one of DATUMS.
    `chain_values` / `park_values`: a cell value that names no chain or park (see
    `unmatched`) → the chain or park id the user chose for it, or None to leave it empty.
    `bad_codes`: 'keep' a row whose credit code fails the check (flagged as doubtful, the
    code kept as written) or 'reject' it.
    `editor` / `note`: who imports, and why (the edit and the history carry them).
    """

    mapping: dict[str, str | None]
    datum: str = "wgs84"
    chain_values: dict[str, str | None] = field(default_factory=dict)
    park_values: dict[str, str | None] = field(default_factory=dict)
    bad_codes: str = "keep"
    editor: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReportRow:
    """One rejected or doubtful row (or one placed at its park, or left unplaced).

    `row`: the spreadsheet row the user sees; `column`: the header as in the file ('' when
    the reason concerns the whole row); `value`: the cell as read; `reason`: why, in words
    the window translates."""

    row: int
    column: str
    value: str
    reason: Message
    outcome: str  # one of OUTCOMES


@dataclass
class ImportReport:
    """What an import did: counts (keys: COUNTS) and the rows to look at."""

    file: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    rows: list[ReportRow] = field(default_factory=list)
    encoding: str | None = None
    sheet: str | None = None

    def write_csv(self, path, translate: Callable[[Message], str] = str) -> None:
        """The rows as a CSV (UTF-8 with BOM, so Excel reads the Chinese; Chinese headers),
        written atomically; `translate` gives reasons in the user's language (the window
        passes its translator; default English)."""
        from explorer.core.registry.report import write_report_csv

        write_report_csv(self, path, translate)


@dataclass
class ImportPlan:
    """The edit to apply (one `edits.BulkEdit` on the `tenants` layer) and its report."""

    report: ImportReport
    edit: object


# -- planning -------------------------------------------------------------------------------

# Hengyang's city box, widened: a point outside it is kept but flagged as doubtful.
NEAR_MARGIN_DEG = 0.5
_PROGRESS_STEPS = 8


class _Report:
    """Report rows collected per reason, as arrays (row positions), turned into ReportRows
    once at the end."""

    def __init__(self, table):
        self.table = table
        self.found: list[tuple[np.ndarray, str, np.ndarray | None, object, str]] = []

    def add(self, mask_or_rows, column: str, reason, outcome: str, values=None) -> None:
        """Rows (a mask or positions) with `reason`: a Message, or a function of the cell
        value (and row position) giving one."""
        rows = np.flatnonzero(mask_or_rows) if np.asarray(mask_or_rows).dtype == bool \
            else np.asarray(mask_or_rows, dtype=np.int64)
        if len(rows):
            self.found.append((rows, column, values, reason, outcome))

    def rows(self) -> list[ReportRow]:
        out = []
        numbers = self.table.row_numbers
        for rows, column, values, reason, outcome in self.found:
            cells = _cells(self.table, column, rows, values)
            for at, value in zip(rows, cells):
                message = reason(value, at) if callable(reason) else reason
                out.append(ReportRow(int(numbers[at]), column, value, message, outcome))
        out.sort(key=lambda r: r.row)
        return out


def _cells(table, column: str, rows: np.ndarray, values) -> list[str]:
    if values is not None:
        return [str(values[r]) for r in rows]
    if column and column in table.columns:
        return table.columns.arrow(column).take(pa.array(rows)).to_pylist()
    return [""] * len(rows)


def _text(table, header: str | None, n: int) -> pd.Series:
    """A mapped column as a str Series, spaces trimmed; '' everywhere when unmapped."""
    if header is None:
        return _repeat("", n)
    column = pc.utf8_trim_whitespace(table.columns.arrow(header))
    return column.to_pandas().reset_index(drop=True)


def _headers_of(options: ImportOptions) -> dict[str, str]:
    """field → the header mapped to it (the first, if several)."""
    out: dict[str, str] = {}
    for header, fld in options.mapping.items():
        if fld and fld not in out:
            out[fld] = header
    return out


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _chain_lookup(cat) -> dict[str, str]:
    out = {}
    for chain in cat.chains.values():
        for name in (chain.id, chain.name_zh, chain.name_en):
            if name:
                out.setdefault(_norm(name), chain.id)
    return out


def _park_lookup(cat) -> dict[str, str]:
    out = {}
    for park in cat.parks.values():
        for name in (park.id, park.name_zh, park.name_en, park.short_zh, park.short_en):
            if name:
                out.setdefault(_norm(name), park.id)
    return out


def unmatched(cat, table, options: ImportOptions) -> tuple[list[str], list[str]]:
    """The chain values and the park values of the table that name no chain or park by id,
    Chinese or English name, each once, in order of first appearance. '' among the chain
    values means some rows name no chain: `chain_values['']` gives them one."""
    headers = _headers_of(options)
    n = len(table)
    found = []
    for fld, lookup in (("chain", _chain_lookup(cat)), ("park", _park_lookup(cat))):
        values = pd.unique(_text(table, headers.get(fld), n))
        found.append([v for v in values if _norm(v) not in lookup
                      and (v or fld == "chain")])
    return found[0], found[1]


def _match(values: pd.Series, lookup: dict[str, str], chosen: dict[str, str | None]):
    """(ids, matched, unknown) per row: the id a value names ('' for none), whether it
    names one, and whether the value is neither matched nor chosen by the user."""
    codes, uniques = pd.factorize(values, sort=False)
    ids, known, unknown = [], [], []
    for value in uniques:
        hit = lookup.get(_norm(value))
        if hit is None and value in chosen:
            hit, chosen_here = chosen[value] or "", True
        else:
            chosen_here = False
        ids.append(hit or "")
        known.append(hit is not None and hit != "")
        unknown.append(hit is None and not chosen_here)
    ids_arr = np.asarray(ids + [""], dtype=object)
    known_arr = np.asarray(known + [False])
    unknown_arr = np.asarray(unknown + [False])
    return ids_arr[codes], known_arr[codes], unknown_arr[codes]


# A plain decimal number (as coordinates are written), or nothing.
_PLAIN_NUMBER = r"^([+-]?[0-9]{1,15}(\.[0-9]{0,30})?)?$"


def _numbers(text: pd.Series) -> np.ndarray:
    """Text as floats: NaN where blank or not a number (nor ±inf)."""
    arrow = pa.array(text.array)
    if pc.all(pc.match_substring_regex(arrow, _PLAIN_NUMBER)).as_py() is not False:
        # Plain decimals only (or blanks): Arrow parses them in a tenth of the time, to
        # the same nearest double as pandas (both round correctly).
        blank = pc.equal(arrow, "")
        values = pc.cast(pc.if_else(blank, pa.scalar(None, arrow.type), arrow), pa.float64())
        return np.array(values.to_numpy(zero_copy_only=False), dtype=float)
    values = np.array(pd.to_numeric(text.str.replace("\u2212", "-"), errors="coerce")
                      .to_numpy(dtype=float, na_value=np.nan))
    values[~np.isfinite(values)] = np.nan
    return values


def plan_import(cat, table, options: ImportOptions,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """The edit that brings `table` into `cat`, and its report; `cat` is not changed.

    DataError when the mapping cannot work (no name column, one of lon/lat only, an
    unknown field or datum); ImportCancelled when `cancelled()` becomes true."""
    if cat.tenants.by_view:
        # Its firms stay in the database (core/db/firms.py): matching a registry against
        # them would need every firm here, which is what that mode avoids.
        raise DataError([Problem(str(cat.store.location), Message(
            "this database catalogue keeps its {count} firms in the database and draws them "
            "by view, so a registry cannot be imported into it here: pull it into a "
            "GeoPackage (db pull), import there, and push it back (db push --replace)",
            count=len(cat.tenants)), layer="tenants")])
    n = len(table)
    step = _Steps(progress, cancelled)
    _check_options(table, options)
    headers = _headers_of(options)
    header = headers.get
    report = ImportReport(str(table.path), encoding=table.encoding, sheet=table.sheet)
    found = _Report(table)
    rejected = np.zeros(n, dtype=bool)
    doubtful = np.zeros(n, dtype=bool)

    # names
    names = _text(table, header("name_zh"), n)
    no_name = (names == "").to_numpy(dtype=bool)
    found.add(no_name, header("name_zh"), Message("no firm name: the row is left out"),
              "rejected")
    rejected |= no_name
    step()

    # credit codes
    codes, code_problem = credit_codes(_text(table, header("uscc"), n))
    bad = code_problem != ""
    outcome = "rejected" if options.bad_codes == "reject" else "doubtful"
    for kind, reason in CODE_REASONS.items():
        mask = (code_problem == kind) & ~rejected
        found.add(mask, header("uscc"), reason, outcome)
    if options.bad_codes == "reject":
        rejected |= bad
    else:
        doubtful |= bad & ~rejected
    step()

    # chains and parks
    chain_ids, _, chain_unknown = _match(_text(table, header("chain"), n), _chain_lookup(cat),
                                         options.chain_values)
    no_chain = (chain_ids == "") & ~rejected
    chain_given = (_text(table, header("chain"), n) != "").to_numpy(dtype=bool)
    found.add(no_chain & chain_unknown & chain_given, header("chain") or "",
              lambda v, _: Message("no chain '{value}' in the catalogue: map it to a chain, "
                                   "or the row is left out", value=v), "rejected")
    found.add(no_chain & ~(chain_unknown & chain_given), header("chain") or "",
              Message("no industrial chain: every firm belongs to one of the catalogue's "
                      "chains; choose one for the rows without"), "rejected")
    rejected |= no_chain
    park_text = _text(table, header("park"), n)
    park_ids, _, park_unknown = _match(park_text, _park_lookup(cat), options.park_values)
    park_unknown &= (park_text != "").to_numpy(dtype=bool) & ~rejected
    found.add(park_unknown, header("park") or "",
              lambda v, _: Message("no park '{value}' in the catalogue: imported without a "
                                   "park", value=v), "doubtful")
    doubtful |= park_unknown
    step()

    # coordinates
    lon, lat = _points(table, header("lon"), header("lat"), options.datum, cat, found,
                       rejected, doubtful)
    step()

    # duplicates within the file
    keys_code = np.where(codes != "", codes, None)
    # name and park as one key, in Arrow: Python strings only for the rows without a code
    name_park = pc.binary_join_element_wise(_large_text(names),
                                            pa.array(park_ids, pa.large_string()),
                                            pa.scalar("\x1f", pa.large_string()))
    first_code = _first_rows(keys_code, ~rejected)
    without_code = np.flatnonzero(codes == "")
    keys_name = np.full(n, None, dtype=object)
    keys_name[without_code] = name_park.take(pa.array(without_code)) \
        .to_numpy(zero_copy_only=False)
    first_name = _first_rows(keys_name, ~rejected)
    numbers = table.row_numbers
    for first, what in ((first_code, "code"), (first_name, "name")):
        dup = (first >= 0) & (first != np.arange(n)) & ~rejected
        found.add(dup, header("uscc") if what == "code" else header("name_zh"),
                  (lambda v, at, f=first: Message("the same credit code as row {row}: left "
                                                   "out", row=int(numbers[f[at]])))
                  if what == "code" else
                  (lambda v, at, f=first: Message("the same name and park as row {row}: left "
                                                   "out", row=int(numbers[f[at]]))),
                  "rejected")
        rejected |= dup
    step()

    # the firms the catalogue already holds (two rows naming one of them: the later is
    # left out, as a duplicate)
    tenants = cat.tenants
    existing = _existing_rows(tenants, codes, name_park)
    existing[rejected] = -1
    first = _first_rows(np.where(existing >= 0, existing, None), ~rejected)
    dup = (first >= 0) & (first != np.arange(n))
    found.add(dup, header("name_zh"), lambda v, at: Message(
        "the same catalogue firm as row {row}: left out", row=int(numbers[first[at]])),
        "rejected")
    rejected |= dup
    kept = np.flatnonzero(~rejected)
    step()

    # placing new firms without a point at their park (a catalogue firm without a point
    # stays so: its sources give no site, and a park's place would be made up)
    has_point = ~np.isnan(lon)
    known = existing >= 0
    park_lon, park_lat, park_precision = _park_points(cat, park_ids)
    at_park = ~has_point & ~known & (park_ids != "") & ~np.isnan(park_lon) & ~rejected
    lon = np.where(at_park, park_lon, lon)
    lat = np.where(at_park, park_lat, lat)
    found.add(at_park, header("park") or "",
              lambda v, at: Message("no coordinates: placed at its park {park} (precision: "
                                    "{precision})", park=cat.parks[park_ids[at]].name_zh,
                                    precision=_precision_word(park_precision[at])),
              "placed_at_park", values=park_text.to_numpy(dtype=object))
    # (a catalogue firm left without a point was so before: not the import's doing)
    unplaced = np.isnan(lon) & ~known & ~rejected
    found.add(unplaced, header("name_zh") or "",
              Message("no coordinates and no park with a place: kept without a place; find "
                      "it by search"), "unplaced")
    step()

    # the rows after the import
    editor = options.editor.strip() or "unknown"
    source = survey_source_id(editor)
    file_name = Path(table.path).name
    after_all = _after_columns(table, headers, kept, names, codes, chain_ids, park_ids,
                               at_park, park_precision, cat, source, file_name)
    lon_k, lat_k = lon[kept], lat[kept]
    existing = existing[kept]
    new = existing < 0
    old_positions = existing[~new]
    before = tenants.rows(tenants.column("id").iloc[old_positions]) if len(old_positions) \
        else FirmRows.empty()
    merged = _merged(before, {k: v[~new].to_numpy(dtype=object)
                              for k, v in after_all.items()},
                     lon_k[~new], lat_k[~new], has_point[kept][~new])
    changed = ~_same(before, merged)
    batch = uuid.uuid4().hex[:8]
    new_columns = {k: v if new.all() else v[new].reset_index(drop=True)
                   for k, v in after_all.items()}
    new_columns["id"] = f"imp-{batch}-" + pd.Series(numbers[kept][new]).astype("str")
    new_rows = FirmRows(new_columns, lon_k[new], lat_k[new])
    updated = merged.take(np.flatnonzero(changed))
    before = before.take(np.flatnonzero(changed))
    after = _concat(updated, new_rows)
    step()

    counts = report.counts
    counts["imported"] = int(new.sum())
    counts["updated"] = int(changed.sum())
    counts["unchanged"] = int((~changed).sum())
    counts["placed_at_park"] = int(at_park.sum())
    counts["unplaced"] = int(unplaced.sum())
    counts["rejected"] = int(rejected.sum())
    counts["doubtful"] = int((doubtful & ~rejected).sum())
    report.rows = found.rows()
    summary = {"file": file_name, "sheet": table.sheet or "", "datum": options.datum,
               **{k: v for k, v in counts.items()}}
    edit = BulkEdit(before, after, editor, summary, note=options.note)
    return ImportPlan(report, edit)


class _Steps:
    """Progress and cancel between the planning steps."""

    def __init__(self, progress, cancelled):
        self.progress, self.cancelled = progress, cancelled
        self.done = 0

    def __call__(self) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled()
        self.done += 1
        if self.progress:
            self.progress(min(self.done, _PROGRESS_STEPS), _PROGRESS_STEPS)


def _check_options(table, options: ImportOptions) -> None:
    file = str(table.path)
    problems = []
    unknown = sorted({f for f in options.mapping.values() if f and f not in FIELDS})
    if unknown:
        problems.append(Message("unknown field(s) {fields}; the fields are {known}",
                                fields=", ".join(unknown), known=", ".join(FIELDS)))
    missing = [h for h, f in options.mapping.items() if f and h not in table.columns]
    if missing:
        problems.append(Message("no column {columns} in the file", columns=", ".join(
            repr(h) for h in missing)))
    fields = set(options.mapping.values())
    if "name_zh" not in fields:
        problems.append(Message("no column is mapped to the firm name; map one (企业名称, "
                                "名称, name …)"))
    if ("lon" in fields) != ("lat" in fields):
        problems.append(Message("map both longitude and latitude, or neither"))
    if options.datum not in DATUMS:
        problems.append(Message("unknown coordinate system '{datum}'; expected one of "
                                "{datums}", datum=options.datum, datums=", ".join(DATUMS)))
    if options.bad_codes not in ("keep", "reject"):
        problems.append(Message("bad credit codes are kept or rejected ('keep' or "
                                "'reject'), not '{value}'", value=options.bad_codes))
    if problems:
        raise DataError([Problem(file, m, layer=table.sheet) for m in problems])


# -- coordinates ----------------------------------------------------------------------------

def _points(table, lon_header, lat_header, datum, cat, found: _Report, rejected, doubtful):
    """WGS-84 lon/lat per row (NaN: no usable point). Doubtful points are reported and left
    out; a point only far from Hengyang is reported and kept."""
    n = len(table)
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    if lon_header is None:
        return lon, lat
    lon_t, lat_t = _text(table, lon_header, n), _text(table, lat_header, n)
    x, y = _numbers(lon_t), _numbers(lat_t)
    blank_x = (lon_t == "").to_numpy(dtype=bool)
    blank_y = (lat_t == "").to_numpy(dtype=bool)
    live = ~rejected

    def flag(mask, column, reason, values=None):
        mask = mask & live
        found.add(mask, column, reason, "doubtful", values)
        doubtful[mask] = True

    flag(blank_x & ~blank_y, lat_header,
         Message("only the latitude is given: the point is left out"))
    flag(blank_y & ~blank_x, lon_header,
         Message("only the longitude is given: the point is left out"))
    for blank, numbers, column in ((blank_x, x, lon_header), (blank_y, y, lat_header)):
        flag(~blank & np.isnan(numbers), column,
             lambda v, _: Message("'{value}' is not a number: the point is left out",
                                  value=v))
    both = ~np.isnan(x) & ~np.isnan(y)
    inside = both & in_china(np.nan_to_num(x), np.nan_to_num(y))
    swapped = both & ~inside & in_china(np.nan_to_num(y), np.nan_to_num(x))
    # "lon, lat" as the report shows it, made below for the rows flagged with it only
    pair = np.full(n, None, dtype=object)
    abroad = both & ~inside & ~swapped
    flag(swapped, lon_header, Message("longitude and latitude seem swapped: the point is "
                                      "left out"), pair)
    flag(abroad, lon_header, Message("the point is not in China: the point is left out"),
         pair)
    wlon, wlat = to_wgs84(datum, x[inside], y[inside])
    lon[inside], lat[inside] = wlon, wlat
    west, south, east, north = cat.districts.total_bounds
    far = inside & ((lon < west - NEAR_MARGIN_DEG) | (lon > east + NEAR_MARGIN_DEG)
                    | (lat < south - NEAR_MARGIN_DEG) | (lat > north + NEAR_MARGIN_DEG))
    flag(far, lon_header, Message("the point is far outside Hengyang: check the coordinate "
                                  "system; the point is kept"), pair)
    shown = np.flatnonzero(swapped | abroad | far)
    pair[shown] = (lon_t.iloc[shown] + ", " + lat_t.iloc[shown]).to_numpy(dtype=object)
    return lon, lat


def _park_points(cat, park_ids: np.ndarray):
    """Per row, the place of its park (lon, lat; NaN when it has none) and its precision."""
    spots = {}
    for park in cat.parks.values():
        if park.is_mapped:
            point = park.geometry if park.geometry.geom_type == "Point" else \
                park.geometry.representative_point()
            spots[park.id] = (point.x, point.y, park.location_precision)
    codes, uniques = pd.factorize(pd.Series(park_ids, dtype=object))
    table = [spots.get(p, (np.nan, np.nan, "")) for p in uniques] + [(np.nan, np.nan, "")]
    lon = np.asarray([t[0] for t in table], dtype=float)[codes]
    lat = np.asarray([t[1] for t in table], dtype=float)[codes]
    precision = np.asarray([t[2] for t in table], dtype=object)[codes]
    return lon, lat, precision


# -- matching and rows ----------------------------------------------------------------------

def _first_rows(keys: np.ndarray, live: np.ndarray) -> np.ndarray:
    """For each live row with a key (not None), the position of the first live row with
    the same key; -1 for the others."""
    keys = np.where(live, keys, None)
    codes, _ = pd.factorize(pd.Series(keys, dtype=object), use_na_sentinel=True)
    first = np.full(codes.max() + 1 if len(codes) else 0, -1, dtype=np.int64)
    positions = np.arange(len(codes))
    has = codes >= 0
    first[codes[has][::-1]] = positions[has][::-1]
    out = np.full(len(codes), -1, dtype=np.int64)
    out[has] = first[codes[has]]
    return out


def _existing_rows(tenants, codes: np.ndarray, name_park: pa.Array) -> np.ndarray:
    """Per row, the position of the catalogue firm it is (same credit code, else same name
    and park where that firm has no other code), -1 for a new firm."""
    if not len(tenants):
        return np.full(len(codes), -1, dtype=np.int64)
    their_codes = tenants.column("credit_code").str.strip().str.upper().to_numpy(dtype=object)
    their_keys = (tenants.column("name_zh") + "\x1f" + tenants.column("park_id")) \
        .to_numpy(dtype=object)
    positions = np.arange(len(tenants))
    by_code = _lookup(their_codes, positions, codes)
    by_code[codes == ""] = -1
    by_name = _lookup(their_keys, positions, name_park)
    theirs = np.where(by_name >= 0, their_codes[np.maximum(by_name, 0)], "")
    by_name[(theirs != "") & (theirs != codes)] = -1
    return np.where(by_code >= 0, by_code, by_name)


def _lookup(keys: np.ndarray, positions: np.ndarray, wanted) -> np.ndarray:
    """Per value of `wanted` (text: an array of str, or Arrow), the position of the first
    of `keys` equal to it, -1 for none ('' matches none); looked up in Arrow, without a
    Python string per wanted value."""
    index = pd.Series(positions, index=pd.Index(keys, dtype=object))
    index = index[(index.index != "") & ~index.index.duplicated(keep="first")]
    wanted = wanted if isinstance(wanted, pa.Array) else pa.array(wanted, pa.large_string())
    at = pc.index_in(wanted.cast(pa.large_string()),
                     value_set=pa.array(index.index.to_numpy(dtype=object), pa.large_string()))
    at = at.fill_null(-1).to_numpy(zero_copy_only=False)
    return np.where(at >= 0, index.to_numpy(dtype=np.int64)[np.maximum(at, 0)], -1) \
        if len(index) else np.full(len(wanted), -1, dtype=np.int64)


def _precision_word(precision: str) -> Message | str:
    """How exact a park's place is, in words the report translates."""
    words = {"surveyed": Message("surveyed site"),
             "landmark": Message("at a nearby landmark"),
             "town": Message("approximate: town reference point"),
             "district": Message("approximate: somewhere in the district"),
             "unknown": Message("location not known")}
    return words.get(precision, precision)


_PLACED_ZH_START, _PLACED_ZH_END = "位置取自所属园区（精度：", "）"
_PLACED_EN_START, _PLACED_EN_END = "placed at its park (precision: ", ")"
# The firm's note_zh is data in Chinese: the precision in Chinese words, as the panel says it.
_PRECISION_ZH = {"surveyed": "实测位置", "landmark": "附近地标位置", "town": "乡镇参考点",
                 "district": "区县范围内", "unknown": "位置不详"}
_EXTRA_ZH = {"industry": "行业", "founded": "成立日期", "capital": "注册资本"}


def _after_columns(table, headers, kept, names, codes, chain_ids, park_ids, at_park,
                   park_precision, cat, source, file_name) -> dict[str, pd.Series]:
    """The kept rows' fields as they enter the catalogue (ids still to be given), as str
    Series held in Arrow: a million rows as Python strings would take a gigabyte."""
    n = len(table)
    every = len(kept) == n

    def pick(series: pd.Series) -> pd.Series:
        return series.reset_index(drop=True) if every else \
            series.iloc[kept].reset_index(drop=True)

    def strings(values: np.ndarray) -> pd.Series:
        return pd.Series(values if every else values[kept], dtype="str")

    parts = [_text(table, headers.get("note"), n)]
    for fld, label in _EXTRA_ZH.items():
        if fld in headers:
            values = _text(table, headers[fld], n)
            parts.append((label + "：" + values).where(values != "", ""))
    placed_zh, placed_en = _placed_notes(park_precision, at_park)
    parts.append(placed_zh)
    parks = strings(park_ids)
    k = len(kept)
    return {
        "id": _repeat("", k),
        "name_zh": pick(names),
        "name_en": pick(_text(table, headers.get("name_en"), n)),
        "park_id": parks,
        "chain_id": strings(chain_ids),
        "source_id": _repeat(source, k),
        "quote": file_name + ", row " + pd.Series(table.row_numbers[kept]).astype("str"),
        "park_source_id": _repeat(source, k).where(parks != "", ""),
        "note_zh": pick(_joined(parts)),
        "note_en": pick(placed_en),
        "credit_code": strings(codes),
        "address": pick(_text(table, headers.get("address"), n)),
    }


def _placed_notes(park_precision: np.ndarray, at_park: np.ndarray) -> tuple[pd.Series,
                                                                             pd.Series]:
    """The Chinese and English notes of the rows placed at their park ('' elsewhere):
    "placed at its park (precision: …)", written once per kind of precision and taken for
    each row."""
    kind, kinds = pd.factorize(pd.Series(park_precision, dtype="str"))
    kinds = [str(k) for k in kinds]
    which = pa.array(np.where(at_park & (kind >= 0), kind, len(kinds)))
    notes = []
    for start, words, end in ((_PLACED_ZH_START, _PRECISION_ZH, _PLACED_ZH_END),
                              (_PLACED_EN_START, {}, _PLACED_EN_END)):
        labels = [start + words.get(k, k) + end for k in kinds] + [""]
        notes.append(pd.Series(pa.array(labels, pa.large_string()).take(which), dtype="str"))
    return notes[0], notes[1]


def _repeat(value: str, n: int) -> pd.Series:
    """`value` n times, as a str Series (no Python object per row)."""
    return pd.Series([value], dtype="str").iloc[np.zeros(n, dtype=np.int64)] \
        .reset_index(drop=True)


def _joined(parts: list[pd.Series]) -> pd.Series:
    """Row by row, the non-empty parts joined with '；' (on whole columns)."""
    parts = [p.reset_index(drop=True) for p in parts]
    if len(parts) == 1:
        return parts[0]
    texts = [_large_text(p) for p in parts]
    if not any((text_bytes(t) == 0x1F).any() for t in texts):
        # A part empty in every row (no bytes at all) adds nothing to any row.
        texts = [t for t in texts if len(text_bytes(t))] or texts[:1]
        if len(texts) == 1:
            return pd.Series(texts[0], dtype="str")
        return _joined_lists(texts)
    out = parts[0]
    for part in parts[1:]:
        out = out + "\x1f" + part
    return out.str.replace(r"\x1f+", "\x1f", regex=True).str.strip("\x1f") \
        .str.replace("\x1f", "；", regex=False)


def _large_text(series: pd.Series) -> pa.LargeStringArray:
    text = pa.array(series.array)
    text = text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text
    return text.cast(pa.large_string())


def _joined_lists(texts: list[pa.LargeStringArray]) -> pd.Series:
    """`_joined` of parts none of which holds \x1f, in Arrow: each row's non-empty parts
    made a list, the lists joined with '；'. The same text, in a third of the time of the
    regular expressions (a second at a million rows)."""
    n, k = len(texts[0]), len(texts)
    filled = np.stack([pc.greater(pc.utf8_length(t), 0).to_numpy(zero_copy_only=False)
                       for t in texts], axis=1)  # row by row, which parts have text
    at = np.flatnonzero(filled)  # row * k + part, in row order
    values = pa.concat_arrays(texts).take(pa.array((at % k) * n + at // k))
    offsets = np.concatenate([[0], np.cumsum(filled.sum(axis=1))]).astype(np.int64)
    lists = pa.LargeListArray.from_arrays(pa.array(offsets), values)
    return pd.Series(pc.binary_join(lists, pa.scalar("；", pa.large_string())), dtype="str")


# Fields an import updates in a firm the catalogue holds, when the file gives a value.
_UPDATED = ("name_zh", "name_en", "park_id", "chain_id", "credit_code", "address",
            "note_zh", "note_en")


def _merged(before: FirmRows, after: dict[str, np.ndarray], lon, lat,
            has_point) -> FirmRows:
    """The catalogue's firms with what the file gives: each value the file has replaces
    theirs; their id, source and quote stay; a point from the file replaces theirs."""
    columns = {}
    for name in TEXT_FIELDS:
        old = before.columns[name].to_numpy(dtype=object)
        if name in _UPDATED:
            new = after[name]
            columns[name] = np.where(new != "", new, old)
        else:
            columns[name] = old
    moved_park = columns["park_id"] != before.columns["park_id"].to_numpy(dtype=object)
    columns["park_source_id"] = np.where(moved_park, after["park_source_id"],
                                         columns["park_source_id"])
    take = has_point
    return FirmRows({k: pd.Series(v, dtype="str") for k, v in columns.items()},
                    np.where(take, lon, before.lon), np.where(take, lat, before.lat),
                    before.shapes)


# Points closer than this (degrees, about 0.1 mm) are the same point: Excel keeps 15 or 16
# significant digits, so a table exported and read back moves a point by 1e-13°.
SAME_POINT_DEG = 1e-9


def _same(a: FirmRows, b: FirmRows) -> np.ndarray:
    """Per row, whether two sets of the same firms hold the same values."""
    same = np.ones(len(a), dtype=bool)
    for name in TEXT_FIELDS:
        same &= (a.columns[name].to_numpy(dtype=object) == b.columns[name].to_numpy(
            dtype=object))
    for x, y in ((a.lon, b.lon), (a.lat, b.lat)):
        same &= (np.abs(x - y) <= SAME_POINT_DEG) | (np.isnan(x) & np.isnan(y))
    return same


def _concat(a: FirmRows, b: FirmRows) -> FirmRows:
    shapes = None
    if a.shapes is not None or b.shapes is not None:
        shapes = np.concatenate([
            a.shapes if a.shapes is not None else np.full(len(a), None, dtype=object),
            b.shapes if b.shapes is not None else np.full(len(b), None, dtype=object)])
    return FirmRows({name: pd.concat([a.columns[name], b.columns[name]], ignore_index=True)
                     for name in TEXT_FIELDS},
                    np.concatenate([a.lon, b.lon]), np.concatenate([a.lat, b.lat]), shapes)
