"""The segment map: what it draws, and how it links with the timeline's state."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import minimal_file
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage

from viewer.model.geo import project
from viewer.model.loader import load_file
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.style.theme import THEMES
from viewer.ui.map import MapPane


def colour_pixels(image, colour: str, tolerance: int = 10) -> int:
    """How many pixels are within ``tolerance`` per channel of ``colour``."""
    image = image.convertToFormat(image.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    target = QColor(colour)
    bgr = np.array([target.blue(), target.green(), target.red()], dtype=np.int16)
    return int((np.abs(pixels[:, : image.width(), :3].astype(np.int16) - bgr).max(axis=2) <= tolerance).sum())


@pytest.fixture
def sample():
    result = load_file(sample_path())
    assert result.errors == []
    return result.document


def open_map(qtbot, document, size=(1000, 700)):
    state = ViewState()
    pane = MapPane(state)
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    state.set_document(document)
    return state, pane


def widget_point(pane, lon, lat) -> QPoint:
    x, y = project(lon, lat)
    return pane.plot_widget.to_widget(float(x), float(y)).toPoint()


def click(qtbot, pane, lon, lat, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(pane.plot_widget.viewport(), Qt.MouseButton.LeftButton, modifier, widget_point(pane, lon, lat))


def rows_of_segment(document, segment_id):
    return [i for i, e in enumerate(document.events) if segment_id in e.segments]


def segment_shape(pane, segment_id):
    (shape,) = [s for s in pane.content.segments if s.id == segment_id]
    return shape


def shape_lonlat(shape):
    from viewer.model.geo import unproject

    lon, lat = unproject(*shape.label_at)
    return float(lon), float(lat)


# --- drawing ------------------------------------------------------------------------


def test_sample_opens_on_ukraine_and_the_black_sea(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    rect = pane.plot_widget.view_rect()
    for lon, lat in ((30.5, 50.45), (34.0, 43.5), (24.0, 49.8)):  # Kyiv, Black Sea, Lviv
        x, y = project(lon, lat)
        assert rect.contains(float(x), float(y))
    washington = project(-77.0, 38.9)
    assert not rect.contains(float(washington[0]), float(washington[1]))
    assert rect.width() < 4000  # a region, not the world


def test_places_are_sized_by_event_count_and_follow_the_filter(qtbot, write_file):
    data = minimal_file(places=[{"id": "kyiv", "name": "Kyiv", "lat": 50.45, "lon": 30.52},
                                {"id": "odesa", "name": "Odesa", "lat": 46.48, "lon": 30.72}])
    data["events"] = [{"id": f"k{i}", "title": "At Kyiv", "when": "2025-03-01", "place": "kyiv"} for i in range(4)]
    data["events"].append({"id": "o", "title": "At Odesa", "when": "2025-03-02", "place": "odesa",
                           "status": "planned"})
    state, pane = open_map(qtbot, load_file(write_file(data)).document)
    sizes = pane.plot_widget.places.data["size"]
    assert sorted(sizes.tolist()) == pytest.approx([11.0, 22.0])  # 4 events: twice the diameter of 1
    state.set_filter(state.filter.with_(statuses=frozenset({"planned"})))
    assert pane.plot_widget.places.data["size"].tolist() == [11.0]
    assert pane.plot_widget.look.place_counts.tolist() == [0, 1]


def test_bad_geometry_is_reported_and_valid_segments_still_drawn(qtbot, write_file):
    square = [[30, 46], [34, 46], [34, 49], [30, 49], [30, 46]]
    data = minimal_file(segments=[
        {"id": "far", "label": "Far", "color": "#CC79A7",
         "geometry": {"type": "Polygon", "coordinates": [[[30, 46], [34, 999], [34, 49], [30, 46]]]}},
        {"id": "open", "label": "Open", "color": "#F0E442",
         "geometry": {"type": "Polygon", "coordinates": [[[30, 46], [34, 46], [34, 49], [30, 49]]]}},
        {"id": "nan", "label": "NaN", "color": "#000000",
         "geometry": {"type": "LineString", "coordinates": [[30, 46], [31, "NaN"]]}},
        {"id": "good", "label": "Good", "color": "#009E73", "geometry": {"type": "Polygon", "coordinates": [square]}},
        {"id": "road", "label": "Road", "color": "#D55E00",
         "geometry": {"type": "LineString", "coordinates": [[28, 45], [36, 50]]}},
    ])
    result = load_file(write_file(data))
    pointers = {f.pointer for f in result.errors}
    assert {"/segments/0/geometry", "/segments/1/geometry", "/segments/2/geometry"} <= pointers
    text = " ".join(f.message for f in result.errors)
    assert "999" in text and "not closed" in text and "NaN" in text
    state, pane = open_map(qtbot, result.document)
    assert [s.id for s in pane.content.segments] == ["good", "road"]
    image = pane.plot_widget.grab().toImage()
    assert colour_pixels(image, "#009E73") > 100
    assert colour_pixels(image, "#D55E00") > 100
    assert colour_pixels(image, "#CC79A7") < 20


def test_events_without_a_place_are_counted_not_dropped(qtbot, write_file):
    data = minimal_file(places=[], segments=[{"id": "sky", "label": "Sky"}])
    for event in data["events"]:
        event.pop("place", None)
    state, pane = open_map(qtbot, load_file(write_file(data)).document)
    assert pane.not_on_map_count() == 2
    pane.plot_widget.grab()  # paint once, so the corner box exists
    assert any(kind == "unplaced" for _, kind, _ in pane.plot_widget.overlay.hits)
    # Nothing to fit: the map shows Europe.
    rect = pane.plot_widget.view_rect()
    for lon, lat in ((2.35, 48.85), (21.0, 52.2)):
        x, y = project(lon, lat)
        assert rect.contains(float(x), float(y))
    # The count follows the filter.
    state.set_filter(state.filter.with_(statuses=frozenset({"reported"})))
    assert pane.not_on_map_count() == 1


def test_clicking_the_not_on_the_map_count_selects_those_events(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    pane.plot_widget.grab()
    (box,) = [rect for rect, kind, _ in pane.plot_widget.overlay.hits if kind == "unplaced"]
    view = pane.plot_widget.view
    scene_point = view.mapToScene(box.center())
    widget_pos = pane.plot_widget.mapFromScene(scene_point)
    qtbot.mouseClick(pane.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    unplaced = [i for i, e in enumerate(sample.events) if e.place is None]
    assert state.selected.tolist() == unplaced


# --- linking with the state -----------------------------------------------------------


def test_selecting_an_event_highlights_its_place_and_segments(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    selection = THEMES["light"].selection
    before = colour_pixels(pane.plot_widget.grab().toImage(), selection, 30)
    row = next(i for i, e in enumerate(sample.events) if len(e.segments) >= 2 and e.place)
    state.select([row])
    event = sample.events[row]
    assert pane.highlighted_segments() == set(event.segments)
    assert pane.highlighted_places() == {event.place}
    after = colour_pixels(pane.plot_widget.grab().toImage(), selection, 30)
    assert after > before + 500
    state.clear_selection()
    assert pane.highlighted_segments() == set()


@pytest.mark.parametrize("segment_id", ["sky", "sea", "land", "reconstruction"])
def test_clicking_a_segment_selects_its_events(qtbot, sample, segment_id):
    state, pane = open_map(qtbot, sample)
    lon, lat = shape_lonlat(segment_shape(pane, segment_id))
    click(qtbot, pane, lon, lat)
    assert state.selected.tolist() == rows_of_segment(sample, segment_id)
    assert state.filter.segments == frozenset()


def test_ctrl_click_on_a_segment_filters_the_timeline(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    lon, lat = shape_lonlat(segment_shape(pane, "sea"))
    click(qtbot, pane, lon, lat, Qt.KeyboardModifier.ControlModifier)
    assert state.filter.segments == {"sea"}
    assert state.visible_count == len(rows_of_segment(sample, "sea"))
    click(qtbot, pane, lon, lat, Qt.KeyboardModifier.ControlModifier)
    assert state.filter.segments == frozenset()


def test_clicking_a_place_selects_and_ctrl_click_filters(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    kyiv = sample.place("kyiv")
    click(qtbot, pane, kyiv.lon, kyiv.lat)
    expected = [i for i, e in enumerate(sample.events) if e.place == "kyiv"]
    assert state.selected.tolist() == expected
    click(qtbot, pane, kyiv.lon, kyiv.lat, Qt.KeyboardModifier.ControlModifier)
    assert state.filter.places == {"kyiv"}
    assert state.visible_count == len(expected)
    # Segments without shown events step back.
    shown_segments = {s for row in expected for s in sample.events[row].segments}
    dimmed = {s.id for s in sample.segments if pane.plot_widget.look.segment_dimmed[sample.segment_index[s.id]]}
    assert dimmed == {s.id for s in sample.segments} - shown_segments
    assert dimmed


def test_clicking_empty_map_clears_the_selection(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    state.select([0, 1])
    click(qtbot, pane, 21.0, 44.0)  # Serbia: no segment, no place
    assert state.selected.tolist() == []


def test_places_outside_the_time_range_are_dimmed(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    look = pane.plot_widget.look
    assert not look.place_dimmed.any()
    day = 86400.0
    london_meeting = 1742000000.0 // day * day  # 15 Mar 2025
    state.set_time_range(london_meeting, london_meeting + day)
    look = pane.plot_widget.look
    dimmed = {sample.places[int(r)].id for r in pane.content.places.rows[look.place_dimmed]}
    assert {"kyiv", "black-sea", "front-line"} <= dimmed
    assert "london-outskirts" not in dimmed
    state.set_time_range(-math.inf, math.inf)
    assert not pane.plot_widget.look.place_dimmed.any()


def test_panning_the_timeline_repaints_the_map_only_when_a_place_changes(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    painted = []
    real = pane.plot_widget.set_look
    pane.plot_widget.set_look = lambda look: painted.append(look) or real(look)
    day = 86400.0
    london_meeting = 1742000000.0 // day * day  # 15 Mar 2025
    state.set_time_range(-math.inf, london_meeting + 3650 * day)  # every place has events in both
    state.set_time_range(-math.inf, london_meeting + 3651 * day)
    assert painted == []
    state.set_time_range(london_meeting, london_meeting + day)
    assert len(painted) == 1 and painted[0].place_dimmed.any()
    state.set_time_range(london_meeting + 1, london_meeting + day)  # the same places
    assert len(painted) == 1


def test_play_steps_the_time_window_and_pauses(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    slider = pane.time_slider
    assert slider.time_window() is None
    slider.speed.setCurrentIndex(slider.speed.count() - 1)  # fastest
    slider.play_button.click()
    assert slider.playing
    assert slider.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: slider.slider.value() >= 3, timeout=5000)
    start, end = slider.time_window()
    assert start < end
    assert slider.label.text().split(" · ")[0] != "All times"
    # Early in the span most of the sample has not begun: places are dimmed.
    assert pane.plot_widget.look.place_dimmed.any()
    slider.play_button.click()
    assert not slider.playing
    paused_at = slider.slider.value()
    qtbot.wait(300)
    assert slider.slider.value() == paused_at
    slider.all_button.click()
    assert slider.time_window() is None
    assert not pane.plot_widget.look.place_dimmed.any()


def test_fit_and_keyboard_zoom(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    canvas = pane.plot_widget
    fitted = canvas.view_rect().width()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view_rect().width() < fitted * 0.9
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.view_rect().width() == pytest.approx(fitted, rel=0.02)
    qtbot.keyClick(canvas, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    x, y = project(-77.0, 38.9)  # Washington joins when fitting every place
    assert canvas.view_rect().contains(float(x), float(y))


def test_scale_bar_stays_true_when_zooming(qtbot, sample):
    from viewer.model.geo import km_per_unit, scale_bar_length, unproject

    state, pane = open_map(qtbot, sample)
    canvas = pane.plot_widget
    for _ in range(3):
        centre = canvas.view_rect().center()
        _, lat = unproject(centre.x(), centre.y())
        km, label = scale_bar_length(km_per_unit(float(lat)), 130, canvas.px_per_unit())
        bar_px = km / km_per_unit(float(lat)) * canvas.px_per_unit()
        assert 130 / 2.6 <= bar_px <= 130
        canvas.zoom(2.0)


def test_theme_switch_repaints_in_dark(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    pane.set_theme(THEMES["dark"])
    image = pane.plot_widget.grab().toImage()
    assert colour_pixels(image, THEMES["dark"].land, 4) > 1000
    assert colour_pixels(image, THEMES["light"].land, 4) < 400  # only antialiased text comes near it


def test_reloading_the_same_file_keeps_the_view(qtbot, sample):
    state, pane = open_map(qtbot, sample)
    canvas = pane.plot_widget
    canvas.zoom(4.0)
    zoomed = canvas.view_rect()
    state.set_document(load_file(sample_path()).document, keep_view=True)
    assert canvas.view_rect().width() == pytest.approx(zoomed.width(), rel=0.01)
    assert canvas.view_rect().center().x() == pytest.approx(zoomed.center().x(), abs=1.0)


def test_theme_switch_darkens_the_controls_under_the_map(qtbot, sample):
    state, pane = open_map(qtbot, sample)

    def bar_lightness():
        top = pane.plot_widget.height()
        image = pane.grab(QRect(0, top, pane.width(), pane.height() - top)).toImage()
        return rgb_array(image).mean(axis=2)

    pane.set_theme(THEMES["dark"])
    assert (bar_lightness() < 80).mean() > 0.8, "the bar under the map stayed light on a dark map"
    pane.set_theme(THEMES["light"])
    assert (bar_lightness() > 180).mean() > 0.8


# --- briefing exports ----------------------------------------------------------------------

FIXED_TIME = "1745670000"  # the export's footer time, so that two exports can be compared


@pytest.fixture
def fixed_footer_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_TIME)


def rgb_array(image) -> np.ndarray:
    image = image.convertToFormat(image.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def export_map(tmp_path, name, *options):
    from viewer.cli.export import main

    out = tmp_path / name
    assert main([str(sample_path()), "--view", "map", "--out", str(out), *options]) == 0
    return out


def svg_text_elements(path):
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    return [(" ".join("".join(t.itertext()).split()), t) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_map_names_are_text_in_svg_and_pdf(tmp_path, fixed_footer_time):
    elements = svg_text_elements(export_map(tmp_path, "map.svg"))
    texts = [text for text, _ in elements]
    for name in ("Romania", "Moldova", "Poland", "Ukraine", "Kyiv", "Sky", "Sea", "Land", "Reconstruction",
                 "Mercator (spherical)", "200 km", "30° E", "50° N"):
        assert name in texts, f"{name!r} is not a text element of the map"
    # One element per name: a selection in the file gives the name once.
    assert texts.count("Romania") == 1 and texts.count("Kyiv") == 1
    from pypdf import PdfReader

    pdf = export_map(tmp_path, "map.pdf")
    words = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    for name in ("Ukraine", "Romania", "Black Sea", "Mercator (spherical)"):
        assert name in words


def test_no_map_type_is_smaller_than_eleven_pixels(tmp_path, fixed_footer_time):
    elements = svg_text_elements(export_map(tmp_path, "map.svg"))
    sizes = {text: float(element.get("font-size", "0")) for text, element in elements}
    assert sizes["30° E"] >= 11 and sizes["50° N"] >= 11  # degree labels
    (note,) = [text for text in sizes if text.startswith("at ") and text.endswith(("N", "S"))]
    assert sizes[note] >= 11  # the latitude where the scale bar holds
    assert min(sizes.values()) >= 11, sorted(sizes.items(), key=lambda item: item[1])[:5]


def test_a_4k_export_looks_like_a_1080p_one_scaled_up(tmp_path, fixed_footer_time):
    """Lines keep their share of the page: the Land segment's orange covers
    the same fraction of the map at 3840x2160 as at 1920x1080."""
    land = THEMES["light"].lane_colour("#D55E00", 2)
    shares = []
    for size in ("1920x1080", "3840x2160"):
        pixels = rgb_array(QImage(str(export_map(tmp_path, f"map-{size}.png", "--size", size))))
        height, width, _ = pixels.shape
        map_area = pixels[height // 10: height * 95 // 100, : width * 3 // 4]  # without title and legend
        target = np.array([QColor(land).red(), QColor(land).green(), QColor(land).blue()])
        shares.append((np.abs(map_area - target).max(axis=2) <= 40).mean())
    assert shares[0] > 0.001, "the Land line was not found"
    assert shares[1] == pytest.approx(shares[0], rel=0.2), shares


def test_exporting_the_map_twice_gives_identical_png_bytes(tmp_path, fixed_footer_time):
    """Two exports in one fresh process (the first one there is where names used to shift)."""
    script = (
        "import sys\n"
        "from viewer.cli.export import main\n"
        "for name in ('first.png', 'second.png'):\n"
        "    assert main([sys.argv[1], '--view', 'map', '--out', sys.argv[2] + '/' + name]) == 0\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(sample_path()), str(tmp_path)], capture_output=True,
                          text=True, timeout=300, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "first.png").read_bytes() == (tmp_path / "second.png").read_bytes()
