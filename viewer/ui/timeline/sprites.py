"""Small pictures drawn many times: diamonds, selection rings, arrow heads, marks.

On screen each is rendered once into a pixmap (at twice the pixel density,
so it stays sharp on high-density screens) and then stamped at all its
positions with one QPainter.drawPixmapFragments call, the way pyqtgraph
draws scatter symbols; outlined shapes or text drawn one by one would cost
far more per event. For vector exports (SVG, PDF) the same drawing is
repeated as shapes at each position, so nothing is embedded as a picture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap, QPolygonF
from shiboken6 import Shiboken

DENSITY = 2.0


def diamond(half: float) -> QPolygonF:
    return QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])


@dataclass
class Sprite:
    pixmap: QPixmap
    draw: Callable[[QPainter], None]  # paints the picture around the origin


def render(size: float, draw: Callable[[QPainter], None]) -> Sprite:
    """A square sprite of ``size`` logical pixels; ``draw`` paints around the origin at its centre."""
    side = max(1, int(round(size * DENSITY)))
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(DENSITY)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.translate(side / DENSITY / 2, side / DENSITY / 2)
    draw(painter)
    painter.end()
    return Sprite(pixmap, draw)


def stamp(painter: QPainter, sprite: Sprite, x: np.ndarray, y: np.ndarray, vector: bool = False) -> None:
    """Draw ``sprite`` centred on every (x, y); as shapes when ``vector``."""
    n = len(x)
    if n == 0:
        return
    if vector:
        for px, py in zip(np.asarray(x, float).tolist(), np.asarray(y, float).tolist()):
            painter.save()
            painter.translate(px, py)
            sprite.draw(painter)
            painter.restore()
        return
    pixmap = sprite.pixmap
    ratio = pixmap.devicePixelRatio()
    fragments = np.zeros((n, 10), dtype=np.float64)
    fragments[:, 0] = x
    fragments[:, 1] = y
    fragments[:, 4] = pixmap.width()
    fragments[:, 5] = pixmap.height()
    fragments[:, 6] = fragments[:, 7] = 1.0 / ratio
    fragments[:, 9] = 1.0  # opacity
    first = Shiboken.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment)
    painter.drawPixmapFragments(first, n, pixmap)
