"""All segment shapes in one graphics item: translucent fills so that
overlapping segments stay visible, strong outlines, thick lines, point marks."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from ...style.theme import LIGHT, Theme
from .content import SegmentShape
from .export_scale import export_scale
from .graticule import WORLD

FILL_ALPHA = 70
LIT_FILL_ALPHA = 100
DIM_FILL_ALPHA = 20
DIM_LINE_ALPHA = 80
POINT_RADIUS_PX = 7


def _pen(colour: QColor, width: float, alpha: int | None = None) -> QPen:
    colour = QColor(colour)
    if alpha is not None:
        colour.setAlpha(alpha)
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class SegmentsItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self.shapes: list[SegmentShape] = []
        self.theme: Theme = LIGHT
        self.dimmed = np.zeros(0, dtype=bool)  # per document segment row
        self.highlighted = np.zeros(0, dtype=bool)

    def set_shapes(self, shapes: list[SegmentShape]) -> None:
        # Large areas first, so that a smaller segment inside one is drawn over it.
        self.shapes = sorted(shapes, key=lambda s: (s.is_line, not s.rings, -s.area))
        self.update()

    def set_style(self, theme: Theme, dimmed: np.ndarray, highlighted: np.ndarray) -> None:
        self.theme, self.dimmed, self.highlighted = theme, dimmed, highlighted
        self.update()

    def colour_of(self, shape: SegmentShape) -> QColor:
        return QColor(self.theme.lane_colour(shape.colour, shape.row))

    def _flag(self, flags: np.ndarray, row: int) -> bool:
        return bool(flags[row]) if row < len(flags) else False

    def boundingRect(self) -> QRectF:
        return WORLD  # marks and outlines are sized in pixels, beyond any map-unit bound

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        k = export_scale(self)  # widths below are screen pixels
        selection = QColor(self.theme.selection)
        casing = QColor(self.theme.background)
        for shape in self.shapes:
            colour = self.colour_of(shape)
            dim = self._flag(self.dimmed, shape.row)
            lit = self._flag(self.highlighted, shape.row)
            if not shape.fill_path.isEmpty():
                fill = QColor(colour)
                fill.setAlpha(DIM_FILL_ALPHA if dim else (LIT_FILL_ALPHA if lit else FILL_ALPHA))
                painter.setBrush(QBrush(fill))
                painter.setPen(_pen(colour, 2 * k, DIM_LINE_ALPHA if dim else None))
                painter.drawPath(shape.fill_path)
            if not shape.line_path.isEmpty():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if lit:
                    painter.setPen(_pen(selection, 13 * k))
                    painter.drawPath(shape.line_path)
                painter.setPen(_pen(casing, 9 * k, 90 if dim else 220))
                painter.drawPath(shape.line_path)
                painter.setPen(_pen(colour, 6 * k, DIM_LINE_ALPHA if dim else None))
                painter.drawPath(shape.line_path)
            if len(shape.points):
                self._paint_points(painter, shape.points, colour, casing, selection, dim, lit, k)
        # Outlines of highlighted areas last, so no neighbour's fill covers them:
        # a wide band in the selection colour with the segment's own colour inside.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for shape in self.shapes:
            if self._flag(self.highlighted, shape.row) and not shape.fill_path.isEmpty():
                painter.setPen(_pen(selection, 5 * k))
                painter.drawPath(shape.fill_path)
                painter.setPen(_pen(self.colour_of(shape), 1.5 * k))
                painter.drawPath(shape.fill_path)

    def _paint_points(self, painter, points, colour, casing, selection, dim, lit, k) -> None:
        # Point marks keep their pixel size: draw them in device coordinates.
        transform = painter.transform()
        painter.resetTransform()
        fill = QColor(colour)
        fill.setAlpha(DIM_LINE_ALPHA if dim else 230)
        painter.setBrush(QBrush(fill))
        painter.setPen(_pen(selection if lit else casing, (3 if lit else 1.5) * k))
        radius = (POINT_RADIUS_PX + (2 if lit else 0)) * k
        for x, y in points:
            painter.drawEllipse(transform.map(QPointF(x, y)), radius, radius)
        painter.setTransform(transform)
