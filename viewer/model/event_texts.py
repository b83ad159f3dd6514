"""The texts of events and their citations as columns, and each event's record read back from them.

A file's texts are held as Arrow string arrays (one buffer of characters and one
of offsets per field, values repeated across events held once), not as a Python
object per event: a million events then cost what their characters cost. The
panes, exports and checks that need one event's whole record ask for it by row
(``document.events[row]``); it is made from the columns when asked for, and the
last few made are kept so that asking twice gives the same record.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pyarrow as pa
from msgspec import UNSET

from .columns import EventColumns
from .records import STATUSES, Citation, Event, EventStatus, Origin

TEXT = pa.large_string()
RECORDS_KEPT = 256

# What an event's "disputed" field holds, beside its text column
DISPUTED_NONE, DISPUTED_TRUE, DISPUTED_FALSE, DISPUTED_TEXT = 0, 1, 2, 3

CITATION_TEXTS = ("source", "quote", "language", "translation", "speaker", "speaker_role", "published",
                  "url", "accessed", "location")
# Citation fields whose values repeat across a file (names, codes, ids): held once per distinct value
CITATION_SHARED = ("source", "language", "speaker", "speaker_role", "location")


def text_column(values: list, shared: bool = False) -> pa.Array:
    """An Arrow column of texts (None stays null); ``shared`` holds each distinct value once."""
    if values and values[0] is None and values.count(None) == len(values):
        column = pa.nulls(len(values), TEXT)  # a field no record writes
        return column.dictionary_encode() if shared else column
    if not shared:
        return pa.array(values, type=TEXT)
    # Few distinct values: number them with a dictionary rather than convert each to Arrow.
    codes_of = {value: code for code, value in enumerate(dict.fromkeys(values))}
    codes = np.fromiter(map(codes_of.__getitem__, values), dtype=np.int32, count=len(values))
    none = codes_of.get(None)
    return pa.DictionaryArray.from_arrays(
        pa.array(codes, mask=codes == none if none is not None else None),
        pa.array(list(codes_of), type=TEXT))


def plain(column: pa.Array) -> pa.Array:
    """The column with its values written out (a dictionary-encoded column decoded)."""
    return column.dictionary_decode() if pa.types.is_dictionary(column.type) else column


@dataclass
class CitationTexts:
    """Every citation of a document in file order; the citations of event ``i`` are ``first[i]:first[i+1]``."""

    first: np.ndarray  # int64, events + 1
    owner: np.ndarray  # int64 event row of each citation
    texts: dict[str, pa.Array]  # CITATION_TEXTS -> column
    source: np.ndarray  # int32 index into document.sources; -1 when none is named or it is unknown
    credibility: np.ndarray  # int8 1..6, 0 when not graded
    published_key: np.ndarray  # float64 seconds of the earliest start of "published", inf when none

    def __len__(self) -> int:
        return len(self.owner)

    def record(self, k: int) -> Citation:
        values = {name: column[k].as_py() for name, column in self.texts.items()}
        values["quote"] = values["quote"] or ""
        return Citation(**values, credibility=int(self.credibility[k]) or None)


@dataclass
class EventTexts:
    """The per-event texts, and what a record needs beyond the numeric columns."""

    id: pa.Array
    title: pa.Array
    when: pa.Array
    description: pa.Array
    notes: pa.Array
    condition: pa.Array
    disputed_text: pa.Array
    disputed_kind: np.ndarray  # int8 DISPUTED_*
    place_id: pa.Array  # the place as written (dictionary-encoded); null when none
    citations: CitationTexts
    # Rows whose segments or actors name ids the file does not define: those lists as written
    # (the membership columns hold only the known ones).
    written_lists: dict[str, dict[int, tuple[str, ...]]] = field(default_factory=dict)
    origins: OriginColumns | None = None  # imported events' origins; None when no event has one

    def __len__(self) -> int:
        return len(self.id)


@dataclass
class OriginColumns:
    """Where each imported event came from (``Event.origin``); file and format held once each."""

    file: pa.Array  # null where an event has no origin
    format: pa.Array
    line: np.ndarray  # 0 when not known
    id: pa.Array

    def record(self, row: int) -> Origin | None:
        file = self.file[row].as_py()
        if file is None:
            return None
        line = int(self.line[row])
        return Origin(file=file, format=self.format[row].as_py(), line=line or None, id=self.id[row].as_py())


def _given(value):
    return None if value is UNSET else value


def origin_columns(origins: list) -> OriginColumns:
    """The origins of the events (records, their as-written twins, or None) as columns."""
    files = [None if o is None else o.file for o in origins]
    formats = [None if o is None else o.format for o in origins]
    lines = np.fromiter(((_given(o.line) or 0) if o is not None else 0 for o in origins), dtype=np.int64,
                        count=len(origins))
    ids = [None if o is None else _given(o.id) for o in origins]
    return OriginColumns(text_column(files, shared=True), text_column(formats, shared=True), lines,
                         text_column(ids))


class EventRecords(Sequence):
    """``document.events``: the events as records, each made from the columns when asked for."""

    def __init__(self, texts: EventTexts, columns: EventColumns, segment_ids: list[str], actor_ids: list[str],
                 tags: list[str]):
        self.texts, self.columns = texts, columns
        self._ids = {"segments": segment_ids, "actors": actor_ids}
        self._tags = tags
        self._made: OrderedDict[int, Event] = OrderedDict()

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Event]:
        for row in range(len(self)):
            yield self._record(row)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self._record(r) for r in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError("event row out of range")
        return self._record(row)

    def _record(self, row: int) -> Event:
        made = self._made.get(row)
        if made is not None:
            self._made.move_to_end(row)
            return made
        made = self._made[row] = self._make(row)
        if len(self._made) > RECORDS_KEPT:
            self._made.popitem(last=False)
        return made

    def _listed(self, name: str, row: int) -> tuple[str, ...]:
        written = self.texts.written_lists.get(name, {}).get(row)
        if written is not None:
            return written
        ids = self._ids[name]
        return tuple(ids[i] for i in getattr(self.columns, name).of(row).tolist())

    def _make(self, row: int) -> Event:
        texts, columns = self.texts, self.columns
        kind = int(texts.disputed_kind[row])
        disputed = {DISPUTED_NONE: None, DISPUTED_TRUE: True, DISPUTED_FALSE: False}.get(kind)
        if kind == DISPUTED_TEXT:
            disputed = texts.disputed_text[row].as_py()
        citations = texts.citations
        start, end = int(citations.first[row]), int(citations.first[row + 1])
        return Event(
            id=texts.id[row].as_py(), title=texts.title[row].as_py(), when=texts.when[row].as_py(),
            description=texts.description[row].as_py(), place=texts.place_id[row].as_py(),
            actors=self._listed("actors", row), segments=self._listed("segments", row),
            tags=tuple(self._tags[i] for i in columns.tags.of(row).tolist()),
            status=cast(EventStatus, STATUSES[int(columns.status[row])]),
            citations=tuple(citations.record(k) for k in range(start, end)),
            notes=texts.notes[row].as_py(), condition=texts.condition[row].as_py(), disputed=disputed,
            origin=texts.origins.record(row) if texts.origins is not None else None)


class IdIndex(Mapping):
    """``document.event_index``: event id -> row, looked up by binary search in the ids in sorted order
    (sorted when first asked, in C), not a Python dictionary of a million entries."""

    def __init__(self, ids: pa.Array):
        self._ids = ids
        self._order: np.ndarray | None = None
        self._sorted: _SortedIds | None = None

    def _search(self) -> _SortedIds:
        if self._sorted is None:
            import pyarrow.compute as pc

            # Ids are compared as Python compares str (by code point), which for UTF-8 is byte order.
            order = pc.sort_indices(self._ids).to_numpy()
            self._sorted = _SortedIds(self._ids, order)
        return self._sorted

    def get(self, key, default=None):
        if not isinstance(key, str):
            return default
        found = self._search().find(key)
        return default if found is None else found

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids.to_pylist())


class _SortedIds(Sequence):
    def __init__(self, ids: pa.Array, order: np.ndarray):
        self.ids, self.order = ids, order

    def __len__(self) -> int:
        return len(self.order)

    def __getitem__(self, k):
        return self.ids[int(self.order[k])].as_py()

    def find(self, key: str) -> int | None:
        at = bisect.bisect_left(self, key)
        if at < len(self.order) and self[at] == key:
            return int(self.order[at])
        return None
