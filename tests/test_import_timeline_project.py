"""The Timeline Project's .timeline files, 1.x and 2.x, import with their categories, eras,
containers, fuzzy and ends-today flags and hyperlinks; numeric timelines and entity tricks are refused."""

from pathlib import Path

from viewer.importers.base import ImportOptions
from viewer.importers.registry import detect, import_file
from viewer.model.dates import resolve

DATA = Path(__file__).parent / "data" / "import" / "timeline"


def imported(name, **options):
    native, report = import_file(DATA / name, ImportOptions(**options))
    assert native is not None, [f.format() for f in report.findings]
    return native, report


def event(native, title):
    return next(e for e in native["events"] if e["title"] == title)


def test_the_projects_own_files_import_by_content():
    for name in ("versions.timeline", "example-1.0.timeline", "dbopen-0.10.timeline", "containers.timeline"):
        assert detect(DATA / name).NAME == "timeline", name
    native, report = imported("versions.timeline")
    assert len(native["events"]) == 59 and not report.errors
    assert {s["label"]: s["color"] for s in native["segments"]} == {
        "Planned Release": "#80FF80", "Correction Release": "#FF80FF", "Future Release": "#80FFFF"}
    first = event(native, "Timeline 0.20.0")
    assert first["when"] == "2013-03-30T11:16" and first["segments"] == ["planned-release"]
    assert first["origin"]["line"] == 29
    # midnight is the tool's "no time of day": the day alone
    assert event(native, "Timeline 0.21.1")["when"] == "2013-07-07"


def test_version_1_file_and_category_parents():
    native, _ = imported("example-1.0.timeline")
    assert native["events"][0]["when"] == "2012-07-04T13:20" and native["segments"][0]["color"] == "#FF0000"
    native, report = imported("dbopen-0.10.timeline")
    assert [s.get("description", "") for s in native["segments"]] == [
        "", "Sub-category of Category 1", "Sub-category of Category 2"]
    assert native["events"][0]["when"] == "2009-11-04T22:52/2009-11-11T22:52"
    assert "hidden categories of the view: 1 item not imported" in [f.message for f in report.findings]


def test_containers_tag_the_container_and_its_events():
    native, _ = imported("containers.timeline")
    assert [(e["title"], e["tags"]) for e in native["events"]] == [("con", ["con"]), ("sub1", ["con"])]


def test_fuzzy_ends_today_eras_links_and_broken_times():
    native, report = imported("edge-cases-2.x.timeline")
    assert event(native, "Chiefs of staff visit Kyiv")["when"] == "2025-04-04~"
    assert "approx" in resolve("2025-04-04~").display
    assert event(native, "Exercise")["when"] == "2025-04-10T14:30/2025-04-12~"
    assert event(native, "Patrols begin")["when"] == "2025-05-01T08:00/.."
    assert event(native, "Ides of March")["when"] == "-0043-03-15"
    visit = event(native, "Chiefs of staff visit Kyiv")
    assert visit["tags"] == ["visit", "Kyiv"]
    assert [c["url"] for c in visit["citations"]] == ["https://www.example.org/report", "https://news.example.com/a"]
    assert {e["label"]: e["when"] for e in native["eras"]} == {"Talks": "2025-03-15/2025-04-26",
                                                              "Occupation": "2022-02-24/.."}
    assert [(f.line, f.severity) for f in report.findings if f.line] == [(49, "warning"), (61, "error"),
                                                                           (66, "error")]
    left = {f.message for f in report.findings if not f.line}
    assert {"icons: 1 item not imported", "progress values: 1 item not imported"} <= left
    as_tags, _ = imported("edge-cases-2.x.timeline", groups_as="tags")
    assert "segments" not in as_tags and event(as_tags, "Exercise")["tags"] == ["Military", "Air"]


def test_numeric_timelines_and_entity_expansion_are_refused_with_a_reason():
    native, report = import_file(DATA / "numeric.timeline")
    assert native is None
    assert "plain numbers (numtime)" in report.findings[0].message and report.findings[0].line == 4
    native, report = import_file(DATA / "billion-laughs.timeline")
    assert native is None and "entities" in report.findings[0].message
