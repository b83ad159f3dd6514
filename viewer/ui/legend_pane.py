"""The key to the timeline: every glyph as the timeline draws it, and the lane colours.

It reads only the state: the lanes are the state's lane layout, the one the timeline shows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..model.lanes import NONE_KEY
from ..model.translation import QT_TRANSLATE_NOOP, tr, translate
from ..state import Change
from ..style.theme import THEMES
from .plain_text import cell
from .timeline.legend import draw_legend_glyph, legend_entries
from .timeline.palette import pattern_brush
from .when_shown import RefreshWhenShown

# "Lanes by segment": what the lanes stand for, as the heading says it
MODE_WORDS = {"segment": QT_TRANSLATE_NOOP("Legend", "segment"), "actor": QT_TRANSLATE_NOOP("Legend", "actor"),
              "place": QT_TRANSLATE_NOOP("Legend", "place"), "source": QT_TRANSLATE_NOOP("Legend", "source"),
              "status": QT_TRANSLATE_NOOP("Legend", "status"), "single": QT_TRANSLATE_NOOP("Legend", "single")}

GLYPH_SIZE = QSize(72, 22)


class LegendPane(QWidget):
    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.theme = THEMES[state.theme]
        self.lanes_title = QLabel()
        self.lanes_title.setTextFormat(Qt.TextFormat.PlainText)
        self.lanes = QListWidget()
        self.glyphs = QListWidget()
        for view in (self.lanes, self.glyphs):
            view.setIconSize(GLYPH_SIZE)
            view.setSelectionMode(QListWidget.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setWordWrap(True)
            view.setResizeMode(QListWidget.ResizeMode.Adjust)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lanes_title)
        layout.addWidget(self.lanes, 1)
        glyph_title = QLabel(translate("Legend", "How events are drawn"))
        layout.addWidget(glyph_title)
        layout.addWidget(self.glyphs, 3)
        self._icons: dict[tuple[str, str, str], QIcon] = {}  # (theme, glyph, colour): drawn once
        self._when_shown = RefreshWhenShown(self, self.refresh)
        state.changed.connect(self._state_changed)
        self.refresh()

    def _state_changed(self, change: Change) -> None:
        if change & Change.THEME:
            self.theme = THEMES[self.state.theme]
        if change & (Change.DOCUMENT | Change.FILTER | Change.LANE_MODE | Change.THEME):
            self._when_shown.request()

    def _icon(self, name: str, colour: str) -> QIcon:
        key = (self.theme.name, name, colour)
        if key not in self._icons:
            self._icons[key] = self._draw_icon(name, colour)
        return self._icons[key]

    def _draw_icon(self, name: str, colour: str) -> QIcon:
        pixmap = QPixmap(GLYPH_SIZE * 2)
        pixmap.setDevicePixelRatio(2)
        pixmap.fill(QColor(self.theme.background))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_legend_glyph(painter, QRectF(0, 0, GLYPH_SIZE.width(), GLYPH_SIZE.height()), name, colour,
                          self.theme, vector=False)
        painter.end()
        return QIcon(pixmap)

    def _swatch(self, colour: str, pattern: int = 0) -> QIcon:
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(colour))
        lines = pattern_brush(pattern, QColor(colour))
        if lines is not None:  # the lane's pattern, as its glyphs carry it
            painter = QPainter(pixmap)
            painter.fillRect(pixmap.rect(), lines)
            painter.end()
        return QIcon(pixmap)

    def refresh(self) -> None:
        self.glyphs.clear()
        neutral = self.theme.muted
        for name, description in legend_entries():
            self.glyphs.addItem(QListWidgetItem(self._icon(name, neutral), description))
        self.lanes.clear()
        layout = self.state.lane_layout
        if layout is None:
            self.lanes_title.setText(translate("Legend", "Lanes"))
            return
        mode = tr(MODE_WORDS.get(self.state.lane_mode, self.state.lane_mode))
        self.lanes_title.setText(translate("Legend", "Lanes by {mode}").format(mode=mode))
        for lane in layout.lanes:
            # as the timeline colours its lanes: the record's colour, the palette's, grey for the catch-all
            catch_all = lane.key == NONE_KEY
            colour = self.theme.muted if catch_all else self.theme.lane_colour(lane.colour, lane.index)
            pattern = 0 if catch_all else self.theme.lane_pattern(lane.index, lane.colour)
            self.lanes.addItem(QListWidgetItem(self._swatch(colour, pattern),
                                               f"{cell(lane.label, 120)}  ({lane.count:,})"))
