"""The headless commands: validate and inspect."""

import json
import subprocess
import sys

from conftest import minimal_file

from viewer.__main__ import main
from viewer.resources_path import sample_path


def run(*args):
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True, text=True, timeout=120)


def test_validate_sample_is_clean(capsys):
    assert main(["validate", str(sample_path())]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 errors, 0 warnings" in err


def test_validate_reports_path_line_col_and_exits_1(write_file, capsys):
    data = minimal_file()
    data["events"][1]["when"] = "2025-13-01"
    data["events"][0]["actors"] = ["ghost"]
    path = write_file(data)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{path}:") and ": error: events[1].when: " in line and "month 13" in line
               for line in out)
    assert any(": warning: events[0].actors[0]: unknown actor 'ghost'" in line for line in out)


def test_validate_warnings_only_exit_0(write_file, capsys):
    data = minimal_file()
    data["events"][0]["actors"] = ["ghost"]
    assert main(["validate", str(write_file(data))]) == 0


def test_validate_json_output(write_file, capsys):
    data = minimal_file()
    data["events"][1]["when"] = "later"
    path = write_file(data)
    assert main(["validate", "--json", str(path)]) == 1
    (report,) = json.loads(capsys.readouterr().out)
    (finding,) = report["findings"]
    assert finding["field"] == "events[1].when" and finding["severity"] == "error" and finding["line"] > 0
    assert report["events"] == 1


def test_validate_usage_error_exits_2():
    done = run("validate")
    assert done.returncode == 2
    assert "usage" in done.stderr


def test_validate_several_files(write_file, tmp_path, capsys):
    good = write_file(minimal_file(), "good.json")
    assert main(["validate", str(good), str(tmp_path / "missing.json")]) == 2  # a file that cannot be read
    out, err = capsys.readouterr()
    assert "missing.json: error: no such file" in out
    assert "missing.json: 1 error, 0 warnings, not loaded" in err and "good.json: 0 errors, 0 warnings, 2 events" in err


def test_inspect_json_gives_resolved_bounds(write_file, capsys):
    data = minimal_file()
    data["events"][1]["when"] = "2025-04~/.."
    assert main(["inspect", "--json", str(write_file(data))]) == 0
    doc = json.loads(capsys.readouterr().out)
    first, second = doc["events"]
    assert first["when"]["start"]["earliest"] == "2025-03-15T00:00:00Z"
    assert first["when"]["end"]["latest"] == "2025-03-16T00:00:00Z"
    assert first["when"]["display"] == "15 Mar 2025"
    assert first["segments"] == [{"id": "sky", "name": "Sky"}]
    assert first["citations"][0]["grade"] == "B2"
    assert second["when"]["end"]["latest"] == ".."
    assert set(second["when"]["qualifiers"]) >= {"approximate", "open end"}


def test_inspect_text_of_sample(capsys):
    assert main(["inspect", str(sample_path())]) == 0
    out = capsys.readouterr().out
    assert "15 Mar 2025" in out and "4 Apr 2025" in out
    assert "Sky" in out and "The Telegraph" in out


def test_inspect_unreadable_file_exits_1(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_bytes(b"\x00\x01")
    assert main(["inspect", str(path)]) == 1
    assert "not a text file" in capsys.readouterr().err


def _clean_environment(tmp_path) -> dict:
    """No display, no Qt platform chosen: what a server or a container offers."""
    import os

    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV")}
    return {**keep, "HOME": str(tmp_path), "LAGEBILD_CONFIG_DIR": str(tmp_path / "config")}


def test_viewer_without_a_display_says_how_to_start_it_and_exits_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "viewer"], capture_output=True, text=True, timeout=120,
                          env=_clean_environment(tmp_path))
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert "no display" in line and "desktop" in line
    assert "validate, inspect, screenshot and export run without one" in line


def test_headless_commands_print_no_qt_notices(tmp_path):
    out = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "viewer", "screenshot", str(sample_path()), "-o", str(out),
                           "--size", "800x500"], capture_output=True, text=True, timeout=120,
                          env=_clean_environment(tmp_path))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    assert done.stderr == ""


def test_missing_file_exits_2_in_every_command(tmp_path, capsys):
    missing = str(tmp_path / "missing.json")
    assert main(["validate", missing]) == 2
    assert main(["inspect", missing]) == 2
    assert main(["export", missing, "--view", "annex", "--out", str(tmp_path / "a.md")]) == 2
    assert main(["export", missing, "--view", "page", "--out", str(tmp_path / "a.png")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_validate_counts_in_words(write_file, capsys):
    data = minimal_file()
    data["events"][1]["when"] = "2025-13-01"
    assert main(["validate", str(write_file(data))]) == 1
    assert "1 error, 0 warnings, 1 of 2 events loaded" in capsys.readouterr().err


def test_validate_lists_follow_ons_under_their_cause(write_file, capsys):
    data = minimal_file()
    data["sources"][0]["reliability"] = "b2"
    assert main(["validate", str(write_file(data))]) == 1
    out = capsys.readouterr().out.splitlines()
    cause = next(i for i, line in enumerate(out) if "sources[0].reliability" in line)
    assert "follows:" in out[cause + 1] and "events[0].citations[0].source: refers to source 'tg'" in out[cause + 1]
