"""A saved view against a document: what it resolves to, what it no longer finds, and taking one from the state.

A view names events and filter values by id. After the event file was edited
some may be gone: the view still opens, without them, and each is named in a
note ("event 'ev-12' is no longer in the file"), so the analyst sees what changed
rather than an error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..model.filters import FilterSpec
from ..model.records import STATUSES
from .views import FACETS, PANES, SavedView

_FACET_WORDS = {"segment": "segment", "actor": "actor", "source": "source", "place": "place",
                "status": "status", "tag": "tag", "reliability": "reliability", "credibility": "credibility"}


@dataclass
class Resolved:
    """What a view shows in one document."""

    filter: FilterSpec
    selected: np.ndarray  # rows
    highlighted: np.ndarray
    notes: list[str] = field(default_factory=list)  # what the view names that the document lacks


def _known(document, facet: str):
    return {
        "segment": document.segment_index, "actor": document.actor_index, "source": document.source_index,
        "place": document.place_index, "status": STATUSES, "tag": document.tags,
        "reliability": tuple("ABCDEF"), "credibility": tuple("123456"),
    }[facet]


def _rows(document, ids, what: str, notes: list[str]) -> np.ndarray:
    index = document.event_index
    missing = [i for i in ids if i not in index]
    if missing:
        shown = ", ".join(repr(i) for i in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        noun = "event" if len(missing) == 1 else "events"
        verb = "is" if len(missing) == 1 else "are"
        notes.append(f"{what} {noun} {shown} {verb} no longer in the file")
    return np.unique(np.array([index[i] for i in ids if i in index], dtype=np.int64))


def resolve(view: SavedView, document) -> Resolved:
    notes: list[str] = []
    chosen: dict[str, frozenset] = {}
    for facet, values in view.filters:
        known = _known(document, facet)
        kept = [v for v in values if v in known]
        gone = ", ".join(repr(v) for v in values if v not in known)
        word = _FACET_WORDS[facet]
        if gone and kept:
            notes.append(f"the filter's {word} {gone} is no longer in the file; the view shows the others")
        elif gone:
            notes.append(f"the filter's {word} {gone} is no longer in the file, so the view is not limited by {word}")
        if kept:
            chosen[FACETS[facet]] = frozenset(int(v) for v in kept) if facet == "credibility" else frozenset(kept)
    spec = FilterSpec(start=view.filter_start, end=view.filter_end, text=view.search.strip()).with_(**chosen)
    selected = _rows(document, view.selected, "selected", notes)
    highlighted = _rows(document, view.highlighted, "highlighted", notes)
    return Resolved(spec, selected, highlighted, notes)


def capture(state, name: str, panes=(), map_extent=None, picture: str = "page", title: str = "",
            caption: str = "") -> SavedView:
    """The view the state shows now (a viewer.state.ViewState), under ``name``."""
    spec: FilterSpec = state.filter
    filters = []
    for facet, attribute in FACETS.items():
        values = getattr(spec, attribute)
        if values:
            filters.append((facet, tuple(sorted(str(v) for v in values))))
    document = state.document
    ids = (lambda rows: tuple(document.events[int(r)].id for r in rows)) if document is not None else (lambda r: ())
    start, end = state.time_range
    return SavedView(
        name=name, title=title, caption=caption, picture=picture,
        start=start if math.isfinite(start) else -math.inf, end=end if math.isfinite(end) else math.inf,
        lanes=state.lane_mode, filters=tuple(filters), search=spec.text, filter_start=spec.start, filter_end=spec.end,
        selected=ids(state.selected),
        highlighted=ids(state.highlighted), highlight_label=state.highlight_label if len(state.highlighted) else "",
        map_extent=map_extent, theme=state.theme, time_zone=state.time_zone,
        panes=tuple(p for p in PANES if p in set(panes)))


def apply(state, view: SavedView) -> list[str]:
    """Show ``view`` in the state, in one announcement; returns the notes of what it no longer finds."""
    document = state.document
    if document is None:
        return []
    resolved = resolve(view, document)
    with state.batch():
        state.set_theme(view.theme)
        state.set_time_zone(view.time_zone)
        state.set_lane_mode(view.lanes)
        state.set_filter(resolved.filter)
        state.select(resolved.selected)
        state.highlight(resolved.highlighted, view.highlight_label)
        if view.has_range:
            state.set_time_range(view.start, view.end)
    return resolved.notes
