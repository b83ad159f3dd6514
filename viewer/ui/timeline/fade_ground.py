"""The solid colour behind a fade's far end, for vector exports.

Exports fade through solid colours rather than transparency (see
Palette.fade_brush). To melt into the picture, a fade must end in the colour
actually behind it there: the lane's shading with the era bands over it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from .eras import EraBand, era_colour, shade_alpha
from .frame import ViewGeometry
from .palette import Palette, mix


class PlainGrounds:
    """The lane's shading alone behind every fade (a legend glyph, a picture without eras)."""

    def __init__(self, palette: Palette):
        self._palette = palette

    def at(self, lane: int, x: np.ndarray) -> tuple[np.ndarray, list[QColor]]:
        return np.zeros(len(x), np.int64), [self._palette.backdrop(lane)]


class Grounds:
    def __init__(self, palette: Palette, eras: list[EraBand], geometry: ViewGeometry):
        self._palette = palette
        self._geometry = geometry
        # Only the bands in view can lie behind a glyph; they tint in the order the backdrop draws them.
        shown = [b for b in eras if b.hi >= geometry.t0 and b.lo <= geometry.t1]
        self._lo = np.array([b.lo for b in shown], np.float64)
        self._hi = np.array([b.hi for b in shown], np.float64)
        alpha = shade_alpha(palette.theme)
        self._tints = [(era_colour(b, palette.theme), alpha) for b in shown]

    def at(self, lane: int, x: np.ndarray) -> tuple[np.ndarray, list[QColor]]:
        """For scene x positions in ``lane``: an index per position into the returned colours."""
        x = np.asarray(x, np.float64)
        base = self._palette.backdrop(lane)
        if not self._tints:
            return np.zeros(len(x), np.int64), [base]
        t = self._geometry.time(x)
        inside = (t[:, None] >= self._lo[None, :]) & (t[:, None] <= self._hi[None, :])
        combos, index = np.unique(inside, axis=0, return_inverse=True)
        colours = []
        for combo in combos:
            colour = QColor(base)
            for (tint, alpha), over in zip(self._tints, combo.tolist()):
                if over:
                    colour = mix(colour, tint, alpha)
            colours.append(colour)
        return index.reshape(-1).astype(np.int64), colours
