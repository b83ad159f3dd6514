"""Spreadsheets: the TimelineJS3 template (CSV and XLSX), TimeMap workbooks and any table read
through a column mapping; formulas are text, never results; broken rows are findings at their line."""

import json
from pathlib import Path

from openpyxl import Workbook

from viewer.importers.base import ImportOptions
from viewer.importers.registry import detect, import_file

DATA = Path(__file__).parent / "data" / "import"
TEMPLATE = DATA / "timelinejs3" / "my-own-timeline.csv"
MAPPING = {"columns": {"id": "ID", "when": "Date", "end": "End", "title": "Headline", "description": "Notes",
                       "place": "Where", "lat": "Lat", "lon": "Lon", "segments": "Group", "source": "Outlet",
                       "url": "Link", "quote": "Quote"}}


def imported(path, **options):
    native, report = import_file(path, ImportOptions(**options))
    assert native is not None, [f.format() for f in report.findings]
    return native, report


def test_template_csv_gives_the_same_slides_as_the_json_of_the_same_timeline():
    assert detect(TEMPLATE).NAME == "timelinejs3-sheet"
    sheet, _ = imported(TEMPLATE)
    document, _ = imported(DATA / "timelinejs3" / "women_in_computing.json")
    assert [(e["when"], e["title"]) for e in sheet["events"]] == [(e["when"], e["title"]) for e in document["events"]]
    assert sheet["document"]["title"] == "MY OWN CSV"  # the row of Type "title"
    # a cell holding new lines moves the rows after it on: origins are the real lines
    assert [e["origin"]["line"] for e in sheet["events"]][:4] == [3, 4, 5, 7]


def test_template_xlsx_keeps_formulas_as_text_and_names_the_column_of_a_problem(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                  "Background"])
    sheet.append([2025, 4, 4, "14:30", None, None, None, None, None, "=HYPERLINK(\"http://x\")", "text"])
    sheet.append([2025, 13, 1, None, None, None, None, None, None, "Bad month"])
    sheet.append([2025, 4, 5, "2:30 PM", None, None, None, None, None, "Afternoon", None, None, None, None, None,
                  None, "Land"])
    sheet.append([-500, None, None, None, None, None, None, None, None, "Long ago"])
    sheet.append([2025, 4, 6, "25:99", None, None, None, None, None, "Bad time"])
    path = tmp_path / "timeline.xlsx"
    book.save(path)
    assert detect(path).NAME == "timelinejs3-sheet"
    native, report = imported(path)
    titles = {e["title"]: e for e in native["events"]}
    assert titles['=HYPERLINK("http://x")']["when"] == "2025-04-04T14:30"  # the formula, as written
    assert titles["Afternoon"]["when"] == "2025-04-05T14:30" and titles["Afternoon"]["segments"] == ["land"]
    assert titles["Long ago"]["when"] == "-0500"
    assert {(f.line, f.field_path) for f in report.errors} == {(3, "Month"), (6, "Time")}


def test_timemap_workbook_with_its_tabs():
    path = DATA / "timemap" / "timemap_data.xlsx"
    assert detect(path).NAME == "timemap"
    native, report = imported(path)
    assert len(native["events"]) == 11
    first = native["events"][0]
    assert first["when"] == "2015-10-10T16:20"
    place = next(p for p in native["places"] if p["id"] == first["place"])
    assert (place["name"], place["lat"], place["lon"]) == ("Al Araqib", 31.3484783, 34.7874169)
    assert "Weapons / Close Range / Tear Gas" in first["tags"] and "narrative: first narrative" in first["tags"]
    assert next(s for s in native["sources"] if s["id"] == first["citations"][0]["source"])["name"] == "Gaza"
    # the example's own mistake: a time cell holding 13.45
    (mistake,) = [f for f in report.findings if f.field_path == "Time"]
    assert mistake.line == 11 and "13.45" in mistake.message and mistake.severity == "warning"
    assert next(e for e in native["events"] if e["origin"]["line"] == 11)["when"] == "2014-11-09"
    assert "tabs of formulas (EXPORT_...; formulas are never evaluated): 3 items not imported" in [
        f.message for f in report.findings]
    unplaced = next(e for e in native["events"] if e["title"].startswith("Somthing happened"))
    assert "place" not in unplaced and unplaced["notes"].startswith("This event has no location")


def test_any_csv_through_a_mapping(tmp_path):
    native, report = imported(DATA / "generic" / "edge-cases.csv", mapping=MAPPING)
    by_id = {e["id"]: e for e in native["events"]}
    assert by_id["k1"]["citations"] == [{"source": "the-telegraph", "url": "https://www.telegraph.example/a",
                                         "quote": '"We travelled," he said.'}]
    assert by_id["k1"]["segments"] == ["sky", "land"]
    assert by_id["k2"]["when"] == "2025-04-10T14:30/2025-04-12"
    assert by_id["k3"]["when"] == "-0044-03-15" and by_id["k4"]["when"] == "2025-04-26T02:31+03:00"
    assert [(k, e["origin"]["line"]) for k, e in by_id.items()][-2:] == [("k9", 10), ("k10", 12)]
    assert sorted(f.line for f in report.errors) == [6, 7, 8, 9]
    assert "column 'Extra': 1 item not imported" in [f.message for f in report.findings]
    day_first = dict(MAPPING, options={"day_first": True})
    native, _ = imported(DATA / "generic" / "edge-cases.csv", mapping=day_first)
    assert {e["id"]: e["when"] for e in native["events"]}["k6"] == "2025-07-10"


def test_a_bad_mapping_is_refused_naming_the_columns(tmp_path):
    native, report = import_file(DATA / "generic" / "edge-cases.csv",
                                 ImportOptions(mapping={"columns": {"title": "Nope", "colour": "Date"}}))
    assert native is None
    message = next(f.message for f in report.findings if "Nope" in f.message)
    assert "title = 'Nope': there is no such column" in message and "unknown field 'colour'" in message
    assert "map a column to when" in message


def test_cp1252_and_utf16_files_are_read_with_a_word_about_it(tmp_path):
    text = "ID,Date,Headline\nk1,2025-04-04,Caf\u00e9 in M\u00fcnchen\n"
    cp1252 = tmp_path / "cp1252.csv"
    cp1252.write_bytes(text.encode("cp1252"))
    native, report = imported(cp1252, mapping={"columns": {"title": "Headline", "when": "Date"}})
    assert native["events"][0]["title"] == "Caf\u00e9 in M\u00fcnchen"
    assert any("Windows-1252" in f.message for f in report.findings)
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(text.encode("utf-16"))
    native, report = imported(utf16, mapping={"columns": {"title": "Headline", "when": "Date"}})
    assert native["events"][0]["title"] == "Caf\u00e9 in M\u00fcnchen" and not report.errors
    assert json.dumps(native)
