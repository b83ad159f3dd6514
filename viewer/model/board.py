"""Counts behind the segment board and the map: per segment, per actor and
segment, per place, and the events that cannot be placed on a map.

Every function takes a boolean mask over event rows (usually the filter's
visible mask) and counts only the events where it is True. Plain numpy; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .dates import DateError, resolve_cached
from .per_document import derived
from .records import STATUSES, Segment


@dataclass(frozen=True)
class SegmentTile:
    segment: Segment
    event_count: int
    latest_event_row: int  # -1 when the segment has no counted event
    latest_when_text: str  # how the latest event's date reads, "" without one
    status_mix: dict[str, int] = field(default_factory=dict)  # every status, in STATUSES order; disputed
    # events count as disputed whatever their status
    responsible: list[str] = field(default_factory=list)  # actor names


def _masked_entries(membership, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(event row, member index) of every membership entry whose event is masked in."""
    rows = membership.rows()
    keep = mask[rows]
    return rows[keep], membership.idx[keep].astype(np.int64)


def _when_text(event) -> str:
    try:
        return resolve_cached(event.when).display
    except DateError:
        return event.when


def _responsible_names(document, segment: Segment) -> list[str]:
    names = []
    for actor_id in segment.actors:
        actor = document.actor(actor_id)
        names.append(actor.name if actor is not None else actor_id)
    return names


def time_ranks(document) -> tuple[np.ndarray, np.ndarray]:
    """Rows by midpoint (ties in row order), and each row's place in that order: the latest of
    any set of rows is the one of highest rank. Made once per document."""
    def build(d):
        by_time = np.argsort(d.columns.midpoint, kind="stable")
        rank = np.empty(len(by_time), dtype=np.int64)
        rank[by_time] = np.arange(len(by_time))
        return by_time, rank
    return derived(document, "board-time-ranks", build)


def segment_tiles(document, mask: np.ndarray) -> list[SegmentTile]:
    """One tile per segment, in the document's order."""
    n_segments = len(document.segments)
    cols = document.columns
    rows, segs = _masked_entries(cols.segments, mask)
    counts = np.bincount(segs, minlength=n_segments)[:n_segments]
    n_status = len(STATUSES)
    # A disputed event counts as disputed whatever its status: that is what a summary must not hide.
    shown_status = np.where(cols.disputed[rows], STATUSES.index("disputed"), cols.status[rows]).astype(np.int64)
    mix = np.bincount(segs * n_status + shown_status,
                      minlength=n_segments * n_status)[:n_segments * n_status].reshape(n_segments, n_status)

    # The latest event per segment: sort by segment, then time, then row, and
    # take the last entry of each segment's run.
    latest = np.full(n_segments, -1, dtype=np.int64)
    if len(rows):
        by_time, rank = time_ranks(document)
        best = np.full(n_segments, -1, dtype=np.int64)
        np.maximum.at(best, segs, rank[rows])
        has = best >= 0
        latest[has] = by_time[best[has]]

    tiles = []
    for i, segment in enumerate(document.segments):
        row = int(latest[i])
        tiles.append(SegmentTile(
            segment=segment,
            event_count=int(counts[i]),
            latest_event_row=row,
            latest_when_text=_when_text(document.events[row]) if row >= 0 else "",
            status_mix=dict(zip(STATUSES, mix[i].tolist())),
            responsible=_responsible_names(document, segment),
        ))
    return tiles


def _pairs(document, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(actor index, segment index) for every actor x segment pair of each masked event."""
    cols = document.columns
    a_rows, actors = _masked_entries(cols.actors, mask)
    seg_ptr = cols.segments.ptr
    per_event = np.diff(seg_ptr)
    repeats = per_event[a_rows]  # each actor entry pairs with all segments of its event
    total = int(repeats.sum())
    if not total:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    actor_rep = np.repeat(actors, repeats)
    group_start = np.repeat(np.cumsum(repeats) - repeats, repeats)
    offset = np.arange(total, dtype=np.int64) - group_start
    segment_rep = cols.segments.idx[np.repeat(seg_ptr[a_rows], repeats) + offset].astype(np.int64)
    return actor_rep, segment_rep


def actor_segment_matrix(document, mask: np.ndarray) -> tuple[list[str], list[str], np.ndarray]:
    """Events per actor (rows) and segment (columns).

    Rows are the actors with at least one counted event in some segment, plus
    every actor a segment names as responsible, in the document's order.
    """
    n_actors, n_segments = len(document.actors), len(document.segments)
    actor_rep, segment_rep = _pairs(document, mask)
    full = np.bincount(actor_rep * n_segments + segment_rep,
                       minlength=n_actors * n_segments)[:n_actors * n_segments]
    full = full.reshape(n_actors, n_segments).astype(np.int64)
    keep = full.sum(axis=1) > 0
    for segment in document.segments:
        for actor_id in segment.actors:
            row = document.actor_index.get(actor_id)
            if row is not None:
                keep[row] = True
    actor_rows = np.flatnonzero(keep)
    return ([document.actors[int(r)].id for r in actor_rows],
            [s.id for s in document.segments],
            full[actor_rows])


def responsibility(document, actor_ids: list[str], segment_ids: list[str]) -> np.ndarray:
    """Bool matrix like actor_segment_matrix: does the segment name the actor as responsible?"""
    result = np.zeros((len(actor_ids), len(segment_ids)), dtype=bool)
    actor_pos = {a: i for i, a in enumerate(actor_ids)}
    for j, segment_id in enumerate(segment_ids):
        segment = document.segment(segment_id)
        for actor_id in segment.actors if segment else ():
            if actor_id in actor_pos:
                result[actor_pos[actor_id], j] = True
    return result


def place_counts(document, mask: np.ndarray) -> np.ndarray:
    """Masked events per place (int64, one per document.places entry)."""
    place = document.columns.place
    n = len(document.places)
    return np.bincount(place[mask & (place >= 0)], minlength=n)[:n].astype(np.int64)


def located_places(document) -> np.ndarray:
    """Bool per place: has coordinates (both lat and lon) or a drawable geometry."""
    return np.fromiter(((p.lat is not None and p.lon is not None) or p.geometry is not None
                        for p in document.places), dtype=bool, count=len(document.places))


def not_on_map_count(document, mask: np.ndarray) -> int:
    """Masked events that no map can show: no place, or a place without a location."""
    place = document.columns.place
    located = np.append(located_places(document), False)  # index -1 reads "not located"
    return int(np.count_nonzero(mask & ~located[place]))


def not_on_map_rows(document, mask: np.ndarray) -> np.ndarray:
    place = document.columns.place
    located = np.append(located_places(document), False)
    return np.flatnonzero(mask & ~located[place])


# --- activity in time, for the map's dimming and its time cursor -------------------


def overlaps(document, mask: np.ndarray, start: float, end: float) -> np.ndarray:
    """Masked events whose time span overlaps [start, end); open ends reach to infinity."""
    cols = document.columns
    return mask & (cols.start_lo < end) & (cols.end_hi > start)


def active_places(document, mask: np.ndarray, start: float, end: float) -> np.ndarray:
    """Bool per place: has a masked event overlapping [start, end)."""
    place = document.columns.place
    hit = overlaps(document, mask, start, end) & (place >= 0)
    result = np.zeros(len(document.places), dtype=bool)
    result[place[hit]] = True
    return result


def active_segments(document, mask: np.ndarray, start: float, end: float) -> np.ndarray:
    """Bool per segment: has a masked event overlapping [start, end)."""
    rows, segs = _masked_entries(document.columns.segments, overlaps(document, mask, start, end))
    result = np.zeros(len(document.segments), dtype=bool)
    result[segs] = True
    return result


def segment_counts(document, mask: np.ndarray) -> np.ndarray:
    _, segs = _masked_entries(document.columns.segments, mask)
    n = len(document.segments)
    return np.bincount(segs, minlength=n)[:n].astype(np.int64)


def time_extent(document) -> tuple[float, float] | None:
    """(first, last) instant of the document's events, finite; None without dated events."""
    cols = document.columns
    values = np.concatenate([cols.start_lo, cols.end_hi, cols.midpoint])
    values = values[np.isfinite(values)]
    if not len(values):
        return None
    return float(values.min()), float(values.max())
