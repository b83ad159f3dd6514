"""Density strips: how many events fall in each pixel column, as a single-hue ramp.

Counts are shown on a log scale whose top is the next power of ten above
the busiest column in view, so the legend can say "1 / 10 / 100 / 1,000
events per column" and the same shade means the same count in every lane.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ...model.translation import number, translate
from .batch import draw_rects

FLOOR = 0.16  # share of the lane colour for a single event, so it stays visible


def scale_top(max_count: int) -> int:
    return 10 ** max(1, math.ceil(math.log10(max(max_count, 1))))


def legend_text(max_count: int) -> str:
    top = scale_top(max_count)
    steps = [10 ** k for k in range(0, int(round(math.log10(top))) + 1)]
    return translate("Legend", "{steps} events per column").format(steps=" / ".join(number(s) for s in steps))


def shade(counts: np.ndarray, top: int) -> np.ndarray:
    """0..1 per column (0 for empty columns)."""
    with np.errstate(divide="ignore"):
        level = FLOOR + (1 - FLOOR) * np.log10(np.maximum(counts, 1)) / math.log10(top)
    return np.where(counts > 0, np.clip(level, 0, 1), 0.0)


def ramp_rgba(counts: np.ndarray, colour: QColor, background: QColor, top: int) -> np.ndarray:
    """One RGBA pixel per column, from near background to the full lane colour."""
    t = shade(counts, top)[:, None]
    lane = np.array([colour.red(), colour.green(), colour.blue()], dtype=np.float64)
    base = np.array([background.red(), background.green(), background.blue()], dtype=np.float64)
    rgb = base + (lane - base) * t
    alpha = np.where(counts > 0, 255, 0)[:, None]
    return np.ascontiguousarray(np.concatenate([rgb, alpha], axis=1).round().astype(np.uint8)[None, :, :])


def draw_strip_as_rects(painter: QPainter, rgba: np.ndarray, target: QRectF, levels: int = 24) -> None:
    """The same strip as rectangles (for vector exports): runs of one shade, shades rounded to ``levels``."""
    pixels = rgba[0].astype(np.int64)
    shown = pixels[:, 3] > 0
    if not shown.any():
        return
    step = 256 // levels
    quantised = (pixels[:, :3] // step) * step + step // 2
    code = np.where(shown, quantised[:, 0] * 65536 + quantised[:, 1] * 256 + quantised[:, 2], -1)
    starts = np.flatnonzero(np.diff(np.concatenate([[-2], code])) != 0)
    ends = np.append(starts[1:], len(code))
    scale = target.width() / len(code)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for value in np.unique(code[code >= 0]).tolist():
        runs = code[starts] == value
        x0 = target.left() + starts[runs] * scale
        widths = (ends[runs] - starts[runs]) * scale
        rects = np.column_stack([x0, np.full(len(x0), target.top()), widths, np.full(len(x0), target.height())])
        painter.setBrush(QColor(value >> 16, (value >> 8) & 255, value & 255))
        draw_rects(painter, rects)
    painter.restore()


def draw_strip(painter: QPainter, rgba: np.ndarray, target: QRectF) -> None:
    height, width = rgba.shape[:2]
    image = QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888)
    painter.drawImage(target, image)  # drawn while ``rgba`` is alive; QImage does not copy it
