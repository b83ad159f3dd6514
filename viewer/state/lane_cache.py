"""Lane layouts kept per document: each (lane mode, filter) is laid out once.

The unfiltered layout of a mode lives as long as the document (the loading
worker builds the one of the window's mode before the document is shown);
layouts under a filter are kept for the last few filters and modes, so that
switching lanes back and forth or undoing a filter builds nothing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from ..model.filters import FilterSpec
from ..model.lanes import LaneLayout, build_lanes, narrowed
from ..model.per_document import derived, existing

RECENT = 6  # filtered layouts kept per document
_LOCK = threading.Lock()


def unfiltered_layout(document, mode: str) -> LaneLayout:
    """Every event in lanes by ``mode``: built once per document and mode (thread-safe)."""
    return derived(document, f"lane-layout:{mode}", lambda d: build_lanes(d, mode))


def lane_layout_for(document, mode: str, spec: FilterSpec, visible: np.ndarray) -> LaneLayout:
    """The events ``visible`` (the mask of ``spec``) in lanes by ``mode``."""
    if spec.is_empty or len(visible) != len(document.columns):
        return unfiltered_layout(document, mode)
    recent: OrderedDict = derived(document, "lane-layouts-filtered", lambda _d: OrderedDict())
    key = (mode, spec)
    with _LOCK:
        layout = recent.get(key)
        if layout is not None:
            recent.move_to_end(key)
            return layout
    whole = existing(document, f"lane-layout:{mode}")
    # Filtering the layout of every event is quicker than sorting again, once that layout exists.
    layout = narrowed(whole, document, visible) if whole is not None else build_lanes(document, mode, visible)
    with _LOCK:
        recent[key] = layout
        while len(recent) > RECENT:
            recent.popitem(last=False)
    return layout
