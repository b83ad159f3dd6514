"""Text search: every word must appear in an event's texts, quotes or the names it refers to."""

import numpy as np
import pytest
from conftest import minimal_file

from viewer.model import lanes
from viewer.model.filters import FilterSpec, filter_mask
from viewer.model.lanes import LANE_MODES, build_lanes
from viewer.model.loader import load_file
from viewer.model.search import SearchIndex
from viewer.resources_path import sample_path


@pytest.fixture(scope="module")
def sample():
    return load_file(sample_path()).document


def plain_match(document, query: str) -> list[int]:
    """The meaning of a query, spelled out one event at a time."""
    names = {}
    for kind in ("segments", "actors", "places", "sources"):
        for record in getattr(document, kind):
            names[(kind, record.id)] = getattr(record, "label", None) or record.name
    rows = []
    for row, event in enumerate(document.events):
        parts = [event.title, event.description, event.notes, " ".join(event.tags)]
        parts += [names.get(("segments", s), "") for s in event.segments]
        parts += [names.get(("actors", a), "") for a in event.actors]
        parts.append(names.get(("places", event.place), ""))
        for c in event.citations:
            parts += [c.quote, c.translation or "", c.speaker or "", c.speaker_role or "",
                      names.get(("sources", c.source), "")]
        text = "\n".join(parts).casefold()
        if all(word in text for word in query.casefold().split()):
            rows.append(row)
    return rows


QUERIES = ["", "sunak", "SUNAK", "telegraph", "Kyiv", "sky", "garant", "garantie", "garantien",
           "the", "th", "the coalition", "coalition the", "zzzz", "minister", "a", "a e"]


def test_search_matches_texts_quotes_and_names_as_typed(sample):
    index = SearchIndex.build(sample)
    # In the order typed, so that refining a query reuses the previous one's matches.
    for query in QUERIES + QUERIES[::-1]:
        assert np.flatnonzero(index.matches(query)).tolist() == plain_match(sample, query), query
    assert 0 < len(plain_match(sample, "sunak")) < len(sample.events)


def test_every_event_field_is_searched(write_file):
    document = load_file(write_file(minimal_file(events=[
        {"id": "a", "title": "Alpha", "when": "2025-01-01", "description": "Straße gesperrt", "tags": ["port"]},
        {"id": "b", "title": "Beta", "when": "2025-01-02", "notes": "analyst hunch",
         "citations": [{"quote": "", "speaker": "Grant Shapps", "speaker_role": "defence secretary"}]},
        {"id": "c", "title": "Gamma", "when": "2025-01-03", "place": "kyiv", "actors": ["uk"]},
    ]))).document
    shown = {q: np.flatnonzero(filter_mask(document, FilterSpec(text=q))).tolist()
             for q in ("STRASSE", "port", "hunch", "shapps secretary", "kingdom", "kyiv gamma", "alpha beta")}
    assert shown == {"STRASSE": [0], "port": [0], "hunch": [1], "shapps secretary": [1], "kingdom": [2],
                     "kyiv gamma": [2], "alpha beta": []}


def test_lanes_sort_by_time_once_per_document(sample, monkeypatch):
    sorts = []
    real = lanes._time_order
    monkeypatch.setattr(lanes, "_time_order", lambda values: sorts.append(len(values)) or real(values))
    document = load_file(sample_path()).document  # a fresh document: nothing derived yet
    for mode in LANE_MODES:
        build_lanes(document, mode)
        build_lanes(document, mode, filter_mask(document, FilterSpec(statuses=frozenset({"reported"}))))
    first_layout = len(sorts)
    assert 0 < first_layout <= 5  # one sort per time column, for the first layout only
    build_lanes(document, "actor", filter_mask(document, FilterSpec(text="sunak")))
    assert len(sorts) == first_layout


def test_columns_scanned_in_slices_find_what_a_plain_reading_finds(monkeypatch, tmp_path):
    """Long columns are scanned in slices by several threads, and columns without a character
    are skipped; the events found are those a reading of each event finds."""
    from viewer.model import text_scan
    from viewer.model.synthetic import write_synthetic

    monkeypatch.setattr(text_scan, "SLICE_ROWS", 100)
    path = tmp_path / "events.json"
    write_synthetic(path, 1500, shape="datetimes")
    document = load_file(path).document
    index = SearchIndex(document)
    for query in ("convoy", "HARBOUR", "convoy harbour", "master", "the regional", "source 3", "e ss", "zz", "1"):
        assert np.flatnonzero(index.matches(query)).tolist() == plain_match(document, query), query
