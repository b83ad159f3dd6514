"""Laying out and drawing the legend items of a briefing page.

Items flow top-down in a column at the right of the view, or in columns
across the page below it; each symbol is drawn the way its view draws it
(the timeline's own glyph code, the map's translucent fills).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from ..style.fonts import ui_font
from ..ui.timeline.palette import pattern_brush
from .page_legend import LegendItem

TEXT_PX = 13
HEADING_PX = 13
SYMBOL_W = 64  # an unknown end's fade (styles.UNKNOWN_FADE_PX) and its known end fit
SYMBOL_H = 18
SYMBOL_GAP = 10
ROW_GAP = 5
HEADING_GAP = 12
COLUMN_W = 360
COLUMN_GAP = 28
SEGMENT_FILL_ALPHA = 70  # as the map fills segment areas


def _font(item: LegendItem):
    return ui_font(HEADING_PX, bold=True) if item.kind == "heading" else ui_font(TEXT_PX)


def _indent(item: LegendItem) -> float:
    """Where the item's text starts in its column: after the symbol, if it has one."""
    return 0.0 if item.kind in ("heading", "note") else SYMBOL_W + SYMBOL_GAP


def item_height(item: LegendItem, width: float) -> float:
    """Height of the item's row in a column of ``width``, without the gaps around it."""
    indent = _indent(item)
    metrics = QFontMetricsF(_font(item))
    text = metrics.boundingRect(QRectF(0, 0, width - indent, 1e6),
                                int(Qt.TextFlag.TextWordWrap), item.text).height()
    if item.kind in ("heading", "note"):
        return text
    return max(text, item.size if item.kind == "place" else SYMBOL_H)


def _space_before(item: LegendItem, at_top: bool) -> float:
    return HEADING_GAP if item.kind == "heading" and not at_top else 0.0


def flow(items: list[LegendItem], rect: QRectF, columns: bool) -> list[tuple[LegendItem, QRectF]]:
    """Place items top-down; with ``columns``, continue in further columns
    to the right. What does not fit is left out, lane swatches first."""
    width = COLUMN_W if columns else rect.width()
    items = _shorten(items, rect, width, columns)
    placed, x, y = [], rect.left(), rect.top()
    for index, item in enumerate(items):
        h = item_height(item, width)
        # A heading goes to the next column together with its first entry.
        following = items[index + 1] if item.kind == "heading" and index + 1 < len(items) else None
        need = _space_before(item, y <= rect.top()) + h + (item_height(following, width) if following else 0)
        if y + need > rect.bottom() + 0.5 and y > rect.top():
            if not columns or x + 2 * width + COLUMN_GAP > rect.right() + 0.5:
                break
            x, y = x + width + COLUMN_GAP, rect.top()
        y += _space_before(item, y <= rect.top())
        placed.append((item, QRectF(x, y, width, h)))
        y += h + ROW_GAP
    return placed


def _shorten(items: list[LegendItem], rect: QRectF, width: float, columns: bool) -> list[LegendItem]:
    """Drop lane swatches from the end (the lanes name themselves on the
    timeline) until the legend fits, and say how many were left out."""
    count = max(1, int((rect.width() + COLUMN_GAP) // (width + COLUMN_GAP))) if columns else 1
    capacity = rect.height() * count
    lanes = [i for i, item in enumerate(items) if item.kind == "swatch" and _in_lanes(items, i)]
    dropped = 0
    while lanes and len(lanes) > 3 and _total_height(items, width) > capacity:
        last = lanes.pop()
        dropped += 1
        more = LegendItem("note", f"+ {dropped:,} more lane{'s' if dropped != 1 else ''}, named on the timeline")
        rest = items[last + 1:]
        if rest and rest[0].kind == "note" and rest[0].text.startswith("+ "):
            rest = rest[1:]
        items = items[:last] + [more] + rest
    return items


def _total_height(items: list[LegendItem], width: float) -> float:
    return sum(item_height(i, width) + ROW_GAP + _space_before(i, False) for i in items)


def _in_lanes(items: list[LegendItem], index: int) -> bool:
    """Whether the item at ``index`` belongs to the "Lanes" section."""
    for item in reversed(items[:index]):
        if item.kind == "heading":
            return item.section == "lanes"
    return False


def flow_height(items: list[LegendItem], width: float) -> float:
    """Height a legend below the view needs, in columns across ``width``."""
    if not items:
        return 0.0
    columns = max(1, int((width + COLUMN_GAP) // (COLUMN_W + COLUMN_GAP)))
    total = _total_height(items, COLUMN_W)
    tallest = max(item_height(i, COLUMN_W) + ROW_GAP + HEADING_GAP for i in items)
    return min(total / columns + 2 * tallest, total)


# -- painting -------------------------------------------------------------------------
def paint_legend(painter: QPainter, rect: QRectF, items: list[LegendItem], theme, columns: bool = False,
                 boxes=None) -> None:
    """Draw the items that fit; ``boxes`` (page_boxes.PageBoxes) collects each row's box."""
    for item, box in flow(items, rect, columns):
        painter.save()
        _paint_item(painter, item, box, theme)
        painter.restore()
        if boxes is not None:
            boxes.add("legend", item.text, box, rect)


def _paint_item(painter: QPainter, item: LegendItem, box: QRectF, theme) -> None:
    indent = _indent(item)
    font = _font(item)
    painter.setFont(font)
    painter.setPen(QColor(theme.muted if item.kind == "note" else theme.foreground))
    text_box = QRectF(box.left() + indent, box.top(), box.width() - indent, box.height())
    painter.drawText(text_box, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                                   | Qt.AlignmentFlag.AlignVCenter), item.text)
    symbol = QRectF(box.left(), box.center().y() - SYMBOL_H / 2, SYMBOL_W, SYMBOL_H)
    if item.kind == "swatch":
        _paint_swatch(painter, symbol, QColor(item.colour), item.translucent, item.pattern)
    elif item.kind == "glyph":
        from ..ui.timeline.legend import draw_legend_glyph

        draw_legend_glyph(painter, symbol, item.glyph, item.colour, theme)
    elif item.kind == "place":
        _paint_place(painter, symbol, item.size, theme)


def _paint_swatch(painter: QPainter, rect: QRectF, colour: QColor, translucent: bool, pattern: int = 0) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(colour)
    if translucent:
        fill.setAlpha(SEGMENT_FILL_ALPHA)
    swatch = QRectF(rect.left() + 4, rect.top() + 2, 26, rect.height() - 4)
    painter.setBrush(fill)
    painter.setPen(QPen(colour.darker(115) if not translucent else colour, 1.5))
    painter.drawRoundedRect(swatch, 3, 3)
    lines = pattern_brush(pattern, fill)
    if lines is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(lines)
        painter.drawRoundedRect(swatch, 3, 3)


def _paint_place(painter: QPainter, rect: QRectF, size: float, theme) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(theme.foreground)
    fill.setAlpha(215)  # as the map draws its place marks
    painter.setBrush(fill)
    painter.setPen(QPen(QColor(theme.background), 1.5))
    centre = QPointF(rect.left() + 4 + 13, rect.center().y())
    painter.drawEllipse(centre, size / 2, size / 2)
