"""Loading never crashes, reports problems with file, line, column and field, keeps valid events."""

import hashlib
import json
import time

import pytest
from conftest import minimal_file

from viewer.model.loader import load_bytes, load_file


def messages(result):
    return [f.format() for f in result.findings]


def test_valid_file_loads_without_findings(write_file):
    result = load_file(write_file(minimal_file()))
    assert result.findings == []
    doc = result.document
    assert [e.id for e in doc.events] == ["e1", "e2"]
    assert doc.columns.segments.of(0).tolist() == [0]
    assert doc.columns.best_credibility.tolist() == [2, 0]
    assert doc.columns.best_reliability.tolist() == [1, -1]  # B for e1, ungraded for e2


def test_bad_date_names_file_line_field_and_reason_and_keeps_the_rest(write_file):
    data = minimal_file()
    data["events"].append({"id": "e3", "title": "Bad", "when": "2025-13-01"})
    path = write_file(data)
    result = load_file(path)
    assert [e.id for e in result.document.events] == ["e1", "e2"]
    (finding,) = result.errors
    text = finding.format()
    lines = path.read_text().splitlines()
    assert text.startswith(f"{path}:{finding.line}:{finding.column}: error: events[2].when: ")
    assert "month 13" in text
    assert '"2025-13-01"' in lines[finding.line - 1]


def test_schema_problems_are_reported_per_field_and_record_dropped(write_file):
    data = minimal_file()
    data["events"].append({"id": "e4", "title": "", "when": "2025", "status": "rumoured", "colour": 1})
    result = load_file(write_file(data))
    fields = sorted(f.field_path for f in result.errors)
    assert fields == ["events[2].status", "events[2].title"]
    assert [f.field_path for f in result.warnings] == ["events[2].colour"]
    texts = " ".join(messages(result))
    assert "unknown field 'colour' (did you mean 'color'?)" not in texts  # events have no colour
    assert "unknown field 'colour'; it is ignored" in texts
    assert ('status is one of occurred, reported, planned, hypothetical, disputed, e.g. "planned"; '
            'not "rumoured"') in texts
    assert len(result.document.events) == 2


def test_reference_and_citation_problems_are_warnings(write_file):
    data = minimal_file()
    data["events"][1].update(segments=["mars"], actors=["nobody"], place="atlantis",
                             citations=[{"quote": "  "}, {"source": "ghost", "quote": "x"}])
    result = load_file(write_file(data))
    assert not result.errors
    got = sorted(f.message for f in result.warnings)
    assert got == ["citation has no source", "quote is empty", "unknown actor 'nobody'",
                   "unknown place 'atlantis'", "unknown segment 'mars'", "unknown source 'ghost'"]
    assert all(f.line > 0 for f in result.warnings)


def test_duplicate_id_is_an_error_and_first_wins(write_file):
    data = minimal_file()
    data["events"].append({"id": "e1", "title": "Again", "when": "2025"})
    result = load_file(write_file(data))
    assert [e.title for e in result.document.events] == ["Meeting", "Visit"]
    assert "duplicate id 'e1'" in result.errors[0].message


def test_bad_geometry_is_a_finding_not_a_crash(write_file):
    data = minimal_file()
    data["segments"][0]["geometry"] = {"type": "Polygon", "coordinates": [[[30, 50], [31, 999], [32, 50], [30, 51]]]}
    result = load_file(write_file(data))
    assert result.document.segments[0].geometry is None
    assert any("segments[0].geometry" in m for m in messages(result))


@pytest.mark.parametrize("content, expected", [
    (b"", "the file is empty"),
    (b"   \n\t ", "only white space"),
    (b"\x00" * 1000, "not a text file"),
    (b"<!DOCTYPE html><html><body>hi</body></html>", "HTML page"),
    (b"\xff\xfe{\x00}\x00", "UTF-16"),
    (b"%PDF-1.7\n", "PDF"),
    (b'{"format": "lagebild-events", "version": "1.0", "document": {"title": "x"}, "events": [', "truncated"),
    (b'{"a": 1,, "b": 2}', "not valid JSON"),
    (b"[1, 2, 3]", "top level must be an object"),
    (b'{"title": "other tool"}', "has no 'format' field"),
    (b'{"format": "lagebild-events", "version": "2.0", "document": {"title": "x"}}', "version '2.0' is not supported"),
    (b'{"events": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested far too deeply"),
    (b"[" * 100_000 + b"]" * 100_000, "top level must be an object"),
])
def test_not_an_event_file_gets_one_clear_error(write_file, content, expected):
    result = load_file(write_file(content))
    assert result.document is None
    assert len(result.findings) == 1
    assert expected in result.findings[0].message


def test_syntax_error_has_line_and_column(write_file):
    path = write_file('{\n  "format": "lagebild-events",\n  "version": "1.0" oops\n}')
    (finding,) = load_file(path).findings
    assert (finding.line, finding.column) == (3, 20)


def test_huge_file_of_zeros_is_refused_quickly_with_bounded_memory(tmp_path):
    path = tmp_path / "zeros.json"
    with open(path, "wb") as handle:  # sparse: 2 GB of zeros without using the disk
        handle.truncate(2 * 1024**3)
    started = time.perf_counter()
    result = load_file(path)
    assert time.perf_counter() - started < 5  # generous: it reads only the first 64 KiB
    assert "not a text file" in result.findings[0].message


def test_missing_file_and_folder(tmp_path):
    assert "no such file" in load_file(tmp_path / "nope.json").findings[0].message
    assert "folder" in load_file(tmp_path).findings[0].message


def test_loading_never_modifies_the_file(write_file):
    data = minimal_file()
    data["events"].append({"id": "bad", "title": "x", "when": "never"})
    path = write_file(data)
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    load_file(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_bom_is_tolerated():
    data = b"\xef\xbb\xbf" + json.dumps(minimal_file()).encode()
    assert load_bytes(data, "bom.json").findings == []


def test_yaml_loads_and_reports_lines(write_file):
    text = """\
format: lagebild-events
version: "1.0"
document: {title: YAML test}
events:
  - id: a
    title: Unquoted date stays EDTF text
    when: 2025-04-04
  - id: b
    title: Bad
    when: 2025-02-30
"""
    result = load_file(write_file(text, "events.yaml"))
    assert [e.id for e in result.document.events] == ["a"]
    (finding,) = result.errors
    assert (finding.line, finding.field_path) == (10, "events[1].when")


def test_yaml_alias_bomb_is_refused(write_file):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    result = load_file(write_file(bomb, "bomb.yaml"))
    assert result.document is None
    assert "aliases" in result.findings[0].message and result.findings[0].line == 2


def test_a_file_broken_throughout_is_reported_quickly_and_briefly(tmp_path):
    from viewer.model.findings import MAX_LISTED

    events = [{"id": f"e{i}", "title": "x", "when": "2025-13-01"} for i in range(30_000)]
    events += [{"id": f"w{i}", "title": "x", "when": "2025", "actors": ["ghost"]} for i in range(20_000)]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(minimal_file(events=events)), encoding="utf-8")
    started = time.perf_counter()
    result = load_file(path)
    assert time.perf_counter() - started < 60  # generous; it takes a few seconds
    assert len(result.findings) == MAX_LISTED + 1
    assert all(f.line > 0 for f in result.findings[:MAX_LISTED])
    assert result.findings[-1].message == "25,000 more errors and 20,000 more warnings are not listed"
    assert len(result.document.events) == 20_000
