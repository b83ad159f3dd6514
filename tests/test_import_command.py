"""`lagebild import` writes one event file that validates, from one or several sources."""

import json
import os
import shutil
from pathlib import Path

import yaml

from viewer.__main__ import main
from viewer.model.loader import load_file
from viewer.resources_path import sample_path

DATA = Path(__file__).parent / "data" / "import" / "timelinejs3"


def test_import_writes_a_file_that_validates_without_errors(tmp_path, capsys):
    out = tmp_path / "women.json"
    assert main(["import", str(DATA / "women_in_computing.json"), "--out", str(out)]) == 0
    loaded = load_file(out)
    assert loaded.errors == [] and len(loaded.document.events) == 10
    assert loaded.document.events[0].origin.format == "timelinejs3"
    captured = capsys.readouterr()
    assert "10 events imported, 0 errors" in captured.err
    assert "media captions: 6 items not imported" in captured.out
    assert main(["validate", str(out)]) == 0


def test_several_sources_merge_into_one_yaml_file_with_ids_kept_apart(tmp_path):
    out = tmp_path / "merged.yaml"
    copy = tmp_path / "copy.json"
    shutil.copy(DATA / "women_in_computing.json", copy)
    assert main(["import", str(DATA / "women_in_computing.json"), str(copy), str(DATA / "houston-v2.json"),
                 "--out", str(out)]) == 0
    merged = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert len(merged["events"]) == 10 + 10 + 18
    ids = [e["id"] for e in merged["events"]]
    assert len(set(ids)) == len(ids)
    # the same credit in both copies is one source
    assert [s["name"] for s in merged["sources"]].count("Wikimedia Commons") == 1
    assert {e["origin"]["file"] for e in merged["events"]} == {str(DATA / "women_in_computing.json"), str(copy),
                                                               str(DATA / "houston-v2.json")}
    loaded = load_file(out)
    assert loaded.errors == [] and len(loaded.document.events) == 38


def test_native_file_imports_as_the_same_events(tmp_path):
    out = tmp_path / "again.json"
    assert main(["import", str(sample_path()), "--out", str(out)]) == 0
    before, after = load_file(sample_path()).document, load_file(out).document
    assert list(after.events) == list(before.events)
    assert (after.sources, after.segments, after.places, after.eras) == \
        (before.sources, before.segments, before.places, before.eras)
    # and an imported file imported again is unchanged too
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["import", str(DATA / "houston-v2.json"), "--out", str(first)]) == 0
    assert main(["import", str(first), "--out", str(second)]) == 0
    assert list(load_file(second).document.events) == list(load_file(first).document.events)


def test_unknown_kind_names_every_supported_kind_and_writes_nothing(tmp_path, capsys):
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes\n")
    out = tmp_path / "out.json"
    assert main(["import", str(odd), "--out", str(out)]) == 2
    said = capsys.readouterr().out
    assert "not a kind of file Lagebild can read or import" in said
    assert "TimelineJS3 JSON (timelinejs3)" in said and "Lagebild event file" in said
    assert not out.exists()


def test_a_failed_import_leaves_the_old_output_and_never_touches_the_input(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    source = tmp_path / "src.json"
    shutil.copy(DATA / "eras.json", source)
    before = source.read_bytes()
    assert main(["import", str(source), "--out", str(source)]) == 2  # refuses to overwrite its input
    assert source.read_bytes() == before
    assert main(["import", str(tmp_path / "missing.json"), "--out", str(out)]) == 2
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_format_option_and_bad_output_name(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["import", str(DATA / "eras.json"), "--out", str(out)]) == 2
    assert "write a .json or .yaml file" in capsys.readouterr().err
    assert main(["import", str(DATA / "eras.json"), "--format", "nosuch", "--out", str(tmp_path / "x.json")]) == 2
    assert "unknown format 'nosuch'" in capsys.readouterr().out
    out = tmp_path / "forced.json"
    renamed = tmp_path / "eras.data"
    renamed.write_bytes((DATA / "eras.json").read_bytes())
    assert main(["import", str(renamed), "--format", "timelinejs3", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["events"]
    assert os.path.getsize(out) > 0


def test_a_large_import_is_written_a_slice_at_a_time_and_validates(tmp_path, monkeypatch, capsys):
    from viewer.bench_import import write_synthetic
    from viewer.output import atomic

    source = tmp_path / "acled.csv"
    write_synthetic(source, "acled", 2500)
    monkeypatch.setattr("viewer.cli.importing.EVENTS_PER_CHUNK", 1000)
    monkeypatch.setattr("viewer.output.event_json.EVENTS_PER_CHUNK", 1000)
    pieces = []
    streamed = atomic.write_chunks_atomically

    def counting(target, chunks, inputs=()):
        return streamed(target, (pieces.append(len(c)) or c for c in chunks), inputs)

    monkeypatch.setattr("viewer.cli.importing.write_chunks_atomically", counting)
    out = tmp_path / "acled.json"
    assert main(["import", str(source), "--out", str(out)]) == 0
    assert len(pieces) >= 4  # the head, three slices of events and the end
    assert "wrote" in capsys.readouterr().err
    loaded = load_file(out)
    assert loaded.errors == [] and len(loaded.document.events) == 2500
    assert main(["validate", str(out)]) == 0


def test_what_merging_could_break_is_found_before_anything_is_written():
    from viewer.importers.merged_check import merged_problems

    document = {"segments": [{"id": "s", "label": "S"}], "actors": [{"id": "a", "name": "A"}],
                "sources": [{"id": "src", "name": "Outlet"}],
                "events": [{"id": "e1", "title": "One", "when": "2025", "actors": ["a"], "segments": ["s"],
                            "citations": [{"source": "src"}]},
                           {"id": "e2", "title": "Two", "when": "2025"}]}
    assert merged_problems(document) == []
    document["events"][1]["id"] = "e1"
    document["events"][1]["place"] = "nowhere"
    document["events"][0]["actors"] = ["a", "b"]
    document["events"][0]["citations"].append({"source": "gone"})
    assert merged_problems(document) == [
        "events: 1 ids are used twice",
        "events: 1 references in 'actors' name no record of actors",
        "events: 1 references in 'place' name no record of places",
        "events: 1 citations name no record of sources",
    ]
