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


class DayCounts:
    """The summary in memory: a few arrays of one entry per (segment, status, day)."""

    def __init__(self, table: pa.Table, segments_per_event: int):
        self.segment_keys = sorted(set(table.column("segment").to_pylist()))
        code = {key: i for i, key in enumerate(self.segment_keys)}
        self.segment = np.fromiter(map(code.__getitem__, table.column("segment").to_pylist()), np.int32,
                                   count=table.num_rows)
        status_code = {name: i for i, name in enumerate(STATUSES)}
        self.status = np.fromiter(map(status_code.__getitem__, table.column("status").to_pylist()), np.int8,
                                  count=table.num_rows)
        self.disputed = table.column("disputed").to_numpy(zero_copy_only=False).astype(bool)
        self.first = table.column("first").to_numpy(zero_copy_only=False).astype(bool)
        day = table.column("day").to_numpy(zero_copy_only=False)
        self.dated = ~np.isnan(day.astype(np.float64))
        self.day = np.where(self.dated, np.nan_to_num(day.astype(np.float64)), 0).astype(np.int64)
        self.starts = table.column("starts").to_numpy().astype(np.int64)
        self.ends = table.column("ends").to_numpy().astype(np.int64)
        self.single_segment = segments_per_event <= 1

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

    def density(self, lo: float, hi: float, columns: int, mode: str, lane_keys: list[str],
                spec: FilterSpec) -> Density:
        """Counts over columns of whole days covering [lo, hi): as many as fit in ``columns``."""
        first_day = math.floor(lo / DAY)
        days = max(1, math.ceil(hi / DAY) - first_day)
        per_column = max(1, math.ceil(days / columns))
        count = math.ceil(days / per_column)
        edges = (first_day + per_column * np.arange(count + 1, dtype=np.float64)) * DAY
        chosen = self._chosen(spec) & self.dated
        if mode == "segment":
            lane_of_key = {key: i for i, key in enumerate(lane_keys)}
            lane = np.array([lane_of_key.get(k, -1) for k in self.segment_keys], np.int64)[self.segment]
        else:
            chosen &= self.first
            if mode == "status":
                lane_of_key = {key: i for i, key in enumerate(lane_keys)}
                lane = np.array([lane_of_key.get(s, -1) for s in STATUSES], np.int64)[self.status]
            else:
                lane = np.zeros(len(self.day), np.int64)
        chosen &= lane >= 0
        # Column of each start (the first column it reaches) and one past each end, clipped to the view.
        start_col = np.clip(np.ceil((self.day * DAY - edges[0]) / (per_column * DAY)) - 1, 0, None)
        end_col = np.floor((self.day * DAY - edges[0]) / (per_column * DAY)) + 1
        width = count + 1
        starting = chosen & (start_col < count)
        ending = chosen & (end_col <= count)
        # An end before the view removes what started before it: both count from column 0.
        at = np.concatenate([lane[starting] * width + start_col[starting].astype(np.int64),
                             lane[ending] * width + np.clip(end_col[ending], 0, None).astype(np.int64)])
        weights = np.concatenate([self.starts[starting], -self.ends[ending]]).astype(np.float64)
        steps = np.bincount(at, weights=weights, minlength=len(lane_keys) * width).reshape(len(lane_keys), width)
        counts = np.cumsum(np.rint(steps).astype(np.int64), axis=1)[:, :count]
        # Entries in view: those starting in it, and those started before it that have not ended.
        before = int(self.ends[ending & (end_col <= 0)].sum())
        in_view = int(self.starts[starting].sum()) - before
        return Density(lane_keys, counts, in_view, edges=edges)

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
