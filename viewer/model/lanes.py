"""Events sorted into the timeline's horizontal lanes, ready for fast culling.

A lane mode names what a lane stands for (a segment, an actor, a place, a
source, a status, or one lane for everything). An event belongs to as many
lanes as it has memberships, so it appears once in each; events with none go
to a final lane named for what they lack ("No segment", "No actor", ...). Each (event, lane) pair is an *entry*.

Entries are grouped by lane and, within a lane, by duration class and start,
so that the entries overlapping a time window are found by binary search:
an entry of a class whose longest member lasts ``d`` seconds can only
overlap ``[lo, hi]`` if it starts in ``[lo - d, hi]``. Classes grow by a
factor of four, so one long event does not widen the search for all the
short ones. Entries reaching to infinity (open or unknown ends) sit in a
small list per lane that is always tested.

Each lane also keeps its extent starts and ends sorted, so how many entries
overlap any window (the density of a pixel column) is two binary searches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from .columns import Membership
from .per_document import derived
from .records import STATUS_TEXT, STATUSES
from .translation import QT_TRANSLATE_NOOP, tr

LaneMode = Literal["segment", "actor", "place", "source", "status", "single"]
LANE_MODES: tuple[str, ...] = ("segment", "actor", "place", "source", "status", "single")
LANE_MODE_TEXT = {
    "segment": QT_TRANSLATE_NOOP("Lanes", "Segments"), "actor": QT_TRANSLATE_NOOP("Lanes", "Actors"),
    "place": QT_TRANSLATE_NOOP("Lanes", "Places"), "source": QT_TRANSLATE_NOOP("Lanes", "Sources"),
    "status": QT_TRANSLATE_NOOP("Lanes", "Status"), "single": QT_TRANSLATE_NOOP("Lanes", "Single lane"),
}
NONE_KEY = ""
# The last lane, for events without any membership; status and single lanes hold every event.
NONE_LABELS = {"segment": QT_TRANSLATE_NOOP("Lanes", "No segment"), "actor": QT_TRANSLATE_NOOP("Lanes", "No actor"),
               "place": QT_TRANSLATE_NOOP("Lanes", "No place"), "source": QT_TRANSLATE_NOOP("Lanes", "No source")}
SINGLE_LABEL = QT_TRANSLATE_NOOP("Lanes", "All events")

# Duration classes: class c holds durations below 4**c seconds (c >= 1);
# 24 classes reach past the age of the universe.
_CLASS_BASE_LOG2 = 2.0
_CLASSES = 24
FEW_ROWS = 8  # entries_of_rows scans for up to this many rows rather than building its index


@dataclass(frozen=True, slots=True)
class Lane:
    key: str  # the record id, the status name, "all", or NONE_KEY
    label: str
    colour: str | None  # "#RRGGBB" from the record, or None for the palette
    count: int  # entries in this lane (events shown, after filters)
    index: int = 0  # position among all lanes of the mode, stable under filtering (for palettes)


@dataclass(slots=True)
class _Bucket:
    begin: int
    end: int
    max_duration: float


@dataclass
class LaneLayout:
    mode: str
    lanes: list[Lane]
    rows: np.ndarray  # int64 per entry: the event row
    lane: np.ndarray  # int32 per entry: index into lanes
    lo: np.ndarray  # float64 per entry: earliest drawn instant (may be -inf)
    hi: np.ndarray  # float64 per entry: latest drawn instant (may be +inf)
    start: np.ndarray  # float64 per entry: a finite start used for ordering in time
    lane_ptr: np.ndarray  # int64, len(lanes) + 1: lane i owns entries lane_ptr[i]:lane_ptr[i+1]
    infinite_from: np.ndarray  # int64 per lane: entries from here to the lane's end reach infinity
    max_duration: np.ndarray  # float64 per lane: longest finite entry (0 when none)
    lo_sorted: np.ndarray  # float64, grouped by lane like the entries, each lane's extent starts ascending
    hi_sorted: np.ndarray  # float64, likewise each lane's extent ends ascending
    dense_lo_sorted: np.ndarray  # like lo_sorted, with open and unknown ends cut to the known end
    dense_hi_sorted: np.ndarray  # like hi_sorted, likewise
    time_order: np.ndarray  # int32: distinct rows ordered by start, then row
    time_rank: np.ndarray  # int64 per event row: position in time_order, -1 if not laid out
    time_start: np.ndarray  # float64: the start of each row of time_order (ascending)
    _buckets: list[list[_Bucket]] = field(default_factory=list, repr=False)
    _row_ptr: np.ndarray | None = field(default=None, repr=False)
    _row_entries: np.ndarray | None = field(default=None, repr=False)
    _bounds: tuple | None = field(default=None, repr=False)  # (finite_bounds(),) once computed
    # The event row of each value of lo_sorted, hi_sorted, dense_lo_sorted and dense_hi_sorted
    # (int32), kept in a layout of every event so that filtered layouts are made from it (narrowed)
    _sorted_rows: tuple | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def lane_count(self) -> int:
        return len(self.lanes)

    def labels(self) -> list[str]:
        return [lane.label for lane in self.lanes]

    def entries_of_lane(self, i: int) -> slice:
        return slice(int(self.lane_ptr[i]), int(self.lane_ptr[i + 1]))

    def finite_bounds(self) -> tuple[float, float] | None:
        """The span of all finite instants of the laid-out entries (computed once per layout)."""
        if self._bounds is None:
            lo = self.lo[np.isfinite(self.lo)]
            hi = self.hi[np.isfinite(self.hi)]
            starts = self.start[np.isfinite(self.start)]
            ends = np.concatenate([lo, hi, starts])
            self._bounds = (None if len(ends) == 0 else (float(ends.min()), float(ends.max())),)
        return self._bounds[0]

    # -- culling --------------------------------------------------------
    def visible_entries(self, i: int, view_lo: float, view_hi: float) -> np.ndarray:
        """Entry indices of lane ``i`` whose extent overlaps [view_lo, view_hi]."""
        parts = []
        for bucket in self._buckets[i]:
            keys = self.lo[bucket.begin:bucket.end]
            first = bucket.begin + int(np.searchsorted(keys, view_lo - bucket.max_duration, "left"))
            last = bucket.begin + int(np.searchsorted(keys, view_hi, "right"))
            if last > first:
                candidates = np.arange(first, last, dtype=np.int64)
                parts.append(candidates[self.hi[first:last] >= view_lo])
        tail = slice(int(self.infinite_from[i]), int(self.lane_ptr[i + 1]))
        if tail.stop > tail.start:
            hit = (self.lo[tail] <= view_hi) & (self.hi[tail] >= view_lo)
            parts.append(np.arange(tail.start, tail.stop, dtype=np.int64)[hit])
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def count_overlapping(self, i: int, view_lo: float, view_hi: float) -> int:
        """How many entries of lane ``i`` overlap [view_lo, view_hi], by binary search alone.

        Every extent has lo <= hi, so those overlapping are the ones starting
        by view_hi minus those already over before view_lo.
        """
        lane = self.entries_of_lane(i)
        started = np.searchsorted(self.lo_sorted[lane], view_hi, "right")
        ended = np.searchsorted(self.hi_sorted[lane], view_lo, "left")
        return int(started - ended)

    def count_known_overlapping(self, i: int, view_lo: float, view_hi: float) -> int:
        """Like count_overlapping, counting open and unknown ends only where the event is known
        to be (as density does): events only running on through the window are left out."""
        lane = self.entries_of_lane(i)
        started = np.searchsorted(self.dense_lo_sorted[lane], view_hi, "right")
        ended = np.searchsorted(self.dense_hi_sorted[lane], view_lo, "left")
        return int(started - ended)

    def density(self, i: int, edges: np.ndarray) -> np.ndarray:
        """Entries of lane ``i`` overlapping each bin between consecutive ``edges``.

        An open or unknown end counts only where the event is known to be: its
        arrow shows that it goes on, but it must not fill every column.
        """
        lane = self.entries_of_lane(i)
        started = np.searchsorted(self.dense_lo_sorted[lane], edges[1:], "right")
        ended = np.searchsorted(self.dense_hi_sorted[lane], edges[:-1], "left")
        return started - ended

    # -- rows -------------------------------------------------------------
    def entries_of_rows(self, rows) -> np.ndarray:
        """All entries (in every lane) of the given event rows."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) <= FEW_ROWS and self._row_ptr is None:
            # A click's row or two: a scan of the entries costs less than building the index.
            hit = np.zeros(len(self.rows), dtype=bool)
            for row in rows.tolist():
                hit |= self.rows == row
            return np.flatnonzero(hit)
        if self._row_ptr is None:
            order = np.argsort(self.rows, kind="stable")
            size = int(self.rows.max()) + 1 if len(self.rows) else 0
            ptr = np.zeros(size + 1, dtype=np.int64)
            np.cumsum(np.bincount(self.rows, minlength=size), out=ptr[1:])
            self._row_ptr, self._row_entries = ptr, order
        ptr, entries = self._row_ptr, self._row_entries
        assert ptr is not None and entries is not None  # made above
        rows = rows[(rows >= 0) & (rows < len(ptr) - 1)]
        if len(rows) == 0:
            return np.zeros(0, dtype=np.int64)
        starts, stops = ptr[rows], ptr[rows + 1]
        return np.concatenate([entries[a:b] for a, b in zip(starts.tolist(), stops.tolist())])


def _memberships(document, mode: str) -> tuple[list[Lane], Membership]:
    """The candidate lanes of a mode (counts still 0) and each event's lane indices."""
    cols = document.columns
    if mode == "segment":
        lanes = [Lane(s.id, s.label, s.color, 0) for s in document.segments]
        return lanes, cols.segments
    if mode == "actor":
        return [Lane(a.id, a.name, None, 0) for a in document.actors], cols.actors
    if mode == "place":
        return [Lane(p.id, p.name, None, 0) for p in document.places], Membership.single(cols.place)
    if mode == "source":
        return [Lane(s.id, s.name, None, 0) for s in document.sources], cols.sources
    if mode == "status":
        lanes = [Lane(name, tr(STATUS_TEXT[name]).capitalize(), None, 0) for name in STATUSES]
        return lanes, Membership.single(cols.status.astype(np.int32))
    if mode == "single":
        return [Lane("all", tr(SINGLE_LABEL), None, 0)], Membership.single(np.zeros(len(cols), dtype=np.int32))
    raise ValueError(f"unknown lane mode {mode!r}; expected one of {', '.join(LANE_MODES)}")


@dataclass
class _RowOrders:
    """Per-event extents and sort orders: computed once per document, shared by every layout,
    so that laying out lanes (a new mode, a new filter) sorts only by small lane numbers."""

    lo: np.ndarray
    hi: np.ndarray
    known_lo: np.ndarray  # lo, or hi where lo is open: what a density strip counts
    known_hi: np.ndarray
    start: np.ndarray
    klass: np.ndarray  # duration class, _CLASSES for entries reaching infinity
    duration: np.ndarray
    by_lo: np.ndarray  # rows ordered by extent start (the culling key)
    by_hi: np.ndarray
    by_known_lo: np.ndarray
    by_known_hi: np.ndarray
    by_start: np.ndarray


def _time_order(values: np.ndarray) -> np.ndarray:
    """Rows ordered by a time column, ties in row order (the one sort by time of each column);
    as int32, half the memory of numpy's int64 (a file holds far fewer than 2**31 events)."""
    return np.argsort(values, kind="stable").astype(np.int32)


def _build_row_orders(document) -> _RowOrders:
    cols = document.columns
    lo = np.fmin(cols.earliest, cols.start_lo)
    hi = np.fmax(cols.latest, cols.end_hi)
    known_lo = np.where(np.isfinite(lo), lo, hi)
    known_hi = np.where(np.isfinite(hi), hi, lo)
    start = np.where(np.isfinite(cols.start_lo), cols.start_lo,
                     np.where(np.isfinite(cols.end_lo), cols.end_lo, cols.end_hi))
    start = np.where(np.isfinite(start), start, 0.0)
    infinite = ~(np.isfinite(lo) & np.isfinite(hi))
    with np.errstate(invalid="ignore", divide="ignore"):
        duration = np.where(infinite, 0.0, hi - lo)
        klass = np.clip(np.floor(np.log2(duration + 1.0) / _CLASS_BASE_LOG2), 0, _CLASSES - 1).astype(np.int8)
    klass[infinite] = _CLASSES  # after every finite class
    return _RowOrders(lo, hi, known_lo, known_hi, start, klass, duration,
                      by_lo=_time_order(lo), by_hi=_time_order(hi), by_known_lo=_time_order(known_lo),
                      by_known_hi=_time_order(known_hi), by_start=_time_order(start))


def row_orders(document) -> _RowOrders:
    """The document's extents and time orders, built on first use and kept while it lives."""
    return derived(document, "lane-row-orders", _build_row_orders)


def _single_lanes(membership: Membership, none_lane: int) -> np.ndarray | None:
    """The lane of each row (none_lane where it has none) when no row is in two lanes, else None."""
    counts = np.diff(membership.ptr)
    if len(counts) and counts.max() > 1:
        return None
    lanes = np.full(len(counts), none_lane, dtype=np.int32)
    lanes[counts == 1] = membership.idx
    return lanes


def _expand(order: np.ndarray, membership: Membership, none_lane: int,
            single: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Entries (row, lane) of the rows in ``order``, keeping that order; no membership -> none_lane.
    ``single``: the lane of each row, where no row is in two lanes (see _single_lanes)."""
    if single is not None:
        return order, single[order]
    first = membership.ptr[order]
    counts = membership.ptr[order + 1] - first
    if len(counts) == 0 or counts.max() <= 1:  # at most one lane per event: no expansion needed
        if len(membership.idx) == 0:
            return order, np.full(len(order), none_lane, dtype=np.int64)
        lanes = membership.idx[np.minimum(first, len(membership.idx) - 1)].astype(np.int64)
        lanes[counts == 0] = none_lane
        return order, lanes
    slots = np.maximum(counts, 1)
    rows = np.repeat(order, slots)
    first = np.repeat(first, slots)
    offset = np.arange(len(rows), dtype=np.int64) - np.repeat(np.cumsum(slots) - slots, slots)
    loose = np.repeat(counts == 0, slots)
    position = np.where(loose, 0, first + offset)
    lanes = membership.idx[np.minimum(position, max(len(membership.idx) - 1, 0))].astype(np.int64) \
        if len(membership.idx) else np.zeros(len(rows), dtype=np.int64)
    lanes[loose] = none_lane
    return rows, lanes


def _stable_by_group(group: np.ndarray) -> np.ndarray:
    if len(group) and 0 <= group.min() and group.max() <= np.iinfo(np.uint16).max:
        group = group.astype(np.uint16)  # numpy radix-sorts small integers
    return np.argsort(group, kind="stable")


def _lane_sorted(order: np.ndarray, keep: np.ndarray, membership: Membership, none_lane: int,
                 renumber: np.ndarray, single: np.ndarray | None) -> np.ndarray:
    """The row of each entry, grouped by lane, in the document's ``order`` (by a value) within
    each lane: that order expanded into entries and grouped stably by lane number."""
    rows, lane = _expand(order[keep[order]], membership, none_lane, single)
    return rows[_stable_by_group(renumber[lane])]


def build_lanes(document, mode: str = "segment", visible: np.ndarray | None = None) -> LaneLayout:
    """Lay out the events of ``document`` (only those ``visible`` when given) in lanes.

    Lanes without any entry are left out, so filtering narrows the view to
    the lanes that still have events; the lane of events without any (see NONE_LABELS) comes last.
    """
    n = len(document.columns)
    candidates, membership = _memberships(document, mode)
    keep = np.ones(n, dtype=bool) if visible is None else np.asarray(visible, dtype=bool)
    ro = row_orders(document)
    none_lane = len(candidates)

    # Entries in order of extent start, then grouped (stably) by lane and duration class.
    single = _single_lanes(membership, none_lane)
    by_lo = ro.by_lo[keep[ro.by_lo]]
    rows, lane = _expand(by_lo, membership, none_lane, single)

    # Drop lanes without entries, renumbering the rest in their original order.
    counts = np.bincount(lane, minlength=none_lane + 1)
    used = np.flatnonzero(counts)
    renumber = np.full(none_lane + 1, -1, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    lane = renumber[lane]
    catch_all = Lane(NONE_KEY, tr(NONE_LABELS.get(mode, "Unassigned")), None, 0)
    lanes = [candidates[u] if u < none_lane else catch_all for u in used.tolist()]
    lanes = [Lane(x.key, x.label, x.colour, int(counts[u]), u) for x, u in zip(lanes, used.tolist())]

    # Extent starts and ends per lane, ascending, for counting overlaps by binary search; with
    # the row of each value, so that a filtered layout is these with the rows filtered out.
    by_lane = _stable_by_group(lane)
    lo_rows = rows[by_lane]
    sorted_rows = (lo_rows,
                   _lane_sorted(ro.by_hi, keep, membership, none_lane, renumber, single),
                   _lane_sorted(ro.by_known_lo, keep, membership, none_lane, renumber, single),
                   _lane_sorted(ro.by_known_hi, keep, membership, none_lane, renumber, single))
    group = lane * (_CLASSES + 1) + ro.klass[rows].astype(np.int64)
    order = _stable_by_group(group)
    rows, lane = rows[order], lane[order]
    return _layout(mode, lanes, rows, lane, sorted_rows, ro, keep, keep_rows=visible is None)


def narrowed(layout: LaneLayout, document, visible: np.ndarray) -> LaneLayout:
    """``layout`` (of every event) with only the events ``visible`` in it: what build_lanes
    gives for them, made by filtering the layout's columns instead of sorting again."""
    assert layout._sorted_rows is not None, "made by build_lanes for every event"
    keep = np.asarray(visible, dtype=bool)
    ro = row_orders(document)
    kept = keep[layout.rows]
    rows, old_lane = layout.rows[kept], layout.lane[kept]
    counts = np.bincount(old_lane, minlength=len(layout.lanes))
    used = np.flatnonzero(counts)
    renumber = np.full(len(layout.lanes), -1, dtype=np.int32)
    renumber[used] = np.arange(len(used))
    lanes = [Lane(x.key, x.label, x.colour, int(counts[u]), x.index)
             for x, u in ((layout.lanes[u], u) for u in used.tolist())]
    sorted_rows = tuple(r[keep[r]] for r in layout._sorted_rows)
    return _layout(layout.mode, lanes, rows, renumber[old_lane], sorted_rows, ro, keep, keep_rows=False)


def _layout(mode: str, lanes: list[Lane], rows: np.ndarray, lane: np.ndarray, sorted_rows: tuple,
            ro: _RowOrders, keep: np.ndarray, keep_rows: bool) -> LaneLayout:
    """The layout of entries ``rows`` in ``lanes`` (grouped by lane and duration class, by extent
    start within each), with the rows of its per-lane sorted starts and ends."""
    n = len(keep)
    klass, duration = ro.klass[rows], ro.duration[rows]
    group = lane.astype(np.int64) * (_CLASSES + 1) + klass.astype(np.int64)
    n_lanes = len(lanes)
    lane_ptr = np.zeros(n_lanes + 1, dtype=np.int64)
    np.cumsum(np.bincount(lane, minlength=n_lanes), out=lane_ptr[1:])

    # Buckets: runs of one (lane, class).
    buckets: list[list[_Bucket]] = [[] for _ in range(n_lanes)]
    infinite_from = lane_ptr[1:].copy()
    if len(rows):
        cuts = np.flatnonzero(np.diff(group)) + 1
        begins = np.concatenate([[0], cuts])
        ends = np.concatenate([cuts, [len(rows)]])
        max_dur = np.maximum.reduceat(duration, begins)
        for b, e, d in zip(begins.tolist(), ends.tolist(), max_dur.tolist()):
            i = int(lane[b])
            if klass[b] == _CLASSES:
                infinite_from[i] = b
            else:
                buckets[i].append(_Bucket(b, e, float(d)))
    max_duration = np.array([max((b.max_duration for b in bs), default=0.0) for bs in buckets], dtype=np.float64)

    by_time = ro.by_start[keep[ro.by_start]]
    time_rank = np.full(n, -1, dtype=np.int64)
    time_rank[by_time] = np.arange(len(by_time))
    lo_rows, hi_rows, dense_lo_rows, dense_hi_rows = sorted_rows
    return LaneLayout(mode=mode, lanes=lanes, rows=rows.astype(np.int64), lane=lane.astype(np.int32),
                      lo=ro.lo[rows], hi=ro.hi[rows], start=ro.start[rows],
                      lane_ptr=lane_ptr, infinite_from=infinite_from, max_duration=max_duration,
                      lo_sorted=ro.lo[lo_rows], hi_sorted=ro.hi[hi_rows],
                      dense_lo_sorted=ro.known_lo[dense_lo_rows], dense_hi_sorted=ro.known_hi[dense_hi_rows],
                      time_order=by_time, time_rank=time_rank, time_start=ro.start[by_time], _buckets=buckets,
                      _sorted_rows=tuple(r.astype(np.int32) for r in sorted_rows) if keep_rows else None)
