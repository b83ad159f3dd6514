"""The glyph legend: what each mark means, and a way to draw any of them alone.

The legend pane and exports draw each key with :func:`draw_legend_glyph`: a
sample date laid out by the timeline's own frame code and painted by its
painter, so the key cannot drift from the picture. Every sample fits its box.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ...model.dates import (
    APPROXIMATE,
    END_APPROXIMATE,
    END_UNCERTAIN,
    INTERVAL,
    ONE_OF,
    OPEN_END,
    SET,
    START_APPROXIMATE,
    START_UNCERTAIN,
    UNCERTAIN,
    UNKNOWN_END,
    UNKNOWN_START,
    Precision,
)
from ...model.translation import QT_TRANSLATE_NOOP, tr, translate
from ...style.fonts import ui_font
from . import density
from . import styles as st
from .frame import Frame, Glyphs, ViewGeometry, glyphs_for
from .glyph_painter import paint_frame
from .palette import Palette

LEGEND: tuple[tuple[str, str], ...] = (
    ("instant", QT_TRANSLATE_NOOP("Legend", "Diamond: a day or a finer instant")),
    ("interval", QT_TRANSLATE_NOOP("Legend", "Bar: an interval from start to end")),
    ("coarse", QT_TRANSLATE_NOOP("Legend", "Light bar: only the month, season or year (or, close up, "
                                           "the day) is known")),
    ("coarse-end", QT_TRANSLATE_NOOP("Legend", "Fading in or out: that end is known only to its month, "
                                               "season or year (or, close up, its day)")),
    ("approximate", QT_TRANSLATE_NOOP("Legend", "Fading ends: approximate date (~)")),
    ("uncertain", QT_TRANSLATE_NOOP("Legend", "Dotted outline and '?': uncertain date (?); both for %")),
    ("uncertain-start", QT_TRANSLATE_NOOP("Legend", "Dotted start and '?' before it: only the start is uncertain")),
    ("uncertain-end", QT_TRANSLATE_NOOP("Legend", "Dotted end and '?' after it: only the end is uncertain")),
    ("bounds", QT_TRANSLATE_NOOP("Legend", "Whiskers: earliest and latest possible dates")),
    ("open", QT_TRANSLATE_NOOP("Legend", "Arrow to the edge: open end (..)")),
    ("unknown-start", QT_TRANSLATE_NOOP("Legend", "Fading in up to the end: start unknown")),
    ("unknown", QT_TRANSLATE_NOOP("Legend", "Fading out after the start: end unknown")),
    ("one-of", QT_TRANSLATE_NOOP("Legend", "Mark between brackets: one of these dates, not known which")),
    ("one-of-open", QT_TRANSLATE_NOOP("Legend", "Mark by a bracket, arrow to the edge: one date on or after "
                                                "(before) it")),
    ("occurred", QT_TRANSLATE_NOOP("Legend", "Solid: occurred")),
    ("reported", QT_TRANSLATE_NOOP("Legend", "Solid with a dot: reported by a source")),
    ("planned", QT_TRANSLATE_NOOP("Legend", "Hollow: planned")),
    ("hypothetical", QT_TRANSLATE_NOOP("Legend", "Hollow, dashed: hypothetical")),
    ("disputed", QT_TRANSLATE_NOOP("Legend", "Hatched with '!': disputed")),
    ("disputed-beside", QT_TRANSLATE_NOOP("Legend", "'!' beside the status: also disputed")),
    ("conditional", QT_TRANSLATE_NOOP("Legend", "'if': depends on a condition, given in words")),
    ("selected", QT_TRANSLATE_NOOP("Legend", "Outline in the selection colour: selected")),
    ("highlighted", QT_TRANSLATE_NOOP("Legend", "Glow in the highlight colour: highlighted")),
)


def legend_entries(density_peak: int = 0) -> list[tuple[str, str]]:
    """Every glyph with its meaning, and the density strip's scale (at least up to 1,000)."""
    return [*((name, tr(text)) for name, text in LEGEND),
            ("density", translate("Legend", "Density strip: {scale}").format(
                scale=density.legend_text(max(density_peak, 1000))))]


_INF = np.inf
_BOX_SECONDS = 100 * 86400.0
# name: (start_lo, start_hi, end_lo, end_hi, earliest, latest, flags, ends, status, precision), in
# fractions of the legend box; each sample is a date the timeline draws with that glyph.
_SPAN = (0.04, 0.05, 0.70, 0.71)
_SAMPLES = {
    "instant": ((0.48, 0.49, 0.48, 0.49), None, 0, 0, st.OCCURRED, Precision.DAY),
    "interval": (_SPAN, None, INTERVAL, 0, st.OCCURRED, Precision.DAY),
    "coarse": ((0.04, 0.71, 0.04, 0.71), None, 0, 0, st.OCCURRED, Precision.MONTH),
    "coarse-end": ((0.02, 0.36, 0.70, 0.71), None, INTERVAL, 0, st.OCCURRED, Precision.MONTH),
    "approximate": (_SPAN, None, INTERVAL | APPROXIMATE, START_APPROXIMATE | END_APPROXIMATE, st.OCCURRED,
                    Precision.DAY),
    "uncertain": (_SPAN, None, INTERVAL | UNCERTAIN, START_UNCERTAIN | END_UNCERTAIN, st.OCCURRED, Precision.DAY),
    "uncertain-start": ((0.22, 0.23, 0.88, 0.89), None, INTERVAL | UNCERTAIN, START_UNCERTAIN, st.OCCURRED,
                        Precision.DAY),
    "uncertain-end": (_SPAN, None, INTERVAL | UNCERTAIN, END_UNCERTAIN, st.OCCURRED, Precision.DAY),
    "bounds": ((0.48, 0.49, 0.48, 0.49), (0.03, 0.95), 0, 0, st.OCCURRED, Precision.DAY),
    "open": ((0.04, 0.05, 0.04, _INF), None, INTERVAL | OPEN_END, 0, st.OCCURRED, Precision.DAY),
    "unknown-start": ((-_INF, 0.95, 0.94, 0.95), None, INTERVAL | UNKNOWN_START, 0, st.OCCURRED, Precision.DAY),
    "unknown": ((0.03, 0.04, 0.03, _INF), None, INTERVAL | UNKNOWN_END, 0, st.OCCURRED, Precision.DAY),
    "one-of": ((0.08, 0.78, 0.08, 0.78), None, SET, ONE_OF, st.OCCURRED, Precision.DAY),
    "one-of-open": ((0.08, _INF, 0.08, _INF), None, SET | OPEN_END, ONE_OF, st.OCCURRED, Precision.DAY),
    "occurred": (_SPAN, None, INTERVAL, 0, st.OCCURRED, Precision.DAY),
    "reported": (_SPAN, None, INTERVAL, 0, st.REPORTED, Precision.DAY),
    "planned": (_SPAN, None, INTERVAL, 0, st.PLANNED, Precision.DAY),
    "hypothetical": (_SPAN, None, INTERVAL, 0, st.HYPOTHETICAL, Precision.DAY),
    "disputed": (_SPAN, None, INTERVAL, 0, st.DISPUTED, Precision.DAY),
    "disputed-beside": (_SPAN, None, INTERVAL | st.DISPUTED_MARK, 0, st.PLANNED, Precision.DAY),
    "conditional": (_SPAN, None, INTERVAL | st.CONDITION_MARK, 0, st.PLANNED, Precision.DAY),
    "selected": (_SPAN, None, INTERVAL, 0, st.OCCURRED, Precision.DAY),
    "highlighted": (_SPAN, None, INTERVAL, 0, st.OCCURRED, Precision.DAY),
}


def sample_glyphs(rect: QRectF, name: str) -> Glyphs:
    """The glyph ``name`` as the timeline lays it out, for a sample date spread over ``rect``."""
    (start_lo, start_hi, end_lo, end_hi), bounds, flags, ends, status, precision = _SAMPLES[name]
    earliest, latest = bounds if bounds is not None else (start_lo, end_hi)

    def one(value, dtype=np.float64) -> np.ndarray:
        return np.array([value], dtype=dtype)

    def at(fraction) -> np.ndarray:  # the box spans 100 days, so each unit is drawn as on a timeline
        return one(fraction * _BOX_SECONDS)

    cols = SimpleNamespace(start_lo=at(start_lo), start_hi=at(start_hi), end_lo=at(end_lo), end_hi=at(end_hi),
                           earliest=at(earliest), latest=at(latest), flags=one(flags, np.int32),
                           ends=one(ends, np.int8), status=one(status, np.int8), precision=one(precision, np.int8),
                           disputed=one(bool(flags & st.DISPUTED_MARK), bool),
                           conditional=one(bool(flags & st.CONDITION_MARK), bool))
    geometry = ViewGeometry(0.0, _BOX_SECONDS, rect.left() + 2, rect.right() - 2, rect.top(), rect.bottom(), 0.0, 1.0,
                            (0.0, 1.0))
    zero = np.zeros(1, np.int64)
    glyphs = glyphs_for(cols, zero, zero, geometry, zero, one(name == "selected", bool),
                        one(name == "highlighted", bool))
    glyphs.cy[:] = rect.center().y()
    return glyphs


def draw_legend_glyph(painter: QPainter, rect: QRectF, name: str, colour: str, theme, vector: bool = True) -> None:
    """Draw the glyph called ``name`` (see LEGEND, or "density") centred in ``rect``.

    ``vector`` draws shapes only (what SVG and PDF need); False allows pictures.
    """
    palette = Palette(theme, [QColor(colour)])
    if name == "density":
        counts = np.array([1, 1, 3, 10, 30, 100, 300, 1000, 300, 30, 3, 1])
        columns = np.repeat(counts, max(1, int(rect.width() // len(counts))))
        rgba = density.ramp_rgba(columns, palette.lane(0), palette.background, density.scale_top(1000))
        target = QRectF(rect.left(), rect.center().y() - st.BAR_PX / 2, len(columns), st.BAR_PX)
        (density.draw_strip_as_rects if vector else density.draw_strip)(painter, rgba, target)
        return
    glyphs = sample_glyphs(rect, name)
    geometry = ViewGeometry(0.0, 1.0, rect.left() + 2, rect.right() - 2, rect.top(), rect.bottom(), 0.0, 1.0,
                            (0.0, 1.0))
    paint_frame(painter, Frame(geometry, range(0, 1), glyphs=glyphs), palette, ui_font(11), vector)
