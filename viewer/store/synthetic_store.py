"""A synthetic Parquet store of any size, made column by column (for benchmarks and scale tests).

Events are spread evenly over thirty years, 1995-2024, one file per year sorted by
start, as ``lagebild convert`` writes a large store: day instants, times of day and
intervals of up to four months, eight segments, five statuses, one graded citation
each. Nothing is made per event in Python; a year is made and written a million
events at a time, and the day summary is counted on the way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..model.records import STATUSES
from ..model.synthetic import FIRST_YEAR, LANES, YEARS
from . import day_counts
from .convert import ROW_GROUP, WRITE_OPTIONS
from .duck import META_FILE, summary_of
from .schema import SCHEMA, SCHEMA_VERSION, TEXT_LIST, timestamps

DAY = 86400
BATCH = 1_000_000
STATUS_SHARE = (0.55, 0.15, 0.12, 0.1, 0.08)
LETTERS = "ABCDEF"


def _texts(values: np.ndarray) -> pa.Array:
    return pc.cast(pa.array(values), pa.string())


def _looked_up(codes: np.ndarray, texts: list[str]) -> pa.Array:
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32)), pa.array(texts)).cast(pa.string())


def _day_texts(seconds: np.ndarray) -> pa.Array:
    """``YYYY-MM-DD`` of each instant: each distinct day written once, then looked up."""
    days, which = np.unique(np.floor(seconds / DAY).astype(np.int64), return_inverse=True)
    return _looked_up(which, np.datetime_as_string(days.astype("datetime64[D]"), unit="D").tolist())


def _minute_texts(seconds: np.ndarray) -> pa.Array:
    """``THH:MMZ`` of each instant."""
    minute = (np.floor(seconds / 60).astype(np.int64) % 1440)
    return _looked_up(minute, [f"T{m // 60:02d}:{m % 60:02d}Z" for m in range(1440)])


def _join(*parts) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _batch(rng: np.random.Generator, year: int, first_number: int, starts: np.ndarray,
           counts: np.ndarray, ndays: int, first_day: int) -> pa.Table:
    n = len(starts)
    kind = rng.random(n)
    day_start = np.floor(starts / DAY) * DAY
    timed = kind < 0.15
    interval = (kind >= 0.15) & (kind < 0.35)
    length_days = np.where(interval, rng.integers(1, 120, n), 0)
    lo = np.where(timed, starts, day_start)
    hi = np.where(timed, starts, day_start + (length_days + 1) * DAY - 1)
    first_text = _day_texts(day_start)
    minutes = _join(first_text, _minute_texts(lo))
    end_text = _day_texts(day_start + length_days * DAY)
    when_texts = pc.if_else(pa.array(timed), minutes,
                            pc.if_else(pa.array(interval), _join(first_text, pa.scalar("/"), end_text), first_text))
    segment = rng.integers(0, len(LANES), n)
    status = rng.choice(len(STATUSES), n, p=STATUS_SHARE)
    credibility = rng.integers(1, 7, n).astype(np.int8)
    reliability = rng.integers(0, 6, n)
    source = rng.integers(0, 4, n)
    number = _texts(np.arange(first_number, first_number + n))
    ids = _join(pa.scalar("e"), number)
    titles = _join(pa.scalar("Synthetic event "), number)
    segment_names = _looked_up(segment, list(LANES))
    status_names = _looked_up(status, list(STATUSES))
    source_ids = _looked_up(source, [f"s{i}" for i in range(4)])
    record = _join(pa.scalar('{"id":"'), ids, pa.scalar('","title":"'), titles, pa.scalar('","when":"'),
                   when_texts, pa.scalar('","segments":["'), segment_names, pa.scalar('"],"status":"'),
                   status_names, pa.scalar('","citations":[{"source":"'), source_ids,
                   pa.scalar('","quote":"Quote for event '), number, pa.scalar('.","credibility":'),
                   _texts(credibility), pa.scalar("}]}"))
    one = pa.array(np.arange(n + 1, dtype=np.int32))
    none = pa.array(np.zeros(n + 1, dtype=np.int32))
    empty = pa.ListArray.from_arrays(none, pa.array([], pa.string()))
    disputed = status == STATUSES.index("disputed")
    # The day summary: one entry per event (each has one segment), at its start and end day.
    lo_day = np.ceil(lo / DAY).astype(np.int64) - first_day
    hi_day = np.floor(hi / DAY).astype(np.int64) - first_day
    key = (segment * len(STATUSES) + status) * 2 + disputed
    counts[0] += np.bincount(key * ndays + lo_day, minlength=counts.shape[1])
    counts[1] += np.bincount(key * ndays + hi_day, minlength=counts.shape[1])
    return pa.table({
        "id": ids, "title": titles, "when": when_texts,
        "earliest": timestamps(lo), "latest": timestamps(hi), "known_lo": lo, "known_hi": hi,
        "year": pa.array(np.full(n, year, np.int32)), "status": status_names, "disputed": disputed,
        "reliability": _looked_up(reliability, list(LETTERS)),
        "credibility": pa.array(credibility, pa.int8()),
        "segments": pa.ListArray.from_arrays(one, segment_names), "actors": empty,
        "sources": pa.ListArray.from_arrays(one, source_ids), "tags": empty,
        "place": pa.nulls(n, pa.string()), "search_text": pc.utf8_lower(titles), "record": record,
    }, schema=SCHEMA)


def write_synthetic_store(folder: str | os.PathLike, count: int, seed: int = 20250426,
                          progress=None) -> Path:
    """Write ``count`` events as a partitioned store in ``folder`` (made, must not exist)."""
    folder = Path(folder)
    folder.mkdir()
    rng = np.random.default_rng(seed)
    first_day = int(np.datetime64(f"{FIRST_YEAR}-01-01").astype("datetime64[D]").astype(np.int64))
    last_day = int(np.datetime64(f"{FIRST_YEAR + YEARS}-06-01").astype("datetime64[D]").astype(np.int64))
    ndays = last_day - first_day
    keys = len(LANES) * len(STATUSES) * 2
    counts = np.zeros((2, keys * ndays), np.int64)
    per_year = np.full(YEARS, count // YEARS)
    per_year[: count % YEARS] += 1
    number = 0
    for offset, size in enumerate(per_year.tolist()):
        year = FIRST_YEAR + offset
        begin = np.datetime64(f"{year}-01-01").astype("datetime64[s]").astype(np.int64)
        end = np.datetime64(f"{year + 1}-01-01").astype("datetime64[s]").astype(np.int64)
        starts = np.sort(rng.integers(begin, end, size)).astype(np.float64)
        (folder / f"year={year}").mkdir()
        with pq.ParquetWriter(folder / f"year={year}" / "events.parquet", SCHEMA, **WRITE_OPTIONS) as writer:
            for at in range(0, size, BATCH):
                table = _batch(rng, year, number, starts[at:at + BATCH], counts, ndays, first_day)
                number += table.num_rows
                writer.write_table(table, row_group_size=ROW_GROUP)
        if progress:
            progress(number, count)
    _write_summary(folder, counts, ndays, first_day, count)
    return folder


def _write_summary(folder: Path, counts: np.ndarray, ndays: int, first_day: int, count: int) -> None:
    used = np.flatnonzero(counts[0] + counts[1])
    key, day = np.divmod(used, ndays)
    rest, disputed = np.divmod(key, 2)
    segment, status = np.divmod(rest, len(STATUSES))
    table = pa.table({
        "segment": pa.array(np.array(LANES)[segment], pa.string()),
        "status": pa.array(np.array(STATUSES)[status], pa.string()),
        "disputed": pa.array(disputed.astype(bool)), "first": pa.array(np.ones(len(used), bool)),
        "day": pa.array((day + first_day).astype(np.int32)),
        "starts": pa.array(counts[0][used]), "ends": pa.array(counts[1][used])})
    pq.write_table(table, folder / day_counts.FILE_NAME)
    dated_days = day[counts[0][used] > 0] + first_day
    lo = float(dated_days.min()) * DAY
    hi = float(day[counts[1][used] > 0].max() + first_day + 1) * DAY - 1
    segments = [{"id": lane, "label": lane.capitalize()} for lane in LANES]
    statuses = {STATUSES[s] for s in np.unique(status).tolist()}
    meta = {"schema": SCHEMA_VERSION, "info": {"title": f"Synthetic store of {count:,} events"},
            "segments": segments, "actors": [], "places": [],
            "sources": [{"id": f"s{i}", "name": f"Source {i}"} for i in range(4)], "eras": [],
            "summary": summary_of(count, lo, hi, 1, set(LANES), statuses, segments, 120 * DAY - 1)}
    (folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")


__all__ = ["TEXT_LIST", "write_synthetic_store"]
