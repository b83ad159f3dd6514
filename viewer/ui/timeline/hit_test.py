"""Which event is under a point or inside a band, from what the current frame drew."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from . import styles as st
from .frame import Frame

SLACK_PX = 2.0  # a near miss still counts


def event_at(frame: Frame | None, x: float, y: float) -> int:
    """The event row drawn at scene point (x, y) (its glyph or its label), or -1."""
    if frame is None or frame.glyphs is None:
        return -1
    for label in frame.labels:
        last = label.baseline + label.line_step * (max(len(label.lines), 1) - 1)
        if label.x <= x <= label.x + label.width and label.baseline - 11 <= y <= last + 3:
            return label.row
    g = frame.glyphs
    if len(g) == 0:
        return -1
    marker = g.shape == st.SHAPE_MARKER
    cx = (g.x0 + g.x1) / 2
    half = st.MARKER_PX / 2 + SLACK_PX
    x0 = np.where(marker, cx - half, g.x0 - SLACK_PX)
    x1 = np.where(marker, cx + half, g.x1 + SLACK_PX)
    hit = (x >= x0) & (x <= x1) & (np.abs(y - g.cy) <= st.MARKER_PX / 2 + SLACK_PX)
    if not hit.any():
        return -1
    candidates = np.flatnonzero(hit)
    # Prefer markers and short bars over the long bars they sit on.
    score = np.abs(cx[candidates] - x) + (x1 - x0)[candidates] * 0.01 + np.abs(g.cy[candidates] - y)
    return int(g.row[candidates[int(np.argmin(score))]])


def rows_in_band(frame: Frame | None, layout, band: QRectF) -> np.ndarray:
    """Rows of every event the band touches, including those inside density strips."""
    if frame is None or layout is None:
        return np.zeros(0, np.int64)
    rows = []
    g = frame.glyphs
    if g is not None and len(g):
        hit = (g.gx1 >= band.left()) & (g.gx0 <= band.right()) & \
              (g.cy + st.MARKER_PX / 2 >= band.top()) & (g.cy - st.MARKER_PX / 2 <= band.bottom())
        rows.append(g.row[hit])
    t_lo, t_hi = frame.geometry.time(band.left()), frame.geometry.time(band.right())
    for strip in frame.dense:
        if strip.top + strip.height >= band.top() and strip.top <= band.bottom():
            rows.append(layout.rows[layout.visible_entries(strip.lane, t_lo, t_hi)])
    return np.unique(np.concatenate(rows)) if rows else np.zeros(0, np.int64)


def glyph_center(frame: Frame | None, row: int) -> QPointF | None:
    """Scene position of an event's first glyph drawn one by one, or None."""
    if frame is None or frame.glyphs is None:
        return None
    g = frame.glyphs
    found = np.flatnonzero(g.row == row)
    if len(found) == 0:
        return None
    i = int(found[0])
    if g.shape[i] == st.SHAPE_MARKER:
        x = (g.x0[i] + g.x1[i]) / 2
    else:
        x = max(g.x0[i], frame.geometry.left) + 6
    return QPointF(float(x), float(g.cy[i]))
