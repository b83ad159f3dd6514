import json
import os
from pathlib import Path

import pytest

# Every test runs headless; set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAGEBILD_CONFIG_DIR", "")  # overridden per test below
# Tests read English unless they choose German, whatever the machine's locale (the commands they
# start follow the desktop's language, read from these).
os.environ["LANGUAGE"] = "en"


def pytest_addoption(parser):
    parser.addoption("--approve", action="store_true",
                     help="write what the code draws now as the approved images (tests/images/approved/)")


@pytest.fixture
def approve(request) -> bool:
    """True under --approve: image tests then write their approved images instead of comparing."""
    return bool(request.config.getoption("--approve"))


@pytest.fixture(autouse=True)
def _no_unattended_modal_dialogs(request, monkeypatch):
    """A modal dialog nobody closes would hang the run: fail the test instead.

    Tests that close their dialog themselves are marked ``allow_modal``.
    """
    if request.node.get_closest_marker("allow_modal"):
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args):
        raise AssertionError(f"a modal {type(self).__name__} was opened: {self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(autouse=True)
def _english_unless_chosen():
    """A test that switches to German leaves the next one in English."""
    yield
    from viewer.model.translation import set_language

    set_language("en")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Keep remembered window state and recent files out of the user's real settings."""
    monkeypatch.setenv("LAGEBILD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


def minimal_file(**overrides) -> dict:
    data = {
        "format": "lagebild-events",
        "version": "1.0",
        "document": {"title": "Test"},
        "segments": [{"id": "sky", "label": "Sky", "color": "#56B4E9"}],
        "actors": [{"id": "uk", "name": "United Kingdom", "kind": "state"}],
        "places": [{"id": "kyiv", "name": "Kyiv", "lat": 50.45, "lon": 30.52}],
        "sources": [{"id": "tg", "name": "The Telegraph", "kind": "newspaper", "reliability": "B"}],
        "events": [
            {"id": "e1", "title": "Meeting", "when": "2025-03-15", "segments": ["sky"], "actors": ["uk"],
             "place": "kyiv", "citations": [{"source": "tg", "quote": "Es wurde verhandelt.", "credibility": 2}]},
            {"id": "e2", "title": "Visit", "when": "2025-04-04", "status": "reported"},
        ],
    }
    data.update(overrides)
    return data


@pytest.fixture
def write_file(tmp_path):
    """Write an event file (dict as JSON, or raw text/bytes) and return its path."""

    def write(content, name="events.json") -> Path:
        path = tmp_path / name
        if isinstance(content, dict):
            path.write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
