"""The window at 150 % and 200 % display scaling (QT_SCALE_FACTOR, as a high-density screen or the
desktop's scaling sets it): the same layout, drawn sharper, compared with approved images.

Qt reads the factor when it starts, so each picture is taken by `lagebild screenshot` in a
process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from image_approval import assert_approved
from PySide6.QtGui import QImage

from viewer.resources_path import sample_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("factor, percent", [("1.5", 150), ("2", 200)])
def test_the_window_keeps_its_layout_when_scaled(factor, percent, tmp_path, approve):
    out = tmp_path / f"window-{percent}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor,
           "SOURCE_DATE_EPOCH": "1752148800", "TZ": "UTC", "LANGUAGE": "en"}
    done = subprocess.run([sys.executable, "-m", "viewer", "screenshot", str(sample_path()), "-o", str(out),
                           "--size", "1024x700"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    # The window keeps its size in points; every point is drawn with factor x factor pixels.
    assert (image.width(), image.height()) == (round(1024 * float(factor)), round(700 * float(factor)))
    assert_approved(image, f"window-1024x700-at-{percent}-percent", approve)
