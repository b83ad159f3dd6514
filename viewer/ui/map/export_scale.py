"""Device pixels per on-screen pixel while an export draws a map item.

Cosmetic pens, and marks drawn in device coordinates, keep their size in
device pixels whatever the painter's scale. An export at twice the
resolution passes ``resolutionScale`` 2 (pyqtgraph's export options), and
they must grow by as much so that the picture looks like the screen, only
sharper. On screen the scale is 1.
"""

from __future__ import annotations

from PySide6.QtGui import QPen


def export_scale(item) -> float:
    options = getattr(item, "_exportOpts", False)
    if not options:
        return 1.0
    return max(float(options.get("resolutionScale", 1.0)), 0.01)


def scaled_pen(pen: QPen, scale: float) -> QPen:
    if scale == 1.0:
        return pen
    wider = QPen(pen)
    wider.setWidthF(pen.widthF() * scale)
    return wider
