"""ACLED, GDELT, Timesketch and Plaso files are recognised by their content, pass the
registry's record-by-record check whole, and `lagebild import` merges them into one file
that validates."""

from __future__ import annotations

import shutil

from bulk_import_helpers import DATA

from viewer.cli import importing
from viewer.importers import registry
from viewer.model.loader import load_file

KINDS = {
    DATA / "acled" / "acledR-argentina-2022.csv": "acled",
    DATA / "acled" / "acledR-world-2022.csv": "acled",
    DATA / "gdelt" / "gdelt1-daily-2016-07-28.tsv": "gdelt",
    DATA / "timesketch" / "sigma_events.csv": "timesketch",
    DATA / "timesketch" / "sigma_events.jsonl": "timesketch",
    DATA / "timesketch" / "evtx_part.csv": "timesketch",
    DATA / "plaso" / "l2tcsv.log": "l2tcsv",
    DATA / "plaso" / "l2tcsv_time_zone.log": "l2tcsv",
    DATA / "plaso" / "dynamic.log": "plaso-dynamic",
    DATA / "plaso" / "dynamic_time_zone.log": "plaso-dynamic",
}


def test_each_file_is_recognised_by_its_content_whatever_its_name(tmp_path):
    for path, kind in KINDS.items():
        renamed = tmp_path / f"export-{kind}.txt"
        shutil.copyfile(path, renamed)
        assert registry.detect(renamed).NAME == kind, path.name


def test_every_imported_record_passes_the_registry_check():
    for path in KINDS:
        module = registry.detect(path)
        native, report = registry.import_file(path)
        assert native is not None, path.name
        assert not [f for f in report.findings if "is left out" in f.message and "row" not in f.message], path.name
        assert all(event["origin"]["format"] == module.NAME for event in native["events"])


def test_lagebild_import_merges_the_kinds_into_one_file_that_validates(tmp_path, capsys):
    sources = [DATA / "acled" / "acledR-world-2022.csv", DATA / "gdelt" / "gdelt1-daily-2016-07-28.tsv",
               DATA / "timesketch" / "sigma_events.csv", DATA / "plaso" / "l2tcsv_time_zone.log"]
    out = tmp_path / "merged.json"
    assert importing.main([*map(str, sources), "--out", str(out)]) == 0
    loaded = load_file(out)
    assert not loaded.errors
    formats = {}
    for event in loaded.document.events:
        formats[event.origin.format] = formats.get(event.origin.format, 0) + 1
    assert formats == {"acled": 200, "gdelt": 200, "timesketch": 4, "l2tcsv": 19}
