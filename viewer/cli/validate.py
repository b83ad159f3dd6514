"""`lagebild validate FILE...`: report every problem; exit 1 if any is an error, 2 if a file cannot be read."""

from __future__ import annotations

import argparse
import sys

from ..model.loader import LoadResult, load_file
from ..model.translation import number, translate
from ..model.visible import terminal_json, visible
from ..model.wording import counted
from . import options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild validate",
        description="Check event files and print their problems as path:line:col: severity: message.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="event file (JSON or YAML)")
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    options.add_language(parser)
    return parser


def summary(path: str, result: LoadResult) -> str:
    """"events.json: 1 error, 2 warnings, 40 events" on one line, whatever the path holds."""
    return (f"{visible(path)}: {counted(len(result.errors), 'error')}, "
            f"{counted(len(result.warnings), 'warning')}, {events_read(result)}")


def events_read(result: LoadResult) -> str:
    """'18 events', '0 of 3 events loaded', or 'not loaded' when nothing could be read."""
    if result.document is None:
        return translate("Cli", "not loaded")
    loaded = len(result.document.events)
    if loaded == result.events_in_file:
        return counted(loaded, "event")
    return translate("Cli", "{loaded} of {events} loaded").format(loaded=number(loaded),
                                                                   events=counted(result.events_in_file, "event"))


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    options.use_language(args)
    any_error = unreadable = False
    report = []
    for path in args.files:
        result = load_file(path)
        findings = result.errors if args.quiet else result.findings
        any_error |= bool(result.errors)
        unreadable |= result.unreadable
        if args.json:
            report.append({
                "path": path,
                "events": len(result.document.events) if result.document is not None else 0,
                "events_in_file": result.events_in_file,
                "errors": len(result.errors),
                "warnings": len(result.warnings),
                "findings": [f.as_dict() for f in findings],
            })
            continue
        for finding in findings:
            print(finding.format())
            for follow_on in finding.follow_ons if not args.quiet else ():
                print("    follows: " + follow_on.format())
        print(summary(path, result), file=sys.stderr)
    if args.json:
        print(terminal_json(report))
    return 2 if unreadable else 1 if any_error else 0
