"""What the event layer draws for one view: culled, laid out in pixels, labelled.

A Frame is computed from the lane layout and the view's geometry only when
either changes (or the selection does); painting then just replays it. All
per-event work is vectorised; the few loops run over what is on screen in a
lane that is not drawn as density, which the density threshold keeps small.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from ...model.date_drawing import ONE_OF_SET, OPEN, UNKNOWN, date_shapes
from ...model.dates import HAS_TIME, INTERVAL, OPEN_END, Precision
from . import styles as st
from .labels import EDGE_PX, MAX_LABEL_PX, LabelRequest, place_labels
from .tracks import pack_tracks

# A lane with more events in view than this many per pixel column is drawn
# as a density strip.
DENSITY_PER_COLUMN = 1.0
# Or when the known spans of its events in view would fill every track this many times over:
# piled that deep they cannot be told apart, and drawing them costs far more than a strip.
OVERLAP_LIMIT = 4.0
OVERLAP_MIN_SHARE = 0.25  # ...once spans with both ends known number this share of the count limit
# Events known only outside the view that run through it on an open or unknown end are all drawn
# as the same bar across the view: beyond this many per track of a lane, more of them would only
# be painted over each other, so the ones nearest the view stand for the rest.
RUNNING_THROUGH_PER_TRACK = 4
LABEL_LIMIT = 2000
# On screen, titles are tried in order of priority for at most this many glyphs: in a view
# crowded enough to have more, the rest find no room anyway, and trying each costs a step.
LABEL_TRIES = 400
# On screen, titles are tried in order of priority for at most this many glyphs: in a view
# crowded enough to have more, the rest find no room anyway, and trying each costs a step.
LABEL_TRIES = 400  # labels are only tried when fewer events are drawn one by one
CULL_MARGIN_PX = 24  # markers and arrows reach a little beyond their instant
DAY = 86400.0
NUMBER_PAD_PX = 3.0  # inside the box drawn round a key number
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
    fade_l: np.ndarray  # bars: width of the fade before bx0 and after bx1 (0 for a sharp end)
    fade_r: np.ndarray
    cx: np.ndarray  # markers and sets: where the mark sits
    gx0: np.ndarray  # the whole glyph including fades, markers, marks and whiskers
    gx1: np.ndarray
    ce: np.ndarray  # where the glyph proper ends and its marks begin
    marks: np.ndarray  # width of the marks after it
    cy: np.ndarray
    wl: np.ndarray  # whisker ends (nan when there is none)
    wr: np.ndarray
    flags: np.ndarray
    ends: np.ndarray  # what each end carries (model.dates START_APPROXIMATE ...)
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
    baseline: float  # of the first line
    text: str  # the whole title as shown (lines joined by a space), or a key number
    row: int
    lane: int
    inside: bool  # written on the bar itself
    width: float = 0.0  # of the widest line
    lines: tuple[str, ...] = ()  # the lines written, one per track from the first line down
    line_step: float = 0.0  # from one line's baseline to the next
    number: int = 0  # > 0: a key number standing for the title (its line in the key has the title)

    def line_boxes(self, ascent: float, height: float, width) -> list[tuple[float, float, float, float]]:
        """(left, top, right, bottom) of each line written, for ``width(text)`` in the label font."""
        if self.number:
            return [(self.x, self.baseline - ascent, self.x + self.width, self.baseline - ascent + height)]
        lines = self.lines or (self.text,)
        return [(self.x, self.baseline + i * self.line_step - ascent,
                 self.x + width(line), self.baseline + i * self.line_step - ascent + height)
                for i, line in enumerate(lines)]


@dataclass
class Frame:
    geometry: ViewGeometry
    lanes: range  # lanes at least partly in view
    dense: list[DenseLane] = field(default_factory=list)
    glyphs: Glyphs | None = None
    labels: list[Label] = field(default_factory=list)
    keyed: list[Label] = field(default_factory=list)  # one key number's label per keyed event, by number
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
    ascent: float = 10.0  # of the label font, above and below the baseline
    descent: float = 3.0


def track_capacity(lane_px: float) -> int:
    return max(1, int((lane_px - 2 * st.LANE_PAD_PX) // st.TRACK_PX))


def build_frame(layout, columns, geometry: ViewGeometry, selected: np.ndarray, highlighted: np.ndarray,
                text: TextTools | None, labels_wanted: bool = True, keyed: bool = False,
                tracks_only: bool = False) -> Frame:
    """``keyed``: a title that fits nowhere becomes a number listed in a key (exports)."""
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
        # By what is known to be in view: events only running through on an open end never make a strip.
        dense = layout.count_known_overlapping(i, g.t0, g.t1) > limit
        if not dense:
            capacity = track_capacity(g.lane_height(i))
            found = layout.visible_entries(i, g.t0 - margin, g.t1 + margin)
            found = _few_running_through(layout, found, g.t0 - margin, g.t1 + margin,
                                         RUNNING_THROUGH_PER_TRACK * capacity)
            dense = len(found) > limit or _crowded(layout, found, g, capacity, limit)
        if dense:
            if edges is None:
                edges = g.t0 + np.arange(columns_px + 1, dtype=np.float64) / g.sx
            frame.dense.append(DenseLane(i, g.lane_top(i), g.lane_height(i), layout.density(i, edges)))
        else:
            parts.append(found)
    entries = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    frame.glyphs = _glyphs(layout, columns, g, entries, selected, highlighted)
    _assign_tracks(frame, text if labels_wanted and len(entries) <= LABEL_LIMIT else None, measuring=tracks_only)
    if text is not None and labels_wanted and not tracks_only and len(entries) <= LABEL_LIMIT:
        _add_labels(frame, columns, text, keyed)
    _dense_marks(frame, layout, columns, selected, highlighted)
    return frame


def reselected(frame: Frame, layout, columns, selected: np.ndarray, highlighted: np.ndarray,
               text: TextTools | None, keyed: bool = False) -> Frame:
    """``frame`` (as build_frame made it, for the same layout and geometry) with another selection
    or highlight: the glyphs keep their places, only the emphasis, titles and ticks are redone."""
    glyphs = frame.glyphs
    new = Frame(frame.geometry, frame.lanes, dense=frame.dense, track_count=frame.track_count)
    if glyphs is not None:
        new.glyphs = replace(glyphs, selected=np.isin(glyphs.row, selected),
                             highlighted=np.isin(glyphs.row, highlighted))
        if text is not None and len(glyphs) <= LABEL_LIMIT:
            _add_labels(new, columns, text, keyed)
    _dense_marks(new, layout, columns, selected, highlighted)
    return new


def _add_labels(frame: Frame, columns, text: TextTools, keyed: bool) -> None:
    frame.labels = _labels(frame, columns, text, keyed)
    frame.keyed = sorted({label.number: label for label in frame.labels if label.number}.values(),
                         key=lambda label: label.number)


def _few_running_through(layout, entries: np.ndarray, lo: float, hi: float, most: int) -> np.ndarray:
    """The entries, keeping of those known only outside [lo, hi] (in view on an open or unknown
    end alone) the ``most`` nearest to it."""
    e_lo, e_hi = layout.lo[entries], layout.hi[entries]
    known_lo = np.where(np.isfinite(e_lo), e_lo, e_hi)
    known_hi = np.where(np.isfinite(e_hi), e_hi, e_lo)
    with np.errstate(invalid="ignore"):
        distance = np.fmax(lo - known_hi, known_lo - hi)  # > 0: known only outside the window
    through = distance > 0
    if np.count_nonzero(through) <= most:
        return entries
    running = np.flatnonzero(through)
    keep = ~through
    keep[running[np.argsort(distance[running], kind="stable")[:most]]] = True
    return entries[keep]


def _crowded(layout, entries: np.ndarray, g: ViewGeometry, capacity: int, limit: float) -> bool:
    """Would the known part of these entries, in view, cover the lane's tracks over OVERLAP_LIMIT times?

    Open and unknown ends do not count beyond the known end (as in density strips), so
    long-running events alone never turn a lane into a strip."""
    lo, hi = layout.lo[entries], layout.hi[entries]
    if np.count_nonzero(np.isfinite(lo) & np.isfinite(hi)) <= OVERLAP_MIN_SHARE * limit:
        return False
    known_lo = np.where(np.isfinite(lo), lo, hi)
    known_hi = np.where(np.isfinite(hi), hi, lo)
    with np.errstate(invalid="ignore"):
        width = np.clip(g.x(known_hi), g.left, g.right) - np.clip(g.x(known_lo), g.left, g.right)
    covered = np.fmax(width, st.MARKER_PX).sum()
    return bool(covered > OVERLAP_LIMIT * capacity * g.width)


def _glyphs(layout, cols, g: ViewGeometry, entries: np.ndarray, selected, highlighted) -> Glyphs:
    rows = layout.rows[entries]
    return glyphs_for(cols, rows, layout.lane[entries], g, entries, np.isin(rows, selected),
                      np.isin(rows, highlighted))


def glyphs_for(cols, rows: np.ndarray, lanes: np.ndarray, g: ViewGeometry, entries: np.ndarray,
               selected: np.ndarray, highlighted: np.ndarray) -> Glyphs:
    """Pixel geometry of each event's glyph, following the drawing rule of model.date_drawing."""
    flags = cols.flags[rows] | st.event_marks(cols, rows)
    shape_in_time = date_shapes(cols.start_lo[rows], cols.start_hi[rows], cols.end_lo[rows], cols.end_hi[rows],
                                flags, cols.ends[rows])
    s = shape_in_time
    flags = st.uncertainty_marks(flags, s)
    # Far enough out that an unknown end fading in from beyond the edge keeps its true place.
    reach = 2 * st.ARROW_PX + st.UNKNOWN_FADE_PX
    lo_edge, hi_edge = g.left - reach, g.right + reach

    def px(t: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return np.clip(g.x(t), lo_edge, hi_edge)

    open_start, open_end = s.start == OPEN, s.end == OPEN
    x0 = np.where(open_start, g.left, px(s.outer_lo))
    x1 = np.where(open_end, g.right, px(s.outer_hi))
    ix0 = np.where(open_start, g.left, px(s.inner_lo))
    ix1 = np.where(open_end, g.right, px(s.inner_hi))
    status = cols.status[rows]
    precision = cols.precision[rows]
    shape, fill, line = st.classify(precision, flags, status, x1 - x0, s.kind == ONE_OF_SET)

    marker = shape == st.SHAPE_MARKER
    one_of = shape == st.SHAPE_SET
    # A written time of day is the instant itself; a day or a span is stood for by its middle.
    timed = st.has(flags, HAS_TIME) & (precision >= Precision.HOUR) & ~st.has(flags, INTERVAL)
    cx = np.where(timed, x0, (x0 + x1) / 2)
    # A set's one mark: in its middle, or just inside the bracket that closes it.
    inset = st.MARKER_PX
    cx = np.where(one_of & open_end & ~open_start, np.minimum(x0 + inset, x1), cx)
    cx = np.where(one_of & open_start & ~open_end, np.maximum(x1 - inset, x0), cx)
    x0 = np.where(marker & timed, cx, x0)
    x1 = np.where(marker & timed, cx, x1)
    arrow_left = open_start & (x0 <= g.left + 0.5)
    arrow_right = open_end & (x1 >= g.right - 0.5)

    # Bars: the solid part, and the fades at each end (the end's own unit, an approximate
    # end's FADE_PX, or an unknown end's fading out beyond the known end).
    bx0 = np.where(arrow_left, x0 + st.ARROW_PX, ix0)
    bx1 = np.where(arrow_right, x1 - st.ARROW_PX, ix1)
    fade_l = np.where(arrow_left, 0.0, bx0 - x0)
    fade_r = np.where(arrow_right, 0.0, x1 - bx1)
    # An end written to the day or finer is sharp until, close up, its unit is as wide as a day drawn
    # as a bar (the light-bar rule of styles.classify); coarser ends always fade across their unit.
    with np.errstate(invalid="ignore"):
        coarse_l = (cols.start_hi[rows] - cols.start_lo[rows]) > 1.5 * DAY
        coarse_r = (cols.end_hi[rows] - cols.end_lo[rows]) > 1.5 * DAY
    sharp_l = (fade_l < st.MIN_FADE_PX) | (~coarse_l & (fade_l < st.DAY_AS_BAR_PX))
    sharp_r = (fade_r < st.MIN_FADE_PX) | (~coarse_r & (fade_r < st.DAY_AS_BAR_PX))
    bx0, fade_l = np.where(sharp_l, bx0 - fade_l, bx0), np.where(sharp_l, 0.0, fade_l)
    bx1, fade_r = np.where(sharp_r, bx1 + fade_r, bx1), np.where(sharp_r, 0.0, fade_r)
    room = np.maximum(bx1 - bx0, 0) / 3
    approx_l = s.approximate_start & ~arrow_left & (fade_l < st.FADE_PX)
    approx_r = s.approximate_end & ~arrow_right & (fade_r < st.FADE_PX)
    extra_l = np.where(approx_l, np.minimum(st.FADE_PX - fade_l, room), 0.0)
    extra_r = np.where(approx_r, np.minimum(st.FADE_PX - fade_r, room), 0.0)
    bx0, fade_l = bx0 + extra_l, fade_l + extra_l
    bx1, fade_r = bx1 - extra_r, fade_r + extra_r
    unknown_start, unknown_end = s.start == UNKNOWN, s.end == UNKNOWN
    bx0 = np.where(unknown_start, x0, bx0)
    fade_l = np.where(unknown_start, st.UNKNOWN_FADE_PX, fade_l)
    bx1 = np.where(unknown_end, x1, bx1)
    fade_r = np.where(unknown_end, st.UNKNOWN_FADE_PX, fade_r)
    bar = shape == st.SHAPE_BAR
    bx0, bx1 = np.where(bar, bx0, x0), np.where(bar, bx1, x1)
    fade_l, fade_r = np.where(bar, fade_l, 0.0), np.where(bar, fade_r, 0.0)

    half = st.MARKER_PX / 2
    gx0 = np.where(marker, cx - half, np.where(one_of, np.minimum(x0, cx - half), bx0 - fade_l))
    gx1 = np.where(marker, cx + half, np.where(one_of, np.maximum(x1, cx + half), bx1 + fade_r))
    core_lo = np.where(np.isfinite(s.outer_lo), s.outer_lo, s.inner_lo)
    core_hi = np.where(np.isfinite(s.outer_hi), s.outer_hi, s.inner_hi)
    earliest, latest = cols.earliest[rows], cols.latest[rows]
    with np.errstate(invalid="ignore"):
        wl = np.where(np.isfinite(earliest) & (earliest < core_lo), px(earliest), np.nan)
        wr = np.where(np.isfinite(latest) & (latest > core_hi), px(latest), np.nan)
    marks = st.mark_offsets(flags, status)[3]
    ce = gx1
    gx0 = gx0 - st.start_mark_width(flags)  # the "?" of an uncertain start sits before the glyph
    with np.errstate(invalid="ignore"):
        wl[wl > gx0 - 2] = np.nan
        wr[wr < ce + marks + 3] = np.nan  # a bound hidden under the marks is not worth a whisker
    gx0 = np.fmin(gx0, wl)
    gx1 = np.fmax(ce + marks, wr)
    return Glyphs(entry=entries, row=rows, lane=lanes, track=np.zeros(len(entries), np.int32),
                  shape=shape, fill=fill, line=line, x0=x0, x1=x1, bx0=bx0, bx1=bx1, fade_l=fade_l, fade_r=fade_r,
                  cx=cx, gx0=gx0, gx1=gx1, ce=ce, marks=marks,
                  cy=np.zeros(len(entries)), wl=wl, wr=wr, flags=flags, ends=cols.ends[rows], status=status,
                  selected=selected, highlighted=highlighted)


MEASURED_LABEL_PX = 160.0  # the room a title asks for when a lane's height is measured


def _assign_tracks(frame: Frame, text: TextTools | None, measuring: bool = False) -> None:
    """Tracks of the glyphs in each lane. Measuring a lane's height, each title asks for a little room
    (lanes stay as tall as their events need); drawn, a title asks for its whole width (a long one wraps),
    after the glyph or before it where the view ends first, so that a lane with tracks to spare gives
    each title a track of its own."""
    glyphs, g = frame.glyphs, frame.geometry
    label_start = None
    if text is not None and measuring:
        label_room = np.array([min(text.width(text.title(int(r))), MEASURED_LABEL_PX) + 8
                               for r in glyphs.row.tolist()])
    elif text is not None:
        label_room = np.array([min(text.width(text.title(int(r))), MAX_LABEL_PX) + 8 for r in glyphs.row.tolist()])
        before = glyphs.gx1 + label_room > g.right - EDGE_PX
        label_start = np.where(before, glyphs.gx0 - label_room, glyphs.gx0)
        label_room = np.where(before, 0.0, label_room)
    else:
        label_room = np.zeros(len(glyphs))
    order = np.argsort(glyphs.lane, kind="stable")
    lanes = glyphs.lane[order]
    cuts = np.flatnonzero(np.diff(lanes)) + 1
    for chunk in np.split(order, cuts) if len(order) else []:
        lane = int(glyphs.lane[chunk[0]])
        capacity = frame.track_count[lane] = track_capacity(g.lane_height(lane))
        glyph_end = glyphs.gx1[chunk]
        glyphs.track[chunk] = pack_tracks(glyphs.gx0[chunk], glyph_end, glyph_end + label_room[chunk], capacity,
                                          None if label_start is None else label_start[chunk])
    for lane in frame.lanes:
        frame.track_count.setdefault(lane, track_capacity(g.lane_height(lane)))
    for chunk in np.split(order, cuts) if len(order) else []:
        lane = int(glyphs.lane[chunk[0]])
        glyphs.cy[chunk] = frame.lane_track_y(lane, glyphs.track[chunk])


def _labels(frame: Frame, cols, text: TextTools, keyed: bool = False) -> list[Label]:
    glyphs, g = frame.glyphs, frame.geometry
    if len(glyphs) == 0:
        return []
    rows = glyphs.row
    span = np.where(np.isfinite(glyphs.x1 - glyphs.x0), glyphs.x1 - glyphs.x0, 1e9)
    # Priority: selected first, then the more often cited, then the longer.
    order = np.lexsort((rows, -span, -cols.citation_count[rows].astype(np.int64), ~glyphs.selected))
    if not keyed:  # an export's key numbers every title that fits nowhere: it tries them all
        order = order[:LABEL_TRIES]
    o = glyphs.take(order)
    one_of = o.shape == st.SHAPE_SET
    writable = ((o.shape == st.SHAPE_BAR) & (o.fill != st.FILL_HATCHED)) | one_of
    # A set's title goes inside its bracket, after its mark.
    inside_x0 = np.where(one_of, o.cx + st.MARKER_PX / 2, o.bx0)
    inside_x1 = np.where(one_of & st.has(o.flags, OPEN_END), o.x1 - st.ARROW_PX, o.bx1)
    requests = [
        LabelRequest(i, text.title(row), lane, track, bar, x0, x1, end, end, start)
        for i, row, lane, track, bar, x0, x1, end, start in zip(
            order.tolist(), o.row.tolist(), o.lane.tolist(), o.track.tolist(), writable.tolist(),
            inside_x0.tolist(), inside_x1.tolist(), o.gx1.tolist(), o.gx0.tolist())
    ]
    digits = len(str(len(requests)))
    number_px = text.width("8" * digits) + 2 * NUMBER_PAD_PX
    placed = place_labels(requests, glyphs, g.left, g.right, text.width,
                          lambda lane: frame.track_count.get(lane, 1), keyed, number_px)
    labels = []
    for p in placed:
        i = p.index
        lane = int(glyphs.lane[i])
        baseline = float(frame.lane_track_y(lane, p.first_track)) + text.baseline_offset
        step = float(frame.lane_track_y(lane, p.first_track + 1) - frame.lane_track_y(lane, p.first_track))
        shown = " ".join(p.lines)
        widest = max(text.width(line) for line in p.lines) if not p.keyed else number_px
        labels.append(Label(p.x, baseline, shown, int(glyphs.row[i]), lane, p.inside, widest, p.lines,
                            step if len(p.lines) > 1 else 0.0, -1 if p.keyed else 0))
    # A track scrolled partly out of the view cannot carry a label that is cut off.
    kept = [(label, p) for label, p in zip(labels, placed)
            if label.baseline - text.ascent >= g.top
            and label.baseline + label.line_step * (len(label.lines) - 1) + text.descent <= g.bottom]
    labels, placed = [label for label, _ in kept], [p for _, p in kept]
    _number_keyed(labels, frame, glyphs, placed)
    return labels


def _number_keyed(labels: list[Label], frame: Frame, glyphs: Glyphs, placed) -> None:
    """Key numbers in the order a reader scans, by time, then lane; an event drawn in several
    lanes has one number."""
    keyed = [(label, p.index) for label, p in zip(labels, placed) if p.keyed]
    if not keyed:
        return
    first: dict[int, tuple[float, int]] = {}
    for label, i in keyed:
        where = (float(glyphs.gx0[i]), int(glyphs.lane[i]))
        first[label.row] = min(first.get(label.row, where), where)
    numbers = {row: n for n, row in enumerate(sorted(first, key=first.__getitem__), start=1)}
    for label, _ in keyed:
        label.number = numbers[label.row]
        label.text = str(label.number)
        label.lines = (label.text,)


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
