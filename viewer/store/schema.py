"""The stored shape of an event: one Arrow row per event, the same in Parquet, DuckDB and a warehouse.

- ``id``, ``title``, ``when`` (string): the event's id, title and date as written (EDTF);
- ``earliest``, ``latest`` (timestamp[us, UTC]): the first and last instant the date allows,
  null for an open or unknown end;
- ``known_lo``, ``known_hi`` (float64): where the event is known to be, in seconds since 1970
  UTC (an open end cut to the known one): what density counts and views select on;
- ``year`` (int32): the UTC year of known_lo, the partition of large stores (null: undated);
- ``status`` (string), ``disputed`` (bool): its status, and disputed whatever the status;
- ``reliability`` (string A-F), ``credibility`` (int8 1-6): the best graded cited source and
  citation, null when none;
- ``segments``, ``actors``, ``sources``, ``tags`` (list<string>): ids of its segments, actors,
  cited sources, and its tags; ``place`` (string): the id of its place;
- ``search_text`` (string): its searchable texts case-folded (title, description, notes, tags,
  quotes, the names it refers to), one per line;
- ``record`` (string): the whole event record as the event file writes it (JSON).

The document's own records (title, segments, actors, places, sources, eras) travel as
JSON in the file's key-value metadata under ``lagebild``, or in ``_lagebild.json`` beside
the year folders of a partitioned store.
"""

from __future__ import annotations

import math

import msgspec
import numpy as np
import pyarrow as pa

from ..model.columns import RELIABILITY_CODES
from ..model.lanes import row_orders
from ..model.records import STATUSES

SCHEMA_VERSION = 1
METADATA_KEY = b"lagebild"
TEXT_LIST = pa.list_(pa.string())
SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("when", pa.string()),
    ("earliest", pa.timestamp("us", tz="UTC")), ("latest", pa.timestamp("us", tz="UTC")),
    ("known_lo", pa.float64()), ("known_hi", pa.float64()), ("year", pa.int32()),
    ("status", pa.string()), ("disputed", pa.bool_()),
    ("reliability", pa.string()), ("credibility", pa.int8()),
    ("segments", TEXT_LIST), ("actors", TEXT_LIST), ("sources", TEXT_LIST), ("tags", TEXT_LIST),
    ("place", pa.string()), ("search_text", pa.string()), ("record", pa.string()),
])
SECONDS_PER_YEAR = 365.2425 * 86400


def timestamps(seconds: np.ndarray) -> pa.Array:
    """Seconds since 1970 as UTC timestamps; an infinite bound (open or unknown) becomes null."""
    finite = np.isfinite(seconds)
    micros = np.where(finite, np.round(np.where(finite, seconds, 0) * 1e6), 0).astype(np.int64)
    return pa.array(micros, type=pa.int64(), mask=~finite).cast(pa.timestamp("us", tz="UTC"))


def years(known_lo: np.ndarray) -> pa.Array:
    """The UTC year of each known start (null when undated), by the civil calendar."""
    finite = np.isfinite(known_lo)
    days = np.floor(np.where(finite, known_lo, 0) / 86400).astype("datetime64[D]")
    year = days.astype("datetime64[Y]").astype(np.int64) + 1970
    return pa.array(year.astype(np.int32), type=pa.int32(), mask=~finite)


def document_metadata(document) -> dict:
    """The document's own records, as JSON-ready values."""
    to = msgspec.to_builtins
    return {"schema": SCHEMA_VERSION, "info": to(document.info), "segments": to(document.segments),
            "actors": to(document.actors), "places": to(document.places), "sources": to(document.sources),
            "eras": to(document.eras)}


def _search_text(event, names: dict[str, dict[str, str]]) -> str:
    parts = [event.title, event.description, event.notes, *event.tags]
    for citation in event.citations:
        parts += [citation.quote, citation.translation or "", citation.speaker or "",
                  names["sources"].get(citation.source or "", "")]
    parts += [names["segments"].get(s, "") for s in event.segments]
    parts += [names["actors"].get(a, "") for a in event.actors]
    parts.append(names["places"].get(event.place or "", ""))
    return "\n".join(p for p in parts if p).casefold()


def event_table(document, rows: np.ndarray | None = None) -> pa.Table:
    """The events of a loaded document (those ``rows``, all by default) in the stored shape."""
    cols = document.columns
    rows = np.arange(len(cols)) if rows is None else rows
    ro = row_orders(document)
    names = {"segments": {s.id: s.label for s in document.segments},
             "actors": {a.id: a.name for a in document.actors},
             "places": {p.id: p.name for p in document.places},
             "sources": {s.id: s.name for s in document.sources}}
    encode = msgspec.json.Encoder().encode
    records, search, segments, actors, sources, tags, places = [], [], [], [], [], [], []
    for row in rows.tolist():
        event = document.events[row]
        records.append(encode(event).decode())
        search.append(_search_text(event, names))
        segments.append(list(event.segments))
        actors.append(list(event.actors))
        sources.append(list(dict.fromkeys(c.source for c in event.citations if c.source)))
        tags.append(list(event.tags))
        places.append(event.place)
    texts = document.texts
    take = pa.array(rows)
    reliability = cols.best_reliability[rows]
    credibility = cols.best_credibility[rows]
    known_lo = ro.known_lo[rows]
    return pa.table({
        "id": texts.id.take(take).cast(pa.string()),
        "title": texts.title.take(take).cast(pa.string()),
        "when": texts.when.take(take).cast(pa.string()),
        "earliest": timestamps(cols.earliest[rows]), "latest": timestamps(cols.latest[rows]),
        "known_lo": known_lo, "known_hi": ro.known_hi[rows], "year": years(known_lo),
        "status": pa.array([STATUSES[s] for s in cols.status[rows].tolist()], pa.string()),
        "disputed": cols.disputed[rows],
        "reliability": pa.array([RELIABILITY_CODES[r] if r >= 0 else None for r in reliability.tolist()],
                                pa.string()),
        "credibility": pa.array(credibility, pa.int8(), mask=credibility == 0),
        "segments": pa.array(segments, TEXT_LIST), "actors": pa.array(actors, TEXT_LIST),
        "sources": pa.array(sources, TEXT_LIST), "tags": pa.array(tags, TEXT_LIST),
        "place": pa.array(places, pa.string()), "search_text": pa.array(search, pa.string()),
        "record": pa.array(records, pa.string()),
    }, schema=SCHEMA)


def finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None
