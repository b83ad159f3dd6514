"""Event titles beside their glyphs, placed greedily so that none overlap.

Labels are tried in priority order. Each goes on its bar when the bar is
wide enough, otherwise just after the glyph on the same track, shortened
with an ellipsis when something follows closely, and left out when even a
short form does not fit. Free space is kept as occupancy rows of pixel
columns per (lane, track): one for glyphs and the labels beside them, one for
the text written on bars, so that bars piled on one track (events outnumbering
the lane's tracks) never get titles printed over each other.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MAX_LABEL_PX = 380.0
MIN_LABEL_PX = 40.0  # shorter than this, an elided title says too little
GAP_PX = 4.0
INSIDE_PAD_PX = 6.0


@dataclass(frozen=True)
class LabelRequest:
    index: int  # glyph index
    text: str
    lane: int
    track: int
    bar: bool  # a bar a label may be written on
    x0: float  # the bar's visible core
    x1: float
    end: float  # the glyph's right end
    after: float  # where text may start after the glyph and its marks


def _occupancy(glyphs, left: float, width: int) -> tuple[dict[tuple[int, int], int], np.ndarray]:
    slots: dict[tuple[int, int], int] = {}
    keys = list(zip(glyphs.lane.tolist(), glyphs.track.tolist()))
    slot = np.array([slots.setdefault(k, len(slots)) for k in keys], dtype=np.int64)
    marks = np.zeros((max(len(slots), 1), width + 2), dtype=np.int32)
    a = np.clip(np.floor(glyphs.gx0 - left), 0, width + 1).astype(np.int64)
    b = np.clip(np.ceil(glyphs.gx1 - left) + 1, 0, width + 1).astype(np.int64)
    np.add.at(marks, (slot, a), 1)
    np.add.at(marks, (slot, b), -1)
    return slots, np.cumsum(marks, axis=1)[:, :width + 1] > 0


def place_labels(requests: list[LabelRequest], glyphs, left: float, right: float,
                 width: Callable[[str], float], elide: Callable[[str, float], str]
                 ) -> list[tuple[int, float, str, bool]]:
    columns = max(1, int(right - left))
    slots, busy = _occupancy(glyphs, left, columns)
    written = np.zeros_like(busy)  # text on bars, per (lane, track)
    placed = []
    for req in requests:
        text = req.text
        full = width(text)
        slot = slots[(req.lane, req.track)]
        shown_x0, shown_x1 = max(req.x0, left), min(req.x1, right)
        room_inside = shown_x1 - shown_x0 - 2 * INSIDE_PAD_PX if req.bar else 0.0
        inside_x = shown_x0 + INSIDE_PAD_PX
        # On the bar when the whole title fits there; else beside the glyph; else shortened on the bar.
        if full <= room_inside and full <= MAX_LABEL_PX * 2:
            if _claim(written[slot], inside_x - left, full, columns):
                placed.append((req.index, inside_x, text, True))
            continue
        outside = _beside(req, text, full, busy[slot], left, columns, width, elide,
                          complete_only=room_inside >= MIN_LABEL_PX * 1.5)
        if outside is not None:
            placed.append((req.index, outside[0], outside[1], False))
        elif room_inside >= MIN_LABEL_PX * 1.5:
            fitted = elide(text, room_inside)
            if fitted and fitted != "…" and _claim(written[slot], inside_x - left, width(fitted), columns):
                placed.append((req.index, inside_x, fitted, True))
    return placed


def _claim(row: np.ndarray, x: float, length: float, columns: int) -> bool:
    """Take the columns a text written from ``x`` needs, unless another text has any of them."""
    a = min(max(int(math.floor(x)), 0), columns)
    b = min(max(int(math.ceil(x + length + GAP_PX)), a), columns + 1)
    if row[a:b].any():
        return False
    row[a:b] = True
    return True


def _beside(req: LabelRequest, text: str, full: float, row: np.ndarray, left: float, columns: int,
            width, elide, complete_only: bool) -> tuple[float, str] | None:
    """A place after the glyph on its track, marking it taken; None when nothing useful fits."""
    wanted = min(full, MAX_LABEL_PX)
    x = max(req.after + GAP_PX, left + 2)
    start = int(x - left)
    if start >= columns - MIN_LABEL_PX or row[start]:
        return None
    # Nothing may sit between the glyph and its label, or the label would seem to belong to that.
    gap_from = min(max(math.ceil(req.end - left) + 1, 0), columns)
    if gap_from < start and row[gap_from:start].any():
        return None
    stop = min(columns, start + int(wanted + GAP_PX) + 1)
    window = row[start:stop]
    first_taken = int(window.argmax())
    free = first_taken if window[first_taken] else stop - start
    room = min(free - GAP_PX, columns - start - 2)
    if room < (wanted if complete_only else min(wanted, MIN_LABEL_PX)):
        return None
    fitted = text if full <= room else elide(text, room)
    if not fitted or fitted == "…":
        return None
    used = int(min(width(fitted), room) + GAP_PX) + 1
    row[start:start + used] = True
    return x, fitted
