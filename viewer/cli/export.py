"""`lagebild export FILE --view ... --out OUT`: a briefing page (PNG, SVG, PDF) or the sources annex, headless."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from ..model.translation import translate
from . import options

VIEWS = ("timeline", "map", "board", "page", "annex", "deck")
LANES = ("segment", "actor", "place", "source", "status", "single")
THEMES = ("light", "dark", "print", "contrast")  # style.theme.THEMES, named here without loading Qt
PAGE_SUFFIXES = (".png", ".svg", ".pdf")
ANNEX_SUFFIXES = (".html", ".htm", ".md", ".markdown")
DECK_SUFFIXES = (".pptx", ".pdf")
DECK_SIZES = {"slide": "16:9", "16:9": "16:9", "4:3": "4:3"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild export",
        description="Export a briefing page of the timeline, map, segment board or all on one page "
                    "(timeline above map) as PNG, SVG or PDF, the sources annex as HTML or Markdown, or a "
                    "deck of the saved views beside the file (FILE.views.json) as PowerPoint or PDF. "
                    "Needs no display.",
        epilog="Examples: lagebild export events.json --view page --out brief.pdf --size a4 "
               "--caveat 'UNCLASSIFIED // FOR TRAINING'; lagebild export events.json --view timeline "
               "--out slide.png --from 2025-03 --to 2025-05 --filter segment=sky; lagebild export events.json "
               "--view deck --story Briefing --out brief.pptx --caveat SECRET. The footer gives the time "
               "of the export in UTC, or SOURCE_DATE_EPOCH when set, so that builds can be repeated.",
    )
    parser.add_argument("file", metavar="FILE", help="event file (JSON or YAML)")
    parser.add_argument("--view", required=True, choices=VIEWS,
                        help="what to export: a pane, the page with the timeline above the map, "
                             "the annex of every quote behind the shown events, or the deck of a story of "
                             "saved views (a slide per view, the sources in the speaker notes)")
    parser.add_argument("--story", metavar="NAME",
                        help="deck: the story of FILE.views.json to export (default: its first story)")
    parser.add_argument("--out", "-o", required=True, metavar="OUT",
                        help="output file: .png, .svg or .pdf (annex: .html or .md; deck: .pptx or .pdf); "
                             "the name sets the format")
    parser.add_argument("--size", default="slide", metavar="WxH",
                        help="pixels (1920x1080) or a preset: slide (16:9, 1920x1080), slide4k (3840x2160), "
                             "4:3 (1600x1200), a4, letter (landscape), a4-portrait, letter-portrait, a4-landscape, "
                             "letter-landscape (sheets at --dpi); default slide. Each is laid out for its shape: "
                             "portrait pages stack the parts and put the legend below. A deck is slide (16:9) "
                             "or 4:3")
    parser.add_argument("--dpi", type=int, metavar="N",
                        help="dots per inch recorded in the PNG and used for the PDF page size "
                             "(default 96; 150 for a4 and letter; a deck's pictures: 200 per inch of the slide)")
    parser.add_argument("--from", dest="start", type=options.date_bound, metavar="DATE",
                        help="start of the time range (EDTF, e.g. 2025-03)")
    parser.add_argument("--to", dest="end", type=lambda text: options.date_bound(text, end=True), metavar="DATE",
                        help="end of the time range (EDTF; its whole unit is included, so 2025-05 ends on 31 May)")
    parser.add_argument("--range", dest="time_range", default="auto", metavar="auto|all|FROM..TO",
                        help="time range of page and timeline exports: auto (default) shows the whole range in "
                             "a context strip and gives the timeline to where the events are when they would "
                             "otherwise pile up; all fits every event; FROM..TO (EDTF, either side may be empty, "
                             "e.g. 2025-07-08..2025-07-11) is that range, as --from and --to")
    parser.add_argument("--lanes", choices=LANES, default="segment", help="what a timeline lane stands for")
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                        help="show only matching events, repeatable: segment, actor, source, place, status, tag, "
                             "reliability (A-F), credibility (1-6); e.g. --filter segment=sky --filter status=planned")
    parser.add_argument("--search", default="", metavar="TEXT", help="show only events containing every word")
    parser.add_argument("--theme", choices=THEMES, default="light", help="print: greyscale; contrast: high contrast")
    parser.add_argument("--tz", choices=("utc", "local", "written"), default="utc",
                        help="times of day in UTC (default), this computer's zone, or as written in the file")
    parser.add_argument("--map-extent", type=options.map_extent, metavar="W,S,E,N",
                        help="the map's area in degrees, west, south, east, north (e.g. -12,35,40,60); "
                             "default: fitted to the places of the shown events, far ones pointed to at the edge")
    parser.add_argument("--title", help="title (default: the document's title)")
    parser.add_argument("--subtitle", help="subtitle (default: time range, filter and event count)")
    parser.add_argument("--caveat", help="banner text at top and bottom, e.g. 'UNCLASSIFIED // FOR TRAINING'")
    parser.add_argument("--quotes", type=int, default=3, metavar="N",
                        help="the N strongest quotes by grade (A1 first), verbatim with speaker, outlet, date and "
                             "grade, below the views (default 3; 0 leaves them out)")
    parser.add_argument("--no-notes", dest="notes", action="store_false",
                        help="leave out the analyst notes (shown by default, marked as assessment, not reporting)")
    parser.add_argument("--no-legend", dest="legend", action="store_false", help="leave out the legend")
    parser.add_argument("--no-sources", dest="sources", action="store_false", help="leave out the source line")
    parser.add_argument("--no-footer", dest="footer", action="store_false",
                        help="leave out the footer (time made and file name)")
    options.add_language(parser)
    return parser


def _joined_extents(argv: list[str]) -> list[str]:
    """'--map-extent -12,35,40,60' as '--map-extent=-12,35,40,60': argparse takes a value
    starting with '-' for an option."""
    joined: list[str] = []
    for arg in argv:
        if joined and joined[-1] == "--map-extent" and arg[:2].lstrip("-")[:1].isdigit():
            joined[-1] = f"--map-extent={arg}"
        else:
            joined.append(arg)
    return joined


def _parse(argv: list[str]):
    parser = build_parser()
    args = parser.parse_args(_joined_extents(argv))
    suffix = Path(args.out).suffix.lower()
    wanted = {"annex": ANNEX_SUFFIXES, "deck": DECK_SUFFIXES}.get(args.view, PAGE_SUFFIXES)
    if suffix not in wanted:
        parser.error(f"--out {args.out}: the {args.view} view is written as {', '.join(wanted)}")
    if args.story is not None and args.view != "deck":
        parser.error("--story chooses the story of a deck: use it with --view deck")
    from ..output.sizes import MAX_DPI, MIN_DPI, default_dpi, parse_size

    if args.dpi is not None and not MIN_DPI <= args.dpi <= MAX_DPI:
        parser.error(f"--dpi {args.dpi}: use a value between {MIN_DPI} and {MAX_DPI}")
    if args.view == "deck":
        aspect = DECK_SIZES.get(args.size.strip().lower())
        if aspect is None:
            parser.error(f"--size {args.size}: a deck is slide (16:9, the default) or 4:3")
        args.aspect = aspect
        return args
    args.dpi = args.dpi or default_dpi(args.size)
    try:
        args.width, args.height, args.paper = parse_size(args.size, args.dpi)
    except ValueError as exc:
        parser.error(f"--size: {exc}")
    start = args.start if args.start is not None else -math.inf
    end = args.end if args.end is not None else math.inf
    args.range_mode = "auto"
    chosen = args.time_range.strip().lower()
    if chosen in ("auto", "all"):
        args.range_mode = chosen
    else:
        if args.start is not None or args.end is not None:
            parser.error("--range FROM..TO and --from/--to say the same: give one of them")
        try:
            start, end = options.time_range(args.time_range)
        except argparse.ArgumentTypeError as exc:
            parser.error(f"--range: {exc}; or use auto or all")
    if start >= end:
        parser.error("--from must come before --to")
    if not 0 <= args.quotes <= 50:
        parser.error(f"--quotes {args.quotes}: use a number from 0 to 50")
    args.start, args.end = start, end
    try:
        # The page shows the range as its window (the map dims what lies outside);
        # the annex lists only the events inside it.
        args.filter_spec = options.filter_spec(args.filter, text=args.search.strip())
        args.annex_filter = options.filter_spec(args.filter, start, end, args.search.strip())
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    return args


def unknown_filter_values(document, spec) -> list[str]:
    """Filter values the document does not know, as "segment 'air'" phrases."""
    from ..model.records import STATUSES

    problems = []
    for label, wanted, known in (
        ("segment", spec.segments, document.segment_index),
        ("actor", spec.actors, document.actor_index),
        ("source", spec.sources, document.source_index),
        ("place", spec.places, document.place_index),
        ("status", spec.statuses, STATUSES),
        ("tag", spec.tags, document.tags),
        ("reliability", spec.reliability, tuple("ABCDEF")),
        ("credibility", spec.credibility, range(1, 7)),
    ):
        for value in sorted(wanted, key=str):
            if value not in known:
                choices = ", ".join(str(k) for k in list(known)[:12])
                problems.append(f"unknown {label} {value!r} (known: {choices or 'none'})")
    return problems


def main(argv: list[str]) -> int:
    try:
        args = _parse(argv)
    except SystemExit as exit_:  # argparse: usage errors exit 2, --help 0
        return int(exit_.code or 0)
    options.use_language(args)
    if args.view == "annex":
        from ..output.annex import annex_main

        return annex_main(args.file, args.out, args.annex_filter, args.tz)

    options.ensure_headless_platform()
    from ..model.loader import load_file

    result = load_file(args.file)
    for finding in result.findings:
        print(finding.format(), file=sys.stderr)
    document = result.document
    if document is None or result.errors:
        message = translate("Cli", "the event file has errors; nothing exported (lagebild validate {file} lists them)")
        print(f"lagebild export: {args.file}: {message.format(file=args.file)}", file=sys.stderr)
        return 2 if result.unreadable else 1
    if args.view == "deck":
        from .deck import export_deck_main

        return export_deck_main(args, document)
    problems = unknown_filter_values(document, args.filter_spec)
    if problems:
        for problem in problems:
            print(f"lagebild export: {args.file}: --filter: {problem}", file=sys.stderr)
        return 1

    from .gui import make_application

    make_application([])
    from ..export.page import PageSpec
    from ..export.render import export_page
    from ..output.atomic import OutputError

    spec = PageSpec(view=args.view, width_px=args.width, height_px=args.height, dpi=args.dpi, theme=args.theme,
                    title=args.title, subtitle=args.subtitle, caveat=(args.caveat or "").strip() or None,
                    show_legend=args.legend, show_sources=args.sources, show_footer=args.footer,
                    start=args.start, end=args.end, lanes=args.lanes, filter=args.filter_spec, paper=args.paper,
                    time_zone=args.tz, map_extent=args.map_extent, range=args.range_mode,
                    quotes=args.quotes, show_notes=args.notes)
    try:
        written = export_page(spec, document, args.out)
    except (OutputError, OSError) as exc:
        print(f"lagebild export: {exc}", file=sys.stderr)
        return 1
    print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
