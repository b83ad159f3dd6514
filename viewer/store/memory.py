"""A loaded document's columns as a store: the default for event files.

Counts come from the lane layouts the timeline already keeps (two binary
searches per column), filters from the facet masks, search from the search
index and records from the document; nothing here makes a second copy.
"""

from __future__ import annotations

import math

import msgspec
import numpy as np

from ..model.filters import FilterSpec
from ..model.lanes import NONE_KEY, row_orders
from ..model.records import STATUSES
from ..state.lane_cache import lane_layout_for, unfiltered_layout
from ..state.masks import FilterMasks
from .source import Density, Hit, ViewEvents, ViewQuery


class MemorySource:
    def __init__(self, document):
        self.document = document
        self.name = document.path
        self.masks = FilterMasks(document)

    def __len__(self) -> int:
        return len(self.document.columns)

    def span(self) -> tuple[float, float] | None:
        ro = row_orders(self.document)
        known = np.concatenate([ro.known_lo[np.isfinite(ro.known_lo)], ro.known_hi[np.isfinite(ro.known_hi)]])
        return None if len(known) == 0 else (float(known.min()), float(known.max()))

    def lanes(self, mode: str) -> list[tuple[str, str]]:
        return [(lane.key, lane.label) for lane in unfiltered_layout(self.document, mode).lanes]

    def density(self, query: ViewQuery) -> Density:
        keys = [key for key, _ in self.lanes(query.mode)]
        counts = np.zeros((len(keys), query.columns), dtype=np.int64)
        visible = self.masks.mask(query.spec)
        layout = lane_layout_for(self.document, query.mode, query.spec, visible)
        edges = query.edges
        place = {key: i for i, key in enumerate(keys)}
        in_view = 0
        for i, lane in enumerate(layout.lanes):
            counts[place[lane.key]] = layout.density(i, edges)
            in_view += layout.count_known_overlapping(i, query.lo, query.hi)
        return Density(keys, counts, in_view)

    def _lane_keys(self, rows: np.ndarray, mode: str) -> tuple[np.ndarray, list[str]]:
        """Entries (row, lane key) of the rows: one per lane each belongs to."""
        doc = self.document
        if mode == "single":
            return rows, ["all"] * len(rows)
        if mode == "status":
            return rows, [STATUSES[s] for s in doc.columns.status[rows].tolist()]
        membership = doc.columns.segments
        entry_rows: list[int] = []
        keys: list[str] = []
        for row in rows.tolist():
            members = membership.of(row).tolist()
            for m in members or [None]:
                entry_rows.append(row)
                keys.append(NONE_KEY if m is None else doc.segments[m].id)
        return np.asarray(entry_rows, dtype=np.int64), keys

    def _ordered(self, rows: np.ndarray) -> np.ndarray:
        """Rows by known start, then id (the order every store answers in)."""
        ro = row_orders(self.document)
        ids = np.asarray([self.document.texts.id[r].as_py() for r in rows.tolist()], dtype=object)
        return rows[np.lexsort((ids, ro.known_lo[rows]))] if len(rows) else rows

    def events(self, query: ViewQuery, limit: int) -> ViewEvents:
        ro = row_orders(self.document)
        ends = np.searchsorted(ro.known_lo[ro.by_known_lo], query.hi, "right")
        if query.starting:
            rows = ro.by_known_lo[np.searchsorted(ro.known_lo[ro.by_known_lo], query.lo, "left"):ends]
        else:
            candidates = ro.by_known_lo[:ends]
            rows = candidates[ro.known_hi[candidates] >= query.lo]
        visible = self.masks.mask(query.spec)
        entry_rows, keys = self._lane_keys(rows[visible[rows]], query.mode)
        if len(entry_rows):  # by known start, id and lane: the order every store answers in
            ids = np.asarray([self.document.texts.id[r].as_py() for r in entry_rows.tolist()], dtype=object)
            order = np.lexsort((np.asarray(keys, dtype=object), ids, ro.known_lo[entry_rows]))
            entry_rows, keys = entry_rows[order], [keys[i] for i in order.tolist()]
        complete = len(entry_rows) <= limit
        entry_rows, keys = entry_rows[:limit], keys[:limit]
        texts = self.document.texts
        return ViewEvents(
            ids=[texts.id[r].as_py() for r in entry_rows.tolist()],
            titles=[texts.title[r].as_py() for r in entry_rows.tolist()],
            whens=[texts.when[r].as_py() for r in entry_rows.tolist()],
            lanes=keys, lo=ro.known_lo[entry_rows], hi=ro.known_hi[entry_rows],
            status=[STATUSES[s] for s in self.document.columns.status[entry_rows].tolist()],
            complete=complete)

    def facet_counts(self, spec: FilterSpec) -> dict[str, dict[str, int]]:
        doc = self.document
        cols = doc.columns
        counts: dict[str, dict[str, int]] = {}
        under = self.masks.mask(spec, without=("segments",))
        rows = cols.segments.rows()
        per_segment = np.bincount(cols.segments.idx[under[rows]], minlength=len(doc.segments))
        counts["segments"] = {s.id: int(c) for s, c in zip(doc.segments, per_segment.tolist()) if c}
        unassigned = int(np.count_nonzero(under & (np.diff(cols.segments.ptr) == 0)))
        if unassigned:
            counts["segments"][NONE_KEY] = unassigned
        under = self.masks.mask(spec, without=("statuses",))
        per_status = np.bincount(cols.status[under], minlength=len(STATUSES))
        counts["statuses"] = {name: int(c) for name, c in zip(STATUSES, per_status.tolist()) if c}
        return counts

    def search(self, text: str, limit: int) -> list[Hit]:
        if not text.split():
            return []
        rows = self._ordered(np.flatnonzero(self.masks.mask(FilterSpec(text=text))))[:limit]
        ro = row_orders(self.document)
        texts = self.document.texts
        return [Hit(texts.id[r].as_py(), texts.title[r].as_py(), texts.when[r].as_py(),
                    float(ro.known_lo[r]) if math.isfinite(ro.known_lo[r]) else math.nan)
                for r in rows.tolist()]

    def record(self, event_id: str, near: float | None = None) -> dict | None:
        event = self.document.event(event_id)
        return None if event is None else msgspec.json.decode(msgspec.json.encode(event))

    def interrupt(self) -> None:
        pass  # answers take milliseconds; there is nothing to stop

    def close(self) -> None:
        pass
