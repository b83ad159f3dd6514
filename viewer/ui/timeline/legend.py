"""The glyph legend: what each mark means, and a way to draw any of them alone.

Exports draw the legend with :func:`draw_legend_glyph`, which goes through
the same painting code as the timeline, so the key cannot drift from the
picture.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ...model.dates import APPROXIMATE, INTERVAL, OPEN_END, UNCERTAIN, UNKNOWN_END, Precision
from ...style.fonts import ui_font
from . import density
from . import styles as st
from .frame import Frame, Glyphs, ViewGeometry
from .glyph_painter import paint_frame
from .palette import Palette

LEGEND: tuple[tuple[str, str], ...] = (
    ("instant", "Diamond: a day or a finer instant"),
    ("interval", "Bar: an interval from start to end"),
    ("coarse", "Light bar: only the month, season or year (or, close up, the day) is known"),
    ("approximate", "Fading ends: approximate date (~)"),
    ("uncertain", "Dotted outline and '?': uncertain date (?); both for %"),
    ("bounds", "Whiskers: earliest and latest possible dates"),
    ("open", "Arrow to the edge: open end (..)"),
    ("unknown", "Fading out: unknown end"),
    ("occurred", "Solid: occurred"),
    ("reported", "Solid with a dot: reported by a source"),
    ("planned", "Hollow: planned"),
    ("hypothetical", "Hollow, dashed: hypothetical"),
    ("disputed", "Hatched with '!': disputed"),
    ("disputed-beside", "'!' beside the status: also disputed"),
    ("conditional", "'if': depends on a condition, given in words"),
    ("selected", "Outline in the selection colour: selected"),
    ("highlighted", "Glow in the highlight colour: highlighted"),
)


def legend_entries(density_peak: int = 0) -> list[tuple[str, str]]:
    """Every glyph with its meaning, and the density strip's scale (at least up to 1,000)."""
    return [*LEGEND, ("density", "Density strip: " + density.legend_text(max(density_peak, 1000)))]

# (precision, flags, status, shape as bar?, whiskers?) per glyph name
_SAMPLES = {
    "instant": (Precision.DAY, 0, st.OCCURRED, False),
    "interval": (Precision.DAY, INTERVAL, st.OCCURRED, True),
    "coarse": (Precision.MONTH, 0, st.OCCURRED, True),
    "approximate": (Precision.DAY, INTERVAL | APPROXIMATE, st.OCCURRED, True),
    "uncertain": (Precision.DAY, INTERVAL | UNCERTAIN, st.OCCURRED, True),
    "bounds": (Precision.DAY, 0, st.OCCURRED, False),
    "open": (Precision.DAY, INTERVAL | OPEN_END, st.OCCURRED, True),
    "unknown": (Precision.DAY, INTERVAL | UNKNOWN_END, st.OCCURRED, True),
    "occurred": (Precision.DAY, INTERVAL, st.OCCURRED, True),
    "reported": (Precision.DAY, INTERVAL, st.REPORTED, True),
    "planned": (Precision.DAY, INTERVAL, st.PLANNED, True),
    "hypothetical": (Precision.DAY, INTERVAL, st.HYPOTHETICAL, True),
    "disputed": (Precision.DAY, INTERVAL, st.DISPUTED, True),
    "disputed-beside": (Precision.DAY, INTERVAL | st.DISPUTED_MARK, st.PLANNED, True),
    "conditional": (Precision.DAY, INTERVAL | st.CONDITION_MARK, st.PLANNED, True),
    "selected": (Precision.DAY, INTERVAL, st.OCCURRED, True),
    "highlighted": (Precision.DAY, INTERVAL, st.OCCURRED, True),
}


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
    precision, flags, status, bar = _SAMPLES[name]
    cy = rect.center().y()
    left, right = rect.left() + 2, rect.right() - 2
    room = 0.0 if name in ("open",) else 16.0  # keep marks after the glyph inside the rectangle
    if bar:
        x0, x1 = left + (10 if name in ("approximate", "unknown") else 2), right - room
    else:
        x0 = x1 = rect.center().x() - (room / 2 if name != "bounds" else 0)
    if name == "unknown":
        x1 = x0 + (right - x0) * 0.45
    geometry = ViewGeometry(0.0, 1.0, rect.left(), right, rect.top(), rect.bottom(), 0.0, 1.0, (0.0, 1.0))
    shape, fill, line = st.classify(np.array([precision], np.int8), np.array([flags], np.int32),
                                    np.array([status], np.int8), np.array([x1 - x0 if bar else 0.0]))
    marks = st.mark_offsets(np.array([flags]), np.array([status]))[3]
    half = st.MARKER_PX / 2
    ce = x1 + (st.UNKNOWN_FADE_PX * 0.5 if name == "unknown" else 0) if bar else x0 + half
    bx0, bx1 = x0, x1 - (st.ARROW_PX if name == "open" else 0)
    fade = min(st.FADE_PX, (bx1 - bx0) / 3) if flags & APPROXIMATE else 0.0

    def one(value) -> np.ndarray:
        return np.array([value])

    whiskers = name == "bounds"
    glyphs = Glyphs(entry=one(0), row=one(0), lane=one(0), track=one(0), shape=shape, fill=fill, line=line,
                    x0=one(float(x0)), x1=one(float(x1)), bx0=one(bx0 + fade), bx1=one(bx1 - fade), fade=one(fade),
                    gx0=one(float(left if whiskers else x0)), gx1=one(float(right if whiskers else ce + marks[0])),
                    ce=one(float(ce)), marks=marks, cy=one(cy),
                    wl=one(left if whiskers else np.nan), wr=one(right if whiskers else np.nan),
                    flags=one(flags), status=one(status), selected=one(name == "selected"),
                    highlighted=one(name == "highlighted"))
    frame = Frame(geometry, range(0, 1), glyphs=glyphs)
    paint_frame(painter, frame, palette, ui_font(11), vector)
