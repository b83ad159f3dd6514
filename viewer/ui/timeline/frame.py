"""What the event layer draws for one view: culled, laid out in pixels, labelled.

A Frame is computed from the lane layout and the view's geometry only when
either changes (or the selection does); painting then just replays it. All
per-event work is vectorised; the few loops run over what is on screen in a
lane that is not drawn as density, which the density threshold keeps small.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ...model.dates import (APPROXIMATE, HAS_TIME, INTERVAL, OPEN_END, OPEN_START, UNKNOWN_END, UNKNOWN_START,
                            Precision)
from . import styles as st
from .labels import LabelRequest, place_labels
from .tracks import pack_tracks

# A lane with more events in view than this many per pixel column is drawn
# as a density strip.
DENSITY_PER_COLUMN = 1.0
# Or when the known spans of its events in view would fill every track this many times over:
# piled that deep they cannot be told apart, and drawing them costs far more than a strip.
OVERLAP_LIMIT = 4.0
LABEL_LIMIT = 2000  # labels are only tried when fewer events are drawn one by one
CULL_MARGIN_PX = 24  # markers and arrows reach a little beyond their instant
SELECTION_TICK_LIMIT = 20_000


@dataclass(frozen=True)
class ViewGeometry:
    """Where the visible time window and lanes sit, in scene pixels.

    Lanes have their own heights: lane i spans ``edges[i]..edges[i + 1]`` in
    lane units (about one track each) and ``y0..y1`` are the units at the top
    and bottom of the view.
    """

    t0: float
    t1: float
    left: float
    right: float
    top: float
    bottom: float
    y0: float
    y1: float
    edges: tuple[float, ...] = ()

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def sx(self) -> float:
        return self.width / (self.t1 - self.t0)

    @property
    def sy(self) -> float:
        """Pixels per lane unit."""
        return (self.bottom - self.top) / (self.y1 - self.y0)

    def x(self, t):
        return self.left + (t - self.t0) * self.sx

    def time(self, x: float) -> float:
        return self.t0 + (x - self.left) / self.sx

    def y(self, unit: float) -> float:
        return self.top + (unit - self.y0) * self.sy

    def lane_top(self, i: int) -> float:
        return self.y(self.edges[i])

    def lane_height(self, i: int) -> float:
        return (self.edges[i + 1] - self.edges[i]) * self.sy

    def lane_at(self, y: float) -> int:
        """Index of the lane at scene height ``y``, or -1."""
        unit = self.y0 + (y - self.top) / self.sy
        i = bisect_right(self.edges, unit) - 1
        return i if 0 <= i < len(self.edges) - 1 else -1


@dataclass
class DenseLane:
    lane: int
    top: float
    height: float
    counts: np.ndarray  # events per pixel column, from geometry.left


@dataclass
class Glyphs:
    """One entry per individually drawn (event, lane) pair."""

    entry: np.ndarray
    row: np.ndarray
    lane: np.ndarray
    track: np.ndarray
    shape: np.ndarray
    fill: np.ndarray
    line: np.ndarray
    x0: np.ndarray  # core span, clamped near the view
    x1: np.ndarray
    bx0: np.ndarray  # bars: the solid part, inside arrow heads and fading ends
    bx1: np.ndarray
    fade: np.ndarray  # width of each fading end of approximate bars
    gx0: np.ndarray  # the whole glyph including fades, markers, marks and whiskers
    gx1: np.ndarray
    ce: np.ndarray  # where the glyph proper ends and its marks begin
    marks: np.ndarray  # width of the marks after it
    cy: np.ndarray
    wl: np.ndarray  # whisker ends (nan when there is none)
    wr: np.ndarray
    flags: np.ndarray
    status: np.ndarray
    selected: np.ndarray
    highlighted: np.ndarray

    def __len__(self) -> int:
        return len(self.entry)

    def take(self, index) -> Glyphs:
        return Glyphs(**{name: getattr(self, name)[index] for name in self.__dataclass_fields__})


@dataclass
class Label:
    x: float
    baseline: float
    text: str
    row: int
    lane: int
    inside: bool  # written on the bar itself
    width: float = 0.0


@dataclass
class Frame:
    geometry: ViewGeometry
    lanes: range  # lanes at least partly in view
    dense: list[DenseLane] = field(default_factory=list)
    glyphs: Glyphs | None = None
    labels: list[Label] = field(default_factory=list)
    dense_selected: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # tick lines
    dense_highlighted: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))
    track_count: dict[int, int] = field(default_factory=dict)

    @property
    def density_max(self) -> int:
        return max((int(d.counts.max()) for d in self.dense if len(d.counts)), default=0)

    def lane_track_y(self, lane: int, track: np.ndarray | int):
        """Centre line of a track in a lane."""
        g = self.geometry
        top = g.lane_top(lane)
        if self.track_count.get(lane, 1) <= 1:
            return top + g.lane_height(lane) / 2 + 0 * np.asarray(track)
        return top + st.LANE_PAD_PX + st.TRACK_PX * (np.asarray(track) + 0.5)


@dataclass
class TextTools:
    """Measuring and shortening text, supplied by the widget (it owns the font)."""

    width: Callable[[str], float]
    elide: Callable[[str, float], str]
    baseline_offset: float  # from a track's centre line to the text baseline
    title: Callable[[int], str]


def track_capacity(lane_px: float) -> int:
    return max(1, int((lane_px - 2 * st.LANE_PAD_PX) // st.TRACK_PX))


def build_frame(layout, columns, geometry: ViewGeometry, selected: np.ndarray, highlighted: np.ndarray,
                text: TextTools | None, labels_wanted: bool = True) -> Frame:
    g = geometry
    first = max(0, bisect_right(g.edges, g.y0) - 1)
    last = min(layout.lane_count, bisect_left(g.edges, g.y1))
    frame = Frame(g, range(first, last))
    if last <= first or g.width <= 0 or g.t1 <= g.t0:
        return frame
    columns_px = max(1, int(round(g.width)))
    limit = columns_px * DENSITY_PER_COLUMN
    margin = CULL_MARGIN_PX / g.sx
    edges = None
    parts = []
    for i in frame.lanes:
        dense = layout.count_overlapping(i, g.t0, g.t1) > limit
        if not dense:
            found = layout.visible_entries(i, g.t0 - margin, g.t1 + margin)
            dense = len(found) > limit or _crowded(layout, found, g, track_capacity(g.lane_height(i)))
        if dense:
            if edges is None:
                edges = g.t0 + np.arange(columns_px + 1, dtype=np.float64) / g.sx
            frame.dense.append(DenseLane(i, g.lane_top(i), g.lane_height(i), layout.density(i, edges)))
        else:
            parts.append(found)
    entries = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    frame.glyphs = _glyphs(layout, columns, g, entries, selected, highlighted)
    _assign_tracks(frame, text if labels_wanted and len(entries) <= LABEL_LIMIT else None)
    if text is not None and labels_wanted and len(entries) <= LABEL_LIMIT:
        frame.labels = _labels(frame, columns, text)
    _dense_marks(frame, layout, columns, selected, highlighted)
    return frame


def _crowded(layout, entries: np.ndarray, g: ViewGeometry, capacity: int) -> bool:
    """Would the known part of these entries, in view, cover the lane's tracks over OVERLAP_LIMIT times?

    Open and unknown ends do not count beyond the known end (as in density strips), so
    long-running events alone never turn a lane into a strip."""
    lo, hi = layout.lo[entries], layout.hi[entries]
    known_lo = np.where(np.isfinite(lo), lo, hi)
    known_hi = np.where(np.isfinite(hi), hi, lo)
    with np.errstate(invalid="ignore"):
        width = np.clip(g.x(known_hi), g.left, g.right) - np.clip(g.x(known_lo), g.left, g.right)
    covered = np.fmax(width, st.MARKER_PX).sum()
    return bool(covered > OVERLAP_LIMIT * capacity * g.width)


def _glyphs(layout, cols, g: ViewGeometry, entries: np.ndarray, selected, highlighted) -> Glyphs:
    rows = layout.rows[entries]
    flags = cols.flags[rows] | st.event_marks(cols, rows)
    start_lo, start_hi = cols.start_lo[rows], cols.start_hi[rows]
    end_lo, end_hi = cols.end_lo[rows], cols.end_hi[rows]
    unknown_start = st.has(flags, UNKNOWN_START) & ~np.isfinite(start_lo)
    unknown_end = st.has(flags, UNKNOWN_END) & ~np.isfinite(end_hi)
    core_lo = np.where(unknown_start, end_lo, start_lo)
    core_hi = np.where(unknown_end, start_hi, end_hi)
    lo_edge, hi_edge = g.left - 2 * st.ARROW_PX, g.right + 2 * st.ARROW_PX
    with np.errstate(invalid="ignore"):
        x0 = np.clip(g.x(core_lo), lo_edge, hi_edge)
        x1 = np.clip(g.x(core_hi), lo_edge, hi_edge)
    x0 = np.where(st.has(flags, OPEN_START) & ~np.isfinite(start_lo), g.left, x0)
    x1 = np.where(st.has(flags, OPEN_END) & ~np.isfinite(end_hi), g.right, x1)
    status = cols.status[rows]
    shape, fill, line = st.classify(cols.precision[rows], flags, status, x1 - x0)

    marker = shape == st.SHAPE_MARKER
    # A written time of day is the instant itself; a day or a span is stood for by its middle.
    timed = st.has(flags, HAS_TIME) & (cols.precision[rows] >= Precision.HOUR) & ~st.has(flags, INTERVAL)
    cx = np.where(timed, x0, (x0 + x1) / 2)
    x0 = np.where(marker & timed, cx, x0)
    x1 = np.where(marker & timed, cx, x1)
    half = st.MARKER_PX / 2
    gx0 = np.where(marker, cx - half, x0 - np.where(unknown_start, st.UNKNOWN_FADE_PX, 0))
    gx1 = np.where(marker, cx + half, x1 + np.where(unknown_end, st.UNKNOWN_FADE_PX, 0))
    earliest, latest = cols.earliest[rows], cols.latest[rows]
    with np.errstate(invalid="ignore"):
        wl = np.where(np.isfinite(earliest) & (earliest < core_lo), np.clip(g.x(earliest), lo_edge, hi_edge), np.nan)
        wr = np.where(np.isfinite(latest) & (latest > core_hi), np.clip(g.x(latest), lo_edge, hi_edge), np.nan)
    marks = st.mark_offsets(flags, status)[3]
    ce = gx1
    with np.errstate(invalid="ignore"):
        wl[wl > gx0 - 2] = np.nan
        wr[wr < ce + marks + 3] = np.nan  # a bound hidden under the marks is not worth a whisker
    gx0 = np.fmin(gx0, wl)
    gx1 = np.fmax(ce + marks, wr)
    arrow_left = st.has(flags, OPEN_START) & (x0 <= g.left + 0.5)
    arrow_right = st.has(flags, OPEN_END) & (x1 >= g.right - 0.5)
    bx0 = x0 + np.where(arrow_left, st.ARROW_PX, 0)
    bx1 = x1 - np.where(arrow_right, st.ARROW_PX, 0)
    fade = np.where(st.has(flags, APPROXIMATE), np.minimum(st.FADE_PX, np.maximum(bx1 - bx0, 0) / 3), 0.0)
    return Glyphs(entry=entries, row=rows, lane=layout.lane[entries], track=np.zeros(len(entries), np.int32),
                  shape=shape, fill=fill, line=line, x0=x0, x1=x1, bx0=bx0 + fade, bx1=bx1 - fade, fade=fade,
                  gx0=gx0, gx1=gx1, ce=ce, marks=marks,
                  cy=np.zeros(len(entries)), wl=wl, wr=wr, flags=flags, status=status,
                  selected=np.isin(rows, selected), highlighted=np.isin(rows, highlighted))


def _assign_tracks(frame: Frame, text: TextTools | None) -> None:
    glyphs, g = frame.glyphs, frame.geometry
    if text is not None:
        label_room = np.array([min(text.width(text.title(int(r))), 160.0) + 8 for r in glyphs.row.tolist()])
    else:
        label_room = np.zeros(len(glyphs))
    order = np.argsort(glyphs.lane, kind="stable")
    lanes = glyphs.lane[order]
    cuts = np.flatnonzero(np.diff(lanes)) + 1
    for chunk in np.split(order, cuts) if len(order) else []:
        lane = int(glyphs.lane[chunk[0]])
        capacity = frame.track_count[lane] = track_capacity(g.lane_height(lane))
        glyph_end = glyphs.gx1[chunk]
        glyphs.track[chunk] = pack_tracks(glyphs.gx0[chunk], glyph_end, glyph_end + label_room[chunk], capacity)
    for lane in frame.lanes:
        frame.track_count.setdefault(lane, track_capacity(g.lane_height(lane)))
    for chunk in np.split(order, cuts) if len(order) else []:
        lane = int(glyphs.lane[chunk[0]])
        glyphs.cy[chunk] = frame.lane_track_y(lane, glyphs.track[chunk])


def _labels(frame: Frame, cols, text: TextTools) -> list[Label]:
    glyphs, g = frame.glyphs, frame.geometry
    if len(glyphs) == 0:
        return []
    rows = glyphs.row
    span = np.where(np.isfinite(glyphs.x1 - glyphs.x0), glyphs.x1 - glyphs.x0, 1e9)
    # Priority: selected first, then the more often cited, then the longer.
    order = np.lexsort((rows, -span, -cols.citation_count[rows].astype(np.int64), ~glyphs.selected))
    o = glyphs.take(order)
    writable = (o.shape == st.SHAPE_BAR) & (o.fill != st.FILL_HATCHED)
    requests = [
        LabelRequest(i, text.title(row), lane, track, bar, x0, x1, end, end)
        for i, row, lane, track, bar, x0, x1, end in zip(
            order.tolist(), o.row.tolist(), o.lane.tolist(), o.track.tolist(), writable.tolist(),
            o.bx0.tolist(), o.bx1.tolist(), o.gx1.tolist())
    ]
    placed = place_labels(requests, glyphs, g.left, g.right, text.width, text.elide)
    return [Label(x, float(glyphs.cy[i]) + text.baseline_offset, shown, int(glyphs.row[i]), int(glyphs.lane[i]),
                  inside, text.width(shown)) for i, x, shown, inside in placed]


def _dense_marks(frame: Frame, layout, cols, selected: np.ndarray, highlighted: np.ndarray) -> None:
    """Selected and highlighted events inside density strips, as thin ticks across the lane."""
    if not frame.dense:
        return
    g = frame.geometry
    dense = {d.lane: d for d in frame.dense}

    def ticks(rows: np.ndarray) -> np.ndarray:
        if len(rows) == 0:
            return np.zeros((0, 4))
        entries = layout.entries_of_rows(rows[:SELECTION_TICK_LIMIT])
        lanes = layout.lane[entries]
        keep = np.isin(lanes, list(dense))
        entries, lanes = entries[keep], lanes[keep]
        x = g.x(cols.midpoint[layout.rows[entries]])
        inside = (x >= g.left) & (x <= g.right)
        x, lanes = x[inside], lanes[inside]
        tops = np.array([dense[int(i)].top for i in lanes.tolist()]) if len(lanes) else np.zeros(0)
        heights = np.array([dense[int(i)].height for i in lanes.tolist()]) if len(lanes) else np.zeros(0)
        return np.column_stack([x, tops + 2, x, tops + heights - 2])

    frame.dense_selected = ticks(selected)
    frame.dense_highlighted = ticks(highlighted)
