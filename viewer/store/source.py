"""The questions a store answers, and the shapes of its answers.

A view asks for the counts of its lanes per pixel column first (the density
appears at once), then, where few enough events are in view, for those events.
Every answer is plain numpy and Python values, so any engine can give it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from ..model.filters import FilterSpec

# Lane modes a store lays out; "single" puts every event in one lane.
STORE_LANE_MODES = ("segment", "status", "single")
NONE_LANE = ""  # the lane key of events without a segment


@dataclass(frozen=True)
class ViewQuery:
    """A visible window: [lo, hi) in seconds since 1970 UTC, cut into ``columns`` pixel columns."""

    lo: float
    hi: float
    columns: int
    mode: str = "segment"
    spec: FilterSpec = field(default_factory=FilterSpec)
    starting: bool = False  # events: only those whose known start lies in [lo, hi] (a click on a column)

    @property
    def edges(self) -> np.ndarray:
        """Column edges: lo + k * width, computed the same way by every store."""
        width = (self.hi - self.lo) / self.columns
        return self.lo + width * np.arange(self.columns + 1, dtype=np.float64)


@dataclass
class Density:
    """Events per lane and pixel column: an event counts in every column its known extent touches."""

    lanes: list[str]  # lane keys, in the store's lane order
    counts: np.ndarray  # int64, (len(lanes), columns)
    in_view: int  # entries (event, lane) in view: each once, however many columns it covers
    edges: np.ndarray | None = None  # the columns' edges, where the store chose its own (whole days)


@dataclass
class ViewEvents:
    """Entries (event, lane) in view: one per lane an event belongs to."""

    ids: list[str]
    titles: list[str]
    whens: list[str]
    lanes: list[str]
    lo: np.ndarray  # where each is known to start and end (seconds)
    hi: np.ndarray
    status: list[str]
    complete: bool  # False when the limit cut the answer short

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    when: str
    lo: float  # where the event is known to start: the view goes there, and a store finds it by it


class EventSource(Protocol):
    """What every store answers. ``lanes`` and ``span`` are cheap; the rest may take a query."""

    name: str

    def __len__(self) -> int: ...

    def span(self) -> tuple[float, float] | None:
        """The known extent of all events (seconds), None when none is dated."""

    def lanes(self, mode: str) -> list[tuple[str, str]]:
        """(key, label) of every lane of a mode, in order; the lane of events without one last."""

    def density(self, query: ViewQuery) -> Density: ...

    def events(self, query: ViewQuery, limit: int) -> ViewEvents: ...

    def facet_counts(self, spec: FilterSpec) -> dict[str, dict[str, int]]:
        """Per facet (segments, statuses), how many events under ``spec`` carry each value."""

    def search(self, text: str, limit: int) -> list[Hit]:
        """Events with every word of ``text`` in their title, date or record, in time order of
        what was found first; at most ``limit``."""

    def record(self, event_id: str, near: float | None = None) -> dict | None:
        """One event's whole record as the event file writes it; ``near`` (its known start)
        lets a store look only where the event lies."""

    def interrupt(self) -> None:
        """Stop the query running now, if the engine can (a newer view replaced it)."""

    def close(self) -> None: ...
