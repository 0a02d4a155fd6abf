"""Command line: no sub-command starts the window; sub-commands do headless work.

Headless sub-commands never import explorer.ui (nor Qt widgets).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer import __version__

EXIT_DATA_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hengyang-explorer",
        description="Hengyang Park Explorer: industrial parks and chains on a map. "
                    "Without a sub-command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data", type=Path, help="catalogue to open (default: bundled data)")
    sub = parser.add_subparsers(dest="command")

    validate = sub.add_parser("validate", help="check a catalogue and print a short report")
    validate.add_argument("path", nargs="?", type=Path, help="GeoPackage (default: bundled)")

    data = sub.add_parser("data", help="work on the bundled geodata")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    build = data_sub.add_parser("build", help="rebuild geodata/hengyang.gpkg from its sources")
    build.add_argument("--sources", type=Path, help="folder of source CSVs "
                       "(default: geodata/sources)")
    build.add_argument("--out", type=Path, help="GeoPackage to write "
                       "(default: geodata/hengyang.gpkg)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return _validate(args.path or args.data)
    if args.command == "data":
        return _build(args.sources, args.out)
    from explorer.ui.app import run  # the GUI only when asked for

    return run(args.data)


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
    print(f"{cat.path}: valid")
    print(f"  chains {len(cat.chains)} ({sum(c.official_confirmed for c in cat.chains.values())}"
          f" confirmed as official chains), parks {len(cat.parks)} ({mapped} on the map), "
          f"tenants {len(cat.tenants)}, figures {len(cat.figures)}, "
          f"sources {len(cat.sources)}, districts {len(cat.districts)}")
    if cat.warnings:
        print(f"{len(cat.warnings)} warning(s):")
        for warning in cat.warnings:
            print(f"  {warning}")
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
