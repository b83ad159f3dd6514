"""`lagebild inspect FILE`: the document as Lagebild understands it."""

from __future__ import annotations

import argparse
import sys

from ..model import dates
from ..model.citations import NOT_GRADED, citation_url, corroboration, grade_short
from ..model.loader import load_file
from ..model.records import CREDIBILITY_TEXT, RELIABILITY_TEXT
from ..model.visible import terminal_json, visible
from ..model.wording import counted

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


def grade(source, credibility: int | None) -> str:
    letter = source.reliability if source and source.reliability else None
    return grade_short(letter, credibility)


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
                "url_shown": citation_url(document, c)[0],
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
            "disputed": event.disputed if event.disputed is not None else (event.status == "disputed" or None),
            "condition": event.condition,
            "when": describe_when(event.when),
            "segments": [name_of(document.segment, s) for s in event.segments],
            "actors": [name_of(document.actor, a) for a in event.actors],
            "place": name_of(document.place, event.place) if event.place else None,
            "tags": event.tags,
            "description": event.description,
            "notes": event.notes,
            "citations": citations,
            "corroboration": corroboration(document, event),
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
        "sources": [{"id": s.id, "name": s.name, "kind": s.kind, "url": s.url, "language": s.language,
                     "reliability": s.reliability, "derived_from": s.derived_from, "description": s.description}
                    for s in document.sources],
        "eras": [{"id": e.id, "label": e.label, "when": describe_when(e.when)} for e in document.eras],
        "events": events,
    }


def _field(name: str, value: str) -> list[str]:
    """One labelled line; a text of several lines continues indented under its label."""
    lines = str(value).splitlines() or [""]
    return [f"  {name:<11}{lines[0]}"] + [f"  {'':<11}{line}" for line in lines[1:]]


def print_text(data: dict) -> None:
    """The document for reading in a terminal: every value on its own line, control characters visible."""

    def emit(lines: str | list[str] = "") -> None:
        for line in [lines] if isinstance(lines, str) else lines:
            print(visible(line))  # whatever a value holds, it cannot start a line of its own

    doc = data["document"]
    emit(doc["title"])
    if doc["description"]:
        emit(doc["description"])
    counts = data["counts"]
    emit(", ".join(counted(v, k[:-1]) for k, v in counts.items()))
    for era in data["eras"]:
        emit(f"era: {era['label']}  {era['when']['display']}  (EDTF {era['when']['edtf']})")
    for source in data["sources"]:
        relies = f", relies on {', '.join(source['derived_from'])}" if source["derived_from"] else ""
        emit(f"source {source['id']}: {source['name']} ({source['kind']}, reliability "
              f"{source['reliability'] or NOT_GRADED}{relies})")
    for event in data["events"]:
        when = event["when"]
        emit()
        disputed = event["disputed"]
        status = event["status"] if event["status"] != "disputed" else ""
        if disputed:
            status = ", ".join(p for p in (status, "disputed") if p)
        emit(f"{event['id']}: {event['title']}  [{status}]")
        emit(_field("when", f"{when['display']}   (EDTF {when['edtf']}, precision {when['precision']}"
                             + (f", {', '.join(when['qualifiers'])}" if when["qualifiers"] else "") + ")"))
        emit(_field("start", f"{when['start']['earliest']} .. {when['start']['latest']}"))
        emit(_field("end", f"{when['end']['earliest']} .. {when['end']['latest']}"))
        if event["condition"]:
            emit(_field("condition", event["condition"]))
        if isinstance(disputed, str):
            emit(_field("disputed", disputed))
        if event["segments"]:
            emit(_field("segments", ", ".join(s["name"] or s["id"] for s in event["segments"])))
        if event["actors"]:
            emit(_field("actors", ", ".join(a["name"] or a["id"] for a in event["actors"])))
        if event["place"]:
            emit(_field("place", event["place"]["name"] or event["place"]["id"]))
        if event["tags"]:
            emit(_field("tags", ", ".join(event["tags"])))
        if event["description"]:
            emit(_field("about", event["description"]))
        if event["notes"]:
            emit(_field("notes", event["notes"]))
        emit(_field("sources", event["corroboration"]))
        for c in event["citations"]:
            publisher = c["source"]["name"] or c["source"]["id"] or "no source"
            speaker = f"{c['speaker']}, " if c["speaker"] and c["speaker"] != publisher else ""
            published = f" {c['published']}" if c["published"] else ""
            emit(_field("cites", f"{speaker}{publisher}{published}, grade {c['grade']}"))
            language = f" [{c['language']}]" if c["language"] else ""
            emit(_field("quote", f"{c['quote']}{language}"))
            if c["translation"]:
                emit(_field("translated", c["translation"]))
            if c["url_shown"]:
                emit(_field("url", c["url_shown"] + ("" if c["url"] else " (the source's address)")))


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
        print(terminal_json(data))
    else:
        print_text(data)
    return 1 if result.errors else 0
