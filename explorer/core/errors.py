"""The one error type for bad data, and the problems it carries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in a data file, located as precisely as possible.

    `row` counts data rows from 1 (the first feature of a layer, the first line after a CSV
    header); None when the problem concerns the whole file or layer.
    """

    file: str
    message: str
    layer: str | None = None
    row: int | None = None
    field: str | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = [Path(self.file).name]
        if self.layer:
            where.append(f"layer '{self.layer}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}"


class DataError(Exception):
    """Raised when a catalogue cannot be loaded; lists every error found, precisely."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in self.problems))
