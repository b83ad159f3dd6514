"""The one state every pane follows: document, filter, selection, range, lanes, theme.

Panes never call each other: they change this state and follow its one
signal, ``changed``, which says in a ``Change`` what changed. Each setter
changes its part in one step and announces it once; ``batch`` merges several
steps of one user action into one announcement. A change made while the
state is announcing (a pane reacting by changing the state) is announced
after every pane has seen the first one, so no pane sees a later change
before an earlier one.

Thread affinity: callbacks run synchronously in the thread that changes the
state, and the state is only changed on the GUI thread (background loads
hand their document over through a queued Qt signal), so callbacks may touch
widgets.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import numpy as np
from psygnal import Signal

from ..model.filters import FilterSpec, SearchIndex
from ..model.lanes import LANE_MODES, LaneLayout
from .lane_cache import lane_layout_for
from .masks import FilterMasks

THEME_NAMES = ("light", "dark", "print", "contrast")
# How times are displayed: in UTC (what the window shows), in the computer's zone, or as written.
TIME_ZONES = ("utc", "local", "written")


class Change(enum.Flag):
    """What an announcement says changed."""

    NONE = 0
    DOCUMENT = enum.auto()
    FILTER = enum.auto()  # the filter and the visible mask
    SELECTION = enum.auto()  # the selected rows and the current event
    HIGHLIGHT = enum.auto()
    TIME_RANGE = enum.auto()
    LANE_MODE = enum.auto()
    THEME = enum.auto()
    TIME_ZONE = enum.auto()
    PLAY = enum.auto()  # the time window the map's Play steps through


def _rows(rows: Iterable[int] | np.ndarray) -> np.ndarray:
    return np.unique(np.asarray(rows, dtype=np.int64))


class ViewState:
    changed = Signal(Change, reemission="queued")

    def __init__(self) -> None:
        self.document = None
        self.filter = FilterSpec()
        self.visible = np.zeros(0, dtype=bool)
        self.selected = np.zeros(0, dtype=np.int64)
        self.current = -1  # the event the details show, one of the selected or -1
        self.highlighted = np.zeros(0, dtype=np.int64)  # emphasised without being selected
        self.highlight_label = ""  # what the highlighted events have in common, e.g. "citing The Telegraph"
        self.time_range = (-math.inf, math.inf)  # what the timeline shows
        self.lane_mode = "segment"
        self.theme = "light"
        self.time_zone = "utc"
        self.play_window: tuple[float, float] | None = None  # (start, play time) while Play is on
        self._masks: FilterMasks | None = None
        self._lanes: LaneLayout | None = None
        self._batch_depth = 0
        self._pending = Change.NONE

    # -- announcing ---------------------------------------------------------
    def _announce(self, change: Change) -> None:
        if self._batch_depth:
            self._pending |= change
        elif change:
            self.changed.emit(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce everything changed inside as one change, at the end."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if not self._batch_depth:
                change, self._pending = self._pending, Change.NONE
                self._announce(change)

    # -- document -------------------------------------------------------------
    def set_document(self, document, keep_view: bool = False) -> None:
        """Show a new document; with keep_view, keep the filter and select the same ids."""
        previous_ids = self.selected_ids() if keep_view else []
        self.document = document
        self._masks = FilterMasks(document) if document is not None else None
        if not keep_view:
            self.filter = FilterSpec()
        self.highlighted = np.zeros(0, dtype=np.int64)
        self.highlight_label = ""
        self._recompute_visible()
        self.selected, self.current = self._with_current(
            _rows([document.event_index[i] for i in previous_ids if i in document.event_index]), -1)
        self._announce(Change.DOCUMENT | Change.FILTER | Change.SELECTION | Change.HIGHLIGHT)

    @property
    def event_count(self) -> int:
        return len(self.document.events) if self.document is not None else 0

    # -- filter -----------------------------------------------------------------
    def search_index(self) -> SearchIndex:
        return SearchIndex.build(self.document)  # built once per document (model.per_document)

    def mask_without(self, *facets: str) -> np.ndarray:
        """The events shown if the named facets of the filter were not set (read-only):
        what the filter panel and the board count under, so that the other values
        of an active facet keep their counts."""
        if self._masks is None:
            return self.visible
        return self._masks.mask(self.filter, facets)

    def set_filter(self, spec: FilterSpec) -> None:
        if spec == self.filter:
            return
        self.filter = spec
        self._recompute_visible()
        self._announce(Change.FILTER)

    def filter_work(self, spec: FilterSpec) -> Callable[[], np.ndarray]:
        """What showing ``spec`` will need, to be worked out in another thread beforehand: the
        returned function computes its mask and its lanes by the current lane mode (both kept
        for this document) and returns the mask; the state itself is left as it is."""
        masks, document, mode = self._masks, self.document, self.lane_mode

        def work() -> np.ndarray:
            assert masks is not None  # asked for with a document shown
            visible = masks.mask(spec)
            lane_layout_for(document, mode, spec, visible)
            return visible

        return work

    def _recompute_visible(self) -> None:
        self._lanes = None
        if self.document is None:
            self.visible = np.zeros(0, dtype=bool)
            return
        assert self._masks is not None  # made with the document
        self.visible = self._masks.mask(self.filter)

    @property
    def visible_count(self) -> int:
        return int(self.visible.sum())

    # -- lanes --------------------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; expected one of {', '.join(LANE_MODES)}")
        if mode != self.lane_mode:
            self.lane_mode = mode
            self._lanes = None
            self._announce(Change.LANE_MODE)

    def lanes_work(self, mode: str) -> Callable[[], None]:
        """The layout of the shown events by ``mode``, to be made in another thread beforehand
        (kept for this document and filter, where set_lane_mode then finds it)."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; expected one of {', '.join(LANE_MODES)}")
        document, spec, visible = self.document, self.filter, self.visible

        def work() -> None:
            if document is not None:
                lane_layout_for(document, mode, spec, visible)

        return work

    @property
    def lane_layout(self) -> LaneLayout | None:
        """The shown events in lanes by the lane mode: built once per document, filter and mode
        (see lane_cache.py: going back to a recent filter or mode builds nothing)."""
        if self._lanes is None and self.document is not None:
            self._lanes = lane_layout_for(self.document, self.lane_mode, self.filter, self.visible)
        return self._lanes

    # -- selection ----------------------------------------------------------------
    def _with_current(self, rows: np.ndarray, wanted: int) -> tuple[np.ndarray, int]:
        """The selection and its current event: the wanted one, else the one kept, else the first."""
        if wanted in rows:
            return rows, wanted
        if len(rows) == 1:
            return rows, int(rows[0])
        if self.current in rows:
            return rows, self.current
        return rows, int(rows[0]) if len(rows) else -1

    def select(self, rows, add: bool = False, current: int = -1) -> None:
        """Select rows (added to the selection with ``add``); ``current`` is the one to show."""
        rows = _rows(rows)
        if add:
            rows = np.union1d(self.selected, rows)
        self._set_selection(*self._with_current(rows, current))

    def _set_selection(self, rows: np.ndarray, current: int) -> None:
        if current == self.current and np.array_equal(rows, self.selected):
            return
        self.selected, self.current = rows, current
        self._announce(Change.SELECTION)

    def toggle(self, row: int) -> None:
        """Take a row out of the selection, or add it and show it."""
        if row in self.selected:
            self.select(self.selected[self.selected != row])
        else:
            self.select([row], add=True, current=row)

    def clear_selection(self) -> None:
        self.select([])

    def set_current(self, row: int) -> None:
        """Show one of the selected events (any other row becomes the selection)."""
        if row in self.selected:
            self._set_selection(self.selected, row)
        else:
            self.select([row] if row >= 0 else [])

    def selected_ids(self) -> list[str]:
        if self.document is None:
            return []
        return [self.document.events[int(r)].id for r in self.selected]

    def select_ids(self, ids) -> None:
        index: dict[str, int] = self.document.event_index if self.document else {}
        self.select([index[i] for i in ids if i in index])

    # -- time range, highlight, look ------------------------------------------------
    def set_time_range(self, start: float, end: float) -> None:
        if (start, end) != self.time_range:
            self.time_range = (start, end)
            self._announce(Change.TIME_RANGE)

    def highlight(self, rows, label: str = "") -> None:
        """Emphasise rows; ``label`` says what they have in common (the status bar shows it)."""
        rows = _rows(rows)
        label = label if len(rows) else ""
        if not np.array_equal(rows, self.highlighted) or label != self.highlight_label:
            self.highlighted, self.highlight_label = rows, label
            self._announce(Change.HIGHLIGHT)

    def clear_highlight(self) -> None:
        self.highlight([])

    def set_play_window(self, window: tuple[float, float] | None) -> None:
        """The window Play shows, ending at the play time; None when every time is shown."""
        if window != self.play_window:
            self.play_window = window
            self._announce(Change.PLAY)

    def set_theme(self, name: str) -> None:
        if name not in THEME_NAMES:
            raise ValueError(f"unknown theme {name!r}; expected one of {', '.join(THEME_NAMES)}")
        if name != self.theme:
            self.theme = name
            self._announce(Change.THEME)

    def set_time_zone(self, zone: str) -> None:
        if zone not in TIME_ZONES:
            raise ValueError(f"unknown time zone {zone!r}; expected one of {', '.join(TIME_ZONES)}")
        if zone != self.time_zone:
            self.time_zone = zone
            self._announce(Change.TIME_ZONE)
