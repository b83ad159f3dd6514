"""What the commands print: file text with its control characters visible, one finding per line,
a summary a file cannot forge, a true account of what was loaded, and a quiet end when the reader goes."""

import json
import os
import subprocess
import sys

import pytest
from conftest import minimal_file

from viewer.resources_path import sample_path

ESC = "\x1b"
FORGED = "\nother.json:1:1: error: forged\nevents.json: 0 errors, 0 warnings, 2 events\n"


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True, text=True,
                          timeout=120, **kwargs)


@pytest.fixture
def hostile(write_file):
    data = minimal_file()
    data["events"][0]["actors"] = [f"{ESC}[2J{ESC}]0;pwned\x07ghost{FORGED}"]  # an unknown actor is echoed
    data["events"][1]["id"] = f"e2\u202eevil{ESC}[31m"
    data["events"].append({"id": f"dup{FORGED}", "title": "A", "when": "2025"})
    data["events"].append({"id": f"dup{FORGED}", "title": "B", "when": "2025"})
    return write_file(data)


def test_validate_prints_control_characters_visibly_and_one_line_per_finding(hostile):
    result = run("validate", str(hostile))
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert ESC not in result.stdout + result.stderr and "\u202e" not in result.stdout
    assert all(line.startswith(f"{hostile}:") for line in lines)
    assert len(lines) == 2  # the unknown actor and the duplicate id, nothing forged
    assert "\\x1b[2J\\x1b]0;pwned\\x07ghost\\nother.json:1:1: error: forged\\n" in result.stdout
    assert result.stderr.splitlines() == [f"{hostile}: 1 error, 1 warning, 3 of 4 events loaded"]


def test_validate_json_is_valid_json_with_nothing_a_terminal_obeys(hostile):
    result = run("validate", "--json", str(hostile))
    assert ESC not in result.stdout and "\u202e" not in result.stdout
    (report,) = json.loads(result.stdout)
    assert report["events"] == 3 and report["events_in_file"] == 4
    assert any(f"{ESC}[2J" in f["message"] for f in report["findings"])  # the values are kept exactly


def test_inspect_shows_ids_and_values_with_control_characters_visible(hostile):
    text = run("inspect", str(hostile))
    assert ESC not in text.stdout + text.stderr and "\u202e" not in text.stdout
    assert "e2\\u202eevil\\x1b[31m: Visit" in text.stdout
    assert all(line.startswith(f"{hostile}:") for line in text.stderr.splitlines())
    as_json = run("inspect", "--json", str(hostile))
    assert ESC not in as_json.stdout and "\u202e" not in as_json.stdout
    assert json.loads(as_json.stdout)["events"][1]["id"] == f"e2\u202eevil{ESC}[31m"


def test_a_file_whose_events_are_all_broken_is_summarised_truthfully(write_file):
    data = minimal_file()
    for event in data["events"]:
        event["when"] = "not a date"
    result = run("validate", str(write_file(data)))
    assert result.stderr.strip().endswith("2 errors, 0 warnings, 0 of 2 events loaded")
    assert "not loaded" in run("validate", str(write_file(b"{"))).stderr


@pytest.mark.parametrize("command", [["inspect", "--json"], ["inspect"], ["validate", "--json"]])
def test_output_cut_short_by_the_reader_ends_quietly(command):
    with subprocess.Popen([sys.executable, "-m", "viewer", *command, str(sample_path())],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.read(10)
        process.stdout.close()  # like `| head -c 10`
        error = process.stderr.read().decode()
        process.wait(timeout=60)
    assert "Traceback" not in error and "BrokenPipe" not in error, error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "events.json"
    os.mkfifo(fifo)
    result = run("validate", str(fifo))
    assert result.returncode == 2  # as for a missing file or a folder
    assert f"{fifo}: error: is a named pipe (FIFO), not an event file" in result.stdout


@pytest.mark.parametrize("target, expected", [("/dev/zero", "is a device"), ("/dev/null", "is a device")])
def test_a_device_is_refused_as_a_device_not_as_empty(target, expected):
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    result = run("validate", target)
    assert expected in result.stdout and "empty" not in result.stdout


def test_a_folder_is_refused_as_a_folder(tmp_path):
    assert f"{tmp_path}: error: is a folder, not an event file" in run("validate", str(tmp_path)).stdout
