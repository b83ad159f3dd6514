"""Mouse handling of the timeline's view box.

Wheel zooms time around the cursor (Shift+wheel scrolls lanes), dragging
pans, Shift+drag draws a band that selects what it touches, a click selects
(Ctrl+click adds or removes), a double click opens the details.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

WHEEL_STEP = 0.82  # visible width after one wheel notch


class TimelineViewBox(pg.ViewBox):
    def __init__(self, view):
        super().__init__(invertY=True, enableMenu=False)
        self._view = view
        self.setMouseEnabled(x=True, y=False)
        self._band = QGraphicsRectItem(self)
        self._band.setZValue(1e9)
        self._band.hide()
        self._banding = False  # a Shift+drag stays a band until the button is let go, Shift held or not

    def set_band_colour(self, colour: str) -> None:
        c = QColor(colour)
        self._band.setPen(QPen(c, 1, Qt.PenStyle.DashLine))
        c.setAlphaF(0.12)
        self._band.setBrush(QBrush(c))

    # -- wheel ----------------------------------------------------------------
    def wheelEvent(self, ev, axis=None):
        delta = ev.delta()
        if not delta:
            ev.ignore()
            return
        notches = delta / 120.0
        horizontal = ev.orientation() == Qt.Orientation.Horizontal
        if axis == 1 or ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._view.scroll_lanes(-3 * notches)
        elif horizontal:
            self._view.pan(-0.1 * notches)
        else:
            centre = self.mapSceneToView(ev.scenePos()).x()  # also right when wheeled over an axis
            self._view.zoom(WHEEL_STEP ** notches, centre)
        ev.accept()

    # -- drag ------------------------------------------------------------------
    def mouseDragEvent(self, ev, axis=None):
        button = ev.button()
        if ev.isStart():
            self._banding = button == Qt.MouseButton.LeftButton and axis is None and \
                bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._banding:
            self._rubber_band(ev)
            if ev.isFinish():
                self._banding = False
            return
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            ev.ignore()
            return
        ev.accept()
        here, before = self.mapSceneToView(ev.scenePos()), self.mapSceneToView(ev.lastScenePos())
        dx = before.x() - here.x() if axis in (None, 0) else 0.0
        dy = before.y() - here.y() if axis in (None, 1) and self._view.lanes_scroll() else 0.0
        if dx:
            self._view.shift_time(dx)
        if dy:
            self._view.scroll_lanes(dy)

    def _rubber_band(self, ev) -> None:
        ev.accept()
        rect = QRectF(ev.buttonDownPos(), ev.pos()).normalized()
        if ev.isFinish():
            self._band.hide()
            scene_rect = self.mapRectToScene(rect)
            add = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._view.select_in_rect(scene_rect, add)
        else:
            self._band.setRect(rect)
            self._band.show()

    # -- clicks ----------------------------------------------------------------
    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self._view.click(ev.scenePos(), ev.modifiers(), ev.double())
