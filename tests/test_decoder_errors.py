"""Whatever the JSON or YAML decoder refuses becomes a located finding: in the command and in the window."""

import json
import subprocess
import sys

import pytest
import yaml
from conftest import minimal_file

from viewer.app.main_window import MainWindow
from viewer.model.loader import load_file


def yaml_text(**replace) -> str:
    text = yaml.safe_dump(minimal_file(), sort_keys=False)
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


# Each value replaces the credibility of the first citation.
YAML_SCALARS = {
    "huge integer": ("9" * 5000, "5,000 digits is far too long"),
    "int tag on text": ("!!int xyz", "as !!int"),
    "float tag on text": ("!!float xyz", "as !!float"),
    "unknown python tag": ("!!python/object:os.system x", "as !!python/object:os.system"),
    "timestamp tag on no date": ("!!timestamp 2025-99-99", '"2025-99-99"'),
    "infinity": (".inf", "credibility"),
    "not a number": (".nan", "credibility"),
}


@pytest.mark.parametrize("name", YAML_SCALARS)
def test_yaml_scalars_the_decoder_cannot_read_are_located_findings(write_file, name):
    value, expected = YAML_SCALARS[name]
    text = yaml_text(**{"credibility: 2": f"credibility: {value}"})
    result = load_file(write_file(text, "events.yaml"))
    row = next(i for i, line in enumerate(text.splitlines(), 1) if "credibility" in line)
    assert result.errors, name
    assert all((f.line, f.field_path) == (row, "events[0].citations[0].credibility") for f in result.errors)
    assert any(expected in f.format() for f in result.errors)
    assert [e.id for e in result.document.events] == ["e1", "e2"]  # the rest of the file still loads
    assert all(len(f.format()) < 400 for f in result.findings)


@pytest.mark.parametrize("content, expected", [
    ("key: [1, 2", "YAML is malformed"),
    ("a: *nothing", "aliases"),
    ("[" * 5000 + "]" * 5000, "nested far too deeply"),
    ("? [a, b]\n: c", "keys must be plain text"),
])
def test_yaml_that_cannot_be_read_at_all_gets_one_located_error(write_file, content, expected):
    (finding,) = load_file(write_file(content, "bad.yaml")).findings
    assert expected in finding.message and finding.line >= 1 and finding.column >= 1


@pytest.mark.parametrize("number", ["9" * 5000, "1e999", "NaN", "Infinity", "-Infinity"])
def test_validate_reports_json_numbers_it_cannot_read_without_a_traceback(write_file, number):
    text = json.dumps(minimal_file(), indent=2).replace('"credibility": 2', f'"credibility": {number}')
    path = write_file(text)
    run = subprocess.run([sys.executable, "-m", "viewer", "validate", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    row = next(i for i, line in enumerate(text.splitlines(), 1) if "credibility" in line)
    assert run.stdout.startswith(f"{path}:{row}:"), run.stdout


def test_validate_of_a_yaml_integer_over_the_digit_limit_ends_with_findings(write_file):
    path = write_file(yaml_text(**{"credibility: 2": "credibility: " + "9" * 5000}), "big.yaml")
    run = subprocess.run([sys.executable, "-m", "viewer", "validate", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "far too long" in run.stdout and "2 errors, 0 warnings, 2 events" in run.stderr


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_window_load_of_an_unreadable_yaml_number_ends_and_lists_it(window, write_file):
    path = write_file(yaml_text(**{"credibility: 2": "credibility: " + "9" * 5000}), "big.yaml")
    window.open_path(str(path))
    window.wait_for_load(30_000)
    assert window._load is None and not window.progress.isVisible()
    assert [e.id for e in window.state.document.events] == ["e1", "e2"]
    table = window.findings.table
    assert any("far too long" in table.topLevelItem(i).text(3) for i in range(table.topLevelItemCount()))


def test_window_load_that_fails_inside_the_reader_ends_with_its_message(window, write_file, monkeypatch):
    # The loader turns every known problem into a finding; this is the last line of
    # defence for one it does not know: the progress must end and the reason be shown.
    def broken_reader(*args, **kwargs):
        raise RuntimeError("disk on fire")

    shown = []
    monkeypatch.setattr("viewer.app.loading.open_file", broken_reader)
    monkeypatch.setattr("viewer.app.main_window.show_message", lambda *args: shown.append(args[3]))
    window.open_path(str(write_file(minimal_file())))
    window.wait_for_load(30_000)
    assert window._load is None and not window.progress.isVisible()
    assert "disk on fire" in shown[0]
    assert "disk on fire" in window.statusBar().currentMessage()
