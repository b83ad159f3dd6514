"""Benchmark: `python -m viewer.bench [--sizes 1000,10000,100000,1000000] [--json]`.

For each size it writes a synthetic event file (fixed seed), then in a fresh
process loads it and renders the timeline offscreen at 1600x900, and prints:
file size, load seconds, peak memory, memory after loading, first-frame ms and
the median redraw ms for pan steps and for zoom steps. A fresh process per
size keeps one size's memory from inflating the next one's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1600, 900
STEPS = 40


def _memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MB, from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: str) -> dict:
    """Load and draw one file in this process; return the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .model.loader import load_file

    started = time.perf_counter()
    result = load_file(path)
    load_seconds = time.perf_counter() - started
    figures = {
        "events": len(result.document.events),
        "load_s": round(load_seconds, 3),
        "peak_memory_mb": round(_memory_mb("VmHWM")),
        "memory_after_load_mb": round(_memory_mb("VmRSS")),
    }

    from PySide6.QtWidgets import QApplication

    from .state import ViewState
    from .ui.timeline import TimelineView

    app = QApplication.instance() or QApplication([])
    state = ViewState()
    view = TimelineView(state)
    view.resize(WIDTH, HEIGHT)
    view.show()  # offscreen: a real widget with a real paint, no screen needed
    app.processEvents()

    def redraw_ms(change) -> float:
        """From the user's action to the finished repaint of the whole pane."""
        started = time.perf_counter()
        change()
        view.repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    def first_frame() -> None:
        state.set_document(result.document)
        view.fit_all()

    figures["first_frame_ms"] = round(redraw_ms(first_frame), 1)
    lo, hi = view.visible_range()
    view.set_range(lo + (hi - lo) * 0.3, lo + (hi - lo) * 0.5)  # a typical working window
    redraw_ms(lambda: None)
    pans = [redraw_ms(lambda i=i: view.pan(0.1 if i % 10 < 5 else -0.1)) for i in range(STEPS)]
    zooms = [redraw_ms(lambda i=i: view.zoom(0.8 if i % 10 < 5 else 1.25)) for i in range(STEPS)]
    figures["pan_median_ms"] = round(statistics.median(pans), 2)
    figures["zoom_median_ms"] = round(statistics.median(zooms), 2)
    figures["peak_memory_mb"] = round(_memory_mb("VmHWM"))
    return figures


def run(sizes: list[int], folder: Path) -> list[dict]:
    from .model.synthetic import write_synthetic

    rows = []
    for size in sizes:
        path = folder / f"synthetic-{size}.json"
        file_bytes = write_synthetic(path, size)
        done = subprocess.run([sys.executable, "-m", "viewer.bench", "--measure", str(path)],
                              capture_output=True, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if done.returncode != 0:
            raise SystemExit(f"benchmark of {size:,} events failed:\n{done.stderr[-3000:]}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append({"size": size, "file_mb": round(file_bytes / 1e6, 1), **figures})
        path.unlink()
    return rows


def print_table(rows: list[dict]) -> None:
    header = ("events", "file MB", "load s", "peak MB", "after load MB", "first frame ms",
              "pan median ms", "zoom median ms")
    print(" | ".join(header))
    for r in rows:
        print(" | ".join(str(v) for v in (f"{r['size']:,}", r["file_mb"], r["load_s"], r["peak_memory_mb"],
                                          r["memory_after_load_mb"], r["first_frame_ms"], r["pan_median_ms"],
                                          r["zoom_median_ms"])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000",
                        help="comma-separated event counts (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--measure", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, not {args.sizes!r}")
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        rows = run(sizes, Path(folder))
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
