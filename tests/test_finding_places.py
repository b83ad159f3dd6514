"""Every finding says where it is, and finding the place costs memory in proportion to the file."""

import json
import subprocess
import sys
import textwrap

import pytest
from conftest import minimal_file

from viewer.model.json_positions import first_bad_utf8, line_columns, locate_offsets
from viewer.model.loader import load_file


def test_memory_to_place_a_finding_after_a_long_string_is_bounded_by_the_file(tmp_path):
    # A 30 MB description and one bad date after it: the date must be placed by
    # scanning past the description. This used to cost some 130 bytes per character.
    path = tmp_path / "long.json"
    data = minimal_file(document={"title": "Long", "description": "y" * 30_000_000})
    data["events"].append({"id": "e3", "title": "Bad", "when": "2025-13-01"})
    path.write_text(json.dumps(data), encoding="utf-8")
    script = textwrap.dedent(f"""
        import json, resource
        from viewer.model import json_positions
        from viewer.model.loader import load_bytes
        data = open({str(path)!r}, "rb").read()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        offsets = json_positions.locate_offsets(data, ["/events/2/when"])
        places = json_positions.line_columns(data, offsets.values())
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result = load_bytes(data, "long.json")
        loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"scan_kb": after - before, "load_kb": loaded - before, "places": list(places.values()),
                          "findings": [[f.line, f.column, f.message] for f in result.findings]}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["scan_kb"] < 8 * 1024  # a few MB of chunks at most, not 4 GB
    # The whole load: the decoded description and, for a moment, the text once more.
    assert report["load_kb"] * 1024 < 3 * path.stat().st_size
    ((line, column, message),) = report["findings"]
    assert line == 1 and column > 30_000_000 and "month 13" in message
    assert report["places"] == [[line, column]]


def test_columns_count_characters_and_many_places_on_one_line_cost_one_pass():
    text = "{\"a\": \"Grüße – 😀\", \"b\": [" + ", ".join(["1"] * 2000) + "]}\n{\"c\": 2}"
    data = text.encode("utf-8")
    offsets = [data.index(b'"b"'), data.index(b'"c"')] + [m for m in range(len(data)) if data[m:m + 1] == b"1"]
    places = line_columns(data, offsets)
    assert places[data.index(b'"b"')] == (1, text.index('"b"') + 1)
    assert places[data.index(b'"c"')] == (2, 2)
    last_one = max(m for m in offsets if data[m:m + 1] == b"1")
    assert places[last_one] == (1, text.rindex("1") + 1)


def test_pointers_are_found_past_strings_full_of_escapes():
    data = json.dumps({"a": "\\\"" * 100_000, "b": {"c": [1, 2, {"d": True}]}}).encode()
    found = locate_offsets(data, ["/b/c/2/d", "/b"])
    assert data[found["/b/c/2/d"]:found["/b/c/2/d"] + 4] == b"true"
    assert data[found["/b"]:found["/b"] + 1] == b"{"


def test_invalid_utf8_is_placed_at_its_byte(write_file):
    text = json.dumps(minimal_file(), indent=2).encode()
    cut = text.index(b"Meeting")
    path = write_file(text[:cut] + b"Mee\xfftin" + text[cut + 6:])
    (finding,) = load_file(path).findings
    assert "not valid UTF-8" in finding.message
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines, 1) if b"Meeting" in line)
    assert (finding.line, finding.column) == (row, lines[row - 1].index(b"Meeting") + 4)
    assert first_bad_utf8(b"ok \xe2\x82") == 3  # cut off in the middle of a character


def test_absurd_nesting_is_refused_with_the_place_where_it_gets_absurd(write_file):
    path = write_file(b'{"format": "lagebild-events",\n "events": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    (finding,) = load_file(path).findings
    assert "nested far too deeply" in finding.message
    assert finding.line == 2 and finding.column > 256


@pytest.mark.parametrize("number", ["9" * 5000, "1e999", "-1e400", "1e310e"])
def test_numbers_out_of_range_are_placed(write_file, number):
    text = json.dumps(minimal_file(), indent=2).replace('"credibility": 2', f'"credibility": {number}')
    (finding,) = load_file(write_file(text)).findings
    assert "out of range" in finding.message and len(finding.message) < 300
    row = next(i for i, line in enumerate(text.splitlines(), 1) if "credibility" in line)
    assert finding.line == row and finding.column > 1


def test_a_key_written_twice_is_reported_at_the_second(write_file):
    text = json.dumps(minimal_file(), indent=2).replace('"title": "Visit"', '"title": "Visit", "title": "Trip"')
    result = load_file(write_file(text))
    (finding,) = result.findings
    assert finding.severity == "warning" and finding.field_path == "events[1].title"
    assert "'title' is written twice" in finding.message
    row = next(i for i, line in enumerate(text.splitlines(), 1) if '"Trip"' in line)
    assert (finding.line, finding.column) == (row, text.splitlines()[row - 1].index('"title": "Trip"') + 1)
    assert result.document.event("e2").title == "Trip"  # what the finding says is read


def test_a_yaml_key_written_twice_is_reported_too(write_file):
    path = write_file("format: lagebild-events\nversion: '1.0'\ndocument: {title: A}\n"
                      "events:\n  - id: e1\n    title: One\n    title: Two\n    when: '2025'\n", "dup.yaml")
    (finding,) = load_file(path).findings
    assert (finding.line, finding.severity, finding.field_path) == (7, "warning", "events[0].title")
