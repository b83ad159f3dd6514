"""Resolve a whole column of EDTF strings at once.

Nearly every date in a large file is a plain ISO form (a day, a date-time
with its zone, an interval of them); those are converted a shape at a time
by :mod:`viewer.model.iso_columns`. Every other string is resolved once per
distinct value and spread to its rows by fancy indexing. A million events
then cost a handful of array operations, not a million Python calls, and no
display text is made: panes ask :func:`viewer.model.dates.resolve_cached`
for it when they show an event. Tests hold this path to the same results
as :func:`viewer.model.dates.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from typing import cast

import numpy as np

from .dates import NO_OFFSET, DateError, resolve
from .iso_columns import resolve_plain
from .progress import LoadCancelled

BOUND_FIELDS = ("start_lo", "start_hi", "end_lo", "end_hi", "earliest", "latest")


@dataclass
class DateColumns:
    bounds: np.ndarray  # (n, 6) float64 in the order of BOUND_FIELDS
    precision: np.ndarray  # int8
    flags: np.ndarray  # int32
    ends: np.ndarray  # int8: what each end carries (model.dates START_APPROXIMATE ...)
    offset: np.ndarray  # int16: minutes east of UTC as written, NO_OFFSET when no zone is written
    errors: dict[int, str]  # row -> why its text is not a date


def resolve_column(texts: list[str], is_cancelled: Callable[[], bool | None] | None = None) -> DateColumns:
    n = len(texts)
    bounds = np.empty((n, 6), dtype=np.float64)
    precision = np.empty(n, dtype=np.int8)
    flags = np.zeros(n, dtype=np.int32)
    ends = np.zeros(n, dtype=np.int8)
    offset = np.full(n, NO_OFFSET, dtype=np.int16)
    done = resolve_plain(texts, bounds, precision, flags, is_cancelled, ends, offset)

    errors: dict[int, str] = {}
    other_rows = np.flatnonzero(~done)
    if len(other_rows):
        distinct: dict[str, int] = {}
        codes = np.fromiter((distinct.setdefault(texts[i], len(distinct)) for i in other_rows),
                            dtype=np.int64, count=len(other_rows))
        table = np.full((len(distinct), 6), np.nan)
        table_precision = np.zeros(len(distinct), dtype=np.int8)
        table_flags = np.zeros(len(distinct), dtype=np.int32)
        table_ends = np.zeros(len(distinct), dtype=np.int8)
        table_offset = np.full(len(distinct), NO_OFFSET, dtype=np.int16)
        failed: dict[int, str] = {}
        for k, text in enumerate(distinct):
            if k % 4096 == 0 and is_cancelled is not None and is_cancelled():
                raise LoadCancelled()
            try:
                when = resolve(text)
            except DateError as exc:
                failed[k] = str(exc)
                continue
            table[k] = (when.start_lo, when.start_hi, when.end_lo, when.end_hi, when.earliest, when.latest)
            table_precision[k] = when.precision
            table_flags[k] = when.flags
            table_ends[k] = when.ends
            table_offset[k] = when.offset
        bounds[other_rows] = table[codes]
        precision[other_rows] = table_precision[codes]
        flags[other_rows] = table_flags[codes]
        ends[other_rows] = table_ends[codes]
        offset[other_rows] = table_offset[codes]
        if failed:
            bad = np.isin(codes, np.fromiter(failed, dtype=np.int64))
            for row, code in zip(other_rows[bad].tolist(), codes[bad].tolist()):
                errors[row] = failed[code]
    return DateColumns(bounds, precision, flags, ends, offset, errors)


def key_of_bounds(bounds: np.ndarray) -> np.ndarray:
    """Per row of resolved bounds, the seconds to sort by: its start, else its earliest, else its end."""
    key = np.full(len(bounds), np.inf)
    for column in (4, 2, 0):  # start_lo wins over earliest, earliest over end_lo
        finite = np.isfinite(bounds[:, column])
        key[finite] = bounds[finite, column]
    return key


def sort_keys(texts: list[str | None]) -> np.ndarray:
    """Per text, the seconds of its earliest start to sort by; inf when missing or not a date (sorts last).

    The same figure as :func:`viewer.model.citations.date_sort_key`, for a whole column.
    """
    given = np.fromiter(map(bool, texts), dtype=bool, count=len(texts))
    resolved = resolve_column(cast(list[str], list(compress(texts, given))))  # the given ones are texts
    key = key_of_bounds(resolved.bounds)
    if resolved.errors:
        key[np.fromiter(resolved.errors, dtype=np.int64)] = np.inf
    keys = np.full(len(texts), np.inf)
    keys[given] = key
    return keys
