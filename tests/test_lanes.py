"""Lane layout: which lane each event lands in, and culling that finds exactly the overlapping ones."""

import random

import msgspec
import numpy as np
import pytest
from conftest import minimal_file

from viewer.model.civil import instant
from viewer.model.lanes import LANE_MODES, NONE_KEY, build_lanes
from viewer.model.loader import load_bytes
from viewer.model.records import STATUSES


def document_of(data: dict):
    result = load_bytes(msgspec.json.encode(data), "memory.json")
    assert result.document is not None, [f.message for f in result.findings]
    return result.document


def three_segments(events):
    return minimal_file(
        segments=[{"id": "sky", "label": "Sky", "color": "#56B4E9"},
                  {"id": "sea", "label": "Sea", "color": "#0072B2"},
                  {"id": "land", "label": "Land"}],
        events=events)


def test_event_in_several_segments_appears_in_each_lane_and_loose_events_go_last():
    doc = document_of(three_segments([
        {"id": "a", "title": "A", "when": "2025-01-01", "segments": ["sky", "sea"]},
        {"id": "b", "title": "B", "when": "2025-01-02", "segments": ["land"]},
        {"id": "c", "title": "C", "when": "2025-01-03"},
    ]))
    layout = build_lanes(doc, "segment")
    assert layout.labels() == ["Sky", "Sea", "Land", "No segment"]
    assert [lane.count for lane in layout.lanes] == [1, 1, 1, 1]
    assert layout.lanes[0].colour == "#56B4E9" and layout.lanes[2].colour is None
    a = doc.event_index["a"]
    assert sorted(layout.lane[layout.rows == a].tolist()) == [0, 1]
    assert len(layout) == 4  # a twice, b, c


def test_no_none_lane_when_every_event_has_a_lane():
    doc = document_of(three_segments([
        {"id": "a", "title": "A", "when": "2025-01-01", "segments": ["sky"]},
        {"id": "b", "title": "B", "when": "2025-01-02", "segments": ["land"]},
    ]))
    layout = build_lanes(doc, "segment")
    assert layout.labels() == ["Sky", "Land"]  # empty lanes are left out, and there is no "No segment"


@pytest.mark.parametrize("mode, label", [("actor", "No actor"), ("place", "No place"), ("source", "No source")])
def test_lane_of_events_without_a_membership_is_named_for_the_mode_and_comes_last(mode, label):
    doc = document_of(minimal_file())  # e1 has an actor, a place and a source; e2 has none of them
    layout = build_lanes(doc, mode)
    assert layout.labels()[-1] == label
    assert layout.lanes[-1].key == NONE_KEY
    assert layout.rows[layout.lane == layout.lane_count - 1].tolist() == [doc.event_index["e2"]]


def test_status_lanes_follow_the_status_order_and_single_mode_has_one_lane():
    events = [{"id": f"e{i}", "title": s, "when": "2025-02-01", "status": s}
              for i, s in enumerate(reversed(STATUSES))]
    doc = document_of(three_segments(events))
    assert build_lanes(doc, "status").labels() == [s.capitalize() for s in STATUSES]
    single = build_lanes(doc, "single")
    assert single.lane_count == 1 and single.lanes[0].count == len(events)


def test_every_mode_places_every_event_at_least_once():
    data = minimal_file()
    doc = document_of(data)
    for mode in LANE_MODES:
        layout = build_lanes(doc, mode)
        assert set(layout.rows.tolist()) == set(range(len(doc.events))), mode
    with pytest.raises(ValueError):
        build_lanes(doc, "colour")


def test_filtered_out_events_are_not_laid_out_and_counts_follow():
    doc = document_of(three_segments([
        {"id": "a", "title": "A", "when": "2025-01-01", "segments": ["sky", "sea"]},
        {"id": "b", "title": "B", "when": "2025-01-02", "segments": ["sky"]},
        {"id": "c", "title": "C", "when": "2025-01-03", "segments": ["land"]},
    ]))
    visible = np.array([True, True, False])
    layout = build_lanes(doc, "segment", visible)
    assert layout.labels() == ["Sky", "Sea"]
    assert [lane.count for lane in layout.lanes] == [2, 1]
    assert doc.event_index["c"] not in layout.rows


def random_document(count: int, seed: int) -> dict:
    rng = random.Random(seed)
    events = []
    for i in range(count):
        year, month, day = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
        start = f"{year}-{month:02d}-{day:02d}"
        kind = rng.random()
        if kind < 0.4:
            when = start
        elif kind < 0.7:
            when = f"{start}/{year + rng.choice([0, 0, 1, 5, 20])}-12-31"
        elif kind < 0.8:
            when = f"{start}/.."
        elif kind < 0.85:
            when = f"../{start}"
        elif kind < 0.9:
            when = f"{year}~"
        else:
            when = f"{start}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}Z"
        segments = rng.sample(["sky", "sea", "land"], rng.randint(0, 2))
        events.append({"id": f"e{i}", "title": f"Event {i}", "when": when, "segments": segments})
    return three_segments(events)


def test_culling_finds_exactly_the_entries_overlapping_a_window():
    doc = document_of(random_document(3000, seed=7))
    layout = build_lanes(doc, "segment")
    rng = np.random.default_rng(3)
    year = 365.25 * 86400
    for _ in range(200):
        centre = rng.uniform(20 * year, 60 * year)
        half = rng.choice([3600.0, 86400.0, 30 * 86400.0, year, 10 * year])
        lo, hi = centre - half, centre + half
        for i in range(layout.lane_count):
            lane = layout.entries_of_lane(i)
            everything = np.arange(lane.start, lane.stop)
            expected = everything[(layout.lo[lane] <= hi) & (layout.hi[lane] >= lo)]
            found = np.sort(layout.visible_entries(i, lo, hi))
            assert np.array_equal(found, expected)


def test_overlap_counts_and_density_agree_with_brute_force():
    doc = document_of(random_document(2000, seed=11))
    layout = build_lanes(doc, "single")
    year = 365.25 * 86400
    edges = np.linspace(25 * year, 55 * year, 401)
    counts = layout.density(0, edges)
    assert len(counts) == 400
    known_lo = np.where(np.isfinite(layout.lo), layout.lo, layout.hi)
    known_hi = np.where(np.isfinite(layout.hi), layout.hi, layout.lo)
    for k in (0, 57, 200, 399):
        lo, hi = edges[k], edges[k + 1]
        assert layout.count_overlapping(0, lo, hi) == int(((layout.lo <= hi) & (layout.hi >= lo)).sum())
        assert counts[k] == int(((known_lo <= hi) & (known_hi >= lo)).sum())
    assert counts.max() > 50


def test_open_ended_events_count_in_density_only_where_they_are_known():
    doc = document_of(three_segments([
        {"id": "open", "title": "Open", "when": "2020-02-01/..", "segments": ["sky"]},
        {"id": "since", "title": "Until", "when": "../2020-06-01", "segments": ["sky"]},
        {"id": "day", "title": "Day", "when": "2024-03-03", "segments": ["sky"]},
    ]))
    layout = build_lanes(doc, "segment")
    edges = np.array([instant(year) for year in range(2010, 2031)])  # one bin a year
    counts = layout.density(0, edges)
    assert counts.sum() == 3  # each event once, not in every year it may reach
    assert counts[10] == 2  # 2020: the known start of one, the known end of the other
    assert counts[14] == 1  # 2024: the day
    assert layout.count_overlapping(0, edges[-2], edges[-1]) == 1  # the open event does reach 2029


def test_time_order_visits_distinct_events_by_start():
    doc = document_of(random_document(500, seed=5))
    layout = build_lanes(doc, "segment")
    order = layout.time_order
    assert len(order) == len(set(order.tolist())) == len(doc.events)
    starts = np.where(np.isfinite(doc.columns.start_lo), doc.columns.start_lo, doc.columns.end_lo)[order]
    assert np.all(np.diff(starts) >= 0)
    assert np.array_equal(layout.time_rank[order], np.arange(len(order)))


def test_entries_of_rows_finds_an_event_in_all_its_lanes():
    doc = document_of(three_segments([
        {"id": "a", "title": "A", "when": "2025-01-01", "segments": ["sky", "sea", "land"]},
        {"id": "b", "title": "B", "when": "2025-01-02"},
    ]))
    layout = build_lanes(doc, "segment")
    entries = layout.entries_of_rows([doc.event_index["a"]])
    assert sorted(layout.lane[entries].tolist()) == [0, 1, 2]


def _same_layout(a, b) -> None:
    assert a.mode == b.mode and a.lanes == b.lanes
    for name in ("rows", "lane", "lo", "hi", "start", "lane_ptr", "infinite_from", "max_duration", "lo_sorted",
                 "hi_sorted", "dense_lo_sorted", "dense_hi_sorted", "time_order", "time_rank", "time_start"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert [[(k.begin, k.end, k.max_duration) for k in lane] for lane in a._buckets] == \
        [[(k.begin, k.end, k.max_duration) for k in lane] for lane in b._buckets]


def test_a_filtered_layout_made_from_the_whole_one_is_the_layout_of_the_events_shown():
    """Filtering narrows the layout of every event instead of sorting again; what it gives must be
    exactly what laying out the shown events gives, in every mode and whatever is filtered out."""
    from viewer.model.lanes import narrowed
    from viewer.model.synthetic import synthetic_document

    for shape in ("mixed", "datetimes"):
        doc = document_of(synthetic_document(3000, shape=shape))
        rng = np.random.default_rng(7)
        masks = [rng.random(len(doc.columns)) < share for share in (0.0, 0.01, 0.3, 0.9)]
        masks.append(doc.columns.status == STATUSES.index("planned"))  # some status lanes emptied
        for mode in LANE_MODES:
            whole = build_lanes(doc, mode)
            for mask in masks:
                _same_layout(narrowed(whole, doc, mask), build_lanes(doc, mode, mask))
