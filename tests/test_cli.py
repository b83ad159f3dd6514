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
    assert main(["validate", str(good), str(tmp_path / "missing.json")]) == 1
    assert "missing.json: error: no such file" in capsys.readouterr().out


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
