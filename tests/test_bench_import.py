"""The import benchmark imports every row of the files it makes and says how long and how much memory."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_import_benchmark_reports_every_row_for_both_shapes():
    done = subprocess.run([sys.executable, "-m", "viewer.bench", "--import", "--sizes", "1500", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(row["shape"], row["events"]) for row in rows] == [("gdelt", 1500), ("acled", 1500)]
    for row in rows:
        assert row["findings"] == 0
        assert 0 < row["read_s"] <= row["import_s"] and row["rss_peak_mb"] > 0
