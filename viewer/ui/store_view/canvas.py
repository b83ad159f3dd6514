"""The store's timeline: lanes of density from the counts, and the events themselves when few are in view.

It paints whatever the latest answers hold. A new view asks for new answers and
keeps painting the previous ones, placed by their own times, under a small busy
mark until the new ones come; counts come first, so the density moves at once.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...model.filters import FilterSpec
from ...store.source import Density, ViewEvents, ViewQuery
from ...style.theme import LIGHT, Theme
from ..plain_text import cell
from ..timeline.date_ticks import compute_ticks
from ..timeline.density import draw_strip, ramp_rgba, scale_top
from .queries import StoreQueries

HEADER = 150  # lane names
AXIS = 34
MIN_SPAN = 60.0  # a minute: the closest zoom
ZOOM_STEP = 1.25


class StoreTimeline(QWidget):
    event_clicked = Signal(str, float)  # event id, known start
    column_clicked = Signal(str, float, float)  # lane key and the time range of a density column clicked
    painted = Signal(int)  # the number of the view request whose answers were painted

    def __init__(self, queries: StoreQueries, theme: Theme = LIGHT, parent=None):
        super().__init__(parent)
        self.queries = queries
        self.theme = theme
        self.mode = "segment"
        self.spec = FilterSpec()
        self.lanes: list[tuple[str, str]] = queries.source.lanes(self.mode)
        span = queries.source.span() or (0.0, 86400.0)
        self.full = (span[0], max(span[1], span[0] + MIN_SPAN))
        self.lo, self.hi = self._padded(*self.full)
        self.density: Density | None = None
        self.events: ViewEvents | None = None
        self.events_range: tuple[float, float] | None = None
        self.answered = 0  # the request whose answers are shown
        self.selected: str | None = None
        self._press: QPointF | None = None
        self._press_range = (self.lo, self.hi)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(480, 200)
        queries.density_ready.connect(self._density_ready)
        queries.events_ready.connect(self._events_ready)
        queries.busy_changed.connect(lambda _busy: self.update())

    # -- the view -----------------------------------------------------------
    @staticmethod
    def _padded(lo: float, hi: float) -> tuple[float, float]:
        pad = (hi - lo) * 0.02
        return lo - pad, hi + pad

    def plot_width(self) -> int:
        return max(1, self.width() - HEADER)

    def query(self) -> ViewQuery:
        return ViewQuery(self.lo, self.hi, self.plot_width(), self.mode, self.spec)

    def refresh(self) -> int:
        """Ask for the answers of the current view; the previous ones stay until they come."""
        number = self.queries.view(self.query())
        self.update()
        return number

    def set_range(self, lo: float, hi: float) -> int:
        if hi - lo < MIN_SPAN:
            mid = (lo + hi) / 2
            lo, hi = mid - MIN_SPAN / 2, mid + MIN_SPAN / 2
        self.lo, self.hi = lo, hi
        return self.refresh()

    def set_filter(self, spec: FilterSpec) -> int:
        self.spec = spec
        self.events = None  # the events of another filter must not stay drawn
        return self.refresh()

    def set_mode(self, mode: str) -> int:
        self.mode = mode
        self.lanes = self.queries.source.lanes(mode)
        self.density, self.events = None, None
        return self.refresh()

    def pan(self, fraction: float) -> int:
        shift = (self.hi - self.lo) * fraction
        return self.set_range(self.lo + shift, self.hi + shift)

    def zoom(self, factor: float, at: float | None = None) -> int:
        at = (self.lo + self.hi) / 2 if at is None else at
        return self.set_range(at - (at - self.lo) * factor, at + (self.hi - at) * factor)

    def fit(self) -> int:
        return self.set_range(*self._padded(*self.full))

    def go_to(self, t: float) -> int:
        half = (self.hi - self.lo) / 2
        return self.set_range(t - half, t + half)

    def x_of(self, t) -> np.ndarray | float:
        return HEADER + (t - self.lo) / (self.hi - self.lo) * self.plot_width()

    def t_of(self, x: float) -> float:
        return self.lo + (x - HEADER) / self.plot_width() * (self.hi - self.lo)

    # -- answers ------------------------------------------------------------
    def _density_ready(self, number: int, density: Density) -> None:
        self.density = density
        self.answered = number
        self._density_edges = density.edges if density.edges is not None else self.query().edges
        if self.events_range is not None and not (self.lo >= self.events_range[0] and self.hi <= self.events_range[1]):
            self.events = None  # events of a view that does not cover this one
        self.repaint()
        self.painted.emit(number)

    def _events_ready(self, number: int, events: ViewEvents) -> None:
        self.events = events
        self.events_range = (self.lo, self.hi)
        self.answered = number
        self.repaint()
        self.painted.emit(number)

    # -- painting -----------------------------------------------------------
    def _lane_rows(self) -> tuple[float, dict[str, int]]:
        height = max(18.0, (self.height() - AXIS) / max(1, len(self.lanes)))
        return height, {key: i for i, (key, _label) in enumerate(self.lanes)}

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        theme = self.theme
        painter.fillRect(self.rect(), QColor(theme.background))
        row_height, row_of = self._lane_rows()
        metrics = QFontMetricsF(self.font())
        plot = QRectF(HEADER, 0, self.plot_width(), self.height() - AXIS)
        for i, (_key, label) in enumerate(self.lanes):
            top = i * row_height
            if i % 2:
                painter.fillRect(QRectF(0, top, self.width(), row_height), QColor(theme.lane_band))
            painter.setPen(QColor(theme.foreground))
            painter.drawText(QRectF(6, top, HEADER - 12, row_height), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(cell(label), Qt.TextElideMode.ElideRight, HEADER - 12))
        painter.setClipRect(plot)
        if self.density is not None and self.events is None:
            self._paint_density(painter, row_height, row_of)
        if self.events is not None:
            self._paint_events(painter, row_height, row_of, metrics)
        painter.setClipping(False)
        self._paint_axis(painter, metrics)
        if self.queries.busy:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.muted))
            painter.drawEllipse(QPointF(self.width() - 12, 12), 5, 5)  # the busy mark
        painter.end()

    def _paint_density(self, painter: QPainter, row_height: float, row_of: dict[str, int]) -> None:
        density = self.density
        assert density is not None
        edges = self._density_edges
        x0, x1 = float(self.x_of(edges[0])), float(self.x_of(edges[-1]))
        top = scale_top(int(density.counts.max()) if density.counts.size else 1)
        background = QColor(self.theme.background)
        for lane_index, key in enumerate(density.lanes):
            row = row_of.get(key)
            if row is None:
                continue
            colour = QColor(self.theme.lane_colour(None, row))
            rgba = ramp_rgba(density.counts[lane_index], colour, background, top)
            draw_strip(painter, rgba, QRectF(x0, row * row_height + 3, x1 - x0, row_height - 6))

    def _paint_events(self, painter: QPainter, row_height: float, row_of: dict[str, int], metrics) -> None:
        events = self.events
        assert events is not None
        xs0 = self.x_of(events.lo)
        xs1 = self.x_of(events.hi)
        per_row: dict[int, int] = {}
        for i, key in enumerate(events.lanes):
            row = row_of.get(key)
            if row is None:
                continue
            slot = per_row.get(row, 0)
            per_row[row] = slot + 1
            tracks = max(1, int((row_height - 6) // 14))
            y = row * row_height + 3 + (slot % tracks) * 14
            x0, x1 = float(xs0[i]), max(float(xs1[i]), float(xs0[i]) + 4)
            colour = QColor(self.theme.lane_colour(None, row))
            painter.fillRect(QRectF(x0, y, x1 - x0, 10), colour)
            if events.ids[i] == self.selected:
                painter.setPen(QPen(QColor(self.theme.selection), 2))
                painter.drawRect(QRectF(x0 - 2, y - 2, x1 - x0 + 4, 14))
            if len(events) <= 300:
                painter.setPen(QColor(self.theme.foreground))
                painter.drawText(QPointF(x1 + 3, y + 9), metrics.elidedText(cell(events.titles[i]),
                                                                           Qt.TextElideMode.ElideRight, 220))

    def _paint_axis(self, painter: QPainter, metrics) -> None:
        base = self.height() - AXIS
        painter.setPen(QColor(self.theme.grid))
        painter.drawLine(QPointF(HEADER, base), QPointF(self.width(), base))
        ticks = compute_ticks(self.lo, self.hi, float(self.plot_width()))
        painter.setPen(QColor(self.theme.muted))
        for t, label in ticks.major:
            x = float(self.x_of(t))
            painter.drawLine(QPointF(x, base), QPointF(x, base + 5))
            painter.drawText(QPointF(x + 2, base + 16), label)
        for t, label in ticks.context or ((self.lo, ticks.first_context),):
            painter.drawText(QPointF(max(float(self.x_of(t)), HEADER) + 2, base + 30), label)

    # -- input --------------------------------------------------------------
    def entry_at(self, x: float, y: float) -> tuple[str, float] | None:
        """The event drawn under (x, y), with its known start."""
        if self.events is None or not len(self.events):
            return None
        row_height, row_of = self._lane_rows()
        row = int(y // row_height)
        xs0, xs1 = self.x_of(self.events.lo), self.x_of(self.events.hi)
        best = None
        for i, key in enumerate(self.events.lanes):
            if row_of.get(key) != row:
                continue
            left, right = float(xs0[i]) - 3, max(float(xs1[i]), float(xs0[i]) + 4) + 3
            if left <= x <= right:
                distance = abs(x - (left + right) / 2)
                if best is None or distance < best[0]:
                    best = (distance, i)
        if best is None:
            return None
        return self.events.ids[best[1]], float(self.events.lo[best[1]])

    def select(self, event_id: str, known_lo: float) -> None:
        self.selected = event_id
        self.update()
        self.event_clicked.emit(event_id, known_lo)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt name)
        factor = 1 / ZOOM_STEP if event.angleDelta().y() > 0 else ZOOM_STEP
        self.zoom(factor, self.t_of(event.position().x()))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._press = event.position()
        self._press_range = (self.lo, self.hi)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._press is None:
            return
        dx = event.position().x() - self._press.x()
        shift = -dx / self.plot_width() * (self._press_range[1] - self._press_range[0])
        self.set_range(self._press_range[0] + shift, self._press_range[1] + shift)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        press, self._press = self._press, None
        if press is not None and (event.position() - press).manhattanLength() < 4:
            hit = self.entry_at(event.position().x(), event.position().y())
            if hit is not None:
                self.select(*hit)
            else:
                self._click_density(event.position().x(), event.position().y())

    def _click_density(self, x: float, y: float) -> None:
        """A click on a density strip asks for the events of the column under it."""
        if self.events is not None or self.density is None or x < HEADER:
            return
        row_height, _row_of = self._lane_rows()
        row = int(y // row_height)
        if not 0 <= row < len(self.lanes):
            return
        edges = self._density_edges
        column = int(np.searchsorted(edges, self.t_of(x), "right")) - 1
        if 0 <= column < len(edges) - 1:
            self.column_clicked.emit(self.lanes[row][0], float(edges[column]), float(edges[column + 1]))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.pan(-0.1)
        elif key == Qt.Key.Key_Right:
            self.pan(0.1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1 / 2)
        elif key == Qt.Key.Key_Minus:
            self.zoom(2)
        elif key == Qt.Key.Key_Home:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.refresh()
