"""StoryMapJS stories and vis-timeline data import as they are: free-text dates only where they
mean one date, places from slide locations, groups as segments or tags, background items as eras."""

from pathlib import Path

from viewer.importers.base import UNDATED, ImportOptions
from viewer.importers.free_dates import read_free_date
from viewer.importers.registry import detect, import_file
from viewer.importers.vis_timeline import vis_date

DATA = Path(__file__).parent / "data" / "import"


def imported(path, **options):
    native, report = import_file(path, ImportOptions(**options))
    assert native is not None, [f.format() for f in report.findings]
    return native, report


def test_storymap_slides_keep_their_written_dates_and_places():
    path = DATA / "storymapjs" / "katrina.json"
    assert detect(path).NAME == "storymapjs"
    native, report = imported(path)
    assert native["document"]["title"] == "The Path of Hurricane Katrina"
    first = native["events"][0]
    # "Aug 23" has no year: undated, never a guessed year, and the text is kept
    assert first["when"] == UNDATED and first["notes"] == "Date as written: Aug 23"
    place = next(p for p in native["places"] if p["id"] == first["place"])
    assert (place["name"], place["lat"], place["lon"]) == ("Bahamas", 23.2, -75.5)
    assert any("have no date that can be read" in f.message for f in report.findings)
    twain, _ = imported(DATA / "storymapjs" / "marktwain.json")
    assert twain["events"][0]["when"] == "1835"


def test_stories_told_on_an_image_get_no_map_places():
    native, report = imported(DATA / "storymapjs" / "seurat.json")
    assert "places" not in native and native["events"]
    assert any(f.message.startswith("positions on the story's image") for f in report.findings)


def test_free_text_dates_are_read_only_when_they_mean_one_date():
    assert read_free_date("29 August 2005") == "2005-08-29"
    assert read_free_date("March 2025") == "2025-03"
    assert read_free_date("c. 1860") == "1860~"
    assert read_free_date("1849") == "1849"
    assert read_free_date("10/07/2025") is None  # day or month first: not guessed
    assert read_free_date("Aug 23") is None and read_free_date("") is None


def test_vis_items_dates_groups_and_background_eras():
    basic, _ = imported(DATA / "vis-timeline" / "basic.json")
    assert detect(DATA / "vis-timeline" / "basic.json").NAME == "vis-timeline"
    assert [e["when"] for e in basic["events"]][3] == "2014-04-16/2014-04-19"
    assert basic["events"][0]["origin"]["id"] == "1"
    local, _ = imported(DATA / "vis-timeline" / "data-serialization.json")
    assert local["events"][0]["when"] == "2014-01-01T01:00:00"  # no zone written: a local time
    native, report = imported(DATA / "vis-timeline" / "nested-groups.json")
    by_id = {e["id"]: e for e in native["events"]}
    assert by_id["1"]["when"] == "2014-06-28T13:00:00Z"  # milliseconds since 1970 are UTC
    assert by_id["2"]["when"] == "2014-06-28T15:00:00Z" and by_id["2"]["description"] == "tooltip text"
    assert by_id["4"]["when"] == "2014-06-29T08:00:00+02:00"
    assert by_id["1"]["title"] == "item 1"
    assert native["eras"] == [{"id": "holiday", "label": "holiday", "when": "2014-06-27/2014-06-30"}]
    cook = next(s for s in native["segments"] if s["label"] == "cook")
    assert cook["description"] == "Within Lee" and by_id["0"]["segments"] == [cook["id"]]
    assert [(f.line, f.severity) for f in report.findings if f.line] == [(34, "warning"), (41, "error")]
    as_tags, _ = imported(DATA / "vis-timeline" / "nested-groups.json", groups_as="tags")
    assert "segments" not in as_tags and {e["id"]: e["tags"] for e in as_tags["events"]}["0"] == ["cook"]


def test_vis_dates():
    assert vis_date("2014-06-28 13:00") == "2014-06-28T13:00"
    assert vis_date("2014-06-28T13:00:00.250+0100") == "2014-06-28T13:00:00.250+01:00"
    assert vis_date(0) == "1970-01-01T00:00:00Z"
    assert vis_date(None) is None
