"""ACLED exports import with their dates as precise as ACLED codes them, their actors, places,
sources and notes, and broken rows reported at their line."""

from __future__ import annotations

import csv
import io

from bulk_import_helpers import DATA, by_id, file_line, loaded, messages, records, run

from viewer.importers import acled

ARGENTINA = DATA / "acled" / "acledR-argentina-2022.csv"
WORLD = DATA / "acled" / "acledR-world-2022.csv"
HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp")


def _rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _row(**values) -> str:
    names = HEADER.split(",")
    row = {name: "" for name in names}
    row.update({"event_id_cnty": "TST1", "event_date": "2022-06-30", "time_precision": "1",
                "event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Testland)",
                "inter1": "6", "country": "Testland", "location": "Testville", "latitude": "10.5",
                "longitude": "20.25", "geo_precision": "1", "source": "Daily Test", "notes": "A protest.",
                "fatalities": "0"})
    row.update(values)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([row[name] for name in names])
    return out.getvalue()


def test_every_row_of_a_real_export_becomes_an_event_that_loads_without_errors():
    document, report = run(acled, ARGENTINA)
    assert len(document["events"]) == len(_rows(ARGENTINA)) == 326
    assert not [f for f in report.findings if f.severity == "error"]
    shown, findings = loaded(document)
    assert shown is not None and len(shown.events) == 326
    assert not [f for f in findings if f.severity == "error"]


def test_an_event_keeps_what_acled_says_about_it():
    document, _ = run(acled, ARGENTINA)
    event = by_id(document)["ARG10607"]
    assert event["title"] == "Peaceful protest in Comodoro Rivadavia"
    assert event["when"] == "2022-06-30"
    assert event["description"].startswith("On 30 June 2022, in Comodoro Rivadavia (Chubut)")
    actors = records(document, "actors")
    names = [actors[ident]["name"] for ident in event["actors"]]
    assert names == ["Protesters (Argentina)", "SISAP: Public Health Union", "Health Workers (Argentina)",
                     "ATE: Association of State Workers", "Labour Group (Argentina)"]
    assert actors[event["actors"][0]]["description"] == "ACLED actor type: Protesters (inter code 6)"
    assert actors[event["actors"][0]]["kind"] == "group"
    place = records(document, "places")[event["place"]]
    assert place["name"].startswith("Comodoro Rivadavia") and place["name"].endswith("Argentina")
    assert "lat" in place and "lon" in place
    sources = records(document, "sources")
    assert [sources[c["source"]]["name"] for c in event["citations"]] == ["Diario El Chubut",
                                                                          "Diario Cronica (Argentina)"]
    assert {"Peaceful protest", "Demostrations"} <= set(event["tags"])
    assert "Fatalities reported (ACLED): 0" in event["notes"]
    assert records(document, "segments")[event["segments"][0]]["label"] == "Protests"


def test_each_event_keeps_its_file_line_and_acled_id():
    document, _ = run(acled, WORLD)
    for event in document["events"][::17]:
        origin = event["origin"]
        assert origin["file"] == WORLD.name and origin["format"] == "acled"
        assert file_line(WORLD, origin["line"]).startswith(origin["id"] + ",")


def test_week_and_month_precision_become_that_span_and_day_precision_stays_a_day():
    document, _ = run(acled, WORLD)
    written = {row["event_id_cnty"]: row for row in _rows(WORLD)}
    seen = set()
    for event in document["events"]:
        row = written[event["id"]]
        code = row["time_precision"]
        seen.add(code)
        if code == "1":
            assert event["when"] == row["event_date"]
        elif code == "2":
            first, last = event["when"].strip("[]").split("..")
            assert first < row["event_date"] < last
        else:
            assert event["when"] == row["event_date"][:7]
    assert seen == {"1", "2", "3"}
    shown, findings = loaded(document)
    assert not [f for f in findings if f.severity == "error"]


def test_a_place_acled_knows_only_roughly_says_so():
    document, _ = run(acled, WORLD)
    rough = [e for e in document["events"] if "geo_precision 3" in e.get("notes", "")]
    assert rough and all("larger region" in e["notes"] for e in rough)


def test_grouping_by_tags_instead_of_segments():
    document, _ = run(acled, ARGENTINA, groups_as="tags")
    event = by_id(document)["ARG10607"]
    assert "segments" not in event and "Protests" in event["tags"]
    assert "segments" not in document


def test_columns_the_event_file_cannot_hold_are_counted_once():
    _, report = run(acled, ARGENTINA)
    assert report.left_out == {"country codes (iso)": 326, "world regions (region)": 326,
                              "times ACLED last changed the event (timestamp)": 326}


def test_a_broken_row_is_a_finding_at_its_line_and_the_rest_imports(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(HEADER + "\n" + _row() + "TST2,2022-07-01,only,three\n" + _row(event_id_cnty="TST3")
                    + _row(event_id_cnty="TST4", event_date="31-02-2022") + _row(event_id_cnty="TST5",
                                                                                   latitude="north"),
                    encoding="utf-8")
    document, report = run(acled, path)
    assert [e["id"] for e in document["events"]] == ["TST1", "TST3", "TST5"]
    found = sorted(messages(report))
    assert found[0][0] == 3 and "4 fields where the header has 31" in found[0][1]
    assert (5, "'31-02-2022' is not a date: write it as YYYY-MM-DD, e.g. 2022-06-30; the row is left out") in found
    assert any(line == 6 and "not a latitude" in message for line, message in found)
    assert "lat" not in records(document, "places")[by_id(document)["TST5"]["place"]]
    assert by_id(document)["TST3"]["origin"]["line"] == 4


def test_older_exports_with_capital_names_and_day_first_dates(tmp_path):
    path = tmp_path / "old.csv"
    row = _row(event_date="16-05-2019", time_precision="3")
    path.write_text(HEADER.upper() + "\n" + row, encoding="utf-8")
    document, report = run(acled, path)
    assert document["events"][0]["when"] == "2019-05"
    assert not report.findings


def test_a_line_break_inside_notes_keeps_later_lines_right(tmp_path):
    path = tmp_path / "breaks.csv"
    path.write_text(HEADER + "\n" + _row(notes="first\nsecond\nthird") + _row(event_id_cnty="TST2"),
                    encoding="utf-8")
    document, _ = run(acled, path)
    assert [e["origin"]["line"] for e in document["events"]] == [2, 5]
    assert document["events"][0]["description"] == "first\nsecond\nthird"


def test_windows_1252_text_is_read_with_a_finding_and_utf16_without(tmp_path):
    text = HEADER + "\n" + _row() + _row(event_id_cnty="TST2", location="Bogotá")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(text.encode("cp1252"))
    document, report = run(acled, latin)
    assert by_id(document)["TST2"]["title"] == "Peaceful protest in Bogotá"
    assert messages(report)[0][0] == 3 and "not UTF-8" in messages(report)[0][1]
    wide = tmp_path / "wide.csv"
    wide.write_bytes(text.encode("utf-16"))
    document, report = run(acled, wide)
    assert by_id(document)["TST2"]["title"] == "Peaceful protest in Bogotá" and not report.findings


def test_an_id_written_twice_is_kept_apart_with_a_finding(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text(HEADER + "\n" + _row() + _row(), encoding="utf-8")
    document, report = run(acled, path)
    assert [e["id"] for e in document["events"]] == ["TST1", "TST1~2"]
    assert messages(report) == [(3, "the id 'TST1' was already used above: imported as 'TST1~2'")]


def test_detected_by_its_header_not_its_name():
    head = ARGENTINA.read_bytes()[:65536]
    assert acled.detect(head, "anything.txt")
    assert not acled.detect(b"id,date,title\n1,2022-01-01,x\n", "acled.csv")
