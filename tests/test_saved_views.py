"""Saved views beside the event file: written diffable, read with located findings, applied with notes."""

from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest

from viewer.model.loader import load_file
from viewer.resources_path import sample_path
from viewer.state import ViewState
from viewer.story import restore, sidecar
from viewer.story.views import SavedView, Story, StoryFile, parse_time


@pytest.fixture
def event_file(tmp_path):
    target = tmp_path / "coalition.json"
    shutil.copy(sample_path(), target)
    return target


def five_views() -> Story:
    return Story("Briefing", (
        SavedView("Overview", caption="Four segments, one open question"),
        SavedView("The busy week", picture="timeline", start=parse_time("2025-04-20"), end=parse_time("2025-04-28"),
                  selected=("telegraph-report",)),
        SavedView("Sky", picture="timeline", filters=(("segment", ("sky",)),), lanes="actor",
                  filter_start=parse_time("2025-04-26")),
        SavedView("Where", picture="map", map_extent=(-12.0, 35.0, 40.0, 60.0), theme="print"),
        SavedView("Who does what", picture="board", highlighted=("us-private-signals",), highlight_label="citing X",
                  time_zone="written", search="Telegraph"),
    ))


def test_views_are_written_beside_the_event_file_and_read_back_the_same(event_file):
    before = event_file.read_bytes()
    stories = StoryFile([five_views()])
    written = sidecar.write(event_file, stories)
    assert written == event_file.with_name("coalition.json.views.json")
    assert event_file.read_bytes() == before, "the event file is never touched"
    again, findings = sidecar.read(event_file)
    assert findings == []
    assert again.stories == stories.stories


def test_the_sidecar_is_diffable_sorted_keys_two_space_indent_and_stable(event_file):
    path = sidecar.write(event_file, StoryFile([five_views()]))
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and '\n  "format": "lagebild-views",' in text
    assert json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n" == text
    first = path.read_bytes()
    stories, _ = sidecar.read(event_file)
    sidecar.write(event_file, stories)
    assert path.read_bytes() == first, "writing what was read changes nothing"
    # one changed caption is a one-line diff
    changed = StoryFile([Story("Briefing", (five_views().views[0].with_(caption="Changed"), *five_views().views[1:]))])
    sidecar.write(event_file, changed)
    diff = [(a, b) for a, b in zip(first.decode().splitlines(), path.read_text().splitlines()) if a != b]
    assert len(diff) == 1 and "Changed" in diff[0][1]


def test_what_is_written_follows_the_shipped_schema(event_file):
    from jsonschema import Draft202012Validator

    schema = json.loads(sidecar.schema_path().read_text(encoding="utf-8"))
    data = json.loads(sidecar.write(event_file, StoryFile([five_views()])).read_text())
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


def test_a_broken_view_is_reported_at_its_line_and_field_and_the_others_still_open(tmp_path):
    text = """{
  "format": "lagebild-views",
  "version": 1,
  "stories": [
    {
      "name": "Briefing",
      "views": [
        {"name": "Good"},
        {
          "name": "Bad picture",
          "picture": "slideshow"
        },
        {"name": "Bad time", "from": "last Tuesday"},
        {"name": "Typo", "captoin": "x"}
      ]
    }
  ]
}
"""
    stories, findings = sidecar.parse(text.encode(), "brief.json.views.json")
    assert [v.name for v in stories.story().views] == ["Good"]
    lines = sorted(f.format() for f in findings)
    assert any(line.startswith("brief.json.views.json:11:") and "stories[0].views[1].picture" in line
               and "'slideshow' is not one of board, map, page, timeline" in line for line in lines), lines
    assert any(":13:" in line and "stories[0].views[2].from" in line and "2025-07-10T14:00:00Z" in line
               for line in lines), lines
    assert any(":14:" in line and "unknown field 'captoin'" in line for line in lines), lines


def test_a_sidecar_that_is_not_json_says_where(tmp_path):
    stories, findings = sidecar.parse(b'{"format": "lagebild-views",\n  "version": 1,\n  "stories": [,]}', "v.json")
    assert stories.stories == []
    assert findings[0].format().startswith("v.json:3:") and "not valid JSON" in findings[0].message


def test_no_sidecar_is_no_stories_and_no_complaint(event_file):
    assert sidecar.read(event_file) == (StoryFile(), [])


def test_a_view_naming_vanished_events_and_filter_values_opens_with_notes():
    document = load_file(sample_path()).document
    view = SavedView("Old", selected=("telegraph-report", "deleted-event"), highlighted=("gone-too",),
                     filters=(("segment", ("sky", "air")), ("actor", ("nobody",))))
    resolved = restore.resolve(view, document)
    assert resolved.filter.segments == frozenset({"sky"}) and not resolved.filter.actors
    assert list(resolved.selected) == [document.event_index["telegraph-report"]]
    assert len(resolved.highlighted) == 0
    notes = " | ".join(resolved.notes)
    assert "selected event 'deleted-event' is no longer in the file" in notes
    assert "highlighted event 'gone-too' is no longer in the file" in notes
    assert "segment 'air' is no longer in the file; the view shows the others" in notes
    assert "actor 'nobody' is no longer in the file, so the view is not limited by actor" in notes


def test_capturing_the_state_and_applying_it_again_restores_the_same_picture_state():
    document = load_file(sample_path()).document
    state = ViewState()
    state.set_document(document)
    state.set_lane_mode("actor")
    state.set_theme("dark")
    state.set_time_zone("written")
    state.set_filter(state.filter.with_(segments=frozenset({"sky", "land"}), text="front",
                                        credibility=frozenset({3}), start=parse_time("2025-04-01")))
    state.select_ids(["land-front-defence"])
    state.highlight([document.event_index["sky-airspace-monitoring"]], "citing Chas Pravdy")
    state.set_time_range(parse_time("2025-04-01"), parse_time("2025-05-01"))
    view = restore.capture(state, "Land and sky", panes=("map", "filters"), map_extent=(0, 40, 40, 60))
    assert view.panes == ("filters", "map")

    fresh = ViewState()
    fresh.set_document(document)
    heard = []
    fresh.changed.connect(heard.append)
    assert restore.apply(fresh, view) == []
    assert len(heard) == 1, "one announcement for the whole view"
    for attribute in ("lane_mode", "theme", "time_zone", "filter", "time_range", "highlight_label"):
        assert getattr(fresh, attribute) == getattr(state, attribute), attribute
    assert np.array_equal(fresh.selected, state.selected) and np.array_equal(fresh.highlighted, state.highlighted)


def test_times_read_as_utc_and_open_sides_stay_open(event_file):
    view = SavedView("Open end", start=parse_time("2025-04-20T12:30:00+02:00"))
    sidecar.write(event_file, StoryFile([Story("S", (view,))]))
    data = json.loads(sidecar.sidecar_path(event_file).read_text())
    written = data["stories"][0]["views"][0]
    assert written["from"] == "2025-04-20T10:30:00Z" and written["to"] is None
    again = sidecar.read(event_file)[0].story().views[0]
    assert again.start == view.start and again.end == math.inf


def test_the_format_guides_views_example_reads_without_findings():
    import re

    from viewer.resources_path import resource

    guide = resource("format.md").read_text(encoding="utf-8").split("## Saved views beside the file")[1]
    example = re.search(r"```json\n(.*?)```", guide, re.S).group(1)
    stories, findings = sidecar.parse(example.encode(), "coalition.json.views.json")
    assert findings == []
    views = stories.story("us guarantees").views
    assert [v.name for v in views] == ["Overview", "The busy week"]
    assert views[1].facet("segment") == ("sea", "sky") and views[1].map_extent == (-12, 35, 40, 60)
    assert restore.resolve(views[1], load_file(sample_path()).document).notes == []
