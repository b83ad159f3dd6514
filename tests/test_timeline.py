"""The timeline pane as a user meets it: what it shows, how it moves, what a click does."""

import random
import re

import msgspec
import numpy as np
import pytest
from conftest import minimal_file
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from viewer.model.civil import instant
from viewer.model.filters import FilterSpec
from viewer.model.loader import load_bytes, load_file
from viewer.model.records import STATUSES
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.ui.timeline import TimelineView
from viewer.ui.timeline.date_ticks import compute_ticks
from viewer.ui.timeline.frame import DENSITY_PER_COLUMN
from viewer.ui.timeline.tooltip import tooltip_html, tooltip_lines

DAY = 86400.0


def document_of(data: dict):
    result = load_bytes(msgspec.json.encode(data), "memory.json")
    assert result.document is not None, [f.message for f in result.findings]
    return result.document


@pytest.fixture(scope="module")
def sample():
    return load_file(sample_path()).document


def make_view(qtbot, document, size=(1600, 900)):
    state = ViewState()
    view = TimelineView(state)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    state.set_document(document)
    qtbot.wait(10)
    return state, view


def click(qtbot, view, row, modifier=Qt.KeyboardModifier.NoModifier):
    centre = view.glyph_center(row)
    assert centre is not None, f"event row {row} is not drawn"
    pos = view.plot_widget.mapFromScene(centre)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


# -- what is shown -------------------------------------------------------------
def test_sample_shows_every_event_once_per_segment_it_belongs_to(qtbot, sample):
    state, view = make_view(qtbot, sample)
    layout = view.lane_layout
    expected = sum(max(1, len(e.segments)) for e in sample.events)
    assert sum(lane.count for lane in layout.lanes) == expected == len(layout)
    assert layout.labels() == ["Sky", "Sea", "Land", "Reconstruction", "No segment"]
    assert view.density_lanes() == []
    assert sorted(view.drawn_entries().tolist()) == list(range(len(layout)))
    start, end = view.visible_range()
    cols = sample.columns
    finite_starts = cols.start_lo[np.isfinite(cols.start_lo)]
    assert start <= finite_starts.min() and end >= finite_starts.max()
    assert state.time_range == pytest.approx((start, end))


def test_filtered_out_events_are_not_drawn(qtbot, sample):
    state, view = make_view(qtbot, sample)
    state.set_filter(FilterSpec(statuses=frozenset({"planned"})))
    qtbot.wait(10)
    planned = {i for i, e in enumerate(sample.events) if e.status == "planned"}
    drawn = set(view.lane_layout.rows[view.drawn_entries()].tolist())
    assert drawn == planned
    assert "No segment" not in view.lane_layout.labels()  # no planned event lacks a segment
    state.set_filter(FilterSpec())
    qtbot.wait(10)
    assert len(view.drawn_entries()) == len(view.lane_layout)


def test_lane_mode_switch_changes_the_lanes(qtbot, sample):
    state, view = make_view(qtbot, sample)
    state.set_lane_mode("status")
    assert view.lane_mode == "status"
    assert view.lane_layout.labels() == [s.capitalize() for s in STATUSES if any(e.status == s for e in sample.events)]
    state.set_lane_mode("actor")
    actor_names = {a.name for a in sample.actors}
    assert set(view.lane_layout.labels()) - {"No actor"} <= actor_names
    state.set_lane_mode("single")
    assert view.lane_layout.labels() == ["All events"]
    assert len(view.drawn_entries()) == len(sample.events)
    with pytest.raises(ValueError):
        state.set_lane_mode("colour")


# -- moving around ----------------------------------------------------------------
def test_zoom_and_pan_change_the_visible_range_within_limits(qtbot, sample):
    state, view = make_view(qtbot, sample)
    lo, hi = view.visible_range()
    view.zoom(0.5)
    lo2, hi2 = view.visible_range()
    assert hi2 - lo2 == pytest.approx((hi - lo) / 2, rel=1e-3)
    assert (lo2 + hi2) / 2 == pytest.approx((lo + hi) / 2, abs=60)
    view.pan(0.25)
    lo3, hi3 = view.visible_range()
    assert lo3 - lo2 == pytest.approx((hi2 - lo2) / 4, rel=1e-3)
    assert state.time_range == pytest.approx((lo3, hi3))
    view.zoom(1e-9)
    lo4, hi4 = view.visible_range()
    assert 590 <= hi4 - lo4 <= 700  # no closer than about ten minutes
    view.zoom(1e9)
    lo5, hi5 = view.visible_range()
    assert 300 * 365 * DAY < hi5 - lo5 < 2000 * 365 * DAY  # centuries, not the age of the earth
    view.fit_all()
    assert view.visible_range() == pytest.approx((lo, hi))


def test_keyboard_pans_zooms_and_fits(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.plot_widget.setFocus()
    lo, hi = view.visible_range()
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < hi - lo
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Right)
    moved = view.visible_range()
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Left)
    assert view.visible_range()[0] < moved[0]
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Home)
    assert view.visible_range() == pytest.approx((lo, hi))


def test_overview_window_follows_and_moves_the_view(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.zoom(0.25)
    assert view.overview.window.getRegion() == pytest.approx(view.visible_range())
    lo, hi = view.visible_range()
    view.overview.window.setRegion((lo - 10 * DAY, hi - 10 * DAY))
    assert view.visible_range() == pytest.approx((lo - 10 * DAY, hi - 10 * DAY), abs=1)


# -- selecting ----------------------------------------------------------------------
def test_click_selects_ctrl_click_adds_and_empty_click_clears(qtbot, sample):
    state, view = make_view(qtbot, sample)
    kyiv = sample.event_index["chiefs-of-staff-kyiv"]
    london = sample.event_index["london-military-meeting"]
    click(qtbot, view, kyiv)
    assert state.selected_ids() == ["chiefs-of-staff-kyiv"]
    assert state.current == kyiv
    click(qtbot, view, london, Qt.KeyboardModifier.ControlModifier)
    assert sorted(state.selected_ids()) == ["chiefs-of-staff-kyiv", "london-military-meeting"]
    click(qtbot, view, london, Qt.KeyboardModifier.ControlModifier)
    assert state.selected_ids() == ["chiefs-of-staff-kyiv"]
    empty = view.plot_widget.mapFromScene(QPointF(view.viewbox.sceneBoundingRect().left() + 5,
                                                  view.viewbox.sceneBoundingRect().bottom() - 5))
    assert view.event_at(view.plot_widget.mapToScene(empty)) == -1
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert state.selected_ids() == []


def test_event_in_several_lanes_is_selected_in_all_of_them(qtbot, sample):
    state, view = make_view(qtbot, sample)
    row = sample.event_index["four-segments"]
    click(qtbot, view, row)
    frame = view.current_frame()
    chosen = frame.glyphs.selected
    assert sorted(view.lane_layout.lane[frame.glyphs.entry[chosen]].tolist()) == [0, 1, 2, 3]
    assert set(frame.glyphs.row[chosen].tolist()) == {row}


def test_band_selection_takes_what_it_touches(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.select_in_rect(view.viewbox.sceneBoundingRect())
    assert len(state.selected) == len(sample.events)


def test_next_and_previous_visit_events_in_time_order(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.plot_widget.setFocus()
    order = view.lane_layout.time_order
    visited = []
    for _ in range(4):
        qtbot.keyClick(view.plot_widget, Qt.Key.Key_N)
        visited.append(int(state.selected[0]))
    assert visited == order[:4].tolist()
    starts = view.lane_layout.time_start
    assert np.all(np.diff(starts) >= 0)
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_P)
    assert state.selected.tolist() == [visited[2]]
    # The stepped-to event is kept in view, even after zooming far away from it.
    view.zoom(0.01, center=view.visible_range()[1])
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_N)
    row = int(state.selected[0])
    lo, hi = view.visible_range()
    assert lo <= sample.columns.start_lo[row] <= hi
    assert view.glyph_center(row) is not None


def test_enter_asks_for_details_and_escape_clears(qtbot, sample):
    state, view = make_view(qtbot, sample)
    state.select([0])
    view.plot_widget.setFocus()
    requested = []
    view.commands.show_details.connect(lambda: requested.append(True))
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Return)
    assert requested == [True]
    qtbot.keyClick(view.plot_widget, Qt.Key.Key_Escape)
    assert state.selected_ids() == []


def test_tooltip_is_plain_text_with_date_and_source(sample):
    row = sample.event_index["chiefs-of-staff-kyiv"]
    lines = tooltip_lines(sample, row)
    assert lines[0] == sample.events[row].title
    assert "4 Apr 2025" in lines[1]
    assert any(line.startswith("Source: ") for line in lines)
    assert any(line.startswith("Grade: ") for line in lines)
    html = tooltip_html(["<b>bold</b> & <img src=x>", "second"])
    assert "<img" not in html and "&lt;b&gt;bold&lt;/b&gt; &amp;" in html


# -- density ---------------------------------------------------------------------------
def big_document(count: int) -> dict:
    rng = random.Random(4)
    base = instant(2020)
    events = []
    for i in range(count):
        t = base + rng.random() * 4 * 365 * DAY
        events.append({"id": f"e{i}", "title": f"Event {i}",
                       "when": _iso_minute(t), "segments": ["sky"] if i % 3 else []})
    return minimal_file(events=events)


def _iso_minute(t: float) -> str:
    from viewer.model.dates import to_iso

    return to_iso(t - t % 60)[:16] + "Z"


def test_density_engages_when_crowded_and_resolves_when_zoomed_in(qtbot):
    doc = document_of(big_document(200_000))
    state, view = make_view(qtbot, doc)
    assert view.density_lanes() == [0, 1]
    assert len(view.drawn_entries()) == 0
    assert "events per column" in view.footer.density_text
    legend = dict(view.legend_entries())
    assert "1 / 10 / 100" in legend["density"]
    lo, hi = view.visible_range()
    view.set_range(lo + 400 * DAY, lo + 400 * DAY + 3600 * 3)
    assert view.density_lanes() == []
    drawn = view.drawn_entries()
    assert 0 < len(drawn) < view.viewbox.sceneBoundingRect().width() * DENSITY_PER_COLUMN * 2
    qtbot.waitUntil(lambda: view.footer.density_text == "", timeout=1000)


# -- pixels ---------------------------------------------------------------------------------
def colour_share(image, colour: str, region: QRectF, tolerance: int = 24) -> float:
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    arr = arr[:, :image.width() * 4].reshape(image.height(), image.width(), 4)
    x0, y0 = int(region.left()), int(region.top())
    x1, y1 = int(region.right()), int(region.bottom())
    bgr = arr[y0:y1, x0:x1, :3].astype(int)
    c = QColor(colour)
    target = np.array([c.blue(), c.green(), c.red()])
    close = np.abs(bgr - target).max(axis=2) <= tolerance
    return float(close.mean())


def plot_region(view) -> QRectF:
    rect = view.viewbox.sceneBoundingRect()
    return QRectF(view.plot_widget.mapFromScene(rect.topLeft()), view.plot_widget.mapFromScene(rect.bottomRight()))


def one_event_image(qtbot, when: str, status: str = "occurred"):
    data = minimal_file(events=[{"id": "x", "title": "X", "when": when, "segments": ["sky"], "status": status}])
    state, view = make_view(qtbot, document_of(data), size=(900, 400))
    return view.grab().toImage(), plot_region(view)


def test_status_and_uncertainty_change_the_glyph(qtbot):
    solid, plot = one_event_image(qtbot, "2025-03-01/2025-05-01")
    planned, _ = one_event_image(qtbot, "2025-03-01/2025-05-01", "planned")
    uncertain, _ = one_event_image(qtbot, "2025-03-01/2025-05-01?")
    sky = "#56B4E9"
    assert colour_share(solid, sky, plot, 6) > 3 * colour_share(planned, sky, plot, 6)
    assert solid != uncertain
    # The uncertain one carries a "?" mark in the text colour right after the bar.
    dark = colour_share(uncertain, "#1d1d1f", plot, 60) - colour_share(solid, "#1d1d1f", plot, 60)
    assert dark > 0


def test_selected_event_is_outlined_in_the_selection_colour(qtbot, sample):
    state, view = make_view(qtbot, sample)
    plot = plot_region(view)
    before = colour_share(view.grab().toImage(), view.theme.selection, plot, 10)
    state.select([sample.event_index["chiefs-of-staff-kyiv"]])
    after = colour_share(view.grab().toImage(), view.theme.selection, plot, 10)
    assert after > before


def test_highlighted_events_glow_in_the_highlight_colour(qtbot, sample):
    state, view = make_view(qtbot, sample)
    plot = plot_region(view)
    glow = "#ffd573"  # the highlight colour (#ffb300) at 55 % over the white background
    before = colour_share(view.grab().toImage(), glow, plot, 30)
    state.highlight([sample.event_index["four-segments"], sample.event_index["london-military-meeting"]])
    after = colour_share(view.grab().toImage(), glow, plot, 30)
    assert after > before + 0.0005


def test_dark_theme_repaints_the_background(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.set_theme("dark")
    image = view.grab().toImage()
    whole = QRectF(0, 0, image.width(), image.height())
    dark = colour_share(image, "#1e1f22", whole, 3) + colour_share(image, "#25272b", whole, 3)
    assert dark > 0.6
    assert colour_share(image, "#ffffff", whole, 3) < 0.01


# -- date axis ----------------------------------------------------------------------------
def test_axis_labels_adapt_from_centuries_to_minutes():
    minutes = compute_ticks(instant(2025, 4, 4) + 14 * 3600, instant(2025, 4, 4) + 15 * 3600, 1400)
    assert "14:30" in [label for _, label in minutes.major]
    assert minutes.first_context == "4 Apr 2025"
    months = compute_ticks(instant(2023, 11, 1), instant(2025, 9, 1), 1400)
    assert "Apr" in [label for _, label in months.major]
    assert "2025" in [label for _, label in months.context]
    ancient = compute_ticks(instant(-3000), instant(-2000), 1400)
    labels = [label for _, label in ancient.major]
    assert "3000 BCE" in labels and all(label.endswith("BCE") for label in labels)
    far = compute_ticks(instant(9000), instant(12000), 1400)
    assert "10,000" in [label for _, label in far.major]


# -- mouse gestures ----------------------------------------------------------------------------
def send_wheel(view, pos, notches: int, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.plot_widget.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def send_drag(view, start, end, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    viewport = view.plot_widget.viewport()
    left = Qt.MouseButton.LeftButton

    def send(kind, pos, buttons):
        button = left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, left)
    for k in range(1, 11):
        QTest.qWait(12)  # pyqtgraph drops mouse moves closer together than its rate limit
        point = start + (end - start) * (k / 10)
        send(QEvent.Type.MouseMove, point, left)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_wheel_zooms_around_the_cursor(qtbot, sample):
    state, view = make_view(qtbot, sample)
    rect = view.viewbox.sceneBoundingRect()
    scene_point = QPointF(rect.left() + rect.width() * 0.25, rect.center().y())
    pos = view.plot_widget.mapFromScene(scene_point)
    before = view.viewbox.mapSceneToView(scene_point).x()
    lo, hi = view.visible_range()
    send_wheel(view, pos, 2)
    lo2, hi2 = view.visible_range()
    assert hi2 - lo2 < 0.8 * (hi - lo)
    assert view.viewbox.mapSceneToView(scene_point).x() == pytest.approx(before, abs=(hi - lo) * 0.002)


def test_drag_pans_and_shift_drag_selects_a_band(qtbot, sample):
    state, view = make_view(qtbot, sample)
    lo, hi = view.visible_range()
    rect = view.viewbox.sceneBoundingRect()
    a = view.plot_widget.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 20))
    b = view.plot_widget.mapFromScene(QPointF(rect.center().x() - 200, rect.bottom() - 20))
    send_drag(view, a, b)
    lo2, hi2 = view.visible_range()
    assert lo2 > lo and hi2 - lo2 == pytest.approx(hi - lo)
    assert state.selected_ids() == []
    view.fit_all()
    corner_a = view.plot_widget.mapFromScene(rect.topLeft() + QPointF(2, 2))
    corner_b = view.plot_widget.mapFromScene(rect.bottomRight() - QPointF(2, 2))
    send_drag(view, corner_a, corner_b, Qt.KeyboardModifier.ShiftModifier)
    assert len(state.selected) == len(sample.events)
    assert view.visible_range() == pytest.approx((lo, hi))


# -- exports, narrow panes, the day ------------------------------------------------------------
def svg_fades(data: dict) -> tuple[str, list[list[tuple[str, float]]]]:
    """The timeline of ``data`` exported as SVG: its text and the stops (colour, opacity) of each gradient."""
    import xml.etree.ElementTree as ET

    from viewer.export.page import PageSpec
    from viewer.export.render import export_bytes

    spec = PageSpec(view="timeline", width_px=1200, height_px=600, show_legend=False)
    text = export_bytes(spec, document_of(data), "svg").decode("utf-8")
    ns = "{http://www.w3.org/2000/svg}"
    fades = []
    for gradient in ET.fromstring(text).iter(f"{ns}linearGradient"):
        fades.append([(stop.get("stop-color").lower(), float(stop.get("stop-opacity", "1")))
                      for stop in gradient.iter(f"{ns}stop")])
    return text, fades


def rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()])


def fades_from(fades, ground: str, colour: str) -> list:
    """The gradients that run between the ``ground`` colour and the lane ``colour`` (either way)."""
    def close(a, b):
        return np.abs(rgb(a) - rgb(b)).max() <= 3

    return [stops for stops in fades if len({c for c, _ in stops}) >= 3
            and {close(stops[0][0], ground), close(stops[-1][0], ground)} == {True, False}
            and (close(stops[0][0], colour) or close(stops[-1][0], colour))]


def test_exported_fades_use_solid_colours_that_fade_into_the_background(qtbot):
    sky = "#56B4E9"
    approximate = {"id": "x", "title": "Talks", "when": "2025-03-01~/2025-05-01~", "segments": ["sky"]}
    text, fades = svg_fades(minimal_file(events=[approximate]))
    # PDF drops the alpha of gradient stops: a transparent stop would print as a solid block.
    assert not re.findall(r'stop-opacity[=:]\s*"?\s*0*\.\d|stop-opacity[=:]\s*"?\s*0\b', text)
    assert all(opacity == 1 for stops in fades for _, opacity in stops)
    assert fades_from(fades, "#ffffff", sky), fades  # both ends of the bar fade from white to sky blue

    # Under an era the fade ends in the era's tint, so no white halo shows around it.
    era = {"id": "talks", "label": "Talks", "when": "2025-01-01/2025-12-31", "color": "#CC79A7"}
    _, fades = svg_fades(minimal_file(events=[approximate], eras=[era]))
    tint = QColor(*(np.round(rgb("#ffffff") * 0.9 + rgb("#CC79A7") * 0.1).astype(int).tolist())).name()
    assert fades_from(fades, tint, sky), fades
    assert not fades_from(fades, "#ffffff", sky)


def test_pane_can_be_narrow_and_the_lanes_keep_most_of_it(qtbot, sample):
    state, view = make_view(qtbot, sample)
    view.footer.set_density_text("Density strips (shade per pixel column): " + "1 / 10 / 100 / 1,000 " * 10)
    assert view.minimumSizeHint().width() <= 400
    view.resize(380, 600)
    qtbot.wait(10)
    assert view.width() == 380
    lanes = view.viewbox.sceneBoundingRect().width()
    assert lanes >= 0.6 * 380  # the lane names give way, not the events
    assert len(view.drawn_entries()) == len(view.lane_layout)
    view.resize(1600, 900)
    qtbot.wait(10)
    assert view.lane_axis.fixed_width >= 130  # wide again, the names have their room back


def test_today_line_marks_the_day_so_pictures_of_one_day_agree(qtbot, sample, monkeypatch):
    import time

    state, view = make_view(qtbot, sample)
    view.set_range(instant(2025, 4, 25), instant(2025, 4, 28))
    qtbot.wait(10)
    real_time = time.time

    def picture_at(seconds: float):
        monkeypatch.setattr(time, "time", lambda: seconds)
        try:
            view.update()
            return view.grab().toImage()
        finally:
            monkeypatch.setattr(time, "time", real_time)

    morning = picture_at(instant(2025, 4, 26) + 8 * 3600)
    evening = picture_at(instant(2025, 4, 26) + 20 * 3600 + 59)
    next_day = picture_at(instant(2025, 4, 27) + 8 * 3600)
    assert morning == evening
    assert morning != next_day


def label_rects(view) -> list[QRectF]:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(view.label_font)
    return [QRectF(label.x, label.baseline - metrics.ascent(), label.width, metrics.height())
            for label in view.current_frame().labels]


def test_labels_never_overprint_in_a_crowded_zoomed_view(qtbot):
    rng = random.Random(7)
    events = []
    for i in range(200):  # more overlapping spans than the lane has tracks, some running on
        start = rng.randint(1, 20)
        when = f"2025-03-{start:02d}/.." if i % 5 == 0 else f"2025-03-{start:02d}/2025-04-{rng.randint(1, 28):02d}"
        status = ("occurred", "hypothetical", "planned", "reported")[i % 4]
        events.append({"id": f"e{i}", "title": f"Long running operation number {i}", "when": when,
                       "status": status, "segments": ["sky"]})
    for i in range(40):  # and instants between them
        events.append({"id": f"d{i}", "title": f"Day {i}", "when": f"2025-03-{rng.randint(10, 14):02d}",
                       "segments": ["sky"]})
    state, view = make_view(qtbot, document_of(minimal_file(events=events)))
    view.set_range(instant(2025, 3, 11), instant(2025, 3, 13))  # two days
    qtbot.wait(10)
    frame = view.current_frame()
    assert not frame.dense and len(frame.glyphs) > 3 * frame.track_count[0]  # drawn one by one, piled up
    rects = label_rects(view)
    assert len(rects) >= 10
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)


def test_a_lane_piled_deep_with_long_spans_becomes_a_density_strip(qtbot):
    spans = [{"id": f"s{i}", "title": f"Span {i}", "when": f"2025-03-{1 + i % 9:02d}/2025-04-{1 + i % 27:02d}",
              "segments": ["sky"]} for i in range(600)]
    running = [{"id": f"o{i}", "title": f"Running {i}", "when": f"2025-0{1 + i % 2}-{1 + i % 27:02d}/..",
                "actors": ["uk"]} for i in range(600)]
    state, view = make_view(qtbot, document_of(minimal_file(events=spans + running)))
    view.set_range(instant(2025, 3, 11), instant(2025, 3, 13))
    qtbot.wait(10)
    frame = view.current_frame()
    # Fewer events than pixel columns, but each track would hold dozens of spans on top of each other;
    # open ends alone (no segment) do not fill a lane, they are shown one by one.
    assert len(view.lane_layout.visible_entries(0, *view.visible_range())) < DENSITY_PER_COLUMN * 1400
    assert [d.lane for d in frame.dense] == [0]
    assert view.lane_layout.labels()[1] == "No segment" and 1 in set(frame.glyphs.lane.tolist())
