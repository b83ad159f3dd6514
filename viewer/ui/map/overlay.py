"""Everything on the map that keeps its size on screen: names of segments,
places and countries (placed without overlaps), graticule degrees, the scale
bar, the projection's name and the count of events that are not on the map.

It is a child of the view box, so it paints in the box's pixel coordinates
and maps map units through the box's current transform.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from ...model.geo import PROJECTION_NAME, km_per_unit, project, scale_bar_length, unproject
from ...model.translation import tr, translate
from ...model.wording import counted
from ...style.fonts import ui_font
from ...style.theme import LIGHT, Theme
from .content import MapContent
from .countries import country_names
from .edge_pointers import edge_pointers, place_pointer
from .graticule import degree_text, lines_in, step_for
from .labels import Label, TakenRects, candidate_corners, free_corner, place_labels, text_size
from .look import MapLook, mark_sizes

MARGIN = 10.0
SCALE_BAR_TARGET_PX = 130.0
PLATE_PAD = 2.0
PLATE_RADIUS = 3.0
PLATE_ALPHA = 200
COUNTRY_PLATE_ALPHA = 110  # country names sit on plain land: a faint box will do
SMALLEST_TYPE_PX = 11  # nothing on a 1920x1080 page is smaller
MAX_PLACE_LABELS = 300  # the busiest places; the rest stay unlabelled until zoomed in


def events_text(n: int) -> str:
    return translate("Map", "{events} not on the map").format(events=counted(n, "event"))


class MapOverlay(pg.GraphicsObject):
    def __init__(self, view: pg.ViewBox):
        super().__init__()
        self.view = view
        self.setParentItem(view)
        self.setZValue(1e4)
        self.theme: Theme = LIGHT
        self.content = MapContent()
        self.look = MapLook()
        self.segment_colours: dict[int, QColor] = {}
        self.mark_xy = self.content.places.xy  # where the marks are drawn (the canvas moves crowded ones apart)
        self.hits: list[tuple[QRectF, str, object]] = []  # clickable rects from the last paint
        self.drawn: list[tuple[str, QRectF]] = []  # what the last paint put where: kind, box
        view.sigResized.connect(self._resized)
        view.sigTransformChanged.connect(lambda *_: self.update())

    def _resized(self, *_):
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.view.boundingRect()

    # -- mapping -------------------------------------------------------------
    def to_pixels(self, xy: np.ndarray) -> np.ndarray:
        t = self.view.childTransform()
        x, y = xy[:, 0], xy[:, 1]
        return np.column_stack([t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy()])

    def px_per_unit(self) -> float:
        return abs(self.view.childTransform().m11())

    # -- drawing helpers ---------------------------------------------------------
    def _text(self, painter, corner: QPointF, text: str, font, colour: QColor, plate: int = PLATE_ALPHA) -> None:
        """Text drawn as text, so that an SVG or PDF keeps it selectable and
        every export places it alike. ``plate`` is the opacity of a rounded box
        in the background colour behind it (0: none): it keeps names legible
        over fills and lines where a halo would need the glyphs' outlines."""
        metrics = QFontMetricsF(font)
        if plate:
            fill = QColor(self.theme.background)
            fill.setAlpha(plate)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            box = QRectF(corner.x() - PLATE_PAD, corner.y(), metrics.horizontalAdvance(text) + 2 * PLATE_PAD,
                         metrics.height())
            painter.drawRoundedRect(box, PLATE_RADIUS, PLATE_RADIUS)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(corner + QPointF(0, metrics.ascent()), text)

    def paint(self, painter, option, widget=None) -> None:
        if self.px_per_unit() <= 0:
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setRenderHint(painter.RenderHint.TextAntialiasing)
        area = self.boundingRect()
        self.hits = []
        self.drawn = []
        marks = self._mark_boxes(area)
        self._paint_leaders(painter, area)
        taken = TakenRects()
        # Furniture first, in the corners the marks leave free; then nothing else may cover a mark.
        self._paint_furniture(painter, area, taken, marks)
        taken.add_many(marks)
        self._paint_pointers(painter, area, taken)
        self._paint_graticule_labels(painter, area, taken)
        inner = area.adjusted(2, 2, -2, -2)
        for label in place_labels(self._labels(area), inner, taken):
            plate = COUNTRY_PLATE_ALPHA if label.kind == "country" else PLATE_ALPHA
            self._text(painter, label.rect.topLeft(), label.text, label.font, label.colour, plate)
            self.drawn.append((label.kind, QRectF(label.rect)))
            if label.kind in ("segment", "place"):
                self.hits.append((label.rect, label.kind, label.key))

    # -- furniture: scale bar, projection, count of events not on the map ----------------
    def _paint_furniture(self, painter, area: QRectF, taken: TakenRects, marks: np.ndarray) -> None:
        pieces = [(self._scale_bar_size(), ("bottom-left", "bottom-right", "top-left", "top-right"),
                   self._paint_scale_bar),
                  (text_size(tr(PROJECTION_NAME), ui_font(SMALLEST_TYPE_PX)),
                   ("bottom-right", "bottom-left", "top-right", "top-left"), self._paint_projection)]
        if self.look.not_on_map:
            pieces.append((self._unplaced_size(), ("top-right", "top-left", "bottom-right", "bottom-left"),
                           self._paint_unplaced))
        for (width, height), corners, paint in pieces:
            box = free_corner(area, width, height, corners, taken, marks)
            paint(painter, box)
            taken.add(box)
            self.drawn.append(("furniture", box))

    def _paint_projection(self, painter, box: QRectF) -> None:
        self._text(painter, box.topLeft(), tr(PROJECTION_NAME), ui_font(SMALLEST_TYPE_PX), QColor(self.theme.muted))

    def _unplaced_size(self) -> tuple[float, float]:
        width, height = text_size(events_text(self.look.not_on_map), ui_font(12))
        return width + 12, height + 8

    def _paint_unplaced(self, painter, box: QRectF) -> None:
        fill = QColor(self.theme.background)
        fill.setAlpha(235)
        painter.setPen(QPen(QColor(self.theme.border), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        self._text(painter, box.topLeft() + QPointF(6, 4), events_text(self.look.not_on_map), ui_font(12),
                   QColor(self.theme.foreground), plate=0)
        self.hits.append((box, "unplaced", None))

    def _scale_bar_parts(self) -> tuple[float, str, str]:
        """(length in pixels, the bar's text, the latitude it holds at)."""
        px_per_unit = self.px_per_unit()
        centre = self.view.viewRect().center()
        _, lat = unproject(centre.x(), centre.y())
        factor = km_per_unit(float(lat))
        km, text = scale_bar_length(factor, SCALE_BAR_TARGET_PX, px_per_unit)
        # Mercator's scale changes with latitude: say where the bar holds.
        return km / factor * px_per_unit, text, translate("Map", "at {latitude}").format(
            latitude=degree_text(round(float(lat)), translate("Map", "N"), translate("Map", "S")))

    def _scale_bar_size(self) -> tuple[float, float]:
        length, text, where = self._scale_bar_parts()
        font = ui_font(SMALLEST_TYPE_PX)
        text_width, text_height = text_size(text, font)
        return max(length, text_width) + 6 + text_size(where, font)[0] + 6, text_height + 12

    def _paint_scale_bar(self, painter, box: QRectF) -> None:
        length, text, where = self._scale_bar_parts()
        font = ui_font(SMALLEST_TYPE_PX)
        text_width, text_height = text_size(text, font)
        left, base = box.left() + 3, box.top() + text_height + 6
        foreground = QColor(self.theme.foreground)
        halo = QColor(self.theme.background)
        halo.setAlpha(225)
        for pen in (QPen(halo, 5), QPen(foreground, 1.5)):
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, base), QPointF(left + length, base))
            painter.drawLine(QPointF(left, base - 5), QPointF(left, base + 3))
            painter.drawLine(QPointF(left + length, base - 5), QPointF(left + length, base + 3))
        self._text(painter, QPointF(left, box.top()), text, font, foreground)
        self._text(painter, QPointF(left + max(length, text_width) + 6, box.top() + 1), where, font,
                   QColor(self.theme.muted))

    # -- places beyond the edges -------------------------------------------------------------
    def _paint_pointers(self, painter, area: QRectF, taken: TakenRects) -> None:
        """A place with shown events outside the view gets an arrow at the edge towards it,
        with its name and how far it is from the nearest place on the map."""
        for pointer in edge_pointers(self.content, self.look, self.to_pixels, area):
            placed = place_pointer(pointer, area, taken)
            if placed is None:
                continue
            arrow, box = placed
            colour = QColor(self.theme.selection if pointer.lit else self.theme.foreground)
            painter.setPen(QPen(QColor(self.theme.background), 1))
            painter.setBrush(colour)
            painter.drawPolygon(arrow)
            self._text(painter, box.topLeft(), pointer.text, pointer.font, colour)
            taken.add(arrow.boundingRect())
            taken.add(box)
            self.drawn.append(("pointer", arrow.boundingRect().united(box)))
            self.hits.append((arrow.boundingRect().united(box), "place", pointer.row))

    # -- graticule degrees ---------------------------------------------------------------
    def _paint_graticule_labels(self, painter, area: QRectF, taken: TakenRects) -> None:
        rect = self.view.viewRect()
        y0, y1 = sorted((rect.top(), rect.bottom()))
        lons, lats = lines_in(rect.left(), y0, rect.right(), y1, step_for(self.px_per_unit()))
        font = ui_font(SMALLEST_TYPE_PX)
        colour = QColor(self.theme.muted)
        if len(lons):
            xs = self.to_pixels(np.column_stack([project(lons, 0 * lons)[0], np.zeros(len(lons))]))[:, 0]
            for lon, x in zip(lons, xs):
                text = degree_text(lon, translate("Map", "E"), translate("Map", "W"))
                width, height = text_size(text, font)
                box = QRectF(x + 3, area.top() + 3, width, height)
                if box.right() < area.right() - 2 and box.left() > area.left() + 2 and not taken.overlaps(box):
                    self._text(painter, box.topLeft(), text, font, colour)
                    taken.add(box)
                    self.drawn.append(("degrees", box))
        if len(lats):
            ys = self.to_pixels(np.column_stack([np.zeros(len(lats)), project(0 * lats, lats)[1]]))[:, 1]
            for lat, y in zip(lats, ys):
                text = degree_text(lat, translate("Map", "N"), translate("Map", "S"))
                width, height = text_size(text, font)
                box = QRectF(area.left() + 3, y - height - 1, width, height)
                if box.top() > area.top() + 18 and box.bottom() < area.bottom() - 2 and not taken.overlaps(box):
                    self._text(painter, box.topLeft(), text, font, colour)
                    taken.add(box)
                    self.drawn.append(("degrees", box))

    def _drawn_xy(self) -> np.ndarray:
        xy = self.mark_xy
        return xy if len(xy) == len(self.content.places.rows) else self.content.places.xy

    def _paint_leaders(self, painter, area: QRectF) -> None:
        """A mark moved off its place keeps a thin line to the spot it stands for."""
        marks, look = self.content.places, self.look
        if not len(marks.rows) or len(look.place_counts) != len(marks.rows):
            return
        drawn = self._drawn_xy()
        moved = np.flatnonzero(look.place_shown & np.any(drawn != marks.xy, axis=1))
        if not len(moved):
            return
        true_px, drawn_px = self.to_pixels(marks.xy[moved]), self.to_pixels(drawn[moved])
        pen = QPen(QColor(self.theme.foreground), 1)
        painter.setPen(pen)
        painter.setBrush(QColor(self.theme.foreground))
        radii = mark_sizes(look.place_counts[moved]) / 2
        for (x0, y0), (x1, y1), r in zip(true_px, drawn_px, radii):
            length = float(np.hypot(x1 - x0, y1 - y0))
            if length <= r:
                continue
            end = QPointF(float(x1 - (x1 - x0) * r / length), float(y1 - (y1 - y0) * r / length))
            painter.drawLine(QPointF(float(x0), float(y0)), end)
            painter.drawEllipse(QPointF(float(x0), float(y0)), 1.5, 1.5)

    def _mark_boxes(self, area: QRectF) -> np.ndarray:
        """Place marks in view as (n, 4) boxes, so that no name covers one."""
        marks, look = self.content.places, self.look
        if not len(marks.rows) or len(look.place_counts) != len(marks.rows):
            return np.zeros((0, 4))
        shown = np.flatnonzero(look.place_shown)
        pixels = self.to_pixels(self._drawn_xy()[shown])
        radii = mark_sizes(look.place_counts[shown]) / 2
        boxes = np.column_stack([pixels[:, 0] - radii, pixels[:, 1] - radii,
                                 pixels[:, 0] + radii, pixels[:, 1] + radii])
        inside = ((boxes[:, 2] >= area.left()) & (boxes[:, 0] <= area.right())
                  & (boxes[:, 3] >= area.top()) & (boxes[:, 1] <= area.bottom()))
        return boxes[inside]

    # -- names -----------------------------------------------------------------------------
    def _labels(self, area: QRectF) -> list[Label]:
        """Candidates in order of importance: selected things, segments, places, countries."""
        look, content = self.look, self.content
        first: list[Label] = []
        rest: list[Label] = []
        segment_font = ui_font(13, bold=True)
        for shape in content.segments:
            x, y = (float(v) for v in self.to_pixels(np.array([shape.label_at]))[0])
            width, height = text_size(shape.label, segment_font)
            colour = QColor(self.segment_colours.get(shape.row, QColor(self.theme.foreground)))
            colour = QColor(self.theme.text_colour(colour.name(), self.theme.land))  # a name readable on land
            lit = shape.row < len(look.segment_highlighted) and look.segment_highlighted[shape.row]
            dim = shape.row < len(look.segment_dimmed) and look.segment_dimmed[shape.row]
            if dim:
                colour.setAlpha(110)
            centre = QPointF(x - width / 2, y - height / 2)
            beside = candidate_corners(x, y, width, height, height / 2)  # right, left, above, below
            # A name on a line would hide the line: put it beside.
            corners = beside[2:] + beside[:2] + [centre] if shape.is_line else [centre, *beside]
            corners += [centre + QPointF(0, step * height) for step in (-2.2, 2.2, -3.2, 3.2)]  # crowded: move off
            (first if lit else rest).append(Label(shape.label, segment_font, colour, corners, "segment", shape.id))

        marks = content.places
        if len(marks.rows) and len(look.place_counts) == len(marks.rows):
            pixels = self.to_pixels(self._drawn_xy())
            radii = mark_sizes(look.place_counts) / 2
            inside = (look.place_shown & (pixels[:, 0] >= area.left()) & (pixels[:, 0] <= area.right())
                      & (pixels[:, 1] >= area.top()) & (pixels[:, 1] <= area.bottom()))
            order = np.flatnonzero(inside)
            order = order[np.lexsort((order, -look.place_counts[order], ~look.place_highlighted[order]))]
            place_font = ui_font(12)
            for i in order[:MAX_PLACE_LABELS]:
                count = int(look.place_counts[i])
                text = marks.names[i] + (f" ({count})" if count > 1 else "")
                width, height = text_size(text, place_font)
                colour = QColor(self.theme.selection if look.place_highlighted[i] else self.theme.foreground)
                if look.place_dimmed[i] and not look.place_highlighted[i]:
                    colour = QColor(self.theme.muted)
                corners = candidate_corners(pixels[i, 0], pixels[i, 1], width, height, radii[i])
                label = Label(text, place_font, colour, corners, "place", int(marks.rows[i]))
                (first if look.place_highlighted[i] else rest).append(label)
        return first + rest + self._country_labels(area)

    def _country_labels(self, area: QRectF) -> list[Label]:
        names = country_names()
        px = self.px_per_unit()
        font = ui_font(SMALLEST_TYPE_PX)
        metrics = QFontMetricsF(font)
        pixels = self.to_pixels(names.anchor)
        room = names.size * px
        inside = ((pixels[:, 0] > area.left()) & (pixels[:, 0] < area.right())
                  & (pixels[:, 1] > area.top()) & (pixels[:, 1] < area.bottom())
                  & (room[:, 1] > metrics.height() * 1.5) & (room[:, 0] > 40))
        colour = QColor(self.theme.muted)
        labels = []
        for i in np.flatnonzero(inside)[np.argsort(-(room[inside, 0] * room[inside, 1]), kind="stable")]:
            text = names.names[i]
            width = metrics.horizontalAdvance(text)
            if width > room[i, 0] * 0.9:
                continue  # the name would run far over the country's edges
            corner = QPointF(pixels[i, 0] - width / 2, pixels[i, 1] - metrics.height() / 2)
            labels.append(Label(text, font, colour, [corner], "country", text))
        return labels
