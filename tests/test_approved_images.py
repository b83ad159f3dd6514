"""What a user sees, compared with approved images (tests/image_approval.py).

Each picture is made the way a user makes it: exports through `lagebild export`'s
own entry point, the window by the real main window grabbed off-screen. A change
that moves, loses or recolours anything fails here and leaves the new picture and
a diff for review; README, "Approved images", says how to take it over.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from image_approval import assert_approved
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from viewer.cli.export import main as export_main
from viewer.resources_path import sample_path

DATA = Path(__file__).parent / "data"
JULY = DATA / "coalition-july-2025.json"
ZOO = DATA / "glyph-zoo.json"
CAVEAT = "UNCLASSIFIED // FOR TRAINING"

EXPORTS = {
    # name: event file, options after FILE
    "sample-page": (sample_path(), ["--view", "page", "--caveat", CAVEAT]),
    "july-page": (JULY, ["--view", "page"]),
    "glyph-zoo": (ZOO, ["--view", "timeline", "--size", "1600x1400", "--from", "2025-01-20", "--to", "2025-08-20",
                       "--no-legend"]),
    "july-map-outlier": (JULY, ["--view", "map", "--size", "1400x700"]),
    "sample-board": (sample_path(), ["--view", "board"]),
    "sample-page-dark": (sample_path(), ["--view", "page", "--theme", "dark"]),
    "july-page-print": (JULY, ["--view", "page", "--theme", "print", "--caveat", CAVEAT]),
    "july-page-contrast": (JULY, ["--view", "page", "--theme", "contrast", "--size", "a4-portrait"]),
}


@pytest.fixture
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1752148800")  # 10 Jul 2025 12:00 UTC, in every footer
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize("name", EXPORTS)
def test_export_matches_its_approved_image(name, tmp_path, fixed_time, approve, capsys):
    source, options = EXPORTS[name]
    out = tmp_path / f"{name}.png"
    assert export_main([str(source), *options, "--out", str(out)]) == 0, capsys.readouterr().err
    assert_approved(QImage(str(out)), name, approve)


@pytest.mark.parametrize("width, height", [(1024, 700), (1920, 1080)])
def test_main_window_matches_its_approved_image(width, height, qtbot, fixed_time, approve):
    from viewer.app.main_window import MainWindow
    from viewer.cli.gui import make_application

    make_application([])  # the bundled font, as `lagebild` starts
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(str(sample_path()), background=False)
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (width, height)
    assert_approved(image, f"window-{width}x{height}", approve)
