"""An import from start to end without a window: read, plan, apply, save (the command line
and the benchmark use it; the window runs the same steps with its dialogs between them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.core.errors import DataError, Message, Problem
from explorer.core.registry.mapping import FIELDS, guess_mapping
from explorer.core.registry.plan import ImportOptions, ImportReport, plan_import
from explorer.core.registry.read import Table, open_table


@dataclass
class ImportRun:
    table: Table
    report: ImportReport
    saved: bool  # False when the file changed nothing


def mapping_with(headers: list[str], overrides: dict[str, str | None], file: str) -> dict:
    """The guessed mapping with the user's `HEADER=FIELD` choices over it (FIELD '' or
    None: the column is not imported); DataError for an unknown header or field."""
    mapping = guess_mapping(headers)
    problems = []
    for header, fld in overrides.items():
        if header not in mapping:
            problems.append(Message("no column '{column}' in the file; its columns are "
                                    "{columns}", column=header, columns=", ".join(headers)))
        elif fld and fld not in FIELDS:
            problems.append(Message("unknown field '{field}'; the fields are {fields}",
                                    field=fld, fields=", ".join(FIELDS)))
        else:
            if fld:  # a field goes to one column only
                mapping.update({h: None for h, f in mapping.items() if f == fld})
            mapping[header] = fld or None
    if problems:
        raise DataError([Problem(file, m) for m in problems])
    return mapping


def import_into(file: Path | str, into: str, sheet: str | None = None,
                overrides: dict[str, str | None] | None = None, **options) -> ImportRun:
    """Import `file` into the catalogue `into` (a GeoPackage, created as a copy of the
    bundled catalogue if it does not exist yet, or a database URI), saved as one edit.
    `options`: the fields of ImportOptions other than the mapping. DataError on anything
    that stops the import; nothing is then written."""
    from explorer.core.catalogue import load_catalogue
    from explorer.core.db.location import is_database
    from explorer.core.session import EditSession
    from explorer.core.store import GeoPackageStore

    table = open_table(file, sheet)
    mapping = mapping_with(table.headers, overrides or {}, str(file))
    new_file = not is_database(into) and not Path(into).exists()
    if new_file and Path(into).suffix.lower() != ".gpkg":
        raise DataError([Problem(str(into), Message(
            "a new catalogue is a GeoPackage (.gpkg); this file does not exist"))])
    cat = load_catalogue(None if new_file else into)
    plan = plan_import(cat, table, ImportOptions(mapping, **options))
    changed = bool(len(plan.edit.after) or len(plan.edit.before))
    if not changed and not new_file:
        return ImportRun(table, plan.report, False)
    session = EditSession(cat, plan.edit.editor, plan.edit.note)
    session.apply(plan.edit)
    if new_file:
        store = cat.store
        assert isinstance(store, GeoPackageStore)
        store.save_as(into, session.changes(), cat)
    else:
        cat.store.write(session.changes(), cat)
    return ImportRun(table, plan.report, True)
