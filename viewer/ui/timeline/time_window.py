"""Which time windows the timeline may show: zoom limits, "fit all", and today.

Plain arithmetic on seconds since 1970 UTC, kept apart from the widget so the
rules can be read (and changed) in one place.
"""

from __future__ import annotations

import time

import numpy as np

DAY = 86400.0
YEAR = 365.2425 * DAY
MIN_WIDTH_S = 600.0  # ten minutes
MAX_WIDTH_S = 600 * YEAR  # several centuries, or more when the document spans more


def finite_span(cols) -> tuple[float, float] | None:
    """The earliest and latest finite instant of any event, or None."""
    values = np.concatenate([cols.start_lo, cols.start_hi, cols.end_lo, cols.end_hi, cols.earliest, cols.latest])
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return None
    return float(values.min()), float(values.max())


def document_span(cols, eras) -> tuple[float, float] | None:
    """Every finite instant of the events and the era bands."""
    spans = [s for s in (finite_span(cols),) if s]
    spans += [(band.lo, band.hi) for band in eras]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def widest(span: tuple[float, float] | None) -> float:
    """The widest window: centuries, or half as much again as the document."""
    return max(MAX_WIDTH_S, 1.5 * (span[1] - span[0])) if span else MAX_WIDTH_S


def clamped(start: float, end: float, most: float) -> tuple[float, float]:
    """The window around the same centre with its width kept between the limits."""
    width = min(max(end - start, MIN_WIDTH_S), most)
    centre = (start + end) / 2
    return centre - width / 2, centre + width / 2


def fitted(bounds: tuple[float, float], most: float, least: float = DAY) -> tuple[float, float]:
    """The window "fit all" shows for content spanning ``bounds``: a little room before,
    more after, where the last events' labels go; at least ``least`` seconds around it
    (model.date_drawing.fit_floor: never finer than the events are written)."""
    lo, hi = bounds
    if hi - lo < least:
        lo, hi = (lo + hi - least) / 2, (lo + hi + least) / 2
    span = max(hi - lo, DAY)
    return clamped(lo - 0.04 * span, hi + 0.10 * span, most)


def limits(span: tuple[float, float] | None, most: float) -> dict:
    """Keyword arguments for ViewBox.setLimits: how far out and in the view may go."""
    if span is None:
        return dict(xMin=None, xMax=None, minXRange=MIN_WIDTH_S, maxXRange=most)
    lo, hi = span
    return dict(xMin=lo - most / 2, xMax=hi + most / 2, minXRange=MIN_WIDTH_S, maxXRange=most)


def today_start(now: float | None = None) -> float:
    """The start (00:00 UTC) of the current day: the "Today" mark names the day, so two
    pictures made the same day agree."""
    now = time.time() if now is None else now
    return now - now % DAY


def around_today(days: float = 30) -> tuple[float, float]:
    """The window shown when there is nothing to fit."""
    today = today_start()
    return today - days * DAY, today + days * DAY
