"""What the map emphasises at a moment: counts, dimming and highlights derived
from the shared state. numpy only, so it is cheap to recompute on every signal."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ...model import board
from ...model.per_document import derived
from .content import MapContent

ONE_EVENT_PX = 11.0
MAX_MARK_PX = 46.0


def mark_sizes(counts: np.ndarray) -> np.ndarray:
    """Diameters in pixels: the area of a mark grows with its number of events."""
    return np.minimum(ONE_EVENT_PX * np.sqrt(np.maximum(counts, 1)), MAX_MARK_PX)


@dataclass
class MapLook:
    place_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # per content mark
    place_dimmed: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    place_highlighted: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    segment_dimmed: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))  # per document segment
    segment_highlighted: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    not_on_map: int = 0

    @property
    def place_shown(self) -> np.ndarray:
        return self.place_counts > 0


FEW_SELECTED = 1000  # up to this many selected events, their segments are read one by one


def _selected_members(document, selected: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(place rows, segment rows) of the selected events."""
    rows = selected[(selected >= 0) & (selected < len(document.events))]
    places = document.columns.place[rows]
    if len(rows) <= FEW_SELECTED:  # a click: no pass over every event
        membership = document.columns.segments
        parts = [membership.of(int(r)) for r in rows.tolist()]
        segments = np.unique(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, np.int64)
    else:
        mask = np.zeros(len(document.events), dtype=bool)
        mask[rows] = True
        segments = np.flatnonzero(board.segment_counts(document, mask))
    return places[places >= 0], segments


@dataclass(frozen=True)
class _FilterCounts:
    """The look's parts that only the filter changes, counted once per visible mask."""

    place_counts: np.ndarray  # per document place
    segment_empty: np.ndarray  # per document segment: no shown event
    not_on_map: int


def _count(document, visible: np.ndarray) -> _FilterCounts:
    return _FilterCounts(board.place_counts(document, visible), board.segment_counts(document, visible) == 0,
                         board.not_on_map_count(document, visible))


def time_extent_of(document) -> tuple[float, float] | None:
    """The document's first and last instant, for the play slider (kept per document)."""
    return derived(document, "map-time-extent", board.time_extent)


def filter_counts(document, visible: np.ndarray) -> _FilterCounts:
    """Those of the unfiltered document kept while it lives, otherwise those of the last mask
    (the state replaces its mask on every filter change and never changes one in place)."""
    if visible.all():
        return derived(document, "map-counts", lambda d: _count(d, np.ones(len(d.columns), dtype=bool)))
    last = derived(document, "map-counts-last", lambda _d: [None, None])
    if last[0] is not visible:
        last[:] = [visible, _count(document, visible)]
    return last[1]


def place_dimming(state, content: MapContent, cursor: tuple[float, float] | None) -> np.ndarray:
    """Per content mark: is the place without shown events in the timeline's range (or the play window)?

    The only part of the look that the time range changes, so a pan or zoom recomputes just this."""
    document, marks = state.document, content.places.rows
    dimmed = np.zeros(len(marks), dtype=bool)
    if document is None or len(marks) == 0:
        return dimmed
    start, end = state.time_range
    if math.isfinite(start) or math.isfinite(end):
        dimmed |= ~board.active_places(document, state.visible, start, end)[marks]
    if cursor is not None:
        dimmed |= ~board.active_places(document, state.visible, *cursor)[marks]
    return dimmed


def compute_look(state, content: MapContent, cursor: tuple[float, float] | None) -> MapLook:
    """``cursor`` is the play window (start, end) or None when it is off."""
    document = state.document
    if document is None:
        return MapLook()
    visible = state.visible
    marks = content.places.rows
    counted = filter_counts(document, visible)
    counts = counted.place_counts[marks]

    place_dim = place_dimming(state, content, cursor)
    segment_dim = np.zeros(len(document.segments), dtype=bool)
    if not state.filter.is_empty:
        # A filter that leaves a segment without events moves it to the background.
        segment_dim |= counted.segment_empty
    if cursor is not None:
        segment_dim |= ~board.active_segments(document, visible, *cursor)

    # Selected events, the focused one, and rows another pane emphasises (a source's events).
    rows = np.union1d(np.union1d(state.selected, state.highlighted), [state.current] if state.current >= 0 else [])
    lit_places, lit_segments = _selected_members(document, rows.astype(np.int64))
    segment_lit = np.zeros(len(document.segments), dtype=bool)
    segment_lit[lit_segments] = True
    return MapLook(
        place_counts=counts,
        place_dimmed=place_dim,
        place_highlighted=np.isin(marks, lit_places),
        segment_dimmed=segment_dim,
        segment_highlighted=segment_lit,
        not_on_map=counted.not_on_map,
    )
