"""A single QPainterPath drawn with one pen and brush: the country layer and
the place geometries are each one of these, not one item per shape."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen

from .export_scale import export_scale, scaled_pen


class PathItem(pg.GraphicsObject):
    def __init__(self, path: QPainterPath | None = None):
        super().__init__()
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._pen = QPen(Qt.PenStyle.NoPen)
        self._brush = QBrush(Qt.BrushStyle.NoBrush)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self._path = path
        self._bounds = path.boundingRect()
        self.update()

    def set_style(self, pen: QPen, brush: QBrush) -> None:
        pen.setCosmetic(True)  # outline width in pixels at every zoom
        self._pen, self._brush = pen, brush
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(scaled_pen(self._pen, export_scale(self)))
        painter.setBrush(self._brush)
        painter.drawPath(self._path)
