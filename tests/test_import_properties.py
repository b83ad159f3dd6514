"""Importers never crash and place every problem at a line, whatever the file holds.

Runs a bounded, derandomised search; HYPOTHESIS_PROFILE=long searches with fresh randomness."""

import json
import os
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.importers.base import ImportOptions
from viewer.importers.registry import import_file
from viewer.model.loader import load_bytes

DATA = Path(__file__).parent / "data" / "import"
LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
BOUNDED = settings(derandomize=not LONG, database=None, deadline=None, max_examples=5000 if LONG else 80,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.function_scoped_fixture])

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20) | st.sampled_from(["", "2025", "-44", "13", "1,2,3", "<blockquote>q</blockquote>"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["year", "month", "day", "hour", "start_date", "end_date", "text", "headline", "media",
                         "url", "credit", "group", "tag", "startDate", "date", "events", "timeline"]),
        inner, max_size=4),
    max_leaves=12)


def paths_of(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, (*prefix, index))


def replaced(document, path, value):
    if not path:
        return value
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return document


def assert_located(native, report) -> None:
    """No crash; every error about a record sits at its line (a file refused whole, or a summary
    warning such as "media: 3 items not imported", is about the file)."""
    for finding in report.findings:
        assert "failed to import" not in finding.message, finding.format()
        if native is not None and finding.severity == "error":
            assert finding.line > 0, finding.format()
    if native is None:
        assert report.errors, "a file that is not imported says why"


def check_import(tmp_path, data: bytes, format_name: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    native, report = import_file(path, ImportOptions(), format_name)
    assert path.read_bytes() == data
    assert_located(native, report)
    if native is not None:
        assert load_bytes(msgspec.json.encode(native), "out.json").errors == []


TIMELINEJS = [json.loads((DATA / "timelinejs3" / name).read_text()) for name in ("women_in_computing.json",
                                                                                  "houston-v2.json")]


@BOUNDED
@given(st.data())
def test_timelinejs3_values_replaced_anywhere(tmp_path, data):
    document = json.loads(json.dumps(data.draw(st.sampled_from(TIMELINEJS))))
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(list(paths_of(document))))
        document = replaced(document, path, data.draw(JSON_VALUES))
    check_import(tmp_path, json.dumps(document, indent=1).encode(), "timelinejs3")


@BOUNDED
@given(st.binary(max_size=200), st.integers(0, 10_000))
def test_timelinejs3_bytes_spliced_in(tmp_path, junk, at):
    text = (DATA / "timelinejs3" / "eras.json").read_bytes()
    at %= len(text)
    check_import(tmp_path, text[:at] + junk + text[at + len(junk) // 2:], "timelinejs3")


STORY_AND_VIS = [(DATA / "storymapjs" / "katrina.json", "storymapjs"),
                 (DATA / "vis-timeline" / "nested-groups.json", "vis-timeline")]


@BOUNDED
@given(st.data())
def test_storymap_and_vis_values_replaced_anywhere(tmp_path, data):
    path, name = data.draw(st.sampled_from(STORY_AND_VIS))
    document = json.loads(path.read_text())
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.sampled_from(list(paths_of(document))))
        document = replaced(document, where, data.draw(JSON_VALUES | st.sampled_from(
            ["Aug 23", "29 August 2005", "/Date(99)/", "2014-06-28 13:00", 1e300, -10**20])))
    check_import(tmp_path, json.dumps(document, indent=1).encode(), name)


TIMELINE_XML = (DATA / "timeline" / "edge-cases-2.x.timeline").read_bytes()
XML_BITS = st.sampled_from([b"<", b">", b"&amp;", b"&#0;", b"]]>", b"<event>", b"</event>", b"<start>",
                            b"-99999-01-01 00:00:00", b"True", b"\x00", b"\xff", b"<!ENTITY x 'y'>", b"[1]", b"(2)"])


@BOUNDED
@given(st.lists(st.tuples(st.integers(0, len(TIMELINE_XML)), XML_BITS | st.binary(max_size=8)), max_size=4))
def test_timeline_xml_with_bytes_spliced_in(tmp_path, splices):
    text = TIMELINE_XML
    for at, bit in splices:
        text = text[:at] + bit + text[at:]
    check_import(tmp_path, text, "timeline")


CSV_CELLS = st.text(alphabet=st.sampled_from(list('ab,;"\n\r\t 0123456789-/:T.Z+') + ["\u00e9", "\x00"]),
                    max_size=12)


@BOUNDED
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=8), max_size=8), st.sampled_from(["generic", "template"]))
def test_delimited_rows_of_anything(tmp_path, rows, kind):
    if kind == "template":
        header = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media"
        body = "\n".join(",".join(row) for row in rows)
        check_import(tmp_path, (header + "\n" + body).encode("utf-8", "surrogatepass"), "timelinejs3-sheet")
        return
    path = tmp_path / "input.csv"
    path.write_text("Date,Headline,Lat,Lon,Group\n" + "\n".join(",".join(row) for row in rows), encoding="utf-8")
    mapping = {"columns": {"when": "Date", "title": "Headline", "lat": "Lat", "lon": "Lon", "segments": "Group"}}
    native, report = import_file(path, ImportOptions(mapping=mapping))
    assert_located(native, report)
    if native is not None:
        assert load_bytes(msgspec.json.encode(native), "out.json").errors == []
