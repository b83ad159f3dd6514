"""The key under the timeline: one line per numbered marker, "3 · 10 Jul 2025 · <the whole title>".

Entries flow down columns across the width; an entry wraps at words and is
never shortened. What does not fit in the room given is handed back, for the
pages that continue a PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ..model.citations import date_display, one_line
from ..model.label_layout import KeyEntry, wrap_long
from ..model.translation import number, translate
from ..style.fonts import ui_font
from .provenance import whole_line

TEXT_PX = 12
COLUMN_MIN_W = 440
COLUMN_GAP = 28
ENTRY_GAP = 3
TOP_GAP = 8  # between the timeline's frame and the key


def key_entries(timeline, document, zone: str) -> list[KeyEntry]:
    """The timeline's key numbers with the date and whole title of the event each stands for."""
    frame = timeline.current_frame() if timeline is not None else None
    if frame is None:
        return []
    entries = []
    for label in frame.keyed:
        event = document.events[label.row]
        entries.append(KeyEntry(label.number, label.row, one_line(date_display(event.when, zone)),
                                whole_line(event.title)))
    return entries


def _metrics() -> QFontMetricsF:
    return QFontMetricsF(ui_font(TEXT_PX))


def columns_for(width: float) -> int:
    return max(1, int((width + COLUMN_GAP) // (COLUMN_MIN_W + COLUMN_GAP)))


def _column_width(width: float) -> float:
    n = columns_for(width)
    return (width - COLUMN_GAP * (n - 1)) / n


def entry_lines(entry: KeyEntry, width: float) -> list[str]:
    metrics = _metrics()
    return wrap_long(entry.text(), metrics.horizontalAdvance, _column_width(width))


def _entry_height(entry: KeyEntry, width: float) -> float:
    return len(entry_lines(entry, width)) * _metrics().lineSpacing() + ENTRY_GAP


def height_for(entries: list[KeyEntry], width: float) -> float:
    """Height the key needs to show every entry at ``width`` (0 without entries)."""
    if not entries:
        return 0.0
    n = columns_for(width)
    heights = [_entry_height(e, width) for e in entries]
    total = sum(heights)
    # Column-major, balanced: the least height at which the entries fill n columns.
    target = max(total / n, max(heights))
    while _columns_needed(heights, target) > n:
        target += _metrics().lineSpacing()
    return TOP_GAP + target


def _columns_needed(heights: list[float], target: float) -> int:
    columns, used = 1, 0.0
    for h in heights:
        if used and used + h > target + 0.01:
            columns, used = columns + 1, 0.0
        used += h
    return columns


def flow(entries: list[KeyEntry], rect: QRectF) -> tuple[list[tuple[QRectF, list[str]]], list[KeyEntry]]:
    """(box, lines) for each entry that fits in ``rect``, column by column; and those left over."""
    n = columns_for(rect.width())
    column_w = _column_width(rect.width())
    spacing = _metrics().lineSpacing()
    top = rect.top() + TOP_GAP
    placed: list[tuple[QRectF, list[str]]] = []
    column, y = 0, top
    for index, entry in enumerate(entries):
        lines = entry_lines(entry, rect.width())
        h = len(lines) * spacing
        if y > top and y + h > rect.bottom() + 0.01:
            column, y = column + 1, top
        if column >= n or y + h > rect.bottom() + 0.01:
            return placed, entries[index:]
        x = rect.left() + column * (column_w + COLUMN_GAP)
        placed.append((QRectF(x, y, column_w, h), lines))
        y += h + ENTRY_GAP
    return placed, []


def paint_key(painter: QPainter, rect: QRectF, entries: list[KeyEntry], theme, boxes=None,
              say_where_the_rest_is: bool = False) -> list[KeyEntry]:
    """Draw what fits; returns the entries left over. ``boxes`` collects each line's box. With
    ``say_where_the_rest_is`` (a picture, which cannot continue on another page) the last line
    says how many more there are and where their titles are."""
    placed, rest = flow(entries, rect)
    font = ui_font(TEXT_PX)
    metrics = QFontMetricsF(font)
    note_box = None
    if rest and say_where_the_rest_is:
        placed, rest = flow(entries, rect.adjusted(0, 0, 0, -metrics.lineSpacing() - ENTRY_GAP))
        note_box = QRectF(rect.left(), rect.bottom() - metrics.height(), rect.width(), metrics.height())
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(theme.foreground))
    for box, lines in placed:
        for i, line in enumerate(lines):
            top = box.top() + i * metrics.lineSpacing()
            painter.drawText(QPointF(box.left(), top + metrics.ascent()), line)
            if boxes is not None:
                boxes.add("key", line, QRectF(box.left(), top, metrics.horizontalAdvance(line), metrics.height()),
                          rect)
    if note_box is not None:
        note = (translate("Page", "{n} more numbered event (from {first}): its title is on the further pages of "
                                  "a PDF export of this page") if len(rest) == 1 else
                translate("Page", "{n} more numbered events (from {first}): their titles are on the further pages "
                                  "of a PDF export of this page")).format(n=number(len(rest)), first=rest[0].number)
        painter.setPen(QColor(theme.muted))
        painter.drawText(QPointF(note_box.left(), note_box.top() + metrics.ascent()), note)
        if boxes is not None:
            boxes.add("key", note, QRectF(note_box.left(), note_box.top(), metrics.horizontalAdvance(note),
                                          metrics.height()), rect)
    painter.restore()
    return rest
