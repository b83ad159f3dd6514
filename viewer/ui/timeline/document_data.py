"""What the timeline derives from a whole document, once per document (thread-safe, no widgets).

The loading worker builds these before the document is shown (ui/warm.py), so
that showing a large file costs the GUI thread no pass over every event.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

import numpy as np

from ...model.date_drawing import extents
from ...model.per_document import derived
from . import time_window as tw
from .eras import EraBand, era_bands

PROFILE_BINS = 400
RECENT_PROFILES = 6  # overview profiles kept per document, one per recent filter
_LOCK = threading.Lock()


def eras_of(document) -> list[EraBand]:
    return derived(document, "timeline-eras", era_bands)


def span_of(document) -> tuple[float, float] | None:
    """Every finite instant of the events and the era bands."""
    return derived(document, "timeline-span", lambda d: tw.document_span(d.columns, eras_of(d)))


def finite_span_of(document) -> tuple[float, float] | None:
    return derived(document, "timeline-finite-span", lambda d: tw.finite_span(d.columns))


def span_coverage(starts: np.ndarray, ends: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Per bin between ``edges``: the number of spans that reach into it (open ends reach the edge)."""
    bins = len(edges) - 1
    known = ~(np.isnan(starts) | np.isnan(ends))
    a = np.clip(starts[known], edges[0], edges[-1])
    b = np.clip(ends[known], edges[0], edges[-1])
    first = np.clip(np.searchsorted(edges, a, "right") - 1, 0, bins - 1)
    last = np.clip(np.searchsorted(edges, b, "left") - 1, first, bins - 1)
    change = np.bincount(first, minlength=bins + 1) - np.bincount(last + 1, minlength=bins + 1)
    return np.cumsum(change)[:bins].astype(np.float64)


def profile_span(document) -> tuple[float, float] | None:
    """The range the overview strip shows: the document's, with a little room."""
    span = span_of(document)
    if span is None:
        return None
    lo, hi = span
    pad = max(hi - lo, tw.DAY) * 0.03
    return lo - pad, hi + pad


def overview_profile(document, visible: np.ndarray | None, key: Hashable = None
                     ) -> tuple[np.ndarray, np.ndarray] | None:
    """(bin edges, events running in each bin) over profile_span for the ``visible`` events
    (None: all of them, kept per document). With a ``key`` (the filter that made the mask),
    the profiles of the last few keys are kept, so that switching lanes or coming back to a
    filter computes none."""
    if visible is None or (len(visible) == len(document.columns) and visible.all()):
        return derived(document, "timeline-overview-profile", lambda d: _profile(d, None))
    if key is None:
        return _profile(document, visible)
    recent: OrderedDict = derived(document, "timeline-overview-profiles", lambda _d: OrderedDict())
    with _LOCK:
        profile = recent.get(key)
        if profile is not None:
            recent.move_to_end(key)
            return profile
    profile = _profile(document, visible)
    with _LOCK:
        recent[key] = profile
        while len(recent) > RECENT_PROFILES:
            recent.popitem(last=False)
    return profile


def extents_of(document) -> tuple[np.ndarray, np.ndarray]:
    """What each event's glyph covers in time (model.date_drawing.extents), for every event."""
    return derived(document, "timeline-extents", lambda d: extents(d.columns))


def _profile(document, visible) -> tuple[np.ndarray, np.ndarray] | None:
    span = profile_span(document)
    if span is None:
        return None
    lo, hi = span
    if not hi > lo:
        hi = lo + tw.DAY
    starts, ends = extents_of(document)
    if visible is not None:
        starts, ends = starts[visible], ends[visible]
    edges = np.linspace(lo, hi, PROFILE_BINS + 1)
    return edges, span_coverage(starts, ends, edges)
