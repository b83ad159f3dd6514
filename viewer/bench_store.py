"""Benchmark of event stores: `python -m viewer.bench --store parquet [--sizes 10000000,100000000] [--json]`.

For each size it writes a synthetic store (``viewer.store.synthetic_store``: thirty
years of events, one Parquet file per year, the day summary beside them) in a
temporary folder, then, in a fresh process, opens it in the store window
(offscreen, 1600x900) and times what the user waits for, each to the painted frame
with no query left running:

- ``open_s``: from opening the store to its first frame painted;
- ``pan_ms``: median of ten steps of 10 % at an eighth of fit-all;
- ``zoom_ms``: median of ten halvings from fit-all;
- ``select_ms``: a click on the busiest density column of the closest view to the
  details of its first event shown (where events are drawn, a click on one);
- ``search_ms``: a search to its hits listed;
- ``rss_peak_mb``: the peak memory of the process.

The store is removed afterwards. ``--folder DIR`` writes it in DIR instead of the
system's temporary folder (it takes about 30 bytes per event); a store of the same size
already in DIR (``synthetic-N.parquet``, written by an earlier run with ``--keep``) is
used as it is and kept.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench import parse_sizes

WIDTH, HEIGHT = 1600, 900
STEPS = 10
QUERY = "event 77"
KEYS = ("events", "store", "store_mb", "write_s", "spark_setup_s", "open_s", "pan_ms", "zoom_ms", "select_ms",
        "search_ms", "rss_peak_mb")


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _until(app, done, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the store did not answer in time")
        time.sleep(0.0005)


def measure(path: str, store: str = "parquet") -> dict:
    from .cli.gui import make_application

    app = make_application([])
    from .app.store_window import StoreWindow

    session_s = None
    if store == "spark":
        begin = time.perf_counter()
        spark_tables(path)
        session_s = round(time.perf_counter() - begin, 1)
    started = time.perf_counter()
    if store == "parquet":
        from .store.duck import DuckSource

        source = DuckSource(path)
    else:
        from .store.warehouse import open_url

        source = open_url("pyspark://", "events")
    window = StoreWindow(source)
    window.resize(WIDTH, HEIGHT)
    window.show()
    timeline = window.timeline

    def painted(number: int) -> bool:
        return timeline.answered >= number and not window.queries.busy

    first = timeline.refresh()
    _until(app, lambda: painted(first))
    open_s = time.perf_counter() - started

    def timed(step) -> float:
        begin = time.perf_counter()
        number = step()
        _until(app, lambda: painted(number))
        return (time.perf_counter() - begin) * 1000

    lo, hi = timeline.full
    eighth = (hi - lo) / 8
    timed(lambda: timeline.set_range(lo + eighth, lo + 2 * eighth))
    pans = [timed(lambda: timeline.pan(0.1)) for _ in range(STEPS)]
    timed(timeline.fit)
    zooms = [timed(lambda: timeline.zoom(0.5)) for _ in range(STEPS)]

    begin = time.perf_counter()
    if timeline.events is not None and len(timeline.events):
        events = timeline.events
        window.show_event(events.ids[0], float(events.lo[0]))
    else:
        density = timeline.density
        lane, column = divmod(int(density.counts.argmax()), density.counts.shape[1])
        edges = timeline._density_edges
        window.show_column(density.lanes[lane], float(edges[column]), float(edges[column + 1]))
    _until(app, lambda: "Quote for event" in window.details.toPlainText())
    select_ms = (time.perf_counter() - begin) * 1000

    window.hits.clear()  # it lists the clicked column's events
    begin = time.perf_counter()
    window.search_field.setText(QUERY)
    asked = window.search()
    _until(app, lambda: asked not in window._asked and window.hits.count() > 0)
    assert all("77" in window.hits.item(row).text() for row in range(window.hits.count()))
    search_ms = (time.perf_counter() - begin) * 1000
    figures = {"events": len(source), "store": store, "open_s": round(open_s, 2),
               "pan_ms": round(statistics.median(pans), 1), "zoom_ms": round(statistics.median(zooms), 1),
               "select_ms": round(select_ms, 1), "search_ms": round(search_ms, 1),
               "rss_peak_mb": round(_peak_mb())}
    if session_s is not None:
        figures["spark_setup_s"] = session_s  # starting Spark and declaring the tables, before open_s
    window.close()
    return figures


def spark_tables(path: str) -> None:
    """A local Spark session with the store's files as the tables ``events``, ``events_meta`` and
    ``events_days``, as a team would declare them over Parquet on shared storage."""
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    from .store import day_counts
    from .store.duck import META_FILE

    spark = (SparkSession.builder.master("local[2]").appName("lagebild-bench").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4").config("spark.sql.session.timeZone", "UTC")
             .config("spark.driver.memory", "2g").config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    spark.read.option("recursiveFileLookup", "true").parquet(path).createOrReplaceTempView("events")
    meta = Path(path, META_FILE).read_text(encoding="utf-8")
    spark.createDataFrame([("document", meta)], ["key", "value"]).createOrReplaceTempView("events_meta")
    days = pq.read_table(Path(path, day_counts.FILE_NAME)).to_pandas()
    spark.createDataFrame(days).createOrReplaceTempView("events_days")


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def run(sizes: list[int], store: str, folder: Path, keep: bool = False) -> list[dict]:
    from .store.synthetic_store import write_synthetic_store

    rows = []
    for size in sizes:
        path = folder / f"synthetic-{size}.parquet"
        written: dict = {"store_mb": 0}
        existing = (path / "_lagebild.json").is_file()
        if not existing:
            begin = time.perf_counter()
            write_synthetic_store(path, size)
            written["write_s"] = round(time.perf_counter() - begin, 1)
        written["store_mb"] = round(_size_mb(path))
        target = str(path)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAGEBILD_CONFIG_DIR": str(folder)}
        done = subprocess.run([sys.executable, "-m", "viewer.bench", "--store", store, "--measure", target],
                              capture_output=True, text=True, env=env)
        if not (existing or keep):
            shutil.rmtree(path)
        if done.returncode != 0:
            raise SystemExit(f"benchmark of {size:,} stored events failed:\n{done.stderr[-3000:]}")
        rows.append({**json.loads(done.stdout.strip().splitlines()[-1]), **written})
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.bench --store", description=__doc__.splitlines()[0])
    parser.add_argument("--store", choices=("parquet", "spark"), default="parquet")
    parser.add_argument("--sizes", default="10000000,100000000", help="comma-separated event counts")
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    parser.add_argument("--folder", help="where the stores are written (removed afterwards, unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the stores written in --folder")
    parser.add_argument("--measure", metavar="STORE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.store)))
        return 0
    sizes = parse_sizes(parser, args.sizes)
    if args.folder:
        rows = run(sizes, args.store, Path(args.folder), args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="lagebild-store-bench-") as folder:
            rows = run(sizes, args.store, Path(folder))
    for row in rows:
        print(json.dumps(row) if args.json else
              " | ".join(f"{k}: {row[k]:,}" if isinstance(row.get(k), int) else f"{k}: {row.get(k)}" for k in KEYS))
    return 0
