"""Command line: no sub-command starts the window; sub-commands do headless work.

Headless sub-commands never import explorer.ui (nor Qt widgets).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from explorer import __version__
from explorer.qtenv import prepare_qtwebengine

EXIT_DATA_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hengyang-explorer",
        description="Hengyang Park Explorer: industrial parks and chains on a map. "
                    "Without a sub-command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data", help="catalogue to open: a file, or a database URI "
                        "postgresql://user@host:port/db?schema=NAME (default: bundled data)")
    parser.add_argument("--verbose", action="store_true",
                        help="log to the terminal too, with debug messages")
    sub = parser.add_subparsers(dest="command")

    validate = sub.add_parser("validate", help="check a catalogue and print a short report")
    validate.add_argument("path", nargs="?", help="catalogue file or database URI "
                          "(default: bundled)")

    edits = sub.add_parser("edits", help="list the edit history of a catalogue")
    edits.add_argument("path", type=Path, help="GeoPackage")
    edits.add_argument("--json", action="store_true", help="one JSON document, for scripts")

    data = sub.add_parser("data", help="work on the bundled geodata")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    build = data_sub.add_parser("build", help="rebuild geodata/hengyang.gpkg from its sources")
    build.add_argument("--sources", type=Path, help="folder of source CSVs "
                       "(default: geodata/sources)")
    build.add_argument("--out", type=Path, help="GeoPackage to write "
                       "(default: geodata/hengyang.gpkg)")
    _add_export_parser(sub)
    _add_registry_parsers(sub)
    _add_db_parser(sub)
    _add_report_parser(sub)
    return parser


def _add_db_parser(sub) -> None:
    db = sub.add_parser("db", help="a shared catalogue in PostgreSQL + PostGIS",
                        description="URI: postgresql://user@host:port/db?schema=NAME (libpq "
                                    "URIs; PG* variables and ~/.pgpass are honoured; the "
                                    "schema defaults to 'explorer').")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    init = db_sub.add_parser("init", help="create the catalogue's schema and tables")
    init.add_argument("uri")
    push = db_sub.add_parser("push", help="copy a catalogue file into the database")
    push.add_argument("file", type=Path)
    push.add_argument("uri")
    push.add_argument("--replace", action="store_true",
                      help="overwrite the catalogue the schema holds")
    pull = db_sub.add_parser("pull", help="copy the database's catalogue into a GeoPackage")
    pull.add_argument("uri")
    pull.add_argument("file", type=Path)


def _add_registry_parsers(sub) -> None:
    imp = sub.add_parser(
        "import", help="import a firm registry (.xlsx, .xls, .ods, .csv) into a catalogue",
        description="Import a list of firms with Chinese or English headers into a "
                    "catalogue, as one edit. Columns are recognised from their headers "
                    "(企业名称, 统一社会信用代码, 经度, 纬度, 所属园区, 产业链 …); --map "
                    "changes a guess. Firms the catalogue holds (same credit code, else same "
                    "name and park) are updated, not added twice.")
    imp.add_argument("file", type=Path, help="the registry: .xlsx, .xls, .ods, .csv or .txt")
    imp.add_argument("--into", required=True, metavar="CATALOGUE",
                     help="the catalogue to import into: a GeoPackage (made from the bundled "
                          "catalogue if it does not exist) or a database URI")
    imp.add_argument("--sheet", help="the workbook's sheet (default: the first with a "
                                     "header row)")
    imp.add_argument("--datum", default="wgs84", choices=("wgs84", "cgcs2000", "gcj02", "bd09"),
                     help="coordinate system of the lon/lat columns: GCJ-02 for Amap and "
                          "Tencent, BD-09 for Baidu (default: wgs84)")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help="map a column to a field (name_zh, name_en, uscc, lon, lat, park, "
                          "chain, address, industry, founded, capital, note); HEADER= leaves "
                          "the column out. Repeatable")
    imp.add_argument("--chain", dest="chain_values", action="append", default=[],
                     metavar="VALUE=CHAIN_ID", help="a chain value the catalogue does not "
                     "know, and the chain it means (=CHAIN_ID: rows with no chain)")
    imp.add_argument("--park", dest="park_values", action="append", default=[],
                     metavar="VALUE=PARK_ID", help="a park value the catalogue does not know, "
                     "and the park it means (VALUE= : no park)")
    imp.add_argument("--bad-codes", default="keep", choices=("keep", "reject"),
                     help="rows whose credit code fails the check: kept and flagged "
                          "(default), or left out")
    imp.add_argument("--report", type=Path, metavar="REPORT.csv",
                     help="write every rejected or doubtful row, with its reason, here")
    imp.add_argument("--editor", default="", help="who imports (recorded with the edit)")
    imp.add_argument("--note", default="", help="why (recorded with the edit)")

    out = sub.add_parser("export-firms", help="write a catalogue's firms as .xlsx or .csv")
    out.add_argument("catalogue", help="catalogue file or database URI")
    out.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv")
    out.add_argument("--encoding", default="utf-8-sig", choices=("utf-8-sig", "gb18030"),
                     help="CSV text encoding (default utf-8-sig; gb18030 for older Excel)")


def _add_report_parser(sub) -> None:
    report = sub.add_parser(
        "report", help="write a chain report, or the city overview, as an A4 PDF",
        description="Write A4 portrait PDF reports without a window: a chain's parks, firms, "
                    "map, figures with their source sentences, charts and sources; or the "
                    "city overview of all chains.")
    what = report.add_mutually_exclusive_group(required=True)
    what.add_argument("--chain", metavar="ID", help="the chain to report on")
    what.add_argument("--overview", action="store_true", help="the city overview report")
    what.add_argument("--all", action="store_true",
                      help="one report per chain and the overview, into the folder --out")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|DIR",
                        help="the PDF to write (a folder with --all)")
    report.add_argument("--lang", default="zh", metavar="zh|en",
                        help="language of the report (default: zh)")
    report.add_argument("--data", dest="report_data", type=Path, metavar="PATH",
                        help="catalogue to report on (default: bundled data)")


def _add_export_parser(sub) -> None:
    export = sub.add_parser(
        "export", help="write the map as PNG, PDF or standalone HTML, without a window",
        description="Write the map without a window or a display. A PNG is WIDTH*SCALE x "
                    "HEIGHT*SCALE pixels; a PDF is one page at 300 dpi, sized by --paper; "
                    "an HTML file is an interactive map that works offline.")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE",
                        help="file to write: .png, .pdf or .html")
    target.add_argument("--per-chain", type=Path, metavar="DIR",
                        help="write one PNG per chain into DIR, named <chain id>.png")
    export.add_argument("--data", dest="export_data", metavar="PATH",
                        help="catalogue to draw (default: bundled data)")
    export.add_argument("--chain", dest="chains", action="extend", nargs="+", default=[],
                        metavar="ID", help="chains to show (default: all)")
    export.add_argument("--park", metavar="ID", help="park to highlight and zoom to")
    export.add_argument("--size", default="1600x1000", metavar="WxH",
                        help="map size in CSS pixels (default: 1600x1000)")
    export.add_argument("--scale", default="1", metavar="K",
                        help="image pixels per CSS pixel, 1 to 4 (default: 1)")
    export.add_argument("--bbox", metavar="W,S,E,N", help="area to show, in degrees")
    export.add_argument("--title", help="title (default: the city and the chains shown)")
    export.add_argument("--lang", default="zh", metavar="zh|en",
                        help="language of names and text (default: zh)")
    export.add_argument("--paper", default="A4", metavar="A4|A3", help="PDF paper (default: A4)")
    export.add_argument("--landscape", action="store_true", help="PDF in landscape")
    export.add_argument("--basemap", default="none", metavar="NAME|FILE",
                        help="tiles under the map: none (default), osm, esri, gaode, "
                             "gaode-satellite, tianditu, tianditu-imagery (online), or an "
                             ".mbtiles / .gpkg file of raster tiles (offline)")
    export.add_argument("--tianditu-key", metavar="KEY",
                        help="Tianditu key for --basemap tianditu* (never written into the "
                             "export); get one at https://console.tianditu.gov.cn/")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.command:
        from explorer.ui.app import run  # the GUI only when asked for

        return run(args.data, verbose=args.verbose)
    # `hengyang-explorer validate | head` should stop quietly, as command-line tools do;
    # the old handler comes back afterwards, for callers that go on (a test, a script that
    # then writes to sockets, where a default SIGPIPE would kill it).
    previous = signal.signal(signal.SIGPIPE, signal.SIG_DFL) if hasattr(signal, "SIGPIPE") \
        else None
    try:
        if args.command == "validate":
            return _validate(args.path or args.data)
        if args.command == "edits":
            return _edits(args.path, args.json)
        if args.command == "data":
            return _build(args.sources, args.out)
        if args.command == "db":
            return _db(args)
        if args.command == "report":
            return _report(args)
        if args.command == "import":
            return _import(args)
        if args.command == "export-firms":
            return _export_firms(args)
        return _export(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGPIPE, previous)


def _validate(path: Path | None) -> int:
    from explorer.core.catalogue import load_catalogue
    from explorer.core.errors import DataError

    try:
        cat = load_catalogue(path)
    except DataError as exc:
        print(f"{len(exc.problems)} error(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_DATA_ERROR
    mapped = sum(p.is_mapped for p in cat.parks.values())
    print(f"{cat.store.location}: valid")
    print(f"  chains {len(cat.chains)} ({sum(c.official_confirmed for c in cat.chains.values())}"
          f" confirmed as official chains), parks {len(cat.parks)} ({mapped} on the map), "
          f"firms {len(cat.tenants)}"
          f"{f' ({cat.added_firms} added from this file)' if cat.added_firms else ''}, figures {len(cat.figures)}, "
          f"sources {len(cat.sources)}, districts {len(cat.districts)}")
    _print_edited(cat)
    if cat.warnings:
        print(f"{len(cat.warnings)} warning(s):")
        for warning in cat.warnings:
            print(f"  {warning}")
    return 0


def _db(args) -> int:
    from explorer.core.db import transfer
    from explorer.core.db.location import parse_location
    from explorer.core.errors import DataError

    try:
        if args.db_command == "init":
            store = transfer.init_database(args.uri)
            print(f"created the catalogue in {store.location}")
        elif args.db_command == "push":
            counts = transfer.push(args.file, args.uri, replace=args.replace)
            print(f"copied {args.file} into {parse_location(args.uri).shown}: "
                  + ", ".join(f"{layer} {n}" for layer, n in counts.items()))
        else:
            frames = transfer.pull(args.uri, args.file)
            print(f"wrote {args.file}: "
                  + ", ".join(f"{layer} {len(df)}" for layer, df in frames.items()))
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    return 0


def _pairs(texts: list[str], what: str) -> dict[str, str | None]:
    """'A=B' arguments as {A: B or None}; ValueError naming the one without '='."""
    out = {}
    for text in texts:
        if "=" not in text:
            raise ValueError(f"{what} '{text}' is not of the form A=B")
        key, _, value = text.partition("=")
        out[key.strip()] = value.strip() or None
    return out


# Report rows printed to the terminal before the rest are only counted.
_LISTED_ROWS = 20


def _import(args) -> int:
    from explorer.core.errors import DataError, printable
    from explorer.core.registry.run import import_into

    try:
        overrides = _pairs(args.map, "--map")
        chains, parks = _pairs(args.chain_values, "--chain"), _pairs(args.park_values, "--park")
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_DATA_ERROR
    try:
        run = import_into(args.file, args.into, args.sheet, overrides, datum=args.datum,
                          chain_values=chains, park_values=parks, bad_codes=args.bad_codes,
                          editor=args.editor, note=args.note)
        if args.report:
            run.report.write_csv(args.report)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    table, report = run.table, run.report
    how = f"sheet '{table.sheet}'" if table.sheet else f"read as {table.encoding}"
    print(printable(f"{args.file.name} ({how}): {len(table):,} rows"))
    print(", ".join(f"{name.replace('_', ' ')} {count:,}"
                    for name, count in report.counts.items()))
    for row in report.rows[:_LISTED_ROWS]:
        column = f", {row.column}" if row.column else ""
        print(printable(f"  row {row.row}{column} {row.value!r}: {row.reason} "
                        f"({row.outcome.replace('_', ' ')})"), file=sys.stderr)
    if len(report.rows) > _LISTED_ROWS:
        more = len(report.rows) - _LISTED_ROWS
        print(f"  … {more:,} more rows" + (f" in {args.report}" if args.report else
                                          " (--report FILE lists them all)"), file=sys.stderr)
    print(printable(f"saved into {args.into}" if run.saved else
                    f"nothing to change in {args.into}"))
    return 0


def _export_firms(args) -> int:
    from explorer.core.catalogue import load_catalogue
    from explorer.core.errors import DataError
    from explorer.core.registry.export import write_firm_table

    try:
        count = write_firm_table(load_catalogue(args.catalogue), args.out,
                                 encoding=args.encoding)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    print(f"wrote {count:,} firms to {args.out}")
    return 0


def _print_edited(cat) -> None:
    """The rows users edited, each with its last edit: who, when, what, from which source."""
    if not cat.history:
        print("  no edits recorded (the catalogue is as its sources give it)")
        return
    last = {(e.layer, e.row_id): e for e in cat.history}
    print(f"{len(last)} edited row(s), {len(cat.history)} edit(s) in the 'edits' layer:")
    for (layer, row_id), edit in last.items():
        row = edit.after or edit.before or {}
        source = row.get("location_source_id") or row.get("source_id") or ""
        print(f"  {layer} '{row_id}': {edit.action} by {edit.editor} at {edit.time}"
              + (f", source '{source}'" if source else "")
              + (f" ({edit.note})" if edit.note else ""))


def _edits(path: Path, as_json: bool) -> int:
    import json

    from explorer.core.catalogue import load_catalogue
    from explorer.core.edits import edit_row
    from explorer.core.errors import DataError

    try:
        cat = load_catalogue(path)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    rows = [edit_row(e) for e in cat.history]
    if as_json:
        print(json.dumps({"catalogue": cat.store.location, "edits": rows}, ensure_ascii=False,
                         indent=1))
        return 0
    for row in rows:
        print(f"{row['time']}  {row['editor']}  {row['action']:<9} {row['layer']} "
              f"'{row['row_id']}'" + (f"  — {row['note']}" if row["note"] else ""))
        if row["before_wkt"] != row["after_wkt"]:
            print(f"    was {row['before_wkt'] or '(none)'}")
            print(f"    now {row['after_wkt'] or '(none)'}")
    print(f"{len(rows)} edit(s)")
    return 0


def _build(sources: Path | None, out: Path | None) -> int:
    from explorer.core.build import build
    from explorer.core.errors import DataError
    from explorer.core.load import BUNDLED_PATH

    sources = sources or BUNDLED_PATH.parent / "sources"
    out = out or BUNDLED_PATH
    try:
        counts = build(sources, out)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    print(f"wrote {out}: " + ", ".join(f"{layer} {n}" for layer, n in counts.items()))
    return 0


def _export(args) -> int:
    prepare_qtwebengine(headless=True, verbose=args.verbose)
    from explorer.logs import configure_logging

    configure_logging(None, args.verbose)

    def work():
        from explorer.core.catalogue import load_catalogue
        from explorer.export.options import ExportError

        cat = load_catalogue(args.export_data or args.data)
        jobs = _export_jobs(cat, args)
        from explorer.export.qtlog import route_qt_messages
        from explorer.export.render import application, export_map  # Qt once work is sound
        from explorer.export.webprofile import request_guard

        route_qt_messages()
        application()  # before the web profile, which needs it
        if args.tianditu_key:
            request_guard().keys["tianditu"] = args.tianditu_key.strip()
        for options, out in jobs:
            print(f"wrote {export_map(cat, options, out)}")
        if not jobs:
            raise ExportError("nothing to draw: no chain has a park or firm with a place "
                              "on the map")
    return _writing_files("export", work)


def _writing_files(command: str, work) -> int:
    """Run `work()`, the files of the `export` or `report` command written one by one: the
    exit code, and on stderr what went wrong, named by the command."""
    from explorer.core.errors import DataError
    from explorer.export.options import ExportError, Interrupted

    try:
        work()
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA_ERROR
    except ExportError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except Interrupted as exc:
        print(f"{command}: {exc}; the file being written was left as it was", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl-C before any file was begun
        print(f"{command}: stopped by SIGINT", file=sys.stderr)
        return Interrupted(signal.SIGINT).exit_code
    return 0


def _export_jobs(cat, args) -> list:
    """(options, file) for each file to write, all checked before any is written."""
    from dataclasses import replace

    from explorer.export.options import (ExportOptions, check_options, check_target,
                                         drawn_chains, empty_chains, parse_bbox, parse_scale,
                                         parse_size)

    options = ExportOptions(
        size=parse_size(args.size), scale=parse_scale(args.scale), chains=tuple(args.chains),
        park=args.park, bbox=parse_bbox(args.bbox) if args.bbox else None, title=args.title,
        lang=args.lang, paper=args.paper, landscape=args.landscape,
        basemap=_basemap_key(args.basemap))
    notes = []
    if args.out:
        jobs = [(options, args.out)]
        if args.chains and drawn_chains(cat, options):  # else check_options says it
            notes = [f"export: warning: chain '{c}' has nothing on the map (no park or firm "
                     "with a place); it is left out of the legend"
                     for c in empty_chains(cat, options)]
    else:
        if args.chains:
            check_options(cat, replace(options, chains=tuple(args.chains)))  # unknown ids
        chains = args.chains or list(cat.chains)
        drawn = drawn_chains(cat, replace(options, chains=tuple(chains)))
        notes = [f"export: skipped '{c}': nothing on the map (no park or firm with a place)"
                 for c in chains if c not in drawn]
        jobs = [(replace(options, chains=(c,)), args.per_chain / f"{c}.png") for c in drawn]
    for job_options, _ in jobs:
        check_options(cat, job_options)
    for note in notes:
        print(note, file=sys.stderr)
    if args.per_chain:
        _make_folder(args.per_chain)
    for _, out in jobs:
        check_target(out)
    return jobs


def _basemap_key(text: str) -> str:
    """A basemap name as it is, or a tile file (a path ending .mbtiles or .gpkg) as its key."""
    from explorer.mapview.basemaps import BASEMAPS, file_key

    if text in BASEMAPS or not text.lower().endswith((".mbtiles", ".gpkg")):
        return text
    return file_key(text)


def _make_folder(folder: Path) -> None:
    from explorer.export.options import ExportError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {folder}: {exc.strerror or exc}") from None


def _report(args) -> int:
    prepare_qtwebengine(headless=True)

    def work():
        from explorer.core.catalogue import load_catalogue

        cat = load_catalogue(args.report_data or args.data)
        jobs = _report_jobs(cat, args)
        from explorer.export.report import check_report, export_report  # Qt once sound

        for options, out in jobs:
            check_report(cat, options, out)
        for options, out in jobs:
            print(f"wrote {export_report(cat, options, out)}")
    return _writing_files("report", work)


def _report_jobs(cat, args) -> list:
    """(options, file) for each report to write."""
    from explorer.export.report import ReportOptions

    if not args.all:
        return [(ReportOptions(None if args.overview else args.chain, args.lang), args.out)]
    _make_folder(args.out)
    jobs = [(ReportOptions(chain_id, args.lang), args.out / f"{chain_id}.pdf")
            for chain_id in cat.chains]
    return jobs + [(ReportOptions(None, args.lang), args.out / "overview.pdf")]
