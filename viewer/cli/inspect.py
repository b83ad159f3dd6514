"""`lagebild inspect FILE`: the document as Lagebild understands it."""

from __future__ import annotations

import argparse
import json
import sys

from ..model import dates
from ..model.loader import load_file
from ..model.records import CREDIBILITY_TEXT, RELIABILITY_TEXT

_QUALIFIERS = [
    (dates.UNCERTAIN, "uncertain"),
    (dates.APPROXIMATE, "approximate"),
    (dates.OPEN_START, "open start"),
    (dates.OPEN_END, "open end"),
    (dates.UNKNOWN_START, "unknown start"),
    (dates.UNKNOWN_END, "unknown end"),
    (dates.INTERVAL, "interval"),
    (dates.SET, "set"),
    (dates.UNSPECIFIED, "unspecified digits"),
    (dates.HAS_TIME, "time of day"),
]


def qualifier_names(flags: int) -> list[str]:
    return [name for bit, name in _QUALIFIERS if flags & bit]


def describe_when(text: str) -> dict:
    when = dates.resolve_cached(text)
    return {
        "edtf": text,
        "display": when.display,
        "precision": when.precision.name.lower(),
        "qualifiers": qualifier_names(when.flags),
        "start": {"earliest": dates.to_iso(when.start_lo), "latest": dates.to_iso(when.start_hi)},
        "end": {"earliest": dates.to_iso(when.end_lo), "latest": dates.to_iso(when.end_hi)},
        "with_fuzz": {"earliest": dates.to_iso(when.earliest), "latest": dates.to_iso(when.latest)},
    }


def grade(source, credibility: int | None) -> str | None:
    letter = source.reliability if source and source.reliability else None
    if letter is None and credibility is None:
        return None
    return f"{letter or '-'}{credibility or '-'}"


def normalise(document) -> dict:
    def name_of(lookup, ident):
        record = lookup(ident)
        return {"id": ident, "name": getattr(record, "name", None) or getattr(record, "label", None)}

    events = []
    for event in document.events:
        citations = []
        for c in event.citations:
            source = document.source(c.source)
            citations.append({
                "source": {"id": c.source, "name": source.name if source else None},
                "quote": c.quote,
                "language": c.language,
                "translation": c.translation,
                "speaker": c.speaker,
                "speaker_role": c.speaker_role,
                "published": c.published,
                "url": c.url,
                "accessed": c.accessed,
                "location": c.location,
                "grade": grade(source, c.credibility),
                "reliability": RELIABILITY_TEXT.get(source.reliability) if source and source.reliability else None,
                "credibility": CREDIBILITY_TEXT.get(c.credibility) if c.credibility else None,
            })
        events.append({
            "id": event.id,
            "title": event.title,
            "status": event.status,
            "when": describe_when(event.when),
            "segments": [name_of(document.segment, s) for s in event.segments],
            "actors": [name_of(document.actor, a) for a in event.actors],
            "place": name_of(document.place, event.place) if event.place else None,
            "tags": event.tags,
            "description": event.description,
            "notes": event.notes,
            "citations": citations,
        })
    info = document.info
    return {
        "document": {"title": info.title, "description": info.description, "language": info.language,
                     "authors": info.authors, "created": info.created, "updated": info.updated},
        "counts": {"events": len(document.events), "segments": len(document.segments),
                   "actors": len(document.actors), "places": len(document.places),
                   "sources": len(document.sources)},
        "segments": [{"id": s.id, "label": s.label, "color": s.color, "actors": s.actors,
                      "geometry": s.geometry["type"] if s.geometry else None} for s in document.segments],
        "events": events,
    }


def print_text(data: dict) -> None:
    doc = data["document"]
    print(doc["title"])
    counts = data["counts"]
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()))
    for event in data["events"]:
        when = event["when"]
        print()
        print(f"{event['id']}: {event['title']}  [{event['status']}]")
        print(f"  when      {when['display']}   (EDTF {when['edtf']}, precision {when['precision']}"
              + (f", {', '.join(when['qualifiers'])}" if when["qualifiers"] else "") + ")")
        print(f"  start     {when['start']['earliest']} .. {when['start']['latest']}")
        print(f"  end       {when['end']['earliest']} .. {when['end']['latest']}")
        if event["segments"]:
            print("  segments  " + ", ".join(s["name"] or s["id"] for s in event["segments"]))
        if event["actors"]:
            print("  actors    " + ", ".join(a["name"] or a["id"] for a in event["actors"]))
        if event["place"]:
            print(f"  place     {event['place']['name'] or event['place']['id']}")
        for c in event["citations"]:
            publisher = c["source"]["name"] or c["source"]["id"] or "no source"
            speaker = f"{c['speaker']}, " if c["speaker"] and c["speaker"] != publisher else ""
            print(f"  cites     {speaker}{publisher}"
                  f" {c['published'] or ''} grade {c['grade'] or 'ungraded'}")
            print(f"            \u201e{c['quote']}\u201c")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lagebild inspect",
                                     description="Print the normalised document: resolved dates, lanes, citations.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    result = load_file(args.file)
    for finding in result.findings:
        print(finding.format(), file=sys.stderr)
    if result.document is None:
        return 2 if result.unreadable else 1
    data = normalise(result.document)
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_text(data)
    return 1 if result.errors else 0
