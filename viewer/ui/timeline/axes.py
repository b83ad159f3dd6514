"""The timeline's two axes: dates along the bottom, lane headers on the left.

Both are pyqtgraph AxisItems (so the plot lays them out and links them to
the view box) that draw themselves: calendar ticks with a context row for
the date axis, in the zone the display setting asks for and saying which at
its right end; colour swatch, name and event count for the lane headers.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ...model.label_layout import fit_lines
from ...model.translation import number, translate
from ...model.wording import counted
from ...style.fonts import ui_font
from . import styles as st
from .date_ticks import zoned_ticks
from .header_text import LINE_GAP, NAME_X, RIGHT_PAD, header_text
from .palette import mix


class DateAxis(pg.AxisItem):
    """Ticks on calendar boundaries; the second row names the day, month or year they fall in."""

    def __init__(self, theme, compact: bool = False, **kwargs):
        super().__init__("bottom", **kwargs)
        self.compact = compact
        self.theme = theme
        self.label_font = ui_font(10 if compact else 11)
        self.context_font = ui_font(11, bold=True)
        self.setHeight(16 if compact else 40)
        self.showLabel(False)
        self.zone = None  # model.zone_display.AxisZone; None: UTC

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.update()

    def set_zone(self, zone) -> None:
        """Draw the calendar of ``zone`` (model.zone_display.AxisZone) and name it."""
        if zone != self.zone:
            self.zone = zone
            self.update()

    def caption(self) -> str:
        """"Times in UTC+03:00 as written": the zone the ticks are in, for the view's middle."""
        span = self._range()
        middle = (span[0] + span[1]) / 2 if span else 0.0
        return self.zone.caption(middle) if self.zone is not None else translate("TimeZones", "Times in UTC")

    def _range(self) -> tuple[float, float] | None:
        view = self.linkedView()
        if view is None:
            return None
        t0, t1 = view.viewRange()[0]
        return (t0, t1) if t1 > t0 else None

    def paint(self, p: QPainter, opt, widget) -> None:
        span = self._range()
        rect = self.mapRectFromParent(self.geometry())
        if span is None or rect.width() <= 1:
            return
        t0, t1 = span
        w = rect.width()
        theme = self.theme
        fg, muted = QColor(theme.foreground), QColor(theme.muted)
        grid = mix(QColor(theme.grid), muted, 0.4)
        p.fillRect(rect, QColor(theme.background))
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))
        # The compact strip asks for half the ticks: it is for orientation, not for reading dates.
        ticks = zoned_ticks(t0, t1, round(w * (0.5 if self.compact else 1.0)), self.zone)

        def x_of(t: float) -> float:
            return (t - t0) / (t1 - t0) * w

        metrics = QFontMetricsF(self.label_font)
        p.setFont(self.label_font)
        last_end = -1e9
        row1 = 4 + metrics.ascent() + (0 if self.compact else 3)
        for t, text in ticks.major:
            x = x_of(t)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, 0), QPointF(x, 4))
            width = metrics.horizontalAdvance(text)
            lx = min(max(x - width / 2, 1), w - width - 1)
            if lx < last_end + 6:
                continue
            p.setPen(muted)
            p.drawText(QPointF(lx, row1), text)
            last_end = lx + width
        if self.compact:
            return
        metrics = QFontMetricsF(self.context_font)
        row2 = row1 + metrics.height() + 1
        # The zone sits at the right end of the second row, where it is read with the dates.
        caption = self.caption()
        caption_w = QFontMetricsF(self.label_font).horizontalAdvance(caption)
        p.setFont(self.label_font)
        p.setPen(muted)
        p.drawText(QPointF(w - caption_w - 4, row2), caption)
        w -= caption_w + 14  # context labels stop short of it
        if not ticks.first_context:
            return
        p.setFont(self.context_font)
        xs = [(x_of(t), text) for t, text in ticks.context]
        for x, _ in xs:
            p.setPen(QPen(mix(grid, fg, 0.3), 1))
            p.drawLine(QPointF(x, 0), QPointF(x, rect.height() - 3))
        p.setPen(fg)
        # The left edge always says where the view starts, unless a boundary label is about to.
        first_width = metrics.horizontalAdvance(ticks.first_context)
        if not xs or xs[0][0] > first_width + 16:
            p.drawText(QPointF(4, row2), ticks.first_context)
            last_end = 4 + first_width
        else:
            last_end = -1e9
        for x, text in xs:
            width = metrics.horizontalAdvance(text)
            lx = x + 4
            if lx < last_end + 10 or lx + width > w:
                continue
            p.drawText(QPointF(lx, row2), text)
            last_end = lx + width


class LaneHeaderAxis(pg.AxisItem):
    """Lane names on the left: colour swatch, name and how many shown events the lane holds."""

    MIN_WIDTH, MAX_WIDTH, PAGE_MAX_WIDTH = 130, 250, 330
    # In a narrow pane the headers give way (names elide) so the lanes keep most of the room.
    NARROW_SHARE, NARROW_MIN = 0.3, 90

    def __init__(self, view, **kwargs):
        super().__init__("left", **kwargs)
        self._view = view
        self.name_font = ui_font(12, bold=True)
        self.count_font = ui_font(11)
        self.showLabel(False)
        self._longest = 0.0
        self._wrap_fails = False  # some lane's name does not fit two lines of the usual column
        self.drawn: list[tuple[str, QRectF, str]] = []  # each text of the last paint: (text, box, whole label)
        self.fixed_width = self.MIN_WIDTH
        self.setWidth(self.MIN_WIDTH)

    def fit_width(self, pane_width: float | None = None) -> bool:
        """Size the headers for the lane names and the pane's width; True when the width changed."""
        layout = self._view.lane_layout
        metrics = QFontMetricsF(self.name_font)
        self._longest = max((metrics.horizontalAdvance(lane.label) for lane in layout.lanes), default=0) \
            if layout else 0
        # A page has no hover to show a cut name: where a name fits not even two lines, its headers widen.
        room = self.MAX_WIDTH - NAME_X - RIGHT_PAD
        self._wrap_fails = bool(layout) and any(
            fit_lines(lane.label, metrics.horizontalAdvance, room) is None for lane in layout.lanes)
        return self.fit_pane(pane_width)

    def fit_pane(self, pane_width: float | None) -> bool:
        widest = self.PAGE_MAX_WIDTH if self._view.key_labels and self._wrap_fails else self.MAX_WIDTH
        width = int(min(max(self._longest + 80, self.MIN_WIDTH), widest))
        if pane_width:
            width = min(width, int(max(self.NARROW_MIN, self.NARROW_SHARE * pane_width)))
        changed = width != self.fixed_width
        self.fixed_width = width
        self.setWidth(width)
        self.update()
        return changed

    def _note(self, text: str, x: float, base: float, metrics: QFontMetricsF, whole: str = "") -> None:
        """Keep where a text went (in this item's coordinates), for the page's geometry check."""
        box = QRectF(x, base - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())
        self.drawn.append((text, box, whole or text))

    def paint(self, p: QPainter, opt, widget) -> None:
        view = self.linkedView()
        layout = self._view.lane_layout
        theme = self._view.theme
        rect = self.mapRectFromParent(self.geometry())
        self.drawn = []
        p.setClipRect(rect)  # a lane cut by the view's edge must not spill onto the date axis
        p.fillRect(rect, QColor(theme.background))
        if view is None or layout is None or not layout.lane_count:
            return
        y0, y1 = view.viewRange()[1]
        h, w = rect.height(), rect.width()
        scale = h / (y1 - y0)
        edges = self._view.lane_edges()
        palette = self._view.glyph_palette
        name_metrics = QFontMetricsF(self.name_font)
        count_metrics = QFontMetricsF(self.count_font)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        separator = mix(QColor(theme.grid), QColor(theme.muted), 0.25)
        shown = [i for i in range(layout.lane_count) if edges[i + 1] > y0 and edges[i] < y1]
        for i in shown:
            lane = layout.lanes[i]
            top = (edges[i] - y0) * scale
            lane_px = (edges[i + 1] - edges[i]) * scale
            if i % 2 == 1:
                p.fillRect(QRectF(0, top, w, lane_px), QColor(theme.lane_band))
            p.setPen(QPen(separator, 1))
            p.drawLine(QPointF(0, top), QPointF(w, top))
            colour = palette.lane(i)
            count = number(lane.count)
            note = translate("Timeline", " · density") if self._view.is_dense(i) else ""
            look = header_text(lane.label, counted(lane.count, "event") + note, count, name_metrics, count_metrics, w,
                               lane_px, whole_only=self._view.key_labels)
            base = top + (lane_px / 2 + name_metrics.ascent() / 2 - 1 if look.beside else 7 + name_metrics.ascent())
            swatch = QRectF(12, base - name_metrics.ascent() + 1, 12, 12)
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(colour)
            p.drawRoundedRect(swatch, 2.5, 2.5)
            pattern = palette.lane_pattern_brush(i, st.FILL_SOLID)
            if pattern is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(pattern)
                p.drawRoundedRect(swatch, 2.5, 2.5)
            p.setFont(self.name_font)
            p.setPen(QColor(theme.foreground))
            line_y = base
            for line in look.lines:
                p.drawText(QPointF(NAME_X, line_y), line)
                self._note(line, NAME_X, line_y, name_metrics, lane.label)
                line_y += name_metrics.height() + LINE_GAP
            p.setFont(self.count_font)
            p.setPen(QColor(theme.muted))
            if look.beside:
                count_x = w - 10 - count_metrics.horizontalAdvance(look.count)
                p.drawText(QPointF(count_x, base), look.count)
                self._note(look.count, count_x, base, count_metrics)
            elif look.count:
                count_y = line_y - name_metrics.height() - LINE_GAP + count_metrics.height() + 2
                p.drawText(QPointF(NAME_X, count_y), look.count)
                self._note(look.count, NAME_X, count_y, count_metrics)
        if not shown:
            return
        bottom = (edges[shown[-1] + 1] - y0) * scale
        p.setPen(QPen(separator, 1))
        p.drawLine(QPointF(0, bottom), QPointF(w, bottom))
        p.setPen(QPen(mix(QColor(theme.grid), QColor(theme.muted), 0.4), 1))
        p.drawLine(QPointF(w - 0.5, 0), QPointF(w - 0.5, h))
