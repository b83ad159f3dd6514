"""The format guide's example loads cleanly and its date table says what the viewer shows."""

import re

from viewer.model.dates import resolve
from viewer.model.loader import load_bytes
from viewer.resources_path import resource

GUIDE = resource("format.md").read_text(encoding="utf-8")


def test_complete_example_loads_without_findings():
    example = re.search(r"```json\n(.*?)```", GUIDE, re.S).group(1)
    result = load_bytes(example.encode(), "example.json")
    assert result.findings == []
    assert len(result.document.events) == 1


def test_date_table_matches_display_texts():
    section = GUIDE.split("## Dates")[1].split("\n## ")[0]
    rows = re.findall(r"^\| (`[^|]*`) \| [^|]* \| ([^|]*) \|$", section, re.M)
    assert len(rows) >= 12
    for written, shown in rows:
        first = re.findall(r"`([^`]*)`", written)[0]
        assert resolve(first).display == shown.strip(), first
