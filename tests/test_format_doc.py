"""The format guide's example loads cleanly and its date table says what the viewer shows."""

import re

from viewer.model.dates import resolve
from viewer.model.loader import load_bytes
from viewer.resources_path import resource

GUIDE = resource("format.md").read_text(encoding="utf-8")


def test_complete_example_loads_without_findings():
    complete = GUIDE.split("## A complete example")[1]
    example = re.search(r"```json\n(.*?)```", complete, re.S).group(1)
    result = load_bytes(example.encode(), "example.json")
    assert result.findings == []
    assert len(result.document.events) == 2
    deployment = result.document.event("deployment")
    assert deployment.condition and deployment.disputed and deployment.status == "planned"


def test_new_in_1_1_examples_load_as_parts_of_a_file():
    section = GUIDE.split("## New in 1.1")[1].split("\n## ")[0]
    events = [re.sub(r"\s+", " ", e) for e in re.findall(r"```json\n(\{.*?\})\n```", section, re.S)]
    sources = re.search(r"```json\n(\"sources\": \[.*?\])\n```", section, re.S).group(1)
    assert len(events) == 3  # condition, disputed, origin
    for event in events:
        text = ('{"format": "lagebild-events", "version": "1.1", "document": {"title": "T"}, ' + sources
                + ', "events": [' + event + "]}")
        result = load_bytes(text.encode(), "new.json")
        assert result.findings == [] and len(result.document.events) == 1


def test_date_table_matches_display_texts():
    section = GUIDE.split("## Dates")[1].split("\n## ")[0]
    rows = re.findall(r"^\| (`[^|]*`) \| [^|]* \| ([^|]*) \|$", section, re.M)
    assert len(rows) >= 12
    for written, shown in rows:
        first = re.findall(r"`([^`]*)`", written)[0]
        assert resolve(first).display == shown.strip(), first
