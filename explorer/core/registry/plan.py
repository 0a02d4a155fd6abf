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

from dataclasses import dataclass, field

from explorer.core.errors import Message

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

    def write_csv(self, path) -> None:
        """The rows as a CSV (UTF-8 with BOM, so Excel reads the Chinese; Chinese headers),
        written atomically."""
        from explorer.core.registry.report import write_report_csv

        write_report_csv(self, path)


@dataclass
class ImportPlan:
    """The edit to apply (one `edits.BulkEdit` on the `tenants` layer) and its report."""

    report: ImportReport
    edit: object
