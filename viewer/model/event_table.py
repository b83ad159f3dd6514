"""Check the events of a file and build their columns, a column at a time.

Each step is a list comprehension or a numpy operation over all events;
Python loops run only over the problems found, so a million clean events
load in a few seconds.
"""

from __future__ import annotations

from itertools import chain, repeat
from operator import attrgetter, is_, not_

import numpy as np

from .columns import RELIABILITY_CODES, EventColumns, Membership
from .compact import share_equal
from .date_advice import date_message
from .date_columns import resolve_column
from .findings import Findings, pointer
from .progress import Stages
from .records import STATUSES

_STATUS_CODE = {name: i for i, name in enumerate(STATUSES)}
_ID, _WHEN = attrgetter("id"), attrgetter("when")


def _fields(records: list, *names: str) -> list[list]:
    """One list per attribute; a C-level map per field beats building and unzipping tuples."""
    return [list(map(attrgetter(name), records)) for name in names]


def _keep_unique_ids(ids: list[str], origins: list[int], findings: Findings) -> np.ndarray:
    keep = np.ones(len(ids), dtype=bool)
    if len(set(ids)) == len(ids):
        return keep
    first: dict[str, int] = {}
    for row, ident in enumerate(ids):
        if ident in first:
            keep[row] = False
            findings.error(pointer("events", origins[row], "id"),
                           f"duplicate id '{ident}' (first used at events[{origins[first[ident]]}]); "
                           "this one is ignored")
        else:
            first[ident] = row
    return keep


def _membership(lists: list[list[str]], index: dict[str, int], origins: list[int], field: str,
                kind: str, findings: Findings) -> Membership:
    """CSR membership from id lists; unknown ids are warned about and left out."""
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = list(chain.from_iterable(lists))
    codes = np.fromiter(map(index.get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
    ptr = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum(lengths, out=ptr[1:])
    unknown = np.flatnonzero(codes < 0)
    if len(unknown):
        rows = np.searchsorted(ptr, unknown, side="right") - 1
        for entry, row in zip(unknown.tolist(), rows.tolist()):
            findings.unknown_reference(pointer("events", origins[row], field, entry - int(ptr[row])),
                                       kind, flat[entry], index)
        valid = codes >= 0
        owner = np.repeat(np.arange(len(lists), dtype=np.int64), lengths)
        kept_per_row = np.bincount(owner[valid], minlength=len(lists))
        ptr = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum(kept_per_row, out=ptr[1:])
        codes = codes[valid]
    return Membership(ptr, codes.astype(np.int32))


def _citation_columns(citation_lists: list[list], origins: list[int], source_index: dict[str, int],
                      reliability_code: np.ndarray, findings: Findings):
    n = len(citation_lists)
    lengths = np.fromiter(map(len, citation_lists), dtype=np.int64, count=n)
    citations = list(chain.from_iterable(citation_lists))
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    first_of_row = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=first_of_row[1:])
    source_ids, quotes, credibility_values, published, accessed = _fields(
        citations, "source", "quote", "credibility", "published", "accessed")
    share_equal(citations, "source", source_ids, {ident: ident for ident in source_index})
    for field in ("speaker", "speaker_role", "language", "location"):
        share_equal(citations, field, _fields(citations, field)[0])

    def where(k: int, *rest) -> str:
        row = int(owner[k])
        return pointer("events", origins[row], "citations", k - int(first_of_row[row]), *rest)

    source = np.fromiter(map(source_index.get, source_ids, repeat(-1)), dtype=np.int64, count=len(citations))
    missing = np.fromiter(map(is_, source_ids, repeat(None)), dtype=bool, count=len(citations))
    for k in np.flatnonzero(missing).tolist():
        findings.warning(where(k), "citation has no source")
    source[missing] = -2
    for k in np.flatnonzero(source == -1).tolist():
        findings.unknown_reference(where(k, "source"), "source", source_ids[k], source_index)
    blank = np.fromiter(map(not_, quotes), dtype=bool, count=len(quotes))
    blank |= np.fromiter(map(str.isspace, quotes), dtype=bool, count=len(quotes))
    for k in np.flatnonzero(blank).tolist():
        findings.warning(where(k, "quote"), "quote is empty")
    for field, texts in (("published", published), ("accessed", accessed)):
        distinct = list(set(texts) - {None})
        bad = {distinct[k]: date_message(distinct[k], message)
               for k, message in resolve_column(distinct).errors.items()}
        if bad:
            for k, text in enumerate(texts):
                if text in bad:
                    findings.warning(where(k, field), bad[text])

    credibility = np.array(credibility_values, dtype=np.float64)  # None becomes NaN
    best = np.full(n, np.inf)
    graded = np.isfinite(credibility)
    np.minimum.at(best, owner[graded], credibility[graded])
    best_credibility = np.where(np.isfinite(best), best, 0).astype(np.int8)

    width = max(len(source_index), 1)
    known = source >= 0
    pairs = np.sort(owner[known] * width + source[known])
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
    pair_rows, pair_sources = pairs // width, pairs % width
    sources = Membership(np.searchsorted(pair_rows, np.arange(n + 1)).astype(np.int64),
                         pair_sources.astype(np.int32))
    letters = reliability_code[pair_sources] if len(pair_sources) else np.zeros(0, np.int64)
    best = np.full(n, 99, dtype=np.int64)
    rated = letters >= 0
    np.minimum.at(best, pair_rows[rated], letters[rated])
    best_reliability = np.where(best == 99, -1, best).astype(np.int8)
    return np.minimum(lengths, 32767).astype(np.int16), best_credibility, best_reliability, sources


def build_event_table(records: list, indexes: dict[str, dict[str, int]], sources: list,
                      findings: Findings, stages: Stages):
    """Return (events kept, EventColumns, tag names, id -> row)."""
    if any(e is None for e in records):
        origins = [position for position, e in enumerate(records) if e is not None]
        events = [records[position] for position in origins]
    else:
        origins, events = list(range(len(records))), records

    ids = list(map(_ID, events))
    keep = _keep_unique_ids(ids, origins, findings)
    stages.report(0.35, f"Resolving dates of {len(events):,} events")
    dates = resolve_column(list(map(_WHEN, events)), stages.check)
    for row, message in dates.errors.items():
        if keep[row]:
            findings.error(pointer("events", origins[row], "when"),
                           f"{date_message(events[row].when, message)}; the event is left out")
        keep[row] = False
    if not keep.all():
        rows = np.flatnonzero(keep)
        events = [events[i] for i in rows]
        origins = [origins[i] for i in rows]
        ids = [ids[i] for i in rows]
        bounds, precision, flags = dates.bounds[rows], dates.precision[rows], dates.flags[rows]
        ends, offset = dates.ends[rows], dates.offset[rows]
    else:
        bounds, precision, flags = dates.bounds, dates.precision, dates.flags
        ends, offset = dates.ends, dates.offset

    stages.report(0.6, "Linking segments, actors, places and sources")
    n = len(events)
    segment_lists, actor_lists, places, tag_lists, citation_lists, statuses = _fields(
        events, "segments", "actors", "place", "tags", "citations", "status")
    for field, values in (("segments", segment_lists), ("actors", actor_lists), ("tags", tag_lists)):
        if any(values):
            share_equal(events, field, values)
    share_equal(events, "place", places, {ident: ident for ident in indexes["places"]})
    segments = _membership(segment_lists, indexes["segments"], origins, "segments", "segment", findings)
    actors = _membership(actor_lists, indexes["actors"], origins, "actors", "actor", findings)
    place = np.fromiter(map(indexes["places"].get, places, repeat(-1)), dtype=np.int32, count=n)
    unplaced = np.fromiter(map(is_, places, repeat(None)), dtype=bool, count=n)
    for row in np.flatnonzero((place == -1) & ~unplaced).tolist():
        findings.unknown_reference(pointer("events", origins[row], "place"), "place", places[row],
                                   indexes["places"])

    tag_index = {tag: i for i, tag in enumerate(dict.fromkeys(chain.from_iterable(tag_lists)))}
    tags = _membership(tag_lists, tag_index, origins, "tags", "tag", findings)

    reliability_code = np.array([RELIABILITY_CODES.index(s.reliability) if s.reliability else -1
                                 for s in sources], dtype=np.int64)
    stages.report(0.8, "Reading citations")
    citation_count, best_credibility, best_reliability, source_membership = _citation_columns(
        citation_lists, origins, indexes["sources"], reliability_code, findings)
    status = np.fromiter(map(_STATUS_CODE.__getitem__, statuses), dtype=np.int8, count=n)
    disputed_texts, conditions = _fields(events, "disputed", "condition")
    disputed = np.fromiter(map(bool, disputed_texts), dtype=bool, count=n) | (status == _STATUS_CODE["disputed"])
    conditional = np.fromiter(map(is_, conditions, repeat(None)), dtype=bool, count=n)
    np.logical_not(conditional, out=conditional)

    columns = EventColumns(
        start_lo=np.ascontiguousarray(bounds[:, 0]),
        start_hi=np.ascontiguousarray(bounds[:, 1]),
        end_lo=np.ascontiguousarray(bounds[:, 2]),
        end_hi=np.ascontiguousarray(bounds[:, 3]),
        earliest=np.ascontiguousarray(bounds[:, 4]),
        latest=np.ascontiguousarray(bounds[:, 5]),
        precision=precision,
        flags=flags,
        ends=ends,
        offset=offset,
        status=status,
        disputed=disputed,
        conditional=conditional,
        place=place,
        citation_count=citation_count,
        best_credibility=best_credibility,
        best_reliability=best_reliability,
        segments=segments,
        actors=actors,
        sources=source_membership,
        tags=tags,
    )
    return events, columns, list(tag_index), dict(zip(ids, range(len(ids))))
