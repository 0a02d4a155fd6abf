"""Registries written by the tests."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from explorer.core.uscc import check_character


def credit_code(i: int) -> str:
    """A valid 统一社会信用代码 (made up: 91 + Hengyang's 430400 + a number + its check)."""
    first = f"91430400{i:09d}"
    return first + check_character(first)


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list], sheet: str = "企业名录") -> Path:
    book = openpyxl.Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
