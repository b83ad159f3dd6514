"""Which events are shown: filters and text search, as boolean masks over the columns."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from .columns import RELIABILITY_CODES
from .records import STATUS_TEXT, STATUSES
from .search import SearchIndex
from .translation import tr, translate

__all__ = ["FilterSpec", "SearchIndex", "facet_counts", "filter_mask"]


@dataclass(frozen=True)
class FilterSpec:
    """Empty sets mean 'no restriction'. Within a facet, any value matches (OR);
    across facets, all must match (AND)."""

    segments: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    reliability: frozenset[str] = frozenset()  # letters A-F of the best cited source
    credibility: frozenset[int] = frozenset()  # 1-6 of the best graded citation
    start: float = -math.inf  # overlap with [start, end)
    end: float = math.inf
    text: str = ""

    def with_(self, **changes) -> FilterSpec:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return self == FilterSpec()

    def describe(self, document) -> str:
        """A short human summary, e.g. for an export subtitle."""
        parts = []
        for label, ids, lookup in (
            (translate("Filters", "segment: {names}"), self.segments, document.segment),
            (translate("Filters", "actor: {names}"), self.actors, document.actor),
            (translate("Filters", "source: {names}"), self.sources, document.source),
            (translate("Filters", "place: {names}"), self.places, document.place),
        ):
            if ids:
                names = sorted(str(getattr(lookup(i), "label", None) or getattr(lookup(i), "name", i)) for i in ids)
                parts.append(label.format(names=", ".join(names)))
        if self.statuses:
            statuses = ", ".join(tr(STATUS_TEXT.get(s, s)) for s in sorted(self.statuses))
            parts.append(translate("Filters", "status: {statuses}").format(statuses=statuses))
        if self.tags:
            parts.append(translate("Filters", "tags: {tags}").format(tags=", ".join(sorted(self.tags))))
        if self.reliability or self.credibility:
            grades = ", ".join(sorted(self.reliability) + [str(c) for c in sorted(self.credibility)])
            parts.append(translate("Filters", "grade: {grades}").format(grades=grades))
        if self.text:
            parts.append(translate("Filters", "search: \u201c{text}\u201d").format(text=self.text))
        return "; ".join(parts)


def _ids_to_rows(ids: frozenset[str], index: dict[str, int]) -> np.ndarray:
    return np.array([index[i] for i in ids if i in index], dtype=np.int32)


def filter_mask(document, spec: FilterSpec, search: SearchIndex | None = None) -> np.ndarray:
    cols = document.columns
    mask = np.ones(len(cols), dtype=bool)
    if spec.segments:
        mask &= cols.segments.mask_any(_ids_to_rows(spec.segments, document.segment_index))
    if spec.actors:
        mask &= cols.actors.mask_any(_ids_to_rows(spec.actors, document.actor_index))
    if spec.sources:
        mask &= cols.sources.mask_any(_ids_to_rows(spec.sources, document.source_index))
    if spec.places:
        mask &= np.isin(cols.place, _ids_to_rows(spec.places, document.place_index))
    if spec.tags:
        tag_index = {t: i for i, t in enumerate(document.tags)}
        mask &= cols.tags.mask_any(_ids_to_rows(spec.tags, tag_index))
    if spec.statuses:
        chosen = np.isin(cols.status, [STATUSES.index(s) for s in spec.statuses if s in STATUSES])
        if "disputed" in spec.statuses:  # disputed stands beside the status: a planned event can be disputed
            chosen |= cols.disputed
        mask &= chosen
    if spec.reliability:
        mask &= np.isin(cols.best_reliability, [RELIABILITY_CODES.index(r) for r in spec.reliability])
    if spec.credibility:
        mask &= np.isin(cols.best_credibility, list(spec.credibility))
    if math.isfinite(spec.start):
        mask &= cols.end_hi > spec.start
    if math.isfinite(spec.end):
        mask &= cols.start_lo < spec.end
    if spec.text:
        mask &= (search or SearchIndex.build(document)).matches(spec.text)
    return mask


def facet_counts(document, mask: np.ndarray) -> dict[str, dict]:
    """How many of the masked events carry each value, per facet, for the filter panel."""
    cols = document.columns

    def member_counts(membership, size):
        rows = membership.rows()
        return np.bincount(membership.idx[mask[rows]], minlength=size)[:size] if size else np.zeros(0, int)

    counts = {
        "segments": dict(zip((s.id for s in document.segments),
                             member_counts(cols.segments, len(document.segments)).tolist())),
        "actors": dict(zip((a.id for a in document.actors),
                           member_counts(cols.actors, len(document.actors)).tolist())),
        "sources": dict(zip((s.id for s in document.sources),
                            member_counts(cols.sources, len(document.sources)).tolist())),
        "tags": dict(zip(document.tags, member_counts(cols.tags, len(document.tags)).tolist())),
    }
    place_counts = np.bincount(cols.place[mask & (cols.place >= 0)], minlength=len(document.places))
    counts["places"] = dict(zip((p.id for p in document.places), place_counts.tolist()))
    status_counts = np.bincount(cols.status[mask], minlength=len(STATUSES))
    counts["statuses"] = dict(zip(STATUSES, status_counts.tolist()))
    counts["statuses"]["disputed"] = int(np.count_nonzero(cols.disputed[mask]))
    rel = np.bincount(cols.best_reliability[mask & (cols.best_reliability >= 0)], minlength=6)
    counts["reliability"] = dict(zip(RELIABILITY_CODES, rel.tolist()))
    cred = np.bincount(cols.best_credibility[mask], minlength=7)
    counts["credibility"] = {i: int(cred[i]) for i in range(1, 7)}
    return counts
