"""A filter as SQL: the WHERE clause of every query a SQL store runs, with its parameters."""

from __future__ import annotations

import math

from ..model.filters import FilterSpec

_LISTS = ("segments", "actors", "sources", "tags")


def lane_expression(mode: str, one_segment: bool = False) -> str:
    """The lane key of each entry: one row per segment (the no-segment lane for none), or the status.
    Where no event has two segments, the first is read without unnesting the lists."""
    if mode == "segment":
        if one_segment:
            return "coalesce(segments[1], '')"
        return "UNNEST(CASE WHEN len(segments) = 0 THEN [''] ELSE segments END)"
    if mode == "status":
        return "status"
    return "'all'"


def where(spec: FilterSpec, without: tuple[str, ...] = ()) -> tuple[str, list]:
    """``spec`` as a condition on the stored columns (``TRUE`` for no filter)."""
    parts: list[str] = []
    params: list = []
    for name in _LISTS:
        values = getattr(spec, name)
        if values and name not in without:
            parts.append(f"list_has_any({name}, ?::VARCHAR[])")
            params.append(sorted(values))
    for name, column in (("places", "place"), ("reliability", "reliability")):
        values = getattr(spec, name)
        if values and name not in without:
            parts.append(f"{column} IN (SELECT UNNEST(?::VARCHAR[]))")
            params.append(sorted(values))
    if spec.credibility and "credibility" not in without:
        parts.append("credibility IN (SELECT UNNEST(?::INTEGER[]))")
        params.append(sorted(spec.credibility))
    if spec.statuses and "statuses" not in without:
        clause = "status IN (SELECT UNNEST(?::VARCHAR[]))"
        parts.append(f"({clause} OR disputed)" if "disputed" in spec.statuses else clause)
        params.append(sorted(spec.statuses))
    if "time" not in without:
        if math.isfinite(spec.start):
            parts.append("known_hi > ?")
            params.append(spec.start)
        if math.isfinite(spec.end):
            parts.append("known_lo < ?")
            params.append(spec.end)
    if spec.text and "text" not in without:
        for word in dict.fromkeys(spec.text.casefold().split()):
            parts.append("contains(search_text, ?)")
            params.append(word)
    return (" AND ".join(parts) or "TRUE"), params
