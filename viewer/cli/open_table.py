"""`lagebild open URL [--table NAME]`: a warehouse table, or a Parquet or DuckDB store, in a store window
(`lagebild open DECK.pptx` opens the event file a deck was made from: viewer.cli.open_deck)."""

from __future__ import annotations

import argparse
import sys

from ..model.visible import visible
from .display import NO_DISPLAY, has_display


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild open",
        description="Open a table of events queried where it lies: an Ibis URL (pyspark://, duckdb://FILE, "
                    "trino://..., bigquery://PROJECT/DATASET, postgres://USER@HOST/DB) with --table, or a "
                    ".parquet file or folder or a .duckdb database. The table has the columns lagebild convert "
                    "writes (docs/serving-a-team.md). A password is taken from LAGEBILD_PASSWORD, never from "
                    "the command line's history. lagebild open DECK.pptx opens the event file a deck was made "
                    "from (see its --help).")
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--table", default="events", help="the table of events (default: %(default)s)")
    return parser


def main(argv: list[str]) -> int:
    if any(arg.lower().endswith(".pptx") for arg in argv if not arg.startswith("-")):
        from .open_deck import main as open_deck

        return open_deck(argv)
    args = build_parser().parse_args(argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    import os

    from .gui import make_application

    app = make_application([])
    from ..app.store_window import is_store_path, open_store_window

    if is_store_path(args.url):
        window = open_store_window(args.url)
    else:
        from ..app.connection_dialog import open_table_window
        from ..store.warehouse import with_password

        window = open_table_window(with_password(args.url, os.environ.get("LAGEBILD_PASSWORD", "")), args.table)
    if window is None:
        print(f"lagebild open: {visible(args.url)} could not be opened", file=sys.stderr)
        return 2
    return app.exec()
