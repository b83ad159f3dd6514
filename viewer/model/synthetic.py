"""Synthetic event files for benchmarks and scale tests (fixed seed, no Qt).

Events mix day instants, intervals, times of day, approximate and uncertain
dates, seasons and open ends across eight segments, each with one citation,
so that loading and drawing exercise every path a real file takes.
"""

from __future__ import annotations

import random

import msgspec

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


def synthetic_document(count: int, seed: int = 20250426) -> dict:
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


def write_synthetic(path, count: int, seed: int = 20250426) -> int:
    """Write a synthetic event file; return its size in bytes."""
    data = msgspec.json.encode(synthetic_document(count, seed))
    with open(path, "wb") as handle:
        handle.write(data)
    return len(data)
