"""What merging imported files could break, checked a column at a time before the file is written.

Each imported file's records have been checked one by one against the native types and their
dates resolved (registry.keep_valid), and each importer gives its events unique ids. Merging
copies those records and renames clashing ids, so what is left to make sure of for the written
file to validate is that ids stay unique in each list and every reference names a record of the
file. Both are checked on columns of ids, hashed in C (pyarrow), not by reading the result again
record by record as the loader would.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

MAX_ID_LENGTH = 200  # as model.records.Id
LISTS = ("segments", "actors", "places", "sources", "eras", "events")
# (list, field holding one id or a list of ids, list it refers to)
REFERENCES = (("events", "segments", "segments"), ("events", "actors", "actors"), ("events", "place", "places"),
              ("segments", "actors", "actors"), ("actors", "parent", "actors"),
              ("sources", "derived_from", "sources"))


def merged_problems(document: dict[str, Any]) -> list[str]:
    """Plain sentences, one per list or reference that would not validate; none when all is well."""
    problems: list[str] = []
    ids: dict[str, pa.Array] = {}
    for key in LISTS:
        column = pa.array([record["id"] for record in document.get(key) or ()], pa.string())
        ids[key] = column
        distinct = pc.count_distinct(column).as_py() if len(column) else 0
        if distinct != len(column):
            problems.append(f"{key}: {len(column) - distinct:,} ids are used twice")
        if len(column) and pc.max(pc.utf8_length(column)).as_py() > MAX_ID_LENGTH:
            problems.append(f"{key}: ids longer than {MAX_ID_LENGTH} characters")
    for key, field, target in REFERENCES:
        records = document.get(key) or ()
        named = _referenced(records, field)
        if len(named):
            unknown = pc.sum(pc.invert(pc.is_in(named, value_set=ids[target]))).as_py() or 0
            if unknown:
                problems.append(f"{key}: {unknown:,} references in '{field}' name no record of {target}")
    citations = _distinct_lists(event.get("citations") for event in document.get("events") or ())
    cited = pa.array([c["source"] for c in chain.from_iterable(citations) if c.get("source")], pa.string())
    if len(cited):
        unknown = pc.sum(pc.invert(pc.is_in(cited, value_set=ids["sources"]))).as_py() or 0
        if unknown:
            problems.append(f"events: {unknown:,} citations name no record of sources")
    return problems


def _distinct_lists(values) -> list:
    """Each list once: the importers give rows alike one shared list (of actors, of citations)."""
    return list({id(v): v for v in values if v}.values())


def _referenced(records, field: str) -> pa.Array:
    values = [record.get(field) for record in records]
    first = next((v for v in values if v), None)
    if isinstance(first, list | tuple):
        return pa.array(list(chain.from_iterable(_distinct_lists(values))), pa.string())
    return pa.array([v for v in values if v], pa.string())
