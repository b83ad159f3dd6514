"""Resolve a whole column of EDTF strings at once.

Most event files write most dates in a few plain shapes: a day, an interval
of two days, a minute in UTC. Strings of those shapes are checked character
by character as a numpy array and converted by numpy's own date parser in one
call; every other string is resolved once per distinct value and spread to
its rows by fancy indexing. A million events then cost a handful of array
operations, not a million Python calls. Tests hold this path to the same
results as :func:`viewer.model.dates.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .dates import HAS_TIME, INTERVAL, DateError, Precision, resolve
from .progress import LoadCancelled

BOUND_FIELDS = ("start_lo", "start_hi", "end_lo", "end_hi", "earliest", "latest")
DAY = 86400.0
MINUTE = 60.0


@dataclass
class DateColumns:
    bounds: np.ndarray  # (n, 6) float64 in the order of BOUND_FIELDS
    precision: np.ndarray  # int8
    flags: np.ndarray  # int32
    errors: dict[int, str]  # row -> why its text is not a date


def _shape_rows(texts: list[str], lengths: np.ndarray, shape: str) -> np.ndarray:
    """Rows whose text has this shape: 'D' is any digit, other characters literal."""
    rows = np.flatnonzero(lengths == len(shape))
    if not len(rows):
        return rows
    codes = np.array([texts[i] for i in rows], dtype=f"U{len(shape)}").view(np.uint32)
    codes = codes.reshape(len(rows), len(shape))
    ok = np.ones(len(rows), dtype=bool)
    for position, char in enumerate(shape):
        column = codes[:, position]
        if char == "D":
            ok &= (column >= 48) & (column <= 57)
        else:
            ok &= column == ord(char)
    return rows[ok]


def _parse(texts: list[str], rows: np.ndarray, start: int, stop: int, unit: str) -> np.ndarray | None:
    """numpy's parse of texts[row][start:stop] in seconds, or None if any is not a real date."""
    try:
        values = np.array([texts[i][start:stop] for i in rows], dtype=f"datetime64[{unit}]")
    except ValueError:
        return None
    return values.astype("datetime64[s]").astype(np.int64).astype(np.float64)


def resolve_column(texts: list[str], is_cancelled: Callable[[], bool] | None = None) -> DateColumns:
    n = len(texts)
    bounds = np.empty((n, 6), dtype=np.float64)
    precision = np.empty(n, dtype=np.int8)
    flags = np.zeros(n, dtype=np.int32)
    done = np.zeros(n, dtype=bool)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)

    def fill(rows, lo, hi_start, lo_end, hi, unit_precision, unit_flags):
        bounds[rows] = np.column_stack((lo, hi_start, lo_end, hi, lo, hi))
        precision[rows] = unit_precision
        flags[rows] = unit_flags
        done[rows] = True

    rows = _shape_rows(texts, lengths, "DDDD-DD-DD")
    day = _parse(texts, rows, 0, 10, "D")
    if day is not None:
        fill(rows, day, day + DAY, day, day + DAY, Precision.DAY, 0)

    rows = _shape_rows(texts, lengths, "DDDD-DD-DD/DDDD-DD-DD")
    first, last = _parse(texts, rows, 0, 10, "D"), _parse(texts, rows, 11, 21, "D")
    if first is not None and last is not None:
        ordered = last >= first  # the resolver explains the others
        rows, first, last = rows[ordered], first[ordered], last[ordered]
        fill(rows, first, first + DAY, last, last + DAY, Precision.DAY, INTERVAL)

    rows = _shape_rows(texts, lengths, "DDDD-DD-DDTDD:DDZ")
    minute = _parse(texts, rows, 0, 16, "m")
    if minute is not None:
        fill(rows, minute, minute + MINUTE, minute, minute + MINUTE, Precision.MINUTE, HAS_TIME)

    errors: dict[int, str] = {}
    other_rows = np.flatnonzero(~done)
    if len(other_rows):
        distinct: dict[str, int] = {}
        codes = np.fromiter((distinct.setdefault(texts[i], len(distinct)) for i in other_rows),
                            dtype=np.int64, count=len(other_rows))
        table = np.full((len(distinct), 6), np.nan)
        table_precision = np.zeros(len(distinct), dtype=np.int8)
        table_flags = np.zeros(len(distinct), dtype=np.int32)
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
        bounds[other_rows] = table[codes]
        precision[other_rows] = table_precision[codes]
        flags[other_rows] = table_flags[codes]
        if failed:
            bad = np.isin(codes, np.fromiter(failed, dtype=np.int64))
            for row, code in zip(other_rows[bad].tolist(), codes[bad].tolist()):
                errors[row] = failed[code]
    return DateColumns(bounds, precision, flags, errors)
