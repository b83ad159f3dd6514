"""What lies under a point of the map: a place mark, a segment shape, or nothing.

Works in map units with the current pixels-per-unit, so tolerances are in
pixels as the user sees them. numpy only.
"""

from __future__ import annotations

import numpy as np

from ...model.geo import point_in_rings, unproject
from .content import MapContent, SegmentShape
from .look import MapLook, mark_sizes

TOLERANCE_PX = 4.0
LINE_HALF_WIDTH_PX = 4.0
POINT_RADIUS_PX = 8.0


def _distance_to_line(x: float, y: float, line: np.ndarray) -> float:
    a, b = line[:-1], line[1:]
    if not len(a):
        return float(np.hypot(line[0, 0] - x, line[0, 1] - y))
    ab = b - a
    length2 = (ab ** 2).sum(axis=1)
    t = np.clip(((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / np.where(length2 > 0, length2, 1), 0, 1)
    nearest = a + ab * t[:, None]
    return float(np.hypot(nearest[:, 0] - x, nearest[:, 1] - y).min())


def place_at(content: MapContent, look: MapLook, x: float, y: float, px_per_unit: float,
             drawn_xy: np.ndarray | None = None) -> int:
    """Document place row of the shown mark under (x, y), nearest first; -1 for none.
    ``drawn_xy``: where the marks are drawn, if moved apart."""
    marks = content.places
    if not len(marks.rows) or len(look.place_counts) != len(marks.rows):
        return -1
    xy = marks.xy if drawn_xy is None or len(drawn_xy) != len(marks.rows) else drawn_xy
    distance_px = np.hypot(xy[:, 0] - x, xy[:, 1] - y) * px_per_unit
    reach = mark_sizes(look.place_counts) / 2 + TOLERANCE_PX
    hit = np.flatnonzero((distance_px <= reach) & look.place_shown)
    if not len(hit):
        return -1
    return int(marks.rows[hit[np.argmin(distance_px[hit])]])


def _segment_hit(shape: SegmentShape, x: float, y: float, lon: float, lat: float, px_per_unit: float) -> bool:
    tolerance = (LINE_HALF_WIDTH_PX + TOLERANCE_PX) / px_per_unit
    if any(_distance_to_line(x, y, line) <= tolerance for line in shape.lines):
        return True
    if len(shape.points):
        if np.hypot(shape.points[:, 0] - x, shape.points[:, 1] - y).min() <= POINT_RADIUS_PX / px_per_unit:
            return True
    x0, y0, x1, y1 = shape.bounds
    return bool(shape.rings) and x0 <= x <= x1 and y0 <= y <= y1 and point_in_rings(lon, lat, shape.rings)


def segments_at(content: MapContent, x: float, y: float, px_per_unit: float) -> list[str]:
    """Ids of the segments under (x, y): lines and points first, then areas from the smallest."""
    lon, lat = unproject(x, y)
    hits = [s for s in content.segments if _segment_hit(s, x, y, float(lon), float(lat), px_per_unit)]
    hits.sort(key=lambda s: (bool(s.rings), s.area))
    return [s.id for s in hits]
