"""`lagebild screenshot FILE -o OUT.png`: render the main window offscreen and exit."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from ..model.translation import translate
from . import options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lagebild screenshot",
                                     description="Render the main window with FILE open into a PNG, headless.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.png")
    parser.add_argument("--size", type=options.size, default=(1600, 1000), metavar="WxH",
                        help="window size in pixels (default 1600x1000)")
    parser.add_argument("--select", action="append", default=[], metavar="EVENT_ID",
                        help="select this event (repeatable)")
    parser.add_argument("--range", type=options.time_range, metavar="FROM..TO",
                        help="visible time range, EDTF dates, e.g. 2025-03..2025-05")
    parser.add_argument("--lanes", choices=("segment", "actor", "place", "source", "status", "single"),
                        default="segment")
    parser.add_argument("--theme", choices=("light", "dark", "print", "contrast"), default="light")
    parser.add_argument("--tz", choices=("utc", "local", "written"), default="utc",
                        help="times of day in the details in UTC (default), this computer's zone, or as written")
    options.add_language(parser)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    options.use_language(args)
    if not args.output.lower().endswith(".png"):
        problem = translate("Cli", "the output must be a .png file")
        print(f"lagebild screenshot: {args.output}: {problem}", file=sys.stderr)
        return 2
    options.ensure_headless_platform()
    from ..export.writers import png_bytes
    from ..model.loader import load_file
    from ..output.atomic import OutputError, write_atomically
    from .gui import make_application

    result = load_file(args.file)
    for finding in result.findings:
        print(finding.format(), file=sys.stderr)
    if result.document is None:
        return 2 if result.unreadable else 1
    missing = [i for i in args.select if i not in result.document.event_index]
    if missing:
        message = translate("Cli", "no event with id {ids} in {file}")
        print("lagebild screenshot: " + message.format(ids=", ".join(map(repr, missing)), file=args.file),
              file=sys.stderr)
        return 1

    app = make_application([])
    from ..app.main_window import MainWindow

    # A picture for a document must not depend on, or change, the user's remembered layout.
    settings_folder = tempfile.TemporaryDirectory(prefix="lagebild-screenshot-")
    os.environ["LAGEBILD_CONFIG_DIR"] = settings_folder.name
    window = MainWindow()
    window.resize(*args.size)
    window.set_theme(args.theme)
    window.set_lane_mode(args.lanes)
    window.set_time_zone(args.tz)
    window.show_loaded(args.file, result)
    if args.range:
        window.timeline.set_range(*args.range)
    if args.select:
        window.state.select_ids(args.select)
    window.show()
    for _ in range(3):
        app.processEvents()
    image = window.grab().toImage()
    try:
        write_atomically(args.output, lambda: png_bytes(image), inputs=(args.file,))
    except OutputError as exc:
        print(f"lagebild screenshot: {exc}", file=sys.stderr)
        return 1
    window.close()
    settings_folder.cleanup()
    print(args.output)
    return 0
