"""Records made compact once loaded: equal small values held once.

A decoder makes a new object for every value it reads, so a million events
naming one of eight segments hold a million small tuples and strings. After
loading, records whose field holds equal values are pointed at one shared
object; the values never change afterwards (records are read-only), so
sharing them is safe and saves some hundred bytes per event.
"""

from __future__ import annotations

from collections import deque
from itertools import repeat


def share_equal(records: list, field: str, values: list, known: dict | None = None) -> None:
    """Point ``records[i].field`` (currently ``values[i]``) at one object per distinct value.

    ``known`` seeds the table, e.g. with the ids of the records a field refers to.
    Only worth calling for fields with few distinct values (ids, names, codes).
    """
    if not any(values):
        return  # None, "" and () are single objects already
    seen = dict(known) if known else {}
    shared = list(map(seen.setdefault, values, values))
    deque(map(setattr, records, repeat(field), shared), maxlen=0)
