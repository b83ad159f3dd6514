"""A saved view: everything that decides a picture, as plain values that survive edits of the event file.

A view names events and filter values by their ids, never by row, so it still
means the same after the file is edited; what no longer exists is reported when
the view is applied (see restore.py), not refused here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

PICTURES = ("page", "timeline", "map", "board")  # what a slide shows, as lagebild export --view
LANES = ("segment", "actor", "place", "source", "status", "single")
THEMES = ("light", "dark", "print", "contrast")
TIME_ZONES = ("utc", "local", "written")
# The filter's facets, named as lagebild export --filter names them, and the FilterSpec field of each.
FACETS = {
    "segment": "segments", "actor": "actors", "source": "sources", "place": "places",
    "status": "statuses", "tag": "tags", "reliability": "reliability", "credibility": "credibility",
}
PANES = ("filters", "details", "sources", "quotes", "map", "board", "findings", "legend", "storyboard")


@dataclass(frozen=True)
class SavedView:
    name: str
    title: str = ""  # empty: the document's title
    caption: str = ""  # the analyst's sentence under the title
    picture: str = "page"
    start: float = -math.inf  # the timeline's range; both open: fitted (the export's auto range)
    end: float = math.inf
    lanes: str = "segment"
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (facet, values), facets in FACETS order
    search: str = ""
    filter_start: float = -math.inf  # the filter's own dates (the filter pane's From and To)
    filter_end: float = math.inf
    selected: tuple[str, ...] = ()  # event ids
    highlighted: tuple[str, ...] = ()
    highlight_label: str = ""
    map_extent: tuple[float, float, float, float] | None = None  # W, S, E, N degrees; None: fitted
    theme: str = "light"
    time_zone: str = "utc"
    panes: tuple[str, ...] = ()  # the window's panes shown

    def with_(self, **changes) -> SavedView:
        return replace(self, **changes)

    def facet(self, name: str) -> tuple[str, ...]:
        return dict(self.filters).get(name, ())

    @property
    def has_range(self) -> bool:
        return math.isfinite(self.start) or math.isfinite(self.end)


@dataclass(frozen=True)
class Story:
    name: str
    views: tuple[SavedView, ...] = ()


@dataclass
class StoryFile:
    """Everything the sidecar of one event file holds."""

    stories: list[Story] = field(default_factory=list)

    def story(self, name: str | None = None) -> Story | None:
        """The story of that name (case ignored), or the first one."""
        if name is None:
            return self.stories[0] if self.stories else None
        wanted = name.casefold()
        return next((s for s in self.stories if s.name.casefold() == wanted), None)

    def replace_story(self, story: Story, old_name: str | None = None) -> None:
        """Put ``story`` where the story named ``old_name`` (or its own name) was, else at the end."""
        key = (old_name if old_name is not None else story.name).casefold()
        for i, existing in enumerate(self.stories):
            if existing.name.casefold() == key:
                self.stories[i] = story
                return
        self.stories.append(story)


def unique_name(wanted: str, taken) -> str:
    """``wanted``, or "wanted 2", "wanted 3" ... when a view of that name exists already."""
    names = {n.casefold() for n in taken}
    if wanted.casefold() not in names:
        return wanted
    number = 2
    while f"{wanted} {number}".casefold() in names:
        number += 1
    return f"{wanted} {number}"


# -- times as written in the sidecar --------------------------------------------------
def time_text(seconds: float) -> str | None:
    """ISO 8601 in UTC to the second ("2025-07-10T14:00:00Z"); None for an open side."""
    if not math.isfinite(seconds):
        return None
    return datetime.fromtimestamp(round(seconds), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> float:
    """Seconds from an ISO 8601 date or time; a time without a zone is UTC. Raises ValueError."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()
