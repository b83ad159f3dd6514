"""Paints a Frame: density strips, bars, markers, whiskers, arrows, marks, labels.

Glyphs are grouped by lane colour and style code and each group goes to
QPainter in one array call: drawRects for bars, drawLines for whiskers,
drawPixmapFragments for diamonds and marks (see sprites.py).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QRegion

from ...model.dates import APPROXIMATE, OPEN_END, OPEN_START
from . import density, sprites
from . import styles as st
from .batch import draw_lines, draw_rects
from .fade_ground import PlainGrounds
from .frame import Frame, Glyphs
from .palette import Palette, readable_on, with_alpha


def paint_frame(p: QPainter, frame: Frame, palette: Palette, font: QFont, vector: bool = False,
                grounds=None) -> None:
    """Draw ``frame``; ``vector`` (for SVG and PDF exports) draws shapes where the screen stamps
    pictures, and solid fades ending in the colours ``grounds`` finds behind them."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if vector and grounds is None:
        grounds = PlainGrounds(palette)
    elif not vector:
        grounds = None
    _paint_density(p, frame, palette, vector)
    glyphs = frame.glyphs
    if glyphs is not None and len(glyphs):
        _paint_highlight(p, glyphs, palette, vector)
        for lane in np.unique(glyphs.lane).tolist():
            _paint_lane(p, glyphs.take(glyphs.lane == lane), lane, palette, frame, vector, grounds, font)
        _paint_marks(p, glyphs, palette, font, vector)
        _paint_selection(p, glyphs, palette, vector)
    _paint_dense_marks(p, frame, palette)
    _paint_labels(p, frame, palette, font)


# -- density ---------------------------------------------------------------
def _paint_density(p: QPainter, frame: Frame, palette: Palette, vector: bool) -> None:
    if not frame.dense:
        return
    top = density.scale_top(frame.density_max)
    g = frame.geometry
    p.save()
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    for strip in frame.dense:
        rgba = density.ramp_rgba(strip.counts, palette.lane(strip.lane), palette.background, top)
        pad = min(st.LANE_PAD_PX, strip.height / 6)
        target = QRectF(g.left, strip.top + pad, len(strip.counts), strip.height - 2 * pad)
        if vector:
            density.draw_strip_as_rects(p, rgba, target)
        else:
            density.draw_strip(p, rgba, target)
    p.restore()


def _paint_dense_marks(p: QPainter, frame: Frame, palette: Palette) -> None:
    for ticks, colour in ((frame.dense_highlighted, palette.highlight), (frame.dense_selected, palette.selection)):
        if len(ticks):
            p.setPen(QPen(colour, 2))
            draw_lines(p, ticks)


# -- glyphs ----------------------------------------------------------------
def _paint_lane(p: QPainter, g: Glyphs, lane: int, palette: Palette, frame: Frame, vector: bool, grounds,
                font: QFont) -> None:
    half_bar = st.BAR_PX / 2
    # Whiskers first, so that glyphs sit on top of them.
    left = ~np.isnan(g.wl)
    right = ~np.isnan(g.wr)
    if left.any() or right.any():
        core_left = np.where(g.shape == st.SHAPE_MARKER, g.cx - st.MARKER_PX / 2, g.bx0 - g.fade_l)
        core_left = core_left - st.start_mark_width(g.flags)  # the left whisker ends before a start's "?"
        core_right = g.ce + g.marks  # the right whisker starts after the marks
        t = st.WHISKER_TICK_PX
        lines = [np.column_stack([g.wl[left], g.cy[left], core_left[left], g.cy[left]]),
                 np.column_stack([g.wl[left], g.cy[left] - t, g.wl[left], g.cy[left] + t]),
                 np.column_stack([g.wr[right], g.cy[right], core_right[right], g.cy[right]]),
                 np.column_stack([g.wr[right], g.cy[right] - t, g.wr[right], g.cy[right] + t])]
        p.setPen(palette.whisker(lane))
        draw_lines(p, np.concatenate(lines))

    bar = g.shape == st.SHAPE_BAR
    if bar.any():
        b = g.take(bar)
        y = b.cy - half_bar
        core = np.column_stack([b.bx0, y, np.maximum(b.bx1 - b.bx0, 0.5), np.full(len(b), st.BAR_PX)])
        _paint_fades(p, b, lane, palette, y, grounds)
        _paint_groups(p, b, lane, palette, core, _titles_on_bars(frame, lane, font) if palette.pattern(lane) else [])
        _paint_uncertain_ends(p, b, lane, palette)
        _paint_arrows(p, b, lane, palette, frame, vector)

    one_of = g.shape == st.SHAPE_SET
    if one_of.any():
        _paint_sets(p, g.take(one_of), lane, palette, frame, vector)

    marker = g.shape == st.SHAPE_MARKER
    if marker.any():
        m = g.take(marker)
        cx = m.cx
        approx = st.has(m.flags, APPROXIMATE)
        if approx.any():
            wing, h = 9.0, 4.0
            y = m.cy[approx] - h / 2
            left_wing = np.column_stack([cx[approx] - st.MARKER_PX / 2 - wing, y,
                                         np.full(len(y), wing), np.full(len(y), h)])
            right_wing = left_wing + np.array([st.MARKER_PX + wing, 0, 0, 0])
            p.setPen(Qt.PenStyle.NoPen)
            _fill_fades(p, palette, lane, st.FILL_SOLID, True, left_wing, grounds)
            _fill_fades(p, palette, lane, st.FILL_SOLID, False, right_wing, grounds)
        code = m.fill.astype(np.int64) * 4 + m.line
        for value in np.unique(code).tolist():
            chosen = code == value
            sprites.stamp(p, palette.marker_sprite(lane, *divmod(value, 4)), cx[chosen], m.cy[chosen], vector)


def _titles_on_bars(frame: Frame, lane: int, font: QFont) -> list[QRectF]:
    """Where titles are written on the lane's bars: a lane's pattern leaves them clear."""
    metrics = QFontMetricsF(font)
    return [QRectF(label.x - 3, label.baseline - metrics.ascent() - 1, label.width + 6,
                   metrics.ascent() + metrics.descent() + 2)
            for label in frame.labels if label.inside and label.lane == lane]


def _paint_groups(p: QPainter, g: Glyphs, lane: int, palette: Palette, rects: np.ndarray,
                  titles: list[QRectF] | None = None) -> None:
    code = g.fill.astype(np.int64) * 4 + g.line
    for value in np.unique(code).tolist():
        fill, line = divmod(value, 4)
        # Bars piled on one another (open ends running past the view, say) are drawn once.
        chosen = np.unique(rects[code == value], axis=0)
        if fill == st.FILL_HATCHED:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(palette.hatch_under(lane))
            draw_rects(p, chosen)
        p.setBrush(palette.fill_brush(lane, fill))
        if line in (st.LINE_DASHED, st.LINE_DOTTED):
            p.setPen(Qt.PenStyle.NoPen)
            draw_rects(p, chosen)
            _paint_broken_outlines(p, palette.outline(lane, line), chosen)
        else:
            p.setPen(palette.outline(lane, line))
            draw_rects(p, chosen)
        pattern = palette.lane_pattern_brush(lane, fill)
        if pattern is not None:  # lanes past the theme's first block of colours: their pattern over the fill
            p.save()
            if titles:  # lines through a title would read as striking it out
                x0, y0 = chosen[:, 0].min(), chosen[:, 1].min()
                x1, y1 = (chosen[:, 0] + chosen[:, 2]).max(), (chosen[:, 1] + chosen[:, 3]).max()
                clear = QRegion(QRectF(x0, y0, x1 - x0, y1 - y0).toAlignedRect())
                for box in titles:
                    clear = clear.subtracted(QRegion(box.toAlignedRect()))
                p.setClipRegion(clear, Qt.ClipOperation.IntersectClip)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pattern)
            draw_rects(p, chosen)
            p.restore()


def _paint_broken_outlines(p: QPainter, pen: QPen, rects: np.ndarray) -> None:
    """Dashed and dotted outlines as four pixel-aligned lines per bar: antialiased dashes
    cost a hundred times as much and a view full of long hypothetical bars took seconds."""
    x0, y0 = rects[:, 0], rects[:, 1]
    x1, y1 = x0 + rects[:, 2], y0 + rects[:, 3]
    crisp = QPen(pen)
    crisp.setWidthF(max(1.0, round(pen.widthF())))
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(crisp)
    draw_lines(p, np.concatenate([np.column_stack([x0, y0, x1, y0]), np.column_stack([x0, y1, x1, y1]),
                                  np.column_stack([x0, y0, x0, y1]), np.column_stack([x1, y0, x1, y1])]))
    p.restore()


def _paint_uncertain_ends(p: QPainter, b: Glyphs, lane: int, palette: Palette) -> None:
    """A dotted edge on the one end of a span that is uncertain: across the end and a little
    along the bar's top and bottom; its "?" is drawn with the other marks."""
    start, end = st.has(b.flags, st.UNCERTAIN_START_MARK), st.has(b.flags, st.UNCERTAIN_END_MARK)
    if not (start.any() or end.any()):
        return
    x0, x1 = b.bx0 - b.fade_l, b.bx1 + b.fade_r
    half = (x1 - x0) / 2
    top, bottom = b.cy - st.BAR_PX / 2, b.cy + st.BAR_PX / 2
    lines = []
    # Along its fade, if the end fades, so that the dots cover all of the end's unit.
    for chosen, edge, inward in ((start, x0, np.minimum(np.maximum(b.fade_l, st.UNCERTAIN_EDGE_PX), half)),
                                 (end, x1, -np.minimum(np.maximum(b.fade_r, st.UNCERTAIN_EDGE_PX), half))):
        if chosen.any():
            e, i, y0, y1 = edge[chosen], edge[chosen] + inward[chosen], top[chosen], bottom[chosen]
            lines += [np.column_stack([e, y0, e, y1]), np.column_stack([e, y0, i, y0]),
                      np.column_stack([e, y1, i, y1])]
    pen = QPen(palette.outline(lane, st.LINE_DOTTED))
    pen.setWidthF(max(1.0, round(pen.widthF())))
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp dots, as the dotted outlines
    p.setPen(pen)
    draw_lines(p, np.concatenate(lines))
    p.restore()


def _paint_fades(p: QPainter, b: Glyphs, lane: int, palette: Palette, y: np.ndarray, grounds) -> None:
    """Each end's fade, as the frame measured it (see model.date_drawing for the rule)."""
    h = st.BAR_PX
    p.setPen(Qt.PenStyle.NoPen)
    for widths, up in ((b.fade_l, True), (b.fade_r, False)):
        chosen = widths > 0
        if not chosen.any():
            continue
        x = b.bx0[chosen] - widths[chosen] if up else b.bx1[chosen]
        rects = np.column_stack([x, y[chosen], widths[chosen], np.full(chosen.sum(), h)])
        fills = b.fill[chosen]
        for fill in np.unique(fills).tolist():
            _fill_fades(p, palette, lane, fill, up, rects[fills == fill], grounds)


def _paint_sets(p: QPainter, s: Glyphs, lane: int, palette: Palette, frame: Frame, vector: bool) -> None:
    """A "one of" date: a bracket under its whole span (an arrow at an open end) and one
    mark inside it, styled by status like a diamond; the title may sit inside the bracket."""
    geo = frame.geometry
    half, serif = st.BAR_PX / 2 - 2, st.BRACKET_SERIF_PX
    base = s.cy + half
    open_left = st.has(s.flags, OPEN_START) & (s.x0 <= geo.left + 0.5)
    open_right = st.has(s.flags, OPEN_END) & (s.x1 >= geo.right - 0.5)
    line_x0 = np.where(open_left, s.x0 + st.ARROW_PX / 2, s.x0)
    line_x1 = np.where(open_right, s.x1 - st.ARROW_PX / 2, s.x1)
    lines = [np.column_stack([line_x0, base, line_x1, base])]
    for closed, x, inward in ((~open_left, s.x0, serif), (~open_right, s.x1, -serif)):
        if closed.any():
            xs, ys = x[closed], s.cy[closed]
            lines += [np.column_stack([xs, ys - half, xs, ys + half]),
                      np.column_stack([xs, ys - half, xs + inward, ys - half])]
    pen = QPen(palette.lane(lane), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    p.setPen(pen)
    draw_lines(p, np.concatenate(lines))
    if open_left.any():
        sprites.stamp(p, palette.arrow_sprite(lane, -1), np.full(open_left.sum(), geo.left + st.ARROW_PX / 2),
                      base[open_left], vector)
    if open_right.any():
        sprites.stamp(p, palette.arrow_sprite(lane, 1), np.full(open_right.sum(), geo.right - st.ARROW_PX / 2),
                      base[open_right], vector)
    code = s.fill.astype(np.int64) * 4 + s.line
    for value in np.unique(code).tolist():
        chosen = code == value
        sprites.stamp(p, palette.marker_sprite(lane, *divmod(value, 4)), s.cx[chosen], s.cy[chosen], vector)


def _fill_fades(p: QPainter, palette: Palette, lane: int, fill: int, rising: bool, rects: np.ndarray,
                grounds) -> None:
    """Fading rectangles: transparent at the far end on screen, or (``grounds`` given, vector
    exports) solid, ending in the colour behind each far end, one call per such colour."""
    if grounds is None:
        p.setBrush(palette.fade_brush(lane, fill, rising))
        draw_rects(p, rects)
        return
    far = rects[:, 0] if rising else rects[:, 0] + rects[:, 2]
    index, colours = grounds.at(lane, far)
    for k, colour in enumerate(colours):
        p.setBrush(palette.fade_brush(lane, fill, rising, colour))
        draw_rects(p, rects[index == k])


def _paint_arrows(p: QPainter, b: Glyphs, lane: int, palette: Palette, frame: Frame, vector: bool) -> None:
    geo = frame.geometry
    left = st.has(b.flags, OPEN_START) & (b.x0 <= geo.left + 0.5)
    right = st.has(b.flags, OPEN_END) & (b.x1 >= geo.right - 0.5)
    half = st.ARROW_PX / 2
    if left.any():
        sprites.stamp(p, palette.arrow_sprite(lane, -1), np.full(left.sum(), geo.left + half), b.cy[left], vector)
    if right.any():
        sprites.stamp(p, palette.arrow_sprite(lane, 1), np.full(right.sum(), geo.right - half), b.cy[right], vector)


def _padded_bars(g: Glyphs, bar: np.ndarray, pad: float) -> np.ndarray:
    """Rectangles around the chosen bars and sets with their fades, ``pad`` pixels out on every side."""
    x0, x1 = g.bx0[bar] - g.fade_l[bar], g.bx1[bar] + g.fade_r[bar]
    return np.column_stack([x0 - pad, g.cy[bar] - st.BAR_PX / 2 - pad, x1 - x0 + 2 * pad,
                            np.full(bar.sum(), st.BAR_PX + 2 * pad)])


def _paint_highlight(p: QPainter, g: Glyphs, palette: Palette, vector: bool) -> None:
    if not g.highlighted.any():
        return
    h = g.take(g.highlighted)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(with_alpha(palette.highlight, 0.55))
    bar = h.shape != st.SHAPE_MARKER
    draw_rects(p, _padded_bars(h, bar, 4))
    m = ~bar
    sprites.stamp(p, palette.ring_sprite("highlighted"), h.cx[m], h.cy[m], vector)


def _paint_selection(p: QPainter, g: Glyphs, palette: Palette, vector: bool) -> None:
    if not g.selected.any():
        return
    s = g.take(g.selected)
    pen = QPen(palette.selection, 2.2)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bar = s.shape != st.SHAPE_MARKER
    draw_rects(p, _padded_bars(s, bar, 2.5))
    m = ~bar
    sprites.stamp(p, palette.ring_sprite("selected"), s.cx[m], s.cy[m], vector)


def _paint_marks(p: QPainter, g: Glyphs, palette: Palette, font: QFont, vector: bool) -> None:
    """After the glyph: a dot for reported events, '?' for uncertain, '!' for disputed ones,
    'if' for those that depend on a condition; before it, '?' for a span whose start alone is uncertain."""
    before = st.has(g.flags, st.UNCERTAIN_START_MARK)
    if before.any():
        start = np.where(g.shape == st.SHAPE_MARKER, g.cx - st.MARKER_PX / 2, g.bx0 - g.fade_l)[before]
        sprites.stamp(p, palette.mark_sprite("?", font), start - st.QUESTION_PX / 2 - 1, g.cy[before], vector)
    dot_at, question_at, bang_at, _, if_at = st.mark_offsets(g.flags, g.status)
    for kind, offset, width, lift in (("dot", dot_at, st.DOT_PX, 3.0), ("?", question_at, st.QUESTION_PX, 0.0),
                                      ("!", bang_at, st.BANG_PX, 0.0), ("if", if_at, st.IF_PX, 0.0)):
        present = ~np.isnan(offset)
        if present.any():
            x = g.ce[present] + offset[present] + width / 2
            sprites.stamp(p, palette.mark_sprite(kind, font), x, g.cy[present] - lift, vector)


def _paint_labels(p: QPainter, frame: Frame, palette: Palette, font: QFont) -> None:
    if not frame.labels:
        return
    p.setFont(font)
    on_solid = {}  # labels written on a solid bar take the colour readable on it
    if frame.glyphs is not None:
        g = frame.glyphs
        solid = ((g.fill == st.FILL_SOLID) & (g.shape == st.SHAPE_BAR)).tolist()
        on_solid = dict(zip(zip(g.row.tolist(), g.lane.tolist()), solid))
    metrics = QFontMetricsF(font)
    for label in frame.labels:
        if label.inside and on_solid.get((label.row, label.lane)):
            p.setPen(readable_on(palette.lane(label.lane)))
        else:
            p.setPen(palette.foreground)
        if label.number:  # a key number, boxed so that it never reads as a title
            top = label.baseline - metrics.ascent()
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(label.x + 0.5, top + 0.5, label.width - 1, metrics.height() - 1), 3, 3)
            p.drawText(QRectF(label.x, top, label.width, metrics.height()), int(Qt.AlignmentFlag.AlignCenter),
                       label.text)
            continue
        for i, line in enumerate(label.lines or (label.text,)):
            p.drawText(QPointF(label.x, label.baseline + i * label.line_step), line)
