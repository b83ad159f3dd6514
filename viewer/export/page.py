"""A briefing page: caveat banners, title block, the view, legend, source line, footer.

Everything is laid out in *page units*. A 1920x1080 slide is 1920x1080
units; any other size keeps the slide's proportion of type to page (the
caller scales the painter by :attr:`PageSpec.scale`), so a 4K slide or an
A4 sheet reads like the same slide. Type sizes follow the briefing
conventions: title 28, body 14, nothing under 11 units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter

from ..model.filters import FilterSpec
from ..model.translation import translate
from ..style.theme import THEMES
from . import context_strip, legend_drawing, page_key, page_legend, page_more, provenance
from . import page_blocks as blocks

VIEWS = ("timeline", "map", "board", "page")
RANGES = ("auto", "all")
REFERENCE_PX = (1920, 1080)

MARGIN = 28
BANNER_H = blocks.BANNER_H_UNITS
LEGEND_W = 360
GAP = 22
TIMELINE_SHARE = 0.55  # of the content height on the combined page, at least
MAX_TIMELINE_SHARE = 0.78
MAX_KEY_SHARE = 0.3  # of the timeline's region; a longer key continues on further PDF pages
MIN_SIDE_BAND = 180  # quotes go beside the views below the legend when it leaves this much room
MAX_PROVENANCE_SHARE = 0.26  # of the content height; more quotes and notes continue on further PDF pages

@dataclass(frozen=True)
class PageSpec:
    view: str = "timeline"  # timeline | map | board | page (timeline above map)
    width_px: int = 1920
    height_px: int = 1080
    dpi: int = 96
    theme: str = "light"
    title: str | None = None  # None: the document's title
    subtitle: str | None = None  # None: range, filter and event count
    caveat: str | None = None  # None: no banners
    show_legend: bool = True
    show_sources: bool = True
    show_footer: bool = True
    start: float = -math.inf  # time range; an open side means "as far as the events go"
    end: float = math.inf
    lanes: str = "segment"
    filter: FilterSpec = field(default_factory=FilterSpec)
    paper: str | None = None  # "a4-landscape", "letter-portrait" ...: a PDF gets exactly that sheet
    generated_at: datetime | None = None  # footer time; None: now (or SOURCE_DATE_EPOCH)
    file_name: str | None = None  # named in the footer; None: the event file's name
    time_zone: str = "utc"  # how times of day read: model.zone_display.TIME_ZONES
    map_extent: tuple[float, float, float, float] | None = None  # W, S, E, N degrees; None: fit to the events
    # auto: the whole range in a context strip and the detail panel where the events are (when they
    # pile up); all: everything fitted; a chosen start or end overrides either
    range: str = "auto"
    quotes: int = 3  # the strongest quotes by grade, verbatim, on the page; 0: none
    show_notes: bool = True  # the analyst's notes, marked as assessment
    show_title: bool = True  # False: no title block (a slide sets its own title above the picture)
    selected: tuple[str, ...] = ()  # event ids drawn selected, as in the window
    highlighted: tuple[str, ...] = ()  # event ids drawn emphasised

    def __post_init__(self):
        if self.view not in VIEWS:
            raise ValueError(f"unknown view {self.view!r}; expected one of {', '.join(VIEWS)}")
        if self.range not in RANGES:
            raise ValueError(f"unknown range {self.range!r}; expected one of {', '.join(RANGES)}")
        if self.theme not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r}; expected one of {', '.join(THEMES)}")

    @property
    def scale(self) -> float:
        """Device pixels per page unit: the page's size relative to a 1920x1080 slide."""
        return math.sqrt(self.width_px * self.height_px / (REFERENCE_PX[0] * REFERENCE_PX[1]))

    @property
    def page_size(self) -> QSizeF:
        return QSizeF(self.width_px / self.scale, self.height_px / self.scale)


@dataclass
class PageLayout:
    top_banner: QRectF | None
    bottom_banner: QRectF | None
    title: QRectF
    content: QRectF
    legend: QRectF | None
    bottom_line: QRectF | None


def page_layout(page: QRectF, spec: PageSpec, legend_height: float = 0.0, title_lines: int = 1) -> PageLayout:
    """Where each part goes. With a legend height the legend sits below the
    view (pages that are not wide enough for it at the right)."""
    top, bottom = page.top(), page.bottom()
    top_banner = bottom_banner = None
    if spec.caveat:
        top_banner = QRectF(page.left(), top, page.width(), BANNER_H)
        bottom_banner = QRectF(page.left(), bottom - BANNER_H, page.width(), BANNER_H)
        top, bottom = top + BANNER_H, bottom - BANNER_H
    left, right = page.left() + MARGIN, page.right() - MARGIN
    if spec.show_title:
        title = QRectF(left, top + 18, right - left, blocks.title_block_height(title_lines))
        content_top = title.bottom() + 12
    else:
        title = QRectF(left, top, right - left, 0)
        content_top = top + MARGIN / 2
    bottom_line = None
    if spec.show_sources or spec.show_footer:
        bottom_line = QRectF(left, bottom - 14 - 20, right - left, 20)
        content_bottom = bottom_line.top() - 10
    else:
        content_bottom = bottom - MARGIN
    legend = None
    if spec.show_legend and legend_height > 0:
        legend = QRectF(left, content_bottom - legend_height, right - left, legend_height)
        content_bottom = legend.top() - GAP / 2
    elif spec.show_legend:
        legend = QRectF(right - LEGEND_W, content_top, LEGEND_W, content_bottom - content_top)
        right = legend.left() - GAP
    content = QRectF(left, content_top, right - left, max(content_bottom - content_top, 40))
    return PageLayout(top_banner, bottom_banner, title, _whole(content), legend, bottom_line)


def legend_at_bottom(page: QRectF) -> bool:
    return page.width() < 1.2 * page.height()  # portrait sheets: the legend in columns below


def view_rects(view: str, content: QRectF, timeline_share: float = TIMELINE_SHARE) -> list[tuple[str, QRectF]]:
    if view != "page":
        return [(view, content)]
    upper = round(content.height() * timeline_share)
    timeline = QRectF(content.left(), content.top(), content.width(), upper)
    below = QRectF(content.left(), content.top() + upper + GAP / 2, content.width(),
                   content.height() - upper - GAP / 2)
    return [("timeline", timeline), ("map", below)]


def _plan(panes, spec, document, content: QRectF):
    """Regions of the views, the context strip and the key. On the combined page the timeline
    takes what its lanes, strip and key need (within limits), so that no lane is cut off while
    the map keeps a fair share."""
    share = TIMELINE_SHARE
    while True:
        regions = view_rects(spec.view, content, share)
        for name, region in regions:
            panes.prepare(name, region.size())
        regions, strip_rect = _make_room_for_strip(panes, regions)
        regions, key_rect, key = _make_room_for_key(panes, regions, spec, document)
        if spec.view != "page" or share >= MAX_TIMELINE_SHARE or not panes.timeline.lanes_scroll():
            return regions, strip_rect, key_rect, key
        share = min(share + 0.04, MAX_TIMELINE_SHARE)


def _whole(rect: QRectF) -> QRectF:
    """Whole page units, so that a pane is laid out at exactly the size it is drawn."""
    return QRectF(round(rect.left()), round(rect.top()), math.floor(rect.width()), math.floor(rect.height()))


# -- painting -------------------------------------------------------------------
def paint_page(painter: QPainter, rect: QRectF, spec: PageSpec, document, panes, boxes=None,
               continues: bool = False) -> list[page_more.Section]:
    """Paint the whole page into ``rect`` (page units) with the panes' pictures; ``boxes``
    (page_boxes.PageBoxes) collects where its labels went. Returns what had no room, for
    further pages when the file ``continues`` (PDF)."""
    theme = THEMES[spec.theme]
    painter.fillRect(rect, QColor(theme.background))
    bottom_legend = spec.show_legend and legend_at_bottom(rect)
    lines = blocks.title_lines(blocks.title_text(spec, document), rect.width() - 2 * MARGIN)
    layout = page_layout(rect, spec, title_lines=lines)
    if bottom_legend:  # the legend's height depends on what the view shows: measure it first
        _prepare(panes, spec.view, layout.content)
        items = page_legend.legend_items(spec, panes)
        layout = page_layout(rect, spec, legend_drawing.flow_height(items, layout.content.width()), lines)
    provenance_sections = provenance.sections(document, panes.shown_mask(), spec.quotes, spec.show_notes,
                                              spec.time_zone)
    band = None
    if provenance_sections and layout.legend is not None and not bottom_legend:
        # Beside the views: the room the legend column leaves below the legend.
        regions, strip_rect, key_rect, key = _plan(panes, spec, document, layout.content)
        band = _below_legend(spec, panes, layout.legend)
    if band is None:
        content, band = _provenance_band(provenance_sections, layout.content, theme)
        regions, strip_rect, key_rect, key = _plan(panes, spec, document, content)
    for banner in (layout.top_banner, layout.bottom_banner):
        if banner is not None:
            blocks.paint_banner(painter, banner, spec.caveat, theme)
    if spec.show_title:
        blocks.paint_title(painter, layout.title, spec, document, panes, theme)
    if layout.bottom_line is not None:
        blocks.paint_bottom_line(painter, layout.bottom_line, spec, document, panes, theme)
    for name, region in regions:
        panes.draw(name, painter, region)
        if name != "board":  # board tiles carry their own frames
            _frame(painter, region, theme)
        if name == "map" and boxes is not None:
            for kind, box in panes.map_label_boxes(region):
                boxes.add(f"map {kind}", kind, box, region)
        if name == "timeline":
            plot, drawn = panes.timeline_label_boxes(region)
            for text, box, whole in drawn if boxes is not None else ():
                boxes.add("timeline", text, box, plot, whole)
            for kind, text, box, panel, whole in panes.timeline_furniture_boxes(region) if boxes is not None else ():
                boxes.add(kind, text, box, panel, whole)
            if strip_rect is not None:
                strip = QRectF(plot.left(), strip_rect.top(), plot.width(), context_strip.HEIGHT)
                outside = [e for e in key if e.number > len(panes.timeline.current_frame().keyed)]
                context_strip.paint_strip(painter, strip, plot, panes.whole, panes.focus, document,
                                          panes.state.visible, outside, theme, boxes)
    rest: list[page_more.Section] = []
    if key_rect is not None:
        left = page_key.paint_key(painter, key_rect, key, theme, boxes, say_where_the_rest_is=not continues)
        if left and continues:
            rest.append(page_more.Section(translate("Page", "Key to the numbered markers (continued)"),
                                               [e.text() for e in left]))
    if band is not None:
        rest += page_more.paint_band(painter, band, provenance_sections, theme, boxes, continues)
    if layout.legend is not None:
        items = page_legend.legend_items(spec, panes)
        legend_drawing.paint_legend(painter, layout.legend, items, theme, columns=bottom_legend, boxes=boxes)
    return rest


def _provenance_band(sections, content: QRectF, theme):
    """Quotes and analyst notes in a band across the bottom of the content (at most a share of it)."""
    if not sections:
        return content, None
    height = math.ceil(page_more.height_for(sections, content.width(), content.height() * MAX_PROVENANCE_SHARE,
                                            theme))
    band = QRectF(content.left(), content.bottom() - height, content.width(), height)
    return _whole(content.adjusted(0, 0, 0, -(height + GAP))), band


def _below_legend(spec, panes, legend: QRectF) -> QRectF | None:
    """The legend column's room below what the legend shows, when there is enough of it."""
    placed = legend_drawing.flow(page_legend.legend_items(spec, panes), legend, False)
    used = max((box.bottom() for _, box in placed), default=legend.top())
    free = QRectF(legend.left(), used + GAP, legend.width(), legend.bottom() - used - GAP)
    return free if free.height() >= MIN_SIDE_BAND else None


def _make_room_for_key(panes, regions, spec, document):
    """Shorten the timeline until the key of its numbered markers fits below it (up to a limit).

    Returns the regions, the key's rectangle (None without a key) and its entries."""
    names = [name for name, _ in regions]
    if "timeline" not in names:
        return regions, None, []
    index = names.index("timeline")
    full = regions[index][1]
    entries = _key_entries(panes, document, spec)
    reserved = 0.0
    for _ in range(4):
        wanted = min(page_key.height_for(entries, full.width()), full.height() * MAX_KEY_SHARE)
        if wanted <= reserved:
            break
        reserved = math.ceil(wanted)
        panes.prepare("timeline", QSizeF(full.width(), full.height() - reserved))
        entries = _key_entries(panes, document, spec)
    if not entries:
        if reserved:  # the key emptied as the timeline shrank: give the room back
            panes.prepare("timeline", full.size())
        return regions, None, []
    timeline = QRectF(full.left(), full.top(), full.width(), full.height() - reserved)
    regions = list(regions)
    regions[index] = ("timeline", timeline)
    return regions, QRectF(full.left(), timeline.bottom(), full.width(), reserved), entries


def _key_entries(panes, document, spec):
    """The timeline's numbered markers, then the events the detail window leaves to the context strip."""
    entries = page_key.key_entries(panes.timeline, document, spec.time_zone)
    if panes.focus is not None:
        rows = context_strip.outside_rows(document, panes.state.visible, panes.focus)
        entries += context_strip.outside_entries(document, rows, len(entries) + 1, spec.time_zone)
    return entries


def _make_room_for_strip(panes, regions):
    """With a detail window (--range auto), the context strip goes above the timeline."""
    names = [name for name, _ in regions]
    if "timeline" not in names or panes.focus is None:
        return regions, None
    index = names.index("timeline")
    full = regions[index][1]
    used = context_strip.HEIGHT + context_strip.CONNECT_GAP
    if full.height() < 3 * used:
        return regions, None
    detail = QRectF(full.left(), full.top() + used, full.width(), full.height() - used)
    panes.prepare("timeline", detail.size())
    if panes.focus is None:  # at the new size the events read well without a detail window
        panes.prepare("timeline", full.size())
        return regions, None
    regions = list(regions)
    regions[index] = ("timeline", detail)
    return regions, QRectF(full.left(), full.top(), full.width(), context_strip.HEIGHT)


def _prepare(panes, view: str, content: QRectF) -> None:
    for name, region in view_rects(view, content):
        panes.prepare(name, region.size())


def _frame(painter: QPainter, rect: QRectF, theme) -> None:
    painter.save()
    painter.setPen(QColor(theme.border))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
    painter.restore()


