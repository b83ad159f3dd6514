"""TimelineJS3 files, current and legacy v2, import with their dates no sharper than written,
their groups, credits and quotes, and a count of whatever the event file cannot hold."""

import json
from pathlib import Path

import pytest

from viewer.importers.base import ImportOptions
from viewer.importers.registry import detect, import_file
from viewer.model.dates import resolve

DATA = Path(__file__).parent / "data" / "import" / "timelinejs3"


def imported(path, **options):
    native, report = import_file(path, ImportOptions(**options))
    assert native is not None, [f.format() for f in report.findings]
    return native, report


def by_title(native, title):
    return next(e for e in native["events"] if e["title"] == title)


def messages(report):
    return [f.message for f in report.findings]


def test_published_files_are_recognised_by_content_not_by_name(tmp_path):
    for name in ("women_in_computing.json", "houston-v2.json", "cosmo.json", "eras.json"):
        renamed = tmp_path / (name + ".txt")
        renamed.write_bytes((DATA / name).read_bytes())
        assert detect(renamed).NAME == "timelinejs3", name
    assert detect(Path(__file__).parents[1] / "resources" / "samples" / "coalition-guarantees-2025.json").NAME \
        == "lagebild"


def test_current_format_keeps_dates_credits_quotes_and_origin():
    native, report = imported(DATA / "women_in_computing.json")
    assert native["document"]["title"] == "Women in Computing"
    assert len(native["events"]) == 10
    ada = by_title(native, "Ada Lovelace")
    assert ada["when"] == "1815-12-10/1852-11-27"
    assert ada["origin"] == {"file": str(DATA / "women_in_computing.json"), "format": "timelinejs3", "line": 2}
    assert "<a" not in ada["description"] and "Ada Lovelace: Daughter of Lord Byron" in ada["description"]
    source = next(s for s in native["sources"] if s["id"] == ada["citations"][0]["source"])
    assert source["name"] == "Wikimedia Commons"
    clarke = by_title(native, "Edith Clarke: Bucking the Trend")
    quote = clarke["citations"][0]
    assert quote["quote"].startswith("There is no demand for women engineers")
    assert quote["speaker"].startswith("Edith Clarke")
    # only a <blockquote> makes a quote; a credit alone is a citation without one
    assert "quote" not in ada["citations"][0]
    assert "media captions: 6 items not imported" in messages(report)


def test_a_month_stays_a_month_and_an_empty_part_is_absent(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"events": [
        {"start_date": {"year": "1943", "month": "7", "day": ""}, "end_date": {"year": "1946", "month": ""},
         "text": {"headline": "ENIAC"}},
        {"start_date": {"year": -44, "month": 3, "day": 15}, "text": {"headline": "Ides"}},
        {"start_date": {"year": "2025", "month": "4", "day": "26", "hour": "2", "minute": "31"},
         "display_date": "early morning", "text": {"headline": "Night"}},
    ]}))
    native, _ = imported(path)
    whens = [e["when"] for e in native["events"]]
    assert whens == ["1943-07/1946", "-0044-03-15", "2025-04-26T02:31"]
    assert resolve("2025-04-26T02:31").display.endswith("local time")  # no zone in TimelineJS: local time
    assert by_title(native, "Night")["notes"] == "Date as shown in the timeline: early morning"


def test_cosmological_years_import_as_long_years():
    native, _ = imported(DATA / "cosmo.json")
    big_bang = by_title(native, "The Big Bang")
    assert big_bang["when"] == "Y-13800000000"
    assert resolve(big_bang["when"]).display == "13,800,000,001 BCE"


def test_eras_and_groups_become_eras_and_segments_or_tags(tmp_path):
    native, _ = imported(DATA / "eras.json")
    assert {"label": "Era Test 650-700", "when": "0650/0700"}.items() <= native["eras"][0].items()
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"events": [
        {"start_date": {"year": 2022}, "text": {"headline": "A"}, "group": "Strikes"},
        {"start_date": {"year": 2022}, "text": {"headline": "B"}, "group": "Strikes"}]}))
    as_segments, _ = imported(path)
    assert [s["label"] for s in as_segments["segments"]] == ["Strikes"]
    assert all(e["segments"] == ["strikes"] for e in as_segments["events"])
    as_tags, _ = imported(path, groups_as="tags")
    assert "segments" not in as_tags and all(e["tags"] == ["Strikes"] for e in as_tags["events"])


def test_legacy_v2_reads_comma_dates_tags_and_assets():
    native, report = imported(DATA / "houston-v2.json")
    assert native["document"]["title"] == "Whitney Houston 1963 - 2012"
    heritage = by_title(native, "A Musical Heritage")
    assert heritage["when"] == "1963-08-09"
    assert heritage["origin"]["line"] > 1
    assert by_title(native, "First Recording")["when"] == "1978"
    assert not report.errors


def test_broken_slides_are_findings_at_their_line_and_the_rest_imports(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"events": [\n'
                    '  {"start_date": {"year": "2025"}, "text": {"headline": "good"}},\n'
                    '  {"start_date": {"year": "twenty"}, "text": {"headline": "bad year"}},\n'
                    '  {"start_date": {"year": "2025", "month": "13"}, "text": {"headline": "bad month"}},\n'
                    '  {"text": {"headline": "no date"}},\n'
                    '  "not a slide"\n'
                    "]}\n")
    native, report = imported(path)
    assert [e["title"] for e in native["events"]] == ["good"]
    located = {(f.line, f.field_path) for f in report.errors}
    assert located == {(3, "events[1].start_date.year"), (4, "events[2].start_date"),
                       (5, "events[3].start_date"), (6, "events[4]")}
    lines = sorted(f.line for f in report.errors)
    assert lines == [3, 4, 5, 6]
    assert any("there is no month 13" in m for m in messages(report))


def test_not_json_is_refused_with_its_line(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"events": [\n {"start_date": {"year": 1}},\n oops\n]}')
    native, report = import_file(path, ImportOptions(), "timelinejs3")
    assert native is None
    assert report.findings[0].line == 3 and "not valid JSON" in report.findings[0].message


@pytest.mark.parametrize("name", ["women_in_computing.json", "houston-v2.json", "cosmo.json", "eras.json"])
def test_every_published_example_imports_without_errors(name):
    native, report = imported(DATA / name)
    assert native["events"] and not report.errors
