"""Check the events of a file and build their columns, a column at a time.

Each step is a C-level map, a list comprehension or a numpy operation over all
events; Python loops run only over the problems found. What is built keeps no
Python object per event: numbers in numpy arrays, texts in Arrow columns
(``event_texts``), from which a record is made again when a pane asks for it.
The records may be those of ``records`` or their as-written twins
(``as_written``), whose fields left out read as UNSET.
"""

from __future__ import annotations

from itertools import chain, compress, repeat
from operator import is_

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .columns import RELIABILITY_CODES, EventColumns, Membership
from .date_advice import date_message
from .date_columns import key_of_bounds, resolve_column
from .event_fields import EventFields, none_mask
from .event_texts import (
    CITATION_SHARED,
    CITATION_TEXTS,
    DISPUTED_FALSE,
    DISPUTED_NONE,
    DISPUTED_TEXT,
    DISPUTED_TRUE,
    CitationTexts,
    EventTexts,
    origin_columns,
    text_column,
)
from .findings import Findings, pointer
from .progress import Stages
from .records import STATUSES

_STATUS_CODE = {name: i for i, name in enumerate(STATUSES)}


def _keep_unique_ids(ids: list[str], id_column: pa.Array, origins: list[int], findings: Findings) -> np.ndarray:
    keep = np.ones(len(ids), dtype=bool)
    if len(pc.unique(id_column)) == len(ids):  # hashed in C
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
                kind: str, findings: Findings, written: dict[int, tuple[str, ...]] | None = None) -> Membership:
    """CSR membership from id lists; unknown ids are warned about and left out (and the lists
    of the rows that name them kept as written in ``written``, if given)."""
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = list(chain.from_iterable(lists))
    codes = np.fromiter(map(index.get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
    ptr = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum(lengths, out=ptr[1:])
    unknown = np.flatnonzero(codes < 0)
    if len(unknown):
        rows = np.searchsorted(ptr, unknown, side="right") - 1
        if written is not None:
            written.update((row, tuple(lists[row])) for row in np.unique(rows).tolist())
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


def _citation_columns(fields: EventFields, keep: np.ndarray, origins: list, source_index: dict[str, int],
                      reliability_code: np.ndarray, findings: Findings, imported: np.ndarray | None = None):
    lengths = fields.citation_counts()
    values = fields.citation_lists
    texts = fields.citation_texts()
    blank = fields.blank_quotes()
    if not keep.all():  # the citations of the events kept
        kept = np.repeat(keep, lengths)
        values = {name: list(compress(column, kept)) for name, column in values.items()}
        texts = {name: column.filter(pa.array(kept)) for name, column in texts.items()}
        blank, lengths = blank[kept], lengths[keep]
    n = len(lengths)
    count = int(lengths.sum())
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    first_of_row = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=first_of_row[1:])
    source_ids = values["source"]

    def where(k: int, *rest) -> str:
        row = int(owner[k])
        return pointer("events", origins[row], "citations", k - int(first_of_row[row]), *rest)

    source = np.fromiter(map(source_index.get, source_ids, repeat(-1)), dtype=np.int64, count=count)
    missing = none_mask(source_ids)
    for k in np.flatnonzero(missing).tolist():
        findings.warning(where(k), "citation has no source")
    source[missing] = -2
    for k in np.flatnonzero(source == -1).tolist():
        findings.unknown_reference(where(k, "source"), "source", source_ids[k], source_index)
    if imported is not None:  # an imported reference to a source without a quote is what the source file says
        blank &= ~imported[owner]
    for k in np.flatnonzero(blank).tolist():
        findings.warning(where(k, "quote"), "quote is empty")
    published_key = np.full(count, np.inf)
    for field in ("published", "accessed"):
        dated = values[field]
        given = np.flatnonzero(~none_mask(dated))
        written = [dated[k] for k in given.tolist()] if len(given) < len(dated) else dated
        resolved = resolve_column(written)
        if field == "published":
            key = key_of_bounds(resolved.bounds)
            if resolved.errors:
                key[np.fromiter(resolved.errors, dtype=np.int64)] = np.inf
            published_key[given] = key
        bad = {written[k]: date_message(written[k], message) for k, message in resolved.errors.items()}
        for k, text in zip(given.tolist(), written):
            if text in bad:
                findings.warning(where(k, field), bad[text])

    credibility = np.array(values["credibility"], dtype=np.float64)  # None becomes NaN
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
    columns = {name: text_column(values[name], name in CITATION_SHARED)
               for name in CITATION_TEXTS if name in values}
    citation_texts = CitationTexts(
        first=first_of_row, owner=owner,
        texts={name: columns[name] if name in columns else texts[name] for name in CITATION_TEXTS},
        source=np.where(source >= 0, source, -1).astype(np.int32),
        credibility=np.where(graded, np.nan_to_num(credibility), 0).astype(np.int8),
        published_key=published_key)
    return np.minimum(lengths, 32767).astype(np.int16), best_credibility, best_reliability, sources, citation_texts


def _disputed(values: list) -> tuple[np.ndarray, list]:
    """What each "disputed" field holds (DISPUTED_*), and its text where it is one."""
    kinds = np.full(len(values), DISPUTED_NONE, dtype=np.int8)
    if values.count(None) == len(values):
        return kinds, values
    kinds[np.fromiter(map(is_, values, repeat(True)), dtype=bool, count=len(values))] = DISPUTED_TRUE
    kinds[np.fromiter(map(is_, values, repeat(False)), dtype=bool, count=len(values))] = DISPUTED_FALSE
    texts = [v if isinstance(v, str) else None for v in values]
    kinds[~none_mask(texts)] = DISPUTED_TEXT
    return kinds, texts


def build_event_table(fields: EventFields, indexes: dict[str, dict[str, int]], sources: list,
                      findings: Findings, stages: Stages):
    """Return (EventColumns, EventTexts, tag names) made from the fields of the events read."""
    origins: list = fields.origins
    lists = fields.lists
    ids, whens = lists["id"], lists["when"]
    id_column = text_column(ids)
    keep = _keep_unique_ids(ids, id_column, origins, findings)
    stages.report(0.35, f"Resolving dates of {len(ids):,} events")
    dates = resolve_column(whens, stages.check)
    for row, message in dates.errors.items():
        if keep[row]:
            findings.error(pointer("events", origins[row], "when"),
                           f"{date_message(whens[row], message)}; the event is left out")
        keep[row] = False
    texts = fields.texts()
    if not keep.all():
        rows = np.flatnonzero(keep)
        lists = {name: list(compress(column, keep)) for name, column in lists.items()}
        origins = list(compress(origins, keep))
        whens = lists["when"]
        id_column = id_column.take(pa.array(rows))
        texts = {name: column.take(pa.array(rows)) for name, column in texts.items()}
        bounds, precision, flags = dates.bounds[rows], dates.precision[rows], dates.flags[rows]
        ends, offset = dates.ends[rows], dates.offset[rows]
    else:
        bounds, precision, flags = dates.bounds, dates.precision, dates.flags
        ends, offset = dates.ends, dates.offset

    stages.report(0.6, "Linking segments, actors, places and sources")
    n = len(origins)
    segment_lists, actor_lists, places, tag_lists = lists["segments"], lists["actors"], lists["place"], lists["tags"]
    written_lists: dict[str, dict[int, tuple[str, ...]]] = {"segments": {}, "actors": {}}
    segments = _membership(segment_lists, indexes["segments"], origins, "segments", "segment", findings,
                           written_lists["segments"])
    actors = _membership(actor_lists, indexes["actors"], origins, "actors", "actor", findings,
                         written_lists["actors"])
    place = np.fromiter(map(indexes["places"].get, places, repeat(-1)), dtype=np.int32, count=n)
    unplaced = none_mask(places)
    for row in np.flatnonzero((place == -1) & ~unplaced).tolist():
        findings.unknown_reference(pointer("events", origins[row], "place"), "place", places[row],
                                   indexes["places"])

    tag_index = {tag: i for i, tag in enumerate(dict.fromkeys(chain.from_iterable(tag_lists)))}
    tags = _membership(tag_lists, tag_index, origins, "tags", "tag", findings)

    reliability_code = np.array([RELIABILITY_CODES.index(s.reliability) if s.reliability else -1
                                 for s in sources], dtype=np.int64)
    stages.report(0.8, "Reading citations")
    origin_values = lists["origin"]
    imported = ~none_mask(origin_values)
    citation_count, best_credibility, best_reliability, source_membership, citation_texts = _citation_columns(
        fields, keep, origins, indexes["sources"], reliability_code, findings, imported)
    status = np.fromiter(map(_STATUS_CODE.__getitem__, lists["status"]), dtype=np.int8, count=n)
    disputed_values, conditions = lists["disputed"], lists["condition"]
    disputed_kind, disputed_texts = _disputed(disputed_values)
    disputed = np.fromiter(map(bool, disputed_values), dtype=bool, count=n) | (status == _STATUS_CODE["disputed"])
    conditional = ~none_mask(conditions)

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
    event_texts = EventTexts(
        id=id_column, title=texts["title"], when=text_column(whens),
        description=texts["description"], notes=texts["notes"], condition=text_column(conditions),
        disputed_text=text_column(disputed_texts), disputed_kind=disputed_kind,
        place_id=text_column(places, shared=True), citations=citation_texts, written_lists=written_lists,
        origins=origin_columns(origin_values) if imported.any() else None)
    return columns, event_texts, list(tag_index)
