"""Off-screen panes for one export, drawn as vector graphics into any painter.

Each export gets its own ViewState and fresh panes, so it never disturbs the
window and depends only on its PageSpec. The pyqtgraph views are drawn by
rendering their scenes straight into the painter (QGraphicsView.render) and
the board by QWidget.render, so an SVG or PDF holds shapes and text, not a
screenshot.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from ..model import board as board_model
from ..state import ViewState
from ..style.theme import THEMES


def _settle() -> None:
    for _ in range(2):
        QApplication.processEvents()


def _show_at(widget: QWidget, width: int, height: int) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(width, height)
    if not widget.isVisible():
        widget.show()
    _settle()


def _fit_part(outer: QWidget, part: QWidget, width: int, height: int) -> None:
    """Size ``outer`` so that its ``part`` (the picture, without controls) is width x height."""
    _show_at(outer, width, height)
    extra_w, extra_h = outer.width() - part.width(), outer.height() - part.height()
    if extra_w or extra_h:
        _show_at(outer, width + extra_w, height + extra_h)


class ExportPanes:
    def __init__(self, document, spec):
        self.document = document
        self.spec = spec
        self.theme = THEMES[spec.theme]
        self.state = ViewState()
        self.state.set_theme(spec.theme)
        self.state.set_lane_mode(spec.lanes)
        self.state.set_time_zone(spec.time_zone)
        self.state.set_document(document)
        self.state.set_filter(self._filter())
        if spec.selected:
            self.state.select_ids(spec.selected)
        if spec.highlighted:
            index = document.event_index
            self.state.highlight([index[i] for i in spec.highlighted if i in index])
        self.timeline = None
        self.map = None
        self.board = None
        self._sizes: dict[str, tuple[int, int]] = {}
        # --range auto: the whole range (the context strip) and the detail window, when there is one
        self.whole: tuple[float, float] | None = None
        self.focus: tuple[float, float] | None = None

    def _filter(self):
        spec = self.spec
        if spec.view != "board" or not (math.isfinite(spec.start) or math.isfinite(spec.end)):
            return spec.filter
        # The board has no time axis: a chosen range limits what it counts.
        f = spec.filter
        return f.with_(start=max(f.start, spec.start), end=min(f.end, spec.end))

    # -- panes ------------------------------------------------------------------
    def _pane(self, name: str):
        if name == "timeline" and self.timeline is None:
            from ..ui.timeline import TimelineView

            self.timeline = TimelineView(self.state)
            self.timeline.key_labels = True  # the page lists what has no room in a key
        elif name == "map" and self.map is None:
            from ..ui.map import MapPane

            self.map = MapPane(self.state)
        elif name == "board" and self.board is None:
            from ..ui.board import BoardPane

            self.board = BoardPane(self.state)
        return getattr(self, name)

    def prepare(self, name: str, size: QSizeF) -> None:
        """Lay the pane out at ``size`` page units (whole units)."""
        width, height = max(int(size.width()), 16), max(int(size.height()), 16)
        pane = self._pane(name)
        if self._sizes.get(name) == (width, height):
            return
        self._sizes[name] = (width, height)
        if name == "timeline":
            _fit_part(pane, pane.plot_widget, width, height)
            self._apply_range()
        elif name == "map":
            _fit_part(pane, pane.plot_widget, width, height)
            if self.timeline is None:
                self.state.set_time_range(self.spec.start, self.spec.end)
            # Fitted again once the view box has its final size: the first fit
            # may still see the size it had before (aspect locked).
            for _ in range(2):
                if self.spec.map_extent is not None:
                    pane.plot_widget.show_extent(*self.spec.map_extent)
                else:
                    pane.fit()
                _settle()
        else:
            _show_at(pane, width, height)

    def _apply_range(self) -> None:
        timeline, spec = self.timeline, self.spec
        timeline.fit_all()
        _settle()
        self.whole = self.focus = None
        if spec.range == "auto" and not (math.isfinite(spec.start) or math.isfinite(spec.end)):
            self._apply_focus()
        elif math.isfinite(spec.start) or math.isfinite(spec.end):
            lo, hi = timeline.visible_range()
            start = spec.start if math.isfinite(spec.start) else lo
            end = spec.end if math.isfinite(spec.end) else hi
            if end > start:
                timeline.set_range(start, end)
                _settle()

    def _apply_focus(self) -> None:
        """Give the detail panel to where the events are (model.focus) when fitting all piles them up,
        unless that leaves more titles without room beside their glyphs than the whole range does."""
        from ..model.date_drawing import extents
        from ..model.focus import focus_window

        timeline = self.timeline
        visible = self.state.visible
        if not visible.any():
            return
        lo, hi = extents(self.document.columns, np.flatnonzero(visible))
        whole = timeline.visible_range()
        window = focus_window(lo, hi, whole, timeline.viewbox.sceneBoundingRect().width())
        if window is None:
            return
        keyed_whole = self._keyed_count()
        timeline.set_range(*window)
        _settle()
        if self._keyed_count() > keyed_whole:
            timeline.set_range(*whole)
            _settle()
            return
        self.whole, self.focus = whole, timeline.visible_range()

    def _keyed_count(self) -> int:
        frame = self.timeline.current_frame()
        return len(frame.keyed) if frame is not None else 0

    def draw(self, name: str, painter: QPainter, rect: QRectF) -> None:
        """Draw the prepared pane into ``rect`` (page units) of the painter."""
        pane = getattr(self, name)
        painter.save()
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        if name == "board":
            pane.render_for_export(painter, rect)
        else:
            _render_view(pane.plot_widget, painter, rect)
        painter.restore()

    def _to_page(self, view, rect: QRectF):
        """Maps scene rectangles of a drawn view to the page units of ``rect``, where it was drawn."""
        viewport = view.viewport().rect()
        sx = rect.width() / max(viewport.width(), 1)
        sy = rect.height() / max(viewport.height(), 1)

        def to_page(box: QRectF) -> QRectF:
            mapped = view.mapFromScene(box).boundingRect()
            return QRectF(rect.left() + mapped.left() * sx, rect.top() + mapped.top() * sy,
                          box.width() * sx, box.height() * sy)

        return to_page

    def map_label_boxes(self, rect: QRectF) -> list[tuple[str, QRectF]]:
        """What the map's overlay wrote where (labels, furniture, pointers), in page units."""
        overlay = getattr(getattr(self.map, "plot_widget", None), "overlay", None)
        if overlay is None:
            return []
        to_page = self._to_page(self.map.plot_widget, rect)
        return [(kind, to_page(overlay.mapRectToScene(box))) for kind, box in getattr(overlay, "drawn", [])]

    def timeline_label_boxes(self, rect: QRectF) -> tuple[QRectF, list[tuple[str, QRectF, str]]]:
        """The timeline's plot area and each label line it wrote (line, box, whole label), in the
        page units of ``rect`` (where :meth:`draw` put the timeline)."""
        timeline = self.timeline
        frame = timeline.current_frame() if timeline is not None else None
        if frame is None:
            return QRectF(rect), []
        to_page = self._to_page(timeline.plot_widget, rect)
        metrics = QFontMetricsF(timeline.label_font)
        plot = to_page(timeline.viewbox.sceneBoundingRect())
        boxes = []
        for label in frame.labels:
            lines = label.lines or (label.text,)
            for line, (left, top, right, bottom) in zip(lines, label.line_boxes(
                    metrics.ascent(), metrics.height(), metrics.horizontalAdvance)):
                boxes.append((line, to_page(QRectF(left, top, right - left, bottom - top)), label.text))
        return plot, boxes

    def timeline_furniture_boxes(self, rect: QRectF) -> list[tuple[str, str, QRectF, QRectF, str]]:
        """The lane headers' and era names' texts: (kind, text, box, the panel it must stay in, the whole
        label it belongs to), in page units."""
        timeline = self.timeline
        if timeline is None:
            return []
        to_page = self._to_page(timeline.plot_widget, rect)
        axis = timeline.lane_axis
        headers = to_page(axis.sceneBoundingRect())
        found = [("lane header", text, to_page(axis.mapRectToScene(box)), headers, whole)
                 for text, box, whole in axis.drawn]
        plot = to_page(timeline.viewbox.sceneBoundingRect())
        found += [("era", text, to_page(box), plot, text) for text, box in timeline.drawn_eras]
        return found

    # -- what the page shows -------------------------------------------------------
    def shown_span(self) -> tuple[float, float]:
        """The time range the page shows: the timeline's window, else the chosen range."""
        if self.timeline is not None and self.spec.view in ("timeline", "page"):
            return self.whole if self.focus is not None else self.timeline.visible_range()
        return self.spec.start, self.spec.end

    def shown_mask(self) -> np.ndarray:
        """Events that pass the filter and fall in the shown time range."""
        start, end = self.shown_span()
        return board_model.overlaps(self.document, self.state.visible, start, end)

    def close(self) -> None:
        for pane in (self.timeline, self.map, self.board):
            if pane is not None:
                pane.close()
                pane.deleteLater()
        self.timeline = self.map = self.board = None


def _render_view(view, painter: QPainter, rect: QRectF) -> None:
    """A pyqtgraph view drawn item by item into the painter, in pyqtgraph's
    export mode (scatter symbols as shapes rather than cached pixmaps)."""
    scale = painter.deviceTransform().m11()
    options = {"antialias": True, "background": view.backgroundBrush().color(), "painter": painter,
               "resolutionScale": scale}
    items = [item for item in view.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, options)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        view.render(painter, rect, view.viewport().rect(), Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        for item in items:
            item.setExportMode(False)
