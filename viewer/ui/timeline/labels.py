"""Event titles beside their glyphs, whole or not at all, placed greedily so that none overlap.

Labels are tried in priority order. Each goes, in full, on its bar when the
bar is wide enough; else after the glyph on its track; else before it (near
the right edge there is room only there); else wrapped into two lines over
its track and a free neighbouring track of the lane, after or before the
glyph. A title that fits nowhere is left out, or, where the picture has a
key (exports), replaced by a number whose line in the key gives the title.
Nothing is shortened with an ellipsis (model.label_layout).

Free space is kept as occupancy rows of pixel columns per (lane, track): one
for glyphs and the labels beside them, one for the text written on bars, so
that bars piled on one track never get titles printed over each other. Rows
are made only for the tracks that hold glyphs and their neighbours, so the
cost follows what is drawn one by one (frame.LABEL_LIMIT bounds it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ...model.label_layout import fit_lines

MAX_LABEL_PX = 380.0  # a longer title goes on two lines
GAP_PX = 4.0
INSIDE_PAD_PX = 6.0
EDGE_PX = 2.0  # kept clear at the view's edges, so no label is cut by them
CLEAR_PX = 24.0  # a second line needs this much free track before (or after) it, beside the glyph


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
    start: float = math.nan  # the glyph's left end (whiskers included); nan: as x0


@dataclass(frozen=True)
class Placement:
    index: int  # glyph index
    x: float
    lines: tuple[str, ...]
    inside: bool  # written on the bar
    first_track: int  # the track of the first line; the next lines go on the tracks below
    keyed: bool = False  # a key number stands for the title (lines holds a placeholder)


class _Rows:
    """Occupancy rows of pixel columns per (lane, track), made when first asked for."""

    def __init__(self, glyphs, left: float, columns: int):
        self.columns = columns
        self.left = left
        keys = list(zip(glyphs.lane.tolist(), glyphs.track.tolist()))
        self.slots: dict[tuple[int, int], int] = {}
        slot = np.array([self.slots.setdefault(k, len(self.slots)) for k in keys], dtype=np.int64)
        marks = np.zeros((max(len(self.slots), 1), columns + 2), dtype=np.int32)
        a = np.clip(np.floor(glyphs.gx0 - left), 0, columns + 1).astype(np.int64)
        b = np.clip(np.ceil(glyphs.gx1 - left) + 1, 0, columns + 1).astype(np.int64)
        np.add.at(marks, (slot, a), 1)
        np.add.at(marks, (slot, b), -1)
        self._busy = list(np.cumsum(marks, axis=1)[:, :columns + 1] > 0)
        self._written = [np.zeros(columns + 1, dtype=bool) for _ in self._busy]

    def _index(self, key: tuple[int, int]) -> int:
        i = self.slots.get(key)
        if i is None:
            i = self.slots[key] = len(self._busy)
            self._busy.append(np.zeros(self.columns + 1, dtype=bool))
            self._written.append(np.zeros(self.columns + 1, dtype=bool))
        return i

    def busy(self, lane: int, track: int) -> np.ndarray:
        return self._busy[self._index((lane, track))]

    def written(self, lane: int, track: int) -> np.ndarray:
        return self._written[self._index((lane, track))]

    def span(self, x0: float, x1: float) -> tuple[int, int]:
        a = min(max(int(math.floor(x0 - self.left)), 0), self.columns)
        b = min(max(int(math.ceil(x1 - self.left)), a), self.columns + 1)
        return a, b


def place_labels(requests: list[LabelRequest], glyphs, left: float, right: float, width: Callable[[str], float],
                 tracks: Callable[[int], int], keyed: bool = False, number_px: float = 0.0) -> list[Placement]:
    """Where each title goes, in full; ``tracks(lane)`` is the lane's track count. With ``keyed``,
    a title that fits nowhere gets a number of ``number_px`` beside its glyph when that fits."""
    columns = max(1, int(right - left))
    rows = _Rows(glyphs, left, columns)
    lo, hi = left + EDGE_PX, right - EDGE_PX
    placed: list[Placement] = []
    for req in requests:
        placement = _place(req, rows, lo, hi, width, tracks(req.lane))
        if placement is None and keyed:
            placement = _place_number(req, rows, lo, hi, number_px)
        if placement is not None:
            placed.append(placement)
    return placed


def _place(req: LabelRequest, rows: _Rows, lo: float, hi: float, width, capacity: int) -> Placement | None:
    text, full = req.text, width(req.text)
    if req.bar:
        inside_x = max(req.x0, lo) + INSIDE_PAD_PX
        room = min(req.x1, hi) - INSIDE_PAD_PX - inside_x
        if full <= room and _take(rows, rows.written(req.lane, req.track), inside_x, inside_x + full + GAP_PX):
            return Placement(req.index, inside_x, (text,), True, req.track)
    row = rows.busy(req.lane, req.track)
    after = req.after + GAP_PX
    start = req.start if math.isfinite(req.start) else req.x0
    before = start - GAP_PX
    if full <= MAX_LABEL_PX:
        fits_after = after + full <= hi and _clear_after(rows, row, req, after)
        if fits_after and _take(rows, row, after, after + full + GAP_PX):
            return Placement(req.index, after, (text,), False, req.track)
        if before - full >= lo and _take(rows, row, before - full - GAP_PX, start - 1):
            return Placement(req.index, before - full, (text,), False, req.track)
    if capacity < 2:
        return None
    below = req.track + 1 if req.track + 1 < capacity else req.track - 1
    pair = sorted((req.track, below))
    upper, lower = rows.busy(req.lane, pair[0]), rows.busy(req.lane, pair[1])
    # Two lines after the glyph: as wide as both tracks are free from there. The other track must be
    # clear well before the text too, or its line would seem to label what ends there.
    other = lower if pair[0] == req.track else upper
    if _clear_after(rows, row, req, after) and not other[slice(*rows.span(after - CLEAR_PX, after))].any():
        room = min(_free_right(rows, upper, after), _free_right(rows, lower, after), hi - after, MAX_LABEL_PX)
        lines = fit_lines(text, width, room - GAP_PX)
        if lines is not None and len(lines) == 2:
            used = max(width(line) for line in lines)
            if _take_both(rows, (upper, lower), after, after + used + GAP_PX):
                return Placement(req.index, after, lines, False, pair[0])
    room = min(_free_left(rows, upper, before), _free_left(rows, lower, before), before - lo, MAX_LABEL_PX)
    lines = fit_lines(text, width, room - GAP_PX)
    if lines is not None and len(lines) == 2 and not other[slice(*rows.span(before, before + CLEAR_PX))].any():
        used = max(width(line) for line in lines)
        if _take_both(rows, (upper, lower), before - used - GAP_PX, start - 1):
            return Placement(req.index, before - used, lines, False, pair[0])
    return None


def _place_number(req: LabelRequest, rows: _Rows, lo: float, hi: float, number_px: float) -> Placement | None:
    row = rows.busy(req.lane, req.track)
    after = req.after + GAP_PX / 2
    if after + number_px <= hi and _take(rows, row, after, after + number_px + GAP_PX / 2):
        return Placement(req.index, after, ("",), False, req.track, keyed=True)
    start = req.start if math.isfinite(req.start) else req.x0
    before = start - GAP_PX / 2 - number_px
    if before >= lo and _take(rows, row, before - GAP_PX / 2, start - 1):
        return Placement(req.index, before, ("",), False, req.track, keyed=True)
    return None


def _clear_after(rows: _Rows, row: np.ndarray, req: LabelRequest, after: float) -> bool:
    """Nothing may sit between the glyph and a label after it, or the label would seem to belong to that."""
    a, b = rows.span(req.end + 2, after)
    return not row[a:b].any()


def _free_right(rows: _Rows, row: np.ndarray, x: float) -> float:
    a, _ = rows.span(x, x)
    window = row[a:]
    if not len(window):
        return 0.0
    first = int(window.argmax())
    return float(first if window[first] else len(window))


def _free_left(rows: _Rows, row: np.ndarray, x: float) -> float:
    _, b = rows.span(x, x)
    window = row[:b][::-1]
    if not len(window):
        return 0.0
    first = int(window.argmax())
    return float(first if window[first] else len(window))


def _take(rows: _Rows, row: np.ndarray, x0: float, x1: float) -> bool:
    """Take the columns x0..x1, unless anything has any of them."""
    a, b = rows.span(x0, x1)
    if row[a:b].any():
        return False
    row[a:b] = True
    return True


def _take_both(rows: _Rows, pair, x0: float, x1: float) -> bool:
    a, b = rows.span(x0, x1)
    if any(row[a:b].any() for row in pair):
        return False
    for row in pair:
        row[a:b] = True
    return True
