"""`lagebild import SRC... --out FILE.json|FILE.yaml`: other tools' files made into one event file."""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

import msgspec

from ..importers.base import ImportOptions
from ..importers.merge import merge
from ..importers.merged_check import merged_problems
from ..importers.registry import import_file, supported_kinds
from ..model.translation import translate
from ..model.visible import visible
from ..model.wording import counted
from ..output.atomic import OutputError, write_atomically, write_chunks_atomically
from ..output.event_json import EVENTS_PER_CHUNK, json_chunks
from . import options as cli_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild import",
        description="Import files of other timeline and event tools (the kind is recognised from the content) "
                    "and write one Lagebild event file. Supported: " + supported_kinds() + ".",
    )
    parser.add_argument("sources", nargs="+", metavar="SRC", help="file to import; several are merged")
    parser.add_argument("--out", "-o", required=True, metavar="FILE",
                        help="the event file to write, .json or .yaml (written whole or not at all)")
    parser.add_argument("--format", metavar="NAME", help="read every SRC as this kind instead of recognising it")
    parser.add_argument("--map", metavar="MAPPING.toml", help="column mapping for a CSV or XLSX file "
                        "(File > Import... in the viewer saves one)")
    parser.add_argument("--groups-as", choices=("segments", "tags"), default="segments",
                        help="categories and groups become segments (default) or tags")
    cli_options.add_language(parser)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    cli_options.use_language(args)
    out = Path(args.out)
    if out.suffix.lower() not in (".json", ".yaml", ".yml"):
        print(f"lagebild import: --out {visible(args.out)}: write a .json or .yaml file", file=sys.stderr)
        return 2
    options = ImportOptions(groups_as=args.groups_as)
    if args.map:
        try:
            options.mapping = tomllib.loads(Path(args.map).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            print(f"lagebild import: --map {visible(args.map)}: {visible(str(exc))}", file=sys.stderr)
            return 2
    documents, any_error, unreadable = [], False, False
    for source in args.sources:
        native, report = import_file(source, options, args.format)
        for finding in report.findings:
            print(finding.format())
        any_error |= bool(report.errors)
        events = len(native.get("events") or ()) if native else 0
        if native is None:
            unreadable = True
            print(f"{visible(source)}: " + translate("Cli", "not imported"), file=sys.stderr)
            continue
        message = translate("Cli", "{events} imported, {errors}, {warnings}").format(
            events=counted(events, "event"), errors=counted(len(report.errors), "error"),
            warnings=counted(len(report.findings) - len(report.errors), "warning"))
        print(f"{visible(source)}: {message}", file=sys.stderr)
        documents.append(native)
    if not documents:
        return 2 if unreadable else 1
    merged = merge(documents)
    problems = merged_problems(merged)
    if problems:  # never expected: the importers' records are checked one by one, merging keeps them so
        for problem in problems:
            print(f"{visible(args.out)}: error: {problem}")
        print("lagebild import: " + translate("Cli", "{file} not written: the result does not validate").format(
            file=visible(args.out)), file=sys.stderr)
        return 1
    try:
        if out.suffix.lower() == ".json" and len(merged.get("events") or ()) > EVENTS_PER_CHUNK:
            # a large file is written compact, a slice of events at a time, never whole in memory
            write_chunks_atomically(out, json_chunks(merged), inputs=tuple(args.sources))
        else:
            write_atomically(out, lambda: encode(merged, out.suffix.lower() != ".json"), inputs=tuple(args.sources))
    except (OutputError, OSError) as exc:
        print(f"lagebild import: {visible(str(exc))}", file=sys.stderr)
        return 2
    print(translate("Cli", "wrote {file}: {events}").format(
        file=visible(args.out), events=counted(len(merged.get("events") or ()), "event")), file=sys.stderr)
    return 1 if any_error else 0


def encode(document: dict, as_yaml: bool) -> bytes:
    if as_yaml:
        import yaml

        return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100).encode("utf-8")
    return msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
