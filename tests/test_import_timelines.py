"""Timesketch and Plaso timelines import with their times as written (offsets kept, local times
left local), the time meaning as a tag, every other column in the notes, and problems found
at their line."""

from __future__ import annotations

import math

from bulk_import_helpers import DATA, loaded, messages, run

from viewer.importers import l2tcsv, plaso_dynamic, timesketch
from viewer.importers.timeline_rows import edtf_datetime, seconds_of

TS = DATA / "timesketch"
PLASO = DATA / "plaso"


def _when(document):
    return [event["when"] for event in document["events"]]


def test_a_timesketch_csv_keeps_messages_times_meanings_and_extra_columns():
    document, report = run(timesketch, TS / "sigma_events.csv")
    assert not report.findings
    first, last = document["events"][0], document["events"][-1]
    assert first["title"] == "A message" and first["when"] == "2015-07-24T19:01:01+00:00"
    assert first["tags"] == ["Write time"] and first["notes"] == "extra_field_1: foo"
    assert last["tags"] == ["foo"]
    assert "command: Commandline: apt-get install zmap" in last["notes"]
    assert "parser: apt_history" in last["notes"]
    assert first["origin"] == {"file": "sigma_events.csv", "line": 2, "format": "timesketch"}
    shown, findings = loaded(document)
    assert len(shown.events) == 4 and not [f for f in findings if f.severity == "error"]


def test_jsonl_reads_as_the_csv_does_and_reports_a_timestamp_that_contradicts_the_time():
    document, report = run(timesketch, TS / "sigma_events.jsonl")
    assert _when(document)[:3] == ["2015-07-24T19:01:01+00:00", "2015-07-24T19:01:02+00:00",
                                   "2015-07-24T19:01:03+00:00"]
    assert document["events"][4]["when"] == "2022-01-22T23:07:43.502205+00:00"
    assert "computer_name: DESKTOP-B0TAAAA" in document["events"][4]["notes"]
    # The test file's own timestamps are 1973 on purpose: each disagreement is reported at its line
    assert [line for line, message in messages(report)] == [1, 2, 3, 4]
    assert "the datetime is kept" in messages(report)[0][1]


def test_a_timestamp_stands_in_for_a_missing_datetime_and_offsets_are_written_the_edtf_way():
    document, report = run(timesketch, TS / "validate_no_datetime_timestamps.csv")
    assert _when(document) == ["2015-07-01T22:27:41Z", "2015-07-25T02:01:01Z", "2015-07-25T02:01:01+00:00",
                               "2014-07-25T02:01:01+00:00", "2016-07-25T02:01:01+00:00"]
    document, _ = run(timesketch, TS / "validate_timestamp_conversion.csv")
    assert _when(document)[1] == "2022-07-24T19:01:01+00:00"  # written +0000
    assert _when(document)[2] == "2015-07-25T02:01:01+00:00"  # written with a space


def test_a_time_without_a_zone_stays_local_and_an_unreadable_one_is_reported():
    document, report = run(timesketch, TS / "invalid_datetime.csv")
    assert _when(document)[:3] == ["2017-09-24T19:01:01", "2017-07-24T19:01:01", "2017-10-24T19:01:01"]
    assert messages(report) == [(5, "'1234 19:01:01' is not an ISO 8601 date-time: the time is taken from the "
                                    "timestamp (1972-10-25T19:21:28Z)")]


def test_fractions_of_a_second_are_kept():
    document, report = run(timesketch, TS / "validate_time_precision.csv")
    assert _when(document)[0] == "2024-07-24T10:57:02.877297Z"
    assert [line for line, _ in messages(report)] == [2, 3]


def test_a_long_message_is_cut_for_the_title_and_kept_whole_in_the_description():
    document, _ = run(timesketch, TS / "evtx_part.csv")
    event = document["events"][0]
    assert len(event["title"]) <= 200 and event["title"].endswith("…")
    assert event["description"].startswith(event["title"][:-1])
    assert "xml_string:" in event["notes"]


def test_l2tcsv_times_keep_their_zone_as_an_offset():
    utc, _ = run(l2tcsv, PLASO / "l2tcsv.log")
    zoned, report = run(l2tcsv, PLASO / "l2tcsv_time_zone.log")
    assert not report.findings
    assert _when(utc)[0] == "2012-01-22T07:52:33Z" and _when(zoned)[0] == "2012-01-22T08:52:33+01:00"
    summer = [when for when in _when(zoned) if when.startswith("2026-07")]
    assert summer and all(when.endswith("+02:00") for when in summer)  # written CEST
    assert sorted(map(seconds_of, _when(utc))) == sorted(map(seconds_of, _when(zoned)))
    event = zoned["events"][0]
    assert event["tags"] == ["Content Modification Time", "Log File"]
    assert "host: myhostname.myhost.com" in event["notes"] and "user:" not in event["notes"]  # '-' is empty
    shown, findings = loaded(zoned)
    assert len(shown.events) == len(zoned["events"]) and not [f for f in findings if f.severity == "error"]


def test_l2tcsv_and_the_dynamic_csv_of_the_same_timeline_agree_on_every_instant():
    dynamic, report = run(plaso_dynamic, PLASO / "dynamic_time_zone.log")
    zoned, _ = run(l2tcsv, PLASO / "l2tcsv_time_zone.log")
    assert not report.findings
    assert _when(dynamic)[0] == "2012-01-22T08:52:33+01:00"
    assert _when(dynamic)[-1] == "2026-07-02T19:48:00.586325324+02:00"
    instants = {math.floor(seconds_of(when)) for when in _when(dynamic)}  # l2tcsv writes whole seconds
    assert instants == {math.floor(seconds_of(when)) for when in _when(zoned)}
    assert "parser: text/syslog_traditional" in dynamic["events"][0]["notes"]


def test_a_zone_that_cannot_be_placed_is_reported_once_with_a_count(tmp_path):
    header = PLASO.joinpath("l2tcsv.log").read_text("utf-8").split("\n", 1)[0]
    row = "01/22/2016,07:52:33,{zone},M...,LOG,Log File,Content Modification Time,-,host,short,desc,2,f,0,-,syslog,-"
    path = tmp_path / "zones.csv"
    path.write_text("\n".join([header, row.format(zone="IST"), row.format(zone="IST"),
                               row.format(zone="Europe/Berlin"), "bad,row"]) + "\n", encoding="utf-8")
    document, report = run(l2tcsv, path)
    assert _when(document) == ["2016-01-22T07:52:33", "2016-01-22T07:52:33", "2016-01-22T07:52:33+01:00"]
    assert {(line or 0, message) for line, message in messages(report)} == {
        (5, "this row has 2 fields where the header has 17: it is left out (bad,row)"),
        (0, "the time zone 'IST' is not one Lagebild can place: 2 times are kept as local times")}


def test_iso_forms_become_edtf():
    assert edtf_datetime("2015-07-24 19:01:01+0000") == "2015-07-24T19:01:01+00:00"
    assert edtf_datetime("2015-07-24T19:01:01,5Z") == "2015-07-24T19:01:01.5Z"
    assert edtf_datetime("2015-07-24T19:01") == "2015-07-24T19:01"
    assert edtf_datetime("2015-07-24") == "2015-07-24"
    assert edtf_datetime("2022-11-10T05-07-28+00:00") is None


def test_each_kind_is_told_apart_by_its_content():
    heads = {path.name: path.read_bytes()[:65536] for path in list(TS.iterdir()) + list(PLASO.iterdir())}
    for name, head in heads.items():
        kinds = [m.NAME for m in (l2tcsv, plaso_dynamic, timesketch) if m.detect(head, name)]
        expected = ["l2tcsv"] if name.startswith("l2tcsv") else (["plaso-dynamic", "timesketch"]
                                                                  if name.startswith("dynamic") else ["timesketch"])
        assert kinds == expected, name
