"""Labels are shown whole or not at all; on a page, what has no room is numbered and keyed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_timeline import document_of, instant, make_view, minimal_file
from viewer.model.label_layout import fit_lines, overlapping_pairs, wrap_long

JULY = Path(__file__).parent / "data" / "coalition-july-2025.json"


def width(text: str) -> float:  # a monospaced measure: 7 units a character
    return 7.0 * len(text)


def test_a_title_fits_on_one_line_or_two_or_not_at_all():
    title = "Starmer and Macron co-chair the coalition call"
    assert fit_lines(title, width, 1000) == (title,)
    two = fit_lines(title, width, 200)
    assert two is not None and len(two) == 2 and " ".join(two) == title
    assert all(width(line) <= 200 for line in two)
    assert fit_lines(title, width, 100) is None  # three lines would be needed
    assert fit_lines("Northwood", width, 30) is None  # one word never breaks


def test_wrapping_for_a_key_keeps_every_character():
    text = "3 \u00b7 10 Jul 2025 \u00b7 " + "x" * 90 + " and the rest"
    lines = wrap_long(text, width, 140)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(width(line) <= 140 for line in lines)


def test_overlapping_pairs_finds_only_true_overlaps():
    boxes = [(0, 0, 10, 10), (10, 0, 20, 10), (5, 5, 15, 15), (30, 30, 40, 40)]
    assert overlapping_pairs(boxes) == [(0, 2), (1, 2)]


def _july():
    from viewer.model.loader import load_file

    return load_file(JULY).document


def test_live_timeline_writes_only_whole_titles_inside_the_view(qtbot):
    document = _july()
    state, view = make_view(qtbot, document, size=(1200, 700))
    frame = view.current_frame()
    g = frame.geometry
    titles = {e.title for e in document.events}
    assert frame.labels and not frame.keyed  # the window has no key: no numbers either
    for label in frame.labels:
        assert label.text in titles and not label.text.endswith("\u2026")
        assert g.left <= label.x and label.x + label.width <= g.right
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(view.label_font)
    boxes = [box for label in frame.labels
             for box in label.line_boxes(metrics.ascent(), metrics.height(), metrics.horizontalAdvance)]
    assert overlapping_pairs(boxes) == []


def test_titles_near_the_right_edge_go_before_their_glyph(qtbot):
    events = [{"id": f"e{i}", "title": f"Meeting number {i} of the coalition's planners", "when": "2025-07-10",
               "segments": ["sky"]} for i in range(3)]
    events.append({"id": "early", "title": "Start", "when": "2025-01-01", "segments": ["sky"]})
    state, view = make_view(qtbot, document_of(minimal_file(events=events)), size=(900, 500))
    view.set_range(instant(2025, 1, 1), instant(2025, 7, 11))
    qtbot.wait(10)
    frame = view.current_frame()
    g = frame.glyphs
    late = {label.row: label for label in frame.labels if label.text.startswith("Meeting")}
    assert len(late) == 3  # each on a free track of the lane, whole
    for row, label in late.items():
        i = list(g.row).index(row)
        assert label.x + label.width <= g.gx0[i]


def test_page_keys_what_has_no_room_with_the_whole_title(qapp):
    from PySide6.QtCore import QSizeF

    from viewer.export.page import PageSpec
    from viewer.export.page_key import key_entries
    from viewer.export.panes import ExportPanes

    document = _july()
    panes = ExportPanes(document, PageSpec(view="timeline", range="all"))
    try:
        panes.prepare("timeline", QSizeF(1300, 560))
        assert not panes.timeline.lanes_scroll()
        frame = panes.timeline.current_frame()
        entries = key_entries(panes.timeline, document, "utc")
        assert entries, "a crowded story at the whole range needs a key"
        assert [e.number for e in entries] == list(range(1, len(entries) + 1))
        assert len({e.row for e in entries}) == len(entries)  # one number per event, in every lane it shows
        for entry in entries:
            assert entry.title == document.events[entry.row].title
            assert entry.text().startswith(f"{entry.number} \u00b7 ")
        # every event drawn is named in full beside a glyph or in the key
        named = {label.row for label in frame.labels if not label.number} | {e.row for e in entries}
        assert set(frame.glyphs.row.tolist()) <= named
    finally:
        panes.close()


@pytest.mark.parametrize("view", ["timeline", "page"])
def test_exported_page_has_no_shortened_title(qapp, view):
    from viewer.export.page import PageSpec
    from viewer.export.render import drawn_labels

    document = _july()
    boxes = drawn_labels(PageSpec(view=view), document)
    titles = {e.title for e in document.events}
    timeline = [t for t in boxes.texts if t.kind == "timeline"]
    assert timeline
    for text in timeline:
        assert not text.text.endswith("\u2026")
    key = " ".join(t.text for t in boxes.texts if t.kind == "key")
    for number in {t.text for t in timeline if t.text.isdigit()}:
        line = key[key.index(f"{number} \u00b7 "):]
        assert any(line.split(" \u00b7 ", 2)[2].startswith(title) for title in titles)
    for text in timeline:
        assert text.text.isdigit() or any(text.text in title for title in titles)


def test_a_title_written_before_its_glyph_gets_a_track_free_of_earlier_events():
    import numpy as np

    from viewer.ui.timeline.tracks import pack_tracks

    # an early event at x=100 titled up to x=400, a late one at x=600 whose title must go before it
    start = np.array([100.0, 600.0])
    glyph_end = np.array([110.0, 610.0])
    label_end = np.array([400.0, 610.0])
    assert pack_tracks(start, glyph_end, label_end, 3).tolist() == [0, 0]  # its title's room is not known
    tracks = pack_tracks(start, glyph_end, label_end, 3, label_start=np.array([100.0, 300.0]))
    assert tracks.tolist() == [0, 1]  # the title before it would run into the early event's title
    tracks = pack_tracks(start, glyph_end, label_end, 3, label_start=np.array([100.0, 450.0]))
    assert tracks.tolist() == [0, 0]  # room enough on the first track


def test_a_small_window_shows_the_titles_of_the_sample(qtbot):
    from viewer.app.main_window import MainWindow
    from viewer.resources_path import sample_path

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(str(sample_path()))
    window.wait_for_load()
    qtbot.waitUntil(lambda: window.timeline.width() >= window.width() * 0.65, timeout=3000)
    frame = window.timeline.current_frame()
    assert len([label for label in frame.labels if not label.number]) >= 5
