"""The strip under the timeline: the whole document, its density, and a window onto it.

Dragging the window or its edges moves and resizes the main view; a click
outside it centres the main view there.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...model.translation import translate
from .axes import DateAxis
from .palette import mix, with_alpha

HEIGHT_PX = 58


class OverviewStrip(QWidget):
    def __init__(self, timeline, theme, parent=None):
        super().__init__(parent)
        self._timeline = timeline
        self._theme = theme
        self._syncing = False
        self._span: tuple[float, float] | None = None
        self.axis = DateAxis(theme, compact=True)
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis}, enableMenu=False)
        self.plot.setFixedHeight(HEIGHT_PX)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setToolTip(translate("Timeline", "Overview of the whole document. Drag the window or its edges "
                                                   "to move and resize the view; click elsewhere to jump there."))
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.hideAxis("left")
        item.setContentsMargins(0, 2, 0, 0)
        self.box = item.getViewBox()
        self.box.setMouseEnabled(x=False, y=False)
        self.box.setMenuEnabled(False)
        self.profile = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.box.addItem(self.profile)
        self.window = pg.LinearRegionItem(orientation="vertical", swapMode="block")
        self.window.setZValue(10)
        self.box.addItem(self.window)
        self.window.sigRegionChanged.connect(self._window_moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.set_theme(theme)

    def set_margins(self, left: int, right: int) -> None:
        """Line the strip up with the main view's time axis (right of the lane headers)."""
        self.plot.getPlotItem().setContentsMargins(left, 2, right, 0)

    def set_theme(self, theme) -> None:
        self._theme = theme
        self.plot.setBackground(QColor(theme.background))
        self.axis.set_theme(theme)
        accent = QColor(theme.selection)
        fill = mix(QColor(theme.background), QColor(theme.muted), 0.45)
        self.profile.setPen(pg.mkPen(QColor(theme.muted), width=1))
        self.profile.setBrush(pg.mkBrush(fill))
        self.window.setBrush(pg.mkBrush(with_alpha(accent, 0.09)))
        self.window.setHoverBrush(pg.mkBrush(with_alpha(accent, 0.22)))
        for line in self.window.lines:
            line.setPen(pg.mkPen(accent, width=2))
            line.setHoverPen(pg.mkPen(accent.darker(120), width=3))

    def set_profile(self, edges: np.ndarray, counts: np.ndarray) -> None:
        """How many of the shown events run in each bin between ``edges`` (across the document's
        range): each event counts over its whole extent (document_data.overview_profile)."""
        lo, hi = float(edges[0]), float(edges[-1])
        self._span = (lo, hi)
        heights = np.sqrt(counts)  # small clusters stay visible next to big ones
        self.profile.setData(edges, heights)
        self.box.setYRange(0, max(heights.max(initial=0.0), 1.0) * 1.08, padding=0)
        self._show_span(lo, hi)

    def clear(self) -> None:
        self._span = None
        self.profile.setData([], [])

    def _show_span(self, lo: float, hi: float) -> None:
        self.box.setXRange(lo, hi, padding=0)
        self.box.updateMatrix()  # now, not during the next paint, which would then paint twice

    def set_window(self, lo: float, hi: float) -> None:
        span_lo, span_hi = self._span or (lo, hi)
        # Keep the window inside the strip: widen the strip when the view goes beyond the document.
        self._show_span(min(span_lo, lo), max(span_hi, hi))
        self._syncing = True
        try:
            self.window.setRegion((lo, hi))
        finally:
            self._syncing = False

    def _window_moved(self) -> None:
        if self._syncing:
            return
        lo, hi = self.window.getRegion()
        if hi > lo:
            self._timeline.set_range(lo, hi)

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or ev.isAccepted():
            return
        if not self.box.sceneBoundingRect().contains(ev.scenePos()):
            return
        t = self.box.mapSceneToView(ev.scenePos()).x()
        lo, hi = self.window.getRegion()
        if not lo <= t <= hi:
            half = (hi - lo) / 2
            self._timeline.set_range(t - half, t + half)
