"""The place marks: one scatter item for all places, sized by event count,
dimmed or lit with the shared state."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor

from ...style.theme import LIGHT, Theme
from .content import PlaceMarks
from .export_scale import export_scale
from .look import MapLook, mark_sizes

HALO_PX = 1.5


class PlaceMarksItem(pg.ScatterPlotItem):
    def __init__(self):
        super().__init__(pxMode=True, symbol="o")
        self.theme: Theme = LIGHT
        self.marks = PlaceMarks(np.zeros(0, np.int64), np.zeros((0, 2)), [])
        self.look = MapLook()
        self.xy = self.marks.xy

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._redraw()

    def show_marks(self, marks: PlaceMarks, look: MapLook, xy: np.ndarray | None = None) -> None:
        """``xy``: where to draw each mark (marks moved apart), else where the places are."""
        self.marks, self.look = marks, look
        self.xy = marks.xy if xy is None or len(xy) != len(marks.rows) else xy
        self._redraw()

    def setExportMode(self, *args, **kwargs) -> None:
        super().setExportMode(*args, **kwargs)
        self._redraw()  # the halo's width follows the export's resolution; sizes pyqtgraph scales itself

    def _styles(self) -> dict[str, tuple]:
        """One pen and brush object per style: the item renders a symbol once
        per distinct (size, pen, brush) objects, then stamps it everywhere."""
        theme, width = self.theme, HALO_PX * export_scale(self)
        halo = pg.mkPen(QColor(theme.background), width=width)  # cosmetic, as symbols are drawn scaled
        faint_halo = QColor(theme.background)
        faint_halo.setAlpha(120)
        styles = {}
        for name, colour, alpha, edge in (("normal", theme.foreground, 215, halo),
                                          ("dimmed", theme.foreground, 60, pg.mkPen(faint_halo, width=width)),
                                          ("lit", theme.selection, 255, halo)):
            fill = QColor(colour)
            fill.setAlpha(alpha)
            styles[name] = (edge, QBrush(fill))
        return styles

    def _redraw(self) -> None:
        marks, look = self.marks, self.look
        if not len(marks.rows) or len(look.place_counts) != len(marks.rows):
            self.setData(x=[], y=[])
            return
        styles = self._styles()
        shown = np.flatnonzero(look.place_shown)
        # Highlighted marks last, so they sit on top of their neighbours.
        shown = shown[np.argsort(look.place_highlighted[shown], kind="stable")]
        names = np.where(look.place_highlighted[shown], "lit", np.where(look.place_dimmed[shown], "dimmed", "normal"))
        pens = [styles[n][0] for n in names]
        brushes = [styles[n][1] for n in names]
        sizes = np.round(mark_sizes(look.place_counts[shown]) * 2) / 2  # few sizes, few symbols to render
        self.setData(x=self.xy[shown, 0], y=self.xy[shown, 1], size=sizes, pen=pens, brush=brushes, symbol="o")
