"""Greedy label placement: the most important labels go first, and a label
that would touch one already placed tries its other positions, then gives way."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

GAP_PX = 3.0


@dataclass
class Label:
    text: str
    font: QFont
    colour: QColor
    anchors: list[QPointF]  # candidate top-left corners, in order of preference
    kind: str = ""  # "segment", "place", "country": what a click on it means
    key: object = None
    rect: QRectF = field(default_factory=QRectF)  # where it went


class TakenRects:
    """Rectangles already covered on screen; overlap tests run over all of them at once."""

    def __init__(self):
        self._boxes = np.zeros((64, 4))
        self._n = 0

    def add(self, rect: QRectF) -> None:
        if self._n == len(self._boxes):
            self._boxes = np.concatenate([self._boxes, np.zeros_like(self._boxes)])
        self._boxes[self._n] = (rect.left(), rect.top(), rect.right(), rect.bottom())
        self._n += 1

    def add_many(self, boxes: np.ndarray) -> None:
        """(n, 4) left, top, right, bottom."""
        boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
        self._boxes = np.concatenate([self._boxes[: self._n], boxes, np.zeros((64, 4))])
        self._n += len(boxes)

    def overlaps(self, rect: QRectF) -> bool:
        b = self._boxes[: self._n]
        return bool(np.any((b[:, 0] < rect.right()) & (b[:, 2] > rect.left())
                           & (b[:, 1] < rect.bottom()) & (b[:, 3] > rect.top())))


def candidate_corners(x: float, y: float, width: float, height: float, offset: float) -> list[QPointF]:
    """Right of, left of, above and below a mark of radius ``offset`` at (x, y)."""
    # Plain floats: Qt converts numpy scalars slowly.
    x, y, width, height, offset = float(x), float(y), float(width), float(height), float(offset)
    return [
        QPointF(x + offset + GAP_PX, y - height / 2),
        QPointF(x - offset - GAP_PX - width, y - height / 2),
        QPointF(x - width / 2, y - offset - GAP_PX - height),
        QPointF(x - width / 2, y + offset + GAP_PX),
    ]


def text_size(text: str, font: QFont) -> tuple[float, float]:
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance(text), metrics.height()


def place_labels(labels: list[Label], bounds: QRectF, taken: TakenRects) -> list[Label]:
    """Labels that fit, in the given order, each with its rect set; ``taken`` grows."""
    placed = []
    for label in labels:
        width, height = text_size(label.text, label.font)
        for corner in label.anchors:
            rect = QRectF(corner.x(), corner.y(), width, height)
            if not bounds.contains(rect) or taken.overlaps(rect.adjusted(-GAP_PX, -1, GAP_PX, 1)):
                continue
            label.rect = rect
            taken.add(rect)
            placed.append(label)
            break
    return placed


CORNER_MARGIN = 10.0


def corner_box(area: QRectF, width: float, height: float, corner: str) -> QRectF:
    """A width x height box in one of the four corners ("top-left", ...) of ``area``."""
    x = area.left() + CORNER_MARGIN if corner.endswith("left") else area.right() - CORNER_MARGIN - width
    y = area.top() + CORNER_MARGIN if corner.startswith("top") else area.bottom() - CORNER_MARGIN - height
    return QRectF(x, y, width, height)


def _overlap_count(boxes: np.ndarray, rect: QRectF) -> int:
    if not len(boxes):
        return 0
    return int(np.count_nonzero((boxes[:, 0] < rect.right()) & (boxes[:, 2] > rect.left())
                                & (boxes[:, 1] < rect.bottom()) & (boxes[:, 3] > rect.top())))


def free_corner(area: QRectF, width: float, height: float, corners, taken: TakenRects,
                marks: np.ndarray) -> QRectF:
    """The first of ``corners`` where the box covers no mark ((n, 4) boxes) and nothing
    taken; where every corner covers some mark, the free corner that covers fewest."""
    best, best_count = None, None
    for corner in corners:
        box = corner_box(area, width, height, corner)
        if taken.overlaps(box):
            continue
        count = _overlap_count(marks, box)
        if count == 0:
            return box
        if best_count is None or count < best_count:
            best, best_count = box, count
    return best if best is not None else corner_box(area, width, height, corners[0])
