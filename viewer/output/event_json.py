"""A native event file written as JSON a slice of events at a time, so that a million imported
events never exist as one more copy in memory, only as the file."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

EVENTS_PER_CHUNK = 20_000


def json_chunks(document: dict) -> Iterator[bytes]:
    """The document as compact JSON, the same bytes msgspec writes for it whole, in pieces."""
    events = document.get("events") or []
    if not events:
        yield msgspec.json.encode(document) + b"\n"
        return
    head = msgspec.json.encode({key: value for key, value in document.items() if key != "events"})
    yield head[:-1] + (b',"events":[' if len(head) > 2 else b'"events":[')
    for start in range(0, len(events), EVENTS_PER_CHUNK):
        piece = msgspec.json.encode(events[start:start + EVENTS_PER_CHUNK])[1:-1]
        yield piece if start == 0 else b"," + piece
    yield b"]}\n"
