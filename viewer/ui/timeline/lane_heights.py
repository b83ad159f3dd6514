"""How tall each lane is, in units of about one track.

Each lane gets the tracks its events need when everything is in view
(within limits), measured by laying out that "fit all" frame once per
layout; the view then shares spare height out in proportion, or scrolls
when even the needed height does not fit.
"""

from __future__ import annotations

import numpy as np

from . import styles as st
from .frame import TextTools, ViewGeometry, build_frame

MIN_LANE_UNITS = 2.0  # room for a lane's name and count
MAX_LANE_UNITS = 14.0
LANE_PAD_UNITS = 0.5
DENSE_LANE_UNITS = 3.0
DEFAULT_WIDTH_PX = 1200.0


def lane_edges(layout, columns, bounds: tuple[float, float] | None, width_px: float,
               text: TextTools | None) -> tuple[float, ...]:
    """Cumulative lane boundaries (len = lanes + 1), starting at 0."""
    if layout is None or layout.lane_count == 0:
        return (0.0,)
    n = layout.lane_count
    weights = np.full(n, MIN_LANE_UNITS)
    if bounds is not None:
        width = width_px if width_px > 200 else DEFAULT_WIDTH_PX
        k = MAX_LANE_UNITS
        geometry = ViewGeometry(bounds[0], bounds[1], 0.0, width, 0.0, n * k * st.TRACK_PX, 0.0, float(n * k),
                                tuple(float(i * k) for i in range(n + 1)))
        nothing = np.zeros(0, np.int64)
        frame = build_frame(layout, columns, geometry, nothing, nothing, text, tracks_only=True)
        if frame.glyphs is not None and len(frame.glyphs):
            used = np.zeros(n)
            np.maximum.at(used, frame.glyphs.lane, frame.glyphs.track + 1)
            weights = np.maximum(weights, used + LANE_PAD_UNITS)
        for strip in frame.dense:
            weights[strip.lane] = max(weights[strip.lane], DENSE_LANE_UNITS)
    weights = np.minimum(weights, MAX_LANE_UNITS)
    return tuple(float(x) for x in np.concatenate([[0.0], np.cumsum(weights)]))
