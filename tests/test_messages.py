"""Every mistake in an event file is answered with what to write, at the field and line it is on."""

import json

import pytest

from viewer.model.loader import load_bytes
from viewer.model.messages import FIELD_HELP
from viewer.model.records import RECORD_LISTS, Citation

HEAD = 'format: lagebild-events\nversion: "1.1"\ndocument: {title: Test}\n'
PEOPLE = ("segments: [{id: sky, label: Sky}]\n"
          "places: [{id: northwood, name: Northwood}]\n"
          "sources: [{id: upday, name: upday, reliability: B}]\n")

# (case, YAML after the head, severity, field, words the message contains, line of the snippet (1-based))
CASES = [
    ("grade letter and digit on the source",
     "sources: [{id: upday, name: upday, reliability: b2}]\n",
     "error", "sources[0].reliability",
     'reliability is one capital letter A-F, e.g. "B"; the digit of a grade like B2 goes on each citation as '
     '"credibility": 2', 1),
    ("credibility written as text", PEOPLE + "events:\n"
     "  - {id: e1, title: T, when: 2025-04-04, citations: [{source: upday, quote: q, credibility: '1'}]}\n",
     "error", "events[0].citations[0].credibility", "credibility is a whole number 1-6 written without quotes, "
     "e.g. 1", 5),
    ("credibility out of range", PEOPLE + "events:\n"
     "  - {id: e1, title: T, when: 2025-04-04, citations: [{source: upday, quote: q, credibility: 9}]}\n",
     "error", "events[0].citations[0].credibility",
     "credibility is a whole number 1-6 (the Admiralty grade of the quote), e.g. 2; 9 is out of range", 5),
    ("credibility written as a letter", PEOPLE + "events:\n"
     "  - {id: e1, title: T, when: 2025-04-04, citations: [{source: upday, quote: q, credibility: B}]}\n",
     "error", "events[0].citations[0].credibility",
     'the letter of a grade like B2 goes on the source as "reliability": "B"', 5),
    ("latitude beyond the pole", "places: [{id: p, name: P, lat: 91, lon: 0}]\n",
     "error", "places[0].lat", "lat is degrees north, a number from -90 to 90, e.g. 50.45; 91 is out of range", 1),
    ("longitude beyond the date line", "places: [{id: p, name: P, lat: 0, lon: 200}]\n",
     "error", "places[0].lon", "lon is degrees east, a number from -180 to 180, e.g. 30.52; 200 is out of range", 1),
    ("colour with letters beyond F", "segments: [{id: sky, label: Sky, color: '#GGGGGG'}]\n",
     "error", "segments[0].color", 'color is # and six hexadecimal digits (0-9, A-F), e.g. "#56B4E9"; not "#GGGGGG"',
     1),
    ("colour without #", "segments: [{id: sky, label: Sky, color: '56B4E9'}]\n",
     "error", "segments[0].color", 'e.g. "#56B4E9"', 1),
    ("status not one of the words", "events:\n  - {id: e1, title: T, when: 2025-04-04, status: rumoured}\n",
     "error", "events[0].status",
     'status is one of occurred, reported, planned, hypothetical, disputed, e.g. "planned"; not "rumoured"', 2),
    ("condition written as a status", "events:\n  - {id: e1, title: T, when: 2025-04-04, status: conditional}\n",
     "error", "events[0].status", 'write the condition itself in "condition"', 2),
    ("actor kind", "actors: [{id: uk, name: UK, kind: country}]\n",
     "error", "actors[0].kind", 'kind is one of state, organisation, person, group, other, e.g. "state"; '
     'not "country"', 1),
    ("source kind", "sources: [{id: s, name: S, kind: blog}]\n",
     "error", "sources[0].kind", 'kind is one of newspaper, agency, broadcaster', 1),
    ("empty title", "events:\n  - {id: e1, title: '', when: 2025-04-04}\n",
     "error", "events[0].title", 'title is a short heading, not empty, e.g. "Chiefs of staff visit Kyiv"; '
     'it is empty', 2),
    ("missing date", "events:\n  - {id: e1, title: T}\n",
     "error", "events[0]", 'missing "when": every event needs one (an EDTF date or interval as text), '
     'e.g. "when": "2025-04-04"', 2),
    ("missing name of a source", "sources: [{id: s}]\n",
     "error", "sources[0]", 'missing "name": every source needs one', 1),
    ("actors as one text", "actors: [{id: uk, name: UK}]\nevents:\n  - {id: e1, title: T, when: 2025, actors: uk}\n",
     "error", "events[0].actors", 'actors is a list of actor ids, e.g. ["uk"]; found text: "uk"', 3),
    ("a number among the tags", "events:\n  - {id: e1, title: T, when: 2025, tags: [visit, 3]}\n",
     "error", "events[0].tags[1]", 'each entry of tags is a name as text, e.g. "visit"; found 3 is a number', 2),
    ("id too long", f"events:\n  - {{id: {'x' * 201}, title: T, when: 2025}}\n",
     "error", "events[0].id", "id is an identifier of 1 to 200 characters, unique in its list, e.g. "
     '"kyiv-visit"; it is 201 characters long, more than 200', 2),
    ("misspelt citations", PEOPLE + "events:\n  - id: e1\n    title: T\n    when: 2025-04-04\n"
     "    citaitons: [{source: upday, quote: q}]\n",
     "warning", "events[0].citaitons", "unknown field 'citaitons' (did you mean 'citations'?); it is ignored", 8),
    ("misspelt speaker", PEOPLE + "events:\n  - id: e1\n    title: T\n    when: 2025-04-04\n    citations:\n"
     "      - {source: upday, quote: q, speeker: Macron}\n",
     "warning", "events[0].citations[0].speeker", "unknown field 'speeker' (did you mean 'speaker'?); it is ignored",
     9),
    ("misspelt top-level list", "evnets: []\n", "warning", "evnets",
     "unknown field 'evnets' (did you mean 'events'?); it is ignored", 1),
    ("unknown key with nothing close", "events:\n  - {id: e1, title: T, when: 2025, mood: grim}\n",
     "warning", "events[0].mood", "unknown field 'mood'; it is ignored", 2),
    ("unknown place in other case", PEOPLE + "events:\n  - {id: e1, title: T, when: 2025, place: Northwood}\n",
     "warning", "events[0].place", "unknown place 'Northwood' (did you mean 'northwood'?)", 5),
    ("unknown segment", PEOPLE + "events:\n  - {id: e1, title: T, when: 2025, segments: [skye]}\n",
     "warning", "events[0].segments[0]", "unknown segment 'skye' (did you mean 'sky'?)", 5),
    ("unknown source", PEOPLE + "events:\n  - {id: e1, title: T, when: 2025, citations: [{source: updya, quote: q}]}\n",
     "warning", "events[0].citations[0].source", "unknown source 'updya' (did you mean 'upday'?)", 5),
    ("unknown actor parent", "actors: [{id: eu-allies, name: EU}, {id: uk, name: UK, parent: eu-allis}]\n",
     "warning", "actors[1].parent", "unknown actor 'eu-allis' (did you mean 'eu-allies'?)", 1),
    ("day and month that could be either", "events:\n  - {id: e1, title: T, when: 10/07/2025}\n",
     "error", "events[0].when", "'10/07/2025' is not a date: dates are written year-month-day: write 2025-07-10 "
     "if you mean 10 July 2025, or 2025-10-07 if you mean 7 October 2025; the event is left out", 2),
    ("day first, unambiguous", "events:\n  - {id: e1, title: T, when: 25/07/2025}\n",
     "error", "events[0].when", "write 2025-07-25 (25 July 2025)", 2),
    ("month first, unambiguous", "events:\n  - {id: e1, title: T, when: 07/25/2025}\n",
     "error", "events[0].when", "write 2025-07-25 (25 July 2025)", 2),
    ("German dotted date", "events:\n  - {id: e1, title: T, when: 10.07.2025}\n",
     "error", "events[0].when", "write 2025-07-10 (10 July 2025)", 2),
    ("digits run together", "events:\n  - {id: e1, title: T, when: '19850412'}\n",
     "error", "events[0].when", "the parts of a date are joined with hyphens: write 1985-04-12", 2),
    ("end of a month in words", "events:\n  - {id: e1, title: T, when: end of February 2025}\n",
     "error", "events[0].when", "write [2025-02-21..2025-02-28] (one day in the last days of February 2025), "
     "or 2025-02~ (about February 2025)", 2),
    ("a month in words", "events:\n  - {id: e1, title: T, when: March 2025}\n",
     "error", "events[0].when", "a month is written year-month: write 2025-03 (March 2025)", 2),
    ("a German month", "events:\n  - {id: e1, title: T, when: Mitte März 2025}\n",
     "error", "events[0].when", "write [2025-03-11..2025-03-20] (one day in the middle ten days of March 2025)", 2),
    ("a day in words", "events:\n  - {id: e1, title: T, when: 4 April 2025}\n",
     "error", "events[0].when", "write 2025-04-04", 2),
    ("a time after a space", "events:\n  - {id: e1, title: T, when: '2025-04-04 14:05'}\n",
     "error", "events[0].when", "a time of day follows the date after a capital T: write 2025-04-04T14:05", 2),
    ("unquoted set date in YAML", "events:\n  - id: e1\n    title: T\n    when: [2025-07-10..]\n",
     "error", "events[0].when", 'when is text: put the date in quotes, as in when: "[2025-07-10..]"', 4),
    ("unquoted all-of set in YAML", "events:\n  - id: e1\n    title: T\n    when: {2023, 2025-12}\n",
     "error", "events[0].when", 'put the date in quotes, as in when: "{2023, 2025-12}"', 4),
    ("a published date in words", PEOPLE + "events:\n  - {id: e1, title: T, when: 2025, citations: "
     "[{source: upday, quote: q, published: 10/07/2025}]}\n",
     "warning", "events[0].citations[0].published", "write 2025-07-10 if you mean 10 July 2025", 5),
    ("era in words", "eras: [{id: t, label: Talks, when: March 2025}]\n",
     "error", "eras[0].when", "write 2025-03 (March 2025); the era is left out", 1),
]


def _load(snippet: str):
    return load_bytes((HEAD + snippet).encode(), "case.yaml")


@pytest.mark.parametrize("snippet, severity, field, words, line", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_message_says_what_to_write(snippet, severity, field, words, line):
    result = _load(snippet)
    hits = [f for f in result.findings if f.field_path == field]
    assert hits, [f.format() for f in result.findings]
    finding = hits[0]
    assert finding.severity == severity
    assert words in finding.message
    assert finding.line == line + HEAD.count("\n")


def test_no_message_uses_the_schema_wording():
    for case in CASES:
        for finding in _load(case[1]).findings:
            assert "valid under any" not in finding.message and "is not of type" not in finding.message


def test_unknown_key_points_at_the_key_in_json():
    text = ('{"format": "lagebild-events", "version": "1.0", "document": {"title": "T"},\n'
            ' "sources": [{"id": "s", "name": "S"}],\n'
            ' "events": [{"id": "e1", "title": "T", "when": "2025",\n'
            '   "citations": [{"source": "s", "quote": "kept", "speeker": "X"}, {"source": "s", "quote": "too"}]}]}')
    result = load_bytes(text.encode(), "case.json")
    (finding,) = result.findings
    column = text.splitlines()[3].index('"speeker"') + 1
    assert (finding.severity, finding.line, finding.column) == ("warning", 4, column)
    (event,) = result.document.events
    assert [c.quote for c in event.citations] == ["kept", "too"]


def test_follow_ons_are_grouped_under_their_cause():
    result = _load("sources: [{id: upday, name: upday, reliability: b2}]\n"
                   "segments: [{id: sky, label: Sky, color: blue}]\n"
                   "events:\n"
                   "  - {id: e1, title: T, when: 2025, segments: [sky], citations: [{source: upday, quote: q}]}\n"
                   "  - {id: e2, title: U, when: 2025, citations: [{source: upday, quote: r}]}\n")
    assert [f.field_path for f in result.findings] == ["sources[0].reliability", "segments[0].color"]
    source_error, segment_error = result.findings
    assert [(f.field_path, f.line) for f in source_error.follow_ons] == [
        ("events[0].citations[0].source", 7), ("events[1].citations[0].source", 8)]
    assert source_error.follow_ons[0].message == "refers to source 'upday', left out by this error"
    assert [f.field_path for f in segment_error.follow_ons] == ["events[0].segments[0]"]
    assert len(result.document.events) == 2


def test_unquoted_scalar_dates_are_read_as_written():
    result = _load("events:\n  - {id: e1, title: T, when: 2025}\n  - {id: e2, title: U, when: 2025-04-04}\n")
    assert result.findings == []
    assert [e.when for e in result.document.events] == ["2025", "2025-04-04"]


def _field_names(record_type) -> list[str]:
    return list(record_type.__struct_fields__)


@pytest.mark.parametrize("list_key", [k for k in RECORD_LISTS])
def test_every_field_has_help_for_a_wrong_type(list_key):
    """A value of the wrong kind in any field of any record is answered with what the field holds."""
    record_type = RECORD_LISTS[list_key]
    base = {"id": "x", "name": "N", "label": "L", "title": "T", "when": "2025"}
    required = {f for f in _field_names(record_type) if f in base}
    for field in _field_names(record_type):
        record = {k: base[k] for k in required}
        record[field] = {"wrong": True} if field != "geometry" else "a text"
        data = {"format": "lagebild-events", "version": "1.0", "document": {"title": "T"}, list_key: [record]}
        result = load_bytes(json.dumps(data).encode(), "case.json")
        (finding,) = [f for f in result.findings if f.field_path == f"{list_key}[0].{field}"]
        holds, example = FIELD_HELP.get(field) or (None, None)
        assert finding.message.startswith(f"{field} is "), finding.message
        assert "e.g." in finding.message, finding.message


def test_every_citation_field_has_help():
    for field in _field_names(Citation):
        data = {"format": "lagebild-events", "version": "1.0", "document": {"title": "T"},
                "events": [{"id": "e", "title": "T", "when": "2025", "citations": [{field: {"wrong": 1}}]}]}
        result = load_bytes(json.dumps(data).encode(), "case.json")
        (finding,) = [f for f in result.errors if f.field_path == f"events[0].citations[0].{field}"]
        assert finding.message.startswith(f"{field} is ") and "e.g." in finding.message, finding.message


def test_a_bad_citation_detail_keeps_the_event_and_its_citations():
    result = _load(PEOPLE + "events:\n  - id: e1\n    title: T\n    when: 2025-04-04\n    citations:\n"
                   "      - {source: upday, quote: first, credibility: '1'}\n"
                   "      - {source: upday, quote: second, credibility: 2}\n"
                   "      - {source: updya, quote: third}\n")
    (error,) = result.errors
    assert error.field_path == "events[0].citations[0].credibility"
    assert error.message.endswith("; the citation is kept without it")
    (event,) = result.document.events
    assert [(c.quote, c.credibility) for c in event.citations] == [("first", None), ("second", 2), ("third", None)]
    (warning,) = result.warnings  # still found at the third citation, where the file has it
    assert warning.field_path == "events[0].citations[2].source" and warning.line == 11 + HEAD.count("\n")


def test_a_top_level_list_of_the_wrong_kind_says_what_it_holds():
    result = _load("events: {id: e1, title: T, when: 2025}\n")
    (finding,) = result.findings
    assert finding.field_path == "events" and finding.line == 4
    assert finding.message.startswith('events is a list of events, e.g. [{"id": "e1"')
    assert "found an object" in finding.message
