"""The map drawing itself: a pyqtgraph view with locked aspect holding the
country layer, graticule, segments, places and the pixel overlay."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen

from ...model.geo import MAX_LATITUDE, project
from ...model.translation import translate
from ...style.theme import LIGHT, Theme
from .content import EUROPE, Bounds, MapContent
from .countries import country_path
from .dodge import dodged
from .graticule import GraticuleItem
from .hits import place_at, segments_at
from .look import MapLook, mark_sizes
from .overlay import MapOverlay
from .path_item import PathItem
from .place_marks import PlaceMarksItem
from .segments_item import SegmentsItem

FIT_PADDING = 0.08
PLACES_PADDING = 0.14  # marks and their names need room inside the edges
ZOOM_STEP = 1.4
PAN_FRACTION = 0.2
WORLD_X = float(project(180.0, 0.0)[0])
WORLD_Y = float(project(0.0, MAX_LATITUDE)[1])


class MapCanvas(pg.PlotWidget):
    """Emits ``clicked(kind, key, modifiers)``: kind is "segment", "place",
    "unplaced" (the count of events not on the map) or "empty"."""

    clicked = Signal(str, object, object)

    def __init__(self, theme: Theme = LIGHT, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(translate("Map", "Wheel: zoom · drag: move · click: select events · "
                                       "Ctrl+click: filter the timeline · Home: fit"))
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        item.layout.setContentsMargins(0, 0, 0, 0)
        self.view: pg.ViewBox = item.getViewBox()
        self.view.setAspectLocked(True, ratio=1)
        self.view.setMouseMode(pg.ViewBox.PanMode)
        # Apply a new range at once rather than during the next paint, which would then paint twice.
        self.view.sigRangeChanged.connect(lambda *_: self.view.updateMatrix())
        self.view.disableAutoRange()
        self.view.setLimits(xMin=-1.5 * WORLD_X, xMax=1.5 * WORLD_X, yMin=-1.5 * WORLD_Y, yMax=1.5 * WORLD_Y,
                            minXRange=2.0, minYRange=2.0, maxXRange=3 * WORLD_X, maxYRange=3 * WORLD_Y)

        self.countries = PathItem(country_path())
        self.place_shapes = PathItem()
        self.graticule = GraticuleItem()
        self.segments = SegmentsItem()
        self.places = PlaceMarksItem()
        for z, layer in enumerate((self.countries, self.graticule, self.place_shapes, self.segments, self.places)):
            layer.setZValue(z * 10)
            self.view.addItem(layer, ignoreBounds=True)
        self.overlay = MapOverlay(self.view)

        self.content = MapContent()
        self.look = MapLook()
        self.mark_xy = self.content.places.xy  # where marks are drawn: moved apart where they would overlap
        self._dodged_at = 0.0  # the scale mark_xy was worked out for
        self.view.sigTransformChanged.connect(lambda *_: self._dodge())
        self.theme = theme
        self.scene().sigMouseClicked.connect(self._scene_clicked)
        self.set_theme(theme)
        self.fit()

    # -- content and style -----------------------------------------------------
    def set_content(self, content: MapContent) -> None:
        self.content = content
        self.segments.set_shapes(content.segments)
        self.place_shapes.set_path(content.place_geometry)
        self.overlay.content = content
        self._apply()

    def set_look(self, look: MapLook) -> None:
        self.look = look
        self._apply()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(QColor(theme.water))
        self.countries.set_style(QPen(QColor(theme.border), 0.8), QBrush(QColor(theme.land)))
        grid = QColor(theme.muted)
        grid.setAlpha(70)
        self.graticule.set_colour(grid)
        shape_pen = QPen(QColor(theme.muted), 1.5, Qt.PenStyle.DashLine)
        self.place_shapes.set_style(shape_pen, QBrush(Qt.BrushStyle.NoBrush))
        self.overlay.theme = theme
        self.places.set_theme(theme)
        self._apply()

    def _apply(self) -> None:
        look, theme = self.look, self.theme
        self.segments.set_style(theme, look.segment_dimmed, look.segment_highlighted)
        self.overlay.look = look
        self.overlay.segment_colours = {s.row: self.segments.colour_of(s) for s in self.content.segments}
        self._dodge(force=True)
        self.overlay.update()

    def _dodge(self, force: bool = False) -> None:
        """Move overlapping marks apart for the current scale; a pan keeps the scale, so only
        a zoom (or new marks) works it out again."""
        px = self.px_per_unit()
        if not force and abs(px - self._dodged_at) <= 1e-9 * max(px, 1e-12):
            return
        self._dodged_at = px
        marks, look = self.content.places, self.look
        if len(look.place_counts) == len(marks.rows) and len(marks.rows):
            xy = dodged(marks.xy, mark_sizes(look.place_counts), look.place_shown, look.place_highlighted, px)
        else:
            xy = marks.xy
        if force or not np.array_equal(xy, self.mark_xy):
            self.mark_xy = xy
            self.overlay.mark_xy = xy
            self.places.show_marks(marks, look, xy)

    # -- view ------------------------------------------------------------------
    def show_bounds(self, bounds: Bounds, padding: float = FIT_PADDING) -> None:
        x0, y0, x1, y1 = bounds
        # A single place gets a region around it, not a street-level view.
        half = 150.0
        if x1 - x0 < 2 * half:
            x0, x1 = (x0 + x1) / 2 - half, (x0 + x1) / 2 + half
        if y1 - y0 < 2 * half:
            y0, y1 = (y0 + y1) / 2 - half, (y0 + y1) / 2 + half
        self.view.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=padding)

    def fit(self, everything: bool = False) -> None:
        """Fit to the places of the events shown in range (far outliers left to edge
        pointers), or with ``everything`` to every place and shape of the document."""
        look = self.look
        bounds = self.content.everything
        if not everything:
            weights = None
            if len(look.place_counts) == len(self.content.places.rows):
                weights = np.where(look.place_dimmed, 0, look.place_counts)
            bounds = self.content.fit_area(weights)
        only_places = bounds is not None and not self.content.geometry_bounds
        self.show_bounds(bounds or EUROPE, PLACES_PADDING if only_places else FIT_PADDING)

    def show_extent(self, west: float, south: float, east: float, north: float) -> None:
        """Show exactly this area (degrees); the longer side decides when the shapes differ."""
        x0, y0 = project(west, south)
        x1, y1 = project(east, north)
        self.view.setRange(QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0)), padding=0)

    def view_rect(self) -> QRectF:
        return self.view.viewRect()

    def zoom(self, factor: float) -> None:
        self.view.scaleBy((1 / factor, 1 / factor))

    def pan(self, dx: float, dy: float) -> None:
        rect = self.view.viewRect()
        self.view.translateBy(x=dx * rect.width() * PAN_FRACTION, y=dy * rect.height() * PAN_FRACTION)

    def px_per_unit(self) -> float:
        return abs(self.view.childTransform().m11())

    def to_widget(self, x: float, y: float) -> QPointF:
        """Map units to this widget's pixel coordinates (for tests and tooltips)."""
        scene = self.view.mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    # -- input --------------------------------------------------------------------
    def hit(self, scene_pos: QPointF) -> tuple[str, object]:
        local = self.view.mapFromScene(scene_pos)
        for rect, kind, key in self.overlay.hits:
            if rect.contains(local):
                return kind, key
        point = self.view.mapSceneToView(scene_pos)
        px = self.px_per_unit()
        place = place_at(self.content, self.look, point.x(), point.y(), px, self.mark_xy)
        if place >= 0:
            return "place", place
        segments = segments_at(self.content, point.x(), point.y(), px)
        if segments:
            return "segment", segments[0]
        return "empty", None

    def _scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if not self.view.sceneBoundingRect().contains(event.scenePos()):
            return
        kind, key = self.hit(event.scenePos())
        event.accept()
        self.clicked.emit(kind, key, event.modifiers())

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Home:
            self.fit(everything=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            dx = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            dy = {Qt.Key.Key_Down: -1, Qt.Key.Key_Up: 1}.get(key, 0)
            self.pan(dx, dy)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
