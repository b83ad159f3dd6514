"""Where keyboard navigation goes: the next event in time, and the window that shows one."""

from __future__ import annotations

import math

import numpy as np


def next_in_time(layout, current: int, direction: int, window: tuple[float, float]) -> int:
    """The event row after (+1) or before (-1) ``current`` in time, or -1 when there is none.

    Without a current event, the first event starting in the window (or the
    last one starting before its end, going back) is next."""
    if layout is None or len(layout.time_order) == 0:
        return -1
    order = layout.time_order
    rank = int(layout.time_rank[current]) if 0 <= current < len(layout.time_rank) else -1
    if rank >= 0:
        k = rank + (1 if direction > 0 else -1)
    else:
        lo, hi = window
        starts = layout.time_start
        k = int(np.searchsorted(starts, lo, "left")) if direction > 0 else \
            int(np.searchsorted(starts, hi, "right")) - 1
    return int(order[k]) if 0 <= k < len(order) else -1


def on_screen(cols, row: int, window: tuple[float, float]) -> bool:
    """Whether any part of the event (its start, its end or what lies between) is in ``window``."""
    start = cols.start_lo[row] if math.isfinite(cols.start_lo[row]) else cols.midpoint[row]
    end = cols.end_hi[row] if math.isfinite(cols.end_hi[row]) else start
    lo, hi = window
    return bool(start <= hi and end >= lo)


def revealing_window(cols, row: int, window: tuple[float, float]) -> tuple[float, float] | None:
    """A window of the same width that shows the event's start, or None when ``window`` already does."""
    start = cols.start_lo[row] if math.isfinite(cols.start_lo[row]) else cols.midpoint[row]
    end = cols.end_hi[row] if math.isfinite(cols.end_hi[row]) else start
    lo, hi = window
    width = hi - lo
    inside = lo + 0.02 * width <= start <= hi - 0.1 * width or (start < lo and end > lo + 0.1 * width)
    if inside:
        return None
    return float(start - 0.35 * width), float(start + 0.65 * width)
