"""GDELT event files, 1.0 and 2.0, plain or zipped, import with CAMEO codes as tags, the action's
place, the article as the citation and GDELT's measures in the notes."""

from __future__ import annotations

import zipfile

from bulk_import_helpers import DATA, by_id, file_line, loaded, messages, records, run

from viewer.importers import gdelt

DAILY = DATA / "gdelt" / "gdelt1-daily-2016-07-28.tsv"


def _real_rows() -> list[list[str]]:
    return [line.split("\t") for line in DAILY.read_text("utf-8").splitlines()]


def _as_version_2(row: list[str]) -> list[str]:
    """A 1.0 daily row (58 fields) in the 2.0 layout (61): an ADM2 code in each geo block and the
    time GDELT added it."""
    head, geo, tail = row[:35], row[35:56], row[56:]
    blocks = [geo[k:k + 7] for k in (0, 7, 14)]
    wide = [block[:4] + [""] + block[4:] for block in blocks]
    return head + wide[0] + wide[1] + wide[2] + [tail[0] + "134500", tail[1]]


def test_every_row_of_a_real_daily_file_becomes_an_event_that_loads_without_errors():
    document, report = run(gdelt, DAILY)
    assert len(document["events"]) == 200
    assert not [f for f in report.findings if f.severity == "error"]
    shown, findings = loaded(document)
    assert shown is not None and len(shown.events) == 200
    assert not [f for f in findings if f.severity == "error"]


def test_an_event_keeps_its_actors_cameo_codes_place_and_article():
    document, _ = run(gdelt, DAILY)
    event = by_id(document)["564111684"]
    assert event["title"] == "VANCOUVER → WASHINGTON: Coerce (172)"
    assert event["when"] == "2016-07-21"
    assert {"CAMEO 172", "Material conflict"} <= set(event["tags"])
    assert records(document, "segments")[event["segments"][0]]["label"] == "CAMEO 17 Coerce"
    actors = records(document, "actors")
    assert [actors[a]["name"] for a in event["actors"]] == ["VANCOUVER", "WASHINGTON"]
    assert actors[event["actors"][0]]["description"].startswith("CAMEO actor code CAN; country CAN")
    place = records(document, "places")[event["place"]]
    assert place == {"id": event["place"], "name": "Washington, District of Columbia, United States",
                     "lat": 38.8951, "lon": -77.0364}
    assert event["citations"] == [{"source": "neworleanscitybusiness.com".replace(".", "-"),
                                   "url": "http://neworleanscitybusiness.com/blog/2016/07/27/"
                                          "cities-turn-to-local-action-to-block-oil-trains/"}]
    assert records(document, "sources")[event["citations"][0]["source"]]["name"] == "neworleanscitybusiness.com"
    assert "Goldstein -5.0" in event["notes"] and "12 mentions, 2 sources, 12 articles" in event["notes"]
    assert "Actor 1 in Vancouver, British Columbia, Canada (49.25, -123.133)" in event["notes"]
    assert "Added: 2016-07-28" in event["notes"]
    assert event["origin"] == {"file": DAILY.name, "line": 5, "id": "564111684", "format": "gdelt"}
    assert file_line(DAILY, 5).startswith("564111684\t")


def test_an_event_without_an_action_place_has_no_place():
    document, _ = run(gdelt, DAILY)
    event = by_id(document)["564111654"]  # all three geo blocks empty in the file
    assert "place" not in event and "Actor 1 in" not in event.get("notes", "")


def test_a_zipped_file_imports_the_same_events(tmp_path):
    archive = tmp_path / "20160728.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(DAILY, "20160728.export.CSV")
    head = archive.read_bytes()[:65536]
    assert gdelt.detect(head, str(archive))
    zipped, _ = run(gdelt, archive)
    plain, _ = run(gdelt, DAILY)
    strip = [{k: v for k, v in e.items() if k != "origin"} for e in plain["events"]]
    assert [{k: v for k, v in e.items() if k != "origin"} for e in zipped["events"]] == strip


def test_version_2_rows_and_rows_of_mixed_versions_all_import_at_their_lines(tmp_path):
    rows = _real_rows()[:6]
    mixed = [_as_version_2(rows[0]), rows[1], _as_version_2(rows[2]), rows[3][:57], rows[4], _as_version_2(rows[5])]
    path = tmp_path / "mixed.export.CSV"
    path.write_text("\n".join("\t".join(row) for row in mixed) + "\n", encoding="utf-8")
    assert gdelt.detect(path.read_bytes(), str(path))
    document, report = run(gdelt, path)
    assert [e["origin"]["line"] for e in document["events"]] == [1, 2, 3, 4, 5, 6]
    assert [e["id"] for e in document["events"]] == [row[0] for row in rows]
    assert "Added: 2006-07-31 13:45:00 UTC".replace("2006-07-31", rows[0][56][:4] + "-" + rows[0][56][4:6] + "-"
                                                    + rows[0][56][6:8]) in document["events"][0]["notes"]
    assert "citations" not in by_id(document)[rows[3][0]]  # 1.0 historical rows have no article address
    assert not [f for f in report.findings if f.line]
    assert document["events"][0]["place"] == by_id(run(gdelt, DAILY)[0])[rows[0][0]]["place"]


def test_a_row_of_another_width_or_without_a_date_is_reported_and_the_rest_imports(tmp_path):
    rows = _real_rows()[:4]
    broken = list(rows[2])
    broken[1] = "2016-07-28"
    path = tmp_path / "broken.export.CSV"
    path.write_text("\n".join(["\t".join(rows[0]), "\t".join(rows[1][:20]), "\t".join(broken),
                               "\t".join(rows[3])]) + "\n", encoding="utf-8")
    document, report = run(gdelt, path)
    assert [e["origin"]["line"] for e in document["events"]] == [1, 4]
    found = sorted(messages(report))
    assert found[0][0] == 2 and "20 fields; GDELT rows have 57, 58 or 61" in found[0][1]
    assert found[1] == (3, "'2016-07-28' is not a date written YYYYMMDD: the row is left out")


def test_cameo_roots_as_tags_when_asked():
    document, _ = run(gdelt, DAILY, groups_as="tags")
    event = by_id(document)["564111684"]
    assert "CAMEO 17 Coerce" in event["tags"] and "segments" not in event


def test_administrative_codes_are_counted_as_not_imported():
    _, report = run(gdelt, DAILY)
    assert report.left_out["GDELT administrative codes of places (ADM1Code, ADM2Code)"] > 0


def test_detected_by_its_rows_not_its_name():
    assert gdelt.detect(DAILY.read_bytes()[:65536], "day.txt")
    assert not gdelt.detect(b"id\tdate\n1\t2\n", "20160728.export.CSV")
