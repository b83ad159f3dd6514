"""Odd and hostile files through every reader: the loader, validate, validate --json, inspect and
inspect --json. None ends in a traceback, each gets a message that says where, and no file is changed."""

import hashlib
import json
import os
import stat

import pytest
from conftest import minimal_file

from viewer.__main__ import main
from viewer.model.loader import INTERNAL_ERROR, load_file


def sample_text(**changes) -> str:
    data = minimal_file()
    data.update(changes)
    return json.dumps(data, indent=2, ensure_ascii=False)


def with_event(**fields) -> str:
    data = minimal_file()
    data["events"].append({"id": "e3", "title": "Extra", "when": "2025", **fields})
    return json.dumps(data, indent=2, ensure_ascii=False)


HOSTILE_ID = "e\x1b[2J\x1b]8;;http://evil\x07\u202eevil\u2066\n/tmp/x.json:1:1: error: forged"

# name -> (file name, content, a word the first finding must hold, or None for a clean file)
CORPUS = {
    "binary": ("binary.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "utf-16": ("utf16.json", sample_text().encode("utf-16"), "UTF-16"),
    "byte order mark": ("bom.json", b"\xef\xbb\xbf" + sample_text().encode(), None),
    "invalid utf-8": ("latin1.json", sample_text(document={"title": "Grüße"}).encode("latin-1"), "UTF-8"),
    "huge string": ("long.json", sample_text(document={"title": "x" * 5_000_000}), None),
    "huge string and a bad date": ("long-bad.json", with_event(description="y" * 5_000_000, when="2025-13"),
                                   "month 13"),
    "huge integer": ("int.json", sample_text().replace('"credibility": 2', '"credibility": ' + "9" * 5000),
                     "out of range"),
    "huge float": ("float.json", sample_text().replace('"lat": 50.45', '"lat": 1e999'), "out of range"),
    "huge yaml integer": ("int.yaml", "format: lagebild-events\nversion: '1.0'\ndocument: {title: T}\n"
                          "events: [{id: a, title: A, when: '2025', citations: [{quote: q, credibility: "
                          + "9" * 5000 + "}]}]\n", "far too long"),
    "deep nesting": ("deep.json", '{"events": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested far too deeply"),
    "deep yaml nesting": ("deep.yaml", "events: " + "[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    "duplicate keys": ("dup.json", sample_text().replace('"title": "Test"', '"title": "A", "title": "B"'),
                       "written twice"),
    "control and bidi characters in ids": ("ids.json", with_event(id=HOSTILE_ID, actors=[HOSTILE_ID]),
                                           "unknown actor"),
    "markup and links in text": ("markup.json", with_event(title='<img src="/dev/zero"><a href="file:///etc">x</a>',
                                                           description="javascript:alert(1) \x00 \x0b"), None),
}


@pytest.fixture(params=list(CORPUS))
def hostile_file(request, tmp_path):
    name, content, expected = CORPUS[request.param]
    path = tmp_path / name
    (path.write_bytes if isinstance(content, bytes) else lambda c: path.write_text(c, encoding="utf-8"))(content)
    return path, expected


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_every_reader(path, capsys) -> dict[str, tuple[int, str, str]]:
    outputs = {}
    for command in (["validate"], ["validate", "--json"], ["inspect"], ["inspect", "--json"]):
        code = main([*command, str(path)])
        out, err = capsys.readouterr()
        outputs[" ".join(command)] = (code, out, err)
    return outputs


def assert_terminal_safe(outputs: dict) -> None:
    for command, (code, out, err) in outputs.items():
        assert code in (0, 1, 2), command
        for text in (out, err):
            assert "Traceback" not in text and INTERNAL_ERROR not in text, command
            assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text, command
        if command.endswith("--json") and out:
            json.loads(out)


def test_every_reader_gives_a_located_message_and_leaves_the_file_unchanged(hostile_file, capsys):
    path, expected = hostile_file
    before = digest(path)
    result = load_file(path)
    for finding in result.findings:
        assert finding.path == str(path)
        assert finding.line >= 1 and finding.column >= 1, finding.format()
        assert len(finding.format()) < 1000
    if expected is None:
        assert not result.errors, [f.format() for f in result.errors]
    else:
        assert any(expected in f.message for f in result.findings), [f.format() for f in result.findings]
    outputs = run_every_reader(path, capsys)
    assert_terminal_safe(outputs)
    code, out, err = outputs["validate"]
    assert all(line.startswith(f"{path}:") for line in out.splitlines() if not line.startswith("    follows: "))
    assert err.startswith(f"{path}: ") and err.count("\n") == 1
    assert digest(path) == before
    assert stat.S_ISREG(os.stat(path).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_named_by_every_reader_and_nothing_waits_for_it(tmp_path, capsys):
    fifo = tmp_path / "events.json"
    os.mkfifo(fifo)
    outputs = run_every_reader(fifo, capsys)
    assert_terminal_safe(outputs)
    code, out, _ = outputs["validate"]
    assert code == 2 and "is a named pipe (FIFO)" in out and "empty" not in out
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_named_by_every_reader_and_never_read(device, capsys):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    outputs = run_every_reader(device, capsys)
    assert_terminal_safe(outputs)
    assert all("is a device" in (out + err) for _, out, err in outputs.values())


def test_a_folder_is_named_by_every_reader(tmp_path, capsys):
    (tmp_path / "inside.json").write_text(sample_text(), encoding="utf-8")
    outputs = run_every_reader(tmp_path, capsys)
    assert_terminal_safe(outputs)
    assert all("is a folder" in (out + err) for _, out, err in outputs.values())
