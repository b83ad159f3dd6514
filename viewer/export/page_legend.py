"""What the legend of a briefing page explains: lane colours, date glyphs,
map segments and place marks, board statuses.

Only what the exported picture contains is explained: the glyph kinds come
from the timeline's current frame, so a page without open ends does not
explain arrows. legend_drawing.py lays the items out and draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model.dates import (
    APPROXIMATE,
    END_APPROXIMATE,
    OPEN_END,
    OPEN_START,
    START_APPROXIMATE,
    UNCERTAIN,
    UNKNOWN_END,
    UNKNOWN_START,
)
from ..model.lanes import LANE_MODE_TEXT, NONE_KEY
from ..model.records import STATUS_TEXT, STATUSES
from ..model.translation import number, tr, translate
from ..model.wording import counted
from ..style.theme import THEMES

PLACE_SAMPLES = (1, 4, 16)


@dataclass
class LegendItem:
    kind: str  # heading | swatch | glyph | place | note
    text: str
    colour: str = "#888888"
    glyph: str = ""
    size: float = 0.0
    translucent: bool = False
    pattern: int = 0  # a lane's pattern (style.theme.LANE_PATTERNS), as its glyphs carry it
    section: str = ""  # "lanes" on the heading of the lanes, whatever the language calls them


# -- what to explain --------------------------------------------------------------
def legend_items(spec, panes) -> list[LegendItem]:
    theme = THEMES[spec.theme]
    items: list[LegendItem] = []
    if spec.view in ("timeline", "page") and panes.timeline is not None:
        items += _lane_items(panes.timeline, theme)
        items += _glyph_items(panes.timeline, theme)
    if spec.view in ("map", "page") and panes.map is not None:
        segments_shown = spec.view == "page" and panes.timeline.lane_mode == "segment"
        items += _map_items(panes.map, theme, with_segments=not segments_shown)
    if spec.view == "board":
        items += _board_items(theme)
    return items


def _lane_items(timeline, theme) -> list[LegendItem]:
    layout = timeline.lane_layout
    if layout is None or not layout.lanes:
        return []
    lanes = tr(LANE_MODE_TEXT.get(layout.mode, layout.mode))
    items = [LegendItem("heading", translate("Page", "Lanes: {lanes}").format(lanes=lanes), section="lanes")]
    for lane in layout.lanes:
        # as the timeline colours its lanes: the record's colour, the palette's, grey for the catch-all lane
        catch_all = lane.key == NONE_KEY
        colour = theme.muted if catch_all else theme.lane_colour(lane.colour, lane.index)
        items.append(LegendItem("swatch", f"{lane.label} \u00b7 {number(lane.count)}", colour,
                                pattern=0 if catch_all else theme.lane_pattern(lane.index, lane.colour)))
    hidden = _lanes_out_of_view(timeline, len(layout.lanes))
    if hidden:
        note = (translate("Page", "{n} lane did not fit on the page, not shown in full: choose a taller page or "
                                  "fewer lanes") if hidden == 1 else
                translate("Page", "{n} lanes did not fit on the page, not shown in full: choose a taller page or "
                                  "fewer lanes"))
        items.append(LegendItem("note", note.format(n=number(hidden))))
    return items


def _lanes_out_of_view(timeline, lane_count: int) -> int:
    """Lanes the page cuts off, wholly or in part (they scroll on screen)."""
    frame = timeline.current_frame()
    if frame is None or not timeline.lanes_scroll():
        return 0
    g = frame.geometry
    slack = 1.0 / max(g.sy, 1e-9)  # a pixel
    whole = sum(1 for i in range(lane_count) if g.edges[i] >= g.y0 - slack and g.edges[i + 1] <= g.y1 + slack)
    return lane_count - whole


def glyphs_in_view(frame) -> set[str]:
    """Names of the legend glyphs (see the timeline's legend) the frame draws."""
    if frame is None:
        return set()
    from ..ui.timeline import styles as st

    names = {"density"} if frame.dense else set()
    g = frame.glyphs
    if g is None or len(g) == 0:
        return names
    marker = g.shape == st.SHAPE_MARKER
    bar = g.shape == st.SHAPE_BAR
    one_of = g.shape == st.SHAPE_SET
    flags, ends = g.flags, g.ends
    unknown_start, unknown_end = st.has(flags, UNKNOWN_START), st.has(flags, UNKNOWN_END)
    coarse_start = bar & (g.fade_l > 0) & ~unknown_start & ~st.has(ends, START_APPROXIMATE)
    coarse_end = bar & (g.fade_r > 0) & ~unknown_end & ~st.has(ends, END_APPROXIMATE)
    open_set = one_of & st.has(flags, OPEN_START | OPEN_END)
    for name, present in (
        ("instant", marker.any()),
        ("interval", (bar & (g.fill != st.FILL_LIGHT)).any()),
        ("coarse", (g.fill == st.FILL_LIGHT).any()),
        ("coarse-end", (coarse_start | coarse_end).any()),
        ("approximate", st.has(flags, APPROXIMATE).any()),
        ("uncertain", st.has(flags, UNCERTAIN).any()),
        ("uncertain-start", st.has(flags, st.UNCERTAIN_START_MARK).any()),
        ("uncertain-end", st.has(flags, st.UNCERTAIN_END_MARK).any()),
        ("bounds", (~np.isnan(g.wl) | ~np.isnan(g.wr)).any()),
        ("open", (~one_of & st.has(flags, OPEN_START | OPEN_END)).any()),
        ("unknown-start", unknown_start.any()),
        ("unknown", unknown_end.any()),
        ("one-of", (one_of & ~open_set).any()),
        ("one-of-open", open_set.any()),
        ("disputed-beside", (st.has(flags, st.DISPUTED_MARK) & (g.status != st.DISPUTED)).any()),
        ("conditional", st.has(flags, st.CONDITION_MARK).any()),
        ("selected", g.selected.any()),
        ("highlighted", g.highlighted.any()),
    ):
        if present:
            names.add(name)
    names.update(STATUSES[int(s)] for s in np.unique(g.status).tolist())
    return names


def _glyph_items(timeline, theme) -> list[LegendItem]:
    used = glyphs_in_view(timeline.current_frame())
    entries = [(name, text) for name, text in timeline.legend_entries() if name in used]
    if not entries:
        return []
    colour = theme.muted
    return [LegendItem("heading", translate("Page", "How dates are drawn"))] + [
        LegendItem("glyph", text, colour, glyph=name) for name, text in entries]


def _map_items(map_pane, theme, with_segments: bool) -> list[LegendItem]:
    from ..ui.map.look import mark_sizes

    items: list[LegendItem] = []
    shapes = sorted(map_pane.content.segments, key=lambda s: s.row)
    if with_segments and shapes:
        items.append(LegendItem("heading", translate("Page", "Segments")))
        items += [LegendItem("swatch", s.label, theme.lane_colour(s.colour, s.row), translucent=True)
                  for s in shapes]
    look = map_pane.plot_widget.look
    if len(look.place_counts) and look.place_shown.any():
        items.append(LegendItem("heading", translate("Page", "Places")))
        peak = int(look.place_counts.max())
        samples = [n for n in PLACE_SAMPLES if n <= max(peak, 1)]
        for n, size in zip(samples, mark_sizes(np.array(samples)).tolist()):
            text = translate("Page", "{events} at a place").format(events=counted(n, "event"))
            items.append(LegendItem("place", text, theme.foreground,
                                    size=size))
        if (look.place_dimmed & look.place_shown).any():
            items.append(LegendItem("note", translate("Page", "Faded mark: no event there in the time range")))
    return items


def _board_items(theme) -> list[LegendItem]:
    from ..ui.board.status_colours import status_colour

    items = [LegendItem("heading", translate("Page", "Status (tile bars)"))]
    items += [LegendItem("swatch", tr(STATUS_TEXT[status]), status_colour(status, theme).name()) for status in STATUSES]
    items.append(LegendItem("heading", translate("Page", "Actors \u00d7 segments")))
    items.append(LegendItem("note", translate("Page", "Cell shade: events per actor and segment; a corner mark: "
                                                      "the segment names the actor as responsible")))
    return items
