"""Places beyond the map's edges: an arrow at the edge towards each, with its name
and its distance from the nearest place on the map, so that one far place (a
capital across the ocean) need not stretch the map to a sea of nothing."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPolygonF

from ...model.geo import distance_text, great_circle_km, unproject
from ...model.translation import translate
from ...style.fonts import ui_font
from .content import MapContent
from .labels import TakenRects, text_size
from .look import MapLook

MAX_POINTERS = 6  # the busiest places off the map; more arrows would be a fringe, not a hint
INSET_PX = 6.0  # from the edge to the arrow's tip
ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 6.0
GAP_PX = 4.0
SLIDES = (0, 1, -1, 2, -2, 3, -3, 4, -4)  # steps along the edge when the first spot is taken


@dataclass
class EdgePointer:
    row: int  # document place row
    text: str
    font: QFont
    direction: tuple[float, float]  # unit vector on screen from the map's centre towards the place
    lit: bool


def edge_pointers(content: MapContent, look: MapLook, to_pixels, area: QRectF) -> list[EdgePointer]:
    marks = content.places
    if not len(marks.rows) or len(look.place_counts) != len(marks.rows):
        return []
    pixels = to_pixels(marks.xy)
    inside = ((pixels[:, 0] >= area.left()) & (pixels[:, 0] <= area.right())
              & (pixels[:, 1] >= area.top()) & (pixels[:, 1] <= area.bottom()))
    wanted = look.place_shown & (~look.place_dimmed | look.place_highlighted)
    away = np.flatnonzero(wanted & ~inside)
    if not len(away):
        return []
    away = away[np.lexsort((away, -look.place_counts[away], ~look.place_highlighted[away]))][:MAX_POINTERS]
    lon, lat = unproject(marks.xy[:, 0], marks.xy[:, 1])
    on_map = np.flatnonzero(wanted & inside)
    centre = area.center()
    font = ui_font(12)
    pointers = []
    for i in away:
        name = marks.names[i]
        count = int(look.place_counts[i])
        text = name + (f" ({count})" if count > 1 else "")
        if len(on_map):
            km = great_circle_km(lon[i], lat[i], lon[on_map], lat[on_map])
            nearest = int(np.argmin(km))
            text += translate("Map", " · {distance} from {place}").format(
                distance=distance_text(float(km[nearest])), place=marks.names[on_map[nearest]])
        dx, dy = pixels[i, 0] - centre.x(), pixels[i, 1] - centre.y()
        norm = float(np.hypot(dx, dy)) or 1.0
        pointers.append(EdgePointer(int(marks.rows[i]), text, font, (float(dx / norm), float(dy / norm)),
                                    bool(look.place_highlighted[i])))
    return pointers


def _tip(area: QRectF, direction: tuple[float, float]) -> tuple[QPointF, str]:
    """Where the ray from the centre leaves the area (less the inset), and which edge that is."""
    inner = area.adjusted(INSET_PX, INSET_PX, -INSET_PX, -INSET_PX)
    c = inner.center()
    dx, dy = direction
    tx = (inner.width() / 2) / abs(dx) if dx else float("inf")
    ty = (inner.height() / 2) / abs(dy) if dy else float("inf")
    if tx <= ty:
        return QPointF(c.x() + dx * tx, c.y() + dy * tx), "right" if dx > 0 else "left"
    return QPointF(c.x() + dx * ty, c.y() + dy * ty), "bottom" if dy > 0 else "top"


def _arrow(tip: QPointF, direction: tuple[float, float]) -> QPolygonF:
    dx, dy = direction
    base = QPointF(tip.x() - dx * ARROW_LENGTH, tip.y() - dy * ARROW_LENGTH)
    across = QPointF(-dy * ARROW_HALF_WIDTH, dx * ARROW_HALF_WIDTH)
    return QPolygonF([tip, base + across, base - across, tip])


def _label_box(arrow: QRectF, edge: str, width: float, height: float) -> QRectF:
    """The name on the map's side of the arrow."""
    if edge == "left":
        return QRectF(arrow.right() + GAP_PX, arrow.center().y() - height / 2, width, height)
    if edge == "right":
        return QRectF(arrow.left() - GAP_PX - width, arrow.center().y() - height / 2, width, height)
    x = min(max(arrow.center().x() - width / 2, 0.0), arrow.center().x())
    if edge == "top":
        return QRectF(x, arrow.bottom() + GAP_PX, width, height)
    return QRectF(x, arrow.top() - GAP_PX - height, width, height)


def place_pointer(pointer: EdgePointer, area: QRectF, taken: TakenRects) -> tuple[QPolygonF, QRectF] | None:
    """The arrow and the name's box, slid along the edge until neither covers anything; None if nowhere."""
    width, height = text_size(pointer.text, pointer.font)
    tip, edge = _tip(area, pointer.direction)
    step = height + GAP_PX
    for slide in SLIDES:
        moved = QPointF(tip.x(), tip.y() + slide * step) if edge in ("left", "right") \
            else QPointF(tip.x() + slide * (width / 2 + GAP_PX), tip.y())
        arrow = _arrow(moved, pointer.direction)
        box = _label_box(arrow.boundingRect(), edge, width, height)
        if edge in ("top", "bottom"):  # keep a name near a corner inside the map
            box.moveLeft(min(max(box.left(), area.left() + INSET_PX), area.right() - INSET_PX - width))
        both = arrow.boundingRect().united(box)
        if area.contains(both) and not taken.overlaps(both.adjusted(-2, -2, 2, 2)):
            return arrow, box
    return None
