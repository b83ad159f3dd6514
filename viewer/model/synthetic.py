"""Synthetic event files for benchmarks and scale tests (fixed seed, no Qt).

Two shapes. ``mixed`` events mix day instants, intervals, times of day,
approximate and uncertain dates, seasons and open ends across eight segments,
each with one citation, so that loading and drawing exercise every path a
real file takes. ``datetimes`` events are shaped like exports from logs and
monitoring tools: date-times to the second with zone offsets (some with
fractions of a second, some in local time), intervals of them, a description
and several citations each with their own publication time.
"""

from __future__ import annotations

import random

import msgspec

from .civil import civil_from_days, days_from_civil
from .records import FORMAT_NAME, FORMAT_VERSION

LANES = ("sky", "sea", "land", "reconstruction", "cyber", "space", "logistics", "diplomacy")
STATUSES = ("occurred", "occurred", "occurred", "reported", "planned", "hypothetical", "disputed")
FIRST_YEAR, YEARS = 1995, 30


def _when(rng: random.Random) -> str:
    year = FIRST_YEAR + rng.randrange(YEARS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    if kind < 0.55:
        return f"{year}-{month:02d}-{day:02d}"
    if kind < 0.72:
        days = rng.randint(1, 120)
        end_month = min(12, month + days // 28)
        return f"{year}-{month:02d}-{day:02d}/{year}-{end_month:02d}-{min(28, day + days % 28):02d}"
    if kind < 0.82:
        return f"{year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}Z"
    if kind < 0.88:
        return f"{year}-{month:02d}~"
    if kind < 0.93:
        return f"{year}-{month:02d}-{day:02d}?"
    if kind < 0.97:
        return f"{year}-{rng.randint(21, 24)}"
    return f"{year}-{month:02d}/.."


def synthetic_document(count: int, seed: int = 20250426, shape: str = "mixed") -> dict:
    if shape == "datetimes":
        return _datetimes_document(count, seed)
    if shape != "mixed":
        raise ValueError(f"unknown synthetic shape {shape!r}; expected one of {', '.join(SHAPES)}")
    rng = random.Random(seed)
    events = []
    for i in range(count):
        events.append({
            "id": f"e{i}",
            "title": f"Synthetic event {i}",
            "when": _when(rng),
            "segments": [LANES[rng.randrange(len(LANES))]],
            "status": STATUSES[rng.randrange(len(STATUSES))],
            "citations": [{"source": f"s{rng.randrange(4)}", "quote": f"Quote for event {i}.",
                           "credibility": rng.randint(1, 6)}],
        })
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "document": {"title": f"Synthetic benchmark, {count:,} events"},
        "segments": [{"id": lane, "label": lane.capitalize()} for lane in LANES],
        "sources": [{"id": f"s{k}", "name": f"Source {k}", "kind": "agency", "reliability": "ABCF"[k]}
                    for k in range(4)],
        "events": events,
    }


_WORDS = ("convoy", "border", "talks", "drone", "strike", "port", "grain", "ceasefire", "minister",
          "statement", "reported", "near", "the", "of", "after", "sources", "said", "units", "aid",
          "corridor", "night", "airspace", "patrol", "harbour", "repairs", "envoy", "summit", "power",
          "line", "shelling", "evacuation", "brigade", "coalition", "guarantees", "northern", "sector")
_ZONES = ("Z", "Z", "Z", "+01:00", "+02:00", "+03:00", "-05:00", "+05:30", "")
_SPEAKERS = ("a ministry spokesperson", "the regional governor", "a military analyst",
             "an eyewitness", "the harbour master", "a diplomat")


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(_WORDS, k=rng.randint(low, high))).capitalize()


_EPOCH_DAYS = days_from_civil(FIRST_YEAR, 1, 1)


def _instant(rng: random.Random, seconds: int, zone: str) -> str:
    """``seconds`` since 1995 written as a local date-time with ``zone`` (empty: no zone)."""
    days, rest = divmod(seconds, 86400)
    year, month, day = civil_from_days(_EPOCH_DAYS + days)
    stamp = f"{year:04d}-{month:02d}-{day:02d}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}"
    if rng.random() < 0.1:
        stamp += f".{rng.randrange(1000):03d}"
    return stamp + zone


def _datetime_when(rng: random.Random) -> str:
    start = rng.randrange(YEARS * 365 * 86400)
    zone = rng.choice(_ZONES)
    if rng.random() < 0.7:
        return _instant(rng, start, zone)
    end = _instant(rng, start + rng.randint(60, 3 * 86400), zone)
    return f"{_instant(rng, start, zone)}/{end}"


def _datetimes_document(count: int, seed: int) -> dict:
    rng = random.Random(seed)
    events = []
    for i in range(count):
        published = rng.randrange(YEARS * 365 * 86400)
        events.append({
            "id": f"evt-{i:07d}",
            "title": _text(rng, 4, 9),
            "when": _datetime_when(rng),
            "description": _text(rng, 3, 15),
            "segments": [LANES[rng.randrange(len(LANES))]],
            "status": STATUSES[rng.randrange(len(STATUSES))],
            "citations": [{"source": f"s{rng.randrange(4)}", "quote": _text(rng, 4, 12),
                           "speaker": rng.choice(_SPEAKERS),
                           "published": _instant(rng, published + k * 3600, rng.choice(_ZONES[:-1])),
                           "credibility": rng.randint(1, 6)}
                          for k in range(rng.randint(1, 3))],
        })
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "document": {"title": f"Synthetic export, {count:,} events"},
        "segments": [{"id": lane, "label": lane.capitalize()} for lane in LANES],
        "sources": [{"id": f"s{k}", "name": f"Source {k}", "kind": "agency", "reliability": "ABCF"[k]}
                    for k in range(4)],
        "events": events,
    }


SHAPES = ("mixed", "datetimes")


def write_synthetic(path, count: int, seed: int = 20250426, shape: str = "mixed") -> int:
    """Write a synthetic event file of one of :data:`SHAPES`; return its size in bytes."""
    data = msgspec.json.encode(synthetic_document(count, seed, shape))
    with open(path, "wb") as handle:
        handle.write(data)
    return len(data)
