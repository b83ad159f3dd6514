"""Events as columns of numpy arrays: what the timeline, filters and exports read.

Per-event records stay available for the detail panes, but anything that runs
over all events (culling, density, counting, filtering) works on these arrays.
Memberships in several lanes (segments, actors, sources) are stored as CSR
pairs: ``ptr`` of length n+1 and ``idx``, so event i belongs to
``idx[ptr[i]:ptr[i+1]]``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RELIABILITY_CODES = "ABCDEF"


@dataclass(slots=True)
class Membership:
    ptr: np.ndarray  # int64, n + 1
    idx: np.ndarray  # int32
    _rows: np.ndarray | None = None  # rows(), made on first use: counting and filtering ask for it often

    @classmethod
    def single(cls, values: np.ndarray) -> Membership:
        """One membership per event, -1 meaning none."""
        has = values >= 0
        ptr = np.zeros(len(values) + 1, dtype=np.int64)
        np.cumsum(has, out=ptr[1:])
        return cls(ptr, values[has].astype(np.int32))

    def of(self, row: int) -> np.ndarray:
        return self.idx[self.ptr[row]:self.ptr[row + 1]]

    def rows(self) -> np.ndarray:
        """The event row of every entry of ``idx`` (read-only)."""
        if self._rows is None:
            rows = np.repeat(np.arange(len(self.ptr) - 1, dtype=np.int64), np.diff(self.ptr))
            rows.flags.writeable = False
            self._rows = rows
        return self._rows

    def mask_any(self, wanted: np.ndarray) -> np.ndarray:
        """Boolean per event: does it belong to any of the wanted indices?"""
        result = np.zeros(len(self.ptr) - 1, dtype=bool)
        result[self.rows()[np.isin(self.idx, wanted)]] = True
        return result

    def counts(self, size: int) -> np.ndarray:
        return np.bincount(self.idx, minlength=size)[:size] if size else np.zeros(0, np.int64)


@dataclass(slots=True)
class EventColumns:
    start_lo: np.ndarray  # float64 seconds since 1970-01-01Z; see model.dates
    start_hi: np.ndarray
    end_lo: np.ndarray
    end_hi: np.ndarray
    earliest: np.ndarray
    latest: np.ndarray
    precision: np.ndarray  # int8, model.dates.Precision
    flags: np.ndarray  # int32, model.dates flag bits
    ends: np.ndarray  # int8, what each end carries: model.dates START_APPROXIMATE ... ONE_OF
    offset: np.ndarray  # int16, minutes east of UTC as written (model.dates.NO_OFFSET: none written)
    status: np.ndarray  # int8 index into records.STATUSES
    disputed: np.ndarray  # bool: disputed (its "disputed" field, or status "disputed"), whatever its status
    conditional: np.ndarray  # bool: the event depends on a condition (its "condition" field)
    place: np.ndarray  # int32 index into document.places, -1 none
    citation_count: np.ndarray  # int16
    best_credibility: np.ndarray  # int8 1..6, 0 when no citation is graded
    best_reliability: np.ndarray  # int8 0..5 for A..F, -1 when no cited source is graded
    segments: Membership
    actors: Membership
    sources: Membership
    tags: Membership
    _midpoint: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.start_lo)

    @property
    def midpoint(self) -> np.ndarray:
        """Where an event sits on the time axis (finite even for open ends); read-only, made once."""
        if self._midpoint is None:
            lo = np.where(np.isfinite(self.start_lo), self.start_lo, self.end_lo)
            hi = np.where(np.isfinite(self.end_hi), self.end_hi, self.start_hi)
            hi = np.where(np.isfinite(hi), hi, lo)
            midpoint = (lo + hi) / 2
            midpoint.flags.writeable = False
            self._midpoint = midpoint
        return self._midpoint
