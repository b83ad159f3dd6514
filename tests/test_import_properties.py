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


def check_import(tmp_path, data: bytes, format_name: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    native, report = import_file(path, ImportOptions(), format_name)
    assert path.read_bytes() == data
    for finding in report.findings:
        assert "failed to import" not in finding.message, finding.format()
        assert finding.line > 0 or finding.message.endswith("not imported") or "not valid JSON" in finding.message \
            or "one JSON object" in finding.message or "needs an 'events' list" in finding.message, finding.format()
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
