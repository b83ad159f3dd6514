"""Meridians and parallels every few degrees, spaced to suit the zoom.

In Mercator both are straight: meridians vertical, parallels horizontal.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPen

from ...model.geo import EARTH_RADIUS_KM, MAX_LATITUDE, project, unproject
from .export_scale import export_scale, scaled_pen

STEPS = (1, 2, 5, 10, 20, 30)
MIN_SPACING_PX = 150
LATITUDE_LIMIT = 80  # lines nearer the poles crowd together and say little
WORLD = QRectF(-2.2e4, -2.2e4, 4.4e4, 4.4e4)  # beyond the projected world on all sides


def step_for(px_per_unit: float) -> int:
    """Degrees between lines: the finest step that leaves room between them."""
    px_per_degree = px_per_unit * EARTH_RADIUS_KM * math.pi / 180
    return next((s for s in STEPS if s * px_per_degree >= MIN_SPACING_PX), STEPS[-1])


def lines_in(x0: float, y0: float, x1: float, y1: float, step: int) -> tuple[np.ndarray, np.ndarray]:
    """(longitudes, latitudes) of the lines crossing the view rectangle in map units."""
    (lon0, lon1), (lat0, lat1) = unproject(np.array([x0, x1]), np.array([y0, y1]))
    lon0, lon1 = max(lon0, -180), min(lon1, 180)
    lat0, lat1 = max(lat0, -LATITUDE_LIMIT), min(lat1, LATITUDE_LIMIT)
    lons = np.arange(math.ceil(lon0 / step) * step, lon1 + 1e-9, step) if lon1 >= lon0 else np.zeros(0)
    lats = np.arange(math.ceil(lat0 / step) * step, lat1 + 1e-9, step) if lat1 >= lat0 else np.zeros(0)
    return lons, lats


def degree_text(value: float, positive: str, negative: str) -> str:
    value = round(float(value), 6)
    if value == 0:
        return "0°"
    return f"{abs(value):g}° {positive if value > 0 else negative}"


class GraticuleItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._pen = QPen(QColor("#999999"))

    def set_colour(self, colour: QColor) -> None:
        self._pen = QPen(colour, 0.8)
        self._pen.setCosmetic(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return WORLD

    def paint(self, painter, option, widget=None) -> None:
        view = self.getViewBox()
        if view is None:
            return
        rect = view.viewRect()
        px_per_unit = view.childTransform().m11()
        if px_per_unit <= 0:
            return
        x0, x1 = rect.left(), rect.right()
        y0, y1 = sorted((rect.top(), rect.bottom()))
        lons, lats = lines_in(x0, y0, x1, y1, step_for(px_per_unit))
        xs, _ = project(lons, np.zeros_like(lons))
        _, ys = project(np.zeros_like(lats), lats)
        ymin, ymax = project(0, -MAX_LATITUDE)[1], project(0, MAX_LATITUDE)[1]
        xmin, xmax = project(-180, 0)[0], project(180, 0)[0]
        lines = [QLineF(x, max(y0, ymin), x, min(y1, ymax)) for x in xs]
        lines += [QLineF(max(x0, xmin), y, min(x1, xmax), y) for y in ys]
        painter.setPen(scaled_pen(self._pen, export_scale(self)))
        painter.drawLines(lines)
