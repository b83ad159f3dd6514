"""The page's own text blocks: caveat banners, title and subtitle, source line and footer.

All of it is drawn as text (selectable in a PDF, ``<text>`` in an SVG) and
from file content only as plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ..model.citations import one_line
from ..model.zone_display import axis_zone
from ..style.fonts import ui_font
from ..style.theme import to_grey
from . import page_text

# Type sizes in page units (a 1920x1080 slide): nothing under 11.
BANNER_PX = 15
TITLE_PX = 28
SUBTITLE_PX = 14
LINE_PX = 12  # source line and footer
TITLE_LINE = 38  # height of one title line
SUBTITLE_H = 26  # the subtitle line below the title
BANNER_MARGIN = 28
BANNER_H_UNITS = 30
FOOTER_GAP = 22

# Usual banner colours of security markings, by their first word(s).
BANNER_COLOURS = (
    ("TOP SECRET", "#FF8C00"),
    ("UNCLASSIFIED", "#007A33"),
    ("CONFIDENTIAL", "#0033A0"),
    ("SECRET", "#C8102E"),
    ("CUI", "#502B85"),
    ("CONTROLLED", "#502B85"),
)
NEUTRAL_BANNER = "#6E6E6E"


def banner_colour(caveat: str) -> str:
    text = caveat.strip().upper()
    for marking, colour in BANNER_COLOURS:
        if re.match(rf"{re.escape(marking)}(?![A-Z0-9])", text):
            return colour
    return NEUTRAL_BANNER


def _text_on(colour: QColor) -> QColor:
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#ffffff")


def draw_line(painter: QPainter, rect: QRectF, text: str, font, colour: str, align) -> float:
    """One line of plain text, shortened with an ellipsis to fit; returns its width."""
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine), shown)
    return metrics.horizontalAdvance(shown)


# -- title block --------------------------------------------------------------------
def title_text(spec, document) -> str:
    return one_line(spec.title if spec.title is not None else document.info.title)


def title_lines(title: str, width: float) -> int:
    """A title that does not fit one line gets two (and is shortened to fit them)."""
    return 1 if QFontMetricsF(ui_font(TITLE_PX, bold=True)).horizontalAdvance(title) <= width else 2


def title_block_height(lines: int) -> float:
    return TITLE_LINE * lines + SUBTITLE_H


def paint_title(painter: QPainter, rect: QRectF, spec, document, panes, theme) -> None:
    title = title_text(spec, document)
    subtitle = spec.subtitle
    if subtitle is None:
        subtitle = page_text.default_subtitle(document, spec.filter, panes.shown_span(),
                                              int(panes.shown_mask().sum()),
                                              axis_zone(spec.time_zone, document.columns.offset), panes.focus)
    font = ui_font(TITLE_PX, bold=True)
    lines = round((rect.height() - SUBTITLE_H) / TITLE_LINE)
    box = QRectF(rect.left(), rect.top(), rect.width(), TITLE_LINE * lines)
    if lines == 1:
        draw_line(painter, box, title, font, theme.foreground, Qt.AlignmentFlag.AlignLeft)
    else:
        painter.setFont(font)
        painter.setPen(QColor(theme.foreground))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box, int(flags), _fit_lines(title, font, rect.width(), lines))
    draw_line(painter, QRectF(rect.left(), box.bottom() + 2, rect.width(), 22), one_line(subtitle),
              ui_font(SUBTITLE_PX), theme.muted, Qt.AlignmentFlag.AlignLeft)


def _fit_lines(text: str, font, width: float, lines: int) -> str:
    """Shorten ``text`` at a word with an ellipsis until it wraps into ``lines`` lines of ``width``."""
    metrics = QFontMetricsF(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    limit = metrics.lineSpacing() * lines + 1
    words = text.split(" ")
    shown = text
    while len(words) > 1 and metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, shown).height() > limit:
        words.pop()
        shown = " ".join(words).rstrip(" ,;:\u2013\u2014-") + "\u2026"
    return shown


# -- bottom line and banners --------------------------------------------------------------
def file_name(spec, document) -> str:
    return spec.file_name if spec.file_name is not None else Path(document.path or "").name


def paint_bottom_line(painter: QPainter, rect: QRectF, spec, document, panes, theme) -> None:
    """Source line at the left, footer (time made, file name) at the right."""
    font = ui_font(LINE_PX)
    room = rect.width()
    if spec.show_footer:
        footer = page_text.footer_text(page_text.generated_time(spec.generated_at), file_name(spec, document))
        right_part = QRectF(rect.left() + rect.width() / 3, rect.top(), rect.width() * 2 / 3, rect.height())
        used = draw_line(painter, right_part, footer, font, theme.muted, Qt.AlignmentFlag.AlignRight)
        room = rect.width() - used - FOOTER_GAP
    if spec.show_sources:
        names = page_text.cited_sources(document, panes.shown_mask())
        metrics = QFontMetricsF(font)
        line = page_text.fitted_source_line(names, lambda text: metrics.horizontalAdvance(text) <= room)
        draw_line(painter, QRectF(rect.left(), rect.top(), room, rect.height()), line,
                  font, theme.foreground, Qt.AlignmentFlag.AlignLeft)


def paint_banner(painter: QPainter, rect: QRectF, caveat: str, theme) -> None:
    colour = banner_colour(caveat)
    fill = QColor(to_grey(colour) if theme.greyscale else colour)
    painter.fillRect(rect, fill)
    draw_line(painter, rect.adjusted(BANNER_MARGIN, 0, -BANNER_MARGIN, 0), one_line(caveat.strip()),
              ui_font(BANNER_PX, bold=True), _text_on(fill).name(), Qt.AlignmentFlag.AlignHCenter)
