"""Colours, pens, brushes and sprites of one theme for the timeline's glyphs.

Made once per theme and lane colours, then reused by every paint: building
a gradient or rendering a sprite per event would cost far more than drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGradient, QLinearGradient, QPainter, QPen, QPolygonF

from ...style.theme import readable_text
from . import sprites
from . import styles as st


def with_alpha(colour: QColor, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(alpha)
    return c


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


# Solid stops of an export fade; blending between two solid colours is linear,
# so a few stops only help viewers that interpolate coarsely.
FADE_STOPS = 5


def readable_on(colour: QColor) -> QColor:
    """Black or white for text on ``colour``, whichever has the higher contrast (at least 4.5:1)."""
    return QColor(readable_text(colour.name()))


# Qt's brush for each of style.theme.LANE_PATTERNS past "none".
PATTERN_STYLES = {1: Qt.BrushStyle.HorPattern, 2: Qt.BrushStyle.VerPattern, 3: Qt.BrushStyle.CrossPattern,
                  4: Qt.BrushStyle.Dense6Pattern}
PATTERN_ALPHA = 0.6


def pattern_brush(pattern: int, under: QColor) -> QBrush | None:
    """The lines of a lane's pattern, drawn over a fill of colour ``under`` (None for no pattern)."""
    if not pattern:
        return None
    return QBrush(with_alpha(readable_on(under), PATTERN_ALPHA), PATTERN_STYLES[pattern])


class Palette:
    """Colours, pens and brushes of one theme, made once and reused every paint."""

    def __init__(self, theme, lane_colours: list[QColor], lane_patterns: list[int] | None = None):
        self.theme = theme
        self.lanes = lane_colours
        self.patterns = lane_patterns or [0] * len(lane_colours)
        # Edges and heads a shade off the lane colour: darker on paper, lighter on a dark ground.
        self.on_dark = theme.dark
        self.background = QColor(theme.background)
        self.foreground = QColor(theme.foreground)
        self.muted = QColor(theme.muted)
        self.selection = QColor(theme.selection)
        self.highlight = QColor(theme.highlight)
        self.lane_band = QColor(theme.lane_band)
        self._brushes: dict = {}
        self._pens: dict = {}
        self._sprites: dict = {}

    def lane(self, i: int) -> QColor:
        return self.lanes[i] if 0 <= i < len(self.lanes) else self.muted

    def pattern(self, i: int) -> int:
        return self.patterns[i] if 0 <= i < len(self.patterns) else 0

    def shade(self, colour: QColor, factor: int) -> QColor:
        """``colour`` a little darker (lighter on a dark ground), ``factor`` as QColor.darker takes it."""
        return colour.lighter(factor) if self.on_dark else colour.darker(factor)

    def fill_colour(self, lane: int, fill: int) -> QColor:
        c = self.lane(lane)
        return mix(self.background, c, st.LIGHT_ALPHA) if fill == st.FILL_LIGHT else c

    def lane_pattern_brush(self, lane: int, fill: int) -> QBrush | None:
        """The lane's pattern over solid and light fills (hollow and hatched ones show their status)."""
        if fill not in (st.FILL_SOLID, st.FILL_LIGHT) or not self.pattern(lane):
            return None
        key = ("pattern", lane, fill)
        if key not in self._brushes:
            self._brushes[key] = pattern_brush(self.pattern(lane), self.fill_colour(lane, fill))
        return self._brushes[key]

    def fill_brush(self, lane: int, fill: int) -> QBrush:
        key = ("fill", lane, fill)
        if key not in self._brushes:
            c = self.lane(lane)
            if fill == st.FILL_SOLID:
                brush = QBrush(c)
            elif fill == st.FILL_LIGHT:
                brush = QBrush(mix(self.background, c, st.LIGHT_ALPHA))
            elif fill == st.FILL_HOLLOW:
                brush = QBrush(self.background)
            else:
                brush = QBrush(c, Qt.BrushStyle.BDiagPattern)
            self._brushes[key] = brush
        return self._brushes[key]

    def hatch_under(self, lane: int) -> QBrush:
        key = ("under", lane)
        if key not in self._brushes:
            self._brushes[key] = QBrush(mix(self.background, self.lane(lane), st.HATCH_UNDER_ALPHA))
        return self._brushes[key]

    def backdrop(self, lane: int) -> QColor:
        """What a lane's glyphs sit on: the timeline shades every other lane."""
        return self.lane_band if lane % 2 == 1 else self.background

    def fade_brush(self, lane: int, fill: int, rising: bool, ground: QColor | None = None) -> QBrush:
        """A gradient across each drawn rectangle (object mode), for fading ends.

        On screen it fades to transparent. With a ``ground`` colour (vector
        exports) it fades through solid colours into that colour instead:
        Qt's PDF writer drops the alpha of gradient stops, which would print
        the fade as a solid block and make the date look more certain than it is.
        """
        key = ("fade", lane, fill, rising, ground.rgb() if ground is not None else None)
        if key not in self._brushes:
            c = self.lane(lane)
            if fill == st.FILL_LIGHT:
                c = mix(self.background, c, st.LIGHT_ALPHA)
            elif fill in (st.FILL_HOLLOW, st.FILL_HATCHED):
                c = mix(self.background, c, 0.45)
            gradient = QLinearGradient(0, 0, 1, 0)
            gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
            if ground is not None:
                for k in range(FADE_STOPS):
                    t = k / (FADE_STOPS - 1)
                    gradient.setColorAt(t, mix(ground, c, t if rising else 1.0 - t))
            else:
                gradient.setColorAt(0.0 if rising else 1.0, with_alpha(c, 0.0))
                gradient.setColorAt(1.0 if rising else 0.0, c)
            self._brushes[key] = QBrush(gradient)
        return self._brushes[key]

    def outline(self, lane: int, line: int) -> QPen:
        key = ("line", lane, line)
        if key not in self._pens:
            c = self.lane(lane)
            if line == st.LINE_NONE:
                pen = QPen(Qt.PenStyle.NoPen)
            else:
                colour = self.shade(c, 125) if line != st.LINE_DOTTED else mix(c, self.foreground, 0.55)
                pen = QPen(colour, 1.6 if line != st.LINE_DOTTED else 1.8)
                pen.setStyle({st.LINE_SOLID: Qt.PenStyle.SolidLine, st.LINE_DASHED: Qt.PenStyle.DashLine,
                              st.LINE_DOTTED: Qt.PenStyle.DotLine}[line])
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            self._pens[key] = pen
        return self._pens[key]

    # -- sprites ---------------------------------------------------------------
    def marker_sprite(self, lane: int, fill: int, line: int) -> sprites.Sprite:
        key = ("marker", lane, fill, line)
        if key not in self._sprites:
            half = st.MARKER_PX / 2

            def draw(q: QPainter) -> None:
                shape = sprites.diamond(half - 0.8)
                if fill == st.FILL_HATCHED:
                    q.setPen(Qt.PenStyle.NoPen)
                    q.setBrush(self.hatch_under(lane))
                    q.drawPolygon(shape)
                q.setBrush(self.fill_brush(lane, fill))
                pattern = self.lane_pattern_brush(lane, fill)
                if pattern is not None:
                    q.setPen(Qt.PenStyle.NoPen)
                    q.drawPolygon(shape)
                    q.setBrush(pattern)
                pen = QPen(self.outline(lane, line))
                if line == st.LINE_DOTTED:
                    pen.setWidthF(1.6)
                q.setPen(pen)
                q.drawPolygon(shape)

            self._sprites[key] = sprites.render(st.MARKER_PX + 4, draw)
        return self._sprites[key]

    def ring_sprite(self, kind: str) -> sprites.Sprite:
        """Selection outline or highlight glow around a diamond."""
        key = ("ring", kind)
        if key not in self._sprites:
            half = st.MARKER_PX / 2

            def draw(q: QPainter) -> None:
                if kind == "selected":
                    pen = QPen(self.selection, 2.2)
                    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                    q.setPen(pen)
                    q.setBrush(Qt.BrushStyle.NoBrush)
                    q.drawPolygon(sprites.diamond(half + 3))
                else:
                    q.setPen(Qt.PenStyle.NoPen)
                    q.setBrush(with_alpha(self.highlight, 0.55))
                    q.drawPolygon(sprites.diamond(half + 6))

            self._sprites[key] = sprites.render(st.MARKER_PX + 16, draw)
        return self._sprites[key]

    def arrow_sprite(self, lane: int, direction: int) -> sprites.Sprite:
        """The head of an open end, pointing left (-1) or right (+1), centred on its middle."""
        key = ("arrow", lane, direction)
        if key not in self._sprites:
            a, h = st.ARROW_PX / 2, st.BAR_PX / 2 + 2

            def draw(q: QPainter) -> None:
                q.setPen(Qt.PenStyle.NoPen)
                q.setBrush(self.shade(self.lane(lane), 110))
                tip, back = a * direction, -a * direction - 0.5 * direction
                q.drawPolygon(QPolygonF([QPointF(tip, 0), QPointF(back, -h), QPointF(back, h)]))

            self._sprites[key] = sprites.render(2 * h + 4, draw)
        return self._sprites[key]

    def mark_sprite(self, kind: str, font: QFont) -> sprites.Sprite:
        """'?' (uncertain), '!' (disputed) or the dot of reported events, in the text colour."""
        key = ("mark", kind)
        if key not in self._sprites:
            def draw(q: QPainter) -> None:
                if kind == "dot":
                    q.setPen(Qt.PenStyle.NoPen)
                    q.setBrush(self.foreground)
                    q.drawEllipse(QPointF(0, 0), 2.0, 2.0)
                    return
                bold = QFont(font)
                bold.setBold(True)
                q.setFont(bold)
                q.setPen(self.foreground)
                width = QFontMetricsF(bold).horizontalAdvance(kind)
                q.drawText(QPointF(-width / 2, 4), kind)

            self._sprites[key] = sprites.render(14, draw)
        return self._sprites[key]

    def whisker(self, lane: int) -> QPen:
        key = ("whisker", lane)
        if key not in self._pens:
            self._pens[key] = QPen(self.shade(self.lane(lane), 120), 1.2)
        return self._pens[key]
