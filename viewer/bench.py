"""Benchmark: `python -m viewer.bench [--sizes 1000,100000,1000000] [--shape mixed|datetimes] [--json]`.

For each size it writes a synthetic event file (fixed seed, see
:mod:`viewer.model.synthetic`), then, in a fresh process, opens it in the
full main window with its default panes (offscreen, 1600x900) the way a user
does, and times what the user waits for:

- ``load_s``: the background load, from the worker's start to its result
  (``read_s``: the loader alone, before the panes' derived data is built);
- ``first_frame_ms`` and ``interactive_ms``: from the result to the first
  timeline paint, and to every visible pane painted with the event loop free;
- ``zoom_ms`` and ``pan_ms``: medians over 10 halvings from fit-all and over
  ten one-way steps of 10 % at an eighth of fit-all, each step timed to the
  finished repaint; ``worst_step_ms`` is the slowest step of both sweeps;
- ``select_ms``: a click on an event to its details rendered (``select_by`` says
  "selection" where every lane is a density strip at every depth, so that the
  event is selected the way a click would select it);
- ``search_ms``: the first search, from the search field applying it (it
  waits for a pause in typing; a large document is searched in a thread) to the
  timeline and panes repainted;
- ``filter_ms``: ticking a segment in the filter pane, to the filter applied (a large
  document is filtered in a thread) and the panes repainted; ``lanes_ms``: the
  slower of switching lanes to statuses and back;
- ``max_stall_ms``: the longest the GUI thread went without serving a 5 ms
  heartbeat timer during all of the above (``load_stall_ms``: during the load;
  ``stall_by_part_ms``: the longest in each part);
- ``rss_after_load_mb`` with Qt and the window up, ``rss_peak_mb`` for the
  whole process; ``load_avg``: the machine's load average at the end, since
  other work on the machine slows every figure.

A fresh process per size keeps one size's memory from inflating the next.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1600, 900
ZOOM_STEPS = 10
PAN_STEPS = 10
HEARTBEAT_MS = 5
QUERIES = {"mixed": "event 77", "datetimes": "convoy harbour"}
KEYS = ("events", "shape", "file_mb", "load_s", "rss_after_load_mb", "rss_peak_mb", "first_frame_ms",
        "pan_ms", "zoom_ms", "worst_step_ms", "interactive_ms", "select_ms", "search_ms", "filter_ms",
        "lanes_ms", "max_stall_ms")


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


class _Session:
    """The main window with a heartbeat and a paint log, driven the way a user drives it."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        from .app.main_window import MainWindow

        self.app = QApplication.instance() or QApplication([])
        self.window = MainWindow()
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()  # offscreen: real widgets with real paints, no screen needed
        self.paints: list[tuple[float, object]] = []  # (when a paint began, widget)
        self.events = [0]  # events delivered, other than the heartbeat's own
        self.ticks: list[tuple[float, float]] = []  # (when, ms late)
        self.idle_at = time.perf_counter()
        self._last_tick = time.perf_counter()
        self.heartbeat = QTimer(interval=HEARTBEAT_MS)

        paint, paints, events, heartbeat = QEvent.Type.Paint, self.paints, self.events, self.heartbeat

        session = self
        self.watched: object = None  # an object whose next event's time goes in ``watched_at``
        self.watched_at = 0.0

        class EventLog(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
                if watched is not heartbeat:
                    events[0] += 1
                    if watched is session.watched:
                        session.watched_at = time.perf_counter()
                    if event.type() == paint:
                        paints.append((time.perf_counter(), watched))
                return False

        self._event_log = EventLog()
        self.app.installEventFilter(self._event_log)
        self.heartbeat.timeout.connect(self._tick)
        self.heartbeat.start()
        self.settle()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append((now, (now - self._last_tick) * 1000 - HEARTBEAT_MS))
        self._last_tick = now

    def stall_ms(self, start: float, end: float = math.inf) -> float:
        """The longest the heartbeat waited, among its ticks between ``start`` and ``end``."""
        return max((late for at, late in self.ticks if start < at <= end), default=0.0)

    def settle(self, timeout: float = 300.0) -> float:
        """Run the event loop until it is free; return (and keep in ``idle_at``) when its work ended."""
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout
        idle_at, quiet = time.perf_counter(), 0
        while quiet < 3 and time.perf_counter() < deadline:
            delivered = self.events[0]
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self.events[0] != delivered:
                idle_at, quiet = time.perf_counter(), 0
            else:
                quiet += 1
            time.sleep(0.001)
        self.idle_at = idle_at
        return idle_at

    def step(self, action) -> float:
        """Milliseconds from the user's action to the end of the repaints it causes."""
        self.paints.clear()
        started = time.perf_counter()
        action()
        return (self.settle() - started) * 1000

    def step_until(self, action, done) -> float:
        """Like step, for an action whose effect is worked out in a thread: until ``done()``
        holds and the repaints it causes are over."""
        self.paints.clear()
        started = time.perf_counter()
        action()
        while not done() and time.perf_counter() - started < 300:
            self.app.processEvents()
            time.sleep(0.001)
        return (self.settle() - started) * 1000

    def visible_panes(self) -> list:
        docks = self.window.docks.values()
        return [self.window.timeline] + [d.widget() for d in docks if d.isVisible()
                                         and not d.widget().visibleRegion().isEmpty()]

    def all_painted_since(self, moment: float) -> bool:
        painted = [w for at, w in self.paints if at >= moment]
        return all(any(w is pane or pane.isAncestorOf(w) for w in painted) for pane in self.visible_panes())


def measure(path: str, shape: str) -> dict:
    """Open one file in the main window in this process; return the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from .app import loading

    session = _Session()
    window, app = session.window, session.app
    timeline = window.timeline

    # Time the load as the window's worker thread runs it: the loader, then what is
    # derived from the document before it is shown (if this version does that).
    originals, load_times = {}, {}

    def timed(name):
        original = originals[name] = getattr(loading, name)

        def run(*args, **kwargs):
            load_times.setdefault("start", time.perf_counter())
            try:
                return original(*args, **kwargs)
            finally:
                load_times[name] = load_times["end"] = time.perf_counter()
        return run

    for name in ("load_file", "open_file", "prepare"):  # open_file: a file read, or imported on the way
        if hasattr(loading, name):
            setattr(loading, name, timed(name))
    session.paints.clear()
    opened = time.perf_counter()
    window.open_path(path)
    while window._load is not None:  # until the window has taken the result
        app.processEvents()
        time.sleep(0.002)
    for name, original in originals.items():
        setattr(loading, name, original)
    loaded = load_times["end"]

    # Interactive: every visible pane painted since the load ended and the event loop free
    # (waiting a while for panes that refresh on a timer).
    interactive = session.settle()
    while not session.all_painted_since(loaded) and time.perf_counter() - session.idle_at < 2:
        interactive = session.settle()
        time.sleep(0.01)
    in_timeline = [at for at, w in session.paints
                   if at >= loaded and (w is timeline or timeline.isAncestorOf(w))]
    figures = {
        "events": len(window.state.document.events),
        "shape": shape,
        "load_s": round(load_times["end"] - load_times["start"], 3),
        "read_s": round(load_times.get("open_file", load_times.get("load_file", 0)) - load_times["start"], 3),
        "rss_after_load_mb": round(_memory_mb("VmRSS")),
        "first_frame_ms": round((min(in_timeline, default=interactive) - loaded) * 1000, 1),
        "interactive_ms": round((interactive - loaded) * 1000, 1),
        "load_stall_ms": round(session.stall_ms(opened, loaded), 1),
    }

    marks = [("interactive", loaded)]  # (what began, when): the longest stall of each part
    timeline.fit_all()
    session.settle()
    marks.append(("zoom", time.perf_counter()))
    lo, hi = timeline.visible_range()
    zooms = [session.step(lambda: timeline.zoom(0.5)) for _ in range(ZOOM_STEPS)]
    deep = timeline.visible_range()
    middle, width = (lo + hi) / 2, (hi - lo) / 8
    timeline.set_range(middle - width / 2, middle + width / 2)
    session.settle()
    marks.append(("pan", time.perf_counter()))
    pans = [session.step(lambda: timeline.pan(0.1)) for _ in range(PAN_STEPS)]
    figures["zoom_ms"] = round(statistics.median(zooms), 2)
    figures["pan_ms"] = round(statistics.median(pans), 2)
    figures["worst_step_ms"] = round(max(zooms + pans), 2)

    timeline.set_range(*deep)  # where the zoom sweep ended: events drawn one by one
    session.settle()
    marks.append(("select", time.perf_counter()))
    select_ms, figures["select_by"] = _click_an_event(session)
    figures["select_ms"] = round(select_ms, 2)

    marks.append(("search", time.perf_counter()))
    figures["search_ms"] = round(_search(session, QUERIES.get(shape, "event")), 2)

    item = _first_facet_item(window.filters)
    marks.append(("filter", time.perf_counter()))
    unfiltered = window.state.filter
    figures["filter_ms"] = round(session.step_until(lambda: item.setCheckState(0, Qt.CheckState.Checked),
                                                    lambda: window.state.filter != unfiltered), 2)
    session.step_until(lambda: item.setCheckState(0, Qt.CheckState.Unchecked),
                       lambda: window.state.filter == unfiltered)

    marks.append(("lanes", time.perf_counter()))
    state = window.state  # a large document is laid out in a thread: until the state has the mode
    figures["lanes_ms"] = round(max(
        session.step_until(lambda: window.set_lane_mode("status"), lambda: state.lane_mode == "status"),
        session.step_until(lambda: window.set_lane_mode("segment"), lambda: state.lane_mode == "segment")), 2)
    session.settle()
    figures["max_stall_ms"] = round(session.stall_ms(loaded), 1)
    ends = [at for _, at in marks[1:]] + [time.perf_counter()]
    figures["stall_by_part_ms"] = {name: round(session.stall_ms(at, end), 1) for (name, at), end in zip(marks, ends)}
    figures["rss_peak_mb"] = round(_memory_mb("VmHWM"))
    figures["load_avg"] = round(os.getloadavg()[0], 1)  # of the machine over the last minute, at the end
    window.close()
    return figures


def _click_an_event(session: _Session) -> tuple[float, str]:
    """Click the middle one of the events drawn on their own, zooming in until there are some.

    Where every lane is a density strip at every depth there is no event to click; then the
    event in the middle of the file is selected the way a click selects it.
    """
    from PySide6.QtCore import Qt

    timeline = session.window.timeline
    for _ in range(20):
        frame = timeline.current_frame()
        rows = frame.glyphs.row if frame is not None and frame.glyphs is not None else ()
        if len(rows):
            where = timeline.glyph_center(int(rows[len(rows) // 2]))
            return session.step(lambda at=where: timeline.click(at, Qt.KeyboardModifier.NoModifier)), "click"
        timeline.zoom(0.5)
        session.settle()
    state = session.window.state
    return session.step(lambda: state.select([state.event_count // 2])), "selection"


def _search(session: _Session, query: str) -> float:
    """From the search being applied (the field waits for a pause in typing) to the repaints done."""
    from PySide6.QtTest import QTest

    filters, state = session.window.filters, session.window.state
    session.watched = getattr(filters, "_search_timer", None)  # its timeout applies the search
    filters.search.setFocus()
    session.paints.clear()
    typed = time.perf_counter()
    session.watched_at = typed
    QTest.keyClicks(filters.search, query)
    while state.filter.text != query and time.perf_counter() - typed < 300:
        session.app.processEvents()
        time.sleep(0.001)
    end = session.settle()
    session.watched = None
    return (end - session.watched_at) * 1000


def _first_facet_item(filters):
    tree = filters.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.childCount():
            return top.child(0)
    raise SystemExit("the filter pane lists no facet to tick")


def run(sizes: list[int], shape: str, folder: Path) -> list[dict]:
    from .model.synthetic import write_synthetic

    rows = []
    for size in sizes:
        path = folder / f"synthetic-{shape}-{size}.json"
        file_bytes = write_synthetic(path, size, shape=shape)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAGEBILD_CONFIG_DIR": str(folder)}
        done = subprocess.run([sys.executable, "-m", "viewer.bench", "--measure", str(path), "--shape", shape],
                              capture_output=True, text=True, env=env)
        path.unlink()
        if done.returncode != 0:
            raise SystemExit(f"benchmark of {size:,} events failed:\n{done.stderr[-3000:]}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append({"file_mb": round(file_bytes / 1e6, 1), **figures})
    return rows


def print_table(rows: list[dict]) -> None:
    columns = [k for k in KEYS + ("load_stall_ms",) if any(k in r for r in rows)]
    print(" | ".join(columns))
    for r in rows:
        print(" | ".join(f"{r[k]:,}" if isinstance(r.get(k), int) else str(r.get(k, "")) for k in columns))


def parse_sizes(parser: argparse.ArgumentParser, text: str) -> list[int]:
    """The event counts of --sizes ("1000,1_000_000"), or the parser's own error."""
    try:
        return [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, not {text!r}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--import" in argv:  # importing a large export, measured in viewer/bench_import.py
        from .bench_import import main as import_main

        return import_main([arg for arg in argv if arg != "--import"])
    if any(arg == "--store" or arg.startswith("--store=") for arg in argv):  # event stores, viewer/bench_store.py
        from .bench_store import main as store_main

        return store_main(argv)
    from .model.synthetic import SHAPES

    parser = argparse.ArgumentParser(prog="python -m viewer.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000,1000000",
                        help="comma-separated event counts (default: %(default)s)")
    parser.add_argument("--shape", choices=SHAPES, default="mixed",
                        help="mixed: dates of every kind; datetimes: date-times with offsets, "
                             "long texts, several citations (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    parser.add_argument("--measure", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.shape)))
        return 0
    sizes = parse_sizes(parser, args.sizes)
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        rows = run(sizes, args.shape, Path(folder))
    if args.json:
        for row in rows:
            print(json.dumps(row))
    else:
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
