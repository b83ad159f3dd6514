"""The filter's masks, one per facet, kept while the document is shown.

A filter is the AND of its facets, so each facet's mask is computed once (a
vectorised pass over the columns) and every combination the panes ask for is
a few boolean ANDs: the visible mask, and the masks "as if this facet were not
filtered" that the filter panel and the board count under. Changing one facet
recomputes only that facet's mask.
"""

from __future__ import annotations

import math
import threading
from dataclasses import fields

import numpy as np

from ..model.filters import FilterSpec, SearchIndex, filter_mask

# Facets of a FilterSpec whose value is a set; the time window and the text are one facet each.
SET_FACETS = tuple(f.name for f in fields(FilterSpec) if f.name not in ("start", "end", "text"))
_KEPT = 24  # facet masks kept beyond those of the current filter (going back costs nothing)


def _parts(spec: FilterSpec) -> list[tuple[str, object]]:
    """The facets a spec restricts, each with its value."""
    parts: list[tuple[str, object]] = [(name, getattr(spec, name)) for name in SET_FACETS if getattr(spec, name)]
    if math.isfinite(spec.start) or math.isfinite(spec.end):
        parts.append(("time", (spec.start, spec.end)))
    if spec.text:
        parts.append(("text", spec.text))
    return parts


class FilterMasks:
    """Masks over one document's events, by facet value; built on first request."""

    def __init__(self, document, search: SearchIndex | None = None):
        self.document = document
        self._search = search
        self._masks: dict[tuple[str, object], np.ndarray] = {}
        self.computed = 0  # facet masks computed so far (for tests)
        self._lock = threading.Lock()  # a filter may be worked out in a thread while the window asks for masks

    def _search_index(self) -> SearchIndex:
        if self._search is None:
            self._search = SearchIndex.build(self.document)
        return self._search

    def _facet(self, name: str, value) -> np.ndarray:
        key = (name, value)
        with self._lock:
            mask = self._masks.get(key)
        if mask is None:
            if name == "time":
                spec = FilterSpec(start=value[0], end=value[1])
            else:
                spec = FilterSpec(**{name: value})
            mask = filter_mask(self.document, spec, self._search_index() if name == "text" else None)
            mask.flags.writeable = False
            with self._lock:
                if len(self._masks) >= _KEPT:
                    self._masks.pop(next(iter(self._masks)))
                self._masks[key] = mask
                self.computed += 1
        return mask

    def mask(self, spec: FilterSpec, without: tuple[str, ...] = ()) -> np.ndarray:
        """The events ``spec`` shows, ignoring the facets named in ``without`` (read-only)."""
        parts = [(name, value) for name, value in _parts(spec) if name not in without]
        if not parts:
            everything = np.ones(len(self.document.columns), dtype=bool)
            everything.flags.writeable = False
            return everything
        if len(parts) == 1:
            return self._facet(*parts[0])
        result = self._facet(*parts[0]).copy()
        for name, value in parts[1:]:
            result &= self._facet(name, value)
        result.flags.writeable = False
        return result
