"""Every theme keeps every distinction for every pair of eyes, and its text is readable.

Colours are compared in CAM02-UCS (colorspacious), where a distance of 1 is about
the smallest difference one sees, as normal vision sees them, as they look with
protanopia, deuteranopia and tritanopia (full severity) and in greyscale (a black
and white copy). Where a theme runs out of colours it falls back to patterns
(lanes past its first block) or to the written label (grade chips); the tests
assert that fallback is there and drawn.
"""

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert

from viewer.model.records import STATUSES
from viewer.style.theme import (
    GRADE_RAMP,
    GRADE_UNJUDGED,
    LANE_PATTERNS,
    THEMES,
    contrast_ratio,
    readable_text,
    standing_out,
)
from viewer.ui.board.status_colours import status_colour

MIN_DISTANCE = 12.0  # CAM02-UCS: told apart at a glance at glyph size
SIMULATIONS = ("normal", "protanopia", "deuteranopia", "tritanopia", "greyscale")
CVD = {"protanopia": "protanomaly", "deuteranopia": "deuteranomaly", "tritanopia": "tritanomaly"}


def seen(colour: str, simulation: str) -> np.ndarray:
    """The colour as a viewer with ``simulation`` sees it, in CAM02-UCS."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    if simulation in CVD:
        rgb = np.clip(cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": CVD[simulation], "severity": 100},
                                     "sRGB1"), 0, 1)
    elif simulation == "greyscale":
        lightness = cspace_convert(rgb, "sRGB1", "JCh")[0]
        rgb = np.clip(cspace_convert([lightness, 0, 0], "JCh", "sRGB1"), 0, 1)
    return cspace_convert(rgb, "sRGB1", "CAM02-UCS")


def distance(a: str, b: str, simulation: str) -> float:
    return float(np.linalg.norm(seen(a, simulation) - seen(b, simulation)))


THEME_NAMES = sorted(THEMES)


@pytest.mark.parametrize("simulation", SIMULATIONS)
@pytest.mark.parametrize("name", THEME_NAMES)
def test_lanes_stay_apart_by_colour_or_pattern(name, simulation):
    theme = THEMES[name]
    # A theme has one block of lanes per pattern; beyond them looks repeat, and the lane headers name every lane.
    looks = [(theme.lane_colour(None, i), theme.lane_pattern(i)) for i in range(theme.block * len(LANE_PATTERNS))]
    too_close = [(i, j, round(distance(a[0], b[0], simulation), 1))
                 for (i, a), (j, b) in itertools.combinations(enumerate(looks), 2)
                 if a[1] == b[1] and distance(a[0], b[0], simulation) < MIN_DISTANCE]
    assert not too_close, f"lanes with the same pattern and too close a colour: {too_close}"
    assert len({pattern for _, pattern in looks}) == len(LANE_PATTERNS)  # the patterns are used


@pytest.mark.parametrize("simulation", SIMULATIONS)
@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_lane_stands_out_from_the_background_and_the_shaded_lanes(name, simulation):
    theme = THEMES[name]
    for i in range(theme.block * 2):
        colour = theme.lane_colour(None, i)
        for ground in (theme.background, theme.lane_band):
            assert distance(colour, ground, simulation) >= MIN_DISTANCE, (i, colour, ground)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_lane_colours_from_the_file_are_kept_visible(name):
    """A file's own colour is used as given unless it would fade into the background: the
    sample's dark blue sea lane on the dark theme is lightened, on paper it becomes a grey."""
    theme = THEMES[name]
    for colour in ("#0072B2", "#000080", "#F0E442", "#ffffff", "#000000", "#56B4E9"):
        shown = theme.lane_colour(colour, 1)
        if theme.greyscale:
            assert shown == theme.lane_colour(None, 1)  # the lane's own grey, whatever the file's hue
        else:
            assert contrast_ratio(shown, theme.background) >= theme.lane_contrast, (colour, shown)
    assert THEMES["dark"].lane_colour("#0072B2", 1) != "#0072B2"
    assert THEMES["light"].lane_colour("#0072B2", 1) == "#0072B2"


def test_print_gives_lanes_distinct_greys_then_patterns():
    theme = THEMES["print"]
    greys = [theme.lane_colour("#D55E00" if i % 2 else "#009E73", i) for i in range(theme.block)]
    assert len(set(greys)) == theme.block  # the two hues of equal lightness no longer share a grey
    assert all(c[1:3] == c[3:5] == c[5:7] for c in greys)
    assert [theme.lane_pattern(i) for i in range(2 * theme.block)] == [0] * theme.block + [1] * theme.block


@pytest.mark.parametrize("simulation", SIMULATIONS)
def test_grades_are_a_ramp_every_eye_can_read(simulation):
    for a, b in itertools.combinations(GRADE_RAMP, 2):
        assert distance(a, b, simulation) >= MIN_DISTANCE, (a, b)
    lightness = [seen(c, "greyscale")[0] for c in GRADE_RAMP]
    assert lightness == sorted(lightness)  # strong to weak in one direction, in black and white too
    if simulation == "normal":  # "cannot be judged" is told by its hue, and always by its letter
        assert min(distance(GRADE_UNJUDGED, c, simulation) for c in GRADE_RAMP) >= MIN_DISTANCE / 2


def test_grade_chips_always_write_their_grade(qapp):
    from PySide6.QtGui import QColor, QPalette, QTextDocument

    from viewer.ui.details.doc_writer import Colours, DocumentWriter

    document = QTextDocument()
    writer = DocumentWriter(document, Colours.from_palette(QPalette()))
    for letter in "ABCDEF":
        writer.chip(letter, QColor(GRADE_UNJUDGED))
    assert all(letter in document.toPlainText() for letter in "ABCDEF")


@pytest.mark.parametrize("simulation", SIMULATIONS)
@pytest.mark.parametrize("name", THEME_NAMES)
def test_board_status_colours_stay_apart(name, simulation):
    theme = THEMES[name]
    colours = [status_colour(s, theme).name() for s in STATUSES]
    for (s, a), (t, b) in itertools.combinations(zip(STATUSES, colours), 2):
        assert distance(a, b, simulation) >= MIN_DISTANCE, (s, t, a, b)


# -- text --------------------------------------------------------------------------------------
AA = 4.5


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_colour_reads_on_its_background(name):
    theme = THEMES[name]
    grounds = {"background": theme.background, "shaded lane": theme.lane_band, "land": theme.land,
               "water": theme.water}
    for text in ("foreground", "muted"):
        for where, ground in grounds.items():
            ratio = contrast_ratio(getattr(theme, text), ground)
            assert ratio >= AA, f"{name}: {text} on {where} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_titles_written_on_bars_and_chips_read(name):
    theme = THEMES[name]
    colours = [theme.lane_colour(None, i) for i in range(len(theme.lanes))]
    colours += [*GRADE_RAMP, GRADE_UNJUDGED, theme.muted, theme.selection]
    colours += [standing_out(c, theme.background) for c in ("#0072B2", "#F0E442", "#56B4E9")]
    for colour in colours:
        assert contrast_ratio(readable_text(colour), colour) >= AA, colour


def test_the_timeline_writes_titles_on_bars_in_the_readable_colour(qapp):
    from PySide6.QtGui import QColor

    from viewer.ui.timeline.palette import readable_on

    for colour in ("#009E73", "#777777", "#0072B2", "#ffea46"):
        assert contrast_ratio(readable_on(QColor(colour)).name(), colour) >= AA


# -- what is drawn ----------------------------------------------------------------------------
def test_the_contrast_theme_can_be_chosen_everywhere():
    from viewer.cli.export import THEMES as EXPORT_THEMES
    from viewer.state.view_state import THEME_NAMES

    assert "contrast" in THEMES and set(EXPORT_THEMES) == set(THEME_NAMES) == set(THEMES)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_names_written_in_a_lane_or_era_colour_read(name):
    """Map segment names and era names take their colour, shaded until they read at AA."""
    theme = THEMES[name]
    for colour in [*theme.lanes, "#0072B2", "#F0E442", "#000000", "#ffffff", theme.era]:
        for ground in (theme.land, theme.lane_band, theme.background):
            assert contrast_ratio(theme.text_colour(colour, ground), ground) >= AA, (colour, ground)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_hatching_and_edges_stand_out_from_the_fill_they_sit_on(qapp, name):
    """The dark theme's dark blue lane and its hatching used to vanish: every lane's hatch lines and
    outline reach 3:1 against the hatch's under-fill and the background."""
    from PySide6.QtGui import QColor

    from viewer.ui.timeline import styles as st
    from viewer.ui.timeline.palette import Palette

    theme = THEMES[name]
    colours = [theme.lane_colour(c, i) for i, c in enumerate(["#0072B2", "#332288", None, None, None, None])]
    palette = Palette(theme, [QColor(c) for c in colours])
    for lane, colour in enumerate(colours):
        under = palette.hatch_under(lane).color().name()
        assert contrast_ratio(colour, under) >= 2.0, (colour, under)
        assert contrast_ratio(colour, theme.background) >= theme.lane_contrast - 0.01 or theme.greyscale
        edge = palette.outline(lane, st.LINE_SOLID).color().name()
        assert contrast_ratio(edge, theme.background) >= contrast_ratio(colour, theme.background) - 0.01


def _bar_interior(picture, row_colour_pairs):
    """For each lane's bar: (rows differ, columns differ) inside it."""
    out = []
    for top, bottom, left, right in row_colour_pairs:
        inside = picture[top:bottom, left:right].astype(int)
        rows_differ = np.abs(np.diff(inside, axis=0)).max() > 40
        cols_differ = np.abs(np.diff(inside, axis=1)).max() > 40
        out.append((bool(rows_differ), bool(cols_differ)))
    return out


def test_print_lanes_past_the_greys_are_hatched_each_block_its_own_way(tmp_path):
    """Twelve lanes on paper: four greys, then the same greys with horizontal lines, then vertical ones."""
    import json

    from PySide6.QtGui import QImage

    from viewer.cli.export import main

    segments = [{"id": f"s{i}", "label": f"Lane {i}", "color": "#D55E00" if i % 2 else "#009E73"} for i in range(12)]
    events = [{"id": f"e{i}", "title": "x", "when": "2025-03-01/2025-09-01", "segments": [f"s{i}"]} for i in range(12)]
    source = tmp_path / "twelve.json"
    source.write_text(json.dumps({"format": "lagebild-events", "version": "1.0", "document": {"title": "Twelve"},
                                  "segments": segments, "events": events}), encoding="utf-8")
    out = tmp_path / "twelve.png"
    assert main([str(source), "--view", "timeline", "--theme", "print", "--size", "1600x1400", "--no-legend",
                 "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out)]) == 0
    image = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    picture = rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3)
    # The picture's middle column crosses every bar; an empty column near the right edge gives each row's ground.
    middle, empty = picture.shape[1] // 2, int(picture.shape[1] * 0.85)
    window = picture[:, middle - 60:middle + 60].astype(int)
    drawn = np.abs(window - picture[:, empty:empty + 1].astype(int)).max(axis=2).mean(axis=1) > 30
    rows = np.flatnonzero(drawn)
    groups = [g for g in np.split(rows, np.flatnonzero(np.diff(rows) > 2) + 1) if len(g) >= 8]
    assert len(groups) == 12, [len(g) for g in groups]
    bars = [int(g[0]) + 1 for g in groups]
    looks = _bar_interior(picture, [(b, b + 11, middle - 60, middle + 60) for b in bars])
    assert looks[:4] == [(False, False)] * 4  # plain greys
    assert looks[4:8] == [(True, False)] * 4  # horizontal lines
    assert looks[8:12] == [(False, True)] * 4  # vertical lines
    first_greys = [int(picture[b + 3, middle, 0]) for b in bars[:4]]
    assert len(set(first_greys)) == 4  # two hues of one lightness no longer share a grey


def test_a_files_own_lane_colours_are_drawn_as_chosen_but_print_measures_them():
    assert THEMES["light"].lane_pattern(7, "#D55E00") == 0
    assert THEMES["light"].lane_pattern(7) != 0
    assert THEMES["print"].lane_pattern(7, "#D55E00") == THEMES["print"].lane_pattern(7) != 0
