"""TimelineView: lanes of events over a date axis, with an overview strip below.

The view follows the shared ViewState: it shows the state's lane layout (new
when the document, filter or lane mode change), repaints when the selection
or the highlight change, brings a newly current event into view when it is
off screen, and reports its visible time range back to the state.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QToolTip, QVBoxLayout, QWidget

from ...model.date_drawing import fit_floor
from ...model.lanes import NONE_KEY, LaneLayout
from ...model.translation import translate
from ...model.wording import counted
from ...model.zone_display import axis_zone
from ...state import Change, Commands
from ...style.fonts import ui_font
from ...style.theme import THEMES
from ..plain_text import tooltip
from . import hit_test, lane_heights, navigation
from . import styles as st
from . import time_window as tw
from .axes import DateAxis, LaneHeaderAxis
from .density import legend_text
from .document_data import eras_of, finite_span_of, overview_profile, span_of
from .eras import EraBand, strip_height
from .footer import Footer
from .frame import Frame, TextTools, ViewGeometry, build_frame, reselected
from .interaction import TimelineViewBox
from .keys import handle_key
from .label_text import LabelText
from .legend import legend_entries
from .overview import OverviewStrip
from .palette import Palette
from .play_marker import PlayMarker
from .scene_items import Backdrop, EventLayer
from .tooltip import tooltip_html, tooltip_lines

RIGHT_MARGIN_PX = 8


class TimelineView(QWidget):
    def __init__(self, state, commands: Commands | None = None, parent=None):
        super().__init__(parent)
        self.state = state
        self.commands = commands if commands is not None else Commands()
        self.key_labels = False  # exports: a title that fits nowhere becomes a number in a key
        self.theme = THEMES[state.theme]
        self.lane_layout: LaneLayout | None = None
        self.glyph_palette = Palette(self.theme, [])
        self.label_font = ui_font(11)
        self.small_font = ui_font(11)
        self._frame: Frame | None = None
        self._frame_key = None
        self._layout_generation = 0
        self._selection_generation = 0
        self._eras: list[EraBand] = []
        self.drawn_eras: list[tuple[str, QRectF]] = []  # era names of the last paint, in scene coordinates
        self._lane_edges: tuple[float, ...] = (0.0,)
        self._span: tuple[float, float] | None = None
        self.era_strip_px = strip_height([])
        self._label_text = LabelText(self.label_font)
        self._hovered = -1
        self._document_path: str | None = None
        self._footer_pending = False
        self._dense_in_headers: tuple[int, ...] = ()

        self.viewbox = TimelineViewBox(self)
        self.date_axis = DateAxis(self.theme)
        self.lane_axis = LaneHeaderAxis(self)
        self.plot_widget = pg.PlotWidget(viewBox=self.viewbox,
                                         axisItems={"bottom": self.date_axis, "left": self.lane_axis})
        item = self.plot_widget.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setContentsMargins(0, 0, RIGHT_MARGIN_PX, 0)
        self.viewbox.disableAutoRange()
        self.backdrop = Backdrop(self)
        self.backdrop.setZValue(-100)
        self.events = EventLayer(self)
        self.viewbox.addItem(self.backdrop, ignoreBounds=True)
        self.viewbox.addItem(self.events, ignoreBounds=True)
        self.play_marker = PlayMarker(self.viewbox)
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot_widget.installEventFilter(self)
        self.plot_widget.viewport().installEventFilter(self)
        self.plot_widget.setAccessibleName(translate("Timeline", "Timeline"))

        self.overview = OverviewStrip(self, self.theme)
        self.footer = Footer()
        # Shown when the lanes are taller than the view: where the view is among them, and a handle.
        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scroll.setAccessibleName(translate("Timeline", "Lanes"))
        self.lane_scroll.setToolTip(translate("Timeline", "Scroll the lanes (Up/Down, Shift+wheel)"))
        self.lane_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lane_scroll.hide()
        self.lane_scroll.valueChanged.connect(self._lane_scroll_moved)
        self._syncing_scroll = False
        lanes_row = QHBoxLayout()
        lanes_row.setContentsMargins(0, 0, 0, 0)
        lanes_row.setSpacing(0)
        lanes_row.addWidget(self.plot_widget, 1)
        lanes_row.addWidget(self.lane_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(lanes_row, 1)
        layout.addWidget(self.overview)
        layout.addWidget(self.footer)

        self.viewbox.sigXRangeChanged.connect(self._x_range_changed)
        # pyqtgraph applies a new range at the next paint, and applying it there asks for
        # a second paint of the whole view; applying it at once keeps one paint per step.
        self.viewbox.sigRangeChanged.connect(lambda *_: self.viewbox.updateMatrix())
        self.viewbox.sigResized.connect(self._fit_lanes)
        self.viewbox.sigYRangeChanged.connect(self._sync_lane_scroll)
        self.plot_widget.scene().sigMouseMoved.connect(self._hover)
        state.changed.connect(self._state_changed)
        self.set_theme(self.theme)
        if state.document is not None:
            self._zone_changed()
            self._document_changed()

    # -- public API --------------------------------------------------------------
    @property
    def lane_mode(self) -> str:
        return self.state.lane_mode

    def set_theme(self, theme) -> None:
        self.theme = THEMES[theme] if isinstance(theme, str) else theme
        self._make_palette()
        self.plot_widget.setBackground(QColor(self.theme.background))
        self.date_axis.set_theme(self.theme)
        self.overview.set_theme(self.theme)
        self.viewbox.set_band_colour(self.theme.selection)
        self.footer.set_colour(self.theme.muted)
        self.play_marker.set_colour(self.theme.foreground)
        colours = self.palette()
        colours.setColor(QPalette.ColorRole.Window, QColor(self.theme.background))
        colours.setColor(QPalette.ColorRole.WindowText, QColor(self.theme.muted))
        self.setPalette(colours)
        self.setAutoFillBackground(True)
        self._invalidate_frame()

    def set_range(self, start: float, end: float) -> None:
        if not (math.isfinite(start) and math.isfinite(end)) or end <= start:
            return
        self.viewbox.setXRange(*tw.clamped(start, end, self._max_width()), padding=0)

    def visible_range(self) -> tuple[float, float]:
        lo, hi = self.viewbox.viewRange()[0]
        return float(lo), float(hi)

    def fit_all(self) -> None:
        bounds = self._fit_bounds()
        self.set_range(*(bounds if bounds is not None else tw.around_today()))

    def _fit_bounds(self) -> tuple[float, float] | None:
        """The range "fit all" shows: every shown event, with room for the last labels."""
        bounds = self._content_bounds()
        if bounds is None:
            return None
        return tw.fitted(bounds, self._max_width(), fit_floor(self._shown_precision()))

    def _shown_precision(self) -> np.ndarray:
        document = self.state.document
        if document is None:
            return np.zeros(0, np.int8)
        precision = document.columns.precision
        visible = self.state.visible
        return precision[visible] if len(visible) == len(precision) else precision

    def zoom(self, factor: float, center: float | None = None) -> None:
        lo, hi = self.visible_range()
        c = (lo + hi) / 2 if center is None else center
        width = min(max((hi - lo) * factor, tw.MIN_WIDTH_S), self._max_width())
        share = (c - lo) / (hi - lo) if hi > lo else 0.5
        self.viewbox.setXRange(c - width * share, c + width * (1 - share), padding=0)

    def pan(self, fraction: float) -> None:
        lo, hi = self.visible_range()
        self.shift_time(fraction * (hi - lo))

    def shift_time(self, seconds: float) -> None:
        lo, hi = self.visible_range()
        self.viewbox.setXRange(lo + seconds, hi + seconds, padding=0)

    def step_selection(self, direction: int) -> int:
        """Select the next (+1) or previous (-1) shown event in time; returns its row or -1."""
        layout = self.lane_layout
        if layout is None or len(layout.time_order) == 0:
            return -1
        current = self.state.current if self.state.current >= 0 else \
            (int(self.state.selected[-1]) if len(self.state.selected) else -1)
        row = navigation.next_in_time(layout, current, direction, self.visible_range())
        if row < 0:
            self.commands.message.emit(translate("Timeline", "No later event") if direction > 0
                                       else translate("Timeline", "No earlier event"))
            return -1
        with self.state.batch():  # the new event and the window that shows it, announced together
            self.state.select([row])
            self.ensure_visible(row)
        return row

    def event_at(self, scene_pos) -> int:
        return hit_test.event_at(self.current_frame(), scene_pos.x(), scene_pos.y())

    def glyph_center(self, row: int) -> QPointF | None:
        """Scene position of an event's first glyph drawn one by one, or None."""
        return hit_test.glyph_center(self.current_frame(), row)

    def legend_entries(self) -> list[tuple[str, str]]:
        frame = self.current_frame()
        return legend_entries(frame.density_max if frame is not None else 0)

    def density_lanes(self) -> list[int]:
        frame = self.current_frame()
        return [d.lane for d in frame.dense] if frame is not None else []

    def is_dense(self, lane: int) -> bool:
        frame = self._frame
        return frame is not None and any(d.lane == lane for d in frame.dense)

    def drawn_entries(self) -> np.ndarray:
        """Entries drawn one by one in the current view (not in density strips)."""
        frame = self.current_frame()
        return frame.glyphs.entry if frame is not None and frame.glyphs is not None else np.zeros(0, np.int64)

    # -- geometry and frames -------------------------------------------------------
    def current_geometry(self) -> ViewGeometry | None:
        if self.lane_layout is None:
            return None
        rect = self.viewbox.sceneBoundingRect()
        (t0, t1), (y0, y1) = self.viewbox.viewRange()
        if rect.width() < 2 or rect.height() < 2 or t1 <= t0 or y1 <= y0:
            return None
        return ViewGeometry(t0, t1, rect.left(), rect.right(), rect.top(), rect.bottom(), y0, y1, self._lane_edges)

    def current_frame(self) -> Frame | None:
        geometry = self.current_geometry()
        if geometry is None or self.state.document is None:
            return None
        key = (self._layout_generation, self._selection_generation, geometry)
        if key != self._frame_key:
            state, old = self.state, self._frame_key
            if self._frame is not None and old is not None and (old[0], old[2]) == (key[0], key[2]):
                # Only the selection or highlight changed: the glyphs stay where they are.
                self._frame = reselected(self._frame, self.lane_layout, state.document.columns,
                                         state.selected, state.highlighted, self._text_tools(),
                                         keyed=self.key_labels)
            else:
                self._frame = build_frame(self.lane_layout, state.document.columns, geometry,
                                          state.selected, state.highlighted, self._text_tools(),
                                          keyed=self.key_labels)
            self._frame_key = key
        return self._frame

    def _text_tools(self) -> TextTools:
        # Read from the title column: making the event's whole record for its title costs far more.
        return self._label_text.tools(lambda row: self.state.document.texts.title[row].as_py() or "")

    def _invalidate_frame(self) -> None:
        self._frame_key = None
        self.events.update()
        self.backdrop.update()
        self.lane_axis.update()
        self._schedule_footer()

    def empty_message(self) -> str:
        """What the view says instead of showing lanes, or "" when it has lanes to show."""
        document = self.state.document
        if document is None:
            return translate("Timeline", "Open an event file to see its timeline.")
        if self.lane_layout is not None and self.lane_layout.lane_count:
            return ""
        if len(document.events) == 0:
            return translate("Timeline", "This document has no events.")
        return translate("Timeline", "No events match the current filter.")

    def era_bands(self) -> list[EraBand]:
        return self._eras

    # -- lanes (heights in units of about one track, see lane_heights.py) -------------
    def lane_edges(self) -> tuple[float, ...]:
        return self._lane_edges

    def lanes_scroll(self) -> bool:
        y0, y1 = self.viewbox.viewRange()[1]
        return y0 > self._y_min() + 1e-6 or y1 < self._lane_edges[-1] - 1e-6

    def scroll_lanes(self, units: float) -> None:
        if self.lane_layout is None:
            return
        y0, y1 = self.viewbox.viewRange()[1]
        span = y1 - y0
        top = min(max(y0 + units, self._y_min()), max(self._lane_edges[-1] - span, self._y_min()))
        self.viewbox.setYRange(top, top + span, padding=0)
        self.lane_axis.update()

    def _sync_lane_scroll(self, *_args) -> None:
        y0, y1 = self.viewbox.viewRange()[1]
        lo = self._y_min()
        hi = max(self._lane_edges[-1] - (y1 - y0), lo)
        overflow = self.lane_layout is not None and hi > lo + 1e-6
        if overflow == self.lane_scroll.isHidden():
            self.lane_scroll.setHidden(not overflow)
            self._set_overview_margins()
        if not overflow:
            return
        self._syncing_scroll = True
        self.lane_scroll.setRange(round(lo * 100), round(hi * 100))
        self.lane_scroll.setPageStep(max(1, round((y1 - y0) * 100)))
        self.lane_scroll.setSingleStep(100)
        self.lane_scroll.setValue(round(y0 * 100))
        self._syncing_scroll = False

    def _lane_scroll_moved(self, value: int) -> None:
        if not self._syncing_scroll:
            self.scroll_lanes(value / 100 - self.viewbox.viewRange()[1][0])

    def _set_overview_margins(self) -> None:
        scroll = 0 if self.lane_scroll.isHidden() else self.lane_scroll.sizeHint().width()
        self.overview.set_margins(self.lane_axis.fixed_width, RIGHT_MARGIN_PX + scroll)

    def _scale(self, height: float) -> float:
        """Pixels per lane unit."""
        total = self._lane_edges[-1]
        if total <= 0:
            return float(st.TRACK_PX)
        return max((height - self.era_strip_px) / total, float(st.TRACK_PX))

    def _y_min(self) -> float:
        return -self.era_strip_px / self._scale(self.viewbox.sceneBoundingRect().height())

    def _fit_lanes(self, *args, to_top: bool = False) -> None:
        height = self.viewbox.sceneBoundingRect().height()
        if self.lane_layout is None or height < 2:
            return
        scale = self._scale(height)
        y_min = -self.era_strip_px / scale
        span = height / scale
        total = self._lane_edges[-1]
        y0 = y_min if to_top else self.viewbox.viewRange()[1][0]
        top = min(max(y0, y_min), max(total - span, y_min))
        self.viewbox.setYRange(top, top + span, padding=0)
        self.lane_axis.update()
        self._invalidate_frame()

    def _measure_lanes(self) -> None:
        columns = self.state.document.columns if self.state.document is not None else None
        self._lane_edges = lane_heights.lane_edges(self.lane_layout, columns, self._fit_bounds(),
                                                   self.viewbox.sceneBoundingRect().width(), self._text_tools())

    def _make_palette(self) -> None:
        layout = self.lane_layout
        colours, patterns = [], []
        for lane in (layout.lanes if layout else []):
            if lane.key == NONE_KEY:
                colours.append(QColor(self.theme.muted))
                patterns.append(0)
            else:
                colours.append(QColor(self.theme.lane_colour(lane.colour, lane.index)))
                patterns.append(self.theme.lane_pattern(lane.index, lane.colour))
        self.glyph_palette = Palette(self.theme, colours, patterns)

    def _rebuild_layout(self) -> None:
        self.lane_layout = self.state.lane_layout
        self._layout_generation += 1
        self._make_palette()
        self._measure_lanes()
        self.lane_axis.fit_width(self.width())
        self._set_overview_margins()
        self._update_overview()
        self._fit_lanes(to_top=True)
        self._invalidate_frame()

    def _content_bounds(self) -> tuple[float, float] | None:
        layout = self.lane_layout
        bounds = layout.finite_bounds() if layout is not None and len(layout) else None
        if bounds is None and self.state.document is not None and len(self.state.document.events):
            bounds = finite_span_of(self.state.document)
        return bounds

    def _document_span(self) -> tuple[float, float] | None:
        """All finite instants of the document and its eras (computed once per document)."""
        return self._span

    def _max_width(self) -> float:
        return tw.widest(self._document_span())

    def _apply_limits(self) -> None:
        self.viewbox.setLimits(**tw.limits(self._document_span(), self._max_width()))

    def _update_overview(self) -> None:
        document = self.state.document
        visible = self.state.visible
        profile = None if document is None else overview_profile(
            document, visible if len(visible) == len(document.columns) else None, key=self.state.filter)
        if profile is None:
            self.overview.clear()
            return
        self.overview.set_profile(*profile)
        self.overview.set_window(*self.visible_range())

    # -- following the state -------------------------------------------------------------
    def _state_changed(self, change: Change) -> None:
        if change & Change.THEME:
            self.set_theme(self.state.theme)
        if change & (Change.DOCUMENT | Change.TIME_ZONE):
            self._zone_changed()
        if change & Change.DOCUMENT:
            self._document_changed()
        elif change & (Change.FILTER | Change.LANE_MODE):
            self._rebuild_layout()
        if change & (Change.SELECTION | Change.HIGHLIGHT):
            self._selection_changed()
        if change & Change.SELECTION and not change & Change.DOCUMENT:
            self._reveal_if_off_screen(self.state.current)
        if change & (Change.PLAY | Change.DOCUMENT):
            self.play_marker.show_window(self.state.play_window)
        if change & Change.TIME_RANGE:
            start, end = self.state.time_range
            if (start, end) != self.visible_range():
                self.set_range(start, end)

    def _zone_changed(self) -> None:
        """The axis draws the calendar of the zone times of day are shown in, and says which."""
        document = self.state.document
        zone = axis_zone(self.state.time_zone, document.columns.offset if document is not None else None)
        self.date_axis.set_zone(zone)
        self.overview.axis.set_zone(zone)

    def _document_changed(self) -> None:
        document = self.state.document
        # The same file read again (after an edit) keeps the view where it was.
        reloaded = document is not None and document.path == self._document_path
        previous = self.visible_range()
        self._document_path = document.path if document is not None else None
        self._label_text.clear()
        self._eras = eras_of(document) if document is not None else []
        self.era_strip_px = strip_height(self._eras)
        self._span = span_of(document) if document is not None else None
        self._apply_limits()
        self._rebuild_layout()
        if reloaded:
            self.set_range(*previous)
        else:
            self.fit_all()

    def _selection_changed(self) -> None:
        self._selection_generation += 1
        self._invalidate_frame()

    def _reveal_if_off_screen(self, row: int) -> None:
        """A current event chosen elsewhere comes into view; one on screen (as any clicked one) stays put."""
        document = self.state.document
        if row < 0 or document is None or row >= len(document.events):
            return
        if not navigation.on_screen(document.columns, row, self.visible_range()):
            self.ensure_visible(row)
        else:
            self._scroll_to_lane(row, only_if_hidden=True)

    def ensure_visible(self, row: int) -> None:
        """Bring an event into view (time and lane) unless it is already there."""
        document = self.state.document
        if document is None or not 0 <= row < len(document.events):
            return
        window = navigation.revealing_window(document.columns, row, self.visible_range())
        if window is not None:
            self.set_range(*window)
        self._scroll_to_lane(row, only_if_hidden=False)

    def _scroll_to_lane(self, row: int, only_if_hidden: bool) -> None:
        """Scroll the lanes to the event's lane unless it is wholly (or, ``only_if_hidden``, partly) shown."""
        layout = self.lane_layout
        entries = layout.entries_of_rows([row]) if layout is not None else []
        if not len(entries):
            return
        lane = int(layout.lane[entries].min())
        top, bottom = self._lane_edges[lane], self._lane_edges[lane + 1]
        y0, y1 = self.viewbox.viewRange()[1]
        shown = (top < y1 and bottom > y0) if only_if_hidden else (y0 <= top and bottom <= y1)
        if not shown:
            self.scroll_lanes(top - y0 - (y1 - y0) / 3)

    def _x_range_changed(self, *args) -> None:
        lo, hi = self.visible_range()
        self.state.set_time_range(lo, hi)
        self.overview.set_window(lo, hi)
        self._schedule_footer()

    def _schedule_footer(self) -> None:
        if not self._footer_pending:
            self._footer_pending = True
            QTimer.singleShot(0, self._update_footer)

    def _update_footer(self) -> None:
        self._footer_pending = False
        frame = self.current_frame()
        if frame is not None and frame.dense:
            self.footer.set_density_text("Density strips (shade per pixel column): " + legend_text(frame.density_max))
        else:
            self.footer.set_density_text("")
        # Lane headers say which lanes show density; repaint them only when that changes,
        # since their update repaints the whole view.
        dense = tuple(self.density_lanes())
        if dense != self._dense_in_headers:
            self._dense_in_headers = dense
            self.lane_axis.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.lane_axis.fit_pane(self.width()):
            self._set_overview_margins()

    # -- mouse and keyboard -------------------------------------------------------------
    def click(self, scene_pos, modifiers, double: bool = False) -> None:
        self.plot_widget.setFocus(Qt.FocusReason.MouseFocusReason)
        row = self.event_at(scene_pos)
        ctrl = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        if row < 0:
            if not ctrl:
                self.state.clear_selection()
            return
        if ctrl:
            self.state.toggle(row)
        else:
            self.state.select([row])
        if double:
            self.commands.show_details.emit()

    def select_in_rect(self, scene_rect: QRectF, add: bool = False) -> None:
        """Select every event a band (scene coordinates) touches; ``add`` keeps the selection."""
        chosen = hit_test.rows_in_band(self.current_frame(), self.lane_layout, scene_rect)
        self.state.select(chosen, add=add)
        self.commands.message.emit(translate("Timeline", "{events} selected").format(
            events=counted(len(self.state.selected), "event")))

    def _hover(self, scene_pos) -> None:
        row = self.event_at(scene_pos) if self.viewbox.sceneBoundingRect().contains(scene_pos) else -1
        lane = self.lane_at(scene_pos) if row < 0 else -1
        hovered = row if row >= 0 else (-2 - lane if lane >= 0 else -1)
        if hovered == self._hovered:
            return
        self._hovered = hovered
        if row >= 0:
            QToolTip.showText(QCursor.pos(), tooltip_html(tooltip_lines(self.state.document, row,
                                                                         self.state.time_zone)), self.plot_widget)
        elif lane >= 0:  # a lane's header, whose name may be cut short
            info = self.lane_layout.lanes[lane]
            QToolTip.showText(QCursor.pos(), tooltip(f"{info.label}\n{counted(info.count, 'event')}"),
                              self.plot_widget)
        else:
            QToolTip.hideText()

    def lane_at(self, scene_pos) -> int:
        """The lane whose header is under a scene position, or -1."""
        if self.lane_layout is None or not self.lane_axis.sceneBoundingRect().contains(scene_pos):
            return -1
        y = self.viewbox.mapSceneToView(scene_pos).y()
        edges = self._lane_edges
        lane = int(np.searchsorted(edges, y, side="right")) - 1
        return lane if 0 <= lane < self.lane_layout.lane_count else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.plot_widget:
            return handle_key(self, event.key(), event.text())
        if event.type() == QEvent.Type.Leave and watched is self.plot_widget.viewport():
            self._hovered = -1
        return super().eventFilter(watched, event)

