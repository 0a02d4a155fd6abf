"""An import report as a CSV the user opens in Excel: one line per row to look at."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from explorer.core.atomic import write_atomically
from explorer.core.errors import Message

# Column headers (Chinese, as the user's registry has them) and the outcomes in words.
HEADERS = ("行号", "列", "值", "结果", "原因")
OUTCOME_WORDS = {
    "rejected": Message("rejected"),
    "doubtful": Message("doubtful"),
    "placed_at_park": Message("placed at its park"),
    "unplaced": Message("without a place"),
}


def write_report_csv(report, path: Path | str,
                     translate: Callable[[Message], str] = str) -> None:
    """`report.rows` as CSV, UTF-8 with BOM (Excel then reads the Chinese), written
    atomically. `translate` turns a Message into the user's language (default: English)."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(HEADERS)
            for row in report.rows:
                writer.writerow([row.row, row.column, _cell(row.value),
                                 translate(OUTCOME_WORDS[row.outcome]),
                                 _cell(translate(row.reason))])
    write_atomically(Path(path), write)


def _cell(text: str) -> str:
    """A value Excel shows as text, never runs: a leading = + - @ would make a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
