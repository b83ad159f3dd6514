"""The play time on the timeline: while the map's Play steps through time, a vertical line
marks the play time and a light band the window before it that the map shows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from .palette import with_alpha

BAND_ALPHA = 0.14


class PlayMarker:
    """A line at the play time over the events, and the window's band under them."""

    def __init__(self, viewbox: pg.ViewBox):
        self.line = pg.InfiniteLine(angle=90, movable=False)
        self.band = pg.LinearRegionItem(orientation="vertical", movable=False)
        self.line.setZValue(50)  # over the glyphs and titles
        self.band.setZValue(-90)  # over the lane shading, under the glyphs
        for item in (self.band, self.line):
            item.setAcceptHoverEvents(False)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.hide()
            viewbox.addItem(item, ignoreBounds=True)
        for edge in self.band.lines:
            edge.setPen(QPen(Qt.PenStyle.NoPen))

    def set_colour(self, colour: str) -> None:
        pen = QPen(QColor(colour), 2)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.band.setBrush(with_alpha(QColor(colour), BAND_ALPHA))

    def show_window(self, window: tuple[float, float] | None) -> None:
        """Mark ``(start, play time)``, or take the marks off with None."""
        if window is None:
            self.line.hide()
            self.band.hide()
            return
        start, end = window
        self.line.setValue(end)
        self.band.setRegion((start, end))
        self.line.show()
        self.band.show()

    @property
    def play_time(self) -> float | None:
        return float(self.line.value()) if self.line.isVisible() else None
