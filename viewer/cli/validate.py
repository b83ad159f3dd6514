"""`lagebild validate FILE...`: report every problem; exit 1 if any is an error, 2 if a file cannot be read."""

from __future__ import annotations

import argparse
import json
import sys

from ..model.loader import load_file
from ..model.wording import counted


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild validate",
        description="Check event files and print their problems as path:line:col: severity: message.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="event file (JSON or YAML)")
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    parser.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    return parser


def summary(path: str, result) -> str:
    """"events.json: 1 error, 2 warnings, 40 events"."""
    events = counted(len(result.document.events), "event") if result.document else "not loaded"
    return (f"{path}: {counted(len(result.errors), 'error')}, {counted(len(result.warnings), 'warning')}, "
            f"{events}")


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
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
                "events": len(result.document.events) if result.document else 0,
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
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    return 2 if unreadable else 1 if any_error else 0
