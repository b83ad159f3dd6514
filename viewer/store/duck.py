"""Parquet files and folders, and DuckDB databases, queried in place with DuckDB.

Nothing is loaded whole: each question is one SQL query over the stored columns
(the files' row groups are skipped by their statistics where the view's time
range excludes them), and the answer is a few thousand numbers or rows. Wide
views of a large store are counted from its day summary (``day_counts``).
DuckDB is kept to a memory limit, so memory stays bounded whatever the size.
"""

from __future__ import annotations

import json
import math
import os
import threading

import numpy as np
import pyarrow.parquet as pq

from ..model.filters import FilterSpec
from . import day_counts
from .source import Density, Hit, ViewEvents, ViewQuery
from .sql import lane_expression, where
from .summarised import SummarisedStore

MEMORY_LIMIT = "1GB"
META_FILE = "_lagebild.json"
SCAN_LIMIT = 200_000  # events in view beyond which a wide view is counted from the day summary


class StoreError(Exception):
    """A store that cannot be opened, with a message naming it and what to do."""


def is_store_path(path: str) -> bool:
    return path.endswith((".parquet", ".duckdb")) or os.path.isfile(os.path.join(path, META_FILE))


def _connect(path: str | None = None):
    try:
        import duckdb
    except ImportError as exc:
        raise StoreError("opening a Parquet store needs DuckDB: pip install 'lagebild[store]'") from exc
    con = duckdb.connect(path or ":memory:", read_only=bool(path))
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute("SET threads = 2")
    con.execute("SET preserve_insertion_order = false")
    try:
        con.execute("SET parquet_metadata_cache = true")
    except Exception:  # noqa: BLE001 - an older DuckDB without the setting reads footers each time
        pass
    return con


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class DuckSource(SummarisedStore):
    """A store on this computer: ``OUT.parquet`` (a file or a folder of year folders) or ``DB.duckdb``."""

    def __init__(self, path: str):
        self.name = path
        self._year_files: dict[int, str] = {}
        if not os.path.exists(path):
            raise StoreError(f"{path}: no such file or folder")
        if path.endswith(".duckdb"):
            self.con = _connect(path)
            self.relation = "events"
            meta = self._database_meta()
        else:
            self.con = _connect()
            if os.path.isdir(path):
                files = os.path.join(path, "*", "*.parquet")
                self._year_files = _year_files(path)
                meta_path = os.path.join(path, META_FILE)
                try:
                    with open(meta_path, encoding="utf-8") as handle:
                        meta = json.load(handle)
                except (OSError, ValueError) as exc:
                    raise StoreError(f"{meta_path}: cannot be read ({exc}); convert the events again with "
                                     "lagebild convert FILE --to OUT.parquet") from exc
            else:
                files = path
                meta = self._file_meta(path)
            self.con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet({_sql_text(files)}, "
                             "hive_partitioning = false)")
            self.relation = "events"
        self.meta = meta
        self._local = threading.local()
        self._running: list = []
        summary = meta.get("summary") or self._summarise()
        self._take_summary(summary)
        self.max_duration = summary.get("max_duration")  # the longest known extent, in seconds
        self.days = self._day_counts(path)

    # -- opening ------------------------------------------------------------
    @staticmethod
    def _file_meta(path: str) -> dict:
        try:
            metadata = pq.read_schema(path).metadata or {}
        except Exception as exc:  # noqa: BLE001 - any unreadable file is a message, not a crash
            raise StoreError(f"{path}: not a readable Parquet file ({exc})") from exc
        raw = metadata.get(b"lagebild")
        if raw is None:
            raise StoreError(f"{path}: has no Lagebild metadata; write it with lagebild convert FILE --to OUT.parquet")
        return json.loads(raw)

    def _database_meta(self) -> dict:
        tables = {row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "events" not in tables:
            raise StoreError(f"{self.name}: has no table 'events' in the stored shape (see docs/serving-a-team.md)")
        if "lagebild_meta" in tables:
            row = self.con.execute("SELECT value FROM lagebild_meta WHERE key = 'document'").fetchone()
            if row:
                return json.loads(row[0])
        return {}

    def _summarise(self) -> dict:
        """Counts and lanes by one pass over the stored events (for stores written without them)."""
        return summarise(self.con, self.relation, self.meta.get("segments", []))

    def _day_counts(self, path: str):
        summary_path = os.path.join(path, day_counts.FILE_NAME)
        if not os.path.isfile(summary_path):
            return None
        return day_counts.DayCounts(pq.read_table(summary_path), self.max_segments)

    # -- queries ------------------------------------------------------------
    def _between(self, lo: float, hi: float, starting: bool = False) -> str:
        """The events that may lie in [lo, hi]: in a store of year files, only the files of the years
        their known starts can fall in (so no other file is opened), else every event."""
        if not self._year_files or (self.max_duration is None and not starting):
            return self.relation
        first = lo if starting else lo - float(self.max_duration or 0)
        years = [y for y in self._year_files if _year_start(y) <= hi and _year_start(y + 1) > first]
        if not years:
            return f"(SELECT * FROM {self.relation} LIMIT 0)"
        files = ", ".join(_sql_text(self._year_files[y]) for y in sorted(years))
        return f"read_parquet([{files}], hive_partitioning = false)"

    def _cursor(self):
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._local.cursor = self.con.cursor()
        return cursor

    def _run(self, sql: str, params: list):
        cursor = self._cursor()
        self._running.append(cursor)
        try:
            return cursor.execute(sql, params)
        finally:
            self._running.remove(cursor)

    def _lane(self, mode: str) -> str:
        return lane_expression(mode, self.max_segments <= 1)

    def interrupt(self) -> None:
        for cursor in list(self._running):
            cursor.interrupt()

    def _estimate_in_view(self, query: ViewQuery) -> int:
        span = self.span()
        if span is None or span[1] <= span[0]:
            return self.count
        share = (min(query.hi, span[1]) - max(query.lo, span[0])) / (span[1] - span[0])
        return int(self.count * max(share, 0.0))

    def _scanned(self, query: ViewQuery) -> int:
        """About how many events counting the view event by event would read."""
        if self.days is None:
            return self._estimate_in_view(query)
        reach = float(self.max_duration) if self.max_duration is not None else math.inf
        first = query.lo - reach if math.isfinite(reach) else -math.inf
        return self.days.starting_between(max(first, -1e15), query.hi)

    def density(self, query: ViewQuery) -> Density:
        keys = [key for key, _ in self.lanes(query.mode)]
        wide = (query.hi - query.lo) / query.columns >= day_counts.DAY or self._scanned(query) > SCAN_LIMIT
        if self.days is not None and wide and self.days.answers(query.spec):
            return self.days.density(query.lo, query.hi, query.columns, query.mode, keys, query.spec)
        width = (query.hi - query.lo) / query.columns
        condition, params = where(query.spec)
        sql = f"""
            WITH e AS (SELECT {self._lane(query.mode)} AS lane, known_lo, known_hi
                       FROM {self._between(query.lo, query.hi)}
                       WHERE known_hi >= ? AND known_lo <= ? AND {condition})
            SELECT lane, 1 AS kind, CAST(greatest(ceil((known_lo - ?) / ?) - 1, 0) AS BIGINT) AS col, count(*)
            FROM e GROUP BY ALL
            UNION ALL
            SELECT lane, -1 AS kind, CAST(floor((known_hi - ?) / ?) + 1 AS BIGINT) AS col, count(*)
            FROM e WHERE known_hi < ? GROUP BY ALL"""
        rows = self._run(sql, [query.lo, query.hi, *params, query.lo, width, query.lo, width, query.hi]).fetchall()
        steps = np.zeros((len(keys), query.columns + 1), np.int64)
        lane_of = {key: i for i, key in enumerate(keys)}
        in_view = 0
        for lane, kind, col, n in rows:
            if lane in lane_of and col <= query.columns:
                steps[lane_of[lane], col] += kind * n
                in_view += n if kind > 0 else 0  # every entry in view starts in one column
        return Density(keys, np.cumsum(steps, axis=1)[:, :query.columns], in_view)

    def events(self, query: ViewQuery, limit: int) -> ViewEvents:
        condition, params = where(query.spec)
        sql = f"""
            SELECT id, title, "when", lane, known_lo, known_hi, status FROM (
                SELECT id, title, "when", {self._lane(query.mode)} AS lane, known_lo, known_hi, status
                FROM {self._between(query.lo, query.hi, query.starting)}
                WHERE {"known_lo" if query.starting else "known_hi"} >= ? AND known_lo <= ?
                AND {condition})
            ORDER BY known_lo, id, lane LIMIT ?"""
        rows = self._run(sql, [query.lo, query.hi, *params, limit + 1]).fetchall()
        return view_events(rows, limit)

    def facet_counts(self, spec: FilterSpec) -> dict[str, dict[str, int]]:
        if self.days is not None and self.days.answers(spec):
            return self.days.facet_counts(spec)
        counts: dict[str, dict[str, int]] = {}
        condition, params = where(spec, without=("segments",))
        rows = self._run(f"SELECT lane, count(*) FROM (SELECT {self._lane('segment')} AS lane "
                         f"FROM {self.relation} WHERE {condition}) GROUP BY lane", params).fetchall()
        counts["segments"] = {lane: int(n) for lane, n in rows}
        condition, params = where(spec, without=("statuses",))
        rows = self._run(f"SELECT status, count(*) FROM {self.relation} WHERE {condition} GROUP BY status",
                         params).fetchall()
        counts["statuses"] = {status: int(n) for status, n in rows}
        return counts

    def search(self, text: str, limit: int) -> list[Hit]:
        if not text.split():
            return []
        condition, params = where(FilterSpec(text=text))
        rows = self._run(f'SELECT id, title, "when", known_lo FROM {self.relation} WHERE {condition} LIMIT ?',
                         [*params, limit]).fetchall()
        rows.sort(key=lambda r: (r[3] if math.isfinite(r[3]) else math.inf, r[0]))
        return [Hit(i, t, w, lo if math.isfinite(lo) else math.nan) for i, t, w, lo in rows]

    def record(self, event_id: str, near: float | None = None) -> dict | None:
        if near is not None and math.isfinite(near):
            sql = f"SELECT record FROM {self._between(near, near, True)} WHERE known_lo = ? AND id = ?"
            row = self._run(sql, [near, event_id]).fetchone()
            if row is not None:
                return json.loads(row[0])
        row = self._run(f"SELECT record FROM {self.relation} WHERE id = ?", [event_id]).fetchone()
        return None if row is None else json.loads(row[0])

    def close(self) -> None:
        self.con.close()


def _year_start(year: int) -> float:
    return float((np.datetime64(f"{year:04d}-01-01", "s") - np.datetime64("1970-01-01", "s")).astype(np.int64))


def _year_files(folder: str) -> dict[int, str]:
    """The files of a store's year folders (``year=2025/events.parquet``), by year."""
    found: dict[int, str] = {}
    for name in os.listdir(folder):
        if name.startswith("year=") and name[5:].lstrip("-").isdigit():
            for file in sorted(os.listdir(os.path.join(folder, name))):
                if file.endswith(".parquet"):
                    found[int(name[5:])] = os.path.join(folder, name, file)
                    break
    return found


def view_events(rows: list[tuple], limit: int) -> ViewEvents:
    """Rows of (id, title, when, lane, known_lo, known_hi, status), one more than ``limit`` if cut short."""
    kept = rows[:limit]
    return ViewEvents(ids=[r[0] for r in kept], titles=[r[1] for r in kept], whens=[r[2] for r in kept],
                      lanes=[r[3] for r in kept], lo=np.array([r[4] for r in kept], np.float64),
                      hi=np.array([r[5] for r in kept], np.float64), status=[r[6] for r in kept],
                      complete=len(rows) <= limit)


def summarise(con, relation: str, segments: list[dict]) -> dict:
    """What opening a store reads first: how many events, their span, the lanes that hold any."""
    total, lo, hi, max_segments, longest = con.execute(
        f"SELECT count(*), min(known_lo) FILTER (WHERE isfinite(known_lo)), "
        f"max(known_hi) FILTER (WHERE isfinite(known_hi)), coalesce(max(len(segments)), 0), "
        f"max(known_hi - known_lo) FILTER (WHERE isfinite(known_lo) AND isfinite(known_hi)) FROM {relation}"
    ).fetchone()
    used = {row[0] for row in con.execute(
        f"SELECT DISTINCT UNNEST(CASE WHEN len(segments) = 0 THEN [''] ELSE segments END) FROM {relation}"
    ).fetchall()}
    statuses = {row[0] for row in con.execute(f"SELECT DISTINCT status FROM {relation}").fetchall()}
    return summary_of(int(total), lo, hi, int(max_segments), used, statuses, segments, longest)


def summary_of(total: int, lo, hi, max_segments: int, used: set, statuses: set, segments: list[dict],
               max_duration: float | None = None) -> dict:
    from ..model.lanes import NONE_LABELS
    from ..model.records import STATUSES

    lanes = [[s["id"], s["label"]] for s in segments if s["id"] in used]
    known = {s["id"] for s in segments}
    lanes += [[key, key] for key in sorted(used - known - {""})]  # named by events only
    if "" in used:
        lanes.append(["", NONE_LABELS["segment"]])
    return {"events": total, "span": None if lo is None else [float(lo), float(hi)],
            "max_segments": max_segments, "max_duration": max_duration, "segment_lanes": lanes,
            "status_lanes": [[s, s.capitalize()] for s in STATUSES if s in statuses]}
