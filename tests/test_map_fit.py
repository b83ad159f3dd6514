"""A map that fits the briefing: fitted to where the events are, far places pointed
to at the edge with name and distance, a chosen area on request, and nothing on
the map (marks, names, arrows, scale bar, projection, counter) covering anything else."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF

from viewer.cli.export import main as export_main
from viewer.export.page import PageSpec
from viewer.export.panes import ExportPanes
from viewer.model import geo
from viewer.model.loader import load_file
from viewer.resources_path import sample_path

JULY = Path(__file__).parent / "data" / "coalition-july-2025.json"
EUROPE_PLACES = {"London": (-0.128, 51.507), "Paris": (2.352, 48.857), "Kyiv": (30.52, 50.45), "Rome": (12.5, 41.9)}


def load(path):
    result = load_file(path)
    assert result.errors == []
    return result.document


def test_washington_is_the_only_far_outlier_of_the_july_story():
    document = load(JULY)
    lonlat = np.array([(p.lon, p.lat) for p in document.places])
    counts = np.array([sum(e.place == p.id for e in document.events) for p in document.places])
    far = geo.far_outliers(lonlat, counts)
    assert [p.name for p, f in zip(document.places, far) if f] == ["Washington"]


def test_two_equal_places_an_ocean_apart_are_both_kept():
    lonlat = np.array([(-0.128, 51.507), (-77.04, 38.9)])
    assert not geo.far_outliers(lonlat, np.array([3, 3])).any()


def test_a_spread_of_places_has_no_outlier():
    lonlat = np.array([(lon, 50.0) for lon in range(-10, 40, 5)])
    assert not geo.far_outliers(lonlat, np.ones(len(lonlat))).any()


def test_distances_read_as_a_reader_rounds_them():
    london, washington = EUROPE_PLACES["London"], (-77.04, 38.9)
    assert geo.distance_text(float(geo.great_circle_km(*london, *washington))) == "5,900 km"
    assert geo.distance_text(343.4) == "340 km"


def exported_map(document, size=(1400, 560), **spec):
    panes = ExportPanes(document, PageSpec(view="map", width_px=size[0], height_px=size[1], **spec))
    panes.prepare("map", QSizeF(*size))
    canvas = panes.map.plot_widget
    canvas.grab()  # paint, so the overlay records what it put where
    return panes, canvas


def in_view(canvas, lon, lat) -> bool:
    x, y = geo.project(lon, lat)
    return canvas.view_rect().contains(float(x), float(y))


def test_july_map_fits_europe_and_points_to_washington(qtbot):
    document = load(JULY)
    panes, canvas = exported_map(document)
    try:
        assert all(in_view(canvas, *lonlat) for lonlat in EUROPE_PLACES.values())
        assert not in_view(canvas, -77.04, 38.9)
        # Europe fills the map: the view is not much wider than London to Kyiv.
        rect = canvas.view_rect()
        span = geo.project(30.52, 0)[0] - geo.project(-0.128, 0)[0]
        assert rect.width() < 2.2 * span
        pointers = [box for kind, box in canvas.overlay.drawn if kind == "pointer"]
        assert len(pointers) == 1
        washington = document.place_index["washington"]
        (hit,) = [rect for rect, kind, key in canvas.overlay.hits if kind == "place" and key == washington]
        assert hit.left() < canvas.overlay.boundingRect().center().x()  # on the west side
    finally:
        panes.close()


def test_nothing_on_the_map_covers_anything_else(qtbot):
    for document in (load(JULY), load(sample_path())):
        for size in ((1400, 560), (700, 420)):
            panes, canvas = exported_map(document, size)
            try:
                overlay = canvas.overlay
                boxes = [(kind, box) for kind, box in overlay.drawn]
                marks = overlay._mark_boxes(overlay.boundingRect())
                for i, (kind, box) in enumerate(boxes):
                    assert overlay.boundingRect().contains(box), (kind, box)
                    for other_kind, other in boxes[i + 1:]:
                        assert not box.intersects(other), (kind, box, other_kind, other)
                    for left, top, right, bottom in marks:
                        assert not box.intersects(QRectF(left, top, right - left, bottom - top)), (kind, box)
                centres = (marks[:, :2] + marks[:, 2:]) / 2
                radii = (marks[:, 2] - marks[:, 0]) / 2
                for i in range(len(marks)):  # no mark on top of another
                    gaps = np.hypot(*(centres[i + 1:] - centres[i]).T) - radii[i + 1:] - radii[i]
                    assert (gaps >= 1).all(), (centres[i], gaps)
            finally:
                panes.close()


def test_map_extent_shows_the_chosen_area(qtbot):
    document = load(JULY)
    panes, canvas = exported_map(document, map_extent=(-80.0, 30.0, 35.0, 60.0))
    try:
        assert in_view(canvas, -77.04, 38.9) and in_view(canvas, 30.52, 50.45)
        assert not [box for kind, box in canvas.overlay.drawn if kind == "pointer"]
    finally:
        panes.close()


def test_map_extent_on_the_command_line(tmp_path, capsys):
    out = tmp_path / "map.png"
    assert export_main([str(JULY), "--view", "map", "--out", str(out), "--map-extent", "-80,30,35,60"]) == 0
    assert out.exists()
    assert export_main([str(JULY), "--view", "map", "--out", str(out), "--map-extent", "40,30,35,60"]) == 2
    assert "west and east are longitudes" in capsys.readouterr().err


@pytest.mark.parametrize("text, message", [
    ("1,2,3", "four numbers"), ("a,b,c,d", "four numbers"), ("-10,40,10,95", "latitudes"),
    ("-10,40,10,nan", "finite"),
])
def test_bad_map_extents_say_what_to_write(text, message):
    with pytest.raises(ValueError, match=message):
        geo.parse_extent(text)



def test_places_a_few_km_apart_get_marks_side_by_side_that_each_select_their_place(qtbot):
    document = load(JULY)
    panes, canvas = exported_map(document)
    try:
        london, northwood = (document.place_index[k] for k in ("london", "northwood"))
        marks = canvas.content.places
        at = {int(row): i for i, row in enumerate(marks.rows)}
        for row in (london, northwood):
            x, y = canvas.mark_xy[at[row]]
            assert canvas.hit(canvas.view.mapViewToScene(QPointF(float(x), float(y)))) == ("place", row)
        # London, the first of the two, stays on its place; Northwood moves just clear of it.
        assert np.array_equal(canvas.mark_xy[at[london]], marks.xy[at[london]])
        moved_km = np.hypot(*(canvas.mark_xy[at[northwood]] - marks.xy[at[northwood]]))
        assert 0 < moved_km < 300
    finally:
        panes.close()
