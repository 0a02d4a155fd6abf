"""A spreadsheet or CSV of firms read as columns of text, exactly as the user sees them.

Workbooks (.xlsx, .xls, .ods) are read with python-calamine (a Rust reader: 100,000 rows in
about a second, where openpyxl takes over ten). CSV and .txt files are read as UTF-8 (with
or without BOM), else GB18030 (a superset of GBK, as Excel writes CSV on Chinese Windows);
the encoding used is kept in `Table.encoding`, so the window can show it: it is never a
silent guess. Anything else is refused, naming the encodings tried.

Every cell becomes text: a number stored as text stays as written (leading zeros of a
credit code kept), a number cell is written as Excel shows it (123, not 123.0), a date as
ISO 8601. The header row is the first row with at least two non-empty cells; a header
spanning two rows (a merged group title over 经度 / 纬度) takes the lower row's names.
Empty rows are skipped, but every row keeps the number the user sees in Excel, so that a
report can point at it.

Columns are held as Arrow string arrays (a million rows of twelve columns as Python strings
would take about a gigabyte); `Table.columns` gives numpy arrays of str objects on demand.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from explorer.core.errors import DataError, Message, Problem
from explorer.core.load import check_readable
from explorer.core.readers import ENCODINGS, decode

WORKBOOK_KINDS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
TEXT_KINDS = {".csv": "csv", ".txt": "csv"}
SUFFIXES = (*WORKBOOK_KINDS, *TEXT_KINDS)
# Rows looked at to find the header row, and cells per chunk of a workbook turned into Arrow.
HEADER_SEARCH = 30
_CHUNK_ROWS = 100_000


class Columns(Mapping):
    """header → numpy array of str objects, built when asked for (see the module's
    docstring); `arrow(header)` gives the column without copying."""

    def __init__(self, arrays: dict[str, pa.ChunkedArray]):
        self._arrays = arrays

    def __getitem__(self, header: str) -> np.ndarray:
        return np.asarray(self._arrays[header].to_numpy(zero_copy_only=False), dtype=object)

    def __contains__(self, header) -> bool:
        return header in self._arrays

    def __iter__(self) -> Iterator[str]:
        return iter(self._arrays)

    def __len__(self) -> int:
        return len(self._arrays)

    def arrow(self, header: str) -> pa.ChunkedArray:
        return self._arrays[header]


@dataclass
class Table:
    """One sheet of a workbook, or a CSV file: its header and its data rows, as text."""

    path: Path
    kind: str  # 'xlsx' | 'xls' | 'ods' | 'csv'
    sheets: list[str]  # the workbook's sheet names; [] for a CSV
    sheet: str | None
    encoding: str | None  # 'utf-8', 'utf-8-sig' or 'gb18030' for a CSV; None for a workbook
    headers: list[str]
    columns: Columns
    row_numbers: np.ndarray = field(repr=False)  # spreadsheet row (from 1) of each data row

    def __len__(self) -> int:
        return len(self.row_numbers)

    def preview(self, n: int = 20) -> list[list[str]]:
        """The first `n` data rows, one list of cells per row, in header order."""
        heads = [self.columns.arrow(h).slice(0, n).to_pylist() for h in self.headers]
        return [list(row) for row in zip(*heads)]


def open_table(path: Path | str, sheet: str | None = None,
               encoding: str | None = None) -> Table:
    """The table of a workbook sheet (the first one when `sheet` is None) or a CSV file.
    DataError naming the file (and sheet) and what was expected when it cannot be read.
    `encoding` ('utf-8-sig' or 'gb18030') reads a CSV in that encoding instead of the one
    found: the user's answer when the text found looks wrong."""
    path = Path(path)
    file = str(path)
    check_readable(path)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_KINDS:
        return _workbook(path, WORKBOOK_KINDS[suffix], sheet)
    if suffix in TEXT_KINDS:
        return _csv(path, encoding)
    raise DataError([Problem(file, Message(
        "expected a workbook (.xlsx, .xls, .ods) or a CSV file (.csv, .txt), found '{suffix}'",
        suffix=suffix or "no extension"))])


# -- workbooks ------------------------------------------------------------------------------

def _workbook(path: Path, kind: str, sheet: str | None) -> Table:
    """The sheet named `sheet`; without a name, the first sheet that has a header row (a
    workbook often opens with a sheet of explanations)."""
    from python_calamine import CalamineWorkbook  # a compiled reader, loaded when needed

    file = str(path)
    try:
        book = CalamineWorkbook.from_path(file)
    except Exception as exc:  # calamine raises its own types for damaged or encrypted files
        raise DataError([Problem(file, Message(
            "cannot read the workbook ({reason}); is it a damaged or password-protected "
            "file?", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))]) \
            from exc
    sheets = list(book.sheet_names)
    if not sheets:
        raise DataError([Problem(file, Message("the workbook has no sheets"))])
    if sheet is None:
        for name in sheets:
            try:
                return _sheet(path, kind, book, sheets, name)
            except _NoHeader:
                continue
        return _sheet(path, kind, book, sheets, sheets[0], raise_error=True)
    if sheet not in sheets:
        raise DataError([Problem(file, Message(
            "the workbook has no sheet '{sheet}'; its sheets are {sheets}", sheet=sheet,
            sheets=", ".join(sheets)))])
    return _sheet(path, kind, book, sheets, sheet, raise_error=True)


class _NoHeader(Exception):
    pass


def _sheet(path: Path, kind: str, book, sheets: list[str], name: str,
           raise_error: bool = False) -> Table:
    file = str(path)
    data = book.get_sheet_by_name(name)
    merged = list(data.merged_cell_ranges or [])
    rows = data.iter_rows()
    # islice, not zip(rows, range(…)): zip would pull one row more and lose it.
    top = [[_cell_text(v) for v in row] for row in itertools.islice(rows, HEADER_SEARCH)]
    _fill_merged(top, merged)
    header_at, sub_header = _header_row(top, merged)
    if header_at is None:
        if not raise_error:
            raise _NoHeader(name)
        raise DataError([Problem(file, Message(
            "sheet '{sheet}' has no header row (a row with two or more column names) in its "
            "first {rows} rows", sheet=name, rows=HEADER_SEARCH), layer=name)])
    headers = _headers(top, header_at, sub_header)
    first_data = header_at + (2 if sub_header else 1)
    width = len(headers)
    arrays: list[list[pa.Array]] = [[] for _ in range(width)]
    numbers: list[np.ndarray] = []

    def chunks():
        yield from ((i, r) for i, r in enumerate(top) if i >= first_data)
        yield from ((i, [_cell_text(v) for v in row]) for i, row in
                    enumerate(rows, start=len(top)))

    cells: list[list[str]] = [[] for _ in range(width)]
    kept: list[int] = []
    for index, row in chunks():
        if not any(row):
            continue
        row = (row + [""] * width)[:width]
        for column, value in zip(cells, row):
            column.append(value)
        kept.append(index + 1)
        if len(kept) == _CHUNK_ROWS:
            _flush(cells, arrays, kept, numbers)
    _flush(cells, arrays, kept, numbers)
    columns = {h: pa.chunked_array(a, type=pa.string()) for h, a in zip(headers, arrays)}
    row_numbers = np.concatenate(numbers) if numbers else np.zeros(0, dtype=np.int64)
    return Table(path, kind, sheets, name, None, headers, Columns(columns), row_numbers)


def _flush(cells, arrays, kept, numbers) -> None:
    if not kept:
        return
    for column, chunks in zip(cells, arrays):
        chunks.append(pa.array(column, type=pa.string()))
        column.clear()
    numbers.append(np.asarray(kept, dtype=np.int64))
    kept.clear()


def _cell_text(value) -> str:
    """A cell as Excel shows it by default: whole numbers without '.0', dates in ISO 8601."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else \
            value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _fill_merged(rows: list[list[str]], merged) -> None:
    """Each merged range of the top rows shows its value in every cell it covers."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value


def _header_row(rows: list[list[str]], merged=()) -> tuple[int | None, bool]:
    """The header row (the first with two or more non-empty cells), and whether the row
    under it names the columns of a merged group title (经度 / 纬度 under 坐标)."""
    for at, row in enumerate(rows):
        if sum(1 for v in row if v) >= 2:
            spans = [(c0, c1) for (r0, c0), (r1, c1) in merged
                     if r0 <= at <= r1 and c1 > c0]
            below = rows[at + 1] if at + 1 < len(rows) else []
            sub = bool(spans) and all(c < len(below) and below[c]
                                      for c0, c1 in spans for c in range(c0, c1 + 1))
            return at, sub
    return None, False


def _headers(rows: list[list[str]], at: int, sub_header: bool) -> list[str]:
    """The column names: the header row's (the sub-header's where it has one), blank ones
    named by their column letter, repeated ones numbered."""
    top = rows[at]
    below = rows[at + 1] if sub_header else []
    width = max(len(top), len(below))
    while width and not (width <= len(top) and top[width - 1]) and not (
            width <= len(below) and below[width - 1]):
        width -= 1  # trailing blank header cells name no column
    names = []
    for c in range(width):
        name = below[c] if c < len(below) and below[c] else (top[c] if c < len(top) else "")
        names.append(" ".join(name.split()) or f"({_letter(c)})")
    return _unique(names)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _letter(column: int) -> str:
    """The spreadsheet letter of a column counted from 0: A, …, Z, AA, …"""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- CSV ------------------------------------------------------------------------------------

def _csv(path: Path, chosen: str | None = None) -> Table:
    file = str(path)
    raw = path.read_bytes()
    if chosen:  # the user's choice: read as that, or say where it fails
        data = _decode_as(raw, chosen, file).encode()
        encoding = chosen if chosen == "gb18030" else (
            "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
        table = _arrow_csv(data)
    else:
        table, encoding, data = _found_csv(raw, file)
    if table is None:
        table = _ragged_csv(str(data, "utf-8"), _delimiter(data))
    del raw, data
    arrays = [_unescaped(pc.utf8_trim_whitespace(table.column(i)))
              for i in range(table.num_columns)]
    top = [[str(a[r]) for a in arrays] for r in range(min(HEADER_SEARCH, table.num_rows))]
    header_at, _ = _header_row(top)
    if header_at is None:
        raise DataError([Problem(file, Message(
            "no header row (a line with two or more column names, separated by commas, "
            "semicolons or tabs) in the first {rows} lines", rows=HEADER_SEARCH))])
    headers = _headers(top, header_at, False)
    arrays = [a.slice(header_at + 1) for a in arrays[:len(headers)]]
    empty = np.ones(len(arrays[0]) if arrays else 0, dtype=bool)
    for a in arrays:
        empty &= pc.equal(pc.utf8_length(a), 0).to_numpy(zero_copy_only=False)
    keep = np.flatnonzero(~empty)
    row_numbers = keep + header_at + 2  # 1-based, after the header line
    if len(keep) < len(empty):
        indices = pa.array(keep)
        arrays = [a.take(indices) for a in arrays]
    columns = {h: a if isinstance(a, pa.ChunkedArray) else pa.chunked_array([a])
               for h, a in zip(headers, arrays)}
    return Table(path, "csv", [], None, encoding, headers, Columns(columns), row_numbers)


def _found_csv(raw: bytes, file: str) -> tuple[pa.Table | None, str, bytes | memoryview]:
    """(table or None for ragged rows, encoding, UTF-8 bytes) of a CSV in the encoding
    found: UTF-8 (with or without BOM), else GB18030, else a DataError saying why."""
    if not (raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in raw):
        # UTF-8 read straight from the bytes: Arrow checks that every value is UTF-8, so
        # the file is never decoded into a Python string (twice its size, or more); the
        # BOM is left out by a view, not a copy of the file.
        bom = raw.startswith(b"\xef\xbb\xbf")
        data = memoryview(raw)[3:] if bom else raw
        table = _arrow_csv(data)
        if table is not None:
            return table, "utf-8-sig" if len(data) < len(raw) else "utf-8", data
    # GB18030, or the reason it is neither (UTF-16, a NUL byte, undecodable): decode says
    # which, as File → Open does.
    text, found = decode(raw, file)
    data = text.encode()
    del text
    encoding = found if found == "gb18030" else (
        "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
    return _arrow_csv(data), encoding, data


def _decode_as(raw: bytes, encoding: str, file: str) -> str:
    """`raw` read as `encoding` ('utf-8-sig' or 'gb18030'); a DataError naming the line and
    byte where it fails."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError([Problem(file, Message(
            "the text cannot be read as {encoding}: {failure}; choose the other encoding",
            encoding=ENCODINGS[encoding], failure=Message(
                "{encoding} fails at line {line}, byte {byte}", encoding=ENCODINGS[encoding],
                line=raw[:exc.start].count(b"\n") + 1, byte=f"{raw[exc.start]:#04x}")))]) \
            from exc


def _unescaped(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Text a CSV writer put after an apostrophe so that Excel would not run it as a
    formula ('=1+1, see export.py) without the apostrophe. A column with no value
    starting with an apostrophe is left as it is: the regular expression would change
    nothing in it, and costs most of a second on a million rows."""
    if not pc.any(pc.starts_with(column, "'")).as_py():
        return column
    return pc.replace_substring_regex(column, r"^'([=+\-@])", r"\1")


def _arrow_csv(data: bytes | memoryview) -> pa.Table | None:
    """The CSV (UTF-8 bytes) as text columns; None when it is not UTF-8, or its rows differ
    in length (a title line above the header), which `_ragged_csv` reads."""
    delimiter = _delimiter(data)
    try:
        return pcsv.read_csv(
            pa.BufferReader(pa.py_buffer(data)),  # the bytes as they are, not a copy
            read_options=pcsv.ReadOptions(autogenerate_column_names=True,
                                          block_size=1 << 24),
            parse_options=pcsv.ParseOptions(delimiter=delimiter, ignore_empty_lines=False,
                                            newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(
                column_types=_all_text(data, delimiter), strings_can_be_null=False,
                quoted_strings_can_be_null=False))
    except pa.ArrowInvalid:
        return None


def _delimiter(data: bytes) -> str:
    """Comma, semicolon or tab: the one the first lines use most."""
    head = b"\n".join(_first_lines(data, HEADER_SEARCH))
    return max((",", ";", "\t"), key=lambda d: head.count(d.encode()))


def _all_text(data: bytes, delimiter: str) -> dict[str, pa.DataType]:
    """Every column as text: nothing converted (a credit code's leading zeros stay)."""
    first = _first_lines(data, HEADER_SEARCH)
    width = max((line.count(delimiter.encode()) + 1 for line in first[:HEADER_SEARCH]),
                default=1)
    return {f"f{i}": pa.string() for i in range(width)}


def _first_lines(data: bytes | memoryview, count: int) -> list[bytes]:
    """`data.split(b"\\n", count)[:count]`: the first lines, without copying the rest of
    the file (splitting a large file makes its rest one more copy of it)."""
    size = 1 << 16
    while True:
        head = bytes(data[:size])
        if head.count(b"\n") >= count or size >= len(data):
            return head.split(b"\n", count)[:count]
        size *= 4


def _ragged_csv(text: str, delimiter: str) -> pa.Table:
    """A CSV whose rows differ in length, read by Python's csv module (slower)."""
    import csv

    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    columns = [[(r[i] if i < len(r) else "") for r in rows] for i in range(width)]
    return pa.table({f"f{i}": pa.array(c, type=pa.string()) for i, c in enumerate(columns)})
