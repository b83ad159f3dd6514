"""Import benchmark: ``python -m viewer.bench --import [--sizes N,...] [--shape gdelt|acled|both] [--command]``.

For each size it writes a synthetic file shaped like a GDELT 2.0 day (61 tab-separated
columns: ids, dates, actor and CAMEO codes, three geo blocks, a unique article address per
row) or an ACLED export (31 columns with a unique description per row), from a fixed seed,
then, in a fresh process, imports it as ``lagebild import`` does and writes the native event
file, timing the whole and reading the process's peak memory (VmHWM):

- ``import_s``: from the start of reading to the native file written (as JSON a slice of events
  at a time, flushed to the disk and renamed into place);
- ``read_s``: the importer alone, before writing;
- ``rss_peak_mb``: the peak resident memory of the importing process;
- with ``--command``, ``command_s`` and ``command_rss_peak_mb``: the whole ``lagebild import``
  command (the importer, the record-by-record check, the check of the result by the loader and
  the formatted file written), in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from .bench import parse_sizes

SHAPES = ("gdelt", "acled")
WORDS = ("protesters", "gathered", "outside", "the", "ministry", "police", "dispersed", "a", "crowd", "with",
         "tear", "gas", "after", "clashes", "near", "market", "district", "reported", "killed", "wounded",
         "villagers", "armed", "men", "attacked", "convoy", "road", "town", "regional", "capital", "officials")


def write_synthetic(path: Path, shape: str, size: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    table = _gdelt(rng, size) if shape == "gdelt" else _acled(rng, size)
    options = pacsv.WriteOptions(include_header=shape == "acled", delimiter="\t" if shape == "gdelt" else ",",
                                 quoting_style="none" if shape == "gdelt" else "needed")
    pacsv.write_csv(table, str(path), write_options=options)


def _pick(rng, pool: list[str], size: int) -> pa.Array:
    """Values drawn the way they fall in real exports: a few very often, most rarely (Zipf)."""
    ranks = np.minimum(rng.zipf(1.3, size), len(pool)) - 1
    return pc.take(pa.array(pool), pa.array(ranks))


def _text(rng, size: int, words: int) -> pa.Array:
    parts = [_pick(rng, list(WORDS), size) for _ in range(words)]
    return pc.binary_join_element_wise(*parts, " ")


def _numbers(values) -> pa.Array:
    return pa.array(np.asarray(values).astype(str))


def _gdelt(rng, size: int) -> pa.Table:
    from .importers.gdelt import WIDTHS

    days = np.datetime64("2025-01-01") + rng.integers(0, 365, size).astype("timedelta64[D]")
    sqldate = pa.array(np.char.replace(np.datetime_as_string(days), "-", ""))
    countries = [f"C{k:02d}" for k in range(200)]
    actors = [f"{c}{t}" for c in countries for t in ("", "GOV", "MIL", "OPP", "MED", "BUS")]
    names = [f"ACTOR {k}" for k in range(len(actors))]
    places = [f"Town {k}, Region {k % 300}, Country {k % 200}" for k in range(5000)]
    columns: dict[str, pa.Array] = {}
    empty = pa.array([""] * size)
    for name in WIDTHS[61]:
        columns[name] = empty
    columns["GLOBALEVENTID"] = _numbers(1_000_000_000 + np.arange(size))
    columns["SQLDATE"] = sqldate
    columns["MonthYear"] = pc.utf8_slice_codeunits(sqldate, 0, 6)
    columns["Year"] = pc.utf8_slice_codeunits(sqldate, 0, 4)
    for actor in ("Actor1", "Actor2"):
        pick = rng.integers(0, len(actors), size)
        columns[f"{actor}Code"] = pc.take(pa.array(actors), pa.array(pick))
        columns[f"{actor}Name"] = pc.take(pa.array(names), pa.array(pick))
        columns[f"{actor}CountryCode"] = pc.utf8_slice_codeunits(columns[f"{actor}Code"], 0, 3)
    root = rng.integers(1, 21, size)
    code = root * 10 + rng.integers(0, 10, size)
    columns["IsRootEvent"] = _numbers(rng.integers(0, 2, size))
    columns["EventCode"] = pa.array(np.char.zfill(code.astype(str), 3))
    columns["EventBaseCode"] = columns["EventCode"]
    columns["EventRootCode"] = pa.array(np.char.zfill(root.astype(str), 2))
    columns["QuadClass"] = _numbers(rng.integers(1, 5, size))
    columns["GoldsteinScale"] = _numbers(np.round(rng.uniform(-10, 10, size), 1))
    for name in ("NumMentions", "NumSources", "NumArticles"):
        columns[name] = _numbers(rng.integers(1, 50, size))
    columns["AvgTone"] = _numbers(np.round(rng.normal(-2, 3, size), 6))
    for block in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        pick = rng.integers(0, len(places), size)
        columns[f"{block}_Type"] = _numbers(rng.integers(1, 5, size))
        columns[f"{block}_FullName"] = pc.take(pa.array(places), pa.array(pick))
        columns[f"{block}_CountryCode"] = _numbers(pick % 200)
        columns[f"{block}_ADM1Code"] = _numbers(pick % 300)
        columns[f"{block}_Lat"] = _numbers(np.round((pick % 170) - 85 + 0.1234, 4))
        columns[f"{block}_Long"] = _numbers(np.round((pick % 350) - 175 + 0.5678, 4))
        columns[f"{block}_FeatureID"] = _numbers(pick)
    columns["DATEADDED"] = pc.binary_join_element_wise(sqldate, _numbers(rng.integers(100000, 235959, size)), "")
    sites = [f"news{k}.example.org" for k in range(3000)]
    columns["SOURCEURL"] = pc.binary_join_element_wise(
        pa.array(["https://"] * size), _pick(rng, sites, size), pa.array(["/2025/story-"] * size),
        _numbers(rng.integers(0, 10**9, size)), pa.array([".html"] * size), "")
    return pa.table(columns)


def _acled(rng, size: int) -> pa.Table:
    days = np.datetime64("2022-01-01") + rng.integers(0, 365, size).astype("timedelta64[D]")
    countries = [f"Country {k}" for k in range(60)]
    event_types = ["Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
                   "Strategic developments"]
    sub_types = ["Armed clash", "Peaceful protest", "Mob violence", "Air/drone strike", "Attack", "Arrests"]
    actors = [f"Group {k} ({countries[k % 60]})" for k in range(3000)]
    locations = [f"Town {k}" for k in range(20000)]
    outlets = [f"Outlet {k}" for k in range(1500)]
    loc = rng.integers(0, len(locations), size)
    columns = {
        "event_id_cnty": _numbers(np.char.add("EVT", np.arange(size).astype(str))),
        "event_date": pa.array(np.datetime_as_string(days)),
        "year": pa.array(["2022"] * size),
        "time_precision": _numbers(rng.choice([1, 1, 1, 1, 1, 1, 2, 3], size)),
        "disorder_type": _pick(rng, ["Political violence", "Demonstrations", "Strategic developments"], size),
        "event_type": _pick(rng, event_types, size),
        "sub_event_type": _pick(rng, sub_types, size),
        "actor1": _pick(rng, actors, size),
        "assoc_actor_1": _pick(rng, [""] * 5 + actors[:200], size),
        "inter1": _numbers(rng.integers(1, 9, size)),
        "actor2": _pick(rng, [""] * 3 + actors, size),
        "assoc_actor_2": _pick(rng, [""] * 8 + actors[:100], size),
        "inter2": _numbers(rng.integers(0, 9, size)),
        "interaction": _numbers(rng.integers(10, 88, size)),
        "civilian_targeting": _pick(rng, ["", "", "Civilian targeting"], size),
        "iso": _numbers(loc % 60),
        "region": _pick(rng, ["Western Africa", "Middle East", "South America", "Europe"], size),
        "country": pc.take(pa.array(countries), pa.array(loc % 60)),
        "admin1": _numbers(np.char.add("Province ", (loc % 400).astype(str))),
        "admin2": _numbers(np.char.add("District ", (loc % 2000).astype(str))),
        "admin3": pa.array([""] * size),
        "location": pc.take(pa.array(locations), pa.array(loc)),
        "latitude": _numbers(np.round((loc % 170) - 85 + 0.1234, 4)),
        "longitude": _numbers(np.round((loc % 350) - 175 + 0.5678, 4)),
        "geo_precision": _numbers(rng.choice([1, 1, 1, 2, 3], size)),
        "source": pc.binary_join_element_wise(_pick(rng, outlets, size), _pick(rng, outlets, size), "; "),
        "source_scale": _pick(rng, ["National", "Subnational", "International", "Local partner-National"], size),
        "notes": pc.binary_join_element_wise(pa.array(np.char.add("On ", np.datetime_as_string(days))),
                                             _text(rng, size, 30), " "),
        "fatalities": _numbers(rng.choice([0, 0, 0, 1, 2, 5, 12], size)),
        "tags": _pick(rng, ["", "crowd size=no report", "crowd size=around 100"], size),
        "timestamp": _numbers(rng.integers(1_640_000_000, 1_700_000_000, size)),
    }
    return pa.table(columns)


def _memory_peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(path: Path, shape: str, out: Path) -> dict:
    """Import one file in this process and write the native file (the child's work)."""
    from .importers import acled, gdelt
    from .importers.base import ImportOptions, ImportReport
    from .output.atomic import write_chunks_atomically
    from .output.event_json import json_chunks

    module = gdelt if shape == "gdelt" else acled
    start = time.perf_counter()
    report = ImportReport(str(path))
    document = module.read(path, report, ImportOptions())
    read_done = time.perf_counter()
    write_chunks_atomically(out, json_chunks(document))
    done = time.perf_counter()
    return {"shape": shape, "events": len(document["events"]), "file_mb": round(path.stat().st_size / 1e6, 1),
            "import_s": round(done - start, 2), "read_s": round(read_done - start, 2),
            "write_s": round(done - read_done, 2), "rss_peak_mb": round(_memory_peak_mb()),
            "findings": len(report.findings)}


def run_command(path: Path, out: Path) -> dict:
    """`lagebild import FILE --out OUT` in this process (the child's work): every check it makes."""
    import contextlib
    import io

    from .cli import importing

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = importing.main([str(path), "--out", str(out)])
    return {"command_s": round(time.perf_counter() - start, 2), "command_rss_peak_mb": round(_memory_peak_mb()),
            "command_exit": code}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.bench --import", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000", help="comma-separated row counts (default: %(default)s)")
    parser.add_argument("--shape", choices=(*SHAPES, "both"), default="both",
                        help="a GDELT 2.0 or an ACLED export, or both (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.add_argument("--command", action="store_true",
                        help="also time the whole `lagebild import` command, with its checks, in a process of its own")
    args = parser.parse_args(argv)
    sizes = parse_sizes(parser, args.sizes)
    rows = []
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-import-") as folder:
        for shape in SHAPES if args.shape == "both" else (args.shape,):
            for size in sizes:
                source = Path(folder) / f"{shape}-{size}.{'csv' if shape == 'acled' else 'export.CSV'}"
                write_synthetic(source, shape, size)
                out = Path(folder) / "imported.json"
                row = {}
                for mode in ("--child", "--command") if args.command else ("--child",):
                    child = subprocess.run([sys.executable, "-m", "viewer.bench_import", mode, str(source), shape,
                                            str(out)], capture_output=True, text=True, env={**os.environ})
                    if child.returncode != 0:
                        print(child.stderr, file=sys.stderr)
                        return 1
                    row.update(json.loads(child.stdout.strip().splitlines()[-1]))
                source.unlink()
                row["load_avg"] = round(os.getloadavg()[0], 1)
                rows.append(row)
                print(json.dumps(row) if args.json else " | ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(run_one(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))))
    elif len(sys.argv) == 5 and sys.argv[1] == "--command":
        print(json.dumps(run_command(Path(sys.argv[2]), Path(sys.argv[4]))))
