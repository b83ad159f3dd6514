"""Finding a word in a column of texts, as ``word in text.casefold()`` finds it, at C speed.

Rows written in ASCII are scanned by Arrow without a folded copy (for ASCII text
and an ASCII word, ignoring case is exactly case folding, and case-folded ASCII
is ASCII, so no other word can match there). Only rows with other characters
keep a case-folded copy, made once, and are checked against it.

A long column is scanned in slices by a few threads at once: Arrow's scan lets
go of the interpreter, so the slices run side by side on the processor's cores
and a search of a million events takes a fraction of one pass. A column with
no characters at all (a field no event writes) is not scanned.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from itertools import repeat
from operator import contains

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

SLICE_ROWS = 1 << 17  # rows scanned by one thread at a time
_THREADS = max(1, min(4, os.cpu_count() or 1))
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _scanners() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(_THREADS, thread_name_prefix="text-scan")
        return _pool


def _scan(column: pa.Array, word: str) -> np.ndarray:
    """Boolean per row of ``column``: does it contain ``word``, ignoring ASCII case (nulls: False)."""
    if len(column) <= SLICE_ROWS or _THREADS == 1:
        return _bools(pc.match_substring(column, word, ignore_case=True))
    starts = range(0, len(column), SLICE_ROWS)
    parts = _scanners().map(lambda at: pc.match_substring(column.slice(at, SLICE_ROWS), word, ignore_case=True),
                            starts)
    return np.concatenate([_bools(part) for part in parts])


def subset(rows: np.ndarray, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[rows] = True
    return mask


def _bools(result) -> np.ndarray:
    return np.asarray(pc.fill_null(result, False).to_numpy(zero_copy_only=False), dtype=bool)


class Searchable:
    """One text column (plain or dictionary-encoded, nulls allowed) to look for words in."""

    def __init__(self, column: pa.Array):
        self.size = len(column)
        self._codes: np.ndarray | None = None
        if pa.types.is_dictionary(column.type):
            # Values repeated across rows: search the distinct ones, spread by their codes.
            self._codes = np.asarray(pc.fill_null(column.indices, -1).to_numpy(zero_copy_only=False), np.int32)
            self._values = Searchable(column.dictionary)
            return
        self.column = column
        # No characters in any row (every row empty or null): no word is found, nothing to scan.
        self.blank = len(column) == column.null_count or not pc.max(pc.binary_length(column)).as_py()
        other = ~_bools(pc.fill_null(pc.string_is_ascii(column), True)) if len(column) else np.zeros(0, bool)
        self.other_rows = np.flatnonzero(other)
        self.other_folded = [text.casefold() for text in column.take(self.other_rows).to_pylist()] \
            if len(self.other_rows) else []

    def mask(self, word: str, among: np.ndarray | None = None) -> np.ndarray:
        """Boolean per row: does the case-folded text contain ``word`` (already case-folded)?
        Only the rows ``among`` are decided when given; the others read False."""
        if self._codes is not None:
            hits = np.append(self._values.mask(word), False)  # code -1 (no text) reads the last entry
            result = hits[self._codes]
            return result & subset(among, self.size) if among is not None else result
        result = np.zeros(self.size, dtype=bool)
        if self.blank:
            return result
        if word.isascii() and self.size:
            if among is None:
                result = _scan(self.column, word)
            elif len(among):
                result[among] = _scan(self.column.take(among), word)
        if len(self.other_rows):
            result[self.other_rows] = np.fromiter(map(contains, self.other_folded, repeat(word)), dtype=bool,
                                                  count=len(self.other_rows))
            if among is not None:
                result &= subset(among, self.size)
        return result
