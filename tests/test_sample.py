"""The built-in sample: its quotes are the article's own words, its references resolve,
and the key events carry the dates, statuses and caveats the article supports."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from viewer.model.geo import validate_geometry
from viewer.model.loader import load_file
from viewer.model.records import EventFile
from viewer.resources_path import sample_path

# The article the sample is built from lives beside the repository, not in it.
ARTICLE = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_55097dade8f02b95.txt"


@pytest.fixture(scope="module")
def sample() -> EventFile:
    return msgspec.json.decode(sample_path().read_bytes(), type=EventFile)


@pytest.fixture(scope="module")
def article() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"source article not found at {ARTICLE}; the quotes cannot be compared with it")
    return ARTICLE.read_text(encoding="utf-8")


def event(sample: EventFile, event_id: str):
    matches = [e for e in sample.events if e.id == event_id]
    assert len(matches) == 1, f"expected one event {event_id!r}, found {len(matches)}"
    return matches[0]


def test_every_quote_is_verbatim_from_the_article(sample, article):
    for e in sample.events:
        for c in e.citations:
            assert c.quote.strip(), f"{e.id}: empty quote"
            assert c.quote in article, f"{e.id}: quote not found verbatim in the article: {c.quote[:80]!r}"


def test_every_event_is_cited_with_translation_place_and_grade(sample):
    for e in sample.events:
        assert e.citations, f"{e.id} has no citation"
        for c in e.citations:
            assert c.language == "de" and c.translation, e.id
            assert c.published and c.location and c.source, e.id
            assert c.credibility is not None, e.id


def test_some_events_show_the_telegraph_relayed_by_chas_pravdy(sample):
    both = [e.id for e in sample.events
            if {"the-telegraph", "chas-pravdy"} <= {c.source for c in e.citations}]
    assert len(both) >= 3, both


def test_the_four_segments_have_ids_labels_colours_and_sound_geometry(sample):
    got = [(s.id, s.label) for s in sample.segments]
    assert got == [("sky", "Sky"), ("sea", "Sea"), ("land", "Land"), ("reconstruction", "Reconstruction")]
    kinds = {"sky": "Polygon", "sea": "Polygon", "land": "LineString", "reconstruction": "Polygon"}
    for s in sample.segments:
        assert s.color and s.description and s.actors, s.id
        assert s.geometry is not None and s.geometry["type"] == kinds[s.id], s.id
        assert validate_geometry(s.geometry) == [], s.id


def test_the_meetings_keep_the_dates_the_article_gives(sample):
    london = event(sample, "london-military-meeting")
    assert (london.when, london.place) == ("2025-03-15", "london-outskirts")
    kyiv = event(sample, "chiefs-of-staff-kyiv")
    assert (kyiv.when, kyiv.place) == ("2025-04-04", "kyiv")


def test_the_sunak_attribution_is_kept_but_flagged_and_graded_low(sample):
    cited = [(e, c) for e in sample.events for c in e.citations if c.speaker == "Rishi Sunak"]
    assert cited
    for e, c in cited:
        assert c.credibility >= 4, e.id
        assert "as stated in the article" in (c.speaker_role or ""), e.id
        assert "Starmer" in e.notes, e.id


def test_what_depends_on_a_peace_deal_is_not_shown_as_fact(sample):
    assert event(sample, "western-contingent").status == "hypothetical"
    assert event(sample, "interflex-extension").status == "planned"
    for e in sample.events:
        if e.when.startswith("2025-04-26/"):  # begins only after the report
            assert e.status in ("planned", "hypothetical"), e.id


def test_every_reference_resolves(sample):
    ids = {}
    for name in ("segments", "actors", "places", "sources", "eras", "events"):
        listed = [r.id for r in getattr(sample, name)]
        assert len(listed) == len(set(listed)), f"duplicate id in {name}"
        ids[name] = set(listed)
    for a in sample.actors:
        assert a.parent is None or a.parent in ids["actors"], a.id
    for s in sample.segments:
        assert set(s.actors) <= ids["actors"], s.id
    for e in sample.events:
        assert set(e.actors) <= ids["actors"], e.id
        assert set(e.segments) <= ids["segments"], e.id
        assert e.place is None or e.place in ids["places"], e.id
        assert {c.source for c in e.citations} <= ids["sources"], e.id


def test_the_loader_reads_the_sample_without_findings(sample):
    result = load_file(sample_path())
    assert [f.format() for f in result.findings] == []
    assert len(result.document.events) == len(sample.events)
