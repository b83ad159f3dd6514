"""How a resolved date is drawn: the one rule the timeline, the overview strip, exports and the legend follow.

Nothing is drawn sharper than the file says:

- each end of an interval spans the unit it is written in (``2025-03/2025-07-10``
  starts some time in March): the glyph fades in across that unit and is solid
  only where the event surely runs; an approximate end (``~``) fades as well;
- a qualifier belongs to the end it is written on: ``2025-03?/2025-07-10`` has an
  uncertain start, drawn as a dotted edge with "?" before the start, and a sharp,
  certain end; ``%`` on one end fades that end and marks it so. A date uncertain
  as a whole (or at both ends) gets a dotted outline and "?" after it;
- an unknown end (``/2025-07-10``, ``2025-03-02/``) is drawn from the known end
  only, fading out over a fixed length in pixels, never to a date the file
  does not give;
- an open end (``..``) runs to the edge of the view, with an arrow;
- a "one of" set (``[2025-02-20..2025-02-28]``, ``[2025-07-10..]``) is one
  day somewhere in its span: a single mark inside a bracket, never a bar.

The functions work on whole columns at once; times are seconds since 1970 UTC.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dates import (
    END_APPROXIMATE,
    END_UNCERTAIN,
    INTERVAL,
    ONE_OF,
    OPEN_END,
    OPEN_START,
    SET,
    START_APPROXIMATE,
    START_UNCERTAIN,
    UNCERTAIN,
    UNKNOWN_END,
    UNKNOWN_START,
    Precision,
)

SINGLE, SPAN, ONE_OF_SET = 0, 1, 2  # DateShape.kind
KNOWN, UNKNOWN, OPEN = 0, 1, 2  # DateShape.start and .end

# Length of the written unit of each precision, in seconds (months and longer on average).
_DAY = 86400.0
UNIT_SECONDS = np.array([
    365242.5 * _DAY, 36524.25 * _DAY, 3652.425 * _DAY, 365.2425 * _DAY,  # millennium .. year
    182.6 * _DAY, 121.7 * _DAY, 91.3 * _DAY, 91.3 * _DAY, 30.44 * _DAY,  # half-year .. month
    _DAY, 3600.0, 60.0, 1.0,  # day .. second
])
FIT_UNITS = 7  # "fit" shows at least this many units of the finest precision shown


@dataclass
class DateShape:
    """Per event: what its glyph covers. ``outer_lo``..``outer_hi`` is all of it (±inf at open
    ends); the event surely runs over ``inner_lo``..``inner_hi``, and fades across the rest."""

    kind: np.ndarray  # int8: SINGLE, SPAN or ONE_OF_SET
    start: np.ndarray  # int8: KNOWN, UNKNOWN or OPEN
    end: np.ndarray
    outer_lo: np.ndarray
    inner_lo: np.ndarray
    inner_hi: np.ndarray
    outer_hi: np.ndarray
    approximate_start: np.ndarray  # bool
    approximate_end: np.ndarray
    uncertain_whole: np.ndarray  # bool: the date as a whole, or both ends of a span
    uncertain_start: np.ndarray  # bool: the start of a span only
    uncertain_end: np.ndarray  # bool: the end of a span only


def _has(values: np.ndarray, bits: int) -> np.ndarray:
    return (values & bits) != 0


def uncertain_ends(flags, ends) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each date's "?" applies: (the whole date, the start of a span only, its end only)."""
    flags, ends = np.asarray(flags), np.asarray(ends)
    span = _has(flags, INTERVAL) & ~(_has(flags, SET) & _has(ends, ONE_OF))
    start, end = _has(ends, START_UNCERTAIN), _has(ends, END_UNCERTAIN)
    start_only, end_only = span & start & ~end, span & end & ~start
    return _has(flags, UNCERTAIN) & ~start_only & ~end_only, start_only, end_only


def date_shapes(start_lo, start_hi, end_lo, end_hi, flags, ends) -> DateShape:
    flags = np.asarray(flags)
    ends = np.asarray(ends)
    n = len(flags)
    one_of = _has(flags, SET) & _has(ends, ONE_OF)
    span = _has(flags, INTERVAL) & ~one_of
    kind = np.where(one_of, ONE_OF_SET, np.where(span, SPAN, SINGLE)).astype(np.int8)

    start = np.full(n, KNOWN, np.int8)
    start[_has(flags, UNKNOWN_START) & ~np.isfinite(start_lo)] = UNKNOWN
    start[_has(flags, OPEN_START) & ~np.isfinite(start_lo)] = OPEN
    end = np.full(n, KNOWN, np.int8)
    end[_has(flags, UNKNOWN_END) & ~np.isfinite(end_hi)] = UNKNOWN
    end[_has(flags, OPEN_END) & ~np.isfinite(end_hi)] = OPEN

    # A span is sure between its start's last and its end's first possible instant;
    # when those cross (the start's unit reaches past the end's), it is sure at one point between them.
    inner_lo = np.where(span, np.where(start == OPEN, -np.inf, start_hi), start_lo)
    inner_hi = np.where(span, np.where(end == OPEN, np.inf, end_lo), end_hi)
    with np.errstate(invalid="ignore"):
        crossed = span & (start == KNOWN) & (end == KNOWN) & (inner_lo > inner_hi)
        middle = np.clip((start_hi + end_lo) / 2, np.maximum(start_lo, end_lo), np.minimum(start_hi, end_hi))
    inner_lo = np.where(crossed, middle, inner_lo)
    inner_hi = np.where(crossed, middle, inner_hi)
    outer_lo = np.asarray(start_lo, np.float64).copy()
    outer_hi = np.asarray(end_hi, np.float64).copy()
    # An unknown end is drawn from the known end alone.
    unknown_start = start == UNKNOWN
    outer_lo[unknown_start] = inner_lo[unknown_start] = np.asarray(end_lo)[unknown_start]
    inner_hi[unknown_start] = np.asarray(end_lo)[unknown_start]
    unknown_end = end == UNKNOWN
    outer_hi[unknown_end] = inner_hi[unknown_end] = np.asarray(start_hi)[unknown_end]
    inner_lo[unknown_end] = np.asarray(start_hi)[unknown_end]
    both = unknown_start & unknown_end  # cannot be written, but stay finite
    inner_lo[both] = inner_hi[both] = outer_lo[both] = outer_hi[both] = np.nan
    # A set is its span; nothing of it is sure.
    inner_lo = np.where(one_of, outer_lo, inner_lo)
    inner_hi = np.where(one_of, outer_hi, inner_hi)
    return DateShape(kind, start, end, outer_lo, inner_lo, inner_hi, outer_hi,
                     _has(ends, START_APPROXIMATE) & ~one_of, _has(ends, END_APPROXIMATE) & ~one_of,
                     *uncertain_ends(flags, ends))


def shapes_of(cols, rows=None) -> DateShape:
    """The shapes of ``rows`` of an EventColumns (all rows when None)."""
    pick = (lambda a: a) if rows is None else (lambda a: a[rows])
    return date_shapes(pick(cols.start_lo), pick(cols.start_hi), pick(cols.end_lo), pick(cols.end_hi),
                       pick(cols.flags), pick(cols.ends))


def extents(cols, rows=None) -> tuple[np.ndarray, np.ndarray]:
    """(lo, hi) of what each event's glyph covers in time: ±inf at open ends, the known end's
    unit at an unknown end. The overview strip draws these spans."""
    s = shapes_of(cols, rows)
    return s.outer_lo, s.outer_hi


def finest_unit(precision: np.ndarray) -> float:
    """Length in seconds of the finest unit any of these events is written in (a day when none)."""
    if len(precision) == 0:
        return _DAY
    return float(UNIT_SECONDS[int(np.max(precision))])


def fit_floor(precision: np.ndarray) -> float:
    """The narrowest window "fit" may show for these events: never finer than they are written."""
    return FIT_UNITS * finest_unit(precision)


__all__ = ["DateShape", "FIT_UNITS", "KNOWN", "ONE_OF_SET", "OPEN", "SINGLE", "SPAN", "UNKNOWN", "UNIT_SECONDS",
           "date_shapes", "extents", "finest_unit", "fit_floor", "shapes_of", "uncertain_ends"]
assert len(UNIT_SECONDS) == len(Precision)
