"""Events are held as columns, and every reader sees each event exactly as the file writes it."""

import gc
import json
import sys
from pathlib import Path

import msgspec
import numpy as np
import pytest
from conftest import minimal_file
from hostile_corpus import write_hostile
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.model.dates import DateError, resolve_cached
from viewer.model.event_fields import BATCH
from viewer.model.loader import load_bytes, load_file
from viewer.model.prepare import prepare
from viewer.model.quotes import all_quotes
from viewer.model.records import Event, EventFile
from viewer.model.search import SearchIndex
from viewer.model.synthetic import write_synthetic
from viewer.output.annex import annex_entries
from viewer.resources_path import sample_path


def as_decoded(path) -> list[Event]:
    """The events the loader keeps, decoded straight into records: each id's first, with a valid date."""
    events, seen = [], set()
    for event in msgspec.json.decode(Path(path).read_bytes(), type=EventFile).events:
        try:
            resolve_cached(event.when)
        except DateError:
            continue
        if event.id not in seen:
            seen.add(event.id)
            events.append(event)
    return events


ODD_EVENTS = [
    {"id": "a", "title": "Plain", "when": "2025-04-04"},
    {"id": "b", "title": "Every field", "when": "2025-04-04T10:00:00+02:00/2025-04-05", "description": "d",
     "place": "kyiv", "actors": ["uk", "nobody"], "segments": ["sky", "sky", "nowhere"], "tags": ["t1", "t2"],
     "status": "planned", "notes": "n", "condition": "after talks", "disputed": "denied",
     "citations": [{"source": "bbc", "quote": "q1", "language": "uk", "translation": "tr", "speaker": "sp",
                    "speaker_role": "role", "published": "2025-04-03", "url": "https://example.org/x",
                    "accessed": "2025-04-05", "location": "here", "credibility": 2},
                   {"quote": "", "published": "not a date"}, {"source": "unknown", "quote": "q3"}]},
    {"id": "c", "title": "Disputed without words", "when": "2025", "disputed": True, "status": "occurred",
     "notes": "", "actors": [], "citations": []},
    {"id": "d", "title": "Not disputed", "when": "2025-05", "disputed": False, "place": "atlantis"},
    {"id": "a", "title": "Same id again", "when": "2025-04-04"},
    {"id": "e", "title": "Bad date", "when": "yesterday"},
    {"id": "f", "title": "Status 1.0 disputed", "when": "2025-06-01", "status": "disputed", "tags": ["t2"]},
]


@pytest.fixture
def odd_file(write_file):
    return write_file(minimal_file(
        places=[{"id": "kyiv", "name": "Kyiv", "lat": 50.45, "lon": 30.52}],
        actors=[{"id": "uk", "name": "United Kingdom", "kind": "state"}],
        sources=[{"id": "bbc", "name": "BBC", "kind": "broadcaster", "reliability": "B"}],
        events=ODD_EVENTS))


@pytest.fixture(params=["sample", "hostile", "odd"])
def any_file(request, tmp_path, odd_file):
    if request.param == "sample":
        return sample_path()
    if request.param == "hostile":
        return write_hostile(tmp_path)
    return odd_file


def test_each_event_reads_back_as_the_file_writes_it(any_file):
    document = load_file(any_file).document
    expected = as_decoded(any_file)
    assert len(document.events) == len(expected)
    assert list(document.events) == expected
    assert [document.events[row] for row in range(len(expected))] == expected
    assert document.events[-1] == expected[-1]
    for row, event in enumerate(expected):
        assert document.event_index[event.id] == row and document.event(event.id) == event
    assert "no such id" not in document.event_index and document.event("no such id") is None


def test_quotes_and_annex_hold_every_citation_as_written(any_file):
    document = load_file(any_file).document
    expected = as_decoded(any_file)
    quotes = all_quotes(document)
    assert [(q.row, q.index, q.quote, q.translation, q.source_id) for q in quotes] == [
        (row, k, c.quote, c.translation or "", c.source or "")
        for row, event in enumerate(expected) for k, c in enumerate(event.citations)]
    for entry in annex_entries(document, None):
        assert entry.event == expected[entry.row]


def test_a_record_asked_for_twice_is_the_same_record(odd_file):
    document = load_file(odd_file).document
    event = document.events[1]
    assert document.events[1] is event
    assert event.citations[0] is document.events[1].citations[0]  # the detail pane finds a citation by identity


def test_no_python_object_per_event_outlives_the_load(tmp_path):
    # Before, each event left some twenty objects behind (its record, strings, tuples, citations).
    events = 20_000
    for shape in ("mixed", "datetimes"):
        path = tmp_path / f"{shape}.json"
        write_synthetic(path, events, shape=shape)
        gc.collect()
        before = sys.getallocatedblocks()
        result = load_file(path)
        prepare(result.document)
        SearchIndex.build(result.document).matches("convoy harbour")
        gc.collect()
        assert sys.getallocatedblocks() - before < events // 5, shape
        assert len(result.document.events) == events
        del result


def _with_events(events_json: str) -> bytes:
    return ('{"format": "lagebild-events", "version": "1.0", "document": {"title": "T"}, '
            f'"sources": [{{"id": "s", "name": "S"}}], "events": [{events_json}]}}').encode()


@pytest.mark.parametrize("event, key", [
    ('{"id": "a", "title": "One", "title": "Two", "when": "2025"}', "title"),
    ('{"id": "a", "title": "One", "when": "2025", "citations": [{"source": "s", "quote": "q", "quote": "r"}]}',
     "quote"),
    ('{"id": "a", "title": "One", "when": "2025", "status": "occurred", "status": "occurred"}', "status"),
    ('{"id": "a", "title": "One", "when": "2025", "tags": [], "tags": []}', "tags"),
])
def test_a_key_written_twice_is_found_wherever_it_is(event, key):
    result = load_bytes(_with_events(event), "twice.json")
    assert [f.message for f in result.findings if "written twice" in f.message] == [
        f"{key!r} is written twice in this object; only this last one is read"]
    assert len(result.document.events) == 1


def test_keys_written_twice_are_found_in_a_file_with_escaped_colons():
    text = ('{"format": "lagebild-events", "version": "1.0", "document": {"title": "T"}, "events": '
            '[{"id": "a", "title": "x\\u003ay", "title": "z", "when": "2025"}]}')
    result = load_bytes(text.encode(), "escaped.json")
    assert any("'title' is written twice" in f.message for f in result.findings)
    assert result.document.events[0].title == "z"


def test_defaults_written_out_are_not_keys_written_twice(write_file):
    result = load_file(write_file(minimal_file(events=[
        {"id": "a", "title": "T: with a colon", "when": "2025-04-04T10:00:00Z", "description": "",
         "status": "occurred", "actors": [], "segments": [], "tags": [], "citations": [], "notes": "",
         "place": None, "condition": None, "disputed": None},
        {"id": "b", "title": "x\\u003a", "when": "2025", "citations": [{"quote": "a:b", "source": None}]}])))
    assert not [f for f in result.findings if "written twice" in f.message]
    assert result.document.events[1].title == "x\\u003a"


# Letters whose case folding is more than lower(): sharp s, Kelvin sign, long s, dotted I, final sigma.
_LETTERS = "aAbBkKsSiI \u00df\u212a\u017f\u0130\u03c3\u03c2\u03a3\u00e9\u00c9xyz:"


def _plain_rows(document, query: str) -> list[int]:
    words = query.casefold().split()
    rows = []
    for row, event in enumerate(document.events):
        text = "\n".join([event.title, event.description, event.notes, " ".join(event.tags)]
                         + [part for c in event.citations
                            for part in (c.quote, c.translation or "", c.speaker or "", c.speaker_role or "")])
        if all(word in text.casefold() for word in words):
            rows.append(row)
    return rows


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(_LETTERS, min_size=1, max_size=12), min_size=1, max_size=12),
       query=st.text(_LETTERS, max_size=6))
def test_search_finds_what_a_plain_scan_of_the_folded_texts_finds(texts, query):
    events = [{"id": f"e{i}", "title": text, "when": "2025", "description": texts[i - 1], "tags": [text[:2]],
               "citations": [{"quote": text[::-1], "speaker": texts[0]}]} for i, text in enumerate(texts)]
    data = json.dumps(minimal_file(events=events)).encode()
    document = load_bytes(data, "search.json").document
    index = SearchIndex.build(document)
    assert np.flatnonzero(index.matches(query)).tolist() == _plain_rows(document, query)
    typed_on = query + texts[0][:2]  # refining a query scans only the events matched so far
    assert np.flatnonzero(index.matches(typed_on)).tolist() == _plain_rows(document, typed_on)


def test_events_past_the_first_batch_keep_their_places_in_findings():
    events = [f'{{"id": "e{i}", "title": "T{i}", "when": "2025-01-01"}}' for i in range(BATCH + 900)]
    events[BATCH + 100] = '{"id": "dup", "title": "One", "title": "Two", "when": "2025"}'
    events[BATCH + 800] = '{"id": "late", "title": "Late", "when": "2025", "segments": ["nowhere"]}'
    result = load_bytes(_with_events(",\n".join(events)), "batches.json")
    twice, unknown = sorted((f for f in result.findings if f.severity == "warning"), key=lambda f: f.line)
    assert twice.pointer == f"/events/{BATCH + 100}/title" and twice.line == BATCH + 101
    assert unknown.pointer == f"/events/{BATCH + 800}/segments/0" and unknown.line == BATCH + 801
    assert result.document.events[BATCH + 800].segments == ("nowhere",)
    events[BATCH + 500] = '{"id": "bad", "title": "Bad", "when": "2025", "status": "bogus"}'
    result = load_bytes(_with_events(",\n".join(events)), "batches.json")
    (error,) = result.errors
    assert error.pointer == f"/events/{BATCH + 500}/status" and error.line == BATCH + 501
    assert len(result.document.events) == BATCH + 899
