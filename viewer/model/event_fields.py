"""The fields of event records read out a batch at a time, while the batch is fresh in memory.

The loader decodes the events a few thousand at a time and hands each batch here;
its fields become lists (those the checks and columns are made from) and Arrow
text columns (those only shown and searched), and the batch's records are freed
before the next is decoded. Reading one field of a million records scattered over
a gigabyte costs a cache miss per record; reading it from a batch does not.
"""

from __future__ import annotations

from itertools import chain, repeat
from operator import attrgetter, is_, not_

import numpy as np
import pyarrow as pa
from msgspec import UNSET

from .event_texts import text_column

BATCH = 4096  # events decoded and read at a time: a few megabytes, which stay in the processor's caches

# Read as lists: what the checks, the columns and the shared (dictionary) text columns are made from
EVENT_LISTED = ("id", "when", "place", "segments", "actors", "tags", "status", "condition", "disputed", "origin")
CITATION_LISTED = ("source", "credibility", "published", "accessed", "language", "speaker", "speaker_role",
                   "location")
# Made into text columns batch by batch: only shown and searched
EVENT_TEXTS = ("title", "description", "notes")
CITATION_TEXTS = ("quote", "translation", "url")

_DEFAULTS = {"description": "", "notes": "", "place": None, "actors": (), "segments": (), "tags": (),
             "status": "occurred", "citations": (), "condition": None, "disputed": None,
             "source": None, "quote": "", "language": None, "translation": None, "speaker": None,
             "speaker_role": None, "published": None, "url": None, "accessed": None, "location": None,
             "credibility": None, "origin": None}


def fields_of(records: list, *names: str) -> list[list]:
    """One list per attribute (a field left out, UNSET, as its default); a C-level map per field
    beats building and unzipping tuples."""
    columns = []
    for name in names:
        values = list(map(attrgetter(name), records))
        unset = values.count(UNSET) if name in _DEFAULTS else 0
        if unset == len(values) and unset:  # a field no record of the batch writes
            values = [_DEFAULTS[name]] * unset
        elif unset:
            default = _DEFAULTS[name]
            values = [default if v is UNSET else v for v in values]
        columns.append(values)
    return columns


class EventFields:
    """The fields of every event kept so far, in file order, and where each sits in the file."""

    def __init__(self) -> None:
        self.origins: list[int] = []  # position of each event in the file's list
        self.lists: dict[str, list] = {name: [] for name in EVENT_LISTED}
        self.citation_lists: dict[str, list] = {name: [] for name in CITATION_LISTED}
        self._texts: dict[str, list[pa.Array]] = {name: [] for name in EVENT_TEXTS}
        self._citation_texts: dict[str, list[pa.Array]] = {name: [] for name in CITATION_TEXTS}
        self._citation_counts: list[np.ndarray] = []
        self._blank_quotes: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.origins)

    def add(self, records: list, first_position: int = 0) -> None:
        """Read a batch of records (None: a record left out), the first at ``first_position`` in the file."""
        left_out = none_mask(records)
        if left_out.any():
            kept = np.flatnonzero(~left_out).tolist()
            self.origins.extend(first_position + k for k in kept)
            records = [records[k] for k in kept]
        else:
            self.origins.extend(range(first_position, first_position + len(records)))
        values = fields_of(records, *EVENT_LISTED, *EVENT_TEXTS, "citations")
        for name, column in zip(EVENT_LISTED, values):
            self.lists[name].extend(column)
        for name, column in zip(EVENT_TEXTS, values[len(EVENT_LISTED):]):
            self._texts[name].append(text_column(column))
        citation_lists = values[-1]
        self._citation_counts.append(np.fromiter(map(len, citation_lists), dtype=np.int64,
                                                 count=len(citation_lists)))
        citations = list(chain.from_iterable(citation_lists))
        values = fields_of(citations, *CITATION_LISTED, *CITATION_TEXTS)
        for name, column in zip(CITATION_LISTED, values):
            self.citation_lists[name].extend(column)
        quotes = values[len(CITATION_LISTED)]
        blank = np.fromiter(map(not_, quotes), dtype=bool, count=len(quotes))
        blank |= np.fromiter(map(str.isspace, quotes), dtype=bool, count=len(quotes))
        self._blank_quotes.append(blank)
        for name, column in zip(CITATION_TEXTS, values[len(CITATION_LISTED):]):
            self._citation_texts[name].append(text_column(column))

    @staticmethod
    def _joined(chunks: list[pa.Array]) -> pa.Array:
        return pa.concat_arrays(chunks) if chunks else text_column([])

    def texts(self) -> dict[str, pa.Array]:
        return {name: self._joined(chunks) for name, chunks in self._texts.items()}

    def citation_texts(self) -> dict[str, pa.Array]:
        return {name: self._joined(chunks) for name, chunks in self._citation_texts.items()}

    def citation_counts(self) -> np.ndarray:
        return np.concatenate(self._citation_counts) if self._citation_counts else np.zeros(0, np.int64)

    def blank_quotes(self) -> np.ndarray:
        return np.concatenate(self._blank_quotes) if self._blank_quotes else np.zeros(0, bool)


def none_mask(values: list) -> np.ndarray:
    return np.fromiter(map(is_, values, repeat(None)), dtype=bool, count=len(values))
