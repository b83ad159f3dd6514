"""The pages that continue a PDF: what the first page had no room for (the rest of the key,
quotes, analyst notes), under a running title, between the same caveat banners.

Each section is a heading and paragraphs; paragraphs flow down columns and
wrap at words, never shortened. ``paint_more`` fills one page and hands back
what is left for the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ..model.label_layout import wrap_long
from ..model.translation import number, translate
from ..style.fonts import ui_font
from . import page_blocks as blocks
from . import page_text

MARGIN = 28
RUNNING_PX = 18
HEADING_PX = 14
TEXT_PX = 12
COLUMN_MIN_W = 440
COLUMN_GAP = 28
PARAGRAPH_GAP = 6
HEADING_GAP = 14


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    muted: bool = False  # analyst notes: set apart from the reporting


def _columns(width: float) -> tuple[int, float]:
    n = max(1, int((width + COLUMN_GAP) // (COLUMN_MIN_W + COLUMN_GAP)))
    return n, (width - COLUMN_GAP * (n - 1)) / n


def flow_sections(painter: QPainter | None, rect: QRectF, sections: list[Section], theme, boxes=None,
                  kind: str = "more", whole: bool = False) -> list[Section]:
    """Draw (with a painter) or measure the sections in ``rect``, column by column; returns what
    did not fit, as sections whose heading reads "(continued)" where one was split. With ``whole``
    a paragraph is written whole or not at all (a picture, which cannot continue)."""
    text_font, heading_font = ui_font(TEXT_PX), ui_font(HEADING_PX, bold=True)
    text_metrics, heading_metrics = QFontMetricsF(text_font), QFontMetricsF(heading_font)
    n, column_w = _columns(rect.width())
    column, y = 0, rect.top()

    def next_column() -> bool:
        nonlocal column, y
        column, y = column + 1, rect.top()
        return column < n

    def write(text: str, font, metrics, colour: str, top: float) -> None:
        x = rect.left() + column * (column_w + COLUMN_GAP)
        if painter is not None:
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QPointF(x, top + metrics.ascent()), text)
        if boxes is not None:
            boxes.add(kind, text, QRectF(x, top, metrics.horizontalAdvance(text), metrics.height()), rect)

    for index, section in enumerate(sections):
        heading_h = heading_metrics.lineSpacing()
        first = wrap_long(section.paragraphs[0], text_metrics.horizontalAdvance, column_w) if section.paragraphs \
            else []
        # A heading never stands alone at a column's foot: with its first line (its whole first
        # paragraph when paragraphs are not split).
        needed = heading_h + len(first if whole else first[:1]) * text_metrics.lineSpacing()
        if y > rect.top() and y + HEADING_GAP + needed > rect.bottom():
            if not next_column():
                return sections[index:]
        if whole and y + needed > rect.bottom():
            return sections[index:]
        if y > rect.top():
            y += HEADING_GAP
        write(section.heading, heading_font, heading_metrics, theme.foreground, y)
        y += heading_h + 2
        for p_index, paragraph in enumerate(section.paragraphs):
            lines = wrap_long(paragraph, text_metrics.horizontalAdvance, column_w)
            if whole and y + len(lines) * text_metrics.lineSpacing() > rect.bottom():
                if not next_column() or y + len(lines) * text_metrics.lineSpacing() > rect.bottom():
                    rest = section.paragraphs[p_index:]
                    return [Section(_continued(section.heading), rest, section.muted), *sections[index + 1:]]
            for line_index, line in enumerate(lines):
                if y + text_metrics.height() > rect.bottom():
                    if not next_column():
                        rest = [paragraph if line_index == 0 else " ".join(lines[line_index:])]
                        rest += section.paragraphs[p_index + 1:]
                        return [Section(_continued(section.heading), rest, section.muted), *sections[index + 1:]]
                write(line, text_font, text_metrics, theme.muted if section.muted else theme.foreground, y)
                y += text_metrics.lineSpacing()
            y += PARAGRAPH_GAP
    return []


def height_for(sections: list[Section], width: float, cap: float, theme) -> float:
    """The least height (in steps of a line, at most ``cap``) in which the sections fit at ``width``."""
    step = QFontMetricsF(ui_font(TEXT_PX)).lineSpacing()
    height = min(3 * step, cap)
    while height < cap and flow_sections(None, QRectF(0, 0, width, height), sections, theme):
        height = min(height + step, cap)
    return height


def paint_band(painter: QPainter, rect: QRectF, sections: list[Section], theme, boxes, continues: bool
               ) -> list[Section]:
    """The provenance band of the first page; returns what goes on to further pages. A picture,
    which cannot continue, ends with a line saying how much more there is and where."""
    if not sections:
        return []
    if continues or not flow_sections(None, rect, sections, theme):
        return flow_sections(painter, rect, sections, theme, boxes, kind="provenance")
    metrics = QFontMetricsF(ui_font(TEXT_PX))
    note_lines = wrap_long(_more_note(999), metrics.horizontalAdvance, rect.width())
    reserved = len(note_lines) * metrics.lineSpacing() + PARAGRAPH_GAP
    if rect.height() - reserved < 3 * metrics.lineSpacing():
        return []
    rest = flow_sections(painter, rect.adjusted(0, 0, 0, -reserved), sections, theme, boxes, kind="provenance",
                         whole=True)
    left = sum(len(s.paragraphs) for s in rest)
    note = _more_note(left)
    top = rect.bottom() - reserved + PARAGRAPH_GAP
    painter.setFont(ui_font(TEXT_PX))
    painter.setPen(QColor(theme.muted))
    for line in wrap_long(note, metrics.horizontalAdvance, rect.width()):
        painter.drawText(QPointF(rect.left(), top + metrics.ascent()), line)
        if boxes is not None:
            boxes.add("provenance", line, QRectF(rect.left(), top, metrics.horizontalAdvance(line),
                                                 metrics.height()), rect)
        top += metrics.lineSpacing()
    return []


def _more_note(left: int) -> str:
    more = (translate("Page", "1 more quote or note") if left == 1 else
            translate("Page", "{n} more quotes or notes").format(n=number(left)))
    return translate("Page", "{more}: on further pages of a PDF export; the sources annex has every quote and "
                             "note").format(more=more)


def _continued(heading: str) -> str:
    marked = translate("Page", "{heading} (continued)")
    return heading if heading.endswith(marked.format(heading="")) else marked.format(heading=heading)


def paint_more(painter: QPainter, rect: QRectF, spec, document, sections: list[Section], number: int,
               theme, boxes=None) -> list[Section]:
    """One continuation page; returns the sections left for the next."""
    painter.fillRect(rect, QColor(theme.background))
    top, bottom = rect.top(), rect.bottom()
    if spec.caveat:
        blocks.paint_banner(painter, QRectF(rect.left(), top, rect.width(), blocks.BANNER_H_UNITS), spec.caveat,
                            theme)
        blocks.paint_banner(painter, QRectF(rect.left(), bottom - blocks.BANNER_H_UNITS, rect.width(),
                                            blocks.BANNER_H_UNITS), spec.caveat, theme)
        top, bottom = top + blocks.BANNER_H_UNITS, bottom - blocks.BANNER_H_UNITS
    left, right = rect.left() + MARGIN, rect.right() - MARGIN
    running = translate("Page", "{title} \u00b7 continued, page {n}").format(title=blocks.title_text(spec, document),
                                                                               n=number)
    title_box = QRectF(left, top + 14, right - left, 26)
    blocks.draw_line(painter, title_box, running, ui_font(RUNNING_PX, bold=True), theme.foreground,
                     Qt.AlignmentFlag.AlignLeft)
    if boxes is not None:
        boxes.add("running", running, title_box, rect)
    footer_box = QRectF(left, bottom - 14 - 20, right - left, 20)
    if spec.show_footer:
        footer = page_text.footer_text(page_text.generated_time(spec.generated_at), blocks.file_name(spec, document))
        blocks.draw_line(painter, footer_box, footer, ui_font(blocks.LINE_PX), theme.muted,
                         Qt.AlignmentFlag.AlignRight)
    body = QRectF(left, title_box.bottom() + 16, right - left, footer_box.top() - 12 - title_box.bottom() - 16)
    return flow_sections(painter, body, sections, theme, boxes)
