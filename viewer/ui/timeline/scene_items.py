"""The two items drawn inside the timeline's view box: the backdrop and the events.

Both follow pyqtgraph's item contract: their bounding rectangle comes from
the data bounds (widened to the visible range, since arrows, fades and
labels reach the view's edges), ``prepareGeometryChange()`` precedes every
change of those bounds, and ``paint`` draws only what the current frame
holds. They paint in scene pixels: the frame was computed in them, and
pixel-sized glyphs and text must not stretch with the time axis.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ...model.translation import translate
from .batch import draw_lines, draw_rects
from .date_ticks import zoned_ticks
from .eras import ROW_PX, era_colour, shade_alpha
from .fade_ground import Grounds
from .glyph_painter import paint_frame
from .palette import mix, with_alpha
from .time_window import today_start


class _SceneItem(pg.GraphicsObject):
    def __init__(self, view):
        super().__init__()
        self._view = view  # the TimelineView: frame, palette, theme and data live there
        self._bounds = QRectF()
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)

    def set_data_bounds(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)
        self.update()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        view = self.viewRect()
        return self._bounds.united(view) if view is not None else QRectF(self._bounds)

    def _to_scene(self, p: QPainter) -> None:
        inverse, ok = self.sceneTransform().inverted()
        if ok:
            p.setTransform(inverse, True)


class EventLayer(_SceneItem):
    def paint(self, p: QPainter, *args) -> None:
        frame = self._view.current_frame()
        if frame is None:
            return
        p.save()
        self._to_scene(p)
        # pyqtgraph's exporters (and ours) switch items to export mode: draw shapes, not pictures.
        vector = bool(self._exportOpts)
        grounds = Grounds(self._view.glyph_palette, self._view.era_bands(), frame.geometry) if vector else None
        paint_frame(p, frame, self._view.glyph_palette, self._view.label_font, vector, grounds)
        g = frame.geometry
        if self._view.era_bands() and _strip_pinned(self._view, g):
            # Lanes scrolled under the era strip: the strip covers them, labels on top.
            theme = self._view.theme
            p.fillRect(QRectF(g.left, g.top, g.width, self._view.era_strip_px), QColor(theme.background))
            _paint_era_labels(p, self._view, g, theme)
        p.restore()


def _strip_top(view, g) -> float:
    return max(g.lane_top(0) - view.era_strip_px, g.top)


def _strip_pinned(view, g) -> bool:
    """Scrolled down, the era strip stays at the top of the view, over the lanes."""
    return _strip_top(view, g) > g.lane_top(0) - view.era_strip_px + 0.5


def _paint_era_labels(p: QPainter, view, g, theme) -> None:
    """Each era's name whole on its row of the strip, from the era's start: within the era, or on
    past its end while the row is free up to the next era there; otherwise left out, never cut."""
    font = view.small_font
    metrics = QFontMetricsF(font)
    p.setFont(font)
    label_end: dict[int, float] = {}
    strip_top = _strip_top(view, g)
    bands = view.era_bands()
    view.drawn_eras = []
    for k, band in enumerate(bands):
        x0, x1 = max(g.x(band.lo), g.left), min(g.x(band.hi), g.right)
        if x1 <= x0:
            continue
        start = max(x0 + 4, label_end.get(band.row, -1e18))
        later = [g.x(other.lo) for other in bands[k + 1:] if other.row == band.row and other.lo >= band.hi]
        limit = min([g.right - 2, *(x - 4 for x in later)])
        width = metrics.horizontalAdvance(band.label)
        if start + width > x1 - 2 and start + width > limit:
            continue
        label_end[band.row] = start + width + 10
        base = era_colour(band, theme)
        p.setPen(QColor(theme.text_colour(base.name(), theme.lane_band)))  # readable on either lane shade
        baseline = strip_top + 2 + band.row * ROW_PX + metrics.ascent()
        p.drawText(QPointF(start, baseline), band.label)
        view.drawn_eras.append((band.label, QRectF(start, baseline - metrics.ascent(), width, metrics.height())))


class Backdrop(_SceneItem):
    """Alternate lane shading, calendar grid, eras and the line for today (at 00:00 UTC)."""

    def paint(self, p: QPainter, *args) -> None:
        message = self._view.empty_message()
        if message:
            self._paint_message(p, message)
            return
        g = self._view.current_geometry()
        if g is None:
            return
        theme = self._view.theme
        p.save()
        self._to_scene(p)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(QRectF(g.left, g.top, g.width, g.bottom - g.top), QColor(theme.background))
        lanes = len(g.edges) - 1
        shown = [i for i in range(lanes) if g.edges[i + 1] > g.y0 and g.edges[i] < g.y1]
        odd = [i for i in shown if i % 2 == 1]
        if odd:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.lane_band))
            draw_rects(p, np.array([[g.left, g.lane_top(i), g.width, g.lane_height(i)] for i in odd]))
        self._paint_grid(p, g, theme)
        if shown:
            p.setPen(QPen(mix(QColor(theme.grid), QColor(theme.muted), 0.25), 1))
            tops = [g.lane_top(i) for i in shown] + [g.lane_top(shown[-1] + 1)]
            draw_lines(p, np.array([[g.left, y, g.right, y] for y in tops]))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_eras(p, g, theme)
        self._paint_today(p, g, theme)
        p.restore()

    def _paint_message(self, p: QPainter, message: str) -> None:
        p.save()
        self._to_scene(p)
        rect = self._view.viewbox.sceneBoundingRect()
        p.fillRect(rect, QColor(self._view.theme.background))
        font = QFont(self._view.small_font)
        font.setPixelSize(14)
        p.setFont(font)
        p.setPen(QColor(self._view.theme.muted))
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), message)
        p.restore()

    def _paint_grid(self, p: QPainter, g, theme) -> None:
        ticks = zoned_ticks(g.t0, g.t1, round(g.width), self._view.date_axis.zone)  # lines under the axis' ticks
        xs = g.x(np.array([t for t, _ in ticks.major]))
        if len(xs):
            p.setPen(QPen(QColor(theme.grid), 1))
            draw_lines(p, np.column_stack([xs, np.full(len(xs), g.top), xs, np.full(len(xs), g.bottom)]))
        xs = g.x(np.array([t for t, _ in ticks.context]))
        if len(xs):
            p.setPen(QPen(mix(QColor(theme.grid), QColor(theme.muted), 0.35), 1))
            draw_lines(p, np.column_stack([xs, np.full(len(xs), g.top), xs, np.full(len(xs), g.bottom)]))

    def _paint_eras(self, p: QPainter, g, theme) -> None:
        eras = self._view.era_bands()
        for band in eras:
            x0, x1 = max(g.x(band.lo), g.left), min(g.x(band.hi), g.right)
            if x1 <= x0:
                continue
            base = era_colour(band, theme)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(with_alpha(base, shade_alpha(theme)))
            p.drawRect(QRectF(x0, g.top, x1 - x0, g.bottom - g.top))
            p.setPen(QPen(with_alpha(base, 0.6), 1))
            if g.x(band.lo) >= g.left:
                p.drawLine(QPointF(x0, g.top), QPointF(x0, g.bottom))
            if g.x(band.hi) <= g.right:
                p.drawLine(QPointF(x1, g.top), QPointF(x1, g.bottom))
        if eras and not _strip_pinned(self._view, g):
            _paint_era_labels(p, self._view, g, theme)

    def _paint_today(self, p: QPainter, g, theme) -> None:
        x = g.x(today_start())
        if not g.left <= x <= g.right:
            return
        pen = QPen(QColor(theme.today), 1.4, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, g.top), QPointF(x, g.bottom))
        font = QFont(self._view.small_font)
        font.setBold(True)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        text = translate("Timeline", "Today")
        w = metrics.horizontalAdvance(text)
        tx = x + 4 if x + 4 + w < g.right else x - 4 - w
        p.drawText(QPointF(tx, _strip_top(self._view, g) + metrics.ascent() + 2), text)
