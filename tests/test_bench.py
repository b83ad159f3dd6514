"""The benchmark runs end to end on the full window and reports every figure."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.bench import KEYS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("shape", ["mixed", "datetimes"])
def test_bench_reports_every_figure_for_a_tiny_file(shape):
    done = subprocess.run([sys.executable, "-m", "viewer.bench", "--sizes", "300", "--shape", shape, "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    (row,) = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert set(KEYS) <= row.keys()
    assert row["events"] == 300 and row["shape"] == shape
    for key in KEYS:
        if key not in ("events", "shape"):
            assert row[key] > 0, key
    assert row["rss_peak_mb"] >= row["rss_after_load_mb"]
