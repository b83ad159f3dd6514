"""Where the events are: the detail window that ``--range auto`` gives a page (no Qt).

The whole range stays on the page as a context strip; the detail panel shows
one linear stretch of time around the largest cluster of events, when fitting
everything would pile that cluster into a sliver of the axis. Clusters are
the densest run of event anchors (the middle of what each covers, or its
known end) and its neighbours closer than CROWD_PX on the whole-range axis.
Cost: one sort and one binary search of the shown events.
"""

from __future__ import annotations

import numpy as np

DAY = 86400.0
CROWD_PX = 60.0  # anchors this close on the whole-range axis pile up ...
CROWD_COUNT = 4  # ... once this many do
MAX_FOCUS_SHARE = 0.45  # a detail window wider than this share of the whole is not worth it
ROOM_BEFORE_PX, ROOM_AFTER_PX = 60.0, 380.0  # around the cluster: after it go the titles of its last events
MIN_CLUSTER_SHARE = 0.4  # of the width, at least, for the cluster itself


def anchors(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """One instant per event: the middle of its finite extent, or its one finite end."""
    lo = np.asarray(lo, dtype=np.float64)
    hi = np.asarray(hi, dtype=np.float64)
    finite_lo, finite_hi = np.isfinite(lo), np.isfinite(hi)
    out = np.where(finite_lo & finite_hi, (lo + hi) / 2, np.where(finite_lo, lo, hi))
    return out[np.isfinite(out)]


def focus_window(lo: np.ndarray, hi: np.ndarray, whole: tuple[float, float], width_px: float,
                 least: float = DAY) -> tuple[float, float] | None:
    """The detail window for events covering ``lo``..``hi`` on a page whose whole range is ``whole``
    over ``width_px``; None when the whole range reads well as it is."""
    points = np.sort(anchors(lo, hi))
    start, end = whole
    span = end - start
    if len(points) < CROWD_COUNT or not span > 0 or width_px <= 0:
        return None
    px = (points - start) / span * width_px
    # Crowded: CROWD_COUNT anchors within CROWD_PX somewhere on the whole-range axis.
    if not np.any(px[CROWD_COUNT - 1:] - px[: len(px) - CROWD_COUNT + 1] <= CROWD_PX):
        return None
    # The pile: the most anchors within CROWD_PX (the latest such run), then its neighbours
    # as long as the next one is no further than CROWD_PX away.
    reach = CROWD_PX / width_px * span
    counts = np.searchsorted(points, points + reach, "right") - np.arange(len(points))
    first = int(np.flatnonzero(counts == counts.max())[-1])
    last = first + int(counts[first]) - 1
    gaps = np.flatnonzero(np.diff(points) > reach)  # a gap after each of these anchors
    before = gaps[gaps < first]
    after = gaps[gaps >= last]
    first = int(before[-1]) + 1 if len(before) else 0
    last = int(after[0]) if len(after) else len(points) - 1
    best = points[first:last + 1]
    width = max(float(best[-1] - best[0]), least / 2)
    cluster_px = max(width_px - ROOM_BEFORE_PX - ROOM_AFTER_PX, MIN_CLUSTER_SHARE * width_px)
    seconds_per_px = width / cluster_px
    window = (float(best[0]) - ROOM_BEFORE_PX * seconds_per_px, float(best[-1]) + ROOM_AFTER_PX * seconds_per_px)
    if window[1] - window[0] < least:
        middle = (window[0] + window[1]) / 2
        window = (middle - least / 2, middle + least / 2)
    if window[1] - window[0] > MAX_FOCUS_SHARE * span:
        return None
    return max(window[0], start), min(window[1], end)
