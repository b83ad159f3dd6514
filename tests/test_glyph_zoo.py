"""Every date form drawn no sharper than it is written: the glyph zoo exported to PNG and read back.

tests/data/glyph-zoo.json has one lane per date form, each in its own colour,
and a ruler lane of instants at 00:00 UTC on the first of each month. The
ruler's diamonds, found in the picture, give the pixel of each month start,
so every rule is checked on the painted pixels of the production export.
"""

import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from viewer.cli.export import main
from viewer.model.filters import FilterSpec
from viewer.model.loader import load_file
from viewer.state import ViewState
from viewer.ui.timeline import TimelineView
from viewer.ui.timeline import styles as st

DATA = Path(__file__).parent / "data"
ZOO = DATA / "glyph-zoo.json"
DAY = 86400.0
BAR_HALF = st.BAR_PX / 2


def export_png(tmp_path, source, *options) -> np.ndarray:
    out = tmp_path / "zoo.png"
    assert main([str(source), "--view", "timeline", "--out", str(out), "--size", "1600x1400", "--no-legend",
                 *options]) == 0
    image = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).astype(float)


def ink(picture: np.ndarray, colour: str, ground: np.ndarray | None = None) -> np.ndarray:
    """Per pixel, how much of ``colour`` is laid over the ground (0 none, 1 opaque); 0 where the
    pixel is some other colour (grid lines, text). ``ground``: the empty colour of each row (white)."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], float)
    ground = np.full((picture.shape[0], 1, 3), 255.0) if ground is None else ground[:, None, :]
    depth = ground - rgb
    strong = int(np.argmax(np.abs(255.0 - rgb)))
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.nan_to_num((ground[..., strong] - picture[..., strong]) / depth[..., strong])
    agrees = (np.abs(picture - (ground - a[..., None] * depth)) <= 12).all(axis=2)
    return np.where(agrees & (a > 0.04), np.clip(a, 0, 1), 0.0)


DRAWN = 0.2  # less than this is antialiasing, grid lines and the lanes' shading


class Zoo:
    """The exported zoo: per lane, the ink of its colour in the plot; pixels of month starts."""

    def __init__(self, picture: np.ndarray, left: int, right: int):
        self.picture = picture
        self.left, self.right = left, right
        ruler = ink(picture, "#000000")
        ruler[:, :left] = ruler[:, right:] = 0
        # The ruler's diamonds are the widest black shapes: find the rows of their middles.
        rows = np.flatnonzero((ruler > 0.9).sum(axis=1) >= 7)
        assert len(rows), "no ruler diamonds found"
        middle = int(np.median(rows))
        columns = np.flatnonzero(ruler[middle - 1:middle + 2].max(axis=0) > 0.9)
        groups = np.split(columns, np.flatnonzero(np.diff(columns) > 3) + 1)
        centres = [float(g.mean()) for g in groups if len(g) >= 5]
        assert len(centres) == 7, centres  # 1 Feb .. 1 Aug
        self.month_x = dict(zip(range(2, 9), centres))
        self.right = int(round(self.x(8, 21)))  # the view ends with the last day exported (--to 2025-08-20)

    def x(self, month: int, day: float = 1.0) -> float:
        """Pixel of 00:00 UTC on ``day`` of ``month`` 2025 (day may be fractional or past the month's end)."""
        x0, x1 = self.month_x[2], self.month_x[8]
        days_feb_to_aug = 181.0
        day_of_year_feb1 = 31.0
        starts = {2: 31, 3: 59, 4: 90, 5: 120, 6: 151, 7: 181, 8: 212}
        t = starts[month] + day - 1 - day_of_year_feb1
        return x0 + (x1 - x0) * t / days_feb_to_aug

    def lane(self, colour: str) -> np.ndarray:
        """The lane's ink in the plot, as a column profile: the strongest ink in each column."""
        ground = self.picture[:, self.left - 6]  # the lane's shading, beside the plot
        a = ink(self.picture, colour, ground)
        a[a < DRAWN] = 0
        a[:, :self.left] = a[:, self.right:] = 0
        # Only the lane's own track: faint pixels of a similar colour elsewhere are not its ink.
        centre = int(np.argmax((a > 0.85).sum(axis=1)))
        band = np.zeros_like(a)
        reach = int(BAR_HALF) + 3
        band[centre - reach:centre + reach + 1] = a[centre - reach:centre + reach + 1]
        return band

    def columns(self, colour: str) -> np.ndarray:
        return self.lane(colour).max(axis=0)


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    picture = export_png(tmp_path_factory.mktemp("zoo"), ZOO, "--from", "2025-01-20", "--to", "2025-08-20")
    # The plot runs from the lane headers' edge to the right margin: the coarse-year light bar
    # (all of 2025) fills exactly the plot's width.
    year = ink(picture, "#44AA99")
    row = year[int(np.argmax((year > 0.2).sum(axis=1)))] > 0.2
    filled = np.flatnonzero(row)
    runs = np.split(filled, np.flatnonzero(np.diff(filled) > 1) + 1)
    bar = max(runs, key=len)  # not the lane's colour swatch beside its name
    return Zoo(picture, int(bar[0]), int(bar[-1]) + 1)


def test_ruler_is_regular(zoo):
    gaps = np.diff([zoo.month_x[m] for m in range(2, 9)])
    assert gaps.min() > 100  # a month is wide enough to read a fade across it


def test_month_precision_start_fades_across_its_month(zoo):
    profile = zoo.columns("#0072B2")
    march, april = zoo.x(3, 1), zoo.x(4, 1)
    assert profile[:int(march) - 1].max() == 0  # nothing before 1 March
    assert profile[:int(zoo.x(3, 20))].max() < 0.8  # nothing opaque while the start is not yet sure
    assert profile[int(march) + 2] < 0.25  # no hard edge on 1 March
    samples = [profile[int(zoo.x(3, d))] for d in (5, 12, 19, 26)]
    assert samples == sorted(samples) and samples[-1] - samples[0] > 0.4  # fading in across March
    assert profile[int(april) + 3:int(zoo.x(7, 9))].min() > 0.9  # sure from April to the end day
    assert profile[int(zoo.x(7, 11)) + 2:].max() == 0


def test_a_day_inside_the_month_is_drawn_after_the_fading_start(zoo):
    summit = np.flatnonzero(zoo.columns("#009E73") > 0.9)
    assert zoo.x(3, 2) - 8 <= summit.mean() <= zoo.x(3, 3) + 8


def test_unknown_start_is_drawn_from_the_known_end_only(zoo):
    profile = zoo.columns("#D55E00")
    drawn = np.flatnonzero(profile > 0)
    end = zoo.x(7, 11)
    assert drawn.max() <= end + 2
    assert drawn.min() >= zoo.x(7, 10) - st.UNKNOWN_FADE_PX - 2
    assert profile[drawn.min() + 2] < 0.3  # fading, no stub with an edge at an invented date
    assert profile[int(zoo.x(7, 10)) - 1] > 0.8


def test_unknown_end_is_drawn_from_the_known_start_only(zoo):
    profile = zoo.columns("#CC79A7")
    drawn = np.flatnonzero(profile > 0)
    assert drawn.min() >= zoo.x(3, 2) - 2
    assert drawn.max() <= zoo.x(3, 3) + st.UNKNOWN_FADE_PX + 2
    assert profile[drawn.max() - 2] < 0.3
    assert profile[int(zoo.x(3, 3)) + 1] > 0.8


def test_open_end_reaches_the_edge_with_an_arrow(zoo):
    lane = zoo.lane("#E69F00")
    profile = lane.max(axis=0)
    assert profile[int(zoo.x(4, 1)) + 2:zoo.right - st.ARROW_PX - 1].min() > 0.8
    # The arrow head (a shade darker than the bar) narrows to its point at the view's edge.
    rows = np.flatnonzero(lane.max(axis=1) > 0.8)
    band = zoo.picture[rows.min() - 3:rows.max() + 4, zoo.right - st.ARROW_PX - 2:zoo.right + 2]
    height = (np.abs(band - band[:1]).max(axis=2) > 40).sum(axis=0)
    assert height[2] > height[-4] > 0 and height[-1] == 0


def _tall_columns(lane: np.ndarray, rows: int) -> np.ndarray:
    return np.flatnonzero((lane > 0.6).sum(axis=0) >= rows)


def test_set_one_of_is_one_mark_between_brackets_never_a_bar(zoo):
    lane = zoo.lane("#56B4E9")
    first, last = zoo.x(2, 20), zoo.x(3, 1)
    drawn = np.flatnonzero(lane.max(axis=0) > 0.5)
    assert first - 2 <= drawn.min() and drawn.max() <= last + 2
    tall = _tall_columns(lane, 8)
    groups = np.split(tall, np.flatnonzero(np.diff(tall) > 1) + 1)
    brackets = [g for g in groups if len(g) <= 3]
    marks = [g for g in groups if len(g) > 3]
    assert len(brackets) == 2 and abs(brackets[0].mean() - first) <= 2 and abs(brackets[1].mean() - last) <= 2
    assert len(marks) == 1 and len(marks[0]) <= st.MARKER_PX + 1  # one mark, not a bar
    assert first < marks[0].mean() < last


def test_set_on_or_after_is_a_bracket_a_mark_and_an_arrow(zoo):
    lane = zoo.lane("#882255")
    start = zoo.x(7, 10)
    drawn = np.flatnonzero(lane.max(axis=0) > 0.5)
    assert abs(drawn.min() - start) <= 2
    assert drawn.max() >= zoo.right - 2  # reaches the edge
    tall = _tall_columns(lane, 8)
    groups = np.split(tall, np.flatnonzero(np.diff(tall) > 1) + 1)
    marks = [g for g in groups if len(g) > 3 and g.mean() < zoo.right - 2 * st.ARROW_PX]
    assert len(marks) == 1 and marks[0].mean() - start < 2 * st.MARKER_PX
    # Between the mark and the arrow only a thin line: nothing that reads as an ongoing bar.
    between = (lane[:, int(marks[0].max()) + 5:zoo.right - 2 * st.ARROW_PX] > 0.5).sum(axis=0)
    assert between.max() <= 3


def test_approximate_start_fades_and_the_exact_end_is_sharp(zoo):
    profile = zoo.columns("#117733")
    start, end = zoo.x(4, 10), zoo.x(5, 21)
    inside = profile[int(start) + 1:int(start) + st.FADE_PX]
    assert inside[0] < 0.6 and inside[-1] > inside[0]
    assert profile[int(start) + st.FADE_PX + 3] > 0.9
    assert profile[int(end) - 2] > 0.9 and profile[int(end) + 3:int(end) + 10].max() < 0.5
    assert profile[int(zoo.x(4, 9)) - 8:int(start) - 1].max() > 0  # a whisker to the earliest day


def _bar_rows(zoo, colour: str) -> np.ndarray:
    """Rows of the lane's bar: those its colour fills over a stretch."""
    return np.flatnonzero((zoo.lane(colour) > 0.85).sum(axis=1) >= 20)


def _question_between(zoo, colour: str, x0: float, x1: float) -> bool:
    """Whether a '?' (text in the foreground colour) is drawn beside the lane's bar between pixels x0 and x1."""
    rows = _bar_rows(zoo, colour)
    band = zoo.picture[rows.min():rows.max() + 1, int(x0):int(x1)]
    return int((np.abs(band - np.array([0x1d, 0x1d, 0x1f])).max(axis=2) < 40).sum()) >= 4


def _edge_is_dotted(zoo, colour: str, x0: float, x1: float) -> bool:
    """Whether the bar's top edge between x0 and x1 alternates between dots of a dark outline and gaps."""
    rows = _bar_rows(zoo, colour)
    top = rows.min()
    rows = slice(top - 3, top + 1)  # the edge itself, above any title written on the bar
    ground = zoo.picture[rows, zoo.left - 6].sum(axis=1)[:, None]
    edge = zoo.picture[rows, int(x0):int(x1)]
    lane = ink(edge, colour, zoo.picture[rows, zoo.left - 6])
    outline = (lane < DRAWN) & (edge.sum(axis=2) < ground - 150)
    best = outline[int(np.argmax(outline.sum(axis=1)))]
    return bool(np.abs(np.diff(best.astype(int))).sum() >= 4)


def test_uncertain_at_both_ends_has_a_dotted_outline_and_a_question_mark_after(zoo):
    colour = "#332288"
    start, end = zoo.x(5, 1), zoo.x(6, 2)
    assert _edge_is_dotted(zoo, colour, zoo.x(5, 3), zoo.x(5, 30))  # an outline with gaps all along
    assert _question_between(zoo, colour, end + 1, end + st.QUESTION_PX + 6)
    assert not _question_between(zoo, colour, start - st.QUESTION_PX - 6, start - 1)


def test_an_uncertain_start_is_marked_at_the_start_only(zoo):
    colour = "#661100"  # 2025-04-14?/2025-05-25
    start, end = zoo.x(4, 14), zoo.x(5, 26)
    assert _question_between(zoo, colour, start - st.QUESTION_PX - 6, start - 1)
    assert not _question_between(zoo, colour, end + 1, end + st.QUESTION_PX + 6)
    assert _edge_is_dotted(zoo, colour, start - 1, start + st.UNCERTAIN_EDGE_PX)
    assert not _edge_is_dotted(zoo, colour, end - 40, end - 2)  # the certain end: no outline at all
    profile = zoo.columns(colour)
    assert profile[int(end) - 3] > 0.9 and profile[int(end) + 3:int(end) + 12].max() < 0.5  # and sharp


def test_an_uncertain_end_is_marked_at_the_end_only(zoo):
    colour = "#6699CC"  # 2025-04-14/2025-05-25?
    start, end = zoo.x(4, 14), zoo.x(5, 26)
    assert _question_between(zoo, colour, end + 1, end + st.QUESTION_PX + 6)
    assert not _question_between(zoo, colour, start - st.QUESTION_PX - 6, start - 1)
    assert _edge_is_dotted(zoo, colour, end - st.UNCERTAIN_EDGE_PX, end + 1)
    assert not _edge_is_dotted(zoo, colour, start + 2, start + 40)


def test_an_approximate_and_uncertain_month_start_fades_and_is_marked_there_only(zoo):
    colour = "#AA7744"  # 2025-03%/2025-07-10
    march, april, end = zoo.x(3, 1), zoo.x(4, 1), zoo.x(7, 11)
    profile = zoo.columns(colour)
    samples = [profile[int(zoo.x(3, d))] for d in (5, 12, 19, 26)]
    assert samples == sorted(samples) and samples[-1] - samples[0] > 0.4  # fading in across March
    assert profile[int(april) + 3:int(zoo.x(7, 9))].min() > 0.9
    assert _question_between(zoo, colour, march - st.QUESTION_PX - 6, march - 1)
    assert _edge_is_dotted(zoo, colour, march + 20, april - 20)  # the dots run across the month
    assert not _question_between(zoo, colour, end + 1, end + st.QUESTION_PX + 6)
    assert not _edge_is_dotted(zoo, colour, end - 60, end - 2)


def test_approximate_and_uncertain_day_has_wings_and_whiskers_around_one_diamond(zoo):
    profile = zoo.columns("#AA4499")
    drawn = np.flatnonzero(profile > 0)
    centre = zoo.x(6, 5.5)
    assert drawn.min() < centre - st.MARKER_PX and drawn.max() > centre + st.MARKER_PX
    solid = np.flatnonzero(profile > 0.9)
    assert abs(solid.mean() - centre) <= 3 and len(solid) <= st.MARKER_PX + 2


def test_coarse_year_is_a_light_bar(zoo):
    light = ink(zoo.picture, "#44AA99", zoo.picture[:, zoo.left - 6])[:, zoo.left + 200:zoo.right - 200]
    rows = np.flatnonzero((light > DRAWN).mean(axis=1) > 0.9)  # rows the bar fills from edge to edge
    assert len(rows) >= st.BAR_PX - 4
    interior = np.median(light[rows[len(rows) // 2]])
    assert interior == pytest.approx(st.LIGHT_ALPHA, abs=0.12)  # light: only the year is known


def test_years_before_the_common_era_and_long_years_are_drawn(tmp_path):
    picture = export_png(tmp_path, DATA / "glyph-zoo-bce.json")
    for colour in ("#0072B2", "#D55E00", "#009E73"):
        assert (ink(picture, colour) > 0.9).sum() > 20, colour


# -- the overview strip and fitting -------------------------------------------------------------
@pytest.fixture
def zoo_view(qtbot):
    document = load_file(ZOO).document
    state = ViewState()
    view = TimelineView(state)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    state.set_document(document)
    return state, view, document


def test_overview_draws_each_interval_over_its_whole_span(zoo_view):
    state, view, document = zoo_view
    state.set_filter(FilterSpec(segments=frozenset({"month-start"})))
    view.fit_all()
    edges, heights = view.overview.profile.getData()
    centres = (edges[:-1] + edges[1:]) / 2 if len(edges) == len(heights) + 1 else edges
    row = document.event_index["month-start"]
    lo, hi = document.columns.start_lo[row], document.columns.end_hi[row]
    inside = (centres > lo + 2 * DAY) & (centres < hi - 2 * DAY)
    assert inside.sum() > 10
    assert (heights[:len(centres)][inside] > 0).all()  # the whole span, not a tick at its middle
    assert (heights[:len(centres)][~inside & ((centres < lo - 3 * DAY) | (centres > hi + 3 * DAY))] == 0).all()


def test_fitting_a_filter_of_day_precision_events_never_zooms_to_hours(zoo_view):
    state, view, _ = zoo_view
    state.set_filter(FilterSpec(segments=frozenset({"summit"})))
    view.fit_all()
    lo, hi = view.visible_range()
    assert hi - lo >= 7 * DAY


def test_exporting_a_filtered_day_shows_days_not_minutes(tmp_path):
    out = tmp_path / "summit.svg"
    assert main([str(ZOO), "--view", "timeline", "--out", str(out), "--filter", "segment=summit"]) == 0
    shown = re.search(r"(\d+ \w{3} \d{4})(?: \d\d:\d\d)? – (\d+ \w{3} \d{4})", out.read_text(encoding="utf-8"))
    assert shown, "the subtitle names the range shown"
    first, last = (datetime.strptime(text, "%d %b %Y") for text in shown.groups())
    assert (last - first).days >= 6  # a week around the one day, not hours or minutes


# -- the legend ---------------------------------------------------------------------------------
def test_every_legend_glyph_fits_its_box_with_its_marks(qapp):
    from PySide6.QtCore import QRectF

    from viewer.export.legend_drawing import SYMBOL_H, SYMBOL_W
    from viewer.ui.timeline.legend import LEGEND, sample_glyphs

    box = QRectF(100, 50, SYMBOL_W, SYMBOL_H)
    for name, _ in LEGEND:
        g = sample_glyphs(box, name)
        assert box.left() <= float(g.gx0[0]) and float(g.gx1[0]) <= box.right(), name  # the marks included


def test_the_export_key_explains_each_uncertain_end_shown(tmp_path):
    out = tmp_path / "zoo.svg"
    assert main([str(ZOO), "--view", "timeline", "--out", str(out), "--size", "2400x1400"]) == 0
    svg = out.read_text(encoding="utf-8").replace("&apos;", "'").replace("&#39;", "'")
    for text in ("Dotted start and '?' before it", "Dotted end and '?' after it", "Dotted outline and '?'"):
        assert text in svg, text
    only_whole = tmp_path / "whole.svg"
    assert main([str(ZOO), "--view", "timeline", "--out", str(only_whole), "--filter", "segment=uncertain"]) == 0
    svg = only_whole.read_text(encoding="utf-8").replace("&apos;", "'").replace("&#39;", "'")
    assert "Dotted outline and '?'" in svg and "Dotted start" not in svg and "Dotted end" not in svg
