"""The context strip of ``--range auto``: the whole range above the detail panel.

Every shown event is a mark on the whole range (a span as a thin bar, an
instant as a tick); the detail window is a band joined by two lines to the
detail panel's corners, so the reader sees which stretch the panel enlarges.
Events wholly outside the detail window get numbers above their marks,
continuing the key's numbers, and lines in the key; a number that finds no
free place is left out and its event keyed all the same.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ..model.citations import date_display, one_line
from ..model.date_drawing import extents
from ..model.label_layout import KeyEntry, TakenBoxes, place_first
from ..style.fonts import ui_font
from ..ui.timeline.date_ticks import compute_ticks
from ..ui.timeline.palette import with_alpha
from .provenance import whole_line

HEIGHT = 80  # the strip's box: numbers, marks and two lines of dates under them
CONNECT_GAP = 18  # between the strip and the detail panel, where the joining lines run
NUMBERS_H = 18
MARKS_H = 22
TEXT_PX = 11
NUMBER_PAD = 3.0


def outside_rows(document, visible: np.ndarray, focus: tuple[float, float]) -> np.ndarray:
    """Shown events whose whole extent lies outside the detail window, in time order."""
    rows = np.flatnonzero(visible)
    if not len(rows):
        return rows
    lo, hi = extents(document.columns, rows)
    outside = (hi < focus[0]) | (lo > focus[1])
    rows, lo = rows[outside], lo[outside]
    return rows[np.argsort(lo, kind="stable")]


def outside_entries(document, rows: np.ndarray, first_number: int, zone: str) -> list[KeyEntry]:
    return [KeyEntry(first_number + i, int(row), one_line(date_display(document.events[row].when, zone)),
                     whole_line(document.events[row].title)) for i, row in enumerate(rows.tolist())]


def paint_strip(painter: QPainter, rect: QRectF, detail: QRectF, whole: tuple[float, float],
                focus: tuple[float, float], document, visible: np.ndarray, entries: list[KeyEntry],
                theme, boxes=None) -> None:
    """Draw the strip in ``rect`` (its time axis across the full width) and join its detail band
    to the top corners of ``detail`` (the detail panel's plot area)."""
    lo_t, hi_t = whole
    span = hi_t - lo_t
    if not span > 0:
        return

    def x(t):
        return rect.left() + (np.clip(t, lo_t, hi_t) - lo_t) / span * rect.width()

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.border), 1))
    painter.setBrush(QColor(theme.background))
    painter.drawRect(rect)
    marks_top = rect.top() + NUMBERS_H
    band_x0, band_x1 = float(x(focus[0])), float(x(focus[1]))
    accent = QColor(theme.selection)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(with_alpha(accent, 0.16))
    painter.drawRect(QRectF(band_x0, rect.top(), max(band_x1 - band_x0, 2.0), rect.height()))
    _paint_marks(painter, document, visible, x, QRectF(rect.left(), marks_top, rect.width(), MARKS_H), theme)
    _paint_dates(painter, rect, whole, marks_top + MARKS_H, theme, boxes)
    pen = QPen(accent, 1.4)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(band_x0, rect.top(), max(band_x1 - band_x0, 2.0), rect.height()))
    painter.drawLine(QPointF(band_x0, rect.bottom()), QPointF(detail.left(), detail.top()))
    painter.drawLine(QPointF(band_x1, rect.bottom()), QPointF(detail.right(), detail.top()))
    _paint_numbers(painter, document, entries, x, rect, marks_top, theme, boxes)
    painter.restore()


def _paint_marks(painter: QPainter, document, visible: np.ndarray, x, band: QRectF, theme) -> None:
    rows = np.flatnonzero(visible)
    if not len(rows):
        return
    lo, hi = extents(document.columns, rows)
    x0, x1 = x(np.where(np.isfinite(lo), lo, hi)), x(np.where(np.isfinite(hi), hi, lo))
    colour = QColor(theme.muted)
    middle = band.top() + band.height() / 2
    spans = (x1 - x0) >= 3
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(with_alpha(colour, 0.35))
    for a, b in zip(x0[spans].tolist(), x1[spans].tolist()):
        painter.drawRect(QRectF(a, middle - 3, b - a, 6))
    painter.setPen(QPen(colour, 2))
    for a in ((x0 + x1) / 2)[~spans].tolist():
        painter.drawLine(QPointF(a, band.top() + 3), QPointF(a, band.bottom() - 3))


def _paint_dates(painter: QPainter, rect: QRectF, whole, top: float, theme, boxes) -> None:
    """Ticks with their dates, and the larger units (months, years) on a line below."""
    font = ui_font(TEXT_PX)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    ticks = compute_ticks(whole[0], whole[1], rect.width())
    inner = (rect.left() + 1, rect.top(), rect.right() - 1, rect.bottom() - 1)
    for line, marks in enumerate((ticks.major, ticks.context)):
        taken = TakenBoxes()
        y = top + 1 + line * (metrics.height() + 1)
        for t, text in marks:
            tx = rect.left() + (t - whole[0]) / (whole[1] - whole[0]) * rect.width()
            painter.setPen(QPen(QColor(theme.grid if line == 0 else theme.muted), 1))
            painter.drawLine(QPointF(tx, top - 4), QPointF(tx, top if line == 0 else y + metrics.height()))
            w = metrics.horizontalAdvance(text)
            box = (tx + 2, y, tx + 2 + w, y + metrics.height())
            if place_first([box], inner, taken, pad_x=6) < 0:
                continue
            painter.setPen(QColor(theme.muted if line == 0 else theme.foreground))
            painter.drawText(QPointF(box[0], box[1] + metrics.ascent()), text)
            if boxes is not None:
                boxes.add("strip", text, QRectF(box[0], box[1], w, metrics.height()), rect)


def _paint_numbers(painter: QPainter, document, entries: list[KeyEntry], x, rect: QRectF, marks_top: float,
                   theme, boxes) -> None:
    if not entries:
        return
    font = ui_font(TEXT_PX)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    taken = TakenBoxes()
    inner = (rect.left() + 1, rect.top() + 1, rect.right() - 1, marks_top)
    rows = np.array([e.row for e in entries])
    lo, hi = extents(document.columns, rows)
    at = x(np.where(np.isfinite(lo) & np.isfinite(hi), (lo + hi) / 2, np.where(np.isfinite(lo), lo, hi)))
    h = metrics.height()
    for entry, cx in zip(entries, at.tolist()):
        w = metrics.horizontalAdvance(str(entry.number)) + 2 * NUMBER_PAD
        top = marks_top - h - 2
        candidates = [(cx - w / 2 + dx, top, cx + w / 2 + dx, top + h) for dx in (0.0, w * 0.6, -w * 0.6, w * 1.2,
                                                                                 -w * 1.2)]
        chosen = place_first(candidates, inner, taken, pad_x=2, pad_y=0)
        if chosen < 0:
            continue
        left, top_, right, bottom = candidates[chosen]
        box = QRectF(left, top_, right - left, bottom - top_)
        painter.setPen(QPen(QColor(theme.foreground), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(entry.number))
        if boxes is not None:
            boxes.add("strip", str(entry.number), box, rect)
