"""Grades, corroboration, link checks and the plain-text forms of citations."""

import math

import pytest
from conftest import minimal_file

from viewer.model.citations import (
    citation_as_text,
    corroboration,
    event_as_text,
    grade_code,
    grade_text,
    parse_grade,
    safe_link,
)
from viewer.model.loader import load_file
from viewer.model.quotes import all_quotes, source_stats
from viewer.resources_path import sample_path


def citing_file():
    data = minimal_file()
    data["sources"] += [{"id": "ap", "name": "Associated Press", "kind": "agency", "reliability": "A"},
                        {"id": "anon", "name": "Anonymous poster", "kind": "social-media"}]
    data["events"] = [
        {"id": "three", "title": "Three quotes", "when": "2025-03-15", "citations": [
            {"source": "tg", "quote": "Es wurde verhandelt.", "translation": "Talks were held.",
             "speaker": "Jane Doe", "speaker_role": "minister", "published": "2025-03-16",
             "url": "https://example.org/story", "location": "paragraph 2", "accessed": "2025-04-01",
             "credibility": 2, "language": "de"},
            {"source": "tg", "quote": "Zweites Zitat.", "published": "2025-03-17", "credibility": 3},
            {"source": "ap", "quote": "Third quote.", "published": "2025-03-10", "credibility": 1},
        ]},
        {"id": "one", "title": "One quote", "when": "2025-04-04", "citations": [
            {"source": "anon", "quote": "Undated claim.", "published": "2025-13-45"}]},
        {"id": "none", "title": "No quotes", "when": "2025-04-05"},
    ]
    return data


@pytest.fixture
def doc(write_file):
    return load_file(write_file(citing_file())).document


def test_grade_codes_put_source_letter_before_information_digit(doc):
    three = doc.event("three")
    assert grade_code(doc.source("tg"), three.citations[0]) == "B2"
    assert grade_code(doc.source("anon"), doc.event("one").citations[0]) == "not graded"
    assert grade_code(None, three.citations[0]) == "not graded, 2"  # never "-2"
    assert grade_code(doc.source("tg"), doc.event("one").citations[0]) == "B, not graded"


@pytest.mark.parametrize("text, expected", [
    ("B2", ("B", 2)), ("b-2", ("B", 2)), ("B 2", ("B", 2)), ("B-", ("B", None)), ("-2", (None, 2)),
    ("F6", ("F", 6)), ("G2", (None, None)), ("B7", (None, None)), ("", (None, None)), (None, (None, None)),
])
def test_parse_grade(text, expected):
    assert parse_grade(text) == expected


def test_grade_text_spells_out_both_halves():
    assert grade_text("B", 2) == "B2 - usually reliable source, probably true"
    assert grade_text("F", 6) == "F6 - source reliability cannot be judged, truth cannot be judged"
    assert grade_text(None, 3) == "3 - source not graded, possibly true"
    assert grade_text("A", None) == "A - completely reliable source, credibility not graded"
    assert grade_text(None, None) == "not graded"


def test_corroboration_counts_distinct_sources_with_right_plurals(doc):
    assert corroboration(doc, doc.event("three")) == "3 citations, 2 independent sources"
    assert corroboration(doc, doc.event("one")) == "1 citation, 1 source"
    assert corroboration(doc, doc.event("none")) == "no citations"


@pytest.mark.parametrize("url", [
    "https://example.org/story", "http://example.org", "HTTPS://Example.org/a?b=c#d",
    "https://user@example.org:8443/x", "https://de.wikipedia.org/wiki/Koalition_der_Willigen",
])
def test_safe_link_accepts_web_addresses(url):
    assert safe_link(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "\x00javascript:alert(1)", "javascript\x00:alert(1)",
    "file:///etc/passwd", "file://host/share", "data:text/html,<script>alert(1)</script>",
    "mailto:someone@example.org", "ftp://example.org", "vbscript:msgbox", "about:blank",
    "//example.org/path", "example.org", "http://", "https:///etc/passwd", "http:\\\\evil.example",
    "https://exa mple.org", "https://example.org/\u202egnp.exe", "https://exa\u200bmple.org",
    "https://example.org:port/", "", None, 42,
])
def test_safe_link_refuses_everything_else(url):
    assert safe_link(url) is None


def test_citation_as_text_holds_every_detail(doc):
    event = doc.event("three")
    text = citation_as_text(doc, event, event.citations[0])
    for part in ("Es wurde verhandelt.", "Talks were held.", "Jane Doe, minister", "The Telegraph",
                 "16 Mar 2025", "https://example.org/story", "paragraph 2", "1 Apr 2025",
                 "B2 - usually reliable source, probably true", "[de]", "Citation 1 of 3"):
        assert part in text


def test_event_as_text_holds_event_and_all_citations(doc):
    text = event_as_text(doc, doc.event("three"))
    assert text.startswith("Three quotes\n")
    assert "EDTF: 2025-03-15" in text and "2025-03-15T00:00:00Z" in text
    assert "3 citations, 2 independent sources" in text
    for quote in ("Es wurde verhandelt.", "Zweites Zitat.", "Third quote."):
        assert quote in text
    assert text.index("Citation 1 of 3") < text.index("Citation 2 of 3") < text.index("Citation 3 of 3")


def test_all_quotes_rows_and_sort_keys(doc):
    quotes = all_quotes(doc)
    assert [(q.row, q.index) for q in quotes] == [(0, 0), (0, 1), (0, 2), (1, 0)]
    assert [q.grade for q in quotes] == ["B2", "B3", "A1", "not graded"]
    assert sorted(quotes, key=lambda q: q.grade_key)[0].quote == "Third quote."
    assert sorted(quotes, key=lambda q: q.grade_key)[-1].quote == "Undated claim."
    by_date = sorted(quotes, key=lambda q: q.published_key)
    assert [q.quote for q in by_date] == ["Third quote.", "Es wurde verhandelt.", "Zweites Zitat.", "Undated claim."]
    assert math.isinf(quotes[3].published_key)  # 2025-13-45 is no date
    assert quotes[0].speaker == "Jane Doe, minister" and quotes[0].publisher == "The Telegraph"


def test_source_stats_count_quotes_and_events(doc):
    stats = {source.id: (quotes, events) for source, quotes, events in source_stats(doc)}
    assert stats == {"tg": (2, 1), "ap": (1, 1), "anon": (1, 1)}


def test_sample_quote_table_covers_every_citation():
    document = load_file(sample_path()).document
    quotes = all_quotes(document)
    assert len(quotes) == sum(len(e.citations) for e in document.events) > 0
    assert all(math.isfinite(q.published_key) for q in quotes if document.events[q.row].citations[q.index].published)
