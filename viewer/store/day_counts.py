"""A store's events counted per lane and day: density for views too wide to count event by event.

Each event adds one to the day its known extent starts in (rounded up) and one to the
day it ends in (rounded down), per segment it belongs to, with its status. For a view
whose column edges fall on midnights UTC, counting columns from these is exactly what
counting the events would give; a wide view of a large store asks for such columns.
"""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa

from ..model.filters import FilterSpec
from ..model.records import STATUSES
from .source import Density

DAY = 86400.0
FILE_NAME = "_lagebild_days.parquet"

# The summary, in SQL over the stored events: an entry per (event, segment); ``first``
# marks one entry per event, for lanes that are not segments.
SUMMARY_SQL = """
WITH entries AS (
    SELECT UNNEST(CASE WHEN len(segments) = 0 THEN [''] ELSE segments END) AS segment,
           generate_subscripts(CASE WHEN len(segments) = 0 THEN [''] ELSE segments END, 1) = 1 AS first,
           status, disputed,
           CASE WHEN isfinite(known_lo) THEN CAST(ceil(known_lo / 86400) AS INTEGER) END AS lo_day,
           CASE WHEN isfinite(known_hi) THEN CAST(floor(known_hi / 86400) AS INTEGER) END AS hi_day
    FROM {source})
SELECT segment, status, disputed, first, day, sum(starts)::BIGINT AS starts, sum(ends)::BIGINT AS ends FROM (
    SELECT segment, status, disputed, first, lo_day AS day, count(*) AS starts, 0 AS ends FROM entries GROUP BY ALL
    UNION ALL
    SELECT segment, status, disputed, first, hi_day AS day, 0 AS starts, count(*) AS ends FROM entries
    WHERE hi_day IS NOT NULL GROUP BY ALL)
GROUP BY ALL ORDER BY segment, day
"""


def _codes(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """A text column as numbers into its distinct values (hashed in C, not per row in Python)."""
    encoded = column.combine_chunks().dictionary_encode()
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()


def _renumbered(codes: tuple[np.ndarray, list[str]], order: list[str]) -> np.ndarray:
    indices, values = codes
    position = {value: i for i, value in enumerate(order)}
    return np.array([position[v] for v in values], np.int64)[indices] if values else indices.astype(np.int64)


class DayCounts:
    """The summary in memory: a few arrays of one entry per (segment, status, day)."""

    def __init__(self, table: pa.Table, segments_per_event: int):
        segments = _codes(table.column("segment"))
        self.segment_keys = sorted(segments[1])
        self.segment = _renumbered(segments, self.segment_keys).astype(np.int32)
        self.status = _renumbered(_codes(table.column("status")), list(STATUSES)).astype(np.int8)
        self.disputed = table.column("disputed").to_numpy(zero_copy_only=False).astype(bool)
        self.first = table.column("first").to_numpy(zero_copy_only=False).astype(bool)
        day = table.column("day").to_numpy(zero_copy_only=False)
        self.dated = ~np.isnan(day.astype(np.float64))
        self.day = np.where(self.dated, np.nan_to_num(day.astype(np.float64)), 0).astype(np.int64)
        self.starts = table.column("starts").to_numpy().astype(np.int64)
        self.ends = table.column("ends").to_numpy().astype(np.int64)
        self.single_segment = segments_per_event <= 1
        dated_days = self.day[self.dated]
        self.first_day = int(dated_days.min()) if len(dated_days) else 0
        self.day_count = int(dated_days.max()) - self.first_day + 1 if len(dated_days) else 0
        self._kept: dict = {}

    def answers(self, spec: FilterSpec) -> bool:
        """Can the summary count under this filter? Statuses always; segments where no event has two."""
        other = spec.with_(statuses=frozenset(), segments=frozenset()) if self.single_segment \
            else spec.with_(statuses=frozenset())
        return other.is_empty

    def _chosen(self, spec: FilterSpec) -> np.ndarray:
        chosen = np.ones(len(self.day), dtype=bool)
        if spec.statuses:
            codes = [STATUSES.index(s) for s in spec.statuses if s in STATUSES]
            wanted = np.isin(self.status, codes)
            chosen &= (wanted | self.disputed) if "disputed" in spec.statuses else wanted
        if spec.segments:
            chosen &= np.isin(self.segment, [self.segment_keys.index(s) for s in spec.segments
                                             if s in self.segment_keys])
        return chosen

    def _running(self, mode: str, lane_keys: list[str], spec: FilterSpec) -> tuple[np.ndarray, np.ndarray]:
        """Per lane, how many entries have started by each day and how many have ended by it
        (cumulative over the summary's days; made once per lane mode and filter)."""
        key = (mode, tuple(lane_keys), spec)
        kept = self._kept.get(key)
        if kept is not None:
            return kept
        chosen = self._chosen(spec) & self.dated
        if mode == "segment":
            lane_of_key = {k: i for i, k in enumerate(lane_keys)}
            lane = np.array([lane_of_key.get(k, -1) for k in self.segment_keys], np.int64)[self.segment]
        else:
            chosen &= self.first
            if mode == "status":
                lane_of_key = {k: i for i, k in enumerate(lane_keys)}
                lane = np.array([lane_of_key.get(s, -1) for s in STATUSES], np.int64)[self.status]
            else:
                lane = np.zeros(len(self.day), np.int64)
        chosen &= lane >= 0
        width = self.day_count
        at = lane[chosen] * width + (self.day[chosen] - self.first_day)
        size = len(lane_keys) * width
        started = np.cumsum(np.bincount(at, weights=self.starts[chosen], minlength=size)
                            .reshape(len(lane_keys), width), axis=1)
        ended = np.cumsum(np.bincount(at, weights=self.ends[chosen], minlength=size)
                          .reshape(len(lane_keys), width), axis=1)
        kept = (np.rint(started).astype(np.int64), np.rint(ended).astype(np.int64))
        if len(self._kept) >= 8:
            self._kept.pop(next(iter(self._kept)))
        self._kept[key] = kept
        return kept

    def starting_between(self, lo: float, hi: float) -> int:
        """How many events have their known start in [lo, hi] (what a scan of that range reads)."""
        if self.day_count == 0:
            return 0
        started, _ended = self._running("single", ["all"], FilterSpec())
        days = np.array([math.floor(lo / DAY) - 1, math.ceil(hi / DAY)], np.int64) - self.first_day
        before, by_end = self._by_day(started, days)[0].tolist()
        return int(by_end - before)

    @staticmethod
    def _by_day(running: np.ndarray, days: np.ndarray) -> np.ndarray:
        """The running count at each of ``days`` (indices into the summary; before it, none)."""
        inside = np.clip(days, 0, running.shape[1] - 1)
        return np.where(days[None, :] >= 0, running[:, inside], 0)

    def density(self, lo: float, hi: float, columns: int, mode: str, lane_keys: list[str],
                spec: FilterSpec) -> Density:
        """Counts over columns of whole days covering [lo, hi): as many as fit in ``columns``."""
        first_day = math.floor(lo / DAY)
        days = max(1, math.ceil(hi / DAY) - first_day)
        per_column = max(1, math.ceil(days / columns))
        count = math.ceil(days / per_column)
        edge_days = first_day + per_column * np.arange(count + 1, dtype=np.int64)
        edges = edge_days * DAY
        if not lane_keys or self.day_count == 0:
            return Density(lane_keys, np.zeros((len(lane_keys), count), np.int64), 0, edges=edges.astype(float))
        started, ended = self._running(mode, lane_keys, spec)
        # An entry covers column c when it starts by the day of edge c+1 and ends on or after that of edge c.
        by_end = self._by_day(started, edge_days[1:] - self.first_day)
        before = self._by_day(ended, edge_days[:-1] - 1 - self.first_day)
        in_view = int((by_end[:, -1] - before[:, 0]).sum())
        return Density(lane_keys, by_end - before, in_view, edges=edges.astype(np.float64))

    def facet_counts(self, spec: FilterSpec) -> dict[str, dict[str, int]]:
        entries = self.starts > 0
        counts: dict[str, dict[str, int]] = {"segments": {}, "statuses": {}}
        under = self._chosen(spec.with_(segments=frozenset())) & entries
        per_segment = np.bincount(self.segment[under], weights=self.starts[under], minlength=len(self.segment_keys))
        counts["segments"] = {k: int(c) for k, c in zip(self.segment_keys, per_segment.tolist()) if c}
        under = self._chosen(spec.with_(statuses=frozenset())) & entries & self.first
        per_status = np.bincount(self.status[under], weights=self.starts[under], minlength=len(STATUSES))
        counts["statuses"] = {s: int(c) for s, c in zip(STATUSES, per_status.tolist()) if c}
        return counts
