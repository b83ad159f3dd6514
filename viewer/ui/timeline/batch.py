"""Hand numpy arrays to QPainter's array calls without building Python objects.

QPainter.drawRects/drawLines take a C array of QRectF/QLineF; both are four
doubles, so a contiguous (n, 4) float64 array has exactly their layout and
PySide accepts a pointer to its first element together with the count.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter
from shiboken6 import Shiboken


def _first(array: np.ndarray, klass):
    return Shiboken.wrapInstance(array.ctypes.data, klass)


def _packed(array: np.ndarray, width: int) -> np.ndarray:
    return np.ascontiguousarray(array, dtype=np.float64).reshape(-1, width)


def draw_rects(painter: QPainter, xywh: np.ndarray) -> None:
    """Rectangles as rows of (x, y, width, height)."""
    data = _packed(xywh, 4)
    if len(data):
        painter.drawRects(_first(data, QRectF), len(data))


def draw_lines(painter: QPainter, x1y1x2y2: np.ndarray) -> None:
    """Line segments as rows of (x1, y1, x2, y2)."""
    data = _packed(x1y1x2y2, 4)
    if len(data):
        painter.drawLines(_first(data, QLineF), len(data))
