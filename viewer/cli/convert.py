"""`lagebild convert FILE --to OUT.parquet`: an event file (or another tool's file) as a Parquet store."""

from __future__ import annotations

import argparse
import sys

from ..importers.opening import open_file
from ..model.visible import visible
from ..model.wording import counted
from ..output.atomic import OutputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild convert",
        description="Write the events of FILE as a Parquet store that Lagebild opens without loading it whole "
                    "(the columns are listed in docs/serving-a-team.md).")
    parser.add_argument("file", metavar="FILE", help="event file, or another tool's file to import on the way")
    parser.add_argument("--to", required=True, metavar="OUT.parquet",
                        help="the store to write: one file, or a folder of year folders for a large file "
                             "(written whole or not at all)")
    parser.add_argument("--by-year", action="store_true",
                        help="write year folders whatever the size (they are written from 1,000,000 events on)")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if not args.to.endswith(".parquet"):
        print(f"lagebild convert: --to {visible(args.to)}: name the store OUT.parquet", file=sys.stderr)
        return 2
    try:
        from ..store.convert import write_store
        from ..store.duck import StoreError
    except ImportError:
        print("lagebild convert: writing a store needs DuckDB: pip install 'lagebild[store]'", file=sys.stderr)
        return 2
    result = open_file(args.file)
    for finding in result.findings:
        print(finding.format(), file=sys.stderr)
    if result.document is None:
        return 2 if result.unreadable else 1
    try:
        written = write_store(result.document, args.to, by_year=True if args.by_year else None)
    except (OutputError, StoreError, OSError) as exc:
        print(f"lagebild convert: {visible(str(exc))}", file=sys.stderr)
        return 2
    print(f"{visible(str(written))}: {counted(len(result.document.columns), 'event')}")
    return 1 if result.errors else 0
