"""Lon/lat arrays to projected QPainterPaths, built in one call per layer."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath

from ...model.geo import project


def projected(lonlat: np.ndarray) -> np.ndarray:
    """(n, 2) lon/lat to (n, 2) map x/y."""
    x, y = project(lonlat[:, 0], lonlat[:, 1])
    return np.column_stack([x, y])


def polyline_path(parts: list[np.ndarray], close: bool = False) -> QPainterPath:
    """One path for many projected polylines or rings (even-odd fill for rings)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return QPainterPath()
    xy = np.concatenate(parts)
    # 1 joins a point to the next; 0 ends a part, so the next one starts afresh.
    connect = np.ones(len(xy), dtype=np.int32)
    connect[np.cumsum([len(p) for p in parts]) - 1] = 0
    path = pg.arrayToQPath(xy[:, 0], xy[:, 1], connect=connect, finiteCheck=False)
    if close:
        path.setFillRule(Qt.FillRule.OddEvenFill)
    return path
