"""The segment board: counts per segment and per actor x segment, and the
tiles and matrix that filter the timeline when clicked."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from conftest import minimal_file
from PySide6.QtCore import Qt

from viewer.model import board
from viewer.model.loader import load_file
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.ui.board import BoardPane


def board_file() -> dict:
    """Three segments, events with several actors and segments, places with and without a location."""
    return minimal_file(
        segments=[
            {"id": "sky", "label": "Sky", "color": "#56B4E9", "actors": ["uk"], "description": "Air\npolicing"},
            {"id": "sea", "label": "Sea", "color": "#0072B2", "actors": ["fr", "tr"]},
            {"id": "land", "label": "Land", "color": "#D55E00"},
        ],
        actors=[
            {"id": "uk", "name": "United Kingdom"},
            {"id": "fr", "name": "France"},
            {"id": "tr", "name": "Turkey"},
            {"id": "ua", "name": "Ukraine"},
            {"id": "xx", "name": "Nobody in particular"},
        ],
        places=[
            {"id": "kyiv", "name": "Kyiv", "lat": 50.45, "lon": 30.52},
            {"id": "somewhere", "name": "Somewhere unknown"},
            {"id": "front", "name": "Front", "geometry": {"type": "LineString", "coordinates": [[36, 50], [34, 47]]}},
        ],
        events=[
            {"id": "a", "title": "Air patrol", "when": "2025-03-01", "segments": ["sky"], "actors": ["uk", "fr"],
             "place": "kyiv"},
            {"id": "b", "title": "Joint exercise", "when": "2025-03-10", "segments": ["sky", "sea"],
             "actors": ["uk", "fr", "ua"], "place": "somewhere", "status": "planned"},
            {"id": "c", "title": "Convoy", "when": "2025-04-02", "segments": ["sea"], "actors": ["ua"],
             "status": "reported", "place": "front"},
            {"id": "d", "title": "Later patrol", "when": "2025-04-20", "segments": ["sky"], "actors": ["fr"],
             "status": "disputed"},
            {"id": "e", "title": "Unsorted note", "when": "2025-04-21", "place": "kyiv"},
        ],
    )


@pytest.fixture
def document(write_file):
    result = load_file(write_file(board_file()))
    assert result.errors == []
    return result.document


def everything(document):
    return np.ones(len(document.events), dtype=bool)


# --- counting (no Qt) -------------------------------------------------------------


def test_tiles_count_events_statuses_latest_and_responsible(document):
    tiles = {t.segment.id: t for t in board.segment_tiles(document, everything(document))}
    assert [t.event_count for t in tiles.values()] == [3, 2, 0]
    sky = tiles["sky"]
    assert sky.status_mix == {"occurred": 1, "reported": 0, "planned": 1, "hypothetical": 0, "disputed": 1}
    assert document.events[sky.latest_event_row].id == "d"
    assert sky.latest_when_text == "20 Apr 2025"
    assert sky.responsible == ["United Kingdom"]
    assert tiles["sea"].responsible == ["France", "Turkey"]
    assert tiles["land"].latest_event_row == -1 and tiles["land"].latest_when_text == ""


def test_tiles_count_only_masked_events(document):
    mask = everything(document)
    mask[document.event_index["d"]] = False
    sky = board.segment_tiles(document, mask)[0]
    assert sky.event_count == 2
    assert document.events[sky.latest_event_row].id == "b"
    assert sky.status_mix["disputed"] == 0


def brute_force_matrix(document, mask):
    counts = {}
    for row, event in enumerate(document.events):
        if mask[row]:
            for actor, segment in itertools.product(event.actors, event.segments):
                counts[actor, segment] = counts.get((actor, segment), 0) + 1
    return counts


@pytest.mark.parametrize("hidden", [(), ("b",), ("a", "b", "c", "d", "e")])
def test_actor_segment_matrix_matches_a_plain_count(document, hidden):
    mask = everything(document)
    for event_id in hidden:
        mask[document.event_index[event_id]] = False
    actor_ids, segment_ids, counts = board.actor_segment_matrix(document, mask)
    assert segment_ids == ["sky", "sea", "land"]
    expected = brute_force_matrix(document, mask)
    got = {(a, s): int(counts[i, j]) for i, a in enumerate(actor_ids) for j, s in enumerate(segment_ids)
           if counts[i, j]}
    assert got == expected
    assert counts.dtype.kind == "i"


def test_matrix_keeps_responsible_actors_without_events(document):
    actor_ids, _, counts = board.actor_segment_matrix(document, everything(document))
    # Turkey is responsible for Sea but took part in nothing; the actor named nowhere is left out.
    assert actor_ids == ["uk", "fr", "tr", "ua"]
    assert counts[actor_ids.index("tr")].sum() == 0
    responsible = board.responsibility(document, actor_ids, ["sky", "sea", "land"])
    assert responsible[actor_ids.index("tr"), 1] and responsible[actor_ids.index("uk"), 0]
    assert not responsible[actor_ids.index("ua")].any()


def test_places_and_events_not_on_the_map(document):
    mask = everything(document)
    assert board.place_counts(document, mask).tolist() == [2, 1, 1]
    # d has no place, b's place has no location; the line geometry of "front" counts as located.
    assert board.not_on_map_count(document, mask) == 2
    assert sorted(document.events[r].id for r in board.not_on_map_rows(document, mask)) == ["b", "d"]
    mask[document.event_index["d"]] = False
    assert board.not_on_map_count(document, mask) == 1


def test_activity_in_a_time_window(document):
    mask = everything(document)
    start = 1740787200.0  # 2025-03-01
    places = board.active_places(document, mask, start, start + 5 * 86400)
    assert places.tolist() == [True, False, False]
    segments = board.active_segments(document, mask, start + 30 * 86400, start + 60 * 86400)
    assert segments.tolist() == [True, True, False]
    first, last = board.time_extent(document)
    assert first == start and last == start + (51 + 1) * 86400


# --- the pane -----------------------------------------------------------------------


@pytest.fixture
def state(qtbot, document):
    state = ViewState()
    state.set_document(document)
    return state


@pytest.fixture
def pane(qtbot, state):
    pane = BoardPane(state)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def tile_for(pane, segment_id):
    (tile,) = [t for t in pane.tiles if t.segment_id == segment_id]
    return tile


def test_tiles_show_plain_text_of_each_segment(pane):
    assert [t.segment_id for t in pane.tiles] == ["sky", "sea", "land"]
    sky = tile_for(pane, "sky")
    assert sky.title.full_text() == "Sky"
    assert sky.count.text() == "3 events"
    assert sky.count.textFormat() == Qt.TextFormat.PlainText
    assert sky.description.full_text() == "Air policing"  # the line break does not split the tile
    assert sky.responsible.full_text() == "Responsible: United Kingdom"
    assert sky.latest.full_text() == "Latest, 20 Apr 2025: Later patrol"
    assert tile_for(pane, "land").count.text() == "0 events"


def test_clicking_a_tile_filters_the_timeline_and_again_clears(qtbot, pane, state):
    assert state.visible_count == 5
    qtbot.mouseClick(tile_for(pane, "sea"), Qt.MouseButton.LeftButton)
    assert state.filter.segments == {"sea"}
    assert state.visible_count == 2
    assert tile_for(pane, "sea").active and not tile_for(pane, "sky").active
    # Other tiles keep their counts so the user can switch segment.
    assert tile_for(pane, "sky").count.text() == "3 events"
    qtbot.mouseClick(tile_for(pane, "sea"), Qt.MouseButton.LeftButton)
    assert state.filter.segments == frozenset()
    assert state.visible_count == 5


def test_keyboard_activates_a_tile(qtbot, pane, state):
    tile = tile_for(pane, "sky")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert state.filter.segments == {"sky"}


def test_tile_counts_follow_other_filters(pane, state):
    state.set_filter(state.filter.with_(statuses=frozenset({"planned"})))
    assert tile_for(pane, "sky").count.text() == "1 event"
    assert tile_for(pane, "sea").count.text() == "1 event"
    assert tile_for(pane, "sky").mix.mix["planned"] == 1


def cell_point(view, row, column):
    return view.visualRect(view.model().index(row, column)).center()


def test_matrix_shows_counts_names_and_blank_zeros(pane):
    model = pane.matrix_model
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names == ["United Kingdom", "France", "Turkey", "Ukraine"]
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert columns == ["Sky", "Sea", "Land"]
    display = [[model.data(model.index(r, c)) for c in range(3)] for r in range(4)]
    assert display == [["2", "1", ""], ["3", "1", ""], ["", "", ""], ["1", "2", ""]]
    # Busier cells are darker.
    light = model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    dark = model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole)
    blank = model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole)
    assert dark.lightness() < light.lightness() < blank.lightness()
    assert "responsible" in model.data(model.index(2, 1), Qt.ItemDataRole.ToolTipRole)


def test_clicking_a_matrix_cell_filters_actor_and_segment(qtbot, pane, state):
    view = pane.matrix
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 3, 1))  # Ukraine x Sea
    assert state.filter.actors == {"ua"} and state.filter.segments == {"sea"}
    assert state.visible_count == 2
    assert pane.matrix_model.active == {("ua", "sea")}
    # The matrix ignores its own facets, so the other cells stay clickable.
    assert pane.matrix_model.data(pane.matrix_model.index(0, 0)) == "2"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 3, 1))
    assert state.filter.actors == frozenset() and state.filter.segments == frozenset()


def test_document_without_segments_or_places_opens_cleanly(qtbot, write_file):
    data = minimal_file(segments=[], places=[])
    for event in data["events"]:
        event.pop("segments", None)
        event.pop("place", None)
    result = load_file(write_file(data))
    assert result.document is not None
    state = ViewState()
    pane = BoardPane(state)
    qtbot.addWidget(pane)
    state.set_document(result.document)
    pane.show()
    assert pane.tiles == []
    assert "no segments" in pane.empty_label.text()
    assert pane.empty_label.isVisible()
    assert pane.matrix_model.rowCount() == 0
    pane.resize(600, 400)
    image = pane.grab().toImage()
    assert (image.width(), image.height()) == (600, 400)


# --- on a briefing page ------------------------------------------------------------------


@pytest.fixture
def fixed_footer_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1745670000")


def exported_board_texts(tmp_path, source, *options) -> list[str]:
    import xml.etree.ElementTree as ET

    from viewer.cli.export import main

    out = tmp_path / "board.svg"
    assert main([str(source), "--view", "board", "--out", str(out), *options]) == 0
    root = ET.parse(out).getroot()
    return [" ".join("".join(t.itertext()).split()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def many_actors_file(actors: int, segments: int = 3) -> dict:
    return minimal_file(
        segments=[{"id": f"s{i}", "label": f"Segment {i}"} for i in range(segments)],
        actors=[{"id": f"a{i}", "name": f"Actor {i:03d}"} for i in range(actors)],
        events=[{"id": f"e{i}", "title": f"Event {i}", "when": "2025-03-01", "segments": [f"s{i % segments}"],
                 "actors": [f"a{i}"]} for i in range(max(actors, segments))],
        places=[], sources=[])


def test_board_export_leaves_out_the_on_screen_hint(tmp_path, fixed_footer_time):
    texts = exported_board_texts(tmp_path, sample_path())
    assert "Actors × segments" in texts and "Coalition of the willing" in texts
    everything = " ".join(texts)
    assert "Click a cell" not in everything and "a heading to filter" not in everything
    assert "not shown" not in everything  # the sample fits on a slide


def test_board_taller_than_the_page_says_how_many_actors_are_left_out(tmp_path, write_file, fixed_footer_time):
    texts = exported_board_texts(tmp_path, write_file(many_actors_file(60)))
    shown = [t for t in texts if t.startswith("Actor ")]
    assert 10 < len(shown) < 60
    assert shown == [f"Actor {i:03d}" for i in range(len(shown))]  # the first ones, in order
    (line,) = [t for t in texts if "not shown" in t]
    assert line == f"\u2026 {60 - len(shown)} more actors not shown in the table (60 in all)"


def test_board_with_more_tiles_than_fit_names_the_segments_left_out(tmp_path, write_file, fixed_footer_time):
    texts = exported_board_texts(tmp_path, write_file(many_actors_file(10, segments=60)), "--size", "1600x900")
    tiles = [t for t in texts if t.startswith("Segment ")]
    assert 0 < len(tiles) < 60
    (line,) = [t for t in texts if "not shown" in t]
    assert line == f"\u2026 {60 - len(tiles)} more segments and the actors × segments table (10 actors) not shown"


def test_drawing_for_a_page_leaves_the_pane_on_screen_as_it_was(qtbot, state, pane):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(1100, 220, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    line = pane.render_for_export(painter, QRectF(0, 0, 1100, 220))
    painter.end()
    assert line.startswith("\u2026") and "not shown" in line
    assert pane.matrix_note.isVisible() and pane.matrix.isVisible()
    assert not any(pane.matrix.isRowHidden(r) for r in range(pane.matrix_model.rowCount()))
    assert not pane.more_label.isVisible()
