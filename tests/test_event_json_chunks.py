"""A large event file is written a slice of events at a time, and still atomically: a writer that
fails half-way leaves the old file and nothing else."""

from __future__ import annotations

import msgspec
import pytest

from viewer.output import event_json
from viewer.output.atomic import write_chunks_atomically


def test_the_pieces_are_the_document_as_json(monkeypatch):
    monkeypatch.setattr(event_json, "EVENTS_PER_CHUNK", 3)
    for document in ({"format": "lagebild-events", "document": {"title": "t"},
                      "events": [{"id": str(k), "title": "é → x", "when": "2025"} for k in range(10)]},
                     {"format": "lagebild-events", "document": {"title": "no events"}}):
        assert msgspec.json.decode(b"".join(event_json.json_chunks(document))) == document


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_other(tmp_path):
    target = tmp_path / "events.json"
    target.write_bytes(b"old")

    def failing():
        yield b"new part one"
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        write_chunks_atomically(target, failing())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]
    write_chunks_atomically(target, iter([b"new ", b"file"]))
    assert target.read_bytes() == b"new file"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]
