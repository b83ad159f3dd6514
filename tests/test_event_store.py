"""A Parquet store answers every question of the panes as the events in memory do."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pyarrow.parquet as pq
import pytest

from viewer.model.filters import FilterSpec
from viewer.model.loader import load_bytes, load_file
from viewer.model.synthetic import synthetic_document
from viewer.resources_path import sample_path
from viewer.store.convert import write_store
from viewer.store.duck import DuckSource, StoreError
from viewer.store.memory import MemorySource
from viewer.store.source import ViewQuery

DAY = 86400.0
SPECS = [FilterSpec(), FilterSpec(statuses=frozenset({"planned", "disputed"})),
         FilterSpec(segments=frozenset({"sky"})), FilterSpec(text="event 1")]


def _mixed_document(n: int = 2500):
    """Synthetic events, some in two segments and some in none, so lanes hold entries, not events."""
    data = synthetic_document(n)
    for i, event in enumerate(data["events"]):
        if i % 7 == 0:
            event["segments"] = ["sky", "sea"]
        elif i % 11 == 0:
            event["segments"] = []
    return load_bytes(json.dumps(data).encode(), "mixed.json").document


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stores")
    document = _mixed_document()
    write_store(document, folder / "one.parquet")
    write_store(document, folder / "years.parquet", by_year=True)
    return document, MemorySource(document), DuckSource(str(folder / "one.parquet")), \
        DuckSource(str(folder / "years.parquet"))


def test_lanes_and_span_are_the_same(stores):
    _doc, memory, one, years = stores
    for store in (one, years):
        assert len(store) == len(memory) == 2500
        assert store.span() == memory.span()
        for mode in ("segment", "status", "single"):
            assert store.lanes(mode) == memory.lanes(mode)
    assert memory.lanes("segment")[-1] == ("", "No segment")


@pytest.mark.parametrize("mode", ["segment", "status", "single"])
@pytest.mark.parametrize("spec", SPECS, ids=["all", "status", "segment", "text"])
def test_density_counts_every_column_alike(stores, mode, spec):
    _doc, memory, one, _years = stores
    lo, hi = memory.span()
    for window in ((lo, hi), (lo + (hi - lo) * 0.4, lo + (hi - lo) * 0.45)):
        query = ViewQuery(window[0], window[1], 613, mode, spec)
        expected, answered = memory.density(query), one.density(query)
        assert answered.lanes == expected.lanes
        assert np.array_equal(answered.counts, expected.counts)
        assert answered.in_view == expected.in_view > 0


@pytest.mark.parametrize("mode", ["segment", "status", "single"])
def test_the_day_summary_counts_wide_views_exactly(stores, mode):
    _doc, memory, _one, years = stores
    lo, hi = memory.span()
    spec = FilterSpec(statuses=frozenset({"occurred", "disputed"}))
    density = years.density(ViewQuery(lo, hi, 800, mode, spec))
    assert density.edges is not None  # answered from the summary, on whole days
    assert np.all(np.diff(density.edges) % DAY == 0) and density.edges[0] <= lo and density.edges[-1] >= hi
    exact = memory.density(ViewQuery(density.edges[0], density.edges[-1], len(density.edges) - 1, mode, spec))
    assert np.array_equal(density.counts, exact.counts)
    assert density.in_view == exact.in_view > 0


def test_events_in_view_are_the_same_entries(stores):
    doc, memory, one, years = stores
    lo, hi = memory.span()
    query = ViewQuery(lo + (hi - lo) * 0.3, lo + (hi - lo) * 0.32, 500, "segment")
    expected = memory.events(query, 1000)
    assert expected.complete and len(expected) > 20
    assert len(set(expected.ids)) < len(expected)  # events in two segments are in both lanes
    for store in (one, years):
        got = store.events(query, 1000)
        assert (got.ids, got.lanes, got.titles, got.whens, got.status) == \
            (expected.ids, expected.lanes, expected.titles, expected.whens, expected.status)
        assert np.array_equal(got.lo, expected.lo) and np.array_equal(got.hi, expected.hi)
        cut = store.events(query, 10)
        assert not cut.complete and cut.ids == expected.ids[:10]
    for event_id, known_lo in zip(expected.ids[:5], expected.lo[:5]):
        record = one.record(event_id, known_lo)
        assert record == memory.record(event_id) == years.record(event_id)
        assert record["title"] == doc.event(event_id).title
    assert one.record("no-such-event") is None


def test_facets_and_search_agree(stores):
    _doc, memory, one, years = stores
    for spec in SPECS:
        assert one.facet_counts(spec) == memory.facet_counts(spec)
    assert years.facet_counts(SPECS[1]) == memory.facet_counts(SPECS[1])
    hits = memory.search("event 123", 100)
    assert [h.id for h in hits] == [h.id for h in one.search("event 123", 100)] == \
        [h.id for h in years.search("EVENT 123", 100)]
    assert {h.id for h in hits} == {f"e{i}" for i in range(2500) if "123" in str(i)}
    assert memory.search("   ", 10) == one.search("", 10) == []


def test_the_sample_converts_with_its_records_and_dates(tmp_path):
    document = load_file(sample_path()).document
    target = write_store(document, tmp_path / "sample.parquet")
    table = pq.read_table(target)
    assert table.num_rows == len(document.columns)
    assert str(table.schema.field("earliest").type) == "timestamp[us, tz=UTC]"
    row = table.slice(0, 1).to_pylist()[0]
    event = document.event(row["id"])
    assert row["when"] == event.when and row["segments"] == list(event.segments)
    assert json.loads(row["record"])["title"] == event.title
    store = DuckSource(str(target))
    meta = json.loads(pq.read_schema(target).metadata[b"lagebild"])
    assert meta["info"]["title"] == document.title
    assert store.lanes("segment") == MemorySource(document).lanes("segment")


def test_convert_command_writes_a_store_atomically(tmp_path):
    target = tmp_path / "out.parquet"
    target.write_bytes(b"the previous store")
    command = [sys.executable, "-m", "viewer", "convert", str(sample_path()), "--to", str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "events" in done.stdout
    assert DuckSource(str(target)).count == len(load_file(sample_path()).document.columns)
    assert sorted(os.listdir(tmp_path)) == ["out.parquet"]  # nothing left beside it
    wrong = subprocess.run([*command[:-1], str(tmp_path / "out.json")], capture_output=True, text=True, check=False)
    assert wrong.returncode == 2 and "OUT.parquet" in wrong.stderr


def test_a_file_without_the_stored_shape_is_refused_with_its_name(tmp_path):
    import pyarrow as pa

    stray = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1, 2]}), stray)
    with pytest.raises(StoreError, match="other.parquet: has no Lagebild metadata"):
        DuckSource(str(stray))
    with pytest.raises(StoreError, match="no such file"):
        DuckSource(str(tmp_path / "missing.parquet"))


def test_the_synthetic_store_is_what_convert_would_write(tmp_path):
    from viewer.store import day_counts
    from viewer.store.convert import finish_folder
    from viewer.store.synthetic_store import write_synthetic_store

    made = write_synthetic_store(tmp_path / "made.parquet", 20_000)
    meta = json.loads((made / "_lagebild.json").read_text())
    written = pq.read_table(made / day_counts.FILE_NAME).to_pylist()
    finish_folder(made, meta)  # counted again from the files, by the converter's query
    counted = pq.read_table(made / day_counts.FILE_NAME).to_pylist()
    key = lambda r: (r["segment"], r["status"], r["disputed"], r["day"])  # noqa: E731
    assert sorted(written, key=key) == sorted(counted, key=key)
    store = DuckSource(str(made))
    assert len(store) == 20_000
    lo, hi = store.span()
    wide = store.density(ViewQuery(lo, hi, 900, "status"))
    assert wide.edges is not None and wide.in_view == 20_000
    first = store.events(ViewQuery(lo, lo + 3 * DAY, 100), 100)
    assert first.ids and store.record(first.ids[0], first.lo[0])["id"] == first.ids[0]


def test_a_column_lists_the_events_beginning_in_it(stores):
    _doc, memory, one, years = stores
    lo, hi = memory.span()
    query = ViewQuery(lo + (hi - lo) * 0.5, lo + (hi - lo) * 0.52, 1, "segment", starting=True)
    expected = memory.events(query, 1000)
    assert expected.ids and all(query.lo <= at <= query.hi for at in expected.lo)
    everything = memory.events(ViewQuery(query.lo, query.hi, 1, "segment"), 1000)
    assert len(everything) > len(expected)  # those begun before are left to their own column
    for store in (one, years):
        got = store.events(query, 1000)
        assert (got.ids, got.lanes) == (expected.ids, expected.lanes)
