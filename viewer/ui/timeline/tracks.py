"""Rows inside a lane, so that events overlapping in time sit one above the other."""

from __future__ import annotations

import numpy as np

GAP_PX = 3.0
# Above this many events in one lane, rows come from the overlap depth
# (vectorised, nearly first-fit); below it, from an exact first fit.
PACK_LIMIT = 500


def pack_tracks(start: np.ndarray, glyph_end: np.ndarray, label_end: np.ndarray, capacity: int,
                label_start: np.ndarray | None = None) -> np.ndarray:
    """Track per item, first fit in order of start.

    An item prefers a track where the previous item's label is also clear of
    it (and of its own label, where that goes before it: ``label_start``),
    then one where only the previous glyph is, and when every track is taken
    it goes where the overlap ends soonest.
    """
    n = len(start)
    out = np.zeros(n, dtype=np.int32)
    if capacity <= 1 or n == 0:
        return out
    order = np.argsort(start, kind="stable")
    if n > PACK_LIMIT:
        s = start[order]
        ends = np.sort(glyph_end)
        depth = np.arange(n) - np.searchsorted(ends, s - GAP_PX, "right")
        out[order] = np.maximum(depth, 0) % capacity
        return out
    ends_glyph = [-np.inf] * capacity
    ends_label = [-np.inf] * capacity
    if label_start is None:
        label_start = start
    with_labels = bool(np.any(label_end > glyph_end) or np.any(label_start < start))
    for i, s, g, lab, ls in zip(order.tolist(), start[order].tolist(), glyph_end[order].tolist(),
                                label_end[order].tolist(), label_start[order].tolist()):
        free = s - GAP_PX
        chosen = -1
        if with_labels:
            clear = min(s, ls) - GAP_PX
            for t in range(capacity):
                if ends_label[t] <= clear:
                    chosen = t
                    break
        if chosen < 0:
            for t in range(capacity):
                if ends_glyph[t] <= free:
                    chosen = t
                    break
        if chosen < 0:
            chosen = ends_glyph.index(min(ends_glyph))
        out[i] = chosen
        if g > ends_glyph[chosen]:
            ends_glyph[chosen] = g
        top = lab if lab > g else g
        if top > ends_label[chosen]:
            ends_label[chosen] = top
    return out
